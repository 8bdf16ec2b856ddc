use std::io::{BufRead, BufWriter, Write};

use anyhow::Context as _;

use super::render::{json_reply, text_reply};
use super::Outcome;
use crate::engine::Engine;

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The question. With --json and no question, questions are read from
    /// standard input, one per line, and answered one JSON object per line.
    question: Option<String>,

    /// Print the reply as one JSON object (the stable contract).
    #[arg(long)]
    json: bool,

    /// Show how the engine read the question and scored the candidates.
    #[arg(long, conflicts_with = "json")]
    explain: bool,

    /// Answer as this Discord server (guild) would: with its own entries, without those it hid.
    #[arg(long, value_name = "ID")]
    pub guild: Option<crate::storage::ServerId>,
}

pub fn run(engine: &Engine, args: Args) -> anyhow::Result<Outcome> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if let (true, Some(q)) = (args.explain, &args.question) {
        let e = engine.explain(q);
        writeln!(out, "kind: {:?}", e.kind)?;
        for (term, weight, known) in &e.terms {
            writeln!(out, "term {term:<16} weight {weight:.2}{}", if *known { "" } else { "  (unknown)" })?;
        }
        for (id, score) in &e.entries {
            writeln!(out, "entry {id:<28} {score:.3}")?;
        }
        if let Some((text, score)) = &e.sentence {
            writeln!(out, "sentence {score:.3} {text}")?;
        }
        writeln!(out)?;
    }
    match (args.question, args.json) {
        (Some(q), true) => {
            serde_json::to_writer(&mut out, &json_reply(&engine.answer(&q)))?;
            writeln!(out)?;
        }
        (Some(q), false) => {
            write!(out, "{}", text_reply(&engine.answer(&q), &engine.source().article.meta))?;
            writeln!(out)?;
        }
        (None, true) => batch(engine, &mut out)?,
        (None, false) => {
            anyhow::bail!("give a QUESTION, or use --json to read questions from standard input")
        }
    }
    out.flush()?;
    Ok(Outcome::Success)
}

/// One JSON reply per input line, in order; an empty line gets a reply too
/// so replies always line up with questions.
fn batch(engine: &Engine, out: &mut impl Write) -> anyhow::Result<()> {
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
        serde_json::to_writer(&mut *out, &json_reply(&engine.answer(question)))?;
        writeln!(out)?;
    }
    Ok(())
}
