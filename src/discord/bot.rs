//! The handle on a running bot, and how it stops: on request, on Ctrl-C or SIGTERM, or by
//! itself when start-up fails.

use std::future::Future;
use std::sync::{Arc, Mutex, PoisonError};

use serenity::all::ShardManager;
use tokio::task::JoinHandle;
use tracing::{error, info};

use super::GapWriter;
use crate::guilds::Guilds;
use crate::storage::OpenError;

/// Why the bot could not start or stopped with an error. None of these messages contains the
/// token or a database password.
#[derive(Debug, thiserror::Error)]
pub enum BotError {
    #[error(transparent)]
    Storage(#[from] OpenError),
    #[error("DISCORD_PROXY_URL {url} does not answer GET /api/v10/gateway: {source}")]
    Proxy { url: String, source: Box<serenity::Error> },
    #[error("could not build the Discord client: {0}")]
    Client(Box<serenity::Error>),
    #[error("could not register the slash commands: {0}")]
    Register(String),
    #[error("the Discord connection failed: {0}")]
    Gateway(Box<serenity::Error>),
    #[error("the bot task ended abnormally: {0}")]
    Task(String),
}

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

    /// Closes the gateway connection and waits for the client to stop.
    pub async fn shutdown(mut self) -> Result<(), BotError> {
        self.shard_manager.shutdown_all().await;
        let ended = (&mut self.task).await;
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
        self.guilds.db().close().await;
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

/// Resolves on Ctrl-C or (on Unix) SIGTERM, whichever comes first. If a signal cannot be
/// listened for, that is logged and the other still works.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(why) = tokio::signal::ctrl_c().await {
            error!("cannot listen for Ctrl-C: {why}");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        use tokio::signal::unix::{signal, SignalKind};
        match signal(SignalKind::terminate()) {
            Ok(mut term) => {
                term.recv().await;
            }
            Err(why) => {
                error!("cannot listen for SIGTERM: {why}");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
