//! The per-server lock that keeps concurrent edits from losing each other.
//!
//! Every change is a read-modify-write of a whole file. Two moderators
//! changing the same server at once (two tasks of the bot, or the bot and a
//! `citebot kb` command) would otherwise both read the old file and the
//! second rename would drop the first one's change. So a writer holds an
//! exclusive lock on the server's `lock` file from before it reads until
//! after it has renamed, and readers hold a shared one so they see a
//! consistent set of files.
//!
//! The lock is `std::fs::File::lock` (`flock` on Unix, `LockFileEx` on
//! Windows): it works between processes, and between threads of one process
//! as long as each holds its own handle, which is why every [`DirLock`]
//! opens the file anew. The operating system releases it when the holder
//! dies, so a `kill -9` never leaves a server locked.

use std::fs::{File, OpenOptions};
use std::io;
use std::path::Path;

use super::layout::LOCK_FILE;

/// A held lock on a server directory; released on drop.
#[derive(Debug)]
pub struct DirLock {
    file: File,
}

impl DirLock {
    /// Waits for the exclusive lock: no reader or other writer holds it.
    pub fn exclusive(dir: &Path) -> io::Result<DirLock> {
        let file = open(dir)?;
        file.lock()?;
        Ok(DirLock { file })
    }

    /// Waits for a shared lock: no writer holds it. Works on a read-only
    /// copy of the data too (a lock file copied along, or one opened
    /// read-only), since reading needs no write access.
    pub fn shared(dir: &Path) -> io::Result<DirLock> {
        let file = open(dir).or_else(|e| match e.kind() {
            io::ErrorKind::PermissionDenied | io::ErrorKind::ReadOnlyFilesystem => File::open(dir.join(LOCK_FILE)),
            _ => Err(e),
        })?;
        file.lock_shared()?;
        Ok(DirLock { file })
    }
}

impl Drop for DirLock {
    fn drop(&mut self) {
        // Closing the handle releases the lock anyway; unlocking first is
        // just explicit.
        let _ = self.file.unlock();
    }
}

fn open(dir: &Path) -> io::Result<File> {
    // Never truncated or written: its content does not matter, only the lock.
    OpenOptions::new().read(true).write(true).create(true).truncate(false).open(dir.join(LOCK_FILE))
}
