//! A quiz item: a question, its short right answer, the answer's kind, and the verbatim quote
//! that proves it. The shipped ones are curated in `knowledge/quiz.toml`; a moderator's entry
//! becomes one when it is given a short answer and a kind (`/kb quiz`).
//!
//! Every item is held to the knowledge rules through the knowledge API: the quote is verbatim
//! in the article and at least a clause, the texts are plain, and the short answer is plainly
//! stated by the quote ([`super::fold::plainly_states`]), so the reveal always proves it.

use serde::Deserialize;

use super::fold::plainly_states;
use super::Kind;
use crate::engine::QuoteRef;
use crate::knowledge::{id_problem, limits, rules, text_problem, Entry, FieldProblem, Source};

/// The longest short answer: a button's label, which Discord caps at 80 characters.
pub const ANSWER_CHARS: usize = 80;
/// The longest list of answers that are also right.
pub const ALSO_RIGHT: usize = 10;

/// A quiz item as written, before it is checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ItemSpec {
    pub id: String,
    pub topic: String,
    pub question: String,
    /// The short right answer, as a button shows it.
    pub answer: String,
    /// [`Kind`]'s word: date, person, place, country, number or other.
    pub kind: String,
    /// The article's own words that state the answer.
    pub quote: String,
    /// Answers that are right too, or too close to right to be offered as wrong ones ("Which
    /// country rejected the deals?": Greece, Cyprus, France and Egypt all did).
    #[serde(default)]
    pub also_right: Vec<String>,
}

/// A checked quiz item.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// Unique within a bank; a moderator's item is `kb:` and its entry's id.
    pub id: String,
    pub topic: String,
    pub question: String,
    pub answer: String,
    pub kind: Kind,
    /// The quote, as the article has it, and where it stands.
    pub quote: QuoteRef,
    pub also_right: Vec<String>,
}

impl Item {
    /// Checks `spec` against the article and the rules. `topics` are the topics an item may
    /// have (the entries'); empty allows any.
    pub fn validate(spec: ItemSpec, source: &Source, topics: &[String]) -> Result<Item, Vec<FieldProblem>> {
        let mut problems = Vec::new();
        let mut problem = |field: &str, message: String| problems.push(FieldProblem { field: field.into(), message });
        if let Some(message) = id_problem(&spec.id) {
            problem("id", message);
        }
        if let Some(message) =
            text_problem(&spec.topic, limits::TOPIC_CHARS).or_else(|| rules::topic_problem(&spec.topic))
        {
            problem("topic", message);
        } else if !topics.is_empty() && !topics.iter().any(|t| t == &spec.topic) {
            problem("topic", format!("is not a topic of the entries (they are: {})", topics.join(", ")));
        }
        let question = &spec.question;
        if let Some(message) =
            text_problem(question, limits::QUESTION_CHARS).or_else(|| rules::question_problem(question))
        {
            problem("question", message);
        }
        let kind = Kind::parse(&spec.kind);
        if kind.is_none() {
            problem("kind", format!("must be one of: {}", Kind::choices()));
        }
        if let Some(message) = answer_problem(&spec.answer) {
            problem("answer", message);
        }
        for (i, other) in spec.also_right.iter().enumerate() {
            if let Some(message) = answer_problem(other) {
                problem(&format!("also_right[{i}]"), message);
            }
        }
        if spec.also_right.len() > ALSO_RIGHT {
            problem("also_right", format!("lists more than {ALSO_RIGHT} answers"));
        }
        let quote = match locate(&spec.quote, source) {
            Ok(quote) => Some(quote),
            Err(message) => {
                problem("quote", message);
                None
            }
        };
        if let Some(quote) = &quote {
            if answer_problem(&spec.answer).is_none() && !plainly_states(&quote.text, &spec.answer) {
                problem("answer", "is not stated by the quote: every word of it must be in the quote".into());
            }
        }
        match (kind, quote) {
            (Some(kind), Some(quote)) if problems.is_empty() => Ok(Item {
                id: spec.id,
                topic: spec.topic,
                question: spec.question,
                answer: spec.answer.trim().to_owned(),
                kind,
                quote,
                also_right: spec.also_right,
            }),
            _ => Err(problems),
        }
    }

    /// A moderator's entry as a quiz item: its first question, `answer` of `kind`, proved by the
    /// first of its quotes that plainly states the answer. The entry itself was checked when it
    /// was saved.
    pub fn from_entry(entry: &Entry, answer: &str, kind: Kind) -> Result<Item, Vec<FieldProblem>> {
        let answer = answer.trim();
        if let Some(message) = answer_problem(answer) {
            return Err(vec![FieldProblem { field: "answer".into(), message }]);
        }
        let Some(quote) = entry.quotes.iter().find(|q| plainly_states(&q.text, answer)) else {
            let message = "is not stated by any of the entry's quotes: every word of it must be in one quote";
            return Err(vec![FieldProblem { field: "answer".into(), message: message.into() }]);
        };
        Ok(Item {
            id: format!("kb:{}", entry.id()),
            topic: entry.spec.topic.clone(),
            question: entry.spec.questions.first().cloned().unwrap_or_default(),
            answer: answer.to_owned(),
            kind,
            quote: QuoteRef {
                text: quote.text.clone(),
                paragraph: quote.at.paragraph,
                section: quote.at.section.clone(),
            },
            also_right: Vec::new(),
        })
    }
}

/// What is wrong with a short answer: empty, longer than a button's label, or holding what
/// Discord would turn into a mention or a link.
pub fn answer_problem(answer: &str) -> Option<String> {
    text_problem(answer, ANSWER_CHARS).or_else(|| rules::question_problem(answer))
}

/// The quote, found verbatim in the article and standing as evidence.
fn locate(quote: &str, source: &Source) -> Result<QuoteRef, String> {
    if let Some(message) = text_problem(quote, limits::QUOTE_CHARS) {
        return Err(message);
    }
    let article = &source.article;
    let Some(at) = source.finder.locate(article, quote) else {
        let hint = source
            .finder
            .nearest(article, quote)
            .map(|(text, place)| format!("; the nearest passage ({place}) is: \u{201C}{text}\u{201D}"))
            .unwrap_or_default();
        return Err(format!("is not verbatim in the article{hint}"));
    };
    let block = &article.blocks[at.block];
    let text = block.text[at.start..at.end].to_string();
    let whole = text.trim() == block.text.trim()
        || block.sentences.iter().any(|&(start, end)| block.text[start..end].trim() == text.trim());
    if let Some(message) = rules::quote_problem(quote, whole) {
        return Err(message);
    }
    Ok(QuoteRef { text, paragraph: at.paragraph, section: at.section })
}
