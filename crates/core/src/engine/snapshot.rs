//! The shipped knowledge analysed ahead of time.
//!
//! Analysing the knowledge base (parsing the lexicon, validating every
//! quote, reading some 1,700 example questions and the article) costs tens
//! of milliseconds: more than answering thousands of questions. The build
//! script does it once, with this same engine, and writes the result; the
//! binary reads it back at start in about a millisecond. What is cheap and
//! derived (the term index, the quote finder, the triggers' regex set, the
//! speller) is rebuilt on load rather than stored.

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use super::analyze::Analyzer;
use super::index::{ArticleIndex, CompiledEntry};
use super::vocabulary::Vocabulary;
use super::{Engine, Tuning};
use crate::knowledge::{Article, Source};

/// Bumped whenever what a snapshot holds changes shape.
const FORMAT: u32 = 17;

#[derive(Serialize, Deserialize)]
struct Snapshot {
    format: u32,
    article: Article,
    analyzer: Analyzer,
    /// The vocabulary's words in id order, and how many are the lexicon's.
    words: Vec<String>,
    shared: u32,
    compiled: Vec<CompiledEntry>,
    index: ArticleIndex,
}

/// Why a snapshot could not be read.
#[derive(Debug)]
pub struct SnapshotError(String);

impl std::fmt::Display for SnapshotError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the analysed knowledge could not be read: {}", self.0)
    }
}

impl std::error::Error for SnapshotError {}

impl Engine {
    /// This engine's analysis, to be read back by [`Engine::from_snapshot`].
    /// Only for an engine over a whole knowledge base (not a server's layer).
    pub fn snapshot(&self) -> Vec<u8> {
        let (words, shared) = self.vocabulary.words();
        let snapshot = SnapshotRef {
            format: FORMAT,
            article: &self.source.article,
            analyzer: &self.analyzer,
            words,
            shared,
            compiled: self.compiled.iter().map(|c| &**c).collect(),
            index: &self.article,
        };
        postcard::to_stdvec(&snapshot).expect("an engine always serializes")
    }

    /// The engine a [`Engine::snapshot`] was taken of, with the default
    /// tuning.
    pub fn from_snapshot(bytes: &[u8]) -> Result<Engine, SnapshotError> {
        let s: Snapshot = postcard::from_bytes(bytes).map_err(|e| SnapshotError(e.to_string()))?;
        if s.format != FORMAT {
            return Err(SnapshotError(format!("format {} where {FORMAT} was expected", s.format)));
        }
        let analyzer = s.analyzer;
        let vocabulary = Arc::new(Vocabulary::from_words(s.words, s.shared));
        let compiled = s.compiled.into_iter().map(Arc::new).collect();
        Ok(Engine::assemble(
            Arc::new(Source::new(s.article)),
            Arc::new(analyzer),
            vocabulary,
            Arc::new(s.index),
            compiled,
            None,
            Tuning::default(),
        ))
    }
}

/// [`Snapshot`] borrowing from an engine, for writing.
#[derive(Serialize)]
struct SnapshotRef<'a> {
    format: u32,
    article: &'a Article,
    analyzer: &'a Analyzer,
    words: Vec<String>,
    shared: u32,
    compiled: Vec<&'a CompiledEntry>,
    index: &'a ArticleIndex,
}
