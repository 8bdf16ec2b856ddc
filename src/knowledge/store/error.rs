//! Why a change was refused or a server could not be loaded.
//!
//! The messages are written for the moderator who typed the command: they
//! say what is wrong and, where possible, what to do instead. A refused
//! change never saved anything.

use std::io;
use std::path::{Path, PathBuf};

use crate::knowledge::{FieldProblem, LoadError};

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The entry breaks a rule: a quote not in the article (naming the
    /// nearest passage), an empty or overlong field, a bad id… One problem
    /// per field, so a front end can show them all.
    #[error("{}", invalid_message(.0))]
    Invalid(Vec<FieldProblem>),

    #[error("this server already has an entry with the id \u{201C}{0}\u{201D}; choose another id")]
    DuplicateId(String),

    #[error("\u{201C}{0}\u{201D} is the id of a shipped entry; choose another id")]
    ShippedId(String),

    #[error("no entry has the id \u{201C}{0}\u{201D}")]
    UnknownId(String),

    #[error("the shipped entry \u{201C}{0}\u{201D} is already hidden in this server")]
    AlreadyHidden(String),

    #[error("the shipped entry \u{201C}{0}\u{201D} is hidden in this server")]
    Hidden(String),

    #[error("entry \u{201C}{id}\u{201D} already has the question \u{201C}{question}\u{201D}")]
    DuplicateQuestion { id: String, question: String },

    #[error("entry \u{201C}{id}\u{201D} already has {max} questions, the most an entry can have")]
    TooManyQuestions { id: String, max: usize },

    #[error("this server already has {max} entries of its own, the most a server can have; remove one first")]
    TooManyEntries { max: usize },

    /// A file of the server is broken (by hand or otherwise); every problem
    /// is located to its file and line. Nothing is written over such a file,
    /// so a hand edit is never lost to a bot's change.
    #[error("this server's knowledge files have problems; fix them, then try again:\n{0}")]
    Corrupt(LoadError),

    #[error("cannot {action} {}: {source}", path.display())]
    Io {
        action: &'static str,
        path: PathBuf,
        #[source]
        source: io::Error,
    },
}

impl StoreError {
    pub(crate) fn io(action: &'static str, path: &Path) -> impl FnOnce(io::Error) -> StoreError {
        let path = path.to_path_buf();
        move |source| StoreError::Io { action, path, source }
    }

    /// Whether the moderator's input was at fault (as opposed to the files
    /// or the machine), for front ends that reply differently.
    pub fn is_refusal(&self) -> bool {
        !matches!(self, StoreError::Corrupt(_) | StoreError::Io { .. })
    }
}

impl From<Vec<FieldProblem>> for StoreError {
    fn from(problems: Vec<FieldProblem>) -> StoreError {
        StoreError::Invalid(problems)
    }
}

fn invalid_message(problems: &[FieldProblem]) -> String {
    let lines: Vec<String> = problems.iter().map(|p| format!("{} {}", p.field, p.message)).collect();
    match lines.as_slice() {
        [one] => format!("the entry was not saved: {one}"),
        many => format!("the entry was not saved:\n{}", many.join("\n")),
    }
}
