//! What `citebot kb` says about a refusal, and about a saved question another entry answers:
//! the command line's wording of the storage layer's [`Refusal`], in one place.

use crate::guilds::Check;
use crate::storage::Refusal;

/// A refused change, for the operator, in their terms.
pub fn refusal(refusal: &Refusal) -> String {
    match refusal {
        Refusal::Invalid(problems) => {
            let lines: Vec<String> = problems.iter().map(|p| format!("{} {}", option(&p.field), p.message)).collect();
            match lines.as_slice() {
                [one] => format!("the entry was not saved: {one}"),
                many => format!("the entry was not saved:\n  {}", many.join("\n  ")),
            }
        }
        Refusal::File(problems) => format!("nothing was imported; the file has problems:\n{problems}"),
        Refusal::EmptyFile => "nothing was imported: the file has no [[entry]] table".to_owned(),
        Refusal::DuplicateId(id) => {
            format!("this server already has an entry with the id \u{201C}{id}\u{201D}; choose another id")
        }
        Refusal::ShippedId(id) => format!("\u{201C}{id}\u{201D} is the id of a shipped entry; choose another id"),
        Refusal::UnknownId(id) => format!("no entry has the id \u{201C}{id}\u{201D}"),
        Refusal::AlreadyHidden(id) => {
            format!("the shipped entry \u{201C}{id}\u{201D} is already hidden in this server")
        }
        Refusal::NotHidden(id) => format!("the shipped entry \u{201C}{id}\u{201D} is not hidden in this server"),
        Refusal::Hidden(id) => {
            format!("the shipped entry \u{201C}{id}\u{201D} is hidden in this server; `kb unhide --id {id}` first")
        }
        Refusal::DuplicateQuestion { question, taken_by } => {
            format!("entry \u{201C}{taken_by}\u{201D} already has the question \u{201C}{question}\u{201D}")
        }
        Refusal::NotAdded { id, question } => {
            format!("this server added no question \u{201C}{question}\u{201D} to entry \u{201C}{id}\u{201D}")
        }
        Refusal::LastQuestion { id } => {
            format!("that is entry \u{201C}{id}\u{201D}'s only question; `kb remove --id {id}` removes the entry")
        }
        Refusal::TooManyQuestions { id, max } => {
            format!("entry \u{201C}{id}\u{201D} already has {max} questions, the most an entry can have")
        }
        Refusal::TooManyEntries { max } => {
            format!("this server already has {max} entries of its own, the most a server can have; remove one first")
        }
        Refusal::NotOwnEntry(id) => format!(
            "\u{201C}{id}\u{201D} is a shipped entry; only the server's own entries join its quiz (shipped ones \
             have curated quiz items)"
        ),
        Refusal::NotInQuiz(id) => format!("entry \u{201C}{id}\u{201D} is not in this server's quiz"),
    }
}

/// The option a field of an entry comes from: `quotes[0]` is `--quote`.
fn option(field: &str) -> String {
    match field.split('[').next().unwrap_or(field) {
        "questions" | "question" => "--question".into(),
        "quotes" => "--quote".into(),
        "triggers" => "a trigger".into(),
        other => format!("--{other}"),
    }
}

/// The warning for a saved question that entry `id` does not answer, if it does not.
pub fn shadowed(id: &str, question: &str, check: &Check) -> Option<String> {
    let asked = format!("asking \u{201C}{question}\u{201D}");
    match check {
        Check::Answers => None,
        Check::AnsweredBy(other) if id.is_empty() => {
            Some(format!("{asked} gets \u{201C}{other}\u{201D}, a closer match; add a more specific question"))
        }
        Check::AnsweredBy(other) => Some(format!(
            "saved, but {asked} gets \u{201C}{other}\u{201D}, a closer match, not \u{201C}{id}\u{201D}; \
             add a more specific question with `kb alias`"
        )),
        Check::Unanswered => {
            Some(format!("saved, but {asked} gets no answer yet; add a closer question with `kb alias`"))
        }
    }
}
