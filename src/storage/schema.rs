//! The schema: versioned migrations embedded in the binary, one directory per backend
//! (`migrations/sqlite`, `migrations/postgres`), applied by sqlx's migrator when the database
//! is opened. A database whose schema is newer than this binary is refused before anything is
//! touched.

use std::time::Duration;

use sqlx::migrate::Migrator;

use super::connect::{sqlite_code, sqlite_error, OpenError, SQLITE_BUSY};
use super::sql::Pool;

static SQLITE: Migrator = sqlx::migrate!("migrations/sqlite");
static POSTGRES: Migrator = sqlx::migrate!("migrations/postgres");

/// The newest schema version this binary knows.
pub(super) fn known_version() -> i64 {
    SQLITE.iter().chain(POSTGRES.iter()).map(|m| m.version).max().unwrap_or(0)
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
            Pool::Sqlite { main, .. } => SQLITE.run(main).await,
            Pool::Postgres(pg) => POSTGRES.run(pg).await,
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

#[cfg(test)]
mod tests {
    /// Both backends' migrations are at the same versions.
    #[test]
    fn both_backends_at_the_same_versions() {
        let versions = |m: &sqlx::migrate::Migrator| m.iter().map(|m| m.version).collect::<Vec<_>>();
        assert_eq!(versions(&super::SQLITE), versions(&super::POSTGRES));
        assert_eq!(super::known_version(), 3);
    }
}
