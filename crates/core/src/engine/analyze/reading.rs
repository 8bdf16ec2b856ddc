//! The first stage of analysis: a message's words as the analyzer reads
//! them, each once. Chat spellings are fixed first ("teh", "wen"), then
//! typos, so a misspelt word still completes a phrase ("foriegn
//! minister"); then each word's phrase form and what it is to the lexicon.

use super::{phrase_form, Analyzer, EntityType, WordClass, NEAREST_ZIPF};
use crate::engine::kind::is_time_word;
use crate::knowledge::PartOfSpeech;
use crate::text::{spoken_numbers, stem, tokens, Break, Token};

/// How common a word must be to be what a three-letter shortening means:
/// the function words of chat ("from", "when", "have").
const SHORTENED_ZIPF: f32 = 6.0;

/// Below this Zipf frequency a short word is rare enough to be half of a
/// name dictation split ("raj", "oon", "iga", "tar").
const RARE_ZIPF: f32 = 4.0;

/// A message's words after spelling fixes, with what each is.
pub(super) struct Reading {
    pub words: Vec<String>,
    /// The punctuation after each word.
    pub breaks: Vec<Break>,
    /// What each word is to the lexicon. The term stage takes them.
    pub classes: Vec<WordClass>,
    /// How each word is compared inside phrases (see `phrase_form`).
    pub phrase_forms: Vec<String>,
    /// Whether each word means something: a term, known or not.
    pub content: Vec<bool>,
    /// Whether each word is a term the lexicon knows.
    pub known: Vec<bool>,
    /// Whether each word, or its stem, is one of the lexicon's words of
    /// saying (see [`Analyzer::is_speech_at`]).
    pub spoken: Vec<bool>,
}

impl Reading {
    /// The words as string slices, as the clause and role rules take them.
    pub fn refs(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

impl Analyzer {
    /// "sir raj", "tebb oon", "half tar": a name dictation split in two.
    /// Two short words run together (no punctuation between), neither one
    /// the lexicon knows and one of them rare in English, are the name
    /// their joining is nearest, when `correct` finds one that names a
    /// person, group or place. Common pairs ("the war", "half of") are
    /// never joined: the lexicon knows one word, or both are common. After
    /// "sounds like" or "something like" the asker says a name as it
    /// sounds ("sounds like tebb boon", "chavush oglu or something like
    /// that"), so the two may be longer, and common words.
    fn join_split_names(&self, mut toks: Vec<Token>, correct: &impl Fn(&str) -> Option<String>) -> Vec<Token> {
        let short = |w: &str| (2..=5).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_lowercase());
        // (Not "like is it", "like what": function words are no name.)
        let sounded = |w: &str| {
            (2..=8).contains(&w.len())
                && w.bytes().all(|b| b.is_ascii_lowercase())
                && !matches!(self.word(w, &stem(w)), WordClass::Stop | WordClass::Chatter)
        };
        let unlisted = |w: &str| matches!(self.word(w, &stem(w)), WordClass::Unknown(_));
        let rare = |w: &str| self.english.zipf(w).is_none_or(|z| z < RARE_ZIPF);
        // Edited in place: most messages have no such pair.
        let mut i = 0;
        while i + 1 < toks.len() {
            let (t, n) = (&toks[i], &toks[i + 1]);
            let like = i > 0 && toks[i - 1].text == "like" && toks[i - 1].brk == Break::None
                || n.brk == Break::None
                    && toks.get(i + 2).is_some_and(|w| w.text == "or")
                    && toks.get(i + 3).is_some_and(|w| w.text == "something");
            let pair = t.brk == Break::None && like && sounded(&t.text) && sounded(&n.text)
                || t.brk == Break::None
                && short(&t.text)
                && short(&n.text)
                // (The surface first: most short words are listed as they
                // are, and need no stem.)
                && !self.listed.contains_key(&t.text)
                && !self.listed.contains_key(&n.text)
                && (rare(&t.text) || rare(&n.text))
                && unlisted(&t.text)
                && unlisted(&n.text);
            let name = pair
                .then(|| format!("{}{}", t.text, n.text))
                .filter(|j| self.english.zipf(j).is_none())
                .and_then(|j| correct(&j))
                .filter(|fixed| self.entity_of(&self.word(fixed, &stem(fixed))).is_some_and(|e| e.is_name()));
            if let Some(name) = name {
                let brk = toks[i + 1].brk;
                toks[i] = Token { text: name, brk };
                toks.remove(i + 1);
            }
            i += 1;
        }
        toks
    }

    /// Reads a message, asking `correct` for a known word in place of each
    /// word that is neither in the lexicon, nor English, nor known to
    /// `correct`'s owner.
    pub(super) fn read(&self, text: &str, correct: impl Fn(&str) -> Option<String>) -> Reading {
        let toks = self.join_split_names(spoken_numbers(tokens(text)), &correct);
        let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
        // Each word read once: chat spellings first ("teh", "wen"), then
        // typos, so a misspelt word still completes a phrase ("foriegn
        // minister"); then its stem and what it is.
        let mut words: Vec<String> = Vec::with_capacity(toks.len());
        let mut classes: Vec<WordClass> = Vec::with_capacity(toks.len());
        // How each word is compared inside phrases (see `phrase_form`).
        let mut phrase_forms: Vec<String> = Vec::with_capacity(toks.len());
        let mut spoken: Vec<bool> = Vec::with_capacity(toks.len());
        for t in toks {
            let mut w = self.spellings.get(&t.text).cloned().unwrap_or(t.text);
            let mut st = stem(&w);
            let mut plain = None;
            // "the 6th" is the "6" the article's "6 January" is read as
            // (a chat spelling of "six"); the word stays for dates.
            if st != w {
                if let Some(spelled) = self.spellings.get(&st) {
                    plain = Some(std::mem::replace(&mut st, spelled.clone()));
                }
            }
            let mut class = self.word(&w, &st);
            // "sayin": the "-ing" word, if the lexicon knows neither.
            if let Some(full) = matches!(class, WordClass::Unknown(_)).then(|| self.dropped_g(&w)).flatten() {
                w = full;
                st = stem(&w);
                plain = None;
                class = self.word(&w, &st);
            }
            if let WordClass::Unknown(s) = &class {
                let keep = self.phrase_words.contains(&phrase_form(&w))
                    || self.english.zipf(&w).is_some_and(|z| z >= 3.0)
                    || self.is_long_english(&w);
                // Neither the knowledge base's word nor English: a typo of a common English
                // word ("belog") is that word, not a heavy unknown one.
                // The word as written may be nearer a known one than its
                // stem ("alies": "allies").
                let fixed = (!keep)
                    .then(|| {
                        correct(s)
                            .or_else(|| (s != &w).then(|| correct(&w)).flatten())
                            .or_else(|| self.nearest_english(&w))
                    })
                    .flatten();
                if let Some(fixed) = fixed {
                    w = fixed;
                    st = stem(&w);
                    plain = None;
                    class = self.word(&w, &st);
                }
            }
            spoken.push(self.speech.contains(&w) || self.speech.contains(plain.as_ref().unwrap_or(&st)));
            phrase_forms.push(if w.contains('.') { phrase_form(&w) } else { plain.unwrap_or(st) });
            words.push(w);
            classes.push(class);
        }
        // "hwo many" and "woh long" are "how": "who" never comes before
        // these words.
        for i in 0..words.len().saturating_sub(1) {
            if words[i] == "who" && matches!(words[i + 1].as_str(), "many" | "much" | "long" | "often" | "far") {
                let st = stem("how");
                words[i] = "how".to_string();
                spoken[i] = false;
                classes[i] = self.word("how", &st);
                phrase_forms[i] = st;
            }
        }
        // "haftar's brother", "serraj's dad": someone's family is asked
        // about, not the asker's ("my brother says…" is framing).
        for i in 1..words.len() {
            let kin = matches!(
                words[i].as_str(),
                "brother"
                    | "brothers"
                    | "sister"
                    | "sisters"
                    | "dad"
                    | "father"
                    | "mum"
                    | "mom"
                    | "mother"
                    | "cousin"
                    | "cousins"
                    | "uncle"
                    | "aunt"
                    | "parents"
                    | "family"
                    | "kids"
                    | "children"
            );
            let owner = if words[i - 1] == "s" && i >= 2 { i - 2 } else { i - 1 };
            let whose = matches!(&classes[owner], WordClass::Term(t) if self.entity(t) == Some(EntityType::Person));
            if kin && whose && matches!(classes[i], WordClass::Stop) {
                classes[i] = WordClass::Unknown(stem(&words[i]));
            }
        }
        // "last april", "next week": a time relative to the asker's day
        // is that time; the article dates things by their own names.
        for i in 1..words.len() {
            let relative = matches!(words[i - 1].as_str(), "last" | "next" | "previous" | "coming" | "past");
            if relative
                && (is_time_word(&words, i) || matches!(words[i].as_str(), "year" | "month" | "week" | "weekend"))
            {
                classes[i - 1] = WordClass::Stop;
            }
        }
        // "way fewer defenders", "way too late": "way" before a comparative
        // only stresses it.
        for i in (0..words.len().saturating_sub(1)).filter(|&i| words[i] == "way") {
            let next = words[i + 1].as_str();
            let comparative = matches!(next, "more" | "less" | "fewer" | "too" | "worse" | "better" | "further")
                || next.len() > 4 && next.ends_with("er") && self.english.pos(next).is_some_and(|p| p.is_modifier());
            if comparative {
                classes[i] = WordClass::Stop;
            }
        }
        // "how long did it take them to capture sirte", "how long did the
        // talks take": the time something took, not a taking.
        for i in 2..words.len() {
            let long = words[i.saturating_sub(5)..i].windows(2).any(|p| p[0] == "how" && p[1] == "long");
            if long && matches!(words[i].as_str(), "take" | "took" | "takes" | "taking") {
                classes[i] = WordClass::Stop;
            }
        }
        // "when did the attack begin, including the year": "including"
        // after a comma adds to what is asked; it is not "include".
        for i in 1..words.len() {
            if matches!(words[i].as_str(), "including" | "incl") && breaks[i - 1] >= Break::Comma {
                classes[i] = WordClass::Stop;
            }
        }
        // "is the US going to talk to Russia": "going to" before a verb is
        // the future, not a trip ("going to Rome", "going to see Conte").
        for i in 0..words.len().saturating_sub(2) {
            if words[i] == "going" && words[i + 1] == "to" && !self.is_destination(&words[i + 2], &classes[i + 2]) {
                classes[i] = WordClass::Stop;
            }
        }
        let content = classes
            .iter()
            .zip(&words)
            .map(|(c, w)| matches!(c, WordClass::Term(_) | WordClass::Unknown(_)) && !w.is_empty())
            .collect();
        let known = classes.iter().map(|c| matches!(c, WordClass::Term(_))).collect();
        Reading { words, breaks, classes, phrase_forms, content, known, spoken }
    }

    /// Whether a word after "going to" starts where someone goes: a place,
    /// a name or a determiner; or whom they go to see or meet.
    fn is_destination(&self, word: &str, class: &WordClass) -> bool {
        const BEFORE_A_NOUN: [&str; 13] =
            ["the", "a", "an", "his", "her", "their", "its", "our", "my", "this", "that", "see", "meet"];
        BEFORE_A_NOUN.contains(&word) || matches!(class, WordClass::Term(t) if self.entity(t).is_some())
    }

    /// Whether a long word is English though rare: a dictionary word of the
    /// list (one WordNet knows, so not a common misspelling such as
    /// "seperate"), itself or as its "-d", "-s" or "-ed" form ("overstate"
    /// by "overstated"). A typo of seven letters or more rarely lands on
    /// a real word, so such a word is meant ("overstated" is not "oversea",
    /// "muddled" not "meddled"); six is too few ("discus" is "discuss").
    fn is_long_english(&self, word: &str) -> bool {
        let listed = |w: &str| self.english.pos(w).is_some_and(|p| p != PartOfSpeech::Unknown);
        word.len() >= 7 && (listed(word) || ["d", "s", "ed"].iter().any(|end| listed(&format!("{word}{end}"))))
    }

    /// The "-ing" word a chat spelling drops the "g" of ("sayin", "goin",
    /// "talkin"): listed in the word list, but with no part of speech, and
    /// its "-ing" form more common and a real word. A name ("putin",
    /// "colin") has no such form.
    pub(super) fn dropped_g(&self, word: &str) -> Option<String> {
        if word.len() < 4 || !word.ends_with("in") {
            return None;
        }
        let full = format!("{word}g");
        // "leggin it": a word the list lacks, whose "-ing" form is a word
        // of the lexicon's phrases ("legging it").
        let Some((zipf, pos)) = self.english.lookup(word) else {
            return self.phrase_words.contains(&phrase_form(&full)).then_some(full);
        };
        let (full_zipf, full_pos) = self.english.lookup(&full)?;
        (pos == PartOfSpeech::Unknown && full_pos != PartOfSpeech::Unknown && full_zipf > zipf).then_some(full)
    }

    /// The common English word one edit from `word`, if any ([`English::nearest`]);
    /// for a word of three letters, only a very common one it shortens ("frm",
    /// "whn": [`English::lengthened`]), as one edit reaches too many words there.
    fn nearest_english(&self, word: &str) -> Option<String> {
        let found = self.english.nearest(word, NEAREST_ZIPF).or_else(|| self.english.lengthened(word, SHORTENED_ZIPF));
        found.map(str::to_string)
    }
}
