//! The payloads the Discord tests build beyond `support::fixtures`, read back with serenity
//! 0.12.5's own types (as `stand_in_fixtures.rs` does for the fixtures): a payload serenity
//! silently dropped would turn a test into a time-out with no clue why. The malformed frames
//! are checked the other way round: serenity must indeed be unable to use them.

mod support;

use serde::de::DeserializeOwned;
use serde_json::{json, Value};
use serenity::model::application::{CommandDataOptionValue, Interaction};
use serenity::model::channel::Message;
use serenity::model::event::{Event, GatewayEvent};

use support::bot::{ask_with_integer_question, mass_mention, MALFORMED_FRAMES};
use support::fixtures::{self, MessageCreate, SlashCommand};

fn read<T: DeserializeOwned>(what: &str, value: &Value) -> T {
    serde_json::from_value(value.clone())
        .unwrap_or_else(|why| panic!("{what} does not deserialize: {why}\npayload: {value:#}"))
}

fn dispatched(event: &str, data: &Value) -> Event {
    let frame = json!({ "op": 0, "s": 1, "t": event, "d": data });
    match read::<GatewayEvent>(&format!("{event} frame"), &frame) {
        GatewayEvent::Dispatch(_, Event::Unknown(_)) => panic!("serenity reads {event} as Event::Unknown: {data:#}"),
        GatewayEvent::Dispatch(_, event) => event,
        other => panic!("{event} frame read as {other:?}"),
    }
}

#[test]
fn a_mass_mention_is_a_message_mentioning_everyone_a_role_and_the_bot() {
    let data = mass_mention("who took Sirte?");
    let message: Message = read("MESSAGE_CREATE", &data);
    assert!(message.mention_everyone);
    assert_eq!(message.mention_roles.iter().map(ToString::to_string).collect::<Vec<_>>(), ["777"]);
    let mentioned: Vec<String> = message.mentions.iter().map(|u| u.id.to_string()).collect();
    assert_eq!(mentioned, [fixtures::BOT_USER_ID, "6001"]);
    assert!(matches!(dispatched("MESSAGE_CREATE", &data), Event::MessageCreate(_)));
}

#[test]
fn direct_messages_and_other_channels_are_messages() {
    for data in
        [MessageCreate::new("who?").dm().channel("5200").build(), MessageCreate::new("x").channel("5100").build()]
    {
        let message: Message = read("MESSAGE_CREATE", &data);
        assert_eq!(message.guild_id.is_none(), data.get("guild_id").is_none());
        dispatched("MESSAGE_CREATE", &data);
    }
}

#[test]
fn mismatched_options_are_still_command_interactions() {
    let data = ask_with_integer_question();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &data) else {
        panic!("not a command interaction: {data:#}");
    };
    assert_eq!(command.data.options[0].value, CommandDataOptionValue::Integer(7));
    dispatched("INTERACTION_CREATE", &data);

    let data = SlashCommand::new("quote").option(fixtures::string_option("paragraph", "three")).build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &data) else {
        panic!("not a command interaction: {data:#}");
    };
    assert_eq!(command.data.options[0].value, CommandDataOptionValue::String("three".into()));
}

#[test]
fn unknown_commands_are_well_formed_interactions() {
    let data = SlashCommand::new("nope").build();
    assert!(matches!(read("INTERACTION_CREATE", &data), Interaction::Command(_)));
    let typing = SlashCommand::new("nope").option(fixtures::focused(fixtures::string_option("x", "a")));
    let Interaction::Autocomplete(autocomplete) = read("INTERACTION_CREATE", &typing.autocomplete()) else {
        panic!("not an autocomplete interaction");
    };
    assert!(autocomplete.data.autocomplete().is_some(), "the bot tells autocomplete apart by the focused option");
}

#[test]
fn malformed_frames_are_unusable_to_serenity() {
    for frame in MALFORMED_FRAMES {
        match serde_json::from_str::<GatewayEvent>(frame) {
            Err(_) | Ok(GatewayEvent::Dispatch(_, Event::Unknown(_))) => {}
            Ok(other) => panic!("serenity can read {frame}: {other:?}"),
        }
    }
}
