//! `citebot serve`: runs the Discord bot until Ctrl-C or SIGTERM.

use std::path::PathBuf;
use std::sync::Arc;

use anyhow::Context as _;

use super::{knowledge_dir, load, Outcome};
use crate::discord::{self, Config};

/// Loads `.env` (if any), reads the configuration, loads the knowledge base from `knowledge`
/// (what the command line chose), makes sure `DATA_DIR` exists, connects, and serves until told
/// to stop. Any failure is an error, so the process exits with the CLI's error code.
///
/// `DATA_DIR` is created here rather than on the first `/kb` change so that a wrong path fails
/// now, in the operator's terminal, not later in a moderator's face.
pub fn run(knowledge: PathBuf) -> anyhow::Result<Outcome> {
    let knowledge_from_env = std::env::var_os("KNOWLEDGE_DIR").is_some();
    load_dotenv()?;
    let config = Config::from_env()?;
    config.init_logging();
    let dir = choose_knowledge(knowledge, knowledge_from_env, config.knowledge_dir.as_ref());
    let engine = Arc::new(load(&dir)?);
    tracing::info!(knowledge = %dir.display(), "knowledge base loaded");
    std::fs::create_dir_all(&config.data_dir)
        .with_context(|| format!("DATA_DIR {} cannot be created", config.data_dir.display()))?;

    let runtime = tokio::runtime::Builder::new_multi_thread().enable_all().build().context("starting the runtime")?;
    runtime.block_on(async {
        let bot = discord::start(config, engine).await?;
        bot.run_until(discord::shutdown_signal()).await
    })?;
    Ok(Outcome::Success)
}

/// Reads `.env` from the working directory into the environment, without overriding what is
/// already set. A missing file is fine; an unreadable or malformed one is an error.
fn load_dotenv() -> anyhow::Result<()> {
    match dotenvy::dotenv() {
        Ok(_) => Ok(()),
        Err(e) if e.not_found() => Ok(()),
        Err(e) => Err(anyhow::anyhow!(".env: {e}")),
    }
}

/// `--knowledge` or `KNOWLEDGE_DIR` as the command line saw them win; `KNOWLEDGE_DIR` from
/// `.env` (read after the command line was parsed) comes next; then the command line's default.
fn choose_knowledge(given: PathBuf, from_env: bool, from_dotenv: Option<&PathBuf>) -> PathBuf {
    match from_dotenv {
        Some(dir) if !from_env && given == knowledge_dir(None) => dir.clone(),
        _ => given,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_command_line_beats_dotenv_which_beats_the_default() {
        let default = knowledge_dir(None);
        let dotenv = PathBuf::from("from-dotenv");
        assert_eq!(choose_knowledge(default.clone(), false, Some(&dotenv)), dotenv);
        assert_eq!(choose_knowledge(default.clone(), true, Some(&dotenv)), default, "KNOWLEDGE_DIR was set");
        assert_eq!(choose_knowledge(PathBuf::from("flag"), false, Some(&dotenv)), PathBuf::from("flag"));
        assert_eq!(choose_knowledge(default.clone(), false, None), default);
    }
}
