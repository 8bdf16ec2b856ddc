//! Engine replies as Discord message content.
//!
//! Everything here is pure text work, so it is unit-tested without Discord. Two rules hold for
//! every string it returns:
//! - it fits Discord's 2,000-character limit ([`MAX_CONTENT`]): a long reply is cut at a line
//!   or word boundary with an ellipsis, and the attribution line is kept;
//! - text from outside the bot's own wording (the user's question, the article, the curated
//!   answers) is made inert by [`clean`]: every Markdown construct Discord renders shows
//!   literally, at the start of a line too; no `<…>` mention, channel, role, timestamp, emoji or
//!   command syntax survives; `@everyone` and `@here` are broken; and no link is live, so none
//!   gets a preview. The empty `allowed_mentions` and the SUPPRESS_EMBEDS flag every message
//!   carries (see `discord::send`) are the guards Discord itself enforces; the escaping keeps
//!   the text from even looking like a ping, a quote or a link.

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
            let _ = writeln!(body, "{}", clean(&one_line(answer)));
            quotes
        }
        Outcome::Passage { quotes } => {
            let _ = writeln!(body, "{}", Outcome::passage_message());
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
    if let Some(open) = Outcome::unanswered_message(&reply.unanswered) {
        let _ = writeln!(body, "{}", clean(&open));
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
    clean(&fit(&one_line(question), MAX_ECHO))
}

/// `text` made inert for Discord, wherever it is placed (its start counts as a line start):
/// - inline Markdown (`\\ * _ ~ ` | [ ]`) is backslash-escaped;
/// - at the start of each line, after any indentation, what would make a heading, subtext, block
///   quote or list (`#`, `-#`, `>`, `-`, `+`, `1.`) is escaped too;
/// - `<` and `@` are followed by a zero-width space, so no `<@id>`, `<#id>`, `<@&id>`,
///   `<t:…>`, `<:emoji:id>`, `</command:id>`, `@everyone` or `@here` survives;
/// - `://` gets a zero-width space after its colon, so no link is live or previewed.
pub fn clean(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    for (i, &c) in chars.iter().enumerate() {
        if line_start && !matches!(c, ' ' | '\t') {
            line_start = false;
            if starts_block(&chars[i..]) {
                out.push('\\');
            }
        }
        match c {
            '\\' | '*' | '_' | '~' | '`' | '|' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            '.' | ')' if ends_list_number(&out) => {
                out.push('\\');
                out.push(c);
            }
            '<' | '@' => {
                out.push(c);
                out.push(ZWSP);
            }
            ':' if chars[i + 1..].starts_with(&['/', '/']) => {
                out.push(c);
                out.push(ZWSP);
            }
            '\n' => {
                out.push(c);
                line_start = true;
            }
            _ => out.push(c),
        }
    }
    out
}

/// The question an answer message shows on its first line (`**Q:** …`), with the escapes of
/// [`clean`] undone: what a vote sends to the unanswered queue, and what a reply to the answer
/// follows up. `None` for a message that is not an answer.
pub fn question_of(content: &str) -> Option<String> {
    let echoed = content.lines().next()?.strip_prefix("**Q:** ")?;
    let mut question = String::with_capacity(echoed.len());
    let mut chars = echoed.chars();
    while let Some(c) = chars.next() {
        match c {
            ZWSP => {}
            '\\' => question.extend(chars.next()),
            _ => question.push(c),
        }
    }
    let question = question.trim();
    (!question.is_empty()).then(|| question.to_owned())
}

/// Whether a line starting with `rest` would render as a heading, subtext, block quote or
/// bullet list item (a numbered item is caught at its dot by [`ends_list_number`]).
fn starts_block(rest: &[char]) -> bool {
    match rest {
        ['#' | '>', ..] => true,
        ['-', '#', ..] => true,
        ['-' | '+', next, ..] => next.is_whitespace(),
        _ => false,
    }
}

/// Whether the `.` or `)` about to be written ends a line's leading number ("1." or "2)"), so
/// that the line could render as a numbered list item: the line written so far is indentation
/// and digits only.
fn ends_list_number(out: &str) -> bool {
    let line = out.rsplit('\n').next().unwrap_or(out).trim_start_matches([' ', '\t']);
    !line.is_empty() && line.chars().all(|c| c.is_ascii_digit())
}

/// `text` on one line: line breaks and runs of white space become one space. For text the bot
/// shows as a paragraph of its own (an answer), so that old data cannot lay out a fake quote.
pub fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
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
    fn a_question_left_open_is_named_and_inert() {
        let meta = crate::knowledge::Metadata {
            title: "T".into(),
            byline: "B".into(),
            dateline: "D".into(),
            author: "A".into(),
            place: "P".into(),
            date: "8 January 2020".into(),
        };
        let r = Reply {
            question: "who took sirte, and how many @everyone died?".into(),
            confidence: 0.9,
            outcome: Outcome::Passage { quotes: vec![quote(6, None)] },
            unanswered: vec!["how many @everyone died".into()],
        };
        let shown = reply(&r, &meta);
        assert!(
            shown.contains("The article doesn\u{2019}t answer \u{201C}how many @\u{200B}everyone died\u{201D}."),
            "{shown}"
        );
    }

    #[test]
    fn mentions_and_markdown_are_inert() {
        let shown = echo("hey @everyone and @here, <@123> <@!456> <@&789> **bold** [x](http://e.vil)");
        assert!(!shown.contains("@everyone") && !shown.contains("@here"), "{shown}");
        assert!(!shown.contains("<@1") && !shown.contains("<@!") && !shown.contains("<@&"), "{shown}");
        assert!(shown.contains("\\*\\*bold\\*\\*") && shown.contains("\\[x\\]"), "{shown}");
    }

    /// Every construct Discord renders, alone on a line and after a line break: what `clean`
    /// makes of it. (tests/discord_escaping.rs sends them through the stand-in Discord.)
    #[test]
    fn every_discord_construct_is_inert_at_a_line_start_and_inline() {
        let z = ZWSP;
        let cases = [
            ("# OFFICIAL", "\\# OFFICIAL".to_owned()),
            ("### small", "\\### small".to_owned()),
            ("-# subtext", "\\-# subtext".to_owned()),
            ("> quote", "\\> quote".to_owned()),
            (">>> quote", "\\>>> quote".to_owned()),
            ("- item", "\\- item".to_owned()),
            ("+ item", "\\+ item".to_owned()),
            ("* item", "\\* item".to_owned()),
            ("12. item", "12\\. item".to_owned()),
            ("  1) item", "  1\\) item".to_owned()),
            ("```rust", "\\`\\`\\`rust".to_owned()),
            ("||spoiler||", "\\|\\|spoiler\\|\\|".to_owned()),
            ("[x](https://e.vil)", format!("\\[x\\](https:{z}//e.vil)")),
            ("<#123>", format!("<{z}#123>")),
            ("<@&123>", format!("<{z}@{z}&123>")),
            ("<t:1700000000:R>", format!("<{z}t:1700000000:R>")),
            ("<:pepe:123>", format!("<{z}:pepe:123>")),
            ("</kb add:123>", format!("<{z}/kb add:123>")),
            ("https://evil.example/x", format!("https:{z}//evil.example/x")),
            ("@everyone", format!("@{z}everyone")),
        ];
        for (raw, inert) in cases {
            assert_eq!(clean(raw), inert, "{raw}");
            assert_eq!(clean(&format!("a\n{raw}")), format!("a\n{inert}"), "{raw} after a line break");
        }
        assert_eq!(
            clean("Tripoli-aligned forces, 12 January 2020. #1 (U.N.)"),
            "Tripoli-aligned forces, 12 January 2020. #1 (U.N.)"
        );
    }

    #[test]
    fn the_question_is_read_back_from_an_answer() {
        for q in ["Who took *Sirte*? <@1> 1. [x](https://e.vil) \\o/", "and Serraj?"] {
            let content = format!("**Q:** {}\nAnswer", echo(q));
            assert_eq!(question_of(&content).as_deref(), Some(q), "{content}");
        }
        assert_eq!(question_of("Quiz closed"), None);
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
