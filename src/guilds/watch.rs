//! Noticing what other processes changed: `citebot kb` while the bot runs, or another shard
//! process on the same PostgreSQL.
//!
//! Every change stamps its server with the change clock ([`crate::storage`]). Once a second the
//! watcher asks the database for the servers stamped since it last looked, one indexed query
//! that returns nothing most of the time, and reads again those this process serves. A change
//! made anywhere thus reaches this process's answers within about a second, and a question
//! never costs a database call.

use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use tokio::task::JoinHandle;

use super::Guilds;
use crate::storage::StoreError;

/// How often the watcher looks, unless told otherwise.
pub const WATCH_EVERY: Duration = Duration::from_secs(1);

impl Guilds {
    /// Starts the watcher on the current runtime; it runs until the task is aborted.
    pub fn watch(self: &Arc<Self>, every: Duration) -> JoinHandle<()> {
        let guilds = Arc::clone(self);
        tokio::spawn(async move {
            let mut ticks = tokio::time::interval(every);
            ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticks.tick().await;
                guilds.look().await;
            }
        })
    }

    /// One look: reads again every served server that changed since the last one. Returns how
    /// many were read again.
    pub async fn refresh(&self) -> Result<usize, StoreError> {
        let since = self.seen.load(Ordering::Acquire);
        let changed = self.db.changed_since(since).await?;
        let mut reread = 0;
        for (guild, version) in changed {
            self.failed.write().unwrap_or_else(|e| e.into_inner()).remove(&guild.get());
            let stale = self.cached(guild).is_some_and(|s| s.knowledge.version < version);
            if stale {
                match self.reload(guild).await {
                    Ok(_) => {
                        reread += 1;
                        tracing::debug!(guild = guild.get(), version, "read again after a change made elsewhere");
                    }
                    // Looked at again next time.
                    Err(e @ StoreError::Database { .. }) => return Err(e),
                    Err(e) => {
                        tracing::warn!(guild = guild.get(), "a server changed elsewhere cannot be read: {e}");
                        self.served.write().unwrap_or_else(|e| e.into_inner()).remove(&guild.get());
                    }
                }
            }
            self.seen.fetch_max(version, Ordering::AcqRel);
        }
        Ok(reread)
    }

    /// [`Guilds::refresh`], logging a failure once until the database answers again.
    async fn look(&self) {
        match self.refresh().await {
            Ok(_) => {
                if !self.reachable.swap(true, Ordering::AcqRel) {
                    tracing::info!(database = self.db.location(), "the database answers again");
                }
            }
            Err(e) => {
                if self.reachable.swap(false, Ordering::AcqRel) {
                    tracing::warn!("cannot look for changes made elsewhere (answering from what is loaded): {e}");
                }
            }
        }
    }
}
