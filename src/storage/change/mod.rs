//! Moderators' changes to a server's knowledge, each one transaction: add, alias, unalias,
//! remove (or hide), unhide, and import.
//!
//! Every change goes the same way, so every guarantee holds for all of them:
//! 1. what can be checked alone (the quotes against the article, the field limits) is checked
//!    first, before the database is touched;
//! 2. a transaction starts and takes the change clock (one row): changes are applied one after
//!    another, across processes and machines, and each gets the next clock value;
//! 3. what depends on the server's state (duplicate and unknown ids, duplicate questions, the
//!    caps) is checked within it; a refusal here drops the transaction, which rolls it back;
//! 4. the change is written, with its audit record and the server's new version, and the
//!    transaction commits: all of it, or none of it.
//!
//! The result ([`Changed`]) says how the server's knowledge changed, so a process holding it
//! as it was just before can update its copy without reading the server again.

mod rules;

use std::collections::HashMap;
use std::sync::Arc;

use super::load::{aliases_of, hidden, own_spec, version};
use super::sql::{args, Durability, Exec, Tx};
use super::unanswered::forget_in;
use super::{audit, normalize_question, Action, Actor, AuditRecord, Db, Delta, Refusal, ServerId, StoreError};
use crate::knowledge::{limits, Entry, EntrySpec, Rules};

pub use rules::DEFAULT_TOPIC;
pub(crate) use rules::{check_actor, insert_entry, insert_question};
use rules::{check_question, json, settle};

/// A committed change.
#[derive(Debug, Clone)]
pub struct Changed {
    /// What it did, as logged: one record, or one per entry of an import; never none.
    pub records: Vec<AuditRecord>,
    pub(crate) delta: Delta,
    /// The server's version before the change: a copy at this version can apply `delta`.
    pub(crate) previous: i64,
    /// The server's version after it.
    pub version: i64,
}

impl Changed {
    /// The (first) audit record.
    pub fn record(&self) -> &AuditRecord {
        // `Open::commit` returns no change without a record.
        &self.records[0]
    }
}

/// A change's open transaction, holding the change clock. Dropped uncommitted, it rolls back.
pub(crate) struct Open {
    pub(crate) tx: Tx,
    guild: ServerId,
    clock: i64,
    previous: i64,
}

impl Db {
    /// Starts a change of `guild`: a durable transaction that has taken the next clock value.
    pub(crate) async fn begin_change(&self, guild: ServerId) -> Result<Open, StoreError> {
        self.check_imported(guild)?;
        self.begin_import(guild).await
    }

    /// [`Db::begin_change`] for the import itself, which runs before the server is usable.
    pub(crate) async fn begin_import(&self, guild: ServerId) -> Result<Open, StoreError> {
        let mut tx = self.pool.begin(Durability::Power).await?;
        let (clock,): (i64,) =
            tx.fetch_one("UPDATE change_clock SET tick = tick + 1 WHERE id = 1 RETURNING tick", &[]).await?;
        let previous = version(&mut tx, guild).await?;
        Ok(Open { tx, guild, clock, previous })
    }
}

impl Open {
    /// Stamps the server with the change's clock, writes the audit records and commits.
    async fn commit(self, records: Vec<AuditRecord>, delta: Delta) -> Result<Changed, StoreError> {
        if records.is_empty() {
            return Err(StoreError::Task("a change without an audit record was not saved".into()));
        }
        let (previous, version) = (self.previous, self.clock);
        self.finish(&records).await?;
        Ok(Changed { records, delta, previous, version })
    }

    /// [`Open::commit`] without the result: the import of the old files.
    pub(crate) async fn finish(mut self, records: &[AuditRecord]) -> Result<(), StoreError> {
        let guild = self.guild;
        self.tx
            .execute(
                "INSERT INTO servers (guild_id, version) VALUES ($1, $2) \
                 ON CONFLICT (guild_id) DO UPDATE SET version = excluded.version",
                args![guild, self.clock],
            )
            .await?;
        for record in records {
            audit::write(&mut self.tx, guild, record).await?;
        }
        self.tx.commit().await
    }
}

impl Db {
    /// Adds an entry of the server's own.
    ///
    /// Fields are trimmed. An empty `id` asks for one derived from the first question
    /// ([`crate::knowledge::derive_id`]), numbered past the ids taken. An empty `topic` becomes
    /// the section of the article the first quote is in, or [`DEFAULT_TOPIC`]. The id may not
    /// be one of this server's or a shipped entry's, and no question may be one that an entry
    /// of the server already has. The questions it answers leave the unanswered queue.
    pub async fn add(&self, guild: ServerId, spec: EntrySpec, by: &Actor, at: u64) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let (entry, derived) = self.prepare(spec)?;
        self.insert_new(guild, vec![entry], derived, Action::Add, by, at).await
    }

    /// Adds every entry of an entries file (the format of `knowledge/entries/*.toml` and of
    /// `kb export`), all or none. `file` names it in messages. Each entry is checked as `add`
    /// checks one; problems in the file are reported at their lines.
    pub async fn import_entries(
        &self,
        guild: ServerId,
        text: String,
        file: String,
        by: &Actor,
        at: u64,
    ) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let source = Arc::clone(&self.source);
        // Parsing and validating a large file is CPU work: off the async threads.
        let parsed = tokio::task::spawn_blocking(move || source.parse_entries_file(&text, &file, Rules::All)).await?;
        let mut entries = parsed.map_err(Refusal::File)?;
        if entries.is_empty() {
            return Err(Refusal::EmptyFile.into());
        }
        for entry in &mut entries {
            settle(entry)?;
        }
        self.insert_new(guild, entries, false, Action::Import, by, at).await
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
        let mut change = self.begin_change(guild).await?;
        let tx = &mut change.tx;
        let (before, shipped) = self.answering_spec(tx, guild, id).await?;
        if before.questions.len() >= limits::QUESTIONS {
            return Err(Refusal::TooManyQuestions { id: id.to_owned(), max: limits::QUESTIONS }.into());
        }
        // The entry's own questions (a shipped entry's are not in the tables), then the server's.
        let folded = normalize_question(question);
        if before.questions.iter().any(|q| normalize_question(q) == folded) {
            return Err(Refusal::DuplicateQuestion { question: question.to_owned(), taken_by: id.to_owned() }.into());
        }
        let question = [question.to_owned()];
        self.check_questions(tx, guild, &question).await?;
        insert_question(tx, guild, id, shipped, &question[0]).await?;
        forget_in(tx, guild, &question).await?;
        let mut after = before.clone();
        after.questions.extend(question);
        let record = record(at, by, Action::Alias, id, Some(before), Some(after.clone()));
        self.questions_changed(change, after, shipped, record).await
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
        let question = question.trim();
        let mut change = self.begin_change(guild).await?;
        let tx = &mut change.tx;
        let (before, shipped) = self.answering_spec(tx, guild, id).await?;
        let added: Option<(i64, String)> = tx
            .fetch_optional(
                "SELECT n, question FROM questions WHERE guild_id = $1 AND entry_id = $2 AND shipped = $3 AND folded = $4 \
                 ORDER BY n LIMIT 1",
                args![guild, id, shipped, normalize_question(question)],
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
        let record = record(at, by, Action::Unalias, id, Some(before), Some(after.clone()));
        self.questions_changed(change, after, shipped, record).await
    }

    /// Removes the server's own entry `id`, or hides the shipped entry `id` in this server
    /// only. The record's action says which.
    pub async fn remove(&self, guild: ServerId, id: &str, by: &Actor, at: u64) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let mut change = self.begin_change(guild).await?;
        let tx = &mut change.tx;
        let (before, shipped) = match self.answering_spec(tx, guild, id).await {
            Err(StoreError::Refused(Refusal::Hidden(id))) => return Err(Refusal::AlreadyHidden(id).into()),
            other => other?,
        };
        let (action, delta) = if shipped {
            tx.execute("INSERT INTO hidden (guild_id, entry_id) VALUES ($1, $2)", args![guild, id]).await?;
            (Action::Hide, Delta::Hidden(id.to_owned()))
        } else {
            let sql = "DELETE FROM questions WHERE guild_id = $1 AND entry_id = $2 AND shipped = $3";
            tx.execute(sql, args![guild, id, false]).await?;
            tx.execute("DELETE FROM entries WHERE guild_id = $1 AND entry_id = $2", args![guild, id]).await?;
            // Out of the server's quiz with it.
            tx.execute("DELETE FROM entry_quiz WHERE guild_id = $1 AND entry_id = $2", args![guild, id]).await?;
            (Action::Remove, Delta::Removed(id.to_owned()))
        };
        change.commit(vec![record(at, by, action, id, Some(before), None)], delta).await
    }

    /// Lets a hidden shipped entry answer in this server again.
    pub async fn unhide(&self, guild: ServerId, id: &str, by: &Actor, at: u64) -> Result<Changed, StoreError> {
        check_actor(by)?;
        let mut change = self.begin_change(guild).await?;
        let tx = &mut change.tx;
        if tx.execute("DELETE FROM hidden WHERE guild_id = $1 AND entry_id = $2", args![guild, id]).await? == 0 {
            let known = self.shipped_entry(id).is_some();
            return Err(
                if known { Refusal::NotHidden(id.to_owned()) } else { Refusal::UnknownId(id.to_owned()) }.into()
            );
        }
        let aliases = aliases_of(&mut *tx, guild, id).await?;
        let after = self.shipped_spec(id, &aliases);
        change.commit(vec![record(at, by, Action::Unhide, id, None, after)], Delta::Unhidden(id.to_owned())).await
    }

    /// Entry `id` as it answers in the server now, and whether it is a shipped one: the
    /// server's own first; a shipped entry hidden here is refused.
    async fn answering_spec(&self, tx: &mut Tx, guild: ServerId, id: &str) -> Result<(EntrySpec, bool), StoreError> {
        if let Some(spec) = own_spec(&mut *tx, guild, id).await? {
            return Ok((spec, false));
        }
        if self.shipped_entry(id).is_none() {
            return Err(Refusal::UnknownId(id.to_owned()).into());
        }
        if hidden(&mut *tx, guild, id).await? {
            return Err(Refusal::Hidden(id.to_owned()).into());
        }
        let aliases = aliases_of(&mut *tx, guild, id).await?;
        let spec = self.shipped_spec(id, &aliases).ok_or_else(|| Refusal::UnknownId(id.to_owned()))?;
        Ok((spec, true))
    }

    /// Commits an alias or unalias, its `questions` rows written: the entry now answers as
    /// `after` (a shipped one if `shipped`).
    async fn questions_changed(
        &self,
        mut change: Open,
        after: EntrySpec,
        shipped: bool,
        record: AuditRecord,
    ) -> Result<Changed, StoreError> {
        let (tx, guild) = (&mut change.tx, change.guild);
        let delta = if shipped {
            Delta::Aliases { aliases: aliases_of(&mut *tx, guild, &after.id).await?, id: after.id }
        } else {
            let sql = "UPDATE entries SET questions = $3 WHERE guild_id = $1 AND entry_id = $2";
            tx.execute(sql, args![guild, &after.id, json(&after.questions)]).await?;
            // The entry as stored may predate today's rules; its new text was checked on its own.
            Delta::Own(Arc::new(self.source.validate_saved(after).map_err(Refusal::Invalid)?))
        };
        change.commit(vec![record], delta).await
    }

    /// Saves new entries of the server's own, each with a record of `action`, if the server has
    /// room for them and no two share a question: each under a free id (see [`Db::free_id`]),
    /// unless a question is taken; their questions leave the unanswered queue.
    async fn insert_new(
        &self,
        guild: ServerId,
        mut entries: Vec<Entry>,
        derived: bool,
        action: Action,
        by: &Actor,
        at: u64,
    ) -> Result<Changed, StoreError> {
        let mut change = self.begin_change(guild).await?;
        let tx = &mut change.tx;
        let (count,): (i64,) = tx.fetch_one("SELECT COUNT(*) FROM entries WHERE guild_id = $1", args![guild]).await?;
        if count as usize + entries.len() > limits::SERVER_ENTRIES {
            return Err(Refusal::TooManyEntries { max: limits::SERVER_ENTRIES }.into());
        }
        let mut asked: HashMap<String, &str> = HashMap::new();
        for entry in entries.iter() {
            for question in &entry.spec.questions {
                let folded = normalize_question(question);
                if let Some(first) = asked.insert(folded, entry.id()).filter(|first| *first != entry.id()) {
                    let question = question.clone();
                    return Err(Refusal::DuplicateQuestion { question, taken_by: first.to_owned() }.into());
                }
            }
        }
        for entry in &mut entries {
            entry.spec.id = self.free_id(tx, guild, &entry.spec, derived).await?;
            self.check_questions(tx, guild, &entry.spec.questions).await?;
            insert_entry(tx, guild, entry, &self.fingerprint).await?;
            forget_in(tx, guild, &entry.spec.questions).await?;
        }
        let records = entries.iter().map(|e| record(at, by, action, e.id(), None, Some(e.spec.clone()))).collect();
        change.commit(records, Delta::Many(entries.into_iter().map(|e| Delta::Own(Arc::new(e))).collect())).await
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
