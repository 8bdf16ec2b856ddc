//! Sharding, with real `citebot serve` processes against the stand-in Discord, which speaks the
//! sharded gateway (Identify with `shard: [id, total]`, a server's events on shard
//! `(guild_id >> 22) % total`):
//! - two processes with disjoint `SHARD_IDS` on one database (PostgreSQL when installed, else
//!   SQLite) each answer only the servers of their own shards, log which shards they run, and
//!   register the commands once between them; a change made with `citebot kb` reaches the right
//!   process's answers within 5 seconds;
//! - without `SHARD_COUNT`, one process runs the shard count Discord recommends;
//! - `citebot register` registers the commands and exits, without a gateway connection.

mod support;
mod util;

use std::path::PathBuf;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde_json::json;
use support::bot::{callback_path, content, is_registration, TOKEN, WAIT};
use support::fixtures::{self, SlashCommand};
use support::kb::{not_answered, OIL_ANSWER, OIL_QUESTION, OIL_QUOTE};
use support::StandIn;
use util::storage::{Backend, Fresh};
use util::{citebot_with, knowledge_dir, scratch, stderr};

const BIN: &str = env!("CARGO_BIN_EXE_citebot");
/// A server on shard 0 of 2, and one on shard 1 of 2: `(id >> 22) % 2`.
const ON_SHARD_0: &str = "4000";
const ON_SHARD_1: &str = "4198304";
/// Booting a second shard in one process waits 5 s (serenity's pace between identifies).
const BOOT: Duration = Duration::from_secs(15);

/// A `citebot serve` process, its standard error in a file.
struct Serve {
    child: Option<Child>,
    log: PathBuf,
}

impl Serve {
    fn start(stand_in: &StandIn, env: &[(String, String)], shards: &[(&str, &str)], name: &str) -> Serve {
        let dir = scratch(name);
        let log = dir.join("stderr.log");
        let mut command = Command::new(BIN);
        command.arg("serve").current_dir(&dir).stdin(Stdio::null()).stdout(Stdio::null());
        for var in ["DISCORD_GUILD_ID", "DATA_DIR", "DATABASE_URL", "SHARD_COUNT", "SHARD_IDS", "ASK_CHANNEL_IDS"] {
            command.env_remove(var);
        }
        command
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_PROXY_URL", stand_in.proxy_url())
            .env("KNOWLEDGE_DIR", knowledge_dir())
            .env("ASK_COOLDOWN_SECONDS", "0")
            .env("RUST_LOG", "warn,citebot=debug")
            .envs(env.iter().map(|(k, v)| (k, v)))
            .envs(shards.iter().copied())
            .stderr(std::fs::File::create(&log).unwrap());
        Serve { child: Some(command.spawn().expect("start citebot serve")), log }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// SIGTERM, then its exit status within a few seconds.
    fn stop(mut self) -> Option<ExitStatus> {
        let mut child = self.child.take()?;
        let _ = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
        let deadline = Instant::now() + WAIT;
        while Instant::now() < deadline {
            if let Ok(Some(status)) = child.try_wait() {
                return Some(status);
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = child.kill();
        None
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        if let Some(child) = &mut self.child {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// `/ask` in `guild`; the content of the bot's answer.
async fn ask(stand_in: &StandIn, guild: &str, question: &str) -> String {
    let ask = SlashCommand::new("ask").guild(guild).option(fixtures::string_option("question", question)).build();
    let callback = callback_path(&ask);
    stand_in.dispatch("INTERACTION_CREATE", ask).await;
    let reply = stand_in.wait_for_request(|r| r.matches("POST", &callback), WAIT).await.expect("an answer");
    content(&reply).to_owned()
}

async fn identified(stand_in: &StandIn, shard: [u32; 2], within: Duration) {
    let wanted = json!(shard);
    let found = stand_in.wait_for_gateway(|f| f.op == Some(2) && f.payload["d"]["shard"] == wanted, within).await;
    found.unwrap_or_else(|why| panic!("shard {shard:?} never identified: {why}"));
}

/// A database both processes share: PostgreSQL where it is installed, else SQLite.
async fn shared_database(name: &str) -> Fresh {
    let fresh = Fresh::new(Backend::Postgres, name).or_else(|| {
        eprintln!("the sharding test runs on SQLite (one machine) instead of PostgreSQL");
        Fresh::new(Backend::Sqlite, name)
    });
    let fresh = fresh.unwrap();
    fresh.open().await.close().await; // created and migrated before both processes start
    fresh
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_processes_serve_their_own_shards_from_one_database() {
    let fresh = shared_database("shards").await;
    let stand_in = StandIn::start().await;
    let first = Serve::start(&stand_in, &fresh.env(), &[("SHARD_COUNT", "2"), ("SHARD_IDS", "0")], "shard-0");
    let second = Serve::start(&stand_in, &fresh.env(), &[("SHARD_COUNT", "2"), ("SHARD_IDS", "1")], "shard-1");
    identified(&stand_in, [0, 2], WAIT).await;
    identified(&stand_in, [1, 2], WAIT).await;
    stand_in.wait_for_request(is_registration, WAIT).await.expect("shard 0's process registers the commands");

    assert!(ask(&stand_in, ON_SHARD_0, "When does the ceasefire start?").await.contains("midnight 12 January"));
    assert!(ask(&stand_in, ON_SHARD_1, "When does the ceasefire start?").await.contains("midnight 12 January"));
    let not_yet = ask(&stand_in, ON_SHARD_1, OIL_QUESTION).await;
    assert!(not_answered(&not_yet), "{not_yet}");

    // A change made with `citebot kb` on the shared database reaches the right process.
    let args =
        ["kb", "--guild", ON_SHARD_1, "add", "--question", OIL_QUESTION, "--answer", OIL_ANSWER, "--quote", OIL_QUOTE];
    let env = fresh.env();
    let out = tokio::task::spawn_blocking(move || citebot_with(&args, "", &env)).await.unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let changed = Instant::now();
    while !ask(&stand_in, ON_SHARD_1, OIL_QUESTION).await.contains(OIL_ANSWER) {
        assert!(changed.elapsed() < Duration::from_secs(5), "the change did not reach shard 1's process within 5 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    eprintln!("the change reached shard 1's process after {:?}", changed.elapsed());
    assert!(not_answered(&ask(&stand_in, ON_SHARD_0, OIL_QUESTION).await), "another server");

    // Each process ran, and answered, its own shards only; the commands were registered once.
    let (log_0, log_1) = (first.log(), second.log());
    assert!(log_0.contains("running shard 0 of 2") && log_1.contains("running shard 1 of 2"), "{log_0}\n{log_1}");
    assert!(log_1.contains("registers the commands"), "{log_1}");
    let answered = |log: &str, guild: &str| {
        log.lines().any(|l| l.contains("answering /ask") && l.contains(&format!("guild={guild}")))
    };
    assert!(answered(&log_0, ON_SHARD_0) && !answered(&log_0, ON_SHARD_1), "{log_0}");
    assert!(answered(&log_1, ON_SHARD_1) && !answered(&log_1, ON_SHARD_0), "{log_1}");
    let registrations = stand_in.requests().iter().filter(|r| is_registration(r)).count();
    assert_eq!(registrations, 1, "commands are registered once, by shard 0's process");
    let mut shards = stand_in.identified_shards();
    shards.sort_unstable();
    assert_eq!(shards, [[0, 2], [1, 2]], "each shard identified once, by one process");

    for serve in [first, second] {
        let log = serve.log.clone();
        let status = tokio::task::spawn_blocking(move || serve.stop()).await.unwrap();
        let text = std::fs::read_to_string(log).unwrap_or_default();
        assert!(status.is_some_and(|s| s.success()), "serve did not stop cleanly: {status:?}\n{text}");
        assert!(!text.contains(TOKEN) && !text.contains(util::postgres::PASSWORD), "a secret was logged:\n{text}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_process_runs_the_shard_count_discord_recommends() {
    let fresh = Fresh::new(Backend::Sqlite, "autoshard").unwrap();
    let stand_in = StandIn::start().await;
    stand_in.recommend_shards(2);
    let serve = Serve::start(&stand_in, &fresh.env(), &[], "autoshard");
    identified(&stand_in, [0, 2], WAIT).await;
    identified(&stand_in, [1, 2], BOOT).await;
    assert!(ask(&stand_in, ON_SHARD_1, "When does the ceasefire start?").await.contains("midnight 12 January"));
    assert!(ask(&stand_in, ON_SHARD_0, "When does the ceasefire start?").await.contains("midnight 12 January"));
    let log = serve.log();
    assert!(log.contains("Discord recommends 2 shard(s)") && log.contains("running shards 0-1 of 2"), "{log}");
    let status = tokio::task::spawn_blocking(move || serve.stop()).await.unwrap();
    assert!(status.is_some_and(|s| s.success()), "{status:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn citebot_register_registers_the_commands_and_exits() {
    let stand_in = StandIn::start().await;
    let vars = vec![
        ("DISCORD_TOKEN".to_owned(), TOKEN.to_owned()),
        ("DISCORD_PROXY_URL".to_owned(), stand_in.proxy_url()),
        ("RUST_LOG".to_owned(), "off".to_owned()),
    ];
    let out = tokio::task::spawn_blocking(move || citebot_with(&["register"], "", &vars)).await.unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(util::stdout(&out), "registered 7 commands globally\n");
    let put = stand_in.wait_for_request(is_registration, WAIT).await.unwrap();
    let names: Vec<&str> = put.body.as_array().unwrap().iter().map(|c| c["name"].as_str().unwrap()).collect();
    assert_eq!(names, ["ask", "topics", "source", "quote", "help", "quiz", "kb"]);
    assert!(stand_in.gateway_frames().is_empty(), "no gateway connection for registering");
}
