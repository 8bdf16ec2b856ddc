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
    /// Whether it is a whole section heading ([`crate::knowledge::is_whole_heading`]).
    pub fn is_heading(&self) -> bool {
        crate::knowledge::is_whole_heading(&self.text, self.paragraph, self.section.as_deref())
    }

    /// Where the quote stands, in words, the same in every front end:
    /// "paragraph 7, section “Sirte takeover”"; the paragraphs before the
    /// first heading are the introduction. A whole section heading (its
    /// text is its section's name) stands above its first paragraph.
    pub fn location(&self) -> String {
        match (&self.section, self.paragraph) {
            (_, 0) => "the headline and byline".to_string(),
            (Some(_), n) if self.is_heading() => format!("the section heading above paragraph {n}"),
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
    /// Small talk: "hi", "lol", "brb".
    Chatter,
    /// A question on another subject altogether: "what is the capital of
    /// algeria", "who won the world cup".
    OffTopic,
    /// "thanks", "thank you".
    Thanks,
    /// "help", "commands", "how do I use this": the front end shows its usage.
    Help,
    /// A real question the article does not answer.
    NotCovered,
}

impl AbstainReason {
    /// What to tell the person, the same in every front end. For
    /// [`AbstainReason::Help`] the front end adds its own usage.
    pub fn message(self) -> &'static str {
        match self {
            AbstainReason::Chatter => "Hello! I answer questions about one news article, quoting it word for word.",
            AbstainReason::Thanks => "You're welcome! Ask me anything else about the article.",
            AbstainReason::Help => {
                "I answer questions about one news article and quote it word for word, with where the quote stands."
            }
            AbstainReason::Empty => "Ask me a question about the article.",
            AbstainReason::NotCovered => "The article does not cover that.",
            AbstainReason::OffTopic => "That is another subject: the article does not cover it.",
        }
    }

    /// The reason's name in the JSON contract.
    pub fn code(self) -> &'static str {
        match self {
            AbstainReason::Empty => "empty",
            AbstainReason::Chatter => "chatter",
            AbstainReason::Thanks => "thanks",
            AbstainReason::Help => "help",
            AbstainReason::NotCovered => "not_covered",
            AbstainReason::OffTopic => "off_topic",
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
    /// The article speaks of what the question names but does not say
    /// what it asks: `missing` says what ("when", "anything about
    /// “reply”"), and `related` is the nearest it comes. Not an answer.
    NotStated { missing: String, related: Vec<QuoteRef> },
}

impl Outcome {
    /// "The article doesn't answer “how many died”.", for the questions of
    /// a message an answer leaves open; the same words in every front end.
    pub fn unanswered_message(unanswered: &[String]) -> Option<String> {
        let parts: Vec<String> = unanswered.iter().map(|u| format!("\u{201C}{u}\u{201D}")).collect();
        (!parts.is_empty()).then(|| format!("The article doesn\u{2019}t answer {}.", parts.join(" or ")))
    }

    /// The line before a [`Outcome::Passage`]'s quotes: the article's own
    /// words, found without a curated answer (a sentence that matches, a
    /// paragraph asked for by its place, a heading, a name's spellings);
    /// the same words in every front end.
    pub fn passage_message() -> &'static str {
        "The article says:"
    }

    /// "The article doesn't say when. The nearest it comes is:", for a
    /// [`Outcome::NotStated`]; the same words in every front end.
    pub fn not_stated_message(missing: &str) -> String {
        format!("The article doesn\u{2019}t say {missing}. The nearest it comes is:")
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Reply {
    pub question: String,
    /// How sure the engine is, in [0, 1].
    pub confidence: f32,
    pub outcome: Outcome,
    /// Questions of the message that the answer leaves open, as read: "who
    /// took sirte, and how many died?" answers the first and says the
    /// article does not answer "how many died". Empty for most replies.
    pub unanswered: Vec<String>,
}

impl Reply {
    pub fn answered(&self) -> bool {
        matches!(self.outcome, Outcome::Answer { .. } | Outcome::Passage { .. })
    }

    /// The quotes that back the answer; none when the engine did not answer.
    pub fn quotes(&self) -> &[QuoteRef] {
        match &self.outcome {
            Outcome::Answer { quotes, .. } | Outcome::Passage { quotes } => quotes,
            Outcome::Abstain { .. } | Outcome::NotStated { .. } => &[],
        }
    }

    /// The nearest the article comes to a question it does not answer.
    pub fn related(&self) -> &[QuoteRef] {
        match &self.outcome {
            Outcome::NotStated { related, .. } => related,
            _ => &[],
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

    /// This answer together with another's (a message that asked two
    /// things): the other's curated answer added, and its quotes not
    /// already given; as sure as the less sure of the two.
    pub(crate) fn joined(mut self, other: Reply) -> Reply {
        self.confidence = self.confidence.min(other.confidence);
        self.unanswered.extend(other.unanswered.iter().cloned());
        let same_entry = other.entry().is_some() && other.entry() == self.entry();
        let more_answer = other.answer().filter(|_| !same_entry).map(str::to_string);
        let more_quotes = other.quotes().to_vec();
        let (Outcome::Answer { quotes, .. } | Outcome::Passage { quotes }) = &mut self.outcome else {
            return self;
        };
        for q in more_quotes {
            if !quotes.contains(&q) {
                quotes.push(q);
            }
        }
        if let (Outcome::Answer { answer, .. }, Some(more)) = (&mut self.outcome, more_answer) {
            answer.push(' ');
            answer.push_str(&more);
        }
        self
    }

    /// Whether this is a real question worth recording as a gap in the
    /// knowledge base (not chatter, not empty).
    pub fn is_gap(&self) -> bool {
        matches!(self.outcome, Outcome::Abstain { reason: AbstainReason::NotCovered, .. } | Outcome::NotStated { .. })
    }
}

#[cfg(test)]
mod tests {
    use super::QuoteRef;

    #[test]
    fn a_quote_says_where_it_stands() {
        let at = |text: &str, paragraph, section: Option<&str>| {
            QuoteRef { text: text.into(), paragraph, section: section.map(str::to_owned) }.location()
        };
        assert_eq!(at("Putin and Erdogan call", 0, None), "the headline and byline");
        assert_eq!(at("The call came.", 1, None), "paragraph 1, introduction");
        assert_eq!(at("Sirte fell.", 7, Some("Sirte takeover")), "paragraph 7, section \u{201C}Sirte takeover\u{201D}");
        assert_eq!(at("Sirte takeover", 7, Some("Sirte takeover")), "the section heading above paragraph 7");
    }
}
