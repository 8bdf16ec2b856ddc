//! `/kb quiz id [answer] [kind]`: one of the server's own entries joins its quiz, with a short
//! answer its quote states and the kind of answer; without an answer it leaves the quiz.
//! Audited like every change.

use super::{reply, require_moderator, stored, suggest};
use crate::discord::{render, Context, Error, UserError};
use crate::quiz::Kind;

/// The kinds of answer, as Discord offers them.
#[derive(Debug, Clone, Copy, poise::ChoiceParameter)]
pub enum AnswerKind {
    #[name = "date or time"]
    Date,
    #[name = "person or group"]
    Person,
    #[name = "place"]
    Place,
    #[name = "country"]
    Country,
    #[name = "number"]
    Number,
    #[name = "other"]
    Other,
}

impl From<AnswerKind> for Kind {
    fn from(kind: AnswerKind) -> Kind {
        match kind {
            AnswerKind::Date => Kind::Date,
            AnswerKind::Person => Kind::Person,
            AnswerKind::Place => Kind::Place,
            AnswerKind::Country => Kind::Country,
            AnswerKind::Number => Kind::Number,
            AnswerKind::Other => Kind::Other,
        }
    }
}

/// Put one of this server's own entries in its quiz (or, with no answer, take it out).
#[poise::command(slash_command)]
pub async fn quiz(
    ctx: Context<'_>,
    #[description = "The entry's id (one of this server's own)"]
    #[autocomplete = "suggest::id"]
    #[max_length = 64]
    id: String,
    #[description = "The short right answer, in words of the entry's quote (leave out to take it out)"]
    #[max_length = 80]
    answer: Option<String>,
    #[description = "The kind of answer: wrong choices are other answers of the same kind"] kind: Option<AnswerKind>,
) -> Result<(), Error> {
    let moderator = require_moderator(ctx)?;
    let id = id.trim().to_owned();
    let change = match (&answer, kind) {
        (Some(answer), Some(kind)) => Some((answer.as_str(), Kind::from(kind))),
        (None, None) => None,
        _ => {
            return Err(
                UserError::Quiz("Give both `answer` and `kind`, or neither to take the entry out.".into()).into()
            )
        }
    };
    let db = ctx.data().guilds().db();
    stored(ctx, db.set_entry_quiz(moderator.guild, &id, change, &moderator.actor, crate::storage::unix_now())).await?;
    let text = match change {
        Some((answer, kind)) => format!(
            "`{}` is in this server's quiz: answer **{}**, a {}. `/quiz start` may ask it from now on.",
            render::clean(&id),
            render::clean(answer.trim()),
            kind.as_str()
        ),
        None => format!("`{}` is out of this server's quiz.", render::clean(&id)),
    };
    reply(ctx, text).await
}
