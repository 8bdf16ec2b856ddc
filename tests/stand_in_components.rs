//! The stand-in Discord's message components, with a bare serenity client (no citebot code):
//! Discord's limits on buttons refused as Discord refuses them, a click (MESSAGE_COMPONENT,
//! interaction type 3) delivered as serenity reads it, UPDATE_MESSAGE (7) editing the clicked
//! message, and 6 and 7 refused for anything but a click.

mod support;

use std::time::Duration;

use serde_json::{json, Value};
use serenity::all::{
    ApplicationId, ChannelId, Context, CreateInteractionResponse, CreateInteractionResponseMessage, EventHandler,
    GatewayIntents, Interaction,
};
use serenity::async_trait;
use serenity::client::ClientBuilder;

use support::fixtures::SlashCommand;
use support::StandIn;

const WAIT: Duration = Duration::from_secs(5);

fn button(id: &str, label: &str) -> Value {
    json!({ "type": 2, "style": 1, "custom_id": id, "label": label })
}

fn row(buttons: Vec<Value>) -> Value {
    json!({ "type": 1, "components": buttons })
}

#[tokio::test]
async fn buttons_beyond_discords_limits_are_refused() {
    let stand_in = StandIn::start().await;
    let http = stand_in.http();
    let channel = ChannelId::new(5151);
    let five: Vec<Value> = (0..5).map(|i| button(&format!("b{i}"), "ok")).collect();
    let fine = json!({ "content": "q", "components": [row(five.clone())] });
    assert!(http.send_message(channel, vec![], &fine).await.is_ok(), "5 buttons in a row are fine");
    let six: Vec<Value> = (0..6).map(|i| button(&format!("b{i}"), "ok")).collect();
    let rows: Vec<Value> = (0..6).map(|r| row(vec![button(&format!("r{r}"), "ok")])).collect();
    let refused = [
        json!({ "content": "q", "components": [row(six)] }),
        json!({ "content": "q", "components": rows }),
        json!({ "content": "q", "components": [row(vec![button("a", &"x".repeat(81))])] }),
        json!({ "content": "q", "components": [row(vec![button(&"i".repeat(101), "ok")])] }),
        json!({ "content": "q", "components": [row(vec![button("same", "a"), button("same", "b")])] }),
        json!({ "content": "q", "components": [row(vec![json!({ "type": 2, "style": 1, "label": "no id" })])] }),
    ];
    for body in refused {
        assert!(http.send_message(channel, vec![], &body).await.is_err(), "{body}");
    }
    let statuses: Vec<u16> = stand_in.requests().iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 400, 400, 400, 400, 400, 400]);
}

/// Answers a click by updating the clicked message; anything else with UPDATE_MESSAGE too, which
/// Discord refuses.
struct Updater;

#[async_trait]
impl EventHandler for Updater {
    async fn interaction_create(&self, ctx: Context, interaction: Interaction) {
        let update = CreateInteractionResponse::UpdateMessage(
            CreateInteractionResponseMessage::new().content("updated").components(vec![]),
        );
        let sent = match &interaction {
            Interaction::Component(click) => click.create_response(&ctx.http, update).await,
            Interaction::Command(command) => command.create_response(&ctx.http, update).await,
            _ => return,
        };
        if let Err(why) = sent {
            eprintln!("Updater: {why}");
        }
    }
}

#[tokio::test]
async fn a_click_updates_its_message_and_only_a_click_may() {
    let stand_in = StandIn::start().await;
    let http = stand_in.http();
    http.set_application_id(ApplicationId::new(2000));
    let body = json!({ "content": "question", "components": [row(vec![button("v1:x", "Answer")])] });
    let sent = http.send_message(ChannelId::new(5000), vec![], &body).await.unwrap();
    let message = serde_json::to_value(&sent).unwrap();

    let mut client =
        ClientBuilder::new_with_http(stand_in.http(), GatewayIntents::empty()).event_handler(Updater).await.unwrap();
    let shard_manager = client.shard_manager.clone();
    let bot = tokio::spawn(async move { client.start().await });

    let click = SlashCommand::new("-").click(&message, "v1:x");
    assert_eq!(click["type"], 3);
    let path = format!("/interactions/{}/{}/callback", click["id"].as_str().unwrap(), click["token"].as_str().unwrap());
    stand_in.dispatch("INTERACTION_CREATE", click).await;
    let answered = stand_in.wait_for_request(|r| r.matches("POST", &path), WAIT).await.unwrap();
    assert_eq!((answered.status, answered.body["type"].as_u64()), (204, Some(7)), "{answered}");
    let now = http.get_message(ChannelId::new(5000), sent.id).await.unwrap();
    assert_eq!(now.content, "updated");
    assert!(now.components.is_empty());

    let command = SlashCommand::new("ask").build();
    let path =
        format!("/interactions/{}/{}/callback", command["id"].as_str().unwrap(), command["token"].as_str().unwrap());
    stand_in.dispatch("INTERACTION_CREATE", command).await;
    let refused = stand_in.wait_for_request(|r| r.matches("POST", &path), WAIT).await.unwrap();
    assert_eq!(refused.status, 400, "UPDATE_MESSAGE answers only a click: {refused}");

    shard_manager.shutdown_all().await;
    let _ = tokio::time::timeout(WAIT, bot).await;
}
