//! JSON payload builders for the stand-in Discord.
//!
//! Every builder returns a [`serde_json::Value`] shaped like what Discord sends over the gateway
//! (the `d` of a dispatch) or answers over REST. Each carries every field serenity 0.12.5
//! requires. That matters because serenity turns a dispatch it cannot deserialize into
//! `Event::Unknown` *without a word*: a missing field shows up only as a bot that never answers
//! and a test that times out. `tests/stand_in_fixtures.rs` deserializes the output of every
//! builder here with serenity's own model types so such a mistake fails loudly and by name.
//!
//! The values are plain JSON on purpose: a test that needs an unusual payload builds the usual
//! one and edits it (`v["data"]["resolved"] = json!({...})`) before dispatching it.
//!
//! Shapes follow discord/discord-api-docs (interactions/receiving-and-responding,
//! resources/message, topics/gateway-events).

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{json, Map, Value};

/// The bot's own user id, as READY and `GET /users/@me` report it.
pub const BOT_USER_ID: &str = "1000";
/// The bot's own username.
pub const BOT_USERNAME: &str = "citebot";
/// The application id. serenity takes it from READY and puts it in every follow-up and edit
/// path (`/webhooks/{APPLICATION_ID}/{token}`).
pub const APPLICATION_ID: &str = "2000";
/// The owner of the application (`GET /oauth2/applications/@me`), i.e. poise's default owner.
pub const OWNER_ID: &str = "3000";
/// Guild used when a builder is not told otherwise.
pub const DEFAULT_GUILD_ID: &str = "4000";
/// Channel used when a builder is not told otherwise.
pub const DEFAULT_CHANNEL_ID: &str = "5000";
/// Invoking user used when a builder is not told otherwise.
pub const DEFAULT_USER_ID: &str = "6000";
/// Username of [`DEFAULT_USER_ID`].
pub const DEFAULT_USERNAME: &str = "reader";

/// Permission bits (Discord's values), for [`SlashCommand::permissions`] and assertions.
pub mod perms {
    /// Administrator: implies every other permission.
    pub const ADMINISTRATOR: u64 = 1 << 3;
    /// Manage the guild (server settings).
    pub const MANAGE_GUILD: u64 = 1 << 5;
    /// Add reactions.
    pub const ADD_REACTIONS: u64 = 1 << 6;
    /// See the channel.
    pub const VIEW_CHANNEL: u64 = 1 << 10;
    /// Send messages.
    pub const SEND_MESSAGES: u64 = 1 << 11;
    /// Delete or pin other people's messages.
    pub const MANAGE_MESSAGES: u64 = 1 << 13;
    /// Embed links.
    pub const EMBED_LINKS: u64 = 1 << 14;
    /// Attach files.
    pub const ATTACH_FILES: u64 = 1 << 15;
    /// Read message history.
    pub const READ_MESSAGE_HISTORY: u64 = 1 << 16;
    /// Send messages in threads.
    pub const SEND_MESSAGES_IN_THREADS: u64 = 1 << 38;
    /// An ordinary member: can view the channel and send messages (3072).
    pub const MEMBER: u64 = VIEW_CHANNEL | SEND_MESSAGES;
    /// What the bot itself may do in the channel (`app_permissions`).
    pub const BOT: u64 = VIEW_CHANNEL
        | SEND_MESSAGES
        | EMBED_LINKS
        | ATTACH_FILES
        | READ_MESSAGE_HISTORY
        | ADD_REACTIONS
        | SEND_MESSAGES_IN_THREADS;
}

/// A fresh snowflake id, unique and increasing within the test process.
///
/// Built like Discord's (milliseconds since 2015-01-01 shifted left by 22) so serenity's
/// `created_at()` gives a sensible time, and never zero: serenity's ids are `NonZeroU64`, so an
/// id of "0" fails to deserialize.
pub fn snowflake() -> String {
    const DISCORD_EPOCH_MS: u64 = 1_420_070_400_000;
    static LAST: AtomicU64 = AtomicU64::new(0);
    let now_ms = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as u64);
    let candidate = now_ms.saturating_sub(DISCORD_EPOCH_MS) << 22;
    let next = |last: u64| candidate.max(last + 1);
    // `fetch_update` returns the previous value; applying `next` to it again gives the value
    // that was stored, without a window for another thread to take the same one.
    let previous =
        LAST.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |last| Some(next(last))).unwrap_or_else(|last| last);
    next(previous).to_string()
}

/// An RFC 3339 timestamp for now, as Discord writes them.
pub fn now() -> String {
    serenity::model::Timestamp::now().to_string()
}

/// A user object. `discriminator` is "0", as for every migrated Discord account.
pub fn user(id: &str, username: &str, bot: bool) -> Value {
    json!({
        "id": id,
        "username": username,
        "discriminator": "0",
        "global_name": null,
        "avatar": null,
        "bot": bot,
    })
}

/// The bot's own user, as READY and `GET /users/@me` carry it.
pub fn bot_user() -> Value {
    let mut user = user(BOT_USER_ID, BOT_USERNAME, true);
    user["verified"] = json!(true);
    user["mfa_enabled"] = json!(false);
    user["flags"] = json!(0);
    user
}

/// The `d` of a READY dispatch for a new gateway session.
///
/// `resume_gateway_url` is Discord's hint where to resume; serenity 0.12.5 ignores it and
/// resumes at the URL it first connected to, but a faithful value costs nothing.
pub fn ready(session_id: &str, resume_gateway_url: &str) -> Value {
    ready_on_shard(session_id, resume_gateway_url, [0, 1])
}

/// [`ready`] for shard `[id, total]` of a sharded bot.
pub fn ready_on_shard(session_id: &str, resume_gateway_url: &str, shard: [u32; 2]) -> Value {
    json!({
        "v": 10,
        "user": bot_user(),
        "guilds": [],
        "private_channels": [],
        "relationships": [],
        "session_id": session_id,
        "session_type": "normal",
        "resume_gateway_url": resume_gateway_url,
        "shard": shard,
        "application": { "id": APPLICATION_ID, "flags": 0 },
    })
}

/// `GET /gateway/bot`: the gateway URL plus the sharding advice serenity's autosharding reads.
pub fn gateway_bot(ws_url: &str) -> Value {
    gateway_bot_recommending(ws_url, 1)
}

/// [`gateway_bot`] recommending `shards` shards.
pub fn gateway_bot_recommending(ws_url: &str, shards: u32) -> Value {
    json!({
        "url": ws_url,
        "shards": shards,
        "session_start_limit": {
            "total": 1000,
            "remaining": 1000,
            "reset_after": 0,
            "max_concurrency": 1,
        },
    })
}

/// `GET /oauth2/applications/@me`: the application, owned by [`OWNER_ID`]. poise reads the
/// owner from here to fill `FrameworkOptions::owners` (unless `initialize_owners` is false).
pub fn application_info() -> Value {
    json!({
        "id": APPLICATION_ID,
        "name": BOT_USERNAME,
        "icon": null,
        "description": "",
        "summary": "",
        "rpc_origins": [],
        "bot_public": false,
        "bot_require_code_grant": false,
        "owner": user(OWNER_ID, "owner", false),
        "verify_key": "0000000000000000000000000000000000000000000000000000000000000000",
        "team": null,
        "flags": 0,
        "bot": bot_user(),
    })
}

/// The answer to `PUT /applications/{app}/commands` (and the per-guild variant): the commands
/// the bot sent, each completed with what Discord adds (`id`, `application_id`, `version`,
/// `guild_id` for guild commands, defaults for `type`/`description`/`nsfw`). Anything that is
/// not a list of objects yields an empty list rather than an error, so odd input never breaks
/// the stand-in.
pub fn registered_commands(sent: &Value, guild_id: Option<&str>) -> Value {
    let commands = sent.as_array().map(Vec::as_slice).unwrap_or_default();
    let registered = commands
        .iter()
        .filter_map(Value::as_object)
        .map(|command| {
            let mut command = command.clone();
            command.entry("id").or_insert_with(|| json!(snowflake()));
            command.insert("application_id".into(), json!(APPLICATION_ID));
            command.insert("version".into(), json!(snowflake()));
            command.entry("type").or_insert(json!(1));
            command.entry("description").or_insert(json!(""));
            command.entry("nsfw").or_insert(json!(false));
            command.entry("default_member_permissions").or_insert(Value::Null);
            if let Some(guild_id) = guild_id {
                command.insert("guild_id".into(), json!(guild_id));
            }
            Value::Object(command)
        })
        .collect();
    Value::Array(registered)
}

/// A message written by the bot, built from what it sent (`POST /channels/{id}/messages`, an
/// interaction response, a follow-up): the stand-in's answer to such a request.
///
/// Echoed from `sent`: `content`, `embeds`, `components`, `flags`, `tts` and
/// `message_reference` (completed with `channel_id` if the bot left it out, since serenity
/// requires it). `attachments` is always empty: the stand-in keeps no files, and the bot's
/// attachment stubs (`{"id":0,"filename":..}`) are not valid Attachment objects. A message with
/// a reference is of type 19 (REPLY), else 0 (DEFAULT), as Discord does.
pub fn bot_message(channel_id: &str, sent: &Value) -> Value {
    let echo = |key: &str, default: Value| sent.get(key).cloned().unwrap_or(default);
    let reference = sent.get("message_reference").and_then(Value::as_object).map(|reference| {
        let mut reference = reference.clone();
        reference.entry("channel_id").or_insert_with(|| json!(channel_id));
        Value::Object(reference)
    });
    json!({
        "id": snowflake(),
        "channel_id": channel_id,
        "author": bot_user(),
        "content": echo("content", json!("")),
        "timestamp": now(),
        "edited_timestamp": null,
        "tts": echo("tts", json!(false)),
        "mention_everyone": false,
        "mentions": [],
        "mention_roles": [],
        "attachments": [],
        "embeds": echo("embeds", json!([])),
        "components": echo("components", json!([])),
        "pinned": false,
        "type": if reference.is_some() { 19 } else { 0 },
        "flags": echo("flags", json!(0)),
        "message_reference": reference,
    })
}

/// Applies an edit (`PATCH .../messages/{id}`) to a stored message: the fields Discord lets an
/// edit change are replaced when present, and `edited_timestamp` is set.
pub fn edited_message(stored: &Value, edit: &Value) -> Value {
    let mut message = stored.clone();
    for key in ["content", "embeds", "components", "flags"] {
        if let Some(value) = edit.get(key) {
            message[key] = value.clone();
        }
    }
    message["edited_timestamp"] = json!(now());
    message
}

/// A command option with a value: `kind` is Discord's option type (3 string, 4 integer,
/// 5 boolean, 6 user, 7 channel, 8 role, 10 number).
pub fn option(name: &str, kind: u8, value: Value) -> Value {
    json!({ "name": name, "type": kind, "value": value })
}

/// A string option (type 3).
pub fn string_option(name: &str, value: &str) -> Value {
    option(name, 3, json!(value))
}

/// An integer option (type 4).
pub fn integer_option(name: &str, value: i64) -> Value {
    option(name, 4, json!(value))
}

/// A boolean option (type 5).
pub fn boolean_option(name: &str, value: bool) -> Value {
    option(name, 5, json!(value))
}

/// A subcommand (type 1) and the options given to it. Discord nests them:
/// `data.options = [{"name":"add","type":1,"options":[...]}]`.
pub fn subcommand(name: &str, options: Vec<Value>) -> Value {
    json!({ "name": name, "type": 1, "options": options })
}

/// A subcommand group (type 2) holding one [`subcommand`].
pub fn subcommand_group(name: &str, subcommand: Value) -> Value {
    json!({ "name": name, "type": 2, "options": [subcommand] })
}

/// Marks an option as the one being typed, for an autocomplete interaction. Discord sends the
/// partial input as a string whatever the option's type, so give it a string value.
pub fn focused(mut option: Value) -> Value {
    option["focused"] = json!(true);
    option
}

/// Builder for an INTERACTION_CREATE `d`: a slash command ([`SlashCommand::build`], type 2) or
/// an autocomplete request for it ([`SlashCommand::autocomplete`], type 4).
///
/// Each build gets a fresh interaction `id` and `token`; read them back from the value
/// (`v["id"]`, `v["token"]`) to find the bot's `/interactions/{id}/{token}/callback`.
#[derive(Clone, Debug)]
pub struct SlashCommand {
    name: String,
    options: Vec<Value>,
    guild_id: Option<String>,
    channel_id: String,
    user_id: String,
    username: String,
    permissions: u64,
    roles: Vec<String>,
    locale: String,
}

impl SlashCommand {
    /// `/name` run in [`DEFAULT_GUILD_ID`]/[`DEFAULT_CHANNEL_ID`] by [`DEFAULT_USER_ID`], an
    /// ordinary member ([`perms::MEMBER`]) with no roles, locale en-US.
    pub fn new(name: &str) -> Self {
        Self {
            name: name.to_owned(),
            options: Vec::new(),
            guild_id: Some(DEFAULT_GUILD_ID.to_owned()),
            channel_id: DEFAULT_CHANNEL_ID.to_owned(),
            user_id: DEFAULT_USER_ID.to_owned(),
            username: DEFAULT_USERNAME.to_owned(),
            permissions: perms::MEMBER,
            roles: Vec::new(),
            locale: "en-US".to_owned(),
        }
    }

    /// Adds one top-level option (see [`string_option`], [`subcommand`], [`focused`], ...).
    pub fn option(mut self, option: Value) -> Self {
        self.options.push(option);
        self
    }

    /// Runs it in this guild.
    pub fn guild(mut self, guild_id: &str) -> Self {
        self.guild_id = Some(guild_id.to_owned());
        self
    }

    /// Runs it in a direct message: no `guild_id`, no `member`, a top-level `user` instead.
    pub fn dm(mut self) -> Self {
        self.guild_id = None;
        self
    }

    /// Runs it in this channel.
    pub fn channel(mut self, channel_id: &str) -> Self {
        self.channel_id = channel_id.to_owned();
        self
    }

    /// Who runs it.
    pub fn user(mut self, user_id: &str, username: &str) -> Self {
        self.user_id = user_id.to_owned();
        self.username = username.to_owned();
        self
    }

    /// The member's permissions in the channel (bits from [`perms`]). poise checks
    /// `required_permissions` against exactly this value, with no HTTP call.
    pub fn permissions(mut self, bits: u64) -> Self {
        self.permissions = bits;
        self
    }

    /// The member's role ids.
    pub fn roles(mut self, roles: &[&str]) -> Self {
        self.roles = roles.iter().map(|r| (*r).to_owned()).collect();
        self
    }

    /// The user's client locale (`locale`), e.g. "fr".
    pub fn locale(mut self, locale: &str) -> Self {
        self.locale = locale.to_owned();
        self
    }

    /// The INTERACTION_CREATE `d` of the slash command (interaction type 2).
    pub fn build(&self) -> Value {
        self.interaction(2)
    }

    /// The INTERACTION_CREATE `d` of a click (interaction type 3, MESSAGE_COMPONENT) on the
    /// button `custom_id` of `message` (a message object, as the bot's message was stored), by
    /// this builder's user, in its server and channel.
    pub fn click(&self, message: &Value, custom_id: &str) -> Value {
        let mut v = self.interaction(3);
        v["data"] = json!({ "custom_id": custom_id, "component_type": 2 });
        let mut message = message.clone();
        if let Some(guild_id) = &self.guild_id {
            message["guild_id"] = json!(guild_id);
        }
        v["message"] = message;
        v
    }

    /// The INTERACTION_CREATE `d` of an autocomplete request (interaction type 4). Mark the
    /// option being typed with [`focused`]; the bot answers with callback type 8.
    pub fn autocomplete(&self) -> Value {
        self.interaction(4)
    }

    fn interaction(&self, kind: u8) -> Value {
        let id = snowflake();
        let invoker = user(&self.user_id, &self.username, false);
        let mut v = json!({
            "id": id,
            "application_id": APPLICATION_ID,
            "type": kind,
            "token": format!("stand-in-token-{id}"),
            "version": 1,
            "channel_id": self.channel_id,
            "channel": { "id": self.channel_id, "type": if self.guild_id.is_some() { 0 } else { 1 } },
            "locale": self.locale,
            "entitlements": [],
            "attachment_size_limit": 26_214_400,
            "app_permissions": perms::BOT.to_string(),
            "data": {
                "id": snowflake(),
                "name": self.name,
                "type": 1,
                "options": self.options,
            },
        });
        match &self.guild_id {
            Some(guild_id) => {
                v["guild_id"] = json!(guild_id);
                v["guild_locale"] = json!("en-US");
                v["context"] = json!(0);
                v["authorizing_integration_owners"] = json!({ "0": guild_id });
                v["member"] = json!({
                    "user": invoker,
                    "nick": null,
                    "avatar": null,
                    "roles": self.roles,
                    "joined_at": "2024-01-01T00:00:00.000000+00:00",
                    "premium_since": null,
                    "deaf": false,
                    "mute": false,
                    "flags": 0,
                    "pending": false,
                    "permissions": self.permissions.to_string(),
                    "communication_disabled_until": null,
                });
            }
            None => {
                v["context"] = json!(1);
                v["authorizing_integration_owners"] = json!({ "0": "0" });
                v["user"] = invoker;
            }
        }
        v
    }
}

/// Builder for a MESSAGE_CREATE `d`.
#[derive(Clone, Debug)]
pub struct MessageCreate {
    content: String,
    guild_id: Option<String>,
    channel_id: String,
    author_id: String,
    author_name: String,
    author_bot: bool,
    mentions: Vec<Value>,
}

impl MessageCreate {
    /// A message saying `content`, posted in [`DEFAULT_GUILD_ID`]/[`DEFAULT_CHANNEL_ID`] by
    /// [`DEFAULT_USER_ID`] (a human), mentioning no one.
    pub fn new(content: &str) -> Self {
        Self {
            content: content.to_owned(),
            guild_id: Some(DEFAULT_GUILD_ID.to_owned()),
            channel_id: DEFAULT_CHANNEL_ID.to_owned(),
            author_id: DEFAULT_USER_ID.to_owned(),
            author_name: DEFAULT_USERNAME.to_owned(),
            author_bot: false,
            mentions: Vec::new(),
        }
    }

    /// Posted in this channel.
    pub fn channel(mut self, channel_id: &str) -> Self {
        self.channel_id = channel_id.to_owned();
        self
    }

    /// Posted in this guild.
    pub fn guild(mut self, guild_id: &str) -> Self {
        self.guild_id = Some(guild_id.to_owned());
        self
    }

    /// Posted in a direct message: no `guild_id`, no `member`.
    pub fn dm(mut self) -> Self {
        self.guild_id = None;
        self
    }

    /// Written by this user.
    pub fn author(mut self, user_id: &str, username: &str) -> Self {
        self.author_id = user_id.to_owned();
        self.author_name = username.to_owned();
        self
    }

    /// Whether the author is a bot (`author.bot`).
    pub fn bot_author(mut self, bot: bool) -> Self {
        self.author_bot = bot;
        self
    }

    /// Adds a user to `mentions`. This does not change `content`: write the `<@id>` there
    /// yourself, as Discord's client would.
    pub fn mention(mut self, user_id: &str, username: &str) -> Self {
        self.mentions.push(user(user_id, username, false));
        self
    }

    /// Adds the bot to `mentions` (write `<@1000>` in `content` yourself).
    pub fn mention_bot(mut self) -> Self {
        self.mentions.push(bot_user());
        self
    }

    /// The MESSAGE_CREATE `d`.
    pub fn build(&self) -> Value {
        let mut v = json!({
            "id": snowflake(),
            "channel_id": self.channel_id,
            "author": user(&self.author_id, &self.author_name, self.author_bot),
            "content": self.content,
            "timestamp": now(),
            "edited_timestamp": null,
            "tts": false,
            "mention_everyone": false,
            "mentions": self.mentions,
            "mention_roles": [],
            "attachments": [],
            "embeds": [],
            "components": [],
            "pinned": false,
            "type": 0,
            "flags": 0,
        });
        if let Some(guild_id) = &self.guild_id {
            v["guild_id"] = json!(guild_id);
            v["member"] = json!({
                "roles": [],
                "joined_at": "2024-01-01T00:00:00.000000+00:00",
                "premium_since": null,
                "deaf": false,
                "mute": false,
                "flags": 0,
                "pending": false,
            });
        }
        v
    }
}

/// A Discord-style error body (`{"message": ..., "code": ...}`), as serenity's `ErrorResponse`
/// parses it.
pub fn error_body(message: &str, code: u32) -> Value {
    json!({ "message": message, "code": code })
}

/// Discord's "Invalid Form Body" (50035) error for one field, with its nested `errors` map.
pub fn invalid_form_body(field: &str, error_code: &str, message: &str) -> Value {
    let mut errors = Map::new();
    errors.insert(field.to_owned(), json!({ "_errors": [{ "code": error_code, "message": message }] }));
    json!({ "message": "Invalid Form Body", "code": 50035, "errors": errors })
}

/// Deserializes `value` as `T` with serenity's own types, failing with serde's message and the
/// payload: how the fixture tests prove a payload is one serenity can read.
pub fn read<T: serde::de::DeserializeOwned>(what: &str, value: &Value) -> T {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|why| panic!("{what} does not deserialize: {why}\npayload: {value:#}"))
}

/// Wraps `data` in a dispatch frame and returns serenity's `Event` for it, failing if serenity
/// would treat it as unknown (which it does silently).
pub fn dispatched(event: &str, data: &Value) -> serenity::model::event::Event {
    use serenity::model::event::{Event, GatewayEvent};
    let frame = json!({ "op": 0, "s": 1, "t": event, "d": data });
    match read::<GatewayEvent>(&format!("{event} frame"), &frame) {
        GatewayEvent::Dispatch(_, Event::Unknown(_)) => {
            panic!("serenity reads {event} as Event::Unknown\npayload: {data:#}")
        }
        GatewayEvent::Dispatch(_, event) => event,
        other => panic!("{event} frame read as {other:?}"),
    }
}
