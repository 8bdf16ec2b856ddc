//! Engine replies as Discord message content.
//!
//! Everything here is pure text work, so it is unit-tested without Discord. Two rules hold for
//! every string it returns:
//! - it fits Discord's 2,000-character limit ([`MAX_CONTENT`]): a long reply is cut at a line
//!   or word boundary with an ellipsis, and the attribution line is kept;
//! - text from outside the bot's own wording (the user's question, the article, the curated
//!   answers) is escaped: Markdown shows literally, and `@everyone`, `@here`, `<@id>` and
//!   `<@&id>` become inert text. The empty `allowed_mentions` every message carries is the real
//!   guard against pings; the escaping keeps the text from even looking like one.

use std::fmt::Write as _;

use crate::engine::{AbstainReason, Outcome, QuoteRef, Reply, Suggestion};
use crate::knowledge::Metadata;

/// Discord's limit on message content, in characters.
pub const MAX_CONTENT: usize = 2000;
/// The longest echo of a question; the question is context, not the point.
const MAX_ECHO: usize = 200;
/// The zero-width space put after every `@` so that no mention syntax survives.
const ZWSP: char = '\u{200B}';

/// A reply to a question, as `/ask` and mentions both show it.
pub fn reply(reply: &Reply, meta: &Metadata) -> String {
    let mut body = format!("**Q:** {}\n", echo(&reply.question));
    let quotes = match &reply.outcome {
        Outcome::Answer { answer, quotes, .. } => {
            let _ = writeln!(body, "{}", clean(answer));
            quotes
        }
        Outcome::Passage { quotes } => {
            body.push_str("No curated answer, but this passage of the article matches:\n");
            quotes
        }
        Outcome::NotStated { missing, related } => {
            let _ = writeln!(body, "{}", clean(&Outcome::not_stated_message(missing)));
            related
        }
        Outcome::Abstain { reason: AbstainReason::Help, .. } => {
            let _ = writeln!(body, "{}", AbstainReason::Help.message());
            body.push_str("Ask with `/ask`, or mention me with your question; `/topics` lists what the article covers and `/help` shows every command.");
            return fit(&body, MAX_CONTENT);
        }
        Outcome::Abstain { reason, suggestions } => {
            let _ = writeln!(body, "{}", reason.message());
            if !suggestions.is_empty() {
                body.push_str("It does cover, for example:\n");
                body.push_str(&suggestion_lines(suggestions));
            }
            body.push_str("Try one of these with `/ask`, or see `/topics`.");
            return fit(&body, MAX_CONTENT);
        }
    };
    for q in quotes {
        let _ = writeln!(body, "{}", quote_block(q));
    }
    with_footer(&body, &attribution(meta))
}

/// A quote as a Discord block quote, with where it stands on a second quoted line.
pub fn quote_block(q: &QuoteRef) -> String {
    format!("> {}\n> \u{2014} {}", clean(&q.text), location(q))
}

/// Where a quote stands, in words ([`QuoteRef::location`]), safe for Discord.
pub fn location(q: &QuoteRef) -> String {
    clean(&q.location())
}

/// The line every answer ends with: who wrote the article, where, when, and its title.
pub fn attribution(meta: &Metadata) -> String {
    format!("Source: {} \u{2014} \u{201C}{}\u{201D}", clean(&meta.attribution()), clean(&meta.title))
}

/// One line per topic: "• **Ceasefire**: “When does the ceasefire start?”".
pub fn suggestion_lines(suggestions: &[Suggestion]) -> String {
    suggestions
        .iter()
        .map(|s| format!("\u{2022} **{}**: \u{201C}{}\u{201D}\n", clean(&s.topic), clean(&s.example)))
        .collect()
}

/// The question as shown back to its asker: one line, at most [`MAX_ECHO`] characters, escaped.
pub fn echo(question: &str) -> String {
    let one_line: String = question.split_whitespace().collect::<Vec<_>>().join(" ");
    clean(&fit(&one_line, MAX_ECHO))
}

/// `text` made inert for Discord: Markdown escaped, mentions broken.
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '@' => {
                out.push('@');
                out.push(ZWSP);
            }
            _ => out.push(c),
        }
    }
    out
}

/// `body`, cut to leave room for `footer`, then the footer on its own line.
pub fn with_footer(body: &str, footer: &str) -> String {
    let footer = fit(footer, MAX_CONTENT / 2);
    let room = MAX_CONTENT - footer.chars().count() - 1;
    format!("{}\n{footer}", fit(body.trim_end(), room))
}

/// `text` in at most `max` characters. A cut ends at the last line break if that keeps at least
/// half the text (whole quote lines are kept whole), else at the last space, else anywhere; an
/// ellipsis marks it.
pub fn fit(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let keep = max.saturating_sub(2);
    let end = text.char_indices().nth(keep).map_or(text.len(), |(at, _)| at);
    let head = &text[..end];
    let at_line = head.rfind('\n').filter(|&at| at >= end / 2);
    let cut = at_line.or_else(|| head.rfind(' ').filter(|&at| at >= end / 2)).unwrap_or(end);
    let sep = if at_line.is_some() { "\n" } else { "" };
    // A dangling backslash would escape the ellipsis.
    let kept = head[..cut].trim_end_matches('\\').trim_end();
    format!("{kept}{sep}\u{2026}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(paragraph: usize, section: Option<&str>) -> QuoteRef {
        QuoteRef { text: "The *call* came.".into(), paragraph, section: section.map(str::to_owned) }
    }

    #[test]
    fn quotes_are_block_quotes_with_their_place() {
        assert_eq!(
            quote_block(&quote(6, Some("Sirte takeover"))),
            "> The \\*call\\* came.\n> — paragraph 6, section “Sirte takeover”"
        );
        assert_eq!(location(&quote(0, None)), "the headline and byline");
    }

    #[test]
    fn mentions_and_markdown_are_inert() {
        let shown = echo("hey @everyone and @here, <@123> <@!456> <@&789> **bold** [x](http://e.vil)");
        assert!(!shown.contains("@everyone") && !shown.contains("@here"), "{shown}");
        assert!(!shown.contains("<@1") && !shown.contains("<@!") && !shown.contains("<@&"), "{shown}");
        assert!(shown.contains("\\*\\*bold\\*\\*") && shown.contains("\\[x\\]"), "{shown}");
    }

    #[test]
    fn echo_is_one_short_line() {
        let shown = echo(&format!("why\n\n{}", "word ".repeat(100)));
        assert!(!shown.contains('\n') && shown.chars().count() <= MAX_ECHO, "{shown}");
        assert!(shown.starts_with("why word") && shown.ends_with('…'), "{shown}");
    }

    #[test]
    fn fit_cuts_at_lines_then_words_then_anywhere() {
        assert_eq!(fit("short", 10), "short");
        assert_eq!(fit("line one\nline two\nline three", 22), "line one\nline two\n…");
        assert_eq!(fit("many words in one line here", 16), "many words in…");
        assert_eq!(fit(&"é".repeat(50), 10), format!("{}…", "é".repeat(8)));
        for max in [2, 3, 50, 1999] {
            assert!(fit(&"ab\\cd ".repeat(500), max).chars().count() <= max);
        }
    }

    #[test]
    fn the_footer_survives_a_long_body() {
        let body = "> a quoted line of some length\n".repeat(200);
        let out = with_footer(&body, "Source: A, B, C");
        assert!(out.chars().count() <= MAX_CONTENT);
        assert!(out.ends_with("…\nSource: A, B, C"), "{}", &out[out.len() - 60..]);
    }
}
