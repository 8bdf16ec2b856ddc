//! `/kb` end to end, the storage side: concurrent changes, damaged stored data, the unanswered
//! queue, autocomplete and undoing changes. The real bot against the stand-in Discord, each test
//! with its own `DATA_DIR` (and SQLite database in it).

mod support;

use citebot::storage::UnansweredQueue;
use serde_json::Value;

use support::bot::{content, engine, eventually_async, flags, DataDir, Harness, EPHEMERAL};
use support::fixtures::{self, MessageCreate};
use support::kb::{
    add_options, ask_in, by_moderator, choice_values, kb, server, GUILD_A, GUILD_B, OIL_ANSWER, OIL_QUESTION, OIL_QUOTE,
};

const CEASEFIRE: &str = "When does the ceasefire start?";
/// Real questions the article does not answer.
const MAYOR: &str = "Who is the mayor of Misrata?";
const BENGHAZI: &str = "How many people live in Benghazi?";
const ENVOY: &str = "Who is the UN envoy?";
/// Not questions about the article: small talk, and a subject of its own.
const CHATTER: [&str; 3] = ["hi", "lol", "Who won the football match?"];

async fn queue(harness: &Harness, guild: &str) -> UnansweredQueue {
    harness.db().unanswered(server(guild)).await.expect("the queue reads")
}

fn total(queue: &UnansweredQueue) -> u64 {
    queue.top(usize::MAX).iter().map(|q| q.count).sum()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn concurrent_adds_all_survive() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    let adds: Vec<(String, Value)> = (0..4)
        .map(|i| {
            let question = format!("What does paragraph nine say, version {i}?");
            let options = [
                add_options(
                    &question,
                    &format!("The answer is number {i}."),
                    "The 604 Brigade was created in Tripoli in 2015",
                ),
                vec![fixtures::string_option("id", &format!("para-nine-{i}"))],
            ]
            .concat();
            let add = by_moderator(kb("add", options), GUILD_A).user(&format!("61{i:02}"), &format!("mod{i}"));
            (question, add.build())
        })
        .collect();
    // All dispatched before any is answered: the bot handles them at the same time.
    let replies = futures::future::join_all(adds.iter().map(|(_, add)| bot.reply(add.clone()))).await;
    for (i, reply) in replies.iter().enumerate() {
        assert_eq!(flags(reply) & EPHEMERAL, EPHEMERAL, "{reply}");
        assert!(content(reply).starts_with(&format!("Added `para-nine-{i}`")), "{}", content(reply));
    }
    let stored = bot.db().knowledge(server(GUILD_A)).await.unwrap();
    let list = bot.reply(by_moderator(kb("list", vec![]), GUILD_A).build()).await;
    for (i, (question, _)) in adds.iter().enumerate() {
        assert!(stored.own(&format!("para-nine-{i}")).is_some(), "{stored:?}");
        assert!(content(&list).contains(&format!("`para-nine-{i}`")), "{}", content(&list));
        assert!(content(&bot.reply(ask_in(GUILD_A, "6001", question)).await)
            .contains(&format!("The answer is number {i}.")));
    }
    assert_eq!(bot.db().log(server(GUILD_A), 100).await.unwrap().len(), 4);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn damaged_stored_data_is_reported_to_moderators_and_harms_no_other_server() {
    let data = DataDir::new("kb-damaged");
    let dir = data.var();
    let vars = [("DATA_DIR", dir.as_str()), ("ASK_COOLDOWN_SECONDS", "0")];
    let bot = Harness::start(&vars).await;
    for guild in [GUILD_A, GUILD_B] {
        let add = by_moderator(kb("add", add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE)), guild);
        assert!(content(&bot.reply(add.build()).await).starts_with("Added"));
    }
    // Someone edits the table by hand: the quote is no longer the article's.
    let file = bot.data_dir().join("citebot.db");
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display())).await.unwrap();
    let broken = sqlx::query("UPDATE entries SET quotes = '[\"Not in the article at all.\"]' WHERE guild_id = $1")
        .bind(GUILD_A.parse::<i64>().unwrap())
        .execute(&raw)
        .await
        .unwrap();
    assert_eq!(broken.rows_affected(), 1);
    raw.close().await;

    // A restart reads it anew: moderators are told what is wrong, entry by entry.
    bot.shutdown().await;
    let bot = Harness::start(&vars).await;
    let list = bot.reply(by_moderator(kb("list", vec![]), GUILD_A).build()).await;
    assert_eq!(flags(&list) & EPHEMERAL, EPHEMERAL);
    let text = content(&list);
    assert!(text.starts_with("This server's stored knowledge has problems"), "{text}");
    assert!(text.contains("much-oil-oil-crescent-produce") && text.contains("not verbatim"), "{text}");
    assert!(!text.contains(&dir), "no server paths shown: {text}");

    // That server still gets the shipped answers; the other server keeps its own.
    assert!(content(&bot.reply(ask_in(GUILD_A, "6001", CEASEFIRE)).await).contains("midnight 12 January"));
    assert!(content(&bot.reply(ask_in(GUILD_B, "6001", OIL_QUESTION)).await).contains(OIL_ANSWER));
    assert!(content(&bot.reply(by_moderator(kb("list", vec![]), GUILD_B).build()).await).contains("Added here (1)"));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_unanswered_queue_fills_from_abstentions_and_ranks_by_count() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    for question in [MAYOR, BENGHAZI, OIL_QUESTION, ENVOY] {
        assert!(engine().answer(question).is_gap(), "{question} must be a gap for this test");
    }
    for chatter in CHATTER {
        assert!(!engine().answer(chatter).answered() && !engine().answer(chatter).is_gap(), "{chatter}");
    }

    let asked = [MAYOR, CHATTER[0], OIL_QUESTION, "who is the MAYOR of misrata", BENGHAZI, CHATTER[1], OIL_QUESTION];
    let asked = [&asked[..], &[CEASEFIRE, CHATTER[2]]].concat();
    for (i, question) in asked.iter().enumerate() {
        bot.reply(ask_in(GUILD_A, &format!("62{i:02}"), question)).await;
    }
    // A mention asks too; a direct message has no server's list to go to.
    let mention = MessageCreate::new(&format!("<@1000> {MAYOR}")).guild(GUILD_A).mention_bot().build();
    bot.message(mention).await;
    bot.message(MessageCreate::new(BENGHAZI).dm().author("6300", "private").build()).await;
    bot.reply(ask_in(GUILD_B, "6001", ENVOY)).await;

    eventually_async("six questions are counted in A", || async { total(&queue(&bot, GUILD_A).await) == 6 }).await;
    eventually_async("one in B", || async { total(&queue(&bot, GUILD_B).await) == 1 }).await;
    let reply = bot.reply(by_moderator(kb("unanswered", vec![]), GUILD_A).build()).await;
    assert_eq!(flags(&reply) & EPHEMERAL, EPHEMERAL);
    let text = content(&reply);
    let ranked = [
        "**3×** who is the mayor of misrata",
        "**2×** how much oil does the oil crescent produce",
        "**1×** how many people live in benghazi",
    ];
    let at: Vec<usize> =
        ranked.iter().map(|line| text.find(line).unwrap_or_else(|| panic!("{line}: {text}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "most asked first: {text}");
    assert!(text.contains("(3 in all)"), "{text}");
    for absent in ["hi", "lol", "who won", "when does the ceasefire", "who is the un envoy"] {
        assert!(!text.lines().any(|l| l.contains(&format!("× {absent}"))), "{absent}: {text}");
    }
    // Nothing about who asked is kept: the table has no column for it.
    let file = bot.data_dir().join("citebot.db");
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display())).await.unwrap();
    let columns: Vec<(String,)> =
        sqlx::query_as("SELECT name FROM pragma_table_info('unanswered')").fetch_all(&raw).await.unwrap();
    let columns: Vec<&str> = columns.iter().map(|(c,)| c.as_str()).collect();
    assert_eq!(columns, ["guild_id", "question", "asked", "last_asked", "disputed_entry"]);
    raw.close().await;
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_ids_topics_and_unanswered_questions_to_moderators_only() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    for question in [MAYOR, MAYOR, BENGHAZI] {
        bot.reply(ask_in(GUILD_A, "6001", question)).await;
    }
    eventually_async("the questions are counted", || async { total(&queue(&bot, GUILD_A).await) == 3 }).await;

    let typing = |sub: &str, options: Vec<Value>| by_moderator(kb(sub, options), GUILD_A);
    let focused = |name: &str, typed: &str| fixtures::focused(fixtures::string_option(name, typed));
    let question = typing("add", vec![focused("question", "")]);
    let offered = choice_values(&bot.interact(question.autocomplete()).await);
    assert_eq!(offered, ["who is the mayor of misrata", "how many people live in benghazi"], "most asked first");
    let question = typing("alias", vec![fixtures::string_option("id", "hafter"), focused("question", "benghazi")]);
    assert_eq!(choice_values(&bot.interact(question.autocomplete()).await), ["how many people live in benghazi"]);

    let ids = choice_values(&bot.interact(typing("remove", vec![focused("id", "cease")]).autocomplete()).await);
    assert_eq!(ids, ["ceasefire-date", "ceasefire-leaders", "ceasefire-prospects"]);
    let topics = choice_values(&bot.interact(typing("list", vec![focused("topic", "sirte")]).autocomplete()).await);
    assert_eq!(topics, ["Sirte takeover"]);

    // A regular member learns nothing, not even that there is something to learn.
    for sub in ["add", "remove"] {
        let name = if sub == "add" { "question" } else { "id" };
        let member = kb(sub, vec![focused(name, "")]).guild(GUILD_A).user("6001", "member");
        assert_eq!(choice_values(&bot.interact(member.autocomplete()).await), Vec::<String>::new());
    }

    // One step from a gap to an answer: the offered question, as is, becomes an entry's, and
    // leaves the queue.
    let add = typing("add", add_options("who is the mayor of misrata", "The article does not name him.", OIL_QUOTE));
    let added = bot.reply(add.build()).await;
    assert!(content(&added).starts_with("Added"), "{}", content(&added));
    assert_eq!(
        queue(&bot, GUILD_A).await.top(5).iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        ["how many people live in benghazi"]
    );
    let ids = choice_values(&bot.interact(typing("show", vec![focused("id", "mayor")]).autocomplete()).await);
    assert_eq!(ids, ["mayor-misrata"], "the new entry is offered");
    bot.shutdown().await;
}
