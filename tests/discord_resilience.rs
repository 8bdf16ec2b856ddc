//! The bot under stress, end to end: the cooldown, malformed events, a gateway reconnect, a
//! clean shutdown, a wrong proxy, and a failed command registration.

mod support;

use serde_json::json;

use citebot::discord::{self, BotError, UNKNOWN_COMMAND};
use support::bot::{
    ask_with_integer_question, config, content, engine, flags, Harness, EPHEMERAL, MALFORMED_FRAMES, TOKEN, WAIT,
};
use support::fixtures::{self, MessageCreate, SlashCommand};
use support::StandIn;

const CEASEFIRE: &str = "When does the ceasefire start?";

fn answered(reply: &support::Recorded) -> bool {
    reply.status == 204 && flags(reply) & EPHEMERAL == 0 && content(reply).contains("midnight 12 January")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_question_within_the_cooldown_gets_an_ephemeral_notice() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "60")]).await;
    let first = bot.ask_as("6100", CEASEFIRE).await;
    assert!(answered(&first), "{first}");

    let second = bot.ask_as("6100", CEASEFIRE).await;
    assert_eq!(second.status, 204, "{second}");
    assert_eq!(second.body["type"], 4);
    assert_eq!(flags(&second) & EPHEMERAL, EPHEMERAL, "{second}");
    let notice = content(&second);
    assert!(notice.starts_with("Easy there") && notice.contains(" s."), "{notice}");
    assert!(notice.len() < 100, "short: {notice}");

    // Someone else is not held up.
    assert!(answered(&bot.ask_as("6101", CEASEFIRE).await));

    // A mention by the first user within the window gets an hourglass, not silence or an answer.
    let mention = MessageCreate::new(&format!("<@1000> {CEASEFIRE}")).author("6100", "eager").mention_bot().build();
    let reaction = format!(
        "/channels/{}/messages/{}/reactions/*/@me",
        fixtures::DEFAULT_CHANNEL_ID,
        mention["id"].as_str().unwrap()
    );
    bot.stand_in.dispatch("MESSAGE_CREATE", mention).await;
    let hourglass = bot.stand_in.wait_for_request(|r| r.matches("PUT", &reaction), WAIT).await.unwrap();
    assert_eq!(hourglass.status, 204);
    assert!(hourglass.path.ends_with("/reactions/%E2%8F%B3/@me"), "{hourglass}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn malformed_events_and_unknown_commands_are_survived() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    for frame in MALFORMED_FRAMES {
        bot.stand_in.send_raw(frame).unwrap();
    }

    // A command the bot does not have (e.g. left over from an old registration).
    let unknown = bot.interact(SlashCommand::new("nope").build()).await;
    assert_eq!(unknown.status, 204, "{unknown}");
    assert_eq!(flags(&unknown) & EPHEMERAL, EPHEMERAL);
    assert_eq!(content(&unknown), UNKNOWN_COMMAND);
    let typing = SlashCommand::new("nope").option(fixtures::focused(fixtures::string_option("x", "a")));
    let unknown = bot.interact(typing.autocomplete()).await;
    assert_eq!((unknown.status, unknown.body["type"].as_u64()), (204, Some(8)), "{unknown}");

    // An option the command does not have, and an option of the wrong type.
    let odd = SlashCommand::new("ask").option(fixtures::string_option("query", CEASEFIRE)).build();
    assert_eq!(flags(&bot.interact(odd).await) & EPHEMERAL, EPHEMERAL);
    assert_eq!(flags(&bot.interact(ask_with_integer_question()).await) & EPHEMERAL, EPHEMERAL);

    // Still answering.
    assert!(answered(&bot.ask_as(fixtures::DEFAULT_USER_ID, CEASEFIRE).await));
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_gateway_reconnect_loses_no_question() {
    let bot = Harness::start(&[("ASK_COOLDOWN_SECONDS", "0")]).await;
    assert!(answered(&bot.ask_as(fixtures::DEFAULT_USER_ID, CEASEFIRE).await));

    bot.stand_in.request_reconnect().await.unwrap();
    // Asked while the bot is away: queued by the stand-in, delivered after the resume.
    let while_away = SlashCommand::new("ask").option(fixtures::string_option("question", CEASEFIRE)).build();
    let while_away = bot.interact(while_away);
    let resumed = bot.stand_in.wait_for_gateway(|f| f.op == Some(6), WAIT);
    let (reply, resume) = tokio::join!(while_away, resumed);
    assert!(answered(&reply), "{reply}");
    assert_eq!(resume.unwrap().payload["d"]["session_id"], "stand-in-session-1");

    let mention = MessageCreate::new(&format!("<@1000> {CEASEFIRE}")).mention_bot().build();
    assert!(content(&bot.message(mention).await).contains("midnight 12 January"));
    let identifies = bot.stand_in.gateway_frames().iter().filter(|f| f.op == Some(2)).count();
    assert_eq!(identifies, 1, "resumed, not re-identified");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_shutdown_signal_stops_the_bot_cleanly() {
    let mut bot = Harness::start(&[]).await;
    let (tell, signal) = tokio::sync::oneshot::channel::<()>();
    let running = tokio::spawn(bot.take_bot().run_until(async {
        let _ = signal.await;
    }));
    tell.send(()).unwrap();
    let stopped = tokio::time::timeout(WAIT, running).await;
    assert!(matches!(stopped, Ok(Ok(Ok(())))), "{stopped:?}");
    bot.shutdown().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_proxy_that_does_not_answer_fails_fast_without_the_token() {
    let stand_in = StandIn::start().await;
    let mut config = config(&stand_in, &[("DISCORD_CONNECT_ATTEMPTS", "1")]);
    // A port nothing listens on any more.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap();
    config.proxy_url = Some(format!("http://{closed}"));
    let started =
        tokio::time::timeout(WAIT, discord::start(config, engine(), support::bot::quiz())).await.expect("fails fast");
    let Err(why @ BotError::Unreachable { .. }) = started else {
        panic!("expected an unreachable Discord");
    };
    let text = why.to_string();
    assert!(text.starts_with(&format!("cannot reach Discord at http://{closed}: ")), "{text}");
    assert!(text.contains("refused") && text.ends_with("(1 attempt)") && !text.contains('\n'), "{text}");
    assert!(!text.contains(TOKEN) && !format!("{why:?}").contains(TOKEN), "{why:?}");
}

/// A proxy that hands out the stand-in's gateway but refuses every other call, so the command
/// registration fails: the bot must stop and say why, not sit connected with no commands.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_command_registration_stops_the_bot_with_the_reason() {
    use axum::http::{StatusCode, Uri};
    use axum::Json;

    let stand_in = StandIn::start().await;
    let ws_url = stand_in.gateway_url();
    let refuse_all_but_gateway = move |uri: Uri| {
        let ws_url = ws_url.clone();
        async move {
            if uri.path() == "/api/v10/gateway" {
                (StatusCode::OK, Json(json!({ "url": ws_url })))
            } else if uri.path() == "/api/v10/gateway/bot" {
                (StatusCode::OK, Json(fixtures::gateway_bot(&ws_url)))
            } else {
                (StatusCode::NOT_FOUND, Json(fixtures::error_body("404: Not Found", 0)))
            }
        }
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let proxy = format!("http://{}", listener.local_addr().unwrap());
    let server =
        tokio::spawn(async move { axum::serve(listener, axum::Router::new().fallback(refuse_all_but_gateway)).await });

    let mut config = config(&stand_in, &[]);
    config.proxy_url = Some(proxy);
    let bot = discord::start(config, engine(), support::bot::quiz()).await.expect("the bot starts");
    let stopped = tokio::time::timeout(WAIT, bot.run_until(std::future::pending())).await.expect("it stops by itself");
    match stopped {
        Err(why @ BotError::Register(_)) => {
            let text = why.to_string();
            assert!(text.starts_with("could not register the slash commands: "), "{text}");
            assert!(!text.contains(TOKEN), "{text}");
        }
        other => panic!("expected a registration error, got {other:?}"),
    }
    server.abort();
}
