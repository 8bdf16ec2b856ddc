//! What storage costs with one server of 10,000 entries of its own (the cap): a `/kb add`, a
//! change served to the engine, loading the server, a vote and an answer-count increment, and
//! whole `citebot kb show` / `kb list` / `kb add` / `ask --guild` processes.
//!
//! cargo bench --bench storage
//!
//! SQLite in a temporary directory by default; set CITEBOT_BENCH_DATABASE_URL to a PostgreSQL
//! database (an empty one: it is filled) to measure that instead.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use citebot::engine::Engine;
use citebot::guilds::Guilds;
use citebot::knowledge::render_entries;
use citebot::knowledge::{limits, EntrySpec, KnowledgeBase};
use citebot::storage::{self, Actor, Db, ServerId, Settings, Vote};
use criterion::{black_box, criterion_group, criterion_main, BatchSize, Criterion};
use tokio::runtime::Runtime;

const GUILD: u64 = 1_234_567_890_123;

fn shipped() -> KnowledgeBase {
    KnowledgeBase::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")).expect("knowledge loads")
}

/// `n` entries quoting the article's sentences in turn, each with two questions of its own.
fn entries(kb: &KnowledgeBase, n: usize, from: usize) -> Vec<EntrySpec> {
    let article = kb.article();
    let sentences: Vec<String> = article.sentences().map(|s| article.sentence_text(s).to_string()).collect();
    (from..from + n)
        .map(|i| EntrySpec {
            id: format!("entry-{i}"),
            topic: format!("Topic {}", i % 20),
            questions: vec![format!("What does sentence {} say, case {i}?", i % sentences.len()), format!("case {i}")],
            triggers: vec![],
            answer: format!("Answer number {i}, as the article says."),
            quotes: vec![sentences[i % sentences.len()].clone()],
        })
        .collect()
}

/// A database holding one server with `limits::SERVER_ENTRIES - 1` entries (so an add fits).
struct Setup {
    runtime: Runtime,
    kb: KnowledgeBase,
    settings: Settings,
    db: Arc<Db>,
    guild: ServerId,
}

fn setup() -> Setup {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let kb = shipped();
    let data_dir: PathBuf = std::env::temp_dir().join(format!("citebot-bench-storage-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&data_dir);
    let settings = Settings { data_dir, database_url: std::env::var("CITEBOT_BENCH_DATABASE_URL").ok() };
    let guild = ServerId::new(GUILD).unwrap();
    let db = runtime.block_on(async {
        let (db, _) =
            storage::open(&settings, kb.source.clone(), kb.entries.clone()).await.expect("the database opens");
        let file = render_entries(GUILD, &entries(&kb, limits::SERVER_ENTRIES - 1, 0));
        db.import_entries(guild, file, "bench.toml".into(), &Actor::new(1, "bench"), 1).await.expect("filled");
        db
    });
    Setup { runtime, kb, settings, db: Arc::new(db), guild }
}

fn bench_changes(c: &mut Criterion, s: &Setup) {
    let who = Actor::new(1, "bench");
    let spare = entries(&s.kb, 1, limits::SERVER_ENTRIES).remove(0);
    let mut group = c.benchmark_group("storage-10000-entries");
    group.sample_size(30).measurement_time(Duration::from_secs(8));
    // The store's transaction: validate, check, write entry, questions and audit record, commit
    // durably. The setup removes the previous one (not measured), so the server stays at 10,000.
    group.bench_function("kb-add", |b| {
        b.iter_batched(
            || {
                s.runtime.block_on(async {
                    let _ = s.db.remove(s.guild, &spare.id, &who, 2).await;
                })
            },
            |()| s.runtime.block_on(async { black_box(s.db.add(s.guild, spare.clone(), &who, 3).await.unwrap()) }),
            BatchSize::PerIteration,
        )
    });
    group.bench_function("kb-alias", |b| {
        let mut n = 0u64;
        b.iter(|| {
            n += 1;
            let id = format!("entry-{}", n % 9_000);
            s.runtime.block_on(async {
                let changed = s.db.alias(s.guild, &id, &format!("another way to ask, number {n}"), &who, 4).await;
                let _ = s.db.unalias(s.guild, &id, &format!("another way to ask, number {n}"), &who, 4).await;
                black_box(changed.unwrap())
            })
        })
    });
    group.bench_function("load-server", |b| {
        b.iter(|| s.runtime.block_on(async { black_box(s.db.knowledge(s.guild).await.unwrap()) }))
    });
    let mut message = 0u64;
    group.bench_function("vote", |b| {
        b.iter(|| {
            message += 1;
            let vote = Vote {
                guild: s.guild,
                message,
                user: 7,
                entry: "entry-5".into(),
                question: "What does sentence 5 say?".into(),
                up: !message.is_multiple_of(5),
                at: message,
            };
            s.runtime.block_on(async { black_box(s.db.vote(&vote).await.unwrap()) })
        })
    });
    group.bench_function("answer-count", |b| {
        b.iter(|| s.runtime.block_on(async { s.db.count_answer(s.guild, "entry-5").await.unwrap() }))
    });
    group.finish();
}

fn bench_serving(c: &mut Criterion, s: &Setup) {
    let who = Actor::new(1, "bench");
    let engine = Arc::new(Engine::new(&s.kb));
    let mut group = c.benchmark_group("serving-10000-entries");
    group.sample_size(10).measurement_time(Duration::from_secs(20));
    // A process's first question in the server: read it, validate, analyse every entry, index.
    group.bench_function("first-load-and-engine", |b| {
        b.iter(|| {
            let guilds = Guilds::new(Arc::clone(&engine), Arc::clone(&s.db));
            s.runtime.block_on(async { black_box(guilds.engine_of(s.guild).await.unwrap()) })
        })
    });
    // A change through the bot: stored, applied to the served copy, index rebuilt, checked.
    let guilds = Guilds::new(Arc::clone(&engine), Arc::clone(&s.db));
    s.runtime.block_on(async { guilds.engine_of(s.guild).await.unwrap() });
    let spare = entries(&s.kb, 1, limits::SERVER_ENTRIES).remove(0);
    group.bench_function("kb-add-served", |b| {
        b.iter_batched(
            || {
                s.runtime.block_on(async {
                    let _ = guilds.remove(s.guild, &spare.id, &who).await;
                })
            },
            |()| s.runtime.block_on(async { black_box(guilds.add(s.guild, spare.clone(), &who).await.unwrap()) }),
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

fn bench_processes(c: &mut Criterion, s: &Setup) {
    let bin = env!("CARGO_BIN_EXE_citebot");
    // The knowledge built into the binary, as a user runs it (the same files as `shipped()`).
    let run = |args: &[&str]| {
        let mut command = Command::new(bin);
        command.arg("--data-dir").arg(&s.settings.data_dir).args(args);
        command.env_remove("DATABASE_URL");
        if let Some(url) = &s.settings.database_url {
            command.env("DATABASE_URL", url);
        }
        let out = command.output().unwrap();
        assert!(out.status.code().is_some_and(|c| c < 2), "{}", String::from_utf8_lossy(&out.stderr));
        out.status.success()
    };
    // Back to 9,999 entries, so that the process's add is the 10,000th and not refused.
    let spare = entries(&s.kb, 1, limits::SERVER_ENTRIES).remove(0);
    let _ = s.runtime.block_on(s.db.remove(s.guild, &spare.id, &Actor::new(1, "bench"), 5));
    let guild = GUILD.to_string();
    let mut group = c.benchmark_group("process-10000-entries");
    group.sample_size(10).measurement_time(Duration::from_secs(15));
    group.bench_function("citebot-kb-show", |b| {
        b.iter(|| assert!(run(&["kb", "--guild", &guild, "show", "--id", "entry-42"])))
    });
    group.bench_function("citebot-kb-list", |b| b.iter(|| assert!(run(&["kb", "--guild", &guild, "list"]))));
    // The first one analyses the server and keeps the snapshot the others start from.
    group.bench_function("citebot-ask-guild", |b| {
        b.iter(|| run(&["ask", "--guild", &guild, "What does sentence 3 say, case 3?"]))
    });
    // The 10,000th entry, added and (not measured) removed again.
    let add = [
        "kb",
        "--guild",
        &guild,
        "add",
        "--id",
        "process-added",
        "--question",
        "What does the process add?",
        "--answer",
        "The process adds one entry.",
        "--quote",
        "The 604 Brigade was created in Tripoli in 2015",
    ];
    group.bench_function("citebot-kb-add", |b| {
        b.iter_batched(
            || run(&["kb", "--guild", &guild, "remove", "--id", "process-added"]),
            |_| assert!(run(&add), "the 10,000th entry is saved"),
            BatchSize::PerIteration,
        )
    });
    // After changes: the kept snapshot is older than the server, so its changes are analysed.
    group.bench_function("citebot-ask-guild-after-a-change", |b| {
        b.iter(|| run(&["ask", "--guild", &guild, "What does sentence 3 say, case 3?"]))
    });
    group.finish();
}

fn benches(c: &mut Criterion) {
    let setup = setup();
    bench_changes(c, &setup);
    bench_serving(c, &setup);
    bench_processes(c, &setup);
    setup.runtime.block_on(setup.db.close());
    let _ = std::fs::remove_dir_all(&setup.settings.data_dir);
}

criterion_group!(storage, benches);
criterion_main!(storage);
