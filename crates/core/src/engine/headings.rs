//! A question about the article's section headings: "what's the second
//! subheading called?", "name of the diplomacy section?", "what are the
//! subheadings?". The headings are quotable text of the article, but no
//! passage answers for them (they are not sentences, and an entry that
//! quoted one would shift every term's weight), so the heading asked for is
//! found here: by its place among them, else by the words it shares with
//! the question, else all of them.

use super::kind::is_text_noun;
use super::message::Role;
use super::{Analysis, Engine, Outcome, QuoteRef, Reply};
use crate::knowledge::BlockKind;

/// The concept the lexicon gives "subheading", "section title", "section
/// heading" and the like (see its [parts]).
const SUBHEADING: &str = "subheading";

/// How sure an answer to a question about the headings is: the question
/// says it asks for one, and the headings are few.
const CONFIDENCE: f32 = 0.9;

impl Engine {
    /// The heading or headings a question asks for; `None` unless it asks
    /// for a section's heading, or asks for one the article does not have
    /// ("the fifth subheading"), which the usual answer then handles.
    pub(super) fn answer_heading(&self, question: &str, analysis: &Analysis) -> Option<Reply> {
        if analysis.intent.is_some() || !asks_a_heading(analysis) {
            return None;
        }
        let headings: Vec<QuoteRef> = self
            .source
            .article
            .blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Heading)
            .map(|b| QuoteRef { text: b.text.clone(), paragraph: b.paragraph, section: b.section.clone() })
            .collect();
        let quotes = match ordinal(&analysis.words) {
            Some(Place::Last) => vec![headings.last()?.clone()],
            Some(Place::Nth(n)) => vec![headings.get(n)?.clone()],
            None => self.headings_about(analysis, &headings).unwrap_or(headings),
        };
        if quotes.is_empty() {
            return None;
        }
        Some(Reply {
            question: question.to_string(),
            confidence: CONFIDENCE,
            outcome: Outcome::Passage { quotes },
            unanswered: Vec::new(),
        })
    }

    /// The headings that share the most of the question's other terms
    /// ("the section heading about sirte"); `None` if none shares any.
    fn headings_about(&self, analysis: &Analysis, headings: &[QuoteRef]) -> Option<Vec<QuoteRef>> {
        let asked: Vec<&str> = analysis
            .terms
            .iter()
            .filter(|t| t.term != SUBHEADING && t.role != Role::Context)
            .map(|t| t.term.as_str())
            .collect();
        let shared = |h: &QuoteRef| {
            let terms = self.analyzer.analyze(&h.text).terms;
            asked.iter().filter(|a| terms.iter().any(|t| t.term == **a)).count()
        };
        let counts: Vec<usize> = headings.iter().map(shared).collect();
        let best = counts.iter().copied().max().filter(|&n| n > 0)?;
        Some(headings.iter().zip(&counts).filter(|(_, &n)| n == best).map(|(h, _)| h.clone()).collect())
    }
}

/// Whether a question asks for a section heading: it names one ("the
/// second subheading", "section title"), or asks what a section is called
/// ("name of the diplomacy section?"); not headings of the asker's own
/// essay, unless it names the article too.
fn asks_a_heading(analysis: &Analysis) -> bool {
    let named = analysis.terms.iter().any(|t| t.term == SUBHEADING && t.role != Role::Context);
    if !named && !analysis.words.iter().any(|w| w == "section") {
        return false;
    }
    let words: Vec<&str> = analysis.words.iter().map(String::as_str).collect();
    // "name of the diplomacy section", "the section about sirte is called".
    let name_of = |i: usize| {
        (i.saturating_sub(4)..i).any(|j| matches!(words[j], "name" | "title") && words.get(j + 1) == Some(&"of"))
    };
    let called = |i: usize| words[i + 1..].iter().take(3).any(|w| matches!(*w, "called" | "titled" | "named"));
    let sections = (0..words.len()).filter(|&i| words[i] == "section");
    // "what would be good subheadings for my essay": the asker's own.
    let own = words.windows(2).any(|p| {
        matches!(p[0], "my" | "our")
            && matches!(p[1], "essay" | "essays" | "paper" | "presentation" | "slides" | "report" | "draft" | "outline")
    });
    let the_article = words.iter().any(|w| is_text_noun(w) || matches!(*w, "author" | "writer"));
    (named || sections.into_iter().any(|i| name_of(i) || called(i))) && (!own || the_article)
}

/// Which of the headings an ordinal asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Nth(usize),
    Last,
}

/// The place an ordinal in the question gives ("second", "3rd", "last").
/// The chat spellings read "fourth" and "sixth" as the numbers of the
/// article's dates ("on the sixth"): before a heading's name they are
/// places.
pub(super) fn ordinal(words: &[String]) -> Option<Place> {
    let heading = |w: &String| w.starts_with("sub") || matches!(w.as_str(), "heading" | "section" | "title" | "one");
    words.iter().enumerate().find_map(|(i, w)| {
        let spelled = words.get(i + 1).is_some_and(heading);
        Some(match w.as_str() {
            "first" | "1st" | "opening" => Place::Nth(0),
            "second" | "2nd" => Place::Nth(1),
            "third" | "3rd" => Place::Nth(2),
            "fourth" | "4th" => Place::Nth(3),
            "fifth" | "5th" => Place::Nth(4),
            "sixth" | "6th" => Place::Nth(5),
            "seventh" | "7th" => Place::Nth(6),
            "four" if spelled => Place::Nth(3),
            "six" if spelled => Place::Nth(5),
            "seven" if spelled => Place::Nth(6),
            "eight" if spelled => Place::Nth(7),
            "last" | "final" => Place::Last,
            _ => return None,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::{ordinal, Place};

    #[test]
    fn an_ordinal_gives_the_place_asked() {
        let words = |s: &str| s.split(' ').map(String::from).collect::<Vec<_>>();
        assert_eq!(ordinal(&words("whats the second subheading called")), Some(Place::Nth(1)));
        assert_eq!(ordinal(&words("last section heading")), Some(Place::Last));
        assert_eq!(ordinal(&words("the 3rd subheading lists which countries")), Some(Place::Nth(2)));
        assert_eq!(ordinal(&words("what are the subheadings")), None);
        assert_eq!(ordinal(&words("the six subheading")), Some(Place::Nth(5)));
    }
}
