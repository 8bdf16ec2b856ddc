//! What can go wrong in the storage layer, as data: a [`Refusal`] (the moderator's input,
//! against the rules or the server's state) or a failure of the database itself.
//!
//! The storage layer never words a refusal. Each front end does, once, in one place:
//! `cli::kb::words` for the terminal and `discord::commands::kb::text` for Discord.

use crate::knowledge::{FieldProblem, LoadError};

/// Why a change was refused. Nothing was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The entry breaks a rule (a quote not in the article, an empty or overlong field, a bad
    /// id…): one problem per field, each naming it.
    Invalid(Vec<FieldProblem>),
    /// An entries file (`kb import`) with problems, each located to its line.
    File(LoadError),
    /// An entries file with no entry in it.
    EmptyFile,
    /// The server already has an entry with this id.
    DuplicateId(String),
    /// The id is a shipped entry's (hidden here or not).
    ShippedId(String),
    /// No entry, of the server's or shipped, has this id.
    UnknownId(String),
    /// The shipped entry is already hidden in this server.
    AlreadyHidden(String),
    /// The shipped entry is not hidden in this server, so it cannot be unhidden.
    NotHidden(String),
    /// The shipped entry is hidden in this server: unhide it before changing it.
    Hidden(String),
    /// The question (as typed) is already one of entry `taken_by`'s in this server, ignoring
    /// case and punctuation; `taken_by` may be the entry being changed.
    DuplicateQuestion { question: String, taken_by: String },
    /// `kb unalias`: the entry has no such question added in this server.
    NotAdded { id: String, question: String },
    /// `kb unalias`: the question is the entry's last one.
    LastQuestion { id: String },
    /// The entry already has the most questions an entry can have.
    TooManyQuestions { id: String, max: usize },
    /// The server already has the most entries of its own a server can have.
    TooManyEntries { max: usize },
    /// Only the server's own entries join its quiz (shipped ones have curated quiz items).
    NotOwnEntry(String),
    /// The server's entry is not in its quiz, so it cannot be taken out.
    NotInQuiz(String),
}

/// Any error of the storage layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The change was refused; see [`Refusal`]. Front ends word it.
    #[error("the change was refused: {0:?}")]
    Refused(Refusal),
    /// The database could not be reached, read or written. `location` names it (a file, or a
    /// PostgreSQL URL without its password).
    #[error("the database {location} cannot be used: {source}")]
    Database {
        location: String,
        #[source]
        source: sqlx::Error,
    },
    /// What the database holds for a server no longer passes the knowledge rules (the article
    /// changed under it, or someone edited the tables by hand). Every problem is listed.
    #[error("server {guild}'s stored knowledge has problems; fix or remove those entries:\n{problems}")]
    Damaged { guild: u64, problems: LoadError },
    /// Work moved off the async runtime's threads failed.
    #[error("a storage task failed: {0}")]
    Task(String),
}

impl From<Refusal> for StoreError {
    fn from(refusal: Refusal) -> StoreError {
        StoreError::Refused(refusal)
    }
}

impl From<Vec<FieldProblem>> for StoreError {
    fn from(problems: Vec<FieldProblem>) -> StoreError {
        StoreError::Refused(Refusal::Invalid(problems))
    }
}

impl From<tokio::task::JoinError> for StoreError {
    fn from(e: tokio::task::JoinError) -> StoreError {
        StoreError::Task(e.to_string())
    }
}
