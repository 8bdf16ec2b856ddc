//! The quiz: quizzes played in channels, members' scores, and the server's own entries in it.
//!
//! A quiz keeps each question as posted, with its choices and the right one (here, never in a
//! button, since any client can read a button's custom id), the members' first clicks, and
//! the close that scores them.
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
//!
//! Scores are points, answers and the current streak of each member, per server; a member can
//! clear their own. A moderator can put the server's own entry in its quiz with a short answer
//! and a kind (`/kb quiz`, `citebot kb quiz`): its first question, with that answer and the
//! quote that states it, joins the server's quiz. That is audited like every moderator's change.

use super::audit::{self, Action, Actor, AuditRecord};
use super::change::check_actor;
use super::sql::{args, Arg, Durability, Exec, Tx};
use super::{Db, Origin, Refusal, ServerId, StoreError};
use crate::quiz::{Item, Kind};

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

/// A server's entry in its quiz, as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntryQuiz {
    pub entry: String,
    pub answer: String,
    pub kind: Kind,
}

/// A quiz's row: every column of `quizzes` (`SELECT *`), by name.
#[derive(sqlx::FromRow)]
struct QuizRow {
    quiz_id: i64,
    guild_id: i64,
    channel_id: i64,
    message_id: Option<i64>,
    started_by: i64,
    item_id: String,
    topic: String,
    question: String,
    choices: String,
    right_choice: i64,
    quote: String,
    paragraph: i64,
    section: Option<String>,
    opened_at: i64,
    closes_at: i64,
    closed_at: Option<i64>,
}

type ScoreRow = (i64, String, i64, i64, i64);

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
                        quiz.guild,
                        quiz.channel,
                        quiz.started_by,
                        &quiz.item_id,
                        &quiz.topic,
                        &quiz.question,
                        choices,
                        quiz.right as i64,
                        &quiz.quote,
                        quiz.paragraph as i64,
                        quiz.section.clone(),
                        quiz.opened_at,
                        quiz.closes_at,
                    ],
                )
                .await?;
            tx.commit().await?;
            Ok(id)
        };
        match insert.await {
            Ok(id) => Ok(Started::Opened(Quiz { id, message: None, closed_at: None, new: quiz.clone() })),
            // Another start won the race for the channel.
            Err(StoreError::Database { location, source: sqlx::Error::Database(e) }) if e.is_unique_violation() => {
                let open = self.open_quiz_in(quiz.channel).await?;
                open.map(Started::AlreadyOpen)
                    .ok_or(StoreError::Database { location, source: sqlx::Error::Database(e) })
            }
            Err(e) => Err(e),
        }
    }

    /// Notes which message shows the quiz, to edit it at the close.
    pub async fn set_quiz_message(&self, quiz: i64, message: u64) -> Result<(), StoreError> {
        let sql = "UPDATE quizzes SET message_id = $2 WHERE quiz_id = $1";
        self.pool.execute(sql, args![quiz, message]).await.map(drop)
    }

    /// The quiz `id`, open or closed.
    pub async fn quiz(&self, id: i64) -> Result<Option<Quiz>, StoreError> {
        Ok(quizzes(&self.pool, "SELECT * FROM quizzes WHERE quiz_id = $1", args![id]).await?.pop())
    }

    /// The channel's open quiz (perhaps past its closing time), if it has one.
    pub async fn open_quiz_in(&self, channel: u64) -> Result<Option<Quiz>, StoreError> {
        let sql = "SELECT * FROM quizzes WHERE channel_id = $1 AND closed_at IS NULL";
        Ok(quizzes(&self.pool, sql, args![channel]).await?.pop())
    }

    /// Every open quiz, soonest to close first: what a process that starts must close in time.
    pub async fn open_quizzes(&self) -> Result<Vec<Quiz>, StoreError> {
        quizzes(&self.pool, "SELECT * FROM quizzes WHERE closed_at IS NULL ORDER BY closes_at", &[]).await
    }

    /// The items of the channel's last `limit` quizzes, newest first: not asked again soon.
    pub async fn recent_quiz_items(&self, channel: u64, limit: usize) -> Result<Vec<String>, StoreError> {
        let rows: Vec<(String,)> = self
            .pool
            .fetch_all(
                "SELECT item_id FROM quizzes WHERE channel_id = $1 ORDER BY quiz_id DESC LIMIT $2",
                args![channel, limit],
            )
            .await?;
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
        let mut tx = self.pool.begin(Durability::Crash).await?;
        // Takes the quiz's row, so a close waits for this click, or this click for the close.
        let open = tx
            .execute(
                "UPDATE quizzes SET closes_at = closes_at \
                 WHERE quiz_id = $1 AND guild_id = $2 AND closed_at IS NULL AND closes_at > $3",
                args![id, guild, at],
            )
            .await?;
        if open == 0 {
            let known: Option<(i64,)> = tx
                .fetch_optional("SELECT quiz_id FROM quizzes WHERE quiz_id = $1 AND guild_id = $2", args![id, guild])
                .await?;
            return Ok(if known.is_some() { Answered::Closed } else { Answered::Unknown });
        }
        let before: Option<(i64,)> = tx
            .fetch_optional("SELECT choice FROM quiz_answers WHERE quiz_id = $1 AND user_id = $2", args![id, user])
            .await?;
        if let Some((choice,)) = before {
            return Ok(Answered::Again { choice: choice as usize });
        }
        tx.execute(
            "INSERT INTO quiz_answers (quiz_id, user_id, name, choice, unix_time) VALUES ($1, $2, $3, $4, $5)",
            args![id, user, name, choice as i64, at],
        )
        .await?;
        tx.commit().await?;
        Ok(Answered::Recorded)
    }

    /// Closes quiz `id` at `at` and scores every answer in its server: a point for a right one,
    /// the streak kept or broken. `None` when it was closed already (by another close).
    pub async fn close_quiz(&self, id: i64, at: u64) -> Result<Option<ClosedQuiz>, StoreError> {
        let mut tx = self.pool.begin(Durability::Crash).await?;
        let sql = "UPDATE quizzes SET closed_at = $2 WHERE quiz_id = $1 AND closed_at IS NULL";
        if tx.execute(sql, args![id, at]).await? == 0 {
            return Ok(None);
        }
        let Some(quiz) = quizzes(&mut tx, "SELECT * FROM quizzes WHERE quiz_id = $1", args![id]).await?.pop() else {
            return Ok(None);
        };
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
    }

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
        let mut tx = self.pool.begin(Durability::Crash).await?;
        let score = score_in(&mut tx, guild, user, name, right, points, at).await?;
        tx.commit().await?;
        Ok(score)
    }

    /// The server's best `limit` scores: most points first, then the longest streak.
    pub async fn leaderboard(&self, guild: ServerId, limit: usize) -> Result<Vec<QuizScore>, StoreError> {
        let rows: Vec<ScoreRow> = self
            .pool
            .fetch_all(
                "SELECT user_id, name, points, answers, streak FROM quiz_scores WHERE guild_id = $1 \
                 ORDER BY points DESC, streak DESC, answers, user_id LIMIT $2",
                args![guild, limit],
            )
            .await?;
        Ok(rows.into_iter().map(score).collect())
    }

    /// Clears a member's score in a server (`/quiz forget-me`), and their answers to the
    /// server's closed quizzes (with their name). Returns whether there was anything.
    pub async fn forget_quiz_member(&self, guild: ServerId, user: u64) -> Result<bool, StoreError> {
        let mut tx = self.pool.begin(Durability::Crash).await?;
        let gone =
            tx.execute("DELETE FROM quiz_scores WHERE guild_id = $1 AND user_id = $2", args![guild, user]).await?;
        let answers = tx
            .execute(
                "DELETE FROM quiz_answers WHERE user_id = $2 AND quiz_id IN \
                 (SELECT quiz_id FROM quizzes WHERE guild_id = $1 AND closed_at IS NOT NULL)",
                args![guild, user],
            )
            .await?;
        tx.commit().await?;
        Ok(gone + answers > 0)
    }

    /// Puts the server's own entry `id` in its quiz with `answer` of `kind` (or changes them), or,
    /// with `None`, takes it out. The answer must be stated by one of the entry's quotes.
    pub async fn set_entry_quiz(
        &self,
        guild: ServerId,
        id: &str,
        answer: Option<(&str, Kind)>,
        by: &Actor,
        at: u64,
    ) -> Result<AuditRecord, StoreError> {
        check_actor(by)?;
        let id = id.trim();
        let listed = self.entry(guild, id).await?.ok_or_else(|| Refusal::UnknownId(id.to_owned()))?;
        if listed.origin != Origin::Server {
            return Err(Refusal::NotOwnEntry(id.to_owned()).into());
        }
        if let Some((answer, kind)) = answer {
            Item::from_entry(&listed.entry, answer, kind)?;
        }
        let action = if answer.is_some() { Action::Quiz } else { Action::Unquiz };
        let record = AuditRecord { at, by: by.clone(), action, id: id.to_owned(), before: None, after: None };
        let mut tx = self.pool.begin(Durability::Power).await?;
        let changed = match answer {
            Some((answer, kind)) => {
                tx.execute(
                    "INSERT INTO entry_quiz (guild_id, entry_id, answer, kind) VALUES ($1, $2, $3, $4) \
                     ON CONFLICT (guild_id, entry_id) DO UPDATE SET answer = excluded.answer, kind = excluded.kind",
                    args![guild, id, answer.trim(), kind.as_str()],
                )
                .await?
            }
            None => {
                tx.execute("DELETE FROM entry_quiz WHERE guild_id = $1 AND entry_id = $2", args![guild, id]).await?
            }
        };
        if changed == 0 {
            return Err(Refusal::NotInQuiz(id.to_owned()).into());
        }
        audit::write(&mut tx, guild, &record).await?;
        tx.commit().await?;
        Ok(record)
    }

    /// The server's entries in its quiz (an entry since removed is not among them).
    pub async fn entry_quizzes(&self, guild: ServerId) -> Result<Vec<EntryQuiz>, StoreError> {
        let rows: Vec<(String, String, String)> = self
            .pool
            .fetch_all(
                "SELECT entry_id, answer, kind FROM entry_quiz WHERE guild_id = $1 ORDER BY entry_id",
                args![guild],
            )
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|(entry, answer, kind)| Some(EntryQuiz { entry, answer, kind: Kind::parse(&kind)? }))
            .collect())
    }
}

/// [`Db::score_quiz_answer`] within `tx`: also what closing a quiz does for each answer.
async fn score_in(
    tx: &mut Tx,
    guild: ServerId,
    user: u64,
    name: &str,
    right: bool,
    points: i64,
    at: u64,
) -> Result<QuizScore, StoreError> {
    let row: ScoreRow = tx
        .fetch_one(
            "INSERT INTO quiz_scores (guild_id, user_id, name, points, answers, streak, unix_time) \
             VALUES ($1, $2, $3, $4, 1, CASE WHEN $5 THEN 1 ELSE 0 END, $6) \
             ON CONFLICT (guild_id, user_id) DO UPDATE SET name = excluded.name, \
                 points = quiz_scores.points + excluded.points, answers = quiz_scores.answers + 1, \
                 streak = CASE WHEN $5 THEN quiz_scores.streak + 1 ELSE 0 END, unix_time = excluded.unix_time \
             RETURNING user_id, name, points, answers, streak",
            args![guild, user, name, points, right, at],
        )
        .await?;
    Ok(score(row))
}

/// The quizzes `sql` selects (`SELECT *`), but for rows this version cannot read (it never
/// writes one).
async fn quizzes(on: impl Exec, sql: &'static str, args: &[Arg]) -> Result<Vec<Quiz>, StoreError> {
    let rows: Vec<QuizRow> = on.fetch_all(sql, args).await?;
    Ok(rows.into_iter().filter_map(QuizRow::quiz).collect())
}

fn score((user, name, points, answers, streak): ScoreRow) -> QuizScore {
    QuizScore { user: user as u64, name, points, answers, streak }
}

impl QuizRow {
    fn quiz(self) -> Option<Quiz> {
        Some(Quiz {
            id: self.quiz_id,
            message: self.message_id.map(|m| m as u64),
            closed_at: self.closed_at.map(|c| c as u64),
            new: NewQuiz {
                guild: ServerId::new(self.guild_id as u64)?,
                channel: self.channel_id as u64,
                started_by: self.started_by as u64,
                item_id: self.item_id,
                topic: self.topic,
                question: self.question,
                choices: serde_json::from_str(&self.choices).ok()?,
                right: usize::try_from(self.right_choice).ok()?,
                quote: self.quote,
                paragraph: usize::try_from(self.paragraph).ok()?,
                section: self.section,
                opened_at: self.opened_at as u64,
                closes_at: self.closes_at as u64,
            },
        })
    }
}
