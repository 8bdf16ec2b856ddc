//! The unanswered-questions queue through a server's store: it fills,
//! ranks, stays bounded, keeps no user ids, feeds autocomplete, and gives
//! up a question once a moderator answers it with an entry.

mod util;

use std::fs;

use citebot::knowledge::store::{Actor, GuildStore, UnansweredQueue, UNANSWERED_CAPACITY};
use citebot::knowledge::EntrySpec;
use util::{kb, scratch};

fn texts(store: &GuildStore, n: usize) -> Vec<(String, u64)> {
    store.unanswered().unwrap().top(n).iter().map(|u| (u.text.clone(), u.count)).collect()
}

#[test]
fn fills_merges_and_ranks() {
    let data = scratch("unanswered-rank");
    let s = GuildStore::open(&data, 1, kb().source.clone());
    assert!(s.unanswered().unwrap().is_empty());
    assert_eq!(s.record_unanswered("?!", 1).unwrap(), None);
    assert!(!s.dir().exists(), "nothing to record, nothing written");

    s.record_unanswered("Who is the mayor of Sirte?", 10).unwrap();
    s.record_unanswered("what about oil", 11).unwrap();
    s.record_unanswered("who is the MAYOR of sirte", 12).unwrap();
    s.record_unanswered("  Who is the mayor of Sirte ?! ", 13).unwrap();
    s.record_unanswered("What about oil?", 14).unwrap();
    s.record_unanswered("how many drones", 15).unwrap();
    s.record_unanswered("is there a no-fly zone", 15).unwrap();

    assert_eq!(
        texts(&s, 10),
        vec![
            ("who is the mayor of sirte".to_string(), 3),
            ("what about oil".to_string(), 2),
            // Same count and time: by text, for a stable order.
            ("how many drones".to_string(), 1),
            ("is there a no fly zone".to_string(), 1),
        ]
    );
    let q = s.unanswered().unwrap();
    assert_eq!(q.top(1)[0].last_asked, 13);
    assert_eq!(q.top(2).len(), 2);

    // Ties in count: the most recently asked first.
    s.record_unanswered("how many drones", 20).unwrap();
    assert_eq!(texts(&s, 3)[1], ("how many drones".to_string(), 2));

    // Autocomplete: what contains the typed words, what starts with them first.
    let q = s.unanswered().unwrap();
    let offered: Vec<&str> = q.matching("Who is", 5).iter().map(|u| u.text.as_str()).collect();
    assert_eq!(offered, vec!["who is the mayor of sirte"]);
    let offered: Vec<&str> = q.matching("oil", 5).iter().map(|u| u.text.as_str()).collect();
    assert_eq!(offered, vec!["what about oil"]);

    // No user ids: only text, count and time are stored.
    let json: serde_json::Value =
        serde_json::from_str(&fs::read_to_string(s.dir().join("unanswered.json")).unwrap()).unwrap();
    for item in json["questions"].as_array().unwrap() {
        let mut keys: Vec<&str> = item.as_object().unwrap().keys().map(String::as_str).collect();
        keys.sort();
        assert_eq!(keys, vec!["count", "last_asked", "text"]);
    }
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn stays_bounded_dropping_the_rarest_then_stalest() {
    let data = scratch("unanswered-bound");
    let s = GuildStore::open(&data, 1, kb().source.clone()).with_unanswered_capacity(10);
    // Two frequent questions, asked early.
    for t in 0..3 {
        s.record_unanswered("frequent one", t).unwrap();
        s.record_unanswered("frequent two", t).unwrap();
    }
    // A flood of one-offs.
    for i in 0..40u64 {
        s.record_unanswered(&format!("one-off number {i}"), 100 + i).unwrap();
    }
    let q = s.unanswered().unwrap();
    assert_eq!(q.len(), 10);
    let kept: Vec<&str> = q.top(10).iter().map(|u| u.text.as_str()).collect();
    let mut expected = vec!["frequent one".to_string(), "frequent two".to_string()];
    expected.extend((32..40).rev().map(|i| format!("one off number {i}")));
    assert_eq!(kept, expected);
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn the_default_capacity_holds() {
    let data = scratch("unanswered-default");
    let s = GuildStore::open(&data, 1, kb().source.clone());
    // Filled in memory, then saved once: a full queue without 500 writes.
    let mut full = UnansweredQueue::default();
    for i in 0..UNANSWERED_CAPACITY as u64 {
        full.record(&format!("question {i}"), i, UNANSWERED_CAPACITY);
    }
    s.record_unanswered("question 0", 0).unwrap();
    fs::write(s.dir().join("unanswered.json"), serde_json::to_string(&full).unwrap()).unwrap();
    for i in 0..20u64 {
        s.record_unanswered(&format!("late question {i}"), 1000 + i).unwrap();
    }
    let q = s.unanswered().unwrap();
    assert_eq!(q.len(), UNANSWERED_CAPACITY);
    assert_eq!(q.top(1)[0].text, "late question 19");
    let gone: Vec<String> = (0..20).map(|i| format!("question {i}")).collect();
    assert!(q.top(UNANSWERED_CAPACITY).iter().all(|u| !gone.contains(&u.text)), "the oldest went first");
    assert!(q.top(UNANSWERED_CAPACITY).iter().any(|u| u.text == "question 20"));
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn answering_a_gap_takes_it_off_the_queue() {
    let data = scratch("unanswered-answered");
    let s = GuildStore::open(&data, 1, kb().source.clone());
    s.record_unanswered("Who founded the 604 Brigade?", 1).unwrap();
    s.record_unanswered("When was the 604 brigade created", 2).unwrap();
    s.record_unanswered("something else", 3).unwrap();
    let top = s.unanswered().unwrap().top(1)[0].text.clone();
    assert_eq!(top, "something else");

    let spec = EntrySpec {
        id: String::new(),
        topic: String::new(),
        questions: vec!["who founded the 604 brigade".into()],
        triggers: vec![],
        answer: "The 604 Brigade was created in Tripoli in 2015.".into(),
        quotes: vec!["The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.".into()],
    };
    let added = s.add(spec, &kb().entries, &Actor::new(1, "m"), 4).unwrap();
    s.alias(&added.record.id, "When was the 604 Brigade created?", &kb().entries, &Actor::new(1, "m"), 5).unwrap();
    assert_eq!(texts(&s, 10), vec![("something else".to_string(), 1)]);
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn a_damaged_queue_is_reported_not_overwritten() {
    let data = scratch("unanswered-corrupt");
    let s = GuildStore::open(&data, 1, kb().source.clone());
    s.record_unanswered("first", 1).unwrap();
    let path = s.dir().join("unanswered.json");
    fs::write(&path, "{\n  \"questions\": [\n    {\"text\": }\n  ]\n}\n").unwrap();
    let e = s.record_unanswered("second", 2).unwrap_err().to_string();
    assert!(e.contains(&format!("{}:3:", path.display())), "{e}");
    assert!(fs::read_to_string(&path).unwrap().contains("{\"text\": }"));
    fs::remove_dir_all(data).unwrap();
}
