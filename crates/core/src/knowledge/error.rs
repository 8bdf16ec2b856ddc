use std::fmt;
use std::path::Path;

/// One problem in a knowledge file, located to the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}: {}", self.file, self.line, self.message)
    }
}

/// Why a knowledge directory or file could not be loaded: every problem
/// found, not just the first, so one `citebot check` run lists them all.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LoadError {
    pub problems: Vec<Diagnostic>,
}

impl LoadError {
    pub fn at(file: impl Into<String>, line: usize, message: impl Into<String>) -> LoadError {
        LoadError { problems: vec![Diagnostic { file: file.into(), line, message: message.into() }] }
    }

    pub fn io(path: &Path, error: &std::io::Error) -> LoadError {
        LoadError::at(path.display().to_string(), 0, format!("cannot read: {error}"))
    }

    /// Collects the problems of several loads; `Ok` when there were none.
    pub fn from_problems(problems: Vec<Diagnostic>) -> Result<(), LoadError> {
        if problems.is_empty() {
            Ok(())
        } else {
            Err(LoadError { problems })
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, p) in self.problems.iter().enumerate() {
            if i > 0 {
                writeln!(f)?;
            }
            if p.line == 0 {
                write!(f, "{}: {}", p.file, p.message)?;
            } else {
                write!(f, "{p}")?;
            }
        }
        Ok(())
    }
}

impl std::error::Error for LoadError {}

/// The 1-based line of byte offset `at` in `source`.
pub fn line_of(source: &str, at: usize) -> usize {
    1 + source.as_bytes()[..at.min(source.len())].iter().filter(|&&b| b == b'\n').count()
}

/// Turns a TOML syntax or type error into a located diagnostic.
pub fn toml_problem(file: &str, source: &str, e: &toml::de::Error) -> Diagnostic {
    let line = e.span().map_or(1, |s| line_of(source, s.start));
    Diagnostic { file: file.to_string(), line, message: e.message().trim().to_string() }
}
