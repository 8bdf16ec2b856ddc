//! How well an entry or a sentence answers a question.
//!
//! The central quantity is *coverage*: how much of the question's meaning
//! (its terms, weighted by rarity) the candidate accounts for. A question
//! about something the knowledge base never mentions leaves heavy terms
//! uncovered, which is what makes the engine abstain instead of quoting
//! something loosely related.

use super::analyze::Kind;
use super::index::{Index, IndexedEntry, IndexedSentence};

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
    /// Factor for an entry none of whose examples asks this kind of question.
    pub kind_mismatch: f32,
    /// Added when one of the entry's regex triggers matches.
    pub trigger_bonus: f32,
    /// Least confidence to answer from an entry.
    pub answer_threshold: f32,
    /// Least confidence to answer with a bare article sentence.
    pub passage_threshold: f32,
    /// How many entries, best by vocabulary overlap, get a full score.
    pub shortlist: usize,
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning {
            beta: 2.0,
            example_share: 0.5,
            kind_mismatch: 0.7,
            trigger_bonus: 0.15,
            answer_threshold: 0.5,
            passage_threshold: 0.62,
            shortlist: 24,
        }
    }
}

/// A question's terms with their weights. `None` ids are terms no entry
/// and no sentence uses.
#[derive(Debug)]
pub struct Query {
    pub terms: Vec<(Option<u32>, f32)>,
    pub total: f32,
    pub kind: Kind,
}

impl Query {
    pub fn new(index: &Index, terms: &[String], kind: Kind) -> Query {
        let terms: Vec<(Option<u32>, f32)> = terms
            .iter()
            .map(|t| {
                let id = index.id(t);
                (id, index.weight(id))
            })
            .collect();
        let total = terms.iter().map(|(_, w)| w).sum();
        Query { terms, total, kind }
    }

    /// The weight of the question's terms found in a sorted term list.
    fn matched(&self, sorted: &[u32]) -> f32 {
        self.terms.iter().filter(|(id, _)| id.is_some_and(|id| sorted.binary_search(&id).is_ok())).map(|(_, w)| w).sum()
    }
}

/// The full score of an entry for a question, in [0, 1].
pub fn entry_score(q: &Query, e: &IndexedEntry, bag_matched: f32, triggered: bool, t: &Tuning) -> f32 {
    if q.total <= 0.0 {
        return 0.0;
    }
    let coverage = bag_matched / q.total;
    let best_example = e
        .examples
        .iter()
        .zip(&e.example_weights)
        .map(|(ex, &weight)| f_score(q.matched(ex) / q.total, q.matched(ex) / weight.max(f32::EPSILON), t.beta))
        .fold(0.0, f32::max);
    let mut score = t.example_share * best_example + (1.0 - t.example_share) * coverage;
    if !e.kinds.serves(q.kind) {
        score *= t.kind_mismatch;
    }
    if triggered {
        score += t.trigger_bonus;
    }
    score.clamp(0.0, 1.0)
}

/// The score of an article sentence: mostly how much of the question it
/// covers, a little how focused it is.
pub fn sentence_score(q: &Query, s: &IndexedSentence) -> f32 {
    if q.total <= 0.0 || s.terms.is_empty() {
        return 0.0;
    }
    let matched = q.matched(&s.terms);
    let coverage = matched / q.total;
    let focus = q.terms.iter().filter(|(id, _)| id.is_some()).count().min(s.terms.len()) as f32 / s.terms.len() as f32;
    (0.9 * coverage + 0.1 * focus).clamp(0.0, 1.0)
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
