//! The handle on a running bot, and how it stops: on request, on Ctrl-C or SIGTERM, or by
//! itself when start-up fails.
//!
//! A stop is bounded in time whatever the connection is doing: serenity's `shutdown_all` does
//! nothing while no shard runs (still connecting, or waiting to retry), and a stalled connection
//! can hold it, so the client gets [`CLOSE_WITHIN`] to close and is then dropped.

use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use serenity::all::ShardManager;
use tokio::task::JoinHandle;
use tracing::{info, warn};

use super::GapWriter;
use crate::guilds::Guilds;
use crate::storage::OpenError;

/// How long shutting down waits for the database's connections to be returned.
const DB_CLOSE_WITHIN: Duration = Duration::from_secs(1);

/// Why the bot could not start or stopped with an error. None of these messages contains the
/// token or a database password.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    /// Discord (or the proxy) did not answer after every attempt; `why` is the last reason.
    #[error("cannot reach Discord at {url}: {why}")]
    Unreachable { url: String, why: String },
    #[error(transparent)]
    Storage(#[from] OpenError),
    #[error("could not build the Discord client: {0}")]
    Client(Box<serenity::Error>),
    #[error("could not register the slash commands: {0}")]
    Register(String),
    #[error("the Discord connection failed: {0}")]
    Gateway(Box<serenity::Error>),
    #[error("the bot task ended abnormally: {0}")]
    Task(String),
}

/// How long the client gets to close the connection once told to stop. With the rest of a stop
/// (writing the last unanswered questions, ending the runtime) it keeps `serve` within 5 s of
/// the signal.
pub const CLOSE_WITHIN: Duration = Duration::from_secs(2);

/// A running bot. Dropping it leaves the bot running; call [`Bot::shutdown`] or
/// [`Bot::run_until`].
pub struct Bot {
    pub(super) shard_manager: Arc<ShardManager>,
    pub(super) task: JoinHandle<Result<(), serenity::Error>>,
    /// Set when start-up (command registration) fails; the bot then stops itself.
    pub(super) setup_failure: Arc<Mutex<Option<String>>>,
    /// Writes the unanswered questions; finished last, so none asked before shutdown is lost.
    pub(super) gap_writer: Option<GapWriter>,
    /// Looks for changes made by other processes; stopped at shutdown.
    pub(super) watcher: JoinHandle<()>,
    /// The servers' knowledge and the database, closed last.
    pub(super) guilds: Arc<Guilds>,
}

impl Bot {
    /// serenity's shard manager, for whoever needs the connection itself.
    pub fn shard_manager(&self) -> &Arc<ShardManager> {
        &self.shard_manager
    }

    /// Closes the gateway connection and waits for the client to stop, for at most
    /// [`CLOSE_WITHIN`]; then drops the client, connected or not. The unanswered questions
    /// already asked are written last (bounded too).
    pub async fn shutdown(mut self) -> Result<(), BotError> {
        let shard_manager = Arc::clone(&self.shard_manager);
        let task = &mut self.task;
        let closed = tokio::time::timeout(CLOSE_WITHIN, async move {
            shard_manager.shutdown_all().await;
            task.await
        })
        .await;
        let ended = closed.unwrap_or_else(|_| {
            warn!("the Discord connection did not close within {} s; stopping anyway", CLOSE_WITHIN.as_secs());
            self.task.abort();
            Ok(Ok(()))
        });
        self.finish_writing().await;
        finish(ended, &self.setup_failure)
    }

    /// Runs until `signal` resolves, then shuts down cleanly; or until the bot stops on its
    /// own (start-up failed, or the connection was lost for good).
    pub async fn run_until(mut self, signal: impl Future<Output = ()>) -> Result<(), BotError> {
        tokio::select! {
            () = signal => {
                info!("shutting down");
                self.shutdown().await
            }
            ended = &mut self.task => {
                self.finish_writing().await;
                finish(ended, &self.setup_failure)
            }
        }
    }

    /// The servers' knowledge and the database this bot answers from.
    pub fn guilds(&self) -> &Arc<Guilds> {
        &self.guilds
    }

    /// Writes what is queued, stops looking for changes, and closes the database.
    async fn finish_writing(&mut self) {
        if let Some(writer) = self.gap_writer.take() {
            writer.finish().await;
        }
        self.watcher.abort();
        // A change still waiting for the database (another writer holds it) is given up: the
        // process stops within its 5 s, and SQL leaves the database as it was before the change.
        if tokio::time::timeout(DB_CLOSE_WITHIN, self.guilds.db().close()).await.is_err() {
            warn!("the database was still busy after {} s; stopping anyway", DB_CLOSE_WITHIN.as_secs());
        }
    }
}

fn finish(
    ended: Result<Result<(), serenity::Error>, tokio::task::JoinError>,
    setup_failure: &Mutex<Option<String>>,
) -> Result<(), BotError> {
    if let Some(why) = setup_failure.lock().unwrap_or_else(PoisonError::into_inner).take() {
        return Err(BotError::Register(why));
    }
    match ended {
        Ok(Ok(())) => Ok(()),
        Ok(Err(why)) => Err(BotError::Gateway(Box::new(why))),
        Err(why) => Err(BotError::Task(why.to_string())),
    }
}
