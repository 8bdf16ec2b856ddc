// TEMPORARY local check of the harness against poise; deleted before hand-off.
mod support;

use std::time::Duration;

use poise::serenity_prelude as serenity;
use serde_json::json;
use support::fixtures::{self, perms, SlashCommand};
use support::StandIn;

type Error = Box<dyn std::error::Error + Send + Sync>;
type Ctx<'a> = poise::Context<'a, (), Error>;

async fn complete_topic<'a>(_ctx: Ctx<'a>, partial: &'a str) -> serenity::CreateAutocompleteResponse {
    let choices: Vec<serenity::AutocompleteChoice> = (0..40)
        .map(|i| serenity::AutocompleteChoice::new(format!("{partial}{i}"), format!("{partial}{i}")))
        .take(25)
        .collect();
    serenity::CreateAutocompleteResponse::new().set_choices(choices)
}

/// Ask
#[poise::command(slash_command)]
async fn ask(
    ctx: Ctx<'_>,
    #[description = "q"]
    #[autocomplete = "complete_topic"]
    question: String,
) -> Result<(), Error> {
    ctx.say(format!("you asked {question}")).await?;
    Ok(())
}

/// Quote
#[poise::command(slash_command, subcommands("add"))]
async fn quote(_ctx: Ctx<'_>) -> Result<(), Error> {
    Ok(())
}

/// Add
#[poise::command(slash_command, required_permissions = "MANAGE_MESSAGES")]
async fn add(ctx: Ctx<'_>, #[description = "q"] question: String) -> Result<(), Error> {
    ctx.defer().await?;
    ctx.say(format!("added {question}")).await?;
    Ok(())
}

const WAIT: Duration = Duration::from_secs(5);

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn poise_flow() {
    let _ = tracing_subscriber::fmt().with_env_filter("serenity=info,poise=debug,warn").with_test_writer().try_init();
    let stand_in = StandIn::start().await;
    let framework = poise::Framework::builder()
        .options(poise::FrameworkOptions {
            commands: vec![ask(), quote()],
            allowed_mentions: Some(serenity::CreateAllowedMentions::new()),
            ..Default::default()
        })
        .setup(|ctx, _ready, framework| {
            Box::pin(async move {
                poise::builtins::register_globally(ctx, &framework.options().commands).await?;
                Ok(())
            })
        })
        .build();
    let mut client =
        serenity::ClientBuilder::new_with_http(stand_in.http(), serenity::GatewayIntents::non_privileged())
            .framework(framework)
            .await
            .unwrap();
    let sm = client.shard_manager.clone();
    let bot = tokio::spawn(async move { client.start().await });
    let t0 = std::time::Instant::now();
    stand_in.wait_ready(WAIT).await.unwrap();
    let put = stand_in.wait_for_request(|r| r.matches("PUT", "/applications/2000/commands"), WAIT).await.unwrap();
    eprintln!("registered after {:?}: {}", t0.elapsed(), put);

    let i = SlashCommand::new("ask").option(fixtures::string_option("question", "who")).build();
    let tok = i["token"].as_str().unwrap().to_owned();
    stand_in.dispatch("INTERACTION_CREATE", i).await;
    let cb = stand_in.wait_for_request(|r| r.path.contains(&tok), WAIT).await.unwrap();
    eprintln!("ask: {cb}");
    assert_eq!(cb.body["data"]["content"], "you asked who");

    let a =
        SlashCommand::new("ask").option(fixtures::focused(fixtures::string_option("question", "wh"))).autocomplete();
    let tok = a["token"].as_str().unwrap().to_owned();
    stand_in.dispatch("INTERACTION_CREATE", a).await;
    let cb = stand_in.wait_for_request(|r| r.path.contains(&tok), WAIT).await.unwrap();
    eprintln!("autocomplete: {cb}");
    assert_eq!(cb.body["type"], 8);
    assert_eq!(cb.status, 204);

    let q = SlashCommand::new("quote")
        .option(fixtures::subcommand("add", vec![fixtures::string_option("question", "x")]))
        .build();
    let tok = q["token"].as_str().unwrap().to_owned();
    stand_in.dispatch("INTERACTION_CREATE", q).await;
    let cb = stand_in.wait_for_request(|r| r.path.contains(&tok), WAIT).await.unwrap();
    eprintln!("refused: {cb}");
    assert_eq!(cb.body["data"]["flags"], 64);

    let q = SlashCommand::new("quote")
        .option(fixtures::subcommand("add", vec![fixtures::string_option("question", "x")]))
        .permissions(perms::MEMBER | perms::MANAGE_MESSAGES)
        .build();
    let tok = q["token"].as_str().unwrap().to_owned();
    stand_in.dispatch("INTERACTION_CREATE", q).await;
    let t2 = tok.clone();
    let _ = stand_in
        .wait_for_request(
            move |r| r.path.contains(&t2) && r.method != "POST" || r.matches("POST", &format!("/webhooks/2000/{t2}")),
            WAIT,
        )
        .await
        .unwrap();
    for r in stand_in.requests().iter().filter(|r| r.path.contains(&tok)) {
        eprintln!("allowed: {r}  => {}", r.response);
    }
    let _ = json!(null);
    sm.shutdown_all().await;
    let _ = tokio::time::timeout(WAIT, bot).await;
    eprintln!("all requests:");
    for r in stand_in.requests() {
        eprintln!("  {r}");
    }
}

#[tokio::test]
async fn deadline() {
    let stand_in = StandIn::start().await;
    let http = stand_in.http();
    let mut client =
        serenity::ClientBuilder::new_with_http(stand_in.http(), serenity::GatewayIntents::empty()).await.unwrap();
    let sm = client.shard_manager.clone();
    tokio::spawn(async move { client.start().await });
    stand_in.wait_ready(WAIT).await.unwrap();
    let i = SlashCommand::new("ask").build();
    let id: u64 = i["id"].as_str().unwrap().parse().unwrap();
    let token = i["token"].as_str().unwrap().to_owned();
    stand_in.dispatch("INTERACTION_CREATE", i).await;
    tokio::time::sleep(Duration::from_millis(3100)).await;
    let respond =
        serenity::CreateInteractionResponse::Message(serenity::CreateInteractionResponseMessage::new().content("late"));
    let err = http.create_interaction_response(id.into(), &token, &respond, vec![]).await.unwrap_err();
    eprintln!("late: {err}");
    for r in stand_in.requests() {
        eprintln!("  {r} => {}", r.response);
    }
    sm.shutdown_all().await;
}
