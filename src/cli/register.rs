//! `citebot register`: registers the slash commands with Discord once, for deployments where
//! no process runs shard 0, or to update them without restarting the bot.

use anyhow::Context as _;

use super::Outcome;
use crate::discord::{self, Config};

pub fn run() -> anyhow::Result<Outcome> {
    let config = Config::from_env()?;
    config.init_logging();
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().context("starting the runtime")?;
    let scope = runtime.block_on(discord::register(&config))?;
    println!("registered {} commands {scope}", discord::commands::all().len());
    Ok(Outcome::Success)
}
