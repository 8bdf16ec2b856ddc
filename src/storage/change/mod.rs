//! Moderators' changes to a server's knowledge, each one transaction.
//!
//! Every change goes the same way, so every guarantee holds for all of them:
//! 1. what can be checked alone (the quotes against the article, the field limits) is checked
//!    first, before the database is touched;
//! 2. a transaction starts and takes the change clock (one row): changes are applied one after
//!    another, across processes and machines, and each gets the next clock value;
//! 3. what depends on the server's state (duplicate and unknown ids, duplicate questions, the
//!    caps) is checked within it; a refusal here rolls it back;
//! 4. the change is written, with its audit record and the server's new version, and the
//!    transaction commits: all of it, or none of it.
//!
//! The result ([`Changed`]) says how the server's knowledge changed, so a process holding it
//! as it was just before can update its copy without reading the server again.

mod bulk;
mod ops;
mod rules;

use super::sql::{args, Durability, Tx};
use super::{audit, AuditRecord, Db, Delta, Refusal, ServerId, StoreError};

pub(crate) use ops::check_actor;
use rules::set_questions;
pub use rules::DEFAULT_TOPIC;
pub(crate) use rules::{insert_entry, insert_question};

/// A committed change.
#[derive(Debug, Clone)]
pub struct Changed {
    /// What it did, as logged: one record, or one per entry of an import; never none.
    pub records: Vec<AuditRecord>,
    pub(crate) delta: Delta,
    /// The server's version before the change: a copy at this version can apply `delta`.
    pub(crate) previous: i64,
    /// The server's version after it.
    pub version: i64,
}

impl Changed {
    /// The (first) audit record.
    pub fn record(&self) -> &AuditRecord {
        // `commit_change` returns no change without a record.
        &self.records[0]
    }
}

/// Why a step inside a change failed: a refusal, or the database.
#[derive(Debug)]
pub(crate) enum Fail {
    Refused(Refusal),
    Sql(sqlx::Error),
}

impl From<Refusal> for Fail {
    fn from(refusal: Refusal) -> Fail {
        Fail::Refused(refusal)
    }
}

impl From<sqlx::Error> for Fail {
    fn from(e: sqlx::Error) -> Fail {
        Fail::Sql(e)
    }
}

/// What a change wrote, for its commit.
pub(crate) struct Work {
    pub(crate) records: Vec<AuditRecord>,
    pub(crate) delta: Delta,
}

/// A change's open transaction, holding the change clock.
pub(crate) struct Open {
    pub(crate) tx: Tx,
    clock: i64,
    previous: i64,
}

impl Db {
    /// Starts a change of `guild`: a durable transaction that has taken the next clock value.
    pub(crate) async fn begin_change(&self, guild: ServerId) -> Result<Open, StoreError> {
        self.check_imported(guild)?;
        self.begin_import(guild).await
    }

    /// [`Db::begin_change`] for the import itself, which runs before the server is usable.
    pub(crate) async fn begin_import(&self, guild: ServerId) -> Result<Open, StoreError> {
        let start = async {
            let mut tx = self.pool.begin(Durability::Power).await?;
            let (clock,): (i64,) =
                tx.fetch_one("UPDATE change_clock SET tick = tick + 1 WHERE id = 1 RETURNING tick", &[]).await?;
            let previous: Option<(i64,)> =
                tx.fetch_optional("SELECT version FROM servers WHERE guild_id = $1", args![guild.sql()]).await?;
            Ok(Open { tx, clock, previous: previous.map_or(0, |(v,)| v) })
        };
        start.await.map_err(self.failed())
    }

    /// Ends a change: rolls it back if `work` failed; otherwise stamps the server with the
    /// change's clock, writes the audit records and commits, all in the one transaction.
    pub(crate) async fn commit_change(
        &self,
        open: Open,
        guild: ServerId,
        work: Result<Work, Fail>,
    ) -> Result<Changed, StoreError> {
        let (previous, version) = (open.previous, open.clock);
        let work = work.map_err(|fail| self.fail(fail))?;
        if work.records.is_empty() {
            return Err(StoreError::Task("a change without an audit record was not saved".into()));
        }
        self.finish_change(open, guild, &work.records).await?;
        Ok(Changed { records: work.records, delta: work.delta, previous, version })
    }

    /// Stamps the server with the change's clock, writes the audit records and commits.
    pub(crate) async fn finish_change(
        &self,
        open: Open,
        guild: ServerId,
        records: &[AuditRecord],
    ) -> Result<(), StoreError> {
        let Open { mut tx, clock, .. } = open;
        let finish = async {
            tx.execute(
                "INSERT INTO servers (guild_id, version) VALUES ($1, $2) \
                 ON CONFLICT (guild_id) DO UPDATE SET version = excluded.version",
                args![guild.sql(), clock],
            )
            .await?;
            for record in records {
                audit::write(&mut tx, guild, record).await?;
            }
            tx.commit().await
        };
        finish.await.map_err(self.failed())
    }

    pub(crate) fn fail(&self, fail: Fail) -> StoreError {
        match fail {
            Fail::Refused(refusal) => StoreError::Refused(refusal),
            Fail::Sql(e) => (self.failed())(e),
        }
    }
}
