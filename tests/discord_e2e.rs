//! The slash commands end to end: the real bot (serenity + poise, started by
//! `citebot::discord::start`) against the stand-in Discord, checked on what it sends.

mod support;

use serde_json::Value;

use citebot::discord::render;
use support::bot::{content, engine, flags, Harness, EPHEMERAL, WAIT};
use support::fixtures::{self, SlashCommand};

const CEASEFIRE: &str = "When does the ceasefire start?";

fn option<'a>(command: &'a Value, name: &str) -> &'a Value {
    let options = command["options"].as_array().expect("options");
    options.iter().find(|o| o["name"] == name).unwrap_or_else(|| panic!("no option {name} in {command:#}"))
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn commands_are_registered_with_their_contract() {
    let bot = Harness::start(&[]).await;
    let put = bot.stand_in.wait_for_request(|r| r.matches("PUT", "/applications/2000/commands"), WAIT).await.unwrap();
    let commands = put.body.as_array().expect("a list of commands");
    let names: Vec<&str> = commands.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(names, ["ask", "topics", "source", "quote", "help", "quiz", "kb"]);
    let quiz = &commands[5];
    let subcommands: Vec<&str> =
        quiz["options"].as_array().unwrap().iter().filter_map(|o| o["name"].as_str()).collect();
    assert_eq!(subcommands, ["start", "reveal", "scores", "forget-me"]);
    for command in commands {
        let description = command["description"].as_str().unwrap_or_default();
        assert!(!description.is_empty() && description.chars().count() <= 100, "{command:#}");
    }

    let question = option(&commands[0], "question");
    assert_eq!((question["type"].as_u64(), question["required"].as_bool()), (Some(3), Some(true)));
    assert_eq!(question["autocomplete"], true);
    let quote = &commands[3];
    let paragraph = option(quote, "paragraph");
    assert_eq!(paragraph["type"], 4, "an integer");
    assert_eq!(paragraph["min_value"].as_f64(), Some(0.0));
    assert_ne!(paragraph["required"], true);
    let search = option(quote, "search");
    assert_eq!(search["type"], 3, "a string");
    assert_ne!(search["required"], true);
    for bare in &commands[1..3] {
        assert!(bare["options"].as_array().is_none_or(Vec::is_empty), "{bare:#}");
    }

    // Without ASK_CHANNEL_IDS the bot does not ask for the privileged message-content intent.
    let identify = bot.stand_in.wait_ready(WAIT).await.unwrap();
    let message_content = 1 << 15;
    assert_eq!(identify["intents"].as_u64().unwrap() & message_content, 0);
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_guild_id_registers_the_commands_in_that_server_only() {
    let bot = Harness::start(&[("DISCORD_GUILD_ID", "4242")]).await;
    let requests = bot.stand_in.requests();
    assert!(requests.iter().any(|r| r.matches("PUT", "/applications/2000/guilds/4242/commands")));
    assert!(!requests.iter().any(|r| r.matches("PUT", "/applications/2000/commands")));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn ask_is_answered_with_the_right_quote() {
    let bot = Harness::start(&[]).await;
    let reply = bot.ask_as(fixtures::DEFAULT_USER_ID, CEASEFIRE).await;
    assert_eq!(reply.status, 204, "{reply}");
    assert_eq!(reply.body["type"], 4, "a message, not deferred");
    assert_eq!(flags(&reply) & EPHEMERAL, 0, "answers are public");
    let text = content(&reply);
    assert!(text.contains("> Turkey’s President Recep Erdogan") && text.contains("midnight 12 January"), "{text}");
    assert!(text.contains("> — paragraph 1"), "{text}");
    assert!(text.contains("Sami Zaptia, London, 8 January 2020"), "{text}");

    // The same engine reply `citebot ask` prints: its quotes, word for word.
    let engine = engine();
    let answer = engine.answer(CEASEFIRE);
    for quote in &citebot::cli::json_reply(&answer).quotes.to_vec() {
        assert!(text.contains(&render::clean(&quote.text)), "missing quote {:?} in {text}", quote.text);
    }
    assert_eq!(text, render::reply(&answer, &engine.source().article.meta));

    // A question the article does not cover: said so, with topics to try.
    let uncovered = "Who is the mayor of Misrata?";
    let reply = bot.ask_as("6001", uncovered).await;
    let text = content(&reply);
    assert!(text.contains("does not cover") && text.contains("/ask"), "{text}");
    for suggestion in engine.answer(uncovered).suggestions() {
        assert!(text.contains(&format!("• **{}**", render::clean(&suggestion.topic))), "{text}");
    }
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn autocomplete_offers_example_questions() {
    let bot = Harness::start(&[]).await;
    for typed in ["ceasefire", "", "zzzz qqqq", &"x".repeat(300)] {
        let typing = SlashCommand::new("ask").option(fixtures::focused(fixtures::string_option("question", typed)));
        let reply = bot.interact(typing.autocomplete()).await;
        assert_eq!(reply.status, 204, "{reply}");
        assert_eq!(reply.body["type"], 8, "{reply}");
        let choices = reply.body["data"]["choices"].as_array().expect("choices");
        assert!(choices.len() <= 25, "{} choices", choices.len());
        for choice in choices {
            let name = choice["name"].as_str().unwrap();
            assert!(!name.is_empty() && name.chars().count() <= 100 && choice["value"] == name, "{choice}");
        }
        if typed == "ceasefire" {
            assert!(choices.iter().any(|c| c["name"] == CEASEFIRE), "{choices:?}");
        }
        if typed.is_empty() {
            assert!(!choices.is_empty(), "something to start from");
        }
    }
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn topics_source_quote_and_help() {
    let bot = Harness::start(&[]).await;
    let engine = engine();
    let article = &engine.source().article;

    let topics = bot.interact(SlashCommand::new("topics").build()).await;
    for suggestion in engine.suggest_all() {
        assert!(content(&topics).contains(&render::clean(&suggestion.topic)), "{}", content(&topics));
    }

    let source = bot.interact(SlashCommand::new("source").build()).await;
    let text = content(&source);
    for field in [&article.meta.title, &article.meta.author, &article.meta.place, &article.meta.date] {
        assert!(text.contains(&render::clean(field)), "{field} missing from {text}");
    }
    assert!(text.contains(&format!("Paragraphs: {}", article.paragraph_count())), "{text}");

    let quote = |options: Vec<Value>| {
        let mut command = SlashCommand::new("quote");
        for option in options {
            command = command.option(option);
        }
        command.build()
    };
    let first = bot.interact(quote(vec![fixtures::integer_option("paragraph", 1)])).await;
    let paragraph = &article.paragraph(1).unwrap().text;
    assert!(content(&first).contains(&format!("> {}", render::clean(paragraph))), "{}", content(&first));
    assert_eq!(flags(&first) & EPHEMERAL, 0);
    let headline = bot.interact(quote(vec![fixtures::integer_option("paragraph", 0)])).await;
    assert!(content(&headline).contains(&render::clean(&article.meta.title)), "{}", content(&headline));

    let search = bot.interact(quote(vec![fixtures::string_option("search", "Sirte takeover")])).await;
    let text = content(&search);
    assert!(text.contains("> ") && text.contains("Sirte") && text.contains("— paragraph"), "{text}");

    // Mistakes get a short ephemeral answer.
    let count = article.paragraph_count() as i64;
    let mistakes = [
        (vec![fixtures::integer_option("paragraph", count + 1)], "There is no paragraph"),
        (vec![], "Give `paragraph`"),
        (vec![fixtures::integer_option("paragraph", 2), fixtures::string_option("search", "x")], "not both"),
        (vec![fixtures::string_option("search", "   ")], "some words"),
        // A string where the command has an integer: what a stale registration sends.
        (vec![fixtures::string_option("paragraph", "three")], ""),
    ];
    for (options, says) in mistakes {
        let reply = bot.interact(quote(options)).await;
        assert_eq!(reply.status, 204, "{reply}");
        assert_eq!(flags(&reply) & EPHEMERAL, EPHEMERAL, "{reply}");
        assert!(content(&reply).contains(says), "{}", content(&reply));
    }

    let help = bot.interact(SlashCommand::new("help").build()).await;
    assert_eq!(flags(&help) & EPHEMERAL, EPHEMERAL);
    for command in ["/ask", "/topics", "/source", "/quote paragraph:", "/quote search:"] {
        assert!(content(&help).contains(command), "{command} missing from /help");
    }
    bot.shutdown().await;
}
