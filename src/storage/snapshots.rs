//! Each server's analysed entries, kept as a memo for processes that answer once and exit
//! (`citebot ask --guild`, `citebot kb add`): see `guilds::memo`. Not data: a snapshot that is
//! missing, stale or taken with another shipped engine costs time, never an answer.

use super::sql::{args, Exec};
use super::{Db, ServerId, StoreError};

impl Db {
    /// The snapshot kept for `guild`, with the server's version when it was taken, if it was
    /// taken with the shipped engine named `engine`.
    pub(crate) async fn engine_snapshot(
        &self,
        guild: ServerId,
        engine: &str,
    ) -> Result<Option<(i64, Vec<u8>)>, StoreError> {
        let sql = "SELECT version, snapshot FROM engine_snapshots WHERE guild_id = $1 AND engine = $2";
        self.pool.fetch_optional(sql, args![guild, engine]).await
    }

    /// Keeps `snapshot`, taken with the shipped engine named `engine` of `guild` at `version`.
    pub(crate) async fn keep_engine_snapshot(
        &self,
        guild: ServerId,
        engine: &str,
        version: i64,
        snapshot: Vec<u8>,
    ) -> Result<(), StoreError> {
        let sql = "INSERT INTO engine_snapshots (guild_id, engine, version, snapshot) VALUES ($1, $2, $3, $4) \
                   ON CONFLICT (guild_id) DO UPDATE \
                   SET engine = excluded.engine, version = excluded.version, snapshot = excluded.snapshot";
        self.pool.execute(sql, args![guild, engine, version, snapshot]).await.map(drop)
    }
}
