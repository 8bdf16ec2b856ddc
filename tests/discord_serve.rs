//! `citebot serve` as a process: configured by a `.env` file, answering through the stand-in,
//! stopped by SIGTERM; and failing in one clear line without a token.

mod support;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use support::bot::{content, TOKEN, WAIT};
use support::fixtures::{self, SlashCommand};
use support::StandIn;

const BIN: &str = env!("CARGO_BIN_EXE_citebot");
/// Every variable `serve` reads, removed from the child's environment so the test's own
/// environment cannot change the outcome.
const VARS: [&str; 12] = [
    "DISCORD_TOKEN",
    "DISCORD_GUILD_ID",
    "KNOWLEDGE_DIR",
    "DATA_DIR",
    "DISCORD_PROXY_URL",
    "ASK_CHANNEL_IDS",
    "ASK_COOLDOWN_SECONDS",
    "MODERATOR_ROLE_IDS",
    "RUST_LOG",
    "DATABASE_URL",
    "SHARD_COUNT",
    "SHARD_IDS",
];

/// A fresh, empty working directory for one test.
fn scratch_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("citebot-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a scratch directory");
    dir
}

fn serve(dir: &Path) -> Command {
    let mut command = Command::new(BIN);
    command.arg("serve").current_dir(dir).stdin(Stdio::null());
    for var in VARS {
        command.env_remove(var);
    }
    command
}

fn wait_for_exit(child: &mut Child, timeout: Duration) -> Option<ExitStatus> {
    let deadline = Instant::now() + timeout;
    while Instant::now() < deadline {
        if let Ok(Some(status)) = child.try_wait() {
            return Some(status);
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let _ = child.kill();
    None
}

#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_reads_dotenv_answers_and_stops_on_sigterm() {
    let stand_in = StandIn::start().await;
    let dir = scratch_dir("serve");
    let knowledge = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let dotenv = format!(
        "DISCORD_TOKEN={TOKEN}\nDISCORD_PROXY_URL={}\nKNOWLEDGE_DIR={}\nRUST_LOG=warn\n",
        stand_in.proxy_url(),
        knowledge.display()
    );
    std::fs::write(dir.join(".env"), dotenv).unwrap();
    // A file, not a pipe: a full pipe would block the bot if it logged a lot.
    let log = dir.join("stderr.log");
    let stderr = std::fs::File::create(&log).unwrap();
    let mut child = serve(&dir).stdout(Stdio::null()).stderr(stderr).spawn().expect("start citebot serve");

    let registered = stand_in.wait_for_request(support::bot::is_registration, WAIT).await;
    if registered.is_err() {
        let _ = child.kill();
    }
    registered.expect("serve registers its commands");
    let ask = SlashCommand::new("ask").option(fixtures::string_option("question", "When does the ceasefire start?"));
    let ask = ask.build();
    let callback = support::bot::callback_path(&ask);
    stand_in.dispatch("INTERACTION_CREATE", ask).await;
    let reply = stand_in.wait_for_request(|r| r.matches("POST", &callback), WAIT).await;
    let terminated = Command::new("kill").args(["-TERM", &child.id().to_string()]).status();
    assert!(content(&reply.unwrap()).contains("midnight 12 January"));
    assert!(terminated.is_ok_and(|s| s.success()), "kill -TERM failed");

    let status = tokio::task::spawn_blocking(move || wait_for_exit(&mut child, WAIT)).await.unwrap();
    let stderr = std::fs::read_to_string(&log).unwrap_or_default();
    assert!(status.is_some_and(|s| s.success()), "serve did not exit cleanly on SIGTERM: {status:?}\n{stderr}");
    assert!(!stderr.contains(TOKEN), "the token was logged:\n{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn serve_without_a_token_fails_in_one_clear_line() {
    let dir = scratch_dir("no-token");
    let output = serve(&dir).output().expect("run citebot serve");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("citebot: DISCORD_TOKEN is not set"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn serve_with_an_unusable_data_dir_fails_in_one_clear_line() {
    let dir = scratch_dir("bad-data-dir");
    std::fs::write(dir.join("a-file"), "").unwrap();
    let knowledge = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let output = serve(&dir)
        .env("DISCORD_TOKEN", TOKEN)
        .env("KNOWLEDGE_DIR", &knowledge)
        .env("DATA_DIR", dir.join("a-file").join("data"))
        .env("RUST_LOG", "off")
        .output()
        .expect("run citebot serve");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("citebot: DATA_DIR ") && stderr.contains("cannot be created"), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "{stderr}");
    assert!(!stderr.contains(TOKEN), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}
