//! The stand-in's REST API: one axum fallback handler that records every request and routes it
//! by hand on (method, path segments).
//!
//! Routing by hand rather than with axum's typed extractors means no request can be turned away
//! before it is recorded (a wrong content type or an odd path still shows up in
//! `requests()`), and the routes read like Discord's own route table.
//!
//! Where a real Discord refuses a request, the stand-in answers with Discord's error, so the
//! bot meets the same failure it would in production and the test sees `status` in the record:
//! - an interaction gets one initial response (else 400, code 40060), within 3 seconds of its
//!   INTERACTION_CREATE reaching the bot (else 404, code 10062);
//! - follow-ups only after that response (else 404 Unknown Webhook, 10015);
//! - message content of at most 2000 characters, and no empty message (400, 50035 / 50006);
//! - autocomplete answers: at most 25 choices, names of at most 100 characters (400, 50035);
//! - components: at most 5 action rows of at most 5 buttons, a label of at most 80 characters,
//!   a custom_id of 1 to 100 characters unique in its message, a url instead for a link button
//!   (400, 50035);
//! - UPDATE_MESSAGE (7) and DEFERRED_UPDATE_MESSAGE (6) only answer a component interaction
//!   (400, 50035); 7 edits the clicked message;
//! - editing, fetching or deleting a message it does not know: 404 Unknown Message (10008).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Bytes;
use axum::extract::{DefaultBodyLimit, State as AxumState};
use axum::http::{Method, StatusCode, Uri};
use axum::response::{IntoResponse, Response};
use axum::{Json, Router};
use serde_json::{json, Value};
use tokio::net::TcpListener;

use super::{Recorded, Shared, State};
use crate::support::fixtures::{self, error_body, invalid_form_body};

/// Discord's limit for the first response to an interaction.
const RESPONSE_DEADLINE: Duration = Duration::from_secs(3);
/// Discord's limit for message content, in characters.
const MAX_CONTENT_CHARS: usize = 2000;
/// Discord's limits for an autocomplete answer.
const MAX_CHOICES: usize = 25;
const MAX_CHOICE_NAME_CHARS: usize = 100;
/// The LOADING message flag Discord sets on a deferred response ("bot is thinking...").
const FLAG_LOADING: u64 = 1 << 7;
/// The EPHEMERAL message flag: only the user who interacted sees it.
const FLAG_EPHEMERAL: u64 = 1 << 6;
/// Discord's limits for message components.
const MAX_ROWS: usize = 5;
const MAX_BUTTONS_PER_ROW: usize = 5;
const MAX_LABEL_CHARS: usize = 80;
const MAX_CUSTOM_ID_CHARS: usize = 100;

/// The REST side's share of the state.
#[derive(Default)]
pub(super) struct RestState {
    /// Interactions by token.
    interactions: HashMap<String, InteractionInfo>,
    /// Messages the bot wrote, by "{token}/{id}" (interaction webhook) or "{channel}/{id}".
    messages: HashMap<String, Value>,
    /// "{channel}/{id}" of a public interaction response, to its "{token}/{id}": in the channel
    /// it is a message like any other, which the bot may edit by the channel's route.
    aliases: HashMap<String, String>,
    /// The last registered command list, by "global" or guild id.
    commands: HashMap<String, Value>,
    /// The shard count `GET /gateway/bot` recommends (0 stands for 1).
    pub(super) recommended_shards: u32,
}

struct InteractionInfo {
    channel_id: String,
    /// The interaction's type: 2 a command, 3 a component click, 4 autocomplete.
    kind: u64,
    /// For a click, the key of the clicked message (if the stand-in stored it).
    clicked: Option<String>,
    /// When its INTERACTION_CREATE was sent to the bot; `None` for an interaction the stand-in
    /// did not deliver (e.g. one sent with `send_raw`), to which the deadline does not apply.
    delivered_at: Option<Instant>,
    responded: bool,
    /// Id of the original response message ("@original"), once there is one.
    original: Option<String>,
}

impl InteractionInfo {
    fn new(channel_id: String, delivered_at: Option<Instant>) -> Self {
        Self { channel_id, kind: 2, clicked: None, delivered_at, responded: false, original: None }
    }
}

impl RestState {
    /// Notes an INTERACTION_CREATE as it is sent to the bot.
    pub(super) fn interaction_delivered(&mut self, data: &Value) {
        let field = |key: &str| data.get(key).and_then(Value::as_str).map(str::to_owned);
        if let Some(token) = field("token") {
            let channel_id = field("channel_id").unwrap_or_else(|| fixtures::DEFAULT_CHANNEL_ID.to_owned());
            let mut info = InteractionInfo::new(channel_id.clone(), Some(Instant::now()));
            info.kind = data.get("type").and_then(Value::as_u64).unwrap_or(2);
            let clicked = data.pointer("/message/id").and_then(Value::as_str);
            info.clicked = clicked.map(|id| format!("{channel_id}/{id}"));
            self.interactions.insert(token, info);
        }
    }
}

type Answer = (StatusCode, Option<Value>);

pub(super) async fn serve(listener: TcpListener, shared: Arc<Shared>) {
    let app = Router::new()
        .fallback(handle)
        // Record bodies of any size rather than refuse them before they are seen.
        .layer(DefaultBodyLimit::disable())
        .with_state(shared);
    if let Err(why) = axum::serve(listener, app).await {
        eprintln!("stand-in REST: server stopped: {why}");
    }
}

async fn handle(AxumState(shared): AxumState<Arc<Shared>>, method: Method, uri: Uri, body: Bytes) -> Response {
    let at = Instant::now();
    let body = if body.is_empty() {
        Value::Null
    } else {
        serde_json::from_slice(&body).unwrap_or_else(|_| Value::String(String::from_utf8_lossy(&body).into_owned()))
    };
    let path = uri.path().to_owned();
    let (status, reply) = shared.update(|state| {
        let answer = route(state, &shared.ws_url, method.as_str(), &path, &body, at);
        state.requests.push(Recorded {
            method: method.as_str().to_owned(),
            path: path.clone(),
            query: uri.query().map(str::to_owned),
            body: body.clone(),
            status: answer.0.as_u16(),
            response: answer.1.clone().unwrap_or(Value::Null),
            at,
        });
        answer
    });
    match reply {
        Some(json) => (status, Json(json)).into_response(),
        None => status.into_response(),
    }
}

fn route(state: &mut State, ws_url: &str, method: &str, path: &str, body: &Value, at: Instant) -> Answer {
    let Some(route) = path.strip_prefix("/api/v10/") else {
        return not_found();
    };
    let segments: Vec<&str> = route.trim_end_matches('/').split('/').collect();
    let rest = &mut state.rest;
    match (method, segments.as_slice()) {
        ("GET", ["gateway"]) => ok(json!({ "url": ws_url })),
        ("GET", ["gateway", "bot"]) => ok(fixtures::gateway_bot_recommending(ws_url, rest.recommended_shards.max(1))),
        ("GET", ["oauth2", "applications", "@me"]) => ok(fixtures::application_info()),
        ("GET", ["users", "@me"]) => ok(fixtures::bot_user()),

        ("PUT", ["applications", _, "commands"]) => rest.set_commands("global", body, None),
        ("PUT", ["applications", _, "guilds", guild, "commands"]) => rest.set_commands(guild, body, Some(guild)),
        ("GET", ["applications", _, "commands"]) => rest.commands("global"),
        ("GET", ["applications", _, "guilds", guild, "commands"]) => rest.commands(guild),

        ("POST", ["interactions", _, token, "callback"]) => rest.callback(token, body, at),
        ("POST", ["webhooks", _, token]) => rest.follow_up(token, body),
        ("GET", ["webhooks", _, token, "messages", id]) => rest.get(&rest.webhook_key(token, id)),
        ("PATCH", ["webhooks", _, token, "messages", id]) => rest.edit(&rest.webhook_key(token, id), body),
        ("DELETE", ["webhooks", _, token, "messages", id]) => rest.delete(&rest.webhook_key(token, id)),

        ("POST", ["channels", channel, "messages"]) => rest.create_message(channel, body),
        ("PATCH", ["channels", channel, "messages", id]) => {
            let key = rest.resolve(&format!("{channel}/{id}"));
            rest.edit(&key, body)
        }
        ("GET", ["channels", channel, "messages", id]) => rest.get(&rest.resolve(&format!("{channel}/{id}"))),
        // Bots may delete other people's messages, which the stand-in never stored.
        ("DELETE", ["channels", channel, "messages", id]) => {
            rest.messages.remove(&format!("{channel}/{id}"));
            no_content()
        }
        ("POST", ["channels", _, "typing"]) | ("PUT", ["channels", _, "messages", _, "reactions", _, "@me"]) => {
            no_content()
        }

        _ => not_found(),
    }
}

impl RestState {
    fn set_commands(&mut self, key: &str, body: &Value, guild: Option<&str>) -> Answer {
        let registered = fixtures::registered_commands(body, guild);
        self.commands.insert(key.to_owned(), registered.clone());
        ok(registered)
    }

    fn commands(&self, key: &str) -> Answer {
        ok(self.commands.get(key).cloned().unwrap_or_else(|| json!([])))
    }

    /// `POST /interactions/{id}/{token}/callback`: the initial response.
    fn callback(&mut self, token: &str, body: &Value, at: Instant) -> Answer {
        let info = self
            .interactions
            .entry(token.to_owned())
            .or_insert_with(|| InteractionInfo::new(fixtures::DEFAULT_CHANNEL_ID.to_owned(), None));
        if info.responded {
            let message = "Interaction has already been acknowledged.";
            return (StatusCode::BAD_REQUEST, Some(error_body(message, 40060)));
        }
        if info.delivered_at.is_some_and(|delivered| at.duration_since(delivered) > RESPONSE_DEADLINE) {
            return (StatusCode::NOT_FOUND, Some(error_body("Unknown interaction", 10062)));
        }
        let data = body.get("data").cloned().unwrap_or(Value::Null);
        let original = match body.get("type").and_then(Value::as_u64) {
            // CHANNEL_MESSAGE_WITH_SOURCE
            Some(4) => {
                if let Some(refusal) = check_message(&data) {
                    return refusal;
                }
                Some(data)
            }
            // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE: a "thinking..." message to edit later.
            Some(5) => {
                let flags = data.get("flags").and_then(Value::as_u64).unwrap_or(0);
                Some(json!({ "flags": flags | FLAG_LOADING }))
            }
            // DEFERRED_UPDATE_MESSAGE and UPDATE_MESSAGE: for a click only.
            Some(kind @ (6 | 7)) => {
                if info.kind != 3 {
                    let refusal = invalid_form_body("type", "INTERACTION_TYPE_INVALID", "only for components");
                    return (StatusCode::BAD_REQUEST, Some(refusal));
                }
                if kind == 7 {
                    if let Some(refusal) = check_length(&data).or_else(|| check_components(&data)) {
                        return refusal;
                    }
                    let clicked = info.clicked.clone();
                    info.responded = true;
                    if let Some(key) = clicked.map(|k| self.resolve(&k)) {
                        if let Some(stored) = self.messages.get_mut(&key) {
                            *stored = fixtures::edited_message(stored, &data);
                        }
                    }
                    return no_content();
                }
                None
            }
            // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
            Some(8) => {
                if let Some(refusal) = check_choices(&data) {
                    return refusal;
                }
                None
            }
            _ => None,
        };
        info.responded = true;
        if let Some(sent) = original {
            let message = webhook_message(&info.channel_id, &sent);
            let id = message["id"].as_str().unwrap_or_default().to_owned();
            if flags(&message) & FLAG_EPHEMERAL == 0 {
                self.aliases.insert(format!("{}/{id}", info.channel_id), format!("{token}/{id}"));
            }
            self.messages.insert(format!("{token}/{id}"), message);
            info.original = Some(id);
        }
        no_content()
    }

    /// `POST /webhooks/{app}/{token}`: a follow-up message. As on Discord, the first follow-up
    /// after a deferred response (type 5) does not add a message: it fills in the "thinking..."
    /// original, keeping the ephemeral flag chosen when deferring.
    fn follow_up(&mut self, token: &str, body: &Value) -> Answer {
        let Some(info) = self.interactions.get(token).filter(|i| i.responded) else {
            return (StatusCode::NOT_FOUND, Some(error_body("Unknown Webhook", 10015)));
        };
        if let Some(refusal) = check_message(body) {
            return refusal;
        }
        let mut message = webhook_message(&info.channel_id, body);
        let thinking = info.original.as_ref().and_then(|id| {
            let key = format!("{token}/{id}");
            let original = self.messages.get(&key).filter(|m| is_loading(m))?;
            Some((key, flags(original)))
        });
        let key = match thinking {
            Some((key, original_flags)) => {
                message["id"] = json!(info.original);
                message["flags"] = json!(original_flags & !FLAG_LOADING);
                key
            }
            None => format!("{token}/{}", message["id"].as_str().unwrap_or_default()),
        };
        self.messages.insert(key, message.clone());
        ok(message)
    }

    /// The key of a webhook message; "@original" stands for the interaction's original response.
    fn webhook_key(&self, token: &str, id: &str) -> String {
        let original = self.interactions.get(token).and_then(|i| i.original.as_deref());
        match (id, original) {
            ("@original", Some(original)) => format!("{token}/{original}"),
            _ => format!("{token}/{id}"),
        }
    }

    /// `POST /channels/{id}/messages`.
    fn create_message(&mut self, channel: &str, body: &Value) -> Answer {
        if let Some(refusal) = check_message(body) {
            return refusal;
        }
        let message = fixtures::bot_message(channel, body);
        let id = message["id"].as_str().unwrap_or_default().to_owned();
        self.messages.insert(format!("{channel}/{id}"), message.clone());
        ok(message)
    }

    /// The key a message is stored under: an interaction response's own, for its channel key.
    fn resolve(&self, key: &str) -> String {
        self.aliases.get(key).cloned().unwrap_or_else(|| key.to_owned())
    }

    fn get(&self, key: &str) -> Answer {
        match self.messages.get(key) {
            Some(message) => ok(message.clone()),
            None => unknown_message(),
        }
    }

    fn edit(&mut self, key: &str, body: &Value) -> Answer {
        if let Some(refusal) = check_length(body) {
            return refusal;
        }
        match self.messages.get_mut(key) {
            Some(stored) => {
                // Editing a deferred response replaces the "thinking..." state.
                let mut edited = fixtures::edited_message(stored, body);
                edited["flags"] = json!(flags(&edited) & !FLAG_LOADING);
                *stored = edited;
                ok(stored.clone())
            }
            None => unknown_message(),
        }
    }

    fn delete(&mut self, key: &str) -> Answer {
        match self.messages.remove(key) {
            Some(_) => no_content(),
            None => unknown_message(),
        }
    }
}

fn flags(message: &Value) -> u64 {
    message.get("flags").and_then(Value::as_u64).unwrap_or(0)
}

fn is_loading(message: &Value) -> bool {
    flags(message) & FLAG_LOADING != 0
}

/// A message sent through the interaction webhook: the bot's message plus the webhook ids
/// Discord adds.
fn webhook_message(channel: &str, sent: &Value) -> Value {
    let mut message = fixtures::bot_message(channel, sent);
    message["webhook_id"] = json!(fixtures::APPLICATION_ID);
    message["application_id"] = json!(fixtures::APPLICATION_ID);
    message
}

/// Discord's checks on a new message: not too long, not empty. Bodies that are not a JSON
/// object (multipart uploads) are not checked.
fn check_message(body: &Value) -> Option<Answer> {
    if let Some(refusal) = check_length(body).or_else(|| check_components(body)) {
        return Some(refusal);
    }
    let object = body.as_object()?;
    let has = |key: &str| match object.get(key) {
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Null) | None => false,
        Some(_) => true,
    };
    let empty = !["content", "embeds", "components", "sticker_ids", "attachments", "poll"].into_iter().any(has);
    empty.then(|| {
        let message = "Cannot send an empty message";
        (StatusCode::BAD_REQUEST, Some(error_body(message, 50006)))
    })
}

fn check_length(body: &Value) -> Option<Answer> {
    let content = body.get("content").and_then(Value::as_str)?;
    (content.chars().count() > MAX_CONTENT_CHARS).then(|| {
        let message = format!("Must be {MAX_CONTENT_CHARS} or fewer in length.");
        let refusal = invalid_form_body("content", "BASE_TYPE_MAX_LENGTH", &message);
        (StatusCode::BAD_REQUEST, Some(refusal))
    })
}

/// Discord's limits on buttons: rows, buttons per row, labels, custom ids (present, short,
/// unique in the message) and link buttons (a url, no custom id).
fn check_components(body: &Value) -> Option<Answer> {
    let rows = body.get("components").and_then(Value::as_array)?;
    let refuse = |message: &str| {
        let refusal = invalid_form_body("components", "BASE_TYPE_BAD_LENGTH", message);
        Some((StatusCode::BAD_REQUEST, Some(refusal)))
    };
    if rows.len() > MAX_ROWS {
        return refuse("Must be 5 or fewer in length.");
    }
    let mut ids = Vec::new();
    for row in rows {
        let buttons = row.get("components").and_then(Value::as_array).map_or(&[][..], Vec::as_slice);
        if row.get("type").and_then(Value::as_u64) != Some(1) || buttons.is_empty() {
            return refuse("An action row (type 1) holds 1 to 5 components.");
        }
        if buttons.len() > MAX_BUTTONS_PER_ROW {
            return refuse("Must be 5 or fewer in length.");
        }
        for button in buttons {
            let text = |key: &str| button.get(key).and_then(Value::as_str);
            if text("label").is_some_and(|l| l.chars().count() > MAX_LABEL_CHARS) {
                return refuse("A label must be 80 or fewer in length.");
            }
            if text("label").is_none() && button.get("emoji").is_none() {
                return refuse("A button needs a label or an emoji.");
            }
            let link = button.get("style").and_then(Value::as_u64) == Some(5);
            match (link, text("custom_id"), text("url")) {
                (true, None, Some(_)) => {}
                (false, Some(id), None) if (1..=MAX_CUSTOM_ID_CHARS).contains(&id.chars().count()) => {
                    if ids.contains(&id) {
                        return refuse("custom_id must be unique in a message.");
                    }
                    ids.push(id);
                }
                _ => return refuse("A button has a custom_id of 1 to 100 characters, or (a link) a url."),
            }
        }
    }
    None
}

fn check_choices(data: &Value) -> Option<Answer> {
    let choices = data.get("choices").and_then(Value::as_array)?;
    let too_many = choices.len() > MAX_CHOICES;
    let too_long = choices.iter().any(|choice| {
        let name = choice.get("name").and_then(Value::as_str).unwrap_or_default();
        name.chars().count() > MAX_CHOICE_NAME_CHARS
    });
    let message = if too_many {
        format!("Must be {MAX_CHOICES} or fewer in length.")
    } else if too_long {
        format!("choice names must be {MAX_CHOICE_NAME_CHARS} or fewer in length.")
    } else {
        return None;
    };
    let refusal = invalid_form_body("choices", "BASE_TYPE_MAX_LENGTH", &message);
    Some((StatusCode::BAD_REQUEST, Some(refusal)))
}

fn ok(value: Value) -> Answer {
    (StatusCode::OK, Some(value))
}

fn no_content() -> Answer {
    (StatusCode::NO_CONTENT, None)
}

fn not_found() -> Answer {
    (StatusCode::NOT_FOUND, Some(error_body("404: Not Found", 0)))
}

fn unknown_message() -> Answer {
    (StatusCode::NOT_FOUND, Some(error_body("Unknown Message", 10008)))
}
