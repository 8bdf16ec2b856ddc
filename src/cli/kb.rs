//! `citebot kb`: the moderators' operations from the shell, over the same
//! storage as `/kb`, so a server can be seeded or repaired without Discord.

use std::fmt::Write as _;

use super::Outcome;
use crate::engine::QuoteRef;
use crate::guilds::Guilds;
use crate::knowledge::store::{Actor, AuditRecord, Origin, StoreError};
use crate::knowledge::EntrySpec;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The Discord server (guild) id.
    #[arg(long, global = true, value_name = "ID")]
    guild: Option<u64>,

    /// Who makes the change, for the audit log (default: $USER).
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
        #[arg(long)]
        id: String,
        #[arg(long)]
        question: String,
    },
    /// Remove the server's own entry, or hide a shipped one in this server only.
    Remove {
        #[arg(long)]
        id: String,
    },
    /// The entries that answer in the server.
    List {
        #[arg(long)]
        topic: Option<String>,
    },
    /// One entry in full.
    Show {
        #[arg(long)]
        id: String,
    },
    /// The most recent changes.
    Log {
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
    /// The questions the bot could not answer in the server, most frequent first.
    Unanswered {
        #[arg(long, default_value_t = 20)]
        limit: usize,
    },
}

pub fn run(guilds: &Guilds, args: Args) -> anyhow::Result<Outcome> {
    let guild = args.guild.ok_or_else(|| anyhow::anyhow!("kb needs --guild ID: the server to act on"))?;
    let by = args.by.or_else(|| std::env::var("USER").ok()).unwrap_or_else(|| "operator".into());
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
                top.iter().map(|u| format!("{:>4}  {}\n", u.count, u.text)).collect()
            }
        }),
    };
    match result {
        Ok(text) => {
            print!("{text}");
            Ok(Outcome::Success)
        }
        Err(e) if e.is_refusal() => {
            eprintln!("refused: {e}");
            Ok(Outcome::Failure)
        }
        Err(e) => Err(e.into()),
    }
}

fn changed(r: &AuditRecord) -> String {
    format!("{:?} {} in server, by {}\n", r.action, r.id, r.by.name).to_lowercase()
}

fn log_line(r: &AuditRecord) -> String {
    format!("{}  {:<6} {:<32} by {} ({})\n", r.at, format!("{:?}", r.action).to_lowercase(), r.id, r.by.name, r.by.id)
}

fn list(guilds: &Guilds, guild: u64, topic: Option<&str>) -> Result<String, StoreError> {
    let knowledge = guilds.knowledge(guild)?;
    let mut out = String::new();
    for l in knowledge.list(guilds.shipped_entries(), topic) {
        let origin = if l.origin == Origin::Server { "server " } else { "shipped" };
        let spec = &l.entry.spec;
        let _ = writeln!(out, "{origin}  {:<32} {:<34} {}", spec.id, spec.topic, spec.questions[0]);
    }
    Ok(out)
}

fn show(guilds: &Guilds, guild: u64, id: &str) -> Result<String, StoreError> {
    let knowledge = guilds.knowledge(guild)?;
    let listed = knowledge.show(guilds.shipped_entries(), id).ok_or_else(|| StoreError::UnknownId(id.to_string()))?;
    let e = &listed.entry;
    let mut out = format!(
        "{} ({:?}), topic {:?}\n\nanswer: {}\n\nquestions:\n",
        e.spec.id, listed.origin, e.spec.topic, e.spec.answer
    );
    for q in &e.spec.questions {
        let _ = writeln!(out, "  - {q}");
    }
    out.push_str("\nquotes:\n");
    for q in &e.quotes {
        let place = QuoteRef { text: String::new(), paragraph: q.at.paragraph, section: q.at.section.clone() };
        let _ = writeln!(out, "  \u{201C}{}\u{201D}\n    \u{2014} {}", q.text, place.location());
    }
    Ok(out)
}
