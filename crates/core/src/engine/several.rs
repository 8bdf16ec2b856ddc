//! A message that asks several things: "the 604 brigade, where are its
//! members from and when did it start?". Read whole, its questions pull
//! against each other and nothing answers all of it. So when the whole is
//! not answered, each question is read with the message's other words that
//! ask nothing (the names and framing around it), and if every question
//! is answered, the answers are given together. If any is not, the whole
//! message is not answered either: half an answer would read as all of it.

use super::message::Form;
use super::{clip, Analysis, Engine, EntityType, Outcome, Reply};

impl Engine {
    /// Each question of a message of several, answered; `None` unless it
    /// asks more than one thing and the article answers every one.
    pub(super) fn answer_each(&self, question: &str, analysis: &Analysis) -> Option<Reply> {
        let asking = |form: Form| form != Form::Statement;
        if analysis.clauses.iter().filter(|c| asking(c.form)).count() < 2 {
            return None;
        }
        let mut found: Vec<Reply> = Vec::new();
        for (i, clause) in analysis.clauses.iter().enumerate().filter(|(_, c)| asking(c.form)) {
            // "…, is there a date?" leans on the question before it: the
            // message asks one thing, not two.
            let own = self.analyze(&analysis.words.get(clause.start..clause.end)?.join(" "));
            if !own.terms.iter().any(|t| t.entity != Some(EntityType::Time)) {
                return None;
            }
            let text = analysis
                .clauses
                .iter()
                .enumerate()
                .filter(|&(j, other)| j == i || !asking(other.form))
                .filter_map(|(_, other)| analysis.words.get(other.start..other.end))
                .map(|words| words.join(" "))
                .collect::<Vec<_>>()
                .join(", ");
            let reply = self.answer_analysis(question, &self.analyze(&text), clip(&text), &[]);
            if !reply.answered() {
                return None;
            }
            found.push(reply);
        }
        // A curated answer leads; passages add their quotes to it.
        found.sort_by_key(|r| !matches!(r.outcome, Outcome::Answer { .. }));
        let mut found = found.into_iter();
        let first = found.next()?;
        Some(found.fold(first, Reply::joined))
    }
}
