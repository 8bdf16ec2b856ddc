//! The Discord front end: slash commands (poise) and mentions (serenity events) answered by the
//! engine, so a question gets the same answer here as from `citebot ask`.
//!
//! [`start`] connects and returns a [`Bot`] handle; `citebot serve` waits on it until Ctrl-C
//! or SIGTERM, and the end-to-end tests start it against a stand-in Discord (through
//! `DISCORD_PROXY_URL`) and shut it down the same way.
//!
//! Every server is answered from its own knowledge ([`Guilds`]): the shipped entries plus what
//! its moderators changed with `/kb`, kept in the database ([`crate::storage`]).
//!
//! The process runs the gateway shards its configuration names ([`Shards`]); only the one that
//! runs shard 0 registers the slash commands (or `citebot register` does).

pub mod answer;
mod bot;
pub(crate) mod commands;
mod config;
mod connect;
mod cooldown;
pub mod custom_id;
mod error;
mod events;
mod followup;
mod gaps;
pub(crate) mod moderator;
pub mod quiz;
pub mod render;
mod router;
mod send;
mod shards;
mod stop;

use std::sync::{Arc, Mutex, PoisonError};

use serenity::all::{ClientBuilder, CreateAllowedMentions, GatewayIntents, GuildId, Http, HttpBuilder};
use tracing::info;

use crate::engine::Engine;
use crate::guilds::{Guilds, WATCH_EVERY};
use crate::quiz::Bank;
use crate::storage::{self, ServerId};

pub use bot::{Bot, BotError, CLOSE_WITHIN};
pub use config::{
    Config, ConfigError, DatabaseUrl, Token, DEFAULT_CONNECT_ATTEMPTS, DEFAULT_COOLDOWN, DEFAULT_LOG_FILTER,
};
pub use cooldown::Cooldown;
pub use error::{Error, UserError, INTERNAL, UNKNOWN_COMMAND};
pub use followup::FollowUps;
pub use gaps::{GapRecorder, GapWriter};
use send::send;
pub use shards::{shard_of, Shards};
pub use stop::{shutdown_signal, Stop};

/// The context every command gets.
pub type Context<'a> = poise::Context<'a, Data, Error>;

/// What the commands and event handlers share.
pub struct Data {
    guilds: Arc<Guilds>,
    gaps: GapRecorder,
    cooldown: Cooldown,
    follow_ups: FollowUps,
    quiz: Arc<Bank>,
    config: Config,
}

impl Data {
    pub fn new(config: Config, guilds: Arc<Guilds>, gaps: GapRecorder, quiz: Arc<Bank>) -> Data {
        let follow_ups = FollowUps::new(config.follow_up_time);
        Data { guilds, gaps, cooldown: Cooldown::new(config.ask_cooldown), follow_ups, quiz, config }
    }

    /// The engine that answers in `guild` (`None`: a direct message, answered from the shipped
    /// knowledge). The first question in a server reads it from the database; should that fail
    /// or take long, the shipped engine answers: a question always gets an answer.
    pub async fn engine(&self, guild: Option<GuildId>) -> Arc<Engine> {
        self.guilds.engine(guild.map(server)).await
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

    /// Each member's last question per channel, for follow-ups; shared by `/ask` and mentions.
    pub fn follow_ups(&self) -> &FollowUps {
        &self.follow_ups
    }

    /// The quiz items `/quiz start` draws from.
    pub fn quiz(&self) -> &Bank {
        &self.quiz
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

/// The storage layer's id of a Discord server.
pub fn server(guild: GuildId) -> ServerId {
    ServerId::from(std::num::NonZeroU64::from(guild))
}

/// Opens the database the configuration names (importing the old file layout if there is one),
/// then connects the bot: see [`start_with`].
///
/// `engine` answers from the shipped knowledge; each server's changes are read from the
/// database when the server is first asked something. `quiz` holds the quiz items.
pub async fn start(config: Config, engine: Arc<Engine>, quiz: Arc<Bank>) -> Result<Bot, BotError> {
    let shipped = engine.entries().iter().map(|c| Arc::clone(&c.entry)).collect();
    let (db, imported) = storage::open(&config.storage(), Arc::clone(engine.source()), shipped).await?;
    for report in imported {
        match &report.outcome {
            Ok(_) => info!("{report}"),
            Err(_) => tracing::error!("{report}"),
        }
    }
    start_with(config, Arc::new(Guilds::new(engine, Arc::new(db))), quiz).await
}

/// Connects the bot and returns once the client is running, with the servers' knowledge already
/// set up. The shard 0 process registers the commands as soon as Discord says READY. Discord, or
/// the proxy, is asked for the gateway address first, up to `DISCORD_CONNECT_ATTEMPTS` times
/// with growing pauses ([`connect::reach`]): an unreachable Discord fails here in one line, and
/// a wrong proxy URL never silently becomes the real Discord. Race it against a stop signal: it
/// can take a while to give up.
pub async fn start_with(config: Config, guilds: Arc<Guilds>, quiz: Arc<Bank>) -> Result<Bot, BotError> {
    let http = http(&config).await?;
    let (first, last, total) = match config.shards {
        shards::Shards::Recommended => {
            let advice = http.get_bot_gateway().await.map_err(|why| BotError::Gateway(Box::new(why)))?;
            let total = advice.shards.max(1);
            info!("Discord recommends {total} shard(s)");
            (0, total - 1, total)
        }
        shards::Shards::Range { first, last, total } => (first, last, total),
    };
    let registers = first == 0;
    info!(first, last, total, "running {}", Shards::Range { first, last, total });
    if !registers {
        info!("the process running shard 0 registers the commands (or `citebot register`)");
    }
    let intents = intents(&config);
    let guild = config.guild_id;
    let setup_failure = Arc::new(Mutex::new(None));
    let failure = Arc::clone(&setup_failure);
    info!(database = guilds.db().location(), "servers' data is kept here");
    let watcher = guilds.watch(WATCH_EVERY);
    let (gaps, gap_writer) = GapRecorder::start(Arc::clone(&guilds));
    let data = Data::new(config, Arc::clone(&guilds), gaps, quiz);
    let quiz_guilds = Arc::clone(&guilds);

    let framework = poise::Framework::builder()
        .options(options())
        .initialize_owners(false)
        .setup(move |ctx, ready, framework| {
            Box::pin(async move {
                // Quizzes left open by an earlier run close on time.
                quiz::resume(quiz_guilds, Arc::clone(&ctx.http)).await;
                if !registers {
                    info!(user = %ready.user.name, "connected");
                    return Ok(data);
                }
                let commands = &framework.options().commands;
                if let Err(why) = register_commands(ctx, commands, guild).await {
                    // poise would hold every event forever; stop instead, and say why.
                    *failure.lock().unwrap_or_else(PoisonError::into_inner) = Some(why.to_string());
                    let shard_manager = framework.shard_manager().clone();
                    tokio::spawn(async move { shard_manager.shutdown_all().await });
                    return Err(Error::Discord(why));
                }
                info!(user = %ready.user.name, "connected; {} commands registered {}", commands.len(), scope(guild));
                Ok(data)
            })
        })
        .build();

    let mut client = ClientBuilder::new_with_http(http, intents)
        .framework(framework)
        .await
        .map_err(|why| BotError::Client(Box::new(why)))?;
    let shard_manager = Arc::clone(&client.shard_manager);
    // The range's end is inclusive: serenity starts shards `first` to `last`.
    let task = tokio::spawn(async move { client.start_shard_range(first..last, total).await });
    Ok(Bot { shard_manager, task, setup_failure, gap_writer: Some(gap_writer), watcher, guilds })
}

/// Registers the slash commands once, for `citebot register`: globally, or in
/// `DISCORD_GUILD_ID`. Returns where.
pub async fn register(config: &Config) -> Result<String, BotError> {
    let http = http(config).await?;
    let application = http.get_current_application_info().await.map_err(|why| BotError::Register(why.to_string()))?;
    http.set_application_id(application.id);
    register_commands(&http, &commands::all(), config.guild_id)
        .await
        .map_err(|why| BotError::Register(why.to_string()))?;
    Ok(scope(config.guild_id))
}

async fn register_commands(
    http: impl AsRef<Http>,
    commands: &[poise::Command<Data, Error>],
    guild: Option<GuildId>,
) -> Result<(), serenity::Error> {
    match guild {
        Some(guild) => poise::builtins::register_in_guild(http, commands, guild).await,
        None => poise::builtins::register_globally(http, commands).await,
    }
}

fn scope(guild: Option<GuildId>) -> String {
    guild.map_or_else(|| "globally".to_owned(), |g| format!("in server {g}"))
}

/// The HTTP client, through the proxy if one is configured, once Discord (or the proxy) has
/// answered for the gateway address.
async fn http(config: &Config) -> Result<Http, BotError> {
    let mut http = HttpBuilder::new(config.token.expose());
    if let Some(url) = &config.proxy_url {
        http = http.proxy(url.as_str()).ratelimiter_disabled(true);
    }
    let http = http.build();
    connect::reach(&http, &discord_url(config), config.connect_attempts).await?;
    Ok(http)
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
