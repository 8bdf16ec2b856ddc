//! The bot's configuration, read once at start from the environment.
//!
//! Parsing takes a lookup function rather than reading `std::env` directly, so tests feed it a
//! plain map and never touch the process environment (which is shared by every test thread).
//! Every error names the variable it is about, in one line, and never repeats the token.

use std::collections::HashSet;
use std::fmt;
use std::path::PathBuf;
use std::time::Duration;

use serenity::all::{ChannelId, GuildId, RoleId};
use tracing_subscriber::EnvFilter;

use super::shards::Shards;
use crate::storage::{redact, Settings};

/// Cooldown between two questions from one user when `ASK_COOLDOWN_SECONDS` is not set.
pub const DEFAULT_COOLDOWN: Duration = Duration::from_secs(5);
/// The longest cooldown accepted: a day. Anything longer is a typo, not a policy.
const MAX_COOLDOWN_SECONDS: u64 = 86_400;
/// How many times `serve` tries to reach Discord before giving up, when
/// `DISCORD_CONNECT_ATTEMPTS` is not set: about 15 s of pauses in all.
pub const DEFAULT_CONNECT_ATTEMPTS: u32 = 5;
const MAX_CONNECT_ATTEMPTS: u32 = 100;
/// `QUIZ_SECONDS`: how long a quiz stays open, by default and at the least and most.
pub const DEFAULT_QUIZ_SECONDS: u64 = 30;
const QUIZ_SECONDS: std::ops::RangeInclusive<u64> = 5..=600;
/// `FOLLOW_UP_SECONDS`: how long a question is context for the same person's next one.
pub const DEFAULT_FOLLOW_UP_SECONDS: u64 = 300;
const FOLLOW_UP_SECONDS: std::ops::RangeInclusive<u64> = 1..=3600;
/// Logging when `RUST_LOG` is not set: our own events, and only problems from the libraries.
pub const DEFAULT_LOG_FILTER: &str = "warn,citebot=info";

/// The bot token. Its `Debug` is redacted and it has no `Display`, so it cannot end up in a log
/// line or an error message by accident; [`Token::expose`] is the one way to read it.
#[derive(Clone, PartialEq, Eq)]
pub struct Token(String);

impl Token {
    /// The token itself, for serenity's HTTP client and nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

/// `DATABASE_URL`. It may hold a password: its `Debug` hides it, and it has no `Display`.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: String) -> DatabaseUrl {
        DatabaseUrl(url)
    }

    /// The URL itself, for the database driver and nothing else.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({})", redact(&self.0))
    }
}

/// Everything `citebot serve` needs to know, validated.
#[derive(Debug, Clone)]
pub struct Config {
    /// `DISCORD_TOKEN` (required).
    pub token: Token,
    /// `DISCORD_GUILD_ID`: register the commands in this server only (instant) instead of
    /// globally (which Discord may take a while to show everywhere).
    pub guild_id: Option<GuildId>,
    /// `DATA_DIR` (default `./data`): the SQLite database `citebot.db` (unless `DATABASE_URL`
    /// names a PostgreSQL one), and the old file layout to import, if any.
    pub data_dir: PathBuf,
    /// `DATABASE_URL`: a PostgreSQL database (`postgres://…`) shared by several processes.
    pub database_url: Option<DatabaseUrl>,
    /// `SHARD_COUNT` and `SHARD_IDS`: which gateway shards this process runs.
    pub shards: Shards,
    /// `DISCORD_PROXY_URL`, without a trailing slash: REST goes to `{url}/api/v10/...` and the
    /// gateway address comes from the proxy; serenity's own rate limiter is then off.
    pub proxy_url: Option<String>,
    /// `ASK_CHANNEL_IDS`: channels where every message is a question.
    pub ask_channels: HashSet<ChannelId>,
    /// `ASK_COOLDOWN_SECONDS`: the least time between two questions from one user, for `/ask`
    /// and mentions together. Zero turns it off.
    pub ask_cooldown: Duration,
    /// `MODERATOR_ROLE_IDS`: roles whose members may use `/kb`, besides those who can manage
    /// messages or the server.
    pub moderator_roles: Vec<RoleId>,
    /// `RUST_LOG`, checked to be a valid filter; `None` means [`DEFAULT_LOG_FILTER`].
    pub log_filter: Option<String>,
    /// `DISCORD_CONNECT_ATTEMPTS`: how many times to try reaching Discord at start before
    /// stopping with "cannot reach Discord at …".
    pub connect_attempts: u32,
    /// `QUIZ_SECONDS` (default 30, 5 to 600): how long a quiz takes answers before it closes.
    pub quiz_time: Duration,
    /// `FOLLOW_UP_SECONDS` (default 300, 1 to 3600): how long a member's question is the context
    /// of their next one in the same channel.
    pub follow_up_time: Duration,
}

/// A configuration problem, worded for whoever runs the bot.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    #[error("{var} is not set: {hint}")]
    Missing { var: &'static str, hint: &'static str },
    #[error("{var} is invalid: {reason}")]
    Invalid { var: &'static str, reason: String },
}

impl Config {
    /// Reads the configuration from the process environment (after `.env` was loaded).
    /// A value that is not valid Unicode is read lossily and then fails its own check.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var_os(name).map(|v| v.to_string_lossy().into_owned()))
    }

    /// Reads the configuration through `lookup` (a variable's value, if set). An empty or
    /// blank value counts as unset, as `VAR=` in a `.env` file usually means "not this".
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let get = |name: &str| lookup(name).map(|v| v.trim().to_owned()).filter(|v| !v.is_empty());
        Ok(Config {
            token: token(get("DISCORD_TOKEN"))?,
            guild_id: get("DISCORD_GUILD_ID").map(|v| id("DISCORD_GUILD_ID", &v)).transpose()?.map(GuildId::new),
            data_dir: get("DATA_DIR").map_or_else(|| PathBuf::from("data"), PathBuf::from),
            database_url: get("DATABASE_URL").map(DatabaseUrl),
            shards: Shards::parse(get("SHARD_COUNT").as_deref(), get("SHARD_IDS").as_deref())?,
            proxy_url: get("DISCORD_PROXY_URL").map(|v| proxy_url(&v)).transpose()?,
            ask_channels: ids("ASK_CHANNEL_IDS", get("ASK_CHANNEL_IDS"))?.into_iter().map(ChannelId::new).collect(),
            ask_cooldown: cooldown(get("ASK_COOLDOWN_SECONDS"))?,
            moderator_roles: ids("MODERATOR_ROLE_IDS", get("MODERATOR_ROLE_IDS"))?
                .into_iter()
                .map(RoleId::new)
                .collect(),
            log_filter: get("RUST_LOG").map(|v| log_filter(&v)).transpose()?,
            connect_attempts: connect_attempts(get("DISCORD_CONNECT_ATTEMPTS"))?,
            quiz_time: seconds_in("QUIZ_SECONDS", get("QUIZ_SECONDS"), DEFAULT_QUIZ_SECONDS, QUIZ_SECONDS)?,
            follow_up_time: seconds_in(
                "FOLLOW_UP_SECONDS",
                get("FOLLOW_UP_SECONDS"),
                DEFAULT_FOLLOW_UP_SECONDS,
                FOLLOW_UP_SECONDS,
            )?,
        })
    }

    /// Where the servers' data is kept.
    pub fn storage(&self) -> Settings {
        Settings { data_dir: self.data_dir.clone(), database_url: self.database_url.as_ref().map(|u| u.0.clone()) }
    }

    /// Sends `tracing` output to standard error, filtered by `RUST_LOG`. A second call (or one
    /// after a test installed its own subscriber) changes nothing.
    pub fn init_logging(&self) {
        let filter = self.log_filter.as_deref().unwrap_or(DEFAULT_LOG_FILTER);
        let filter = EnvFilter::try_new(filter).unwrap_or_else(|_| EnvFilter::new(DEFAULT_LOG_FILTER));
        let colour = std::io::IsTerminal::is_terminal(&std::io::stderr());
        let _ =
            tracing_subscriber::fmt().with_env_filter(filter).with_ansi(colour).with_writer(std::io::stderr).try_init();
    }
}

fn invalid(var: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError::Invalid { var, reason: reason.into() }
}

/// The token is checked for shape only; Discord says whether it is right. The reasons never
/// quote it.
fn token(value: Option<String>) -> Result<Token, ConfigError> {
    const VAR: &str = "DISCORD_TOKEN";
    let value = value.ok_or(ConfigError::Missing {
        var: VAR,
        hint: "copy the bot token from the Discord developer portal (Bot, Reset Token) into the environment or .env",
    })?;
    let bare = value.strip_prefix("Bot ").unwrap_or(&value);
    if bare.chars().any(char::is_whitespace) {
        return Err(invalid(VAR, "it contains spaces or line breaks; give the token alone"));
    }
    if bare.is_empty() || !bare.is_ascii() {
        return Err(invalid(VAR, "it does not look like a bot token"));
    }
    Ok(Token(bare.to_owned()))
}

/// A Discord id: a non-zero integer (serenity's ids cannot be zero).
fn id(var: &'static str, value: &str) -> Result<u64, ConfigError> {
    match value.parse::<u64>() {
        Ok(n) if n > 0 => Ok(n),
        _ => Err(invalid(var, format!("{value:?} is not a Discord id (a number such as 123456789012345678)"))),
    }
}

/// A comma-separated list of ids; spaces and empty items are ignored.
fn ids(var: &'static str, value: Option<String>) -> Result<Vec<u64>, ConfigError> {
    let value = value.unwrap_or_default();
    value.split(',').map(str::trim).filter(|item| !item.is_empty()).map(|item| id(var, item)).collect()
}

/// The proxy's base URL. Credentials in it are refused: the URL appears in
/// error messages, and the proxy is trusted with the bot token anyway (it
/// forwards every request), so it belongs on loopback or a private network.
fn proxy_url(value: &str) -> Result<String, ConfigError> {
    let url = value.trim_end_matches('/');
    let host = url.strip_prefix("http://").or_else(|| url.strip_prefix("https://"));
    match host {
        Some(host) if host.contains('@') => {
            Err(invalid("DISCORD_PROXY_URL", "must not carry credentials (user:password@)"))
        }
        Some(host) if !host.is_empty() && !host.chars().any(char::is_whitespace) => Ok(url.to_owned()),
        _ => Err(invalid("DISCORD_PROXY_URL", "give a base URL such as http://127.0.0.1:3000")),
    }
}

fn cooldown(value: Option<String>) -> Result<Duration, ConfigError> {
    let Some(value) = value else {
        return Ok(DEFAULT_COOLDOWN);
    };
    match value.parse::<u64>() {
        Ok(seconds) if seconds <= MAX_COOLDOWN_SECONDS => Ok(Duration::from_secs(seconds)),
        _ => Err(invalid(
            "ASK_COOLDOWN_SECONDS",
            format!("{value:?} is not a whole number of seconds from 0 to {MAX_COOLDOWN_SECONDS}"),
        )),
    }
}

/// A whole number of seconds within `range`, or `default` when unset.
fn seconds_in(
    var: &'static str,
    value: Option<String>,
    default: u64,
    range: std::ops::RangeInclusive<u64>,
) -> Result<Duration, ConfigError> {
    let Some(value) = value else {
        return Ok(Duration::from_secs(default));
    };
    match value.parse::<u64>() {
        Ok(seconds) if range.contains(&seconds) => Ok(Duration::from_secs(seconds)),
        _ => Err(invalid(
            var,
            format!("{value:?} is not a whole number of seconds from {} to {}", range.start(), range.end()),
        )),
    }
}

fn connect_attempts(value: Option<String>) -> Result<u32, ConfigError> {
    let Some(value) = value else {
        return Ok(DEFAULT_CONNECT_ATTEMPTS);
    };
    match value.parse::<u32>() {
        Ok(n) if (1..=MAX_CONNECT_ATTEMPTS).contains(&n) => Ok(n),
        _ => Err(invalid(
            "DISCORD_CONNECT_ATTEMPTS",
            format!("{value:?} is not a whole number from 1 to {MAX_CONNECT_ATTEMPTS}"),
        )),
    }
}

fn log_filter(value: &str) -> Result<String, ConfigError> {
    EnvFilter::try_new(value).map(|_| value.to_owned()).map_err(|e| invalid("RUST_LOG", e.to_string()))
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    const TOKEN: &str = "MTIz.secret-token.xyz";

    fn parse(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let map: HashMap<String, String> = vars.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect();
        Config::from_lookup(|name| map.get(name).cloned())
    }

    #[test]
    fn only_the_token_is_required_and_defaults_apply() {
        let config = parse(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        assert_eq!(config.token.expose(), TOKEN);
        assert_eq!(config.guild_id, None);
        assert_eq!(config.data_dir, PathBuf::from("data"));
        assert_eq!(config.ask_cooldown, DEFAULT_COOLDOWN);
        assert_eq!(config.connect_attempts, DEFAULT_CONNECT_ATTEMPTS);
        assert_eq!(config.quiz_time, Duration::from_secs(30));
        assert_eq!(config.follow_up_time, Duration::from_secs(300));
        assert!(config.ask_channels.is_empty() && config.moderator_roles.is_empty());
        assert!(config.proxy_url.is_none() && config.log_filter.is_none());
        assert!(config.database_url.is_none());
        assert_eq!(config.shards, Shards::Recommended);
    }

    #[test]
    fn every_variable_is_read() {
        let config = parse(&[
            ("DISCORD_TOKEN", &format!("Bot {TOKEN}")),
            ("DISCORD_GUILD_ID", "4000"),
            ("DATA_DIR", "/var/lib/citebot"),
            ("DISCORD_PROXY_URL", "http://127.0.0.1:3000/"),
            ("ASK_CHANNEL_IDS", " 5000, 5001,,"),
            ("ASK_COOLDOWN_SECONDS", "0"),
            ("MODERATOR_ROLE_IDS", "77"),
            ("RUST_LOG", "debug,serenity=warn"),
            ("DISCORD_CONNECT_ATTEMPTS", "3"),
            ("DATABASE_URL", "postgres://bot:pw-secret@db/citebot"),
            ("SHARD_COUNT", "4"),
            ("SHARD_IDS", "2-3"),
            ("QUIZ_SECONDS", "5"),
            ("FOLLOW_UP_SECONDS", "3600"),
        ])
        .unwrap();
        assert_eq!(config.shards, Shards::Range { first: 2, last: 3, total: 4 });
        assert_eq!(config.storage().database_url.as_deref(), Some("postgres://bot:pw-secret@db/citebot"));
        assert!(!format!("{config:?}").contains("pw-secret"), "the database password never shows");
        assert_eq!(config.token.expose(), TOKEN, "a pasted `Bot ` prefix is dropped");
        assert_eq!(config.guild_id, Some(GuildId::new(4000)));
        assert_eq!(config.data_dir, PathBuf::from("/var/lib/citebot"));
        assert_eq!(config.proxy_url.as_deref(), Some("http://127.0.0.1:3000"));
        assert_eq!(config.ask_channels, HashSet::from([ChannelId::new(5000), ChannelId::new(5001)]));
        assert_eq!(config.ask_cooldown, Duration::ZERO);
        assert_eq!(config.moderator_roles, [RoleId::new(77)]);
        assert_eq!(config.log_filter.as_deref(), Some("debug,serenity=warn"));
        assert_eq!(config.connect_attempts, 3);
        assert_eq!((config.quiz_time, config.follow_up_time), (Duration::from_secs(5), Duration::from_secs(3600)));
    }

    #[test]
    fn a_missing_or_blank_token_is_one_clear_line() {
        for vars in [&[][..], &[("DISCORD_TOKEN", "  ")][..]] {
            let why = parse(vars).unwrap_err().to_string();
            assert!(why.starts_with("DISCORD_TOKEN is not set"), "{why}");
            assert!(!why.contains('\n'), "{why}");
        }
    }

    #[test]
    fn the_token_never_shows() {
        let config = parse(&[("DISCORD_TOKEN", TOKEN)]).unwrap();
        assert!(!format!("{config:?}").contains("secret"), "{config:?}");
        let why = parse(&[("DISCORD_TOKEN", "abc secret-part")]).unwrap_err().to_string();
        assert!(why.starts_with("DISCORD_TOKEN is invalid") && !why.contains("secret"), "{why}");
    }

    #[test]
    fn errors_name_the_variable() {
        let cases = [
            ("DISCORD_GUILD_ID", "abc"),
            ("DISCORD_GUILD_ID", "0"),
            ("ASK_CHANNEL_IDS", "5000,x"),
            ("MODERATOR_ROLE_IDS", "-1"),
            ("ASK_COOLDOWN_SECONDS", "five"),
            ("ASK_COOLDOWN_SECONDS", "999999"),
            ("DISCORD_PROXY_URL", "127.0.0.1:3000"),
            ("RUST_LOG", "citebot=loud"),
            ("DISCORD_CONNECT_ATTEMPTS", "0"),
            ("DISCORD_CONNECT_ATTEMPTS", "many"),
            ("SHARD_COUNT", "0"),
            ("SHARD_IDS", "1"),
            ("QUIZ_SECONDS", "4"),
            ("QUIZ_SECONDS", "601"),
            ("FOLLOW_UP_SECONDS", "0"),
            ("FOLLOW_UP_SECONDS", "3601"),
        ];
        for (var, value) in cases {
            let why = parse(&[("DISCORD_TOKEN", TOKEN), (var, value)]).unwrap_err();
            let text = why.to_string();
            assert!(text.starts_with(&format!("{var} is invalid: ")), "{var}={value}: {text}");
            assert!(!text.contains('\n'), "{text}");
        }
    }
}
