//! `/source`: the article's title, author, place, date and size.

use std::fmt::Write as _;

use super::public;
use crate::discord::{render, send, Context, Error};

/// The article I answer from: title, author, place, date and length.
#[poise::command(slash_command)]
pub async fn source(ctx: Context<'_>) -> Result<(), Error> {
    // The article is the same in every server: no need to find the server's engine.
    let article = &ctx.data().guilds().shipped().source().article;
    let meta = &article.meta;
    let mut body = format!("**{}**\n", render::clean(&meta.title));
    let _ = writeln!(body, "Author: {}", render::clean(&meta.author));
    let _ = writeln!(body, "Place: {}", render::clean(&meta.place));
    let _ = writeln!(body, "Date: {}", render::clean(&meta.date));
    let _ = write!(body, "Paragraphs: {}", article.paragraph_count());
    if !article.sections.is_empty() {
        let sections: Vec<String> =
            article.sections.iter().map(|s| format!("\u{201C}{}\u{201D}", render::clean(s))).collect();
        let _ = write!(body, " (sections {})", sections.join(", "));
    }
    body.push_str("\nShow one with `/quote paragraph:<number>`, or find words with `/quote search:<words>`.");
    send(ctx, public(render::fit(&body, render::MAX_CONTENT))).await?;
    Ok(())
}
