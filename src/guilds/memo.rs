//! Answering once, fast: a process that reads a server, answers or checks one change, and
//! exits (`citebot ask --guild`, `citebot kb add`) would spend nearly all its time analysing
//! the server's entries, thousands of them, for one question.
//!
//! Such a process builds the server's engine over an analysed snapshot of its entries kept in
//! the database ([`Engine::snapshot`], the form the shipped knowledge is built into the binary
//! in), analysing only the entries changed since the snapshot was taken. When more than
//! [`STALE_AFTER`] changed, or there is none, or it was taken with another shipped engine (the
//! knowledge or the engine changed), it analyses them all, as before, and keeps a new one.
//!
//! The bot does not use this: it reads each server once and applies every change to the engine
//! it keeps. Either way an engine over the same entries gives the same answers; the one
//! difference is where a misspelt word is corrected to: the server's own words and the shipped
//! ones form one speller here, two layers in the bot, which can only matter for two candidate
//! words exactly as close to the typo.

use std::hash::{Hash as _, Hasher as _};
use std::sync::{Arc, OnceLock};

use rustc_hash::FxHashMap;

use super::Guilds;
use crate::engine::Engine;
use crate::knowledge::{Entry, EntrySpec, KnowledgeBase, LoadError};
use crate::storage::{GuildKnowledge, ServerId, StoreError};

/// How many of a server's entries a kept snapshot may lack before a new one is taken.
const STALE_AFTER: usize = 256;

/// Loads the shipped knowledge base, for its lexicon, when a snapshot is taken.
pub type Loader = Arc<dyn Fn() -> Result<KnowledgeBase, LoadError> + Send + Sync>;

/// What a one-shot process needs to use the kept snapshots.
pub(super) struct Memo {
    load: Loader,
    /// The shipped engine, named by a hash of its own snapshot.
    name: OnceLock<String>,
}

impl Memo {
    pub(super) fn new(load: Loader) -> Memo {
        Memo { load, name: OnceLock::new() }
    }

    fn name(&self, shipped: &Engine) -> &str {
        self.name.get_or_init(|| {
            let mut hasher = std::collections::hash_map::DefaultHasher::new();
            (env!("CARGO_PKG_VERSION"), shipped.snapshot()).hash(&mut hasher);
            format!("{:016x}", hasher.finish())
        })
    }
}

/// A kept snapshot, read: the server's version when it was taken, and the engine over it.
pub(super) type Kept = Option<(i64, Engine)>;

impl Guilds {
    /// The engine of `guild` for a process that answers once: straight from the kept snapshot
    /// when it was taken at the server's current version, so nothing else of the server is
    /// read; otherwise over it, with the entries changed since analysed.
    pub(super) async fn engine_once(&self, guild: ServerId) -> Result<Arc<Engine>, StoreError> {
        let (version, kept) = tokio::join!(self.db.version(guild), self.kept(guild));
        let version = version?;
        match kept {
            Some((taken, engine)) if taken == version => Ok(Arc::new(engine)),
            kept => {
                let knowledge = self.db.knowledge(guild).await?;
                Ok(Arc::clone(&self.serve(knowledge, kept).await.engine))
            }
        }
    }

    /// The snapshot kept for `guild`, read; `None` when this process keeps none, there is none,
    /// or it cannot be read (then the engine is built as usual).
    pub(super) async fn kept(&self, guild: ServerId) -> Kept {
        let memo = self.memo.as_ref()?;
        let name = memo.name(&self.shipped).to_owned();
        let (version, bytes) = match self.db.engine_snapshot(guild, &name).await {
            Ok(kept) => kept?,
            Err(e) => {
                tracing::debug!(guild = guild.get(), "no analysed snapshot: {e}");
                return None;
            }
        };
        let engine = tokio::task::spawn_blocking(move || Engine::from_snapshot(&bytes)).await.ok()?.ok()?;
        Some((version, engine))
    }

    /// The engine for `knowledge` over the `kept` snapshot (read alongside it), keeping a new
    /// snapshot if that one is missing or stale; `None` when this process keeps no snapshots,
    /// or something failed (then the engine is built as usual).
    pub(super) async fn remembered(&self, knowledge: &GuildKnowledge, kept: Kept) -> Option<Arc<Engine>> {
        let memo = self.memo.as_ref()?;
        let guild = ServerId::new(knowledge.guild)?;
        let kept = match kept {
            Some((taken, engine)) if taken == knowledge.version => return Some(Arc::new(engine)),
            kept => kept.map(|(_, engine)| engine),
        };
        let answering = knowledge.answering(&self.shipped_entries);
        let load = Arc::clone(&memo.load);
        let (engine, taken) = match tokio::task::spawn_blocking(move || build(kept, answering, &load)).await {
            Ok(Ok(built)) => built,
            Ok(Err(e)) => {
                tracing::warn!("the shipped knowledge could not be loaded to analyse a server: {e}");
                return None;
            }
            Err(e) => {
                tracing::error!(guild = guild.get(), "analysing a server failed: {e}");
                return None;
            }
        };
        if let Some(snapshot) = taken {
            let name = memo.name(&self.shipped);
            if let Err(e) = self.db.keep_engine_snapshot(guild, name, knowledge.version, snapshot).await {
                tracing::debug!(guild = guild.get(), "the analysed snapshot was not kept: {e}");
            }
        }
        Some(Arc::new(engine))
    }
}

/// The engine over `answering`: over the `kept` one when it lacks at most [`STALE_AFTER`] of
/// them, else over a new snapshot, returned to be kept.
fn build(
    kept: Option<Engine>,
    answering: Vec<Arc<Entry>>,
    load: &Loader,
) -> Result<(Engine, Option<Vec<u8>>), LoadError> {
    if let Some(base) = kept {
        let analysed: FxHashMap<&str, &EntrySpec> =
            base.entries().iter().map(|c| (c.entry.id(), &c.entry.spec)).collect();
        let new = answering.iter().filter(|e| analysed.get(e.id()) != Some(&&e.spec)).count();
        if new <= STALE_AFTER {
            return Ok((base.with_entries(answering, None), None));
        }
    }
    let kb = KnowledgeBase { entries: answering.clone(), ..load()? };
    let base = Engine::new(&kb);
    let snapshot = base.snapshot();
    Ok((base.with_entries(answering, None), Some(snapshot)))
}
