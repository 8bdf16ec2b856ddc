//! Each server's view of the knowledge: the shipped base plus what its
//! moderators changed, each served by its own engine.
//!
//! This is where storage (`knowledge::store`) meets the engine, shared by
//! both front ends so `citebot ask --guild` answers exactly as the bot does
//! in that server. A server that changed nothing is answered by the shipped
//! engine itself. A change rebuilds only that server's index, reusing every
//! entry already analysed, and the next question sees it. A change made by
//! another process (`citebot kb` while the bot runs) is noticed by the
//! files' version, two `stat` calls per question.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, RwLock};

use crate::engine::Engine;
use crate::knowledge::store::{
    unix_now, Actor, AuditRecord, GuildKnowledge, GuildStore, StoreError, UnansweredQueue, Version,
};
use crate::knowledge::{Entry, EntrySpec};

/// A server's knowledge as loaded, with the engine that answers from it.
struct Served {
    knowledge: GuildKnowledge,
    engine: Arc<Engine>,
}

/// The shipped knowledge base and every server's changes to it.
pub struct Guilds {
    shipped: Arc<Engine>,
    shipped_entries: Vec<Arc<Entry>>,
    data_dir: PathBuf,
    served: RwLock<HashMap<u64, Arc<Served>>>,
    /// Servers whose files failed to load, by the version that failed, so
    /// a damaged server is not reloaded (and logged) on every question.
    broken: RwLock<HashMap<u64, Version>>,
}

impl Guilds {
    pub fn new(shipped: Arc<Engine>, data_dir: impl Into<PathBuf>) -> Guilds {
        let shipped_entries = shipped.entries().iter().map(|c| Arc::clone(&c.entry)).collect();
        Guilds {
            shipped,
            shipped_entries,
            data_dir: data_dir.into(),
            served: RwLock::new(HashMap::new()),
            broken: RwLock::new(HashMap::new()),
        }
    }

    /// The engine over the shipped knowledge base alone.
    pub fn shipped(&self) -> &Arc<Engine> {
        &self.shipped
    }

    pub fn shipped_entries(&self) -> &[Arc<Entry>] {
        &self.shipped_entries
    }

    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn store(&self, guild: u64) -> GuildStore {
        GuildStore::open(&self.data_dir, guild, Arc::clone(self.shipped.source()))
    }

    /// The engine that answers in `guild` (the shipped one outside a
    /// server). A server whose files are damaged is answered from the
    /// shipped base, so its members still get answers, and the error is
    /// logged; `/kb` and `citebot kb` report it to moderators.
    pub fn engine(&self, guild: Option<u64>) -> Arc<Engine> {
        let Some(guild) = guild else { return Arc::clone(&self.shipped) };
        let version = self.store(guild).version();
        if self.broken.read().unwrap_or_else(|e| e.into_inner()).get(&guild) == Some(&version) {
            return Arc::clone(&self.shipped);
        }
        match self.served(guild) {
            Ok(served) => Arc::clone(&served.engine),
            Err(e) => {
                tracing::warn!(guild, error = %e, "a server's knowledge could not be loaded; answering from the shipped base");
                self.broken.write().unwrap_or_else(|e| e.into_inner()).insert(guild, version);
                Arc::clone(&self.shipped)
            }
        }
    }

    /// What `guild` knows now, reloading it if its files changed.
    pub fn knowledge(&self, guild: u64) -> Result<GuildKnowledge, StoreError> {
        self.served(guild).map(|s| s.knowledge.clone())
    }

    /// Adds an entry in `guild`; without an id, one is derived from the
    /// first question. Returns the audit record of the change.
    pub fn add(&self, guild: u64, spec: EntrySpec, by: &Actor) -> Result<AuditRecord, StoreError> {
        let change = self.store(guild).add(spec, &self.shipped_entries, by, unix_now())?;
        self.serve(guild, change.knowledge);
        Ok(change.record)
    }

    /// Adds another phrasing to an entry that answers in `guild`.
    pub fn alias(&self, guild: u64, id: &str, question: &str, by: &Actor) -> Result<AuditRecord, StoreError> {
        let change = self.store(guild).alias(id, question, &self.shipped_entries, by, unix_now())?;
        self.serve(guild, change.knowledge);
        Ok(change.record)
    }

    /// Removes the server's own entry, or hides a shipped one in `guild` only.
    pub fn remove(&self, guild: u64, id: &str, by: &Actor) -> Result<AuditRecord, StoreError> {
        let change = self.store(guild).remove(id, &self.shipped_entries, by, unix_now())?;
        self.serve(guild, change.knowledge);
        Ok(change.record)
    }

    /// Records a question the bot abstained on in `guild`.
    pub fn record_gap(&self, guild: u64, question: &str) -> Result<(), StoreError> {
        self.store(guild).record_unanswered(question, unix_now()).map(|_| ())
    }

    pub fn unanswered(&self, guild: u64) -> Result<UnansweredQueue, StoreError> {
        self.store(guild).unanswered()
    }

    pub fn log(&self, guild: u64, limit: usize) -> Result<Vec<AuditRecord>, StoreError> {
        self.store(guild).log(limit)
    }

    /// The served state of `guild`, loaded or reloaded if its files are
    /// newer than what is served.
    fn served(&self, guild: u64) -> Result<Arc<Served>, StoreError> {
        let store = self.store(guild);
        let version = store.version();
        if let Some(s) = self.read_cache(guild).filter(|s| s.knowledge.version == version) {
            return Ok(s);
        }
        if version == Version::default() {
            return Ok(self.serve(guild, GuildKnowledge::empty(guild)));
        }
        let knowledge = store.load()?;
        Ok(self.serve(guild, knowledge))
    }

    fn read_cache(&self, guild: u64) -> Option<Arc<Served>> {
        self.served.read().unwrap_or_else(|e| e.into_inner()).get(&guild).cloned()
    }

    /// Builds the engine for `knowledge` and serves it from now on.
    fn serve(&self, guild: u64, knowledge: GuildKnowledge) -> Arc<Served> {
        let previous = self.read_cache(guild);
        let engine = self.build(&knowledge, previous.as_deref());
        let served = Arc::new(Served { knowledge, engine });
        self.served.write().unwrap_or_else(|e| e.into_inner()).insert(guild, Arc::clone(&served));
        served
    }

    /// The engine for a server: the shipped one if it changed nothing,
    /// otherwise one over its answering entries, reusing what the shipped
    /// engine and the server's previous engine already analysed.
    fn build(&self, knowledge: &GuildKnowledge, previous: Option<&Served>) -> Arc<Engine> {
        if knowledge.entries.is_empty() && knowledge.shipped.is_empty() {
            return Arc::clone(&self.shipped);
        }
        let entries = knowledge.answering(&self.shipped_entries);
        Arc::new(self.shipped.with_entries(entries, previous.map(|p| p.engine.as_ref())))
    }
}
