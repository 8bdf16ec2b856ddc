//! From text to terms: the one place that decides which words of a
//! question matter, what they mean, and how much the answer must account
//! for each.

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::Arc;

use super::kind::{Asks, Kind};
use super::message::{Clause, Role};
use super::relations::Occurrence;
use crate::knowledge::{English, Lexicon};

mod asking;
mod naming;
mod reading;
mod refine;
mod terms;
mod titles;
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

    /// Whether it is a proper name (not a time or a title).
    pub fn is_name(self) -> bool {
        self.answers_who() || self.answers_where()
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
    /// What the question asks for: the noun of "which firm", the quality
    /// of "how big". An answer that leaves it out does not answer.
    pub asked: bool,
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
    /// What the asker sets aside as not the answer: "besides a ceasefire,
    /// what did they want" (see [`crate::engine::message::set_aside`]).
    pub excluded: Vec<Term>,
    /// What it sets aside is only set against what it asks about ("…for
    /// the region, not just libya"): it does not ask what else there is.
    pub contrasted: bool,
    /// The deed a "who" question asks the doer of ("who commands the
    /// brigade": command): a passage without it names someone else.
    pub deed: Option<Term>,
    /// The change a question asks what came before ("before it got
    /// extended": extend): a passage that tells of the change tells what
    /// came after it.
    pub prior: Option<Term>,
    /// Not a question about the article: a request for help, or thanks.
    pub intent: Option<Intent>,
    /// The thing whose name it asks, by its common nouns: "what is the
    /// contractor group called" (see [`Analyzer::gives_a_name`]).
    pub named: Vec<Term>,
    /// What it asks of them is which ones are in the whole it names:
    /// "which oil fields are in the oil crescent".
    pub members: bool,
    /// The one of that kind it sets aside, when it asks for another:
    /// "the second deal, besides the maritime one".
    pub besides: Vec<Term>,
    /// Where it talks to the group about the group's own work ("someone
    /// take notes", "i'll do the greece part"): the words' positions.
    pub group_talk: Vec<usize>,
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
/// A phrase of the group organising its work ("take notes").
const LOGISTICS: &str = "\u{1}logistics";

/// The lexicon's concept of a summary ("in a nutshell", "sum it up").
const SUMMARY: &str = "summary";

/// The lexicon's concept of what something means for someone ("a big
/// deal", "important").
const SIGNIFICANCE: &str = "significance";
/// The concept of calling for something, which another's wanting is.
const CALL: &str = "call";
/// The concept of telling someone something, which giving them a line is.
const TELL: &str = "tell";

/// Applies the lexicon. Built once per knowledge base and shared by every
/// engine built from it.
#[derive(Debug, Default, serde::Serialize, serde::Deserialize)]
pub struct Analyzer {
    pub english: Arc<English>,
    /// Stem or surface word -> what the lexicon lists it as: a canonical
    /// term, a stop word, chatter or another subject; one look-up a form.
    listed: HashMap<String, Listed>,
    /// A phrase's first word (stemmed, without dots) -> the rest of each
    /// phrase starting with it and the canonical term, or `None` for a
    /// phrase that means nothing ("going on"); longest first.
    phrases: HashMap<String, Vec<Phrase>>,
    /// The first two words of every phrase, as [`pair_key`]s: most words
    /// start none, and this says so with one small look-up, before the
    /// phrases starting with the word are compared.
    phrase_starts: HashSet<u64>,
    longest_phrase: usize,
    /// Every word that appears in a phrase: known, so never "corrected"
    /// ("field" of "field marshal" is not a typo of "filed").
    phrase_words: HashSet<String>,
    /// The study group's own things among the framing words: "essay",
    /// "slides", "exam" (single nouns).
    coursework: HashSet<String>,
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
    /// A concept that means another beside a third (the lexicon's
    /// [senses]): (the concept, the context, the meaning). A handful, so
    /// a list: comparing a term with each costs less than hashing it.
    senses: Vec<(String, String, String)>,
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

/// What the lexicon lists a word form as, in the order [`Analyzer::word`]
/// trusts: a concept's word before a stop word, chatter or another subject.
#[derive(Debug, Clone, serde::Serialize, serde::Deserialize)]
enum Listed {
    Term(Term),
    Stop,
    Chatter,
    OffTopic,
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
        // Stem or surface word -> canonical term; the stop words, chatter
        // and other subjects' words; merged into `listed` at the end.
        let mut words: HashMap<String, Term> = HashMap::default();
        let mut stopwords: HashSet<String> = HashSet::default();
        let mut chatter: HashSet<String> = HashSet::default();
        let mut offtopic: HashSet<String> = HashSet::default();
        // The words the lexicon lists as they are, and those reached only
        // by stemming off another's final e ("plan" from "plane").
        let mut listed: HashSet<String> = HashSet::default();
        let mut e_dropped: HashSet<String> = HashSet::default();
        for (concept, members) in &lexicon.synonyms {
            let canonical = concept.to_lowercase();
            for member in members.iter().chain(std::iter::once(&canonical)) {
                let toks = tokens(member);
                if toks.len() == 1 {
                    if let Some(base) = e_less(&toks[0].text) {
                        e_dropped.insert(base.clone());
                        words.entry(base).or_insert_with(|| canonical.clone());
                    }
                    words.insert(stem(&toks[0].text), canonical.clone());
                    words.insert(toks[0].text.clone(), canonical.clone());
                    listed.insert(toks[0].text.clone());
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
                stopwords.extend(e_less(&toks[0].text));
                stopwords.insert(stem(&toks[0].text));
                // A stop word as listed is one, though a concept's word is
                // it with an e: "plan" is not "plane".
                if e_dropped.contains(&toks[0].text) && !listed.contains(&toks[0].text) {
                    words.remove(&toks[0].text);
                }
                stopwords.insert(toks[0].text.clone());
            } else {
                a.add_phrase(&toks, None);
            }
        }
        // A phrase of small talk ("are you a bot") or of another subject
        // ("worth visiting") is matched whole, not word by word.
        // A single word of it ("brb") is chatter.
        for (words, marker) in
            [(&lexicon.chatter, CHATTER), (&lexicon.offtopic, OFFTOPIC), (&lexicon.logistics, LOGISTICS)]
        {
            for w in words {
                let toks = tokens(w);
                match toks.as_slice() {
                    [one] => {
                        let set = if marker == OFFTOPIC { &mut offtopic } else { &mut chatter };
                        set.insert(stem(&one.text));
                        set.insert(one.text.clone());
                    }
                    _ => a.add_phrase(&toks, Some(marker.to_string())),
                }
            }
        }
        // Each form once, as the first list in `word`'s order that has it.
        for (set, listed) in [(offtopic, Listed::OffTopic), (chatter, Listed::Chatter), (stopwords, Listed::Stop)] {
            a.listed.extend(set.into_iter().map(|w| (w, listed.clone())));
        }
        a.listed.extend(words.into_iter().map(|(w, t)| (w, Listed::Term(t))));
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
        a.senses = lexicon
            .senses
            .iter()
            .map(|((concept, context), m)| (concept.clone(), context.clone(), m.clone()))
            .collect();
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
        let mut known: Vec<String> = self
            .listed
            .iter()
            .filter(|(_, l)| matches!(l, Listed::Term(_) | Listed::Stop))
            .map(|(w, _)| w.clone())
            .collect();
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
            self.phrase_starts.insert(pair_key(&key[0], &key[1]));
            let list = self.phrases.entry(key[0].clone()).or_default();
            let rest = key[1..].to_vec();
            match list.iter_mut().find(|(r, _)| *r == rest) {
                Some(existing) => existing.1 = meaning,
                None => list.push((rest, meaning)),
            }
            list.sort_by_key(|(r, _)| std::cmp::Reverse(r.len()));
        }
    }

    /// Whether a term is a word of saying ("statement", "comment").
    pub fn is_saying(&self, term: &str) -> bool {
        self.speech.contains(term)
    }

    /// Whether word `i` is a word of saying: one of the lexicon's, or
    /// "call" in "called for", "call on" (not "is called").
    pub fn is_speech_at(&self, words: &[&str], i: usize) -> bool {
        let w = words[i];
        self.spoken_at(words, i, self.speech.contains(w) || self.speech.contains(&*stem_cow(w)))
    }

    /// [`Self::is_speech_at`], told whether the word is one of the
    /// lexicon's words of saying (itself or its stem), as a question's
    /// reading already knows.
    pub(super) fn spoken_at(&self, words: &[&str], i: usize, listed: bool) -> bool {
        let w = words[i];
        let call = matches!(w, "call" | "calls" | "called" | "calling")
            && words.get(i + 1).is_some_and(|n| matches!(*n, "for" | "on" | "upon" | "jointly"));
        // "what did putin make of trump's remark": what he thought of it.
        let made_of = matches!(w, "make" | "made")
            && words.get(i + 1) == Some(&"of")
            && words[..i].iter().any(|w| matches!(*w, "what" | "whats"));
        if !listed && !call && !made_of {
            return false;
        }
        // "the UN got asked", "what was Sarraj told": the one before a
        // participle is spoken to, not speaking; "what was turkey's
        // response" (a noun) asks Turkey's words.
        let participle = w.ends_with("ed") || matches!(w, "said" | "told" | "written");
        let before = &words[i.saturating_sub(3)..i];
        let passive = participle
            && (before.iter().any(|w| matches!(*w, "was" | "were" | "been" | "being" | "get" | "gets" | "got" | "getting"))
                // "how is the brigade described": a participle after "is".
                || words[i.saturating_sub(5)..i].iter().any(|w| matches!(*w, "is" | "are")));
        // "egypt getting more say": a say is influence, not words.
        let influence = w == "say" && i > 0 && matches!(words[i - 1], "more" | "a" | "any" | "no" | "some" | "less");
        !passive && !influence
    }

    /// Whether a word reads as a verb: the English word list says so, or
    /// it is a past tense ("intensified") or a common irregular verb.
    pub fn is_verb(&self, word: &str) -> bool {
        use crate::knowledge::PartOfSpeech;
        let irregular = is_irregular_verb(word);
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

    /// The people a passage names with a given name before their own
    /// ("President Recep Erdogan", "Khalifa Haftar’s"): a capitalised word
    /// the knowledge base does not know (or knows as the same person) right
    /// before one it knows as a person. "Prime Minister Conte" gives none,
    /// so "what is Conte's first name" is not answered by it.
    pub fn given_names(&self, text: &str) -> Vec<Term> {
        let capitalised = |w: &str| w.chars().next().is_some_and(char::is_uppercase);
        // Lower case, possessive dropped; of "al-Serraj", "serraj".
        let bare = |w: &str| self.words(w).0.pop().unwrap_or_default();
        let raw: Vec<&str> = text.split_whitespace().collect();
        let mut given = Vec::new();
        for pair in raw.windows(2) {
            let (before, name) = (pair[0], pair[1]);
            // "Tripoli, Haftar": a name after a stop is not given one.
            if !capitalised(before) || !capitalised(name) || !before.ends_with(char::is_alphanumeric) {
                continue;
            }
            let name = bare(name);
            let person = match self.word(&name, &stem_cow(&name)) {
                WordClass::Term(t) if self.entity(&t) == Some(EntityType::Person) => t,
                _ => continue,
            };
            let before = bare(before);
            let given_name = match self.word(&before, &stem_cow(&before)) {
                WordClass::Unknown(_) => !self.english.zipf(&before).is_some_and(|z| z >= 5.0),
                WordClass::Term(t) => t == person,
                _ => false,
            };
            if given_name && !given.contains(&person) {
                given.push(person);
            }
        }
        given
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
            crate::knowledge::BlockKind::Heading => "subheading",
            crate::knowledge::BlockKind::Paragraph => return None,
        };
        self.parts.get(name).map(String::as_str)
    }

    /// The concepts that stand for a term in the article's world.
    pub fn related(&self, term: &str) -> &[String] {
        self.related.get(term).map_or(&[], Vec::as_slice)
    }

    /// Whether a word of a question is a person's name.
    fn is_person(&self, class: &WordClass) -> bool {
        self.entity_of(class) == Some(EntityType::Person)
    }

    /// What a word of a question names, if it is a name.
    fn entity_of(&self, class: &WordClass) -> Option<EntityType> {
        match class {
            WordClass::Term(t) => self.entity(t),
            _ => None,
        }
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
    /// `correct`'s owner. In stages: the words read, what is asked, the
    /// terms, the titles, and the rules that read the whole question.
    pub fn analyze_with(&self, text: &str, correct: impl Fn(&str) -> Option<String>) -> Analysis {
        let mut reading = self.read(text, correct);
        let asking = self.asking(&reading);
        // A word that means something and is none of the lists' rules out
        // help and thanks at once, with no phrase looked up.
        let listed = |(w, c): (&String, &WordClass)| {
            matches!(c, WordClass::Stop | WordClass::Chatter) || self.intent_words.contains(w)
        };
        let intent = reading.words.iter().zip(&reading.classes).all(listed).then(|| self.intent_of(&reading.words));
        let mut out = Analysis { asks: asking.asks, intent: intent.flatten(), ..Analysis::default() };
        let occurrences = self.find_terms(&mut out, &mut reading, &asking);
        self.bind_titles(&mut out, &reading.words, &asking.roles, &occurrences);
        self.refine(&mut out, &reading, &asking, &occurrences);
        if out.asks.kind != Kind::Who {
            out.named = self.name_asked(&reading, &occurrences);
            if out.named.is_empty() {
                (out.named, out.besides) = self.other_asked(&reading, &occurrences);
            }
            if out.named.is_empty() {
                out.named = self.members_asked(&reading, &occurrences);
                out.members = !out.named.is_empty();
            }
        }
        out.clauses = asking.clauses;
        out.words = reading.words;
        out
    }

    fn phrase_at(&self, forms: &[String]) -> Option<(usize, Option<Term>)> {
        let (first, rest) = forms.split_first()?;
        if !self.phrase_starts.contains(&pair_key(first, rest.first()?)) {
            return None;
        }
        let candidates = self.phrases.get(first)?;
        candidates
            .iter()
            .find(|(tail, _)| rest.len() >= tail.len() && rest[..tail.len()] == tail[..])
            .map(|(tail, term)| (tail.len() + 1, term.clone()))
    }

    /// Classifies a word, trusting its surface form before its stem, so
    /// "according" stays a stop word although its stem "accord" means a deal.
    fn word(&self, surface: &str, stemmed: &str) -> WordClass {
        if crate::engine::message::is_item_label(surface) {
            return WordClass::Stop;
        }
        for form in [surface, stemmed] {
            match self.listed.get(form) {
                Some(Listed::Term(t)) => return WordClass::Term(t.clone()),
                Some(Listed::Stop) => return WordClass::Stop,
                Some(Listed::Chatter) => return WordClass::Chatter,
                Some(Listed::OffTopic) => return WordClass::OffTopic,
                None => {}
            }
        }
        WordClass::Unknown(stemmed.to_string())
    }
}

/// Two words as one number (FNV-1a over their bytes, apart): the same on
/// every platform, as the built-in snapshot of an analyzer must be.
/// Different pairs may share a number, so it only rules phrases out.
fn pair_key(first: &str, second: &str) -> u64 {
    let bytes = first.bytes().chain(std::iter::once(0xff)).chain(second.bytes());
    bytes.fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
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
mod tests;

/// Common verbs whose past does not end in "-ed": "met", "sat", "took".
pub(super) fn is_irregular_verb(word: &str) -> bool {
    matches!(
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
            | "sat"
    )
}
