//! How well an entry or a sentence answers a question.
//!
//! The central quantity is *coverage*: how much of the question's meaning
//! (its terms, weighted by rarity and by their role in the message) the
//! candidate accounts for. A question about something the knowledge base
//! never mentions leaves heavy terms uncovered, which is what makes the
//! engine abstain instead of quoting something loosely related. Words
//! around the question (framing, context) help find a candidate but cost
//! little when it leaves them out.

mod judge;
mod query;

pub use judge::*;
pub use query::*;

use super::analyze::{Analysis, Analyzer, EntityType, QTerm};
use super::index::{CompiledEntry, Index, IndexedSentence, Offer};
use super::kind::{Asks, Kind};
use super::message::{yes_no_verb, Form, Role};
use super::vocabulary::Vocabulary;

/// The knobs of the scorer, in one place so they are tuned together
/// (with `citebot eval` and `examples/tune.rs`), never per question.
#[derive(Debug, Clone, Copy)]
pub struct Tuning {
    /// How much more covering the question matters than covering the
    /// example, in the example F-score.
    pub beta: f32,
    /// Share of the score from the best example (the rest from the whole
    /// entry's vocabulary).
    pub example_share: f32,
    /// Factor for a candidate that cannot give what the question asks for
    /// (a time for "when", a new name for "who", …).
    pub kind_mismatch: f32,
    /// Factor for a candidate that leaves out the question's focus: a core
    /// word that names no one ("arrive", "reply", "ordered").
    pub focus_miss: f32,
    /// Added when one of the entry's regex triggers matches.
    pub trigger_bonus: f32,
    /// Least confidence to answer from an entry.
    pub answer_threshold: f32,
    /// Least confidence to answer with a bare article sentence.
    pub passage_threshold: f32,
    /// How many entries, best by vocabulary overlap, get a full score.
    pub shortlist: usize,
    /// Weight of a word the knowledge base does not know, relative to the
    /// rarest known word.
    pub unknown_factor: f32,
    /// Weight of a word only the article's sentences use, relative to an
    /// unknown word.
    pub article_factor: f32,
    /// Least weight a core word counts with when the candidate does not
    /// account for it: a common word like "president" is cheap to match,
    /// but leaving it unexplained changes the question.
    pub unmatched_floor: f32,
    /// Factor for an example of another kind than the question's.
    pub example_kind: f32,
    /// The unmatched floor for article sentences: a bare sentence has no
    /// curated intent behind it, so what it leaves out weighs more.
    pub passage_floor: f32,
    /// What a context word (around the question) earns when matched…
    pub context_credit: f32,
    /// …and costs when not.
    pub context_penalty: f32,
    /// What one side of "A or B" costs when the candidate leaves it out.
    pub alternative_penalty: f32,
    /// English words at least this common (Zipf) are light: "way", "lot".
    pub light_zipf: f32,
    /// How much an unknown adverb in -ly weighs, relative to other words.
    pub adverb_lightness: f32,
    /// How much more a score counts for each core term beyond four.
    pub length_boost: f32,
    /// How far a sentence that has every focus word must score above an
    /// entry that leaves one out to answer instead of it.
    pub sentence_margin: f32,
    /// The share of the question's focus weight whose absence costs the
    /// full `focus_miss`; leaving out less costs proportionally less.
    pub focus_share: f32,
    /// A group or country the question names and a candidate leaves out
    /// makes it a wrong answer when it weighs at least this: "the US
    /// position" is not the four countries'. "Libya", in most passages,
    /// weighs too little to count.
    pub absent_name_weight: f32,
    /// Factor for an entry that states all the asker sets aside ("besides
    /// a ceasefire, what else…").
    pub set_aside: f32,
}

impl Default for Tuning {
    fn default() -> Tuning {
        Tuning {
            beta: 2.0,
            example_share: 0.7,
            kind_mismatch: 0.45,
            focus_miss: 0.7,
            trigger_bonus: 0.15,
            answer_threshold: 0.5,
            passage_threshold: 0.62,
            shortlist: 16,
            unknown_factor: 1.0,
            article_factor: 0.8,
            unmatched_floor: 2.0,
            example_kind: 0.85,
            passage_floor: 1.5,
            context_credit: 0.6,
            context_penalty: 0.15,
            alternative_penalty: 0.3,
            light_zipf: 5.8,
            adverb_lightness: 0.3,
            absent_name_weight: 1.5,
            set_aside: 0.65,
            focus_share: 0.2,
            length_boost: 0.1,
            sentence_margin: 0.25,
        }
    }
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
