//! Moderators' changes through [`Guilds`]: stored, applied to the served copy at once, and
//! checked the way a member would see them.

use std::sync::Arc;

use super::{Guilds, Served};
use crate::engine::Engine;
use crate::knowledge::EntrySpec;
use crate::storage::{unix_now, Actor, AuditRecord, Changed, ServerId, StoreError};

/// What asking a question gives right after a change: the proof that the change took effect,
/// or the warning that another entry answers instead.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Check {
    /// The changed entry answers it.
    Answers,
    /// Another entry, a closer match, answers it (a shipped entry with the same question, say).
    AnsweredBy(String),
    /// Nothing answers it, or only a passage of the article does.
    Unanswered,
}

/// A change that was saved, and what asking each of its new questions gives now.
#[derive(Debug, Clone)]
pub struct Outcome {
    pub record: AuditRecord,
    /// Each new question, with what answers it.
    pub checks: Vec<(String, Check)>,
}

impl Outcome {
    /// The first question that the changed entry does not answer, if any.
    pub fn shadowed(&self) -> Option<&(String, Check)> {
        self.checks.iter().find(|(_, check)| *check != Check::Answers)
    }
}

impl Guilds {
    /// Adds an entry in `guild`; without an id, one is derived from the first question.
    pub async fn add(&self, guild: ServerId, spec: EntrySpec, by: &Actor) -> Result<Outcome, StoreError> {
        let changed = self.db.add(guild, spec, by, unix_now()).await?;
        let questions = changed.record().after.as_ref().map(|a| a.questions.clone()).unwrap_or_default();
        let engine = self.apply(guild, &changed).await?;
        Ok(checked(&engine, changed, questions))
    }

    /// Adds another phrasing to an entry that answers in `guild`.
    pub async fn alias(&self, guild: ServerId, id: &str, question: &str, by: &Actor) -> Result<Outcome, StoreError> {
        let changed = self.db.alias(guild, id, question, by, unix_now()).await?;
        let engine = self.apply(guild, &changed).await?;
        Ok(checked(&engine, changed, vec![question.trim().to_owned()]))
    }

    /// Takes away a question the server added to an entry.
    pub async fn unalias(
        &self,
        guild: ServerId,
        id: &str,
        question: &str,
        by: &Actor,
    ) -> Result<AuditRecord, StoreError> {
        let changed = self.db.unalias(guild, id, question, by, unix_now()).await?;
        self.apply_if_kept(guild, &changed).await;
        Ok(changed.record().clone())
    }

    /// Removes the server's own entry, or hides a shipped one in `guild` only.
    pub async fn remove(&self, guild: ServerId, id: &str, by: &Actor) -> Result<AuditRecord, StoreError> {
        let changed = self.db.remove(guild, id, by, unix_now()).await?;
        self.apply_if_kept(guild, &changed).await;
        Ok(changed.record().clone())
    }

    /// Lets a hidden shipped entry answer in `guild` again.
    pub async fn unhide(&self, guild: ServerId, id: &str, by: &Actor) -> Result<AuditRecord, StoreError> {
        let changed = self.db.unhide(guild, id, by, unix_now()).await?;
        self.apply_if_kept(guild, &changed).await;
        Ok(changed.record().clone())
    }

    /// Adds every entry of an entries file (`kb import`), all or none.
    pub async fn import(&self, guild: ServerId, text: String, file: String, by: &Actor) -> Result<Outcome, StoreError> {
        let changed = self.db.import_entries(guild, text, file, by, unix_now()).await?;
        let engine = self.apply(guild, &changed).await?;
        let questions: Vec<(String, String)> = changed
            .records
            .iter()
            .filter_map(|r| Some((r.id.clone(), r.after.as_ref()?.questions.first()?.clone())))
            .collect();
        let checks = questions
            .into_iter()
            .map(|(id, q)| {
                let check = check(&engine, &id, &q);
                (q, check)
            })
            .collect();
        Ok(Outcome { record: changed.record().clone(), checks })
    }

    /// Applies a committed change to the served copy when that copy was current just before
    /// it; otherwise reads the server again. Returns the server's engine after the change.
    async fn apply(&self, guild: ServerId, changed: &Changed) -> Result<Arc<Engine>, StoreError> {
        match self.cached(guild) {
            Some(served) if served.knowledge.version == changed.previous => {
                Ok(Arc::clone(&self.serve(updated(&served, changed), None).await.engine))
            }
            Some(served) if served.knowledge.version >= changed.version => Ok(Arc::clone(&served.engine)),
            _ => Ok(Arc::clone(&self.reload(guild).await?.engine)),
        }
    }

    /// [`Guilds::apply`] for changes whose caller needs no engine: a server not kept here is
    /// left to be read when it is next asked something.
    async fn apply_if_kept(&self, guild: ServerId, changed: &Changed) {
        if self.cached(guild).is_none() {
            return;
        }
        if let Err(e) = self.apply(guild, changed).await {
            tracing::warn!(guild = guild.get(), "a change was saved but could not be served yet: {e}");
            self.served.write().unwrap_or_else(|e| e.into_inner()).remove(&guild.get());
        }
    }
}

/// The served knowledge with the change applied.
fn updated(served: &Served, changed: &Changed) -> crate::storage::GuildKnowledge {
    let mut knowledge = served.knowledge.clone();
    knowledge.apply(changed.delta.clone(), changed.version);
    knowledge
}

fn checked(engine: &Engine, changed: Changed, questions: Vec<String>) -> Outcome {
    let record = changed.record().clone();
    let checks = questions
        .into_iter()
        .map(|q| {
            let check = check(engine, &record.id, &q);
            (q, check)
        })
        .collect();
    Outcome { record, checks }
}

/// What asking `question` gives now, against the entry `id` that should answer it.
fn check(engine: &Engine, id: &str, question: &str) -> Check {
    match engine.answer(question).entry() {
        Some(entry) if entry == id => Check::Answers,
        Some(other) => Check::AnsweredBy(other.to_owned()),
        None => Check::Unanswered,
    }
}
