//! `knowledge/quiz.toml`: the curated quiz items, one `[[item]]` table each. Reading the file
//! is the caller's business (this module stays pure); this parses its text and checks every
//! item, reporting each problem as `file:line: message`, like `citebot check` does for entries.

use serde::Deserialize;
use toml::Spanned;

use super::{Bank, Item, ItemSpec};
use crate::knowledge::{line_of, Diagnostic, LoadError, Source};

/// The name of the quiz file in a knowledge directory.
pub const FILE_NAME: &str = "quiz.toml";

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuizFile {
    #[serde(default)]
    item: Vec<Spanned<ItemSpec>>,
}

/// Parses and checks the text of a quiz file (`file` names it in messages): every item valid
/// ([`Item::validate`], with `topics` the topics an item may have), ids unique, and every item
/// playable: at least three answers of its kind that can be offered as wrong choices.
pub fn parse(text: &str, file: &str, source: &Source, topics: &[String]) -> Result<Bank, LoadError> {
    let parsed: QuizFile = toml::from_str(text).map_err(|e| {
        let line = e.span().map_or(1, |s| line_of(text, s.start));
        LoadError::at(file, line, e.message().trim())
    })?;
    let mut items = Vec::new();
    let mut lines = Vec::new();
    let mut problems = Vec::new();
    for spanned in parsed.item {
        let line = line_of(text, spanned.span().start);
        let spec = spanned.into_inner();
        let id = spec.id.clone();
        if items.iter().any(|known: &Item| known.id == id) {
            problems.push(Diagnostic { file: file.into(), line, message: format!("item id {id:?} is used twice") });
        }
        match Item::validate(spec, source, topics) {
            Ok(item) => {
                items.push(item);
                lines.push(line);
            }
            Err(found) => problems.extend(found.into_iter().map(|p| Diagnostic {
                file: file.into(),
                line,
                message: format!("item {id:?}: {} {}", p.field, p.message),
            })),
        }
    }
    let bank = Bank::new(items);
    for (item, line) in bank.items().iter().zip(lines) {
        let wrong = bank.wrong_choices(item).len();
        if wrong < 3 {
            problems.push(Diagnostic {
                file: file.into(),
                line,
                message: format!(
                    "item {:?}: only {wrong} answer(s) of kind {} can be offered as wrong choices (3 are needed): \
                     add items of that kind, or check its also_right",
                    item.id, item.kind
                ),
            });
        }
    }
    LoadError::from_problems(problems)?;
    Ok(bank)
}
