//! `/kb add`, `/kb alias`, `/kb unalias`, `/kb remove`, `/kb unhide`: the changes. Each is one
//! transaction, audited with who made it, and answers from the next question on.
//!
//! They defer their response (ephemerally) before touching the database: a change may wait for
//! another writer and rebuilds the server's index, which under load could overrun Discord's
//! three seconds for a first response.

use super::{reply, require_moderator, stored, suggest, text};
use crate::discord::{Context, Error};
use crate::guilds::Check;
use crate::knowledge::EntrySpec;

/// Add an entry that answers in this server, backed by a quote from the article.
#[poise::command(slash_command)]
pub async fn add(
    ctx: Context<'_>,
    #[description = "A question it answers (suggested: questions I could not answer here)"]
    #[autocomplete = "suggest::unanswered_question"]
    #[max_length = 200]
    question: String,
    #[description = "The answer: one plain sentence in your words, that makes sense on its own"]
    #[max_length = 600]
    answer: String,
    #[description = "The article's words that back the answer, copied exactly: at least a clause of 4 words"]
    #[max_length = 600]
    quote: String,
    #[description = "Topic (default: the quote's section of the article)"]
    #[autocomplete = "suggest::topic"]
    #[max_length = 60]
    topic: Option<String>,
    #[description = "Id: a-z, 0-9 and - (default: made from the question)"]
    #[max_length = 64]
    id: Option<String>,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    ctx.defer_ephemeral().await?;
    let spec = EntrySpec {
        id: id.unwrap_or_default(),
        topic: topic.unwrap_or_default(),
        questions: vec![question],
        triggers: Vec::new(),
        answer,
        quotes: vec![quote],
    };
    let saved = stored(ctx, ctx.data().guilds().add(moderator.guild, spec, &moderator.actor)).await?;
    reply(ctx, text::added(&saved.record, first_check(&saved.checks))).await
}

/// Add another question to an entry, in this server only.
#[poise::command(slash_command)]
pub async fn alias(
    ctx: Context<'_>,
    #[description = "The entry's id"]
    #[autocomplete = "suggest::id"]
    #[max_length = 64]
    id: String,
    #[description = "Another question it answers (suggested: questions I could not answer here)"]
    #[autocomplete = "suggest::unanswered_question"]
    #[max_length = 200]
    question: String,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    ctx.defer_ephemeral().await?;
    let guilds = ctx.data().guilds();
    let saved = stored(ctx, guilds.alias(moderator.guild, id.trim(), &question, &moderator.actor)).await?;
    reply(ctx, text::aliased(&saved.record, &question, first_check(&saved.checks))).await
}

/// Take away a question this server added to an entry.
#[poise::command(slash_command)]
pub async fn unalias(
    ctx: Context<'_>,
    #[description = "The entry's id"]
    #[autocomplete = "suggest::id"]
    #[max_length = 64]
    id: String,
    #[description = "The question to take away"]
    #[autocomplete = "suggest::added_question"]
    #[max_length = 200]
    question: String,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    ctx.defer_ephemeral().await?;
    let guilds = ctx.data().guilds();
    let record = stored(ctx, guilds.unalias(moderator.guild, id.trim(), &question, &moderator.actor)).await?;
    reply(ctx, text::unaliased(&record, &question)).await
}

/// Remove this server's entry, or hide a shipped one in this server only.
#[poise::command(slash_command)]
pub async fn remove(
    ctx: Context<'_>,
    #[description = "The entry's id"]
    #[autocomplete = "suggest::id"]
    #[max_length = 64]
    id: String,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    ctx.defer_ephemeral().await?;
    let record = stored(ctx, ctx.data().guilds().remove(moderator.guild, id.trim(), &moderator.actor)).await?;
    reply(ctx, text::removed(&record)).await
}

/// Let a hidden shipped entry answer in this server again.
#[poise::command(slash_command)]
pub async fn unhide(
    ctx: Context<'_>,
    #[description = "The hidden entry's id"]
    #[autocomplete = "suggest::hidden_id"]
    #[max_length = 64]
    id: String,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    ctx.defer_ephemeral().await?;
    let record = stored(ctx, ctx.data().guilds().unhide(moderator.guild, id.trim(), &moderator.actor)).await?;
    reply(ctx, text::unhidden(&record)).await
}

fn first_check(checks: &[(String, Check)]) -> &Check {
    checks.first().map_or(&Check::Answers, |(_, check)| check)
}
