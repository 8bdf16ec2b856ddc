use std::io::{BufRead, Write};

use super::render::text_reply;
use super::Outcome;
use crate::engine::Engine;

/// A conversation in the terminal: one question per line until end of
/// input or "quit".
pub fn run(engine: &Engine) -> anyhow::Result<Outcome> {
    let meta = &engine.source().article.meta;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    writeln!(out, "Ask about \u{201C}{}\u{201D} ({}, {}).", meta.title, meta.author, meta.date)?;
    writeln!(out, "Type a question and press Enter; \"quit\" or Ctrl-D leaves.\n")?;
    let stdin = std::io::stdin();
    let mut line = String::new();
    loop {
        write!(out, "you> ")?;
        out.flush()?;
        line.clear();
        if stdin.lock().read_line(&mut line)? == 0 {
            writeln!(out)?;
            break;
        }
        let question = line.trim();
        if matches!(question.to_lowercase().as_str(), "quit" | "exit" | "bye" | ":q") {
            break;
        }
        if question.is_empty() {
            continue;
        }
        writeln!(out, "\n{}\n", text_reply(&engine.answer(question), meta))?;
    }
    Ok(Outcome::Success)
}
