//! Reaching Discord before the client starts.
//!
//! serenity retries a shard that cannot connect every 5 seconds, forever, logging each time;
//! and if it cannot fetch the gateway address it silently falls back to the real Discord. So the
//! bot first asks Discord (or the proxy) for the gateway address itself: a few attempts, each
//! bounded in time, with a growing pause between them, then one plain line saying what could
//! not be reached and why. The caller races this against the stop signal, so a stop is obeyed
//! in the middle of an attempt or a pause.

use std::time::{Duration, Instant};

use serenity::http::Http;
use tracing::debug;

use super::BotError;

/// How long one attempt may take: a route that drops packets never answers at all.
const ATTEMPT_WITHIN: Duration = Duration::from_secs(10);
/// The first pause between attempts; it doubles up to [`MAX_PAUSE`].
const FIRST_PAUSE: Duration = Duration::from_secs(1);
const MAX_PAUSE: Duration = Duration::from_secs(30);

/// Asks `http` for the gateway address until it answers, at most `attempts` times (at least
/// once). `url` is where the requests go, for the message.
pub async fn reach(http: &Http, url: &str, attempts: u32) -> Result<(), BotError> {
    let started = Instant::now();
    let mut pause = FIRST_PAUSE;
    for attempt in 1..=attempts.max(1) {
        let why = match tokio::time::timeout(ATTEMPT_WITHIN, http.get_gateway()).await {
            Ok(Ok(_)) => return Ok(()),
            Ok(Err(e)) => root_cause(&e),
            Err(_) => format!("no answer within {} s", ATTEMPT_WITHIN.as_secs()),
        };
        if attempt >= attempts {
            let tried = match attempts {
                1 => "1 attempt".to_owned(),
                n => format!("{n} attempts in {} s", started.elapsed().as_secs()),
            };
            return Err(BotError::Unreachable { url: url.to_owned(), why: format!("{why} ({tried})") });
        }
        debug!(attempt, "cannot reach Discord at {url} yet: {why}; next attempt in {} s", pause.as_secs());
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(MAX_PAUSE);
    }
    Ok(())
}

/// The innermost cause of an error, where the useful words are ("Connection refused (os error
/// 111)" rather than "error sending request for url"). Never contains the token: it is only
/// ever in a request header.
fn root_cause(e: &(dyn std::error::Error + 'static)) -> String {
    let mut cause = e;
    while let Some(inner) = cause.source() {
        cause = inner;
    }
    cause.to_string()
}
