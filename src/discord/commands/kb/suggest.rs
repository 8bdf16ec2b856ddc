//! Autocomplete for `/kb`: entry ids, topics, and, for `question`, the questions the bot could
//! not answer in the server, so a moderator turns a gap into an entry in one step.
//!
//! poise runs no command checks before autocomplete, so each of these checks the moderator
//! itself: anyone else gets no choices, and learns nothing about the server's knowledge or its
//! members' questions. A server whose files cannot be read offers nothing either; the command
//! itself then says why.

use std::sync::Arc;

use serenity::all::{AutocompleteChoice, CreateAutocompleteResponse};
use tracing::debug;

use crate::discord::moderator::moderator;
use crate::discord::Context;
use crate::guilds::Guilds;
use crate::knowledge::store::StoreError;

/// Discord's limits: 25 choices, names and values of at most 100 characters.
const MAX_CHOICES: usize = 25;
const MAX_CHOICE_CHARS: usize = 100;

/// Ids of the entries answering in this server, those starting with what was typed first.
pub async fn id(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    choices(ctx, partial, |guilds, guild, typed| {
        Ok(guilds.knowledge(guild)?.suggest_ids(guilds.shipped_entries(), typed, MAX_CHOICES * 2))
    })
    .await
}

/// The server's unanswered questions matching what was typed, most asked first.
pub async fn unanswered_question(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    choices(ctx, partial, |guilds, guild, typed| {
        let queue = guilds.unanswered(guild)?;
        Ok(queue.matching(typed, MAX_CHOICES * 2).into_iter().map(|q| q.text.clone()).collect())
    })
    .await
}

/// The topics in use in this server containing what was typed.
pub async fn topic(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    choices(ctx, partial, |guilds, guild, typed| {
        let typed = typed.trim().to_lowercase();
        let topics = guilds.knowledge(guild)?.topics(guilds.shipped_entries());
        Ok(topics.into_iter().filter(|t| t.to_lowercase().contains(&typed)).collect())
    })
    .await
}

/// Runs `find` on the blocking pool for a moderator, and makes Discord choices of what it found.
/// A choice fills the option with its value, so values too long to be one are left out, not cut.
async fn choices(
    ctx: Context<'_>,
    partial: &str,
    find: impl FnOnce(&Guilds, u64, &str) -> Result<Vec<String>, StoreError> + Send + 'static,
) -> CreateAutocompleteResponse {
    let Ok(moderator) = moderator(ctx) else {
        return CreateAutocompleteResponse::new();
    };
    let guilds: Arc<Guilds> = Arc::clone(ctx.data().guilds());
    let typed = partial.to_owned();
    let found = match tokio::task::spawn_blocking(move || find(&guilds, moderator.guild, &typed)).await {
        Ok(Ok(found)) => found,
        Ok(Err(why)) => {
            debug!(guild = moderator.guild, "no /kb suggestions: {why}");
            Vec::new()
        }
        Err(why) => {
            debug!(guild = moderator.guild, "/kb suggestions failed: {why}");
            Vec::new()
        }
    };
    let choices = found
        .into_iter()
        .filter(|value| !value.is_empty() && value.chars().count() <= MAX_CHOICE_CHARS)
        .take(MAX_CHOICES)
        .map(AutocompleteChoice::from)
        .collect();
    CreateAutocompleteResponse::new().set_choices(choices)
}
