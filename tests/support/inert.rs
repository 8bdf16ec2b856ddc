//! What Discord would render in a message's text: a model of its Markdown and mention syntax,
//! for checking that text the bot echoes arrives inert.
//!
//! The model follows Discord's rules: a character preceded by an odd number of backslashes is
//! escaped (shown literally); headings (`#`), subtext (`-#`), block quotes (`>`) and list items
//! (`- `, `* `, `+ `, `1. `) only count at the start of a line, after indentation; code, emphasis,
//! spoilers and masked links count anywhere; `<@…>`, `<#…>`, `<t:…>`, `<:…>` and `</…>` only
//! when nothing sits between `<` and the next character; `http(s)://` is a live link only when
//! written without a break.

/// The constructs Discord would render in `line`, read as one whole line of a message.
pub fn live(line: &str) -> Vec<&'static str> {
    let chars: Vec<char> = line.chars().collect();
    let escaped = |i: usize| chars[..i].iter().rev().take_while(|&&c| c == '\\').count() % 2 == 1;
    let plain = |i: usize, c: char| chars.get(i) == Some(&c) && !escaped(i);
    let mut found = Vec::new();

    let start = chars.iter().take_while(|c| matches!(c, ' ' | '\t')).count();
    let digits = chars[start..].iter().take_while(|c| c.is_ascii_digit()).count();
    let spaced = |i: usize| chars.get(i).is_some_and(|c| c.is_whitespace());
    if plain(start, '#') {
        found.push("heading");
    } else if plain(start, '-') && chars.get(start + 1) == Some(&'#') {
        found.push("subtext");
    } else if plain(start, '>') {
        found.push("block quote");
    } else if ['-', '*', '+'].iter().any(|&m| plain(start, m)) && spaced(start + 1) {
        found.push("list item");
    } else if digits > 0 && (plain(start + digits, '.') || plain(start + digits, ')')) && spaced(start + digits + 1) {
        found.push("numbered list item");
    }

    for i in 0..chars.len() {
        let next = |k: usize| chars.get(i + k).copied();
        if plain(i, '`') {
            found.push("code");
        }
        for mark in ['*', '_', '~', '|'] {
            if plain(i, mark) && plain(i + 1, mark) {
                found.push("formatting");
            }
        }
        if plain(i, ']') && next(1) == Some('(') {
            found.push("masked link");
        }
        if chars[i] == '<' && matches!(next(1), Some('@' | '#' | ':' | '/' | 't' | 'a' | 'i')) {
            found.push("mention, timestamp or emoji syntax");
        }
        let rest: String = chars[i..].iter().take(10).collect();
        if rest.starts_with("@everyone") || rest.starts_with("@here") {
            found.push("mass mention");
        }
        if (rest.starts_with("http://") || rest.starts_with("https://")) && (i == 0 || !chars[i - 1].is_alphanumeric())
        {
            found.push("link");
        }
    }
    found
}
