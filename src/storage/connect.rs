//! Opening the database: choosing it, connecting to it and bringing its schema up to date,
//! with a clear line for each way that fails.
//!
//! The schema is versioned migrations embedded in the binary, one directory per backend
//! (`migrations/sqlite`, `migrations/postgres`), applied by sqlx's migrator. A database whose
//! schema is newer than this binary is refused before anything is touched.

use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;
use std::time::Duration;

use sqlx::migrate::{MigrateError, Migrator};
use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{ConnectOptions, Connection};

use super::sql::{args, Backend, Exec, Pool};
use super::{load, Db, Entry, Settings, Source, StoreError, UNANSWERED_CAPACITY};

/// The SQLite file under `DATA_DIR`.
pub const SQLITE_FILE: &str = "citebot.db";
/// How long a writer waits for another (the bot and `citebot kb` at once) before giving up.
const BUSY_TIMEOUT: Duration = Duration::from_secs(10);
/// How long connecting to PostgreSQL at start may take.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a call waits for a PostgreSQL connection once running: short, so that with the
/// server gone a `/kb` command says so within Discord's three seconds.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(2);

/// Which database to use.
#[derive(Clone, PartialEq, Eq)]
pub enum Target {
    Sqlite(PathBuf),
    /// The URL as given (it may hold a password: never print it; `Display` hides it).
    Postgres(String),
}

/// Why the database could not be opened, in one line that names it (never with a password).
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error("DATABASE_URL is invalid: {0}")]
    Url(String),
    #[error("DATA_DIR {path} cannot be created: {reason}")]
    DataDir { path: String, reason: String },
    #[error("cannot connect to PostgreSQL at {location}: {reason}")]
    Unreachable { location: String, reason: String },
    #[error("{location} is not a SQLite database ({reason}); move it away, or set DATA_DIR to another directory")]
    NotADatabase { location: String, reason: String },
    #[error("{location} is read-only ({reason}); citebot must be able to write it and its directory")]
    ReadOnly { location: String, reason: String },
    #[error(
        "the database {location} has schema version {found}, newer than this citebot knows ({known}); \
         upgrade citebot, or point it at another database. Nothing was changed"
    )]
    NewerSchema { location: String, found: i64, known: i64 },
    #[error("the database {location} cannot be used: {reason}")]
    Other { location: String, reason: String },
}

impl Target {
    /// PostgreSQL if `DATABASE_URL` says so, else SQLite in `DATA_DIR`.
    pub fn choose(settings: &Settings) -> Result<Target, OpenError> {
        match settings.database_url.as_deref().map(str::trim).filter(|u| !u.is_empty()) {
            None => Ok(Target::Sqlite(settings.data_dir.join(SQLITE_FILE))),
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                PgConnectOptions::from_str(url).map_err(|e| OpenError::Url(format!("{}: {e}", redact(url))))?;
                Ok(Target::Postgres(url.to_owned()))
            }
            Some(url) => Err(OpenError::Url(format!(
                "{} is not a postgres:// URL (leave DATABASE_URL unset to use SQLite in DATA_DIR)",
                redact(url)
            ))),
        }
    }
}

impl fmt::Display for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Target::Sqlite(path) => write!(f, "{}", path.display()),
            Target::Postgres(url) => f.write_str(&redact(url)),
        }
    }
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Target({self})")
    }
}

/// `url` with any password replaced by `***`: in `user:password@` and in a `password=`
/// parameter.
pub fn redact(url: &str) -> String {
    let (base, query) = url.split_once('?').map_or((url, None), |(b, q)| (b, Some(q)));
    let mut out = match base.split_once("://") {
        Some((scheme, rest)) => {
            let (authority, path) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
            // `user:password@host`, the user information up to the last `@`.
            let hidden = authority.rsplit_once('@').and_then(|(info, host)| {
                let (user, _password) = info.split_once(':')?;
                Some(format!("{user}:***@{host}"))
            });
            format!("{scheme}://{}{path}", hidden.as_deref().unwrap_or(authority))
        }
        None => base.to_owned(),
    };
    if let Some(query) = query {
        let params: Vec<String> = query
            .split('&')
            .map(|p| match p.split_once('=') {
                Some((key, _)) if key.eq_ignore_ascii_case("password") => format!("{key}=***"),
                _ => p.to_owned(),
            })
            .collect();
        out.push('?');
        out.push_str(&params.join("&"));
    }
    out
}

impl Db {
    /// Connects to `target` and brings its schema up to date. Fails in one line naming the
    /// database (the password hidden) when it cannot be reached, is not a database, is
    /// read-only, or has a schema newer than this binary.
    pub async fn connect(target: &Target, source: Arc<Source>, shipped: Vec<Arc<Entry>>) -> Result<Db, OpenError> {
        // First one connection on its own, so a failure is reported as what it is (a refused
        // connection, a file that is not a database) rather than as a pool timeout.
        let backend = match target {
            Target::Sqlite(path) => sqlite(path).await?,
            Target::Postgres(url) => postgres(url, &target.to_string()).await?,
        };
        let pool = Pool::new(backend, target.to_string());
        if let Err(e) = migrate(&pool).await {
            // Closed, not dropped: a dropped SQLite connection closes on its own thread, maybe
            // after the process has reported the error and ended, its `-wal` and `-shm` left.
            pool.close().await;
            return Err(e);
        }
        let fingerprint = load::fingerprint(&source.article);
        Ok(Db {
            pool,
            source,
            shipped,
            fingerprint,
            unanswered_capacity: UNANSWERED_CAPACITY,
            unimported: Default::default(),
        })
    }
}

/// When a directory cannot be created because one of its parents is a file, which one: a
/// plainer reason than "File exists" or "Not a directory".
fn in_the_way(dir: &Path) -> Option<String> {
    dir.ancestors().skip(1).find(|a| a.is_file()).map(|file| format!("{} is a file, not a directory", file.display()))
}

async fn sqlite(path: &Path) -> Result<Backend, OpenError> {
    let location = path.display().to_string();
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| OpenError::DataDir {
            path: dir.display().to_string(),
            reason: in_the_way(dir).unwrap_or_else(|| e.to_string()),
        })?;
    }
    let options = SqliteConnectOptions::new()
        .filename(path)
        .create_if_missing(true)
        .journal_mode(SqliteJournalMode::Wal)
        .busy_timeout(BUSY_TIMEOUT)
        .synchronous(SqliteSynchronous::Normal)
        .disable_statement_logging();
    // Two processes creating the file at once: switching a new file to WAL needs a lock that
    // the busy timeout does not wait for, so the second one tries again.
    let mut attempts = 0;
    loop {
        match options.connect().await {
            Ok(mut conn) => {
                let read_only = opened_read_only(&mut conn).await;
                let _ = conn.close().await;
                if read_only {
                    let reason = "it can be opened for reading only".to_owned();
                    return Err(OpenError::ReadOnly { location, reason });
                }
                break;
            }
            Err(e) if attempts < 20 && sqlite_code(&e) == Some(SQLITE_BUSY) => {
                attempts += 1;
                tokio::time::sleep(Duration::from_millis(50)).await;
            }
            Err(e) => return Err(sqlite_error(&location, &e)),
        }
    }
    let main = SqlitePoolOptions::new().max_connections(4).connect_lazy_with(options.clone());
    let durable =
        SqlitePoolOptions::new().max_connections(1).connect_lazy_with(options.synchronous(SqliteSynchronous::Full));
    Ok(Backend::Sqlite { main, durable })
}

/// Whether SQLite opened the database for reading only, as it does, silently, when the file
/// cannot be opened for writing; then only a write fails. A read may fail first, or not,
/// depending on the files beside the database: reading a WAL database needs its `-wal` and
/// `-shm`, so with none there, in a directory that cannot be written, it fails as read-only;
/// with them left there (by a process that is still running, or that was killed), it succeeds,
/// and `kb list` would answer. `BEGIN IMMEDIATE` tells nothing: on a read-only database SQLite
/// begins a read transaction instead.
async fn opened_read_only(conn: &mut sqlx::SqliteConnection) -> bool {
    let Ok(mut handle) = conn.lock_handle().await else { return false };
    // SAFETY: the handle is open, and locked away from sqlx's worker thread while `handle`
    // lives; the schema name is a NUL-terminated string.
    unsafe { libsqlite3_sys::sqlite3_db_readonly(handle.as_raw_handle().as_ptr(), c"main".as_ptr()) == 1 }
}

async fn postgres(url: &str, location: &str) -> Result<Backend, OpenError> {
    let options = PgConnectOptions::from_str(url)
        .map_err(|e| OpenError::Url(format!("{location}: {e}")))?
        .disable_statement_logging();
    let unreachable = |reason: String| OpenError::Unreachable { location: location.to_owned(), reason };
    match tokio::time::timeout(CONNECT_TIMEOUT, options.connect()).await {
        Ok(Ok(conn)) => {
            let _ = conn.close().await;
        }
        Ok(Err(e)) => return Err(unreachable(e.to_string())),
        Err(_) => return Err(unreachable(format!("no answer within {} s", CONNECT_TIMEOUT.as_secs()))),
    }
    let pool = PgPoolOptions::new().max_connections(8).acquire_timeout(ACQUIRE_TIMEOUT).connect_lazy_with(options);
    Ok(Backend::Postgres(pool))
}

static SQLITE: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES: Migrator = sqlx::migrate!("migrations/postgres");

/// The newest schema version this binary knows.
pub(super) fn known_version() -> i64 {
    SQLITE.iter().chain(POSTGRES.iter()).map(|m| m.version).max().unwrap_or(0)
}

/// The schema version the database is at (0 for a new one).
pub(super) async fn applied_version(pool: &Pool) -> Result<i64, StoreError> {
    let exists = pool.either(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'",
        "SELECT CAST(to_regclass('_sqlx_migrations') AS TEXT) WHERE to_regclass('_sqlx_migrations') IS NOT NULL",
    );
    if pool.fetch_optional::<(String,)>(exists, &[]).await?.is_none() {
        return Ok(0);
    }
    let (version,): (Option<i64>,) =
        pool.fetch_one("SELECT MAX(version) FROM _sqlx_migrations WHERE success = $1", args![true]).await?;
    Ok(version.unwrap_or(0))
}

/// Refuses a schema newer than this binary, then applies the migrations it lacks.
async fn migrate(pool: &Pool) -> Result<(), OpenError> {
    let location = pool.location();
    let failed = |e: &sqlx::Error| match pool.backend {
        Backend::Sqlite { .. } => sqlite_error(location, e),
        Backend::Postgres(_) => OpenError::Other { location: location.to_owned(), reason: e.to_string() },
    };
    let found = applied_version(pool).await.map_err(|e| match e {
        StoreError::Database { source, .. } => failed(&source),
        other => OpenError::Other { location: location.to_owned(), reason: other.to_string() },
    })?;
    let known = known_version();
    if found > known {
        return Err(OpenError::NewerSchema { location: location.to_owned(), found, known });
    }
    if found == known {
        return Ok(());
    }
    // Two processes opening a new SQLite file at once can both see a migration missing; the
    // second then fails to apply it, and on a second look finds nothing left to do.
    let mut attempts = 0;
    loop {
        let result = match &pool.backend {
            Backend::Sqlite { main, .. } => SQLITE.run(main).await,
            Backend::Postgres(pg) => POSTGRES.run(pg).await,
        };
        match result {
            Ok(()) => return Ok(()),
            Err(e) if attempts < 5 => {
                attempts += 1;
                tracing::debug!("migrating {location} (attempt {attempts}): {e}");
                let busy = matches!(&e, MigrateError::Execute(inner) if sqlite_code(inner) == Some(SQLITE_BUSY));
                tokio::time::sleep(Duration::from_millis(if busy { 200 } else { 50 })).await;
            }
            Err(MigrateError::Execute(e)) => return Err(failed(&e)),
            Err(e) => return Err(OpenError::Other { location: location.to_owned(), reason: e.to_string() }),
        }
    }
}

/// SQLite's primary result codes that mean something to the operator.
const SQLITE_BUSY: i32 = 5;
const SQLITE_READONLY: i32 = 8;
const SQLITE_CANTOPEN: i32 = 14;
const SQLITE_NOTADB: i32 = 26;

/// The primary SQLite result code of an error, if it is one.
fn sqlite_code(e: &sqlx::Error) -> Option<i32> {
    let code = e.as_database_error()?.code()?;
    code.parse::<i32>().ok().map(|c| c & 0xff)
}

/// The operator's line for a SQLite error while opening or migrating `location`.
fn sqlite_error(location: &str, e: &sqlx::Error) -> OpenError {
    let reason = e.as_database_error().map_or_else(|| e.to_string(), |d| d.message().to_owned());
    let location = location.to_owned();
    match sqlite_code(e) {
        Some(SQLITE_NOTADB) => OpenError::NotADatabase { location, reason },
        Some(SQLITE_READONLY) => OpenError::ReadOnly { location, reason },
        Some(SQLITE_CANTOPEN) => {
            OpenError::Other { location, reason: format!("{reason} (check the path and permissions)") }
        }
        _ => OpenError::Other { location, reason },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_show() {
        assert_eq!(
            redact("postgres://bot:s3cret@db.example:5432/citebot"),
            "postgres://bot:***@db.example:5432/citebot"
        );
        assert_eq!(redact("postgres://bot@db/citebot?sslmode=require"), "postgres://bot@db/citebot?sslmode=require");
        assert_eq!(
            redact("postgresql://db/citebot?user=bot&password=s3cret&sslmode=require"),
            "postgresql://db/citebot?user=bot&password=***&sslmode=require"
        );
        assert_eq!(redact("postgres://u:p:q@h"), "postgres://u:***@h");
        assert_eq!(redact("postgres://u:p@x@h/d"), "postgres://u:***@h/d");
    }

    #[test]
    fn the_url_chooses_the_backend() {
        let settings = |url: Option<&str>| Settings { data_dir: "d".into(), database_url: url.map(str::to_owned) };
        assert_eq!(Target::choose(&settings(None)).unwrap(), Target::Sqlite(Path::new("d").join(SQLITE_FILE)));
        assert_eq!(Target::choose(&settings(Some("  "))).unwrap(), Target::Sqlite(Path::new("d").join(SQLITE_FILE)));
        let pg = Target::choose(&settings(Some("postgres://u:pw@h/db"))).unwrap();
        assert_eq!(pg.to_string(), "postgres://u:***@h/db");
        let err = Target::choose(&settings(Some("mysql://u:pw@h/db"))).unwrap_err().to_string();
        assert!(err.starts_with("DATABASE_URL is invalid: mysql://u:***@h/db is not a postgres:// URL"), "{err}");
        assert!(!format!("{pg:?}").contains("pw"));
    }

    #[test]
    fn both_backends_at_the_same_versions() {
        let versions = |m: &Migrator| m.iter().map(|m| m.version).collect::<Vec<_>>();
        assert_eq!(versions(&SQLITE), versions(&POSTGRES));
        assert_eq!(known_version(), 3);
    }
}
