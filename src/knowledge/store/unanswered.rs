//! The questions the bot abstained on in a server, `unanswered.json`:
//! the moderators' to-do list, and the source of `question` autocomplete.
//!
//! Only the question's normalised text, how many times it was asked and
//! when it was last asked are kept: no user ids, no channel, no message.
//! Normalising merges the same question typed differently ("Who is Haftar?",
//! "who is  haftar") so the count means something. Whether a message was
//! a real question or chatter is for the caller to decide; this only counts.
//!
//! The queue is bounded. When it is full, a new question evicts the
//! *rarest, then stalest* one: the lowest count, then the oldest last-asked
//! time, then (only for determinism) the greatest text. A question asked
//! often survives a flood of one-offs; among one-offs, the newest stay.

use std::cmp::{Ordering, Reverse};

use serde::{Deserialize, Serialize};

use crate::knowledge::limits;
use crate::text::fold_char;

/// How many questions a server's queue holds by default.
pub const UNANSWERED_CAPACITY: usize = 500;

/// One question the bot could not answer.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Unanswered {
    /// Normalised: see [`normalize_question`].
    pub text: String,
    pub count: u64,
    /// Unix time, seconds, of the last time it was asked.
    pub last_asked: u64,
}

/// A server's queue of unanswered questions.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnansweredQueue {
    /// Kept most frequent first, as written to the file, so the file reads
    /// as the to-do list it is.
    #[serde(default)]
    questions: Vec<Unanswered>,
}

impl UnansweredQueue {
    /// Reads the file's JSON, ranking it again in case it was edited by hand.
    pub fn parse(text: &str) -> Result<UnansweredQueue, serde_json::Error> {
        let mut queue: UnansweredQueue = serde_json::from_str(text)?;
        queue.questions.sort_by(rank);
        Ok(queue)
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// Counts one more asking of `question` at time `now`, evicting the
    /// rarest-then-stalest question if that makes the queue exceed
    /// `capacity`. Returns the normalised text, `None` if nothing is left of
    /// the question once normalised (only punctuation, say).
    pub fn record(&mut self, question: &str, now: u64, capacity: usize) -> Option<String> {
        let text = normalize_question(question);
        if text.is_empty() || capacity == 0 {
            return None;
        }
        match self.questions.iter_mut().find(|q| q.text == text) {
            Some(q) => {
                q.count += 1;
                q.last_asked = q.last_asked.max(now);
            }
            None => {
                self.truncate(capacity - 1);
                self.questions.push(Unanswered { text: text.clone(), count: 1, last_asked: now });
            }
        }
        self.questions.sort_by(rank);
        Some(text)
    }

    /// Drops a question (normalised first), as when a moderator has answered
    /// it with an entry. Returns whether it was there.
    pub fn forget(&mut self, question: &str) -> bool {
        let text = normalize_question(question);
        let before = self.questions.len();
        self.questions.retain(|q| q.text != text);
        self.questions.len() != before
    }

    /// Trims the queue to `capacity`, evicting as [`record`](Self::record) does.
    pub fn truncate(&mut self, capacity: usize) {
        while self.questions.len() > capacity {
            let victim = self.questions.iter().enumerate().min_by(|a, b| eviction_order(a.1, b.1)).map(|(i, _)| i);
            self.questions.remove(victim.expect("a queue over capacity is not empty"));
        }
    }

    /// The `n` most asked questions: most frequent first, ties most recent first.
    pub fn top(&self, n: usize) -> &[Unanswered] {
        &self.questions[..n.min(self.questions.len())]
    }

    /// The `n` highest-ranked questions containing every word of `typed`,
    /// those starting with it first: what autocomplete offers as the user
    /// types into `question`.
    pub fn matching(&self, typed: &str, n: usize) -> Vec<&Unanswered> {
        let typed = normalize_question(typed);
        let words: Vec<&str> = typed.split(' ').filter(|w| !w.is_empty()).collect();
        let mut found: Vec<&Unanswered> =
            self.questions.iter().filter(|q| words.iter().all(|w| q.text.contains(w))).collect();
        // Stable: within each group the ranked order stays.
        found.sort_by_key(|q| !q.text.starts_with(&typed));
        found.truncate(n);
        found
    }
}

/// Ranked order: most asked first, then most recently asked, then text.
fn rank(a: &Unanswered, b: &Unanswered) -> Ordering {
    (Reverse(a.count), Reverse(a.last_asked), &a.text).cmp(&(Reverse(b.count), Reverse(b.last_asked), &b.text))
}

/// Eviction order: the minimum is evicted first.
fn eviction_order(a: &Unanswered, b: &Unanswered) -> Ordering {
    (a.count, a.last_asked, Reverse(&a.text)).cmp(&(b.count, b.last_asked, Reverse(&b.text)))
}

/// A question's text for counting and display: lower case; typographic
/// quotes, apostrophes and dashes folded; every run of white space or
/// punctuation made one space, except an apostrophe inside a word ("who's");
/// trimmed; cut to the longest question an entry may have, so the text can
/// be offered as an entry's question as it is.
pub fn normalize_question(question: &str) -> String {
    let chars: Vec<char> = question.chars().map(fold_char).collect();
    let mut out = String::with_capacity(question.len());
    let mut space = false;
    for (i, &c) in chars.iter().enumerate() {
        let inner_apostrophe = c == '\''
            && i > 0
            && chars[i - 1].is_alphanumeric()
            && chars.get(i + 1).is_some_and(|n| n.is_alphanumeric());
        if c.is_alphanumeric() || inner_apostrophe {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    if let Some((cut, _)) = out.char_indices().nth(limits::QUESTION_CHARS) {
        out.truncate(cut);
        out.truncate(out.trim_end().len());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_case_space_and_punctuation() {
        assert_eq!(normalize_question("  Who is   HAFTAR?!"), "who is haftar");
        assert_eq!(
            normalize_question("Who\u{2019}s Hafter\u{2019}s ally \u{2014} really?"),
            "who's hafter's ally really"
        );
        assert_eq!(normalize_question("'quoted' U.N. no-fly"), "quoted u n no fly");
        assert_eq!(normalize_question("?!..."), "");
        assert_eq!(normalize_question(&"a".repeat(300)).chars().count(), limits::QUESTION_CHARS);
    }

    #[test]
    fn evicts_rarest_then_stalest() {
        let mut q = UnansweredQueue::default();
        q.record("often", 1, 3);
        q.record("often", 2, 3);
        q.record("old one-off", 3, 3);
        q.record("new one-off", 4, 3);
        q.record("newest", 5, 3);
        let texts: Vec<&str> = q.top(10).iter().map(|u| u.text.as_str()).collect();
        assert_eq!(texts, vec!["often", "newest", "new one off"]);
    }

    #[test]
    fn matching_prefers_prefix() {
        let mut q = UnansweredQueue::default();
        q.record("why is haftar attacking", 1, 10);
        q.record("who is haftar", 2, 10);
        q.record("who is haftar", 3, 10);
        q.record("haftar age", 4, 10);
        let m: Vec<&str> = q.matching("Haftar", 10).iter().map(|u| u.text.as_str()).collect();
        assert_eq!(m, vec!["haftar age", "who is haftar", "why is haftar attacking"]);
        assert_eq!(q.matching("", 2).len(), 2);
    }
}
