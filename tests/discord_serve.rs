//! `citebot serve` as a process: configured by a `.env` file, answering through the stand-in,
//! stopped by SIGTERM; failing in one clear line without a token; and stopping within 5 s of
//! SIGTERM or Ctrl-C in every state: Discord unreachable, Discord stalled, the gateway stalled,
//! connected, and in the middle of a command.

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
const VARS: [&str; 13] = [
    "DISCORD_TOKEN",
    "DISCORD_GUILD_ID",
    "KNOWLEDGE_DIR",
    "DATA_DIR",
    "DISCORD_PROXY_URL",
    "ASK_CHANNEL_IDS",
    "ASK_COOLDOWN_SECONDS",
    "MODERATOR_ROLE_IDS",
    "RUST_LOG",
    "DISCORD_CONNECT_ATTEMPTS",
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

    let sent = Instant::now();
    let status = tokio::task::spawn_blocking(move || wait_for_exit(&mut child, WAIT)).await.unwrap();
    eprintln!("connected: exited {:.2} s after SIGTERM", sent.elapsed().as_secs_f64());
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

/// The most `serve` may take to exit after SIGTERM or Ctrl-C, in any state (the bar).
const STOP_WITHIN: Duration = Duration::from_secs(5);

/// `citebot serve` started in its own scratch directory with the stand-in's token, the shipped
/// knowledge, `proxy` as DISCORD_PROXY_URL and `vars`, logging at info to a file.
struct Served {
    child: Child,
    log: PathBuf,
    dir: PathBuf,
}

impl Served {
    fn start(name: &str, proxy: &str, vars: &[(&str, &str)]) -> Served {
        let dir = scratch_dir(name);
        let knowledge = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
        let log = dir.join("stderr.log");
        let mut command = serve(&dir);
        command
            .env("DISCORD_TOKEN", TOKEN)
            .env("DISCORD_PROXY_URL", proxy)
            .env("KNOWLEDGE_DIR", &knowledge)
            .env("RUST_LOG", "warn,citebot=info")
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap());
        for (key, value) in vars {
            command.env(key, value);
        }
        Served { child: command.spawn().expect("start citebot serve"), log, dir }
    }

    fn log(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }

    /// Waits until the log has `needle` (the bot reached that state).
    fn wait_for_log(&mut self, needle: &str) {
        let deadline = Instant::now() + WAIT;
        while !self.log().contains(needle) {
            if Instant::now() > deadline || matches!(self.child.try_wait(), Ok(Some(_))) {
                let _ = self.child.kill();
                panic!("serve never logged {needle:?}:\n{}", self.log());
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Sends `signal` ("TERM" or "INT") and checks that the process exits 0 within
    /// [`STOP_WITHIN`]; returns how long it took, for the record.
    fn stop_with(mut self, signal: &str, state: &str) -> Duration {
        let sent = Instant::now();
        let killed = Command::new("kill").args([&format!("-{signal}"), &self.child.id().to_string()]).status();
        assert!(killed.is_ok_and(|s| s.success()), "kill -{signal} failed");
        let status = wait_for_exit(&mut self.child, STOP_WITHIN);
        let took = sent.elapsed();
        let log = self.log();
        assert!(
            status.is_some_and(|s| s.success()),
            "{state}: serve did not exit 0 within {STOP_WITHIN:?} of SIG{signal}: {status:?}\n{log}"
        );
        assert!(!log.contains(TOKEN), "the token was logged:\n{log}");
        eprintln!("{state}: exited 0 {:.2} s after SIG{signal}", took.as_secs_f64());
        let _ = std::fs::remove_dir_all(&self.dir);
        took
    }
}

/// A loopback port that accepts TCP connections into its backlog and never answers: a Discord
/// that stalls. Dropping it closes the port.
fn stalled_port() -> std::net::TcpListener {
    std::net::TcpListener::bind("127.0.0.1:0").expect("bind a loopback port")
}

/// A port nothing listens on: a Discord that is down.
fn closed_port() -> std::net::SocketAddr {
    stalled_port().local_addr().unwrap()
}

#[cfg(unix)]
#[test]
fn serve_stops_on_sigterm_and_ctrl_c_while_discord_is_unreachable() {
    for signal in ["TERM", "INT"] {
        let mut served = Served::start("unreachable", &format!("http://{}", closed_port()), &[]);
        served.wait_for_log("connecting to Discord");
        // Into the attempts and their pauses.
        std::thread::sleep(Duration::from_millis(300));
        served.stop_with(signal, "Discord unreachable");
    }
}

#[cfg(unix)]
#[test]
fn serve_stops_on_sigterm_while_discord_stalls() {
    let stalled = stalled_port();
    let mut served = Served::start("stalled", &format!("http://{}", stalled.local_addr().unwrap()), &[]);
    served.wait_for_log("connecting to Discord");
    std::thread::sleep(Duration::from_millis(300));
    served.stop_with("TERM", "Discord stalled");
}

/// REST answers, but the gateway it hands out never completes the WebSocket handshake
/// (serenity is inside its connect, with no shard to shut down), or refuses it (serenity
/// retries the shard every 5 s).
#[cfg(unix)]
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_stops_on_sigterm_while_the_gateway_stalls_or_refuses() {
    use axum::http::{StatusCode, Uri};
    use axum::Json;

    let stalled = stalled_port();
    for (state, gateway) in [("gateway stalled", stalled.local_addr().unwrap()), ("gateway refused", closed_port())] {
        let ws_url = format!("ws://{gateway}");
        let gateway_only = move |uri: Uri| {
            let ws_url = ws_url.clone();
            async move {
                if uri.path() == "/api/v10/gateway" {
                    (StatusCode::OK, Json(serde_json::json!({ "url": ws_url })))
                } else {
                    (StatusCode::NOT_FOUND, Json(fixtures::error_body("404: Not Found", 0)))
                }
            }
        };
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let proxy = format!("http://{}", listener.local_addr().unwrap());
        let app = axum::Router::new().fallback(gateway_only);
        let server = tokio::spawn(async move { axum::serve(listener, app).await });

        let stopped = tokio::task::spawn_blocking(move || {
            // One shard named, so nothing asks this gateway-only proxy for a shard count.
            let mut served = Served::start("gateway", &proxy, &[("SHARD_COUNT", "1"), ("SHARD_IDS", "0")]);
            served.wait_for_log("connecting to Discord");
            std::thread::sleep(Duration::from_millis(500));
            served.stop_with("TERM", state)
        });
        stopped.await.expect("the check ran");
        server.abort();
    }
}

/// A `/kb add` that waits for the database (its write lock held here, as a slow `citebot kb`
/// would hold it): SIGTERM while the command is in progress.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serve_stops_on_sigterm_in_the_middle_of_a_command() {
    use sqlx::Connection as _;
    use support::kb::{add_options, by_moderator, kb, GUILD_A, OIL_ANSWER, OIL_QUESTION, OIL_QUOTE};

    let stand_in = StandIn::start().await;
    let data = scratch_dir("mid-command-data");
    let mut served = Served::start("mid-command", &stand_in.proxy_url(), &[("DATA_DIR", data.to_str().unwrap())]);
    let registered = stand_in.wait_for_request(support::bot::is_registration, WAIT).await;
    if registered.is_err() {
        let _ = served.child.kill();
    }
    registered.expect("serve registers its commands");

    // Another writer holds the database: the bot's change waits for it.
    let url = format!("sqlite://{}", data.join("citebot.db").display());
    let mut holder = sqlx::SqliteConnection::connect(&url).await.expect("the bot's database opens");
    sqlx::query("BEGIN IMMEDIATE").execute(&mut holder).await.expect("the write lock is taken");

    let add = by_moderator(kb("add", add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE)), GUILD_A).build();
    let callback = support::bot::callback_path(&add);
    stand_in.dispatch("INTERACTION_CREATE", add).await;
    let deferred = stand_in.wait_for_request(|r| r.matches("POST", &callback), WAIT).await.expect("the command defers");
    assert_eq!(deferred.body["type"], 5, "{deferred}");

    tokio::task::spawn_blocking(move || served.stop_with("TERM", "mid-command")).await.expect("the check ran");
    let _ = sqlx::query("ROLLBACK").execute(&mut holder).await;
    let _ = std::fs::remove_dir_all(&data);
}

#[cfg(unix)]
#[test]
fn serve_gives_up_on_an_unreachable_discord_in_one_plain_line() {
    let proxy = format!("http://{}", closed_port());
    let mut served = Served::start("gives-up", &proxy, &[("DISCORD_CONNECT_ATTEMPTS", "2"), ("RUST_LOG", "off")]);
    let status = wait_for_exit(&mut served.child, WAIT);
    let log = served.log();
    assert_eq!(status.and_then(|s| s.code()), Some(2), "{log}");
    assert_eq!(log.trim_end().lines().count(), 1, "{log}");
    let line = log.trim_end();
    assert!(line.starts_with(&format!("citebot: cannot reach Discord at {proxy}: ")), "{line}");
    assert!(line.contains("refused") && line.ends_with(" s)") && line.contains("2 attempts"), "{line}");
    let _ = std::fs::remove_dir_all(&served.dir);
}
