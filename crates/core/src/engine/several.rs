//! A message that asks several things: "the 604 brigade, where are its
//! members from and when did it start?". Read whole, its questions pull
//! against each other and nothing answers all of it. So when the whole is
//! not answered, each question is read with the message's other words that
//! ask nothing (the names and framing around it), and the answers are
//! given together. The first question is what the message is about: if
//! the article does not answer it, the message is not answered. A later
//! question it leaves open is named in the reply ("The article doesn't
//! answer “how many died”"), so half an answer never reads as all of it;
//! and one that only says what the first meant ("how big is the zone,
//! like what radius") leaves the first unanswered too. A question of the
//! order of two events ("did sirte fall before or after they met?") asks
//! two things as well: when each happened.

use super::kind::{Asks, Kind};
use super::message::{is_aux, is_joiner, is_wh, Form};
use super::{clip, Analysis, Engine, EntityType, Outcome, Reply};

impl Engine {
    /// Each question of a message of several, answered; `None` unless it
    /// asks more than one thing and the article answers every one.
    pub(super) fn answer_each(&self, question: &str, analysis: &Analysis) -> Option<Reply> {
        let asking = |form: Form| form != Form::Statement;
        if analysis.clauses.iter().filter(|c| asking(c.form)).count() < 2 {
            return None;
        }
        // "did trump say | when he would call putin": what was said is the
        // question after it; the message asks one thing.
        let words = &analysis.words;
        let says = |w: &String| matches!(w.as_str(), "say" | "says" | "said" | "mention" | "mentions" | "mentioned");
        let embeds = analysis.clauses.windows(2).any(|p| {
            asking(p[0].form)
                && p[0].end > p[0].start
                && is_aux(&words[p[0].start])
                && says(&words[p[0].end - 1])
                && words.get(p[1].start).is_some_and(|w| is_wh(w))
        });
        if embeds {
            return None;
        }
        let mut found: Vec<Reply> = Vec::new();
        let mut unanswered: Vec<String> = Vec::new();
        let first_start = analysis.clauses.iter().find(|c| asking(c.form)).map_or(0, |c| c.start);
        for (i, clause) in analysis.clauses.iter().enumerate().filter(|(_, c)| asking(c.form)) {
            // "…, is there a date?" leans on the question before it: the
            // message asks one thing, not two.
            let own_text = analysis.words.get(clause.start..clause.end)?.join(" ");
            let own = self.analyze(&own_text);
            // "…? need both for my references": a request that names
            // nothing only says the asker wants all of it.
            if clause.form == Form::Request && own.terms.is_empty() {
                continue;
            }
            if !own.terms.iter().any(|t| t.entity != Some(EntityType::Time)) {
                return None;
            }
            // "what happened to the misrata fighters…, where did they go": a
            // later question that names no one and points back says what a
            // vague "what happened" meant; the message asks one thing.
            let leans = super::followup::points_back(&own)
                && !own.terms.iter().any(|t| t.entity.is_some_and(|e| e.answers_who() || e.answers_where()));
            if leans && !found.is_empty() && asks_what_happened(&analysis.words[first_start..]) {
                return None;
            }
            // What is said after the question stays a sentence of its own
            // ("…? trying to build a timeline"), so it stays context.
            let mut text = String::new();
            for (j, other) in analysis.clauses.iter().enumerate().filter(|&(j, o)| j == i || !asking(o.form)) {
                if !text.is_empty() {
                    text.push_str(if j > i { ". " } else { ", " });
                }
                text.push_str(&analysis.words.get(other.start..other.end)?.join(" "));
            }
            // Among questions only, the question read alone is already read.
            let read = if text == own_text { own } else { self.analyze(&text) };
            let reply = self.answer_analysis(question, &read, clip(&text), &[]);
            // The first question is what the message asks; a later one
            // the article leaves open is left out, unless it only says
            // what the one before meant ("how big is the zone, like what
            // radius").
            let clarifies = words.get(clause.start).is_some_and(|w| w == "like")
                || clause.start > 0 && words.get(clause.start - 1).is_some_and(|w| w == "like");
            if reply.answered() {
                found.push(reply);
            } else if found.is_empty() || clarifies {
                return None;
            } else {
                unanswered.push(clip(&question_text(&analysis.words[clause.start..clause.end])).to_string());
            }
        }
        // A curated answer leads; passages add their quotes to it.
        found.sort_by_key(|r| !matches!(r.outcome, Outcome::Answer { .. }));
        let mut found = found.into_iter();
        let first = found.next()?;
        let mut reply = found.fold(first, Reply::joined);
        reply.unanswered = unanswered;
        Some(reply)
    }

    /// "did sirte fall before or after putin and erdogan met?": the order of
    /// two events, told by when each happened; `None` unless the article
    /// dates both.
    pub(super) fn answer_order(&self, question: &str, analysis: &Analysis) -> Option<Reply> {
        let words = &analysis.words;
        let (first, second) = match order_asked(words) {
            Some(at) => {
                let clause = analysis.clauses.iter().find(|c| (c.start..c.end).contains(&at))?;
                (words.get(clause.start..at)?, words.get(at + 3..clause.end)?)
            }
            None => {
                // "which happened first: the talks in algiers or the meeting
                // in istanbul?": the two sides of the "or" after it.
                let from = first_asked(words)?;
                let clause = analysis.clauses.iter().find(|c| c.end > from)?;
                let start = clause.start.max(from);
                let or = (start + 1..clause.end.saturating_sub(1)).find(|&j| words[j] == "or")?;
                (words.get(start..or)?, words.get(or + 1..clause.end)?)
            }
        };
        let mut replies = Vec::new();
        for side in [first, second] {
            let text = format!("when {}", question_text(side));
            let own = self.analyze(&text);
            if !own.terms.iter().any(|t| t.entity != Some(EntityType::Time)) {
                return None;
            }
            let reply = self.answer_analysis(question, &own, clip(&text), &[]);
            if !reply.answered() {
                return None;
            }
            replies.push(reply);
        }
        let second = replies.pop()?;
        let first = replies.pop()?;
        (first.quotes() != second.quotes()).then(|| first.joined(second))
    }

    /// "did turkey announce the advisers before or after its deal with
    /// tripoli?": a passage that puts one after the other ("After a recent
    /// … agreement with Tripoli, Turkey has said it will send military
    /// advisers") settles the order, though it dates neither. It must say
    /// what the question asks, as any answer must, and a word of order.
    pub(super) fn answer_order_stated(&self, question: &str, analysis: &Analysis) -> Option<Reply> {
        if analysis.asks.kind != Kind::When || order_asked(&analysis.words).is_none() {
            return None;
        }
        let open = Analysis { asks: Asks::OPEN, ..analysis.clone() };
        let reply = self.answer_analysis(question, &open, clip(question), &[]);
        reply.answered().then_some(reply)
    }
}

/// Where a message asks the order of two events: the word before "or" in
/// "before or after" (or "after or before", "earlier or later").
fn order_asked(words: &[String]) -> Option<usize> {
    let ordered = |w: &[String]| {
        matches!(
            (w[0].as_str(), w[2].as_str()),
            ("before" | "earlier", "after" | "later") | ("after" | "later", "before" | "earlier")
        ) && w[1] == "or"
    };
    words.windows(3).position(ordered)
}

/// Where the events of "which happened first: A or B" (or "what came
/// earlier") begin: the word after the question of order.
fn first_asked(words: &[String]) -> Option<usize> {
    let at = words.windows(3).position(|w| {
        matches!(w[0].as_str(), "which" | "what")
            && matches!(w[1].as_str(), "happened" | "came" | "was" | "occurred")
            && matches!(w[2].as_str(), "first" | "earlier" | "sooner")
    })?;
    Some(at + 3)
}

/// A clause's words as the question it asks, without the joining words
/// it starts with ("and when did it start" is "when did it start").
fn question_text(words: &[String]) -> String {
    let skip = words.iter().take_while(|w| is_joiner(w)).count();
    words[skip..].join(" ")
}

/// Whether words open with "what happened" (or "what happens", "what's
/// happening"): a vague question, whose meaning the next one may give.
fn asks_what_happened(words: &[String]) -> bool {
    let happened = |w: &String| matches!(w.as_str(), "happened" | "happens" | "happen" | "happening");
    words.first().is_some_and(|w| matches!(w.as_str(), "what" | "whats")) && words.iter().skip(1).take(2).any(happened)
}
