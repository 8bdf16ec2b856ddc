//! `/kb`: a server's moderators manage the knowledge the bot answers from in that server.
//!
//! The subcommands and their options are a contract (see the moderator issue):
//! `/kb add question answer quote [topic] [id]`, `/kb alias id question`, `/kb remove id`,
//! `/kb list [topic]`, `/kb show id`, `/kb log`, `/kb unanswered`.
//!
//! Rules every subcommand keeps:
//! - **Moderators only**, checked here on every call ([`moderator`]); Discord hiding the command
//!   from other members (`default_member_permissions`) is a courtesy, not the guard.
//! - **In a server only**: a change belongs to the server it was made in, and only there.
//! - **Ephemeral replies** that ping no one: these are tools, not announcements.
//! - **Off the async threads**: the store reads, locks and fsyncs files.
//! - **Nothing partial**: the store validates a change in full before it writes anything, and a
//!   refusal says why in the moderator's terms ([`text::store_problem`]).

mod change;
mod suggest;
mod text;
mod view;

use poise::CreateReply;

use crate::discord::error::ephemeral;
use crate::discord::moderator::{moderator, Moderator};
use crate::discord::{render, send, Context, Error, UserError};
use crate::knowledge::store::StoreError;

/// Manage this server's answers (moderators).
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_MESSAGES",
    subcommands(
        "change::add",
        "change::alias",
        "change::remove",
        "view::list",
        "view::show",
        "view::log",
        "view::unanswered"
    ),
    subcommand_required
)]
pub async fn kb(_ctx: Context<'_>) -> Result<(), Error> {
    // Discord never runs a command that has subcommands by itself.
    Ok(())
}

/// The moderator running `ctx`, or the refusal to send (nothing has been read or changed).
fn require_moderator(ctx: Context<'_>) -> Result<Moderator, UserError> {
    moderator(ctx).inspect_err(|why| {
        tracing::info!(user = %ctx.author().id, guild = ?ctx.guild_id(), "/kb refused: {why:?}");
    })
}

/// Runs store work on tokio's blocking pool, turning a store error into what the moderator
/// should see: the reason for a refusal or a damaged file, an apology (and a log line) for a
/// failing disk.
async fn blocking<T: Send + 'static>(
    ctx: Context<'_>,
    work: impl FnOnce() -> Result<T, StoreError> + Send + 'static,
) -> Result<T, Error> {
    let result = tokio::task::spawn_blocking(work).await?;
    result.map_err(|e| match text::store_problem(&e, ctx.data().guilds().data_dir()) {
        Some(message) => UserError::Knowledge(message).into(),
        None => Error::Store(e),
    })
}

/// Sends `text` to the moderator alone.
async fn reply(ctx: Context<'_>, text: String) -> Result<(), Error> {
    let reply: CreateReply = ephemeral(render::fit(&text, render::MAX_CONTENT));
    send(ctx, reply).await?;
    Ok(())
}
