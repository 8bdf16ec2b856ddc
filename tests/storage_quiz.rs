//! Quizzes in the database, on SQLite and on PostgreSQL: one open quiz per channel even when two
//! starts race, a member's first click the only one that counts, nothing after the close, the
//! close scoring once however many race for it, and each server kept apart.

mod util;

use citebot::storage::{Answered, NewQuiz, ServerId, Started};
use util::storage::Fresh;

fn guild(id: u64) -> ServerId {
    ServerId::new(id).unwrap()
}

fn new_quiz(g: u64, channel: u64, at: u64) -> NewQuiz {
    NewQuiz {
        guild: guild(g),
        channel,
        started_by: 9,
        item_id: "ceasefire-start".into(),
        topic: "Ceasefire".into(),
        question: "As of when?".into(),
        choices: vec!["4 April".into(), "Midnight on 12 January".into(), "6 January".into(), "2015".into()],
        right: 1,
        quote: "as of midnight 12 January".into(),
        paragraph: 1,
        section: None,
        opened_at: at,
        closes_at: at + 30,
    }
}

async fn a_quiz_is_opened_once_answered_once_and_closed_once(fresh: Fresh) {
    let db = std::sync::Arc::new(fresh.open().await);
    // Two starts at once in one channel open one quiz.
    let (first, second) = (new_quiz(1, 50, 100), new_quiz(1, 50, 100));
    let (a, b) = tokio::join!(db.start_quiz(&first), db.start_quiz(&second));
    let (a, b) = (a.unwrap(), b.unwrap());
    let opened: Vec<_> =
        [&a, &b].into_iter().filter_map(|s| if let Started::Opened(q) = s { Some(q) } else { None }).collect();
    assert_eq!(opened.len(), 1, "{a:?} / {b:?}");
    let quiz = opened[0].clone();
    assert!(matches!(db.start_quiz(&new_quiz(1, 51, 100)).await.unwrap(), Started::Opened(_)), "another channel");

    assert_eq!(db.answer_quiz(guild(1), quiz.id, 11, "ana", 1, 101).await.unwrap(), Answered::Recorded);
    assert_eq!(db.answer_quiz(guild(1), quiz.id, 11, "ana", 2, 102).await.unwrap(), Answered::Again { choice: 1 });
    assert_eq!(db.answer_quiz(guild(1), quiz.id, 12, "ben", 0, 103).await.unwrap(), Answered::Recorded);
    assert_eq!(db.answer_quiz(guild(2), quiz.id, 13, "other", 1, 104).await.unwrap(), Answered::Unknown);
    assert_eq!(db.answer_quiz(guild(1), quiz.id, 14, "late", 1, 130).await.unwrap(), Answered::Closed, "past time");

    let (x, y) = tokio::join!(db.close_quiz(quiz.id, 131), db.close_quiz(quiz.id, 131));
    let closed: Vec<_> = [x.unwrap(), y.unwrap()].into_iter().flatten().collect();
    assert_eq!(closed.len(), 1, "closed and scored once");
    let answers: Vec<(&str, bool)> = closed[0].answers.iter().map(|a| (a.name.as_str(), a.right)).collect();
    assert_eq!(answers, [("ana", true), ("ben", false)]);
    assert_eq!(db.answer_quiz(guild(1), quiz.id, 15, "after", 1, 132).await.unwrap(), Answered::Closed);
    let board: Vec<(String, i64, i64)> =
        db.leaderboard(guild(1), 10).await.unwrap().into_iter().map(|s| (s.name, s.points, s.answers)).collect();
    assert_eq!(board, [("ana".to_owned(), 1, 1), ("ben".to_owned(), 0, 1)]);
    assert!(db.leaderboard(guild(2), 10).await.unwrap().is_empty());
    assert!(db.open_quiz_in(50).await.unwrap().is_none());
    assert_eq!(db.open_quizzes().await.unwrap().len(), 1, "the other channel's");
    assert_eq!(db.recent_quiz_items(50, 5).await.unwrap(), ["ceasefire-start"]);
    // Forgetting a member takes their answers with their score.
    assert!(db.forget_quiz_member(guild(1), 11).await.unwrap());
    let row = db.quiz(quiz.id).await.unwrap().unwrap();
    assert_eq!(row.new.choices[row.new.right], "Midnight on 12 January");
}

on_both_backends!(a_quiz_is_opened_once_answered_once_and_closed_once);
