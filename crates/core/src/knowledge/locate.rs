//! Finding a quote in the article, verbatim, or saying what is nearest.

use super::article::{Article, BlockKind};
use crate::text::{fold, tokens, Folded};

/// A verbatim excerpt of the article and where it stands.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Location {
    pub block: usize,
    /// Body paragraph number, 0 for the headline, byline and dateline.
    pub paragraph: usize,
    pub section: Option<String>,
    /// Byte range in the block's text.
    pub start: usize,
    pub end: usize,
    /// Index of the block's sentence the quote starts in.
    pub sentence: usize,
}

/// Whether `text[start..end]` neither starts nor ends inside a word.
fn on_word_boundaries(text: &str, start: usize, end: usize) -> bool {
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let (first, last) = (text[start..end].chars().next(), text[start..end].chars().next_back());
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let cuts_word_at_start = alnum(first) && alnum(before);
    let cuts_word_at_end = alnum(last) && alnum(after);
    !cuts_word_at_start && !cuts_word_at_end
}

/// The article folded once, so each quote is located by a substring search.
#[derive(Debug, Clone)]
pub struct QuoteFinder {
    folded: Vec<Folded>,
}

impl QuoteFinder {
    pub fn new(article: &Article) -> QuoteFinder {
        QuoteFinder { folded: article.blocks.iter().map(|b| fold(&b.text)).collect() }
    }

    /// Where `quote` occurs, folding only white space and typographic quotes,
    /// apostrophes and dashes, and starting and ending on word boundaries
    /// ("fire in Libya" is not a quote of "ceasefire in Libya"). The first
    /// occurrence in reading order wins.
    pub fn locate(&self, article: &Article, quote: &str) -> Option<Location> {
        let needle = fold(quote).text;
        if needle.is_empty() {
            return None;
        }
        // A whole section heading is that heading, though its words may
        // stand in a paragraph too ("Greece, Cyprus, France and Egypt").
        let heading = self
            .folded
            .iter()
            .enumerate()
            .find(|&(block, folded)| article.blocks[block].kind == BlockKind::Heading && folded.text == needle);
        if let Some((block, folded)) = heading {
            let b = &article.blocks[block];
            let (start, end) = folded.original_range(0, needle.len());
            return Some(Location {
                block,
                paragraph: b.paragraph,
                section: b.section.clone(),
                start,
                end,
                sentence: 0,
            });
        }
        self.folded.iter().enumerate().find_map(|(block, folded)| {
            let text = &folded.text;
            let (at, _) =
                text.match_indices(&needle).find(|&(at, _)| on_word_boundaries(text, at, at + needle.len()))?;
            let (start, end) = folded.original_range(at, at + needle.len());
            let b = &article.blocks[block];
            let sentence = b.sentences.iter().rposition(|&(s, _)| s <= start).unwrap_or(0);
            Some(Location { block, paragraph: b.paragraph, section: b.section.clone(), start, end, sentence })
        })
    }

    /// The article sentence most like `quote`, for "did you mean" messages.
    pub fn nearest(&self, article: &Article, quote: &str) -> Option<(String, String)> {
        let wanted: Vec<String> = tokens(quote).into_iter().map(|t| t.text).collect();
        if wanted.is_empty() {
            return None;
        }
        let folded_quote = fold(quote).text.to_lowercase();
        let mut best: Option<(f64, String, String)> = None;
        for s in article.sentences() {
            let text = article.sentence_text(s);
            let words: Vec<String> = tokens(text).into_iter().map(|t| t.text).collect();
            let shared = wanted.iter().filter(|w| words.contains(w)).count() as f64;
            let overlap = shared / wanted.len() as f64;
            let shape = strsim::normalized_levenshtein(&folded_quote, &fold(text).text.to_lowercase());
            let score = 0.7 * overlap + 0.3 * shape;
            if best.as_ref().is_none_or(|(b, _, _)| score > *b) {
                let block = &article.blocks[s.block];
                let place = match block.kind {
                    BlockKind::Paragraph => format!("paragraph {}", block.paragraph),
                    _ => block.label(),
                };
                best = Some((score, text.to_string(), place));
            }
        }
        best.map(|(_, text, place)| (text, place))
    }
}
