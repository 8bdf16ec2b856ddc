//! Every fixture in `support::fixtures`, read back with serenity 0.12.5's own model types.
//!
//! serenity drops a gateway event whose data it cannot read as `Event::Unknown`, silently, so a
//! fixture missing one field would make an end-to-end test time out with no clue why. Here the
//! same mistake fails at once, with serde naming the field. Each payload is checked twice: as
//! the concrete type (for serde's message) and inside a whole dispatch frame as a
//! `GatewayEvent` (to prove it does not fall back to `Event::Unknown`).

mod support;

use serde_json::json;
use serenity::builder::{CreateCommand, CreateCommandOption};
use serenity::http::DiscordJsonError;
use serenity::model::application::{
    Command, CommandDataOptionValue, CommandOptionType, CommandType, CurrentApplicationInfo, Interaction,
};
use serenity::model::channel::{Message, MessageType};
use serenity::model::event::{Event, GatewayEvent};
use serenity::model::gateway::{BotGateway, Ready};
use serenity::model::user::CurrentUser;
use serenity::model::Permissions;

use support::fixtures::{self, dispatched, perms, read, MessageCreate, SlashCommand};

#[test]
fn ready_is_a_serenity_ready() {
    let data = fixtures::ready("session-1", "ws://127.0.0.1:1");
    let ready: Ready = read("READY", &data);
    assert_eq!(ready.user.id.to_string(), fixtures::BOT_USER_ID);
    assert_eq!(ready.user.name, fixtures::BOT_USERNAME);
    assert!(ready.user.bot);
    assert_eq!(ready.application.id.to_string(), fixtures::APPLICATION_ID);
    assert_eq!(ready.session_id, "session-1");
    assert!(matches!(dispatched("READY", &data), Event::Ready(_)));
}

#[test]
fn slash_command_is_a_command_interaction() {
    let data = SlashCommand::new("ask")
        .option(fixtures::string_option("question", "Who wrote it?"))
        .option(fixtures::integer_option("count", 3))
        .option(fixtures::boolean_option("public", true))
        .guild("4242")
        .channel("4343")
        .user("4444", "alice")
        .permissions(perms::MEMBER | perms::MANAGE_MESSAGES)
        .roles(&["77", "78"])
        .locale("fr")
        .build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &data) else {
        panic!("not a command interaction: {data:#}");
    };
    assert_eq!(command.data.name, "ask");
    assert_eq!(command.data.kind, CommandType::ChatInput);
    assert_eq!(command.guild_id.map(|g| g.to_string()).as_deref(), Some("4242"));
    assert_eq!(command.channel_id.to_string(), "4343");
    // serenity copies member.user into `user`; the bot reads the invoker from there.
    assert_eq!(command.user.id.to_string(), "4444");
    assert_eq!(command.user.name, "alice");
    assert_eq!(command.locale, "fr");
    assert_eq!(command.token, data["token"].as_str().unwrap());
    let member = command.member.as_ref().expect("member");
    assert_eq!(member.permissions, Some(Permissions::from_bits_truncate(3072 | 8192)));
    let roles: Vec<String> = member.roles.iter().map(ToString::to_string).collect();
    assert_eq!(roles, ["77", "78"]);
    let options = &command.data.options;
    assert_eq!(options.len(), 3);
    assert_eq!(options[0].value, CommandDataOptionValue::String("Who wrote it?".into()));
    assert_eq!(options[1].value, CommandDataOptionValue::Integer(3));
    assert_eq!(options[2].value, CommandDataOptionValue::Boolean(true));
    assert!(matches!(dispatched("INTERACTION_CREATE", &data), Event::InteractionCreate(_)));
}

#[test]
fn subcommand_options_nest() {
    let data = SlashCommand::new("quote")
        .option(fixtures::subcommand("add", vec![fixtures::string_option("question", "What changed?")]))
        .build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &data) else {
        panic!("not a command interaction: {data:#}");
    };
    let [sub] = command.data.options.as_slice() else {
        panic!("expected one subcommand: {:?}", command.data.options);
    };
    assert_eq!(sub.name, "add");
    let CommandDataOptionValue::SubCommand(inner) = &sub.value else {
        panic!("not a subcommand: {sub:?}");
    };
    assert_eq!(inner[0].name, "question");
    assert_eq!(inner[0].value, CommandDataOptionValue::String("What changed?".into()));

    let grouped = SlashCommand::new("admin")
        .option(fixtures::subcommand_group("article", fixtures::subcommand("reload", vec![])))
        .build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &grouped) else {
        panic!("not a command interaction: {grouped:#}");
    };
    assert!(matches!(command.data.options[0].value, CommandDataOptionValue::SubCommandGroup(_)));
    dispatched("INTERACTION_CREATE", &grouped);
}

#[test]
fn autocomplete_is_an_autocomplete_interaction_with_its_focused_option() {
    let data = SlashCommand::new("quote")
        .option(fixtures::subcommand("show", vec![fixtures::focused(fixtures::string_option("topic", "clim"))]))
        .autocomplete();
    let Interaction::Autocomplete(autocomplete) = read("INTERACTION_CREATE", &data) else {
        panic!("not an autocomplete interaction: {data:#}");
    };
    let focused = autocomplete.data.autocomplete().expect("a focused option");
    assert_eq!(focused.name, "topic");
    assert_eq!(focused.value, "clim");
    assert_eq!(focused.kind, CommandOptionType::String);
    assert!(matches!(dispatched("INTERACTION_CREATE", &data), Event::InteractionCreate(_)));
}

#[test]
fn dm_slash_command_has_a_user_and_no_member() {
    let data = SlashCommand::new("ask").dm().user("4545", "bob").build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &data) else {
        panic!("not a command interaction: {data:#}");
    };
    assert!(command.guild_id.is_none());
    assert!(command.member.is_none());
    assert_eq!(command.user.id.to_string(), "4545");
    dispatched("INTERACTION_CREATE", &data);
}

#[test]
fn message_create_is_a_serenity_message() {
    let data = MessageCreate::new("<@1000> ping")
        .channel("5151")
        .guild("5252")
        .author("5353", "carol")
        .mention_bot()
        .mention("5454", "dave")
        .build();
    let message: Message = read("MESSAGE_CREATE", &data);
    assert_eq!(message.content, "<@1000> ping");
    assert_eq!(message.channel_id.to_string(), "5151");
    assert_eq!(message.guild_id.map(|g| g.to_string()).as_deref(), Some("5252"));
    assert_eq!(message.author.id.to_string(), "5353");
    assert!(!message.author.bot);
    let mentioned: Vec<String> = message.mentions.iter().map(|u| u.id.to_string()).collect();
    assert_eq!(mentioned, [fixtures::BOT_USER_ID, "5454"]);
    assert!(matches!(dispatched("MESSAGE_CREATE", &data), Event::MessageCreate(_)));

    let from_bot = MessageCreate::new("beep").dm().bot_author(true).build();
    let message: Message = read("MESSAGE_CREATE", &from_bot);
    assert!(message.author.bot);
    assert!(message.guild_id.is_none());
    dispatched("MESSAGE_CREATE", &from_bot);
}

#[test]
fn a_missing_field_is_silently_unknown_to_serenity() {
    // The reason these tests exist: serenity does not reject a bad dispatch, it reclassifies it.
    let mut data = MessageCreate::new("ping").build();
    data.as_object_mut().unwrap().remove("content");
    let frame = json!({ "op": 0, "s": 1, "t": "MESSAGE_CREATE", "d": data });
    let event: GatewayEvent = read("MESSAGE_CREATE frame", &frame);
    assert!(matches!(event, GatewayEvent::Dispatch(_, Event::Unknown(_))));
    assert!(serde_json::from_value::<Message>(data).is_err());
}

#[test]
fn rest_answers_are_serenity_types() {
    let user: CurrentUser = read("GET /users/@me", &fixtures::bot_user());
    assert_eq!(user.id.to_string(), fixtures::BOT_USER_ID);

    let app: CurrentApplicationInfo = read("GET /oauth2/applications/@me", &fixtures::application_info());
    assert_eq!(app.id.to_string(), fixtures::APPLICATION_ID);
    let owner = app.owner.expect("owner");
    assert_eq!(owner.id.to_string(), fixtures::OWNER_ID);

    let gateway: BotGateway = read("GET /gateway/bot", &fixtures::gateway_bot("ws://127.0.0.1:1"));
    assert_eq!(gateway.shards, 1);

    let error: DiscordJsonError =
        read("error body", &fixtures::invalid_form_body("content", "BASE_TYPE_MAX_LENGTH", "too long"));
    assert_eq!(error.code, 50035);
    assert_eq!(error.errors.len(), 1);
    assert_eq!(error.errors[0].path, "content");
    let error: DiscordJsonError = read("error body", &fixtures::error_body("Unknown", 10008));
    assert_eq!(error.code, 10008);
}

#[test]
fn registered_commands_are_serenity_commands() {
    // Feed in what serenity itself serializes when poise registers commands.
    let sent = serde_json::to_value(vec![
        CreateCommand::new("ask").description("Ask about the article").add_option(
            CreateCommandOption::new(CommandOptionType::String, "question", "Your question")
                .required(true)
                .set_autocomplete(true),
        ),
        CreateCommand::new("quote")
            .description("Quotes")
            .default_member_permissions(Permissions::MANAGE_MESSAGES)
            .add_option(CreateCommandOption::new(CommandOptionType::SubCommand, "add", "Add one")),
    ])
    .unwrap();

    let global: Vec<Command> = read("PUT commands", &fixtures::registered_commands(&sent, None));
    assert_eq!(global.len(), 2);
    assert_eq!(global[0].name, "ask");
    assert_eq!(global[0].application_id.to_string(), fixtures::APPLICATION_ID);
    assert!(global[0].options[0].autocomplete);
    assert_ne!(global[0].id, global[1].id);
    assert_eq!(global[1].default_member_permissions, Some(Permissions::MANAGE_MESSAGES));

    let guild: Vec<Command> = read("PUT guild commands", &fixtures::registered_commands(&sent, Some("4242")));
    assert_eq!(guild[0].guild_id.map(|g| g.to_string()).as_deref(), Some("4242"));

    // Odd input yields an empty list, never an error.
    let none: Vec<Command> = read("odd commands", &fixtures::registered_commands(&json!({}), None));
    assert!(none.is_empty());
}

#[test]
fn bot_messages_are_serenity_messages() {
    let sent = json!({
        "content": "pong",
        "embeds": [{ "title": "Quote", "description": "“…”", "color": 3447003 }],
        "allowed_mentions": { "parse": [] },
        "message_reference": { "message_id": "777" },
    });
    let value = fixtures::bot_message("5151", &sent);
    let message: Message = read("bot message", &value);
    assert_eq!(message.content, "pong");
    assert_eq!(message.author.id.to_string(), fixtures::BOT_USER_ID);
    assert_eq!(message.embeds[0].title.as_deref(), Some("Quote"));
    assert_eq!(message.kind, MessageType::InlineReply);
    let reference = message.message_reference.expect("reference");
    assert_eq!(reference.channel_id.to_string(), "5151");

    let edited: Message = read("edited message", &fixtures::edited_message(&value, &json!({ "content": "pong!" })));
    assert_eq!(edited.content, "pong!");
    assert_eq!(edited.id, message.id);
    assert!(edited.edited_timestamp.is_some());
    assert_eq!(edited.embeds.len(), 1);

    let plain: Message = read("plain message", &fixtures::bot_message("5151", &json!(null)));
    assert_eq!(plain.kind, MessageType::Regular);
}

#[test]
fn snowflakes_are_unique_increasing_and_non_zero() {
    let ids: Vec<u64> = (0..1000).map(|_| fixtures::snowflake().parse().unwrap()).collect();
    assert!(ids[0] > 0);
    assert!(ids.windows(2).all(|pair| pair[0] < pair[1]));
    let a = SlashCommand::new("ask").build();
    let b = SlashCommand::new("ask").build();
    assert_ne!(a["id"], b["id"]);
    assert_ne!(a["token"], b["token"]);
    assert_ne!(MessageCreate::new("x").build()["id"], MessageCreate::new("x").build()["id"]);
}
