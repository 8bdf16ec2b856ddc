//! Writing files so that a crash leaves either the old or the new content.
//!
//! A file is replaced by writing a temporary file in the same directory,
//! syncing it, renaming it over the old one and syncing the directory. The
//! rename is the commit point: it is atomic on the same file system, so a
//! reader or a process started after a `kill -9` sees the whole old file or
//! the whole new one, never a mix. Syncing the file before the rename makes
//! sure the new name never points at data still in flight after a power
//! loss; syncing the directory makes the rename itself durable.
//!
//! A crash between creating the temporary file and the rename leaves a
//! `.tmp-*` file behind. Readers never look at those names, and
//! [`remove_temps`] deletes them when a writer next holds the lock (no other
//! writer can have one in flight then).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::atomic::{AtomicU64, Ordering};

use super::layout::TEMP_PREFIX;

/// Replaces `dir/name` with `bytes`, atomically and durably.
pub fn write_atomic(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    // Unique per process and call, so even a writer that ignored the lock
    // could not clobber another's temporary file.
    static NEXT: AtomicU64 = AtomicU64::new(0);
    let n = NEXT.fetch_add(1, Ordering::Relaxed);
    let temp = dir.join(format!("{TEMP_PREFIX}{name}-{}-{n}", std::process::id()));
    let result = (|| {
        let mut file = OpenOptions::new().write(true).create_new(true).open(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        drop(file);
        fs::rename(&temp, dir.join(name))
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result?;
    sync_dir(dir)
}

/// Appends one line to `dir/name`, durably, creating the file if needed.
///
/// A crash in the middle of an append can leave a torn last line. Before
/// appending, a missing final newline is written first, so the torn line
/// stays on its own and the new line is whole; readers skip lines they
/// cannot parse.
pub fn append_line(dir: &Path, name: &str, line: &str) -> io::Result<()> {
    debug_assert!(!line.contains('\n'));
    let path = dir.join(name);
    let created = !path.exists();
    let mut file = OpenOptions::new().read(true).append(true).create(true).open(&path)?;
    let len = file.metadata()?.len();
    let mut text = String::with_capacity(line.len() + 2);
    if len > 0 {
        let mut last = [0u8];
        file.seek(SeekFrom::Start(len - 1))?;
        file.read_exact(&mut last)?;
        if last[0] != b'\n' {
            text.push('\n');
        }
    }
    text.push_str(line);
    text.push('\n');
    file.write_all(text.as_bytes())?;
    file.sync_data()?;
    if created {
        sync_dir(dir)?;
    }
    Ok(())
}

/// Creates `dir` and any missing parents, syncing each parent that gained
/// an entry so the new directories survive a power loss.
pub fn create_dir_durably(dir: &Path) -> io::Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_dir_durably(parent)?;
    }
    match fs::create_dir(dir) {
        Ok(()) => {}
        // Another process or thread created it first: fine.
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists && dir.is_dir() => return Ok(()),
        // A file is in the way: say so, not "File exists".
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {
            let why = format!("{} is a file, not a directory", dir.display());
            return Err(io::Error::new(io::ErrorKind::NotADirectory, why));
        }
        Err(e) => return Err(e),
    }
    match dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        Some(parent) => sync_dir(parent),
        None => sync_dir(Path::new(".")),
    }
}

/// Deletes temporary files a crashed writer left in `dir`. Call it only
/// while holding the directory's exclusive lock.
pub fn remove_temps(dir: &Path) -> io::Result<usize> {
    let mut removed = 0;
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        if entry.file_name().to_str().is_some_and(|n| n.starts_with(TEMP_PREFIX)) {
            match fs::remove_file(entry.path()) {
                Ok(()) => removed += 1,
                Err(e) if e.kind() == io::ErrorKind::NotFound => {}
                Err(e) => return Err(e),
            }
        }
    }
    Ok(removed)
}

/// Reads a file, `None` when it does not exist.
pub fn read_optional(path: &Path) -> io::Result<Option<String>> {
    match fs::read_to_string(path) {
        Ok(text) => Ok(Some(text)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e),
    }
}

/// Makes the directory's entries (a rename, a new file) durable. Only
/// Unix needs and allows it; Windows cannot open a directory as a file.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    File::open(dir)?.sync_all()?;
    #[cfg(not(unix))]
    let _ = dir;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scratch(name: &str) -> std::path::PathBuf {
        let dir = std::env::temp_dir().join(format!("citebot-durable-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        create_dir_durably(&dir).unwrap();
        dir
    }

    #[test]
    fn atomic_write_replaces_and_leaves_no_temp() {
        let dir = scratch("atomic");
        write_atomic(&dir, "f", b"one").unwrap();
        write_atomic(&dir, "f", b"two").unwrap();
        assert_eq!(fs::read_to_string(dir.join("f")).unwrap(), "two");
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn append_isolates_a_torn_line() {
        let dir = scratch("append");
        fs::write(dir.join("log"), "{\"a\":1}\n{\"tor").unwrap();
        append_line(&dir, "log", "{\"b\":2}").unwrap();
        assert_eq!(fs::read_to_string(dir.join("log")).unwrap(), "{\"a\":1}\n{\"tor\n{\"b\":2}\n");
        fs::remove_dir_all(dir).unwrap();
    }

    #[test]
    fn temps_are_removed() {
        let dir = scratch("temps");
        fs::write(dir.join(format!("{TEMP_PREFIX}entries.toml-1-0")), "half").unwrap();
        fs::write(dir.join("entries.toml"), "whole").unwrap();
        assert_eq!(remove_temps(&dir).unwrap(), 1);
        assert_eq!(fs::read_dir(&dir).unwrap().count(), 1);
        fs::remove_dir_all(dir).unwrap();
    }
}
