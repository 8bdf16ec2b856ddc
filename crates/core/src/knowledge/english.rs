//! Common English words and how frequent they are (`english.tsv`).
//!
//! The knowledge base knows the article's words; this knows everyone
//! else's. The engine asks it whether an unknown word is real English (the
//! speller corrects "putn" but leaves "died" alone) and how light a word is
//! ("way" and "lot" carry little meaning; "arrive" and "reply" carry a
//! question's focus).

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use super::error::Diagnostic;

/// The list shipped with the sources, used when a knowledge directory has
/// none of its own: it does not depend on the article.
const SHIPPED: &str = include_str!("../../../../knowledge/english.tsv");

/// Words sorted for binary search, each with its Zipf frequency times ten
/// (7 is "the"-common, 3 is rare) and its usual part of speech.
///
/// Stored as columns (all the words in one string, with their ends) so that
/// a list of 40,000 words is four allocations, and a snapshot reads back in
/// a fraction of a millisecond.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub struct English {
    /// The words, concatenated in order.
    text: String,
    /// Where each word ends in `text`; it starts where the one before ends.
    ends: Vec<u32>,
    zipf: Vec<u8>,
    pos: Vec<PartOfSpeech>,
    /// Where the words of each two-letter start begin (see [`bucket`]),
    /// so the search for a typo's neighbours looks among a few dozen words,
    /// not all; built on first use.
    #[serde(skip)]
    starts: OnceLock<Box<[u32]>>,
    /// An open-addressing hash table over the words, for exact look-ups
    /// (see [`Slots`]); built on first use.
    #[serde(skip)]
    slots: OnceLock<Slots>,
}

/// Where each word sits in a hash table of linear probing: a slot holds 16
/// bits of the word's hash and its index plus one (0 is empty), so a probe
/// compares words only when their hashes agree. A question looks up a
/// dozen or more words, and a table finds each in one or two probes where
/// a binary search compares eight or nine.
#[derive(Debug, Clone, Default)]
struct Slots {
    table: Box<[u32]>,
    mask: usize,
}

impl Slots {
    /// The table over `count` words: a power of two at least half again as
    /// large (empty when there are too many words for 16-bit indices).
    fn build(count: usize, word: impl Fn(usize) -> u64) -> Slots {
        if count >= usize::from(u16::MAX) {
            return Slots::default();
        }
        let size = (count + count / 2 + 1).next_power_of_two();
        let mut table = vec![0u32; size].into_boxed_slice();
        let mask = size - 1;
        for i in 0..count {
            let h = word(i);
            let mut at = h as usize & mask;
            while table[at] != 0 {
                at = (at + 1) & mask;
            }
            table[at] = slot(h, i);
        }
        Slots { table, mask }
    }
}

/// A slot's contents: the hash's top 16 bits, then the index plus one.
fn slot(hash: u64, index: usize) -> u32 {
    ((hash >> 48) as u32) << 16 | (index as u32 + 1)
}

/// The hash of a word's bytes (the FxHash the engine's maps use).
fn hash(word: &[u8]) -> u64 {
    use std::hash::Hasher;
    let mut h = rustc_hash::FxHasher::default();
    h.write(word);
    h.finish()
}

/// How many two-letter starts there are: a first letter, then no second
/// letter or one of 26.
const BUCKETS: usize = 26 * 27;

/// The two-letter start of a word made only of a-z, in the words' sorted
/// order; `None` for any other word.
fn bucket(word: &[u8]) -> Option<usize> {
    let first = word.first().filter(|b| b.is_ascii_lowercase())?;
    let second = match word.get(1) {
        None => 0,
        Some(b) if b.is_ascii_lowercase() => usize::from(b - b'a') + 1,
        Some(_) => return None,
    };
    Some(usize::from(first - b'a') * 27 + second)
}

/// A word's usual part of speech, from WordNet's tagged senses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub enum PartOfSpeech {
    Noun,
    Verb,
    Adjective,
    Adverb,
    Unknown,
}

impl PartOfSpeech {
    fn parse(s: &str) -> Option<PartOfSpeech> {
        Some(match s {
            "n" => PartOfSpeech::Noun,
            "v" => PartOfSpeech::Verb,
            "a" => PartOfSpeech::Adjective,
            "r" => PartOfSpeech::Adverb,
            "-" | "" => PartOfSpeech::Unknown,
            _ => return None,
        })
    }

    /// Adjectives and adverbs colour a question; nouns and verbs carry it.
    pub fn is_modifier(self) -> bool {
        matches!(self, PartOfSpeech::Adjective | PartOfSpeech::Adverb)
    }
}

/// Which one-letter edits [`English::one_edit`] tries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Edits {
    /// A letter left out, added or changed, or two swapped.
    All,
    /// A letter added only.
    Added,
}

impl English {
    /// The shipped list, parsed once per process.
    pub fn shipped() -> Arc<English> {
        static SHIPPED_LIST: OnceLock<Arc<English>> = OnceLock::new();
        Arc::clone(SHIPPED_LIST.get_or_init(|| {
            Arc::new(English::parse(SHIPPED, "english.tsv").expect("the shipped english.tsv is valid"))
        }))
    }

    /// Parses `word<TAB>zipf×10[<TAB>pos]` lines; `#` starts a comment line.
    pub fn parse(source: &str, file: &str) -> Result<English, Vec<Diagnostic>> {
        let mut words = Vec::new();
        let mut problems = Vec::new();
        for (n, line) in source.lines().enumerate() {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t');
            let word = fields.next().filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()));
            let zipf = fields.next().and_then(|z| z.trim().parse::<u8>().ok());
            let pos = PartOfSpeech::parse(fields.next().unwrap_or("").trim());
            match (word, zipf, pos) {
                (Some(w), Some(z), Some(p)) => words.push((w, z, p)),
                _ => problems.push(Diagnostic {
                    file: file.to_string(),
                    line: n + 1,
                    message: "expected a lower-case word, a tab, a number and optionally a tab and n, v, a, r or -"
                        .into(),
                }),
            }
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        // Stable, so the first of two equal words is the one kept.
        words.sort_by(|a, b| a.0.cmp(b.0));
        words.dedup_by(|a, b| a.0 == b.0);
        let mut english = English {
            text: String::with_capacity(words.iter().map(|w| w.0.len()).sum()),
            ends: Vec::with_capacity(words.len()),
            zipf: Vec::with_capacity(words.len()),
            pos: Vec::with_capacity(words.len()),
            starts: OnceLock::new(),
            slots: OnceLock::new(),
        };
        for (word, zipf, pos) in words {
            english.text.push_str(word);
            english.ends.push(u32::try_from(english.text.len()).unwrap_or(u32::MAX));
            english.zipf.push(zipf);
            english.pos.push(pos);
        }
        Ok(english)
    }

    /// Word `i` as bytes: for comparisons, which need no check that the
    /// slice falls on characters.
    fn bytes(&self, i: usize) -> &[u8] {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.as_bytes().get(start..self.ends[i] as usize).unwrap_or(&[])
    }

    fn word(&self, i: usize) -> &str {
        let start = if i == 0 { 0 } else { self.ends[i - 1] as usize };
        self.text.get(start..self.ends[i] as usize).unwrap_or("")
    }

    /// For each two-letter start, the index of its first word; one more
    /// at the end.
    fn starts(&self) -> &[u32] {
        self.starts.get_or_init(|| {
            let mut starts = vec![0u32; BUCKETS + 1];
            let mut next = 0;
            for i in 0..self.ends.len() {
                // Every listed word is a-z (see `parse`).
                let Some(b) = bucket(self.bytes(i)) else { continue };
                while next <= b {
                    starts[next] = i as u32;
                    next += 1;
                }
            }
            for s in &mut starts[next..] {
                *s = self.ends.len() as u32;
            }
            starts.into_boxed_slice()
        })
    }

    /// The index of `word` in the list, by its hash (see [`Slots`]).
    fn find(&self, word: &str) -> Option<usize> {
        let word = word.as_bytes();
        let slots = self.slots.get_or_init(|| Slots::build(self.ends.len(), |i| hash(self.bytes(i))));
        if slots.table.is_empty() {
            return self.find_in(word, 0..self.ends.len());
        }
        let h = hash(word);
        let tag = (h >> 48) as u32;
        let mut at = h as usize & slots.mask;
        loop {
            let s = slots.table[at];
            if s == 0 {
                return None;
            }
            let i = (s & 0xffff) as usize - 1;
            if s >> 16 == tag && self.bytes(i) == word {
                return Some(i);
            }
            at = (at + 1) & slots.mask;
        }
    }

    /// The index of `word` among the words of `range` (sorted, so a
    /// binary search).
    fn find_in(&self, word: &[u8], range: Range<usize>) -> Option<usize> {
        let (mut low, mut high) = (range.start, range.end);
        while low < high {
            let mid = low + (high - low) / 2;
            match self.bytes(mid).cmp(word) {
                std::cmp::Ordering::Less => low = mid + 1,
                std::cmp::Ordering::Greater => high = mid,
                std::cmp::Ordering::Equal => return Some(mid),
            }
        }
        None
    }

    /// The words of `range` that start with `prefix`: a sub-range, as the
    /// words are sorted.
    fn with_prefix(&self, prefix: &[u8], range: Range<usize>) -> Range<usize> {
        let words = |i: usize| self.bytes(range.start + i);
        let len = range.len();
        let low = partition_point(len, |i| words(i) < prefix);
        let high = low + partition_point(len - low, |i| words(low + i).starts_with(prefix));
        range.start + low..range.start + high
    }

    /// The word's Zipf frequency (log10 of uses per billion words), or
    /// `None` for a word too rare to be listed, or no word at all.
    pub fn zipf(&self, word: &str) -> Option<f32> {
        self.find(word).map(|i| f32::from(self.zipf[i]) / 10.0)
    }

    /// The word's usual part of speech, if it is listed.
    pub fn pos(&self, word: &str) -> Option<PartOfSpeech> {
        self.find(word).map(|i| self.pos[i])
    }

    /// The word's Zipf frequency and usual part of speech, in one lookup.
    pub fn lookup(&self, word: &str) -> Option<(f32, PartOfSpeech)> {
        self.find(word).map(|i| (f32::from(self.zipf[i]) / 10.0, self.pos[i]))
    }

    /// Whether `word` is an adjective of degree, one the list also has in a form with "-er" or
    /// "-est" ("new": "newer"; "latest": "late"; "big": "bigger"). Such an adjective describes
    /// its noun; one with no degrees ("maritime", "legal", "military") names a kind of it.
    pub fn is_gradable(&self, word: &str) -> bool {
        if self.pos(word) != Some(PartOfSpeech::Adjective) {
            return false;
        }
        // "earlier" is listed as an adverb.
        let adjective = |w: &str| self.pos(w).is_some_and(PartOfSpeech::is_modifier);
        let last = word.chars().last().map(String::from).unwrap_or_default();
        let degrees = [format!("{word}er"), format!("{word}r"), format!("{word}{last}er")];
        let mut stems = Vec::new();
        for ending in ["est", "er"] {
            if let Some(stem) = word.strip_suffix(ending).filter(|s| s.len() >= 2) {
                stems.extend([stem.to_string(), format!("{stem}e"), stem[..stem.len() - 1].to_string()]);
                if let Some(s) = stem.strip_suffix('i') {
                    stems.push(format!("{s}y"));
                }
            }
        }
        let from_y = word.strip_suffix('y').map(|s| format!("{s}ier"));
        degrees.iter().chain(&from_y).any(|w| adjective(w)) || stems.iter().any(|s| s != word && adjective(s))
    }

    /// The most frequent listed word at least `min_zipf` common that a three-letter chat
    /// shortening leaves a letter out of ("frm" is "from", "whn" is "when"); `None` for any
    /// other length, for a listed word, or when none is that common.
    pub fn lengthened(&self, word: &str, min_zipf: f32) -> Option<&str> {
        (word.len() == 3).then(|| self.one_edit(word, min_zipf, Edits::Added)).flatten()
    }

    /// The most frequent listed word at least `min_zipf` common that is one edit from `word`
    /// (a letter left out, added, changed, or two swapped): "goverment" is "government". For a
    /// word of four letters or more that is not listed itself; `None` when none is near.
    pub fn nearest(&self, word: &str, min_zipf: f32) -> Option<&str> {
        (word.len() >= 4).then(|| self.one_edit(word, min_zipf, Edits::All)).flatten()
    }

    /// The most frequent listed word at least `min_zipf` common that `edits` of one letter
    /// make of `word`, a lower-case word that is not listed itself.
    fn one_edit(&self, word: &str, min_zipf: f32, edits: Edits) -> Option<&str> {
        let bytes = word.as_bytes();
        if !bytes.iter().all(u8::is_ascii_lowercase) || self.knows(word) {
            return None;
        }
        let all = edits == Edits::All;
        // The words that share the first `i` letters with `word`, for
        // every `i`: an edit at `i` keeps those letters, so each candidate
        // is searched for among a few words, and none at all once no
        // listed word starts that way.
        let mut shared = Vec::with_capacity(bytes.len() + 1);
        shared.push(0..self.ends.len());
        for i in 0..bytes.len() {
            let narrower = self.with_prefix(&bytes[..=i], shared[i].clone());
            shared.push(narrower);
        }
        let mut best: Option<(u8, usize)> = None;
        let starts = self.starts();
        let mut consider = |candidate: &[u8], shared: &Range<usize>| {
            // Within the first two letters, the candidate's own two-letter
            // start is the narrower range.
            let range = match bucket(candidate) {
                Some(b) if shared.len() > (starts[b + 1] - starts[b]) as usize => {
                    starts[b] as usize..starts[b + 1] as usize
                }
                _ => shared.clone(),
            };
            if range.is_empty() {
                return;
            }
            if let Some(i) = self.find_in(candidate, range) {
                if f32::from(self.zipf[i]) / 10.0 >= min_zipf && best.is_none_or(|(z, _)| self.zipf[i] > z) {
                    best = Some((self.zipf[i], i));
                }
            }
        };
        let mut buf: Vec<u8> = Vec::with_capacity(bytes.len() + 1);
        for i in (0..bytes.len()).filter(|_| all) {
            // Left out.
            buf.clear();
            buf.extend_from_slice(&bytes[..i]);
            buf.extend_from_slice(&bytes[i + 1..]);
            consider(&buf, &shared[i]);
            // Swapped with the next.
            if i + 1 < bytes.len() && bytes[i] != bytes[i + 1] {
                buf.clear();
                buf.extend_from_slice(bytes);
                buf.swap(i, i + 1);
                consider(&buf, &shared[i]);
            }
        }
        for c in b'a'..=b'z' {
            for i in 0..=bytes.len() {
                // Added.
                buf.clear();
                buf.extend_from_slice(&bytes[..i]);
                buf.push(c);
                buf.extend_from_slice(&bytes[i..]);
                consider(&buf, &shared[i]);
                // Changed.
                if all && i < bytes.len() && bytes[i] != c {
                    buf.clear();
                    buf.extend_from_slice(bytes);
                    buf[i] = c;
                    consider(&buf, &shared[i]);
                }
            }
        }
        best.map(|(_, i)| self.word(i))
    }

    /// Whether `word` is an English word (of any frequency listed).
    pub fn knows(&self, word: &str) -> bool {
        self.find(word).is_some()
    }

    pub fn len(&self) -> usize {
        self.ends.len()
    }

    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }
}

/// The first of `0..len` for which `below` is false, where it is true for
/// a start of the range and false after (a binary search over indexes).
fn partition_point(len: usize, below: impl Fn(usize) -> bool) -> usize {
    let (mut low, mut high) = (0, len);
    while low < high {
        let mid = low + (high - low) / 2;
        if below(mid) {
            low = mid + 1;
        } else {
            high = mid;
        }
    }
    low
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_list_knows_common_words_and_not_typos() {
        let e = English::shipped();
        assert!(e.len() > 30_000);
        assert!(e.zipf("the").unwrap() > 7.0);
        assert!(e.zipf("arrive").unwrap() < e.zipf("way").unwrap());
        assert!(e.knows("died"));
        assert!(!e.knows("putn") && !e.knows("fighitng") && !e.knows(""));
        assert_eq!(e.pos("strongest"), Some(PartOfSpeech::Adjective));
        assert_eq!(e.pos("arrive"), Some(PartOfSpeech::Verb));
    }

    #[test]
    fn a_three_letter_shortening_is_a_very_common_word() {
        let e = English::shipped();
        assert_eq!(e.lengthened("frm", 6.0), Some("from"));
        assert_eq!(e.lengthened("whn", 6.0), Some("when"));
        assert_eq!(e.lengthened("hve", 6.0), Some("have"));
        assert_eq!(e.lengthened("tbh", 6.0), None, "no common word of four letters");
        assert_eq!(e.lengthened("the", 6.0), None, "a listed word");
        assert_eq!(e.lengthened("form", 6.0), None, "only three letters");
    }

    #[test]
    fn adjectives_of_degree_have_an_er_or_est_form() {
        let e = English::shipped();
        for w in ["new", "latest", "big", "bigger", "older", "early"] {
            assert!(e.is_gradable(w), "{w}");
        }
        // Adjectives that name a kind, and words that are no adjective.
        for w in ["maritime", "legal", "military", "eastern", "zone", "send", ""] {
            assert!(!e.is_gradable(w), "{w}");
        }
    }

    #[test]
    fn a_typo_of_a_common_word_is_one_edit_from_it() {
        let e = English::shipped();
        assert_eq!(e.nearest("goverment", 3.5), Some("government"));
        // Of several words one edit away, the most common: "below" before "belong".
        assert_eq!(e.nearest("belog", 3.5), Some("below"));
        assert_eq!(e.nearest("exmaple", 3.5), Some("example"));
        assert_eq!(e.nearest("belong", 3.5), None, "listed words are left alone");
        assert_eq!(e.nearest("qwzx", 3.5), None);
        assert_eq!(e.nearest("tbe", 3.5), None, "too short to guess");
    }

    /// Every one-edit candidate searched in the whole list, in the same
    /// order: what `nearest` must find with its narrowed searches.
    fn nearest_by_every_candidate<'a>(e: &'a English, word: &str, min_zipf: f32) -> Option<&'a str> {
        let bytes = word.as_bytes();
        if bytes.len() < 4 || !bytes.iter().all(u8::is_ascii_lowercase) || e.knows(word) {
            return None;
        }
        let mut candidates: Vec<Vec<u8>> = Vec::new();
        for i in 0..bytes.len() {
            candidates.push([&bytes[..i], &bytes[i + 1..]].concat());
            if i + 1 < bytes.len() && bytes[i] != bytes[i + 1] {
                let mut swapped = bytes.to_vec();
                swapped.swap(i, i + 1);
                candidates.push(swapped);
            }
        }
        for c in b'a'..=b'z' {
            for i in 0..=bytes.len() {
                candidates.push([&bytes[..i], &[c], &bytes[i..]].concat());
                if i < bytes.len() && bytes[i] != c {
                    let mut changed = bytes.to_vec();
                    changed[i] = c;
                    candidates.push(changed);
                }
            }
        }
        let mut best: Option<(u8, usize)> = None;
        for candidate in &candidates {
            let Some(i) = e.find(std::str::from_utf8(candidate).unwrap()) else { continue };
            if f32::from(e.zipf[i]) / 10.0 >= min_zipf && best.is_none_or(|(z, _)| e.zipf[i] > z) {
                best = Some((e.zipf[i], i));
            }
        }
        best.map(|(_, i)| e.word(i))
    }

    #[test]
    fn narrowed_searches_find_what_searching_everything_finds() {
        let e = English::shipped();
        let words = "goverment belog exmaple agreemnet headcount valorant ceasfire mercenarys airfeild \
                     withdrawl presidnet minsiter turksih russain libyan tripoli zzzz aaaa abot abuot \
                     qiuck tehy thier recieve wich becuase stabilty diplomatci intervene intervned";
        for w in words.split_whitespace() {
            for min_zipf in [0.0, 3.0, 3.5] {
                assert_eq!(e.nearest(w, min_zipf), nearest_by_every_candidate(&e, w, min_zipf), "{w} at {min_zipf}");
            }
        }
    }

    #[test]
    fn the_hash_table_finds_every_word_and_nothing_else() {
        let e = English::shipped();
        assert!(e.len() > 30_000);
        for i in 0..e.len() {
            assert_eq!(e.find(e.word(i)), Some(i), "{}", e.word(i));
            // One letter more or less is another word, or none.
            let longer = format!("{}q", e.word(i));
            assert_eq!(e.find(&longer), e.find_in(longer.as_bytes(), 0..e.len()), "{longer}");
            let shorter = &e.word(i)[..e.word(i).len() - 1];
            assert_eq!(e.find(shorter), e.find_in(shorter.as_bytes(), 0..e.len()), "{shorter}");
        }
        for w in ["", "Zzz", "é", "ceasefire ", "u.n"] {
            assert_eq!(e.find(w), None, "{w:?}");
        }
        // A list too long for 16-bit slots is still searched.
        let many: String = (0..70_000).map(|n| format!("{}\t3\n", word_of(n))).collect();
        let big = English::parse(&many, "big.tsv").unwrap();
        assert!(big.knows(&word_of(69_999)) && big.knows(&word_of(12_345)) && !big.knows("zz"));
        assert!(big.slots.get().is_some_and(|s| s.table.is_empty()), "the binary search was used");
    }

    /// A distinct lower-case word for each number: its digits as letters.
    fn word_of(n: usize) -> String {
        format!("w{}", n.to_string().bytes().map(|d| char::from(b'a' + d - b'0')).collect::<String>())
    }

    #[test]
    fn bad_lines_are_reported_with_their_number() {
        let e = English::parse("# c\nthe\t77\nBad\t3\nword\nsome\t5\tq\n", "x.tsv").unwrap_err();
        assert_eq!(e.iter().map(|d| d.line).collect::<Vec<_>>(), [3, 4, 5]);
    }
}
