//! A server's store through its public API: changes survive a restart,
//! refusals save nothing, servers are isolated, a damaged file is located
//! and harms no other server, the audit log records before and after, and
//! concurrent changes from threads are all kept.

mod util;

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;
use std::sync::Arc;

use citebot::knowledge::store::{load_all, Action, Actor, GuildStore, Origin, StoreError};
use citebot::knowledge::EntrySpec;
use util::{kb, scratch};

fn store(data: &Path, guild: u64) -> GuildStore {
    GuildStore::open(data, guild, kb().source.clone())
}

fn moderator() -> Actor {
    Actor::new(42, "mod")
}

/// Straight apostrophes where the article has curly ones: folding accepts them.
const QUOTE: &str = "The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.";

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

/// Every file of a directory with its bytes, to show nothing changed.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    match fs::read_dir(dir) {
        Err(_) => BTreeMap::new(),
        Ok(listing) => listing
            .map(|e| e.unwrap())
            .map(|e| (e.file_name().to_string_lossy().into_owned(), fs::read(e.path()).unwrap()))
            .collect(),
    }
}

fn ids(data: &Path, guild: u64) -> Vec<String> {
    store(data, guild).load().unwrap().entries.iter().map(|e| e.id().to_string()).collect()
}

fn answering_ids(data: &Path, guild: u64) -> Vec<String> {
    let k = store(data, guild).load().unwrap();
    k.answering(&kb().entries).iter().map(|e| e.id().to_string()).collect()
}

#[test]
fn changes_survive_a_restart_and_stay_in_their_server() {
    let data = scratch("roundtrip");
    let shipped = &kb().entries;
    let s = store(&data, 1);

    let typed = "Turkey's President Recep Erdogan and Russia's counterpart Vladimir Putin called for a ceasefire";
    let added = s.add(spec("leaders", "Who called for the truce?", typed), shipped, &moderator(), 100).unwrap().record;
    assert_eq!(added.action, Action::Add);
    // Saved as the article's own characters.
    assert!(added.after.as_ref().unwrap().quotes[0].starts_with("Turkey\u{2019}s President"));

    s.alias("leaders", "Who wants a ceasefire?", shipped, &moderator(), 101).unwrap();
    s.alias("ceasefire-date", "When do the guns go quiet?", shipped, &moderator(), 102).unwrap();
    let hid = s.remove("trump-chaos", shipped, &moderator(), 103).unwrap().record;
    assert_eq!(hid.action, Action::Hide);
    let hidden_id = hid.id.clone();

    // A restart: a new store over the same directory.
    let k = store(&data, 1).load().unwrap();
    assert_eq!(k.entries.len(), 1);
    assert_eq!(k.entries[0].spec.questions, vec!["Who called for the truce?", "Who wants a ceasefire?"]);
    assert_eq!(k.entries[0].quotes[0].at.paragraph, 1);
    let answering = k.answering(shipped);
    let date = answering.iter().find(|e| e.id() == "ceasefire-date").unwrap();
    assert_eq!(date.spec.questions.last().unwrap(), "When do the guns go quiet?");
    assert!(answering.iter().all(|e| e.id() != hidden_id));
    assert_eq!(answering.len(), shipped.len());
    assert_eq!(k.show(shipped, &hidden_id).unwrap().origin, Origin::Hidden);
    assert_eq!(k.show(shipped, "leaders").unwrap().origin, Origin::Server);

    // Another server sees the shipped knowledge base, untouched.
    let other = store(&data, 2).load().unwrap().answering(shipped);
    assert_eq!(other.len(), shipped.len());
    assert!(other.iter().any(|e| e.id() == hidden_id));
    let date = other.iter().find(|e| e.id() == "ceasefire-date").unwrap();
    assert!(!date.spec.questions.iter().any(|q| q.contains("guns go quiet")));
    assert!(!store(&data, 2).dir().exists(), "loading creates nothing");

    // Removing the server's own entry.
    let removed = s.remove("leaders", shipped, &moderator(), 104).unwrap().record;
    assert_eq!((removed.action, removed.after.is_none()), (Action::Remove, true));
    assert!(ids(&data, 1).is_empty());
    assert!(!answering_ids(&data, 1).contains(&hidden_id), "still hidden");

    // The file is a knowledge file like the shipped ones.
    let text = fs::read_to_string(s.dir().join("entries.toml")).unwrap();
    assert!(text.starts_with("# "), "{text}");
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn a_quote_not_in_the_article_is_refused_with_the_nearest_passage_and_saves_nothing() {
    let data = scratch("badquote");
    let shipped = &kb().entries;
    let s = store(&data, 1);

    // On a server with no files yet: not even its directory is created.
    let bad = spec("brigade", "Who made the brigade?", "The 604 Brigade was founded in Benghazi in 2015.");
    let err = s.add(bad.clone(), shipped, &moderator(), 1).unwrap_err();
    assert!(!s.dir().exists());

    let StoreError::Invalid(problems) = &err else { panic!("{err:?}") };
    assert_eq!(problems[0].field, "quotes[0]");
    let message = err.to_string();
    assert!(message.contains("not verbatim"), "{message}");
    assert!(message.contains("nearest passage (paragraph 9)"), "{message}");
    assert!(message.contains(QUOTE.trim_end_matches('.')), "{message}");

    // On a server with files: every byte stays.
    s.add(spec("ok", "A question?", QUOTE), shipped, &moderator(), 2).unwrap();
    let before = snapshot(s.dir());
    assert!(s.add(bad, shipped, &moderator(), 3).is_err());
    assert_eq!(snapshot(s.dir()), before);
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn refusals_name_the_problem_and_save_nothing() {
    let data = scratch("refusals");
    let shipped = &kb().entries;
    let s = store(&data, 1);
    let who = moderator();
    s.add(spec("mine", "First question?", QUOTE), shipped, &who, 1).unwrap();
    s.remove("ceasefire-date", shipped, &who, 2).unwrap();
    let before = snapshot(s.dir());

    let refused = |result: Result<_, StoreError>| result.map(|_| ()).unwrap_err();
    let e = refused(s.add(spec("mine", "Other?", QUOTE), shipped, &who, 3));
    assert!(matches!(&e, StoreError::DuplicateId(id) if id == "mine"), "{e}");
    assert!(e.to_string().contains("already has an entry"), "{e}");
    let e = refused(s.add(spec("ceasefire-leaders", "Other?", QUOTE), shipped, &who, 3));
    assert!(matches!(e, StoreError::ShippedId(_)), "{e}");
    // Hidden here, but still a shipped id.
    let e = refused(s.add(spec("ceasefire-date", "Other?", QUOTE), shipped, &who, 3));
    assert!(matches!(e, StoreError::ShippedId(_)), "{e}");

    let e = refused(s.alias("nope", "Q?", shipped, &who, 3));
    assert_eq!(e.to_string(), "no entry has the id \u{201C}nope\u{201D}");
    assert!(matches!(refused(s.remove("nope", shipped, &who, 3)), StoreError::UnknownId(_)));
    assert!(matches!(refused(s.remove("ceasefire-date", shipped, &who, 3)), StoreError::AlreadyHidden(_)));
    assert!(matches!(refused(s.alias("ceasefire-date", "Q?", shipped, &who, 3)), StoreError::Hidden(_)));
    let e = refused(s.alias("mine", "  first QUESTION ", shipped, &who, 3));
    assert!(matches!(e, StoreError::DuplicateQuestion { .. }), "{e}");
    let e = refused(s.alias("mine", "   ", shipped, &who, 3));
    assert_eq!(e.to_string(), "the entry was not saved: question must not be empty");
    let e = refused(s.alias("mine", &"why ".repeat(60), shipped, &who, 3));
    assert!(e.to_string().contains("longer than 200"), "{e}");

    let mut empty = spec("empty-answer", "Q?", QUOTE);
    empty.answer = " ".into();
    let e = refused(s.add(empty, shipped, &who, 3));
    assert!(e.to_string().contains("answer must not be empty"), "{e}");
    let mut long = spec("long", &"q".repeat(201), QUOTE);
    long.answer = "a".repeat(601);
    let StoreError::Invalid(problems) = refused(s.add(long, shipped, &who, 3)) else { panic!() };
    let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
    assert_eq!(fields, vec!["answer", "questions[0]"]);
    let e = refused(s.add(spec(&"x".repeat(65), "Q?", QUOTE), shipped, &who, 3));
    assert!(e.to_string().contains("id must be 1 to 64"), "{e}");
    let e = refused(s.add(spec("Bad Id", "Q?", QUOTE), shipped, &who, 3));
    assert!(e.to_string().contains("only a-z"), "{e}");
    let mut no_quote = spec("no-quote", "Q?", QUOTE);
    no_quote.quotes.clear();
    assert!(refused(s.add(no_quote, shipped, &who, 3)).to_string().contains("quotes must cite"));

    // An entry at the question limit takes no alias.
    let mut full = spec("full", "q0", QUOTE);
    full.questions = (0..50).map(|i| format!("question {i}")).collect();
    s.add(full, shipped, &who, 4).unwrap();
    let before_full = snapshot(s.dir());
    let e = refused(s.alias("full", "one more", shipped, &who, 5));
    assert!(matches!(e, StoreError::TooManyQuestions { max: 50, .. }), "{e}");
    assert_eq!(snapshot(s.dir()), before_full);

    s.remove("full", shipped, &who, 6).unwrap();
    // Audit grew; the data files are as before the refusals.
    let after = snapshot(s.dir());
    for file in ["entries.toml", "shipped.toml"] {
        assert_eq!(after[file], before[file], "{file}");
    }
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn ids_are_derived_under_the_lock_and_topics_default_to_the_section() {
    let data = scratch("derive");
    let shipped = &kb().entries;
    let s = store(&data, 1);
    let mut unnamed = spec("", "Who created the 604 Brigade?", QUOTE);
    unnamed.topic = String::new();
    let first = s.add(unnamed.clone(), shipped, &moderator(), 1).unwrap().record;
    let second = s.add(unnamed, shipped, &moderator(), 2).unwrap().record;
    assert_eq!((first.id.as_str(), second.id.as_str()), ("created-604-brigade", "created-604-brigade-2"));
    assert_eq!(first.after.unwrap().topic, "Sirte takeover");
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn the_audit_log_records_who_when_what_before_and_after() {
    let data = scratch("audit");
    let shipped = &kb().entries;
    let s = store(&data, 1);
    let alice = Actor::new(1001, "alice");
    let bob = Actor::new(1002, "bob");
    s.add(spec("brigade", "Who made it?", QUOTE), shipped, &alice, 10).unwrap();
    s.alias("brigade", "Who founded it?", shipped, &bob, 20).unwrap();
    s.alias("ceasefire-date", "When do the guns go quiet?", shipped, &alice, 30).unwrap();
    s.remove("ceasefire-date", shipped, &bob, 40).unwrap();
    s.remove("brigade", shipped, &alice, 50).unwrap();

    let log = s.log(10).unwrap();
    let summary: Vec<(u64, &str, Action, &str)> =
        log.iter().map(|r| (r.at, r.by.name.as_str(), r.action, r.id.as_str())).collect();
    assert_eq!(
        summary,
        vec![
            (50, "alice", Action::Remove, "brigade"),
            (40, "bob", Action::Hide, "ceasefire-date"),
            (30, "alice", Action::Alias, "ceasefire-date"),
            (20, "bob", Action::Alias, "brigade"),
            (10, "alice", Action::Add, "brigade"),
        ]
    );
    let alias = &log[3];
    assert_eq!(alias.by.id, 1002);
    assert_eq!(alias.before.as_ref().unwrap().questions, vec!["Who made it?"]);
    assert_eq!(alias.after.as_ref().unwrap().questions, vec!["Who made it?", "Who founded it?"]);
    assert!(log[4].before.is_none() && log[0].after.is_none() && log[1].after.is_none());
    assert!(log[1].before.as_ref().unwrap().questions.contains(&"When do the guns go quiet?".to_string()));
    assert_eq!(s.log(2).unwrap(), log[..2].to_vec());

    // One JSON object per line, with null for "no entry".
    let text = fs::read_to_string(s.dir().join("audit.jsonl")).unwrap();
    assert_eq!(text.lines().count(), 5);
    let first: serde_json::Value = serde_json::from_str(text.lines().next().unwrap()).unwrap();
    assert_eq!(first["action"], "add");
    assert_eq!(first["before"], serde_json::Value::Null);
    assert_eq!(first["by"]["name"], "alice");
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn the_log_reads_back_across_many_chunks() {
    let data = scratch("longlog");
    let shipped = &kb().entries;
    let s = store(&data, 1);
    // About 9 KB a record: the log spans several of the reader's 64 KiB chunks.
    let questions: Vec<String> = (0..45).map(|i| format!("{i} {}", "a long question ".repeat(11))).collect();
    for i in 0..=20u64 {
        let mut big = spec(&format!("big-{i}"), "q", QUOTE);
        big.questions = questions.clone();
        s.add(big, shipped, &moderator(), i).unwrap();
    }
    let len = fs::metadata(s.dir().join("audit.jsonl")).unwrap().len();
    assert!(len > 2 * 64 * 1024, "{len}");
    let all = s.log(1000).unwrap();
    assert_eq!(all.len(), 21);
    let times: Vec<u64> = all.iter().map(|r| r.at).collect();
    assert_eq!(times, (0..=20).rev().collect::<Vec<u64>>());
    assert_eq!(s.log(3).unwrap(), all[..3].to_vec());
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn a_damaged_file_is_located_and_other_servers_still_load() {
    let data = scratch("corrupt");
    let shipped = &kb().entries;
    store(&data, 1).add(spec("fine", "Q?", QUOTE), shipped, &moderator(), 1).unwrap();
    store(&data, 2).add(spec("soon-broken", "Q?", QUOTE), shipped, &moderator(), 1).unwrap();
    store(&data, 3).add(spec("soon-wrong", "Q?", QUOTE), shipped, &moderator(), 1).unwrap();

    // Server 2: a hand edit breaks the TOML.
    let two = data.join("guilds/2/entries.toml");
    let text =
        fs::read_to_string(&two).unwrap().replace("answer = \"The answer is this.\"", "answer = \"The answer is this.");
    fs::write(&two, &text).unwrap();
    let broken_line = 1 + text.lines().position(|l| l.starts_with("answer")).unwrap();
    // Server 3: valid TOML, but a quote the article does not have.
    let three = data.join("guilds/3/entries.toml");
    let text = fs::read_to_string(&three).unwrap().replace("created in Tripoli", "created in Benghazi");
    fs::write(&three, &text).unwrap();
    let quote_line = 1 + text.lines().position(|l| l.contains("Benghazi")).unwrap();
    // Not servers: ignored.
    fs::create_dir_all(data.join("guilds/0123")).unwrap();
    fs::create_dir_all(data.join("guilds/backup")).unwrap();
    fs::write(data.join("guilds/notes.txt"), "x").unwrap();

    let all = load_all(&data, &kb().source).unwrap();
    let loaded: Vec<u64> = all.loaded.iter().map(|k| k.guild).collect();
    assert_eq!(loaded, vec![1]);
    assert_eq!(all.loaded[0].entries[0].id(), "fine");
    let broken: Vec<(u64, String)> = all.broken.iter().map(|(g, e)| (*g, e.to_string())).collect();
    assert_eq!(broken.len(), 2);
    assert_eq!(broken[0].0, 2);
    assert!(broken[0].1.contains(&format!("{}:{broken_line}:", two.display())), "{}", broken[0].1);
    assert_eq!(broken[1].0, 3);
    assert!(broken[1].1.contains(&format!("{}:{quote_line}:", three.display())), "{}", broken[1].1);
    assert!(broken[1].1.contains("not verbatim"), "{}", broken[1].1);

    // A change to a damaged server is refused and writes nothing over the hand edit.
    let s2 = store(&data, 2);
    let before = snapshot(s2.dir());
    let e = s2.add(spec("more", "Q?", QUOTE), shipped, &moderator(), 2).unwrap_err();
    assert!(matches!(e, StoreError::Corrupt(_)) && !e.is_refusal(), "{e}");
    assert_eq!(snapshot(s2.dir()), before);
    // A broken shipped.toml is located too, and with entries.toml's problems.
    fs::write(data.join("guilds/2/shipped.toml"), "hidden = [\"ok\",\n  \"Not An Id\"]\n").unwrap();
    let e = s2.load().unwrap_err().to_string();
    assert!(e.contains(&format!("{}:{broken_line}:", two.display())), "{e}");
    assert!(e.contains("shipped.toml:2: hidden id \"Not An Id\""), "{e}");
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn stray_temp_files_are_ignored_and_cleaned() {
    let data = scratch("temps");
    let shipped = &kb().entries;
    let s = store(&data, 1);
    s.add(spec("one", "Q?", QUOTE), shipped, &moderator(), 1).unwrap();
    // What a writer killed before its rename leaves.
    fs::write(s.dir().join(".tmp-entries.toml-999-0"), "[[entry]]\nid = \"half").unwrap();
    assert_eq!(ids(&data, 1), vec!["one"]);
    s.add(spec("two", "Q?", QUOTE), shipped, &moderator(), 2).unwrap();
    assert!(!s.dir().join(".tmp-entries.toml-999-0").exists());
    assert_eq!(ids(&data, 1), vec!["one", "two"]);
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn concurrent_adds_from_threads_are_all_kept() {
    let data = scratch("threads");
    let shipped: Arc<Vec<_>> = Arc::new(kb().entries.clone());
    let threads: Vec<_> = (0..6)
        .map(|t| {
            let data = data.clone();
            let shipped = shipped.clone();
            std::thread::spawn(move || {
                // Each thread its own store value, as two bot tasks would have.
                let s = store(&data, 7);
                for i in 0..5 {
                    s.add(spec(&format!("t{t}-{i}"), "Q?", QUOTE), &shipped, &Actor::new(t, "m"), i).unwrap();
                    if i == 2 {
                        s.alias(&format!("t{t}-0"), &format!("Also {t}?"), &shipped, &Actor::new(t, "m"), i).unwrap();
                    }
                }
            })
        })
        .collect();
    for t in threads {
        t.join().unwrap();
    }
    let k = store(&data, 7).load().unwrap();
    assert_eq!(k.entries.len(), 30);
    for t in 0..6 {
        for i in 0..5 {
            assert!(k.own(&format!("t{t}-{i}")).is_some(), "t{t}-{i} lost");
        }
        assert_eq!(k.own(&format!("t{t}-0")).unwrap().spec.questions.len(), 2);
    }
    assert_eq!(store(&data, 7).log(100).unwrap().len(), 36);
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn list_show_and_suggest() {
    let data = scratch("list");
    let shipped = &kb().entries;
    let s = store(&data, 1);
    s.add(spec("brigade-origin", "Q?", QUOTE), shipped, &moderator(), 1).unwrap();
    let k = s.load().unwrap();
    let test_topic: Vec<String> = k.list(shipped, Some("test")).iter().map(|l| l.entry.id().to_string()).collect();
    assert_eq!(test_topic, vec!["brigade-origin"]);
    assert_eq!(k.list(shipped, None).len(), shipped.len() + 1);
    assert!(k.topics(shipped).contains(&"Test".to_string()));
    assert_eq!(k.suggest_ids(shipped, "brigade-o", 3), vec!["brigade-origin"]);
    assert_eq!(k.suggest_ids(shipped, "origin", 3), vec!["brigade-604-origin", "brigade-origin"]);
    assert_eq!(k.suggest_ids(shipped, "", 100).len(), shipped.len() + 1);
    assert!(k.show(shipped, "nope").is_none());
    fs::remove_dir_all(data).unwrap();
}

#[test]
fn a_change_returns_the_new_knowledge_and_the_version_shows_changes_from_elsewhere() {
    let data = scratch("version");
    let shipped = &kb().entries;
    let bot = store(&data, 1);
    let loaded = bot.load().unwrap();
    assert_eq!(loaded.version, bot.version());

    let change = bot.add(spec("mine", "Q?", QUOTE), shipped, &moderator(), 1).unwrap();
    assert_eq!(change.knowledge.entries.len(), 1);
    assert_eq!(change.knowledge.version, bot.version(), "the bot's own change needs no reload");
    assert_ne!(loaded.version, bot.version());

    // The command line (another store value, as another process) changes the server.
    let cli = store(&data, 1);
    cli.alias("mine", "Q again?", shipped, &Actor::new(0, "operator"), 2).unwrap();
    assert_ne!(change.knowledge.version, bot.version(), "the bot can tell it must reload");
    let reloaded = bot.load().unwrap();
    assert_eq!(reloaded.version, bot.version());
    assert_eq!(reloaded.own("mine").unwrap().spec.questions.len(), 2);

    let hidden = cli.remove("ceasefire-date", shipped, &Actor::new(0, "operator"), 3).unwrap();
    assert_ne!(reloaded.version, bot.version());
    assert!(hidden.knowledge.answering(shipped).iter().all(|e| e.id() != "ceasefire-date"));
    fs::remove_dir_all(data).unwrap();
}

/// Entries saved before the content rules (a one-word quote, a multi-line answer with
/// markup, a control character) still load, so the server keeps answering and its moderators
/// can still change or remove them; new text is held to every rule, and a name must be one
/// line.
#[test]
fn entries_saved_under_older_rules_still_load_and_can_be_removed() {
    let data = scratch("older-rules");
    let dir = data.join("guilds/5");
    fs::create_dir_all(&dir).unwrap();
    let old = "[[entry]]\nid = \"old\"\ntopic = \"Old\"\nquestions = [\"Who backs Hafter?\"]\n\
               answer = \"# Yes\\n> \\u001B[31mfake\"\nquotes = [\"Russia\"]\n";
    fs::write(dir.join("entries.toml"), old).unwrap();
    let loaded = store(&data, 5).load().expect("old data loads");
    assert_eq!(loaded.entries[0].spec.answer, "# Yes\n> \u{1b}[31mfake");

    let shipped = &kb().entries;
    let refused = store(&data, 5).alias("old", "Who backs <@&123>?", shipped, &moderator(), 2).unwrap_err();
    assert!(refused.to_string().contains("role mention"), "{refused}");
    store(&data, 5).alias("old", "Does Russia back Hafter?", shipped, &moderator(), 2).expect("old entries change");
    let nameless = store(&data, 5).remove("old", shipped, &Actor::new(0, "ana\nforged"), 3).unwrap_err();
    assert!(matches!(&nameless, StoreError::Invalid(p) if p[0].field == "by"), "{nameless}");
    store(&data, 5).remove("old", shipped, &moderator(), 3).expect("and can be removed");
    assert!(ids(&data, 5).is_empty());
    fs::remove_dir_all(data).unwrap();
}
