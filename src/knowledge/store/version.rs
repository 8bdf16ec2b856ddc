//! Noticing that another process changed a server, without reloading it.
//!
//! The bot keeps each server's knowledge in memory, but an operator's
//! `citebot kb` command changes the files behind its back. Loading 10,000
//! entries to find out would cost a noticeable fraction of a second per
//! question; two `stat` calls do not. Every write replaces a file by rename,
//! so it gets a new inode, and its size and modification time change too: if
//! none of them moved, the file is the one that was loaded.

use std::fs;
use std::path::Path;
use std::time::SystemTime;

use super::layout::{GuildPaths, ENTRIES_FILE, SHIPPED_FILE};

/// A fingerprint of the files a server's knowledge is loaded from.
/// Equal fingerprints mean nothing was written in between. The default
/// is that of a server with no files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Version {
    files: [Option<Stamp>; 2],
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

impl Version {
    pub(crate) fn of(paths: &GuildPaths) -> Version {
        Version { files: [stamp(&paths.file(ENTRIES_FILE)), stamp(&paths.file(SHIPPED_FILE))] }
    }
}

fn stamp(path: &Path) -> Option<Stamp> {
    let meta = fs::metadata(path).ok()?;
    #[cfg(unix)]
    let inode = std::os::unix::fs::MetadataExt::ino(&meta);
    #[cfg(not(unix))]
    let inode = 0;
    Some(Stamp { len: meta.len(), modified: meta.modified().ok(), inode })
}
