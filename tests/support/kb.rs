//! `/kb` interactions and the facts the moderator tests share.

use citebot::storage::{Db, ServerId};
use serde_json::Value;

use super::fixtures::{self, perms, SlashCommand};

/// A moderator by permission: an ordinary member who may also manage messages.
pub const MODERATOR_ID: &str = "6100";
pub const MODERATOR_NAME: &str = "mod_ana";
/// Two servers besides the fixtures' default one.
pub const GUILD_A: &str = "4001";
pub const GUILD_B: &str = "4002";

/// A real question the shipped knowledge abstains on, and an entry a moderator adds for it.
pub const OIL_QUESTION: &str = "How much oil does the oil crescent produce?";
pub const OIL_ANSWER: &str = "The article gives no figures; it says Hafter may have pre-empted a move on it.";
/// Verbatim from paragraph 10.
pub const OIL_QUOTE: &str =
    "he has now pre-empted a possible move on his Jufra airbase to the south of Sirte and even \
                             the oil crescent itself by pro-Tripoli forces bolstered by Turkish support";

/// `/kb <sub>` with `options`, run by an ordinary member of [`fixtures::DEFAULT_GUILD_ID`].
pub fn kb(sub: &str, options: Vec<Value>) -> SlashCommand {
    SlashCommand::new("kb").option(fixtures::subcommand(sub, options))
}

/// `command`, run by [`MODERATOR_ID`] with Manage Messages in `guild`.
pub fn by_moderator(command: SlashCommand, guild: &str) -> SlashCommand {
    command.guild(guild).user(MODERATOR_ID, MODERATOR_NAME).permissions(perms::MEMBER | perms::MANAGE_MESSAGES)
}

/// The options of `/kb add` for an entry without topic or id.
pub fn add_options(question: &str, answer: &str, quote: &str) -> Vec<Value> {
    vec![
        fixtures::string_option("question", question),
        fixtures::string_option("answer", answer),
        fixtures::string_option("quote", quote),
    ]
}

/// `/ask question:<question>` in `guild` by `user`.
pub fn ask_in(guild: &str, user: &str, question: &str) -> Value {
    SlashCommand::new("ask")
        .guild(guild)
        .user(user, "reader")
        .option(fixtures::string_option("question", question))
        .build()
}

/// The storage layer's id of a server given as the fixtures write it.
pub fn server(guild: &str) -> ServerId {
    ServerId::new(guild.parse().expect("a numeric id")).expect("a non-zero id")
}

/// The tables that hold something, with how many rows: empty when nothing was stored.
pub async fn stored_rows(db: &Db) -> Vec<(&'static str, i64)> {
    db.health().await.expect("the database answers").rows.into_iter().filter(|(_, n)| *n > 0).collect()
}

/// The autocomplete choices' values in an autocomplete response (callback type 8).
pub fn choice_values(response: &super::Recorded) -> Vec<String> {
    assert_eq!(response.body["type"], 8, "not an autocomplete response: {response}");
    let choices = response.body["data"]["choices"].as_array().cloned().unwrap_or_default();
    assert!(choices.len() <= 25, "{} choices", choices.len());
    choices
        .iter()
        .map(|c| {
            let value = c["value"].as_str().unwrap_or_default().to_owned();
            assert!(!value.is_empty() && value.chars().count() <= 100 && c["name"] == value.as_str(), "{c}");
            value
        })
        .collect()
}

/// Whether a reply says the article does not answer: not covered at all, or not stated ("The
/// article doesn’t say how many. The nearest it comes is…").
pub fn not_answered(content: &str) -> bool {
    content.contains("does not cover") || content.contains("doesn\u{2019}t say")
}
