//! The schema: versioned migrations embedded in the binary, one directory per backend
//! (`migrations/sqlite`, `migrations/postgres`), applied by sqlx's migrator when the database
//! is opened. A database whose schema is newer than this binary is refused before anything is
//! touched.

use std::borrow::Cow;
use std::future::Future;
use std::pin::Pin;
use std::time::Duration;

use sqlx::error::BoxDynError;
use sqlx::migrate::{Migration, MigrationSource, MigrationType, Migrator};

use super::connect::{sqlite_code, sqlite_error, OpenError, SQLITE_BUSY};
use super::sql::Pool;

/// One migration: its version, description and SQL, as in `migrations/<backend>/`.
type Embedded = (i64, &'static str, &'static str);

const SQLITE: &[Embedded] = &[
    (1, "schema", include_str!("../../migrations/sqlite/0001_schema.sql")),
    (2, "quiz", include_str!("../../migrations/sqlite/0002_quiz.sql")),
];
const POSTGRES: &[Embedded] = &[
    (1, "schema", include_str!("../../migrations/postgres/0001_schema.sql")),
    (2, "quiz", include_str!("../../migrations/postgres/0002_quiz.sql")),
];

/// The newest schema version this binary knows.
pub(super) fn known_version() -> i64 {
    SQLITE.iter().chain(POSTGRES).map(|m| m.0).max().unwrap_or(0)
}

/// The migrations compiled in, as sqlx's migrator takes them.
#[derive(Debug)]
struct Compiled(&'static [Embedded]);

impl<'s> MigrationSource<'s> for Compiled {
    fn resolve(self) -> Pin<Box<dyn Future<Output = Result<Vec<Migration>, BoxDynError>> + Send + 's>> {
        Box::pin(async move {
            Ok(self
                .0
                .iter()
                .map(|&(version, description, sql)| {
                    Migration::new(
                        version,
                        Cow::Borrowed(description),
                        MigrationType::Simple,
                        Cow::Borrowed(sql),
                        false,
                    )
                })
                .collect())
        })
    }
}

/// The schema version the database is at (0 for a new one).
pub(super) async fn applied_version(pool: &Pool) -> Result<i64, sqlx::Error> {
    let exists: Option<(String,)> = match pool {
        Pool::Sqlite { .. } => {
            pool.fetch_optional("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '_sqlx_migrations'", &[])
                .await?
        }
        Pool::Postgres(_) => {
            pool.fetch_optional("SELECT CAST(to_regclass('_sqlx_migrations') AS TEXT) WHERE to_regclass('_sqlx_migrations') IS NOT NULL", &[])
                .await?
        }
    };
    if exists.is_none() {
        return Ok(0);
    }
    let (version,): (Option<i64>,) =
        pool.fetch_one("SELECT MAX(version) FROM _sqlx_migrations WHERE success = $1", super::sql::args![true]).await?;
    Ok(version.unwrap_or(0))
}

/// Refuses a schema newer than this binary, then applies the migrations it lacks.
pub(super) async fn migrate(pool: &Pool, location: &str) -> Result<(), OpenError> {
    let failed = |e: &sqlx::Error| match pool {
        Pool::Sqlite { .. } => sqlite_error(location, e),
        Pool::Postgres(_) => OpenError::Other { location: location.to_owned(), reason: e.to_string() },
    };
    let found = applied_version(pool).await.map_err(|e| failed(&e))?;
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
        let result = match pool {
            Pool::Sqlite { main, .. } => Migrator::new(Compiled(SQLITE)).await?.run(main).await,
            Pool::Postgres(pg) => Migrator::new(Compiled(POSTGRES)).await?.run(pg).await,
        };
        match result {
            Ok(()) => return Ok(()),
            Err(e) if attempts < 5 => {
                attempts += 1;
                tracing::debug!("migrating {location} (attempt {attempts}): {e}");
                let busy = matches!(&e, sqlx::migrate::MigrateError::Execute(inner) if sqlite_code(inner) == Some(SQLITE_BUSY));
                tokio::time::sleep(Duration::from_millis(if busy { 200 } else { 50 })).await;
            }
            Err(sqlx::migrate::MigrateError::Execute(e)) => return Err(failed(&e)),
            Err(e) => return Err(OpenError::Other { location: location.to_owned(), reason: e.to_string() }),
        }
    }
}

impl From<sqlx::migrate::MigrateError> for OpenError {
    fn from(e: sqlx::migrate::MigrateError) -> OpenError {
        OpenError::Other { location: String::from("the embedded migrations"), reason: e.to_string() }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every migration file is compiled in, for both backends, with the same versions.
    #[test]
    fn every_migration_file_is_embedded() {
        for (dir, embedded) in [("sqlite", SQLITE), ("postgres", POSTGRES)] {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations").join(dir);
            let mut files: Vec<String> = std::fs::read_dir(&path)
                .unwrap()
                .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".sql"))
                .collect();
            files.sort();
            let names: Vec<String> = embedded.iter().map(|(v, d, _)| format!("{v:04}_{d}.sql")).collect();
            assert_eq!(files, names, "migrations/{dir}");
        }
        let versions = |m: &[Embedded]| m.iter().map(|e| e.0).collect::<Vec<_>>();
        assert_eq!(versions(SQLITE), versions(POSTGRES), "both backends at the same versions");
    }
}
