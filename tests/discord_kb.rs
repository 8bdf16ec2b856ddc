//! `/kb` end to end, the rules: who may use it, what is refused, and where a change answers.
//! The real bot against the stand-in Discord, each test with its own `DATA_DIR`, checked on
//! what it sends and on what it leaves on disk.

mod forgeries;
mod support;

use serde_json::Value;

use citebot::discord::render;
use citebot::knowledge::limits;
use support::bot::{content, flags, DataDir, Harness, EPHEMERAL, WAIT};
use support::fixtures::{self, perms};
use support::kb::{
    add_options, ask_in, by_moderator, kb, not_answered, server, stored_rows, GUILD_A, GUILD_B, MODERATOR_ID,
    MODERATOR_NAME, OIL_ANSWER, OIL_QUESTION, OIL_QUOTE,
};
use support::Recorded;

const CEASEFIRE: &str = "When does the ceasefire start?";
const REFUSED: &str = "Only this server's moderators can use `/kb`";

fn named<'a>(list: &'a Value, name: &str) -> &'a Value {
    let items = list.as_array().unwrap_or_else(|| panic!("not a list: {list:#}"));
    items.iter().find(|o| o["name"] == name).unwrap_or_else(|| panic!("no {name} in {list:#}"))
}

fn assert_ephemeral(reply: &Recorded) {
    assert!(reply.status < 300, "{reply}");
    assert_eq!(flags(reply) & EPHEMERAL, EPHEMERAL, "not ephemeral: {reply}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn kb_is_registered_for_moderators_with_its_contract() {
    let bot = Harness::start(&[]).await;
    let put = bot.stand_in.wait_for_request(|r| r.matches("PUT", "/applications/2000/commands"), WAIT).await.unwrap();
    let kb = named(&put.body, "kb");
    assert_eq!(kb["default_member_permissions"], perms::MANAGE_MESSAGES.to_string(), "hidden from members");
    assert_eq!(kb["contexts"], serde_json::json!([0]), "servers only");
    let subcommands: Vec<&str> =
        kb["options"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert_eq!(
        subcommands,
        ["add", "alias", "unalias", "remove", "unhide", "list", "show", "log", "unanswered", "stats", "quiz"]
    );

    // name, required, autocomplete, max_length (the store's own limit), per subcommand.
    type Options = Vec<(&'static str, bool, bool, usize)>;
    let id = ("id", true, true, limits::ID_CHARS);
    let question = ("question", true, true, limits::QUESTION_CHARS);
    let contract: [(&str, Options); 10] = [
        (
            "add",
            vec![
                question,
                ("answer", true, false, limits::ANSWER_CHARS),
                ("quote", true, false, limits::QUOTE_CHARS),
                ("topic", false, true, limits::TOPIC_CHARS),
                ("id", false, false, limits::ID_CHARS),
            ],
        ),
        ("alias", vec![id, question]),
        ("unalias", vec![id, question]),
        ("remove", vec![id]),
        ("unhide", vec![id]),
        ("list", vec![("topic", false, true, limits::TOPIC_CHARS)]),
        ("show", vec![id]),
        ("log", vec![]),
        ("unanswered", vec![]),
        ("stats", vec![]),
    ];
    for (name, options) in contract {
        let sub = named(&kb["options"], name);
        assert_eq!(sub["type"], 1, "{name} is a subcommand");
        let description = sub["description"].as_str().unwrap_or_default();
        assert!(!description.is_empty() && description.chars().count() <= 100, "{sub:#}");
        let sent = sub["options"].as_array().cloned().unwrap_or_default();
        let names: Vec<&str> = sent.iter().map(|o| o["name"].as_str().unwrap()).collect();
        let wanted: Vec<&str> = options.iter().map(|o| o.0).collect();
        assert_eq!(names, wanted, "/kb {name}");
        for (option, required, autocomplete, max) in options {
            let sent = named(&sub["options"], option);
            assert_eq!(sent["type"], 3, "/kb {name} {option} is a string");
            assert_eq!(sent["required"].as_bool().unwrap_or(false), required, "/kb {name} {option}");
            assert_eq!(sent["autocomplete"].as_bool().unwrap_or(false), autocomplete, "/kb {name} {option}");
            assert_eq!(sent["max_length"].as_u64(), Some(max as u64), "/kb {name} {option}");
        }
    }
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_regular_member_is_refused_and_nothing_is_saved() {
    let bot = Harness::start(&[]).await;
    let member = |sub: &str, options: Vec<Value>| kb(sub, options).guild(GUILD_A).user("6001", "member");
    let attempts = [
        member("add", add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE)),
        member(
            "alias",
            vec![fixtures::string_option("id", "ceasefire-date"), fixtures::string_option("question", "x?")],
        ),
        member("remove", vec![fixtures::string_option("id", "ceasefire-date")]),
        member("list", vec![]),
        member("show", vec![fixtures::string_option("id", "ceasefire-date")]),
        member("log", vec![]),
        member("unanswered", vec![]),
        member("stats", vec![]),
        // Other powers are not moderation.
        member("add", add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE))
            .permissions(perms::MEMBER | perms::ADD_REACTIONS),
    ];
    for attempt in attempts {
        let reply = bot.reply(attempt.build()).await;
        assert_ephemeral(&reply);
        assert_eq!(reply.body["type"], 4, "refused at once, not deferred: {reply}");
        assert!(content(&reply).starts_with(REFUSED), "{}", content(&reply));
    }
    assert_eq!(stored_rows(&bot.db()).await, vec![], "nothing saved");
    assert_eq!(bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await.status, 204);
    assert!(not_answered(content(&bot.reply(ask_in(GUILD_A, "6002", OIL_QUESTION)).await)));

    // In a direct message there is no server to moderate, whatever the user's powers.
    let direct = kb("list", vec![]).dm().user(MODERATOR_ID, MODERATOR_NAME).build();
    let reply = bot.reply(direct).await;
    assert_ephemeral(&reply);
    assert!(content(&reply).contains("works in a server"), "{}", content(&reply));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn moderators_are_those_who_manage_messages_or_the_server_or_have_a_listed_role() {
    let bot = Harness::start(&[("MODERATOR_ROLE_IDS", "777, 778")]).await;
    let list = || kb("list", vec![]).guild(GUILD_A).user("6001", "someone");
    let cases = [
        (list().roles(&["777"]), true),
        (list().roles(&["100", "778"]), true),
        (list().roles(&["779"]), false),
        (list().permissions(perms::MEMBER | perms::MANAGE_GUILD), true),
        (list().permissions(perms::MEMBER | perms::MANAGE_MESSAGES), true),
        (list().permissions(perms::ADMINISTRATOR), true),
        (list(), false),
    ];
    for (command, allowed) in cases {
        let reply = bot.reply(command.build()).await;
        assert_ephemeral(&reply);
        let text = content(&reply);
        assert_eq!(!text.starts_with(REFUSED), allowed, "{command:?}: {text}");
        if allowed {
            assert!(text.contains("`ceasefire-date`"), "{text}");
        }
    }
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quote_not_in_the_article_is_refused_with_the_nearest_passage() {
    let bot = Harness::start(&[]).await;
    let misquote = "The 604 Brigade was founded in Tripoli in 2015 after Daesh seized Sirte.";
    let add = by_moderator(
        kb("add", add_options("Who founded the 604 Brigade?", "The 604 Brigade was founded in Tripoli.", misquote)),
        GUILD_A,
    );
    let reply = bot.reply(add.build()).await;
    assert_ephemeral(&reply);
    let text = content(&reply);
    assert!(text.starts_with("Not saved: `quote` is not verbatim in the article"), "{text}");
    let nearest = render::clean("The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.");
    assert!(text.contains(&nearest), "the nearest passage is named: {text}");
    assert!(text.contains("paragraph 9"), "{text}");

    // Other mistakes, each refused with its reason; still nothing saved.
    let mistakes = [
        (add_options("   ", OIL_ANSWER, OIL_QUOTE), "`question` must not be empty"),
        (
            [add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE), vec![fixtures::string_option("id", "Bad Id!")]].concat(),
            "`id` may contain only",
        ),
        (
            [add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE), vec![fixtures::string_option("id", "ceasefire-date")]]
                .concat(),
            "is the id of a shipped entry",
        ),
    ];
    for (options, says) in mistakes {
        let reply = bot.reply(by_moderator(kb("add", options), GUILD_A).build()).await;
        assert_ephemeral(&reply);
        assert!(content(&reply).contains(says), "{says}: {}", content(&reply));
    }
    let unknown = kb("remove", vec![fixtures::string_option("id", "no-such-entry")]);
    let reply = bot.reply(by_moderator(unknown, GUILD_A).build()).await;
    assert!(content(&reply).contains("no entry has the id “no-such-entry”"), "{}", content(&reply));
    let db = bot.db();
    assert!(db.knowledge(server(GUILD_A)).await.unwrap().is_unchanged(), "nothing saved");
    assert!(db.log(server(GUILD_A), 10).await.unwrap().is_empty(), "nothing logged");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_entry_answers_in_its_server_only_and_survives_a_restart() {
    let data = DataDir::new("kb-restart");
    let dir = data.var();
    let vars = [("DATA_DIR", dir.as_str()), ("ASK_COOLDOWN_SECONDS", "0")];
    let bot = Harness::start(&vars).await;
    assert!(not_answered(content(&bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await)));

    // An answer that would ping is refused, and says why; the plain one is saved.
    let pinging = format!("{OIL_ANSWER} (@everyone <@&777>)");
    let add = by_moderator(kb("add", add_options(OIL_QUESTION, &pinging, OIL_QUOTE)), GUILD_A);
    let refused = content(&bot.reply(add.build()).await).to_owned();
    assert!(refused.starts_with("Not saved: `answer` has a mass mention"), "{refused}");
    let add = by_moderator(kb("add", add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE)), GUILD_A);
    let added = bot.reply(add.build()).await;
    assert_ephemeral(&added);
    let text = content(&added);
    assert!(text.starts_with("Added `much-oil-oil-crescent-produce`"), "{text}");
    assert!(text.contains("It answers now"), "{text}");

    let ask = |guild: &str| ask_in(guild, "6001", OIL_QUESTION);
    let here = content(&bot.reply(ask(GUILD_A)).await).to_owned();
    assert!(here.contains(OIL_ANSWER) && here.contains("pre-empted a possible move"), "{here}");
    assert!(!here.contains("@everyone") && !here.contains("<@&777>"), "{here}");
    assert!(not_answered(content(&bot.reply(ask(GUILD_B)).await)), "not in another server");
    assert!(content(&bot.reply(ask_in(GUILD_B, "6001", CEASEFIRE)).await).contains("midnight 12 January"));

    let log = bot.reply(by_moderator(kb("log", vec![]), GUILD_A).build()).await;
    let expected =
        format!("**{}** ({MODERATOR_ID}) added `much-oil-oil-crescent-produce`", render::clean(MODERATOR_NAME));
    assert!(content(&log).contains(&expected), "{}", content(&log));
    bot.shutdown().await;

    let bot = Harness::start(&vars).await;
    assert_eq!(content(&bot.reply(ask(GUILD_A)).await), here, "the same answer after a restart");
    assert!(not_answered(content(&bot.reply(ask(GUILD_B)).await)));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn alias_show_and_remove_change_that_server_only() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    let moderate = |sub: &str, options: Vec<Value>| bot.reply(by_moderator(kb(sub, options), GUILD_A).build());
    let id = "oil-crescent";
    let options = [add_options(OIL_QUESTION, OIL_ANSWER, OIL_QUOTE), vec![fixtures::string_option("id", id)]].concat();
    assert!(content(&moderate("add", options).await).starts_with("Added `oil-crescent`"));

    let phrasing = "Could the oil fields be attacked next?";
    let alias =
        moderate("alias", vec![fixtures::string_option("id", id), fixtures::string_option("question", phrasing)]);
    let text = content(&alias.await).to_owned();
    assert!(
        text.starts_with("Added the question “Could the oil fields be attacked next?” to `oil-crescent`"),
        "{text}"
    );
    assert!(content(&bot.reply(ask_in(GUILD_A, "6001", phrasing)).await).contains(OIL_ANSWER));

    let show = moderate("show", vec![fixtures::string_option("id", id)]).await;
    let text = content(&show);
    assert!(text.starts_with("**`oil-crescent`** · topic “Sirte takeover” · added in this server"), "{text}");
    assert!(text.contains(phrasing) && text.contains("> — paragraph 10, section “Sirte takeover”"), "{text}");
    let list = moderate("list", vec![fixtures::string_option("topic", "sirte takeover")]).await;
    assert!(content(&list).contains("__Added here (1)__\n`oil-crescent`"), "{}", content(&list));
    assert!(!content(&list).contains("ceasefire-date"), "{}", content(&list));

    // Hiding a shipped entry hides it in this server only.
    let hide = moderate("remove", vec![fixtures::string_option("id", "ceasefire-date")]).await;
    assert!(content(&hide).starts_with("Hid the shipped entry `ceasefire-date`"), "{}", content(&hide));
    let ceasefire = |guild: &str| bot.reply(ask_in(guild, "6001", CEASEFIRE));
    let (here, elsewhere) = (ceasefire(GUILD_A).await, ceasefire(GUILD_B).await);
    assert!(content(&elsewhere).contains("as of midnight on 12 January (2020)"), "{}", content(&elsewhere));
    assert!(!content(&here).contains("as of midnight on 12 January (2020)"), "{}", content(&here));

    let removed = moderate("remove", vec![fixtures::string_option("id", id)]).await;
    assert!(content(&removed).starts_with("Removed `oil-crescent`"), "{}", content(&removed));
    assert!(!content(&bot.reply(ask_in(GUILD_A, "6001", OIL_QUESTION)).await).contains(OIL_ANSWER));
    let gone = moderate("show", vec![fixtures::string_option("id", id)]).await;
    assert_ephemeral(&gone);
    assert!(content(&gone).starts_with("No entry has the id `oil-crescent`"), "{}", content(&gone));

    let log = content(&moderate("log", vec![]).await).to_owned();
    let order =
        ["removed `oil-crescent`", "hid the shipped `ceasefire-date`", "to `oil-crescent`", "added `oil-crescent`"];
    let at: Vec<usize> = order.iter().map(|what| log.find(what).unwrap_or_else(|| panic!("{what}: {log}"))).collect();
    assert!(at.windows(2).all(|w| w[0] < w[1]), "newest first: {log}");
    let other = content(&bot.reply(by_moderator(kb("log", vec![]), GUILD_B).build()).await).to_owned();
    assert!(other.starts_with("No change has been made in this server yet"), "{other}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_forgery_is_refused_saying_why_and_nothing_is_saved() {
    let bot = Harness::start(&[]).await;
    for forged in forgeries::FORGERIES {
        let (question, answer, quote) = forged.entry();
        let reply = bot.reply(by_moderator(kb("add", add_options(question, answer, quote)), GUILD_A).build()).await;
        assert_ephemeral(&reply);
        let text = content(&reply);
        let says = format!("Not saved: `{}` ", forged.field.option());
        assert!(text.starts_with(&says) && text.contains(forged.says), "{:?}: {text}", forged.value);
        if forged.field == forgeries::Field::Question {
            let options =
                vec![fixtures::string_option("id", "ceasefire-date"), fixtures::string_option("question", question)];
            let reply = bot.reply(by_moderator(kb("alias", options), GUILD_A).build()).await;
            assert!(content(&reply).starts_with("Not saved: `question` "), "{}", content(&reply));
        }
    }
    assert_eq!(stored_rows(&bot.db()).await, vec![], "nothing saved");
    bot.shutdown().await;
}
