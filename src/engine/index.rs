//! The searchable form of a knowledge base: term weights, postings from
//! terms to entries, and each entry's analysed examples.

use std::collections::HashMap;
use std::sync::Arc;

use super::analyze::{mentions_number, mentions_time, Analyzer, Kind, Kinds, Term};
use crate::knowledge::{Entry, Source};

/// An entry analysed once, so rebuilding an index after a change costs
/// only the merging of already-analysed entries.
#[derive(Debug)]
pub struct CompiledEntry {
    pub entry: Arc<Entry>,
    /// Terms of each example question.
    examples: Vec<Vec<Term>>,
    example_kinds: Vec<Kind>,
    /// Every term of the entry: examples, topic, answer and quotes.
    bag: Vec<Term>,
    kinds: Kinds,
}

impl CompiledEntry {
    pub fn new(analyzer: &Analyzer, entry: Arc<Entry>) -> CompiledEntry {
        let mut kinds = Kinds::default();
        let mut bag: Vec<Term> = Vec::new();
        let mut examples = Vec::with_capacity(entry.spec.questions.len());
        let mut example_kinds = Vec::with_capacity(entry.spec.questions.len());
        for q in &entry.spec.questions {
            let a = analyzer.analyze(q);
            let kind = a.kind.unwrap_or(Kind::Open);
            kinds.insert(kind);
            example_kinds.push(kind);
            bag.extend(a.terms.iter().cloned());
            examples.push(a.terms);
        }
        let spec = &entry.spec;
        let quotes = entry.quotes.iter().map(|q| q.text.as_str());
        for text in [spec.topic.as_str(), spec.answer.as_str()].into_iter().chain(quotes) {
            bag.extend(analyzer.analyze(text).terms);
        }
        bag.sort_unstable();
        bag.dedup();
        CompiledEntry { entry, examples, example_kinds, bag, kinds }
    }
}

/// One entry in the index: its terms as ids, sorted for quick membership.
#[derive(Debug)]
pub struct IndexedEntry {
    pub examples: Vec<Vec<u32>>,
    pub example_weights: Vec<f32>,
    pub example_kinds: Vec<Kind>,
    pub kinds: Kinds,
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
}

#[derive(Debug)]
pub struct Index {
    ids: HashMap<Term, u32>,
    /// Inverse document frequency of each term over entries.
    weights: Vec<f32>,
    /// The weight of a term no entry uses: the highest there is, because a
    /// question about something the knowledge base never mentions should
    /// not be answered by what it does mention.
    pub unknown_weight: f32,
    pub entries: Vec<IndexedEntry>,
    /// Term id -> indices of the entries whose bag holds it.
    pub postings: Vec<Vec<u32>>,
    pub sentences: Vec<IndexedSentence>,
}

impl Index {
    pub fn build(compiled: &[Arc<CompiledEntry>], source: &Source, analyzer: &Analyzer) -> Index {
        let mut ids: HashMap<Term, u32> = HashMap::new();
        let mut postings: Vec<Vec<u32>> = Vec::new();
        let mut intern = |t: &Term, postings: &mut Vec<Vec<u32>>| -> u32 {
            if let Some(&id) = ids.get(t) {
                return id;
            }
            let id = postings.len() as u32;
            ids.insert(t.clone(), id);
            postings.push(Vec::new());
            id
        };
        let mut entries = Vec::with_capacity(compiled.len());
        for (n, c) in compiled.iter().enumerate() {
            for t in &c.bag {
                let t = intern(t, &mut postings);
                postings[t as usize].push(n as u32);
            }
            let examples = c
                .examples
                .iter()
                .map(|ex| {
                    let mut v: Vec<u32> = ex.iter().map(|t| intern(t, &mut postings)).collect();
                    v.sort_unstable();
                    v.dedup();
                    v
                })
                .collect();
            entries.push(IndexedEntry {
                examples,
                example_weights: Vec::new(),
                example_kinds: c.example_kinds.clone(),
                kinds: c.kinds,
            });
        }
        let article = &source.article;
        let sentences = article
            .sentences()
            .map(|s| {
                let text = article.sentence_text(s);
                let mut terms: Vec<u32> =
                    analyzer.analyze(text).terms.iter().map(|t| intern(t, &mut postings)).collect();
                terms.sort_unstable();
                terms.dedup();
                IndexedSentence {
                    block: s.block,
                    start: s.start,
                    end: s.end,
                    terms,
                    mentions_time: mentions_time(text),
                    mentions_number: mentions_number(text),
                }
            })
            .collect();

        let n = compiled.len() as f32;
        let idf = |df: usize| ((n + 1.0) / (df as f32 + 0.5)).ln().max(0.1);
        let weights: Vec<f32> = postings.iter().map(|p| idf(p.len())).collect();
        for e in &mut entries {
            e.example_weights = e.examples.iter().map(|ex| ex.iter().map(|&t| weights[t as usize]).sum()).collect();
        }
        Index { ids, weights, unknown_weight: idf(0), entries, postings, sentences }
    }

    pub fn id(&self, term: &str) -> Option<u32> {
        self.ids.get(term).copied()
    }

    pub fn weight(&self, id: Option<u32>) -> f32 {
        id.map_or(self.unknown_weight, |id| self.weights[id as usize])
    }

    /// Every term the index knows, most used first (for the speller).
    pub fn terms_by_use(&self) -> Vec<&str> {
        let mut terms: Vec<(&str, usize)> =
            self.ids.iter().map(|(t, &id)| (t.as_str(), self.postings[id as usize].len())).collect();
        terms.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        terms.into_iter().map(|(t, _)| t).collect()
    }
}
