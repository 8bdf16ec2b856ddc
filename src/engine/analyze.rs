//! From text to terms: the one place that decides which words of a
//! question matter and what they mean.

use std::collections::{HashMap, HashSet};

use super::vocabulary::Vocabulary;
use crate::knowledge::Lexicon;
use crate::text::{stem, tokens};

/// What kind of answer a question asks for, read from its first words.
/// An entry serves the kinds its example questions ask.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    When,
    Where,
    Who,
    Why,
    HowMany,
    /// "what", "which", "how", yes/no questions and bare keywords: anything.
    Open,
}

impl Kind {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }
}

/// A small set of [`Kind`]s.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Kinds(u8);

impl Kinds {
    pub fn insert(&mut self, kind: Kind) {
        self.0 |= kind.bit();
    }

    /// Whether an entry serving these kinds can answer a question of `kind`.
    /// "Who" questions are often asked as "which country", so `Open` serves
    /// them; the specific kinds need an example of their own kind.
    pub fn serves(self, kind: Kind) -> bool {
        match kind {
            Kind::Open => true,
            Kind::Who => self.0 & (Kind::Who.bit() | Kind::Open.bit()) != 0,
            k => self.0 & k.bit() != 0,
        }
    }
}

/// A word of the text after the lexicon: a canonical term, or a stemmed
/// word the lexicon does not know.
pub type Term = String;

/// The analysis of a question or of an entry's text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Meaningful terms, in order, without repeats.
    pub terms: Vec<Term>,
    /// Words that were only chatter ("hi", "thanks").
    pub chatter: usize,
    /// Words that mark another subject altogether ("weather", "joke").
    pub offtopic: usize,
    pub kind: Option<Kind>,
}

/// Applies the lexicon. Built once per knowledge base and shared by every
/// engine built from it, with the vocabulary of terms they have seen.
#[derive(Debug, Default)]
pub struct Analyzer {
    pub vocabulary: Vocabulary,
    /// Stem or surface word -> canonical term.
    words: HashMap<String, Term>,
    /// Stems of a phrase, without dots, joined by spaces -> canonical term,
    /// or `None` for a phrase that means nothing ("going on").
    phrases: HashMap<String, Option<Term>>,
    longest_phrase: usize,
    /// Every word that appears in a phrase: known, so never "corrected"
    /// ("field" of "field marshal" is not a typo of "filed").
    phrase_words: HashSet<String>,
    stopwords: HashSet<String>,
    chatter: HashSet<String>,
    offtopic: HashSet<String>,
}

impl Analyzer {
    pub fn new(lexicon: &Lexicon) -> Analyzer {
        let mut a = Analyzer::default();
        for (concept, members) in &lexicon.synonyms {
            let canonical = concept.to_lowercase();
            for member in members.iter().chain(std::iter::once(&canonical)) {
                let toks = tokens(member);
                if toks.len() == 1 {
                    a.words.insert(stem(&toks[0].text), canonical.clone());
                    a.words.insert(toks[0].text.clone(), canonical.clone());
                } else {
                    a.add_phrase(&toks, Some(canonical.clone()));
                }
            }
        }
        for w in &lexicon.stopwords {
            let toks = tokens(w);
            if toks.len() == 1 {
                a.stopwords.insert(stem(&toks[0].text));
                a.stopwords.insert(toks[0].text.clone());
            } else {
                a.add_phrase(&toks, None);
            }
        }
        for (words, set) in [(&lexicon.chatter, &mut a.chatter), (&lexicon.offtopic, &mut a.offtopic)] {
            for t in words.iter().flat_map(|w| tokens(w)) {
                set.insert(stem(&t.text));
                set.insert(t.text);
            }
        }
        // Chatter is left out: correcting an unknown word to "later" or
        // "lol" would hide that a question is about something else.
        let mut shared: Vec<String> = a.words.keys().chain(a.stopwords.iter()).cloned().collect();
        shared.sort_unstable();
        a.vocabulary.intern_all(&shared);
        a.vocabulary.seal_shared();
        a
    }

    fn add_phrase(&mut self, toks: &[crate::text::Token], meaning: Option<Term>) {
        if toks.len() > 1 {
            let key: Vec<String> = toks.iter().map(|t| phrase_form(&t.text)).collect();
            self.phrase_words.extend(key.iter().cloned());
            self.longest_phrase = self.longest_phrase.max(key.len());
            self.phrases.insert(key.join(" "), meaning);
        }
    }

    /// Analyses text without spelling correction (knowledge-base text).
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_with(text, |_| None)
    }

    /// Analyses text, asking `correct` for a known word in place of each
    /// word that is neither in the lexicon nor known to `correct`'s owner.
    pub fn analyze_with(&self, text: &str, correct: impl Fn(&str) -> Option<String>) -> Analysis {
        let toks = tokens(text);
        let kind = question_kind(&toks.iter().map(|t| t.text.as_str()).collect::<Vec<_>>());
        // Typos are fixed first, so a misspelt word still completes a
        // phrase ("foriegn minister").
        let words: Vec<String> = toks
            .into_iter()
            .map(|t| match self.word(&t.text, &stem(&t.text)) {
                WordClass::Unknown(_) if self.phrase_words.contains(&phrase_form(&t.text)) => t.text,
                WordClass::Unknown(s) => correct(&s).unwrap_or(t.text),
                _ => t.text,
            })
            .collect();
        let stems: Vec<String> = words.iter().map(|w| stem(w)).collect();
        let phrase_forms: Vec<String> =
            if self.phrases.is_empty() { Vec::new() } else { words.iter().map(|w| phrase_form(w)).collect() };
        let mut out = Analysis { kind: Some(kind), ..Analysis::default() };
        let mut i = 0;
        while i < words.len() {
            if let Some((len, meaning)) = self.phrase_at(&phrase_forms[i.min(phrase_forms.len())..]) {
                if let Some(term) = meaning {
                    push_unique(&mut out.terms, term);
                }
                i += len;
                continue;
            }
            match self.word(&words[i], &stems[i]) {
                WordClass::Stop => {}
                WordClass::Chatter => out.chatter += 1,
                WordClass::OffTopic => out.offtopic += 1,
                WordClass::Term(t) | WordClass::Unknown(t) => push_unique(&mut out.terms, t),
            }
            i += 1;
        }
        out
    }

    fn phrase_at(&self, forms: &[String]) -> Option<(usize, Option<Term>)> {
        let longest = self.longest_phrase.min(forms.len());
        (2..=longest).rev().find_map(|n| {
            let key = forms[..n].join(" ");
            self.phrases.get(&key).map(|t| (n, t.clone()))
        })
    }

    /// Classifies a word, trusting its surface form before its stem, so
    /// "according" stays a stop word although its stem "accord" means a deal.
    fn word(&self, surface: &str, stemmed: &str) -> WordClass {
        for form in [surface, stemmed] {
            if let Some(t) = self.words.get(form) {
                return WordClass::Term(t.clone());
            }
            if self.stopwords.contains(form) {
                return WordClass::Stop;
            }
            if self.chatter.contains(form) {
                return WordClass::Chatter;
            }
            if self.offtopic.contains(form) {
                return WordClass::OffTopic;
            }
        }
        WordClass::Unknown(stemmed.to_string())
    }
}

enum WordClass {
    Stop,
    Chatter,
    OffTopic,
    Term(Term),
    Unknown(String),
}

/// How a word is compared inside phrases: stemmed, without the dots of
/// initials, so "UN-recognized" and "u.n. recognized" meet.
fn phrase_form(word: &str) -> String {
    stem(&word.replace('.', ""))
}

fn push_unique(terms: &mut Vec<Term>, t: Term) {
    if !terms.contains(&t) {
        terms.push(t);
    }
}

/// Reads the kind of answer wanted from the question's words.
pub fn question_kind(words: &[&str]) -> Kind {
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        match *w {
            "when" => return Kind::When,
            "where" => return Kind::Where,
            "who" | "whom" | "whose" => return Kind::Who,
            "why" => return Kind::Why,
            "how" if matches!(next, "many" | "much") => return Kind::HowMany,
            "how" if next == "long" => return Kind::When,
            "what" | "which" if matches!(next, "date" | "day" | "year" | "month" | "time") => return Kind::When,
            "what" | "which" if matches!(next, "city" | "place") => return Kind::Where,
            "what" | "which" if matches!(next, "reason" | "reasons" | "motive" | "motives" | "purpose") => {
                return Kind::Why
            }
            "what" | "which" | "how" => return Kind::Open,
            _ => {}
        }
    }
    Kind::Open
}

const TIME_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "midnight",
    "noon",
    "since",
    "week",
    "month",
    "year",
    "months",
    "years",
];

const NUMBER_WORDS: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand"];

/// Whether a text names a time: a month, a weekday, a year. Not "today":
/// relative to the article, it rarely answers "when" by itself.
pub fn mentions_time(text: &str) -> bool {
    tokens(text).iter().any(|t| {
        TIME_WORDS.contains(&t.text.as_str())
            || (t.text.len() == 4 && t.text.starts_with(['1', '2']) && t.text.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// Whether a text gives a reason or purpose: "to avoid", "because", "after".
pub fn mentions_reason(text: &str) -> bool {
    const MARKERS: &[&str] =
        &["because", "since", "after", "due", "so", "reason", "why", "avoid", "advantage", "against"];
    let words: Vec<String> = tokens(text).into_iter().map(|t| t.text).collect();
    words.iter().any(|w| MARKERS.contains(&w.as_str()))
        || words.windows(2).any(|p| p[0] == "to" && p[1].len() > 3 && !p[1].starts_with(char::is_numeric))
        || words.windows(2).any(|p| p[0] == "put" && p[1] == "down")
}

/// Whether a text states a quantity: a number word, or digits that are
/// neither a year nor part of a name or date ("604 Brigade", "12 January").
pub fn mentions_number(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    words.iter().enumerate().any(|(i, w)| {
        if NUMBER_WORDS.contains(&w.to_lowercase().as_str()) {
            return true;
        }
        let digits = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        let year = w.len() == 4 && w.starts_with(['1', '2']);
        let named = words.get(i + 1).is_some_and(|next| next.starts_with(char::is_uppercase));
        digits && !year && !named
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lexicon() -> Lexicon {
        Lexicon {
            synonyms: vec![
                ("haftar".into(), vec!["hafter".into(), "khalifa".into()]),
                ("ceasefire".into(), vec!["cease fire".into(), "truce".into()]),
                ("nofly".into(), vec!["no-fly".into()]),
            ],
            stopwords: vec!["the".into(), "is".into(), "when".into(), "no".into(), "does".into()],
            chatter: vec!["hi".into()],
            offtopic: vec!["weather".into()],
        }
    }

    #[test]
    fn synonyms_phrases_and_stopwords() {
        let a = Analyzer::new(&lexicon());
        let got = a.analyze("When does the cease-fire start? Hafter's no-fly zone");
        assert_eq!(got.terms, ["ceasefire", "start", "haftar", "nofly", "zone"]);
        assert_eq!(got.kind, Some(Kind::When));
    }

    #[test]
    fn unknown_words_are_offered_for_correction() {
        let a = Analyzer::new(&lexicon());
        let got = a.analyze_with("trux hi", |w| (w == "trux").then(|| "truce".to_string()));
        assert_eq!(got.terms, ["ceasefire"]);
        assert_eq!(got.chatter, 1);
    }

    #[test]
    fn quantities_are_not_names_dates_or_years() {
        assert!(mentions_number("the four countries said"));
        assert!(mentions_number("about 300 fighters"));
        assert!(!mentions_number("The 604 Brigade was created in 2015 on 12 January."));
    }

    #[test]
    fn kinds() {
        assert_eq!(question_kind(&["since", "when"]), Kind::When);
        assert_eq!(question_kind(&["how", "many", "people"]), Kind::HowMany);
        assert_eq!(question_kind(&["which", "country"]), Kind::Open);
        let mut k = Kinds::default();
        k.insert(Kind::Open);
        assert!(k.serves(Kind::Who) && !k.serves(Kind::When));
    }
}
