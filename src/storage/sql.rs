//! The two SQL backends behind one small interface, so the rest of the storage layer is
//! written once.
//!
//! Every statement is written once, in the SQL both SQLite and PostgreSQL accept, with `$1`,
//! `$2`… placeholders (sqlx's SQLite driver binds `$N` to the N-th argument). Arguments are
//! [`Arg`]s and rows are tuples of `i64`, `String`, `Option<String>`, `bool` and `Vec<u8>`, which both
//! drivers decode; [`Pool`] and [`Tx`] pick the driver. This is not sqlx's `Any` driver, which
//! fits neither backend well (see the README's storage section): each backend keeps its own
//! concrete sqlx pool, its own connection options and its own migrations.
//!
//! Every call is asynchronous: sqlx's SQLite driver runs each connection on a thread of its own
//! and PostgreSQL is a network protocol, so no database call blocks the runtime's workers. A
//! failed call is a [`StoreError::Database`] naming the database.

use std::sync::Arc;

use sqlx::postgres::{PgConnection, PgPool, PgRow, Postgres};
use sqlx::sqlite::{Sqlite, SqliteConnection, SqlitePool, SqliteRow};
use sqlx::{FromRow, Transaction};

use super::{ServerId, StoreError};

/// A bound value: the only kinds of value the storage layer stores.
#[derive(Debug, Clone)]
pub(crate) enum Arg {
    Int(i64),
    Text(String),
    MaybeText(Option<String>),
    Bool(bool),
    Bytes(Vec<u8>),
}

/// `impl From<$type> for Arg` for each `$type => |v| $arg`.
macro_rules! from {
    ($($type:ty => |$v:ident| $arg:expr;)*) => {
        $(impl From<$type> for Arg {
            fn from($v: $type) -> Arg {
                $arg
            }
        })*
    };
}

from! {
    i64 => |v| Arg::Int(v);
    // Discord ids and Unix times: the same 64 bits in a signed column.
    u64 => |v| Arg::Int(v as i64);
    ServerId => |v| Arg::Int(v.sql());
    usize => |v| Arg::Int(i64::try_from(v).unwrap_or(i64::MAX));
    &str => |v| Arg::Text(v.to_owned());
    String => |v| Arg::Text(v);
    &String => |v| Arg::Text(v.clone());
    Option<String> => |v| Arg::MaybeText(v);
    bool => |v| Arg::Bool(v);
    Vec<u8> => |v| Arg::Bytes(v);
}

/// `args![a, b, c]`: the arguments of a statement, in placeholder order.
macro_rules! args {
    ($($value:expr),* $(,)?) => { &[$($crate::storage::sql::Arg::from($value)),*][..] };
}
pub(crate) use args;

/// `$query` with `$args` bound in order: a `Query` or a `QueryAs`, on either driver.
macro_rules! bound {
    ($query:expr, $args:expr) => {{
        let mut query = $query;
        for arg in $args {
            query = match arg.clone() {
                Arg::Int(v) => query.bind(v),
                Arg::Text(v) => query.bind(v),
                Arg::MaybeText(v) => query.bind(v),
                Arg::Bool(v) => query.bind(v),
                Arg::Bytes(v) => query.bind(v),
            };
        }
        query
    }};
}

/// A row that both drivers can decode: a tuple of the stored kinds of value.
pub(crate) trait Row: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin {}
impl<T: for<'r> FromRow<'r, SqliteRow> + for<'r> FromRow<'r, PgRow> + Send + Unpin> Row for T {}

/// One thing per driver: a transaction, or what a statement runs on.
enum Driver<S, P> {
    Sqlite(S),
    Postgres(P),
}

/// The connections of one database, and its name in messages.
#[derive(Debug, Clone)]
pub(crate) struct Pool {
    pub(crate) backend: Backend,
    /// A file, or a URL without its password.
    location: Arc<str>,
}

#[derive(Debug, Clone)]
pub(crate) enum Backend {
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
pub(crate) struct Tx {
    tx: Driver<Transaction<'static, Sqlite>, Transaction<'static, Postgres>>,
    location: Arc<str>,
}

/// How much a write must survive once committed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Durability {
    /// A power cut may lose it (never a crash of the process): votes, counts, questions asked.
    Crash,
    /// On the disk when committed: moderators' changes and their audit records.
    Power,
}

/// A database error as the storage layer reports it, naming the database.
fn failed(location: &str) -> impl Fn(sqlx::Error) -> StoreError + '_ {
    |source| StoreError::Database { location: location.to_owned(), source }
}

/// Where statements run: the pool (each statement on its own, a write committed at once with
/// `main`'s crash durability: see [`Backend`]) or an open transaction.
pub(crate) trait Exec {
    async fn fetch_all<T: Row>(self, sql: &'static str, args: &[Arg]) -> Result<Vec<T>, StoreError>;
    async fn fetch_optional<T: Row>(self, sql: &'static str, args: &[Arg]) -> Result<Option<T>, StoreError>;
    async fn fetch_one<T: Row>(self, sql: &'static str, args: &[Arg]) -> Result<T, StoreError>;
    /// Runs a statement; returns how many rows it changed.
    async fn execute(self, sql: &'static str, args: &[Arg]) -> Result<u64, StoreError>;
}

/// [`Exec`] for each `$type`, whose `on()` gives sqlx's executor of its driver and the
/// database's name: each method written once for both drivers.
macro_rules! exec {
    ($($type:ty),*) => {$(
        impl Exec for $type {
            exec!(@read fetch_all -> Vec<T>, fetch_optional -> Option<T>, fetch_one -> T);

            async fn execute(self, sql: &'static str, args: &[Arg]) -> Result<u64, StoreError> {
                let (on, location) = self.on();
                match on {
                    Driver::Sqlite(e) => bound!(sqlx::query(sql), args).execute(e).await.map(|r| r.rows_affected()),
                    Driver::Postgres(e) => bound!(sqlx::query(sql), args).execute(e).await.map(|r| r.rows_affected()),
                }
                .map_err(failed(location))
            }
        }
    )*};
    (@read $($method:ident -> $out:ty),*) => {$(
        async fn $method<T: Row>(self, sql: &'static str, args: &[Arg]) -> Result<$out, StoreError> {
            let (on, location) = self.on();
            match on {
                Driver::Sqlite(e) => bound!(sqlx::query_as(sql), args).$method(e).await,
                Driver::Postgres(e) => bound!(sqlx::query_as(sql), args).$method(e).await,
            }
            .map_err(failed(location))
        }
    )*};
}

exec!(&Pool, &mut Tx);

impl Pool {
    pub(crate) fn new(backend: Backend, location: String) -> Pool {
        Pool { backend, location: location.into() }
    }

    /// The database as messages name it (never with a password).
    pub(crate) fn location(&self) -> &str {
        &self.location
    }

    /// `sqlite` or `postgres`, whichever this database's backend is: for the few statements
    /// written once for each.
    pub(crate) fn either<T>(&self, sqlite: T, postgres: T) -> T {
        match self.backend {
            Backend::Sqlite { .. } => sqlite,
            Backend::Postgres(_) => postgres,
        }
    }

    fn on(&self) -> (Driver<&SqlitePool, &PgPool>, &str) {
        let on = match &self.backend {
            Backend::Sqlite { main, .. } => Driver::Sqlite(main),
            Backend::Postgres(pool) => Driver::Postgres(pool),
        };
        (on, &self.location)
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once (`BEGIN
    /// IMMEDIATE`), waiting for another writer within the busy timeout, so a transaction that
    /// reads before it writes is never refused halfway for a newer snapshot.
    pub(crate) async fn begin(&self, durability: Durability) -> Result<Tx, StoreError> {
        let tx = match &self.backend {
            Backend::Sqlite { main, durable } => {
                let pool = if durability == Durability::Power { durable } else { main };
                pool.begin_with("BEGIN IMMEDIATE").await.map(Driver::Sqlite)
            }
            Backend::Postgres(pool) => pool.begin().await.map(Driver::Postgres),
        };
        Ok(Tx { tx: tx.map_err(failed(&self.location))?, location: Arc::clone(&self.location) })
    }

    /// Closes every connection, and returns once they are all closed: on SQLite the last one
    /// checkpoints the write-ahead log into the database file and removes `-wal` and `-shm`.
    pub(crate) async fn close(&self) {
        match &self.backend {
            Backend::Sqlite { main, durable } => {
                close_all(durable).await;
                close_all(main).await;
            }
            Backend::Postgres(pool) => close_all(pool).await,
        }
    }
}

/// How long closing waits, at most, for connections that sqlx's `close` left open.
const CLOSE_WITHIN: std::time::Duration = std::time::Duration::from_secs(5);

/// Closes `pool` until it holds no connection. sqlx 0.8's `Pool::close` can return with one
/// still open (launchbadge/sqlx#3217): a connection given back as the pool closes lands in the
/// idle queue after `close` last emptied it. A SQLite connection left open so keeps the
/// write-ahead log from being checkpointed and its `-wal` and `-shm` from being removed when
/// the process ends; a next process then reads the database through them even where it could
/// not create them, as in a read-only directory.
async fn close_all<DB: sqlx::Database>(pool: &sqlx::Pool<DB>) {
    pool.close().await;
    let deadline = tokio::time::Instant::now() + CLOSE_WITHIN;
    while pool.size() > 0 && tokio::time::Instant::now() < deadline {
        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        pool.close().await;
    }
    if pool.size() > 0 {
        tracing::warn!("{} database connection(s) still open after closing", pool.size());
    }
}

impl Tx {
    fn on(&mut self) -> (Driver<&mut SqliteConnection, &mut PgConnection>, &str) {
        let on = match &mut self.tx {
            Driver::Sqlite(tx) => Driver::Sqlite(&mut **tx),
            Driver::Postgres(tx) => Driver::Postgres(&mut **tx),
        };
        (on, &self.location)
    }

    pub(crate) async fn commit(self) -> Result<(), StoreError> {
        match self.tx {
            Driver::Sqlite(tx) => tx.commit().await,
            Driver::Postgres(tx) => tx.commit().await,
        }
        .map_err(failed(&self.location))
    }
}
