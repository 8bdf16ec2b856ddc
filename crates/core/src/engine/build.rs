//! Building an engine: a knowledge base analysed and indexed, a server's
//! engine over the shipped one reusing what is analysed, and the
//! entries' regex triggers in one set.

use std::sync::Arc;

use regex::{RegexSet, RegexSetBuilder};

use super::index::{ArticleIndex, Index};
use super::vocabulary::Vocabulary;
use super::{cited, Analyzer, CompiledEntry, Engine, Tuning};
use crate::knowledge::{Entry, KnowledgeBase, Source};

/// Compiled size of all of a knowledge base's triggers together, in bytes.
const TRIGGER_SET_SIZE: usize = 32 * 1024 * 1024;

/// Every entry's regex triggers in one set, matched in one pass.
#[derive(Debug)]
pub(super) struct Triggers {
    pub(super) patterns: Vec<String>,
    /// Pattern index -> entry index.
    pub(super) owners: Vec<usize>,
    pub(super) set: RegexSet,
}

impl Triggers {
    fn build(compiled: &[Arc<CompiledEntry>], reuse: Option<&Arc<Triggers>>) -> Arc<Triggers> {
        let mut patterns = Vec::new();
        let mut owners = Vec::new();
        for (n, c) in compiled.iter().enumerate() {
            for t in &c.entry.spec.triggers {
                patterns.push(t.clone());
                owners.push(n);
            }
        }
        if let Some(old) = reuse.filter(|old| old.patterns == patterns) {
            if old.owners == owners {
                return Arc::clone(old);
            }
        }
        // Each pattern compiled alone within the entry limit at load time;
        // the set gets room for many of them, within a fixed bound. Should
        // the set still not build, triggers are off (answers still work),
        // and the log says so.
        let set =
            RegexSetBuilder::new(&patterns).case_insensitive(true).size_limit(TRIGGER_SET_SIZE).build().unwrap_or_else(
                |e| {
                    tracing::warn!(error = %e, "the entries' triggers could not be combined; triggers are off");
                    RegexSet::empty()
                },
            );
        Arc::new(Triggers { patterns, owners, set })
    }
}

impl Engine {
    /// Analyses and indexes a whole knowledge base.
    pub fn new(kb: &KnowledgeBase) -> Engine {
        Engine::with_tuning(kb, Tuning::default())
    }

    pub fn with_tuning(kb: &KnowledgeBase, tuning: Tuning) -> Engine {
        let analyzer = Arc::new(Analyzer::new(&kb.lexicon, Arc::clone(&kb.english)));
        let vocabulary = Arc::new(Vocabulary::default());
        vocabulary.intern_all(&analyzer.known_words());
        vocabulary.share();
        let article = Arc::new(ArticleIndex::new(&kb.source, &analyzer, &vocabulary));
        let compiled = kb
            .entries
            .iter()
            .map(|e| Arc::new(CompiledEntry::new(&analyzer, &vocabulary, &article, Arc::clone(e))))
            .collect();
        Engine::assemble(Arc::clone(&kb.source), analyzer, vocabulary, article, compiled, None, tuning)
    }

    pub(super) fn assemble(
        source: Arc<Source>,
        analyzer: Arc<Analyzer>,
        vocabulary: Arc<Vocabulary>,
        article: Arc<ArticleIndex>,
        compiled: Vec<Arc<CompiledEntry>>,
        previous: Option<&Engine>,
        tuning: Tuning,
    ) -> Engine {
        let index = Index::build(&compiled, &article.sentences);
        let triggers = Triggers::build(&compiled, previous.map(|p| &p.triggers));
        // The same article as `previous` (a server's engine keeps it).
        let cited =
            previous.map_or_else(|| Arc::new(cited::SentenceWords::new(&source, &article)), |p| Arc::clone(&p.cited));
        Engine { source, analyzer, vocabulary, compiled, index, article, triggers, cited, tuning }
    }

    /// The entries this engine answers from.
    pub fn entries(&self) -> &[Arc<CompiledEntry>] {
        &self.compiled
    }

    /// A server's engine: this engine's article and lexicon over other
    /// `entries` (the shipped ones the server kept, and its own). Entries
    /// this engine or `previous` (the server's engine before a change)
    /// already analysed are reused, so a change costs the new entries'
    /// analysis and one index build. The server's own words go to its own
    /// vocabulary layer, shared with `previous` and dropped with it.
    pub fn with_entries(&self, entries: Vec<Arc<Entry>>, previous: Option<&Engine>) -> Engine {
        let previous = previous.filter(|p| p.vocabulary.extends(&self.vocabulary) && !p.layer_is_bloated());
        let vocabulary = match previous {
            Some(p) => Arc::clone(&p.vocabulary),
            None => Arc::new(self.vocabulary.layer()),
        };
        let mut known: rustc_hash::FxHashMap<&str, &Arc<CompiledEntry>> = rustc_hash::FxHashMap::default();
        for c in self.compiled.iter().chain(previous.map_or(&[][..], |p| &p.compiled)) {
            known.insert(c.entry.id(), c);
        }
        let reused: Vec<Result<Arc<CompiledEntry>, Arc<Entry>>> = entries
            .into_iter()
            .map(|entry| match known.get(entry.id()) {
                Some(c) if Arc::ptr_eq(&c.entry, &entry) || c.entry.spec == entry.spec => Ok(Arc::clone(c)),
                _ => Err(entry),
            })
            .collect();
        let compiled = self.compile_all(&vocabulary, reused);
        Engine::assemble(
            Arc::clone(&self.source),
            Arc::clone(&self.analyzer),
            vocabulary,
            Arc::clone(&self.article),
            compiled,
            Some(self),
            self.tuning,
        )
    }

    /// Analyses the entries not analysed yet (`Err`), on all cores when there
    /// are many (a server read for the first time may have thousands). The
    /// order is kept.
    fn compile_all(
        &self,
        vocabulary: &Vocabulary,
        entries: Vec<Result<Arc<CompiledEntry>, Arc<Entry>>>,
    ) -> Vec<Arc<CompiledEntry>> {
        let compile = |e: &Result<Arc<CompiledEntry>, Arc<Entry>>| match e {
            Ok(compiled) => Arc::clone(compiled),
            Err(entry) => Arc::new(CompiledEntry::new(&self.analyzer, vocabulary, &self.article, Arc::clone(entry))),
        };
        let new = entries.iter().filter(|e| e.is_err()).count();
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
        if new < 512 || threads == 1 {
            return entries.iter().map(compile).collect();
        }
        let chunk = entries.len().div_ceil(threads);
        std::thread::scope(|scope| {
            let workers: Vec<_> = entries
                .chunks(chunk)
                .map(|part| scope.spawn(move || part.iter().map(compile).collect::<Vec<_>>()))
                .collect();
            // A worker that panicked takes the build down with it, as one
            // thread would: the caller keeps serving what it had.
            workers
                .into_iter()
                .flat_map(|w| w.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
                .collect()
        })
    }

    /// Whether this server engine's vocabulary layer holds many more words
    /// than its entries use (after many removals), so the next change
    /// should start a fresh layer.
    fn layer_is_bloated(&self) -> bool {
        let used: usize = self.compiled.iter().map(|c| c.bag().len()).sum();
        self.vocabulary.own_len() > 2 * used + 4096
    }
}
