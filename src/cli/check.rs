use std::io::Write as _;
use std::path::Path;

use super::terminal::visible;
use super::{read_quiz, Outcome};
use crate::knowledge::{check_dir, LoadError};

/// Validates a knowledge directory, printing every problem as
/// `file:line: message`: the entries, the lexicon and the article, then the
/// quiz items of `quiz.toml` (when there is one).
pub fn run(dir: &Path) -> anyhow::Result<Outcome> {
    let kb = match check_dir(dir) {
        Ok(kb) => kb,
        Err(e) => return Ok(failed(dir, &e)),
    };
    let quiz = match read_quiz(dir, &kb) {
        Ok(quiz) => quiz,
        Err(e) => return Ok(failed(dir, &e)),
    };
    let quotes: usize = kb.entries.iter().map(|e| e.quotes.len()).sum();
    let quiz = match quiz {
        Some(bank) => format!(", {} quiz items on {} topics", bank.len(), bank.topics().len()),
        None => format!(", no {} (no quiz items)", crate::quiz::FILE_NAME),
    };
    writeln!(
        std::io::stdout(),
        "{}: ok: {} entries, {} quotes, all {} paragraphs quoted{quiz}",
        dir.display(),
        kb.entries.len(),
        quotes,
        kb.article().paragraph_count()
    )?;
    Ok(Outcome::Success)
}

fn failed(dir: &Path, e: &LoadError) -> Outcome {
    // One problem a line, whatever the files' text holds.
    for problem in &e.problems {
        let one = LoadError { problems: vec![problem.clone()] };
        eprintln!("{}", visible(&one.to_string()));
    }
    eprintln!("{}: {} problem(s)", dir.display(), e.problems.len());
    Outcome::Failure
}
