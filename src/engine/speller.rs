//! Spelling correction against the knowledge base's own vocabulary.
//!
//! Deletion neighbourhoods (the SymSpell idea) find candidates with a few
//! hash look-ups instead of comparing a typo with every known word, so the
//! cost does not grow with the vocabulary; strsim then confirms the edit
//! distance.

use std::collections::{HashMap, HashSet};

/// Shortest word worth correcting: shorter ones are too ambiguous ("did"
/// is one edit from "died").
const MIN_LEN: usize = 4;
/// Words at least this long may be two edits away.
const TWO_EDITS_LEN: usize = 8;

#[derive(Debug, Default)]
pub struct Speller {
    words: HashSet<String>,
    /// A word with one character deleted (or the word itself) -> words.
    deletes: HashMap<String, Vec<u32>>,
    list: Vec<String>,
}

impl Speller {
    /// `words` is the vocabulary; earlier words win ties, so pass the more
    /// important ones first.
    pub fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> Speller {
        let mut s = Speller::default();
        for w in words {
            if s.words.contains(w) {
                continue;
            }
            s.words.insert(w.to_string());
            if w.chars().count() < MIN_LEN || !w.chars().all(char::is_alphabetic) {
                continue;
            }
            let id = s.list.len() as u32;
            s.list.push(w.to_string());
            for d in std::iter::once(w.to_string()).chain(deletions(w)) {
                let ids = s.deletes.entry(d).or_default();
                if !ids.contains(&id) {
                    ids.push(id);
                }
            }
        }
        s
    }

    pub fn knows(&self, word: &str) -> bool {
        self.words.contains(word)
    }

    /// The known word `word` was most likely meant to be, if it is unknown
    /// and one (or, for long words, two) edits from a known word that
    /// starts with the same letter.
    pub fn correct(&self, word: &str) -> Option<String> {
        let len = word.chars().count();
        if len < MIN_LEN || self.knows(word) || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let max_edits = if len >= TWO_EDITS_LEN { 2 } else { 1 };
        let mut probes: Vec<String> = std::iter::once(word.to_string()).chain(deletions(word)).collect();
        if max_edits == 2 {
            let second: Vec<String> = probes[1..].iter().flat_map(|d| deletions(d)).collect();
            probes.extend(second);
        }
        let first = word.chars().next();
        let mut best: Option<(usize, u32)> = None;
        for p in &probes {
            for &id in self.deletes.get(p).into_iter().flatten() {
                let candidate = &self.list[id as usize];
                if candidate.chars().next() != first {
                    continue;
                }
                let d = strsim::damerau_levenshtein(word, candidate);
                if d <= max_edits && best.is_none_or(|(bd, bid)| (d, id) < (bd, bid)) {
                    best = Some((d, id));
                }
            }
        }
        best.map(|(_, id)| self.list[id as usize].clone())
    }
}

/// The word with each one character removed.
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    word.char_indices().map(move |(i, c)| {
        let mut s = String::with_capacity(word.len());
        s.push_str(&word[..i]);
        s.push_str(&word[i + c.len_utf8()..]);
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_typos_are_fixed() {
        let s = Speller::new(["ceasefire", "government", "support", "happen", "algier", "sirte", "did"]);
        assert_eq!(s.correct("ceasfire").as_deref(), Some("ceasefire"));
        assert_eq!(s.correct("goverment").as_deref(), Some("government"));
        assert_eq!(s.correct("suport").as_deref(), Some("support"));
        assert_eq!(s.correct("hapen").as_deref(), Some("happen"));
        assert_eq!(s.correct("algeir").as_deref(), Some("algier"));
        assert_eq!(s.correct("cesefrie").as_deref(), Some("ceasefire"));
    }

    #[test]
    fn short_known_and_far_words_are_left_alone() {
        let s = Speller::new(["ceasefire", "did", "sirte"]);
        assert_eq!(s.correct("died"), None);
        assert_eq!(s.correct("sirte"), None);
        assert_eq!(s.correct("bread"), None);
        assert_eq!(s.correct("xirte"), None);
    }
}
