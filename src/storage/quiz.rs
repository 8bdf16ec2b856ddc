//! Quiz scores: points, answers and the current streak of each member, per server. A member
//! can clear their own.

use super::sql::{args, Durability, Tx};
use super::{Db, ServerId, StoreError};

/// A member's score in a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizScore {
    pub user: u64,
    /// The name shown when they last answered.
    pub name: String,
    pub points: i64,
    /// Quiz questions answered.
    pub answers: i64,
    /// Right answers in a row, up to the last one.
    pub streak: i64,
}

type ScoreRow = (i64, String, i64, i64, i64);

impl Db {
    /// Counts a member's answer to a quiz question: `points` more (0 for a wrong answer), one
    /// more answer, and the streak one longer if `right`, else back to 0. Returns the new score.
    pub async fn score_quiz_answer(
        &self,
        guild: ServerId,
        user: u64,
        name: &str,
        right: bool,
        points: i64,
        at: u64,
    ) -> Result<QuizScore, StoreError> {
        let score = async {
            let mut tx = self.pool.begin(Durability::Crash).await?;
            let score = score_in(&mut tx, guild, user, name, right, points, at).await?;
            tx.commit().await?;
            Ok(score)
        };
        score.await.map_err(self.failed())
    }

    /// The server's best `limit` scores: most points first, then the longest streak.
    pub async fn leaderboard(&self, guild: ServerId, limit: usize) -> Result<Vec<QuizScore>, StoreError> {
        let rows: Vec<ScoreRow> = self
            .pool
            .fetch_all(
                "SELECT user_id, name, points, answers, streak FROM quiz_scores WHERE guild_id = $1 \
                 ORDER BY points DESC, streak DESC, answers, user_id LIMIT $2",
                args![guild.sql(), i64::try_from(limit).unwrap_or(i64::MAX)],
            )
            .await
            .map_err(self.failed())?;
        Ok(rows.into_iter().map(score).collect())
    }

    /// Clears a member's score in a server (`/quiz forget-me`), and their answers to the
    /// server's closed quizzes (with their name). Returns whether there was anything.
    pub async fn forget_quiz_member(&self, guild: ServerId, user: u64) -> Result<bool, StoreError> {
        let forget = async {
            let mut tx = self.pool.begin(Durability::Crash).await?;
            let gone = tx
                .execute(
                    "DELETE FROM quiz_scores WHERE guild_id = $1 AND user_id = $2",
                    args![guild.sql(), user as i64],
                )
                .await?;
            let answers = tx
                .execute(
                    "DELETE FROM quiz_answers WHERE user_id = $2 AND quiz_id IN \
                     (SELECT quiz_id FROM quizzes WHERE guild_id = $1 AND closed_at IS NOT NULL)",
                    args![guild.sql(), user as i64],
                )
                .await?;
            tx.commit().await?;
            Ok(gone + answers > 0)
        };
        forget.await.map_err(self.failed())
    }
}

/// [`Db::score_quiz_answer`] within `tx`: also what closing a quiz does for each answer.
pub(crate) async fn score_in(
    tx: &mut Tx,
    guild: ServerId,
    user: u64,
    name: &str,
    right: bool,
    points: i64,
    at: u64,
) -> Result<QuizScore, sqlx::Error> {
    let row: ScoreRow = tx
        .fetch_one(
            "INSERT INTO quiz_scores (guild_id, user_id, name, points, answers, streak, unix_time) \
             VALUES ($1, $2, $3, $4, 1, CASE WHEN $5 THEN 1 ELSE 0 END, $6) \
             ON CONFLICT (guild_id, user_id) DO UPDATE SET name = excluded.name, \
                 points = quiz_scores.points + excluded.points, answers = quiz_scores.answers + 1, \
                 streak = CASE WHEN $5 THEN quiz_scores.streak + 1 ELSE 0 END, unix_time = excluded.unix_time \
             RETURNING user_id, name, points, answers, streak",
            args![guild.sql(), user as i64, name, points, right, at as i64],
        )
        .await?;
    Ok(score(row))
}

fn score((user, name, points, answers, streak): ScoreRow) -> QuizScore {
    QuizScore { user: user as u64, name, points, answers, streak }
}
