//! Knowledge entries: the curated answers, as written in TOML and as loaded.

use regex::{Regex, RegexBuilder};
use serde::{Deserialize, Serialize};
use toml::Spanned;

use super::article::{Article, Block};
use super::error::{line_of, toml_problem, Diagnostic};
use super::locate::{Location, QuoteFinder};
use super::rules::{self, Rules};

/// Limits that keep entries readable in Discord and regexes cheap.
pub mod limits {
    pub const ID_CHARS: usize = 64;
    pub const TOPIC_CHARS: usize = 60;
    pub const QUESTION_CHARS: usize = 200;
    pub const ANSWER_CHARS: usize = 600;
    pub const QUOTE_CHARS: usize = 600;
    pub const QUESTIONS: usize = 50;
    pub const QUOTES: usize = 5;
    /// A server's own entries: enough for any study group, and a bound on
    /// what one server's moderators can make the bot hold in memory.
    pub const SERVER_ENTRIES: usize = 10_000;
    pub const TRIGGERS: usize = 5;
    /// Compiled size of one trigger regex, in bytes.
    pub const TRIGGER_SIZE: usize = 64 * 1024;
}

/// An entry as written in a knowledge file: the storage format, shared by
/// the shipped `knowledge/entries/*.toml` and each server's own file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntrySpec {
    pub id: String,
    pub topic: String,
    pub questions: Vec<String>,
    #[serde(default)]
    pub triggers: Vec<String>,
    pub answer: String,
    pub quotes: Vec<String>,
}

/// A quote located in the article.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Quote {
    /// The article's own characters for the quoted span.
    pub text: String,
    pub at: Location,
}

impl Quote {
    /// Whether it is a whole section heading ([`super::is_whole_heading`]).
    pub fn is_heading(&self) -> bool {
        super::is_whole_heading(&self.text, self.at.paragraph, self.at.section.as_deref())
    }
}

/// A validated entry: every quote located, every trigger known to compile
/// (the engine compiles all of a knowledge base's triggers into one set).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Entry {
    pub spec: EntrySpec,
    pub quotes: Vec<Quote>,
}

impl Entry {
    pub fn id(&self) -> &str {
        &self.spec.id
    }
}

/// Why a field of an entry is not acceptable, with which field.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// Which field: "id", "questions[2]", "quotes[0]", …
    pub field: String,
    pub message: String,
}

/// Checks an entry against the article, the limits and every content rule
/// ([`rules`]), and locates its quotes. All problems are returned, each
/// naming its field; a quote that is not in the article names the nearest
/// passage. What the shipped knowledge and every moderator's change get.
pub fn validate(spec: EntrySpec, article: &Article, finder: &QuoteFinder) -> Result<Entry, Vec<FieldProblem>> {
    validate_under(spec, article, finder, Rules::All)
}

/// [`validate`], holding the entry to `rules`: [`Rules::Saved`] for an
/// entry read back from a server's files.
pub fn validate_under(
    spec: EntrySpec,
    article: &Article,
    finder: &QuoteFinder,
    rules: Rules,
) -> Result<Entry, Vec<FieldProblem>> {
    use limits::*;
    let mut problems = Vec::new();
    let mut problem = |field: String, message: String| problems.push(FieldProblem { field, message });
    // The content rules apply to new text only; see `rules::Rules::Saved`.
    let content = |rule: fn(&str) -> Option<String>| (rules == Rules::All).then_some(rule);

    if let Some(message) = id_problem(&spec.id) {
        problem("id".into(), message);
    }
    text_field(&spec.topic, "topic", TOPIC_CHARS, content(rules::topic_problem), &mut problem);
    text_field(&spec.answer, "answer", ANSWER_CHARS, content(rules::answer_problem), &mut problem);
    if spec.questions.is_empty() || spec.questions.len() > QUESTIONS {
        problem("questions".into(), format!("must list 1 to {QUESTIONS} example questions"));
    }
    for (i, q) in spec.questions.iter().enumerate() {
        text_field(q, &format!("questions[{i}]"), QUESTION_CHARS, content(rules::question_problem), &mut problem);
    }
    if spec.quotes.is_empty() || spec.quotes.len() > QUOTES {
        problem("quotes".into(), format!("must cite 1 to {QUOTES} quotes from the article"));
    }
    let mut quotes = Vec::new();
    for (i, q) in spec.quotes.iter().enumerate() {
        let field = format!("quotes[{i}]");
        if q.trim().is_empty() || q.chars().count() > QUOTE_CHARS {
            problem(field, format!("must be 1 to {QUOTE_CHARS} characters"));
            continue;
        }
        match finder.locate(article, q) {
            Some(at) => {
                let block = &article.blocks[at.block];
                let unfit = (rules == Rules::All).then(|| rules::quote_problem(q, stands_whole(block, &at)));
                if let Some(message) = unfit.flatten() {
                    problem(field, message);
                    continue;
                }
                let text = block.text[at.start..at.end].to_string();
                quotes.push(Quote { text, at });
            }
            None => {
                let hint = finder
                    .nearest(article, q)
                    .map(|(text, place)| format!("; the nearest passage ({place}) is: \u{201C}{text}\u{201D}"))
                    .unwrap_or_default();
                problem(field, format!("is not verbatim in the article{hint}"));
            }
        }
    }
    if spec.triggers.len() > TRIGGERS {
        problem("triggers".into(), format!("at most {TRIGGERS} triggers"));
    }
    for (i, t) in spec.triggers.iter().enumerate() {
        let unfit = content(rules::trigger_problem).and_then(|rule| rule(t));
        if let Some(message) = unfit.or_else(|| compile_trigger(t).err()) {
            problem(format!("triggers[{i}]"), message);
        }
    }
    if problems.is_empty() {
        Ok(Entry { spec, quotes })
    } else {
        Err(problems)
    }
}

/// Whether a located quote is a whole sentence or line of the article (the
/// byline "By Sami Zaptia." is short, but it is all there is to quote).
fn stands_whole(block: &Block, at: &Location) -> bool {
    let span = block.text[at.start..at.end].trim();
    span == block.text.trim() || block.sentences.iter().any(|&(start, end)| block.text[start..end].trim() == span)
}

/// A text field's first problem: its length, then `rule` (the field's content rule, if it
/// applies).
fn text_field(
    value: &str,
    field: &str,
    max: usize,
    rule: Option<fn(&str) -> Option<String>>,
    problem: &mut impl FnMut(String, String),
) {
    if let Some(message) = text_problem(value, max).or_else(|| rule.and_then(|rule| rule(value))) {
        problem(field.to_string(), message);
    }
}

/// What is wrong with an entry id, if anything: the one statement of the
/// id rules, for entries and for the ids moderators type.
pub fn id_problem(id: &str) -> Option<String> {
    if id.is_empty() || id.chars().count() > limits::ID_CHARS {
        Some(format!("must be 1 to {} characters", limits::ID_CHARS))
    } else if !id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        Some("may contain only a-z, 0-9 and '-'".into())
    } else {
        None
    }
}

/// What is wrong with a text field of at most `max` characters, if anything.
pub fn text_problem(value: &str, max: usize) -> Option<String> {
    if value.trim().is_empty() {
        Some("must not be empty".into())
    } else if value.chars().count() > max {
        Some(format!("is longer than {max} characters"))
    } else {
        None
    }
}

/// Compiles a trigger case-insensitively, within a size limit so one
/// entry cannot make every question slow.
pub fn compile_trigger(pattern: &str) -> Result<Regex, String> {
    RegexBuilder::new(pattern).case_insensitive(true).size_limit(limits::TRIGGER_SIZE).build().map_err(|e| match e {
        regex::Error::CompiledTooBig(_) => format!("regex is larger than {} bytes compiled", limits::TRIGGER_SIZE),
        e => format!("regex does not compile: {}", e.to_string().lines().last().unwrap_or("")),
    })
}

/// The same entry with a line number for every field, for messages.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpannedSpec {
    id: Spanned<String>,
    topic: Spanned<String>,
    questions: Spanned<Vec<Spanned<String>>>,
    #[serde(default)]
    triggers: Option<Spanned<Vec<Spanned<String>>>>,
    answer: Spanned<String>,
    quotes: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SpannedFile {
    #[serde(default)]
    entry: Vec<Spanned<SpannedSpec>>,
}

impl SpannedSpec {
    fn to_spec(&self) -> EntrySpec {
        let plain = |v: &Vec<Spanned<String>>| v.iter().map(|s| s.get_ref().clone()).collect();
        EntrySpec {
            id: self.id.get_ref().clone(),
            topic: self.topic.get_ref().clone(),
            questions: plain(self.questions.get_ref()),
            triggers: self.triggers.as_ref().map(|t| plain(t.get_ref())).unwrap_or_default(),
            answer: self.answer.get_ref().clone(),
            quotes: plain(self.quotes.get_ref()),
        }
    }

    /// The byte offset where `field` ("quotes[1]", "id", …) is written.
    fn offset_of(&self, field: &str) -> usize {
        let (name, index) = match field.split_once('[') {
            Some((name, rest)) => (name, rest.trim_end_matches(']').parse::<usize>().ok()),
            None => (field, None),
        };
        let list = |l: &Spanned<Vec<Spanned<String>>>| match index.and_then(|i| l.get_ref().get(i)) {
            Some(item) => item.span().start,
            None => l.span().start,
        };
        match name {
            "id" => self.id.span().start,
            "topic" => self.topic.span().start,
            "answer" => self.answer.span().start,
            "questions" => list(&self.questions),
            "quotes" => list(&self.quotes),
            "triggers" => self.triggers.as_ref().map_or(self.id.span().start, list),
            _ => self.id.span().start,
        }
    }
}

/// Parses and validates one knowledge file of `[[entry]]` tables under
/// every rule. Problems name the file, the line of the offending field and
/// the entry.
pub fn parse_entries(
    source: &str,
    file: &str,
    article: &Article,
    finder: &QuoteFinder,
) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    parse_entries_under(source, file, article, finder, Rules::All)
}

/// [`parse_entries`], holding the entries to `rules`.
pub fn parse_entries_under(
    source: &str,
    file: &str,
    article: &Article,
    finder: &QuoteFinder,
    rules: Rules,
) -> Result<Vec<Entry>, Vec<Diagnostic>> {
    let parsed: SpannedFile = toml::from_str(source).map_err(|e| vec![toml_problem(file, source, &e)])?;
    let mut entries = Vec::new();
    let mut problems = Vec::new();
    for spanned in parsed.entry {
        let raw = spanned.into_inner();
        let id = raw.id.get_ref().clone();
        let line_of_field = |field: &str| line_of(source, raw.offset_of(field));
        let spec = raw.to_spec();
        match validate_under(spec, article, finder, rules) {
            Ok(entry) => entries.push(entry),
            Err(field_problems) => problems.extend(field_problems.into_iter().map(|p| Diagnostic {
                file: file.to_string(),
                line: line_of_field(&p.field),
                message: format!("entry {id:?}: {} {}", p.field, p.message),
            })),
        }
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}
