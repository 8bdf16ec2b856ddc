//! The one router for button clicks: every component interaction comes here, is read by its
//! custom id ([`Click`]) and gets exactly one response, always, so no member ever sees
//! Discord's "This interaction failed": an id this version does not know, a forged one or a
//! failing database each get a short private message.
//!
//! Clicks are not questions: the `/ask` cooldown does not apply to them.

use serenity::all::{
    ComponentInteraction, Context as SerenityContext, CreateAllowedMentions, CreateInteractionResponse,
    CreateInteractionResponseMessage, GuildId, InteractionResponseFlags,
};
use tracing::{error, warn};

use super::custom_id::Click;
use super::{quiz, render, server, Data, Error, UserError, INTERNAL};
use crate::storage::{Vote, VoteOutcome};

/// What a click gets when its button is not one this bot knows (any more).
pub const UNKNOWN_BUTTON: &str =
    "This button is no longer in use. Ask again with `/ask`, or start a new `/quiz start`.";

/// Answers the click `ci`.
pub async fn route(ctx: &SerenityContext, data: &Data, ci: &ComponentInteraction) {
    let click = Click::parse(&ci.data.custom_id);
    tracing::debug!(guild = ci.guild_id.map(|g| g.get()), ?click, "a click");
    let text = match handle(ctx, data, ci, click).await {
        Ok(text) => text,
        Err(Error::User(why)) => why.to_string(),
        Err(why) => {
            error!(custom_id = %ci.data.custom_id, user = %ci.user.id, "click failed: {why}");
            INTERNAL.to_owned()
        }
    };
    if let Err(why) = ci.create_response(&ctx.http, private(&text)).await {
        warn!(custom_id = %ci.data.custom_id, "could not answer a click: {why}");
    }
}

/// A private answer to the clicker, pinging no one.
pub fn private(text: &str) -> CreateInteractionResponse {
    let message = CreateInteractionResponseMessage::new()
        .content(render::fit(text, render::MAX_CONTENT))
        .ephemeral(true)
        .flags(InteractionResponseFlags::EPHEMERAL | InteractionResponseFlags::SUPPRESS_EMBEDS)
        .allowed_mentions(CreateAllowedMentions::new());
    CreateInteractionResponse::Message(message)
}

/// What the click does, and the private text that tells the clicker.
async fn handle(ctx: &SerenityContext, data: &Data, ci: &ComponentInteraction, click: Click) -> Result<String, Error> {
    match click {
        Click::Quiz { quiz, choice } => quiz::click(ctx, data, ci, quiz, choice).await,
        Click::Paragraphs(paragraphs) => Ok(paragraph_text(data, ci.guild_id, &paragraphs).await),
        Click::Vote { up, entry } => vote(data, ci, up, entry).await,
        Click::Unknown => Ok(UNKNOWN_BUTTON.to_owned()),
    }
}

/// The quoted paragraphs in full, verbatim, each with where it stands.
async fn paragraph_text(data: &Data, guild: Option<GuildId>, paragraphs: &[usize]) -> String {
    let engine = data.engine(guild).await;
    let article = &engine.source().article;
    let mut text = String::new();
    for &n in paragraphs {
        let Some(block) = article.paragraph(n) else { continue };
        let place = crate::engine::QuoteRef { text: String::new(), paragraph: n, section: block.section.clone() };
        text.push_str(&format!("**{}**\n", render::location(&place)));
        for line in render::clean(&block.text).lines() {
            text.push_str(&format!("> {line}\n"));
        }
    }
    if text.is_empty() {
        return "The article has no such paragraph.".to_owned();
    }
    render::with_footer(&text, &render::attribution(&article.meta))
}

/// Records the clicker's vote on the answer in the clicked message.
async fn vote(data: &Data, ci: &ComponentInteraction, up: bool, entry: String) -> Result<String, Error> {
    let guild = ci.guild_id.ok_or(UserError::GuildOnly)?;
    let engine = data.engine(Some(guild)).await;
    if !engine.entries().iter().any(|c| c.entry.id() == entry) {
        return Ok("That answer's entry is no longer in this server's knowledge; your vote was not recorded.".into());
    }
    let question = render::question_of(&ci.message.content).unwrap_or_default();
    let vote = Vote {
        guild: server(guild),
        message: ci.message.id.get(),
        user: ci.user.id.get(),
        entry,
        question,
        up,
        at: quiz::unix_now(),
    };
    let thumb = if up { super::answer::UP } else { super::answer::DOWN };
    let outcome = data.guilds().db().vote(&vote).await?;
    let flagged = if up { "" } else { " The moderators will see this question in `/kb unanswered`." };
    Ok(match outcome {
        VoteOutcome::Recorded => format!("Thanks: your {thumb} is recorded.{flagged}"),
        VoteOutcome::Changed => format!("Your vote is now {thumb}.{flagged}"),
        VoteOutcome::Unchanged => format!("You had already voted {thumb} on this answer; nothing changed."),
    })
}
