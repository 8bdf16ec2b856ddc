//! `kb import`: many entries from an entries file, in one transaction, with the same rules as
//! `add` for each.

use std::collections::HashMap;
use std::sync::Arc;

use super::rules::{in_article_words, insert_entry, same_questions};
use super::{Changed, Fail, Tx, Work};
use crate::knowledge::{limits, Entry};
use crate::storage::entries_file;
use crate::storage::sql::args;
use crate::storage::unanswered::forget_in;
use crate::storage::{normalize_question, Action, Actor, AuditRecord, Db, Delta, Refusal, ServerId, StoreError};

impl Db {
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
        super::ops::check_actor(by)?;
        let source = Arc::clone(&self.source);
        // Parsing and validating a large file is CPU work: off the async threads.
        let parsed = tokio::task::spawn_blocking(move || {
            entries_file::parse(&text, &file, &source, crate::knowledge::Rules::All)
        })
        .await?;
        let mut entries = parsed.map_err(Refusal::File)?;
        if entries.is_empty() {
            return Err(Refusal::EmptyFile.into());
        }
        for entry in &mut entries {
            in_article_words(entry);
            same_questions(entry.id(), &entry.spec.questions)?;
        }
        let mut open = self.begin_change(guild).await?;
        let work = self.import_in(&mut open.tx, guild, entries, by, at).await;
        self.commit_change(open, guild, work).await
    }

    async fn import_in(
        &self,
        tx: &mut Tx,
        guild: ServerId,
        entries: Vec<Entry>,
        by: &Actor,
        at: u64,
    ) -> Result<Work, Fail> {
        let (count,): (i64,) =
            tx.fetch_one("SELECT COUNT(*) FROM entries WHERE guild_id = $1", args![guild.sql()]).await?;
        if count as usize + entries.len() > limits::SERVER_ENTRIES {
            return Err(Refusal::TooManyEntries { max: limits::SERVER_ENTRIES }.into());
        }
        // Questions shared by two entries of the file.
        let mut asked: HashMap<String, &str> = HashMap::new();
        for entry in &entries {
            for question in &entry.spec.questions {
                let folded = normalize_question(question);
                if let Some(first) = asked.insert(folded, entry.id()).filter(|first| *first != entry.id()) {
                    let question = question.clone();
                    return Err(Refusal::DuplicateQuestion { question, taken_by: first.to_owned() }.into());
                }
            }
        }
        let mut records = Vec::with_capacity(entries.len());
        let mut deltas = Vec::with_capacity(entries.len());
        for entry in entries {
            let id = self.free_id(tx, guild, &entry.spec, false).await?;
            debug_assert_eq!(id, entry.spec.id);
            self.check_questions(tx, guild, &entry.spec.questions).await?;
            insert_entry(tx, guild, &entry, &self.fingerprint).await?;
            forget_in(tx, guild, &entry.spec.questions).await?;
            records.push(AuditRecord {
                at,
                by: by.clone(),
                action: Action::Import,
                id,
                before: None,
                after: Some(entry.spec.clone()),
            });
            deltas.push(Delta::Own(Arc::new(entry)));
        }
        Ok(Work { records, delta: Delta::Many(deltas) })
    }
}
