//! The searchable form of a knowledge base: term weights, postings from
//! terms to entries, and each entry's analysed examples.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::analyze::{mentions_number, mentions_reason, mentions_time, Analyzer, Kind, Kinds};
use crate::knowledge::{Entry, Source};

/// An entry analysed once, its terms numbered, so rebuilding an index after
/// a change costs only the merging of already-analysed entries.
#[derive(Debug)]
pub struct CompiledEntry {
    pub entry: Arc<Entry>,
    /// Term ids of each example question, sorted.
    examples: Vec<Vec<u32>>,
    example_kinds: Vec<Kind>,
    /// Every term of the entry (examples, topic, answer, quotes), sorted.
    bag: Vec<u32>,
    kinds: Kinds,
}

impl CompiledEntry {
    pub fn new(analyzer: &Analyzer, entry: Arc<Entry>) -> CompiledEntry {
        let mut kinds = Kinds::default();
        let mut bag: Vec<u32> = Vec::new();
        let mut examples = Vec::with_capacity(entry.spec.questions.len());
        let mut example_kinds = Vec::with_capacity(entry.spec.questions.len());
        for q in &entry.spec.questions {
            let a = analyzer.analyze(q);
            let kind = a.kind.unwrap_or(Kind::Open);
            kinds.insert(kind);
            example_kinds.push(kind);
            let mut ids = analyzer.vocabulary.intern_all(&a.terms);
            bag.extend_from_slice(&ids);
            ids.sort_unstable();
            ids.dedup();
            examples.push(ids);
        }
        let spec = &entry.spec;
        let quotes = entry.quotes.iter().map(|q| q.text.as_str());
        for text in [spec.topic.as_str(), spec.answer.as_str()].into_iter().chain(quotes) {
            bag.extend(analyzer.vocabulary.intern_all(&analyzer.analyze(text).terms));
        }
        bag.sort_unstable();
        bag.dedup();
        CompiledEntry { entry, examples, example_kinds, bag, kinds }
    }

    pub fn examples(&self) -> &[Vec<u32>] {
        &self.examples
    }

    pub fn example_kinds(&self) -> &[Kind] {
        &self.example_kinds
    }

    pub fn kinds(&self) -> Kinds {
        self.kinds
    }
}

/// One sentence of the article, for the passage fallback.
#[derive(Debug)]
pub struct IndexedSentence {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub terms: Vec<u32>,
    pub mentions_time: bool,
    pub mentions_number: bool,
    pub mentions_reason: bool,
}

impl IndexedSentence {
    /// The article's sentences, analysed: the same for every engine over
    /// one article, so built once and shared.
    pub fn all(source: &Source, analyzer: &Analyzer) -> Vec<IndexedSentence> {
        let article = &source.article;
        article
            .sentences()
            .map(|s| {
                let text = article.sentence_text(s);
                let mut terms = analyzer.vocabulary.intern_all(&analyzer.analyze(text).terms);
                terms.sort_unstable();
                terms.dedup();
                IndexedSentence {
                    block: s.block,
                    start: s.start,
                    end: s.end,
                    terms,
                    mentions_time: mentions_time(text),
                    mentions_number: mentions_number(text),
                    mentions_reason: mentions_reason(text),
                }
            })
            .collect()
    }
}

/// A term's entries and weight in one index.
#[derive(Debug, Default)]
pub struct Posting {
    pub entries: Vec<u32>,
    pub weight: f32,
}

#[derive(Debug)]
pub struct Index {
    /// Term id -> the entries whose bag holds it, and its weight: inverse
    /// document frequency over entries. Article words no entry uses are
    /// here too, with no entries.
    postings: FxHashMap<u32, Posting>,
    /// The weight of a term no entry uses: the highest there is, because a
    /// question about something the knowledge base never mentions should
    /// not be answered by what it does mention.
    pub unknown_weight: f32,
    /// Each entry's example weights (sum of its terms' weights).
    pub example_weights: Vec<Vec<f32>>,
}

impl Index {
    pub fn build(compiled: &[Arc<CompiledEntry>], sentences: &[IndexedSentence]) -> Index {
        let mut postings: FxHashMap<u32, Posting> = FxHashMap::default();
        for (n, c) in compiled.iter().enumerate() {
            for &t in &c.bag {
                postings.entry(t).or_default().entries.push(n as u32);
            }
        }
        for s in sentences {
            for &t in &s.terms {
                postings.entry(t).or_default();
            }
        }
        let n = compiled.len() as f32;
        let idf = |df: usize| ((n + 1.0) / (df as f32 + 0.5)).ln().max(0.1);
        for p in postings.values_mut() {
            p.weight = idf(p.entries.len());
        }
        let weight = |t: &u32| postings.get(t).map_or(idf(0), |p| p.weight);
        let example_weights =
            compiled.iter().map(|c| c.examples.iter().map(|ex| ex.iter().map(weight).sum()).collect()).collect();
        Index { postings, unknown_weight: idf(0), example_weights }
    }

    /// Whether this index holds the term (in an entry or the article).
    pub fn knows(&self, id: u32) -> bool {
        self.postings.contains_key(&id)
    }

    pub fn entries_with(&self, id: u32) -> &[u32] {
        self.postings.get(&id).map_or(&[], |p| &p.entries)
    }

    /// A term's weight; a term no entry uses weighs `unknown_weight`.
    pub fn weight(&self, id: Option<u32>) -> f32 {
        match id.and_then(|id| self.postings.get(&id)) {
            Some(p) if !p.entries.is_empty() => p.weight,
            _ => self.unknown_weight,
        }
    }
}
