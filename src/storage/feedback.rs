//! What members make of the answers: how often each entry answered in a server, and their
//! 👍/👎 votes on answer messages. A 👎 sends the question to the server's unanswered queue,
//! marked as disputed with the entry that answered, for its moderators.

use std::collections::HashMap;

use super::sql::{args, Durability, Exec};
use super::{Db, ServerId, StoreError};

/// A member's vote on one answer message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Vote {
    pub guild: ServerId,
    /// The answer message voted on.
    pub message: u64,
    pub user: u64,
    /// The entry that answered.
    pub entry: String,
    /// The question it answered, for the unanswered queue when disputed.
    pub question: String,
    /// 👍 (true) or 👎 (false).
    pub up: bool,
    /// Unix time, seconds.
    pub at: u64,
}

/// What a vote did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VoteOutcome {
    /// The member's first vote on this message.
    Recorded,
    /// It replaced the member's other vote on this message.
    Changed,
    /// The member had already voted the same way: nothing changed.
    Unchanged,
}

/// An entry's record in a server: `/kb stats`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryStats {
    pub id: String,
    pub answers: u64,
    pub up: u64,
    pub down: u64,
}

impl Db {
    /// Counts one more answer by `entry` in `guild`.
    pub async fn count_answer(&self, guild: ServerId, entry: &str) -> Result<(), StoreError> {
        let sql = "INSERT INTO answer_counts (guild_id, entry_id, answers) VALUES ($1, $2, 1) \
                   ON CONFLICT (guild_id, entry_id) DO UPDATE SET answers = answer_counts.answers + 1";
        self.pool.execute(sql, args![guild, entry]).await.map(drop)
    }

    /// Records a member's vote, replacing their earlier one on the same message. A 👎 that is
    /// new (not a repeat) counts the question in the unanswered queue as disputed; a later 👍
    /// leaves it there, and the counts follow the current votes.
    pub async fn vote(&self, vote: &Vote) -> Result<VoteOutcome, StoreError> {
        let mut tx = self.pool.begin(Durability::Crash).await?;
        let previous: Option<(bool,)> = tx
            .fetch_optional(
                "SELECT up FROM votes WHERE message_id = $1 AND user_id = $2",
                args![vote.message, vote.user],
            )
            .await?;
        let outcome = match previous {
            None => VoteOutcome::Recorded,
            Some((up,)) if up == vote.up => return Ok(VoteOutcome::Unchanged),
            Some(_) => VoteOutcome::Changed,
        };
        tx.execute(
            "INSERT INTO votes (message_id, user_id, guild_id, entry_id, up, unix_time) VALUES ($1, $2, $3, $4, $5, $6) \
             ON CONFLICT (message_id, user_id) DO UPDATE SET up = excluded.up, unix_time = excluded.unix_time",
            args![vote.message, vote.user, vote.guild, &vote.entry, vote.up, vote.at],
        )
        .await?;
        if let Some(text) = self.to_queue(&vote.question).filter(|_| !vote.up) {
            self.enqueue_in(&mut tx, vote.guild, &text, Some(&vote.entry), vote.at).await?;
        }
        tx.commit().await?;
        Ok(outcome)
    }

    /// Every entry that answered or was voted on in `guild`, worst first: the most 👎 beyond
    /// its 👍, then the most 👎, then the most answers.
    pub async fn entry_stats(&self, guild: ServerId) -> Result<Vec<EntryStats>, StoreError> {
        let counts: Vec<(String, i64)> = self
            .pool
            .fetch_all("SELECT entry_id, answers FROM answer_counts WHERE guild_id = $1", args![guild])
            .await?;
        let votes: Vec<(String, i64, i64)> = self
            .pool
            .fetch_all(
                "SELECT entry_id, COUNT(CASE WHEN up THEN 1 END), COUNT(CASE WHEN up THEN NULL ELSE 1 END) \
                 FROM votes WHERE guild_id = $1 GROUP BY entry_id",
                args![guild],
            )
            .await?;
        // Answers, 👍 and 👎 by entry.
        let mut by_entry: HashMap<String, (u64, u64, u64)> = HashMap::new();
        for (id, answers) in counts {
            by_entry.entry(id).or_default().0 = answers as u64;
        }
        for (id, up, down) in votes {
            let s = by_entry.entry(id).or_default();
            (s.1, s.2) = (up as u64, down as u64);
        }
        let mut stats: Vec<EntryStats> =
            by_entry.into_iter().map(|(id, (answers, up, down))| EntryStats { id, answers, up, down }).collect();
        let badness = |s: &EntryStats| s.down as i64 - s.up as i64;
        stats.sort_by(|a, b| (badness(b), b.down, b.answers, &a.id).cmp(&(badness(a), a.down, a.answers, &b.id)));
        Ok(stats)
    }
}
