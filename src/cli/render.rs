//! Replies as text for a person and as the stable JSON contract.

use std::fmt::Write as _;

use serde::Serialize;

use super::terminal::visible;
use crate::engine::{AbstainReason, Outcome, QuoteRef, Reply};

/// How to use the bot from the terminal, for "help".
const CLI_USAGE: &str = "Ask a question in plain words, for example: citebot ask \"When does the ceasefire start?\"\n\
In `citebot chat`, type a question and press Enter; `quit` or Ctrl-D leaves.\n\
`citebot --help` lists every command.";
use crate::knowledge::Metadata;

/// The `ask --json` contract. Field names and types are stable.
#[derive(Debug, Serialize)]
pub struct JsonReply<'a> {
    pub question: &'a str,
    pub answered: bool,
    pub answer: Option<&'a str>,
    pub quotes: &'a [QuoteRef],
    pub confidence: f32,
    pub entry: Option<&'a str>,
    pub suggestions: Vec<&'a str>,
    /// Why the engine did not answer ("not_covered", "not_stated",
    /// "off_topic", "chatter", "thanks", "help", "empty"); `null` when it
    /// answered.
    pub reason: Option<&'static str>,
    /// When the article does not say what was asked but speaks of what the
    /// question names: the nearest it comes. Never an answer.
    pub related: &'a [QuoteRef],
    /// Questions of the message that the answer leaves open, as read.
    pub unanswered: &'a [String],
}

pub fn json_reply(reply: &Reply) -> JsonReply<'_> {
    JsonReply {
        question: &reply.question,
        answered: reply.answered(),
        answer: reply.answer(),
        quotes: reply.quotes(),
        confidence: (reply.confidence * 1000.0).round() / 1000.0,
        entry: reply.entry(),
        suggestions: reply.suggestions().iter().map(|s| s.topic.as_str()).collect(),
        related: reply.related(),
        unanswered: &reply.unanswered,
        reason: match &reply.outcome {
            Outcome::Answer { .. } | Outcome::Passage { .. } => None,
            Outcome::NotStated { .. } => Some("not_stated"),
            Outcome::Abstain { reason, .. } => Some(reason.code()),
        },
    }
}

/// The byline a reply is attributed to.
pub fn attribution(meta: &Metadata) -> String {
    format!("{}: \u{201C}{}\u{201D}", meta.attribution(), meta.title)
}

/// A reply as plain text for a terminal. Stored text (answers, topics, example questions) is
/// shown through [`visible`], so an entry saved before the rules cannot reach the terminal's
/// control sequences or forge a line.
pub fn text_reply(reply: &Reply, meta: &Metadata) -> String {
    let mut out = String::new();
    match &reply.outcome {
        Outcome::Answer { answer, quotes, .. } => {
            let _ = writeln!(out, "{}\n", visible(answer));
            quotes_text(&mut out, quotes);
        }
        Outcome::Passage { quotes } => {
            let _ = writeln!(out, "{}\n", Outcome::passage_message());
            quotes_text(&mut out, quotes);
        }
        Outcome::NotStated { missing, related } => {
            let _ = writeln!(out, "{}\n", Outcome::not_stated_message(missing));
            quotes_text(&mut out, related);
            let _ = write!(out, "Source: {}", attribution(meta));
            return out;
        }
        Outcome::Abstain { reason: reason @ AbstainReason::Help, .. } => {
            let _ = writeln!(out, "{}", reason.message());
            let _ = write!(out, "{}", CLI_USAGE);
            return out;
        }
        Outcome::Abstain { reason, suggestions } => {
            let _ = writeln!(out, "{}", reason.message());
            if !suggestions.is_empty() {
                let _ = writeln!(out, "It covers, for example:");
                for s in suggestions {
                    let _ = writeln!(out, "  - {}: \u{201C}{}\u{201D}", visible(&s.topic), visible(&s.example));
                }
            }
            return out;
        }
    }
    if let Some(open) = Outcome::unanswered_message(&reply.unanswered) {
        let _ = writeln!(out, "{}\n", visible(&open));
    }
    let _ = writeln!(out, "Source: {}", attribution(meta));
    let _ = write!(out, "(confidence {:.2})", reply.confidence);
    out
}

fn quotes_text(out: &mut String, quotes: &[QuoteRef]) {
    for q in quotes {
        let _ = writeln!(out, "  \u{201C}{}\u{201D}\n    \u{2014} {}\n", visible(&q.text), visible(&q.location()));
    }
}
