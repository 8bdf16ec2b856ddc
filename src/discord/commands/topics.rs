//! `/topics`: what the article covers, with an example question for each topic.

use super::public;
use crate::discord::{render, send, Context, Error};

/// The topics I can answer about, with an example question for each.
#[poise::command(slash_command)]
pub async fn topics(ctx: Context<'_>) -> Result<(), Error> {
    let engine = ctx.data().engine(ctx.guild_id()).await;
    let title = render::clean(&engine.source().article.meta.title);
    let body = format!(
        "**What I can answer about** \u{201C}{title}\u{201D}:\n{}Ask with `/ask`, or mention me with your question.",
        render::suggestion_lines(&engine.suggest_all())
    );
    send(ctx, public(render::fit(&body, render::MAX_CONTENT))).await?;
    Ok(())
}
