//! Which gateway shards this process runs.
//!
//! Discord sends a server's events to shard `(guild_id >> 22) % total` (direct messages to
//! shard 0), and refuses to identify a bot in 2,500 servers or more without sharding. By default
//! `serve` runs as many shards as Discord recommends, all in this process. `SHARD_COUNT` fixes
//! the total; with `SHARD_IDS` (`0-3`, or one id) this process runs only that range, so several
//! processes, on one machine or several, serve one bot from one PostgreSQL database. Only the
//! process that runs shard 0 registers the slash commands.

use std::fmt;

use super::config::ConfigError;

/// The largest shard count accepted: far beyond any bot, well short of a typo's damage.
const MAX_SHARDS: u32 = 65_536;

/// The shards this process runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shards {
    /// All of the count Discord recommends (`GET /gateway/bot`).
    Recommended,
    /// Shards `first..=last` of `total`.
    Range { first: u32, last: u32, total: u32 },
}

impl Shards {
    /// From `SHARD_COUNT` and `SHARD_IDS`, each `None` when unset.
    pub fn parse(count: Option<&str>, ids: Option<&str>) -> Result<Shards, ConfigError> {
        let invalid = |var: &'static str, reason: String| ConfigError::Invalid { var, reason };
        let Some(count) = count else {
            return match ids {
                None => Ok(Shards::Recommended),
                Some(_) => Err(invalid("SHARD_IDS", "needs SHARD_COUNT, the total across all processes".into())),
            };
        };
        let total = match count.parse::<u32>() {
            Ok(n) if (1..=MAX_SHARDS).contains(&n) => n,
            _ => {
                return Err(invalid(
                    "SHARD_COUNT",
                    format!("{count:?} is not a number of shards from 1 to {MAX_SHARDS}"),
                ))
            }
        };
        let Some(ids) = ids else { return Ok(Shards::Range { first: 0, last: total - 1, total }) };
        let bad = || {
            invalid("SHARD_IDS", format!("{ids:?} is not a range of shard ids such as 0-3 (below SHARD_COUNT {total})"))
        };
        let (first, last) = match ids.split_once('-') {
            Some((a, b)) => (a.trim().parse::<u32>().map_err(|_| bad())?, b.trim().parse::<u32>().map_err(|_| bad())?),
            None => {
                let one = ids.trim().parse::<u32>().map_err(|_| bad())?;
                (one, one)
            }
        };
        if first > last || last >= total {
            return Err(bad());
        }
        Ok(Shards::Range { first, last, total })
    }

    /// Whether this process runs shard 0 (and so registers the commands).
    pub fn runs_shard_zero(&self) -> bool {
        match self {
            Shards::Recommended => true,
            Shards::Range { first, .. } => *first == 0,
        }
    }
}

impl fmt::Display for Shards {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Shards::Recommended => f.write_str("the shard count Discord recommends"),
            Shards::Range { first, last, total } if first == last => write!(f, "shard {first} of {total}"),
            Shards::Range { first, last, total } => write!(f, "shards {first}-{last} of {total}"),
        }
    }
}

/// The shard a server's events go to, out of `total`.
pub fn shard_of(guild: u64, total: u32) -> u32 {
    ((guild >> 22) % u64::from(total.max(1))) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_ranges() {
        assert_eq!(Shards::parse(None, None), Ok(Shards::Recommended));
        assert_eq!(Shards::parse(Some("4"), None), Ok(Shards::Range { first: 0, last: 3, total: 4 }));
        assert_eq!(Shards::parse(Some("4"), Some("2-3")), Ok(Shards::Range { first: 2, last: 3, total: 4 }));
        assert_eq!(Shards::parse(Some("4"), Some("1")), Ok(Shards::Range { first: 1, last: 1, total: 4 }));
        assert_eq!(Shards::parse(Some("4"), Some("1")).unwrap().to_string(), "shard 1 of 4");
        assert!(!Shards::parse(Some("4"), Some("1-3")).unwrap().runs_shard_zero());
        for (count, ids, var) in [
            (None, Some("0-1"), "SHARD_IDS"),
            (Some("0"), None, "SHARD_COUNT"),
            (Some("x"), None, "SHARD_COUNT"),
            (Some("4"), Some("3-2"), "SHARD_IDS"),
            (Some("4"), Some("0-4"), "SHARD_IDS"),
            (Some("4"), Some("a-b"), "SHARD_IDS"),
        ] {
            let why = Shards::parse(count, ids).unwrap_err().to_string();
            assert!(why.starts_with(&format!("{var} is invalid")), "{count:?} {ids:?}: {why}");
        }
    }

    #[test]
    fn servers_go_to_their_shard() {
        assert_eq!(shard_of(4000, 2), 0);
        assert_eq!(shard_of(1 << 22, 2), 1);
        assert_eq!(shard_of(3 << 22, 2), 1);
        assert_eq!(shard_of(123, 0), 0);
    }
}
