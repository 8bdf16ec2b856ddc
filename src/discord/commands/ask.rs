//! `/ask question:<string>`, with autocomplete on `question`.

use serenity::all::{AutocompleteChoice, CreateAutocompleteResponse};

use super::public;
use crate::discord::answer::{answer, Asker};
use crate::discord::{send, Context, Error, UserError};

/// Discord's limits for autocomplete: 25 choices, names and values of 100 characters at most.
const MAX_CHOICES: usize = 25;
const MAX_CHOICE_CHARS: usize = 100;

/// Ask a question about the article; the answer quotes it word for word.
#[poise::command(slash_command)]
pub async fn ask(
    ctx: Context<'_>,
    #[description = "Your question about the article"]
    #[autocomplete = "autocomplete_question"]
    #[max_length = 500]
    question: String,
) -> Result<(), Error> {
    ctx.data().cooldown().check(ctx.author().id).map_err(UserError::Cooldown)?;
    let shard = ctx.serenity_context().shard_id;
    tracing::debug!(guild = ctx.guild_id().map(|g| g.get()), %shard, "answering /ask");
    let asker = Asker { guild: ctx.guild_id(), channel: ctx.channel_id(), user: ctx.author().id };
    let answer = answer(ctx.data(), asker, &question, None).await;
    send(ctx, public(answer.content).components(answer.buttons)).await?;
    Ok(())
}

/// Example questions most like what has been typed. A choice fills in the option with the
/// question itself, so questions too long to be a choice's value are left out, not cut.
async fn autocomplete_question(ctx: Context<'_>, partial: &str) -> CreateAutocompleteResponse {
    let engine = ctx.data().engine(ctx.guild_id()).await;
    let choices = engine
        .similar_questions(partial, MAX_CHOICES * 2)
        .into_iter()
        .filter(|q| !q.is_empty() && q.chars().count() <= MAX_CHOICE_CHARS)
        .take(MAX_CHOICES)
        .map(AutocompleteChoice::from)
        .collect();
    CreateAutocompleteResponse::new().set_choices(choices)
}
