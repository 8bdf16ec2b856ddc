//! Sending a command's reply with link previews suppressed.
//!
//! poise's `ctx.send` cannot set message flags, so this sends the same reply through serenity
//! with SUPPRESS_EMBEDS added: the first response, or a follow-up once the command has
//! responded (deferred). Whatever the text holds, Discord then shows no preview of a link in
//! it; [`super::render::clean`] already keeps echoed links from being live at all.

use poise::CreateReply;
use serenity::all::{
    CreateInteractionResponse, CreateInteractionResponseFollowup, CreateInteractionResponseMessage,
    InteractionResponseFlags, MessageFlags,
};
use std::sync::atomic::Ordering;

use super::Context;

/// Sends `reply` as `ctx.send` would (first response or follow-up, ephemeral or not), with
/// the SUPPRESS_EMBEDS flag. Nothing is sent for autocomplete, as with poise.
pub async fn send(ctx: Context<'_>, reply: CreateReply) -> Result<(), serenity::Error> {
    let poise::Context::Application(app) = ctx else {
        ctx.send(reply).await?;
        return Ok(());
    };
    if app.interaction_type == poise::CommandInteractionType::Autocomplete {
        return Ok(());
    }
    let reply = app.reply_builder(reply);
    if app.has_sent_initial_response.load(Ordering::SeqCst) {
        let followup = CreateInteractionResponseFollowup::new().flags(MessageFlags::SUPPRESS_EMBEDS);
        app.interaction.create_followup(ctx.http(), reply.to_slash_followup_response(followup)).await?;
    } else {
        let message = CreateInteractionResponseMessage::new().flags(InteractionResponseFlags::SUPPRESS_EMBEDS);
        let response = CreateInteractionResponse::Message(reply.to_slash_initial_response(message));
        app.interaction.create_response(ctx.http(), response).await?;
        app.has_sent_initial_response.store(true, Ordering::SeqCst);
    }
    Ok(())
}
