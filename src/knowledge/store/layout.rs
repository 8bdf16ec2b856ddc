//! Where a server's files live under the data directory.
//!
//! The only thing ever joined to the data directory is a guild id printed
//! as a decimal `u64`, and the fixed file names below. Text from Discord or
//! the command line never becomes part of a path, so no input can reach
//! outside the server's own directory.

use std::path::{Path, PathBuf};

/// The directory, under the data directory, that holds one directory per server.
pub const GUILDS_DIR: &str = "guilds";
/// The server's own entries: `[[entry]]` tables, as in `knowledge/entries/`.
pub const ENTRIES_FILE: &str = "entries.toml";
/// What the server changes about the shipped entries: hidden ids, extra questions.
pub const SHIPPED_FILE: &str = "shipped.toml";
/// One JSON object per change, appended.
pub const AUDIT_FILE: &str = "audit.jsonl";
/// The questions the bot abstained on.
pub const UNANSWERED_FILE: &str = "unanswered.json";
/// Locked while the files above are read or changed.
pub const LOCK_FILE: &str = "lock";
/// Prefix of a file being written; one left behind is a crashed write.
pub const TEMP_PREFIX: &str = ".tmp-";

/// The paths of one server's files.
#[derive(Debug, Clone)]
pub struct GuildPaths {
    pub dir: PathBuf,
}

impl GuildPaths {
    pub fn new(data_dir: &Path, guild: u64) -> GuildPaths {
        GuildPaths { dir: guilds_dir(data_dir).join(guild.to_string()) }
    }

    pub fn file(&self, name: &str) -> PathBuf {
        self.dir.join(name)
    }
}

pub fn guilds_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(GUILDS_DIR)
}

/// The guild id a directory name stands for, if it is one the store
/// writes: decimal digits without a sign or leading zero. Other
/// names (a backup copy, an editor's swap directory) are not servers.
pub fn parse_guild_dir(name: &str) -> Option<u64> {
    let id: u64 = name.parse().ok()?;
    (id.to_string() == name).then_some(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_canonical_decimal_names_are_servers() {
        assert_eq!(parse_guild_dir("123"), Some(123));
        assert_eq!(parse_guild_dir("0"), Some(0));
        for name in ["0123", "+123", "123 ", "12a", "", "..", "99999999999999999999"] {
            assert_eq!(parse_guild_dir(name), None, "{name:?}");
        }
    }
}
