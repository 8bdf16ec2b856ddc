//! The stand-in's gateway: a plain `ws://` WebSocket server speaking Discord's gateway
//! protocol (v10, JSON in Text frames, no compression) closely enough for serenity 0.12.5.
//!
//! It speaks the sharded gateway too: each Identify names its shard (`shard: [id, total]`),
//! each shard has a session of its own, and a server's events go to shard
//! `(guild_id >> 22) % total` (everything else to shard 0), as on Discord. An event whose shard
//! is not connected waits in the queue until that shard identifies or resumes.
//!
//! Each connection gets a writer task fed by an unbounded channel. Everything that decides
//! what to send (sequence numbers, the queue, replay) runs under the shared state lock and only
//! pushes into that channel, so frames leave in exactly the order their sequence numbers were
//! given out, whoever sends them (the test, or the reader answering the bot).

use std::collections::{HashMap, VecDeque};
use std::sync::Arc;
use std::time::Instant;

use futures::{SinkExt, StreamExt};
use serde_json::{json, Value};
use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc::{self, UnboundedSender};
use tokio::task::JoinSet;
use tokio_tungstenite::tungstenite::protocol::frame::coding::CloseCode;
use tokio_tungstenite::tungstenite::protocol::CloseFrame;
use tokio_tungstenite::tungstenite::Message;

use super::{GatewayFrame, Shared, State};
use crate::support::fixtures;

/// What Discord sends in Hello. serenity heartbeats once right away and then at this interval,
/// so tests (a few seconds each) see one heartbeat per connection.
const HEARTBEAT_INTERVAL_MS: u64 = 41_250;

/// Close code sent after op 7. 4000 ("unknown error, reconnect") makes serenity resume, if it
/// ever reads the close rather than acting on op 7 first.
const RECONNECT_CLOSE_CODE: u16 = 4000;

/// The gateway's share of the state.
#[derive(Default)]
pub(super) struct GatewayState {
    /// Writers of the open connections, by connection number.
    open: HashMap<u64, UnboundedSender<Message>>,
    last_connection: u64,
    /// Each shard's session and the connection it is live on (`None` while it is away), by
    /// shard id.
    shards: HashMap<u32, Shard>,
    /// The shard count the bot identified with (1 until it says otherwise).
    total: u32,
    sessions_started: u64,
    /// Dispatches whose shard was not live, oldest first.
    queued: VecDeque<(String, Value)>,
}

/// One shard's session, and where it is live.
struct Shard {
    live: Option<u64>,
    session: Session,
}

/// A gateway session, as Discord keeps one: the sequence counter and the dispatches sent in it,
/// so a Resume can replay what the bot missed.
struct Session {
    id: String,
    seq: u64,
    sent: Vec<(u64, String)>,
}

/// Accepts WebSocket connections until the task is aborted; aborting also ends every
/// connection, since they live in the `JoinSet`.
pub(super) async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    let mut connections = JoinSet::new();
    loop {
        tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => {
                    connections.spawn(connection(stream, Arc::clone(&shared)));
                }
                Err(why) => eprintln!("stand-in gateway: accept failed: {why}"),
            },
            Some(_) = connections.join_next(), if !connections.is_empty() => {}
        }
    }
}

async fn connection(stream: TcpStream, shared: Arc<Shared>) {
    let socket = match tokio_tungstenite::accept_async(stream).await {
        Ok(socket) => socket,
        Err(why) => {
            eprintln!("stand-in gateway: WebSocket handshake failed: {why}");
            return;
        }
    };
    let (mut sink, mut stream) = socket.split();
    let (tx, mut rx) = mpsc::unbounded_channel();
    let id = shared.update(|state| open(&mut state.gateway, tx));

    let writer = async move {
        while let Some(message) = rx.recv().await {
            let closing = matches!(message, Message::Close(_));
            if sink.send(message).await.is_err() || closing {
                break;
            }
        }
    };
    // Reading also flushes tungstenite's automatic replies (pong, the close handshake), so it
    // goes on until the peer is gone, even after we sent our Close.
    let reader = async {
        while let Some(Ok(message)) = stream.next().await {
            match message {
                Message::Text(text) => {
                    shared.update(|state| on_text(state, &shared.ws_url, id, &text));
                }
                Message::Binary(bytes) => shared.update(|state| {
                    let payload = json!(format!("<binary frame, {} bytes>", bytes.len()));
                    record(state, id, None, payload);
                }),
                _ => {}
            }
        }
        // Dropping its sender ends the writer too.
        shared.update(|state| closed(&mut state.gateway, id));
    };
    tokio::join!(writer, reader);
}

fn open(gateway: &mut GatewayState, tx: UnboundedSender<Message>) -> u64 {
    gateway.last_connection += 1;
    let id = gateway.last_connection;
    let hello = json!({ "op": 10, "d": { "heartbeat_interval": HEARTBEAT_INTERVAL_MS } });
    let _ = tx.send(Message::Text(hello.to_string()));
    gateway.open.insert(id, tx);
    id
}

fn closed(gateway: &mut GatewayState, id: u64) {
    gateway.open.remove(&id);
    for shard in gateway.shards.values_mut().filter(|s| s.live == Some(id)) {
        shard.live = None;
    }
}

fn record(state: &mut State, connection: u64, op: Option<u64>, payload: Value) {
    state.frames.push(GatewayFrame { connection, op, payload, at: Instant::now() });
}

/// Handles one Text frame from the bot. Anything that is not a known op is only recorded.
fn on_text(state: &mut State, ws_url: &str, connection: u64, text: &str) {
    let payload: Value = serde_json::from_str(text).unwrap_or_else(|_| json!(text));
    let op = payload.get("op").and_then(Value::as_u64);
    let d = payload.get("d").cloned().unwrap_or(Value::Null);
    record(state, connection, op, payload);
    match op {
        Some(1) => send(&state.gateway, connection, json!({ "op": 11 }).to_string()),
        Some(2) => identify(state, ws_url, connection, &d),
        Some(6) => resume(state, connection, &d),
        _ => {}
    }
}

/// Identify: a new session for the shard it names, READY, then whatever was queued for it.
fn identify(state: &mut State, ws_url: &str, connection: u64, d: &Value) {
    let shard = d.get("shard").and_then(Value::as_array);
    let number = |i: usize| shard.and_then(|s| s.get(i)).and_then(Value::as_u64).map(|n| n as u32);
    let (id, total) = (number(0).unwrap_or(0), number(1).unwrap_or(1).max(1));
    let gateway = &mut state.gateway;
    gateway.total = total;
    gateway.sessions_started += 1;
    let session_id = format!("stand-in-session-{}", gateway.sessions_started);
    let ready = fixtures::ready_on_shard(&session_id, ws_url, [id, total]);
    let session = Session { id: session_id, seq: 0, sent: Vec::new() };
    gateway.shards.insert(id, Shard { live: Some(connection), session });
    deliver(state, id, "READY", ready);
    flush_queue(state);
}

/// Resume: if it names a shard's current session, replay what the bot missed (sequence numbers
/// past the one it reports), then RESUMED, then whatever was queued. Otherwise op 9 (invalid
/// session, not resumable), after which serenity identifies afresh.
fn resume(state: &mut State, connection: u64, d: &Value) {
    let session_id = d.get("session_id").and_then(Value::as_str);
    let last_seen = d.get("seq").and_then(Value::as_u64).unwrap_or(0);
    let gateway = &mut state.gateway;
    let found = gateway.shards.iter_mut().find(|(_, s)| Some(s.session.id.as_str()) == session_id);
    let Some((&id, shard)) = found else {
        send(gateway, connection, json!({ "op": 9, "d": false }).to_string());
        return;
    };
    shard.live = Some(connection);
    let missed: Vec<String> =
        shard.session.sent.iter().filter(|(seq, _)| *seq > last_seen).map(|(_, frame)| frame.clone()).collect();
    for frame in missed {
        send(gateway, connection, frame);
    }
    deliver(state, id, "RESUMED", json!({}));
    flush_queue(state);
}

/// The shard an event goes to: its server's, `(guild_id >> 22) % total`; shard 0 without one.
fn shard_of(data: &Value, total: u32) -> u32 {
    let guild =
        data.get("guild_id").and_then(|g| g.as_str().and_then(|s| s.parse::<u64>().ok()).or_else(|| g.as_u64()));
    guild.map_or(0, |g| ((g >> 22) % u64::from(total.max(1))) as u32)
}

/// A dispatch from the test: to its shard's live connection, or into the queue.
pub(super) fn dispatch(state: &mut State, event: &str, data: Value) {
    let shard = shard_of(&data, state.gateway.total);
    if live(&state.gateway, shard).is_some() {
        deliver(state, shard, event, data);
    } else {
        state.gateway.queued.push_back((event.to_owned(), data));
    }
}

fn live(gateway: &GatewayState, shard: u32) -> Option<u64> {
    gateway.shards.get(&shard).and_then(|s| s.live)
}

/// Delivers, in order, the queued events whose shard is live now; the others stay queued.
fn flush_queue(state: &mut State) {
    let queued = std::mem::take(&mut state.gateway.queued);
    for (event, data) in queued {
        let shard = shard_of(&data, state.gateway.total);
        if live(&state.gateway, shard).is_some() {
            deliver(state, shard, &event, data);
        } else {
            state.gateway.queued.push_back((event, data));
        }
    }
}

/// Sends a dispatch on `shard` with its session's next sequence number and keeps it for replay.
/// An INTERACTION_CREATE is also noted on the REST side, which enforces the 3-second response
/// rule from this moment and answers follow-ups in the interaction's channel.
fn deliver(state: &mut State, shard: u32, event: &str, data: Value) {
    let gateway = &mut state.gateway;
    let Some(Shard { live: Some(connection), session }) = gateway.shards.get_mut(&shard) else {
        // Only reachable if the shard went away in between; queue rather than lose the event.
        gateway.queued.push_back((event.to_owned(), data));
        return;
    };
    let connection = *connection;
    session.seq += 1;
    let seq = session.seq;
    if event == "INTERACTION_CREATE" {
        state.rest.interaction_delivered(&data);
    }
    let frame = json!({ "op": 0, "s": seq, "t": event, "d": data }).to_string();
    session.sent.push((seq, frame.clone()));
    send(gateway, connection, frame);
}

/// Queues a Text frame on a connection's writer. A connection that has just gone away is
/// ignored: its dispatches stay in the session for replay.
fn send(gateway: &GatewayState, connection: u64, frame: String) {
    if let Some(tx) = gateway.open.get(&connection) {
        let _ = tx.send(Message::Text(frame));
    }
}

pub(super) fn send_raw(gateway: &mut GatewayState, text: String) -> Result<(), String> {
    let target = live(gateway, 0)
        .or_else(|| gateway.open.keys().max().copied())
        .ok_or("send_raw: no bot is connected to the stand-in gateway")?;
    send(gateway, target, text);
    Ok(())
}

/// Sends op 7 and closes the connection of every live shard.
pub(super) fn request_reconnect(gateway: &mut GatewayState) -> Result<(), String> {
    let connections: Vec<u64> = gateway.shards.values_mut().filter_map(|s| s.live.take()).collect();
    if connections.is_empty() {
        return Err("request_reconnect: no bot is connected (it has not identified or resumed)".into());
    }
    for connection in connections {
        send(gateway, connection, json!({ "op": 7, "d": null }).to_string());
        if let Some(tx) = gateway.open.get(&connection) {
            let _ = tx.send(Message::Close(Some(CloseFrame {
                code: CloseCode::from(RECONNECT_CLOSE_CODE),
                reason: "reconnect requested".into(),
            })));
        }
    }
    Ok(())
}
