//! `citebot db check`: which database, its schema version, and whether it is healthy.

use super::Outcome;
use crate::storage::Db;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    op: Op,
}

#[derive(clap::Subcommand, Debug)]
enum Op {
    /// Report the schema version, the integrity check and what the database holds.
    Check,
}

pub async fn run(db: &Db, args: Args) -> anyhow::Result<Outcome> {
    match args.op {
        Op::Check => {
            let health = db.health().await;
            db.close().await;
            let health = health?;
            println!("{health}");
            Ok(if health.is_healthy() { Outcome::Success } else { Outcome::Failure })
        }
    }
}
