//! Issue 7's study-group features end to end: the real bot against the stand-in Discord, with
//! button clicks (MESSAGE_COMPONENT interactions) as Discord sends them. The quiz (buttons,
//! clicks, the close and its reveal, scores across a restart), follow-up questions, "Show
//! paragraph", votes, and every click answered.

mod support;

use std::time::Duration;

use serde_json::{json, Value};

use citebot::discord::custom_id::{Click, MAX_CHARS};
use citebot::discord::render;
use support::bot::{content, engine, flags, quiz, DataDir, Harness, EPHEMERAL, WAIT};
use support::fixtures::{self, perms, SlashCommand};
use support::kb::{by_moderator, kb, server};
use support::Recorded;

const GUILD: &str = fixtures::DEFAULT_GUILD_ID;
const CHANNEL: &str = fixtures::DEFAULT_CHANNEL_ID;
const STARTER: (&str, &str) = ("6100", "starter");
const ANA: (&str, &str) = ("6101", "ana_reads");
const BEN: (&str, &str) = ("6102", "ben_studies");
const CY: (&str, &str) = ("6103", "cy_notes");
/// How long a reveal on the quiz's own timer may take with `QUIZ_SECONDS=5`.
const REVEAL_WAIT: Duration = Duration::from_secs(12);

fn by(user: (&str, &str)) -> SlashCommand {
    SlashCommand::new("quiz").user(user.0, user.1)
}

fn quiz_command(sub: &str, user: (&str, &str), options: Vec<Value>) -> Value {
    by(user).option(fixtures::subcommand(sub, options)).build()
}

fn assert_private(reply: &Recorded) {
    assert!(reply.status < 300, "{reply}");
    assert_eq!(reply.body["type"], 4, "{reply}");
    assert_eq!(flags(reply) & EPHEMERAL, EPHEMERAL, "not private: {reply}");
}

fn assert_public(reply: &Recorded) {
    assert!(reply.status < 300, "{reply}");
    assert_eq!(flags(reply) & EPHEMERAL, 0, "not public: {reply}");
}

/// The buttons of a message the bot sent, in order.
fn buttons(message: &Value) -> Vec<Value> {
    let rows = message["components"].as_array().cloned().unwrap_or_default();
    rows.iter().flat_map(|row| row["components"].as_array().cloned().unwrap_or_default()).collect()
}

fn button(all: &[Value], what: impl Fn(&Value) -> bool) -> &Value {
    all.iter().find(|b| what(b)).unwrap_or_else(|| panic!("no such button in {all:#?}"))
}

/// Every request the bot sent that Discord would have refused.
fn refused(bot: &Harness) -> Vec<String> {
    bot.stand_in.requests().iter().filter(|r| r.status >= 400).map(|r| r.to_string()).collect()
}

/// Starts a quiz as [`STARTER`]: the response, and the quiz message as stored (with its id).
async fn start_quiz(bot: &Harness) -> (Recorded, Value) {
    let start = quiz_command("start", STARTER, vec![]);
    let token = start["token"].as_str().unwrap().to_owned();
    let reply = bot.interact(start).await;
    let original = format!("/webhooks/{}/{token}/messages/@original", fixtures::APPLICATION_ID);
    let fetched = bot.stand_in.wait_for_request(|r| r.matches("GET", &original), WAIT).await.unwrap();
    (reply, fetched.response)
}

async fn click(bot: &Harness, user: (&str, &str), message: &Value, custom_id: &str) -> Recorded {
    let click = SlashCommand::new("-").user(user.0, user.1).click(message, custom_id);
    bot.interact(click).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quiz_is_played_once_per_member_and_revealed_with_its_quote_and_names() {
    let bot = Harness::start(&[("QUIZ_SECONDS", "600")]).await;
    let (reply, message) = start_quiz(&bot).await;
    assert_public(&reply);
    let choices = buttons(&message);
    assert_eq!(choices.len(), 4, "{message:#}");
    let labels: Vec<&str> = choices.iter().map(|b| b["label"].as_str().unwrap()).collect();
    for (i, a) in labels.iter().enumerate() {
        assert!(!a.is_empty() && a.chars().count() <= 80, "{a}");
        assert!(!labels[i + 1..].contains(a), "two equal choices: {labels:?}");
    }
    // Exactly one is the item's answer, the others answers of the same kind; the right one is
    // in the database, never in a custom id.
    let db = bot.db();
    let stored = db.open_quiz_in(CHANNEL.parse().unwrap()).await.unwrap().expect("an open quiz");
    let bank = quiz();
    let item = bank.items().iter().find(|i| i.id == stored.new.item_id).unwrap();
    assert_eq!(labels.iter().filter(|l| **l == item.answer).count(), 1, "{labels:?} / {}", item.answer);
    for label in &labels {
        let of = bank.items().iter().find(|i| i.answer == *label).unwrap();
        assert_eq!(of.kind, item.kind, "{label}");
    }
    for (choice, b) in choices.iter().enumerate() {
        let id = b["custom_id"].as_str().unwrap();
        assert!(id.chars().count() <= MAX_CHARS);
        assert_eq!(Click::parse(id), Click::Quiz { quiz: stored.id, choice }, "{id}");
    }
    let right = stored.new.right;
    let id = |choice: usize| choices[choice]["custom_id"].as_str().unwrap().to_owned();
    let wrong = (right + 1) % 4;

    // A second start points to the open quiz.
    let again = bot.interact(quiz_command("start", ANA, vec![])).await;
    assert_private(&again);
    assert!(content(&again).contains("already open"), "{again}");

    // Three members answer; each first click counts, privately; a second is refused.
    for (user, choice) in [(ANA, right), (BEN, wrong), (CY, right)] {
        let answered = click(&bot, user, &message, &id(choice)).await;
        assert_private(&answered);
        assert!(content(&answered).starts_with("You chose"), "{answered}");
        assert!(!content(&answered).contains("right"), "nothing tells the answer: {answered}");
    }
    let second = click(&bot, BEN, &message, &id(right)).await;
    assert_private(&second);
    assert!(content(&second).contains("only your first answer counts"), "{second}");

    // Only the starter or a moderator reveals early.
    let refused_reveal = bot.interact(quiz_command("reveal", ANA, vec![])).await;
    assert_private(&refused_reveal);
    assert!(content(&refused_reveal).contains("Only who started"), "{refused_reveal}");
    let reveal = bot.interact(quiz_command("reveal", STARTER, vec![])).await;
    assert_public(&reveal);
    let text = content(&reveal);
    assert!(text.contains(&render::clean(&item.quote.text)), "the quote verbatim: {text}");
    assert!(text.contains(&render::clean(&item.answer)), "{text}");
    assert!(text.contains("ana\\_reads") && text.contains("cy\\_notes"), "the winners by name: {text}");
    assert!(!text.contains("ben\\_studies") && text.contains("Right (2 of 3)"), "{text}");
    assert!(!text.contains("<@"), "no mention syntax: {text}");
    assert!(reveal.body["data"]["allowed_mentions"].is_object(), "{reveal}");

    // The buttons are disabled, the right one marked.
    let quiz_id = message["id"].as_str().unwrap();
    let edited = bot
        .stand_in
        .wait_for_request(|r| r.matches("PATCH", &format!("/channels/{CHANNEL}/messages/{quiz_id}")), WAIT)
        .await
        .unwrap();
    let disabled = buttons(&edited.response);
    assert!(disabled.iter().all(|b| b["disabled"] == true), "{edited}");
    assert_eq!(disabled[right]["style"], 3, "the right one is green: {edited}");

    // A click after the close is refused and changes nothing.
    let late = click(&bot, STARTER, &message, &id(right)).await;
    assert_private(&late);
    assert!(content(&late).contains("closed"), "{late}");
    let scores = db.leaderboard(server(GUILD), 10).await.unwrap();
    let points: Vec<(&str, i64, i64)> = scores.iter().map(|s| (s.name.as_str(), s.points, s.answers)).collect();
    assert_eq!(points.len(), 3, "{points:?}");
    assert!(points.contains(&("ana_reads", 1, 1)) && points.contains(&("ben_studies", 0, 1)), "{points:?}");
    assert!(refused(&bot).is_empty(), "{:?}", refused(&bot));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_quiz_closes_on_time_and_scores_and_buttons_survive_a_restart() {
    let data = DataDir::new("study-restart");
    let vars = [("QUIZ_SECONDS", "5"), ("DATA_DIR", &data.var()[..])];
    let bot = Harness::start(&vars).await;
    let (_, message) = start_quiz(&bot).await;
    let stored = bot.db().open_quiz_in(CHANNEL.parse().unwrap()).await.unwrap().unwrap();
    let choices = buttons(&message);
    let id = |choice: usize| choices[choice]["custom_id"].as_str().unwrap().to_owned();
    click(&bot, ANA, &message, &id(stored.new.right)).await;
    click(&bot, BEN, &message, &id((stored.new.right + 1) % 4)).await;
    // Nobody reveals: the quiz closes by itself and posts its reveal as a reply to the quiz.
    let quiz_id = message["id"].clone();
    let is_reveal = |r: &Recorded| {
        r.matches("POST", &format!("/channels/{CHANNEL}/messages"))
            && r.body["message_reference"]["message_id"] == quiz_id
    };
    let reveal = bot.stand_in.wait_for_request(is_reveal, REVEAL_WAIT).await.unwrap();
    assert!(content(&reveal).contains("Right (1 of 2): **ana\\_reads**"), "{reveal}");
    assert!(reveal.body["allowed_mentions"].is_object(), "{reveal}");
    // An answer with buttons, to click after the restart.
    let answer =
        bot.interact(SlashCommand::new("ask").option(fixtures::string_option("question", SIRTE)).build()).await;
    let answer_message = fixtures::bot_message(CHANNEL, &answer.body["data"]);
    bot.shutdown().await;

    let bot = Harness::start(&vars).await;
    let scores = bot.interact(quiz_command("scores", CY, vec![])).await;
    assert_public(&scores);
    let board = content(&scores);
    assert!(board.contains("1\\. **ana\\_reads** · 1 · 1 · 1"), "{board}");
    assert!(board.contains("2\\. **ben\\_studies** · 0 · 1 · 0"), "{board}");
    // Every old button still gets an answer.
    let late = click(&bot, CY, &message, &id(0)).await;
    assert_private(&late);
    assert!(content(&late).contains("closed"), "{late}");
    for b in buttons(&answer_message) {
        let answered = click(&bot, CY, &answer_message, b["custom_id"].as_str().unwrap()).await;
        assert_private(&answered);
    }
    let unknown = click(&bot, CY, &answer_message, "v0:gone").await;
    assert_private(&unknown);
    assert!(content(&unknown).contains("no longer in use"), "{unknown}");
    // A member forgets their own score, and only theirs.
    let forget = bot.interact(quiz_command("forget-me", ANA, vec![])).await;
    assert_private(&forget);
    let board = bot.db().leaderboard(server(GUILD), 10).await.unwrap();
    assert_eq!(board.iter().map(|s| s.name.as_str()).collect::<Vec<_>>(), ["ben_studies"]);
    assert!(refused(&bot).is_empty(), "{:?}", refused(&bot));
    bot.shutdown().await;
}

const SIRTE: &str = "Who captured Sirte?";
const WHERE_MET: &str = "Where did Sarraj meet Tebboune?";
const WHEN: &str = "on what date?";

fn ask_by(user: (&str, &str), question: &str) -> Value {
    SlashCommand::new("ask").user(user.0, user.1).option(fixtures::string_option("question", question)).build()
}

fn expected(question: &str, previous: Option<&str>) -> String {
    let engine = engine();
    render::reply(&engine.answer_after(question, previous), &engine.source().article.meta)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn follow_ups_are_the_askers_own_in_the_channel_and_expire() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0"), ("FOLLOW_UP_SECONDS", "2")]).await;
    let paired = expected(WHEN, Some(WHERE_MET));
    let alone = expected(WHEN, None);
    assert!(paired.contains("Sarraj was in Algiers on 6 January") && paired != alone, "{paired}");

    bot.interact(ask_by(ANA, WHERE_MET)).await;
    // By mention: the same context as /ask.
    let mention = format!("<@{}> {WHEN}", fixtures::BOT_USER_ID);
    let message = fixtures::MessageCreate::new(&mention).author(ANA.0, ANA.1).mention_bot().build();
    let reply = bot.message(message).await;
    assert_eq!(content(&reply), paired, "the follow-up is resolved with the right quote");
    // Another member's same words do not use Ana's context.
    let other = bot.interact(ask_by(BEN, WHEN)).await;
    assert_eq!(content(&other), alone);
    // In another channel, Ana has no context either.
    let elsewhere = SlashCommand::new("ask").user(ANA.0, ANA.1).channel("5001");
    let elsewhere = bot.interact(elsewhere.option(fixtures::string_option("question", WHEN)).build()).await;
    assert_eq!(content(&elsewhere), alone);
    // Context expires.
    bot.interact(ask_by(ANA, WHERE_MET)).await;
    tokio::time::sleep(Duration::from_millis(2100)).await;
    assert_eq!(content(&bot.interact(ask_by(ANA, WHEN)).await), alone, "expired");

    // A reply to the bot's answer follows it up, whoever's context it is.
    let answer = bot.interact(ask_by(ANA, WHERE_MET)).await;
    let answered = fixtures::bot_message(CHANNEL, &answer.body["data"]);
    let mut reply = fixtures::MessageCreate::new(WHEN).author(CY.0, CY.1).build();
    reply["type"] = json!(19);
    reply["message_reference"] = json!({ "message_id": answered["id"], "channel_id": CHANNEL, "guild_id": GUILD });
    reply["referenced_message"] = answered;
    assert_eq!(content(&bot.message(reply).await), paired);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn show_paragraph_and_votes_answer_privately_and_a_down_vote_reaches_the_moderators() {
    // The default cooldown is on: clicks are not questions and are never throttled.
    let bot = Harness::start(&[]).await;
    let answer = bot.interact(ask_by(ANA, SIRTE)).await;
    assert_public(&answer);
    let message = fixtures::bot_message(CHANNEL, &answer.body["data"]);
    let all = buttons(&message);
    assert!(all.len() <= 5);
    let paragraph = button(&all, |b| b["label"].as_str().is_some_and(|l| l.contains("paragraph")));
    let shown = click(&bot, ANA, &message, paragraph["custom_id"].as_str().unwrap()).await;
    assert_private(&shown);
    let engine = engine();
    let article = &engine.source().article;
    for n in [6, 7] {
        let text = &article.paragraph(n).unwrap().text;
        assert!(content(&shown).contains(&render::clean(text)), "paragraph {n} verbatim: {shown}");
    }

    let up = button(&all, |b| b["emoji"]["name"] == "\u{1F44D}")["custom_id"].as_str().unwrap().to_owned();
    let down = button(&all, |b| b["emoji"]["name"] == "\u{1F44E}")["custom_id"].as_str().unwrap().to_owned();
    let entry = match Click::parse(&up) {
        Click::Vote { entry, .. } => entry,
        other => panic!("{other:?}"),
    };
    for (user, id, said) in [
        (ANA, &up, "recorded"),
        (ANA, &up, "already voted"),
        (ANA, &down, "now"),
        (BEN, &up, "recorded"),
        (CY, &down, "recorded"),
    ] {
        let voted = click(&bot, user, &message, id).await;
        assert_private(&voted);
        assert!(content(&voted).contains(said), "{said}: {voted}");
    }
    let stats = bot.db().entry_stats(server(GUILD)).await.unwrap();
    let this = stats.iter().find(|s| s.id == entry).expect("the entry's stats");
    assert_eq!((this.answers, this.up, this.down), (1, 1, 2), "one vote per member: {stats:?}");

    let moderator = by_moderator(kb("unanswered", vec![]), GUILD).build();
    let queue = bot.interact(moderator).await;
    let listed = content(&queue).to_lowercase();
    assert!(listed.contains("who captured sirte") && listed.contains(&format!("`{entry}`")), "{queue}");
    let stats = bot.interact(by_moderator(kb("stats", vec![]), GUILD).build()).await;
    assert_private(&stats);
    assert!(content(&stats).contains(&format!("`{entry}` · 1 · 1 · 2")), "{stats}");
    let member = bot.interact(kb("stats", vec![]).permissions(perms::MEMBER).build()).await;
    assert!(content(&member).contains("moderators"), "{member}");
    assert!(refused(&bot).is_empty(), "{:?}", refused(&bot));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_moderators_own_entry_joins_the_servers_quiz() {
    use support::kb::{add_options, OIL_QUOTE};
    const JUFRA: &str = "What did Hafter pre-empt a possible move on?";
    let bot = Harness::start(&[("QUIZ_SECONDS", "600")]).await;
    let mut options = add_options(JUFRA, "Hafter has pre-empted a move on his Jufra airbase.", OIL_QUOTE);
    options.push(fixtures::string_option("topic", "Our reading group"));
    options.push(fixtures::string_option("id", "jufra-move"));
    let added = bot.reply(by_moderator(kb("add", options), GUILD).build()).await;
    assert!(added.status < 300, "{added}");
    // The kind is a choice: Discord sends its index (2 is "place").
    const PLACE: i64 = 2;
    let quiz_options = |answer: &str, kind: i64| {
        vec![
            fixtures::string_option("id", "jufra-move"),
            fixtures::string_option("answer", answer),
            fixtures::integer_option("kind", kind),
        ]
    };
    // Refused, changing nothing: an answer its quote does not state, a shipped entry, a member.
    let unstated = bot.interact(by_moderator(kb("quiz", quiz_options("Benghazi", PLACE)), GUILD).build()).await;
    assert_private(&unstated);
    assert!(content(&unstated).contains("not stated"), "{unstated}");
    let mut shipped = quiz_options("Sirte", PLACE);
    shipped[0] = fixtures::string_option("id", "sirte-takeover");
    let shipped = bot.interact(by_moderator(kb("quiz", shipped), GUILD).build()).await;
    assert!(content(&shipped).contains("shipped entry"), "{shipped}");
    let member = bot.interact(kb("quiz", quiz_options("Jufra airbase", PLACE)).build()).await;
    assert!(content(&member).contains("moderators"), "{member}");
    assert!(bot.db().entry_quizzes(server(GUILD)).await.unwrap().is_empty());

    let put = bot.interact(by_moderator(kb("quiz", quiz_options("Jufra airbase", PLACE)), GUILD).build()).await;
    assert_private(&put);
    assert!(content(&put).contains("is in this server's quiz"), "{put}");
    let topic = vec![fixtures::string_option("topic", "our reading group")];
    let start = quiz_command("start", STARTER, topic);
    let token = start["token"].as_str().unwrap().to_owned();
    let reply = bot.interact(start).await;
    assert_public(&reply);
    assert!(content(&reply).contains(&render::clean(JUFRA)), "{reply}");
    let original = format!("/webhooks/{}/{token}/messages/@original", fixtures::APPLICATION_ID);
    let message = bot.stand_in.wait_for_request(|r| r.matches("GET", &original), WAIT).await.unwrap().response;
    let labels: Vec<String> = buttons(&message).iter().map(|b| b["label"].as_str().unwrap().to_owned()).collect();
    assert!(labels.contains(&"Jufra airbase".to_owned()) && labels.len() == 4, "{labels:?}");
    // Another server's quiz does not have it.
    assert!(bot.db().entry_quizzes(server("4001")).await.unwrap().is_empty());
    assert!(refused(&bot).is_empty(), "{:?}", refused(&bot));
    bot.shutdown().await;
}
