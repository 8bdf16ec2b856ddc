//! Messages end to end: mentions and ask channels answered as replies, bots ignored, and no
//! reply able to ping anyone.

mod support;

use std::time::Duration;

use support::bot::{assert_no_pings, content, mass_mention, Harness, WAIT};
use support::fixtures::{self, MessageCreate, SlashCommand};
use support::Recorded;

const CEASEFIRE: &str = "When does the ceasefire start?";
/// An ask channel, and the message-content intent it needs.
const ASK_CHANNEL: &str = "5100";
const MESSAGE_CONTENT: u64 = 1 << 15;

fn is_channel_message(r: &Recorded) -> bool {
    r.matches("POST", "/channels/*/messages")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_mention_is_answered_as_a_reply_like_ask() {
    let bot = Harness::start(&[]).await;
    let asked = bot.ask_as("6001", CEASEFIRE).await;

    let mention = MessageCreate::new(&format!("<@{}> {CEASEFIRE}", fixtures::BOT_USER_ID)).mention_bot().build();
    let reply = bot.message(mention.clone()).await;
    assert_eq!(reply.status, 200, "{reply}");
    assert!(reply.matches("POST", &format!("/channels/{}/messages", fixtures::DEFAULT_CHANNEL_ID)));
    let reference = &reply.body["message_reference"];
    assert_eq!(reference["message_id"], mention["id"]);
    assert_eq!(reference["fail_if_not_exists"], false);
    assert_eq!(content(&reply), content(&asked), "a mention gets the same answer as /ask");
    assert!(content(&reply).contains("midnight 12 January"));

    // A bare mention is told how to ask, with topics.
    let bare = MessageCreate::new("<@1000>").author("6002", "shy").mention_bot().build();
    let text = content(&bot.message(bare).await).to_owned();
    assert!(text.contains("Ask me a question") && text.contains("• **"), "{text}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_channels_and_direct_messages_need_no_mention() {
    let bot = Harness::start(&[("ASK_CHANNEL_IDS", ASK_CHANNEL), ("ASK_COOLDOWN_SECONDS", "0")]).await;
    let identify = bot.stand_in.wait_ready(WAIT).await.unwrap();
    assert_eq!(identify["intents"].as_u64().unwrap() & MESSAGE_CONTENT, MESSAGE_CONTENT);

    let elsewhere = MessageCreate::new("who took Sirte?").build();
    let elsewhere_id = elsewhere["id"].clone();
    bot.stand_in.dispatch("MESSAGE_CREATE", elsewhere).await;
    let in_channel = bot.message(MessageCreate::new("who took Sirte?").channel(ASK_CHANNEL).build()).await;
    assert!(in_channel.matches("POST", &format!("/channels/{ASK_CHANNEL}/messages")));
    assert!(content(&in_channel).contains("Sirte"), "{}", content(&in_channel));
    let dm = bot.message(MessageCreate::new(CEASEFIRE).dm().channel("5200").build()).await;
    assert!(content(&dm).contains("midnight 12 January"));

    let answered_elsewhere =
        |r: &Recorded| is_channel_message(r) && r.body["message_reference"]["message_id"] == elsewhere_id;
    bot.stand_in.expect_no_request(answered_elsewhere, Duration::from_millis(200)).await.unwrap();
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn bots_are_ignored() {
    let bot = Harness::start(&[("ASK_CHANNEL_IDS", ASK_CHANNEL)]).await;
    let from_bot =
        MessageCreate::new("<@1000> who took Sirte?").author("7000", "otherbot").bot_author(true).mention_bot();
    let from_itself = MessageCreate::new("<@1000> who took Sirte?")
        .channel(ASK_CHANNEL)
        .author(fixtures::BOT_USER_ID, fixtures::BOT_USERNAME)
        .bot_author(true)
        .mention_bot();
    bot.stand_in.dispatch("MESSAGE_CREATE", from_bot.build()).await;
    bot.stand_in.dispatch("MESSAGE_CREATE", from_itself.build()).await;
    // A person's message after them is answered: the bot was listening.
    let person = MessageCreate::new("<@1000> who took Sirte?").mention_bot().build();
    bot.message(person.clone()).await;
    let other_replies =
        |r: &Recorded| is_channel_message(r) && r.body["message_reference"]["message_id"] != person["id"];
    bot.stand_in.expect_no_request(other_replies, Duration::from_millis(200)).await.unwrap();
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mass_and_role_mentions_are_echoed_harmlessly() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    let question = "@everyone @here <@&777> <@6001> when does the **ceasefire** start?";

    let asked = bot.ask_as(fixtures::DEFAULT_USER_ID, question).await;
    let replied = bot.message(mass_mention(question)).await;

    for reply in [&asked, &replied] {
        let text = content(reply);
        assert!(text.contains("everyone") && text.contains("777"), "the question is echoed: {text}");
        for live in ["@everyone", "@here", "<@&777>", "<@6001>", "**ceasefire**"] {
            assert!(!text.contains(live), "{live} shown live in {text}");
        }
    }
    assert_no_pings(&bot.stand_in.requests());

    // Follow-ups and errors too: an ephemeral error from a command.
    let mistake = SlashCommand::new("quote").build();
    bot.interact(mistake).await;
    bot.shutdown().await;
}

/// Requests for help and thanks, by `/ask` and by mention, get the usage help and "you're
/// welcome", never a quote from the article.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn help_and_thanks_are_not_answered_from_the_article() {
    let bot = Harness::start(&[]).await;
    for (i, question) in ["help", "can you help?", "I need help", "commands"].into_iter().enumerate() {
        let asked = bot.ask_as(&format!("61{i:02}"), question).await;
        let text = content(&asked).to_owned();
        assert!(text.contains("`/ask`") && text.contains("`/help`"), "{question:?}: {text}");
        assert!(!text.contains("> "), "{question:?} quoted the article: {text}");
        let mention = MessageCreate::new(&format!("<@{}> {question}", fixtures::BOT_USER_ID))
            .author(&format!("62{i:02}"), "reader")
            .mention_bot()
            .build();
        let replied = content(&bot.message(mention).await).to_owned();
        assert_eq!(replied, text, "a mention gets the same help as /ask");
    }
    for (i, thanks) in ["thanks", "thx guys that really helped"].into_iter().enumerate() {
        let text = content(&bot.ask_as(&format!("63{i:02}"), thanks).await).to_owned();
        assert!(text.contains("You're welcome") && !text.contains("> "), "{thanks:?}: {text}");
    }
    bot.shutdown().await;
}
