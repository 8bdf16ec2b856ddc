//! A server's own entries as a file: the same `[[entry]]` tables as
//! `knowledge/entries/*.toml`, so they can be read, reviewed, versioned and moved
//! into the shipped knowledge base as they are. `citebot kb export` writes one
//! ([`render_entries`]); `kb import` and the import of the old file layout
//! (`DATA_DIR/guilds/<id>/entries.toml`) read one ([`Source::parse_entries_file`]).

use std::collections::HashSet;
use std::fmt::Write;

use serde::Deserialize;
use toml::Spanned;

use super::{line_of, parse_entries_under, validate_under, Diagnostic, Entry, EntrySpec, LoadError, Rules, Source};

impl Source {
    /// Parses and validates an entries file under `rules`: every rule for a
    /// file a moderator imports, the rules entries were saved by
    /// ([`Rules::Saved`]) for the old file layout. Ids must also be unique
    /// within the file.
    ///
    /// A good file takes the fast way: plain deserialisation, then the same
    /// validation the shipped loader applies. Only a file with a problem is
    /// parsed again by the shipped loader, which keeps every value's position,
    /// so each problem is reported at its line. (Keeping positions costs
    /// about twice the parse, which matters at 10,000 entries.)
    pub fn parse_entries_file(&self, text: &str, file: &str, rules: Rules) -> Result<Vec<Entry>, LoadError> {
        if let Some(entries) = parse_quickly(text, self, rules) {
            return Ok(entries);
        }
        let entries = parse_entries_under(text, file, &self.article, &self.finder, rules)
            .map_err(|problems| LoadError { problems })?;
        let lines = id_lines(text);
        let mut seen = HashSet::new();
        let problems: Vec<Diagnostic> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| !seen.insert(e.id()))
            .map(|(n, e)| Diagnostic {
                file: file.to_string(),
                line: lines.get(n).copied().unwrap_or(0),
                message: format!("entry id {:?} is used twice in this file", e.id()),
            })
            .collect();
        LoadError::from_problems(problems)?;
        Ok(entries)
    }
}

/// The entries if the file has no problem at all, else `None`.
fn parse_quickly(text: &str, source: &Source, rules: Rules) -> Option<Vec<Entry>> {
    #[derive(Deserialize)]
    #[serde(deny_unknown_fields)]
    struct Plain {
        #[serde(default)]
        entry: Vec<EntrySpec>,
    }
    let plain: Plain = toml::from_str(text).ok()?;
    let mut seen = HashSet::new();
    if !plain.entry.iter().all(|e| seen.insert(e.id.clone())) {
        return None;
    }
    plain.entry.into_iter().map(|spec| validate_under(spec, &source.article, &source.finder, rules).ok()).collect()
}

/// Writes entries as a knowledge file, in the style of the shipped ones:
/// a header saying what the file is, one question or quote per line so a
/// diff shows what changed, and literal strings where they read better.
/// Parsing the result gives back the same specs.
pub fn render_entries<'a>(guild: u64, specs: impl IntoIterator<Item = &'a EntrySpec>) -> String {
    let mut out = format!(
        "# The entries moderators of server {guild} added, in the format of\n\
         # knowledge/entries/*.toml. Written by `citebot kb export`; load it into\n\
         # a server with `citebot kb import`.\n"
    );
    for spec in specs {
        out.push_str("\n[[entry]]\n");
        let _ = writeln!(out, "id = {}", toml_string(&spec.id));
        let _ = writeln!(out, "topic = {}", toml_string(&spec.topic));
        list(&mut out, "questions", &spec.questions);
        if !spec.triggers.is_empty() {
            list(&mut out, "triggers", &spec.triggers);
        }
        let _ = writeln!(out, "answer = {}", toml_string(&spec.answer));
        list(&mut out, "quotes", &spec.quotes);
    }
    out
}

fn list(out: &mut String, key: &str, items: &[String]) {
    let _ = writeln!(out, "{key} = [");
    for item in items {
        let _ = writeln!(out, "  {},", toml_string(item));
    }
    out.push_str("]\n");
}

/// A TOML string for `s`: a literal string ('…', no escapes) when `s` has
/// a double quote or a backslash and can be one, as regex triggers and
/// quotes with speech marks often do; otherwise a basic string, escaped.
fn toml_string(s: &str) -> String {
    let literal_ok = !s.contains('\'') && !s.chars().any(char::is_control);
    if literal_ok && (s.contains('"') || s.contains('\\')) {
        return format!("'{s}'");
    }
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            // The other characters TOML requires escaped (C0 controls and DEL).
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                let _ = write!(out, "\\u{:04X}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// The line of each entry's `id`, in file order, for messages about ids.
fn id_lines(text: &str) -> Vec<usize> {
    #[derive(Deserialize)]
    struct Ids {
        #[serde(default)]
        entry: Vec<Id>,
    }
    #[derive(Deserialize)]
    struct Id {
        id: Spanned<String>,
    }
    toml::from_str::<Ids>(text)
        .map(|ids| ids.entry.iter().map(|e| line_of(text, e.id.span().start)).collect())
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Deserialize)]
    struct Plain {
        #[serde(default)]
        entry: Vec<EntrySpec>,
    }

    #[test]
    fn any_text_round_trips() {
        let tricky = [
            "plain",
            "it's \"quoted\"",
            "C:\\path\\",
            r"\b(cease.?fire|truce)\b",
            "both ' and \"",
            "new\nline\r\ttab",
            "\u{0}\u{1f}\u{7f}\u{80}\u{2028}",
            "Turkey\u{2019}s \u{201C}red line\u{201D} \u{2013} ok",
            "'",
            "",
            "trailing backslash \\",
            "\"\"\"",
        ];
        let specs: Vec<EntrySpec> = tricky
            .iter()
            .map(|s| EntrySpec {
                id: s.to_string(),
                topic: s.to_string(),
                questions: vec![s.to_string(), "two".into()],
                triggers: vec![s.to_string()],
                answer: s.to_string(),
                quotes: vec![s.to_string()],
            })
            .collect();
        let text = render_entries(5, &specs);
        let back: Plain = toml::from_str(&text).unwrap_or_else(|e| panic!("{e}\n{text}"));
        assert_eq!(back.entry, specs);
        assert_eq!(toml::from_str::<Plain>(&render_entries(5, &[])).unwrap().entry, vec![]);
    }

    #[test]
    fn reads_like_a_shipped_file() {
        let spec = EntrySpec {
            id: "red-line".into(),
            topic: "Egypt".into(),
            questions: vec!["What is the red line?".into()],
            triggers: vec![r"\bred line\b".into()],
            answer: "Sirte.".into(),
            quotes: vec!["a \u{201C}red line\u{201D}".into()],
        };
        let text = render_entries(1, [&spec]);
        let body = &text[text.find("[[entry]]").unwrap()..];
        assert_eq!(
            body,
            "[[entry]]\nid = \"red-line\"\ntopic = \"Egypt\"\nquestions = [\n  \"What is the red line?\",\n]\n\
             triggers = [\n  '\\bred line\\b',\n]\nanswer = \"Sirte.\"\nquotes = [\n  \"a \u{201C}red line\u{201D}\",\n]\n"
        );
    }
}
