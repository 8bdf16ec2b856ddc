//! The per-server audit log, `audit.jsonl`: one JSON object per change.
//!
//! The log is appended after the change is committed, under the same lock,
//! so it never records a change that did not happen. A crash between the
//! two can lose the record of the last change (never the change itself);
//! a crash during the append leaves a torn last line, which readers skip.

use std::fs::File;
use std::io::{self, Read, Seek, SeekFrom};
use std::path::Path;

use serde::{Deserialize, Serialize};

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
    /// The server's own entry removed.
    Remove,
    /// A shipped entry hidden in this server.
    Hide,
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
    /// The entry as it answered in this server before and after the change;
    /// `None` when it did not answer there.
    pub before: Option<EntrySpec>,
    pub after: Option<EntrySpec>,
}

impl AuditRecord {
    pub fn to_line(&self) -> String {
        serde_json::to_string(self).expect("audit records always serialize")
    }
}

/// The last `limit` records of the log at `path`, newest first. Reads the
/// file from the end, so the cost follows `limit`, not the log's length.
/// Lines that do not parse (a torn last line after a crash) are skipped.
pub fn read_tail(path: &Path, limit: usize) -> io::Result<Vec<AuditRecord>> {
    let mut file = match File::open(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e),
    };
    const CHUNK: u64 = 64 * 1024;
    let mut end = file.metadata()?.len();
    let mut records = Vec::new();
    // Bytes of the line that started before the chunks read so far.
    let mut carry: Vec<u8> = Vec::new();
    while end > 0 && records.len() < limit {
        let start = end.saturating_sub(CHUNK);
        let mut chunk = vec![0u8; (end - start) as usize];
        file.seek(SeekFrom::Start(start))?;
        file.read_exact(&mut chunk)?;
        chunk.extend_from_slice(&carry);
        // Everything after the first newline is whole lines (unless the
        // chunk starts the file, when all of it is).
        let whole_from =
            if start == 0 { 0 } else { chunk.iter().position(|&b| b == b'\n').map_or(chunk.len(), |i| i + 1) };
        for line in chunk[whole_from..].split(|&b| b == b'\n').rev() {
            if records.len() == limit {
                break;
            }
            if let Ok(record) = serde_json::from_slice::<AuditRecord>(line) {
                records.push(record);
            }
        }
        carry = chunk[..whole_from].to_vec();
        end = start;
    }
    Ok(records)
}
