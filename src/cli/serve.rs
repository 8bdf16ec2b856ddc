//! `citebot serve`: runs the Discord bot until Ctrl-C or SIGTERM.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;

use super::{load, Outcome};
use crate::discord::{self, Config, DatabaseUrl};
use crate::storage::Settings;

/// Reads the configuration, loads the knowledge base from `knowledge`, opens the database in
/// `storage` (both as the command line chose, `.env` included), connects, and serves until
/// told to stop. Any failure is an error, so the process exits with the CLI's error code.
///
/// The database is opened (and created, migrated, imported into) before connecting, so that a
/// wrong path or URL fails now, in the operator's terminal, not later in a moderator's face.
pub fn run(knowledge: PathBuf, storage: Settings) -> anyhow::Result<Outcome> {
    let mut config = Config::from_env()?;
    config.data_dir = storage.data_dir;
    config.database_url = storage.database_url.map(DatabaseUrl::new);
    config.init_logging();
    let engine = Arc::new(load(&knowledge)?);
    tracing::info!(knowledge = %knowledge.display(), "knowledge base loaded");

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    runtime.block_on(async {
        let bot = discord::start(config, engine).await?;
        bot.run_until(discord::shutdown_signal()).await
    })?;
    Ok(Outcome::Success)
}
