//! The optional `.env` file in the working directory, read once before the command line is
//! parsed, so its variables count like the environment's (what is set already wins).
//!
//! Two things differ from `dotenvy` alone: a line that does not parse is reported with its
//! real line number (dotenvy gives a position within the line), and the caller reports it only
//! after `--help` and `--version` have had their chance; and a variable that citebot reads as a
//! path, set but empty (`DATA_DIR=`), counts as unset, as `VAR=` usually means "not this".

use std::path::Path;

/// The variables clap reads for path options: empty means unset.
const PATH_VARS: [&str; 2] = ["KNOWLEDGE_DIR", "DATA_DIR"];

/// Loads `.env` if there is one. `Err` is one line for the user: which line is wrong and how.
pub fn load() -> Result<(), String> {
    let loaded = match dotenvy::dotenv() {
        Ok(_) => Ok(()),
        Err(e) if e.not_found() => Ok(()),
        Err(dotenvy::Error::LineParse(text, at)) => Err(line_problem(Path::new(".env"), &text, at)),
        Err(e) => Err(format!(".env: {e}")),
    };
    for var in PATH_VARS {
        if std::env::var_os(var).is_some_and(|v| v.to_string_lossy().trim().is_empty()) {
            // Single-threaded still: nothing else reads the environment yet.
            std::env::remove_var(var);
        }
    }
    loaded
}

/// "`.env` line N: …" for a line dotenvy could not parse: `text` is the (logical) line, `at`
/// the position in it where parsing failed.
fn line_problem(path: &Path, text: &str, at: usize) -> String {
    let source = std::fs::read_to_string(path).unwrap_or_default();
    let line = line_number(&source, text, at);
    let shown: String = text.trim_end().chars().take(60).collect();
    let line = line.map_or_else(String::new, |n| format!(" line {n}"));
    format!(".env{line}: cannot read {shown:?}: write NAME=value (a # starts a comment)")
}

/// The 1-based line of `source` on which the logical line `text` fails at byte `at`.
fn line_number(source: &str, text: &str, at: usize) -> Option<usize> {
    let key = text.trim_end_matches(['\n', '\r']);
    let start = source.find(key).filter(|_| !key.is_empty())?;
    let before = source[..start].matches('\n').count();
    let within = key.get(..at.min(key.len())).map_or(0, |head| head.matches('\n').count());
    Some(1 + before + within)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_real_line_is_found() {
        let source = "# comment\nA=1\n\nthis is garbage\nB=2\n";
        assert_eq!(line_number(source, "this is garbage\n", 5), Some(4));
        let quoted = "A=1\nB=\"one\ntwo\" junk\n";
        assert_eq!(line_number(source, "", 0), None);
        assert_eq!(line_number(quoted, "B=\"one\ntwo\" junk\n", 13), Some(3));
    }
}
