use std::sync::Arc;

use super::*;
use crate::knowledge::{Entry, EntrySpec};
use crate::storage::Actor;

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
    GuildKnowledge::empty(1)
}

fn refused(refusal: Refusal) -> String {
    store_problem(&StoreError::Refused(refusal)).unwrap()
}

#[test]
fn an_invalid_quote_names_the_option_and_the_nearest_passage() {
    let problems = vec![FieldProblem {
        field: "quotes[0]".into(),
        message:
            "is not verbatim in the article; the nearest passage (paragraph 9) is: \u{201C}The 604 Brigade\u{201D}"
                .into(),
    }];
    let text = refused(Refusal::Invalid(problems));
    assert!(text.starts_with("Not saved: `quote` is not verbatim"), "{text}");
    assert!(text.contains("\u{201C}The 604 Brigade\u{201D}.") && text.contains("/quote search:"), "{text}");
    let asked = refused(Refusal::DuplicateQuestion { question: "Who?".into(), taken_by: "x".into() });
    assert!(asked.ends_with("\u{201C}Who?\u{201D}"), "{asked}");
}

#[test]
fn every_refusal_is_one_sentence_and_failures_are_short() {
    let unknown = refused(Refusal::UnknownId("nope".into()));
    assert_eq!(unknown, "Nothing was changed: no entry has the id \u{201C}nope\u{201D}.");
    let taken = refused(Refusal::DuplicateId("x".into()));
    assert!(taken.ends_with("choose another id."), "{taken}");
    let all = [
        Refusal::EmptyFile,
        Refusal::ShippedId("a".into()),
        Refusal::AlreadyHidden("a".into()),
        Refusal::NotHidden("a".into()),
        Refusal::Hidden("a".into()),
        Refusal::NotAdded { id: "a".into(), question: "q @everyone".into() },
        Refusal::LastQuestion { id: "a".into() },
        Refusal::TooManyQuestions { id: "a".into(), max: 50 },
        Refusal::TooManyEntries { max: 10_000 },
    ];
    for refusal in all {
        let text = refused(refusal.clone());
        assert!(text.starts_with("Nothing was changed: ") && text.ends_with('.'), "{refusal:?}: {text}");
        assert!(!text.contains('\n') && !text.contains("@everyone"), "{text}");
    }
    let load = LoadError::at("server 7", 0, "entry \"x\": quotes[0] is not verbatim @everyone");
    let text = store_problem(&StoreError::Damaged { guild: 7, problems: load }).unwrap();
    assert!(text.starts_with("This server's stored knowledge has problems"), "{text}");
    assert!(text.contains("is not verbatim") && !text.contains("@everyone"), "{text}");
    let down = StoreError::Database { location: "/srv/data/citebot.db".into(), source: sqlx::Error::PoolTimedOut };
    let text = store_problem(&down).unwrap();
    assert_eq!(text, UNAVAILABLE);
    assert!(!text.contains("/srv"), "no server paths shown");
    assert_eq!(store_problem(&StoreError::Task("panic".into())), None, "ours to log, not theirs to read");
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
    let top = [
        Unanswered { text: "who is haftar".into(), count: 3, last_asked: 5, disputed: None },
        Unanswered {
            text: "when is the truce".into(),
            count: 1,
            last_asked: 6,
            disputed: Some("ceasefire-date".into()),
        },
    ];
    let text = unanswered(&top, 7);
    assert!(text.contains("**3\u{00D7}** who is haftar \u{00B7} <t:5:R>\n") && text.contains("7 in all"), "{text}");
    assert!(
        text.contains("when is the truce \u{00B7} <t:6:R> \u{00B7} \u{1F44E} answered by `ceasefire-date`"),
        "{text}"
    );
    assert!(unanswered(&[], 0).starts_with("No unanswered question"));
}
