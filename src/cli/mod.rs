//! The `citebot` command line: a thin adapter from arguments and terminals
//! to the engine.

mod ask;
mod chat;
mod check;
mod db;
mod dotenv;
mod eval;
mod kb;
mod quiz;
mod register;
mod render;
mod serve;
mod terminal;
mod wrap;

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use clap::{Parser, Subcommand};

use crate::engine::Engine;
use crate::guilds::Guilds;
use crate::knowledge::{Files, KnowledgeBase, LoadError, Source, EMBEDDED_LABEL};
use crate::quiz::Bank;
use crate::shipped;
use crate::storage::{self, Settings};

pub use eval::{evaluate, norm as score_norm, read_cases, EvalCase, EvalReport};
pub use render::{json_reply, JsonReply};

#[derive(Parser, Debug)]
#[command(name = "citebot", version, about = "Answers questions about one news article, quoting it verbatim.")]
struct Cli {
    /// A knowledge directory (article.md, lexicon.toml, entries/) to answer from instead of the
    /// knowledge built into the binary.
    #[arg(long, global = true, env = "KNOWLEDGE_DIR", value_name = "DIR")]
    knowledge: Option<PathBuf>,

    /// Where servers' own data is kept: the SQLite database citebot.db (unless DATABASE_URL
    /// names a PostgreSQL one), and, from older versions, guilds/ to import from.
    #[arg(long, global = true, env = "DATA_DIR", value_name = "DIR", default_value = "data")]
    data_dir: PathBuf,

    /// A PostgreSQL database (postgres://user:password@host/db) instead of SQLite in DATA_DIR.
    #[arg(long, global = true, env = "DATABASE_URL", value_name = "URL", hide_env_values = true)]
    database_url: Option<String>,

    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand, Debug)]
enum Command {
    /// Answer one question, or with --json and no QUESTION, one per line of standard input.
    Ask(ask::Args),
    /// Talk with the bot in the terminal; "quit", Ctrl-D or Ctrl-C leaves.
    Chat,
    /// Validate a knowledge directory: quotes verbatim, ids unique, triggers compile, every paragraph covered.
    Check {
        /// The directory to check (default: --knowledge, else the knowledge built into the binary).
        dir: Option<PathBuf>,
    },
    /// Score the engine against a question file in the format of tests/data/dev.jsonl.
    Eval(eval::Args),
    /// Run the Discord bot (configured by the environment and an optional .env file).
    Serve,
    /// Play the quiz in the terminal: N questions, answered by number or letter, then a score.
    Quiz(quiz::Args),
    /// Moderate a server's knowledge from the shell: add, alias, remove, list, show, log, export, import…
    Kb(kb::Args),
    /// The database: `db check` reports its schema version and whether it is healthy.
    Db(db::Args),
    /// Register the slash commands with Discord (globally, or in DISCORD_GUILD_ID), then exit.
    Register,
}

/// What a command reports to `main`: success, or "ran fine but the answer
/// is no" (a failed check), as distinct from an error.
pub enum Outcome {
    Success,
    Failure,
}

/// Parses arguments, runs the command and maps the result to an exit code:
/// 0 success, 1 a check or evaluation that failed, 2 an error.
pub fn main() -> ExitCode {
    // `.env` first, so its variables count like the environment's for every
    // command and flag (KNOWLEDGE_DIR, DATA_DIR…); what is set already wins.
    // A broken `.env` is reported after parsing, so `--help` still works.
    let dotenv = dotenv::load();
    let cli = Cli::parse();
    if let Err(e) = dotenv {
        eprintln!("citebot: {e}");
        return ExitCode::from(2);
    }
    match run(cli) {
        Ok(Outcome::Success) => ExitCode::SUCCESS,
        Ok(Outcome::Failure) => ExitCode::from(1),
        // Whoever read the output stopped (`citebot eval … | head`): nothing to report.
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("citebot: {}", error_text(&e));
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        let io = c.downcast_ref::<std::io::Error>().map(std::io::Error::kind);
        // serde_json wraps the writer's error in its own.
        let json = c.downcast_ref::<serde_json::Error>().and_then(serde_json::Error::io_error_kind);
        io.or(json) == Some(std::io::ErrorKind::BrokenPipe)
    })
}

/// An error and its causes, joined by ": ", each said once: a cause whose words are already
/// in the message ("cannot create d: File exists (os error 17)", caused by "File exists (os
/// error 17)") is not repeated.
fn error_text(e: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in e.chain() {
        let part = cause.to_string();
        if text.contains(&part) {
            continue;
        }
        if !text.is_empty() {
            text.push_str(": ");
        }
        text.push_str(&part);
    }
    text
}

fn run(cli: Cli) -> anyhow::Result<Outcome> {
    let knowledge = Knowledge::from(cli.knowledge);
    let settings = Settings { data_dir: cli.data_dir, database_url: cli.database_url };
    match cli.command {
        Command::Check { dir: Some(dir) } => check::run(Files::Dir(&dir)),
        Command::Check { dir: None } => match &knowledge {
            Knowledge::Dir(dir) => check::run(Files::Dir(dir)),
            Knowledge::BuiltIn => check::run(shipped::files()),
        },
        Command::Ask(args) => match args.guild {
            Some(guild) => block_on(async {
                let guilds = open(&knowledge, &settings).await?;
                // An unreadable or damaged server is an error here, not a silent fallback.
                let engine = guilds.engine_of(guild).await;
                guilds.db().close().await;
                let engine = engine?;
                let outcome = ask::run(&engine, args);
                exit_without_freeing((guilds, engine));
                outcome
            }),
            None => ask::run(&knowledge.engine()?, args),
        },
        Command::Kb(args) => block_on(async {
            let guilds = open(&knowledge, &settings).await?;
            let outcome = kb::run(&guilds, args).await;
            guilds.db().close().await;
            exit_without_freeing(guilds);
            outcome
        }),
        Command::Db(args) => block_on(async { db::run(open(&knowledge, &settings).await?.db(), args).await }),
        Command::Register => register::run(),
        Command::Chat => chat::run(&knowledge.engine()?),
        Command::Eval(args) => eval::run(&knowledge.engine()?, args),
        Command::Serve => serve::run(knowledge, settings),
        Command::Quiz(args) => {
            let engine = knowledge.engine()?;
            let bank = knowledge.quiz(&engine)?;
            quiz::run(&engine.source().article.meta, &bank, args)
        }
    }
}

/// Leaves what a command that is about to end read to the end of the process: freeing a large
/// server's analysed entries one by one would take longer than answering did.
fn exit_without_freeing<T>(read: T) {
    std::mem::forget(read);
}

/// Runs a command that uses the database on a small runtime of its own.
fn block_on<T>(work: impl std::future::Future<Output = anyhow::Result<T>>) -> anyhow::Result<T> {
    use anyhow::Context as _;
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().context("starting the runtime")?;
    runtime.block_on(work)
}

/// Loads the knowledge base and opens the database (importing what is left of the old file
/// layout, and saying so on standard error).
async fn open(knowledge: &Knowledge, settings: &Settings) -> anyhow::Result<Arc<Guilds>> {
    let engine = Arc::new(knowledge.engine()?);
    let shipped = engine.entries().iter().map(|c| Arc::clone(&c.entry)).collect();
    let (db, imported) = storage::open(settings, Arc::clone(engine.source()), shipped).await?;
    for report in imported {
        eprintln!("citebot: {report}");
    }
    Ok(Arc::new(Guilds::new(engine, Arc::new(db)).remembering(knowledge.loader())))
}

/// What the bot answers from: a directory only when one is given (`--knowledge` or
/// `KNOWLEDGE_DIR`), else the knowledge built into the binary, so a copied or installed
/// `citebot` never reads whatever directory it happened to be built in.
pub enum Knowledge {
    Dir(PathBuf),
    BuiltIn,
}

impl From<Option<PathBuf>> for Knowledge {
    fn from(given: Option<PathBuf>) -> Knowledge {
        given.map_or(Knowledge::BuiltIn, Knowledge::Dir)
    }
}

impl Knowledge {
    /// The engine over this knowledge: the built-in analysis, or a directory loaded, validated
    /// and analysed now.
    pub fn engine(&self) -> anyhow::Result<Engine> {
        match self {
            Knowledge::BuiltIn => shipped::engine(),
            Knowledge::Dir(dir) => load(dir),
        }
    }

    /// The quiz items that go with this knowledge, checked against `engine` (built from it).
    pub fn quiz(&self, engine: &Engine) -> anyhow::Result<Bank> {
        match self {
            Knowledge::BuiltIn => load_quiz(shipped::files(), engine),
            Knowledge::Dir(dir) => load_quiz(Files::Dir(dir), engine),
        }
    }

    /// Loads this knowledge base, for a server's analysed snapshot (see `guilds`).
    pub fn loader(&self) -> crate::guilds::Loader {
        match self {
            Knowledge::BuiltIn => Arc::new(|| KnowledgeBase::load_files(shipped::files())),
            Knowledge::Dir(dir) => {
                let dir = dir.clone();
                Arc::new(move || KnowledgeBase::load(&dir))
            }
        }
    }

    /// Where the knowledge comes from, for the log.
    pub fn label(&self) -> String {
        match self {
            Knowledge::BuiltIn => EMBEDDED_LABEL.to_string(),
            Knowledge::Dir(dir) => dir.display().to_string(),
        }
    }
}

/// Loads a knowledge directory and builds the engine over it.
pub fn load(dir: &std::path::Path) -> anyhow::Result<Engine> {
    let kb = KnowledgeBase::load(dir)
        .map_err(|e| anyhow::anyhow!("the knowledge base in {} is invalid:\n{e}", dir.display()))?;
    Ok(Engine::new(&kb))
}

/// The quiz items of `files` (their `quiz.toml`), checked against `engine`'s article and
/// topics; an empty bank when there is no quiz file.
pub fn load_quiz(files: Files<'_>, engine: &Engine) -> anyhow::Result<Bank> {
    let topics = topics(engine.entries().iter().map(|c| &*c.entry.spec.topic));
    let bank = read_quiz(files, engine.source(), &topics)
        .map_err(|e| anyhow::anyhow!("the quiz items in {} are invalid:\n{e}", files.label()))?;
    Ok(bank.unwrap_or_default())
}

/// Reads and checks `quiz.toml`; `None` when there is none.
fn read_quiz(files: Files<'_>, source: &Source, topics: &[String]) -> Result<Option<Bank>, LoadError> {
    let file = crate::quiz::FILE_NAME;
    if !files.exists(file) {
        return Ok(None);
    }
    let text = files.read(file)?;
    crate::quiz::parse(&text, &files.name(file), source, topics).map(Some)
}

/// Each topic once, in the order they first come.
fn topics<'a>(all: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut topics: Vec<String> = Vec::new();
    for topic in all {
        if !topics.iter().any(|t| t == topic) {
            topics.push(topic.to_owned());
        }
    }
    topics
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    use super::*;

    #[test]
    fn every_option_and_command_has_help() {
        fn walk(command: &clap::Command, path: &str, missing: &mut Vec<String>) {
            for arg in command.get_arguments() {
                let builtin = matches!(arg.get_id().as_str(), "help" | "version");
                if !builtin && arg.get_help().is_none() {
                    missing.push(format!("{path} {}", arg.get_id()));
                }
            }
            for sub in command.get_subcommands() {
                if sub.get_about().is_none() {
                    missing.push(format!("{path} {}", sub.get_name()));
                }
                walk(sub, &format!("{path} {}", sub.get_name()), missing);
            }
        }
        let mut missing = Vec::new();
        walk(&Cli::command(), "citebot", &mut missing);
        assert!(missing.is_empty(), "no help text: {missing:?}");
    }

    #[test]
    fn a_cause_already_in_the_message_is_not_repeated() {
        let io = std::io::Error::from_raw_os_error(17);
        let e = anyhow::Error::new(std::io::Error::new(io.kind(), format!("cannot create d: {io}")));
        let e = e.context("opening the store");
        assert_eq!(error_text(&e), format!("opening the store: cannot create d: {io}"));
    }
}
