//! What an entry's text may say: the rules that keep every quote the article's own words and
//! every answer the bot's own plain sentence, so that nobody, shipped curator or server
//! moderator, can make the bot show a forged quote or text that impersonates it.
//!
//! This is the one statement of those rules. [`super::validate`] applies them to every entry,
//! which is how `citebot check` (the shipped knowledge), `citebot kb` and `/kb` (moderators)
//! all refuse the same things with the same words. Each function returns what is wrong with a
//! field, worded to follow the field's name ("answer starts with …"), or `None`.
//!
//! - [`plain`]: no control characters or line breaks, no Discord markup, mentions, timestamps,
//!   custom emoji or links.
//! - [`sentence`]: an answer reads as a complete sentence on its own; a quote is at least a
//!   meaningful clause.
//!
//! Entries already saved in a server's files before a rule existed still load
//! ([`Rules::Saved`]): refusing them would take every answer of that server offline and leave
//! its moderators unable even to remove the offending entry. Whatever they contain is escaped
//! wherever it is shown (`discord::render::clean`, `cli::terminal::visible`).

mod plain;
mod sentence;

pub use plain::is_control;

/// Which rules an entry is held to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Rules {
    /// Every rule: the shipped knowledge, and every change a moderator makes.
    All,
    /// What an entry saved in a server's files must still satisfy to load: a valid id, the
    /// field limits, verbatim quotes and compiling triggers, the rules of when it was saved.
    Saved,
}

/// The longest name of who made a change, as shown in the audit log.
pub const NAME_CHARS: usize = 100;

/// What is wrong with an answer, beyond its length: it must be one paragraph of plain text,
/// read as a complete sentence, and show nothing Discord would render.
pub fn answer_problem(answer: &str) -> Option<String> {
    plain::control_problem(answer)
        .or_else(|| plain::markup_problem(answer))
        .or_else(|| plain::discord_problem(answer))
        .or_else(|| sentence::sentence_problem(answer))
}

/// What is wrong with an example question, beyond its length.
pub fn question_problem(question: &str) -> Option<String> {
    plain::control_problem(question).or_else(|| plain::discord_problem(question))
}

/// What is wrong with a topic, beyond its length.
pub fn topic_problem(topic: &str) -> Option<String> {
    plain::control_problem(topic).or_else(|| plain::discord_problem(topic))
}

/// What is wrong with a quote found in the article: it must be a clause that stands as
/// evidence, not a word picked out of it. A quote that is `whole` (a whole sentence or line of
/// the article, such as the byline) stands as it is, however short. White space, line breaks
/// included, is forgiven: what is saved is the article's own text.
pub fn quote_problem(quote: &str, whole: bool) -> Option<String> {
    let spaced: String = quote.chars().map(|c| if c.is_whitespace() { ' ' } else { c }).collect();
    plain::control_problem(&spaced).or_else(|| sentence::quote_problem(quote, whole))
}

/// What is wrong with a regex trigger (its syntax is checked when it is compiled).
pub fn trigger_problem(trigger: &str) -> Option<String> {
    plain::control_problem(trigger)
}

/// What is wrong with the name of who makes a change (`--by`, a moderator's name): one line of
/// text, not empty, at most [`NAME_CHARS`] characters.
pub fn name_problem(name: &str) -> Option<String> {
    if name.trim().is_empty() {
        Some("must not be empty".into())
    } else if name.chars().count() > NAME_CHARS {
        Some(format!("is longer than {NAME_CHARS} characters"))
    } else {
        plain::control_problem(name)
    }
}

#[cfg(test)]
mod tests;
