//! The changes a moderator makes one at a time: add, alias, unalias, remove (or hide) and
//! unhide.

use std::sync::Arc;

use super::rules::{check_question, insert_entry, insert_question};
use super::{set_questions, Changed, Fail, Tx, Work};
use crate::knowledge::{limits, Entry, EntrySpec};
use crate::storage::load::{own_spec, questions_of, shipped_spec};
use crate::storage::sql::args;
use crate::storage::unanswered::forget_in;
use crate::storage::{normalize_question, Action, Actor, AuditRecord, Db, Delta, Refusal, ServerId, StoreError};

impl Db {
    /// Adds an entry of the server's own.
    ///
    /// Fields are trimmed. An empty `id` asks for one derived from the first question
    /// ([`crate::storage::derive_id`]), numbered past the ids taken. An empty `topic` becomes
    /// the section of the article the first quote is in, or [`super::DEFAULT_TOPIC`]. The id
    /// may not be one of this server's or a shipped entry's, and no question may be one that
    /// an entry of the server already has. The questions it answers leave the unanswered
    /// queue.
    pub async fn add(&self, guild: ServerId, spec: EntrySpec, by: &Actor, at: u64) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let (entry, derived) = self.prepare(spec)?;
        let mut open = self.begin_change(guild).await?;
        let work = self.add_in(&mut open.tx, guild, entry, derived, by, at).await;
        self.commit_change(open, guild, work).await
    }

    /// Adds another question to an entry: the server's own, or a shipped one (in this server
    /// only). A question an entry of the server already has is refused.
    pub async fn alias(
        &self,
        guild: ServerId,
        id: &str,
        question: &str,
        by: &Actor,
        at: u64,
    ) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let question = question.trim();
        check_question(question)?;
        let mut open = self.begin_change(guild).await?;
        let work = self.alias_in(&mut open.tx, guild, id, question, by, at).await;
        self.commit_change(open, guild, work).await
    }

    /// Takes away a question the server added: one of a shipped entry's extra questions, or one
    /// of its own entry's (never the last).
    pub async fn unalias(
        &self,
        guild: ServerId,
        id: &str,
        question: &str,
        by: &Actor,
        at: u64,
    ) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let mut open = self.begin_change(guild).await?;
        let work = self.unalias_in(&mut open.tx, guild, id, question.trim(), by, at).await;
        self.commit_change(open, guild, work).await
    }

    /// Removes the server's own entry `id`, or hides the shipped entry `id` in this server
    /// only. The record's action says which.
    pub async fn remove(&self, guild: ServerId, id: &str, by: &Actor, at: u64) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let mut open = self.begin_change(guild).await?;
        let work = self.remove_in(&mut open.tx, guild, id, by, at).await;
        self.commit_change(open, guild, work).await
    }

    /// Lets a hidden shipped entry answer in this server again.
    pub async fn unhide(&self, guild: ServerId, id: &str, by: &Actor, at: u64) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let mut open = self.begin_change(guild).await?;
        let work = self.unhide_in(&mut open.tx, guild, id, by, at).await;
        self.commit_change(open, guild, work).await
    }

    async fn add_in(
        &self,
        tx: &mut Tx,
        guild: ServerId,
        mut entry: Entry,
        derived: bool,
        by: &Actor,
        at: u64,
    ) -> Result<Work, Fail> {
        let (count,): (i64,) =
            tx.fetch_one("SELECT COUNT(*) FROM entries WHERE guild_id = $1", args![guild.sql()]).await?;
        if count as usize >= limits::SERVER_ENTRIES {
            return Err(Refusal::TooManyEntries { max: limits::SERVER_ENTRIES }.into());
        }
        entry.spec.id = self.free_id(tx, guild, &entry.spec, derived).await?;
        self.check_questions(tx, guild, &entry.spec.questions).await?;
        insert_entry(tx, guild, &entry, &self.fingerprint).await?;
        forget_in(tx, guild, &entry.spec.questions).await?;
        let record = record(at, by, Action::Add, entry.id(), None, Some(entry.spec.clone()));
        Ok(Work { records: vec![record], delta: Delta::Own(Arc::new(entry)) })
    }

    async fn alias_in(
        &self,
        tx: &mut Tx,
        guild: ServerId,
        id: &str,
        question: &str,
        by: &Actor,
        at: u64,
    ) -> Result<Work, Fail> {
        let (before, shipped) = self.answering_spec(tx, guild, id).await?;
        if before.questions.len() >= limits::QUESTIONS {
            return Err(Refusal::TooManyQuestions { id: id.to_owned(), max: limits::QUESTIONS }.into());
        }
        // The entry's own questions (a shipped entry's are not in the tables), then the server's.
        let folded = normalize_question(question);
        if before.questions.iter().any(|q| normalize_question(q) == folded) {
            return Err(Refusal::DuplicateQuestion { question: question.to_owned(), taken_by: id.to_owned() }.into());
        }
        self.check_questions(tx, guild, &[question.to_owned()]).await?;
        insert_question(tx, guild, id, shipped, question).await?;
        forget_in(tx, guild, &[question.to_owned()]).await?;
        let mut after = before.clone();
        after.questions.push(question.to_owned());
        if !shipped {
            set_questions(tx, guild, &after).await?;
        }
        let delta = self.delta(tx, guild, &after, shipped).await?;
        Ok(Work { records: vec![record(at, by, Action::Alias, id, Some(before), Some(after))], delta })
    }

    async fn unalias_in(
        &self,
        tx: &mut Tx,
        guild: ServerId,
        id: &str,
        question: &str,
        by: &Actor,
        at: u64,
    ) -> Result<Work, Fail> {
        let (before, shipped) = self.answering_spec(tx, guild, id).await?;
        let added: Option<(i64, String)> = tx
            .fetch_optional(
                "SELECT n, question FROM questions WHERE guild_id = $1 AND entry_id = $2 AND shipped = $3 AND folded = $4 \
                 ORDER BY n LIMIT 1",
                args![guild.sql(), id, shipped, normalize_question(question)],
            )
            .await?;
        let Some((n, stored)) = added else {
            return Err(Refusal::NotAdded { id: id.to_owned(), question: question.to_owned() }.into());
        };
        if !shipped && before.questions.len() <= 1 {
            return Err(Refusal::LastQuestion { id: id.to_owned() }.into());
        }
        tx.execute("DELETE FROM questions WHERE n = $1", args![n]).await?;
        let mut after = before.clone();
        // The server's questions come after a shipped entry's own: remove the last match.
        if let Some(at) = after.questions.iter().rposition(|q| *q == stored) {
            after.questions.remove(at);
        }
        if !shipped {
            set_questions(tx, guild, &after).await?;
        }
        let delta = self.delta(tx, guild, &after, shipped).await?;
        Ok(Work { records: vec![record(at, by, Action::Unalias, id, Some(before), Some(after))], delta })
    }

    async fn remove_in(&self, tx: &mut Tx, guild: ServerId, id: &str, by: &Actor, at: u64) -> Result<Work, Fail> {
        if let Some(before) = own_spec(&mut *tx, guild, id).await? {
            tx.execute(
                "DELETE FROM questions WHERE guild_id = $1 AND entry_id = $2 AND shipped = $3",
                args![guild.sql(), id, false],
            )
            .await?;
            tx.execute("DELETE FROM entries WHERE guild_id = $1 AND entry_id = $2", args![guild.sql(), id]).await?;
            // Out of the server's quiz with it.
            tx.execute("DELETE FROM entry_quiz WHERE guild_id = $1 AND entry_id = $2", args![guild.sql(), id]).await?;
            let record = record(at, by, Action::Remove, id, Some(before), None);
            return Ok(Work { records: vec![record], delta: Delta::Removed(id.to_owned()) });
        }
        let before = match self.answering_spec(tx, guild, id).await {
            Err(Fail::Refused(Refusal::Hidden(id))) => return Err(Refusal::AlreadyHidden(id).into()),
            other => other?.0,
        };
        tx.execute("INSERT INTO hidden (guild_id, entry_id) VALUES ($1, $2)", args![guild.sql(), id]).await?;
        Ok(Work {
            records: vec![record(at, by, Action::Hide, id, Some(before), None)],
            delta: Delta::Hidden(id.to_owned()),
        })
    }

    async fn unhide_in(&self, tx: &mut Tx, guild: ServerId, id: &str, by: &Actor, at: u64) -> Result<Work, Fail> {
        let unhidden =
            tx.execute("DELETE FROM hidden WHERE guild_id = $1 AND entry_id = $2", args![guild.sql(), id]).await?;
        let known = self.shipped.iter().any(|e| e.id() == id);
        if unhidden == 0 {
            return Err(
                if known { Refusal::NotHidden(id.to_owned()) } else { Refusal::UnknownId(id.to_owned()) }.into()
            );
        }
        let aliases = questions_of(&mut *tx, guild, id, true).await?;
        let after = shipped_spec(&self.shipped, id, &aliases);
        Ok(Work {
            records: vec![record(at, by, Action::Unhide, id, None, after)],
            delta: Delta::Unhidden(id.to_owned()),
        })
    }

    /// Entry `id` as it answers in the server now, and whether it is a shipped one: the
    /// server's own first; a shipped entry hidden here is refused.
    async fn answering_spec(&self, tx: &mut Tx, guild: ServerId, id: &str) -> Result<(EntrySpec, bool), Fail> {
        if let Some(spec) = own_spec(&mut *tx, guild, id).await? {
            return Ok((spec, false));
        }
        if !self.shipped.iter().any(|e| e.id() == id) {
            return Err(Refusal::UnknownId(id.to_owned()).into());
        }
        let hidden: Option<(String,)> = tx
            .fetch_optional("SELECT entry_id FROM hidden WHERE guild_id = $1 AND entry_id = $2", args![guild.sql(), id])
            .await?;
        if hidden.is_some() {
            return Err(Refusal::Hidden(id.to_owned()).into());
        }
        let aliases = questions_of(&mut *tx, guild, id, true).await?;
        let spec = shipped_spec(&self.shipped, id, &aliases).ok_or_else(|| Refusal::UnknownId(id.to_owned()))?;
        Ok((spec, true))
    }

    /// How the entry answering as `after` changes the server's knowledge.
    async fn delta(&self, tx: &mut Tx, guild: ServerId, after: &EntrySpec, shipped: bool) -> Result<Delta, Fail> {
        if shipped {
            let aliases = questions_of(&mut *tx, guild, &after.id, true).await?;
            return Ok(Delta::Aliases { id: after.id.clone(), aliases });
        }
        // The entry as stored may predate today's rules; its new text was checked on its own.
        let entry = self.source.validate_saved(after.clone()).map_err(Refusal::Invalid)?;
        Ok(Delta::Own(Arc::new(entry)))
    }
}

fn record(
    at: u64,
    by: &Actor,
    action: Action,
    id: &str,
    before: Option<EntrySpec>,
    after: Option<EntrySpec>,
) -> AuditRecord {
    AuditRecord { at, by: by.clone(), action, id: id.to_owned(), before, after }
}

/// Who makes a change is one line of plain text, not empty: the audit log shows one change
/// per line.
pub(crate) fn check_actor(by: &Actor) -> Result<(), StoreError> {
    match crate::knowledge::name_problem(&by.name) {
        None => Ok(()),
        Some(message) => Err(StoreError::Refused(Refusal::Invalid(vec![crate::knowledge::FieldProblem {
            field: "by".into(),
            message,
        }]))),
    }
}
