//! Quizzes played in channels: each question as posted, with its choices and the right one
//! (kept here, never in a button, since any client can read a button's custom id), the members'
//! first clicks, and the close that scores them.
//!
//! - **One open quiz per channel**, enforced by a unique index, so two `/quiz start`s at once,
//!   in one process or two, open one quiz.
//! - **A member's first click counts**: one answer per member per quiz (the primary key).
//! - **Nothing after the close**: a click takes the quiz's row first and is refused once the
//!   quiz is closed or past its closing time; the close takes the same row, so no click slips in
//!   between the close and its scoring.
//! - **Scored once**: the close marks the quiz closed and scores every answer in one
//!   transaction, and only the close that marked it does; a second close (the timer and
//!   `/quiz reveal` at once, or two processes) finds it closed and does nothing.

use super::quiz::score_in;
use super::sql::{args, Durability};
use super::{Db, ServerId, StoreError};

/// Points for a right answer.
pub const POINTS: i64 = 1;

/// A quiz to open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewQuiz {
    pub guild: ServerId,
    pub channel: u64,
    pub started_by: u64,
    pub item_id: String,
    pub topic: String,
    pub question: String,
    /// In button order.
    pub choices: Vec<String>,
    pub right: usize,
    /// The article's words that prove the answer, and where they stand.
    pub quote: String,
    pub paragraph: usize,
    pub section: Option<String>,
    /// Unix times, seconds.
    pub opened_at: u64,
    pub closes_at: u64,
}

/// A quiz as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quiz {
    pub id: i64,
    /// The quiz message, once known.
    pub message: Option<u64>,
    pub closed_at: Option<u64>,
    pub new: NewQuiz,
}

impl Quiz {
    /// Whether clicks still count at `now` (Unix seconds).
    pub fn is_open_at(&self, now: u64) -> bool {
        self.closed_at.is_none() && now < self.new.closes_at
    }
}

/// What `/quiz start` found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Started {
    Opened(Quiz),
    /// The channel already has an open quiz (perhaps past its closing time: close it first).
    AlreadyOpen(Quiz),
}

/// What a click did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Answered {
    /// The member's first click: their answer.
    Recorded,
    /// They had answered already, with this choice; nothing changed.
    Again { choice: usize },
    /// The quiz is closed, or past its closing time; nothing changed.
    Closed,
    /// No such quiz in this server.
    Unknown,
}

/// One member's answer, at the close.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuizAnswer {
    pub user: u64,
    pub name: String,
    pub choice: usize,
    pub right: bool,
}

/// A quiz just closed, with every answer, in the order they came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosedQuiz {
    pub quiz: Quiz,
    pub answers: Vec<QuizAnswer>,
}

type QuizRow = (
    i64,
    i64,
    i64,
    Option<i64>,
    i64,
    String,
    String,
    String,
    String,
    i64,
    String,
    i64,
    Option<String>,
    i64,
    i64,
    Option<i64>,
);

/// `SELECT` every column of a quiz (as [`QuizRow`]) `FROM quizzes`, then `$rest`.
macro_rules! select_quiz {
    ($rest:literal) => {
        concat!(
            "SELECT quiz_id, guild_id, channel_id, message_id, started_by, item_id, topic, question, choices, ",
            "right_choice, quote, paragraph, section, opened_at, closes_at, closed_at FROM quizzes ",
            $rest
        )
    };
}

impl Db {
    /// Opens `quiz` in its channel, unless the channel has an open one already.
    pub async fn start_quiz(&self, quiz: &NewQuiz) -> Result<Started, StoreError> {
        if let Some(open) = self.open_quiz_in(quiz.channel).await? {
            return Ok(Started::AlreadyOpen(open));
        }
        let insert = async {
            let mut tx = self.pool.begin(Durability::Crash).await?;
            let choices = serde_json::to_string(&quiz.choices).unwrap_or_default();
            let (id,): (i64,) = tx
                .fetch_one(
                    "INSERT INTO quizzes (guild_id, channel_id, started_by, item_id, topic, question, choices, \
                     right_choice, quote, paragraph, section, opened_at, closes_at) \
                     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13) RETURNING quiz_id",
                    args![
                        quiz.guild.sql(),
                        quiz.channel as i64,
                        quiz.started_by as i64,
                        &quiz.item_id,
                        &quiz.topic,
                        &quiz.question,
                        choices,
                        quiz.right as i64,
                        &quiz.quote,
                        quiz.paragraph as i64,
                        quiz.section.clone(),
                        quiz.opened_at as i64,
                        quiz.closes_at as i64,
                    ],
                )
                .await?;
            tx.commit().await?;
            Ok::<_, sqlx::Error>(id)
        };
        match insert.await {
            Ok(id) => Ok(Started::Opened(Quiz { id, message: None, closed_at: None, new: quiz.clone() })),
            // Another start won the race for the channel.
            Err(sqlx::Error::Database(e)) if e.is_unique_violation() => match self.open_quiz_in(quiz.channel).await? {
                Some(open) => Ok(Started::AlreadyOpen(open)),
                None => Err((self.failed())(sqlx::Error::Database(e))),
            },
            Err(e) => Err((self.failed())(e)),
        }
    }

    /// Notes which message shows the quiz, to edit it at the close.
    pub async fn set_quiz_message(&self, quiz: i64, message: u64) -> Result<(), StoreError> {
        let set = async {
            let mut tx = self.pool.begin(Durability::Crash).await?;
            tx.execute("UPDATE quizzes SET message_id = $2 WHERE quiz_id = $1", args![quiz, message as i64]).await?;
            tx.commit().await
        };
        set.await.map_err(self.failed())
    }

    /// The quiz `id`, open or closed.
    pub async fn quiz(&self, id: i64) -> Result<Option<Quiz>, StoreError> {
        let row: Option<QuizRow> =
            self.pool.fetch_optional(select_quiz!("WHERE quiz_id = $1"), args![id]).await.map_err(self.failed())?;
        Ok(row.and_then(quiz))
    }

    /// The channel's open quiz (perhaps past its closing time), if it has one.
    pub async fn open_quiz_in(&self, channel: u64) -> Result<Option<Quiz>, StoreError> {
        let row: Option<QuizRow> = self
            .pool
            .fetch_optional(select_quiz!("WHERE channel_id = $1 AND closed_at IS NULL"), args![channel as i64])
            .await
            .map_err(self.failed())?;
        Ok(row.and_then(quiz))
    }

    /// Every open quiz, soonest to close first: what a process that starts must close in time.
    pub async fn open_quizzes(&self) -> Result<Vec<Quiz>, StoreError> {
        let rows: Vec<QuizRow> = self
            .pool
            .fetch_all(select_quiz!("WHERE closed_at IS NULL ORDER BY closes_at"), &[])
            .await
            .map_err(self.failed())?;
        Ok(rows.into_iter().filter_map(quiz).collect())
    }

    /// The items of the channel's last `limit` quizzes, newest first: not asked again soon.
    pub async fn recent_quiz_items(&self, channel: u64, limit: usize) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = self
            .pool
            .fetch_all(
                "SELECT item_id FROM quizzes WHERE channel_id = $1 ORDER BY quiz_id DESC LIMIT $2",
                args![channel as i64, i64::try_from(limit).unwrap_or(i64::MAX)],
            )
            .await
            .map_err(self.failed())?;
        Ok(rows.into_iter().map(|(id,)| id).collect())
    }

    /// A member's click on choice `choice` of quiz `id` in `guild` at `at`: recorded if it is
    /// their first and the quiz is open.
    pub async fn answer_quiz(
        &self,
        guild: ServerId,
        id: i64,
        user: u64,
        name: &str,
        choice: usize,
        at: u64,
    ) -> Result<Answered, StoreError> {
        let answer = async {
            let mut tx = self.pool.begin(Durability::Crash).await?;
            // Takes the quiz's row, so a close waits for this click, or this click for the close.
            let open = tx
                .execute(
                    "UPDATE quizzes SET closes_at = closes_at \
                     WHERE quiz_id = $1 AND guild_id = $2 AND closed_at IS NULL AND closes_at > $3",
                    args![id, guild.sql(), at as i64],
                )
                .await?;
            if open == 0 {
                let known: Option<(i64,)> = tx
                    .fetch_optional(
                        "SELECT quiz_id FROM quizzes WHERE quiz_id = $1 AND guild_id = $2",
                        args![id, guild.sql()],
                    )
                    .await?;
                return Ok(if known.is_some() { Answered::Closed } else { Answered::Unknown });
            }
            let before: Option<(i64,)> = tx
                .fetch_optional(
                    "SELECT choice FROM quiz_answers WHERE quiz_id = $1 AND user_id = $2",
                    args![id, user as i64],
                )
                .await?;
            if let Some((choice,)) = before {
                return Ok(Answered::Again { choice: choice as usize });
            }
            tx.execute(
                "INSERT INTO quiz_answers (quiz_id, user_id, name, choice, unix_time) VALUES ($1, $2, $3, $4, $5)",
                args![id, user as i64, name, choice as i64, at as i64],
            )
            .await?;
            tx.commit().await?;
            Ok(Answered::Recorded)
        };
        answer.await.map_err(self.failed())
    }

    /// Closes quiz `id` at `at` and scores every answer in its server: a point for a right one,
    /// the streak kept or broken. `None` when it was closed already (by another close).
    pub async fn close_quiz(&self, id: i64, at: u64) -> Result<Option<ClosedQuiz>, StoreError> {
        let close = async {
            let mut tx = self.pool.begin(Durability::Crash).await?;
            let marked = tx
                .execute(
                    "UPDATE quizzes SET closed_at = $2 WHERE quiz_id = $1 AND closed_at IS NULL",
                    args![id, at as i64],
                )
                .await?;
            if marked == 0 {
                return Ok(None);
            }
            let row: QuizRow = tx.fetch_one(select_quiz!("WHERE quiz_id = $1"), args![id]).await?;
            let Some(quiz) = quiz(row) else { return Ok(None) };
            let rows: Vec<(i64, String, i64)> = tx
                .fetch_all(
                    "SELECT user_id, name, choice FROM quiz_answers WHERE quiz_id = $1 ORDER BY unix_time, user_id",
                    args![id],
                )
                .await?;
            let mut answers = Vec::with_capacity(rows.len());
            for (user, name, choice) in rows {
                let right = choice as usize == quiz.new.right;
                let points = if right { POINTS } else { 0 };
                score_in(&mut tx, quiz.new.guild, user as u64, &name, right, points, at).await?;
                answers.push(QuizAnswer { user: user as u64, name, choice: choice as usize, right });
            }
            tx.commit().await?;
            Ok(Some(ClosedQuiz { quiz, answers }))
        };
        close.await.map_err(self.failed())
    }
}

/// A stored quiz; `None` for a row this version cannot read (it never writes one).
fn quiz(row: QuizRow) -> Option<Quiz> {
    let (id, guild, channel, message, started_by, item_id, topic, question, choices, right) =
        (row.0, row.1, row.2, row.3, row.4, row.5, row.6, row.7, row.8, row.9);
    let (quote, paragraph, section, opened_at, closes_at, closed_at) = (row.10, row.11, row.12, row.13, row.14, row.15);
    Some(Quiz {
        id,
        message: message.map(|m| m as u64),
        closed_at: closed_at.map(|c| c as u64),
        new: NewQuiz {
            guild: ServerId::new(guild as u64)?,
            channel: channel as u64,
            started_by: started_by as u64,
            item_id,
            topic,
            question,
            choices: serde_json::from_str(&choices).ok()?,
            right: usize::try_from(right).ok()?,
            quote,
            paragraph: usize::try_from(paragraph).ok()?,
            section,
            opened_at: opened_at as u64,
            closes_at: closes_at as u64,
        },
    })
}
