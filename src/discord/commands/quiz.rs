//! `/quiz start [topic]`, `/quiz reveal`, `/quiz scores`, `/quiz forget-me`: the study group's
//! quiz. Discord cannot run a command that has subcommands on its own, hence the family.
//!
//! One quiz at a time per channel; the question is posted for everyone, with four buttons
//! ([`crate::discord::quiz`]), and closes after `QUIZ_SECONDS` or when who started it, or a
//! moderator, reveals it.

use std::sync::Arc;

use serenity::all::CreateAutocompleteResponse;

use super::public;
use crate::discord::error::ephemeral;
use crate::discord::moderator::moderator;
use crate::discord::quiz::{self, unix_now};
use crate::discord::{render, send, server, Context, Error, UserError};
use crate::quiz::NoRound;
use crate::storage::Started;

/// How many of a channel's last quizzes are not asked again soon.
const RECENT: usize = 20;
/// How many members `/quiz scores` shows.
const SHOWN: usize = 15;

/// A quiz for the channel: start, reveal, scores, forget-me.
#[poise::command(slash_command, guild_only, subcommands("start", "reveal", "scores", "forget_me"), subcommand_required)]
pub async fn quiz(_ctx: Context<'_>) -> Result<(), Error> {
    Ok(())
}

/// Post a quiz question to this channel: four answers, everyone's first click counts.
#[poise::command(slash_command, guild_only)]
pub async fn start(
    ctx: Context<'_>,
    #[description = "Only questions on this topic (see /topics)"]
    #[autocomplete = "topic"]
    #[max_length = 60]
    topic: Option<String>,
) -> Result<(), Error> {
    let guild = server(ctx.guild_id().ok_or(UserError::GuildOnly)?);
    let data = ctx.data();
    let guilds = data.guilds();
    let db = guilds.db();
    let channel = ctx.channel_id().get();
    let http = Arc::clone(&ctx.serenity_context().http);
    // A quiz past its time whose timer was lost (a restart) is closed first.
    if let Some(open) = db.open_quiz_in(channel).await?.filter(|q| !q.is_open_at(unix_now())) {
        quiz::finish(guilds, &http, open.id).await;
    }
    let recent = db.recent_quiz_items(channel, RECENT).await?;
    let topic = topic.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    let seed = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(7, |d| d.as_nanos() as u64);
    let bank = data.quiz().with(own_items(ctx, guild).await?);
    let round = bank.round(topic.as_deref(), &recent, seed).map_err(|why| match why {
        NoRound::UnknownTopic { topics } => UserError::Quiz(format!(
            "There are no quiz questions on \u{201C}{}\u{201D}. The topics are: {}.",
            render::clean(topic.as_deref().unwrap_or_default()),
            render::clean(&topics.join(", "))
        )),
        NoRound::Empty => UserError::Quiz("There are no quiz questions to ask.".to_owned()),
    })?;
    let new = quiz::new_quiz(&round, guild, channel, ctx.author().id.get(), unix_now(), data.config().quiz_time);
    match db.start_quiz(&new).await? {
        Started::AlreadyOpen(open) => {
            let at = open.message.map(|m| format!(" (https://discord.com/channels/{}/{channel}/{m})", guild.get()));
            let text = format!(
                "A quiz is already open in this channel{}: answer it there. It closes <t:{}:R>.",
                at.unwrap_or_default(),
                open.new.closes_at
            );
            send(ctx, ephemeral(text)).await?;
        }
        Started::Opened(opened) => {
            send(ctx, public(quiz::message(&opened)).components(quiz::buttons(&opened, false))).await?;
            // Which message shows it, to disable its buttons at the close.
            if let poise::Context::Application(app) = ctx {
                match app.interaction.get_response(&http).await {
                    Ok(message) => db.set_quiz_message(opened.id, message.id.get()).await?,
                    Err(why) => tracing::warn!(quiz = opened.id, "could not read the quiz message: {why}"),
                }
            }
            let opened = db.quiz(opened.id).await?.unwrap_or(opened);
            quiz::schedule(Arc::clone(guilds), http, &opened);
        }
    }
    Ok(())
}

/// Close this channel's quiz now and show the answer (who started it, or a moderator).
#[poise::command(slash_command, guild_only)]
pub async fn reveal(ctx: Context<'_>) -> Result<(), Error> {
    let guild = server(ctx.guild_id().ok_or(UserError::GuildOnly)?);
    let guilds = ctx.data().guilds();
    let Some(open) = guilds.db().open_quiz_in(ctx.channel_id().get()).await?.filter(|q| q.new.guild == guild) else {
        return Err(
            UserError::Quiz("There is no open quiz in this channel: start one with `/quiz start`.".into()).into()
        );
    };
    if open.new.started_by != ctx.author().id.get() && moderator(ctx).is_err() {
        let text = format!(
            "Only who started this quiz, or a moderator, can reveal it early. It closes by itself <t:{}:R>.",
            open.new.closes_at
        );
        return Err(UserError::Quiz(text).into());
    }
    match quiz::close(guilds, ctx.http(), open.id).await? {
        Some((_, text)) => send(ctx, public(text)).await?,
        None => send(ctx, ephemeral("This quiz has just closed: its answer is posted.")).await?,
    }
    Ok(())
}

/// The server's own entries that its moderators put in its quiz (`/kb quiz`), as quiz items.
async fn own_items(ctx: Context<'_>, guild: crate::storage::ServerId) -> Result<Vec<crate::quiz::Item>, Error> {
    let data = ctx.data();
    let chosen = data.guilds().db().entry_quizzes(guild).await?;
    if chosen.is_empty() {
        return Ok(Vec::new());
    }
    let engine = data.engine(ctx.guild_id()).await;
    let items = chosen
        .iter()
        .filter_map(|q| {
            let entry = engine.entries().iter().find(|c| c.entry.id() == q.entry)?;
            crate::quiz::Item::from_entry(&entry.entry, &q.answer, q.kind).ok()
        })
        .collect();
    Ok(items)
}

/// This server's quiz leaderboard: points, answers and current streak.
#[poise::command(slash_command, guild_only)]
pub async fn scores(ctx: Context<'_>) -> Result<(), Error> {
    let guild = server(ctx.guild_id().ok_or(UserError::GuildOnly)?);
    let scores = ctx.data().guilds().db().leaderboard(guild, SHOWN).await?;
    send(ctx, public(quiz::leaderboard(&scores))).await?;
    Ok(())
}

/// Clear your own quiz score and answers in this server.
#[poise::command(slash_command, guild_only, rename = "forget-me")]
pub async fn forget_me(ctx: Context<'_>) -> Result<(), Error> {
    let guild = server(ctx.guild_id().ok_or(UserError::GuildOnly)?);
    let forgot = ctx.data().guilds().db().forget_quiz_member(guild, ctx.author().id.get()).await?;
    let text = if forgot {
        "Done: your quiz score and answers in this server are forgotten."
    } else {
        "You have no quiz score in this server; nothing to forget."
    };
    send(ctx, ephemeral(text)).await?;
    Ok(())
}

/// The quiz's topics that contain what has been typed.
async fn topic(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    let partial = partial.to_lowercase();
    let choices = ctx
        .data()
        .quiz()
        .topics()
        .into_iter()
        .filter(|t| t.to_lowercase().contains(partial.trim()))
        .take(25)
        .map(serenity::all::AutocompleteChoice::from)
        .collect();
    CreateAutocompleteResponse::new().set_choices(choices)
}
