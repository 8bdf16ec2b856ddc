//! The payloads the Discord tests build beyond `support::fixtures`, read back with serenity
//! 0.12.5's own types (as `stand_in_fixtures.rs` does for the fixtures): a payload serenity
//! silently dropped would turn a test into a time-out with no clue why. The malformed frames
//! are checked the other way round: serenity must indeed be unable to use them.

mod support;

use serenity::model::application::{CommandDataOptionValue, Interaction};
use serenity::model::channel::Message;
use serenity::model::event::{Event, GatewayEvent};

use support::bot::{ask_with_integer_question, mass_mention, MALFORMED_FRAMES};
use support::fixtures::{self, dispatched, perms, read, MessageCreate, SlashCommand};
use support::kb::{add_options, by_moderator, kb, GUILD_A, MODERATOR_ID, OIL_QUESTION};

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

#[test]
fn kb_subcommands_nest_their_options_and_carry_the_member() {
    use serenity::model::application::{CommandDataOptionValue, CommandOptionType};
    use serenity::model::permissions::Permissions;

    let data =
        by_moderator(kb("add", add_options(OIL_QUESTION, "An answer.", "a quote")), GUILD_A).roles(&["777"]).build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &data) else {
        panic!("not a command interaction: {data:#}");
    };
    assert_eq!(command.data.name, "kb");
    assert_eq!(command.guild_id.map(|g| g.to_string()).as_deref(), Some(GUILD_A));
    let [sub] = command.data.options.as_slice() else { panic!("one subcommand: {data:#}") };
    assert_eq!((sub.name.as_str(), sub.kind()), ("add", CommandOptionType::SubCommand));
    let CommandDataOptionValue::SubCommand(options) = &sub.value else { panic!("{sub:?}") };
    let names: Vec<&str> = options.iter().map(|o| o.name.as_str()).collect();
    assert_eq!(names, ["question", "answer", "quote"]);
    assert_eq!(options[0].value, CommandDataOptionValue::String(OIL_QUESTION.into()));
    let member = command.member.as_deref().expect("a member in a server");
    assert_eq!(member.user.id.to_string(), MODERATOR_ID);
    assert!(member.permissions.expect("permissions").contains(Permissions::MANAGE_MESSAGES));
    assert_eq!(member.roles.iter().map(ToString::to_string).collect::<Vec<_>>(), ["777"]);
    dispatched("INTERACTION_CREATE", &data);

    let plain = kb("log", vec![]).build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &plain) else { panic!("{plain:#}") };
    let permissions = command.member.as_deref().and_then(|m| m.permissions).expect("permissions");
    assert_eq!(permissions.bits(), perms::MEMBER);
    assert!(matches!(&command.data.options[0].value, CommandDataOptionValue::SubCommand(o) if o.is_empty()));

    let direct = kb("list", vec![]).dm().build();
    let Interaction::Command(command) = read("INTERACTION_CREATE", &direct) else { panic!("{direct:#}") };
    assert!(command.guild_id.is_none() && command.member.is_none() && command.user.id.to_string() == "6000");
}

#[test]
fn kb_autocomplete_marks_the_nested_option_being_typed() {
    let typing = fixtures::focused(fixtures::string_option("question", "mayor"));
    let data = by_moderator(kb("alias", vec![fixtures::string_option("id", "hafter"), typing]), GUILD_A).autocomplete();
    let Interaction::Autocomplete(autocomplete) = read("INTERACTION_CREATE", &data) else {
        panic!("not an autocomplete interaction: {data:#}");
    };
    let focused = autocomplete.data.autocomplete().expect("a focused option, found inside the subcommand");
    assert_eq!((focused.name, focused.value), ("question", "mayor"));
    dispatched("INTERACTION_CREATE", &data);
}
