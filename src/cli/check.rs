use std::path::Path;

use super::Outcome;
use crate::knowledge::check_dir;

/// Validates a knowledge directory, printing every problem as
/// `file:line: message`.
pub fn run(dir: &Path) -> anyhow::Result<Outcome> {
    match check_dir(dir) {
        Ok(kb) => {
            let quotes: usize = kb.entries.iter().map(|e| e.quotes.len()).sum();
            println!(
                "{}: ok: {} entries, {} quotes, all {} paragraphs quoted",
                dir.display(),
                kb.entries.len(),
                quotes,
                kb.article().paragraph_count()
            );
            Ok(Outcome::Success)
        }
        Err(e) => {
            eprintln!("{e}");
            eprintln!("{}: {} problem(s)", dir.display(), e.problems.len());
            Ok(Outcome::Failure)
        }
    }
}
