//! What members leave behind, through the storage API, on SQLite and on PostgreSQL: the
//! unanswered queue (filled, ranked, bounded, emptied by an answer, fed by 👎 votes), answer
//! votes (one per member per answer, replaceable), per-entry answer counts, and quiz scores.

mod util;

use citebot::knowledge::EntrySpec;
use citebot::storage::{Actor, EntryStats, ServerId, Vote, VoteOutcome};
use util::storage::Fresh;

fn guild(id: u64) -> ServerId {
    ServerId::new(id).unwrap()
}

async fn ranked(db: &citebot::storage::Db, g: ServerId, n: usize) -> Vec<(String, u64)> {
    db.unanswered(g).await.unwrap().top(n).iter().map(|u| (u.text.clone(), u.count)).collect()
}

async fn the_queue_fills_merges_and_ranks(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    assert!(db.unanswered(g).await.unwrap().is_empty());
    assert_eq!(db.record_unanswered(g, "?!", 1).await.unwrap(), None);
    for (question, at) in [
        ("Who is the mayor of Sirte?", 10),
        ("what about oil", 11),
        ("who is the MAYOR of sirte", 12),
        ("  Who is the mayor of Sirte ?! ", 13),
        ("What about oil?", 14),
        ("how many drones", 15),
        ("is there a no-fly zone", 15),
    ] {
        db.record_unanswered(g, question, at).await.unwrap();
    }
    assert_eq!(
        ranked(&db, g, 10).await,
        vec![
            ("who is the mayor of sirte".to_string(), 3),
            ("what about oil".to_string(), 2),
            // Same count and time: by text, for a stable order.
            ("how many drones".to_string(), 1),
            ("is there a no fly zone".to_string(), 1),
        ]
    );
    let q = db.unanswered(g).await.unwrap();
    assert_eq!(q.top(1)[0].last_asked, 13);
    // An older asking does not move the last time back.
    db.record_unanswered(g, "what about oil", 1).await.unwrap();
    let q = db.unanswered(g).await.unwrap();
    let oil = q.top(10).iter().find(|u| u.text == "what about oil").unwrap();
    assert_eq!((oil.count, oil.last_asked), (3, 14));
    let offered: Vec<String> = q.matching("Who is", 5).iter().map(|u| u.text.clone()).collect();
    assert_eq!(offered, vec!["who is the mayor of sirte"]);
    assert!(db.unanswered(guild(2)).await.unwrap().is_empty(), "servers are separate");
}

async fn the_queue_stays_bounded_dropping_the_rarest_then_stalest(fresh: Fresh) {
    let db = fresh.open().await.with_unanswered_capacity(10);
    let g = guild(1);
    for t in 0..3 {
        db.record_unanswered(g, "frequent one", t).await.unwrap();
        db.record_unanswered(g, "frequent two", t).await.unwrap();
    }
    for i in 0..40u64 {
        db.record_unanswered(g, &format!("one-off number {i}"), 100 + i).await.unwrap();
    }
    let q = db.unanswered(g).await.unwrap();
    assert_eq!(q.len(), 10);
    let kept: Vec<&str> = q.top(10).iter().map(|u| u.text.as_str()).collect();
    let mut expected = vec!["frequent one".to_string(), "frequent two".to_string()];
    expected.extend((32..40).rev().map(|i| format!("one off number {i}")));
    assert_eq!(kept, expected);
}

async fn answering_a_gap_takes_it_off_the_queue(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    db.record_unanswered(g, "Who founded the 604 Brigade?", 1).await.unwrap();
    db.record_unanswered(g, "When was the 604 brigade created", 2).await.unwrap();
    db.record_unanswered(g, "something else", 3).await.unwrap();
    let spec = EntrySpec {
        id: String::new(),
        topic: String::new(),
        questions: vec!["who founded the 604 brigade".into()],
        triggers: vec![],
        answer: "The brigade was created in Tripoli in 2015.".into(),
        quotes: vec!["The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.".into()],
    };
    let added = db.add(g, spec, &Actor::new(1, "m"), 4).await.unwrap();
    db.alias(g, &added.record().id, "When was the 604 Brigade created?", &Actor::new(1, "m"), 5).await.unwrap();
    assert_eq!(ranked(&db, g, 10).await, vec![("something else".to_string(), 1)]);
}

fn vote(message: u64, user: u64, entry: &str, up: bool) -> Vote {
    Vote {
        guild: guild(1),
        message,
        user,
        entry: entry.into(),
        question: format!("Question answered by {entry}?"),
        up,
        at: 100 + user,
    }
}

async fn one_vote_per_member_per_answer_and_a_thumbs_down_is_disputed(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    assert_eq!(db.vote(&vote(500, 1, "ceasefire-date", true)).await.unwrap(), VoteOutcome::Recorded);
    assert_eq!(db.vote(&vote(500, 1, "ceasefire-date", true)).await.unwrap(), VoteOutcome::Unchanged);
    assert_eq!(db.vote(&vote(500, 2, "ceasefire-date", true)).await.unwrap(), VoteOutcome::Recorded);
    assert!(db.unanswered(g).await.unwrap().is_empty(), "👍 sends nothing to moderators");

    // Member 1 changes their mind: the question goes to the queue, disputed, with the entry.
    assert_eq!(db.vote(&vote(500, 1, "ceasefire-date", false)).await.unwrap(), VoteOutcome::Changed);
    let q = db.unanswered(g).await.unwrap();
    assert_eq!(q.len(), 1);
    let disputed = &q.top(1)[0];
    assert_eq!(disputed.text, "question answered by ceasefire date");
    assert_eq!(disputed.disputed.as_deref(), Some("ceasefire-date"));
    // Back to 👍: the question stays for the moderators; the counts follow the votes.
    assert_eq!(db.vote(&vote(500, 1, "ceasefire-date", true)).await.unwrap(), VoteOutcome::Changed);
    assert_eq!(db.unanswered(g).await.unwrap().len(), 1);
    db.vote(&vote(501, 1, "sirte-takeover", false)).await.unwrap();
    db.vote(&vote(502, 3, "sirte-takeover", false)).await.unwrap();
    db.vote(&vote(502, 4, "sirte-takeover", true)).await.unwrap();
    for _ in 0..3 {
        db.count_answer(g, "ceasefire-date").await.unwrap();
    }
    db.count_answer(g, "putin").await.unwrap();
    db.count_answer(guild(2), "putin").await.unwrap();
    let stats = db.entry_stats(g).await.unwrap();
    let row = |id: &str, answers, up, down| EntryStats { id: id.into(), answers, up, down };
    assert_eq!(
        stats,
        vec![row("sirte-takeover", 0, 1, 2), row("putin", 1, 0, 0), row("ceasefire-date", 3, 2, 0)],
        "worst first"
    );
    assert_eq!(db.entry_stats(guild(2)).await.unwrap(), vec![row("putin", 1, 0, 0)]);
}

async fn quiz_scores_add_up_streak_and_can_be_cleared(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    let ana = db.score_quiz_answer(g, 11, "ana", true, 10, 1).await.unwrap();
    assert_eq!((ana.points, ana.answers, ana.streak), (10, 1, 1));
    let ana = db.score_quiz_answer(g, 11, "ana_renamed", true, 10, 2).await.unwrap();
    assert_eq!((ana.points, ana.answers, ana.streak, ana.name.as_str()), (20, 2, 2, "ana_renamed"));
    let ana = db.score_quiz_answer(g, 11, "ana_renamed", false, 0, 3).await.unwrap();
    assert_eq!((ana.points, ana.answers, ana.streak), (20, 3, 0));
    db.score_quiz_answer(g, 12, "bo", true, 30, 4).await.unwrap();
    db.score_quiz_answer(guild(2), 13, "elsewhere", true, 99, 5).await.unwrap();
    let board: Vec<(u64, i64)> = db.leaderboard(g, 10).await.unwrap().iter().map(|s| (s.user, s.points)).collect();
    assert_eq!(board, vec![(12, 30), (11, 20)]);
    assert!(db.forget_quiz_member(g, 11).await.unwrap());
    assert!(!db.forget_quiz_member(g, 11).await.unwrap());
    assert_eq!(db.leaderboard(g, 10).await.unwrap().len(), 1);
    assert_eq!(db.leaderboard(guild(2), 10).await.unwrap().len(), 1, "only that server's score is cleared");
}

on_both_backends!(
    the_queue_fills_merges_and_ranks,
    the_queue_stays_bounded_dropping_the_rarest_then_stalest,
    answering_a_gap_takes_it_off_the_queue,
    one_vote_per_member_per_answer_and_a_thumbs_down_is_disputed,
    quiz_scores_add_up_streak_and_can_be_cleared,
);
