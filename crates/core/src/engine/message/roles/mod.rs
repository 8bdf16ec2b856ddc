//! Each word's role in the message: what the question is (core), what is
//! said around it (context), and the sides of a choice offered.

use super::*;

mod choices;
mod claims;
mod framing;

use choices::{bare_or, choices};
use claims::{claims_checked, no_meaning_of_its_own, object_takes_up_mention, pronoun_takes_up_phrase, year_since};
use framing::*;

/// Words that ask only when something happened, or what it is called, not
/// what: a question of these alone ("what month did that start?", "what
/// was the number again?") is about what was said before it.
pub(super) const ONLY_WHEN_OR_NAME: &[&str] = &[
    "start", "started", "starts", "begin", "began", "begun", "begins", "happen", "happened", "end", "ended", "year",
    "month", "day", "date", "time", "number", "name",
];

/// Whether a clause is a statement in a statement's order, though asked
/// with a question mark: "so turkey and russia are on opposite sides?"
/// (not "are they…", "who…").
pub(super) fn is_checked_statement(clause: &[&str]) -> bool {
    clause.iter().find(|w| !is_lead_in(w)).is_some_and(|first| !is_wh(first) && !is_aux(first))
        && clause.iter().any(|w| matches!(*w, "is" | "are" | "was" | "were" | "has" | "have" | "had"))
}

/// Each word's role, from the clauses: words of questions and requests are
/// the core, statements around them are context, and the two sides of
/// "A or B" are alternatives. A message with no question or request at all
/// ("ceasefire date") is all core, and so is one whose question carries no
/// meaning of its own ("red line quote, need the full wording").
/// `content` says which words carry meaning, `known` which of them the
/// knowledge base knows.
pub fn roles(
    words: &[&str],
    breaks: &[Break],
    clauses: &[Clause],
    content: &[bool],
    known: &[bool],
    aside: &[(usize, bool)],
) -> Vec<Role> {
    let m = Message { words, breaks, clauses, content, known };
    let mut roles = vec![Role::Core; words.len()];
    clause_roles(m, &mut roles);
    // Then what each rule finds said around the question, in this order:
    // a later rule may take back what an earlier one set.
    when_clause(m, &mut roles);
    anchored_time(m, &mut roles);
    reason_of_the_asker(m, &mut roles);
    concession(m, &mut roles);
    date_after_on(m, &mut roles);
    already_had(aside, &mut roles);
    hedges(m, &mut roles);
    examples(m, &mut roles);
    claims_checked(m, &mut roles);
    bare_or(m, &mut roles);
    no_meaning_of_its_own(m, aside, &mut roles);
    // A purpose set off at the end stays aside even in a question that
    // means nothing of its own: "what was the date of the article, for the
    // logbook".
    trailing_purpose(m, &mut roles);
    year_since(m, &mut roles);
    pronoun_takes_up_phrase(m, &mut roles);
    object_takes_up_mention(m, &mut roles);
    request_verb(m, &mut roles);
    who_asks_after_a_comma(m, &mut roles);
    askers_own_verb(m, &mut roles);
    question_taken_back(m, &mut roles);
    reported_claim(m, &mut roles);
    roles
}

/// What the role rules read: the message's words, the punctuation after
/// each, its clauses, and which words carry meaning and which of those
/// the knowledge base knows.
#[derive(Clone, Copy)]
struct Message<'a> {
    words: &'a [&'a str],
    breaks: &'a [Break],
    clauses: &'a [Clause],
    content: &'a [bool],
    known: &'a [bool],
}

impl Message<'_> {
    fn is_content(&self, i: usize) -> bool {
        self.content.get(i).copied().unwrap_or(false)
    }

    /// Whether word `i` carries meaning the knowledge base knows.
    fn is_known(&self, i: usize) -> bool {
        self.is_content(i) && self.known.get(i).copied().unwrap_or(false)
    }
}

/// Whether most of the words that carry meaning in `span` are known to
/// the knowledge base.
fn mostly_known(m: Message, span: std::ops::Range<usize>) -> bool {
    let (known, content) = span
        .filter(|&i| m.is_content(i))
        .fold((0, 0), |(k, n), i| (k + usize::from(m.known.get(i).copied().unwrap_or(false)), n + 1));
    known * 2 >= content
}

/// Each clause's words by what the clause is: a question's or a
/// request's are the core, unless they only say why the asker asks or
/// name the topic first; a statement's are context; and the sides of
/// a choice are alternatives.
fn clause_roles(m: Message, roles: &mut [Role]) {
    let Message { words, breaks, clauses, known, .. } = m;
    let asking = clauses.iter().any(|c| c.form != Form::Statement);
    // "what do greece and co say the deals do? i need their argument
    // summarised for our debate prep": beside a question that ends in '?',
    // a request says why they ask; the question says what.
    let asked_at = clauses.iter().position(|c| breaks.get(c.end - 1) == Some(&Break::Question));
    for (n, c) in clauses.iter().enumerate() {
        // So does one before a yes/no question without the mark: "for my
        // lesson i want the oil angle, does the article suggest…" (but not
        // before one that only asks for help: "…, can someone sum it up").
        let question_after = || {
            clauses[n + 1..].iter().any(|d| {
                d.form == Form::Question
                    && is_aux(words[d.start])
                    // ("…, doesn't have to be libya": a remark.)
                    && !words[d.start].ends_with("nt")
                    && words
                        .get(d.start + 1)
                        .is_some_and(|w| !is_someone_else(w) && !matches!(*w, "you" | "u" | "i" | "anyone" | "anybody"))
            })
        };
        let why_asked = c.form == Form::Request && (asked_at.is_some_and(|q| n != q) || question_after());
        // "istanbul talks, which presidents?": a few words before a comma
        // that opens the message name the topic the question asks about.
        // Openers and articles do not count ("ok so the jufra airbase, …").
        // A relative clause there only says which one ("the brigade that
        // switched, what tribes…"): the answer need not say it again.
        let relative = (c.start + 1..c.end)
            .find(|&i| matches!(words[i], "that" | "who" | "which"))
            .filter(|&r| c.end - r <= 6)
            .unwrap_or(c.end);
        let said = (c.start..relative).filter(|&i| !is_opener(words[i]) && !matches!(words[i], "the" | "a" | "an"));
        // Who asks is no topic: "worksheet asks: 'what was the date…'".
        // Nor is the kind of question ("likely exam question: …").
        let asker = matches!(
            words[c.end - 1],
            "asks" | "asked" | "wants" | "says" | "said" | "reads" | "writes" | "question" | "q" | "prompt"
        );
        // Nor is a purpose ("for the crisis brief, what did turkey say…"):
        // it says why they ask, not what about.
        // ("quick one for the briefing: …" is a purpose all the same.)
        let purpose = (c.start..relative).map(|i| words[i]).find(|w| !is_opener(w) && *w != "quick") == Some("for");
        // ("before the ceasefire announcement, what had turkey agreed…": a
        // time the question is set at names no topic either.)
        let time = sets_a_time(&words[c.start..c.end]);
        let topic = n == 0
            && !purpose
            && !time
            && !asker
            && matches!(breaks[c.end - 1], Break::Comma | Break::Colon)
            && clauses.get(1).is_some_and(|d| d.form != Form::Statement)
            && said.count() <= 3
            // ("before handover - who did…", "quick one before obs:": a
            // time of the asker's own names no topic.)
            && (c.start..relative).any(|i| {
                known.get(i).copied().unwrap_or(false)
                    && !matches!(words[i], "before" | "after" | "between" | "during" | "until")
            })
            // ("new suspects enter: which four…": words the knowledge base
            // mostly does not know are the asker's own.)
            && mostly_known(m, c.start..relative)
            && !introduces_the_asker(&words[c.start..c.end])
            // ("so if it holds, what time…": a condition is no topic.)
            && !sets_a_condition(&words[c.start..c.end]);
        // "so turkey and russia are on opposite sides but called for it
        // together? what exactly did they ask for?": a statement checked
        // with a question mark, then the question itself.
        // So is one checked with a tag ("everyone expected it for ages
        // right, does the piece say how long…?").
        let tagged = breaks.get(c.end - 1) == Some(&Break::Comma)
            && matches!(words[c.end - 1], "right" | "yeah" | "innit" | "correct")
            && clauses[n + 1..].iter().any(|d| breaks.get(d.end - 1) == Some(&Break::Question));
        let checked = c.form == Form::Question
            && is_checked_statement(&words[c.start..c.end])
            && (tagged
                || breaks.get(c.end - 1) == Some(&Break::Question)
                    && clauses
                        .get(n + 1)
                        .is_some_and(|d| is_wh(words[d.start]) && breaks.get(d.end - 1) == Some(&Break::Question)));
        // "…: according to the headline, who's calling for it?": where
        // the answer is to be found is part of the question after it.
        let source = c.form == Form::Statement
            && matches!(words[c.start..c.end], ["according", "to", _, ..])
            && clauses.get(n + 1).is_some_and(|d| d.form != Form::Statement);
        let base = if asking && !topic && !source && (c.form == Form::Statement || why_asked || checked) {
            Role::Context
        } else {
            Role::Core
        };
        for r in &mut roles[c.start..c.end] {
            *r = base;
        }
        if topic {
            roles[relative..c.end].fill(Role::Context);
        }
        if base == Role::Context {
            continue;
        }
        choices(m, n, roles);
    }
}
