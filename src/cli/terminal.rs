//! Text on its way to a terminal.
//!
//! The knowledge rules refuse control characters in every stored field, but data saved before
//! that rule, a hand-edited file, or a question someone typed can still hold them. Printed raw,
//! an escape sequence would recolour or rewrite the operator's terminal, and a line break in a
//! name would forge a line of `kb log`. [`visible`] shows each such character as an escape
//! instead (`\n`, `\u{1b}`), so what is printed is exactly what is stored, and inert.

use std::borrow::Cow;
use std::fmt::Write as _;

use crate::knowledge::rules::is_control;

/// `text` with every control character, line break and bidirectional override shown as a
/// visible escape.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match c {
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if is_control(c) => {
                let _ = write!(out, "\\u{{{:x}}}", c as u32);
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// [`visible`] for text whose line breaks are its own (a refusal listing several problems): each
/// line is made visible, and the breaks between them stay.
pub fn visible_lines(text: &str) -> String {
    text.split('\n').map(visible).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_text_of_several_lines_keeps_its_breaks() {
        assert_eq!(visible_lines("one\ntwo \u{1b}[31m"), "one\ntwo \\u{1b}[31m");
    }

    #[test]
    fn control_characters_show_as_escapes() {
        assert_eq!(visible("plain \u{201C}text\u{201D}"), "plain \u{201C}text\u{201D}");
        assert_eq!(visible("\u{1b}[31mRED"), "\\u{1b}[31mRED");
        assert_eq!(visible("ana\nforged line\t\r"), "ana\\nforged line\\t\\r");
        assert_eq!(visible("a\u{202E}b\u{7f}"), "a\\u{202e}b\\u{7f}");
    }
}
