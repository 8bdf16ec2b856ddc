//! Round trips through the Discord front end: the real bot against the stand-in Discord on
//! 127.0.0.1, timed from the dispatch of an interaction on the gateway to the bot's response
//! arriving at the stand-in's REST side (what Discord would see). `/ask`, a "Show paragraph"
//! click and a quiz answer click (each by a new member, so each is recorded in the database).
//!
//! cargo bench --bench discord

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::Value;
use support::bot::{callback_path, Harness, WAIT};
use support::fixtures::{self, SlashCommand};

const CEASEFIRE: &str = "When does the ceasefire start?";

fn ask() -> Value {
    SlashCommand::new("ask").option(fixtures::string_option("question", CEASEFIRE)).build()
}

/// How long the bot takes to respond to `interaction`: from its dispatch to the response's
/// arrival. The stand-in's record is cleared first, so waiting stays cheap over a long run.
async fn round_trip(bot: &Harness, interaction: Value) -> Duration {
    bot.stand_in.clear_requests();
    let path = callback_path(&interaction);
    let sent = Instant::now();
    bot.stand_in.dispatch("INTERACTION_CREATE", interaction).await;
    let response = bot.stand_in.wait_for_request(|r| r.matches("POST", &path), WAIT).await.expect("a response");
    response.at.duration_since(sent)
}

fn round_trips(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let bot = runtime.block_on(Harness::start(&[("ASK_COOLDOWN_SECONDS", "0"), ("QUIZ_SECONDS", "600")]));
    let answer = runtime.block_on(bot.interact(ask()));
    let answered = fixtures::bot_message(fixtures::DEFAULT_CHANNEL_ID, &answer.body["data"]);
    let paragraph = answered["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    let quiz = runtime.block_on(async {
        let start = SlashCommand::new("quiz").option(fixtures::subcommand("start", vec![])).build();
        let token = start["token"].as_str().unwrap().to_owned();
        let original = format!("/webhooks/{}/{token}/messages/@original", fixtures::APPLICATION_ID);
        bot.interact(start).await;
        bot.stand_in.wait_for_request(|r| r.matches("GET", &original), WAIT).await.unwrap().response
    });
    let choice = quiz["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    let members = AtomicU64::new(7000);
    let timed = |make: &dyn Fn() -> Value, iterations: u64| {
        let mut total = Duration::ZERO;
        for _ in 0..iterations {
            total += runtime.block_on(round_trip(&bot, make()));
        }
        total
    };

    let mut group = c.benchmark_group("discord round trip");
    group.sample_size(20).measurement_time(Duration::from_secs(4));
    group.bench_function("/ask", |b| b.iter_custom(|n| timed(&ask, n)));
    group.bench_function("Show paragraph click", |b| {
        b.iter_custom(|n| timed(&|| SlashCommand::new("-").click(&answered, &paragraph), n))
    });
    group.bench_function("quiz answer click", |b| {
        let click = || {
            let member = members.fetch_add(1, Ordering::Relaxed).to_string();
            SlashCommand::new("-").user(&member, "member").click(&quiz, &choice)
        };
        b.iter_custom(|n| timed(&click, n))
    });
    group.finish();
    runtime.block_on(bot.shutdown());
}

criterion_group!(benches, round_trips);
criterion_main!(benches);
