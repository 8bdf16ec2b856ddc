//! The knowledge base built into the binary (see `build.rs`): what every
//! command answers from unless `--knowledge` or `KNOWLEDGE_DIR` names a
//! directory, so an installed `citebot` needs no files beside it.

use crate::engine::Engine;
use crate::knowledge::{check, Files};

/// The shipped knowledge directory's files, as they were at build time.
static FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/shipped_files.rs"));

/// The engine's analysis of them; empty when they were invalid.
static SNAPSHOT: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/shipped.snapshot"));

/// The built-in files, to check or load like a directory.
pub fn files() -> Files<'static> {
    Files::Embedded(FILES)
}

/// The engine over the built-in knowledge, read from its analysis.
pub fn engine() -> anyhow::Result<Engine> {
    if SNAPSHOT.is_empty() {
        // Invalid at build time: loading says why, with file and line.
        let error = check(files()).err().map_or_else(|| "unknown problem".to_string(), |e| e.to_string());
        anyhow::bail!("the knowledge built into this binary is invalid:\n{error}");
    }
    Ok(Engine::from_snapshot(SNAPSHOT)?)
}
