//! `citebot serve`: runs the Discord bot until Ctrl-C or SIGTERM.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;

use super::{load, Outcome};
use crate::discord::{self, Config};

/// Reads the configuration, loads the knowledge base from `knowledge` and
/// keeps servers' data in `data_dir` (both as the command line chose, `.env`
/// included), makes sure `data_dir` exists, connects, and serves until told
/// to stop. Any failure is an error, so the process exits with the CLI's
/// error code.
///
/// `data_dir` is created here rather than on the first `/kb` change so that a
/// wrong path fails now, in the operator's terminal, not later in a
/// moderator's face.
pub fn run(knowledge: PathBuf, data_dir: PathBuf) -> anyhow::Result<Outcome> {
    let mut config = Config::from_env()?;
    config.data_dir = data_dir;
    config.init_logging();
    let engine = Arc::new(load(&knowledge)?);
    tracing::info!(knowledge = %knowledge.display(), "knowledge base loaded");
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("DATA_DIR {} cannot be created", config.data_dir.display()))?;

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    runtime.block_on(async {
        let bot = discord::start(config, engine).await?;
        bot.run_until(discord::shutdown_signal()).await
    })?;
    Ok(Outcome::Success)
}
