//! The real citebot bot, started through `citebot::discord::start` against a [`StandIn`], and
//! helpers to read what it sent.
//!
//! The bot is configured exactly as `citebot serve` configures it, through
//! `Config::from_lookup`, with `DISCORD_PROXY_URL` pointing at the stand-in and a fake token.
//! Each [`Harness`] gets its own empty `DATA_DIR` (unless the test gives one), so no test reads
//! another's servers or writes into the working directory.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::{Duration, Instant};

use citebot::discord::{self, Bot, Config};
use citebot::engine::Engine;
use serde_json::Value;

use super::fixtures::{self, SlashCommand};
use super::{Recorded, StandIn};

/// Generous for a loopback round trip on a loaded 2-core machine, short enough to fail fast.
pub const WAIT: Duration = Duration::from_secs(5);
/// The token the bot is given; no request or error may ever show it.
pub const TOKEN: &str = "fake-bot-token-7f3a";
/// Discord's EPHEMERAL message flag.
pub const EPHEMERAL: u64 = 64;

/// The engine over the shipped knowledge base, loaded once per test binary.
pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let engine = ENGINE.get_or_init(|| Arc::new(citebot::cli::load(&dir).expect("the shipped knowledge base loads")));
    Arc::clone(engine)
}

/// The quiz items of the shipped knowledge, loaded once per test binary.
pub fn quiz() -> Arc<citebot::quiz::Bank> {
    static QUIZ: OnceLock<Arc<citebot::quiz::Bank>> = OnceLock::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge");
    let quiz = QUIZ.get_or_init(|| {
        Arc::new(citebot::cli::load_quiz(citebot::knowledge::Files::Dir(&dir), &engine()).expect("the quiz loads"))
    });
    Arc::clone(quiz)
}

/// The configuration the bot gets: a fake token, the stand-in as proxy, then `vars`.
pub fn config(stand_in: &StandIn, vars: &[(&str, &str)]) -> Config {
    let proxy = stand_in.proxy_url();
    Config::from_lookup(|name| match name {
        "DISCORD_TOKEN" => Some(TOKEN.to_owned()),
        "DISCORD_PROXY_URL" => Some(proxy.clone()),
        _ => vars.iter().find(|(key, _)| *key == name).map(|(_, value)| (*value).to_owned()),
    })
    .expect("a valid test configuration")
}

/// A fresh, empty data directory under the system's temporary directory, removed when dropped.
/// Keep one alive across two [`Harness`]es to restart a bot on the same data.
pub struct DataDir {
    path: PathBuf,
}

impl DataDir {
    pub fn new(name: &str) -> DataDir {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let path = std::env::temp_dir().join(format!("citebot-{name}-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&path);
        std::fs::create_dir_all(&path).expect("create a data directory");
        DataDir { path }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The value to give `DATA_DIR`.
    pub fn var(&self) -> String {
        self.path.display().to_string()
    }
}

impl Drop for DataDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.path);
    }
}

/// A stand-in Discord and the bot connected to it, past start-up.
pub struct Harness {
    pub stand_in: StandIn,
    bot: Option<Bot>,
    data_dir: PathBuf,
    /// The data directory this harness made itself (none given in `DATA_DIR`); removed last.
    _own_data: Option<DataDir>,
}

impl Harness {
    /// Starts the bot with the default configuration plus `vars`, and waits until its
    /// commands are registered (poise holds events until then, so none is lost either way).
    /// Without `DATA_DIR` in `vars`, the bot gets a fresh one of its own.
    pub async fn start(vars: &[(&str, &str)]) -> Harness {
        let own_data = (!vars.iter().any(|(k, _)| *k == "DATA_DIR")).then(|| DataDir::new("bot"));
        let own_var = own_data.as_ref().map(DataDir::var);
        let mut vars = vars.to_vec();
        if let Some(dir) = &own_var {
            vars.push(("DATA_DIR", dir));
        }
        let stand_in = StandIn::start().await;
        let config = config(&stand_in, &vars);
        let data_dir = config.data_dir.clone();
        let bot = discord::start(config, engine(), quiz()).await.expect("the bot starts");
        stand_in.wait_ready(WAIT).await.expect("the bot identifies");
        stand_in.wait_for_request(is_registration, WAIT).await.expect("the bot registers its commands");
        Harness { stand_in, bot: Some(bot), data_dir, _own_data: own_data }
    }

    /// The bot's `DATA_DIR`.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    /// The bot's database, to look at what it stored.
    pub fn db(&self) -> Arc<citebot::storage::Db> {
        Arc::clone(self.bot.as_ref().expect("the bot is still here").guilds().db())
    }

    /// Dispatches an INTERACTION_CREATE and returns the message the bot answers with: its first
    /// response, or, if that deferred (type 5), the follow-up that completes it.
    pub async fn reply(&self, interaction: Value) -> Recorded {
        let token = interaction["token"].as_str().unwrap_or_default().to_owned();
        let first = self.interact(interaction).await;
        if first.body["type"] != 5 {
            return first;
        }
        let follow_up = format!("/webhooks/{}/{token}", fixtures::APPLICATION_ID);
        self.stand_in.wait_for_request(|r| r.matches("POST", &follow_up), WAIT).await.expect("the bot follows up")
    }

    /// Dispatches an INTERACTION_CREATE and returns the bot's first response to it.
    pub async fn interact(&self, interaction: Value) -> Recorded {
        let path = callback_path(&interaction);
        self.stand_in.dispatch("INTERACTION_CREATE", interaction).await;
        self.stand_in.wait_for_request(|r| r.matches("POST", &path), WAIT).await.expect("the bot responds")
    }

    /// `/ask question:<question>` by `user`; the bot's response.
    pub async fn ask_as(&self, user: &str, question: &str) -> Recorded {
        let ask = SlashCommand::new("ask").user(user, "reader").option(fixtures::string_option("question", question));
        self.interact(ask.build()).await
    }

    /// Dispatches a MESSAGE_CREATE and returns the bot's reply to it (a message referencing it).
    pub async fn message(&self, message: Value) -> Recorded {
        let id = message["id"].clone();
        self.stand_in.dispatch("MESSAGE_CREATE", message).await;
        let is_reply =
            |r: &Recorded| r.matches("POST", "/channels/*/messages") && r.body["message_reference"]["message_id"] == id;
        self.stand_in.wait_for_request(is_reply, WAIT).await.expect("the bot replies")
    }

    /// Stops the bot, checks it stopped cleanly, and checks that nothing it sent could ping.
    pub async fn shutdown(mut self) {
        if let Some(bot) = self.bot.take() {
            let stopped = tokio::time::timeout(WAIT, bot.shutdown()).await;
            assert!(matches!(stopped, Ok(Ok(()))), "the bot did not stop cleanly: {stopped:?}");
        }
        assert_no_pings(&self.stand_in.requests());
    }

    /// The bot, for tests that stop it themselves.
    pub fn take_bot(&mut self) -> Bot {
        self.bot.take().expect("the bot is still here")
    }
}

/// Polls `check` until it holds, for effects the bot has no message for (a file written in the
/// background); fails with `what` after [`WAIT`].
pub async fn eventually(what: &str, check: impl Fn() -> bool) {
    let deadline = Instant::now() + WAIT;
    while !check() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// [`eventually`] for a check that must await (a database query).
pub async fn eventually_async<F: std::future::Future<Output = bool>>(what: &str, check: impl Fn() -> F) {
    let deadline = Instant::now() + WAIT;
    while !check().await {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
}

/// poise's command registration, global or per server.
pub fn is_registration(r: &Recorded) -> bool {
    r.matches("PUT", "/applications/*/commands") || r.matches("PUT", "/applications/*/guilds/*/commands")
}

/// `/interactions/{id}/{token}/callback` for an INTERACTION_CREATE `d`.
pub fn callback_path(interaction: &Value) -> String {
    let field = |key: &str| interaction[key].as_str().unwrap_or_default().to_owned();
    format!("/interactions/{}/{}/callback", field("id"), field("token"))
}

/// The message a request sends: `data` of an interaction callback, else the body itself.
pub fn sent_message(r: &Recorded) -> &Value {
    if r.path.ends_with("/callback") {
        &r.body["data"]
    } else {
        &r.body
    }
}

/// The content a request sends ("" if none).
pub fn content(r: &Recorded) -> &str {
    sent_message(r)["content"].as_str().unwrap_or_default()
}

/// The message flags a request sends (0 if none).
pub fn flags(r: &Recorded) -> u64 {
    sent_message(r)["flags"].as_u64().unwrap_or(0)
}

/// Fails unless every request that sends a message carries an `allowed_mentions` that allows
/// nothing: no `parse` entry, no users, no roles, no ping of the replied-to author. Also fails
/// if any request shows the token.
pub fn assert_no_pings(requests: &[Recorded]) {
    for r in requests {
        assert!(!r.body.to_string().contains(TOKEN), "the token was sent in a body: {r}");
        let message = sent_message(r);
        let sends_message = matches!(r.method.as_str(), "POST" | "PATCH")
            && (message.get("content").is_some() || message.get("embeds").is_some());
        if !sends_message {
            continue;
        }
        let allowed = &message["allowed_mentions"];
        assert!(allowed.is_object(), "no allowed_mentions in {r}");
        for list in ["parse", "users", "roles"] {
            let empty = allowed.get(list).is_none_or(|v| v.as_array().is_some_and(Vec::is_empty));
            assert!(empty, "allowed_mentions.{list} is not empty in {r}");
        }
        assert_ne!(allowed.get("replied_user"), Some(&Value::Bool(true)), "replied_user pinged in {r}");
    }
}

/// Gateway frames serenity cannot use, sent raw by the resilience test: not JSON, dispatches
/// missing required fields, an unknown opcode.
pub const MALFORMED_FRAMES: [&str; 4] = [
    "{this is not json",
    r#"{"op":0,"s":null,"t":"INTERACTION_CREATE","d":{"type":2,"id":"x"}}"#,
    r#"{"op":0,"s":null,"t":"MESSAGE_CREATE","d":{"content":"<@1000> hi"}}"#,
    r#"{"op":42,"d":[]}"#,
];

/// A question mentioning the bot that also pings everyone, role 777 and user 6001, the way
/// Discord delivers it: `mention_everyone` set and the role in `mention_roles`.
pub fn mass_mention(question: &str) -> Value {
    let content = format!("<@{}> {question}", fixtures::BOT_USER_ID);
    let mut message = fixtures::MessageCreate::new(&content).mention_bot().mention("6001", "bystander").build();
    message["mention_everyone"] = serde_json::json!(true);
    message["mention_roles"] = serde_json::json!(["777"]);
    message
}

/// `/ask` with `question` given as an integer: what a stale command registration could send.
pub fn ask_with_integer_question() -> Value {
    let option = fixtures::option("question", 4, serde_json::json!(7));
    SlashCommand::new("ask").option(option).build()
}
