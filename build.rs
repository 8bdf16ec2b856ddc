//! Builds the shipped knowledge into the binary.
//!
//! The knowledge directory beside this file is embedded twice: its files as
//! they are (so `citebot check` with no directory checks what the binary
//! ships), and the engine's analysis of them (so answering starts in about a
//! millisecond instead of analysing some 1,700 example questions at every
//! start). An installed binary then needs no directory; one is read only
//! when `--knowledge` or `KNOWLEDGE_DIR` gives it.
//!
//! Invalid knowledge does not fail the build: the binary is still built, so
//! `citebot check` can list the problems with file and line, and anything
//! that needs the built-in knowledge says it is invalid.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use citebot_core::engine::Engine;
use citebot_core::knowledge::check_dir;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let out = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    let knowledge = root.join("knowledge");
    println!("cargo::rerun-if-changed=knowledge");
    // sqlx::migrate! embeds migrations/ into the binary: a new migration must rebuild it.
    println!("cargo::rerun-if-changed=migrations");

    let mut files = Vec::new();
    collect(&knowledge, &knowledge, &mut files);
    files.sort();
    let mut listing = String::from("&[\n");
    for (name, path) in &files {
        writeln!(listing, "    ({name:?}, include_str!({:?})),", path.display().to_string())
            .expect("a String takes writes");
    }
    listing.push_str("]\n");
    write(&out.join("shipped_files.rs"), listing.as_bytes());

    let snapshot = match check_dir(&knowledge) {
        Ok(kb) => Engine::new(&kb).snapshot(),
        Err(e) => {
            for problem in e.to_string().lines() {
                println!("cargo::warning=knowledge: {problem}");
            }
            Vec::new()
        }
    };
    write(&out.join("shipped.snapshot"), &snapshot);
}

/// Every knowledge file under `dir` (not hidden, not an editor's backup):
/// its `/`-separated name inside the knowledge directory, and its path.
fn collect(root: &Path, dir: &Path, found: &mut Vec<(String, PathBuf)>) {
    let listing = std::fs::read_dir(dir).unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()));
    for entry in listing {
        let path = entry.unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display())).path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        if file_name.starts_with('.') || file_name.ends_with('~') {
            continue;
        }
        if path.is_dir() {
            collect(root, &path, found);
        } else if matches!(path.extension().and_then(|x| x.to_str()), Some("md" | "toml" | "tsv")) {
            let relative = path.strip_prefix(root).expect("found under the root");
            let name = relative.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
            found.push((name, path));
        }
    }
}

fn write(path: &Path, bytes: &[u8]) {
    std::fs::write(path, bytes).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}
