//! The audit log: every change, who made it, when, and the entry before and after. A record
//! is written in the same transaction as its change, so the log never misses a change that
//! happened nor shows one that did not.

use serde::{Deserialize, Serialize};

use super::sql::{args, Exec, Tx};
use super::{Db, ServerId, StoreError};
use crate::knowledge::EntrySpec;

/// Who made a change: a Discord user, or an operator at the command line.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Actor {
    /// The Discord user id; 0 for an operator without one.
    pub id: u64,
    /// The name shown when the change was made.
    pub name: String,
}

impl Actor {
    pub fn new(id: u64, name: impl Into<String>) -> Actor {
        Actor { id, name: name.into() }
    }
}

/// What a change did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Action {
    /// A new entry of the server's own.
    Add,
    /// Another question for an entry, the server's own or a shipped one.
    Alias,
    /// A question the server had added, taken away again.
    Unalias,
    /// The server's own entry removed.
    Remove,
    /// A shipped entry hidden in this server.
    Hide,
    /// A hidden shipped entry answering again.
    Unhide,
    /// An entry of the server's own, loaded from an entries file (`kb import`).
    Import,
    /// The server's own entry put in its quiz, with a short answer and a kind (or changed).
    Quiz,
    /// The server's own entry taken out of its quiz.
    Unquiz,
}

impl Action {
    /// The word stored, and shown by the command line: serde's name for it.
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Add => "add",
            Action::Alias => "alias",
            Action::Unalias => "unalias",
            Action::Remove => "remove",
            Action::Hide => "hide",
            Action::Unhide => "unhide",
            Action::Import => "import",
            Action::Quiz => "quiz",
            Action::Unquiz => "unquiz",
        }
    }

    fn parse(word: &str) -> Option<Action> {
        serde_json::from_value(serde_json::Value::from(word)).ok()
    }
}

/// One change, as logged.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditRecord {
    /// Unix time, seconds.
    pub at: u64,
    pub by: Actor,
    pub action: Action,
    /// The entry changed.
    pub id: String,
    /// The entry as it answered in this server before and after the change; `None` when it
    /// did not answer there.
    pub before: Option<EntrySpec>,
    pub after: Option<EntrySpec>,
}

type AuditRow = (i64, i64, String, String, String, Option<String>, Option<String>);

impl Db {
    /// The server's `limit` most recent changes, newest first.
    pub async fn log(&self, guild: ServerId, limit: usize) -> Result<Vec<AuditRecord>, StoreError> {
        let rows: Vec<AuditRow> = self
            .pool
            .fetch_all(
                "SELECT unix_time, by_id, by_name, action, entry_id, spec_before, spec_after FROM audit \
                 WHERE guild_id = $1 ORDER BY n DESC LIMIT $2",
                args![guild, limit],
            )
            .await?;
        Ok(rows.into_iter().filter_map(record).collect())
    }
}

/// A stored record; `None` for one this version cannot read (an action from a newer citebot).
fn record((at, by_id, by_name, action, id, before, after): AuditRow) -> Option<AuditRecord> {
    let spec = |json: Option<String>| json.and_then(|j| serde_json::from_str::<EntrySpec>(&j).ok());
    Some(AuditRecord {
        at: at as u64,
        by: Actor { id: by_id as u64, name: by_name },
        action: Action::parse(&action)?,
        id,
        before: spec(before),
        after: spec(after),
    })
}

/// Writes `record` for `guild` in the change's transaction.
pub(crate) async fn write(tx: &mut Tx, guild: ServerId, record: &AuditRecord) -> Result<(), StoreError> {
    let json = |spec: &Option<EntrySpec>| spec.as_ref().map(|s| serde_json::to_string(s).unwrap_or_default());
    tx.execute(
        "INSERT INTO audit (guild_id, unix_time, by_id, by_name, action, entry_id, spec_before, spec_after) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
        args![
            guild,
            record.at,
            record.by.id,
            &record.by.name,
            record.action.as_str(),
            &record.id,
            json(&record.before),
            json(&record.after),
        ],
    )
    .await
    .map(drop)
}
