//! Durable, per-server storage of what moderators add to the knowledge
//! base from Discord or the `citebot kb` command line.
//!
//! This is storage only: no Discord, no engine. It decides what may be
//! saved (the same validation as the shipped knowledge base: a quote must be
//! verbatim in the article), saves it so that no change is lost or half
//! made, and loads it back per server.
//!
//! # Layout
//!
//! ```text
//! DATA_DIR/guilds/<guild id>/   one directory per server, named by its decimal id only
//!     entries.toml              the server's own [[entry]] tables, as in knowledge/entries/
//!     shipped.toml              the shipped ids it hides, the questions it adds to them
//!     audit.jsonl               one JSON object per change, appended
//!     unanswered.json           the questions the bot abstained on, counted
//!     lock                      locked while the files above are read or changed
//!     .tmp-*                    a write in flight, or one a crash interrupted
//! ```
//!
//! # Guarantees
//!
//! - **Validated before saved.** A change is checked in full (quotes against
//!   the article, field limits, duplicate and unknown ids) before anything is
//!   written; a refused change leaves every file byte for byte as it was.
//! - **Atomic.** Each change replaces one file by write, fsync, rename,
//!   fsync of the directory (see `durable.rs`). A crash at any moment, `kill -9`
//!   included, leaves the previous or the new state, both loadable.
//! - **No lost updates.** Changes to one server are serialised by an
//!   exclusive lock on its `lock` file, held from before the read to after
//!   the rename, across threads and processes (see `lock.rs`).
//! - **Isolated.** A server's files are only ever reached through its
//!   numeric id; a damaged file is reported with its file and line and
//!   affects only that server ([`load_all`]).
//! - **Audited.** Each change appends who, when, what, and the entry before
//!   and after ([`AuditRecord`]).
//!
//! # Use
//!
//! A front end opens a [`GuildStore`] per server (cheap, no I/O) with the
//! article's [`Source`], and passes the shipped entries to each change so
//! the store can tell a server's own ids from shipped ones. A change
//! returns the server's new [`GuildKnowledge`] ([`Change`]), so the bot
//! serves it at once without reloading; a change made by another process
//! (`citebot kb`) shows as a different [`GuildStore::version`], two `stat`
//! calls, so the bot knows when to reload. Calls do blocking file I/O:
//! from async code, run them with `spawn_blocking`.
//!
//! ```no_run
//! # use std::{path::Path, sync::Arc};
//! # use citebot::knowledge::{KnowledgeBase, EntrySpec};
//! # use citebot::knowledge::store::{Actor, GuildStore, unix_now};
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let kb = KnowledgeBase::load(Path::new("knowledge"))?;
//! let store = GuildStore::open(Path::new("data"), 1234, kb.source.clone());
//! let spec = EntrySpec {
//!     id: String::new(), // derive one from the question
//!     topic: String::new(), // the quote's section
//!     questions: vec!["Who founded the 604 Brigade?".into()],
//!     triggers: vec![],
//!     answer: "It was created in Tripoli in 2015.".into(),
//!     quotes: vec!["The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.".into()],
//! };
//! let change = store.add(spec, &kb.entries, &Actor::new(42, "moderator"), unix_now())?;
//! let answering = change.knowledge.answering(&kb.entries); // for the engine
//! # Ok(()) }
//! ```

mod audit;
mod durable;
mod entries_file;
mod error;
mod guild;
mod layout;
mod lock;
mod shipped;
mod slug;
mod unanswered;
mod version;
mod view;

use std::path::Path;
use std::sync::Arc;

pub use audit::{Action, Actor, AuditRecord};
pub use error::StoreError;
pub use guild::{Change, GuildStore, DEFAULT_TOPIC};
pub use layout::{parse_guild_dir, ENTRIES_FILE, GUILDS_DIR};
pub use shipped::ShippedChanges;
pub use slug::derive_id;
pub use unanswered::{normalize_question, Unanswered, UnansweredQueue, UNANSWERED_CAPACITY};
pub use version::Version;
pub use view::{GuildKnowledge, Listed, Origin};

use crate::knowledge::Source;

/// Every server found under a data directory: those that loaded, and those
/// that did not with why.
#[derive(Debug)]
pub struct AllGuilds {
    /// By guild id.
    pub loaded: Vec<GuildKnowledge>,
    /// By guild id; each error names its files and lines.
    pub broken: Vec<(u64, StoreError)>,
}

/// Loads every server under `data_dir`, each on its own: one server's
/// damaged file puts that server in `broken` and the others load. Fails
/// only if the directory of servers exists but cannot be listed. Entries
/// in it that are not a server's directory are ignored.
pub fn load_all(data_dir: &Path, source: &Arc<Source>) -> Result<AllGuilds, StoreError> {
    let dir = layout::guilds_dir(data_dir);
    let listing = match std::fs::read_dir(&dir) {
        Ok(listing) => listing,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(AllGuilds { loaded: vec![], broken: vec![] }),
        Err(e) => return Err(StoreError::io("list", &dir)(e)),
    };
    let mut guilds: Vec<u64> = listing
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().to_str().and_then(parse_guild_dir))
        .collect();
    guilds.sort_unstable();
    let mut all = AllGuilds { loaded: Vec::new(), broken: Vec::new() };
    for guild in guilds {
        match GuildStore::open(data_dir, guild, source.clone()).load() {
            Ok(knowledge) => all.loaded.push(knowledge),
            Err(e) => all.broken.push((guild, e)),
        }
    }
    Ok(all)
}

/// The current Unix time in seconds, for the `at` of a change. The store
/// takes the time as an argument so that tests can choose it.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
