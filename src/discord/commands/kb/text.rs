//! What `/kb` says, as pure text functions, unit-tested without Discord.
//!
//! Every reply fits one message ([`render::MAX_CONTENT`]): lists stop at a whole line and say
//! how many lines were left out, rather than being cut mid-entry. Text that moderators, users or
//! the files wrote (questions, answers, ids, names, file contents) goes through
//! [`render::clean`], so it shows literally and cannot even look like a mention.

use std::fmt::Write as _;

use crate::discord::render::{self, clean, MAX_CONTENT};
use crate::engine::QuoteRef;
pub use crate::guilds::Check;
use crate::knowledge::{FieldProblem, LoadError};
use crate::storage::{
    Action, AuditRecord, EntryStats, GuildKnowledge, Listed, Origin, Refusal, StoreError, Unanswered,
};

/// Room kept at the end of a list for the line saying what was left out.
const TAIL: usize = 160;
/// The longest question or answer shown on a list line.
const SHORT: usize = 90;

/// What the moderator sees when the database is away: `/kb` changes nothing, `/ask` goes on.
pub const UNAVAILABLE: &str = "The database is unavailable right now, so nothing was read or changed. Members \
                               still get answers; try `/kb` again in a minute.";

/// A refused change, damaged data or an unavailable database, worded for the moderator; `None`
/// for a failure that is ours to log, not theirs to read.
pub fn store_problem(error: &StoreError) -> Option<String> {
    match error {
        StoreError::Refused(refusal) => Some(refused(refusal)),
        StoreError::Damaged { problems, .. } => Some(damaged(problems)),
        StoreError::Database { .. } => Some(UNAVAILABLE.to_owned()),
        StoreError::Task(_) => None,
    }
}

/// `/kb`'s wording of every [`Refusal`], in one place.
fn refused(refusal: &Refusal) -> String {
    let nothing = |why: String| sentence(format!("Nothing was changed: {why}"));
    match refusal {
        Refusal::Invalid(problems) => invalid(problems),
        Refusal::File(problems) => damaged(problems),
        Refusal::EmptyFile => nothing("the file has no entry".to_owned()),
        Refusal::DuplicateId(id) => {
            nothing(format!("this server already has an entry with the id `{}`; choose another id", clean(id)))
        }
        Refusal::ShippedId(id) => nothing(format!("`{}` is the id of a shipped entry; choose another id", clean(id))),
        Refusal::UnknownId(id) => nothing(format!("no entry has the id \u{201C}{}\u{201D}", clean(id))),
        Refusal::AlreadyHidden(id) => nothing(format!("the shipped entry `{}` is already hidden here", clean(id))),
        Refusal::NotHidden(id) => nothing(format!("the shipped entry `{}` is not hidden here", clean(id))),
        Refusal::Hidden(id) => {
            nothing(format!("the shipped entry `{id}` is hidden here; `/kb unhide` it first", id = clean(id)))
        }
        Refusal::DuplicateQuestion { question, taken_by } => nothing(format!(
            "entry `{}` already has the question \u{201C}{}\u{201D}",
            clean(taken_by),
            render::echo(question)
        )),
        Refusal::NotAdded { id, question } => nothing(format!(
            "this server added no question \u{201C}{}\u{201D} to `{}`",
            render::echo(question),
            clean(id)
        )),
        Refusal::LastQuestion { id } => {
            nothing(format!("that is `{id}`'s only question; `/kb remove` removes the entry", id = clean(id)))
        }
        Refusal::TooManyQuestions { id, max } => {
            nothing(format!("`{}` already has {max} questions, the most an entry can have", clean(id)))
        }
        Refusal::TooManyEntries { max } => nothing(format!(
            "this server already has {max} entries of its own, the most a server can have; remove one first"
        )),
        Refusal::NotOwnEntry(id) => nothing(format!(
            "`{}` is a shipped entry; only this server's own entries join its quiz (shipped ones have curated \
             quiz items)",
            clean(id)
        )),
        Refusal::NotInQuiz(id) => nothing(format!("`{}` is not in this server's quiz", clean(id))),
    }
}

/// `text` ending as a sentence: a full stop, unless it already ends with one, or with a quote
/// whose own words end with one (“…took Sirte.”).
fn sentence(mut text: String) -> String {
    if !text.trim_end_matches('\u{201D}').ends_with(['.', '!', '?']) {
        text.push('.');
    }
    text
}

fn invalid(problems: &[FieldProblem]) -> String {
    let lines: Vec<String> =
        problems.iter().map(|p| format!("`{}` {}", option_name(&p.field), clean(&p.message))).collect();
    let mut text = match lines.as_slice() {
        [one] => sentence(format!("Not saved: {one}")),
        many => format!("Not saved:\n\u{2022} {}", many.join("\n\u{2022} ")),
    };
    if problems.iter().any(|p| p.field.starts_with("quote")) {
        text.push_str("\nCopy the article's words exactly; `/quote search:` finds them.");
    }
    text
}

/// The `/kb` option a field of an entry comes from: `quotes[0]` is the `quote` option.
fn option_name(field: &str) -> &str {
    match field.split('[').next().unwrap_or(field) {
        "questions" => "question",
        "quotes" => "quote",
        "triggers" => "trigger",
        other => other,
    }
}

fn damaged(load: &LoadError) -> String {
    let mut text = String::from(
        "This server's stored knowledge has problems, so `/kb` cannot change it until whoever runs the bot \
         fixes them. Meanwhile members here get the shipped answers.\n",
    );
    for p in &load.problems {
        let _ = writeln!(text, "\u{2022} {}", clean(&p.message));
    }
    render::fit(text.trim_end(), MAX_CONTENT)
}

/// The reply to a `/kb add` that was saved.
pub fn added(record: &AuditRecord, check: &Check) -> String {
    let Some(after) = &record.after else { return format!("Added `{}`.", clean(&record.id)) };
    let question = after.questions.first().map_or("", String::as_str);
    let text = format!(
        "Added `{}` (topic \u{201C}{}\u{201D}) in this server.\n{}",
        clean(&record.id),
        clean(&after.topic),
        checked(question, check)
    );
    render::fit(&text, MAX_CONTENT)
}

/// The reply to a `/kb alias` that was saved.
pub fn aliased(record: &AuditRecord, question: &str, check: &Check) -> String {
    let text = format!(
        "Added the question \u{201C}{}\u{201D} to `{}` in this server.\n{}",
        render::echo(question),
        clean(&record.id),
        checked(question, check)
    );
    render::fit(&text, MAX_CONTENT)
}

fn checked(question: &str, check: &Check) -> String {
    let asked = format!("asking \u{201C}{}\u{201D}", render::echo(question));
    match check {
        Check::Answers => format!("It answers now: {asked} gets this entry."),
        Check::AnsweredBy(other) => format!(
            "Saved, but {asked} still gets `{}`, a closer match. Add a more specific question with `/kb alias`.",
            clean(other)
        ),
        Check::Unanswered => {
            format!("Saved, but {asked} gets no answer yet. Add a question closer to it with `/kb alias`.")
        }
    }
}

/// The reply to a `/kb unalias` that was saved.
pub fn unaliased(record: &AuditRecord, question: &str) -> String {
    let text = format!(
        "Took the question \u{201C}{}\u{201D} away from `{}` in this server.",
        render::echo(question),
        clean(&record.id)
    );
    render::fit(&text, MAX_CONTENT)
}

/// The reply to a `/kb unhide` that was saved.
pub fn unhidden(record: &AuditRecord) -> String {
    format!("The shipped entry `{}` answers in this server again.", clean(&record.id))
}

/// The reply to a `/kb remove` that was saved.
pub fn removed(record: &AuditRecord) -> String {
    let id = clean(&record.id);
    let text = match record.action {
        Action::Hide => {
            format!(
                "Hid the shipped entry `{id}` in this server: it no longer answers here. Other servers still have it."
            )
        }
        _ => format!("Removed `{id}` from this server: it no longer answers here."),
    };
    render::fit(&text, MAX_CONTENT)
}

/// Lines added while they fit; after the first that does not, the rest are only counted, so a
/// list is never cut in the middle of a line or out of order.
struct Lines {
    text: String,
    budget: usize,
    left_out: usize,
}

impl Lines {
    fn new(head: String) -> Lines {
        Lines { text: head, budget: MAX_CONTENT - TAIL, left_out: 0 }
    }

    fn push(&mut self, line: &str) {
        let fits = self.text.chars().count() + line.chars().count() < self.budget;
        if self.left_out == 0 && fits {
            self.text.push_str(line);
            self.text.push('\n');
        } else {
            self.left_out += 1;
        }
    }

    /// The lines, then how many were left out and `more` (what to do about it), if any were.
    fn finish(mut self, more: &str) -> String {
        if self.left_out > 0 {
            let _ = writeln!(self.text, "\u{2026} and {} more. {more}", self.left_out);
        }
        render::fit(self.text.trim_end(), MAX_CONTENT)
    }
}

/// One line, cut to `max` characters, escaped.
fn short(text: &str, max: usize) -> String {
    let one_line = text.split_whitespace().collect::<Vec<_>>().join(" ");
    clean(&render::fit(&one_line, max))
}

/// `/kb list`: the server's own entries first (what its moderators look after), then the shipped
/// ones answering here; one line each, with topic and first question.
pub fn listing(knowledge: &GuildKnowledge, listed: &[Listed], topic: Option<&str>) -> String {
    let own: Vec<&Listed> = listed.iter().filter(|l| l.origin == Origin::Server).collect();
    let shipped: Vec<&Listed> = listed.iter().filter(|l| l.origin == Origin::Shipped).collect();
    let filter = topic.map(|t| format!(" with topic \u{201C}{}\u{201D}", short(t, 60))).unwrap_or_default();
    if listed.is_empty() {
        return format!("No entry answers here{filter}. `/kb list` without a topic shows them all.");
    }
    let mut head = format!("**Entries answering in this server{filter}**");
    let hidden = knowledge.shipped.hidden.len();
    if hidden > 0 {
        let _ = write!(head, " ({hidden} shipped hidden here)");
    }
    head.push('\n');
    let mut lines = Lines::new(head);
    for (title, group) in [("Added here", &own), ("Shipped", &shipped)] {
        if group.is_empty() {
            continue;
        }
        lines.push(&format!("__{title} ({})__", group.len()));
        for l in group {
            let e = &l.entry.spec;
            let question = e.questions.first().map_or(String::new(), |q| short(q, SHORT));
            lines.push(&format!(
                "`{}` \u{00B7} {} \u{00B7} \u{201C}{question}\u{201D}",
                clean(&e.id),
                short(&e.topic, 40)
            ));
        }
    }
    lines.finish("Narrow with `topic:`, or see one entry with `/kb show`.")
}

/// `/kb show`: everything about one entry as this server sees it.
pub fn entry(listed: &Listed) -> String {
    let e = &listed.entry;
    let origin = match listed.origin {
        Origin::Server => "added in this server",
        Origin::Shipped => "shipped",
        Origin::Hidden => "shipped, hidden in this server",
    };
    let mut head =
        format!("**`{}`** \u{00B7} topic \u{201C}{}\u{201D} \u{00B7} {origin}\n", clean(e.id()), clean(&e.spec.topic));
    let _ = writeln!(head, "**Answer:** {}", clean(&render::one_line(&e.spec.answer)));
    for q in &e.quotes {
        let quote = QuoteRef { text: q.text.clone(), paragraph: q.at.paragraph, section: q.at.section.clone() };
        let _ = writeln!(head, "{}", render::quote_block(&quote));
    }
    let _ = writeln!(head, "**Questions** ({}):", e.spec.questions.len());
    let mut lines = Lines::new(head);
    for q in &e.spec.questions {
        lines.push(&format!("\u{2022} {}", short(q, 200)));
    }
    lines.finish("")
}

/// `/kb log`: the latest changes, newest first, with Discord's local-time stamps.
pub fn log(records: &[AuditRecord]) -> String {
    if records.is_empty() {
        return "No change has been made in this server yet.".to_owned();
    }
    let mut lines = Lines::new("**Latest changes in this server**, newest first:\n".to_owned());
    for r in records {
        let id = clean(&r.id);
        let what = match r.action {
            Action::Add => format!("added `{id}`"),
            Action::Alias => {
                let question =
                    r.after.as_ref().and_then(|a| a.questions.last()).map_or(String::new(), |q| short(q, SHORT));
                format!("added \u{201C}{question}\u{201D} to `{id}`")
            }
            Action::Unalias => {
                let (before, after) = (r.before.as_ref(), r.after.as_ref());
                let gone =
                    before.and_then(|b| b.questions.iter().find(|q| after.is_none_or(|a| !a.questions.contains(q))));
                format!("took \u{201C}{}\u{201D} from `{id}`", gone.map_or(String::new(), |q| short(q, SHORT)))
            }
            Action::Remove => format!("removed `{id}`"),
            Action::Hide => format!("hid the shipped `{id}`"),
            Action::Unhide => format!("unhid the shipped `{id}`"),
            Action::Import => format!("imported `{id}`"),
            Action::Quiz => format!("put `{id}` in the quiz"),
            Action::Unquiz => format!("took `{id}` out of the quiz"),
        };
        // A change made at the command line has no Discord user behind it (id 0).
        let who = match r.by.id {
            0 => format!("**{}**", short(&r.by.name, 40)),
            id => format!("**{}** ({id})", short(&r.by.name, 40)),
        };
        lines.push(&format!("<t:{}:R> {who} {what}", r.at));
    }
    lines.finish("")
}

/// `/kb unanswered`: the questions asked here that got no answer, most asked first.
pub fn unanswered(top: &[Unanswered], total: usize) -> String {
    if top.is_empty() {
        return "No unanswered question has been recorded in this server yet.".to_owned();
    }
    let head = format!("**Questions I could not answer here**, most asked first ({total} in all):\n");
    let mut lines = Lines::new(head);
    for q in top {
        let disputed =
            q.disputed.as_ref().map(|e| format!(" \u{00B7} \u{1F44E} answered by `{}`", clean(e))).unwrap_or_default();
        lines.push(&format!(
            "**{}\u{00D7}** {} \u{00B7} <t:{}:R>{disputed}",
            q.count,
            short(&q.text, SHORT),
            q.last_asked
        ));
    }
    let text = lines.finish("") + "\nAnswer one with `/kb add`: its `question` option offers these as you type.";
    render::fit(&text, MAX_CONTENT)
}

/// `/kb stats`: each entry's answers and votes in this server, worst first.
pub fn stats(stats: &[EntryStats]) -> String {
    if stats.is_empty() {
        return "No answers or votes have been recorded in this server yet.".to_owned();
    }
    let head = "**Entries in this server**, worst first: answers \u{00B7} \u{1F44D} \u{00B7} \u{1F44E}\n".to_owned();
    let mut lines = Lines::new(head);
    for s in stats {
        lines.push(&format!("`{}` \u{00B7} {} \u{00B7} {} \u{00B7} {}", clean(&s.id), s.answers, s.up, s.down));
    }
    render::fit(&lines.finish(""), MAX_CONTENT)
}

#[cfg(test)]
mod tests;
