//! `/quote paragraph:<integer>` and `/quote search:<string>`: one command with two optional
//! options, so both read exactly as the contract names them.

use std::fmt::Write as _;

use super::public;
use crate::discord::{render, send, Context, Error, UserError};
use crate::engine::{Engine, QuoteRef};

/// How many sentences a search shows.
const SEARCH_RESULTS: usize = 5;

/// Show a paragraph of the article word for word, or the sentences that contain some words.
#[poise::command(slash_command)]
pub async fn quote(
    ctx: Context<'_>,
    #[description = "Paragraph number to show (0 is the headline, byline and dateline)"]
    #[min = 0]
    paragraph: Option<i64>,
    #[description = "Words to find in the article"]
    #[max_length = 200]
    search: Option<String>,
) -> Result<(), Error> {
    let engine = ctx.data().engine(ctx.guild_id()).await;
    let content = match (paragraph, search) {
        (Some(n), None) => show_paragraph(&engine, n)?,
        (None, Some(words)) => show_search(&engine, &words)?,
        (None, None) => return Err(UserError::QuoteNeedsOne.into()),
        (Some(_), Some(_)) => return Err(UserError::QuoteNeedsOnlyOne.into()),
    };
    send(ctx, public(content)).await?;
    Ok(())
}

/// Paragraph `n` verbatim; 0 gives the headline, byline and dateline, which answers cite as
/// "the headline and byline".
pub fn show_paragraph(engine: &Engine, n: i64) -> Result<String, UserError> {
    let article = &engine.source().article;
    let no_such = || UserError::NoSuchParagraph { asked: n, count: article.paragraph_count() };
    let index = usize::try_from(n).map_err(|_| no_such())?;
    let mut body = String::new();
    if index == 0 {
        body.push_str("**Headline, byline and dateline**\n");
        for block in article.blocks.iter().filter(|b| b.paragraph == 0) {
            let _ = writeln!(body, "> {}", render::clean(&block.text));
        }
    } else {
        let block = article.paragraph(index).ok_or_else(no_such)?;
        let quote = QuoteRef { text: String::new(), paragraph: index, section: block.section.clone() };
        let _ = writeln!(body, "**{}**", capitalized(&render::location(&quote)));
        let _ = writeln!(body, "> {}", render::clean(&block.text));
    }
    Ok(render::with_footer(&body, &render::attribution(&article.meta)))
}

/// The sentences that best match `words`, each with its place.
pub fn show_search(engine: &Engine, words: &str) -> Result<String, UserError> {
    let words = words.trim();
    if words.is_empty() {
        return Err(UserError::EmptySearch);
    }
    let found = engine.search_sentences(words, SEARCH_RESULTS);
    let shown = render::echo(words);
    if found.is_empty() {
        return Ok(format!(
            "No sentence of the article matches \u{201C}{shown}\u{201D}. Try other words, or `/topics`."
        ));
    }
    let mut body = format!("**Sentences matching \u{201C}{shown}\u{201D}:**\n");
    for q in &found {
        let _ = writeln!(body, "{}", render::quote_block(q));
    }
    Ok(render::with_footer(&body, &render::attribution(&engine.source().article.meta)))
}

fn capitalized(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|first| first.to_uppercase().chain(chars).collect()).unwrap_or_default()
}
