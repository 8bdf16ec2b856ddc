//! The knowledge base built into the binary (see `build.rs`): what every
//! command answers from unless `--knowledge` or `KNOWLEDGE_DIR` names a
//! directory, so an installed `citebot` needs no files beside it.

use crate::engine::Engine;
use crate::knowledge::{check, Files, KnowledgeBase};

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

/// The built-in knowledge loaded from its files, as a directory would be
/// (for tests and benchmarks that compare the two).
pub fn knowledge_base() -> anyhow::Result<KnowledgeBase> {
    KnowledgeBase::load_files(files()).map_err(|e| anyhow::anyhow!("the built-in knowledge is invalid:\n{e}"))
}
