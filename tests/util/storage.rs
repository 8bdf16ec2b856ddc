//! A fresh database for a storage test, on SQLite or on PostgreSQL, and a macro that runs each
//! storage test on both.

use std::path::PathBuf;

use citebot::storage::{self, Db, Settings};

use super::{kb, postgres, scratch};

/// Which database a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

/// A database for one test: its settings (to open it again, as another process would) and a
/// scratch data directory.
pub struct Fresh {
    pub backend: Backend,
    pub settings: Settings,
}

impl Fresh {
    /// A new, empty database; `None` when PostgreSQL is wanted but not installed (said loudly).
    pub fn new(backend: Backend, name: &str) -> Option<Fresh> {
        let data_dir = scratch(name);
        let database_url = match backend {
            Backend::Sqlite => None,
            Backend::Postgres => Some(postgres::fresh_database(name)?),
        };
        Some(Fresh { backend, settings: Settings { data_dir, database_url } })
    }

    pub fn data_dir(&self) -> &PathBuf {
        &self.settings.data_dir
    }

    /// Opens it, as a process does at start (migrating, importing the old file layout).
    pub async fn open(&self) -> Db {
        self.try_open().await.unwrap_or_else(|e| panic!("the {:?} database opens: {e}", self.backend))
    }

    pub async fn try_open(&self) -> Result<Db, storage::OpenError> {
        storage::open(&self.settings, kb().source.clone(), kb().entries.clone()).await.map(|(db, _)| db)
    }

    /// Environment variables for a `citebot` process on this database.
    pub fn env(&self) -> Vec<(String, String)> {
        let mut vars = vec![("DATA_DIR".to_owned(), self.settings.data_dir.display().to_string())];
        if let Some(url) = &self.settings.database_url {
            vars.push(("DATABASE_URL".to_owned(), url.clone()));
        }
        vars
    }
}

impl Drop for Fresh {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.settings.data_dir);
    }
}

/// `on_both_backends!(a, b)`: for each async test body `a(fresh: Fresh)`, a test on SQLite
/// (`sqlite::a`) and one on PostgreSQL (`postgres::a`, skipped loudly without PostgreSQL).
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let fresh = $crate::util::storage::Fresh::new($crate::util::storage::Backend::Sqlite, stringify!($name));
                    super::$name(fresh.expect("SQLite is always there")).await;
                }
            )*
        }
        mod postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    let fresh = $crate::util::storage::Fresh::new($crate::util::storage::Backend::Postgres, stringify!($name));
                    if let Some(fresh) = fresh {
                        super::$name(fresh).await;
                    }
                }
            )*
        }
    };
}
