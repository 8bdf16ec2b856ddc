//! A stand-in Discord on 127.0.0.1 for end-to-end tests of the bot.
//!
//! It serves the two halves of Discord a serenity 0.12.5 / poise 0.7.1 bot talks to:
//!
//! - **REST** (axum, [`StandIn::proxy_url`]): the bot is pointed at it with
//!   `HttpBuilder::new(token).proxy(stand_in.proxy_url()).ratelimiter_disabled(true)` (see
//!   [`StandIn::http`]); serenity then sends `http://127.0.0.1:PORT/api/v10/...`. Every request
//!   is recorded ([`Recorded`]) and answered the way Discord would, including Discord's errors
//!   for the rules a real server enforces (see `rest.rs`). Unknown routes get a Discord-style
//!   404, so the bot sees a failure and the test can see what it tried.
//! - **Gateway** (tokio-tungstenite, plain `ws://`, Text frames, [`StandIn::gateway_url`]):
//!   Hello, Identify → READY, heartbeats, Resume → replay + RESUMED, op 7 on request. It is
//!   sharded as Discord is: a session per shard, a server's events on shard
//!   `(guild_id >> 22) % total`, so several bot processes can each run some shards. Events sent
//!   while their shard is not connected are queued and delivered when it identifies or resumes.
//!
//! Tests drive it with [`StandIn::dispatch`] and observe the bot with
//! [`StandIn::wait_for_request`]. Every wait takes a timeout and, on failure, says what *did*
//! arrive, so a broken bot fails fast and legibly instead of hanging the suite.
//!
//! The servers never panic on odd input: whatever arrives is recorded and answered.

mod gateway;
mod rest;

use std::fmt;
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, Instant};

use serde_json::{json, Value};
use tokio::net::TcpListener;
use tokio::sync::watch;
use tokio::task::JoinHandle;

/// One HTTP request the bot sent to the stand-in.
#[derive(Clone, Debug)]
pub struct Recorded {
    /// "GET", "POST", ...
    pub method: String,
    /// The full path, e.g. "/api/v10/channels/5000/messages".
    pub path: String,
    /// The query string without '?', if any.
    pub query: Option<String>,
    /// The JSON body; `Null` if there was none. A body that is not JSON (e.g. a multipart
    /// upload) is kept as a JSON string of its text.
    pub body: Value,
    /// The status the stand-in answered, so a test can tell an accepted reply (2xx) from one
    /// Discord would have refused.
    pub status: u16,
    /// The JSON the stand-in answered (e.g. the created message with its id); `Null` for 204.
    pub response: Value,
    /// When it arrived.
    pub at: Instant,
}

impl Recorded {
    /// Whether this is `method` on `pattern`, a path relative to `/api/v10` in which `*`
    /// stands for any one segment: `r.matches("POST", "/channels/*/messages")`.
    pub fn matches(&self, method: &str, pattern: &str) -> bool {
        let path = self.path.strip_prefix("/api/v10").unwrap_or(&self.path);
        let mut actual = path.trim_matches('/').split('/');
        let mut wanted = pattern.trim_matches('/').split('/');
        self.method.eq_ignore_ascii_case(method)
            && loop {
                match (actual.next(), wanted.next()) {
                    (None, None) => break true,
                    (Some(a), Some(w)) if w == "*" || w == a => {}
                    _ => break false,
                }
            }
    }
}

impl fmt::Display for Recorded {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.method, self.path)?;
        if let Some(query) = &self.query {
            write!(f, "?{query}")?;
        }
        write!(f, " -> {}", self.status)?;
        if !self.body.is_null() {
            write!(f, " {}", truncate(&self.body.to_string(), 300))?;
        }
        Ok(())
    }
}

/// One gateway frame the bot sent (Identify, Heartbeat, Resume, presence updates, ...).
#[derive(Clone, Debug)]
pub struct GatewayFrame {
    /// Which WebSocket connection it came on; numbered from 1 in order of connection, so a
    /// reconnect shows as a new number.
    pub connection: u64,
    /// The frame's `op`, if it was JSON with one.
    pub op: Option<u64>,
    /// The whole frame; a frame that is not JSON is kept as a JSON string of its text.
    pub payload: Value,
    /// When it arrived.
    pub at: Instant,
}

impl fmt::Display for GatewayFrame {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let payload = truncate(&self.payload.to_string(), 200);
        write!(f, "[conn {}] {payload}", self.connection)
    }
}

/// Everything the servers share with the test, behind one lock so that sequence numbers,
/// queues and records always agree. The lock is only ever held for short, synchronous work.
#[derive(Default)]
struct State {
    requests: Vec<Recorded>,
    frames: Vec<GatewayFrame>,
    gateway: gateway::GatewayState,
    rest: rest::RestState,
}

struct Shared {
    state: Mutex<State>,
    /// Bumped after every change, so waiters re-check instead of polling on a timer.
    changed: watch::Sender<u64>,
    ws_url: String,
}

impl Shared {
    /// Locks the state. A panic elsewhere while holding the lock must not take the servers
    /// down with it, so poisoning is ignored.
    fn lock(&self) -> MutexGuard<'_, State> {
        self.state.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Runs `f` on the state, then wakes every waiter.
    fn update<R>(&self, f: impl FnOnce(&mut State) -> R) -> R {
        let result = f(&mut self.lock());
        self.changed.send_modify(|n| *n = n.wrapping_add(1));
        result
    }

    /// Re-runs `check` on a fresh `snapshot` of the state after every change, until it returns
    /// `Some` or `timeout` passes. The check runs outside the lock, so a test's predicate may
    /// do anything (even call back into the stand-in, or panic) without blocking the servers.
    async fn wait_until<S, T>(
        &self,
        timeout: Duration,
        snapshot: impl Fn(&State) -> S,
        mut check: impl FnMut(S) -> Option<T>,
    ) -> Option<T> {
        let deadline = tokio::time::Instant::now() + timeout;
        // Subscribing before the first check means a change between the check and the wait
        // still wakes us.
        let mut changes = self.changed.subscribe();
        loop {
            let current = snapshot(&self.lock());
            if let Some(found) = check(current) {
                return Some(found);
            }
            match tokio::time::timeout_at(deadline, changes.changed()).await {
                Ok(Ok(())) => {}
                Ok(Err(_)) | Err(_) => return None,
            }
        }
    }
}

/// A running stand-in Discord. Dropping it stops both servers.
pub struct StandIn {
    shared: Arc<Shared>,
    rest_addr: SocketAddr,
    tasks: Vec<JoinHandle<()>>,
}

impl StandIn {
    /// Binds REST and the gateway on 127.0.0.1 ephemeral ports and starts serving.
    ///
    /// Start it before building the client: serenity fetches the gateway URL while
    /// `ClientBuilder` is awaited, not in `Client::start`, and silently falls back to the real
    /// Discord if that fetch fails.
    ///
    /// # Panics
    /// If a loopback port cannot be bound (nothing a test could recover from).
    pub async fn start() -> StandIn {
        let rest_listener = TcpListener::bind("127.0.0.1:0").await.expect("stand-in: bind REST port on 127.0.0.1");
        let ws_listener = TcpListener::bind("127.0.0.1:0").await.expect("stand-in: bind gateway port on 127.0.0.1");
        let rest_addr = rest_listener.local_addr().expect("stand-in: REST local address");
        let ws_addr = ws_listener.local_addr().expect("stand-in: gateway local address");
        let shared = Arc::new(Shared {
            state: Mutex::new(State::default()),
            changed: watch::channel(0).0,
            ws_url: format!("ws://{ws_addr}"),
        });
        let tasks = vec![
            tokio::spawn(rest::serve(rest_listener, Arc::clone(&shared))),
            tokio::spawn(gateway::serve(ws_listener, Arc::clone(&shared))),
        ];
        StandIn { shared, rest_addr, tasks }
    }

    /// Makes `GET /gateway/bot` recommend `shards` shards (1 by default), for autosharding.
    pub fn recommend_shards(&self, shards: u32) {
        self.shared.update(|state| state.rest.recommended_shards = shards);
    }

    /// The shards the bot identified, `[id, total]` each, in the order they identified.
    pub fn identified_shards(&self) -> Vec<[u64; 2]> {
        let frames = self.gateway_frames();
        frames
            .iter()
            .filter(|f| f.op == Some(2))
            .map(|f| {
                let shard = &f.payload["d"]["shard"];
                [shard[0].as_u64().unwrap_or(0), shard[1].as_u64().unwrap_or(1)]
            })
            .collect()
    }

    /// "http://127.0.0.1:PORT": what to give `HttpBuilder::proxy`.
    pub fn proxy_url(&self) -> String {
        format!("http://{}", self.rest_addr)
    }

    /// "ws://127.0.0.1:PORT", the URL `GET /api/v10/gateway` hands out.
    pub fn gateway_url(&self) -> String {
        self.shared.ws_url.clone()
    }

    /// A serenity `Http` pointed at the stand-in.
    ///
    /// `ratelimiter_disabled(true)` is not optional: serenity's rate limiter builds requests
    /// without the proxy, so with it on, REST would go to the real discord.com.
    pub fn http(&self) -> serenity::http::Http {
        serenity::http::HttpBuilder::new("stand-in-token").proxy(self.proxy_url()).ratelimiter_disabled(true).build()
    }

    /// Sends the dispatch `event` (e.g. "MESSAGE_CREATE") with `data` as its `d` to the
    /// connected bot, with the next sequence number. If no bot is connected (not yet, or gone
    /// after [`Self::request_reconnect`]), it is queued and delivered, in order, right after the
    /// next READY or RESUMED.
    ///
    /// # Panics
    /// If serenity would not understand the event: an unknown name, or `data` missing a field.
    /// serenity itself drops such an event silently (as `Event::Unknown`), which would leave the
    /// test waiting for an answer that can never come. Use [`Self::send_raw`] to send one on
    /// purpose.
    pub async fn dispatch(&self, event: &str, data: Value) {
        if let Err(why) = check_dispatch(event, &data) {
            panic!("stand-in: dispatch {event}: {why}");
        }
        self.shared.update(|state| gateway::dispatch(state, event, data));
    }

    /// Sends `text` as-is in a Text frame to the bot's connection (the one that identified or
    /// resumed last, else the newest open one): for testing malformed payloads. It takes no
    /// sequence number and is never queued or replayed.
    pub fn send_raw(&self, text: impl Into<String>) -> Result<(), String> {
        let text = text.into();
        self.shared.update(|state| gateway::send_raw(&mut state.gateway, text))
    }

    /// Sends op 7 (Reconnect) and closes the bot's connection, as Discord does before
    /// maintenance. serenity answers by reconnecting and sending Resume (op 6); dispatches made
    /// in between are queued and arrive after RESUMED. Returns as soon as the frames are
    /// queued; wait for `op == Some(6)` with [`Self::wait_for_gateway`] to know the bot is back.
    pub async fn request_reconnect(&self) -> Result<(), String> {
        self.shared.update(|state| gateway::request_reconnect(&mut state.gateway))
    }

    /// Waits until the bot has identified (op 2; READY is sent in the same step) and returns
    /// the Identify's `d` (token, intents, properties). Resolves at once if it already has.
    ///
    /// For poise, follow with `wait_for_request(|r| r.matches("PUT", "/applications/*/commands"),
    /// ..)`: poise holds every event until its setup (command registration) is done.
    pub async fn wait_ready(&self, timeout: Duration) -> Result<Value, String> {
        self.wait_for_gateway(|frame| frame.op == Some(2), timeout)
            .await
            .map(|identify| identify.payload["d"].clone())
            .map_err(|why| format!("the bot never identified: {why}"))
    }

    /// A snapshot of every request recorded so far (since the last [`Self::clear_requests`]),
    /// oldest first.
    pub fn requests(&self) -> Vec<Recorded> {
        self.shared.lock().requests.clone()
    }

    /// Forgets the recorded requests, so later waits only see what comes after.
    pub fn clear_requests(&self) {
        self.shared.update(|state| state.requests.clear());
    }

    /// Waits for the first recorded request (oldest first, including ones already recorded)
    /// that satisfies `pred`. On timeout the error lists every request that did arrive.
    pub async fn wait_for_request(
        &self,
        pred: impl Fn(&Recorded) -> bool,
        timeout: Duration,
    ) -> Result<Recorded, String> {
        let requests = |state: &State| state.requests.clone();
        let mut last = Vec::new();
        let found = self
            .shared
            .wait_until(timeout, requests, |current| {
                let found = current.iter().find(|r| pred(r)).cloned();
                last = current;
                found
            })
            .await;
        found.ok_or_else(|| format!("no matching request within {timeout:?}; received {}", listing(&last)))
    }

    /// Checks that no request satisfying `pred` arrives within `window` (nor already has).
    ///
    /// Proving that something does *not* happen needs a fixed wait; keep `window` short and
    /// prefer waiting for a positive sign wherever the bot gives one.
    pub async fn expect_no_request(&self, pred: impl Fn(&Recorded) -> bool, window: Duration) -> Result<(), String> {
        let requests = |state: &State| state.requests.clone();
        let found = self.shared.wait_until(window, requests, |current| current.into_iter().find(|r| pred(r))).await;
        match found {
            None => Ok(()),
            Some(request) => Err(format!("unexpected request: {request}")),
        }
    }

    /// A snapshot of every gateway frame the bot has sent, oldest first.
    pub fn gateway_frames(&self) -> Vec<GatewayFrame> {
        self.shared.lock().frames.clone()
    }

    /// Waits for the first gateway frame from the bot (including ones already received) that
    /// satisfies `pred`, e.g. `|f| f.op == Some(6)` for a Resume. On timeout the error lists
    /// every frame that did arrive.
    pub async fn wait_for_gateway(
        &self,
        pred: impl Fn(&GatewayFrame) -> bool,
        timeout: Duration,
    ) -> Result<GatewayFrame, String> {
        let frames = |state: &State| state.frames.clone();
        let mut last = Vec::new();
        let found = self
            .shared
            .wait_until(timeout, frames, |current| {
                let found = current.iter().find(|f| pred(f)).cloned();
                last = current;
                found
            })
            .await;
        found.ok_or_else(|| format!("no matching gateway frame within {timeout:?}; received {}", listing(&last)))
    }
}

impl Drop for StandIn {
    fn drop(&mut self) {
        for task in &self.tasks {
            task.abort();
        }
    }
}

/// Whether serenity 0.12.5 would turn this dispatch into a known `Event`.
///
/// serenity's `Event` enum falls back to `Event::Unknown` when the data does not fit, which
/// hides *why*; so for the events the tests use most, the data is also deserialized into the
/// concrete type to get serde's message naming the missing field.
fn check_dispatch(event: &str, data: &Value) -> Result<(), String> {
    use serenity::model::application::Interaction;
    use serenity::model::channel::Message;
    use serenity::model::event::{Event, GatewayEvent};
    use serenity::model::gateway::Ready;

    let frame = json!({ "op": 0, "s": 1, "t": event, "d": data });
    match serde_json::from_value::<GatewayEvent>(frame) {
        Ok(GatewayEvent::Dispatch(_, Event::Unknown(_))) => {
            let detail = match event {
                "MESSAGE_CREATE" => serde_json::from_value::<Message>(data.clone()).err(),
                "INTERACTION_CREATE" => serde_json::from_value::<Interaction>(data.clone()).err(),
                "READY" => serde_json::from_value::<Ready>(data.clone()).err(),
                _ => None,
            };
            Err(match detail {
                Some(why) => format!("serenity would drop it as Event::Unknown: {why}"),
                None => "serenity would drop it as Event::Unknown (unknown event name or \
                         data it cannot read); use send_raw to send it on purpose"
                    .to_owned(),
            })
        }
        Ok(_) => Ok(()),
        Err(why) => Err(format!("not a valid gateway dispatch: {why}")),
    }
}

fn listing<T: fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        return "nothing".to_owned();
    }
    let lines: Vec<String> = items.iter().map(|item| format!("\n  {item}")).collect();
    format!("{}:{}", items.len(), lines.concat())
}

fn truncate(text: &str, max_chars: usize) -> String {
    match text.char_indices().nth(max_chars) {
        Some((cut, _)) => format!("{}…", &text[..cut]),
        None => text.to_owned(),
    }
}
