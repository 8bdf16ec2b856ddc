//! Autocomplete for `/kb`: entry ids, hidden ids, topics, the questions a server added, and,
//! for `question`, the questions the bot could not answer in the server, so a moderator turns a
//! gap into an entry in one step.
//!
//! poise runs no command checks before autocomplete, so each of these checks the moderator
//! itself: anyone else gets no choices, and learns nothing about the server's knowledge or its
//! members' questions. A server that cannot be read offers nothing either; the command itself
//! then says why.

use std::future::Future;

use serenity::all::{AutocompleteChoice, CreateAutocompleteResponse, ResolvedValue};
use tracing::debug;

use crate::discord::moderator::moderator;
use crate::discord::Context;
use crate::storage::{GuildKnowledge, ServerId, StoreError};

/// Discord's limits: 25 choices, names and values of at most 100 characters.
const MAX_CHOICES: usize = 25;
const MAX_CHOICE_CHARS: usize = 100;

/// Ids of the entries answering in this server, those starting with what was typed first.
pub async fn id(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    let guilds = ctx.data().guilds();
    choices(ctx, |guild| async move {
        Ok(guilds.knowledge(guild).await?.suggest_ids(guilds.shipped_entries(), partial, MAX_CHOICES * 2))
    })
    .await
}

/// Ids of the shipped entries hidden in this server.
pub async fn hidden_id(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    let guilds = ctx.data().guilds();
    choices(ctx, |guild| async move { Ok(guilds.knowledge(guild).await?.suggest_hidden(partial, MAX_CHOICES * 2)) })
        .await
}

/// The server's unanswered questions matching what was typed, most asked first.
pub async fn unanswered_question(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    let db = ctx.data().guilds().db();
    choices(ctx, |guild| async move {
        let queue = db.unanswered(guild).await?;
        Ok(queue.matching(partial, MAX_CHOICES * 2).into_iter().map(|q| q.text.clone()).collect())
    })
    .await
}

/// The questions the server added to the entry named in `id` (all entries' if none is named
/// yet), containing what was typed.
pub async fn added_question(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    let guilds = ctx.data().guilds();
    let id = option(ctx, "id");
    choices(ctx, |guild| async move {
        let knowledge = guilds.knowledge(guild).await?;
        Ok(added(&knowledge, id.as_deref(), partial))
    })
    .await
}

/// The topics in use in this server containing what was typed.
pub async fn topic(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    let guilds = ctx.data().guilds();
    choices(ctx, |guild| async move {
        let typed = partial.trim().to_lowercase();
        let topics = guilds.knowledge(guild).await?.topics(guilds.shipped_entries());
        Ok(topics.into_iter().filter(|t| t.to_lowercase().contains(&typed)).collect())
    })
    .await
}

/// The questions a server added: its own entries' and those it gave shipped entries.
fn added(knowledge: &GuildKnowledge, id: Option<&str>, typed: &str) -> Vec<String> {
    let typed = typed.trim().to_lowercase();
    let own = knowledge.entries.iter().map(|e| (e.id(), e.spec.questions.as_slice()));
    let aliases = knowledge.shipped.aliases.iter().map(|(id, questions)| (id.as_str(), questions.as_slice()));
    own.chain(aliases)
        .filter(|(entry, _)| id.is_none_or(|wanted| wanted.trim() == *entry))
        .flat_map(|(_, questions)| questions.iter())
        .filter(|q| q.to_lowercase().contains(&typed))
        .cloned()
        .collect()
}

/// The value typed so far in another option of the same subcommand.
fn option(ctx: Context<'_>, name: &str) -> Option<String> {
    let poise::Context::Application(app) = ctx else { return None };
    let options = app.interaction.data.options();
    let nested = options.iter().find_map(|o| match &o.value {
        ResolvedValue::SubCommand(inner) => Some(inner),
        _ => None,
    })?;
    nested.iter().find(|o| o.name == name).and_then(|o| match o.value {
        ResolvedValue::String(s) => Some(s.to_owned()),
        _ => None,
    })
}

/// Runs `find` for a moderator's server, and makes Discord choices of what it found. A choice
/// fills the option with its value, so values too long to be one are left out, not cut.
async fn choices<F>(ctx: Context<'_>, find: impl FnOnce(ServerId) -> F) -> CreateAutocompleteResponse
where
    F: Future<Output = Result<Vec<String>, StoreError>>,
{
    let Ok(moderator) = moderator(ctx) else {
        return CreateAutocompleteResponse::new();
    };
    let found = match find(moderator.guild).await {
        Ok(found) => found,
        Err(why) => {
            debug!(guild = moderator.guild.get(), "no /kb suggestions: {why}");
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
