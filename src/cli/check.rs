use std::io::Write as _;

use super::terminal::visible;
use super::{read_quiz, Outcome};
use crate::knowledge::{check, Files, LoadError};

/// Validates a knowledge directory (or the built-in copy), printing every
/// problem as `file:line: message`: the entries, the lexicon and the article,
/// then the quiz items of `quiz.toml` (when there is one).
pub fn run(files: Files<'_>) -> anyhow::Result<Outcome> {
    let kb = match check(files) {
        Ok(kb) => kb,
        Err(e) => return Ok(failed(files, &e)),
    };
    let quiz = match read_quiz(files, &kb.source, &super::topics(kb.entries.iter().map(|e| &*e.spec.topic))) {
        Ok(quiz) => quiz,
        Err(e) => return Ok(failed(files, &e)),
    };
    let quotes: usize = kb.entries.iter().map(|e| e.quotes.len()).sum();
    let quiz = match quiz {
        Some(bank) => format!(", {} quiz items on {} topics", bank.len(), bank.topics().len()),
        None => format!(", no {} (no quiz items)", crate::quiz::FILE_NAME),
    };
    writeln!(
        std::io::stdout(),
        "{}: ok: {} entries, {} quotes, all {} paragraphs quoted{quiz}",
        files.label(),
        kb.entries.len(),
        quotes,
        kb.article().paragraph_count()
    )?;
    Ok(Outcome::Success)
}

fn failed(files: Files<'_>, e: &LoadError) -> Outcome {
    // One problem a line, whatever the files' text holds.
    for problem in &e.problems {
        let one = LoadError { problems: vec![problem.clone()] };
        // A parser's message may run over lines: kept on the problem's own line.
        eprintln!("{}", visible(&one.to_string().replace('\n', "; ")));
    }
    eprintln!("{}: {} problem(s)", files.label(), e.problems.len());
    Outcome::Failure
}
