//! Every server's own data, in SQL: moderators' entries, hidden and extra questions for the
//! shipped entries, the audit log, the unanswered queue, per-entry answer counts, answer
//! votes and quiz scores.
//!
//! **SQLite** is the default: one file, `DATA_DIR/citebot.db`, created on first use, in WAL
//! mode with a busy timeout, so the bot and `citebot kb` use it at once. **PostgreSQL** is used
//! when `DATABASE_URL=postgres://…` is set, for several processes or machines serving one bot.
//! The schema is versioned migrations embedded in the binary (`migrations/sqlite`,
//! `migrations/postgres`), applied when the database is opened; sqlx runs them.
//!
//! # Guarantees
//!
//! - **Validated first, all or nothing, audited.** A change is checked in full (quotes against
//!   the article, field limits) before the database is touched, then checked against the
//!   server's state (duplicate and unknown ids, duplicate questions, caps) inside one
//!   transaction, which also writes its audit record. A refused change writes nothing, and
//!   there is no change without its record.
//! - **Durable.** A moderator's change is on the disk when it is acknowledged; a crash of the
//!   process (`kill -9`) never loses a committed write of any kind.
//! - **No lost updates.** Changes take the change clock first (one row), so they are applied
//!   one after another, across processes and machines.
//! - **Changes travel.** Every change advances the change clock and stamps the server with it;
//!   [`Db::changed_since`] finds what other processes changed with one indexed query.
//! - **Never blocking.** Every call is async (sqlx runs SQLite on threads of its own);
//!   validating thousands of entries runs on tokio's blocking pool.
//!
//! # Use
//!
//! In the style of Robbb's `impl Db`: one [`Db`] per process, opened once, shared (`Arc`), with
//! one `impl Db` block per concept, one file each: `connect`, `load`, `change/`, `audit`,
//! `unanswered`, `feedback`, `quiz`, `import`, `health`, `snapshots` (analysed entries kept
//! for one-shot processes).
//!
//! ```no_run
//! # use std::sync::Arc;
//! # use citebot::knowledge::{KnowledgeBase, EntrySpec};
//! # use citebot::storage::{self, Actor, ServerId, Settings};
//! # async fn demo() -> Result<(), Box<dyn std::error::Error>> {
//! let kb = KnowledgeBase::load(std::path::Path::new("knowledge"))?;
//! let settings = Settings { data_dir: "data".into(), database_url: None };
//! let (db, _imported) = storage::open(&settings, kb.source.clone(), kb.entries.clone()).await?;
//! let guild = ServerId::new(1234).unwrap();
//! let spec = EntrySpec {
//!     id: String::new(), // derive one from the question
//!     topic: String::new(), // the quote's section
//!     questions: vec!["Who founded the 604 Brigade?".into()],
//!     triggers: vec![],
//!     answer: "It was created in Tripoli in 2015.".into(),
//!     quotes: vec!["The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.".into()],
//! };
//! let changed = db.add(guild, spec, &Actor::new(42, "moderator"), storage::unix_now()).await?;
//! let knowledge = db.knowledge(guild).await?; // what the engine answers from
//! # Ok(()) }
//! ```

mod audit;
mod change;
mod connect;
mod error;
mod feedback;
mod health;
mod import;
mod load;
mod quiz;
mod server_id;
mod snapshots;
mod sql;
mod unanswered;
mod view;

use std::path::PathBuf;
use std::sync::Arc;

pub use audit::{Action, Actor, AuditRecord};
pub use change::{Changed, DEFAULT_TOPIC};
pub use connect::{redact, OpenError, Target};
pub use error::{Refusal, StoreError};
pub use feedback::{EntryStats, Vote, VoteOutcome};
pub use health::Health;
pub use import::Imported;
pub use quiz::{Answered, ClosedQuiz, EntryQuiz, NewQuiz, Quiz, QuizAnswer, QuizScore, Started, POINTS};
pub use server_id::ServerId;
pub use unanswered::{normalize_question, Unanswered, UnansweredQueue, UNANSWERED_CAPACITY};
pub use view::{GuildKnowledge, Listed, Origin, ShippedChanges};

pub(crate) use view::Delta;

use crate::knowledge::{Entry, LoadError, Source};
use sql::Pool;

/// Where the data lives, as the command line and the environment chose.
#[derive(Debug, Clone)]
pub struct Settings {
    /// `DATA_DIR`: holds `citebot.db` (SQLite) and, from older versions, `guilds/`.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`: `postgres://…` for PostgreSQL; unset for SQLite in `data_dir`.
    pub database_url: Option<String>,
}

/// The database, open, migrated, and ready for every server's data.
pub struct Db {
    pool: Pool,
    /// The article, to validate entries against.
    source: Arc<Source>,
    /// The shipped entries, to tell a server's ids from shipped ones.
    shipped: Vec<Arc<Entry>>,
    /// The article's fingerprint, stored with each entry's quote places.
    fingerprint: String,
    unanswered_capacity: usize,
    /// Servers whose files from an earlier version failed to import at start, with why: they
    /// are refused (not served as if empty) until a start imports them.
    unimported: std::sync::RwLock<std::collections::HashMap<u64, LoadError>>,
}

/// Opens the database `settings` name (creating and migrating it as needed), then imports,
/// once, any server still in the file layout of older versions (`DATA_DIR/guilds/*`).
/// Returns what was imported (or failed to be), for the caller to log or print.
pub async fn open(
    settings: &Settings,
    source: Arc<Source>,
    shipped: Vec<Arc<Entry>>,
) -> Result<(Db, Vec<Imported>), OpenError> {
    let target = Target::choose(settings)?;
    let db = Db::connect(&target, source, shipped).await?;
    let imported = db.import_files(&settings.data_dir).await;
    Ok((db, imported))
}

impl Db {
    /// Bounds each server's unanswered queue at `capacity` questions instead of
    /// [`UNANSWERED_CAPACITY`].
    pub fn with_unanswered_capacity(mut self, capacity: usize) -> Db {
        self.unanswered_capacity = capacity;
        self
    }

    /// `Damaged` with the import's problems if `guild`'s old files failed to import: its data
    /// is then incomplete, and neither read nor changed until they are fixed.
    pub(crate) fn check_imported(&self, guild: ServerId) -> Result<(), StoreError> {
        match self.unimported.read().unwrap_or_else(|e| e.into_inner()).get(&guild.get()) {
            Some(problems) => Err(StoreError::Damaged { guild: guild.get(), problems: problems.clone() }),
            None => Ok(()),
        }
    }

    /// The database as messages name it (never with a password).
    pub fn location(&self) -> &str {
        self.pool.location()
    }

    /// Closes the connections; SQLite checkpoints its log into the database file.
    pub async fn close(&self) {
        self.pool.close().await;
    }
}

/// The current Unix time in seconds, for the `at` of a change. The store takes the time as an
/// argument so that tests can choose it.
pub fn unix_now() -> u64 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs())
}
