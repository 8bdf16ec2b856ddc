//! `/kb list`, `/kb show`, `/kb log`, `/kb unanswered`: reading a server's knowledge. They read
//! what the bot serves (read again when another process changed it), so damaged data is
//! reported here, entry by entry, to the moderators who will want it fixed.

use super::{reply, require_moderator, stored, suggest, text};
use crate::discord::{render, Context, Error, UserError};

/// How many changes `/kb log` shows.
const LOG_SHOWN: usize = 15;
/// How many questions `/kb unanswered` shows.
const UNANSWERED_SHOWN: usize = 25;

/// List the entries answering in this server.
#[poise::command(slash_command)]
pub async fn list(
    ctx: Context<'_>,
    #[description = "Only this topic"]
    #[autocomplete = "suggest::topic"]
    #[max_length = 60]
    topic: Option<String>,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let guilds = ctx.data().guilds();
    let topic = topic.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    let knowledge = stored(ctx, guilds.knowledge(moderator.guild)).await?;
    let listed = knowledge.list(guilds.shipped_entries(), topic.as_deref());
    reply(ctx, text::listing(&knowledge, &listed, topic.as_deref())).await
}

/// Show one entry: its questions, answer and quotes.
#[poise::command(slash_command)]
pub async fn show(
    ctx: Context<'_>,
    #[description = "The entry's id"]
    #[autocomplete = "suggest::id"]
    #[max_length = 64]
    id: String,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let guilds = ctx.data().guilds();
    let knowledge = stored(ctx, guilds.knowledge(moderator.guild)).await?;
    let Some(listed) = knowledge.show(guilds.shipped_entries(), id.trim()) else {
        let message = format!("No entry has the id `{}`. `/kb list` shows them all.", render::clean(id.trim()));
        return Err(UserError::Knowledge(message).into());
    };
    reply(ctx, text::entry(&listed)).await
}

/// Show the latest changes made in this server, and who made them.
#[poise::command(slash_command)]
pub async fn log(ctx: Context<'_>) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let records = stored(ctx, ctx.data().guilds().db().log(moderator.guild, LOG_SHOWN)).await?;
    reply(ctx, text::log(&records)).await
}

/// Show the questions I could not answer in this server, most asked first.
#[poise::command(slash_command)]
pub async fn unanswered(ctx: Context<'_>) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let queue = stored(ctx, ctx.data().guilds().db().unanswered(moderator.guild)).await?;
    reply(ctx, text::unanswered(queue.top(UNANSWERED_SHOWN), queue.len())).await
}

/// Show, per entry, how often it answered in this server and its 👍 and 👎, worst first.
#[poise::command(slash_command)]
pub async fn stats(ctx: Context<'_>) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let stats = stored(ctx, ctx.data().guilds().db().entry_stats(moderator.guild)).await?;
    reply(ctx, text::stats(&stats)).await
}
