//! Reading a server's directory in the file layout of earlier versions, read-only, for the
//! one-time import:
//!
//! ```text
//! DATA_DIR/guilds/<guild id>/
//!     entries.toml     the server's own [[entry]] tables, as in knowledge/entries/
//!     shipped.toml     the shipped ids it hides, the questions it added to them
//!     audit.jsonl      one JSON object per change
//!     unanswered.json  the questions the bot abstained on, counted
//! ```
//!
//! Every file is optional. A file that does not parse is reported with its file and line, and
//! nothing of that server is imported.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::knowledge::toml_problem;
use crate::knowledge::{id_problem, limits, line_of, text_problem, Diagnostic, Entry, LoadError, Source};
use crate::storage::{AuditRecord, ShippedChanges, Unanswered};

/// Everything a server's directory holds.
#[derive(Debug, Default)]
pub(super) struct Legacy {
    pub(super) entries: Vec<Entry>,
    pub(super) shipped: ShippedChanges,
    pub(super) audit: Vec<AuditRecord>,
    pub(super) unanswered: Vec<Unanswered>,
}

/// Reads and validates the server directory `dir`. Blocking: call it off the async threads.
pub(super) fn read(dir: &Path, source: &Source) -> Result<Legacy, LoadError> {
    let mut problems = Vec::new();
    let mut legacy = Legacy::default();
    if let Some((text, file)) = optional(&dir.join("entries.toml"))? {
        match source.parse_entries_file(&text, &file, crate::knowledge::Rules::Saved) {
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
