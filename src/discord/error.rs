//! Errors, split by audience: [`UserError`] is something the user can act on and is shown to
//! them as worded; everything else is ours, so the user gets a short apology and the log gets
//! the detail. Either way the reply is ephemeral, pings no one, and the bot carries on: no
//! error here stops it.

use poise::{CreateReply, FrameworkError};
use serenity::all::{
    CommandInteraction, Context as SerenityContext, CreateAllowedMentions, CreateAutocompleteResponse,
    CreateInteractionResponse, CreateInteractionResponseMessage, InteractionResponseFlags,
};
use tracing::{error, warn};

use super::{cooldown, Context, Data};

/// What a user sees when the fault is ours.
pub const INTERNAL: &str = "Sorry, something went wrong on my side. It has been logged; please try again.";
/// What a user sees for a command this bot does not (or no longer) have.
pub const UNKNOWN_COMMAND: &str = "I don't know that command. Discord may still be showing an old list; try `/help`.";

/// A problem the user caused and can fix, worded for them.
#[derive(Debug, thiserror::Error)]
pub enum UserError {
    #[error("Easy there: you can ask again in {} s.", cooldown::seconds(*.0))]
    Cooldown(std::time::Duration),
    #[error("Give `paragraph` (a number) or `search` (some words), for example `/quote paragraph:3`.")]
    QuoteNeedsOne,
    #[error("Give `paragraph` or `search`, not both.")]
    QuoteNeedsOnlyOne,
    #[error("There is no paragraph {asked}: the article has paragraphs 1 to {count} (0 is the headline).")]
    NoSuchParagraph { asked: i64, count: usize },
    #[error("Give some words to search for.")]
    EmptySearch,
    #[error("This command works in a server, not in direct messages.")]
    GuildOnly,
    #[error(
        "Only this server's moderators can use `/kb`: members who can manage messages or the server, or who \
         have a moderator role. Nothing was changed."
    )]
    NotModerator,
    /// A `/kb` change refused, or a server's files that cannot be read, worded by
    /// `commands::kb` for the moderator.
    #[error("{0}")]
    Knowledge(String),
    /// A quiz command that cannot be done now, worded by `commands::quiz`.
    #[error("{0}")]
    Quiz(String),
}

/// Any error of a command or event handler.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    User(#[from] UserError),
    #[error("Discord request failed: {0}")]
    Discord(#[from] serenity::Error),
    /// The database failed (not the moderator's doing).
    #[error("knowledge store: {0}")]
    Store(#[from] crate::storage::StoreError),
    /// Work moved off the async threads panicked or was cancelled.
    #[error("background task: {0}")]
    Task(#[from] tokio::task::JoinError),
}

/// An ephemeral message that pings no one.
pub fn ephemeral(content: impl Into<String>) -> CreateReply {
    CreateReply::default().content(content).ephemeral(true).allowed_mentions(CreateAllowedMentions::new())
}

/// poise's `on_error`: everything poise could not finish ends here.
pub async fn on_error(error: FrameworkError<'_, Data, Error>) {
    match error {
        FrameworkError::Command { error: Error::User(why), ctx, .. } => tell(ctx, why.to_string()).await,
        FrameworkError::Command { error, ctx, .. } => {
            error!(command = %ctx.command().qualified_name, user = %ctx.author().id, "command failed: {error}");
            tell(ctx, INTERNAL).await;
        }
        FrameworkError::CommandPanic { payload, ctx, .. } => {
            error!(command = %ctx.command().qualified_name, "command panicked: {}", payload.as_deref().unwrap_or("?"));
            tell(ctx, INTERNAL).await;
        }
        FrameworkError::ArgumentParse { error, input, ctx, .. } => {
            warn!(command = %ctx.command().qualified_name, ?input, "unreadable option: {error}");
            tell(ctx, "I could not read one of the options. See `/help` for how to use the commands.").await;
        }
        FrameworkError::CommandStructureMismatch { description, ctx, .. } => {
            warn!(command = %ctx.command().qualified_name, "options do not match the command: {description}");
            let text = "This command's options have changed; Discord may still be showing the old ones. \
                        Try again in a minute.";
            tell(ctx.into(), text).await;
        }
        FrameworkError::GuildOnly { ctx, .. } => tell(ctx, UserError::GuildOnly.to_string()).await,
        FrameworkError::CooldownHit { remaining_cooldown, ctx, .. } => {
            tell(ctx, UserError::Cooldown(remaining_cooldown).to_string()).await;
        }
        FrameworkError::UnknownInteraction { framework, interaction, .. } => {
            warn!(name = %interaction.data.name, "interaction for an unknown command");
            answer_unknown(framework.serenity_context, interaction).await;
        }
        FrameworkError::EventHandler { error, event, .. } => {
            error!(event = event.snake_case_name(), "event handler failed: {error}");
        }
        FrameworkError::Setup { error, .. } => error!("start-up failed: {error}"),
        other => {
            warn!("{other}");
            if let Some(ctx) = other.ctx() {
                tell(ctx, INTERNAL).await;
            }
        }
    }
}

/// Tells the user, ephemerally. Nothing is sent for autocomplete (poise makes it a no-op); a
/// failure to send is logged, as there is no one else to tell.
async fn tell(ctx: Context<'_>, text: impl Into<String>) {
    let text = super::render::fit(&text.into(), super::render::MAX_CONTENT);
    if let Err(why) = super::send::send(ctx, ephemeral(text)).await {
        warn!(command = %ctx.command().qualified_name, "could not send an error message: {why}");
    }
}

/// Answers an interaction for a command poise does not have, so the user is not left with
/// Discord's "The application did not respond": no choices for autocomplete, a short ephemeral
/// message otherwise.
async fn answer_unknown(ctx: &SerenityContext, interaction: &CommandInteraction) {
    let response = if interaction.data.autocomplete().is_some() {
        CreateInteractionResponse::Autocomplete(CreateAutocompleteResponse::new())
    } else {
        let message = CreateInteractionResponseMessage::new()
            .flags(InteractionResponseFlags::SUPPRESS_EMBEDS)
            .content(UNKNOWN_COMMAND)
            .ephemeral(true)
            .allowed_mentions(CreateAllowedMentions::new());
        CreateInteractionResponse::Message(message)
    };
    if let Err(why) = interaction.create_response(&ctx.http, response).await {
        warn!("could not answer an unknown command: {why}");
    }
}
