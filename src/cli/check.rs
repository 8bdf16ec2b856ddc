use std::io::Write as _;
use std::path::Path;

use super::terminal::visible;
use super::Outcome;
use crate::knowledge::{check_dir, LoadError};

/// Validates a knowledge directory, printing every problem as
/// `file:line: message`.
pub fn run(dir: &Path) -> anyhow::Result<Outcome> {
    match check_dir(dir) {
        Ok(kb) => {
            let quotes: usize = kb.entries.iter().map(|e| e.quotes.len()).sum();
            writeln!(
                std::io::stdout(),
                "{}: ok: {} entries, {} quotes, all {} paragraphs quoted",
                dir.display(),
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
                eprintln!("{}", visible(&one.to_string()));
            }
            eprintln!("{}: {} problem(s)", dir.display(), e.problems.len());
            Ok(Outcome::Failure)
        }
    }
}
