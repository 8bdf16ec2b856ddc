//! The slash commands, one file per command. Their names and options are a contract with the
//! users (and with the end-to-end tests): `/ask question`, `/topics`, `/source`,
//! `/quote paragraph|search`, `/help`, `/quiz start|reveal|scores|forget-me`, and the moderators' `/kb` (see [`kb`]).

pub mod ask;
mod help;
pub mod kb;
mod quiz;
mod quote;
mod source;
mod topics;

use poise::CreateReply;
use serenity::all::CreateAllowedMentions;

use super::{Data, Error};

/// Every command, in the order `/help` lists them.
pub fn all() -> Vec<poise::Command<Data, Error>> {
    vec![ask::ask(), topics::topics(), source::source(), quote::quote(), help::help(), quiz::quiz(), kb::kb()]
}

/// A reply everyone in the channel sees, pinging no one. The framework default is empty too;
/// saying it again here keeps each reply safe on its own.
fn public(content: String) -> CreateReply {
    CreateReply::default().content(content).allowed_mentions(CreateAllowedMentions::new())
}
