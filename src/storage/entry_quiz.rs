//! A server's own entries in its quiz: a moderator gives an entry a short answer and a kind
//! (`/kb quiz`, `citebot kb quiz`), and the entry's first question, with that answer and the
//! quote that states it, joins the server's quiz. Audited like every moderator's change.

use super::audit::{self, Action, Actor, AuditRecord};
use super::change::check_actor;
use super::sql::{args, Durability};
use super::{Db, Origin, Refusal, ServerId, StoreError};
use crate::quiz::{Item, Kind};

/// A server's entry in its quiz, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryQuiz {
    pub entry: String,
    pub answer: String,
    pub kind: Kind,
}

impl Db {
    /// Puts the server's own entry `id` in its quiz with `answer` of `kind` (or changes them), or,
    /// with `None`, takes it out. The answer must be stated by one of the entry's quotes.
    pub async fn set_entry_quiz(
        &self,
        guild: ServerId,
        id: &str,
        answer: Option<(&str, Kind)>,
        by: &Actor,
        at: u64,
    ) -> Result<AuditRecord, StoreError> {
        check_actor(by)?;
        let id = id.trim();
        let listed = self.entry(guild, id).await?.ok_or_else(|| Refusal::UnknownId(id.to_owned()))?;
        if listed.origin != Origin::Server {
            return Err(Refusal::NotOwnEntry(id.to_owned()).into());
        }
        if let Some((answer, kind)) = answer {
            Item::from_entry(&listed.entry, answer, kind)?;
        }
        let action = if answer.is_some() { Action::Quiz } else { Action::Unquiz };
        let record = AuditRecord { at, by: by.clone(), action, id: id.to_owned(), before: None, after: None };
        let change = async {
            let mut tx = self.pool.begin(Durability::Power).await?;
            let changed = match answer {
                Some((answer, kind)) => {
                    tx.execute(
                        "INSERT INTO entry_quiz (guild_id, entry_id, answer, kind) VALUES ($1, $2, $3, $4) \
                         ON CONFLICT (guild_id, entry_id) DO UPDATE SET answer = excluded.answer, kind = excluded.kind",
                        args![guild.sql(), id, answer.trim(), kind.as_str()],
                    )
                    .await?
                }
                None => {
                    tx.execute("DELETE FROM entry_quiz WHERE guild_id = $1 AND entry_id = $2", args![guild.sql(), id])
                        .await?
                }
            };
            if changed == 0 {
                return Ok(false);
            }
            audit::write(&mut tx, guild, &record).await?;
            tx.commit().await?;
            Ok(true)
        };
        match change.await.map_err(self.failed())? {
            true => Ok(record),
            false => Err(Refusal::NotInQuiz(id.to_owned()).into()),
        }
    }

    /// The server's entries in its quiz (an entry since removed is not among them).
    pub async fn entry_quizzes(&self, guild: ServerId) -> Result<Vec<EntryQuiz>, StoreError> {
        let rows: Vec<(String, String, String)> = self
            .pool
            .fetch_all(
                "SELECT entry_id, answer, kind FROM entry_quiz WHERE guild_id = $1 ORDER BY entry_id",
                args![guild.sql()],
            )
            .await
            .map_err(self.failed())?;
        Ok(rows
            .into_iter()
            .filter_map(|(entry, answer, kind)| Some(EntryQuiz { entry, answer, kind: Kind::parse(&kind)? }))
            .collect())
    }
}
