//! A question about a paragraph by its place, as a group reading together
//! asks it: "what does the first paragraph say?", "the last paragraph?",
//! "how does the article end?", "what's the lede?", "the opening line".
//! No passage answers for a place (an entry is about a subject), so the
//! paragraph asked for is found here, and quoted whole; a line or sentence
//! asked for is that paragraph's first or last sentence.
//!
//! Only a question that asks nothing but the place is answered here: "what
//! does the first paragraph say about sirte" asks about Sirte, which the
//! usual answer handles.

use super::headings::{ordinal, Place};
use super::message::Role;
use super::{Analysis, Engine, Outcome, QuoteRef, Reply};
use crate::knowledge::BlockKind;

/// How sure an answer by place is: the question names the place, and the
/// article's paragraphs are numbered.
const CONFIDENCE: f32 = 0.9;

/// Words that name a paragraph.
const PARAGRAPH_WORDS: &[&str] = &["paragraph", "para", "graf", "lede", "kicker"];

/// What of the paragraph is asked: all of it, or one sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Span {
    Paragraph,
    Sentence,
}

impl Engine {
    /// The paragraph (or sentence) a question asks for by its place; `None`
    /// unless it asks for one and nothing else, or the place is not there.
    pub(super) fn answer_paragraph(&self, question: &str, analysis: &Analysis) -> Option<Reply> {
        // Most questions name no part of the text: one pass tells.
        let names_a_part = |w: &String| {
            matches!(
                w.as_str(),
                "paragraph"
                    | "para"
                    | "graf"
                    | "lede"
                    | "kicker"
                    | "line"
                    | "sentence"
                    | "article"
                    | "piece"
                    | "story"
                    | "text"
                    | "report"
            )
        };
        if !analysis.words.iter().any(names_a_part) {
            return None;
        }
        // ("last", "end" and "third" are terms of their own: here they are the place.)
        let asks_more = analysis.terms.iter().any(|t| t.role != Role::Context && !is_place_word(&t.surface));
        if analysis.intent.is_some() || asks_more {
            return None;
        }
        let (place, span) = asked_place(&analysis.words)?;
        let paragraphs: Vec<_> = self.source.article.blocks.iter().filter(|b| b.kind == BlockKind::Paragraph).collect();
        let block = match place {
            Place::Nth(n) => paragraphs.get(n)?,
            Place::Last => paragraphs.last()?,
        };
        let text = match span {
            Span::Paragraph => block.text.clone(),
            Span::Sentence => {
                let &(start, end) = match place {
                    Place::Last => block.sentences.last()?,
                    Place::Nth(_) => block.sentences.first()?,
                };
                block.text[start..end].to_string()
            }
        };
        let quote = QuoteRef { text, paragraph: block.paragraph, section: block.section.clone() };
        Some(Reply {
            question: question.to_string(),
            confidence: CONFIDENCE,
            outcome: Outcome::Passage { quotes: vec![quote] },
            unanswered: Vec::new(),
        })
    }
}

/// Numbers in words, as the lexicon leaves them ("3" is read "three").
const NUMBERS: &[&str] = &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];

/// Words that say a place in the text: "last", "third", "end", "opening".
fn is_place_word(w: &str) -> bool {
    ordinal(&[w.to_string()]).is_some()
        || matches!(
            w,
            "end"
                | "ends"
                | "finish"
                | "finishes"
                | "close"
                | "closes"
                | "closing"
                | "conclude"
                | "begin"
                | "begins"
                | "start"
                | "starts"
                | "open"
                | "opens"
        )
        || NUMBERS.contains(&w)
        || w.parse::<usize>().is_ok()
}

impl Engine {
    /// Whether a reply comes from an entry whose own questions ask for a
    /// paragraph ("What does paragraph nine say?", a server's own): one
    /// written for what the question asks, where no shipped entry is.
    pub(super) fn asks_for_a_place(&self, reply: &Reply) -> bool {
        let Some(id) = reply.entry().filter(|_| reply.answered()) else { return false };
        let names_one = |q: &String| {
            q.split(|c: char| !c.is_alphanumeric()).any(|w| PARAGRAPH_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
        };
        self.compiled.iter().find(|c| c.entry.id() == id).is_some_and(|c| c.entry.spec.questions.iter().any(names_one))
    }
}

/// The place a question asks for and how much of it: "the third
/// paragraph", "the lede" (the first), "the kicker" (the last), "how does
/// the article end", "the opening line".
fn asked_place(words: &[String]) -> Option<(Place, Span)> {
    let has = |w: &str| words.iter().any(|x| x == w);
    let paragraph = PARAGRAPH_WORDS.iter().any(|w| has(w));
    let sentence = ["line", "sentence"].iter().any(|w| has(w));
    // "how does the article end", "how does the piece open".
    let text = ["article", "piece", "story", "text", "report"].iter().any(|w| has(w));
    let ends = text
        && has("how")
        && ["end", "ends", "finish", "finishes", "close", "closes", "conclude"].iter().any(|w| has(w));
    let opens = text && has("how") && ["begin", "begins", "start", "starts", "open", "opens"].iter().any(|w| has(w));
    let implied = if has("lede") || opens {
        Some(Place::Nth(0))
    } else if has("kicker") || ends {
        Some(Place::Last)
    } else {
        None
    };
    // "paragraph 3", "para two".
    let numbered = words.windows(2).find_map(|p| {
        let number = p[1].parse::<usize>().ok().or_else(|| NUMBERS.iter().position(|n| *n == p[1]).map(|n| n + 1))?;
        (matches!(p[0].as_str(), "paragraph" | "para" | "graf") && number > 0).then(|| Place::Nth(number - 1))
    });
    let ordinal = ordinal(words);
    let place = numbered.or(ordinal).or(implied)?;
    if paragraph || ends || opens {
        Some((place, if sentence && !has("paragraph") { Span::Sentence } else { Span::Paragraph }))
    } else if sentence && (text || ordinal.is_some()) {
        Some((place, Span::Sentence))
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn place(s: &str) -> Option<(Place, Span)> {
        asked_place(&s.split(' ').map(String::from).collect::<Vec<_>>())
    }

    #[test]
    fn the_place_asked_for() {
        assert_eq!(place("what does the third paragraph say"), Some((Place::Nth(2), Span::Paragraph)));
        assert_eq!(place("whats the lede"), Some((Place::Nth(0), Span::Paragraph)));
        assert_eq!(place("what does paragraph three say"), Some((Place::Nth(2), Span::Paragraph)));
        assert_eq!(place("how does the article end"), Some((Place::Last, Span::Paragraph)));
        assert_eq!(place("what is the opening line of the piece"), Some((Place::Nth(0), Span::Sentence)));
        assert_eq!(place("last sentence of the article"), Some((Place::Last, Span::Sentence)));
        // No place, or no paragraph, asks nothing of the kind.
        assert_eq!(place("what does the paragraph say"), None);
        assert_eq!(place("who was the first to call for a ceasefire"), None);
        assert_eq!(place("how did the war end"), None);
    }
}
