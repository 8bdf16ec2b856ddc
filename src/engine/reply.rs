//! What the engine answers, independent of how a front end shows it.

use serde::Serialize;

/// A quote as shown to a user: the article's exact words and where they are.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct QuoteRef {
    pub text: String,
    /// Body paragraph, 1-based; 0 for the headline, byline and dateline.
    pub paragraph: usize,
    pub section: Option<String>,
}

impl QuoteRef {
    /// Where the quote stands, in words, the same in every front end:
    /// "paragraph 7, section “Sirte takeover”"; the paragraphs before the
    /// first heading are the introduction.
    pub fn location(&self) -> String {
        match (&self.section, self.paragraph) {
            (_, 0) => "the headline and byline".to_string(),
            (Some(s), n) => format!("paragraph {n}, section \u{201C}{s}\u{201D}"),
            (None, n) => format!("paragraph {n}, introduction"),
        }
    }
}

/// A topic offered when the engine abstains, with a question to try.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    pub topic: String,
    pub example: String,
}

/// Why the engine did not answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AbstainReason {
    /// Nothing to go on: empty, punctuation, only filler words.
    Empty,
    /// Small talk: "hi", "thanks", or another subject altogether.
    Chatter,
    /// A real question the article does not answer.
    NotCovered,
}

impl AbstainReason {
    /// What to tell the person, the same in every front end.
    pub fn message(self) -> &'static str {
        match self {
            AbstainReason::Chatter => "Hello! I answer questions about one news article, quoting it word for word.",
            AbstainReason::Empty => "Ask me a question about the article.",
            AbstainReason::NotCovered => "The article does not cover that.",
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// A curated entry matched.
    Answer { entry: String, topic: String, answer: String, quotes: Vec<QuoteRef> },
    /// No entry matched, but one sentence of the article clearly does.
    Passage { quotes: Vec<QuoteRef> },
    /// The article does not say; here is what it does cover.
    Abstain { reason: AbstainReason, suggestions: Vec<Suggestion> },
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub question: String,
    /// How sure the engine is, in [0, 1].
    pub confidence: f32,
    pub outcome: Outcome,
}

impl Reply {
    pub fn answered(&self) -> bool {
        !matches!(self.outcome, Outcome::Abstain { .. })
    }

    pub fn quotes(&self) -> &[QuoteRef] {
        match &self.outcome {
            Outcome::Answer { quotes, .. } | Outcome::Passage { quotes } => quotes,
            Outcome::Abstain { .. } => &[],
        }
    }

    pub fn entry(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Answer { entry, .. } => Some(entry),
            _ => None,
        }
    }

    pub fn answer(&self) -> Option<&str> {
        match &self.outcome {
            Outcome::Answer { answer, .. } => Some(answer),
            _ => None,
        }
    }

    pub fn suggestions(&self) -> &[Suggestion] {
        match &self.outcome {
            Outcome::Abstain { suggestions, .. } => suggestions,
            _ => &[],
        }
    }

    /// Whether this is a real question worth recording as a gap in the
    /// knowledge base (not chatter, not empty).
    pub fn is_gap(&self) -> bool {
        matches!(self.outcome, Outcome::Abstain { reason: AbstainReason::NotCovered, .. })
    }
}
