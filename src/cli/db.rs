//! `citebot db check`: which database, its schema version, and whether it is healthy.

use std::fmt::Write as _;

use super::Outcome;
use crate::storage::{Db, Health};

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
            println!("{}", report(&health));
            Ok(if health.is_healthy() { Outcome::Success } else { Outcome::Failure })
        }
    }
}

/// The report of `db check`, as printed.
fn report(health: &Health) -> String {
    let mut out = format!("database: {} ({})\n", health.location, health.backend);
    let state = if health.schema == health.known_schema { "up to date" } else { "behind this citebot" };
    let _ = writeln!(out, "schema: version {} ({state}; this citebot knows {})", health.schema, health.known_schema);
    let _ = writeln!(out, "integrity: {}", health.integrity);
    let counts: Vec<String> = health.rows.iter().map(|(what, n)| format!("{what} {n}")).collect();
    let _ = writeln!(out, "rows: {}", counts.join(", "));
    out.push_str(if health.is_healthy() { "healthy" } else { "NOT healthy" });
    out
}
