use std::io::{BufRead, BufWriter, Write};

use anyhow::Context as _;

use super::render::{json_reply, text_reply};
use super::Outcome;
use crate::engine::Engine;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The question; its words may be given unquoted (`ask who took sirte`). With --json and
    /// no question, questions are read from standard input, one per line, and answered one
    /// JSON object per line.
    #[arg(value_name = "QUESTION")]
    words: Vec<String>,

    /// Print the reply as one JSON object (the stable contract).
    #[arg(long)]
    json: bool,

    /// Show how the engine read the question and scored the candidates.
    #[arg(long, conflicts_with = "json")]
    explain: bool,

    /// Answer as this Discord server (guild) would: with its own entries, without those it hid.
    #[arg(long, value_name = "ID")]
    pub guild: Option<crate::storage::ServerId>,

    /// Read the question as a possible follow-up of this previous one ("and Serraj?" after
    /// "Who backs Hafter?"), as the bot does for the same person in the same channel. In batch
    /// mode it is the previous question of every line.
    #[arg(long, value_name = "PREVIOUS QUESTION")]
    after: Option<String>,
}

pub fn run(engine: &Engine, args: Args) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let question = (!args.words.is_empty()).then(|| args.words.join(" "));
    if let (true, Some(q)) = (args.explain, &question) {
        explain(engine, q, args.after.as_deref(), &mut out)?;
    }
    match (question, args.json) {
        (Some(q), true) => {
            serde_json::to_writer(&mut out, &json_reply(&engine.answer_after(&q, args.after.as_deref())))?;
            writeln!(out)?;
        }
        (Some(q), false) => {
            let reply = engine.answer_after(&q, args.after.as_deref());
            write!(out, "{}", text_reply(&reply, &engine.source().article.meta))?;
            writeln!(out)?;
        }
        (None, true) => batch(engine, args.after.as_deref(), &mut out)?,
        (None, false) => {
            anyhow::bail!("give a QUESTION, or use --json to read questions from standard input")
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// One JSON reply per input line, in order; an empty line gets a reply too
/// so replies always line up with questions.
fn batch(engine: &Engine, after: Option<&str>, out: &mut impl Write) -> anyhow::Result<()> {
    let stdin = std::io::stdin();
    let mut line = Vec::new();
    let mut input = stdin.lock();
    loop {
        line.clear();
        if input.read_until(b'\n', &mut line).context("reading standard input")? == 0 {
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let question = text.trim_end_matches(['\n', '\r']);
        serde_json::to_writer(&mut *out, &json_reply(&engine.answer_after(question, after)))?;
        writeln!(out)?;
    }
    Ok(())
}

/// How the engine read a question and why it answered as it did, for curators.
fn explain(engine: &Engine, question: &str, after: Option<&str>, out: &mut impl Write) -> std::io::Result<()> {
    let e = engine.explain(question, after);
    if let Some(previous) = &e.follows {
        writeln!(out, "follow-up of: {previous} (read together below)")?;
    }
    writeln!(out, "asks: {} ({:?})", e.asks.wording(), e.asks.kind)?;
    for (text, form, asks) in &e.clauses {
        writeln!(out, "clause {:<9} {:<10} {text}", format!("{form:?}"), asks.wording())?;
    }
    for t in &e.terms {
        let mut notes = Vec::new();
        if !t.known {
            notes.push("unknown");
        }
        if t.focus {
            notes.push("focus");
        }
        writeln!(
            out,
            "term {:<16} {:<12} weight {:.2} {:<11} {}",
            t.term,
            format!("({})", t.surface),
            t.weight,
            format!("{:?}", t.role),
            notes.join(", ")
        )?;
    }
    let held_back = |j: &crate::engine::Judged| {
        let mut why = Vec::new();
        if j.wrong_kind {
            why.push(format!("cannot say {}", e.asks.wording()));
        }
        if !j.missed.is_empty() {
            let words: Vec<&str> = j.missed.iter().map(|i| e.terms[i].surface.as_str()).collect();
            why.push(format!("leaves out {}", words.join(", ")));
        }
        why.join("; ")
    };
    for (id, j) in &e.entries {
        writeln!(out, "entry {id:<28} {:.3} (match {:.3}) {}", j.score, j.base, held_back(j))?;
    }
    if let Some((text, j)) = &e.sentence {
        writeln!(out, "sentence {:.3} (match {:.3}) {} {text}", j.score, j.base, held_back(j))?;
    }
    let decision = match &e.reply.outcome {
        crate::engine::Outcome::Answer { entry, .. } => format!("answered from entry {entry}"),
        crate::engine::Outcome::Passage { .. } => "answered with a passage".to_string(),
        crate::engine::Outcome::NotStated { missing, .. } => format!("abstained: the article does not say {missing}"),
        crate::engine::Outcome::Abstain { reason, .. } => format!("abstained: {}", reason.code()),
    };
    writeln!(out, "decision: {decision} (confidence {:.2})\n", e.reply.confidence)
}
