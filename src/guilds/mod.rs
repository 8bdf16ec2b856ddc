//! Each server's view of the knowledge: the shipped base plus what its moderators changed,
//! each served by its own engine.
//!
//! This is where storage ([`crate::storage`]) meets the engine, shared by both front ends so
//! `citebot ask --guild` answers exactly as the bot does in that server.
//!
//! - A server that changed nothing is answered by the shipped engine itself.
//! - A server is read from the database the first time it is asked something, then kept.
//! - A change made here is applied to the kept copy (no reading back), rebuilding only that
//!   server's index and reusing every entry already analysed; the next question sees it.
//! - A change made by another process (`citebot kb`, another shard's process) is found by
//!   [`Guilds::watch`], which asks the database every second which servers changed (one
//!   indexed query), and reloads those it keeps. A question never reads a whole server.
//! - When the database fails, kept servers go on answering; one that cannot be read is
//!   answered from the shipped base (and the failure logged) until it can.

mod changes;
mod memo;
mod watch;

use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, AtomicI64};
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use crate::engine::Engine;
use crate::knowledge::Entry;
use crate::storage::{Db, GuildKnowledge, ServerId, StoreError};

pub use changes::{Check, Outcome};
pub use memo::Loader;
pub use watch::WATCH_EVERY;

/// How long a question waits for its server to be read before the shipped base answers it
/// (the read goes on, and the next question gets the server's own answers).
const LOAD_WITHIN: Duration = Duration::from_millis(1500);
/// How long after a failed read a server is answered from the shipped base without trying
/// again (unless it changes meanwhile).
const RETRY_AFTER: Duration = Duration::from_secs(10);

/// A server's knowledge as loaded, with the engine that answers from it.
struct Served {
    knowledge: GuildKnowledge,
    engine: Arc<Engine>,
}

/// The shipped knowledge base and every server's changes to it.
pub struct Guilds {
    shipped: Arc<Engine>,
    shipped_entries: Vec<Arc<Entry>>,
    db: Arc<Db>,
    served: RwLock<HashMap<u64, Arc<Served>>>,
    /// One lock per server being read, so a burst of questions reads it once.
    loading: tokio::sync::Mutex<HashMap<u64, Arc<tokio::sync::Mutex<()>>>>,
    /// Servers whose last read failed, and when.
    failed: RwLock<HashMap<u64, Instant>>,
    /// The change clock up to which [`Guilds::watch`] has seen every change.
    seen: AtomicI64,
    /// Whether the last look at the database worked, so an outage is logged once.
    reachable: AtomicBool,
    /// For a process that answers once: the analysed snapshots kept in the database.
    memo: Option<memo::Memo>,
}

impl Guilds {
    pub fn new(shipped: Arc<Engine>, db: Arc<Db>) -> Guilds {
        let shipped_entries = shipped.entries().iter().map(|c| Arc::clone(&c.entry)).collect();
        Guilds {
            shipped,
            shipped_entries,
            db,
            served: RwLock::new(HashMap::new()),
            loading: tokio::sync::Mutex::new(HashMap::new()),
            failed: RwLock::new(HashMap::new()),
            seen: AtomicI64::new(0),
            reachable: AtomicBool::new(true),
            memo: None,
        }
    }

    /// For a process that reads a server once (the command line): builds each server's engine
    /// over the analysed snapshot kept in the database, and keeps a new one when it is missing or
    /// stale (see `memo`). `load` loads the shipped knowledge base, for its lexicon.
    pub fn remembering(mut self, load: Loader) -> Guilds {
        self.memo = Some(memo::Memo::new(load));
        self
    }

    /// The engine over the shipped knowledge base alone.
    pub fn shipped(&self) -> &Arc<Engine> {
        &self.shipped
    }

    pub fn shipped_entries(&self) -> &[Arc<Entry>] {
        &self.shipped_entries
    }

    /// The database, for what is not knowledge: the audit log, unanswered questions, votes.
    pub fn db(&self) -> &Arc<Db> {
        &self.db
    }

    /// The engine that answers in `guild` (the shipped one outside a server). Never fails and
    /// never waits long: a server that cannot be read now is answered from the shipped base,
    /// and the failure is logged; `/kb` and `citebot kb` report it to moderators.
    pub async fn engine(self: &Arc<Self>, guild: Option<ServerId>) -> Arc<Engine> {
        let Some(guild) = guild else { return Arc::clone(&self.shipped) };
        if let Some(served) = self.cached(guild) {
            return Arc::clone(&served.engine);
        }
        let failed_at = self.failed.read().unwrap_or_else(|e| e.into_inner()).get(&guild.get()).copied();
        if failed_at.is_some_and(|at| at.elapsed() < RETRY_AFTER) {
            return Arc::clone(&self.shipped);
        }
        let guilds = Arc::clone(self);
        let load = tokio::spawn(async move { guilds.served(guild).await });
        match tokio::time::timeout(LOAD_WITHIN, load).await {
            Ok(Ok(Ok(served))) => Arc::clone(&served.engine),
            Ok(Ok(Err(e))) => {
                tracing::warn!(guild = guild.get(), error = %e, "a server's knowledge could not be read; answering from the shipped base");
                self.failed.write().unwrap_or_else(|e| e.into_inner()).insert(guild.get(), Instant::now());
                Arc::clone(&self.shipped)
            }
            Ok(Err(e)) => {
                tracing::error!(guild = guild.get(), "reading a server's knowledge failed: {e}");
                Arc::clone(&self.shipped)
            }
            Err(_) => {
                tracing::info!(
                    guild = guild.get(),
                    "a server's knowledge is still being read; the shipped base answers meanwhile"
                );
                Arc::clone(&self.shipped)
            }
        }
    }

    /// The engine of `guild`, or why its knowledge cannot be read: for `ask --guild`, where a
    /// damaged or unreachable store is an error, not a silent fallback.
    pub async fn engine_of(&self, guild: ServerId) -> Result<Arc<Engine>, StoreError> {
        match self.cached(guild) {
            Some(served) => Ok(Arc::clone(&served.engine)),
            None if self.memo.is_some() => self.engine_once(guild).await,
            None => Ok(Arc::clone(&self.served(guild).await?.engine)),
        }
    }

    /// What `guild` knows now.
    pub async fn knowledge(&self, guild: ServerId) -> Result<GuildKnowledge, StoreError> {
        Ok(self.served(guild).await?.knowledge.clone())
    }

    fn cached(&self, guild: ServerId) -> Option<Arc<Served>> {
        self.served.read().unwrap_or_else(|e| e.into_inner()).get(&guild.get()).cloned()
    }

    /// The served state of `guild`, read from the database if it is not kept yet.
    async fn served(&self, guild: ServerId) -> Result<Arc<Served>, StoreError> {
        if let Some(served) = self.cached(guild) {
            return Ok(served);
        }
        let lock = Arc::clone(self.loading.lock().await.entry(guild.get()).or_default());
        let _reading = lock.lock().await;
        if let Some(served) = self.cached(guild) {
            return Ok(served);
        }
        self.reload(guild).await
    }

    /// Reads `guild` from the database and serves it from now on.
    async fn reload(&self, guild: ServerId) -> Result<Arc<Served>, StoreError> {
        let (knowledge, kept) = tokio::join!(self.db.knowledge(guild), self.kept(guild));
        let knowledge = knowledge?;
        self.failed.write().unwrap_or_else(|e| e.into_inner()).remove(&guild.get());
        Ok(self.serve(knowledge, kept).await)
    }

    /// Builds the engine for `knowledge` (off the async threads; over the `kept` snapshot when
    /// there is one) and serves it, unless a newer version is served already (then that one is
    /// returned).
    async fn serve(&self, knowledge: GuildKnowledge, kept: memo::Kept) -> Arc<Served> {
        let guild = knowledge.guild;
        let previous = self.served.read().unwrap_or_else(|e| e.into_inner()).get(&guild).cloned();
        let remembered = match &previous {
            None if !knowledge.is_unchanged() => self.remembered(&knowledge, kept).await,
            _ => None,
        };
        let shipped = Arc::clone(&self.shipped);
        let shipped_entries = self.shipped_entries.clone();
        let built = tokio::task::spawn_blocking(move || {
            let engine =
                remembered.unwrap_or_else(|| build(&shipped, &shipped_entries, &knowledge, previous.as_deref()));
            Served { knowledge, engine }
        })
        .await;
        let served = match built {
            Ok(served) => Arc::new(served),
            // Building never panics on validated entries; should it, keep what is served.
            Err(e) => {
                tracing::error!(guild, "building a server's engine failed: {e}");
                return self.served.read().unwrap_or_else(|e| e.into_inner()).get(&guild).cloned().unwrap_or_else(
                    || Arc::new(Served { knowledge: GuildKnowledge::empty(guild), engine: Arc::clone(&self.shipped) }),
                );
            }
        };
        let mut all = self.served.write().unwrap_or_else(|e| e.into_inner());
        match all.get(&guild) {
            Some(newer) if newer.knowledge.version > served.knowledge.version => Arc::clone(newer),
            _ => {
                all.insert(guild, Arc::clone(&served));
                served
            }
        }
    }
}

/// The engine for a server: the shipped one if it changed nothing, otherwise one over its
/// answering entries, reusing what the shipped engine and the server's previous engine already
/// analysed. The one place the storage layer hands entries to the engine.
fn build(
    shipped: &Arc<Engine>,
    shipped_entries: &[Arc<Entry>],
    knowledge: &GuildKnowledge,
    previous: Option<&Served>,
) -> Arc<Engine> {
    if knowledge.is_unchanged() {
        return Arc::clone(shipped);
    }
    Arc::new(shipped.with_entries(knowledge.answering(shipped_entries), previous.map(|p| p.engine.as_ref())))
}
