//! The channel quiz in Discord: the quiz message and its buttons, a member's click, the close
//! (on time, or by `/quiz reveal`) with its reveal, and the timers that close quizzes, also
//! those a previous run of the bot left open.
//!
//! The database holds the truth (which choice is right, who answered what, whether it is
//! closed); this only shows it. A close is done once however many timers, processes and
//! reveals race for it ([`crate::storage::Db::close_quiz`]), and only the one that closed
//! posts the reveal.

use std::num::NonZeroU64;
use std::sync::Arc;
use std::time::Duration;

use serenity::all::{
    ButtonStyle, ChannelId, ComponentInteraction, Context as SerenityContext, CreateActionRow, CreateAllowedMentions,
    CreateButton, CreateMessage, EditMessage, Http, Member, MessageFlags, MessageId, MessageReference, User,
};
use tracing::warn;

use super::custom_id::Click;
use super::router::UNKNOWN_BUTTON;
use super::{render, server, Data, Error, UserError};
use crate::engine::QuoteRef;
use crate::guilds::Guilds;
use crate::knowledge::Article;
use crate::quiz::Round;
pub use crate::storage::unix_now;
use crate::storage::{Answered, ClosedQuiz, NewQuiz, Quiz, QuizScore, ServerId};

/// The longest name shown for a member.
const NAME_CHARS: usize = 40;

/// The quiz to open for `round`, started by `user` in `channel` at `now`, open for `open`.
pub fn new_quiz(round: &Round, guild: ServerId, channel: u64, user: u64, now: u64, open: Duration) -> NewQuiz {
    let item = &round.item;
    NewQuiz {
        guild,
        channel,
        started_by: user,
        item_id: item.id.clone(),
        topic: item.topic.clone(),
        question: item.question.clone(),
        choices: round.choices.clone(),
        right: round.right,
        quote: item.quote.text.clone(),
        paragraph: item.quote.paragraph,
        section: item.quote.section.clone(),
        opened_at: now,
        closes_at: now + open.as_secs(),
    }
}

/// The quiz message's content.
pub fn message(quiz: &Quiz) -> String {
    let new = &quiz.new;
    format!(
        "**Quiz** \u{00B7} {}\n**{}**\nPick an answer below: your first click counts. The answer comes <t:{}:R>.",
        render::clean(&new.topic),
        render::clean(&render::one_line(&new.question)),
        new.closes_at
    )
}

/// The quiz's four buttons, one row: each labelled with its choice. Closed, they are disabled
/// and the right one is green.
pub fn buttons(quiz: &Quiz, closed: bool) -> Vec<CreateActionRow> {
    let buttons = quiz
        .new
        .choices
        .iter()
        .enumerate()
        .filter_map(|(choice, label)| {
            let id = Click::Quiz { quiz: quiz.id, choice }.id()?;
            let style = match (closed, choice == quiz.new.right) {
                (false, _) => ButtonStyle::Primary,
                (true, true) => ButtonStyle::Success,
                (true, false) => ButtonStyle::Secondary,
            };
            let label: String = label.chars().take(crate::quiz::ANSWER_CHARS).collect();
            Some(CreateButton::new(id).label(label).style(style).disabled(closed))
        })
        .collect();
    vec![CreateActionRow::Buttons(buttons)]
}

/// A member's name as the quiz shows it: their server nickname, else their display name; one
/// short line.
pub fn name(member: Option<&Member>, user: &User) -> String {
    let name = member.map_or_else(|| user.display_name().to_owned(), |m| m.display_name().to_owned());
    render::one_line(&name).chars().take(NAME_CHARS).collect()
}

/// The reveal: the right answer, the quote that proves it with its whole paragraph, and who got
/// it right, by name (made inert: no one is pinged).
pub fn reveal(closed: &ClosedQuiz, article: &Article) -> String {
    let new = &closed.quiz.new;
    let right = new.choices.get(new.right).map(String::as_str).unwrap_or_default();
    let quote = QuoteRef { text: new.quote.clone(), paragraph: new.paragraph, section: new.section.clone() };
    let mut body = format!(
        "**Quiz closed** \u{00B7} {}\n**{}**\nThe answer: **{}**\n{}\n",
        render::clean(&new.topic),
        render::clean(&render::one_line(&new.question)),
        render::clean(right),
        render::quote_block(&quote)
    );
    if let Some(block) = article.paragraph(new.paragraph).filter(|b| b.text.trim() != new.quote.trim()) {
        body.push_str("The whole paragraph:\n");
        for line in render::clean(&block.text).lines() {
            body.push_str(&format!("> {line}\n"));
        }
    }
    let winners: Vec<String> =
        closed.answers.iter().filter(|a| a.right).map(|a| format!("**{}**", render::clean(&a.name))).collect();
    let footer = match (closed.answers.len(), winners.len()) {
        (0, _) => "Nobody answered.".to_owned(),
        (all, 0) => format!("Nobody got it right ({all} answered)."),
        (all, n) => format!("Right ({n} of {all}): {}", winners.join(", ")),
    };
    render::with_footer(&body, &footer)
}

/// `/quiz scores`: the server's leaderboard.
pub fn leaderboard(scores: &[QuizScore]) -> String {
    if scores.is_empty() {
        return "No quiz has been scored in this server yet: start one with `/quiz start`.".to_owned();
    }
    let mut text = "**Quiz scores** \u{00B7} points \u{00B7} answers \u{00B7} current streak\n".to_owned();
    for (rank, s) in scores.iter().enumerate() {
        text.push_str(&format!(
            "{}\\. **{}** \u{00B7} {} \u{00B7} {} \u{00B7} {}\n",
            rank + 1,
            render::clean(&s.name),
            s.points,
            s.answers,
            s.streak
        ));
    }
    render::fit(&text, render::MAX_CONTENT)
}

/// A member's click on choice `choice` of quiz `id`: the private text that answers it.
pub async fn click(
    ctx: &SerenityContext,
    data: &Data,
    ci: &ComponentInteraction,
    id: i64,
    choice: usize,
) -> Result<String, Error> {
    let guild = server(ci.guild_id.ok_or(UserError::GuildOnly)?);
    let db = data.guilds().db();
    let Some(quiz) = db.quiz(id).await?.filter(|q| q.new.guild == guild) else {
        return Ok(UNKNOWN_BUTTON.to_owned());
    };
    let Some(label) = quiz.new.choices.get(choice) else {
        return Ok("That is not one of this quiz's answers; nothing was recorded.".to_owned());
    };
    if quiz.message.is_none() {
        db.set_quiz_message(id, ci.message.id.get()).await?;
    }
    let who = name(ci.member.as_ref(), &ci.user);
    let closes = quiz.new.closes_at;
    Ok(match db.answer_quiz(guild, id, ci.user.id.get(), &who, choice, unix_now()).await? {
        Answered::Recorded => {
            format!("You chose **{}**. The answer comes when the quiz closes, <t:{closes}:R>.", render::clean(label))
        }
        Answered::Again { choice } => {
            let first = quiz.new.choices.get(choice).map(String::as_str).unwrap_or_default();
            format!("You already answered **{}**: only your first answer counts.", render::clean(first))
        }
        Answered::Closed => {
            if quiz.closed_at.is_none() {
                // Past its time, and its timer was lost (a restart): close it now.
                finish_later(Arc::clone(data.guilds()), Arc::clone(&ctx.http), id, Duration::ZERO);
            }
            "This quiz is closed; your answer was not counted. Start another with `/quiz start`.".to_owned()
        }
        Answered::Unknown => UNKNOWN_BUTTON.to_owned(),
    })
}

/// Closes quiz `id` now, disables its buttons and returns it with its reveal; `None` if it was
/// closed already.
pub async fn close(guilds: &Guilds, http: &Http, id: i64) -> Result<Option<(ClosedQuiz, String)>, Error> {
    let Some(closed) = guilds.db().close_quiz(id, unix_now()).await? else {
        return Ok(None);
    };
    let quiz = &closed.quiz;
    if let (Some(channel), Some(message)) = (channel_id(quiz.new.channel), quiz.message.and_then(message_id)) {
        let edit = EditMessage::new().components(buttons(quiz, true)).allowed_mentions(CreateAllowedMentions::new());
        if let Err(why) = channel.edit_message(http, message, edit).await {
            warn!(quiz = id, "could not disable the quiz's buttons: {why}");
        }
    }
    let text = reveal(&closed, &guilds.shipped().source().article);
    Ok(Some((closed, text)))
}

/// Closes quiz `id` after `wait` and posts the reveal in its channel, as a reply to the quiz.
pub fn finish_later(guilds: Arc<Guilds>, http: Arc<Http>, id: i64, wait: Duration) {
    tokio::spawn(async move {
        tokio::time::sleep(wait).await;
        finish(&guilds, &http, id).await;
    });
}

/// Closes quiz `id` now and posts the reveal in its channel, as a reply to the quiz; nothing if
/// it was closed already.
pub async fn finish(guilds: &Guilds, http: &Http, id: i64) {
    match close(guilds, http, id).await {
        Ok(Some((closed, text))) => post(http, &closed.quiz, text).await,
        Ok(None) => {}
        Err(why) => warn!(quiz = id, "could not close a quiz: {why}"),
    }
}

/// Closes `quiz` when its time is up.
pub fn schedule(guilds: Arc<Guilds>, http: Arc<Http>, quiz: &Quiz) {
    let wait = Duration::from_secs(quiz.new.closes_at.saturating_sub(unix_now()));
    finish_later(guilds, http, quiz.id, wait);
}

/// Closes in time every quiz left open (by this process before a restart, or by another).
pub async fn resume(guilds: Arc<Guilds>, http: Arc<Http>) {
    match guilds.db().open_quizzes().await {
        Ok(open) => {
            for quiz in &open {
                schedule(Arc::clone(&guilds), Arc::clone(&http), quiz);
            }
        }
        Err(why) => warn!("could not read the open quizzes: {why}"),
    }
}

async fn post(http: &Http, quiz: &Quiz, text: String) {
    let Some(channel) = channel_id(quiz.new.channel) else { return };
    let mut message = CreateMessage::new()
        .content(text)
        .allowed_mentions(CreateAllowedMentions::new())
        .flags(MessageFlags::SUPPRESS_EMBEDS);
    if let Some(id) = quiz.message.and_then(message_id) {
        let mut reference = MessageReference::from((channel, id));
        reference.fail_if_not_exists = Some(false);
        message = message.reference_message(reference);
    }
    if let Err(why) = channel.send_message(http, message).await {
        warn!(quiz = quiz.id, "could not post the reveal: {why}");
    }
}

fn channel_id(id: u64) -> Option<ChannelId> {
    NonZeroU64::new(id).map(ChannelId::from)
}

fn message_id(id: u64) -> Option<MessageId> {
    NonZeroU64::new(id).map(MessageId::from)
}
