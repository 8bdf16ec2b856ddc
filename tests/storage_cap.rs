//! The cap on a server's own entries (`limits::SERVER_ENTRIES`, 10,000), reached for real: the
//! last entry under it is saved, the next add and any import that would cross it are refused and
//! write nothing, and a server at the cap still loads. How fast this is belongs to
//! `benches/storage.rs`, not here.

mod util;

use citebot::knowledge::{limits, render_entries, EntrySpec};
use citebot::storage::{Actor, Refusal, ServerId, StoreError};
use util::kb;
use util::storage::Fresh;

/// `n` entries quoting the article's sentences in turn, each with questions of its own.
fn entries(n: usize, from: usize) -> Vec<EntrySpec> {
    let article = kb().article();
    let sentences: Vec<String> = article.sentences().map(|s| article.sentence_text(s).to_string()).collect();
    (from..from + n)
        .map(|i| EntrySpec {
            id: format!("entry-{i}"),
            topic: format!("Topic {}", i % 20),
            questions: vec![format!("What does sentence {} say, case {i}?", i % sentences.len())],
            triggers: vec![],
            answer: format!("Answer number {i}, as the article says."),
            quotes: vec![sentences[i % sentences.len()].clone()],
        })
        .collect()
}

async fn a_server_holds_ten_thousand_entries_and_not_one_more(fresh: Fresh) {
    let db = fresh.open().await;
    let g = ServerId::new(9).unwrap();
    let who = Actor::new(1, "m");
    let max = limits::SERVER_ENTRIES;
    let file = render_entries(g.get(), &entries(max - 1, 0));
    let imported = db.import_entries(g, file, "generated.toml".into(), &who, 1).await.unwrap();
    assert_eq!(imported.records.len(), max - 1);
    db.add(g, entries(1, max - 1).remove(0), &who, 2).await.unwrap();

    let full = Refusal::TooManyEntries { max };
    let over = db.add(g, entries(1, max).remove(0), &who, 3).await;
    assert!(matches!(over, Err(StoreError::Refused(ref r)) if *r == full), "{over:?}");
    let file = render_entries(g.get(), &entries(1, max + 1));
    let over = db.import_entries(g, file, "one-more.toml".into(), &who, 4).await;
    assert!(matches!(over, Err(StoreError::Refused(ref r)) if *r == full), "{over:?}");
    let k = db.knowledge(g).await.unwrap();
    assert_eq!(k.entries.len(), max);
    assert_eq!(db.log(g, usize::MAX).await.unwrap().len(), max, "refusals logged nothing");
    // Removing one makes room again.
    db.remove(g, "entry-17", &who, 5).await.unwrap();
    db.add(g, entries(1, max).remove(0), &who, 6).await.unwrap();
}

on_both_backends!(a_server_holds_ten_thousand_entries_and_not_one_more);
