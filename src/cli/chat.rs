//! `citebot chat`: a conversation in the terminal.
//!
//! It survives what a terminal can send: a byte that is not UTF-8 is replaced (as `ask --json`
//! does), not the end of the conversation; Ctrl-C says goodbye and exits 0 like "quit", instead
//! of cutting the terminal off mid-line; and replies are wrapped to the terminal's width.

use std::io::{BufRead, Write};

use super::render::text_reply;
use super::wrap::{width, wrap};
use super::Outcome;
use crate::engine::Engine;

/// What a goodbye looks like, whether by "quit", Ctrl-D or Ctrl-C.
const BYE: &str = "Bye.";

/// One question per line until end of input, "quit" or Ctrl-C.
pub fn run(engine: &Engine) -> anyhow::Result<Outcome> {
    leave_on_ctrl_c();
    let meta = &engine.source().article.meta;
    let width = width();
    let say = |text: &str| -> std::io::Result<()> {
        let text = width.map_or_else(|| text.to_owned(), |w| wrap(text, w));
        // The lock is taken per write, never across a read, so Ctrl-C can always say goodbye.
        let mut out = std::io::stdout().lock();
        out.write_all(text.as_bytes())?;
        out.flush()
    };
    say(&format!("Ask about \u{201C}{}\u{201D} ({}, {}).\n", meta.title, meta.author, meta.date))?;
    say("Type a question and press Enter; \"quit\", Ctrl-D or Ctrl-C leaves.\n\n")?;
    let stdin = std::io::stdin();
    let mut line = Vec::new();
    // The question before, so "and Russia?" after "who does Turkey back?" is
    // understood as the bot does in Discord.
    let mut previous: Option<String> = None;
    loop {
        say("you> ")?;
        line.clear();
        if stdin.lock().read_until(b'\n', &mut line)? == 0 {
            say(&format!("\n{BYE}\n"))?;
            break;
        }
        let text = String::from_utf8_lossy(&line);
        let question = text.trim();
        if matches!(question.to_lowercase().as_str(), "quit" | "exit" | "bye" | ":q") {
            say(&format!("{BYE}\n"))?;
            break;
        }
        if question.is_empty() {
            continue;
        }
        say(&format!("\n{}\n\n", text_reply(&engine.answer_after(question, previous.as_deref()), meta)))?;
        previous = Some(question.to_string());
    }
    Ok(Outcome::Success)
}

/// On Ctrl-C, ends the line being typed, says goodbye and exits 0. A thread waits for the
/// signal, so the conversation itself stays a plain blocking loop. If the signal cannot be
/// listened for, Ctrl-C keeps its default (the process ends at once).
fn leave_on_ctrl_c() {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().enable_io().build() else { return };
    #[cfg(unix)]
    let interrupted = {
        use tokio::signal::unix::{signal, SignalKind};
        // Registered here, before the first prompt, not when the thread gets to it.
        let Ok(mut interrupt) = runtime.block_on(async { signal(SignalKind::interrupt()) }) else { return };
        async move {
            interrupt.recv().await;
        }
    };
    #[cfg(not(unix))]
    let interrupted = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    std::thread::spawn(move || {
        runtime.block_on(interrupted);
        let mut out = std::io::stdout().lock();
        let _ = write!(out, "\n{BYE}\n");
        let _ = out.flush();
        std::process::exit(0);
    });
}
