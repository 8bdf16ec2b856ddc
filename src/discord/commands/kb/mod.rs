//! `/kb`: a server's moderators manage the knowledge the bot answers from in that server.
//!
//! The subcommands and their options are a contract (see the moderator issue):
//! `/kb add question answer quote [topic] [id]`, `/kb alias id question`,
//! `/kb unalias id question`, `/kb remove id`, `/kb unhide id`, `/kb list [topic]`,
//! `/kb show id`, `/kb log`, `/kb unanswered`, `/kb stats`, `/kb quiz id [answer kind]`.
//!
//! Rules every subcommand keeps:
//! - **Moderators only**, checked here on every call ([`moderator`]); Discord hiding the command
//!   from other members (`default_member_permissions`) is a courtesy, not the guard.
//! - **In a server only**: a change belongs to the server it was made in, and only there.
//! - **Ephemeral replies** that ping no one: these are tools, not announcements.
//! - **Nothing partial**: the store validates a change in full and makes it in one transaction,
//!   and a refusal says why in the moderator's terms ([`text::store_problem`]).
//! - **A short message when the database is away**: `/kb` says so and changes nothing, while
//!   `/ask` goes on answering from what is loaded.

mod change;
mod quiz;
mod suggest;
mod text;
mod view;

use poise::CreateReply;

use crate::discord::error::ephemeral;
use crate::discord::moderator::{moderator, Moderator};
use crate::discord::{render, send, Context, Error, UserError};
use crate::storage::StoreError;

/// Manage this server's answers (moderators).
#[poise::command(
    slash_command,
    guild_only,
    default_member_permissions = "MANAGE_MESSAGES",
    subcommands(
        "change::add",
        "change::alias",
        "change::unalias",
        "change::remove",
        "change::unhide",
        "view::list",
        "view::show",
        "view::log",
        "view::unanswered",
        "view::stats",
        "quiz::quiz"
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

/// Awaits storage work, turning a store error into what the moderator should see: the reason
/// for a refusal or for damaged data, a short message (and a log line) when the database is
/// away, an apology (and a log line) otherwise.
async fn stored<T>(
    ctx: Context<'_>,
    work: impl std::future::Future<Output = Result<T, StoreError>>,
) -> Result<T, Error> {
    work.await.map_err(|e| {
        if let StoreError::Database { .. } = e {
            tracing::error!(command = %ctx.command().qualified_name, "{e}");
        }
        match text::store_problem(&e) {
            Some(message) => UserError::Knowledge(message).into(),
            None => Error::Store(e),
        }
    })
}

/// Sends `text` to the moderator alone.
async fn reply(ctx: Context<'_>, text: String) -> Result<(), Error> {
    let reply: CreateReply = ephemeral(render::fit(&text, render::MAX_CONTENT));
    send(ctx, reply).await?;
    Ok(())
}
