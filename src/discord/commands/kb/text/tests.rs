use std::path::PathBuf;
use std::sync::Arc;

use super::*;
use crate::knowledge::store::{Actor, ShippedChanges, Version};
use crate::knowledge::{Entry, EntrySpec};

fn spec(id: &str, question: &str) -> EntrySpec {
    EntrySpec {
        id: id.into(),
        topic: "Sirte takeover".into(),
        questions: vec![question.into()],
        triggers: vec![],
        answer: "An *answer* for @everyone.".into(),
        quotes: vec!["The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.".into()],
    }
}

fn record(action: Action, id: &str, after: Option<EntrySpec>) -> AuditRecord {
    AuditRecord { at: 1_700_000_000, by: Actor::new(42, "mod_@here"), action, id: id.into(), before: None, after }
}

fn listed(id: &str, origin: Origin) -> Listed {
    let entry = Entry { spec: spec(id, &format!("What about {id}?")), quotes: vec![] };
    Listed { entry: Arc::new(entry), origin }
}

fn knowledge() -> GuildKnowledge {
    GuildKnowledge { guild: 1, entries: vec![], shipped: ShippedChanges::default(), version: Version::default() }
}

#[test]
fn an_invalid_quote_names_the_option_and_the_nearest_passage() {
    let problems = vec![FieldProblem {
        field: "quotes[0]".into(),
        message:
            "is not verbatim in the article; the nearest passage (paragraph 9) is: \u{201C}The 604 Brigade\u{201D}"
                .into(),
    }];
    let text = store_problem(&StoreError::Invalid(problems), Path::new("/data")).unwrap();
    assert!(text.starts_with("Not saved: `quote` is not verbatim"), "{text}");
    assert!(text.contains("\u{201C}The 604 Brigade\u{201D}.") && text.contains("/quote search:"), "{text}");
    let asked = StoreError::DuplicateQuestion { id: "x".into(), question: "Who?".into() };
    assert!(store_problem(&asked, Path::new("/")).unwrap().ends_with("\u{201C}Who?\u{201D}"));
}

#[test]
fn a_damaged_file_is_named_relative_to_the_data_dir_with_its_line() {
    let load = LoadError::at("/srv/data/guilds/7/entries.toml", 3, "expected `=`, found @everyone");
    let text = store_problem(&StoreError::Corrupt(load), Path::new("/srv/data")).unwrap();
    assert!(text.contains("`guilds/7/entries.toml` line 3: expected"), "{text}");
    assert!(!text.contains("/srv/data") && !text.contains("@everyone"), "{text}");
    let io = StoreError::Io { action: "write", path: PathBuf::from("/x"), source: std::io::Error::other("disk") };
    assert_eq!(store_problem(&io, Path::new("/")), None, "storage failures are ours, not the moderator's");
    let unknown = store_problem(&StoreError::UnknownId("nope".into()), Path::new("/")).unwrap();
    assert_eq!(unknown, "Nothing was changed: no entry has the id \u{201C}nope\u{201D}.");
    let taken = store_problem(&StoreError::DuplicateId("x".into()), Path::new("/")).unwrap();
    assert!(taken.ends_with("choose another id."), "{taken}");
}

#[test]
fn changes_say_what_changed_and_whether_it_answers() {
    let added =
        added(&record(Action::Add, "oil-crescent", Some(spec("oil-crescent", "Is it @here?"))), &Check::Answers);
    assert!(added.starts_with("Added `oil-crescent` (topic \u{201C}Sirte takeover\u{201D})"), "{added}");
    assert!(added.contains("It answers now") && !added.contains("@here"), "{added}");
    let shadowed = aliased(&record(Action::Alias, "x", None), "Who?", &Check::AnsweredBy("other".into()));
    assert!(shadowed.contains("still gets `other`"), "{shadowed}");
    assert!(removed(&record(Action::Hide, "ceasefire", None)).contains("Other servers still have it"));
    assert!(removed(&record(Action::Remove, "mine", None)).starts_with("Removed `mine`"));
}

#[test]
fn long_lists_stop_at_a_whole_line_and_count_the_rest() {
    let many: Vec<Listed> = (0..200).map(|i| listed(&format!("entry-{i}"), Origin::Shipped)).collect();
    let text = listing(&knowledge(), &many, None);
    assert!(text.chars().count() <= MAX_CONTENT, "{}", text.chars().count());
    let last = text.lines().last().unwrap();
    assert!(last.starts_with("\u{2026} and ") && last.contains("more. Narrow with `topic:`"), "{last}");
    let shown = text.lines().filter(|l| l.starts_with("`entry-")).count();
    assert!(last.contains(&format!("and {} more", 200 - shown)), "{last}");

    let own = [listed("mine", Origin::Server), listed("theirs", Origin::Shipped)];
    let text = listing(&knowledge(), &own, None);
    let mine = text.find("`mine`").unwrap();
    assert!(mine < text.find("`theirs`").unwrap(), "the server's own first: {text}");
    assert!(listing(&knowledge(), &[], Some("Nope")).starts_with("No entry answers here with topic"));
}

#[test]
fn log_and_unanswered_are_compact_and_escaped() {
    let text = log(&[record(Action::Alias, "x", Some(spec("x", "Why @everyone?")))]);
    assert!(
        text.contains("<t:1700000000:R> **mod\\_@\u{200B}here** (42) added \u{201C}Why @\u{200B}everyone?\u{201D}"),
        "{text}"
    );
    let top = [Unanswered { text: "who is haftar".into(), count: 3, last_asked: 5 }];
    let text = unanswered(&top, 7);
    assert!(text.contains("**3\u{00D7}** who is haftar \u{00B7} <t:5:R>") && text.contains("7 in all"), "{text}");
    assert!(unanswered(&[], 0).starts_with("No unanswered question"));
}
