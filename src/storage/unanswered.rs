//! The questions the bot could not answer in a server, and those whose answer a member
//! disputed (👎): the moderators' to-do list, and the source of `question` autocomplete.
//!
//! Only the question's normalised text, how many times it was asked, when it was last asked
//! and (if disputed) the entry that answered it are kept: no user ids, no channel, no message.
//! Normalising merges the same question typed differently ("Who is Haftar?", "who is  haftar")
//! so the count means something. Whether a message was a real question or chatter is for the
//! caller to decide; this only counts.
//!
//! The queue is bounded. When it is full, a new question evicts the *rarest, then stalest*
//! one: the lowest count, then the oldest last-asked time, then (only for determinism) the
//! greatest text. A question asked often survives a flood of one-offs; among one-offs, the
//! newest stay.

use std::cmp::Reverse;

use serde::Deserialize;

use super::sql::{args, Durability, Exec, Tx};
use super::{Db, ServerId, StoreError};
use crate::knowledge::limits;
use crate::text::fold_char;

/// How many questions a server's queue holds by default.
pub const UNANSWERED_CAPACITY: usize = 500;

/// One question the bot could not answer, or whose answer was disputed.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
pub struct Unanswered {
    /// Normalised: see [`normalize_question`].
    pub text: String,
    pub count: u64,
    /// Unix time, seconds, of the last time it was asked.
    pub last_asked: u64,
    /// The entry whose answer a member voted 👎, if one did.
    #[serde(default)]
    pub disputed: Option<String>,
}

/// A server's queue, most asked first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct UnansweredQueue {
    questions: Vec<Unanswered>,
}

impl UnansweredQueue {
    /// The queue of these questions, ranked.
    pub fn new(mut questions: Vec<Unanswered>) -> UnansweredQueue {
        // Most asked first, then most recently asked, then by text.
        questions.sort_by_cached_key(|q| (Reverse(q.count), Reverse(q.last_asked), q.text.clone()));
        UnansweredQueue { questions }
    }

    pub fn len(&self) -> usize {
        self.questions.len()
    }

    pub fn is_empty(&self) -> bool {
        self.questions.is_empty()
    }

    /// The `n` most asked questions: most frequent first, ties most recent first.
    pub fn top(&self, n: usize) -> &[Unanswered] {
        &self.questions[..n.min(self.questions.len())]
    }

    /// The `n` highest-ranked questions containing every word of `typed`, those starting
    /// with it first: what autocomplete offers as the user types into `question`.
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

impl Db {
    /// Counts one more asking of a question the bot could not answer in `guild`. Returns its
    /// normalised text, or `None` (and writes nothing) when nothing is left of it once
    /// normalised.
    pub async fn record_unanswered(
        &self,
        guild: ServerId,
        question: &str,
        at: u64,
    ) -> Result<Option<String>, StoreError> {
        let Some(text) = self.to_queue(question) else { return Ok(None) };
        let mut tx = self.pool.begin(Durability::Crash).await?;
        self.enqueue_in(&mut tx, guild, &text, None, at).await?;
        tx.commit().await?;
        Ok(Some(text))
    }

    /// The server's queue: see [`UnansweredQueue::top`] and [`UnansweredQueue::matching`].
    pub async fn unanswered(&self, guild: ServerId) -> Result<UnansweredQueue, StoreError> {
        let rows: Vec<(String, i64, i64, Option<String>)> = self
            .pool
            .fetch_all(
                "SELECT question, asked, last_asked, disputed_entry FROM unanswered WHERE guild_id = $1",
                args![guild],
            )
            .await?;
        let question = |(text, count, last_asked, disputed): (String, i64, i64, Option<String>)| Unanswered {
            text,
            count: count as u64,
            last_asked: last_asked as u64,
            disputed,
        };
        Ok(UnansweredQueue::new(rows.into_iter().map(question).collect()))
    }

    /// The text to count for `question`: normalised; `None` when nothing is left of it, or the
    /// queue holds nothing.
    pub(crate) fn to_queue(&self, question: &str) -> Option<String> {
        Some(normalize_question(question)).filter(|text| !text.is_empty() && self.unanswered_capacity > 0)
    }

    /// Counts the normalised `text` in the queue within `tx`, evicting as the module says.
    pub(crate) async fn enqueue_in(
        &self,
        tx: &mut Tx,
        guild: ServerId,
        text: &str,
        disputed: Option<&str>,
        at: u64,
    ) -> Result<(), StoreError> {
        let (asked,): (i64,) = tx
            .fetch_one(
                "INSERT INTO unanswered (guild_id, question, asked, last_asked, disputed_entry) VALUES ($1, $2, 1, $3, $4) \
                 ON CONFLICT (guild_id, question) DO UPDATE SET asked = unanswered.asked + 1, \
                 last_asked = CASE WHEN excluded.last_asked > unanswered.last_asked \
                     THEN excluded.last_asked ELSE unanswered.last_asked END, \
                 disputed_entry = COALESCE(excluded.disputed_entry, unanswered.disputed_entry) \
                 RETURNING asked",
                args![guild, text, at, disputed.map(str::to_owned)],
            )
            .await?;
        if asked > 1 {
            return Ok(());
        }
        let (held,): (i64,) = tx.fetch_one("SELECT COUNT(*) FROM unanswered WHERE guild_id = $1", args![guild]).await?;
        let over = held - self.unanswered_capacity as i64;
        if over > 0 {
            tx.execute(
                "DELETE FROM unanswered WHERE guild_id = $1 AND question IN (SELECT question FROM unanswered \
                 WHERE guild_id = $1 AND question <> $2 ORDER BY asked, last_asked, question DESC LIMIT $3)",
                args![guild, text, over],
            )
            .await?;
        }
        Ok(())
    }
}

/// Drops questions an entry now answers from the queue, within a change's transaction.
pub(crate) async fn forget_in(tx: &mut Tx, guild: ServerId, questions: &[String]) -> Result<(), StoreError> {
    for question in questions {
        let sql = "DELETE FROM unanswered WHERE guild_id = $1 AND question = $2";
        tx.execute(sql, args![guild, normalize_question(question)]).await?;
    }
    Ok(())
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

    fn asked(text: &str, count: u64, last_asked: u64) -> Unanswered {
        Unanswered { text: text.into(), count, last_asked, disputed: None }
    }

    #[test]
    fn ranks_and_matching_prefers_prefix() {
        let q = UnansweredQueue::new(vec![
            asked("why is haftar attacking", 1, 1),
            asked("haftar age", 1, 4),
            asked("who is haftar", 2, 3),
        ]);
        let ranked: Vec<&str> = q.top(10).iter().map(|u| u.text.as_str()).collect();
        assert_eq!(ranked, vec!["who is haftar", "haftar age", "why is haftar attacking"]);
        let m: Vec<&str> = q.matching("Haftar", 10).iter().map(|u| u.text.as_str()).collect();
        assert_eq!(m, vec!["haftar age", "who is haftar", "why is haftar attacking"]);
        assert_eq!(q.matching("", 2).len(), 2);
    }
}
