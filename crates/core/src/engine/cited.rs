//! A message that quotes the article: "what does 'put down mainly to'
//! mean?", "it says turkey 'has said it will send', so have they
//! arrived?". The words in quote marks point at the sentence they come
//! from, which the asker has in front of them. When nothing answers the
//! message better, that sentence is the answer, as long as it can give
//! what is asked: its words the asker left out are no reason to abstain
//! ("the article doesn't say anything about “put down mainly to”" is
//! plainly untrue), but a "when" it cannot date, a speaker it does not
//! report, or a name it does not give still are.
//!
//! So does a question of what the article's words mean, with or without
//! quote marks ("what does pre-empted mean", "sovereign rights
//! meaning?"): the sentence that uses them shows it, and answers even
//! over a reply from a sentence that does not use them.

use super::index::ArticleIndex;
use super::{Analysis, Engine, Outcome, QuoteRef, Reply};
use crate::engine::reply::AbstainReason;
use crate::knowledge::Source;
use crate::text::tokens;

/// The fewest words in quote marks that point at a sentence: fewer are a
/// term ("'counterpart'", "'red line'"), which many sentences may use.
const MIN_WORDS: usize = 3;

/// The concept the lexicon gives "mean", "meaning" and the like.
const SIGNIFICANCE: &str = "significance";

/// How sure an answer from a sentence the asker quoted is: the asker
/// chose it, but what they ask of it is read loosely.
const CONFIDENCE: f32 = 0.6;

/// Each sentence of the article as its words (see [`tokens`]), in the
/// article index's order: what words a message quotes are looked for in.
/// Read once with the engine, not for every message that quotes.
#[derive(Debug)]
pub(super) struct SentenceWords(Vec<Vec<String>>);

impl SentenceWords {
    pub(super) fn new(source: &Source, article: &ArticleIndex) -> SentenceWords {
        let text = |block: usize, start: usize, end: usize| &source.article.blocks[block].text[start..end];
        SentenceWords(article.sentences.iter().map(|s| words(text(s.block, s.start, s.end))).collect())
    }
}

/// A text's words as [`tokens`] reads them.
fn words(text: &str) -> Vec<String> {
    tokens(text).into_iter().map(|t| t.text).collect()
}

impl Engine {
    /// The reply to a message that quotes the article, when `reply` (what
    /// the engine made of the message) does not answer it, or answers what
    /// words mean from a sentence that does not use them; `None` if the
    /// message quotes no one sentence, or `reply` says it is no question
    /// about the article.
    pub(super) fn answer_cited(&self, question: &str, analysis: &Analysis, reply: &Reply) -> Option<Reply> {
        let given = match &reply.outcome {
            Outcome::Abstain { reason, .. } if *reason == AbstainReason::NotCovered => None,
            Outcome::Abstain { .. } => return None,
            Outcome::NotStated { .. } => None,
            Outcome::Answer { quotes, .. } | Outcome::Passage { quotes } => Some(quotes),
        };
        // An answer gives way only to what words mean.
        let asks_meaning = question.contains("mean");
        if given.is_some() && !asks_meaning || analysis.present || analysis.offtopic > 0 || analysis.terms.is_empty() {
            return None;
        }
        let (at, defines) = self.sentence_cited(question)?;
        let quotes = vec![self.sentence_quote(at)];
        // "what does bolstered mean" answered from a sentence without it.
        let used = |q: &QuoteRef| quotes[0].text.contains(&q.text) || q.text.contains(&quotes[0].text);
        if given.is_some_and(|given| !defines || given.iter().any(used)) {
            return None;
        }
        // What words mean is shown by the sentence that uses them: the
        // meaning asked is no word the sentence must hold.
        let mut read = analysis.clone();
        if defines {
            read.terms.retain(|t| t.term != SIGNIFICANCE);
        }
        let judged = super::score::sentence_score(&self.query(&read), &self.article.sentences[at], &self.tuning);
        let outcome = if judged.wrong_kind || judged.wrong_speaker || judged.unbound.is_some() {
            Outcome::NotStated { missing: self.missing(&read, &judged), related: quotes }
        } else if let Some(missing) = self.unsaid(&read, &quotes) {
            Outcome::NotStated { missing, related: quotes }
        } else {
            Outcome::Passage { quotes }
        };
        let confidence = if matches!(outcome, Outcome::Passage { .. }) { CONFIDENCE } else { reply.confidence };
        Some(Reply { confidence, outcome, ..reply.clone() })
    }

    /// The sentence of the article that holds words the message puts in
    /// quote marks (three or more, in that sentence alone), or words whose
    /// meaning it asks ("what does pre-empted mean", "sovereign rights
    /// meaning?"), in the first of at most two sentences that use them.
    /// With it, whether the message asks what the words mean.
    fn sentence_cited(&self, question: &str) -> Option<(usize, bool)> {
        let quoted: Vec<Vec<String>> =
            quoted(question).into_iter().map(words).filter(|span| span.len() >= MIN_WORDS).collect();
        // Read for words asked about only when it may ask a meaning.
        let defined = question.contains("mean").then(|| defined(&words(question))).flatten();
        if quoted.is_empty() && defined.is_none() {
            return None;
        }
        let sentences = &self.cited.0;
        let holding = |span: &[String]| -> Vec<usize> {
            (0..sentences.len()).filter(|&i| sentences[i].windows(span.len()).any(|w| w == span)).collect()
        };
        let once = quoted.iter().map(|span| holding(span)).find_map(|at| (at.len() == 1).then(|| (at[0], false)));
        let used =
            || defined.map(|span| holding(&span)).filter(|at| (1..=2).contains(&at.len())).map(|at| (at[0], true));
        once.or_else(used)
    }
}

/// The words whose meaning a question asks, as it gives them: "what does
/// X mean", "what is meant by X", "meaning of X", "X meaning?". Only
/// words of some length: "what does that mean" asks about no words; and
/// not their meaning "in general", which the article does not give.
fn defined(words: &[String]) -> Option<Vec<String>> {
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    // "what does salafist mean in general": beyond the article.
    if w.contains(&"generally") || w.windows(2).any(|p| p == ["in", "general"]) {
        return None;
    }
    let find = |target: &[&str], from: usize| (from..w.len()).find(|&i| w[i..].starts_with(target));
    let span = if let Some(at) =
        (0..w.len()).find(|&i| w[i] == "what" && matches!(w.get(i + 1), Some(&("does" | "do" | "did"))))
    {
        let end = (at + 2..w.len()).find(|&i| matches!(w[i], "mean" | "means" | "refer" | "stand"))?;
        at + 2..end
    } else if let Some(at) = (0..w.len()).find(|&i| w[i] == "what" && matches!(w.get(i + 1), Some(&("mean" | "means"))))
    {
        // "what mean 'pre-empted' in this article please": a learner's
        // "what does … mean", the words up to where the asking goes on.
        let goes_on = |x: &str| matches!(x, "in" | "here" | "please" | "pls" | "exactly" | "when" | "for");
        let end = (at + 2..w.len()).find(|&i| goes_on(w[i])).unwrap_or(w.len());
        at + 2..end
    } else if let Some(at) = find(&["meant", "by"], 0).or_else(|| find(&["meaning", "of"], 0)) {
        at + 2..w.len()
    } else if w.last() == Some(&"meaning") {
        0..w.len() - 1
    } else {
        return None;
    };
    let span: Vec<&str> = w[span]
        .iter()
        .copied()
        .skip_while(|x| matches!(*x, "the" | "a" | "an" | "this" | "that" | "word" | "phrase"))
        .collect();
    let sized = (1..=6).contains(&span.len()) && span.iter().any(|x| x.len() >= 4);
    sized.then(|| span.iter().map(|x| x.to_string()).collect())
}

/// The stretches of `text` in quote marks, straight or curly, single or
/// double. An apostrophe inside a word ("haftar's", "they're") is none.
fn quoted(text: &str) -> Vec<&str> {
    let is_mark = |c: char| matches!(c, '\'' | '"' | '\u{2018}' | '\u{2019}' | '\u{201C}' | '\u{201D}');
    let mut out = Vec::new();
    let mut open: Option<usize> = None;
    let mut before: Option<char> = None;
    let mut chars = text.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        let after = chars.peek().map(|&(_, c)| c);
        if !is_mark(c) {
            before = Some(c);
            continue;
        }
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
        before = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{defined, quoted};

    #[test]
    fn the_words_whose_meaning_is_asked_are_found() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(defined(&words("what does pre empted mean")), Some(words("pre empted")));
        assert_eq!(defined(&words("sovereign rights meaning")), Some(words("sovereign rights")));
        assert_eq!(defined(&words("what is meant by the oil crescent")), Some(words("oil crescent")));
        assert_eq!(defined(&words("what does that mean")), None);
        assert_eq!(defined(&words("what does salafist mean in general")), None);
        assert_eq!(defined(&words("who took sirte")), None);
        // A learner's word order.
        assert_eq!(defined(&words("what mean bolstered in this article please")), Some(words("bolstered")));
        assert_eq!(defined(&words("what means oil crescent")), Some(words("oil crescent")));
    }

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
