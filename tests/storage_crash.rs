//! Many processes on one database: writers at once keep every change (SQLite, and two
//! processes on one PostgreSQL), and a writer killed (SIGKILL) at random moments, over and over,
//! always leaves a database that opens, passes its integrity check and holds every change the
//! writer acknowledged, with its audit record.
//!
//! The writer is this test binary itself, run again with `STORE_WRITER` set: the
//! `writer_subprocess` test below then acts as the writer, and does nothing in a normal run. So
//! the test needs no other build step.

mod util;

use std::collections::HashSet;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use citebot::knowledge::EntrySpec;
use citebot::storage::{self, Action, Actor, ServerId, Settings, Vote};
use util::kb;
use util::storage::{Backend, Fresh};

/// The data directory to write to; set only in a writer process.
const WRITER: &str = "STORE_WRITER";
/// Prefix of the writer's entry ids.
const PREFIX: &str = "STORE_WRITER_PREFIX";
/// How many entries to add, forever if unset.
const COUNT: &str = "STORE_WRITER_COUNT";
/// A file to wait for before starting, so writers start together.
const GO: &str = "STORE_WRITER_GO";

const GUILD: u64 = 77;
const ROUNDS: usize = 60;

fn spec(id: &str) -> EntrySpec {
    EntrySpec {
        id: id.into(),
        topic: "Crash".into(),
        questions: vec![format!("What is {id}?")],
        triggers: vec![],
        answer: "The brigade's origin.".into(),
        quotes: vec!["The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.".into()],
    }
}

/// The writer process: adds entries, printing `ack <id>` once each add has returned, which is
/// after its commit. Also records an unanswered question and a vote now and then, so those
/// tables are being written when it is killed too.
#[test]
fn writer_subprocess() {
    let Ok(dir) = std::env::var(WRITER) else { return };
    let prefix = std::env::var(PREFIX).unwrap();
    let count: u64 = std::env::var(COUNT).map_or(u64::MAX, |c| c.parse().unwrap());
    let settings = Settings { data_dir: dir.into(), database_url: std::env::var("DATABASE_URL").ok() };
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    runtime.block_on(async {
        let (db, _) = storage::open(&settings, kb().source.clone(), kb().entries.clone()).await.unwrap();
        if let Ok(go) = std::env::var(GO) {
            while !Path::new(&go).exists() {
                tokio::time::sleep(Duration::from_millis(1)).await;
            }
        }
        let guild = ServerId::new(GUILD).unwrap();
        let who = Actor::new(std::process::id().into(), "writer");
        let mut out = std::io::stdout().lock();
        for n in 0..count {
            let id = format!("{prefix}-{n}");
            db.add(guild, spec(&id), &who, n).await.unwrap();
            if n % 3 == 0 {
                db.record_unanswered(guild, &format!("question {}", n % 7), n).await.unwrap();
                let vote =
                    Vote { guild, message: n, user: 1, entry: id.clone(), question: id.clone(), up: n % 2 == 0, at: n };
                db.vote(&vote).await.unwrap();
            }
            writeln!(out, "ack {id}").unwrap();
            out.flush().unwrap();
        }
    });
}

fn spawn_writer(fresh: &Fresh, prefix: &str, count: Option<u64>, go: Option<&Path>) -> Child {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "writer_subprocess", "--nocapture", "--test-threads=1", "-q"])
        .env(WRITER, fresh.data_dir())
        .env(PREFIX, prefix)
        .env_remove("DATABASE_URL")
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    if let Some(url) = &fresh.settings.database_url {
        cmd.env("DATABASE_URL", url);
    }
    if let Some(count) = count {
        cmd.env(COUNT, count.to_string());
    }
    if let Some(go) = go {
        cmd.env(GO, go);
    }
    cmd.spawn().unwrap()
}

/// The ids a writer acknowledged, read on a thread until its stdout closes, and how long after
/// `spawned` the first came.
fn acks(child: &mut Child, spawned: Instant) -> std::thread::JoinHandle<(Vec<String>, Option<Duration>)> {
    let stdout = child.stdout.take().unwrap();
    std::thread::spawn(move || {
        let mut first = None;
        let mut ids = Vec::new();
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if let Some(id) = line.strip_prefix("ack ") {
                first.get_or_insert_with(|| spawned.elapsed());
                ids.push(id.to_string());
            }
        }
        (ids, first)
    })
}

/// Asserts the database opens, is healthy and holds every id in `acked`, in the entries and in
/// the audit log; returns how many entries it holds.
async fn check(fresh: &Fresh, acked: &[String], context: &str) -> usize {
    let db = fresh.try_open().await.unwrap_or_else(|e| panic!("{context}: the database does not open: {e}"));
    let health = db.health().await.unwrap();
    assert!(health.is_healthy(), "{context}: {health:?}");
    let guild = ServerId::new(GUILD).unwrap();
    let k = db.knowledge(guild).await.unwrap_or_else(|e| panic!("{context}: the server does not load: {e}"));
    let held: HashSet<&str> = k.entries.iter().map(|e| e.id()).collect();
    let logged: HashSet<String> = db
        .log(guild, usize::MAX)
        .await
        .unwrap()
        .into_iter()
        .filter(|r| r.action == Action::Add)
        .map(|r| r.id)
        .collect();
    for id in acked {
        assert!(held.contains(id.as_str()), "{context}: acknowledged {id} is lost");
        assert!(logged.contains(id), "{context}: acknowledged {id} is not in the audit log");
    }
    assert_eq!(held.len(), logged.len(), "{context}: a change without its audit record, or the reverse");
    db.unanswered(guild).await.unwrap_or_else(|e| panic!("{context}: the unanswered queue does not load: {e}"));
    db.close().await;
    held.len()
}

async fn writers_at_once_keep_everything(backend: Backend, name: &str) {
    let Some(fresh) = Fresh::new(backend, name) else { return };
    fresh.open().await.close().await; // created and migrated before the race
    let go = fresh.data_dir().join("go");
    let mut a = spawn_writer(&fresh, "a", Some(20), Some(&go));
    let mut b = spawn_writer(&fresh, "b", Some(20), Some(&go));
    let (acks_a, acks_b) = (acks(&mut a, Instant::now()), acks(&mut b, Instant::now()));
    std::fs::write(&go, "").unwrap();
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    let acked: Vec<String> = acks_a.join().unwrap().0.into_iter().chain(acks_b.join().unwrap().0).collect();
    assert_eq!(acked.len(), 40);
    assert_eq!(check(&fresh, &acked, "two writers").await, 40);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_adding_at_once_keep_both_on_sqlite() {
    writers_at_once_keep_everything(Backend::Sqlite, "two-sqlite").await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_adding_at_once_keep_both_on_one_postgresql() {
    writers_at_once_keep_everything(Backend::Postgres, "two-postgres").await;
}

/// A small random generator, seeded from the clock and printed so a failing run can be
/// repeated (set STORE_CRASH_SEED).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn killed_writers_never_lose_an_acknowledged_change() {
    let fresh = Fresh::new(Backend::Sqlite, "crash-loop").unwrap();
    let seed = std::env::var("STORE_CRASH_SEED").map_or_else(
        |_| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1,
        |s| s.parse().unwrap(),
    );
    eprintln!("crash loop seed: {seed} (STORE_CRASH_SEED to repeat)");
    let mut rng = Rng(seed);
    let started = Instant::now();
    let mut acked = Vec::new();
    // How long a writer takes to start and acknowledge its first change, learnt as we go, so
    // the kills spread over its writing, not its start.
    let mut start_up = Duration::from_millis(100);
    let mut mid_write_kills = 0;
    for round in 0..ROUNDS {
        let mut child = spawn_writer(&fresh, &format!("r{round}"), None, None);
        let reader = acks(&mut child, Instant::now());
        // From just before the first ack to well into the writing.
        let start_up_ms = start_up.as_millis() as u64;
        let delay = start_up_ms * 3 / 4 + rng.next() % (start_up_ms / 2 + 50);
        tokio::time::sleep(Duration::from_millis(delay)).await;
        child.kill().unwrap();
        child.wait().unwrap();
        let (round_acks, first) = reader.join().unwrap();
        if let Some(first) = first {
            mid_write_kills += 1;
            // Smoothed: one fast or slow start (the machine is shared) should not throw the
            // next kill off.
            start_up = (start_up + first) / 2;
        } else {
            // Killed before its first change: it starts slower than thought.
            start_up = (start_up * 3 / 2).min(Duration::from_secs(5));
        }
        acked.extend(round_acks);
        check(&fresh, &acked, &format!("round {round} (seed {seed})")).await;
    }
    let held = check(&fresh, &acked, "the end").await;
    eprintln!(
        "crash loop: {ROUNDS} kills, {mid_write_kills} after some acks; {} acked, {held} held, {:?}",
        acked.len(),
        started.elapsed()
    );
    // Most kills must have hit a writer that was writing, or the test tests little.
    assert!(mid_write_kills >= ROUNDS / 2, "only {mid_write_kills} of {ROUNDS} kills came after an ack");
    // A change after the crashes still works.
    let db = fresh.open().await;
    db.add(ServerId::new(GUILD).unwrap(), spec("after-the-crashes"), &Actor::new(1, "m"), 0).await.unwrap();
}
