//! What a server changes about the shipped entries, `shipped.toml`.
//!
//! The shipped knowledge base answers in every server, so a server never
//! edits it: it records, in its own directory, which shipped ids it hides
//! and which extra questions it gives shipped entries. Ids that the shipped
//! knowledge base no longer has are kept (they may come back) and ignored.
//!
//! ```toml
//! hidden = ["trump-role"]
//!
//! [aliases]
//! ceasefire-date = ["when do the guns go quiet"]
//! ```

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};
use toml::Spanned;

use crate::knowledge::error::toml_problem;
use crate::knowledge::{id_problem, limits, line_of, text_problem, Diagnostic, LoadError};

/// A server's changes to the shipped entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ShippedChanges {
    /// Shipped entry ids that do not answer in this server.
    pub hidden: BTreeSet<String>,
    /// Extra questions for shipped entries, by id, in the order added.
    pub aliases: BTreeMap<String, Vec<String>>,
}

impl ShippedChanges {
    pub fn is_empty(&self) -> bool {
        self.hidden.is_empty() && self.aliases.is_empty()
    }

    pub fn aliases_of(&self, id: &str) -> &[String] {
        self.aliases.get(id).map_or(&[], Vec::as_slice)
    }

    /// Parses the file, checking ids and questions with the entry rules so
    /// the engine never sees an empty or overlong question.
    pub fn parse(text: &str, file: &str) -> Result<ShippedChanges, LoadError> {
        #[derive(Deserialize)]
        #[serde(deny_unknown_fields)]
        struct Raw {
            #[serde(default)]
            hidden: Vec<Spanned<String>>,
            #[serde(default)]
            aliases: BTreeMap<Spanned<String>, Vec<Spanned<String>>>,
        }
        let raw: Raw = toml::from_str(text).map_err(|e| LoadError { problems: vec![toml_problem(file, text, &e)] })?;
        let mut problems = Vec::new();
        let mut problem = |at: usize, message: String| {
            problems.push(Diagnostic { file: file.to_string(), line: line_of(text, at), message })
        };
        let mut changes = ShippedChanges::default();
        for id in raw.hidden {
            if let Some(why) = id_problem(id.get_ref()) {
                problem(id.span().start, format!("hidden id {:?} {why}", id.get_ref()));
            }
            changes.hidden.insert(id.into_inner());
        }
        for (id, questions) in raw.aliases {
            if let Some(why) = id_problem(id.get_ref()) {
                problem(id.span().start, format!("alias id {:?} {why}", id.get_ref()));
            }
            let mut kept = Vec::new();
            for q in questions {
                if let Some(why) = text_problem(q.get_ref(), limits::QUESTION_CHARS) {
                    problem(q.span().start, format!("a question for {:?} {why}", id.get_ref()));
                }
                kept.push(q.into_inner());
            }
            changes.aliases.insert(id.into_inner(), kept);
        }
        if problems.is_empty() {
            Ok(changes)
        } else {
            Err(LoadError { problems })
        }
    }

    pub fn render(&self, guild: u64) -> String {
        #[derive(Serialize)]
        struct Raw<'a> {
            hidden: &'a BTreeSet<String>,
            aliases: &'a BTreeMap<String, Vec<String>>,
        }
        let mut out = format!(
            "# What server {guild} changes about the shipped entries (knowledge/entries/):\n\
             # the ids it hides, and the extra questions it gives them. Written by citebot.\n\n"
        );
        out.push_str(
            &toml::to_string_pretty(&Raw { hidden: &self.hidden, aliases: &self.aliases })
                .expect("shipped changes always serialize"),
        );
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut c = ShippedChanges::default();
        c.hidden.insert("trump-role".into());
        c.aliases.insert("ceasefire-date".into(), vec!["when do \"guns\" stop?".into(), "b".into()]);
        let text = c.render(7);
        assert_eq!(ShippedChanges::parse(&text, "shipped.toml").unwrap(), c);
        assert_eq!(ShippedChanges::parse("", "x").unwrap(), ShippedChanges::default());
    }

    #[test]
    fn problems_are_located() {
        let text = "hidden = [\"ok\"]\n\n[aliases]\nBad_Id = [\"q\"]\nfine = [\n  \"\",\n]\n";
        let err = ShippedChanges::parse(text, "s.toml").unwrap_err();
        let lines: Vec<usize> = err.problems.iter().map(|p| p.line).collect();
        assert_eq!(lines, vec![4, 6], "{err}");
        let err = ShippedChanges::parse("hidden = 3\n", "s.toml").unwrap_err();
        assert_eq!(err.problems[0].line, 1);
    }
}
