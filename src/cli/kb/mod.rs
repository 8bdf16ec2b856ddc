//! `citebot kb`: the moderators' operations from the shell, over the same storage as `/kb`, so
//! a server can be seeded, reviewed or repaired without Discord.

mod words;

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::PathBuf;

use anyhow::Context as _;

use super::terminal::{visible, visible_lines};
use super::Outcome;
use crate::engine::QuoteRef;
use crate::guilds::{Guilds, Outcome as Saved};
use crate::knowledge::{name_problem, render_entries, EntrySpec};
use crate::storage::{Actor, AuditRecord, Listed, Origin, ServerId, StoreError};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The Discord server (guild) id.
    #[arg(long, global = true, value_name = "ID")]
    guild: Option<ServerId>,

    /// Who makes the change, for the audit log: one line, not empty (default: $USER).
    #[arg(long, global = true, value_name = "NAME")]
    by: Option<String>,

    #[command(subcommand)]
    op: Op,
}

#[derive(clap::Subcommand, Debug)]
enum Op {
    /// Add an entry; its quote must be verbatim in the article.
    Add {
        /// An example question (repeat for several phrasings).
        #[arg(long = "question", required = true)]
        questions: Vec<String>,
        /// The short answer, in the bot's words.
        #[arg(long)]
        answer: String,
        /// A verbatim excerpt of the article (repeat for several).
        #[arg(long = "quote", required = true)]
        quotes: Vec<String>,
        /// The topic (default: the quote's section).
        #[arg(long)]
        topic: Option<String>,
        /// The entry id (default: derived from the first question).
        #[arg(long)]
        id: Option<String>,
    },
    /// Add another phrasing to an entry.
    Alias {
        /// The entry's id (see `kb list`): the server's own or a shipped one.
        #[arg(long)]
        id: String,
        /// The new example question.
        #[arg(long)]
        question: String,
    },
    /// Take away a question this server added to an entry.
    Unalias {
        /// The entry's id (see `kb list`).
        #[arg(long)]
        id: String,
        /// The question to take away, as it was added.
        #[arg(long)]
        question: String,
    },
    /// Remove the server's own entry, or hide a shipped one in this server only.
    Remove {
        /// The entry's id (see `kb list`).
        #[arg(long)]
        id: String,
    },
    /// Let a hidden shipped entry answer in this server again.
    Unhide {
        /// The shipped entry's id.
        #[arg(long)]
        id: String,
    },
    /// The entries that answer in the server.
    List {
        /// Only the entries of this topic.
        #[arg(long)]
        topic: Option<String>,
    },
    /// One entry in full.
    Show {
        /// The entry's id (see `kb list`).
        #[arg(long)]
        id: String,
    },
    /// The most recent changes, newest first, in local time.
    Log {
        /// How many changes to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// The questions the bot could not answer in the server, most frequent first.
    Unanswered {
        /// How many questions to show.
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// Per entry: how often it answered here, and its 👍 and 👎 votes, worst first.
    Stats,
    /// Put the server's own entry in its quiz, with a short answer its quote states and the
    /// answer's kind (or change them).
    Quiz {
        /// The server's own entry's id.
        #[arg(long)]
        id: String,
        /// The short right answer, as a button shows it (80 characters at most).
        #[arg(long)]
        answer: String,
        /// date (or time), person (or group), place, country, number or other.
        #[arg(long)]
        kind: String,
    },
    /// Take the server's own entry out of its quiz.
    Unquiz {
        /// The entry's id.
        #[arg(long)]
        id: String,
    },
    /// Write the server's own entries as a knowledge file (knowledge/entries format).
    Export {
        /// The file to write (default: standard output).
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Load the entries of a knowledge file into the server, all or none.
    Import {
        /// A file in the knowledge/entries format, such as `kb export` writes.
        file: PathBuf,
    },
}

pub async fn run(guilds: &Guilds, args: Args) -> anyhow::Result<Outcome> {
    let guild = args.guild.ok_or_else(|| anyhow::anyhow!("kb needs --guild ID: the server to act on"))?;
    let by = match args.by {
        Some(by) => match name_problem(&by) {
            Some(problem) => {
                eprintln!("refused: --by {}", visible(&problem));
                return Ok(Outcome::Failure);
            }
            None => by.trim().to_owned(),
        },
        None => std::env::var("USER").ok().filter(|u| name_problem(u).is_none()).unwrap_or_else(|| "operator".into()),
    };
    let actor = Actor::new(0, format!("{by} (command line)"));
    let db = guilds.db();
    let result = match args.op {
        Op::Add { questions, answer, quotes, topic, id } => {
            let spec = EntrySpec {
                id: id.unwrap_or_default(),
                topic: topic.unwrap_or_default(),
                questions,
                triggers: Vec::new(),
                answer,
                quotes,
            };
            guilds.add(guild, spec, &actor).await.map(|saved| saved_text(&saved))
        }
        Op::Alias { id, question } => guilds.alias(guild, &id, &question, &actor).await.map(|saved| saved_text(&saved)),
        Op::Unalias { id, question } => guilds.unalias(guild, &id, &question, &actor).await.map(|r| changed(&r)),
        Op::Remove { id } => guilds.remove(guild, &id, &actor).await.map(|r| changed(&r)),
        Op::Unhide { id } => guilds.unhide(guild, &id, &actor).await.map(|r| changed(&r)),
        Op::List { topic } => list(guilds, guild, topic.as_deref()).await,
        Op::Show { id } => match db.entry(guild, &id).await {
            Ok(Some(listed)) => Ok(show(&listed)),
            Ok(None) => Err(StoreError::Refused(crate::storage::Refusal::UnknownId(id))),
            Err(e) => Err(e),
        },
        Op::Log { limit } => db.log(guild, limit).await.map(|records| records.iter().map(log_line).collect()),
        Op::Unanswered { limit } => db.unanswered(guild).await.map(|queue| {
            let top = queue.top(limit);
            if top.is_empty() {
                return "no unanswered questions\n".to_string();
            }
            let line = |u: &crate::storage::Unanswered| match &u.disputed {
                Some(entry) => {
                    format!("{:>4}  {}  (disputed: answered by {})\n", u.count, visible(&u.text), visible(entry))
                }
                None => format!("{:>4}  {}\n", u.count, visible(&u.text)),
            };
            top.iter().map(line).collect()
        }),
        Op::Stats => db.entry_stats(guild).await.map(|stats| {
            if stats.is_empty() {
                return "no answers or votes recorded in this server yet\n".to_string();
            }
            let mut out = format!("{:<34} {:>7} {:>4} {:>4}\n", "entry", "answers", "up", "down");
            for s in stats {
                let _ = writeln!(out, "{:<34} {:>7} {:>4} {:>4}", visible(&s.id), s.answers, s.up, s.down);
            }
            out
        }),
        Op::Quiz { id, answer, kind } => {
            let Some(kind) = crate::quiz::Kind::parse(kind.trim()) else {
                eprintln!("refused: --kind must be one of: {}", crate::quiz::Kind::choices());
                return Ok(Outcome::Failure);
            };
            db.set_entry_quiz(guild, &id, Some((&answer, kind)), &actor, crate::storage::unix_now())
                .await
                .map(|r| changed(&r))
        }
        Op::Unquiz { id } => {
            db.set_entry_quiz(guild, &id, None, &actor, crate::storage::unix_now()).await.map(|r| changed(&r))
        }
        Op::Export { output } => return export(guilds, guild, output).await,
        Op::Import { file } => {
            let text = std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let name = file.display().to_string();
            guilds.import(guild, text, name, &actor).await.map(|saved| imported(&saved, guild))
        }
    };
    match result {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(Outcome::Success)
        }
        Err(StoreError::Refused(refusal)) => {
            eprintln!("refused: {}", visible_lines(&words::refusal(&refusal)));
            Ok(Outcome::Failure)
        }
        Err(e) => Err(e.into()),
    }
}

/// A saved add or alias, with a warning for each new question another entry answers instead.
fn saved_text(saved: &Saved) -> String {
    let mut out = changed(&saved.record);
    for (question, check) in &saved.checks {
        if let Some(warning) = words::shadowed(&saved.record.id, question, check) {
            let _ = writeln!(out, "warning: {warning}");
        }
    }
    out
}

fn imported(saved: &Saved, guild: ServerId) -> String {
    let mut out = format!("imported {} entries into server {guild}\n", saved.checks.len());
    for (question, check) in &saved.checks {
        if let Some(warning) = words::shadowed("", question, check) {
            let _ = writeln!(out, "warning: {warning}");
        }
    }
    out
}

fn changed(r: &AuditRecord) -> String {
    format!("{} {} in server, by {}\n", r.action.as_str(), visible(&r.id), visible(&r.by.name))
}

/// One change: when (local time), what, which entry, and who (with the Discord user id of a
/// moderator; an operator at the command line has none).
fn log_line(r: &AuditRecord) -> String {
    let who = match r.by.id {
        0 => visible(&r.by.name).into_owned(),
        id => format!("{} (Discord user {id})", visible(&r.by.name)),
    };
    format!("{}  {:<7} {:<32} by {who}\n", local_time(r.at), r.action.as_str(), visible(&r.id))
}

/// A Unix time as the local date and time, the way Discord's `<t:…>` shows it.
fn local_time(at: u64) -> String {
    use chrono::TimeZone as _;
    let seconds = i64::try_from(at).unwrap_or(i64::MAX);
    match chrono::Local.timestamp_opt(seconds, 0).single() {
        Some(time) => time.format("%Y-%m-%d %H:%M:%S %:z").to_string(),
        None => format!("{at} (Unix time)"),
    }
}

async fn list(guilds: &Guilds, guild: ServerId, topic: Option<&str>) -> Result<String, StoreError> {
    // What the server holds, without the engine the bot would answer with.
    let knowledge = guilds.db().knowledge(guild).await?;
    let mut out = String::new();
    for l in knowledge.list(guilds.shipped_entries(), topic) {
        let origin = if l.origin == Origin::Server { "server " } else { "shipped" };
        let spec = &l.entry.spec;
        let first = spec.questions.first().map_or(String::new(), |q| visible(q).into_owned());
        let _ = writeln!(out, "{origin}  {:<32} {:<34} {first}", visible(&spec.id), visible(&spec.topic));
    }
    Ok(out)
}

fn show(listed: &Listed) -> String {
    let e = &listed.entry;
    let mut out = format!(
        "{} ({:?}), topic \u{201C}{}\u{201D}\n\nanswer: {}\n\nquestions:\n",
        visible(&e.spec.id),
        listed.origin,
        visible(&e.spec.topic),
        visible(&e.spec.answer)
    );
    for q in &e.spec.questions {
        let _ = writeln!(out, "  - {}", visible(q));
    }
    out.push_str("\nquotes:\n");
    for q in &e.quotes {
        let place = QuoteRef { text: String::new(), paragraph: q.at.paragraph, section: q.at.section.clone() };
        let _ = writeln!(out, "  \u{201C}{}\u{201D}\n    \u{2014} {}", q.text, place.location());
    }
    out
}

async fn export(guilds: &Guilds, guild: ServerId, output: Option<PathBuf>) -> anyhow::Result<Outcome> {
    // What the server holds, without the engine the bot would answer with.
    let knowledge = guilds.db().knowledge(guild).await?;
    let text = render_entries(guild.get(), knowledge.entries.iter().map(|e| &e.spec));
    match output {
        None => print!("{text}"),
        Some(path) => {
            std::fs::write(&path, &text).with_context(|| format!("cannot write {}", path.display()))?;
            eprintln!("exported {} entries of server {guild} to {}", knowledge.entries.len(), path.display());
        }
    }
    Ok(Outcome::Success)
}
