//! The answering engine: a question and a knowledge base in, a reply out.
//! Pure: no Discord, no files, no clock, so every front end gets the same
//! answer for the same question.

mod analyze;
mod index;
mod reply;
mod score;
mod speller;
mod vocabulary;

use std::sync::Arc;

use regex::{RegexSet, RegexSetBuilder};

pub use analyze::{Analysis, Analyzer, Kind};
pub use index::CompiledEntry;
pub use reply::{AbstainReason, Outcome, QuoteRef, Reply, Suggestion};
pub use score::Tuning;

use crate::knowledge::{KnowledgeBase, Location, Source};
use index::Index;
use index::IndexedSentence;
use score::{entry_score, sentence_score, Query};

/// Questions longer than this are answered from their beginning: nobody
/// asks a 100 KB question, and the cost must stay bounded.
pub const MAX_QUESTION_CHARS: usize = 1000;

/// Compiled size of all of a knowledge base's triggers together, in bytes.
const TRIGGER_SET_SIZE: usize = 32 * 1024 * 1024;

/// How many topics an abstention suggests.
const SUGGESTIONS: usize = 3;

/// A knowledge base made searchable. Cheap to share (`Arc`) and immutable:
/// a change builds a new engine with [`Engine::with_entries`].
#[derive(Debug)]
pub struct Engine {
    source: Arc<Source>,
    analyzer: Arc<Analyzer>,
    compiled: Vec<Arc<CompiledEntry>>,
    index: Index,
    sentences: Arc<Vec<IndexedSentence>>,
    triggers: Arc<Triggers>,
    tuning: Tuning,
}

/// Every entry's regex triggers in one set, matched in one pass.
#[derive(Debug)]
struct Triggers {
    patterns: Vec<String>,
    /// Pattern index -> entry index.
    owners: Vec<usize>,
    set: RegexSet,
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
        let analyzer = Arc::new(Analyzer::new(&kb.lexicon));
        let compiled = kb.entries.iter().map(|e| Arc::new(CompiledEntry::new(&analyzer, Arc::clone(e)))).collect();
        let sentences = Arc::new(IndexedSentence::all(&kb.source, &analyzer));
        Engine::assemble(Arc::clone(&kb.source), analyzer, sentences, compiled, None, tuning)
    }

    fn assemble(
        source: Arc<Source>,
        analyzer: Arc<Analyzer>,
        sentences: Arc<Vec<IndexedSentence>>,
        compiled: Vec<Arc<CompiledEntry>>,
        old_triggers: Option<&Arc<Triggers>>,
        tuning: Tuning,
    ) -> Engine {
        let index = Index::build(&compiled, &sentences);
        let triggers = Triggers::build(&compiled, old_triggers);
        Engine { source, analyzer, compiled, index, sentences, triggers, tuning }
    }

    /// Analyses one entry with this engine's lexicon, for [`Engine::with_entries`].
    pub fn compile(&self, entry: Arc<crate::knowledge::Entry>) -> Arc<CompiledEntry> {
        Arc::new(CompiledEntry::new(&self.analyzer, entry))
    }

    /// The entries this engine answers from.
    pub fn entries(&self) -> &[Arc<CompiledEntry>] {
        &self.compiled
    }

    /// A new engine over other (already compiled) entries and the same
    /// article and lexicon. Only the index is rebuilt.
    pub fn with_entries(&self, compiled: Vec<Arc<CompiledEntry>>) -> Engine {
        Engine::assemble(
            Arc::clone(&self.source),
            Arc::clone(&self.analyzer),
            Arc::clone(&self.sentences),
            compiled,
            Some(&self.triggers),
            self.tuning,
        )
    }

    pub fn source(&self) -> &Arc<Source> {
        &self.source
    }

    /// The lexicon-aware analysis of a text, with spelling correction, as
    /// the engine sees a question.
    pub fn analyze(&self, text: &str) -> Analysis {
        let text = clip(text);
        let vocabulary = &self.analyzer.vocabulary;
        self.analyzer.analyze_with(text, |w| {
            if vocabulary.id(w).is_some_and(|id| self.index.knows(id)) {
                None
            } else {
                vocabulary.correct(w, |id| self.index.knows(id))
            }
        })
    }

    /// Answers a question. Never panics, whatever the input.
    pub fn answer(&self, question: &str) -> Reply {
        let analysis = self.analyze(question);
        let reply = |confidence: f32, outcome: Outcome| Reply { question: question.to_string(), confidence, outcome };
        if analysis.terms.is_empty() || analysis.offtopic > 0 {
            let small_talk = analysis.chatter > 0 || analysis.offtopic > 0;
            let reason = if small_talk { AbstainReason::Chatter } else { AbstainReason::Empty };
            return reply(0.0, Outcome::Abstain { reason, suggestions: self.suggest(&[]) });
        }
        let kind = analysis.kind.unwrap_or(Kind::Open);
        let query = Query::new(&self.index, &self.analyzer.vocabulary, &analysis.terms, kind, &self.tuning);
        let ranked = self.rank(&query, clip(question));
        if let Some(&(best, score)) = ranked.first() {
            if score >= self.tuning.answer_threshold {
                let e = &self.compiled[best].entry;
                return reply(
                    score,
                    Outcome::Answer {
                        entry: e.spec.id.clone(),
                        topic: e.spec.topic.clone(),
                        answer: e.spec.answer.clone(),
                        quotes: e.quotes.iter().map(|q| self.quote_ref(&q.at)).collect(),
                    },
                );
            }
        }
        if let Some((sentence, score)) = self.best_sentence(&query) {
            if score >= self.tuning.passage_threshold {
                let s = &self.sentences[sentence];
                let block = &self.source.article.blocks[s.block];
                let quote = QuoteRef {
                    text: block.text[s.start..s.end].to_string(),
                    paragraph: block.paragraph,
                    section: block.section.clone(),
                };
                return reply(score, Outcome::Passage { quotes: vec![quote] });
            }
        }
        let confidence = ranked.first().map_or(0.0, |&(_, s)| s);
        let near: Vec<usize> = ranked.iter().map(|&(e, _)| e).collect();
        reply(confidence, Outcome::Abstain { reason: AbstainReason::NotCovered, suggestions: self.suggest(&near) })
    }

    /// Entries by score, best first: a shortlist by vocabulary overlap
    /// from the postings, then the full score for each.
    fn rank(&self, q: &Query, question: &str) -> Vec<(usize, f32)> {
        let mut overlap = accumulate(q, &self.index, self.compiled.len());
        let triggered: Vec<usize> = if self.triggers.patterns.is_empty() {
            Vec::new()
        } else {
            self.triggers.set.matches(question).iter().map(|p| self.triggers.owners[p]).collect()
        };
        for &e in &triggered {
            if !overlap.iter().any(|&(o, _, _)| o as usize == e) {
                overlap.push((e as u32, 0.0, 0.0));
            }
        }
        let shortlist = self.tuning.shortlist.max(triggered.len());
        if overlap.len() > shortlist {
            overlap.select_nth_unstable_by(shortlist - 1, |a, b| b.1.total_cmp(&a.1));
            overlap.truncate(shortlist);
        }
        let mut ranked: Vec<(usize, f32)> = overlap
            .into_iter()
            .map(|(e, matched, missing)| {
                let e = e as usize;
                let coverage = q.coverage(matched, missing);
                let weights = &self.index.example_weights[e];
                let score = entry_score(q, &self.compiled[e], weights, coverage, triggered.contains(&e), &self.tuning);
                (e, score)
            })
            .collect();
        ranked.sort_unstable_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        ranked
    }

    /// Why the engine answers as it does: the question's terms with their
    /// weights and the best-scoring entries and sentence. For whoever
    /// curates the knowledge base (`citebot ask --explain`).
    pub fn explain(&self, question: &str) -> Explanation {
        let analysis = self.analyze(question);
        let kind = analysis.kind.unwrap_or(Kind::Open);
        let query = Query::new(&self.index, &self.analyzer.vocabulary, &analysis.terms, kind, &self.tuning);
        let terms = analysis.terms.iter().zip(&query.terms).map(|(t, &(id, w))| (t.clone(), w, id.is_some())).collect();
        let entries = self
            .rank(&query, clip(question))
            .into_iter()
            .take(5)
            .map(|(e, s)| (self.compiled[e].entry.spec.id.clone(), s))
            .collect();
        let sentence = self.best_sentence(&query).map(|(i, s)| {
            let sent = &self.sentences[i];
            (self.source.article.blocks[sent.block].text[sent.start..sent.end].to_string(), s)
        });
        Explanation { kind, terms, entries, sentence }
    }

    /// Example questions most like what has been typed so far, for
    /// autocomplete: those containing the typed text first, then those of
    /// the best-matching entries. With nothing typed, one per topic.
    pub fn similar_questions(&self, typed: &str, limit: usize) -> Vec<String> {
        let typed = clip(typed).trim();
        let mut out: Vec<String> = Vec::new();
        let push = |q: &String, out: &mut Vec<String>| {
            if out.len() < limit && !out.contains(q) {
                out.push(q.clone());
            }
        };
        if typed.is_empty() {
            for s in self.suggest_all() {
                push(&s.example, &mut out);
            }
            return out;
        }
        let needle = typed.to_lowercase();
        for c in &self.compiled {
            for q in c.entry.spec.questions.iter().filter(|q| q.to_lowercase().contains(&needle)) {
                push(q, &mut out);
            }
        }
        let analysis = self.analyze(typed);
        let query = Query::new(
            &self.index,
            &self.analyzer.vocabulary,
            &analysis.terms,
            analysis.kind.unwrap_or(Kind::Open),
            &self.tuning,
        );
        for (e, score) in self.rank(&query, typed) {
            if score <= 0.0 {
                break;
            }
            for q in &self.compiled[e].entry.spec.questions {
                push(q, &mut out);
            }
        }
        out
    }

    /// The article's sentences that share words with `text`, best first.
    pub fn search_sentences(&self, text: &str, limit: usize) -> Vec<QuoteRef> {
        let analysis = self.analyze(text);
        let query = Query::new(&self.index, &self.analyzer.vocabulary, &analysis.terms, Kind::Open, &self.tuning);
        let mut scored: Vec<(usize, f32)> = self
            .sentences
            .iter()
            .enumerate()
            .map(|(i, s)| (i, query.coverage_of(&s.terms).1))
            .filter(|&(_, c)| c > 0.0)
            .collect();
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        scored
            .into_iter()
            .take(limit)
            .map(|(i, _)| {
                let s = &self.sentences[i];
                let block = &self.source.article.blocks[s.block];
                QuoteRef {
                    text: block.text[s.start..s.end].to_string(),
                    paragraph: block.paragraph,
                    section: block.section.clone(),
                }
            })
            .collect()
    }

    /// One suggestion per topic, in knowledge-base order: what the bot covers.
    pub fn suggest_all(&self) -> Vec<Suggestion> {
        let mut out: Vec<Suggestion> = Vec::new();
        for c in &self.compiled {
            let spec = &c.entry.spec;
            if !out.iter().any(|s| s.topic == spec.topic) {
                out.push(Suggestion { topic: spec.topic.clone(), example: spec.questions[0].clone() });
            }
        }
        out
    }

    fn best_sentence(&self, q: &Query) -> Option<(usize, f32)> {
        self.sentences.iter().enumerate().map(|(i, s)| (i, sentence_score(q, s, &self.tuning))).fold(
            None,
            |best: Option<(usize, f32)>, (i, s)| match best {
                Some((_, b)) if b >= s => best,
                _ => Some((i, s)),
            },
        )
    }

    /// Distinct topics of the nearest entries, or the first topics of the
    /// knowledge base when nothing is near.
    fn suggest(&self, near: &[usize]) -> Vec<Suggestion> {
        let mut out: Vec<Suggestion> = Vec::new();
        let all = 0..self.compiled.len();
        for e in near.iter().copied().chain(all) {
            let spec = &self.compiled[e].entry.spec;
            if out.len() == SUGGESTIONS {
                break;
            }
            if !out.iter().any(|s| s.topic == spec.topic) {
                let example = spec.questions.first().cloned().unwrap_or_default();
                out.push(Suggestion { topic: spec.topic.clone(), example });
            }
        }
        out
    }

    fn quote_ref(&self, at: &Location) -> QuoteRef {
        let block = &self.source.article.blocks[at.block];
        QuoteRef {
            text: block.text[at.start..at.end].to_string(),
            paragraph: at.paragraph,
            section: at.section.clone(),
        }
    }
}

thread_local! {
    /// Per-entry sums for [`accumulate`], reused across questions so a large
    /// knowledge base costs no allocation per question.
    static SCRATCH: std::cell::RefCell<Vec<(f32, f32)>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// For every entry sharing a term with the question: the matched weight and
/// the matched terms' weight when missing (see [`Query::coverage`]).
fn accumulate(q: &Query, index: &Index, entries: usize) -> Vec<(u32, f32, f32)> {
    SCRATCH.with(|cell| {
        let mut sums = cell.borrow_mut();
        if sums.len() < entries {
            sums.resize(entries, (0.0, 0.0));
        }
        let mut touched: Vec<u32> = Vec::new();
        for (i, &(id, w)) in q.terms.iter().enumerate() {
            for &e in id.map_or(&[][..], |id| index.entries_with(id)) {
                let slot = &mut sums[e as usize];
                if slot.0 == 0.0 {
                    touched.push(e);
                }
                slot.0 += w;
                slot.1 += q.missing[i];
            }
        }
        touched
            .into_iter()
            .map(|e| {
                let (w, m) = std::mem::take(&mut sums[e as usize]);
                (e, w, m)
            })
            .collect()
    })
}

/// What [`Engine::explain`] reports.
#[derive(Debug, Clone)]
pub struct Explanation {
    pub kind: Kind,
    /// Each term, its weight, and whether the knowledge base knows it.
    pub terms: Vec<(String, f32, bool)>,
    /// The best entries by score.
    pub entries: Vec<(String, f32)>,
    /// The best sentence of the article, and its score.
    pub sentence: Option<(String, f32)>,
}

/// The first [`MAX_QUESTION_CHARS`] characters of a question.
fn clip(question: &str) -> &str {
    match question.char_indices().nth(MAX_QUESTION_CHARS) {
        Some((at, _)) => &question[..at],
        None => question,
    }
}
