//! Nothing is lost in the move, on SQLite and on PostgreSQL: the file layout of earlier versions
//! (`DATA_DIR/guilds/*`, fixture in tests/data/legacy) is imported once, with every entry,
//! added question, hidden entry, audit line and unanswered question; a damaged server is
//! reported with its file and line and imported once fixed; and `kb export` then `kb import`
//! round-trips a server's entries.

mod util;

use std::path::Path;

use citebot::knowledge::{render_entries, EntrySpec};
use citebot::storage::{self, Action, Actor, Refusal, ServerId, StoreError};
use util::storage::Fresh;
use util::{data_file, kb};

const IMPORTED: u64 = 123_456_789_012_345_678;
const BROKEN: u64 = 987_654_321;

fn guild(id: u64) -> ServerId {
    ServerId::new(id).unwrap()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

async fn the_old_file_layout_is_imported_once_with_everything(fresh: Fresh) {
    copy_dir(&data_file("legacy"), fresh.data_dir());
    let open = || storage::open(&fresh.settings, kb().source.clone(), kb().entries.clone());
    let (db, reports) = open().await.unwrap();
    let lines: Vec<String> = reports.iter().map(ToString::to_string).collect();
    assert_eq!(reports.len(), 3, "{lines:#?}");
    let imported = reports.iter().find(|r| r.dir.ends_with(IMPORTED.to_string())).unwrap();
    let summary = imported.outcome.as_ref().unwrap();
    assert_eq!(
        (summary.entries, summary.aliases, summary.hidden, summary.audit, summary.unanswered, summary.shared_questions),
        (3, 2, 1, 5, 2, 1),
        "{summary}"
    );
    let broken = reports.iter().find(|r| r.dir.ends_with(BROKEN.to_string())).unwrap();
    let why = broken.outcome.as_ref().unwrap_err();
    assert!(why.contains("entries.toml:5"), "the damaged file is named with its line: {why}");
    let zero = reports.iter().find(|r| r.dir.ends_with("0")).unwrap();
    assert!(zero.outcome.as_ref().unwrap_err().contains("0 is not a Discord server id"), "{zero}");

    let g = guild(IMPORTED);
    let k = db.knowledge(g).await.unwrap();
    let ids: Vec<&str> = k.entries.iter().map(|e| e.id()).collect();
    assert_eq!(ids, ["brigade-founder", "oil-crescent", "oil-crescent-2"], "in the order they were added");
    assert_eq!(
        k.own("brigade-founder").unwrap().spec.questions,
        ["Who set up the 604 Brigade?", "who formed the 604th"]
    );
    assert!(k.shipped.hidden.contains("article-author"));
    assert_eq!(k.shipped.aliases_of("ceasefire-date"), ["When do the guns go quiet?", "what day does the truce begin"]);
    let log = db.log(g, 100).await.unwrap();
    let times: Vec<u64> = log.iter().map(|r| r.at).collect();
    assert_eq!(
        times,
        [1_700_000_005, 1_700_000_004, 1_700_000_003, 1_700_000_002, 1_700_000_001],
        "the torn line is skipped"
    );
    assert_eq!((log[4].action, log[4].by.name.as_str(), log[4].by.id), (Action::Add, "mod_ana", 6100));
    assert_eq!(log[3].after.as_ref().unwrap().questions.len(), 2);
    let queue = db.unanswered(g).await.unwrap();
    let asked: Vec<(&str, u64, u64)> = queue.top(10).iter().map(|u| (u.text.as_str(), u.count, u.last_asked)).collect();
    assert_eq!(
        asked,
        [("who is the mayor of misrata", 3, 1_700_000_100), ("how many people live in benghazi", 1, 1_700_000_050)]
    );
    // A server whose files failed is refused, naming them, not served as if it were empty: a
    // change made to it now would clash with the import once the files are fixed.
    let refused = db.knowledge(guild(BROKEN)).await.unwrap_err().to_string();
    assert!(refused.contains("entries.toml:5"), "{refused}");
    let add = db.alias(guild(BROKEN), "ceasefire-date", "When do the guns go quiet?", &Actor::new(1, "m"), 1).await;
    assert!(add.unwrap_err().to_string().contains("entries.toml:5"), "nothing of a damaged server is changed");
    // A change after the import works as on any server.
    db.alias(g, "oil-crescent", "Could the oil fields be attacked next?", &Actor::new(1, "m"), 1).await.unwrap();
    db.close().await;

    // The files stay; a second start imports nothing again, and tries the damaged one again.
    assert!(fresh.data_dir().join(format!("guilds/{IMPORTED}/entries.toml")).is_file());
    let (db, reports) = open().await.unwrap();
    assert!(reports.iter().all(|r| r.outcome.is_err()), "{reports:?}");
    assert_eq!(db.log(g, 100).await.unwrap().len(), 6);
    assert_eq!(db.knowledge(g).await.unwrap().entries.len(), 3);
    db.close().await;

    // Fixed by hand, it is imported at the next start.
    let file = fresh.data_dir().join(format!("guilds/{BROKEN}/entries.toml"));
    let fixed = std::fs::read_to_string(&file).unwrap().replace("\"never closed", "\"now closed\"");
    std::fs::write(&file, fixed).unwrap();
    let (db, reports) = open().await.unwrap();
    let fixed = reports.iter().find(|r| r.dir.ends_with(BROKEN.to_string())).unwrap();
    assert_eq!(fixed.outcome.as_ref().unwrap().entries, 1, "{fixed}");
    assert_eq!(db.knowledge(guild(BROKEN)).await.unwrap().entries[0].spec.answer, "now closed");
}

async fn export_then_import_round_trips(fresh: Fresh) {
    let db = fresh.open().await;
    let (from, to) = (guild(1), guild(2));
    let who = Actor::new(1, "m");
    // Text that TOML must escape or quote carefully, and a trigger.
    let spec = EntrySpec {
        id: "quoted".into(),
        topic: "A \"red line\"".into(),
        questions: vec!["What is the \"red line\"?".into(), "red line, C:\\path?".into()],
        triggers: vec![r"\bred\s+line\b".into()],
        answer: "The answer has a backslash \\ and 'quotes'.".into(),
        quotes: vec!["The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.".into()],
    };
    db.add(from, spec, &who, 1).await.unwrap();
    let second = EntrySpec {
        id: String::new(),
        topic: String::new(),
        questions: vec!["Who backs the LNA?".into()],
        triggers: vec![],
        answer: "Russian contractors, among others.".into(),
        quotes: vec!["Russian military contractors have been deployed alongside Khalifa".into()],
    };
    db.add(from, second, &who, 2).await.unwrap();
    let exported = render_entries(from.get(), db.knowledge(from).await.unwrap().entries.iter().map(|e| &e.spec));

    let imported = db.import_entries(to, exported.clone(), "export.toml".into(), &who, 3).await.unwrap();
    assert_eq!(imported.records.len(), 2);
    assert!(imported.records.iter().all(|r| r.action == Action::Import));
    let source: Vec<_> = db.knowledge(from).await.unwrap().entries.iter().map(|e| e.spec.clone()).collect();
    let copy: Vec<_> = db.knowledge(to).await.unwrap().entries.iter().map(|e| e.spec.clone()).collect();
    assert_eq!(copy, source);
    assert_eq!(render_entries(from.get(), copy.iter()), exported);

    // All or none: a second import into the same server is refused whole, and writes nothing.
    let again = db.import_entries(to, exported, "export.toml".into(), &who, 4).await;
    assert!(matches!(again, Err(StoreError::Refused(Refusal::DuplicateId(_)))), "{again:?}");
    assert_eq!(db.log(to, 100).await.unwrap().len(), 2);
    // A file with a problem is refused with its line.
    let bad = "[[entry]]\nid = \"x\"\ntopic = \"T\"\nquestions = [\"q?\"]\nanswer = \"The answer is this.\"\nquotes = [\"not in the article at all\"]\n";
    let refused = db.import_entries(guild(3), bad.into(), "bad.toml".into(), &who, 5).await;
    let Err(StoreError::Refused(Refusal::File(problems))) = refused else { panic!("{refused:?}") };
    assert_eq!((problems.problems[0].file.as_str(), problems.problems[0].line), ("bad.toml", 6));
    let empty = db.import_entries(guild(3), "# nothing\n".into(), "empty.toml".into(), &who, 6).await;
    assert!(matches!(empty, Err(StoreError::Refused(Refusal::EmptyFile))), "{empty:?}");
}

/// Entries saved before the content rules (a one-word quote, a multi-line answer with markup, a
/// control character) are imported and still load, so the server keeps answering and its
/// moderators can still change or remove them; new text is held to every rule, and who makes a
/// change must be one line.
async fn entries_saved_under_older_rules_still_load_and_can_be_removed(fresh: Fresh) {
    let dir = fresh.data_dir().join("guilds/5");
    std::fs::create_dir_all(&dir).unwrap();
    let old = "[[entry]]\nid = \"old\"\ntopic = \"Old\"\nquestions = [\"Who backs Hafter?\"]\n\
               answer = \"# Yes\\n> \\u001B[31mfake\"\nquotes = [\"Russia\"]\n";
    std::fs::write(dir.join("entries.toml"), old).unwrap();
    let (db, _) = storage::open(&fresh.settings, kb().source.clone(), kb().entries.clone()).await.unwrap();
    let g = guild(5);
    let loaded = db.knowledge(g).await.expect("old data loads");
    assert_eq!(loaded.entries[0].spec.answer, "# Yes\n> \u{1b}[31mfake");

    let who = Actor::new(1, "mod");
    let refused = db.alias(g, "old", "Who backs <@&123>?", &who, 2).await;
    assert!(
        matches!(&refused, Err(StoreError::Refused(Refusal::Invalid(p))) if p[0].message.contains("role mention")),
        "{refused:?}"
    );
    db.alias(g, "old", "Does Russia back Hafter?", &who, 2).await.expect("old entries change");
    let nameless = db.remove(g, "old", &Actor::new(0, "ana\nforged"), 3).await;
    assert!(matches!(&nameless, Err(StoreError::Refused(Refusal::Invalid(p))) if p[0].field == "by"), "{nameless:?}");
    db.remove(g, "old", &who, 3).await.expect("and can be removed");
    assert!(db.knowledge(g).await.unwrap().entries.is_empty());
}

on_both_backends!(
    the_old_file_layout_is_imported_once_with_everything,
    export_then_import_round_trips,
    entries_saved_under_older_rules_still_load_and_can_be_removed
);
