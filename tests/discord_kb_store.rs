//! `/kb` end to end, the storage side: concurrent changes, a damaged file, the unanswered queue
//! and autocomplete. The real bot against the stand-in Discord, each test with its own
//! `DATA_DIR`.

mod support;

use citebot::knowledge::store::{GuildStore, UnansweredQueue};
use serde_json::Value;

use support::bot::{content, engine, eventually, flags, Harness, EPHEMERAL};
use support::fixtures::{self, MessageCreate};
use support::kb::{
    add_options, ask_in, by_moderator, choice_values, guild_dir, kb, GUILD_A, GUILD_B, OIL_ANSWER, OIL_QUESTION,
    OIL_QUOTE,
};

const CEASEFIRE: &str = "When does the ceasefire start?";
/// Real questions the article does not answer.
const MAYOR: &str = "Who is the mayor of Misrata?";
const BENGHAZI: &str = "How many people live in Benghazi?";
const ENVOY: &str = "Who is the UN envoy?";
/// Not questions about the article: small talk, and a subject of its own.
const CHATTER: [&str; 3] = ["hi", "lol", "Who won the football match?"];

fn queue(harness: &Harness, guild: &str) -> UnansweredQueue {
    let store = GuildStore::open(harness.data_dir(), guild.parse().unwrap(), engine().source().clone());
    store.unanswered().expect("the queue reads")
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
    let entries = std::fs::read_to_string(guild_dir(bot.data_dir(), GUILD_A).join("entries.toml")).unwrap();
    let list = bot.reply(by_moderator(kb("list", vec![]), GUILD_A).build()).await;
    for (i, (question, _)) in adds.iter().enumerate() {
        assert!(entries.contains(&format!("id = \"para-nine-{i}\"")), "{entries}");
        assert!(content(&list).contains(&format!("`para-nine-{i}`")), "{}", content(&list));
        assert!(content(&bot.reply(ask_in(GUILD_A, "6001", question)).await)
            .contains(&format!("The answer is number {i}.")));
    }
    let audit = std::fs::read_to_string(guild_dir(bot.data_dir(), GUILD_A).join("audit.jsonl")).unwrap();
    assert_eq!(audit.lines().count(), 4, "{audit}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_damaged_file_is_reported_where_it_is_and_harms_no_other_server() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    for guild in [GUILD_A, GUILD_B] {
        let add = by_moderator(kb("add", add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE)), guild);
        assert!(content(&bot.reply(add.build()).await).starts_with("Added"));
    }
    let file = guild_dir(bot.data_dir(), GUILD_A).join("entries.toml");
    let good = std::fs::read_to_string(&file).unwrap();
    let mut lines: Vec<&str> = good.lines().collect();
    let broken_line = lines.iter().position(|l| l.starts_with("answer")).expect("an answer line") + 1;
    lines[broken_line - 1] = "answer = \"never closed";
    let broken = lines.join("\n");
    std::fs::write(&file, &broken).unwrap();

    let list = bot.reply(by_moderator(kb("list", vec![]), GUILD_A).build()).await;
    assert_eq!(flags(&list) & EPHEMERAL, EPHEMERAL);
    let text = content(&list);
    assert!(text.starts_with("This server's knowledge files are damaged"), "{text}");
    assert!(text.contains(&format!("`guilds/{GUILD_A}/entries.toml` line {broken_line}:")), "{text}");
    assert!(!text.contains(&bot.data_dir().display().to_string()), "no server paths shown: {text}");

    // A change is refused rather than written over the damaged file.
    let add = by_moderator(
        kb("add", add_options("Who founded it?", "The brigade was founded in Tripoli.", OIL_QUOTE)),
        GUILD_A,
    );
    assert!(content(&bot.reply(add.build()).await).starts_with("This server's knowledge files are damaged"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), broken, "the hand-broken file is left for a person");

    // That server still gets the shipped answers; the other server keeps its own.
    assert!(content(&bot.reply(ask_in(GUILD_A, "6001", CEASEFIRE)).await).contains("midnight 12 January"));
    assert!(content(&bot.reply(ask_in(GUILD_B, "6001", OIL_QUESTION)).await).contains(OIL_ANSWER));
    assert!(content(&bot.reply(by_moderator(kb("list", vec![]), GUILD_B).build()).await).contains("Added here (1)"));

    // Repaired by hand, it answers again without a restart.
    std::fs::write(&file, &good).unwrap();
    assert!(content(&bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await).contains(OIL_ANSWER));
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

    eventually("six questions are counted in A", || total(&queue(&bot, GUILD_A)) == 6).await;
    eventually("one in B", || total(&queue(&bot, GUILD_B)) == 1).await;
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
    // Nothing about who asked is kept.
    let kept = std::fs::read_to_string(guild_dir(bot.data_dir(), GUILD_A).join("unanswered.json")).unwrap();
    assert!(!kept.contains("6200") && !kept.contains("reader"), "{kept}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_ids_topics_and_unanswered_questions_to_moderators_only() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    for question in [MAYOR, MAYOR, BENGHAZI] {
        bot.reply(ask_in(GUILD_A, "6001", question)).await;
    }
    eventually("the questions are counted", || total(&queue(&bot, GUILD_A)) == 3).await;

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
        queue(&bot, GUILD_A).top(5).iter().map(|q| q.text.as_str()).collect::<Vec<_>>(),
        ["how many people live in benghazi"]
    );
    let ids = choice_values(&bot.interact(typing("show", vec![focused("id", "mayor")]).autocomplete()).await);
    assert_eq!(ids, ["mayor-misrata"], "the new entry is offered");
    bot.shutdown().await;
}
