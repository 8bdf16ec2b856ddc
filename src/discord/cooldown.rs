//! A per-user cooldown shared by `/ask` and mentions.
//!
//! Written here rather than with poise's cooldown config because mentions are not poise
//! commands, and one tracker for both means a user cannot dodge the limit by switching between
//! them. Time is passed in ([`Cooldown::check_at`]), so the rules are unit-tested without
//! sleeping.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use serenity::all::UserId;

/// Past this many remembered users, expired entries are dropped on the next check, so the map
/// stays as small as the number of users active within one window.
const PRUNE_AT: usize = 1024;

#[derive(Debug)]
pub struct Cooldown {
    window: Duration,
    last: Mutex<HashMap<UserId, Instant>>,
}

impl Cooldown {
    /// A cooldown of `window` between two accepted questions; zero accepts everything.
    pub fn new(window: Duration) -> Cooldown {
        Cooldown { window, last: Mutex::new(HashMap::new()) }
    }

    /// The configured window.
    pub fn window(&self) -> Duration {
        self.window
    }

    /// [`Cooldown::check_at`] now.
    pub fn check(&self, user: UserId) -> Result<(), Duration> {
        self.check_at(user, Instant::now())
    }

    /// Accepts `user`'s question at `now` and starts their window, or says how long they
    /// still have to wait. A refused attempt does not restart the window: only answered
    /// questions count, so someone retrying impatiently is not locked out for longer.
    pub fn check_at(&self, user: UserId, now: Instant) -> Result<(), Duration> {
        if self.window.is_zero() {
            return Ok(());
        }
        // The map holds plain timestamps: a panic elsewhere cannot leave it inconsistent.
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(&at) = last.get(&user) {
            let elapsed = now.saturating_duration_since(at);
            if elapsed < self.window {
                return Err(self.window - elapsed);
            }
        }
        if last.len() >= PRUNE_AT {
            last.retain(|_, at| now.saturating_duration_since(*at) < self.window);
        }
        last.insert(user, now);
        Ok(())
    }

    /// How many users are remembered (for tests of the pruning).
    pub fn tracked(&self) -> usize {
        self.last.lock().unwrap_or_else(PoisonError::into_inner).len()
    }
}

/// Whole seconds to wait, rounded up, so "wait 0 s" is never said.
pub fn seconds(wait: Duration) -> u64 {
    wait.as_millis().div_ceil(1000).max(1).try_into().unwrap_or(u64::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    const ALICE: UserId = UserId::new(1);
    const BOB: UserId = UserId::new(2);

    #[test]
    fn a_second_question_within_the_window_waits() {
        let cooldown = Cooldown::new(Duration::from_secs(5));
        let t0 = Instant::now();
        assert_eq!(cooldown.check_at(ALICE, t0), Ok(()));
        assert_eq!(cooldown.check_at(ALICE, t0 + Duration::from_secs(2)), Err(Duration::from_secs(3)));
        assert_eq!(cooldown.check_at(BOB, t0 + Duration::from_secs(2)), Ok(()), "per user");
        // The refused attempt did not restart the window.
        assert_eq!(cooldown.check_at(ALICE, t0 + Duration::from_secs(5)), Ok(()));
    }

    #[test]
    fn zero_turns_it_off() {
        let cooldown = Cooldown::new(Duration::ZERO);
        let t0 = Instant::now();
        assert!(cooldown.check_at(ALICE, t0).is_ok() && cooldown.check_at(ALICE, t0).is_ok());
        assert_eq!(cooldown.tracked(), 0);
    }

    #[test]
    fn expired_users_are_forgotten() {
        let cooldown = Cooldown::new(Duration::from_secs(1));
        let t0 = Instant::now();
        for n in 1..=PRUNE_AT as u64 {
            assert!(cooldown.check_at(UserId::new(n), t0).is_ok());
        }
        assert_eq!(cooldown.tracked(), PRUNE_AT);
        assert!(cooldown.check_at(UserId::new(999_999), t0 + Duration::from_secs(2)).is_ok());
        assert_eq!(cooldown.tracked(), 1);
    }

    #[test]
    fn seconds_round_up() {
        assert_eq!(seconds(Duration::from_millis(1)), 1);
        assert_eq!(seconds(Duration::from_millis(4001)), 5);
        assert_eq!(seconds(Duration::from_secs(3)), 3);
    }
}
