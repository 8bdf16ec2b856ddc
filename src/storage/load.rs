//! Reading a server's knowledge: all of it for the engine, one entry for `kb show`, and which
//! servers changed since a given clock for the processes that keep copies.
//!
//! Loading a large server does not search the article for every quote again. An entry is fully
//! validated when it is saved, and its quotes' places are stored with a fingerprint of the
//! article. Loading it with the same article only checks that each stored place still holds the
//! quote, character for character, and rebuilds the entry exactly as validation would;
//! anything else (another article, a place that no longer matches, triggers to compile) is
//! validated in full again.

use std::sync::Arc;

use super::sql::{args, Exec, Pool};
use super::view::with_aliases;
use super::{Db, GuildKnowledge, Listed, Origin, ServerId, ShippedChanges, StoreError};
use crate::knowledge::{Article, Diagnostic, Entry, EntrySpec, FieldProblem, LoadError, Location, Quote, Source};

/// An own entry's row: id, topic, questions, answer, quotes, triggers (the lists in JSON).
type EntryRow = (String, String, String, String, String, String);

/// An own entry as stored: its row, where its quotes were found, and in which article.
type StoredEntry = (EntryRow, String, String);

impl Db {
    /// Everything `guild` changed, validated against the article: what the engine answers
    /// from. A server that never changed anything costs one indexed query.
    pub async fn knowledge(&self, guild: ServerId) -> Result<GuildKnowledge, StoreError> {
        self.check_imported(guild)?;
        let (version, stored, shipped) = self.read_consistently(guild).await?;
        if stored.is_empty() && shipped.is_empty() {
            return Ok(GuildKnowledge { version, ..GuildKnowledge::empty(guild.get()) });
        }
        let source = Arc::clone(&self.source);
        let fingerprint = self.fingerprint.clone();
        // Checking thousands of entries is CPU work: off the async threads.
        let entries = tokio::task::spawn_blocking(move || validate_all(&source, &fingerprint, guild, stored)).await??;
        Ok(GuildKnowledge { guild: guild.get(), entries, shipped, version })
    }

    /// One entry as `guild` sees it (hidden shipped ones too), without reading the rest:
    /// `kb show`.
    pub async fn entry(&self, guild: ServerId, id: &str) -> Result<Option<Listed>, StoreError> {
        self.check_imported(guild)?;
        if let Some(spec) = own_spec(&self.pool, guild, id).await? {
            let entry = self.source.validate_saved(spec).map_err(|found| damaged(guild, problems(guild, id, found)))?;
            return Ok(Some(Listed { entry: Arc::new(entry), origin: Origin::Server }));
        }
        let Some(shipped) = self.shipped_entry(id) else { return Ok(None) };
        let aliases = aliases_of(&self.pool, guild, id).await?;
        let origin = if hidden(&self.pool, guild, id).await? { Origin::Hidden } else { Origin::Shipped };
        Ok(Some(Listed { entry: with_aliases(shipped, &aliases), origin }))
    }

    /// The servers changed after clock `since`, with the clock of their last change, oldest
    /// first: one indexed query, for keeping copies up to date.
    pub async fn changed_since(&self, since: i64) -> Result<Vec<(ServerId, i64)>, StoreError> {
        let sql = "SELECT guild_id, version FROM servers WHERE version > $1 ORDER BY version";
        let rows: Vec<(i64, i64)> = self.pool.fetch_all(sql, args![since]).await?;
        Ok(rows.into_iter().filter_map(|(g, v)| ServerId::new(g as u64).map(|g| (g, v))).collect())
    }

    /// The change clock now: every change so far has a version at most this.
    pub async fn clock(&self) -> Result<i64, StoreError> {
        let (tick,): (i64,) = self.pool.fetch_one("SELECT tick FROM change_clock WHERE id = 1", &[]).await?;
        Ok(tick)
    }

    /// The clock of `guild`'s last change (0 if it never changed anything).
    pub(crate) async fn version(&self, guild: ServerId) -> Result<i64, StoreError> {
        self.check_imported(guild)?;
        version(&self.pool, guild).await
    }

    /// The shipped entry `id`, if there is one.
    pub(crate) fn shipped_entry(&self, id: &str) -> Option<&Arc<Entry>> {
        self.shipped.iter().find(|e| e.id() == id)
    }

    /// The shipped entry `id` as it answers in a server with `aliases`.
    pub(crate) fn shipped_spec(&self, id: &str, aliases: &[String]) -> Option<EntrySpec> {
        let mut spec = self.shipped_entry(id)?.spec.clone();
        spec.questions.extend_from_slice(aliases);
        Some(spec)
    }

    /// The server's tables and the version they are at, all from one moment: read between two
    /// readings of the server's version, and read again if a change came in between.
    async fn read_consistently(&self, guild: ServerId) -> Result<(i64, Vec<StoredEntry>, ShippedChanges), StoreError> {
        loop {
            let before = version(&self.pool, guild).await?;
            if before == 0 {
                return Ok((0, Vec::new(), ShippedChanges::default()));
            }
            let (entries, shipped) = read(&self.pool, guild).await?;
            if version(&self.pool, guild).await? == before {
                return Ok((before, entries, shipped));
            }
        }
    }
}

/// The clock of `guild`'s last change (0 if it never changed anything).
pub(crate) async fn version(db: impl Exec, guild: ServerId) -> Result<i64, StoreError> {
    let row: Option<(i64,)> =
        db.fetch_optional("SELECT version FROM servers WHERE guild_id = $1", args![guild]).await?;
    Ok(row.map_or(0, |(v,)| v))
}

/// Every own entry of a server as one JSON array of [`StoredEntry`]s, in the order added, the
/// lists as their stored JSON text: one row rather than thousands, which the SQLite driver
/// delivers one by one at several microseconds each. The one statement written twice.
const ALL_ENTRIES_SQLITE: &str = "SELECT json_group_array(json_array(json_array(entry_id, topic, questions, answer, \
     quotes, triggers), located, article) ORDER BY n) FROM entries WHERE guild_id = $1";
const ALL_ENTRIES_POSTGRES: &str = "SELECT CAST(COALESCE(json_agg(json_build_array(json_build_array(entry_id, topic, \
     questions, answer, quotes, triggers), located, article) ORDER BY n), '[]') AS TEXT) FROM entries WHERE guild_id = $1";

/// What a server's tables hold, before validation: its own entries and its changes to the
/// shipped ones.
async fn read(pool: &Pool, guild: ServerId) -> Result<(Vec<StoredEntry>, ShippedChanges), StoreError> {
    let (json,): (String,) =
        pool.fetch_one(pool.either(ALL_ENTRIES_SQLITE, ALL_ENTRIES_POSTGRES), args![guild]).await?;
    let entries = serde_json::from_str(&json).map_err(|e| StoreError::Database {
        location: pool.location().to_owned(),
        source: sqlx::Error::Decode(Box::new(e)),
    })?;
    let aliases: Vec<(String, String)> = pool
        .fetch_all(
            "SELECT entry_id, question FROM questions WHERE guild_id = $1 AND shipped = $2 ORDER BY n",
            args![guild, true],
        )
        .await?;
    let hidden: Vec<(String,)> =
        pool.fetch_all("SELECT entry_id FROM hidden WHERE guild_id = $1", args![guild]).await?;
    let mut shipped = ShippedChanges { hidden: hidden.into_iter().map(|(id,)| id).collect(), ..Default::default() };
    for (id, question) in aliases {
        shipped.aliases.entry(id).or_default().push(question);
    }
    Ok((entries, shipped))
}

/// An own entry's spec from its row.
fn spec((id, topic, questions, answer, quotes, triggers): EntryRow) -> EntrySpec {
    let list = |json: &str| serde_json::from_str::<Vec<String>>(json).unwrap_or_default();
    EntrySpec { id, topic, questions: list(&questions), triggers: list(&triggers), answer, quotes: list(&quotes) }
}

/// The server's own entry `id`, if it has one.
pub(crate) async fn own_spec(db: impl Exec, guild: ServerId, id: &str) -> Result<Option<EntrySpec>, StoreError> {
    let sql = "SELECT entry_id, topic, questions, answer, quotes, triggers FROM entries \
               WHERE guild_id = $1 AND entry_id = $2";
    Ok(db.fetch_optional(sql, args![guild, id]).await?.map(spec))
}

/// The questions the server added to the shipped entry `id`, in order.
pub(crate) async fn aliases_of(db: impl Exec, guild: ServerId, id: &str) -> Result<Vec<String>, StoreError> {
    let sql = "SELECT question FROM questions WHERE guild_id = $1 AND entry_id = $2 AND shipped = $3 ORDER BY n";
    let rows: Vec<(String,)> = db.fetch_all(sql, args![guild, id, true]).await?;
    Ok(rows.into_iter().map(|(q,)| q).collect())
}

/// Whether the server hides the shipped entry `id`.
pub(crate) async fn hidden(db: impl Exec, guild: ServerId, id: &str) -> Result<bool, StoreError> {
    let sql = "SELECT entry_id FROM hidden WHERE guild_id = $1 AND entry_id = $2";
    Ok(db.fetch_optional::<(String,)>(sql, args![guild, id]).await?.is_some())
}

/// Every entry, loaded as [`load_entry`] does; on all cores, in order.
fn validate_all(
    source: &Source,
    fingerprint: &str,
    guild: ServerId,
    stored: Vec<StoredEntry>,
) -> Result<Vec<Arc<Entry>>, StoreError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
    let count = stored.len();
    let chunk = count.div_ceil(threads).max(256);
    let mut stored = stored.into_iter();
    let results: Vec<_> = std::thread::scope(|scope| {
        let workers: Vec<_> = std::iter::from_fn(|| Some(stored.by_ref().take(chunk).collect::<Vec<_>>()))
            .take_while(|part| !part.is_empty())
            .map(|part| {
                scope.spawn(move || {
                    part.into_iter().map(|s| load_entry(source, fingerprint, guild, s)).collect::<Vec<_>>()
                })
            })
            .collect();
        // A worker that panicked fails the load as one thread would (the task reports it).
        workers.into_iter().flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect()
    });
    let mut entries = Vec::with_capacity(count);
    let mut problems = Vec::new();
    for result in results {
        match result {
            Ok(entry) => entries.push(Arc::new(entry)),
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(damaged(guild, problems))
    }
}

/// A stored entry, trusted where its stored quote places still hold (see the module's
/// documentation), else validated in full under the rules it was saved by.
fn load_entry(
    source: &Source,
    fingerprint: &str,
    guild: ServerId,
    (row, places, article): StoredEntry,
) -> Result<Entry, Vec<Diagnostic>> {
    let spec = spec(row);
    if let Some(quotes) = trusted(&source.article, fingerprint, &spec, &article, &places) {
        return Ok(Entry { spec, quotes });
    }
    let id = spec.id.clone();
    source.validate_saved(spec).map_err(|found| problems(guild, &id, found))
}

fn problems(guild: ServerId, id: &str, found: Vec<FieldProblem>) -> Vec<Diagnostic> {
    let diagnostic = |p: FieldProblem| Diagnostic {
        file: format!("server {guild}"),
        line: 0,
        message: format!("entry {id:?}: {} {}", p.field, p.message),
    };
    found.into_iter().map(diagnostic).collect()
}

fn damaged(guild: ServerId, problems: Vec<Diagnostic>) -> StoreError {
    StoreError::Damaged { guild: guild.get(), problems: LoadError { problems } }
}

/// A fingerprint of the article's text (FNV-1a over its blocks): stable across builds and
/// platforms, unlike the standard library's hasher.
pub(crate) fn fingerprint(article: &Article) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for block in &article.blocks {
        for byte in block.text.bytes().chain([0xff]) {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    format!("{hash:016x}")
}

/// The places of a validated entry's quotes, as stored: `[[block, start, end], …]`.
pub(crate) fn places(entry: &Entry) -> String {
    let places: Vec<[usize; 3]> = entry.quotes.iter().map(|q| [q.at.block, q.at.start, q.at.end]).collect();
    serde_json::to_string(&places).unwrap_or_else(|_| "[]".into())
}

/// The entry's quotes as validation would give them, if its stored places still hold them in
/// this article and it has no trigger to compile; `None` means: validate it in full.
pub(crate) fn trusted(
    article: &Article,
    fingerprint: &str,
    spec: &EntrySpec,
    stored: &str,
    places: &str,
) -> Option<Vec<Quote>> {
    if stored != fingerprint || !spec.triggers.is_empty() {
        return None;
    }
    let places: Vec<[usize; 3]> = serde_json::from_str(places).ok()?;
    if places.len() != spec.quotes.len() {
        return None;
    }
    places
        .iter()
        .zip(&spec.quotes)
        .map(|(&[block, start, end], quote)| {
            let b = article.blocks.get(block)?;
            let text = b.text.get(start..end).filter(|t| *t == quote)?;
            let sentence = b.sentences.iter().rposition(|&(s, _)| s <= start).unwrap_or(0);
            let at = Location { block, paragraph: b.paragraph, section: b.section.clone(), start, end, sentence };
            Some(Quote { text: text.to_owned(), at })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBase;

    #[test]
    fn trusted_entries_are_exactly_the_validated_ones() {
        let kb = KnowledgeBase::load(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")).unwrap();
        let article = &kb.source.article;
        let print = fingerprint(article);
        assert_eq!(print.len(), 16);
        let mut checked = 0;
        for entry in kb.entries.iter().filter(|e| e.spec.triggers.is_empty()) {
            let mut spec = entry.spec.clone();
            spec.quotes = entry.quotes.iter().map(|q| q.text.clone()).collect();
            let validated = kb.source.validate(spec.clone()).unwrap();
            let stored = places(&validated);
            let quotes = trusted(article, &print, &spec, &print, &stored).expect("trusted");
            assert_eq!((spec.clone(), quotes), (validated.spec, validated.quotes));
            assert!(trusted(article, &print, &spec, "0000000000000000", &stored).is_none(), "another article");
            let mut changed = spec.clone();
            changed.quotes[0].push('x');
            assert!(trusted(article, &print, &changed, &print, &stored).is_none(), "a quote changed by hand");
            checked += 1;
        }
        assert!(checked > 10, "{checked}");
    }
}
