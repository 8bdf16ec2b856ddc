//! `/kb add`, `/kb alias`, `/kb remove`: the changes. Each is one store transaction, audited
//! with who made it, and answers from the next question on.
//!
//! They defer their response (ephemerally) before touching the store: a change waits for the
//! server's lock, fsyncs and rebuilds the server's index, which on a slow disk could overrun
//! Discord's three seconds for a first response.

use std::sync::Arc;

use super::text::{self, Check};
use super::{blocking, reply, require_moderator, suggest};
use crate::discord::{Context, Error};
use crate::guilds::Guilds;
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
        questions: vec![question.clone()],
        triggers: Vec::new(),
        answer,
        quotes: vec![quote],
    };
    let guilds = Arc::clone(ctx.data().guilds());
    let (record, check) = blocking(ctx, move || {
        let record = guilds.add(moderator.guild, spec, &moderator.actor)?;
        let check = answers(&guilds, moderator.guild, &record.id, &question);
        Ok((record, check))
    })
    .await?;
    reply(ctx, text::added(&record, &check)).await
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
    let guilds = Arc::clone(ctx.data().guilds());
    let asked = question.clone();
    let (record, check) = blocking(ctx, move || {
        let record = guilds.alias(moderator.guild, id.trim(), &question, &moderator.actor)?;
        let check = answers(&guilds, moderator.guild, &record.id, &question);
        Ok((record, check))
    })
    .await?;
    reply(ctx, text::aliased(&record, &asked, &check)).await
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
    let guilds = Arc::clone(ctx.data().guilds());
    let record = blocking(ctx, move || guilds.remove(moderator.guild, id.trim(), &moderator.actor)).await?;
    reply(ctx, text::removed(&record)).await
}

/// What asking `question` in `guild` gives now: the proof, for the moderator, that the change
/// took effect (or that another entry is a closer match).
fn answers(guilds: &Guilds, guild: u64, id: &str, question: &str) -> Check {
    match guilds.engine(Some(guild)).answer(question).entry() {
        Some(entry) if entry == id => Check::Answers,
        Some(other) => Check::AnsweredBy(other.to_owned()),
        None => Check::Unanswered,
    }
}
