//! The Discord front end: slash commands (poise) and mentions (serenity events) answered by the
//! engine, so a question gets the same answer here as from `citebot ask`.
//!
//! [`start`] connects and returns a [`Bot`] handle; `citebot serve` waits on it until Ctrl-C
//! or SIGTERM, and the end-to-end tests start it against a stand-in Discord (through
//! `DISCORD_PROXY_URL`) and shut it down the same way.
//!
//! Every server is answered from its own knowledge ([`Guilds`]): the shipped entries plus what
//! its moderators changed with `/kb`, stored under `DATA_DIR`.

mod bot;
pub mod commands;
mod config;
mod connect;
mod cooldown;
mod error;
mod events;
mod gaps;
pub mod moderator;
pub mod render;
mod send;
mod stop;

use std::sync::{Arc, Mutex, PoisonError};

use serenity::all::{ClientBuilder, CreateAllowedMentions, GatewayIntents, GuildId, HttpBuilder};
use tracing::info;

use crate::engine::Engine;
use crate::guilds::Guilds;

pub use bot::{Bot, BotError, CLOSE_WITHIN};
pub use config::{Config, ConfigError, Token, DEFAULT_CONNECT_ATTEMPTS, DEFAULT_COOLDOWN, DEFAULT_LOG_FILTER};
pub use cooldown::Cooldown;
pub use error::{Error, UserError, INTERNAL, UNKNOWN_COMMAND};
pub use gaps::{GapRecorder, GapWriter};
use send::send;
pub use stop::{shutdown_signal, Stop};

/// The context every command gets.
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// What the commands and event handlers share.
pub struct Data {
    guilds: Arc<Guilds>,
    gaps: GapRecorder,
    cooldown: Cooldown,
    config: Config,
}

impl Data {
    pub fn new(config: Config, guilds: Arc<Guilds>, gaps: GapRecorder) -> Data {
        Data { guilds, gaps, cooldown: Cooldown::new(config.ask_cooldown), config }
    }

    /// The engine that answers in `guild` (`None`: a direct message, answered from the shipped
    /// knowledge). Finding a server's engine may read its files (the first time, or after
    /// `citebot kb` changed them), so it runs on the blocking pool. Should that fail, the shipped
    /// engine answers: a question always gets an answer.
    pub async fn engine(&self, guild: Option<GuildId>) -> Arc<Engine> {
        let Some(guild) = guild else { return Arc::clone(self.guilds.shipped()) };
        let guilds = Arc::clone(&self.guilds);
        match tokio::task::spawn_blocking(move || guilds.engine(Some(guild.get()))).await {
            Ok(engine) => engine,
            Err(why) => {
                tracing::error!(guild = guild.get(), "finding the server's engine failed: {why}");
                Arc::clone(self.guilds.shipped())
            }
        }
    }

    /// Every server's knowledge and storage, for `/kb`.
    pub fn guilds(&self) -> &Arc<Guilds> {
        &self.guilds
    }

    /// Where questions the bot could not answer go, for `/kb unanswered`.
    pub fn gaps(&self) -> &GapRecorder {
        &self.gaps
    }

    /// The per-user cooldown shared by `/ask` and mentions.
    pub fn cooldown(&self) -> &Cooldown {
        &self.cooldown
    }

    pub fn config(&self) -> &Config {
        &self.config
    }
}

/// The gateway intents the bot asks for. Message content is privileged (it must be switched on
/// in the developer portal, or Discord refuses the connection), and a bot sees the content of
/// messages that mention it and of direct messages without it; so it is only asked for when
/// `ASK_CHANNEL_IDS` makes the bot read every message of a channel.
pub fn intents(config: &Config) -> GatewayIntents {
    let base = GatewayIntents::GUILD_MESSAGES | GatewayIntents::DIRECT_MESSAGES;
    if config.ask_channels.is_empty() {
        base
    } else {
        base | GatewayIntents::MESSAGE_CONTENT
    }
}

/// Connects the bot and returns once the client is running (commands are registered as soon as
/// Discord says READY). Discord, or the proxy, is asked for the gateway address first, up to
/// `DISCORD_CONNECT_ATTEMPTS` times with growing pauses ([`connect::reach`]): an unreachable
/// Discord fails here in one line, and a wrong proxy URL never silently becomes the real
/// Discord. Race it against a stop signal: it can take a while to give up.
///
/// `engine` answers from the shipped knowledge; each server's changes are read from
/// `config.data_dir` when the server is first asked something.
pub async fn start(config: Config, engine: Arc<Engine>) -> Result<Bot, BotError> {
    let guilds = Arc::new(Guilds::new(engine, config.data_dir.clone()));
    start_with(config, guilds).await
}

/// [`start`], with the servers' knowledge already set up (shared with other front ends, say).
pub async fn start_with(config: Config, guilds: Arc<Guilds>) -> Result<Bot, BotError> {
    let mut http = HttpBuilder::new(config.token.expose());
    if let Some(url) = &config.proxy_url {
        http = http.proxy(url.as_str()).ratelimiter_disabled(true);
    }
    let http = http.build();
    connect::reach(&http, &discord_url(&config), config.connect_attempts).await?;
    let intents = intents(&config);
    let guild = config.guild_id;
    let setup_failure = Arc::new(Mutex::new(None));
    let failure = Arc::clone(&setup_failure);
    info!(data = %guilds.data_dir().display(), "servers' knowledge is kept here");
    let (gaps, gap_writer) = GapRecorder::start(Arc::clone(&guilds));
    let data = Data::new(config, guilds, gaps);

    let framework = poise::Framework::builder()
        .options(options())
        .initialize_owners(false)
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                let commands = &framework.options().commands;
                let registered = match guild {
                    Some(guild) => poise::builtins::register_in_guild(ctx, commands, guild).await,
                    None => poise::builtins::register_globally(ctx, commands).await,
                };
                if let Err(why) = registered {
                    // poise would hold every event forever; stop instead, and say why.
                    *failure.lock().unwrap_or_else(PoisonError::into_inner) = Some(why.to_string());
                    let shard_manager = framework.shard_manager().clone();
                    tokio::spawn(async move { shard_manager.shutdown_all().await });
                    return Err(Error::Discord(why));
                }
                let scope = guild.map_or_else(|| "globally".to_owned(), |g| format!("in server {g}"));
                info!(user = %ready.user.name, "connected; {} commands registered {scope}", commands.len());
                Ok(data)
            })
        })
        .build();

    let mut client = ClientBuilder::new_with_http(http, intents)
        .framework(framework)
        .await
        .map_err(|why| BotError::Client(Box::new(why)))?;
    let shard_manager = Arc::clone(&client.shard_manager);
    let task = tokio::spawn(async move { client.start().await });
    Ok(Bot { shard_manager, task, setup_failure, gap_writer: Some(gap_writer) })
}

/// Where the bot's requests go: the proxy, or Discord itself.
pub fn discord_url(config: &Config) -> String {
    config.proxy_url.clone().unwrap_or_else(|| "https://discord.com".to_owned())
}

/// poise's options: our commands, our error handler and event handler, no prefix commands, and
/// no pings by default in anything poise sends.
fn options() -> poise::FrameworkOptions<Data, Error> {
    poise::FrameworkOptions {
        commands: commands::all(),
        on_error: |error| Box::pin(error::on_error(error)),
        event_handler: |framework, event| Box::pin(events::handle(framework, event)),
        allowed_mentions: Some(CreateAllowedMentions::new()),
        prefix_options: poise::PrefixFrameworkOptions { mention_as_prefix: false, ..Default::default() },
        ..Default::default()
    }
}
