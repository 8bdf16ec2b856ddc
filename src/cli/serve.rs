//! `citebot serve`: runs the Discord bot until Ctrl-C or SIGTERM.

use std::sync::Arc;
use std::time::Duration;

use anyhow::Context as _;

use super::{Knowledge, Outcome};
use crate::discord::{self, Config, DatabaseUrl, Stop};
use crate::storage::Settings;

/// How long the runtime waits, at the very end, for work that is still blocked (a slow
/// database, a slow disk): part of the 5 s `serve` takes at most to stop after a signal.
const LAST_WAIT: Duration = Duration::from_millis(500);

/// Reads the configuration, loads the knowledge base (`knowledge`), opens the database in
/// `storage` (both as the command line chose, `.env` included), connects, and serves until
/// told to stop. Any failure is an error, so the process exits with the CLI's error code.
///
/// The database is opened (and created, migrated, imported into) before connecting, so that a
/// wrong path or URL fails now, in the operator's terminal, not later in a moderator's face.
///
/// Ctrl-C and SIGTERM are listened for before anything connects, and obeyed in
/// every state within 5 s: while Discord is being reached (or cannot be), while
/// serenity connects or retries, connected, and in the middle of a command.
/// The process then exits 0.
pub fn run(knowledge: Knowledge, storage: Settings) -> anyhow::Result<Outcome> {
    let mut config = Config::from_env()?;
    config.data_dir = storage.data_dir;
    config.database_url = storage.database_url.map(DatabaseUrl::new);
    config.init_logging();
    let engine = Arc::new(knowledge.engine()?);
    let quiz = Arc::new(knowledge.quiz(&engine)?);
    tracing::info!(knowledge = %knowledge.label(), "knowledge base loaded");

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    let served = runtime.block_on(async {
        let stop = Stop::on_signals();
        tracing::info!("connecting to Discord at {}", discord::discord_url(&config));
        tokio::select! {
            started = discord::start(config, engine, quiz) => started?.run_until(stop.requested()).await,
            () = stop.requested() => {
                tracing::info!("stopped before connecting");
                Ok(())
            }
        }
    });
    // Tasks still running (serenity's, or a command blocked on a lock) are dropped here.
    runtime.shutdown_timeout(LAST_WAIT);
    served?;
    Ok(Outcome::Success)
}
