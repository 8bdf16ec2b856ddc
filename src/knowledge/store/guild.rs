//! One server's store: loading it, and the changes moderators make, each
//! one transaction.
//!
//! Every change goes through [`GuildStore::change`], so each guarantee
//! holds for all of them:
//! 1. what can be checked alone (the quote against the article, the field
//!    limits) is checked first, before the lock, so a slow check holds no
//!    one up and a refusal does not even create the server's directory;
//! 2. the server's exclusive lock is taken, temporary files a crashed
//!    writer left are removed, and the current files are read: under the
//!    lock they are the latest, so a concurrent change is never lost;
//! 3. what depends on the current state (duplicate and unknown ids) is
//!    checked; a damaged file is refused rather than written over;
//! 4. the change commits by replacing one file atomically (see
//!    [`super::durable`]);
//! 5. the audit record is appended.
//!
//! A refusal at any step before 4 leaves every file as it was.

use std::path::Path;
use std::sync::Arc;

use super::audit::{self, Action, Actor, AuditRecord};
use super::durable::{self, create_dir_durably, read_optional, remove_temps, write_atomic};
use super::entries_file;
use super::error::StoreError;
use super::layout::{GuildPaths, AUDIT_FILE, ENTRIES_FILE, SHIPPED_FILE, UNANSWERED_FILE};
use super::lock::DirLock;
use super::shipped::ShippedChanges;
use super::slug::derive_id;
use super::unanswered::{normalize_question, UnansweredQueue, UNANSWERED_CAPACITY};
use super::version::Version;
use super::view::{spec_with_aliases, GuildKnowledge};
use crate::knowledge::{
    limits, name_problem, question_problem, text_problem, Entry, EntrySpec, FieldProblem, LoadError, Source,
};

/// The topic of an entry added without one, when its first quote is not
/// under a section heading.
pub const DEFAULT_TOPIC: &str = "General";

/// One server's files under the data directory.
#[derive(Debug, Clone)]
pub struct GuildStore {
    guild: u64,
    paths: GuildPaths,
    source: Arc<Source>,
    unanswered_capacity: usize,
}

/// A committed change: what it did, as logged, and the server's knowledge
/// right after it, so the caller can serve it without loading it again.
#[derive(Debug, Clone)]
pub struct Change {
    pub record: AuditRecord,
    pub knowledge: GuildKnowledge,
}

/// The server's files as read under the lock.
struct State {
    entries: Vec<Entry>,
    shipped: ShippedChanges,
}

/// Which file a change rewrites.
enum Rewrite {
    Entries,
    Shipped,
}

/// What a change did to the state, for the commit and the log.
struct Edit {
    rewrite: Rewrite,
    action: Action,
    id: String,
    before: Option<EntrySpec>,
    after: Option<EntrySpec>,
    /// Questions an entry now answers, to take off the unanswered queue.
    answered: Vec<String>,
}

impl GuildStore {
    /// The store of server `guild` under `data_dir`. Touches nothing on disk:
    /// a server's directory is created by its first write (a change, or a
    /// question recorded as unanswered).
    pub fn open(data_dir: &Path, guild: u64, source: Arc<Source>) -> GuildStore {
        GuildStore { guild, paths: GuildPaths::new(data_dir, guild), source, unanswered_capacity: UNANSWERED_CAPACITY }
    }

    /// Bounds the unanswered queue at `capacity` questions instead of
    /// [`UNANSWERED_CAPACITY`].
    pub fn with_unanswered_capacity(mut self, capacity: usize) -> GuildStore {
        self.unanswered_capacity = capacity;
        self
    }

    pub fn guild(&self) -> u64 {
        self.guild
    }

    /// The server's directory.
    pub fn dir(&self) -> &Path {
        &self.paths.dir
    }

    /// Loads and validates the server's entries and its changes to the
    /// shipped ones. A damaged file is reported with its file and line.
    pub fn load(&self) -> Result<GuildKnowledge, StoreError> {
        if !self.paths.dir.is_dir() {
            return Ok(GuildKnowledge::empty(self.guild));
        }
        // Shared: a change in progress finishes first, so the two files
        // read belong together.
        let _lock = DirLock::shared(&self.paths.dir).map_err(StoreError::io("lock", &self.paths.dir))?;
        let state = self.read_state()?;
        Ok(self.knowledge(state))
    }

    /// The current fingerprint of the server's files: if it differs from
    /// the loaded [`GuildKnowledge::version`], someone changed the server
    /// since (another process, say) and it should be loaded again. Costs
    /// two `stat` calls.
    pub fn version(&self) -> Version {
        Version::of(&self.paths)
    }

    /// Adds an entry of the server's own.
    ///
    /// Fields are trimmed. An empty `id` asks for one derived from the first
    /// question ([`derive_id`]), chosen under the lock so two concurrent adds
    /// of one question get distinct ids. An empty `topic` becomes the section
    /// of the article the first quote is in, or [`DEFAULT_TOPIC`]. Quotes are
    /// saved as the article's own characters (curly quotes, dashes), however
    /// they were typed. The id may not be one of this server's or a shipped
    /// entry's (`shipped`, hidden or not).
    pub fn add(&self, mut spec: EntrySpec, shipped: &[Arc<Entry>], by: &Actor, at: u64) -> Result<Change, StoreError> {
        tidy(&mut spec);
        let derive = spec.id.is_empty();
        if derive {
            // Provisional, so the rest can be validated now; the final one
            // is chosen under the lock.
            spec.id = derive_id(spec.questions.first().map_or("", String::as_str), |_| false);
        }
        if spec.topic.is_empty() {
            spec.topic = self.default_topic(&spec);
        }
        let mut entry = self.source.validate(spec)?;
        entry.spec.quotes = entry.quotes.iter().map(|q| q.text.clone()).collect();

        self.change(by, at, |state| {
            let ours = |id: &str| state.entries.iter().any(|e| e.id() == id);
            let theirs = |id: &str| shipped.iter().any(|e| e.id() == id);
            if state.entries.len() >= limits::SERVER_ENTRIES {
                return Err(StoreError::TooManyEntries { max: limits::SERVER_ENTRIES });
            }
            if derive {
                entry.spec.id = derive_id(&entry.spec.questions[0], |id| ours(id) || theirs(id));
            } else if theirs(entry.id()) {
                return Err(StoreError::ShippedId(entry.spec.id));
            } else if ours(entry.id()) {
                return Err(StoreError::DuplicateId(entry.spec.id));
            }
            let edit = Edit {
                rewrite: Rewrite::Entries,
                action: Action::Add,
                id: entry.spec.id.clone(),
                before: None,
                after: Some(entry.spec.clone()),
                answered: entry.spec.questions.clone(),
            };
            state.entries.push(entry);
            Ok(edit)
        })
    }

    /// Adds another question to an entry: the server's own, or a shipped
    /// one (recorded in the server's `shipped.toml`, so other servers are
    /// unaffected). A question already there, ignoring case and punctuation,
    /// is refused.
    pub fn alias(
        &self,
        id: &str,
        question: &str,
        shipped: &[Arc<Entry>],
        by: &Actor,
        at: u64,
    ) -> Result<Change, StoreError> {
        let question = question.trim();
        check_question(question)?;
        self.change(by, at, |state| {
            let (rewrite, before, after) = if let Some(e) = state.entries.iter_mut().find(|e| e.id() == id) {
                check_new_question(&e.spec, question)?;
                let before = e.spec.clone();
                e.spec.questions.push(question.to_string());
                (Rewrite::Entries, before, e.spec.clone())
            } else {
                let entry = shipped.iter().find(|e| e.id() == id).ok_or_else(|| StoreError::UnknownId(id.into()))?;
                if state.shipped.hidden.contains(id) {
                    return Err(StoreError::Hidden(id.to_string()));
                }
                let before = spec_with_aliases(&entry.spec, state.shipped.aliases_of(id));
                check_new_question(&before, question)?;
                state.shipped.aliases.entry(id.to_string()).or_default().push(question.to_string());
                (Rewrite::Shipped, before, spec_with_aliases(&entry.spec, state.shipped.aliases_of(id)))
            };
            Ok(Edit {
                rewrite,
                action: Action::Alias,
                id: id.to_string(),
                before: Some(before),
                after: Some(after),
                answered: vec![question.to_string()],
            })
        })
    }

    /// Removes the server's own entry `id`, or hides the shipped entry `id`
    /// in this server only. The record's action says which.
    pub fn remove(&self, id: &str, shipped: &[Arc<Entry>], by: &Actor, at: u64) -> Result<Change, StoreError> {
        self.change(by, at, |state| {
            if let Some(i) = state.entries.iter().position(|e| e.id() == id) {
                let removed = state.entries.remove(i);
                return Ok(Edit {
                    rewrite: Rewrite::Entries,
                    action: Action::Remove,
                    id: id.to_string(),
                    before: Some(removed.spec),
                    after: None,
                    answered: vec![],
                });
            }
            let entry = shipped.iter().find(|e| e.id() == id).ok_or_else(|| StoreError::UnknownId(id.into()))?;
            if !state.shipped.hidden.insert(id.to_string()) {
                return Err(StoreError::AlreadyHidden(id.to_string()));
            }
            Ok(Edit {
                rewrite: Rewrite::Shipped,
                action: Action::Hide,
                id: id.to_string(),
                before: Some(spec_with_aliases(&entry.spec, state.shipped.aliases_of(id))),
                after: None,
                answered: vec![],
            })
        })
    }

    /// The `limit` most recent changes, newest first.
    pub fn log(&self, limit: usize) -> Result<Vec<AuditRecord>, StoreError> {
        let path = self.paths.file(AUDIT_FILE);
        audit::read_tail(&path, limit).map_err(StoreError::io("read", &path))
    }

    /// Counts one more asking of a question the bot could not answer.
    /// Returns its normalised text, or `None` (and writes nothing) when
    /// nothing is left of it once normalised. Writes a file: call it off the
    /// async runtime (`spawn_blocking`).
    pub fn record_unanswered(&self, question: &str, at: u64) -> Result<Option<String>, StoreError> {
        if normalize_question(question).is_empty() {
            return Ok(None);
        }
        self.locked(|| {
            let mut queue = self.read_unanswered()?;
            let text = queue.record(question, at, self.unanswered_capacity);
            self.commit(UNANSWERED_FILE, render_queue(&queue))?;
            Ok(text)
        })
    }

    /// The server's unanswered questions: see [`UnansweredQueue::top`] and
    /// [`UnansweredQueue::matching`].
    pub fn unanswered(&self) -> Result<UnansweredQueue, StoreError> {
        // One file replaced atomically: no lock needed to read it whole.
        self.read_unanswered()
    }

    // ---- the transaction and its steps ----

    /// Reads the state under the exclusive lock, lets `edit` change it,
    /// commits the file it changed, and logs the change.
    fn change(
        &self,
        by: &Actor,
        at: u64,
        edit: impl FnOnce(&mut State) -> Result<Edit, StoreError>,
    ) -> Result<Change, StoreError> {
        if let Some(message) = name_problem(&by.name) {
            return Err(StoreError::Invalid(vec![FieldProblem { field: "by".into(), message }]));
        }
        self.locked(|| {
            let mut state = self.read_state()?;
            let edit = edit(&mut state)?;
            match edit.rewrite {
                Rewrite::Entries => {
                    self.commit(ENTRIES_FILE, entries_file::render(self.guild, state.entries.iter().map(|e| &e.spec)))?
                }
                Rewrite::Shipped => self.commit(SHIPPED_FILE, state.shipped.render(self.guild))?,
            }
            let record = AuditRecord {
                at,
                by: by.clone(),
                action: edit.action,
                id: edit.id,
                before: edit.before,
                after: edit.after,
            };
            durable::append_line(&self.paths.dir, AUDIT_FILE, &record.to_line())
                .map_err(StoreError::io("append to", &self.paths.file(AUDIT_FILE)))?;
            self.forget_unanswered(&edit.answered);
            Ok(Change { record, knowledge: self.knowledge(state) })
        })
    }

    /// Runs `step` holding the server's exclusive lock, after removing what
    /// crashed writers left.
    fn locked<T>(&self, step: impl FnOnce() -> Result<T, StoreError>) -> Result<T, StoreError> {
        let dir = &self.paths.dir;
        create_dir_durably(dir).map_err(StoreError::io("create", dir))?;
        let _lock = DirLock::exclusive(dir).map_err(StoreError::io("lock", dir))?;
        remove_temps(dir).map_err(StoreError::io("clean up", dir))?;
        step()
    }

    fn commit(&self, name: &str, text: String) -> Result<(), StoreError> {
        write_atomic(&self.paths.dir, name, text.as_bytes()).map_err(StoreError::io("write", &self.paths.file(name)))
    }

    /// Drops questions an entry now answers from the queue. Best effort:
    /// the change is already committed, and a stale queue item is harmless.
    fn forget_unanswered(&self, questions: &[String]) {
        if questions.is_empty() {
            return;
        }
        let result = (|| {
            let mut queue = self.read_unanswered()?;
            let mut changed = false;
            for q in questions {
                changed |= queue.forget(q);
            }
            if changed {
                self.commit(UNANSWERED_FILE, render_queue(&queue))?;
            }
            Ok::<_, StoreError>(())
        })();
        if let Err(e) = result {
            tracing::warn!(guild = self.guild, "could not update the unanswered queue: {e}");
        }
    }

    /// Call with a lock held, so that the version matches what was read.
    fn knowledge(&self, state: State) -> GuildKnowledge {
        GuildKnowledge {
            guild: self.guild,
            entries: state.entries.into_iter().map(Arc::new).collect(),
            shipped: state.shipped,
            version: self.version(),
        }
    }

    /// Both knowledge files; the problems of both if both are damaged.
    fn read_state(&self) -> Result<State, StoreError> {
        match (self.read_entries(), self.read_shipped()) {
            (Ok(entries), Ok(shipped)) => Ok(State { entries, shipped }),
            (Err(StoreError::Corrupt(mut a)), Err(StoreError::Corrupt(b))) => {
                a.problems.extend(b.problems);
                Err(StoreError::Corrupt(a))
            }
            (Err(e), _) | (_, Err(e)) => Err(e),
        }
    }

    fn read_entries(&self) -> Result<Vec<Entry>, StoreError> {
        let path = self.paths.file(ENTRIES_FILE);
        match read_optional(&path).map_err(StoreError::io("read", &path))? {
            None => Ok(Vec::new()),
            Some(text) => entries_file::parse(&text, &display(&path), &self.source).map_err(StoreError::Corrupt),
        }
    }

    fn read_shipped(&self) -> Result<ShippedChanges, StoreError> {
        let path = self.paths.file(SHIPPED_FILE);
        match read_optional(&path).map_err(StoreError::io("read", &path))? {
            None => Ok(ShippedChanges::default()),
            Some(text) => ShippedChanges::parse(&text, &display(&path)).map_err(StoreError::Corrupt),
        }
    }

    fn read_unanswered(&self) -> Result<UnansweredQueue, StoreError> {
        let path = self.paths.file(UNANSWERED_FILE);
        match read_optional(&path).map_err(StoreError::io("read", &path))? {
            None => Ok(UnansweredQueue::default()),
            Some(text) => UnansweredQueue::parse(&text)
                .map_err(|e| StoreError::Corrupt(LoadError::at(display(&path), e.line(), e.to_string()))),
        }
    }

    /// The section heading above the first quote, if it fits a topic.
    fn default_topic(&self, spec: &EntrySpec) -> String {
        spec.quotes
            .first()
            .and_then(|q| self.source.finder.locate(&self.source.article, q))
            .and_then(|at| at.section)
            .filter(|s| s.chars().count() <= limits::TOPIC_CHARS)
            .unwrap_or_else(|| DEFAULT_TOPIC.to_string())
    }
}

/// Trims every text field: a stray space from a phone keyboard is not
/// content. Triggers are regexes, where a space can mean something: kept.
fn tidy(spec: &mut EntrySpec) {
    let trim = |s: &mut String| {
        let t = s.trim();
        if t.len() != s.len() {
            *s = t.to_string();
        }
    };
    for s in [&mut spec.id, &mut spec.topic, &mut spec.answer] {
        trim(s);
    }
    spec.questions.iter_mut().chain(spec.quotes.iter_mut()).for_each(trim);
}

/// The rules of one question, as `validate` applies them to an entry's.
fn check_question(question: &str) -> Result<(), StoreError> {
    match text_problem(question, limits::QUESTION_CHARS).or_else(|| question_problem(question)) {
        None => Ok(()),
        Some(message) => Err(StoreError::Invalid(vec![FieldProblem { field: "question".into(), message }])),
    }
}

/// A new question must be new to the entry (ignoring case and punctuation)
/// and fit within the entry's question limit.
fn check_new_question(spec: &EntrySpec, question: &str) -> Result<(), StoreError> {
    let wanted = normalize_question(question);
    if spec.questions.iter().any(|q| normalize_question(q) == wanted) {
        return Err(StoreError::DuplicateQuestion { id: spec.id.clone(), question: question.to_string() });
    }
    if spec.questions.len() >= limits::QUESTIONS {
        return Err(StoreError::TooManyQuestions { id: spec.id.clone(), max: limits::QUESTIONS });
    }
    Ok(())
}

fn render_queue(queue: &UnansweredQueue) -> String {
    let mut text = serde_json::to_string_pretty(queue).expect("the queue always serializes");
    text.push('\n');
    text
}

fn display(path: &Path) -> String {
    path.display().to_string()
}
