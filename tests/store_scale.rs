//! A server with 10,000 entries: how long loading it and one change take.
//!
//! `cargo test --release --test store_scale -- --nocapture` prints the
//! figures. A debug build takes about ten times as long, so there the test
//! is ignored (run it with `-- --ignored` if need be). The bounds asserted
//! are loose: the machine is shared; the printed figures are the point.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use citebot::knowledge::store::{Actor, GuildStore};
use citebot::knowledge::{EntrySpec, KnowledgeBase};

const ENTRIES: usize = 10_000;

fn time<T>(what: &str, f: impl FnOnce() -> T) -> (T, Duration) {
    let start = Instant::now();
    let out = f();
    let took = start.elapsed();
    eprintln!("{what}: {took:.1?}");
    (out, took)
}

/// Runs `f` `n` times; prints and returns the fastest time (the machine is
/// shared, the slower runs measure the neighbours) with the median.
fn repeat<T>(what: &str, n: usize, mut f: impl FnMut(usize) -> T) -> (T, Duration) {
    let mut times = Vec::new();
    let mut out = None;
    for i in 0..n {
        let start = Instant::now();
        out = Some(f(i));
        times.push(start.elapsed());
    }
    times.sort();
    eprintln!("{what}: best {:.1?}, median {:.1?} of {n}", times[0], times[n / 2]);
    (out.unwrap(), times[0])
}

#[test]
#[cfg_attr(debug_assertions, ignore = "slow in a debug build: cargo test --release --test store_scale")]
fn ten_thousand_entries() {
    let kb = KnowledgeBase::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")).unwrap();
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let data = std::env::temp_dir().join(format!("citebot-store-scale-{}-{nanos}", std::process::id()));
    let store = GuildStore::open(&data, 1, kb.source.clone());

    // Entries quoting each sentence of the article in turn, written in the
    // server's file format the way the store writes it.
    let sentences: Vec<String> = kb.article().sentences().map(|s| kb.article().sentence_text(s).to_string()).collect();
    let specs: Vec<EntrySpec> = (0..ENTRIES)
        .map(|i| EntrySpec {
            id: format!("entry-{i}"),
            topic: format!("Topic {}", i % 20),
            questions: vec![format!("What does sentence {} say, case {i}?", i % sentences.len()), format!("case {i}")],
            triggers: vec![],
            answer: format!("Answer number {i}, as the article says."),
            quotes: vec![sentences[i % sentences.len()].clone()],
        })
        .collect();
    let seed = store.add(specs[0].clone(), &kb.entries, &Actor::new(1, "seed"), 0).unwrap();
    assert_eq!(seed.record.id, "entry-0");
    #[derive(serde::Serialize)]
    struct File<'a> {
        entry: &'a [EntrySpec],
    }
    let text = toml::to_string_pretty(&File { entry: &specs }).unwrap();
    fs::write(store.dir().join("entries.toml"), &text).unwrap();
    eprintln!("{ENTRIES} entries: {} KiB", text.len() / 1024);

    let (knowledge, load) = repeat("load", 5, |_| store.load().unwrap());
    assert_eq!(knowledge.entries.len(), ENTRIES);
    let (answering, _) = repeat("answering (shipped + own)", 5, |_| knowledge.answering(&kb.entries));
    assert_eq!(answering.len(), ENTRIES + kb.entries.len());

    let who = Actor::new(1, "m");
    let (_, add) = repeat("add", 5, |i| {
        let mut new = specs[1].clone();
        new.id = format!("one-more-{i}");
        store.add(new, &kb.entries, &who, 1).unwrap()
    });
    let (_, alias) =
        repeat("alias", 5, |i| store.alias("entry-5000", &format!("another way {i}"), &kb.entries, &who, 2).unwrap());
    let (_, remove) =
        repeat("remove", 5, |i| store.remove(&format!("entry-{}", 9999 - i), &kb.entries, &who, 3).unwrap());
    let (_, refused) = time("refused add (bad quote)", || {
        let mut bad = specs[2].clone();
        bad.id = "bad".into();
        bad.quotes = vec!["Not a sentence of the article at all.".into()];
        store.add(bad, &kb.entries, &Actor::new(1, "m"), 4).unwrap_err()
    });
    assert!(refused < Duration::from_secs(5));
    let (k, _) = time("load again", || store.load().unwrap());
    assert_eq!(k.entries.len(), ENTRIES);
    assert!(k.own("one-more-4").is_some() && k.own("entry-9999").is_none());
    assert_eq!(k.own("entry-5000").unwrap().spec.questions.len(), 7);

    let (_, record) = time("record an unanswered question", || store.record_unanswered("why?", 5).unwrap());
    let (log, read_log) = time("log(20)", || store.log(20).unwrap());
    assert_eq!(log.len(), 16);
    for (what, took) in [("load", load), ("add", add), ("alias", alias), ("remove", remove)] {
        assert!(took < Duration::from_secs(5), "{what} took {took:?}");
    }
    assert!(record < Duration::from_secs(2) && read_log < Duration::from_secs(2));
    fs::remove_dir_all(data).unwrap();
}
