//! A server's knowledge through the storage API, on SQLite and on PostgreSQL: changes survive a
//! reopening, refusals save nothing, servers are isolated, the audit log records before and
//! after, duplicates are refused, every change can be undone, concurrent changes are all kept,
//! and another process's change is found by the change clock.

mod util;

use std::collections::BTreeSet;
use std::sync::Arc;

use citebot::knowledge::EntrySpec;
use citebot::storage::{Action, Actor, Db, Origin, Refusal, ServerId, StoreError};
use util::kb;
use util::storage::Fresh;

/// Straight apostrophes where the article has curly ones would be folded; this one is plain.
const QUOTE: &str = "The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.";

fn guild(id: u64) -> ServerId {
    ServerId::new(id).unwrap()
}

fn moderator() -> Actor {
    Actor::new(42, "mod")
}

fn spec(id: &str, question: &str, quote: &str) -> EntrySpec {
    EntrySpec {
        id: id.into(),
        topic: "Test".into(),
        questions: vec![question.into()],
        triggers: vec![],
        answer: "The answer is this.".into(),
        quotes: vec![quote.into()],
    }
}

fn refusal<T: std::fmt::Debug>(result: Result<T, StoreError>) -> Refusal {
    match result {
        Err(StoreError::Refused(refusal)) => refusal,
        other => panic!("expected a refusal, got {other:?}"),
    }
}

/// Everything the server's tables say, to show that a refusal changed nothing.
async fn state(db: &Db, g: ServerId) -> (Vec<(String, Vec<String>)>, BTreeSet<String>, usize, usize) {
    let k = db.knowledge(g).await.unwrap();
    let own = k.entries.iter().map(|e| (e.id().to_owned(), e.spec.questions.clone())).collect();
    let aliases = k.shipped.aliases.values().map(Vec::len).sum();
    (own, k.shipped.hidden.clone(), aliases, db.log(g, 1000).await.unwrap().len())
}

async fn changes_survive_reopening_and_stay_in_their_server(fresh: Fresh) {
    let db = fresh.open().await;
    let shipped = &kb().entries;
    let typed = "Turkey's President Recep Erdogan and Russia's counterpart Vladimir Putin called for a ceasefire";
    let added = db.add(guild(1), spec("leaders", "Who called for the truce?", typed), &moderator(), 100).await.unwrap();
    assert_eq!(added.record().action, Action::Add);
    // Saved as the article's own characters.
    assert!(added.record().after.as_ref().unwrap().quotes[0].starts_with("Turkey\u{2019}s President"));
    db.alias(guild(1), "leaders", "Who wants a ceasefire?", &moderator(), 101).await.unwrap();
    db.alias(guild(1), "ceasefire-date", "When do the guns go quiet?", &moderator(), 102).await.unwrap();
    let hid = db.remove(guild(1), "trump-chaos", &moderator(), 103).await.unwrap();
    assert_eq!(hid.record().action, Action::Hide);
    db.close().await;

    // Another process, later: the same database opened again.
    let db = fresh.open().await;
    let k = db.knowledge(guild(1)).await.unwrap();
    assert_eq!(k.entries.len(), 1);
    assert_eq!(k.entries[0].spec.questions, vec!["Who called for the truce?", "Who wants a ceasefire?"]);
    assert_eq!(k.entries[0].quotes[0].at.paragraph, 1);
    let answering = k.answering(shipped);
    let date = answering.iter().find(|e| e.id() == "ceasefire-date").unwrap();
    assert_eq!(date.spec.questions.last().unwrap(), "When do the guns go quiet?");
    assert!(answering.iter().all(|e| e.id() != "trump-chaos"));
    assert_eq!(answering.len(), shipped.len());
    assert_eq!(k.show(shipped, "trump-chaos").unwrap().origin, Origin::Hidden);
    assert_eq!(db.entry(guild(1), "trump-chaos").await.unwrap().unwrap().origin, Origin::Hidden);
    assert_eq!(db.entry(guild(1), "leaders").await.unwrap().unwrap().origin, Origin::Server);
    let date = db.entry(guild(1), "ceasefire-date").await.unwrap().unwrap();
    assert_eq!(date.entry.spec.questions.last().unwrap(), "When do the guns go quiet?");
    assert!(db.entry(guild(1), "nope").await.unwrap().is_none());

    // Another server sees the shipped knowledge base, untouched, at version 0.
    let other = db.knowledge(guild(2)).await.unwrap();
    assert!(other.is_unchanged() && other.version == 0);
    assert_eq!(other.answering(shipped).len(), shipped.len());

    let removed = db.remove(guild(1), "leaders", &moderator(), 104).await.unwrap();
    assert_eq!((removed.record().action, removed.record().after.is_none()), (Action::Remove, true));
    let k = db.knowledge(guild(1)).await.unwrap();
    assert!(k.entries.is_empty() && k.shipped.hidden.contains("trump-chaos"), "still hidden");
}

async fn a_quote_not_in_the_article_is_refused_with_the_nearest_passage_and_saves_nothing(fresh: Fresh) {
    let db = fresh.open().await;
    let bad = spec("brigade", "Who made the brigade?", "The 604 Brigade was founded in Benghazi in 2015.");
    let Refusal::Invalid(problems) = refusal(db.add(guild(1), bad.clone(), &moderator(), 1).await) else { panic!() };
    assert_eq!(problems[0].field, "quotes[0]");
    assert!(problems[0].message.contains("not verbatim"), "{problems:?}");
    assert!(problems[0].message.contains("nearest passage (paragraph 9)"), "{problems:?}");
    assert_eq!(db.knowledge(guild(1)).await.unwrap().version, 0, "not even the server was created");

    db.add(guild(1), spec("ok", "A question?", QUOTE), &moderator(), 2).await.unwrap();
    let before = state(&db, guild(1)).await;
    refusal(db.add(guild(1), bad, &moderator(), 3).await);
    assert_eq!(state(&db, guild(1)).await, before);
}

async fn refusals_say_which_rule_and_save_nothing(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    let who = moderator();
    db.add(g, spec("mine", "First question?", QUOTE), &who, 1).await.unwrap();
    db.remove(g, "ceasefire-date", &who, 2).await.unwrap();
    let before = state(&db, g).await;

    assert_eq!(refusal(db.add(g, spec("mine", "Other?", QUOTE), &who, 3).await), Refusal::DuplicateId("mine".into()));
    let shipped = refusal(db.add(g, spec("ceasefire-leaders", "Other?", QUOTE), &who, 3).await);
    assert_eq!(shipped, Refusal::ShippedId("ceasefire-leaders".into()));
    // Hidden here, but still a shipped id.
    let hidden = refusal(db.add(g, spec("ceasefire-date", "Other?", QUOTE), &who, 3).await);
    assert_eq!(hidden, Refusal::ShippedId("ceasefire-date".into()));
    assert_eq!(refusal(db.alias(g, "nope", "Q?", &who, 3).await), Refusal::UnknownId("nope".into()));
    assert_eq!(refusal(db.remove(g, "nope", &who, 3).await), Refusal::UnknownId("nope".into()));
    assert_eq!(refusal(db.remove(g, "ceasefire-date", &who, 3).await), Refusal::AlreadyHidden("ceasefire-date".into()));
    assert_eq!(refusal(db.alias(g, "ceasefire-date", "Q?", &who, 3).await), Refusal::Hidden("ceasefire-date".into()));
    assert_eq!(
        refusal(db.unhide(g, "ceasefire-leaders", &who, 3).await),
        Refusal::NotHidden("ceasefire-leaders".into())
    );
    assert_eq!(refusal(db.unhide(g, "nope", &who, 3).await), Refusal::UnknownId("nope".into()));
    let same = refusal(db.alias(g, "mine", "  first QUESTION ", &who, 3).await);
    assert_eq!(same, Refusal::DuplicateQuestion { question: "first QUESTION".into(), taken_by: "mine".into() });
    let Refusal::Invalid(problems) = refusal(db.alias(g, "mine", "   ", &who, 3).await) else { panic!() };
    assert_eq!((problems[0].field.as_str(), problems[0].message.as_str()), ("question", "must not be empty"));
    let Refusal::Invalid(problems) = refusal(db.alias(g, "mine", &"why ".repeat(60), &who, 3).await) else { panic!() };
    assert!(problems[0].message.contains("longer than 200"), "{problems:?}");

    let mut long = spec("long", &"q".repeat(201), QUOTE);
    long.answer = "a".repeat(601);
    let Refusal::Invalid(problems) = refusal(db.add(g, long, &who, 3).await) else { panic!() };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, vec!["answer", "questions[0]"]);
    let Refusal::Invalid(problems) = refusal(db.add(g, spec(&"x".repeat(65), "Q?", QUOTE), &who, 3).await) else {
        panic!()
    };
    assert!(problems[0].message.contains("1 to 64"), "{problems:?}");
    let Refusal::Invalid(problems) = refusal(db.add(g, spec("Bad Id", "Q?", QUOTE), &who, 3).await) else { panic!() };
    assert!(problems[0].message.contains("only a-z"), "{problems:?}");
    let mut twice = spec("twice", "Q one?", QUOTE);
    twice.questions.push("q ONE".into());
    assert!(matches!(refusal(db.add(g, twice, &who, 3).await), Refusal::DuplicateQuestion { .. }));
    assert_eq!(state(&db, g).await, before, "no refusal wrote anything");

    // An entry at the question limit takes no alias.
    let mut full = spec("full", "q0", QUOTE);
    full.questions = (0..50).map(|i| format!("question {i}")).collect();
    db.add(g, full, &who, 4).await.unwrap();
    let too_many = refusal(db.alias(g, "full", "one more", &who, 5).await);
    assert_eq!(too_many, Refusal::TooManyQuestions { id: "full".into(), max: 50 });
}

async fn a_question_the_server_has_is_refused_and_twenty_adds_save_one(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    let mut unnamed = spec("", "Who created the 604 Brigade?", QUOTE);
    unnamed.topic = String::new();
    let mut saved = 0;
    for n in 0..20 {
        match db.add(g, unnamed.clone(), &moderator(), n).await {
            Ok(changed) => {
                saved += 1;
                assert_eq!(changed.record().id, "created-604-brigade");
                assert_eq!(changed.record().after.as_ref().unwrap().topic, "Sirte takeover");
            }
            Err(e) => assert_eq!(
                refusal::<()>(Err(e)),
                Refusal::DuplicateQuestion {
                    question: "Who created the 604 Brigade?".into(),
                    taken_by: "created-604-brigade".into()
                }
            ),
        }
    }
    assert_eq!(saved, 1);
    // The same question as an alias of another entry, or of a shipped one, is refused too.
    db.add(g, spec("other", "Something else?", QUOTE), &moderator(), 30).await.unwrap();
    let alias = refusal(db.alias(g, "other", "who created the 604 brigade", &moderator(), 31).await);
    assert!(matches!(alias, Refusal::DuplicateQuestion { taken_by, .. } if taken_by == "created-604-brigade"));
    let alias = refusal(db.alias(g, "ceasefire-date", "Something else", &moderator(), 32).await);
    assert!(matches!(alias, Refusal::DuplicateQuestion { taken_by, .. } if taken_by == "other"));
    // Ids derived from different questions that read alike are numbered.
    let mut alike = spec("", "Who has created the 604 Brigade?", QUOTE);
    alike.topic = String::new();
    assert_eq!(db.add(g, alike, &moderator(), 40).await.unwrap().record().id, "created-604-brigade-2");
}

async fn every_change_can_be_undone(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    let shipped = &kb().entries;
    db.remove(g, "article-author", &moderator(), 1).await.unwrap();
    let unhid = db.unhide(g, "article-author", &moderator(), 2).await.unwrap();
    assert_eq!(unhid.record().action, Action::Unhide);
    assert!(db.knowledge(g).await.unwrap().answering(shipped).iter().any(|e| e.id() == "article-author"));

    db.alias(g, "ceasefire-date", "When do the guns go quiet?", &moderator(), 3).await.unwrap();
    let unaliased = db.unalias(g, "ceasefire-date", "when do the GUNS go quiet", &moderator(), 4).await.unwrap();
    assert_eq!(unaliased.record().action, Action::Unalias);
    let k = db.knowledge(g).await.unwrap();
    assert!(k.shipped.aliases_of("ceasefire-date").is_empty());
    // A shipped entry's own question was not added by the server.
    let own = shipped.iter().find(|e| e.id() == "ceasefire-date").unwrap().spec.questions[0].clone();
    assert!(matches!(refusal(db.unalias(g, "ceasefire-date", &own, &moderator(), 5).await), Refusal::NotAdded { .. }));

    db.add(g, spec("mine", "First?", QUOTE), &moderator(), 6).await.unwrap();
    assert_eq!(
        refusal(db.unalias(g, "mine", "First?", &moderator(), 7).await),
        Refusal::LastQuestion { id: "mine".into() }
    );
    db.alias(g, "mine", "Second?", &moderator(), 8).await.unwrap();
    db.unalias(g, "mine", "First?", &moderator(), 9).await.unwrap();
    let k = db.knowledge(g).await.unwrap();
    assert_eq!(k.own("mine").unwrap().spec.questions, vec!["Second?"]);
    // The question is free again.
    db.add(g, spec("again", "First?", QUOTE), &moderator(), 10).await.unwrap();
}

async fn the_audit_log_records_who_when_what_before_and_after(fresh: Fresh) {
    let db = fresh.open().await;
    let g = guild(1);
    let alice = Actor::new(1001, "alice");
    let bob = Actor::new(1002, "bob");
    db.add(g, spec("brigade", "Who made it?", QUOTE), &alice, 10).await.unwrap();
    db.alias(g, "brigade", "Who founded it?", &bob, 20).await.unwrap();
    db.alias(g, "ceasefire-date", "When do the guns go quiet?", &alice, 30).await.unwrap();
    db.remove(g, "ceasefire-date", &bob, 40).await.unwrap();
    db.remove(g, "brigade", &alice, 50).await.unwrap();
    db.unhide(g, "ceasefire-date", &bob, 60).await.unwrap();

    let log = db.log(g, 10).await.unwrap();
    let summary: Vec<(u64, &str, Action, &str)> =
        log.iter().map(|r| (r.at, r.by.name.as_str(), r.action, r.id.as_str())).collect();
    assert_eq!(
        summary,
        vec![
            (60, "bob", Action::Unhide, "ceasefire-date"),
            (50, "alice", Action::Remove, "brigade"),
            (40, "bob", Action::Hide, "ceasefire-date"),
            (30, "alice", Action::Alias, "ceasefire-date"),
            (20, "bob", Action::Alias, "brigade"),
            (10, "alice", Action::Add, "brigade"),
        ]
    );
    let alias = &log[4];
    assert_eq!(alias.by.id, 1002);
    assert_eq!(alias.before.as_ref().unwrap().questions, vec!["Who made it?"]);
    assert_eq!(alias.after.as_ref().unwrap().questions, vec!["Who made it?", "Who founded it?"]);
    assert!(log[5].before.is_none() && log[1].after.is_none() && log[2].after.is_none());
    assert!(log[2].before.as_ref().unwrap().questions.contains(&"When do the guns go quiet?".to_string()));
    assert!(log[0].after.as_ref().unwrap().questions.contains(&"When do the guns go quiet?".to_string()));
    assert_eq!(db.log(g, 2).await.unwrap(), log[..2].to_vec());
    assert!(db.log(guild(2), 10).await.unwrap().is_empty(), "other servers' logs are their own");
}

async fn concurrent_changes_are_all_kept(fresh: Fresh) {
    let db = Arc::new(fresh.open().await);
    let g = guild(7);
    let tasks: Vec<_> = (0..6u64)
        .map(|t| {
            let db = Arc::clone(&db);
            tokio::spawn(async move {
                for i in 0..5 {
                    let who = Actor::new(t, "m");
                    db.add(g, spec(&format!("t{t}-{i}"), &format!("Q {t} {i}?"), QUOTE), &who, i).await.unwrap();
                    if i == 2 {
                        db.alias(g, &format!("t{t}-0"), &format!("Also {t}?"), &who, i).await.unwrap();
                    }
                }
            })
        })
        .collect();
    for t in tasks {
        t.await.unwrap();
    }
    let k = db.knowledge(g).await.unwrap();
    assert_eq!(k.entries.len(), 30);
    for t in 0..6 {
        assert_eq!(k.own(&format!("t{t}-0")).unwrap().spec.questions.len(), 2);
    }
    assert_eq!(db.log(g, 100).await.unwrap().len(), 36);
}

async fn versions_show_changes_made_elsewhere(fresh: Fresh) {
    let bot = fresh.open().await;
    let cli = fresh.open().await; // another process on the same database
    let (g, other) = (guild(1), guild(2));
    let start = bot.clock().await.unwrap();
    let loaded = bot.knowledge(g).await.unwrap();
    let added = bot.add(g, spec("mine", "Q?", QUOTE), &moderator(), 1).await.unwrap();
    assert!(added.version > start);
    assert_eq!(bot.knowledge(g).await.unwrap().version, added.version);
    assert_ne!(loaded.version, added.version);

    let aliased = cli.alias(g, "mine", "Q again?", &Actor::new(0, "operator"), 2).await.unwrap();
    cli.add(other, spec("theirs", "Q?", QUOTE), &moderator(), 3).await.unwrap();
    let changed = bot.changed_since(added.version).await.unwrap();
    assert_eq!(changed.iter().map(|(g, _)| *g).collect::<Vec<_>>(), vec![g, other], "oldest change first");
    assert_eq!(changed[0].1, aliased.version);
    assert!(bot.changed_since(bot.clock().await.unwrap()).await.unwrap().is_empty());
    let reloaded = bot.knowledge(g).await.unwrap();
    assert_eq!(reloaded.version, aliased.version);
    assert_eq!(reloaded.own("mine").unwrap().spec.questions.len(), 2);
}

async fn list_show_and_suggest(fresh: Fresh) {
    let db = fresh.open().await;
    let shipped = &kb().entries;
    db.add(guild(1), spec("brigade-origin", "Q?", QUOTE), &moderator(), 1).await.unwrap();
    db.remove(guild(1), "ceasefire-date", &moderator(), 2).await.unwrap();
    let k = db.knowledge(guild(1)).await.unwrap();
    let test_topic: Vec<String> = k.list(shipped, Some("test")).iter().map(|l| l.entry.id().to_string()).collect();
    assert_eq!(test_topic, vec!["brigade-origin"]);
    assert_eq!(k.list(shipped, None).len(), shipped.len());
    assert!(k.topics(shipped).contains(&"Test".to_string()));
    assert_eq!(k.suggest_ids(shipped, "brigade-o", 3), vec!["brigade-origin"]);
    assert_eq!(k.suggest_ids(shipped, "origin", 3), vec!["brigade-604-origin", "brigade-origin"]);
    assert_eq!(k.suggest_hidden("cease", 5), vec!["ceasefire-date"]);
}

on_both_backends!(
    changes_survive_reopening_and_stay_in_their_server,
    a_quote_not_in_the_article_is_refused_with_the_nearest_passage_and_saves_nothing,
    refusals_say_which_rule_and_save_nothing,
    a_question_the_server_has_is_refused_and_twenty_adds_save_one,
    every_change_can_be_undone,
    the_audit_log_records_who_when_what_before_and_after,
    concurrent_changes_are_all_kept,
    versions_show_changes_made_elsewhere,
    list_show_and_suggest,
);
