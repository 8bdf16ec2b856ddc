//! Gateway events poise does not handle itself: messages that ask the bot something.
//!
//! A message is a question when it mentions the bot ("@citebot who took Sirte?"), is posted
//! in an `ASK_CHANNEL_IDS` channel, or is a direct message. It is answered as a reply to that
//! message with the same text `/ask` gives. Messages from bots (this one included), webhooks
//! and the system are ignored, so two bots can never answer each other forever.

use std::collections::HashSet;

use poise::FrameworkContext;
use serenity::all::{
    ChannelId, CreateAllowedMentions, CreateMessage, FullEvent, Interaction, Message, MessageFlags, MessageReference,
    MessageType, ReactionType, UserId,
};

use super::answer::{answer, Asker};
use super::{render, router, Data, Error};

/// The reaction put on a question asked within the asker's cooldown: a quiet "not yet" that
/// neither spams the channel nor leaves the user wondering.
pub const COOLDOWN_REACTION: &str = "\u{23F3}";

pub async fn handle(framework: FrameworkContext<'_, Data, Error>, event: &FullEvent) -> Result<(), Error> {
    match event {
        FullEvent::Message { new_message } => on_message(framework, new_message).await,
        FullEvent::InteractionCreate { interaction: Interaction::Component(click) } => {
            router::route(framework.serenity_context, framework.user_data, click).await;
            Ok(())
        }
        _ => Ok(()),
    }
}

async fn on_message(framework: FrameworkContext<'_, Data, Error>, msg: &Message) -> Result<(), Error> {
    let data = framework.user_data;
    let Some(question) = question(msg, framework.bot_id(), &data.config().ask_channels) else {
        return Ok(());
    };
    let http = &framework.serenity_context.http;
    let shard = framework.serenity_context.shard_id;
    tracing::debug!(guild = msg.guild_id.map(|g| g.get()), %shard, "answering a message");
    if data.cooldown().check(msg.author.id).is_err() {
        let hourglass = ReactionType::Unicode(COOLDOWN_REACTION.to_owned());
        http.create_reaction(msg.channel_id, msg.id, &hourglass).await?;
        return Ok(());
    }
    // A reply to one of the bot's answers follows up that answer's question.
    let previous = msg
        .referenced_message
        .as_deref()
        .filter(|m| m.author.id == framework.bot_id())
        .and_then(|m| render::question_of(&m.content));
    let asker = Asker { guild: msg.guild_id, channel: msg.channel_id, user: msg.author.id };
    let answer = answer(data, asker, &question, previous).await;
    let mut reference = MessageReference::from(msg);
    // If the question was deleted meanwhile, post the answer anyway rather than fail.
    reference.fail_if_not_exists = Some(false);
    let reply = CreateMessage::new()
        .content(answer.content)
        .components(answer.buttons)
        .reference_message(reference)
        .allowed_mentions(CreateAllowedMentions::new())
        .flags(MessageFlags::SUPPRESS_EMBEDS);
    msg.channel_id.send_message(http, reply).await?;
    Ok(())
}

/// The question `msg` asks the bot, if it asks one: its text without the bot's mention.
pub fn question(msg: &Message, bot: UserId, ask_channels: &HashSet<ChannelId>) -> Option<String> {
    let from_person = !msg.author.bot && msg.author.id != bot && msg.webhook_id.is_none();
    let written = matches!(msg.kind, MessageType::Regular | MessageType::InlineReply);
    if !from_person || !written {
        return None;
    }
    // A reply to one of the bot's answers is addressed to it, pinged or not.
    let replied = msg
        .referenced_message
        .as_deref()
        .is_some_and(|m| m.author.id == bot && render::question_of(&m.content).is_some());
    let mentioned = replied || msg.mentions.iter().any(|user| user.id == bot);
    let text = msg.content.replace(&format!("<@{bot}>"), " ").replace(&format!("<@!{bot}>"), " ");
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let addressed = msg.guild_id.is_none() || ask_channels.contains(&msg.channel_id);
    // A bare mention is still worth an answer (how to ask); an empty message elsewhere is not.
    (mentioned || (addressed && !text.is_empty())).then_some(text)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    const BOT: UserId = UserId::new(1000);

    fn message(content: &str, author_bot: bool, mentions_bot: bool, guild: bool) -> Message {
        let bot_user = json!({ "id": "1000", "username": "citebot", "discriminator": "0", "bot": true });
        let mut v = json!({
            "id": "1", "channel_id": "5000", "content": content, "timestamp": "2024-01-01T00:00:00Z",
            "edited_timestamp": null, "tts": false, "mention_everyone": false, "mention_roles": [],
            "attachments": [], "embeds": [], "pinned": false, "type": 0,
            "author": { "id": "6000", "username": "reader", "discriminator": "0", "bot": author_bot },
            "mentions": if mentions_bot { json!([bot_user]) } else { json!([]) },
        });
        if guild {
            v["guild_id"] = json!("4000");
        }
        serde_json::from_value(v).expect("a valid message")
    }

    fn ask(msg: &Message, channels: &[u64]) -> Option<String> {
        question(msg, BOT, &channels.iter().map(|&c| ChannelId::new(c)).collect())
    }

    #[test]
    fn a_mention_is_a_question_without_the_mention() {
        let msg = message("<@1000> who took Sirte?", false, true, true);
        assert_eq!(ask(&msg, &[]).as_deref(), Some("who took Sirte?"));
        let nick = message("hey <@!1000>, when does the ceasefire start?", false, true, true);
        assert_eq!(ask(&nick, &[]).as_deref(), Some("hey , when does the ceasefire start?"));
        assert_eq!(ask(&message("<@1000>", false, true, true), &[]).as_deref(), Some(""));
    }

    #[test]
    fn ask_channels_and_direct_messages_need_no_mention() {
        let msg = message("who took Sirte?", false, false, true);
        assert_eq!(ask(&msg, &[]), None);
        assert_eq!(ask(&msg, &[5000]).as_deref(), Some("who took Sirte?"));
        assert_eq!(ask(&message("who?", false, false, false), &[]).as_deref(), Some("who?"));
        assert_eq!(ask(&message("  ", false, false, true), &[5000]), None);
    }

    #[test]
    fn bots_are_ignored() {
        assert_eq!(ask(&message("<@1000> who took Sirte?", true, true, true), &[5000]), None);
    }
}
