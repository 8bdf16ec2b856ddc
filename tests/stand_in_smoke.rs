//! End-to-end smoke test of the stand-in Discord with a bare serenity client (no poise, no
//! citebot code): if this fails, the harness is broken, not the bot.

mod support;

use std::time::Duration;

use serde_json::json;
use serenity::all::{
    ApplicationId, ChannelId, Context, CreateAllowedMentions, CreateInteractionResponse,
    CreateInteractionResponseFollowup, CreateInteractionResponseMessage, CreateMessage, EditInteractionResponse,
    EventHandler, GatewayIntents, Message, MessageFlags,
};
use serenity::async_trait;
use serenity::client::ClientBuilder;

use support::fixtures::{self, MessageCreate, SlashCommand};
use support::{Recorded, StandIn};

/// Generous for a loopback round trip on a loaded 2-core machine, short enough to fail fast.
const WAIT: Duration = Duration::from_secs(5);

/// Answers any message containing "ping" with "pong", pinging no one.
struct Pinger;

#[async_trait]
impl EventHandler for Pinger {
    async fn message(&self, ctx: Context, msg: Message) {
        if msg.author.bot || !msg.content.contains("ping") {
            return;
        }
        let reply = CreateMessage::new().content("pong").allowed_mentions(CreateAllowedMentions::new());
        if let Err(why) = msg.channel_id.send_message(&ctx.http, reply).await {
            eprintln!("Pinger: could not reply: {why}");
        }
    }
}

fn is_pong(r: &Recorded) -> bool {
    r.matches("POST", "/channels/5000/messages") && r.body["content"] == "pong"
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn serenity_client_answers_and_survives_a_reconnect() {
    let stand_in = StandIn::start().await;
    let intents = GatewayIntents::GUILD_MESSAGES | GatewayIntents::MESSAGE_CONTENT;
    let mut client =
        ClientBuilder::new_with_http(stand_in.http(), intents).event_handler(Pinger).await.expect("build the client");
    let shard_manager = client.shard_manager.clone();
    let bot = tokio::spawn(async move { client.start().await });

    let identify = stand_in.wait_ready(WAIT).await.unwrap();
    assert_eq!(identify["token"], "Bot stand-in-token");
    assert_eq!(identify["intents"], intents.bits());
    let gateway = stand_in.wait_for_request(|r| r.matches("GET", "/gateway"), WAIT).await.unwrap();
    assert_eq!(gateway.status, 200);

    // A message from a human is answered.
    let ping = MessageCreate::new("ping").channel(fixtures::DEFAULT_CHANNEL_ID);
    stand_in.dispatch("MESSAGE_CREATE", ping.build()).await;
    let pong = stand_in.wait_for_request(is_pong, WAIT).await.unwrap();
    assert_eq!(pong.status, 200);
    assert_eq!(pong.body["allowed_mentions"]["parse"], json!([]), "the reply must ping no one");

    // A frame serenity cannot parse is ignored and does not cost the connection.
    stand_in.send_raw("{this is not json").unwrap();
    stand_in.send_raw(r#"{"op":0,"s":null}"#).unwrap();

    // op 7: the bot resumes (no new Identify) and a message sent while it was away arrives.
    stand_in.clear_requests();
    stand_in.request_reconnect().await.unwrap();
    let while_away = MessageCreate::new("ping again").build();
    stand_in.dispatch("MESSAGE_CREATE", while_away).await;
    let resume = stand_in.wait_for_gateway(|f| f.op == Some(6), WAIT).await.unwrap();
    assert_eq!(resume.connection, 2);
    assert_eq!(resume.payload["d"]["session_id"], "stand-in-session-1");
    let pong = stand_in.wait_for_request(is_pong, WAIT).await.unwrap();
    assert_eq!(pong.status, 200);

    // And one after it is back.
    stand_in.clear_requests();
    stand_in.dispatch("MESSAGE_CREATE", MessageCreate::new("ping 3").build()).await;
    stand_in.wait_for_request(is_pong, WAIT).await.unwrap();

    let frames = stand_in.gateway_frames();
    let identifies = frames.iter().filter(|f| f.op == Some(2)).count();
    assert_eq!(identifies, 1, "the bot re-identified instead of resuming");
    // A bot's own messages and messages without "ping" get no answer: every pong so far was
    // asked for, exactly once each.
    assert_eq!(stand_in.requests().iter().filter(|r| is_pong(r)).count(), 1);

    shard_manager.shutdown_all().await;
    let stopped = tokio::time::timeout(WAIT, bot).await;
    assert!(matches!(stopped, Ok(Ok(Ok(())))), "client did not stop: {stopped:?}");
}

/// The REST answers, read by serenity's own HTTP client, and Discord's interaction rules.
#[tokio::test]
async fn rest_answers_satisfy_serenity_http() {
    let stand_in = StandIn::start().await;
    let http = stand_in.http();

    let me = http.get_current_user().await.unwrap();
    assert_eq!(me.id.to_string(), fixtures::BOT_USER_ID);
    let app = http.get_current_application_info().await.unwrap();
    assert_eq!(app.owner.unwrap().id.to_string(), fixtures::OWNER_ID);
    assert_eq!(http.get_gateway().await.unwrap().url, stand_in.gateway_url());
    assert_eq!(http.get_bot_gateway().await.unwrap().shards, 1);

    // Interactions need the application id, which serenity normally learns from READY.
    http.set_application_id(ApplicationId::new(2000));
    let commands = serenity::all::Command::set_global_commands(
        &http,
        vec![serenity::all::CreateCommand::new("ask").description("Ask")],
    )
    .await
    .unwrap();
    assert_eq!(commands[0].name, "ask");
    let listed = http.get_global_commands().await.unwrap();
    assert_eq!(listed[0].id, commands[0].id);

    let sent = ChannelId::new(5151).send_message(&http, CreateMessage::new().content("hello")).await.unwrap();
    assert_eq!(sent.content, "hello");
    assert_eq!(sent.channel_id.get(), 5151);
    // serenity's builders check length client-side, so send raw bodies to reach the server.
    let channel = ChannelId::new(5151);
    let empty = http.send_message(channel, vec![], &json!({ "content": "" })).await;
    assert!(empty.is_err(), "Discord refuses an empty message");
    let long = json!({ "content": "x".repeat(2001) });
    let long = http.send_message(channel, vec![], &long).await;
    assert!(long.is_err(), "Discord refuses content over 2000 characters");
    let refusals = stand_in.requests();
    let statuses: Vec<u16> = refusals.iter().rev().take(2).map(|r| r.status).collect();
    assert_eq!(statuses, [400, 400]);

    // An interaction: follow-up before the response is refused; response, follow-up, edit,
    // fetch and delete work; a second response is refused.
    let interaction = SlashCommand::new("ask").channel("5252").build();
    let id: u64 = interaction["id"].as_str().unwrap().parse().unwrap();
    let token = interaction["token"].as_str().unwrap().to_owned();
    let followup = CreateInteractionResponseFollowup::new().content("too early");
    assert!(http.create_followup_message(&token, &followup, vec![]).await.is_err());

    let respond = CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content("answer"));
    http.create_interaction_response(id.into(), &token, &respond, vec![]).await.unwrap();
    let original = http.get_original_interaction_response(&token).await.unwrap();
    assert_eq!(original.content, "answer");
    let edited = http
        .edit_original_interaction_response(&token, &EditInteractionResponse::new().content("better answer"), vec![])
        .await
        .unwrap();
    assert_eq!(edited.content, "better answer");
    assert_eq!(edited.id, original.id);
    let followup = CreateInteractionResponseFollowup::new().content("more");
    let more = http.create_followup_message(&token, &followup, vec![]).await.unwrap();
    assert_eq!(more.content, "more");
    http.delete_original_interaction_response(&token).await.unwrap();
    assert!(http.get_original_interaction_response(&token).await.is_err());
    assert!(http.create_interaction_response(id.into(), &token, &respond, vec![]).await.is_err());

    // A deferred, ephemeral response: the first follow-up fills in the "thinking..." original
    // (same id, still ephemeral); the next one is a new message.
    let deferred = SlashCommand::new("ask").build();
    let id: u64 = deferred["id"].as_str().unwrap().parse().unwrap();
    let token = deferred["token"].as_str().unwrap().to_owned();
    let defer = CreateInteractionResponse::Defer(CreateInteractionResponseMessage::new().ephemeral(true));
    http.create_interaction_response(id.into(), &token, &defer, vec![]).await.unwrap();
    let thinking = http.get_original_interaction_response(&token).await.unwrap();
    let first = CreateInteractionResponseFollowup::new().content("done");
    let first = http.create_followup_message(&token, &first, vec![]).await.unwrap();
    assert_eq!(first.id, thinking.id);
    assert_eq!(first.flags, Some(MessageFlags::EPHEMERAL));
    let second = CreateInteractionResponseFollowup::new().content("also");
    let second = http.create_followup_message(&token, &second, vec![]).await.unwrap();
    assert_ne!(second.id, first.id);
    let original = http.get_original_interaction_response(&token).await.unwrap();
    assert_eq!(original.content, "done");

    // Unknown routes are recorded and answered 404.
    assert!(http.get_guild(4000.into()).await.is_err());
    let unknown = stand_in.wait_for_request(|r| r.matches("GET", "/guilds/4000"), WAIT).await.unwrap();
    assert_eq!(unknown.status, 404);

    // A failed wait says what did arrive.
    let why = stand_in.wait_for_request(|r| r.method == "OPTIONS", Duration::from_millis(50)).await.unwrap_err();
    assert!(why.contains("GET /api/v10/guilds/4000 -> 404"), "{why}");
}

/// Interactions delivered over the gateway are tracked: follow-ups land in their channel.
#[tokio::test]
async fn interactions_dispatched_before_the_bot_connects_are_queued() {
    let stand_in = StandIn::start().await;
    // No bot yet: this waits in the queue instead of being lost.
    let interaction = SlashCommand::new("ask").channel("5353").build();
    stand_in.dispatch("INTERACTION_CREATE", interaction.clone()).await;
    assert!(stand_in.request_reconnect().await.is_err());
    assert!(stand_in.send_raw("{}").is_err());

    let mut client =
        ClientBuilder::new_with_http(stand_in.http(), GatewayIntents::empty()).event_handler(Responder).await.unwrap();
    let shard_manager = client.shard_manager.clone();
    let bot = tokio::spawn(async move { client.start().await });

    let callback_path = format!(
        "/interactions/{}/{}/callback",
        interaction["id"].as_str().unwrap(),
        interaction["token"].as_str().unwrap()
    );
    let callback = stand_in.wait_for_request(|r| r.matches("POST", &callback_path), WAIT).await.unwrap();
    assert_eq!(callback.status, 204);
    assert_eq!(callback.body["type"], 4);
    let followup = stand_in.wait_for_request(|r| r.matches("POST", "/webhooks/*/*"), WAIT).await.unwrap();
    assert_eq!(followup.status, 200, "{followup}");
    assert_eq!(followup.response["channel_id"], "5353");

    shard_manager.shutdown_all().await;
    let _ = tokio::time::timeout(WAIT, bot).await;
}

/// Answers every slash command, then follows up.
struct Responder;

#[async_trait]
impl EventHandler for Responder {
    async fn interaction_create(&self, ctx: Context, interaction: serenity::all::Interaction) {
        let Some(command) = interaction.command() else {
            return;
        };
        let reply = CreateInteractionResponse::Message(CreateInteractionResponseMessage::new().content("hi"));
        if let Err(why) = command.create_response(&ctx.http, reply).await {
            eprintln!("Responder: {why}");
            return;
        }
        let followup = CreateInteractionResponseFollowup::new().content("and more");
        if let Err(why) = command.create_followup(&ctx.http, followup).await {
            eprintln!("Responder: {why}");
        }
    }
}

#[test]
fn recorded_matches_patterns() {
    let recorded = Recorded {
        method: "POST".into(),
        path: "/api/v10/channels/5000/messages".into(),
        query: None,
        body: json!(null),
        status: 200,
        response: json!(null),
        at: std::time::Instant::now(),
    };
    assert!(recorded.matches("POST", "/channels/5000/messages"));
    assert!(recorded.matches("post", "channels/*/messages"));
    assert!(!recorded.matches("GET", "/channels/5000/messages"));
    assert!(!recorded.matches("POST", "/channels/*"));
    assert!(!recorded.matches("POST", "/channels/*/messages/*"));
}

#[tokio::test]
#[should_panic(expected = "Event::Unknown")]
async fn dispatching_what_serenity_cannot_read_fails_loudly() {
    let stand_in = StandIn::start().await;
    let mut data = MessageCreate::new("ping").build();
    data.as_object_mut().unwrap().remove("timestamp");
    stand_in.dispatch("MESSAGE_CREATE", data).await;
}
