//! `/help`: how to use the bot. Ephemeral: it is for the one who asked.

use std::fmt::Write as _;

use crate::discord::error::ephemeral;
use crate::discord::moderator::moderator;
use crate::discord::{render, send, Context, Error};

/// How to use me.
#[poise::command(slash_command)]
pub async fn help(ctx: Context<'_>) -> Result<(), Error> {
    let data = ctx.data();
    let meta = &data.guilds().shipped().source().article.meta;
    let mut text = format!(
        "I answer questions about one news article, \u{201C}{}\u{201D} by {} ({}, {}), and back every answer \
         with the article's own words and where they are.\n\n",
        render::clean(&meta.title),
        render::clean(&meta.author),
        render::clean(&meta.place),
        render::clean(&meta.date),
    );
    text.push_str(
        "`/ask question:` ask anything; suggestions appear as you type\n\
         `/topics` what the article covers, with example questions\n\
         `/source` the article's title, author, place, date and length\n\
         `/quote paragraph:` one paragraph, word for word (0 is the headline)\n\
         `/quote search:` the article's sentences that contain some words\n\
         `/quiz start` a quiz question for the whole channel; `/quiz scores` the leaderboard\n\
         You can also mention me with a question: @citebot who took Sirte? A short follow-up (\u{201C}and \
         when?\u{201D}), or a reply to one of my answers, is read with your question before it.\n",
    );
    let mut channels: Vec<u64> = data.config().ask_channels.iter().map(|c| c.get()).collect();
    channels.sort_unstable();
    if !channels.is_empty() {
        let list: Vec<String> = channels.iter().map(|c| format!("<#{c}>")).collect();
        let _ = writeln!(text, "In {}, every message is taken as a question.", list.join(", "));
    }
    if moderator(ctx).is_ok() {
        text.push_str(
            "As a moderator here, you can change my answers in this server with `/kb`: `/kb unanswered` lists \
             the questions I could not answer, `/kb add` turns one into an answer backed by a quote.\n",
        );
    }
    let cooldown = data.cooldown().window().as_secs();
    if cooldown > 0 {
        let _ = writeln!(text, "One question every {cooldown} s per person, please.");
    }
    send(ctx, ephemeral(render::fit(&text, render::MAX_CONTENT))).await?;
    Ok(())
}
