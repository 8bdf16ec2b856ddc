//! `citebot kb`: the moderators' operations from the shell, over the same
//! storage as `/kb`, so a server can be seeded or repaired without Discord.

use std::fmt::Write as _;
use std::io::Write as _;

use super::terminal::visible;
use super::Outcome;
use crate::engine::QuoteRef;
use crate::guilds::Guilds;
use crate::knowledge::store::{Actor, AuditRecord, Origin, StoreError};
use crate::knowledge::{name_problem, EntrySpec};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The Discord server (guild) id.
    #[arg(long, global = true, value_name = "ID")]
    guild: Option<u64>,

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
    /// Remove the server's own entry, or hide a shipped one in this server only.
    Remove {
        /// The entry's id (see `kb list`).
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
}

pub fn run(guilds: &Guilds, args: Args) -> anyhow::Result<Outcome> {
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
            guilds.add(guild, spec, &actor).map(|r| changed(&r))
        }
        Op::Alias { id, question } => guilds.alias(guild, &id, &question, &actor).map(|r| changed(&r)),
        Op::Remove { id } => guilds.remove(guild, &id, &actor).map(|r| changed(&r)),
        Op::List { topic } => list(guilds, guild, topic.as_deref()),
        Op::Show { id } => show(guilds, guild, &id),
        Op::Log { limit } => guilds.log(guild, limit).map(|records| records.iter().map(log_line).collect()),
        Op::Unanswered { limit } => guilds.unanswered(guild).map(|queue| {
            let top = queue.top(limit);
            if top.is_empty() {
                "no unanswered questions\n".to_string()
            } else {
                top.iter().map(|u| format!("{:>4}  {}\n", u.count, visible(&u.text))).collect()
            }
        }),
    };
    match result {
        Ok(text) => {
            let mut out = std::io::stdout().lock();
            out.write_all(text.as_bytes())?;
            out.flush()?;
            Ok(Outcome::Success)
        }
        Err(e) if e.is_refusal() => {
            eprintln!("refused: {}", visible(&refusal(&e)));
            Ok(Outcome::Failure)
        }
        Err(e) => Err(e.into()),
    }
}

/// A refusal in the terms of the command line: each problem under the option it came from.
fn refusal(e: &StoreError) -> String {
    let StoreError::Invalid(problems) = e else { return e.to_string() };
    let lines: Vec<String> = problems.iter().map(|p| format!("{} {}", option(&p.field), p.message)).collect();
    match lines.as_slice() {
        [one] => format!("the entry was not saved: {one}"),
        many => format!("the entry was not saved:\n  {}", many.join("\n  ")),
    }
}

/// The option a field of an entry comes from: `quotes[0]` is `--quote`.
fn option(field: &str) -> String {
    match field.split('[').next().unwrap_or(field) {
        "questions" | "question" => "--question".into(),
        "quotes" => "--quote".into(),
        "triggers" => "a trigger".into(),
        other => format!("--{other}"),
    }
}

fn changed(r: &AuditRecord) -> String {
    format!("{} {} in server, by {}\n", action(r), visible(&r.id), visible(&r.by.name))
}

fn action(r: &AuditRecord) -> String {
    format!("{:?}", r.action).to_lowercase()
}

/// One change: when (local time), what, which entry, and who (with the Discord user id of a
/// moderator; an operator at the command line has none).
fn log_line(r: &AuditRecord) -> String {
    let who = match r.by.id {
        0 => visible(&r.by.name).into_owned(),
        id => format!("{} (Discord user {id})", visible(&r.by.name)),
    };
    format!("{}  {:<6} {:<32} by {who}\n", local_time(r.at), action(r), visible(&r.id))
}

/// A Unix time as the local date and time, with the offset from UTC.
fn local_time(at: u64) -> String {
    use chrono::TimeZone as _;
    let seconds = i64::try_from(at).unwrap_or(i64::MAX);
    match chrono::Local.timestamp_opt(seconds, 0).single() {
        Some(time) => time.format("%Y-%m-%d %H:%M:%S %:z").to_string(),
        None => format!("{at} (Unix time)"),
    }
}

fn list(guilds: &Guilds, guild: u64, topic: Option<&str>) -> Result<String, StoreError> {
    let knowledge = guilds.knowledge(guild)?;
    let mut out = String::new();
    for l in knowledge.list(guilds.shipped_entries(), topic) {
        let origin = if l.origin == Origin::Server { "server " } else { "shipped" };
        let spec = &l.entry.spec;
        let first = spec.questions.first().map_or(String::new(), |q| visible(q).into_owned());
        let _ = writeln!(out, "{origin}  {:<32} {:<34} {first}", visible(&spec.id), visible(&spec.topic));
    }
    Ok(out)
}

fn show(guilds: &Guilds, guild: u64, id: &str) -> Result<String, StoreError> {
    let knowledge = guilds.knowledge(guild)?;
    let listed = knowledge.show(guilds.shipped_entries(), id).ok_or_else(|| StoreError::UnknownId(id.to_string()))?;
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
        let _ = writeln!(out, "  \u{201C}{}\u{201D}\n    \u{2014} {}", visible(&q.text), visible(&place.location()));
    }
    Ok(out)
}
