//! Readable entry ids derived from a question, for `/kb add` without `id`.
//!
//! "Who is Khalifa Haftar?" becomes `khalifa-haftar`: the question's
//! significant words, without diacritics, joined by '-'. A taken id gets
//! `-2`, `-3`, … The result always obeys the id rules (a-z, 0-9, '-', at most
//! 64 characters), whatever the question's script or length.

use super::limits::ID_CHARS;
use crate::text::tokens;

/// Words that say nothing about what an entry is about.
const FILLER: &[&str] = &[
    "a", "about", "after", "all", "also", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being",
    "but", "by", "can", "could", "did", "do", "does", "for", "from", "had", "has", "have", "he", "her", "his", "how",
    "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "our", "please", "say", "says", "she",
    "should", "so", "some", "tell", "than", "that", "the", "their", "them", "there", "these", "they", "this", "those",
    "to", "us", "was", "we", "were", "what", "whats", "when", "where", "which", "who", "whom", "whose", "why", "will",
    "with", "would", "you", "your",
];

/// At most this many words, so ids stay short enough to type.
const MAX_WORDS: usize = 5;

/// An id for an entry asked as `question`, not taken according to `taken`.
pub fn derive_id(question: &str, taken: impl Fn(&str) -> bool) -> String {
    let base = base_id(question);
    if !taken(&base) {
        return base;
    }
    (2u64..)
        .map(|n| {
            let suffix = format!("-{n}");
            let stem = cut(&base, ID_CHARS - suffix.len());
            format!("{stem}{suffix}")
        })
        .find(|id| !taken(id))
        .expect("some suffix is free")
}

fn base_id(question: &str) -> String {
    // Diacritics are already gone; what is not a-z or 0-9 now (another
    // script, an apostrophe, the dots of "u.s") is dropped, after the filler
    // test so that "U.S." is not taken for "us".
    let ascii = |w: &str| w.chars().filter(|c| c.is_ascii_lowercase() || c.is_ascii_digit()).collect::<String>();
    let mut words = Vec::new();
    let mut significant = Vec::new();
    for t in tokens(question) {
        let w = ascii(&t.text);
        if w.is_empty() {
            continue;
        }
        if !FILLER.contains(&t.text.as_str()) {
            significant.push(w.clone());
        }
        words.push(w);
    }
    // A question of filler words only ("What is it?") still gets its words.
    let chosen = if significant.is_empty() { &words } else { &significant };
    let mut id = String::new();
    for w in chosen.iter().take(MAX_WORDS) {
        if id.len() + 1 + w.len() > ID_CHARS {
            break;
        }
        if !id.is_empty() {
            id.push('-');
        }
        id.push_str(w);
    }
    if id.is_empty() {
        // No word at all, or a first word longer than an id.
        let first = words.first().map(|w| cut(w, ID_CHARS)).unwrap_or("entry");
        id.push_str(first);
    }
    id
}

/// `id` cut to at most `max` bytes (it is ASCII), without a trailing '-'.
fn cut(id: &str, max: usize) -> &str {
    id[..id.len().min(max)].trim_end_matches('-')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn free(_: &str) -> bool {
        false
    }

    #[test]
    fn keeps_significant_words() {
        assert_eq!(derive_id("Who is Khalifa Haftar?", free), "khalifa-haftar");
        assert_eq!(derive_id("What did Erdoğan and Putin call for?", free), "erdogan-putin-call");
        assert_eq!(derive_id("What is it?", free), "what-is-it");
        assert_eq!(derive_id("?!", free), "entry");
        assert_eq!(derive_id("Что это?", free), "entry");
        assert_eq!(derive_id("Why did the U.S. act?", free), "us-act");
    }

    #[test]
    fn numbers_taken_ids() {
        let taken = ["khalifa-haftar", "khalifa-haftar-2"];
        assert_eq!(derive_id("Khalifa Haftar", |id| taken.contains(&id)), "khalifa-haftar-3");
    }

    #[test]
    fn stays_within_the_id_rules() {
        let long = "supercalifragilisticexpialidocious ".repeat(5);
        let id = derive_id(&long, |id| !id.ends_with("-12"));
        assert!(id.len() <= ID_CHARS && id.ends_with("-12"), "{id}");
        let huge = "x".repeat(100);
        assert_eq!(derive_id(&huge, free).len(), ID_CHARS);
        let id = derive_id(&huge, |id| id == "x".repeat(ID_CHARS));
        assert!(id.len() <= ID_CHARS && id.ends_with("-2"), "{id}");
        for id in [derive_id(&long, free), derive_id("a-b c--d", free)] {
            assert!(id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'), "{id}");
            assert!(!id.starts_with('-') && !id.ends_with('-') && !id.contains("--"), "{id}");
        }
    }
}
