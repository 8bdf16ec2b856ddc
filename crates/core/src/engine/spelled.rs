//! A question of how the article spells a name: "hafter or haftar, which
//! does it use?", "the article spells serraj two ways, what are they?".
//! The article's own spellings differ ("Hafter" and "Haftar", "Serraj" and
//! "Sarraj"), and the first sentence with each spelling shows them. A
//! reply that already answers something else in the message keeps its
//! answer and gains those sentences; one that shows every spelling
//! already is left as it is.

use super::{Analysis, Engine, EntityType, Outcome, QTerm, QuoteRef, Reply, Role};
use crate::engine::reply::AbstainReason;

/// How sure a reply of a name's spellings is: the sentences show them,
/// though the question around them is read loosely.
const CONFIDENCE: f32 = 0.7;

impl Engine {
    /// The reply to a message that asks how a person's name is spelled,
    /// when the article spells it more than one way and `reply` does not
    /// show every spelling; `None` otherwise.
    pub(super) fn answer_spelling(&self, analysis: &Analysis, reply: &Reply) -> Option<Reply> {
        let other_subject =
            matches!(&reply.outcome, Outcome::Abstain { reason, .. } if *reason != AbstainReason::NotCovered);
        if other_subject || analysis.offtopic > 0 || !asks_spelling(&analysis.words) {
            return None;
        }
        let person = |t: &&QTerm| t.entity == Some(EntityType::Person);
        let (spelled, quotes) = analysis.terms.iter().filter(person).find_map(|t| {
            let spelled = self.article.spellings(&t.term);
            let quotes: Vec<QuoteRef> = spelled.iter().map(|&(_, at)| self.sentence_quote(at)).collect();
            (spelled.len() >= 2).then_some((spelled, quotes))
        })?;
        let shown = |word: &str| reply.quotes().iter().any(|q| q.text.to_lowercase().contains(word));
        if spelled.iter().all(|(word, _)| shown(word)) {
            return None;
        }
        let spellings = Reply { confidence: CONFIDENCE, outcome: Outcome::Passage { quotes }, ..reply.clone() };
        // A message that asks nothing but the spelling gets the spellings
        // alone; one that asks more keeps its answer too.
        let only_spelling = analysis.terms.iter().all(|t| t.role != Role::Core || person(&t));
        Some(if reply.answered() && !only_spelling { reply.clone().joined(spellings) } else { spellings })
    }
}

/// Whether a message asks about spelling: "spelled", "spellings",
/// "variants".
fn asks_spelling(words: &[String]) -> bool {
    words.iter().any(|w| w.starts_with("spell") || w.starts_with("variant"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<String> {
        text.split_whitespace().map(str::to_string).collect()
    }

    #[test]
    fn spelling_is_asked_by_its_words() {
        assert!(asks_spelling(&words("how does the article spell sarraj")));
        assert!(asks_spelling(&words("hafter or haftar which spelling")));
        assert!(asks_spelling(&words("are there variants of his name")));
        assert!(!asks_spelling(&words("who leads the tripoli government")));
    }
}
