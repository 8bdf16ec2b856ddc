//! A message that quotes the article: "what does 'put down mainly to'
//! mean?", "it says turkey 'has said it will send', so have they
//! arrived?". The words in quote marks point at the sentence they come
//! from, which the asker has in front of them. When nothing answers the
//! message better, that sentence is the answer, as long as it can give
//! what is asked: its words the asker left out are no reason to abstain
//! ("the article doesn't say anything about “put down mainly to”" is
//! plainly untrue), but a "when" it cannot date, a speaker it does not
//! report, or a name it does not give still are.

use super::{Analysis, Engine, Outcome, Reply};
use crate::engine::reply::AbstainReason;
use crate::text::tokens;

/// The fewest words in quote marks that point at a sentence: fewer are a
/// term ("'counterpart'", "'red line'"), which many sentences may use.
const MIN_WORDS: usize = 3;

/// How sure an answer from a sentence the asker quoted is: the asker
/// chose it, but what they ask of it is read loosely.
const CONFIDENCE: f32 = 0.6;

impl Engine {
    /// The reply to a message that quotes the article, when `reply` (what
    /// the engine made of the message) does not answer it; `None` if the
    /// message quotes no one sentence, or `reply` says it is no question
    /// about the article.
    pub(super) fn answer_cited(&self, question: &str, analysis: &Analysis, reply: &Reply) -> Option<Reply> {
        let open = match &reply.outcome {
            Outcome::Abstain { reason, .. } => *reason == AbstainReason::NotCovered,
            Outcome::NotStated { .. } => true,
            Outcome::Answer { .. } | Outcome::Passage { .. } => false,
        };
        if !open || analysis.present || analysis.offtopic > 0 || analysis.terms.is_empty() {
            return None;
        }
        let at = self.sentence_cited(question)?;
        let quotes = vec![self.sentence_quote(at)];
        let judged = super::score::sentence_score(&self.query(analysis), &self.article.sentences[at], &self.tuning);
        let outcome = if judged.wrong_kind || judged.wrong_speaker || judged.unbound.is_some() {
            Outcome::NotStated { missing: self.missing(analysis, &judged), related: quotes }
        } else if let Some(missing) = self.unsaid(analysis, &quotes) {
            Outcome::NotStated { missing, related: quotes }
        } else {
            Outcome::Passage { quotes }
        };
        let confidence = if matches!(outcome, Outcome::Passage { .. }) { CONFIDENCE } else { reply.confidence };
        Some(Reply { confidence, outcome, ..reply.clone() })
    }

    /// The one sentence of the article that holds words the message puts
    /// in quote marks, if there is one.
    fn sentence_cited(&self, question: &str) -> Option<usize> {
        let spans = quoted(question);
        if spans.is_empty() {
            return None;
        }
        let words = |text: &str| tokens(text).into_iter().map(|t| t.text).collect::<Vec<_>>();
        let sentences: Vec<Vec<String>> = self
            .article
            .sentences
            .iter()
            .map(|s| words(&self.source.article.blocks[s.block].text[s.start..s.end]))
            .collect();
        spans.iter().find_map(|span| {
            let span = words(span);
            if span.len() < MIN_WORDS {
                return None;
            }
            let mut holding = sentences.iter().enumerate().filter(|(_, s)| s.windows(span.len()).any(|w| w == span));
            let first = holding.next()?.0;
            holding.next().is_none().then_some(first)
        })
    }
}

/// The stretches of `text` in quote marks, straight or curly, single or
/// double. An apostrophe inside a word ("haftar's", "they're") is none.
fn quoted(text: &str) -> Vec<&str> {
    let is_mark = |c: char| matches!(c, '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}');
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    for (n, &(at, c)) in chars.iter().enumerate() {
        if !is_mark(c) {
            continue;
        }
        let before = n.checked_sub(1).map(|p| chars[p].1);
        let after = chars.get(n + 1).map(|&(_, c)| c);
        let opens = before.is_none_or(|b| b.is_whitespace() || matches!(b, '(' | '[' | ':' | '-' | '\u{2014}'))
            && after.is_some_and(|a| a.is_alphanumeric());
        let closes = before.is_some_and(|b| !b.is_whitespace()) && after.is_none_or(|a| !a.is_alphanumeric());
        match open {
            Some(start) if closes => {
                out.push(&text[start..at]);
                open = None;
            }
            None if opens => open = Some(at + c.len_utf8()),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::quoted;

    #[test]
    fn words_in_quote_marks_are_found_and_apostrophes_are_not_marks() {
        let msg = "it says turkey 'has said it will send' — so haven't they arrived";
        assert_eq!(quoted(msg), ["has said it will send"]);
        assert_eq!(quoted("the line \u{201C}the call came as...\u{201D}, what came"), ["the call came as..."]);
        assert_eq!(quoted("what does \"put down mainly to\" mean"), ["put down mainly to"]);
        assert!(quoted("haftar's forces and the misratans' exit, they're gone").is_empty());
        assert!(quoted("an unclosed 'quote that runs on").is_empty());
    }
}
