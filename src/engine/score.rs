//! How well an entry or a sentence answers a question.
//!
//! The central quantity is *coverage*: how much of the question's meaning
//! (its terms, weighted by rarity) the candidate accounts for. A question
//! about something the knowledge base never mentions leaves heavy terms
//! uncovered, which is what makes the engine abstain instead of quoting
//! something loosely related.

use super::analyze::Kind;
use super::index::{CompiledEntry, Index, IndexedSentence};
use super::vocabulary::Vocabulary;

/// The knobs of the scorer, in one place so they are tuned together
/// (with `citebot eval`), never per question.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// How much more covering the question matters than covering the
    /// example, in the example F-score.
    pub beta: f32,
    /// Share of the score from the best example (the rest from the whole
    /// entry's vocabulary).
    pub example_share: f32,
    /// Factor for an entry none of whose examples asks this kind of
    /// question, for "when", "where", "why" and "how many" questions.
    pub kind_mismatch: f32,
    /// The same for "who" questions, which are often asked as "which".
    pub who_mismatch: f32,
    /// Added when one of the entry's regex triggers matches.
    pub trigger_bonus: f32,
    /// Least confidence to answer from an entry.
    pub answer_threshold: f32,
    /// Least confidence to answer with a bare article sentence.
    pub passage_threshold: f32,
    /// How many entries, best by vocabulary overlap, get a full score.
    pub shortlist: usize,
    /// Weight of a word no entry uses, relative to the rarest known word.
    pub unknown_factor: f32,
    /// Least weight a question word counts with when the candidate does
    /// not account for it: a common word like "president" is cheap to
    /// match, but leaving it unexplained changes the question.
    pub unmatched_floor: f32,
    /// Factor for an example of another kind than the question's.
    pub example_kind: f32,
    /// The unmatched floor for article sentences: a bare sentence has no
    /// curated intent behind it, so what it leaves out weighs more.
    pub passage_floor: f32,
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning {
            beta: 2.0,
            example_share: 0.7,
            kind_mismatch: 0.45,
            who_mismatch: 0.8,
            trigger_bonus: 0.15,
            answer_threshold: 0.5,
            passage_threshold: 0.62,
            shortlist: 24,
            unknown_factor: 1.0,
            unmatched_floor: 2.0,
            example_kind: 0.85,
            passage_floor: 1.5,
        }
    }
}

/// A question's terms with their weights. `None` ids are terms no entry
/// and no sentence uses.
#[derive(Debug)]
pub struct Query {
    pub terms: Vec<(Option<u32>, f32)>,
    /// Each term's weight when left unmatched (at least the floor).
    pub missing: Vec<f32>,
    pub total: f32,
    pub total_missing: f32,
    pub kind: Kind,
}

impl Query {
    pub fn new(index: &Index, vocabulary: &Vocabulary, terms: &[String], kind: Kind, tuning: &Tuning) -> Query {
        let terms: Vec<(Option<u32>, f32)> = terms
            .iter()
            .map(|t| {
                let id = vocabulary.id(t).filter(|&id| index.knows(id));
                let w = index.weight(id);
                (id, if id.is_none() { w * tuning.unknown_factor } else { w })
            })
            .collect();
        let missing: Vec<f32> = terms.iter().map(|&(_, w)| w.max(tuning.unmatched_floor)).collect();
        let total = terms.iter().map(|(_, w)| w).sum();
        let total_missing = missing.iter().sum();
        Query { terms, missing, total, total_missing, kind }
    }

    /// How much of the question a sorted term list accounts for: the
    /// matched weight, and the coverage.
    pub fn coverage_of(&self, sorted: &[u32]) -> (f32, f32) {
        let mut matched = 0.0;
        let mut matched_missing = 0.0;
        for (i, (id, w)) in self.terms.iter().enumerate() {
            if id.is_some_and(|id| sorted.binary_search(&id).is_ok()) {
                matched += w;
                matched_missing += self.missing[i];
            }
        }
        (matched, self.coverage(matched, matched_missing))
    }

    /// Matched weight over matched weight plus what is left unmatched, from
    /// the matched weight and the matched terms' `missing` weights, so the
    /// unmatched rest is known without knowing which terms it holds.
    pub fn coverage(&self, matched: f32, matched_missing: f32) -> f32 {
        let unmatched = (self.total_missing - matched_missing).max(0.0);
        if matched <= 0.0 {
            0.0
        } else {
            matched / (matched + unmatched)
        }
    }
}

/// The full score of an entry for a question, in [0, 1].
pub fn entry_score(
    q: &Query,
    e: &CompiledEntry,
    example_weights: &[f32],
    coverage: f32,
    triggered: bool,
    t: &Tuning,
) -> f32 {
    if q.total <= 0.0 {
        return 0.0;
    }
    let best_example = e
        .examples()
        .iter()
        .zip(example_weights)
        .zip(e.example_kinds())
        .map(|((ex, &weight), &kind)| {
            let (matched, recall) = q.coverage_of(ex);
            let f = f_score(recall, matched / weight.max(f32::EPSILON), t.beta);
            if q.kind != Kind::Open && kind != q.kind {
                f * t.example_kind
            } else {
                f
            }
        })
        .fold(0.0, f32::max);
    let mut score = t.example_share * best_example + (1.0 - t.example_share) * coverage;
    if !e.kinds().serves(q.kind) {
        score *= if q.kind == Kind::Who { t.who_mismatch } else { t.kind_mismatch };
    }
    if triggered {
        score += t.trigger_bonus;
    }
    score.clamp(0.0, 1.0)
}

/// The score of an article sentence: mostly how much of the question it
/// covers, a little how focused it is. A "when" question needs a sentence
/// that mentions a time, a "how many" question one with a number, a "why"
/// question one that gives a reason.
pub fn sentence_score(q: &Query, s: &IndexedSentence, t: &Tuning) -> f32 {
    if q.total <= 0.0 || s.terms.is_empty() {
        return 0.0;
    }
    let (matched, _) = q.coverage_of(&s.terms);
    let unmatched: f32 = q
        .terms
        .iter()
        .filter(|(id, _)| !id.is_some_and(|id| s.terms.binary_search(&id).is_ok()))
        .map(|&(_, w)| w.max(t.passage_floor))
        .sum();
    let coverage = if matched > 0.0 { matched / (matched + unmatched) } else { 0.0 };
    let focus = q.terms.iter().filter(|(id, _)| id.is_some()).count().min(s.terms.len()) as f32 / s.terms.len() as f32;
    let fits = match q.kind {
        Kind::When => s.mentions_time,
        Kind::HowMany => s.mentions_number,
        Kind::Why => s.mentions_reason,
        _ => true,
    };
    let score = 0.9 * coverage + 0.1 * focus;
    (if fits { score } else { score * t.kind_mismatch }).clamp(0.0, 1.0)
}

/// Weighted harmonic mean of question coverage (`recall`) and example
/// coverage (`precision`), favouring recall by `beta`.
fn f_score(recall: f32, precision: f32, beta: f32) -> f32 {
    if recall <= 0.0 || precision <= 0.0 {
        return 0.0;
    }
    let b2 = beta * beta;
    (1.0 + b2) * precision * recall / (b2 * precision + recall)
}

#[cfg(test)]
mod tests {
    use super::f_score;

    #[test]
    fn f_score_favours_covering_the_question() {
        assert!(f_score(1.0, 0.5, 2.0) > f_score(0.5, 1.0, 2.0));
        assert_eq!(f_score(0.0, 1.0, 2.0), 0.0);
        assert!((f_score(1.0, 1.0, 2.0) - 1.0).abs() < 1e-6);
    }
}
