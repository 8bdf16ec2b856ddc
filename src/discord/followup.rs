//! Follow-up context: each member's last question, per channel, for `FOLLOW_UP_SECONDS`.
//!
//! `/ask` and mentions share it, so "Who backs Hafter?" by slash command and "and Serraj?" by
//! mention read as a pair. It is keyed by member *and* channel, so it is never used for anyone
//! else, nor for the same member elsewhere; and it expires. The engine decides whether a
//! question leans on the previous one ([`crate::engine::Engine::answer_after`]); this only
//! remembers. Time is passed in, so the rules are unit-tested without sleeping.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};
use std::time::{Duration, Instant};

use serenity::all::{ChannelId, UserId};

/// Past this many remembered questions, expired ones are dropped on the next one.
const PRUNE_AT: usize = 4096;

#[derive(Debug)]
pub struct FollowUps {
    window: Duration,
    last: Mutex<HashMap<(UserId, ChannelId), (String, Instant)>>,
}

impl FollowUps {
    pub fn new(window: Duration) -> FollowUps {
        FollowUps { window, last: Mutex::new(HashMap::new()) }
    }

    /// [`FollowUps::previous_at`] now.
    pub fn previous(&self, user: UserId, channel: ChannelId) -> Option<String> {
        self.previous_at(user, channel, Instant::now())
    }

    /// [`FollowUps::remember_at`] now.
    pub fn remember(&self, user: UserId, channel: ChannelId, question: &str) {
        self.remember_at(user, channel, question, Instant::now());
    }

    /// `user`'s previous question in `channel`, if they asked it within the window before `now`.
    pub fn previous_at(&self, user: UserId, channel: ChannelId, now: Instant) -> Option<String> {
        let last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        let (question, at) = last.get(&(user, channel))?;
        (now.saturating_duration_since(*at) < self.window).then(|| question.clone())
    }

    /// Remembers `question` as `user`'s last in `channel`, asked at `now`.
    pub fn remember_at(&self, user: UserId, channel: ChannelId, question: &str, now: Instant) {
        let mut last = self.last.lock().unwrap_or_else(PoisonError::into_inner);
        if last.len() >= PRUNE_AT {
            last.retain(|_, (_, at)| now.saturating_duration_since(*at) < self.window);
        }
        last.insert((user, channel), (question.to_owned(), now));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ANA: UserId = UserId::new(1);
    const BEN: UserId = UserId::new(2);
    const HERE: ChannelId = ChannelId::new(10);
    const THERE: ChannelId = ChannelId::new(11);

    #[test]
    fn per_member_per_channel_and_it_expires() {
        let context = FollowUps::new(Duration::from_secs(300));
        let t0 = Instant::now();
        context.remember_at(ANA, HERE, "Who backs Hafter?", t0);
        let soon = t0 + Duration::from_secs(299);
        assert_eq!(context.previous_at(ANA, HERE, soon).as_deref(), Some("Who backs Hafter?"));
        assert_eq!(context.previous_at(BEN, HERE, soon), None, "never for anyone else");
        assert_eq!(context.previous_at(ANA, THERE, soon), None, "nor in another channel");
        assert_eq!(context.previous_at(ANA, HERE, t0 + Duration::from_secs(300)), None, "expired");
        context.remember_at(ANA, HERE, "and Serraj?", soon);
        assert_eq!(context.previous_at(ANA, HERE, soon).as_deref(), Some("and Serraj?"));
    }

    #[test]
    fn expired_questions_are_forgotten() {
        let context = FollowUps::new(Duration::from_secs(1));
        let t0 = Instant::now();
        for n in 1..=PRUNE_AT as u64 {
            context.remember_at(UserId::new(n), HERE, "q", t0);
        }
        context.remember_at(ANA, THERE, "q", t0 + Duration::from_secs(2));
        assert_eq!(context.last.lock().unwrap().len(), 1);
    }
}
