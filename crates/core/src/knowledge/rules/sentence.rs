//! Sentences and clauses: an answer is read on its own, under a question the reader may not
//! have seen, so it must be a complete sentence; a quote is evidence, so it must be at least a
//! clause that says something, not a word that merely occurs in the article.

use crate::text::tokens;

/// The fewest words an answer can be a sentence in ("Hafter's forces did.").
const ANSWER_WORDS: usize = 3;
/// The fewest words and characters of a quote: a clause ("Russia backs the forces"), not a
/// name ("Russia") that occurs all over the article. A whole sentence or line of the article
/// may be shorter.
pub const QUOTE_WORDS: usize = 4;
pub const QUOTE_CHARS: usize = 15;
/// The fewest words of a quote that are not [`FUNCTION_WORDS`].
const QUOTE_CONTENT_WORDS: usize = 2;

/// Pronouns and possessives that need something said before them to refer to. An answer that
/// starts with one ("They had controlled Sirte…") leaves the reader guessing who.
const PRONOUNS: &[&str] = &[
    "he",
    "she",
    "it",
    "they",
    "him",
    "her",
    "his",
    "hers",
    "its",
    "their",
    "theirs",
    "them",
    "we",
    "us",
    "our",
    "these",
    "those",
    "itself",
    "themselves",
    "himself",
    "herself",
];

/// Words that start a fragment rather than a sentence: an answer to a question that was not
/// repeated ("Mainly to a local force…", "Because they withdrew.", "And Russia.").
const FRAGMENT_OPENERS: &[&str] = &[
    "mainly", "mostly", "largely", "partly", "chiefly", "only", "just", "also", "and", "but", "or", "nor", "so",
    "because", "to", "which", "who", "whom", "whose", "whereas",
];

/// Words that carry no meaning on their own: a quote made only of them ("of the", "that they
/// had been") proves nothing.
const FUNCTION_WORDS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "nor", "so", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
    "into", "about", "over", "after", "before", "since", "than", "that", "this", "these", "those", "which", "who",
    "whom", "whose", "what", "when", "where", "why", "how", "it", "its", "he", "she", "they", "them", "his", "her",
    "their", "we", "our", "you", "your", "i", "me", "my", "is", "are", "was", "were", "be", "been", "being", "has",
    "have", "had", "do", "does", "did", "will", "would", "can", "could", "may", "might", "shall", "should", "must",
    "not", "no", "if", "then", "there", "here", "also", "even", "now", "all", "any", "some", "such", "both", "other",
    "s",
];

/// Whether `answer` reads as a complete sentence on its own.
pub fn sentence_problem(answer: &str) -> Option<String> {
    let text = answer.trim();
    let words = tokens(text);
    if words.len() < ANSWER_WORDS {
        return Some(format!(
            "is too short to stand on its own: write a whole sentence of at least {ANSWER_WORDS} words"
        ));
    }
    let first = first_word(text);
    let lower = first.to_lowercase();
    if PRONOUNS.contains(&lower.as_str()) {
        return Some(format!(
            "starts with \u{201C}{first}\u{201D}, which has nothing to refer to when the answer is read on its own: \
             name who or what it is"
        ));
    }
    if FRAGMENT_OPENERS.contains(&lower.as_str()) {
        return Some(format!(
            "starts with \u{201C}{first}\u{201D}, like a fragment of a sentence: answer with a whole sentence that \
             says who or what (\u{201C}Sirte fell mainly to …\u{201D})"
        ));
    }
    let opening = text.trim_start_matches(['\u{201C}', '\u{2018}', '"', '\'', '(']).chars().next();
    if !opening.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return Some("should start with a capital letter, as a sentence does".into());
    }
    let ending = text.trim_end_matches(['\u{201D}', '\u{2019}', '"', '\'', ')', ']']).chars().next_back();
    if !ending.is_some_and(|c| matches!(c, '.' | '!' | '?')) {
        return Some("should end as a sentence does, with a full stop, question mark or exclamation mark".into());
    }
    None
}

/// Whether `quote` is long and meaningful enough to stand as evidence; a `whole` sentence or
/// line of the article need not be long.
pub fn quote_problem(quote: &str, whole: bool) -> Option<String> {
    let words = tokens(quote);
    let chars = quote.trim().chars().count();
    if !whole && (words.len() < QUOTE_WORDS || chars < QUOTE_CHARS) {
        let shown: String = quote.trim().chars().take(40).collect();
        return Some(format!(
            "is too short to show where the answer comes from (\u{201C}{shown}\u{201D}): quote a clause or a \
             sentence of at least {QUOTE_WORDS} words and {QUOTE_CHARS} characters"
        ));
    }
    let meaningful = words.iter().filter(|w| !FUNCTION_WORDS.contains(&w.text.as_str())).count();
    if meaningful < QUOTE_CONTENT_WORDS {
        return Some(format!(
            "is mostly common words that prove nothing: quote at least {QUOTE_CONTENT_WORDS} words that carry \
             the answer (names, facts, what happened)"
        ));
    }
    None
}

/// The first word of `text` as written, without leading quotes or brackets, and without a
/// contraction's tail ("It’s" is "It").
fn first_word(text: &str) -> &str {
    let start = text.trim_start_matches(|c: char| !c.is_alphanumeric());
    let end = start.find(|c: char| !c.is_alphanumeric()).unwrap_or(start.len());
    &start[..end]
}
