//! Round trips through the Discord front end: the real bot against the stand-in Discord on
//! 127.0.0.1, from the dispatch of an interaction to the bot's response arriving at the
//! stand-in. `/ask`, a "Show paragraph" click and a quiz answer click (each by a new member).
//!
//! cargo bench --bench discord

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};
use support::bot::{Harness, WAIT};
use support::fixtures::{self, SlashCommand};

const CEASEFIRE: &str = "When does the ceasefire start?";

fn ask() -> serde_json::Value {
    SlashCommand::new("ask").option(fixtures::string_option("question", CEASEFIRE)).build()
}

fn round_trips(c: &mut Criterion) {
    let runtime = tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build().unwrap();
    let bot = runtime.block_on(Harness::start(&[("ASK_COOLDOWN_SECONDS", "0"), ("QUIZ_SECONDS", "600")]));
    let answer = runtime.block_on(bot.interact(ask()));
    let answered = fixtures::bot_message(fixtures::DEFAULT_CHANNEL_ID, &answer.body["data"]);
    let paragraph = answered["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    let quiz = runtime.block_on(async {
        let start = SlashCommand::new("quiz").option(fixtures::subcommand("start", vec![])).build();
        let original =
            format!("/webhooks/{}/{}/messages/@original", fixtures::APPLICATION_ID, start["token"].as_str().unwrap());
        bot.interact(start).await;
        bot.stand_in.wait_for_request(|r| r.matches("GET", &original), WAIT).await.unwrap().response
    });
    let choice = quiz["components"][0]["components"][0]["custom_id"].as_str().unwrap().to_owned();
    let members = AtomicU64::new(7000);

    let mut group = c.benchmark_group("discord round trip");
    group.sample_size(30).measurement_time(Duration::from_secs(8));
    group.bench_function("/ask", |b| b.iter(|| runtime.block_on(bot.interact(ask()))));
    group.bench_function("Show paragraph click", |b| {
        b.iter(|| runtime.block_on(bot.interact(SlashCommand::new("-").click(&answered, &paragraph))))
    });
    group.bench_function("quiz answer click", |b| {
        b.iter(|| {
            let member = members.fetch_add(1, Ordering::Relaxed).to_string();
            let click = SlashCommand::new("-").user(&member, "member").click(&quiz, &choice);
            runtime.block_on(bot.interact(click))
        })
    });
    group.finish();
    runtime.block_on(bot.shutdown());
}

criterion_group!(benches, round_trips);
criterion_main!(benches);
