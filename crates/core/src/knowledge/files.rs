//! Where a knowledge base's files come from: a directory on disk, or the
//! copy built into the binary (see the build script), read the same way.

use std::path::{Path, PathBuf};

use super::LoadError;

/// A knowledge base's files, named by their path inside the knowledge
/// directory (`article.md`, `entries/01-ceasefire.toml`).
#[derive(Debug, Clone, Copy)]
pub enum Files<'a> {
    /// A directory given by the user.
    Dir(&'a Path),
    /// The shipped knowledge, embedded at build time: (path, contents),
    /// paths with `/` separators.
    Embedded(&'static [(&'static str, &'static str)]),
}

/// How the embedded copy is named in messages.
pub const EMBEDDED_LABEL: &str = "(built in) knowledge";

impl Files<'_> {
    /// The file's contents, or an error naming it.
    pub fn read(&self, path: &str) -> Result<String, LoadError> {
        match self {
            Files::Dir(dir) => {
                let full = dir.join(path);
                std::fs::read_to_string(&full).map_err(|e| LoadError::io(&full, &e))
            }
            Files::Embedded(files) => match files.iter().find(|(p, _)| *p == path) {
                Some((_, text)) => Ok((*text).to_string()),
                None => Err(LoadError::at(self.name(path), 0, "missing")),
            },
        }
    }

    /// Whether the file exists.
    pub fn exists(&self, path: &str) -> bool {
        match self {
            Files::Dir(dir) => dir.join(path).is_file(),
            Files::Embedded(files) => files.iter().any(|(p, _)| *p == path),
        }
    }

    /// The `*.toml` files directly inside `folder`, sorted so load order is stable.
    pub fn tomls_in(&self, folder: &str) -> Result<Vec<String>, LoadError> {
        let mut found: Vec<String> = match self {
            Files::Dir(dir) => {
                let at = dir.join(folder);
                let listing = std::fs::read_dir(&at).map_err(|e| LoadError::io(&at, &e))?;
                listing
                    .filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| p.extension().is_some_and(|x| x == "toml"))
                    .filter_map(|p| p.file_name().and_then(|n| n.to_str()).map(|n| format!("{folder}/{n}")))
                    .collect()
            }
            Files::Embedded(files) => files
                .iter()
                .filter_map(|(p, _)| p.strip_prefix(folder)?.strip_prefix('/').map(|rest| (p, rest)))
                .filter(|(_, rest)| !rest.contains('/') && rest.ends_with(".toml"))
                .map(|(p, _)| (*p).to_string())
                .collect(),
        };
        found.sort();
        Ok(found)
    }

    /// The file's name in messages: its path on disk, or inside the built-in copy.
    pub fn name(&self, path: &str) -> String {
        match self {
            Files::Dir(dir) => dir.join(path).display().to_string(),
            Files::Embedded(_) => format!("{EMBEDDED_LABEL}/{path}"),
        }
    }

    /// The whole base's name in messages.
    pub fn label(&self) -> String {
        match self {
            Files::Dir(dir) => dir.display().to_string(),
            Files::Embedded(_) => EMBEDDED_LABEL.to_string(),
        }
    }

    /// The directory, when there is one.
    pub fn dir(&self) -> Option<PathBuf> {
        match self {
            Files::Dir(dir) => Some(dir.to_path_buf()),
            Files::Embedded(_) => None,
        }
    }
}
