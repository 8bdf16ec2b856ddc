//! The bot and its database, end to end against the stand-in Discord: a change made by another
//! process (`citebot kb`) reaches the bot's answers within 5 seconds, the bot and `citebot kb`
//! processes writing at once lose nothing, and a database that goes away while the bot runs
//! makes `/kb` say so in one short message while `/ask` goes on answering from what is loaded.

mod support;
mod util;

use std::time::{Duration, Instant};

use support::bot::{content, flags, DataDir, Harness, EPHEMERAL};
use support::kb::{
    add_options, ask_in, by_moderator, kb, not_answered, server, GUILD_A, GUILD_B, OIL_ANSWER, OIL_QUESTION, OIL_QUOTE,
};
use util::{citebot_with, stderr};

const CEASEFIRE: &str = "When does the ceasefire start?";

fn cli_add(vars: &[(String, String)], guild: &str, id: &str, question: &str) -> std::process::Output {
    let args = [
        "kb",
        "--guild",
        guild,
        "add",
        "--id",
        id,
        "--question",
        question,
        "--answer",
        OIL_ANSWER,
        "--quote",
        OIL_QUOTE,
    ];
    citebot_with(&args, "", vars)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_made_with_citebot_kb_reaches_the_running_bot_within_five_seconds() {
    let data = DataDir::new("propagation");
    let dir = data.var();
    let bot = Harness::start(&[("DATA_DIR", dir.as_str()), ("ASK_COOLDOWN_SECONDS", "0")]).await;
    // The bot serves the server (and has read it) before the change.
    assert!(not_answered(content(&bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await)));

    let vars = vec![("DATA_DIR".to_owned(), dir.clone())];
    let out = tokio::task::spawn_blocking(move || cli_add(&vars, GUILD_A, "oil-figures", OIL_QUESTION)).await.unwrap();
    assert!(out.status.success(), "{}", stderr(&out));
    let changed = Instant::now();
    loop {
        let reply = bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await;
        if content(&reply).contains(OIL_ANSWER) {
            break;
        }
        assert!(changed.elapsed() < Duration::from_secs(5), "the change did not reach the bot within 5 s");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    eprintln!("a change made with citebot kb answered in the bot after {:?}", changed.elapsed());
    assert!(not_answered(content(&bot.reply(ask_in(GUILD_B, "6001", OIL_QUESTION)).await)), "that server only");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_bot_and_citebot_kb_processes_writing_at_once_lose_nothing() {
    let data = DataDir::new("bot-and-cli");
    let dir = data.var();
    let bot = Harness::start(&[("DATA_DIR", dir.as_str()), ("ASK_COOLDOWN_SECONDS", "0")]).await;
    let vars = vec![("DATA_DIR".to_owned(), dir.clone())];
    let processes: Vec<_> = (0..4)
        .map(|i| {
            let vars = vars.clone();
            tokio::task::spawn_blocking(move || {
                cli_add(&vars, GUILD_A, &format!("from-cli-{i}"), &format!("What does the shell say, take {i}?"))
            })
        })
        .collect();
    let adds = (0..4).map(|i| {
        let question = format!("What does Discord say, take {i}?");
        let options = [
            add_options(&question, "The answer is this.", OIL_QUOTE),
            vec![support::fixtures::string_option("id", &format!("from-discord-{i}"))],
        ]
        .concat();
        bot.reply(by_moderator(kb("add", options), GUILD_A).user(&format!("61{i:02}"), "mod").build())
    });
    let replies = futures::future::join_all(adds).await;
    for reply in &replies {
        assert!(content(reply).starts_with("Added `from-discord-"), "{}", content(reply));
    }
    for process in processes {
        let out = process.await.unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
    }
    let db = bot.db();
    let k = db.knowledge(server(GUILD_A)).await.unwrap();
    for i in 0..4 {
        assert!(k.own(&format!("from-cli-{i}")).is_some() && k.own(&format!("from-discord-{i}")).is_some(), "{i}");
    }
    assert_eq!(db.log(server(GUILD_A), 100).await.unwrap().len(), 8);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_that_goes_away_stops_kb_with_a_short_message_while_ask_answers() {
    let Some(cluster) = util::postgres::Cluster::start() else { return };
    let url = cluster.create_database("goes-away");
    let bot = Harness::start(&[("DATABASE_URL", url.as_str()), ("ASK_COOLDOWN_SECONDS", "0")]).await;
    let add = by_moderator(kb("add", add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE)), GUILD_A);
    assert!(content(&bot.reply(add.build()).await).starts_with("Added"));
    assert!(content(&bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await).contains(OIL_ANSWER));

    cluster.stop();
    // Answers go on, from what is loaded and from the shipped knowledge.
    assert!(content(&bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await).contains(OIL_ANSWER));
    assert!(content(&bot.reply(ask_in(GUILD_B, "6001", CEASEFIRE)).await).contains("midnight 12 January"));
    // /kb says, in one short message, that it cannot work now.
    for command in [
        by_moderator(
            kb("add", add_options("Who founded it?", "The brigade was founded in Tripoli.", OIL_QUOTE)),
            GUILD_A,
        ),
        by_moderator(kb("log", vec![]), GUILD_A),
        by_moderator(kb("unanswered", vec![]), GUILD_A),
    ] {
        let started = Instant::now();
        let reply = bot.reply(command.build()).await;
        assert_eq!(flags(&reply) & EPHEMERAL, EPHEMERAL);
        let text = content(&reply);
        assert!(text.starts_with("The database is unavailable right now, so nothing was read or changed."), "{text}");
        assert!(
            !text.contains('\n') && !text.contains("postgres") && !text.contains(util::postgres::PASSWORD),
            "{text}"
        );
        assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    }
    bot.shutdown().await;
}
