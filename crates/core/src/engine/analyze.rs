//! From text to terms: the one place that decides which words of a
//! question matter, what they mean, and how much the answer must account
//! for each.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

use super::asked::{
    asked_words, asks_discussed, asks_for_title, asks_the_present, asks_who_is_right, names_a_topic, names_the,
    offers_a_guess, offers_a_past, time_anchors, trailing_guess,
};
use super::kind::{is_class_noun, Asks, Kind};
use super::message::{clauses, roles, Clause, Form, Role};
use super::relations::{self, Occurrence};
use crate::knowledge::{English, Lexicon};
use crate::text::{stem, stem_cow, tokens, Break};

/// What kind of thing a concept names, for "who" and "where" questions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum EntityType {
    Person,
    Group,
    Country,
    Place,
    /// A time word ("date", "day"): what a question asks, not its focus.
    Time,
    /// A title someone or somewhere holds: "president", "capital".
    Title,
}

impl EntityType {
    fn parse(name: &str) -> Option<EntityType> {
        Some(match name {
            "person" => EntityType::Person,
            "group" => EntityType::Group,
            "country" => EntityType::Country,
            "place" => EntityType::Place,
            "time" => EntityType::Time,
            "title" => EntityType::Title,
            _ => return None,
        })
    }

    /// Whether a name of this type answers "who" (people, groups,
    /// countries acting) or "where" (places, countries).
    pub fn answers_who(self) -> bool {
        matches!(self, EntityType::Person | EntityType::Group | EntityType::Country)
    }

    pub fn answers_where(self) -> bool {
        matches!(self, EntityType::Place | EntityType::Country)
    }
}

/// A word of the text after the lexicon: a canonical term, or a stemmed
/// word the lexicon does not know.
pub type Term = String;

/// A term of a question, with what the question does with it.
#[derive(Debug, Clone, PartialEq)]
pub struct QTerm {
    pub term: Term,
    pub role: Role,
    /// The question's own word(s) for it, for messages.
    pub surface: String,
    /// A named person, group, country or place.
    pub entity: Option<EntityType>,
    /// How common the word is in English when the lexicon does not know
    /// it (Zipf scale), for telling "way" from "arrive".
    pub zipf: Option<f32>,
    /// Whether the lexicon knows the term (a synonym's concept).
    pub known: bool,
    /// An adjective or adverb: it colours the question ("strongest
    /// line", "concrete diplomacy") but is not what it asks.
    pub modifier: bool,
    /// Usually a verb ("become", "arrive"), or the noun a "which" question
    /// asks for ("which company"): what a question asks about however
    /// common the word is.
    pub weighty: bool,
}

/// The analysis of a question or of an entry's text.
#[derive(Debug, Clone, Default)]
pub struct Analysis {
    /// Meaningful terms, in order, without repeats (the strongest role wins).
    pub terms: Vec<QTerm>,
    /// Words that were only chatter ("hi", "thanks").
    pub chatter: usize,
    /// Words that mark another subject altogether ("weather", "joke").
    pub offtopic: usize,
    /// What the question asks for: the first clause that asks something
    /// in particular, else anything.
    pub asks: Asks,
    /// The clauses, for explanations.
    pub clauses: Vec<Clause>,
    /// The words after spelling fixes, for explanations.
    pub words: Vec<String>,
    /// Who the question asks the words of: "what did Merkel say", "Merkel's
    /// reply" (a term of `terms`).
    pub speaker: Option<Term>,
    /// To whom: "what did Putin say to Trump" (a term of `terms`).
    pub addressee: Option<Term>,
    /// Names the question gives by the title it asks about: "which Turkish
    /// minister" is Cavusoglu, whom a "who" answer may then name.
    pub titled: Vec<Term>,
    /// It asks what was discussed: "what did Hafter and Conte talk about?".
    /// A meeting alone does not say it; the passage must report someone's
    /// words.
    pub discussed: bool,
    /// It asks how things stand now, after the article was written: "is
    /// Merkel still chancellor?".
    pub present: bool,
    /// Titles and who holds them: "the Egyptian foreign minister" is
    /// (foreignminister, egypt); with the question's words for them.
    pub bindings: Vec<(Term, Term, String)>,
    /// What "how many" counts ("how many troops": troops).
    pub counted: Option<Term>,
    /// The deed a "who" question asks the doer of ("who commands the
    /// brigade": command): a passage without it names someone else.
    pub deed: Option<Term>,
    /// Not a question about the article: a request for help, or thanks.
    pub intent: Option<Intent>,
}

impl Default for Asks {
    fn default() -> Asks {
        Asks::OPEN
    }
}

impl Analysis {
    /// The term names, for tests and the index.
    pub fn term_names(&self) -> Vec<String> {
        self.terms.iter().map(|t| t.term.clone()).collect()
    }
}

/// The stem that "-ed" and "-ing" forms of a word ending in "e" have:
/// "describ" for "describe", so that "described" and "describing" are the
/// listed word ("describe" itself stems to "describe").
fn e_less(word: &str) -> Option<String> {
    (word.len() >= 4 && word.ends_with('e') && !word.ends_with("ee") && word.is_ascii())
        .then(|| word[..word.len() - 1].to_string())
        .filter(|base| stem(&format!("{base}ed")) == *base)
}

/// How common an English word must be (Zipf) to be taken for a typo one edit away.
const NEAREST_ZIPF: f32 = 3.5;

/// What a phrase of the chatter or off-topic list stands for among the
/// phrases: not a term, a kind of talk.
const CHATTER: &str = "\u{1}chatter";
const OFFTOPIC: &str = "\u{1}offtopic";

/// The lexicon's concept of a summary ("in a nutshell", "sum it up").
const SUMMARY: &str = "summary";

/// Applies the lexicon. Built once per knowledge base and shared by every
/// engine built from it.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Analyzer {
    pub english: Arc<English>,
    /// Stem or surface word -> canonical term.
    words: HashMap<String, Term>,
    /// A phrase's first word (stemmed, without dots) -> the rest of each
    /// phrase starting with it and the canonical term, or `None` for a
    /// phrase that means nothing ("going on"); longest first.
    phrases: HashMap<String, Vec<Phrase>>,
    longest_phrase: usize,
    /// Every word that appears in a phrase: known, so never "corrected"
    /// ("field" of "field marshal" is not a typo of "filed").
    phrase_words: HashSet<String>,
    stopwords: HashSet<String>,
    /// The study group's own things among the framing words: "essay",
    /// "slides", "exam" (single nouns).
    coursework: HashSet<String>,
    chatter: HashSet<String>,
    offtopic: HashSet<String>,
    /// Chat spelling -> word.
    spellings: HashMap<String, String>,
    /// Canonical term -> what it names.
    types: HashMap<String, EntityType>,
    /// Concept -> concepts that stand for it ("erdogan" -> "turkey").
    related: HashMap<String, Vec<String>>,
    /// (title, holder) -> who that is in the article ("president", "usa" -> "trump").
    titles: HashMap<(String, String), String>,
    /// Two concepts that mean a third close together (the lexicon's
    /// [compounds]): the first -> (the second, the meaning).
    compounds: HashMap<String, Vec<(String, String)>>,
    /// The concepts of the headline, byline and dateline.
    parts: HashMap<String, String>,
    /// Words of saying (surface forms and stems).
    speech: HashSet<String>,
    /// Words and phrases that ask for the bot's help, and that thank it.
    help: HashSet<String>,
    thanks: HashSet<String>,
    /// Every word of those lists, for a quick first look.
    intent_words: HashSet<String>,
}

/// The rest of a phrase after its first word, and what it means (`None`
/// for a phrase that means nothing, like "going on").
type Phrase = (Vec<String>, Option<Term>);

/// What a message wants when it is not a question about the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Intent {
    Help,
    Thanks,
}

enum WordClass {
    Stop,
    Chatter,
    OffTopic,
    Term(Term),
    Unknown(String),
}

impl Analyzer {
    pub fn new(lexicon: &Lexicon, english: Arc<English>) -> Analyzer {
        let mut a = Analyzer { english, ..Analyzer::default() };
        for (concept, members) in &lexicon.synonyms {
            let canonical = concept.to_lowercase();
            for member in members.iter().chain(std::iter::once(&canonical)) {
                let toks = tokens(member);
                if toks.len() == 1 {
                    if let Some(base) = e_less(&toks[0].text) {
                        a.words.entry(base).or_insert_with(|| canonical.clone());
                    }
                    a.words.insert(stem(&toks[0].text), canonical.clone());
                    a.words.insert(toks[0].text.clone(), canonical.clone());
                } else {
                    a.add_phrase(&toks, Some(canonical.clone()));
                }
            }
        }
        // The framing nouns name the group's own coursework, which a
        // question may be about instead of the article.
        for w in &lexicon.framing {
            let listed = a.english.lookup(w).map(|(_, p)| p);
            if !w.contains(' ') && listed == Some(crate::knowledge::PartOfSpeech::Noun) {
                a.coursework.insert(w.clone());
            }
        }
        // Framing words ("essay", "slides") mean nothing for matching, like
        // stop words; they are listed apart so the lexicon says why.
        for w in lexicon.stopwords.iter().chain(&lexicon.framing) {
            let toks = tokens(w);
            if toks.len() == 1 {
                a.stopwords.extend(e_less(&toks[0].text));
                a.stopwords.insert(stem(&toks[0].text));
                a.stopwords.insert(toks[0].text.clone());
            } else {
                a.add_phrase(&toks, None);
            }
        }
        // A phrase of small talk ("are you a bot") or of another subject
        // ("worth visiting") is matched whole, not word by word.
        for (words, marker) in [(&lexicon.chatter, CHATTER), (&lexicon.offtopic, OFFTOPIC)] {
            for w in words {
                let toks = tokens(w);
                match toks.as_slice() {
                    [one] => {
                        let set = if marker == CHATTER { &mut a.chatter } else { &mut a.offtopic };
                        set.insert(stem(&one.text));
                        set.insert(one.text.clone());
                    }
                    _ => a.add_phrase(&toks, Some(marker.to_string())),
                }
            }
        }
        a.spellings = lexicon.spellings.iter().cloned().collect();
        for (name, concepts) in &lexicon.types {
            if let Some(ty) = EntityType::parse(name) {
                for c in concepts {
                    a.types.insert(c.clone(), ty);
                }
            }
        }
        a.related = lexicon.related.iter().cloned().collect();
        a.titles = lexicon.titles.iter().cloned().collect();
        for ((first, second), meaning) in &lexicon.compounds {
            a.compounds.entry(first.clone()).or_default().push((second.clone(), meaning.clone()));
        }
        a.parts = lexicon.parts.iter().cloned().collect();
        for t in lexicon.speech.iter().flat_map(|w| tokens(w)) {
            a.speech.insert(stem(&t.text));
            a.speech.insert(t.text);
        }
        for (words, set) in [(&lexicon.help, &mut a.help), (&lexicon.thanks, &mut a.thanks)] {
            for w in words {
                let toks: Vec<String> = tokens(w).into_iter().map(|t| t.text).collect();
                a.intent_words.extend(toks.iter().cloned());
                set.insert(toks.join(" "));
            }
        }
        a
    }

    /// The lexicon's own words, for the speller: every engine can correct
    /// towards them. Chatter is left out: correcting an unknown word to
    /// "later" or "lol" would hide that a question is about something else.
    pub fn known_words(&self) -> Vec<String> {
        let mut known: Vec<String> = self.words.keys().chain(self.stopwords.iter()).cloned().collect();
        known.sort_unstable();
        known
    }

    /// Whether a message only asks for help ("help", "commands", "how do I
    /// use this?") or only says thanks: words of the lexicon's `help` and
    /// `thanks` lists, and nothing else that means anything.
    pub fn intent(&self, text: &str) -> Option<Intent> {
        self.intent_of(&self.words(text).0)
    }

    fn intent_of(&self, words: &[String]) -> Option<Intent> {
        // Most messages are questions: leave at once unless one of the
        // lists' words is there.
        if !words.iter().any(|w| self.intent_words.contains(w)) {
            return None;
        }
        let mut found = None;
        let mut i = 0;
        'words: while i < words.len() {
            // A phrase of the lists starts with one of their words.
            let longest = if self.intent_words.contains(&words[i]) { 4.min(words.len() - i) } else { 0 };
            for n in (1..=longest).rev() {
                let key = words[i..i + n].join(" ");
                for (set, intent) in [(&self.help, Intent::Help), (&self.thanks, Intent::Thanks)] {
                    if set.contains(&key) {
                        found = found.or(Some(intent));
                        i += n;
                        continue 'words;
                    }
                }
            }
            match self.word(&words[i], &stem_cow(&words[i])) {
                WordClass::Stop | WordClass::Chatter => i += 1,
                _ => return None,
            }
        }
        found
    }

    fn add_phrase(&mut self, toks: &[crate::text::Token], meaning: Option<Term>) {
        if toks.len() > 1 {
            let key: Vec<String> = toks.iter().map(|t| phrase_form(&t.text)).collect();
            self.phrase_words.extend(key.iter().cloned());
            self.longest_phrase = self.longest_phrase.max(key.len());
            let list = self.phrases.entry(key[0].clone()).or_default();
            let rest = key[1..].to_vec();
            match list.iter_mut().find(|(r, _)| *r == rest) {
                Some(existing) => existing.1 = meaning,
                None => list.push((rest, meaning)),
            }
            list.sort_by_key(|(r, _)| std::cmp::Reverse(r.len()));
        }
    }

    /// Whether word `i` is a word of saying: one of the lexicon's, or
    /// "call" in "called for", "call on" (not "is called").
    pub fn is_speech_at(&self, words: &[&str], i: usize) -> bool {
        let w = words[i];
        // "the UN got asked", "what was Sarraj told": the one before is
        // spoken to, not speaking.
        let passive = words[i.saturating_sub(3)..i]
            .iter()
            .any(|w| matches!(*w, "was" | "were" | "been" | "being" | "get" | "gets" | "got" | "getting"));
        let call = matches!(w, "call" | "calls" | "called" | "calling")
            && words.get(i + 1).is_some_and(|n| matches!(*n, "for" | "on" | "upon" | "jointly"));
        !passive && (call || self.speech.contains(w) || self.speech.contains(&*stem_cow(w)))
    }

    /// Whether a word reads as a verb: the English word list says so, or
    /// it is a past tense ("intensified") or a common irregular verb.
    pub fn is_verb(&self, word: &str) -> bool {
        use crate::knowledge::PartOfSpeech;
        let irregular = matches!(
            word,
            "is" | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "met"
                | "took"
                | "came"
                | "went"
                | "said"
                | "told"
                | "made"
                | "left"
                | "held"
                | "gave"
                | "sent"
                | "began"
                | "got"
                | "fought"
                | "won"
                | "lost"
        );
        irregular
            || (word.len() > 4 && word.ends_with("ed"))
            || self.english.lookup(word).is_some_and(|(_, p)| p == PartOfSpeech::Verb)
    }

    /// Whether a term names someone who can speak: a person, a group, a country.
    fn names_someone(&self, term: &str) -> bool {
        self.entity(term).is_some_and(EntityType::answers_who)
    }

    /// A text's words as the analyzer reads them (chat spellings fixed),
    /// with the punctuation after each.
    pub fn words(&self, text: &str) -> (Vec<String>, Vec<Break>) {
        tokens(text).into_iter().map(|t| (self.spellings.get(&t.text).cloned().unwrap_or(t.text), t.brk)).unzip()
    }

    /// The terms of a text's words, in order and with where they stand
    /// (phrases first, no spelling correction): for [`super::relations`].
    pub fn occurrences(&self, words: &[String]) -> Vec<Occurrence> {
        let forms: Vec<String> = words.iter().map(|w| phrase_form(w)).collect();
        let mut out = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let (len, term) = match self.phrase_at(&forms[i..]) {
                Some((len, meaning)) => (len, meaning),
                None => match self.word(&words[i], &stem_cow(&words[i])) {
                    WordClass::Term(t) | WordClass::Unknown(t) => (1, Some(t)),
                    _ => (1, None),
                },
            };
            if let Some(term) = term {
                let entity = self.entity(&term);
                out.push(Occurrence { term, entity, start: i, end: i + len });
            }
            i += len;
        }
        out
    }

    /// Who holds `title` for `holder` (or for what stands for it) in the
    /// article: ("president", "usa") is "trump"; ("foreignminister",
    /// "erdogan") is "cavusoglu" through Turkey.
    fn holder(&self, title: &str, holder: &str) -> Option<&String> {
        std::iter::once(holder)
            .chain(self.related(holder).iter().map(String::as_str))
            .find_map(|h| self.titles.get(&(title.to_string(), h.to_string())))
    }

    /// The concept a part of the front matter is, if the lexicon says.
    pub fn part(&self, kind: crate::knowledge::BlockKind) -> Option<&str> {
        let name = match kind {
            crate::knowledge::BlockKind::Headline => "headline",
            crate::knowledge::BlockKind::Byline => "byline",
            crate::knowledge::BlockKind::Dateline => "dateline",
            crate::knowledge::BlockKind::Paragraph => return None,
        };
        self.parts.get(name).map(String::as_str)
    }

    /// The concepts that stand for a term in the article's world.
    pub fn related(&self, term: &str) -> &[String] {
        self.related.get(term).map_or(&[], Vec::as_slice)
    }

    /// What a canonical term names, if it is a name. A year is a time.
    pub fn entity(&self, term: &str) -> Option<EntityType> {
        let year = term.len() == 4
            && (term.starts_with("19") || term.starts_with("20"))
            && term.bytes().all(|b| b.is_ascii_digit());
        if year {
            return Some(EntityType::Time);
        }
        self.types.get(term).copied()
    }

    /// Analyses knowledge-base text: no spelling correction, every word core.
    pub fn analyze(&self, text: &str) -> Analysis {
        self.analyze_with(text, |_| None)
    }

    /// Analyses a message, asking `correct` for a known word in place of
    /// each word that is neither in the lexicon, nor English, nor known to
    /// `correct`'s owner.
    pub fn analyze_with(&self, text: &str, correct: impl Fn(&str) -> Option<String>) -> Analysis {
        let toks = tokens(text);
        let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
        // Each word read once: chat spellings first ("teh", "wen"), then
        // typos, so a misspelt word still completes a phrase ("foriegn
        // minister"); then its stem and what it is.
        let mut words: Vec<String> = Vec::with_capacity(toks.len());
        let mut stems: Vec<String> = Vec::with_capacity(toks.len());
        let mut classes: Vec<WordClass> = Vec::with_capacity(toks.len());
        // How each word is compared inside phrases (see `phrase_form`).
        let mut phrase_forms: Vec<String> = Vec::with_capacity(toks.len());
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
            if let WordClass::Unknown(s) = &class {
                let keep =
                    self.phrase_words.contains(&phrase_form(&w)) || self.english.zipf(&w).is_some_and(|z| z >= 3.0);
                // Neither the knowledge base's word nor English: a typo of a common English
                // word ("belog") is that word, not a heavy unknown one.
                let fixed = (!keep).then(|| correct(s).or_else(|| self.nearest_english(&w))).flatten();
                if let Some(fixed) = fixed {
                    w = fixed;
                    st = stem(&w);
                    plain = None;
                    class = self.word(&w, &st);
                }
            }
            phrase_forms.push(if w.contains('.') { phrase_form(&w) } else { plain.unwrap_or_else(|| st.clone()) });
            words.push(w);
            stems.push(st);
            classes.push(class);
        }
        let intent = self.intent_of(&words);
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        let content: Vec<bool> = classes
            .iter()
            .zip(&words)
            .map(|(c, w)| matches!(c, WordClass::Term(_) | WordClass::Unknown(_)) && !w.is_empty())
            .collect();
        let found = clauses(&refs, &breaks);
        let known: Vec<bool> = classes.iter().map(|c| matches!(c, WordClass::Term(_))).collect();
        let mut roles = roles(&refs, &breaks, &found, &content, &known);
        // "…has some link to gaddafi right? how exactly": a bare "how"
        // after another question asks in what way that holds, not why.
        let bare_how = |n: usize, c: &Clause| {
            n > 0
                && matches!(refs[c.start..c.end], ["how"] | ["how", "so" | "exactly"] | ["but", "how"] | ["and", "how"])
        };
        // "is it true algeria fears cairo's sway? … can't find where she got
        // it": a question with nothing of its own after one with content
        // asks about the asker's sources, not the article.
        let has_content = |c: &Clause| content[c.start..c.end].iter().any(|&b| b);
        let first_with_content = found.iter().position(|c| c.form != Form::Statement && has_content(c));
        let empty_after = |n: usize, c: &Clause| first_with_content.is_some_and(|f| n > f) && !has_content(c);
        let asks = found
            .iter()
            .enumerate()
            .filter(|(n, c)| !bare_how(*n, c) && !empty_after(*n, c))
            .map(|(_, c)| c)
            .filter(|c| c.form != Form::Statement || found.iter().all(|c| c.form == Form::Statement))
            .map(|c| c.asks)
            .find(|a| *a != Asks::OPEN)
            .unwrap_or(Asks::OPEN);
        // "who heads the tripoli govt, is it sarraj?": the name offered is
        // the asker's guess, which the answer may give; it is not asked.
        let guess = (asks.kind == super::kind::Kind::Who)
            .then(|| found.iter().skip(1).find(|c| offers_a_guess(&refs[c.start..c.end])))
            .flatten()
            .map(|c| c.start..c.end);
        if let Some(g) = &guess {
            roles[g.clone()].fill(Role::Context);
        }
        // "which city did they grab? was it misrata or sirte": the places
        // guessed are choices the answer may settle.
        if asks.kind == Kind::Where {
            for c in found.iter().skip(1).filter(|c| offers_a_guess(&refs[c.start..c.end])) {
                roles[c.start..c.end].fill(Role::Alternative);
            }
        }
        // "which european leader did he call, macron?": a name or a time
        // offered after the question is a guess the answer may settle.
        if matches!(asks.kind, Kind::Who | Kind::Where | Kind::When | Kind::HowMany) {
            let asking = found.iter().filter(|c| c.form != Form::Statement);
            for g in asking.filter_map(|c| trailing_guess(&breaks, &content, c.start, c.end)) {
                roles[g].fill(Role::Context);
            }
        }
        // "did the zone come the same day as the istanbul talks": the talks
        // only date what is asked.
        for anchor in time_anchors(&refs, &breaks) {
            for r in &mut roles[anchor] {
                if *r == Role::Core {
                    *r = Role::Context;
                }
            }
        }
        // "my mate says noon, i think midnight, who's right?": the claims
        // are what is asked, and a word the article never uses is only one
        // side of the dispute.
        let disputed = asks_who_is_right(&refs);
        let asks = if disputed {
            for (r, c) in roles.iter_mut().zip(&classes) {
                if *r == Role::Core && matches!(c, WordClass::Unknown(_)) {
                    *r = Role::Alternative;
                }
            }
            Asks::OPEN
        } else {
            asks
        };
        // "How old is Haftar?" asks an age; "how old is the brigade" a year.
        let asks = if asks.grain == Some(super::kind::Grain::Year)
            && refs.windows(2).any(|p| p == ["how", "old"])
            && classes.iter().any(|c| matches!(c, WordClass::Term(t) if self.entity(t) == Some(EntityType::Person)))
        {
            Asks { grain: Some(super::kind::Grain::Age), ..asks }
        } else {
            asks
        };
        let names: Vec<bool> = classes
            .iter()
            // "the Tripoli side" is the side of Tripoli's government.
            .map(|c| {
                matches!(c, WordClass::Term(t) if self.entity(t).is_some_and(|e| e.answers_who() || e == EntityType::Place))
            })
            .collect();
        let asked = asked_words(&refs, &breaks, &names);
        let heads = self.asked_heads(&refs, &breaks);
        let mut out = Analysis { asks, intent, ..Analysis::default() };
        // The last name seen in the clause and where, for "what did Merkel
        // say": a name just before a word of saying is whose words are asked.
        let mut last_name: Option<(usize, Term)> = None;
        let mut speech_at = None;
        let mut occurrences: Vec<Occurrence> = Vec::new();
        // Particles already read as part of a verb before them.
        let mut split = vec![false; words.len()];
        let mut i = 0;
        while i < words.len() {
            if i > 0 && breaks[i - 1] >= Break::Comma {
                last_name = None;
            }
            // In a dispute ("my friend says it was the UN…, who's right?")
            // the claims are asked, not anyone's words.
            if roles[i] == Role::Core && !disputed && out.speaker.is_none() && self.is_speech_at(&refs, i) {
                out.speaker = last_name.as_ref().filter(|(at, _)| i - at <= 3).map(|(_, t)| t.clone());
                speech_at = Some(i);
            }
            if asked[i] {
                // "is algeria on sarraj's side": whom it supports.
                let on_side = matches!(refs[i], "side" | "camp") && refs[i.saturating_sub(3)..i].contains(&"on");
                if let Some(WordClass::Term(support)) = on_side.then(|| self.word("support", "support")) {
                    self.push(&mut out, support, roles[i], format!("on … {}", refs[i]), true, false);
                }
                i += 1;
                continue;
            }
            if split[i] {
                i += 1;
                continue;
            }
            // "pushed isis out of sirte": a verb and its particle around an
            // object are the phrase "pushed out".
            if let Some((at, term)) = self.split_phrase_at(&phrase_forms, &breaks, i) {
                occurrences.push(Occurrence { term: term.clone(), entity: self.entity(&term), start: i, end: i + 1 });
                self.push(
                    &mut out,
                    term,
                    roles[i].max(roles[at]),
                    format!("{} … {}", words[i], words[at]),
                    true,
                    false,
                );
                split[at] = true;
                i += 1;
                continue;
            }
            if let Some((len, meaning)) = self.phrase_at(&phrase_forms[i.min(phrase_forms.len())..]) {
                // "who is behind the truce appeal": who made it, not whom
                // anyone supports ("who is behind hafter").
                let meaning =
                    meaning.filter(|_| !(refs[i + len - 1] == "behind" && self.event_follows(&classes, i + len)));
                match meaning.as_deref() {
                    Some(CHATTER) => out.chatter += len,
                    Some(OFFTOPIC) if roles[i] != Role::Context => out.offtopic += 1,
                    _ => {}
                }
                if let Some(term) = meaning.filter(|t| t != CHATTER && t != OFFTOPIC) {
                    occurrences.push(Occurrence {
                        term: term.clone(),
                        entity: self.entity(&term),
                        start: i,
                        end: i + len,
                    });
                    let role = roles[i..i + len].iter().copied().max().unwrap_or(Role::Core);
                    if self.names_someone(&term) && !names_a_topic(&refs, i, last_name.as_ref()) {
                        last_name = Some((i + len - 1, term.clone()));
                    }
                    self.push(&mut out, term, role, words[i..i + len].join(" "), true, false);
                }
                i += len;
                continue;
            }
            match std::mem::replace(&mut classes[i], WordClass::Stop) {
                WordClass::Stop => {}
                WordClass::Chatter => out.chatter += 1,
                // "is there a joke in this", not "for my essay (it's for a
                // film studies class lol), who took sirte": another subject
                // in the talk around a question does not change what it asks.
                WordClass::OffTopic if roles[i] == Role::Context => {}
                WordClass::OffTopic => out.offtopic += 1,
                // "i keep spelling it wrong": doing again, not keeping.
                WordClass::Term(_)
                    if matches!(refs[i], "keep" | "keeps" | "kept" | "keeping")
                        && refs.get(i + 1).is_some_and(|n| n.len() > 4 && n.ends_with("ing")) => {}
                // "the deals the four call illegal", "they called it void":
                // naming something, which only says what was said.
                WordClass::Term(_) if self.labels_at(&refs, i) => {}
                WordClass::Term(t) => {
                    // "holding sirte", "held the city": controlling a place,
                    // not lasting.
                    let holds = matches!(refs[i], "hold" | "holds" | "held" | "holding")
                        && (i + 1..(i + 3).min(words.len())).any(|j| {
                            matches!(&classes[j], WordClass::Term(p) if self.entity(p) == Some(EntityType::Place))
                                || refs[j] == "city"
                        });
                    // "will trump call putin": speaking with him, not
                    // calling for something.
                    let phones = matches!(refs[i], "call" | "calls" | "called" | "calling")
                        && refs.get(i + 1).is_some_and(|n| {
                            matches!(*n, "him" | "her" | "who" | "whom")
                                || matches!(&classes[i + 1], WordClass::Term(p) if self.entity(p) == Some(EntityType::Person))
                        });
                    let sense = if holds {
                        self.word("control", "control")
                    } else if phones {
                        self.word("meet", "meet")
                    } else {
                        WordClass::Stop
                    };
                    let t = match sense {
                        WordClass::Term(meant) => meant,
                        _ => t,
                    };
                    occurrences.push(Occurrence { term: t.clone(), entity: self.entity(&t), start: i, end: i + 1 });
                    if self.names_someone(&t) && !names_a_topic(&refs, i, last_name.as_ref()) {
                        last_name = Some((i, t.clone()));
                    }
                    self.push(&mut out, t, roles[i], words[i].clone(), true, false)
                }
                WordClass::Unknown(t) => {
                    occurrences.push(Occurrence { term: t.clone(), entity: None, start: i, end: i + 1 });
                    self.push(&mut out, t, roles[i], words[i].clone(), false, heads[i])
                }
            }
            i += 1;
        }
        if let (Some(speaker), Some(at)) = (&out.speaker, speech_at) {
            out.addressee = self.addressee(&refs, &occurrences, speaker, at);
        }
        self.join_compounds(&mut out, &words, &occurrences, &found);
        // "the American president" is Trump: a title the article gives to
        // someone it names stands for that name; only the others ("the
        // Egyptian president") must be found bound in a passage.
        let mut bindings = relations::bindings(&words, &occurrences);
        let asks_where = out.asks.kind == super::kind::Kind::Where;
        let asks_which = |title: &str| asks_where || names_the(&words, &occurrences, title);
        // What a title and its holder stand for: ("usa", "trump").
        let mut stood_for: Vec<(String, String)> = Vec::new();
        // "the first president of the usa", "italy's pm before conte":
        // another holder of the title than the one the article names.
        let another = |title: &str| {
            occurrences.iter().find(|o| o.term == title).is_some_and(|o| {
                let before = &refs[o.start.saturating_sub(2)..o.start];
                before.iter().any(|w| matches!(*w, "first" | "former" | "previous" | "ex" | "next" | "late"))
                    || matches!(
                        refs.get(o.end..o.end + 2),
                        Some(&[_, "before" | "after"]) | Some(&["before" | "after", _])
                    )
            })
        };
        // "the misrata commanders" are several, not the one holder the
        // article gives the title: the words stay as they are.
        let several = relations::several_holders(&words, &occurrences, &bindings);
        bindings.retain(|(title, holder)| match self.holder(title, holder) {
            Some(_) if several.contains(title) => false,
            // "the Turkish capital" stands for Turkey, but "where is the
            // capital of Turkey?" asks what the article never names.
            Some(named) if named == holder && asks_which(title) || another(title) => {
                out.offtopic += 1;
                false
            }
            Some(named) => {
                let at = occurrences.iter().find(|o| &o.term == title).map(|o| o.start);
                let asked = at.is_some_and(|at| asks_for_title(&words, at));
                // The one the title stands for is the answer when the
                // title is asked about ("which European leader…?"): it
                // may help, but the question does not require it.
                let role = match at {
                    _ if asked => Role::Context,
                    Some(at) => roles[at],
                    None => Role::Core,
                };
                self.push(&mut out, named.clone(), role, format!("{holder} {title}"), true, false);
                if asked {
                    out.titled.push(named.clone());
                } else {
                    // "will the us president talk to the kremlin": Trump is
                    // asked about; "us" and "president" only say who he is.
                    stood_for.extend([(title.clone(), named.clone()), (holder.clone(), named.clone())]);
                }
                false
            }
            // "was it the foreign ministers or the leaders of greece…":
            // a title offered as one side of a choice, or said around the
            // question, need not be bound in the answer.
            None if occurrences.iter().find(|o| &o.term == title).is_some_and(|o| roles[o.start] != Role::Core) => {
                false
            }
            None => {
                // "who's the Greek foreign minister": one person, whom the
                // passage must name, not the country.
                let one = occurrences.iter().find(|o| &o.term == title).filter(|o| !words[o.end - 1].ends_with('s'));
                if out.asks.kind == super::kind::Kind::Who && one.is_some_and(|o| asks_for_title(&words, o.start)) {
                    out.asks.person = true;
                }
                true
            }
        });
        // "what are the names of the four foreign ministers": people's
        // names, which countries do not give.
        let names_of =
            |at: usize| words[at.saturating_sub(4)..at].windows(2).any(|p| p[0].starts_with("name") && p[1] == "of");
        if out.asks == super::kind::Asks::OPEN
            && occurrences.iter().any(|o| o.entity == Some(EntityType::Title) && names_of(o.start))
        {
            out.asks = super::kind::Asks::of(super::kind::Kind::Who);
            out.asks.person = true;
        }
        let stands_in = |term: &String| stood_for.iter().any(|(part, _)| part == term);
        for t in out.terms.iter_mut().filter(|t| t.role == Role::Core && stands_in(&t.term)) {
            t.role = Role::Context;
        }
        // "what did the American president say": Trump's words, not the
        // USA's; "…to the Turkish president": to Erdogan.
        for said in [&mut out.speaker, &mut out.addressee].into_iter().flatten() {
            if let Some((_, named)) = stood_for.iter().find(|(part, _)| part == said) {
                *said = named.clone();
            }
        }
        out.bindings = bindings
            .into_iter()
            .map(|(title, holder)| {
                let o = occurrences.iter().find(|o| o.term == title).map_or((0, 0), |o| (o.start, o.end));
                let h = occurrences.iter().find(|o| o.term == holder).map_or(o, |h| (h.start, h.end));
                let (from, to) = (o.0.min(h.0), o.1.max(h.1));
                (title, holder, words[from..to].join(" "))
            })
            .collect();
        if out.asks.kind == super::kind::Kind::HowMany {
            out.counted = relations::counted(&words, &occurrences).map(|t| self.counted_head(&words, &occurrences, t));
        }
        if let Some(g) = guess {
            let guessed = occurrences.iter().filter(|o| g.contains(&o.start) && self.names_someone(&o.term));
            out.titled.extend(guessed.map(|o| o.term.clone()));
        }
        let asked_clause = |i: usize| found.iter().any(|c| c.form == Form::Question && (c.start..c.end).contains(&i));
        let coursework = self.coursework_at(&refs).any(asked_clause);
        if coursework && !out.terms.iter().any(|t| t.role != Role::Context && t.entity.is_some()) {
            out.offtopic += 1;
        }
        if out.asks.kind == super::kind::Kind::Who {
            let who = refs.iter().position(|w| matches!(*w, "who" | "whos"));
            // "who gave the order", "who made the call": the deed is the
            // noun a light verb takes.
            let light = |w: usize| {
                matches!(refs.get(w + 1), Some(&("gave" | "give" | "gives" | "made" | "make" | "makes" | "issued")))
            };
            let deed_at = |w: usize| {
                let skip =
                    if light(w) { 2 + usize::from(matches!(refs.get(w + 2), Some(&("the" | "a" | "an")))) } else { 1 };
                w + skip
            };
            let deed = who.and_then(|w| occurrences.iter().find(|o| o.start == deed_at(w) && o.entity.is_none()));
            out.deed = deed.filter(|o| roles[o.start] == Role::Core).map(|o| o.term.clone());
            // The deed asked about carries the question, however common
            // its word ("who gave the order").
            for t in out.terms.iter_mut().filter(|t| out.deed.as_ref() == Some(&t.term)) {
                t.weighty = true;
            }
        }
        // "did sirte fall on the weekend or on a weekday": a choice of
        // times asks when.
        let choices = || out.terms.iter().filter(|t| t.role == Role::Alternative);
        if out.asks == Asks::OPEN && choices().next().is_some() && choices().all(|t| t.entity == Some(EntityType::Time))
        {
            out.asks = Asks::of(Kind::When);
        }
        self.drop_the_articles_voice(&mut out, &refs);
        let someone = occurrences.iter().any(|o| self.names_someone(&o.term));
        out.discussed = out.asks == super::kind::Asks::OPEN && asks_discussed(&refs, someone);
        // "are the misratans still in sirte or did they leave?" may be
        // settled by what the article reports, if it knows all it names
        // ("is conte still managing tottenham or did he leave?" is not).
        let past = offers_a_past(&refs);
        let reported = |c: &Clause| past && (c.start..c.end).all(|i| !content[i] || known[i]);
        out.present = found
            .iter()
            .any(|c| c.form != Form::Statement && asks_the_present(&refs[c.start..c.end], &refs) && !reported(c));
        out.clauses = found;
        out.words = words;
        out
    }

    /// Whether the first word of meaning from `from` on names an event (a
    /// term that is no person, place or group): "behind the truce call".
    fn event_follows(&self, classes: &[WordClass], from: usize) -> bool {
        let next = classes.iter().skip(from).find(|c| !matches!(c, WordClass::Stop));
        matches!(next, Some(WordClass::Term(t)) if self.entity(t).is_none())
    }

    /// "how many separate deals": when the word counted qualifies the one
    /// right after it (not a participle or a modifier: "how many deals
    /// signed", "how many deals between…"), that one is the thing counted.
    fn counted_head(&self, words: &[String], occurrences: &[Occurrence], counted: Term) -> Term {
        let Some(at) = occurrences.iter().find(|o| o.term == counted) else { return counted };
        let head = |o: &&Occurrence| {
            let word = &words[o.end - 1];
            let modifier = self.english.lookup(word).is_some_and(|(_, p)| p.is_modifier());
            o.start == at.end && o.entity.is_none() && !modifier && !word.ends_with("ed") && !word.ends_with("ing")
        };
        occurrences.iter().find(head).map_or(counted, |o| o.term.clone())
    }

    /// "is the author confident the guns will go quiet", "is the writer
    /// hinting…": the author as the article's voice, whose view is the
    /// article's. The author is asked about only by who, when or where,
    /// by name ("the author's name", "who wrote it"), or alone ("tell me
    /// about the author"). Nor is "summary" when the question names what
    /// is to be summed up: it only favours an overview.
    fn drop_the_articles_voice(&self, out: &mut Analysis, words: &[&str]) {
        use crate::knowledge::BlockKind;
        let Some(author) = self.part(BlockKind::Byline) else { return };
        let identity = words.iter().any(|w| {
            w.starts_with("name")
                || w.starts_with("publish")
                || matches!(*w, "write" | "writes" | "wrote" | "written" | "authored" | "byline")
        }) || matches!(*words, [.., "called"]);
        let voice = out.asks == super::kind::Asks::OPEN || out.asks.kind == super::kind::Kind::Why;
        let other = out.terms.iter().any(|t| t.role == Role::Core && t.term != author);
        if voice && other && !identity {
            out.terms.retain(|t| t.term != author);
        }
        // "algeria's position in a nutshell", "the problems they list, sum
        // it up": asking for a summary of something asks about that thing.
        let about_more = out.terms.iter().any(|t| t.role == Role::Core && t.term != SUMMARY && t.term != author);
        if about_more {
            out.terms.iter_mut().filter(|t| t.term == SUMMARY).for_each(|t| t.role = Role::Context);
        }
    }

    /// Whether "call" at `i` names something rather than calls for it or
    /// phones someone: an adjective follows ("call illegal"), or "it",
    /// "them" and then not "off" ("called it void", not "called it off").
    fn labels_at(&self, words: &[&str], i: usize) -> bool {
        use crate::knowledge::PartOfSpeech;
        if !matches!(words[i], "call" | "calls" | "called" | "calling") {
            return false;
        }
        let adjective = |w: &str| self.english.lookup(w).is_some_and(|(_, p)| p == PartOfSpeech::Adjective);
        // "what's it called": the name of something said before.
        let named = words[i] == "called"
            && words.get(i + 1).is_none_or(|w| matches!(*w, "and" | "again" | "exactly" | "then" | "now"))
            && matches!(
                words[i.saturating_sub(3)..i],
                ["what" | "whats", "is" | "was", "it" | "this" | "that"] | [_, "whats", "it" | "this" | "that"]
            );
        if named {
            return true;
        }
        match words.get(i + 1).copied() {
            Some("it" | "them" | "these" | "those") => words.get(i + 2).is_some_and(|w| *w != "off"),
            Some(next) => adjective(next),
            None => false,
        }
    }

    /// Whom the words of saying at `at` are said to: "say to Trump", "talk
    /// with Merkel", "tell Sarraj"; "say to each other" is the other one
    /// named before.
    fn addressee(&self, words: &[&str], occurrences: &[Occurrence], speaker: &Term, at: usize) -> Option<Term> {
        let someone = |o: &&Occurrence| self.names_someone(&o.term) && &o.term != speaker;
        let after = &words[at + 1..(at + 4).min(words.len())];
        if after.windows(2).any(|p| matches!(p, ["each", "other"] | ["one", "another"])) {
            return occurrences.iter().filter(|o| o.start < at).find(someone).map(|o| o.term.clone());
        }
        let tell = matches!(words[at], "tell" | "tells" | "told" | "telling");
        occurrences.iter().filter(|o| o.start > at && o.start <= at + 3).find(someone).and_then(|o| {
            let to = words[at + 1..o.start].iter().any(|w| matches!(*w, "to" | "with"));
            (to || (tell && o.start == at + 1)).then(|| o.term.clone())
        })
    }

    /// The noun a "which/what" question asks for, when it is no class noun
    /// ([`asked_words`]): the last noun of the words after "which" before a
    /// verb ("which Russian company do…", "which airfield got…"). The
    /// answer must speak of one, however common the word.
    fn asked_heads(&self, words: &[&str], breaks: &[Break]) -> Vec<bool> {
        use crate::knowledge::PartOfSpeech;
        let mut heads = vec![false; words.len()];
        for (i, w) in words.iter().enumerate() {
            // "which russian military company", "the name of the russian
            // contractor company": the noun the question asks a name of.
            let name_of = matches!(*w, "name" | "names") && words.get(i + 1) == Some(&"of");
            if !(matches!(*w, "what" | "which") || name_of) || breaks[i] != Break::None {
                continue;
            }
            let from = if name_of {
                i + 2 + usize::from(matches!(words.get(i + 2), Some(&("the" | "a" | "an"))))
            } else {
                i + 1
            };
            let mut head = None;
            for j in from..(from + 4).min(words.len()) {
                match self.english.lookup(words[j]).map(|(_, p)| p) {
                    _ if is_class_noun(words[j]) || super::kind::is_kind_noun(words[j]) => break,
                    Some(PartOfSpeech::Noun) if !super::message::is_aux(words[j]) => head = Some(j),
                    Some(PartOfSpeech::Adjective) => {}
                    _ => break,
                }
                if breaks[j] != Break::None {
                    break;
                }
            }
            if let Some(j) = head {
                heads[j] = true;
            }
        }
        heads
    }

    /// Where the message names the group's own coursework as a thing of its
    /// own ("when's the essay due", "does anyone have the slides"): "the",
    /// "this", "our" before it, not framing ("for the essay") nor the
    /// article itself ("the reading says…").
    fn coursework_at<'a>(&'a self, words: &'a [&str]) -> impl Iterator<Item = usize> + 'a {
        let determiner = |w: &str| matches!(w, "the" | "this" | "that" | "these" | "those" | "our" | "your");
        let preposition = |w: &str| {
            matches!(w, "for" | "in" | "into" | "on" | "of" | "about" | "from" | "with" | "to" | "at" | "by" | "under")
        };
        (1..words.len()).filter(move |&i| {
            self.coursework.contains(words[i])
                && determiner(words[i - 1])
                && !(i >= 2 && preposition(words[i - 2]))
                && !words.get(i + 1).is_some_and(|n| self.speech.contains(*n) || matches!(*n, "mentions" | "mention"))
        })
    }

    /// The common English word one edit from `word`, if any ([`English::nearest`]).
    fn nearest_english(&self, word: &str) -> Option<String> {
        self.english.nearest(word, NEAREST_ZIPF).map(str::to_string)
    }

    fn push(&self, out: &mut Analysis, term: Term, role: Role, surface: String, known: bool, head: bool) {
        if let Some(t) = out.terms.iter_mut().find(|t| t.term == term) {
            t.role = t.role.max(role);
            return;
        }
        let listed = self.english.lookup(&surface);
        // Only for words the lexicon does not know: a concept it lists
        // ("before", "new") was listed because it matters.
        let zipf = if known { None } else { listed.map(|(z, _)| z) };
        let pos = listed.map(|(_, p)| p);
        let modifier = !known && pos.is_some_and(|p| p.is_modifier());
        let weighty = head || pos == Some(crate::knowledge::PartOfSpeech::Verb);
        let entity = self.entity(&term);
        out.terms.push(QTerm { term, role, surface, entity, zipf, known, modifier, weighty });
    }

    /// "when are the guns supposed to stop", "the fighting will stop": two
    /// concepts a few words apart in one clause that mean a third (the
    /// lexicon's [compounds]) are that one, with the stronger role.
    fn join_compounds(&self, out: &mut Analysis, words: &[String], occurrences: &[Occurrence], clauses: &[Clause]) {
        if self.compounds.is_empty() {
            return;
        }
        let same_clause =
            |a: usize, b: usize| clauses.iter().any(|c| (c.start..c.end).contains(&a) && (c.start..c.end).contains(&b));
        for (n, first) in occurrences.iter().enumerate() {
            let Some(seconds) = self.compounds.get(&first.term) else { continue };
            let joined = occurrences[n + 1..].iter().take_while(|o| o.start <= first.end + 4).find_map(|second| {
                let (_, meaning) = seconds.iter().find(|(s, _)| *s == second.term)?;
                // "an end to hostilities or just a pause": two choices, not one thing.
                let choice = words[first.end..second.start].iter().any(|w| w == "or");
                (same_clause(first.start, second.start) && !choice).then_some((second, meaning))
            });
            let Some((second, meaning)) = joined else { continue };
            let parts = [&first.term, &second.term];
            let role =
                out.terms.iter().filter(|t| parts.contains(&&t.term)).map(|t| t.role).max().unwrap_or(Role::Core);
            let surface =
                format!("{} … {}", words[first.start..first.end].join(" "), words[second.start..second.end].join(" "));
            out.terms.retain(|t| !parts.contains(&&t.term));
            self.push(out, meaning.clone(), role, surface, true, false);
        }
    }

    /// A verb at `i` whose particle follows one to three words later, in the
    /// same clause, where the two make a phrase of the lexicon ("pushed
    /// isis out", "set the brigade up"): the particle's index and the
    /// phrase's meaning. Not when a phrase starts at the verb, or one
    /// between takes the particle ("got kicked out" is "kicked out").
    fn split_phrase_at(&self, forms: &[String], breaks: &[Break], i: usize) -> Option<(usize, Term)> {
        const PARTICLES: &[&str] = &["out", "up", "off", "over", "down", "back", "away"];
        let candidates = self.phrases.get(forms.get(i)?)?;
        // A phrase at the verb, or one between that takes the particle.
        let taken = |j: usize, at: usize| self.phrase_at(&forms[j..]).is_some_and(|(len, _)| j == i || j + len > at);
        let last = (i + 4).min(forms.len().saturating_sub(1));
        (i + 2..=last).take_while(|&at| breaks[at - 1] < Break::Comma).find_map(|at| {
            let particle = forms[at].as_str();
            if !PARTICLES.contains(&particle) || (i..at).any(|j| taken(j, at)) {
                return None;
            }
            let (_, term) = candidates.iter().find(|(tail, _)| tail.len() == 1 && tail[0] == particle)?;
            term.clone().map(|t| (at, t))
        })
    }

    fn phrase_at(&self, forms: &[String]) -> Option<(usize, Option<Term>)> {
        let (first, rest) = forms.split_first()?;
        let candidates = self.phrases.get(first)?;
        candidates
            .iter()
            .find(|(tail, _)| rest.len() >= tail.len() && rest[..tail.len()] == tail[..])
            .map(|(tail, term)| (tail.len() + 1, term.clone()))
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

/// How a word is compared inside phrases: stemmed, without the dots of
/// initials, so "UN-recognized" and "u.n. recognized" meet.
fn phrase_form(word: &str) -> String {
    if word.contains('.') {
        stem(&word.replace('.', ""))
    } else {
        stem(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::kind::Kind;

    fn lexicon() -> Lexicon {
        Lexicon {
            synonyms: vec![
                ("haftar".into(), vec!["hafter".into(), "khalifa".into()]),
                ("ceasefire".into(), vec!["cease fire".into(), "truce".into()]),
                ("nofly".into(), vec!["no-fly".into()]),
            ],
            stopwords: vec!["the".into(), "is".into(), "when".into(), "no".into(), "does".into(), "who".into()],
            chatter: vec!["hi".into()],
            offtopic: vec!["weather".into()],
            framing: vec!["essay".into(), "my".into(), "for".into()],
            spellings: vec![("teh".into(), "the".into()), ("wen".into(), "when".into())],
            types: vec![("person".into(), vec!["haftar".into()])],
            related: vec![],
            titles: vec![],
            compounds: vec![],
            parts: vec![],
            speech: vec!["say".into(), "told".into()],
            help: vec!["help".into(), "how do i use".into()],
            thanks: vec!["thanks".into(), "thank you".into()],
        }
    }

    fn analyzer() -> Analyzer {
        Analyzer::new(&lexicon(), English::shipped())
    }

    #[test]
    fn ed_and_ing_forms_of_words_ending_in_e_are_the_word() {
        assert_eq!(e_less("describe").as_deref(), Some("describ"));
        assert_eq!(stem("described"), "describ");
        assert_eq!(stem("describing"), "describ");
        assert_eq!(e_less("agree"), None, "'agreed' stems to 'agre' through its own rule");
        assert_eq!(e_less("make").as_deref(), Some("mak"), "'making' is 'make'");
        assert_eq!(e_less("see"), None);
    }

    #[test]
    fn a_verb_and_its_particle_around_an_object_are_one_phrase() {
        let mut lexicon = lexicon();
        let phrases = |list: &[&str]| list.iter().map(|p| p.to_string()).collect::<Vec<_>>();
        lexicon.synonyms.push(("expel".into(), phrases(&["pushed out", "kicked out"])));
        lexicon.synonyms.push(("withdraw".into(), phrases(&["got out"])));
        lexicon.synonyms.push(("isis".into(), phrases(&["isis fighters"])));
        let a = Analyzer::new(&lexicon, English::shipped());
        let got = a.analyze("who pushed the isis fighters out of sirte");
        assert_eq!(got.terms[0].term, "expel");
        assert!(!got.term_names().iter().any(|t| t == "push" || t == "out"));
        // A phrase between takes its own particle: "got kicked out".
        let got = a.analyze("who got kicked out of sirte");
        assert!(got.term_names().iter().any(|t| t == "expel"));
        assert!(!got.term_names().iter().any(|t| t == "withdraw"));
    }

    #[test]
    fn synonyms_phrases_and_stopwords() {
        let got = analyzer().analyze("When does the cease-fire start? Hafter's no-fly zone");
        assert_eq!(got.term_names(), ["ceasefire", "start", "haftar", "nofly", "zone"]);
        assert_eq!(got.asks.kind, Kind::When);
        assert_eq!(got.terms[2].entity, Some(EntityType::Person));
    }

    #[test]
    fn chat_spellings_are_fixed_before_the_question_is_read() {
        let got = analyzer().analyze("wen does teh truce start");
        assert_eq!(got.asks.kind, Kind::When);
        assert_eq!(got.term_names(), ["ceasefire", "start"]);
    }

    #[test]
    fn unknown_words_are_offered_for_correction_unless_english() {
        let a = analyzer();
        let got = a.analyze_with("trux hi", |w| (w == "trux").then(|| "truce".to_string()));
        assert_eq!(got.term_names(), ["ceasefire"]);
        assert_eq!(got.chatter, 1);
        let got = a.analyze_with("died", |_| Some("truce".to_string()));
        assert_eq!(got.term_names(), ["died"], "a real English word is no typo");
    }

    #[test]
    fn two_concepts_close_together_in_a_clause_make_their_compound() {
        let mut lexicon = lexicon();
        lexicon.synonyms.extend([
            ("weapon".into(), vec!["guns".into()]),
            ("end".into(), vec!["stop".into()]),
            ("spread".into(), vec![]),
        ]);
        lexicon.compounds = vec![(("weapon".into(), "end".into()), "ceasefire".into())];
        let a = Analyzer::new(&lexicon, English::shipped());
        assert_eq!(a.analyze("when does the guns stop").term_names(), ["ceasefire"]);
        let names = |q: &str| a.analyze(q).term_names();
        let reversed = names("stop the spread of guns");
        assert!(
            reversed.contains(&"weapon".to_string()) && !reversed.contains(&"ceasefire".to_string()),
            "in order only"
        );
        let apart = names("guns is everywhere, so when does it stop");
        assert!(apart.contains(&"weapon".to_string()), "not across clauses: {apart:?}");
    }

    #[test]
    fn help_and_thanks_are_intents_only_alone() {
        let a = analyzer();
        assert_eq!(a.intent("help"), Some(Intent::Help));
        assert_eq!(a.intent("help! how do I use"), Some(Intent::Help));
        assert_eq!(a.intent("thank you!"), Some(Intent::Thanks));
        assert_eq!(a.intent("thanks, when is the truce"), None);
        assert_eq!(a.intent("what helped hafter"), None);
    }

    #[test]
    fn the_speaker_of_a_question_and_of_a_passage() {
        let a = analyzer();
        assert_eq!(a.analyze("what did hafter say about the truce").speaker.as_deref(), Some("haftar"));
        assert_eq!(a.analyze("what did the truce say").speaker, None);
        assert_eq!(a.analyze("what was hafter told about the truce").speaker, None, "Hafter is spoken to");
        // A title the article gives someone speaks as that someone.
        let mut lexicon = lexicon();
        lexicon.synonyms.extend([
            ("usa".into(), vec!["american".into()]),
            ("turkey".into(), vec!["turkish".into()]),
            ("president".into(), vec![]),
        ]);
        lexicon.types.extend([
            ("person".into(), vec!["trump".into(), "erdogan".into()]),
            ("country".into(), vec!["usa".into(), "turkey".into()]),
            ("title".into(), vec!["president".into()]),
        ]);
        lexicon.titles = vec![
            (("president".into(), "usa".into()), "trump".into()),
            (("president".into(), "turkey".into()), "erdogan".into()),
        ];
        let t = Analyzer::new(&lexicon, English::shipped());
        let q = t.analyze("did the american president say anything to the turkish president");
        assert_eq!(q.speaker.as_deref(), Some("trump"), "{q:?}");
        let speakers = |t: &str| relations::of_passage(&a, t).speakers;
        assert_eq!(speakers("Hafter told the press. Nobody said a word."), ["haftar"]);
        assert!(speakers("They said Hafter left.").is_empty());
        assert_eq!(speakers("Hafter called for a truce."), ["haftar"]);
        assert!(speakers("Deals with Hafter were made, the press said.").is_empty(), "Hafter is an object");
        assert!(speakers("His tribe is called Hafter.").is_empty());
    }

    #[test]
    fn the_thing_counted_is_the_head_of_its_phrase() {
        let a = analyzer();
        assert_eq!(a.analyze("how many separate deals did they sign").counted.as_deref(), Some("deal"));
        assert_eq!(a.analyze("how many deals signed by turkey were rejected").counted.as_deref(), Some("deal"));
    }

    #[test]
    fn what_a_call_includes_is_asked() {
        let got = analyzer().analyze("what did the joint call include besides the ceasefire");
        assert!(got.terms.iter().all(|q| q.surface != "include"));
        let got = analyzer().analyze("does the brigade include tribes");
        assert!(got.terms.iter().any(|q| q.surface == "include"));
    }

    #[test]
    fn framing_is_context_and_weighs_nothing() {
        let got = analyzer().analyze("for my essay: who backs hafter? i skimmed it on the bus");
        let role = |t: &str| got.terms.iter().find(|q| q.term == t).map(|q| q.role);
        assert_eq!(role("haftar"), Some(Role::Core));
        assert_eq!(role("bus"), Some(Role::Context));
        assert_eq!(role("essay"), None);
    }
}
