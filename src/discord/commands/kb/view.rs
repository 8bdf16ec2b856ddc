//! `/kb list`, `/kb show`, `/kb log`, `/kb unanswered`: reading a server's knowledge. They read
//! what the bot serves (reloaded if `citebot kb` changed the files), so a damaged file is
//! reported here, with its file and line, to the moderators who will want it fixed.

use std::sync::Arc;

use super::{blocking, reply, require_moderator, suggest, text};
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
    let guilds = Arc::clone(ctx.data().guilds());
    let topic = topic.map(|t| t.trim().to_owned()).filter(|t| !t.is_empty());
    let text = blocking(ctx, move || {
        let knowledge = guilds.knowledge(moderator.guild)?;
        let listed = knowledge.list(guilds.shipped_entries(), topic.as_deref());
        Ok(text::listing(&knowledge, &listed, topic.as_deref()))
    })
    .await?;
    reply(ctx, text).await
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
    let guilds = Arc::clone(ctx.data().guilds());
    let wanted = id.trim().to_owned();
    let shown = blocking(ctx, move || {
        let knowledge = guilds.knowledge(moderator.guild)?;
        Ok(knowledge.show(guilds.shipped_entries(), &wanted).map(|listed| text::entry(&listed)))
    })
    .await?;
    let Some(shown) = shown else {
        let message = format!("No entry has the id `{}`. `/kb list` shows them all.", render::clean(id.trim()));
        return Err(UserError::Knowledge(message).into());
    };
    reply(ctx, shown).await
}

/// Show the latest changes made in this server, and who made them.
#[poise::command(slash_command)]
pub async fn log(ctx: Context<'_>) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let guilds = Arc::clone(ctx.data().guilds());
    let records = blocking(ctx, move || guilds.log(moderator.guild, LOG_SHOWN)).await?;
    reply(ctx, text::log(&records)).await
}

/// Show the questions I could not answer in this server, most asked first.
#[poise::command(slash_command)]
pub async fn unanswered(ctx: Context<'_>) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let guilds = Arc::clone(ctx.data().guilds());
    let queue = blocking(ctx, move || guilds.unanswered(moderator.guild)).await?;
    reply(ctx, text::unanswered(queue.top(UNANSWERED_SHOWN), queue.len())).await
}
