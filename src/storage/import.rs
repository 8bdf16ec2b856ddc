//! The one-time import of the file layout of earlier versions, read-only:
//!
//! ```text
//! DATA_DIR/guilds/<guild id>/
//!     entries.toml     the server's own [[entry]] tables, as in knowledge/entries/
//!     shipped.toml     the shipped ids it hides, the questions it added to them
//!     audit.jsonl      one JSON object per change
//!     unanswered.json  the questions the bot abstained on, counted
//! ```
//!
//! Every file is optional. The first time any command opens the database, every server
//! directory not imported yet is read, validated and written in one transaction per server:
//! its entries, the questions it added to shipped entries, the shipped entries it hid, its
//! audit records and its unanswered questions, and a row in `imports` saying it was done, so it
//! is never done twice (even by two processes starting at once). The files are left in place.
//! A server whose files have a problem is not imported, and the problem is reported with its
//! file and line; until it is, the server is refused (its data would be incomplete), and the
//! import is tried again the next time, so fixing the file is enough.

use std::collections::{BTreeMap, HashSet};
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Deserialize;
use toml::Spanned;

use super::change::{insert_entry, insert_question};
use super::sql::{args, Exec};
use super::{normalize_question, unix_now, AuditRecord, Db, ServerId, ShippedChanges, StoreError, Unanswered};
use crate::knowledge::{
    id_problem, limits, line_of, text_problem, toml_problem, Diagnostic, Entry, LoadError, Rules, Source,
};

/// The directory of server directories under `DATA_DIR`.
pub const GUILDS_DIR: &str = "guilds";

/// What became of one server directory.
#[derive(Debug)]
pub struct Imported {
    /// The directory read.
    pub dir: PathBuf,
    pub outcome: Result<Summary, String>,
}

/// What an import carried over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub entries: usize,
    pub aliases: usize,
    pub hidden: usize,
    pub audit: usize,
    pub unanswered: usize,
    /// Questions that more than one entry has (the old store let duplicates in).
    pub shared_questions: usize,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} entries, {} added questions, {} hidden, {} audit records, {} unanswered questions",
            self.entries, self.aliases, self.hidden, self.audit, self.unanswered
        )?;
        if self.shared_questions > 0 {
            write!(f, " ({} questions are asked of more than one entry: see `kb list`)", self.shared_questions)?;
        }
        Ok(())
    }
}

impl fmt::Display for Imported {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.outcome {
            Ok(summary) => write!(f, "imported {}: {summary}", self.dir.display()),
            Err(why) => write!(f, "not imported {} (tried again at the next start): {why}", self.dir.display()),
        }
    }
}

impl Db {
    /// Imports every server directory under `data_dir/guilds` not imported yet. Returns what
    /// happened to each one tried (nothing, when all are done), for the caller to log.
    pub async fn import_files(&self, data_dir: &Path) -> Vec<Imported> {
        let dir = data_dir.join(GUILDS_DIR);
        let failed = |why: String| vec![Imported { dir: data_dir.join(GUILDS_DIR), outcome: Err(why) }];
        let listed = tokio::task::spawn_blocking(move || server_dirs(&dir)).await;
        let found = match listed.unwrap_or_else(|e| Err(std::io::Error::other(e))) {
            Ok(found) => found,
            Err(e) => return failed(e.to_string()),
        };
        if found.is_empty() {
            return Vec::new();
        }
        let done: HashSet<i64> = match self.pool.fetch_all::<(i64,)>("SELECT guild_id FROM imports", &[]).await {
            Ok(rows) => rows.into_iter().map(|(g,)| g).collect(),
            Err(e) => return failed(e.to_string()),
        };
        let mut imported = Vec::new();
        for (dir, guild) in found {
            let outcome = match guild {
                None => Err("0 is not a Discord server id".to_owned()),
                Some(guild) if done.contains(&guild.sql()) => continue,
                Some(guild) => self.import_server(guild, &dir).await.map_err(|e| {
                    // Until its files import, the server is refused rather than served as if it
                    // had never changed anything.
                    let problems = match &e {
                        StoreError::Damaged { problems, .. } => problems.clone(),
                        other => LoadError::at(dir.display().to_string(), 0, format!("not imported: {other}")),
                    };
                    self.unimported.write().unwrap_or_else(|p| p.into_inner()).insert(guild.get(), problems);
                    e.to_string()
                }),
            };
            // `Ok(None)`: another process imported it meanwhile.
            if let Some(outcome) = outcome.transpose() {
                imported.push(Imported { dir, outcome });
            }
        }
        imported
    }

    /// Imports one server directory in one transaction; `None` if it was already imported
    /// (perhaps by another process meanwhile).
    async fn import_server(&self, guild: ServerId, dir: &Path) -> Result<Option<Summary>, StoreError> {
        let source = Arc::clone(&self.source);
        let path = dir.to_path_buf();
        let read = tokio::task::spawn_blocking(move || read(&path, &source)).await?;
        let Legacy { entries, shipped, audit, unanswered } =
            read.map_err(|problems| StoreError::Damaged { guild: guild.get(), problems })?;
        let mut change = self.begin_import(guild).await?;
        let tx = &mut change.tx;
        let done: Option<(i64,)> =
            tx.fetch_optional("SELECT guild_id FROM imports WHERE guild_id = $1", args![guild]).await?;
        if done.is_some() {
            return Ok(None);
        }
        let mut summary = Summary {
            entries: entries.len(),
            aliases: shipped.aliases.values().map(Vec::len).sum(),
            hidden: shipped.hidden.len(),
            audit: audit.len(),
            unanswered: unanswered.len(),
            ..Summary::default()
        };
        let mut asked = HashSet::new();
        for entry in &entries {
            insert_entry(tx, guild, entry, &self.fingerprint).await?;
            summary.shared_questions +=
                entry.spec.questions.iter().filter(|q| !asked.insert(normalize_question(q))).count();
        }
        for (id, questions) in &shipped.aliases {
            for question in questions {
                insert_question(tx, guild, id, true, question).await?;
            }
        }
        for id in &shipped.hidden {
            tx.execute("INSERT INTO hidden (guild_id, entry_id) VALUES ($1, $2)", args![guild, id]).await?;
        }
        for q in &unanswered {
            tx.execute(
                "INSERT INTO unanswered (guild_id, question, asked, last_asked, disputed_entry) VALUES ($1, $2, $3, $4, NULL) \
                 ON CONFLICT (guild_id, question) DO NOTHING",
                args![guild, normalize_question(&q.text), q.count, q.last_asked],
            )
            .await?;
        }
        tx.execute(
            "INSERT INTO imports (guild_id, unix_time, source, summary) VALUES ($1, $2, $3, $4)",
            args![guild, unix_now(), dir.display().to_string(), summary.to_string()],
        )
        .await?;
        // The old log, as it was (the import itself is in `imports` and the process's log), and
        // the server stamped: a process serving it reads it again, as after any change.
        change.finish(&audit).await?;
        Ok(Some(summary))
    }
}

/// The server directories under `dir`, sorted, each with its id (`None` for `0`). Names that
/// are not a server's (a backup copy, an editor's swap directory) are skipped.
fn server_dirs(dir: &Path) -> std::io::Result<Vec<(PathBuf, Option<ServerId>)>> {
    let listing = match std::fs::read_dir(dir) {
        Ok(listing) => listing,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(std::io::Error::new(e.kind(), format!("cannot list {}: {e}", dir.display()))),
    };
    let mut found: Vec<(u64, PathBuf)> = listing
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_ok_and(|t| t.is_dir()))
        .filter_map(|e| e.file_name().to_str().and_then(guild_dir_id).map(|id| (id, e.path())))
        .collect();
    found.sort();
    Ok(found.into_iter().map(|(id, path)| (path, ServerId::new(id))).collect())
}

/// The id a directory name stands for, if the old store wrote it: decimal digits without a
/// sign or leading zero.
fn guild_dir_id(name: &str) -> Option<u64> {
    let id: u64 = name.parse().ok()?;
    (id.to_string() == name).then_some(id)
}

/// Everything a server's directory holds.
#[derive(Debug, Default)]
struct Legacy {
    entries: Vec<Entry>,
    shipped: ShippedChanges,
    audit: Vec<AuditRecord>,
    unanswered: Vec<Unanswered>,
}

/// Reads and validates the server directory `dir`. Blocking: call it off the async threads.
fn read(dir: &Path, source: &Source) -> Result<Legacy, LoadError> {
    let mut problems = Vec::new();
    let mut legacy = Legacy::default();
    if let Some((text, file)) = optional(&dir.join("entries.toml"))? {
        match source.parse_entries_file(&text, &file, Rules::Saved) {
            Ok(entries) => legacy.entries = entries,
            Err(e) => problems.extend(e.problems),
        }
    }
    if let Some((text, file)) = optional(&dir.join("shipped.toml"))? {
        match shipped(&text, &file) {
            Ok(changes) => legacy.shipped = changes,
            Err(e) => problems.extend(e.problems),
        }
    }
    if let Some((text, _)) = optional(&dir.join("audit.jsonl"))? {
        // A torn last line (a crash during an append) was skipped by every reader before.
        legacy.audit = text.lines().filter_map(|line| serde_json::from_str(line).ok()).collect();
    }
    if let Some((text, file)) = optional(&dir.join("unanswered.json"))? {
        #[derive(Deserialize)]
        struct Queue {
            #[serde(default)]
            questions: Vec<Unanswered>,
        }
        match serde_json::from_str::<Queue>(&text) {
            Ok(queue) => legacy.unanswered = queue.questions,
            Err(e) => problems.push(Diagnostic { file, line: e.line(), message: e.to_string() }),
        }
    }
    LoadError::from_problems(problems)?;
    Ok(legacy)
}

/// A file's text and name, `None` when it does not exist.
fn optional(path: &Path) -> Result<Option<(String, String)>, LoadError> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(Some((text, path.display().to_string()))),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(LoadError::io(path, &e)),
    }
}

/// Parses `shipped.toml`, checking ids and questions with the entry rules so the engine never
/// sees an empty or overlong question.
///
/// ```toml
/// hidden = ["trump-role"]
///
/// [aliases]
/// ceasefire-date = ["when do the guns go quiet"]
/// ```
fn shipped(text: &str, file: &str) -> Result<ShippedChanges, LoadError> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Raw {
        #[serde(default)]
        hidden: Vec<Spanned<String>>,
        #[serde(default)]
        aliases: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
    }
    let raw: Raw = toml::from_str(text).map_err(|e| LoadError { problems: vec![toml_problem(file, text, &e)] })?;
    let mut problems = Vec::new();
    let mut problem = |at: usize, message: String| {
        problems.push(Diagnostic { file: file.to_string(), line: line_of(text, at), message })
    };
    let mut changes = ShippedChanges::default();
    for id in raw.hidden {
        if let Some(why) = id_problem(id.get_ref()) {
            problem(id.span().start, format!("hidden id {:?} {why}", id.get_ref()));
        }
        changes.hidden.insert(id.into_inner());
    }
    for (id, questions) in raw.aliases {
        if let Some(why) = id_problem(id.get_ref()) {
            problem(id.span().start, format!("alias id {:?} {why}", id.get_ref()));
        }
        let mut kept = Vec::new();
        for q in questions {
            if let Some(why) = text_problem(q.get_ref(), limits::QUESTION_CHARS) {
                problem(q.span().start, format!("a question for {:?} {why}", id.get_ref()));
            }
            kept.push(q.into_inner());
        }
        changes.aliases.insert(id.into_inner(), kept);
    }
    LoadError::from_problems(problems)?;
    Ok(changes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_canonical_decimal_names_are_servers() {
        assert_eq!(guild_dir_id("123"), Some(123));
        assert_eq!(guild_dir_id("0"), Some(0));
        for name in ["0123", "+123", "123 ", "12a", "", "..", "99999999999999999999"] {
            assert_eq!(guild_dir_id(name), None, "{name:?}");
        }
    }

    #[test]
    fn shipped_changes_are_read_and_problems_located() {
        let text = "hidden = [\"trump-role\"]\n\n[aliases]\nceasefire-date = [\"when do the guns go quiet\", \"b\"]\n";
        let changes = shipped(text, "shipped.toml").unwrap();
        assert!(changes.hidden.contains("trump-role"));
        assert_eq!(changes.aliases_of("ceasefire-date"), ["when do the guns go quiet", "b"]);
        assert_eq!(shipped("", "x").unwrap(), ShippedChanges::default());

        let text = "hidden = [\"ok\"]\n\n[aliases]\nBad_Id = [\"q\"]\nfine = [\n  \"\",\n]\n";
        let err = shipped(text, "s.toml").unwrap_err();
        let lines: Vec<usize> = err.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 6], "{err}");
        assert_eq!(shipped("hidden = 3\n", "s.toml").unwrap_err().problems[0].line, 1);
    }
}
