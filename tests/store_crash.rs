//! Many processes on one server's store: two writers at once keep both
//! sets of changes, and a writer killed (SIGKILL) at random moments, over
//! and over, always leaves a loadable store holding every change it had
//! acknowledged.
//!
//! The writer is this test binary itself, run again with `STORE_WRITER`
//! set: the `writer` test below then acts as the writer, and does nothing in
//! a normal run. So the test needs no other build step.

mod util;

use std::collections::HashSet;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use citebot::knowledge::store::{Action, Actor, GuildStore};
use citebot::knowledge::{Article, EntrySpec, Source};
use util::scratch;

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

fn source() -> Arc<Source> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge/article.md");
    let article = Article::parse(&fs::read_to_string(&path).unwrap(), "article.md").unwrap();
    Arc::new(Source::new(article))
}

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

/// The writer process: adds entries, printing `ack <id>` once each add
/// has returned, which is after its commit. Also counts an unanswered
/// question now and then, so that file is being written when killed too.
#[test]
fn writer_subprocess() {
    let Ok(dir) = std::env::var(WRITER) else { return };
    let prefix = std::env::var(PREFIX).unwrap();
    let count: u64 = std::env::var(COUNT).map_or(u64::MAX, |c| c.parse().unwrap());
    if let Ok(go) = std::env::var(GO) {
        while !Path::new(&go).exists() {
            std::thread::sleep(Duration::from_millis(1));
        }
    }
    let store = GuildStore::open(Path::new(&dir), GUILD, source());
    let who = Actor::new(std::process::id().into(), "writer");
    let mut out = std::io::stdout().lock();
    for n in 0..count {
        let id = format!("{prefix}-{n}");
        store.add(spec(&id), &[], &who, n).unwrap();
        if n % 3 == 0 {
            store.record_unanswered(&format!("question {}", n % 7), n).unwrap();
        }
        writeln!(out, "ack {id}").unwrap();
        out.flush().unwrap();
    }
}

fn spawn_writer(data: &Path, prefix: &str, count: Option<u64>, go: Option<&Path>) -> Child {
    let mut cmd = Command::new(std::env::current_exe().unwrap());
    cmd.args(["--exact", "writer_subprocess", "--nocapture", "--test-threads=1", "-q"])
        .env(WRITER, data)
        .env(PREFIX, prefix)
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    if let Some(count) = count {
        cmd.env(COUNT, count.to_string());
    }
    if let Some(go) = go {
        cmd.env(GO, go);
    }
    cmd.spawn().unwrap()
}

/// The ids a writer acknowledged, read on a thread until its stdout
/// closes, and how long after `spawned` the first came.
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

/// Asserts the store loads and holds every id in `acked`, in the entries
/// and in the audit log; returns how many entries it holds.
fn check(data: &Path, acked: &[String], context: &str) -> usize {
    let store = GuildStore::open(data, GUILD, source());
    let k = store.load().unwrap_or_else(|e| panic!("{context}: the store does not load: {e}"));
    let held: HashSet<&str> = k.entries.iter().map(|e| e.id()).collect();
    let logged: HashSet<String> =
        store.log(usize::MAX).unwrap().into_iter().filter(|r| r.action == Action::Add).map(|r| r.id).collect();
    for id in acked {
        assert!(held.contains(id.as_str()), "{context}: acknowledged {id} is lost");
        assert!(logged.contains(id), "{context}: acknowledged {id} is not in the audit log");
    }
    store.unanswered().unwrap_or_else(|e| panic!("{context}: the unanswered queue does not load: {e}"));
    held.len()
}

fn temp_files(data: &Path) -> usize {
    let dir = data.join("guilds").join(GUILD.to_string());
    fs::read_dir(dir)
        .map_or(0, |l| l.filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with(".tmp-")).count())
}

#[test]
fn two_processes_adding_at_once_keep_both() {
    let data = scratch("two-processes");
    let go = data.join("go");
    let mut a = spawn_writer(&data, "a", Some(20), Some(&go));
    let mut b = spawn_writer(&data, "b", Some(20), Some(&go));
    let (acks_a, acks_b) = (acks(&mut a, Instant::now()), acks(&mut b, Instant::now()));
    fs::write(&go, "").unwrap();
    assert!(a.wait().unwrap().success() && b.wait().unwrap().success());
    let acked: Vec<String> = acks_a.join().unwrap().0.into_iter().chain(acks_b.join().unwrap().0).collect();
    assert_eq!(acked.len(), 40);
    assert_eq!(check(&data, &acked, "two writers"), 40);
    fs::remove_dir_all(data).unwrap();
}

/// A small random generator, seeded from the clock and printed so a
/// failing run can be repeated (set STORE_CRASH_SEED).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

#[test]
fn killed_writers_never_lose_an_acknowledged_change() {
    let data = scratch("crash-loop");
    let seed = std::env::var("STORE_CRASH_SEED").map_or_else(
        |_| std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos() as u64 | 1,
        |s| s.parse().unwrap(),
    );
    eprintln!("crash loop seed: {seed} (STORE_CRASH_SEED to repeat)");
    let mut rng = Rng(seed);
    let started = Instant::now();
    let mut acked = Vec::new();
    // How long a writer takes to start and acknowledge its first change,
    // learnt as we go, so the kills spread over its writing, not its start.
    let mut start_up = Duration::from_millis(50);
    let mut mid_write_kills = 0;
    let mut torn_writes = 0;
    for round in 0..ROUNDS {
        let mut child = spawn_writer(&data, &format!("r{round}"), None, None);
        let reader = acks(&mut child, Instant::now());
        // From just before the first ack to well into the writing.
        let start_up_ms = start_up.as_millis() as u64;
        let delay = start_up_ms * 3 / 4 + rng.next() % (start_up_ms / 2 + 50);
        std::thread::sleep(Duration::from_millis(delay));
        child.kill().unwrap();
        child.wait().unwrap();
        let (round_acks, first) = reader.join().unwrap();
        if let Some(first) = first {
            mid_write_kills += 1;
            // Smoothed: one fast or slow start (the machine is shared)
            // should not throw the next kill off.
            start_up = (start_up + first) / 2;
        }
        acked.extend(round_acks);
        // A temporary file left means the kill came between its creation
        // and the rename: in the middle of a write.
        torn_writes += usize::from(temp_files(&data) > 0);
        check(&data, &acked, &format!("round {round} (seed {seed})"));
    }
    let held = check(&data, &acked, "the end");
    eprintln!(
        "crash loop: {ROUNDS} kills, {mid_write_kills} after some acks, {torn_writes} between a temporary file and \
         its rename; {} acked, {held} held, {:?}",
        acked.len(),
        started.elapsed()
    );
    // Most kills must have hit a writer that was writing, or the test tests little.
    assert!(mid_write_kills >= ROUNDS / 2, "only {mid_write_kills} of {ROUNDS} kills came after an ack");
    // A change after the crashes still works, and cleans up what they left.
    let store = GuildStore::open(&data, GUILD, source());
    store.add(spec("after-the-crashes"), &[], &Actor::new(1, "m"), 0).unwrap();
    assert_eq!(temp_files(&data), 0);
    fs::remove_dir_all(data).unwrap();
}
