//! An answer as the bot posts it, for `/ask` and mentions alike: the text, a "Show paragraph"
//! button when it quotes the article, and 👍/👎 when a curated entry answered in a server.
//!
//! Answering also keeps what goes with it: the asker's follow-up context
//! ([`super::FollowUps`]), the question in the unanswered queue when it was not answered, and
//! the entry's answer count for `/kb stats`. None of that delays or fails the reply.

use std::sync::Arc;

use serenity::all::{ButtonStyle, ChannelId, CreateActionRow, CreateButton, GuildId, ReactionType, UserId};

use super::custom_id::{Click, MAX_PARAGRAPHS};
use super::{render, server, Data};
use crate::engine::{Outcome, Reply};
use crate::guilds::Guilds;

/// The label of the button that shows the quoted paragraphs.
pub const PARAGRAPH_LABEL: &str = "Show paragraph";
pub const UP: &str = "\u{1F44D}";
pub const DOWN: &str = "\u{1F44E}";

/// An answer ready to send: its content and its buttons.
#[derive(Debug, Clone)]
pub struct Answer {
    pub content: String,
    pub buttons: Vec<CreateActionRow>,
}

/// Who asks, where: the context a question is answered in.
#[derive(Debug, Clone, Copy)]
pub struct Asker {
    pub guild: Option<GuildId>,
    pub channel: ChannelId,
    pub user: UserId,
}

/// Answers `question` from `asker`. `previous` is the question it follows up when the member
/// replied to an answer; otherwise their last question in the channel, if recent, is.
pub async fn answer(data: &Data, asker: Asker, question: &str, previous: Option<String>) -> Answer {
    let engine = data.engine(asker.guild).await;
    let previous = previous.or_else(|| data.follow_ups().previous(asker.user, asker.channel));
    let reply = engine.answer_after(question, previous.as_deref());
    data.follow_ups().remember(asker.user, asker.channel, question);
    if reply.is_gap() {
        data.gaps().record(asker.guild, question);
    }
    if let (Some(guild), Outcome::Answer { entry, .. }) = (asker.guild, &reply.outcome) {
        count(data.guilds(), guild, entry.clone());
    }
    Answer { content: render::reply(&reply, &engine.source().article.meta), buttons: buttons(&reply, asker.guild) }
}

/// The buttons under an answer: "Show paragraph" when it quotes body paragraphs, and the votes
/// when an entry answered in a server (votes belong to a server).
pub fn buttons(reply: &Reply, guild: Option<GuildId>) -> Vec<CreateActionRow> {
    let mut row = Vec::new();
    let mut paragraphs: Vec<usize> = Vec::new();
    for quote in reply.quotes() {
        if quote.paragraph > 0 && !paragraphs.contains(&quote.paragraph) && paragraphs.len() < MAX_PARAGRAPHS {
            paragraphs.push(quote.paragraph);
        }
    }
    if let Some(id) = (!paragraphs.is_empty()).then(|| Click::Paragraphs(paragraphs).id()).flatten() {
        row.push(CreateButton::new(id).label(PARAGRAPH_LABEL).style(ButtonStyle::Secondary));
    }
    if let (Some(_), Outcome::Answer { entry, .. }) = (guild, &reply.outcome) {
        for (up, emoji) in [(true, UP), (false, DOWN)] {
            if let Some(id) = (Click::Vote { up, entry: entry.clone() }).id() {
                let emoji = ReactionType::Unicode(emoji.to_owned());
                row.push(CreateButton::new(id).emoji(emoji).style(ButtonStyle::Secondary));
            }
        }
    }
    if row.is_empty() {
        Vec::new()
    } else {
        vec![CreateActionRow::Buttons(row)]
    }
}

/// Counts the answer for `/kb stats`, in the background: a slow database never delays a reply.
fn count(guilds: &Arc<Guilds>, guild: GuildId, entry: String) {
    let db = Arc::clone(guilds.db());
    tokio::spawn(async move {
        if let Err(why) = db.count_answer(server(guild), &entry).await {
            tracing::warn!(guild = guild.get(), "could not count an answer: {why}");
        }
    });
}
