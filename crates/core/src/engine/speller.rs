//! Spelling correction against the knowledge base's own vocabulary.
//!
//! Deletion neighbourhoods (the SymSpell idea) find candidates with a few
//! hash look-ups instead of comparing a typo with every known word, so the
//! cost does not grow with the vocabulary; strsim then confirms the edit
//! distance.

use rustc_hash::FxHashMap;

/// Shortest word worth correcting. Real English words are never offered
/// for correction (the analyzer asks the English word list first), so
/// "died" stays "died"; what reaches here is chat like "putn" or "erdogn".
const MIN_LEN: usize = 4;
/// Words at least this long may have a wrong first letter ("seasefire").
const ANY_FIRST_LEN: usize = 7;
/// Longest word worth correcting or correcting towards: no real word is
/// longer, and the cost of a correction grows with the square of the length.
const MAX_LEN: usize = 20;
/// Words at least this long may be two edits away.
const TWO_EDITS_LEN: usize = 8;
/// Words at least this long may have two letters swapped that are not
/// side by side ("ergodan" for "erdogan").
const SWAP_LEN: usize = 6;

/// Words by number, with their one-deletion neighbourhoods. Grows as words
/// are added; never forgets, so ids stay valid.
#[derive(Debug, Default)]
pub struct Speller {
    /// A word with one character deleted (or the word itself) -> word ids.
    deletes: FxHashMap<String, Vec<u32>>,
    /// A word's letters in order ("adegnor" for "erdogan") -> word ids, for
    /// swapped letters, which deletions find only at two edits.
    letters: FxHashMap<String, Vec<u32>>,
    words: FxHashMap<u32, String>,
}

impl Speller {
    /// Adds a word under its id, if it is a word worth correcting towards.
    pub fn add(&mut self, id: u32, word: &str) {
        let len = word.chars().count();
        if !(MIN_LEN..=MAX_LEN).contains(&len) || !word.chars().all(char::is_alphabetic) {
            return;
        }
        self.words.insert(id, word.to_string());
        if len >= SWAP_LEN {
            let ids = self.letters.entry(sorted(word)).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        for d in std::iter::once(word.to_string()).chain(deletions(word)) {
            let ids = self.deletes.entry(d).or_default();
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
    }

    /// The id of the word `word` was most likely meant to be: one (or, for
    /// long words, two) edits away, starting with the same letter unless
    /// the word is long, and `usable` (known to the caller's knowledge
    /// base). Among equally distant words the one most alike by
    /// Jaro–Winkler wins ("peice" is "piece", not "peace"), then the word
    /// first in alphabetical order, so the choice never depends on which
    /// words other knowledge bases added first.
    pub fn correct(&self, word: &str, usable: impl Fn(u32) -> bool) -> Option<(u32, Rank)> {
        let len = word.chars().count();
        if !(MIN_LEN..=MAX_LEN).contains(&len) || !word.chars().all(char::is_alphabetic) {
            return None;
        }
        let max_edits = if len >= TWO_EDITS_LEN { 2 } else { 1 };
        let first = word.chars().next();
        let mut best: Option<(usize, f64, u32)> = None;
        // The word, its deletions and (for two edits) theirs, each looked up
        // as it is made in one buffer. The best candidate does not depend on
        // the order they are looked up in: distance, likeness, then the word.
        let mut consider = |p: &str| {
            for &id in self.deletes.get(p).into_iter().flatten() {
                let candidate = &self.words[&id];
                if candidate == word || !usable(id) {
                    continue;
                }
                let d = strsim::damerau_levenshtein(word, candidate);
                let first_ok = candidate.chars().next() == first || (len >= ANY_FIRST_LEN && d == 1);
                if d > max_edits || !first_ok {
                    continue;
                }
                let alike = strsim::jaro_winkler(word, candidate);
                let better = match best {
                    None => true,
                    Some((bd, ba, bid)) => {
                        d < bd || (d == bd && (alike > ba || (alike == ba && candidate < &self.words[&bid])))
                    }
                };
                if better {
                    best = Some((d, alike, id));
                }
            }
        };
        consider(word);
        let (mut one, mut two) = (String::with_capacity(word.len()), String::with_capacity(word.len()));
        for (i, c) in word.char_indices() {
            one.clear();
            one.push_str(&word[..i]);
            one.push_str(&word[i + c.len_utf8()..]);
            consider(&one);
            if max_edits == 2 {
                // Deleting the letters at i and then at j < i gives what
                // deleting at j and then at i - 1 gave already.
                for (j, c) in one.char_indices().skip_while(|&(j, _)| j < i) {
                    two.clear();
                    two.push_str(&one[..j]);
                    two.push_str(&one[j + c.len_utf8()..]);
                    consider(&two);
                }
            }
        }
        if best.is_none() && len >= SWAP_LEN {
            best = self.swapped(word, &usable).map(|id| (2, strsim::jaro_winkler(word, &self.words[&id]), id));
        }
        best.map(|(d, alike, id)| (id, Rank { edits: d, unlike: ((1.0 - alike) * 1e6) as u32 }))
    }

    /// The word that `word` is with two of its letters swapped back, the
    /// first letter kept ("ergodan" is "erdogan"); the first in
    /// alphabetical order if several are.
    fn swapped(&self, word: &str, usable: impl Fn(u32) -> bool) -> Option<u32> {
        let swap_of = |candidate: &str| {
            let (a, b): (Vec<char>, Vec<char>) = (word.chars().collect(), candidate.chars().collect());
            let apart: Vec<usize> = (0..a.len().min(b.len())).filter(|&i| a[i] != b[i]).collect();
            a.len() == b.len() && matches!(apart[..], [i, j] if i > 0 && a[i] == b[j] && a[j] == b[i])
        };
        let ids = self.letters.get(&sorted(word))?;
        ids.iter()
            .copied()
            .filter(|&id| usable(id) && swap_of(&self.words[&id]))
            .min_by(|a, b| self.words[a].cmp(&self.words[b]))
    }
}

/// A word's letters in alphabetical order.
fn sorted(word: &str) -> String {
    let mut letters: Vec<char> = word.chars().collect();
    letters.sort_unstable();
    letters.into_iter().collect()
}

/// How good a correction is, for choosing between spellers: fewer edits
/// first, then the more alike by Jaro–Winkler.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Rank {
    edits: usize,
    unlike: u32,
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

    fn speller(words: &[&str]) -> Speller {
        let mut s = Speller::default();
        for (i, w) in words.iter().enumerate() {
            s.add(i as u32, w);
        }
        s
    }

    fn fix(s: &Speller, words: &[&str], typo: &str) -> Option<String> {
        s.correct(typo, |_| true).map(|(id, _)| words[id as usize].to_string())
    }

    #[test]
    fn common_typos_are_fixed() {
        let words = ["ceasefire", "government", "support", "happen", "algier", "sirte", "did"];
        let s = speller(&words);
        assert_eq!(fix(&s, &words, "ceasfire").as_deref(), Some("ceasefire"));
        assert_eq!(fix(&s, &words, "goverment").as_deref(), Some("government"));
        assert_eq!(fix(&s, &words, "suport").as_deref(), Some("support"));
        assert_eq!(fix(&s, &words, "hapen").as_deref(), Some("happen"));
        assert_eq!(fix(&s, &words, "seasefire").as_deref(), Some("ceasefire"), "a long word's first letter");
        assert_eq!(fix(&s, &words, "algeir").as_deref(), Some("algier"));
        assert_eq!(fix(&s, &words, "ceasefrie").as_deref(), Some("ceasefire"), "a transposition");
        assert_eq!(fix(&s, &words, "ceaasefiire").as_deref(), Some("ceasefire"), "two edits in a long word");
    }

    #[test]
    fn letters_swapped_apart_are_put_back() {
        let words = ["erdogan", "serraj", "ordegan"];
        let s = speller(&words);
        assert_eq!(fix(&s, &words, "ergodan").as_deref(), Some("erdogan"));
        assert_eq!(fix(&s, &words, "sejrar").as_deref(), Some("serraj"));
        assert_eq!(fix(&s, &words, "ergodam"), None, "a swap and another edit");
        assert_eq!(fix(&s, &words, "gredoan"), None, "the first letter stays");
        assert_eq!(fix(&s, &words, "egrodan"), None, "two swaps are too many");
        assert_eq!(s.correct("ergodan", |id| id != 0), None, "a word the caller does not know is no correction");
    }

    #[test]
    fn a_transposition_beats_a_substitution() {
        let words = ["peace", "piece"];
        assert_eq!(fix(&speller(&words), &words, "peice").as_deref(), Some("piece"));
    }

    #[test]
    fn very_long_words_are_not_corrected() {
        let words = ["ceasefire"];
        let s = speller(&words);
        assert_eq!(fix(&s, &words, &"ceasefirx".repeat(100)), None);
    }

    #[test]
    fn short_far_and_unusable_words_are_left_alone() {
        let words = ["ceasefire", "did", "sirte"];
        let s = speller(&words);
        assert_eq!(fix(&s, &words, "sir"), None, "too short to correct");
        assert_eq!(fix(&s, &words, "bread"), None);
        assert_eq!(fix(&s, &words, "xirte"), None);
        assert_eq!(s.correct("sirrte", |id| id != 2), None, "a word the caller does not know is no correction");
    }
}
