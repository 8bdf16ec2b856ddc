//! The two SQL backends behind one small interface, so the rest of the storage layer is
//! written once.
//!
//! Every statement is written once, in the SQL both SQLite and PostgreSQL accept, with `$1`,
//! `$2`… placeholders (sqlx's SQLite driver binds `$N` to the N-th argument). Arguments are
//! [`Arg`]s and rows are tuples of `i64`, `String`, `Option<String>` and `bool`, which both
//! drivers decode; [`Pool`] and [`Tx`] pick the driver. This is not sqlx's `Any` driver, which
//! fits neither backend well (see the README's storage section): each backend keeps its own
//! concrete sqlx pool, its own connection options and its own migrations.
//!
//! Every call is asynchronous: sqlx's SQLite driver runs each connection on a thread of its own
//! and PostgreSQL is a network protocol, so no database call blocks the runtime's workers.

use sqlx::postgres::{PgPool, PgRow, Postgres};
use sqlx::query::{Query, QueryAs};
use sqlx::sqlite::{Sqlite, SqlitePool, SqliteRow};
use sqlx::{Database, Encode, FromRow, Transaction, Type};

/// A bound value: the only kinds of value the storage layer stores.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Int(i64),
    Text(String),
    MaybeText(Option<String>),
    Bool(bool),
}

impl From<i64> for Arg {
    fn from(v: i64) -> Arg {
        Arg::Int(v)
    }
}

impl From<&str> for Arg {
    fn from(v: &str) -> Arg {
        Arg::Text(v.to_owned())
    }
}

impl From<String> for Arg {
    fn from(v: String) -> Arg {
        Arg::Text(v)
    }
}

impl From<&String> for Arg {
    fn from(v: &String) -> Arg {
        Arg::Text(v.clone())
    }
}

impl From<Option<String>> for Arg {
    fn from(v: Option<String>) -> Arg {
        Arg::MaybeText(v)
    }
}

impl From<bool> for Arg {
    fn from(v: bool) -> Arg {
        Arg::Bool(v)
    }
}

/// `args![a, b, c]`: the arguments of a statement, in placeholder order.
macro_rules! args {
    ($($value:expr),* $(,)?) => { &[$($crate::storage::sql::Arg::from($value)),*][..] };
}
pub(crate) use args;

/// A row that both drivers can decode: a tuple of the stored kinds of value.
pub(crate) trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin> Row for T {}

/// The connections of one database.
#[derive(Debug, Clone)]
pub(crate) enum Pool {
    /// `main` for reads and for the frequent small writes (votes, counts, questions asked):
    /// `synchronous=NORMAL`, which a crash of the process cannot undo (only a power cut can
    /// lose the last moments). `durable` for moderators' changes: `synchronous=FULL`, so a
    /// change acknowledged is on the disk. One connection: SQLite has one writer at a time.
    Sqlite {
        main: SqlitePool,
        durable: SqlitePool,
    },
    Postgres(PgPool),
}

/// An open transaction. Dropped without [`Tx::commit`], it rolls back.
pub(crate) enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// How much a write must survive once committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Durability {
    /// A power cut may lose it (never a crash of the process): votes, counts, questions asked.
    Crash,
    /// On the disk when committed: moderators' changes and their audit records.
    Power,
}

/// Where reads can run: the pool (each statement on its own) or an open transaction.
pub(crate) trait Read {
    async fn fetch_all<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<Vec<T>, sqlx::Error>;
    async fn fetch_optional<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<Option<T>, sqlx::Error>;
}

impl Read for &Pool {
    async fn fetch_all<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<Vec<T>, sqlx::Error> {
        Pool::fetch_all(self, sql, args).await
    }

    async fn fetch_optional<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<Option<T>, sqlx::Error> {
        Pool::fetch_optional(self, sql, args).await
    }
}

impl Read for &mut Tx {
    async fn fetch_all<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<Vec<T>, sqlx::Error> {
        Tx::fetch_all(self, sql, args).await
    }

    async fn fetch_optional<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<Option<T>, sqlx::Error> {
        Tx::fetch_optional(self, sql, args).await
    }
}

impl Pool {
    /// Starts a write transaction. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`), waiting for another writer within the busy timeout, so a transaction that
    /// reads before it writes is never refused halfway for a newer snapshot.
    pub(crate) async fn begin(&self, durability: Durability) -> Result<Tx, sqlx::Error> {
        match self {
            Pool::Sqlite { main, durable } => {
                let pool = if durability == Durability::Power { durable } else { main };
                Ok(Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?))
            }
            Pool::Postgres(pool) => Ok(Tx::Postgres(pool.begin().await?)),
        }
    }

    pub(crate) async fn fetch_all<T: Row>(&self, sql: &'static str, args: &[Arg]) -> Result<Vec<T>, sqlx::Error> {
        match self {
            Pool::Sqlite { main, .. } => bind_as(sqlx::query_as(sql), args).fetch_all(main).await,
            Pool::Postgres(pool) => bind_as(sqlx::query_as(sql), args).fetch_all(pool).await,
        }
    }

    pub(crate) async fn fetch_optional<T: Row>(
        &self,
        sql: &'static str,
        args: &[Arg],
    ) -> Result<Option<T>, sqlx::Error> {
        match self {
            Pool::Sqlite { main, .. } => bind_as(sqlx::query_as(sql), args).fetch_optional(main).await,
            Pool::Postgres(pool) => bind_as(sqlx::query_as(sql), args).fetch_optional(pool).await,
        }
    }

    pub(crate) async fn fetch_one<T: Row>(&self, sql: &'static str, args: &[Arg]) -> Result<T, sqlx::Error> {
        match self {
            Pool::Sqlite { main, .. } => bind_as(sqlx::query_as(sql), args).fetch_one(main).await,
            Pool::Postgres(pool) => bind_as(sqlx::query_as(sql), args).fetch_one(pool).await,
        }
    }

    /// Closes every connection (SQLite then checkpoints its write-ahead log).
    pub(crate) async fn close(&self) {
        match self {
            Pool::Sqlite { main, durable } => {
                durable.close().await;
                main.close().await;
            }
            Pool::Postgres(pool) => pool.close().await,
        }
    }
}

impl Tx {
    /// Runs a statement; returns how many rows it changed.
    pub(crate) async fn execute(&mut self, sql: &'static str, args: &[Arg]) -> Result<u64, sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => Ok(bind(sqlx::query(sql), args).execute(&mut **tx).await?.rows_affected()),
            Tx::Postgres(tx) => Ok(bind(sqlx::query(sql), args).execute(&mut **tx).await?.rows_affected()),
        }
    }

    pub(crate) async fn fetch_all<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<Vec<T>, sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => bind_as(sqlx::query_as(sql), args).fetch_all(&mut **tx).await,
            Tx::Postgres(tx) => bind_as(sqlx::query_as(sql), args).fetch_all(&mut **tx).await,
        }
    }

    pub(crate) async fn fetch_optional<T: Row>(
        &mut self,
        sql: &'static str,
        args: &[Arg],
    ) -> Result<Option<T>, sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => bind_as(sqlx::query_as(sql), args).fetch_optional(&mut **tx).await,
            Tx::Postgres(tx) => bind_as(sqlx::query_as(sql), args).fetch_optional(&mut **tx).await,
        }
    }

    pub(crate) async fn fetch_one<T: Row>(&mut self, sql: &'static str, args: &[Arg]) -> Result<T, sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => bind_as(sqlx::query_as(sql), args).fetch_one(&mut **tx).await,
            Tx::Postgres(tx) => bind_as(sqlx::query_as(sql), args).fetch_one(&mut **tx).await,
        }
    }

    pub(crate) async fn commit(self) -> Result<(), sqlx::Error> {
        match self {
            Tx::Sqlite(tx) => tx.commit().await,
            Tx::Postgres(tx) => tx.commit().await,
        }
    }
}

fn bind<'q, DB: Database>(
    mut query: Query<'q, DB, <DB as Database>::Arguments<'q>>,
    args: &[Arg],
) -> Query<'q, DB, <DB as Database>::Arguments<'q>>
where
    i64: Encode<'q, DB> + Type<DB>,
    String: Encode<'q, DB> + Type<DB>,
    Option<String>: Encode<'q, DB> + Type<DB>,
    bool: Encode<'q, DB> + Type<DB>,
{
    for arg in args {
        query = match arg.clone() {
            Arg::Int(v) => query.bind(v),
            Arg::Text(v) => query.bind(v),
            Arg::MaybeText(v) => query.bind(v),
            Arg::Bool(v) => query.bind(v),
        };
    }
    query
}

fn bind_as<'q, DB: Database, O>(
    mut query: QueryAs<'q, DB, O, <DB as Database>::Arguments<'q>>,
    args: &[Arg],
) -> QueryAs<'q, DB, O, <DB as Database>::Arguments<'q>>
where
    i64: Encode<'q, DB> + Type<DB>,
    String: Encode<'q, DB> + Type<DB>,
    Option<String>: Encode<'q, DB> + Type<DB>,
    bool: Encode<'q, DB> + Type<DB>,
{
    for arg in args {
        query = match arg.clone() {
            Arg::Int(v) => query.bind(v),
            Arg::Text(v) => query.bind(v),
            Arg::MaybeText(v) => query.bind(v),
            Arg::Bool(v) => query.bind(v),
        };
    }
    query
}
