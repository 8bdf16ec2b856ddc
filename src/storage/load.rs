//! Reading a server's knowledge: all of it for the engine, one entry for `kb show`, and which
//! servers changed since a given clock for the processes that keep copies.

use std::sync::Arc;

use super::sql::{args, Pool, Read};
use super::view::{spec_with_aliases, with_aliases};
use super::{located, Db, GuildKnowledge, Listed, Origin, ServerId, ShippedChanges, StoreError};
use crate::knowledge::{Diagnostic, Entry, EntrySpec, LoadError, Source};

/// An own entry's row: id, topic, questions, answer, quotes, triggers (the lists in JSON).
type EntryRow = (String, String, String, String, String, String);

/// What a server's tables hold, before validation.
#[derive(Default)]
struct Stored {
    entries: Vec<StoredEntry>,
    shipped: ShippedChanges,
}

impl Db {
    /// Everything `guild` changed, validated against the article: what the engine answers
    /// from. A server that never changed anything costs one indexed query.
    pub async fn knowledge(&self, guild: ServerId) -> Result<GuildKnowledge, StoreError> {
        self.check_imported(guild)?;
        let (version, stored) = self.read_consistently(guild).await.map_err(self.failed())?;
        if stored.entries.is_empty() && stored.shipped.is_empty() {
            return Ok(GuildKnowledge { version, ..GuildKnowledge::empty(guild.get()) });
        }
        let source = Arc::clone(&self.source);
        let fingerprint = self.fingerprint.clone();
        // Checking thousands of entries is CPU work: off the async threads.
        let entries =
            tokio::task::spawn_blocking(move || validate_all(&source, &fingerprint, guild, stored.entries)).await??;
        Ok(GuildKnowledge { guild: guild.get(), entries, shipped: stored.shipped, version })
    }

    /// One entry as `guild` sees it (hidden shipped ones too), without reading the rest:
    /// `kb show`.
    pub async fn entry(&self, guild: ServerId, id: &str) -> Result<Option<Listed>, StoreError> {
        self.check_imported(guild)?;
        let failed = self.failed();
        if let Some(spec) = own_spec(&self.pool, guild, id).await.map_err(&failed)? {
            let entry = self.source.validate_saved(spec).map_err(|problems| damaged(guild, id, problems))?;
            return Ok(Some(Listed { entry: Arc::new(entry), origin: Origin::Server }));
        }
        let Some(shipped) = self.shipped.iter().find(|e| e.id() == id) else { return Ok(None) };
        let aliases = questions_of(&self.pool, guild, id, true).await.map_err(&failed)?;
        let hidden: Option<(String,)> = self
            .pool
            .fetch_optional("SELECT entry_id FROM hidden WHERE guild_id = $1 AND entry_id = $2", args![guild.sql(), id])
            .await
            .map_err(&failed)?;
        let origin = if hidden.is_some() { Origin::Hidden } else { Origin::Shipped };
        Ok(Some(Listed { entry: with_aliases(shipped, &aliases), origin }))
    }

    /// The servers changed after clock `since`, with the clock of their last change, oldest
    /// first: one indexed query, for keeping copies up to date.
    pub async fn changed_since(&self, since: i64) -> Result<Vec<(ServerId, i64)>, StoreError> {
        let rows: Vec<(i64, i64)> = self
            .pool
            .fetch_all("SELECT guild_id, version FROM servers WHERE version > $1 ORDER BY version", args![since])
            .await
            .map_err(self.failed())?;
        Ok(rows.into_iter().filter_map(|(g, v)| ServerId::new(g as u64).map(|g| (g, v))).collect())
    }

    /// The change clock now: every change so far has a version at most this.
    pub async fn clock(&self) -> Result<i64, StoreError> {
        let (tick,): (i64,) =
            self.pool.fetch_one("SELECT tick FROM change_clock WHERE id = 1", &[]).await.map_err(self.failed())?;
        Ok(tick)
    }

    /// The server's tables and the version they are at, all from one moment: read between two
    /// readings of the server's version, and read again if a change came in between.
    async fn read_consistently(&self, guild: ServerId) -> Result<(i64, Stored), sqlx::Error> {
        loop {
            let before = version(&self.pool, guild).await?;
            if before == 0 {
                return Ok((0, Stored::default()));
            }
            let stored = read(&self.pool, guild).await?;
            if version(&self.pool, guild).await? == before {
                return Ok((before, stored));
            }
        }
    }
}

/// The clock of the server's last change; 0 if it never changed anything.
async fn version(pool: &Pool, guild: ServerId) -> Result<i64, sqlx::Error> {
    let row: Option<(i64,)> =
        pool.fetch_optional("SELECT version FROM servers WHERE guild_id = $1", args![guild.sql()]).await?;
    Ok(row.map_or(0, |(v,)| v))
}

/// Every own entry of a server as one JSON array of `[id, topic, questions, answer, quotes,
/// triggers]`, in the order added: one row rather than thousands, which the SQLite driver
/// delivers one by one at several microseconds each. The one statement written twice.
const ALL_ENTRIES_SQLITE: &str = "SELECT json_group_array(json_array(entry_id, topic, json(questions), answer, \
     json(quotes), json(triggers), located, article) ORDER BY n) FROM entries WHERE guild_id = $1";
const ALL_ENTRIES_POSTGRES: &str = "SELECT CAST(COALESCE(json_agg(json_build_array(entry_id, topic, \
     CAST(questions AS json), answer, CAST(quotes AS json), CAST(triggers AS json), located, article) ORDER BY n), \
     '[]') AS TEXT) FROM entries WHERE guild_id = $1";

/// An own entry as [`ALL_ENTRIES_SQLITE`] gives it: the spec's fields, then where its quotes
/// were found and in which article.
type EntryJson = (String, String, Vec<String>, String, Vec<String>, Vec<String>, String, String);

/// An own entry as stored: its spec, and its quotes' places (see `located`).
struct StoredEntry {
    spec: EntrySpec,
    places: String,
    article: String,
}

async fn read(pool: &Pool, guild: ServerId) -> Result<Stored, sqlx::Error> {
    let sql = match pool {
        Pool::Sqlite { .. } => ALL_ENTRIES_SQLITE,
        Pool::Postgres(_) => ALL_ENTRIES_POSTGRES,
    };
    let (json,): (String,) = pool.fetch_one(sql, args![guild.sql()]).await?;
    let entries: Vec<EntryJson> = serde_json::from_str(&json).map_err(|e| sqlx::Error::Decode(Box::new(e)))?;
    let aliases: Vec<(String, String)> = pool
        .fetch_all(
            "SELECT entry_id, question FROM questions WHERE guild_id = $1 AND shipped = $2 ORDER BY n",
            args![guild.sql(), true],
        )
        .await?;
    let hidden: Vec<(String,)> =
        pool.fetch_all("SELECT entry_id FROM hidden WHERE guild_id = $1", args![guild.sql()]).await?;
    let mut shipped = ShippedChanges { hidden: hidden.into_iter().map(|(id,)| id).collect(), ..Default::default() };
    for (id, question) in aliases {
        shipped.aliases.entry(id).or_default().push(question);
    }
    let entries = entries
        .into_iter()
        .map(|(id, topic, questions, answer, quotes, triggers, places, article)| StoredEntry {
            spec: EntrySpec { id, topic, questions, triggers, answer, quotes },
            places,
            article,
        })
        .collect();
    Ok(Stored { entries, shipped })
}

/// An own entry's spec from its row.
fn spec((id, topic, questions, answer, quotes, triggers): EntryRow) -> EntrySpec {
    let list = |json: &str| serde_json::from_str::<Vec<String>>(json).unwrap_or_default();
    EntrySpec { id, topic, questions: list(&questions), triggers: list(&triggers), answer, quotes: list(&quotes) }
}

/// The server's own entry `id`, if it has one.
pub(crate) async fn own_spec(mut db: impl Read, guild: ServerId, id: &str) -> Result<Option<EntrySpec>, sqlx::Error> {
    let row: Option<EntryRow> = db
        .fetch_optional(
            "SELECT entry_id, topic, questions, answer, quotes, triggers FROM entries \
             WHERE guild_id = $1 AND entry_id = $2",
            args![guild.sql(), id],
        )
        .await?;
    Ok(row.map(spec))
}

/// The questions `shipped` says: those the server added to the shipped entry `id` (true), or
/// its own entry's `id` rows (false), in order.
pub(crate) async fn questions_of(
    mut db: impl Read,
    guild: ServerId,
    id: &str,
    shipped: bool,
) -> Result<Vec<String>, sqlx::Error> {
    let rows: Vec<(String,)> = db
        .fetch_all(
            "SELECT question FROM questions WHERE guild_id = $1 AND entry_id = $2 AND shipped = $3 ORDER BY n",
            args![guild.sql(), id, shipped],
        )
        .await?;
    Ok(rows.into_iter().map(|(q,)| q).collect())
}

/// The shipped entry `id` as it answers in a server with `aliases`.
pub(crate) fn shipped_spec(shipped: &[Arc<Entry>], id: &str, aliases: &[String]) -> Option<EntrySpec> {
    shipped.iter().find(|e| e.id() == id).map(|e| spec_with_aliases(&e.spec, aliases))
}

/// Every entry, checked against the article: trusted where its stored quote places still hold
/// (see `located`), validated in full otherwise; on all cores, in order.
fn validate_all(
    source: &Source,
    fingerprint: &str,
    guild: ServerId,
    specs: Vec<StoredEntry>,
) -> Result<Vec<Arc<Entry>>, StoreError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let chunk = specs.len().div_ceil(threads).max(256);
    let results: Vec<Vec<Result<Entry, Vec<Diagnostic>>>> = std::thread::scope(|scope| {
        let workers: Vec<_> = specs
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    let check = |stored: &StoredEntry| {
                        let spec = &stored.spec;
                        if let Some(entry) =
                            located::trusted(&source.article, fingerprint, spec, &stored.article, &stored.places)
                        {
                            return Ok(entry);
                        }
                        // Stored entries load under the rules they were saved by.
                        source.validate_saved(spec.clone()).map_err(|found| {
                            found.into_iter().map(|p| diagnostic(guild, &spec.id, p)).collect::<Vec<_>>()
                        })
                    };
                    part.iter().map(check).collect()
                })
            })
            .collect();
        // A worker that panicked fails the load as one thread would (the task reports it).
        workers.into_iter().map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    let mut entries = Vec::with_capacity(specs.len());
    let mut problems = Vec::new();
    for result in results.into_iter().flatten() {
        match result {
            Ok(entry) => entries.push(Arc::new(entry)),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(StoreError::Damaged { guild: guild.get(), problems: LoadError { problems } })
    }
}

fn diagnostic(guild: ServerId, id: &str, p: crate::knowledge::FieldProblem) -> Diagnostic {
    Diagnostic { file: format!("server {guild}"), line: 0, message: format!("entry {id:?}: {} {}", p.field, p.message) }
}

fn damaged(guild: ServerId, id: &str, problems: Vec<crate::knowledge::FieldProblem>) -> StoreError {
    let problems = problems.into_iter().map(|p| diagnostic(guild, id, p)).collect();
    StoreError::Damaged { guild: guild.get(), problems: LoadError { problems } }
}
