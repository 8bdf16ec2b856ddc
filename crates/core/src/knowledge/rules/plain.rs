//! Plain text: what a stored field may not contain because a terminal or Discord would do
//! something with it other than show it.

use std::sync::LazyLock;

use regex::Regex;

/// Whether `c` moves the cursor, changes the terminal or reorders text rather than showing:
/// control characters (C0, DEL, C1: escape sequences, line breaks, tabs), Unicode's line and
/// paragraph separators, and the invisible bidirectional overrides that make text read in an
/// order other than the one it is stored in.
pub fn is_control(c: char) -> bool {
    c.is_control() || matches!(c, '\u{2028}' | '\u{2029}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A line break or a control character.
pub fn control_problem(text: &str) -> Option<String> {
    let c = text.chars().find(|&c| is_control(c))?;
    let code = format!("U+{:04X}", c as u32);
    Some(match c {
        '\n' | '\r' | '\u{0B}' | '\u{0C}' | '\u{85}' | '\u{2028}' | '\u{2029}' => {
            format!("has a line break ({code}): write one paragraph on one line")
        }
        _ => format!("has an invisible control character ({code}): type plain text"),
    })
}

/// Markup Discord would render: a block quote, heading, subtext or list at the start, code,
/// or emphasis and spoiler marks anywhere. An answer is plain text; only the bot lays out
/// quotes.
pub fn markup_problem(text: &str) -> Option<String> {
    static LEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^\s*(?:(?P<quote>>)|(?P<sub>-#)|(?P<head>#)|(?P<list>[-*+•]\s|\d+[.)]\s))").expect("a valid regex")
    });
    if let Some(c) = LEADING.captures(text) {
        let (mark, what) = if c.name("quote").is_some() {
            (">", "a block quote (only the article's words are quoted, by the bot)")
        } else if c.name("sub").is_some() {
            ("-#", "small subtext")
        } else if c.name("head").is_some() {
            ("#", "a heading")
        } else {
            (c.name("list").map_or("", |m| m.as_str().trim()), "a list item")
        };
        return Some(format!("starts with \u{201C}{mark}\u{201D}, which Discord shows as {what}: start with a word"));
    }
    if text.contains('`') {
        return Some("has a backtick (`), which Discord shows as code: write plain text".into());
    }
    ["**", "__", "~~", "||"]
        .into_iter()
        .find(|mark| text.contains(mark))
        .map(|mark| format!("has \u{201C}{mark}\u{201D}, which Discord shows as formatting: write plain text"))
}

/// Mentions, timestamps, custom emoji and links: Discord turns them into live things (a ping,
/// a channel link, a date in the reader's time zone, a preview of someone's page), which the
/// bot's own words never contain.
pub fn discord_problem(text: &str) -> Option<String> {
    static SYNTAX: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)
            (?P<user><@!?\d+>) | (?P<role><@&\d+>) | (?P<channel><\#\d+>) | (?P<time><t:-?\d+(?::\w)?>)
            | (?P<emoji><a?:\w+:\d+>) | (?P<command></[^<>\n]+:\d+>) | (?P<nav><id:\w+>)
            | (?P<everyone>@(?:everyone|here)\b)
            | (?P<link>(?i:\b[a-z][a-z0-9+.-]*://\S|\bwww\.\S|\bdiscord(?:app)?\.(?:gg|com/invite)/))
            ",
        )
        .expect("a valid regex")
    });
    let c = SYNTAX.captures(text)?;
    let names = [
        ("user", "a Discord user mention"),
        ("role", "a Discord role mention"),
        ("channel", "a Discord channel mention"),
        ("time", "a Discord timestamp"),
        ("emoji", "custom emoji markup"),
        ("command", "a Discord command mention"),
        ("nav", "a Discord server link"),
        ("everyone", "a mass mention"),
        ("link", "a link"),
    ];
    let (name, what) = names.into_iter().find(|(name, _)| c.name(name).is_some())?;
    let found: String = c.name(name)?.as_str().chars().take(40).collect();
    Some(format!("has {what} (\u{201C}{found}\u{201D}); the bot shows no mentions, timestamps, emoji or links"))
}
