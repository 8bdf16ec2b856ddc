//! `citebot db check`: the schema version and whether the database is healthy.

use super::connect::{applied_version, known_version};
use super::sql::{Backend, Exec};
use super::{Db, StoreError};

/// What `db check` reports.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Health {
    /// The database, as messages name it.
    pub location: String,
    /// "SQLite" or "PostgreSQL".
    pub backend: &'static str,
    /// The schema version the database is at, and the newest this binary knows.
    pub schema: i64,
    pub known_schema: i64,
    /// SQLite's `PRAGMA integrity_check` ("ok" when healthy); PostgreSQL checks its own pages.
    pub integrity: String,
    /// Rows per table, by what they hold: servers, own entries, questions, … imported servers.
    pub rows: Vec<(&'static str, i64)>,
}

impl Health {
    pub fn is_healthy(&self) -> bool {
        self.schema == self.known_schema && self.integrity == "ok"
    }
}

/// The tables counted, with what their rows are.
const TABLES: [(&str, &str); 13] = [
    ("servers", "SELECT COUNT(*) FROM servers"),
    ("own entries", "SELECT COUNT(*) FROM entries"),
    ("questions", "SELECT COUNT(*) FROM questions"),
    ("hidden", "SELECT COUNT(*) FROM hidden"),
    ("audit records", "SELECT COUNT(*) FROM audit"),
    ("unanswered", "SELECT COUNT(*) FROM unanswered"),
    ("votes", "SELECT COUNT(*) FROM votes"),
    ("answer counts", "SELECT COUNT(*) FROM answer_counts"),
    ("quiz scores", "SELECT COUNT(*) FROM quiz_scores"),
    ("quizzes", "SELECT COUNT(*) FROM quizzes"),
    ("quiz answers", "SELECT COUNT(*) FROM quiz_answers"),
    ("quiz entries", "SELECT COUNT(*) FROM entry_quiz"),
    ("imported servers", "SELECT COUNT(*) FROM imports"),
];

impl Db {
    /// Checks the database: its schema version, its integrity (SQLite), and how much it holds.
    pub async fn health(&self) -> Result<Health, StoreError> {
        let schema = applied_version(&self.pool).await?;
        let (backend, integrity) = match self.pool.backend {
            Backend::Sqlite { .. } => {
                let rows: Vec<(String,)> = self.pool.fetch_all("PRAGMA integrity_check", &[]).await?;
                ("SQLite", rows.into_iter().map(|(line,)| line).collect::<Vec<_>>().join("; "))
            }
            Backend::Postgres(_) => {
                let (one,): (i32,) = self.pool.fetch_one("SELECT 1", &[]).await?;
                ("PostgreSQL", if one == 1 { "ok".to_owned() } else { format!("SELECT 1 gave {one}") })
            }
        };
        let mut rows = Vec::with_capacity(TABLES.len());
        for (what, sql) in TABLES {
            let (n,): (i64,) = self.pool.fetch_one(sql, &[]).await?;
            rows.push((what, n));
        }
        Ok(Health {
            location: self.location().to_owned(),
            backend,
            schema,
            known_schema: known_version(),
            integrity,
            rows,
        })
    }
}
