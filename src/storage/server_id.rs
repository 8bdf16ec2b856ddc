//! A Discord server's id as the storage layer takes it: never 0.

use std::fmt;
use std::num::NonZeroU64;
use std::str::FromStr;

/// A Discord server (guild) id: a positive snowflake. Discord never gives out 0, so 0 is
/// refused wherever an id comes in (the command line's `--guild`, say) instead of being stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ServerId(NonZeroU64);

impl ServerId {
    /// `None` for 0.
    pub fn new(id: u64) -> Option<ServerId> {
        NonZeroU64::new(id).map(ServerId)
    }

    pub fn get(self) -> u64 {
        self.0.get()
    }

    /// As stored: the same 64 bits in a signed column (snowflakes fit in 63 bits for decades,
    /// and larger ones still round-trip).
    pub(crate) fn sql(self) -> i64 {
        self.0.get() as i64
    }
}

impl From<NonZeroU64> for ServerId {
    fn from(id: NonZeroU64) -> ServerId {
        ServerId(id)
    }
}

impl fmt::Display for ServerId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl FromStr for ServerId {
    type Err = String;

    fn from_str(s: &str) -> Result<ServerId, String> {
        let id: u64 =
            s.trim().parse().map_err(|_| format!("{s:?} is not a server id (a number such as 123456789012345678)"))?;
        ServerId::new(id).ok_or_else(|| "0 is not a server id: Discord ids are positive numbers".to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zero_and_words_are_refused() {
        assert_eq!("42".parse::<ServerId>().map(ServerId::get), Ok(42));
        assert!("0".parse::<ServerId>().unwrap_err().contains("0 is not a server id"));
        assert!("-1".parse::<ServerId>().is_err() && "x".parse::<ServerId>().is_err());
        let big = ServerId::new(u64::MAX).unwrap();
        assert_eq!(big.sql() as u64, u64::MAX);
    }
}
