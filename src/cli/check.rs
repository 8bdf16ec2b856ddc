use std::io::Write as _;

use super::terminal::visible;
use super::Outcome;
use crate::knowledge::{check, Files, LoadError};

/// Validates a knowledge directory (or the built-in copy), printing every
/// problem as `file:line: message`.
pub fn run(files: Files<'_>) -> anyhow::Result<Outcome> {
    match check(files) {
        Ok(kb) => {
            let quotes: usize = kb.entries.iter().map(|e| e.quotes.len()).sum();
            writeln!(
                std::io::stdout(),
                "{}: ok: {} entries, {} quotes, all {} paragraphs quoted",
                files.label(),
                kb.entries.len(),
                quotes,
                kb.article().paragraph_count()
            )?;
            Ok(Outcome::Success)
        }
        Err(e) => {
            // One problem a line, whatever the files' text holds.
            for problem in &e.problems {
                let one = LoadError { problems: vec![problem.clone()] };
                // A parser's message may run over lines: kept on the problem's own line.
                eprintln!("{}", visible(&one.to_string().replace('\n', "; ")));
            }
            eprintln!("{}: {} problem(s)", files.label(), e.problems.len());
            Ok(Outcome::Failure)
        }
    }
}
