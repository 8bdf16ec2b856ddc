//! The searchable form of a knowledge base: term weights, postings from
//! terms to entries, and each entry's and sentence's analysed text.

use std::sync::Arc;

use rustc_hash::FxHashMap;

use super::analyze::{Analyzer, EntityType, Term};
use super::kind::{Asks, Grain, Kind, Kinds, Provides};
use super::relations::{self, Occurrence};
use super::vocabulary::Vocabulary;
use crate::knowledge::{Article, Entry, Source};

/// What a candidate answer (an entry's quotes, or a sentence) can say: the
/// times, numbers and reasons in its text, and the names it mentions.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Offer {
    pub provides: Provides,
    /// Term ids of the people, groups, countries and places it names.
    pub names: Vec<(u32, EntityType)>,
    /// Those it names only after a "whether" (see `before_whether`): not
    /// said to have done what the passage says.
    pub doubted: Vec<u32>,
    /// Term ids of those it reports as saying something, sorted.
    pub speakers: Vec<u32>,
    /// (speaker, addressee) term ids: who it reports speaking to whom.
    pub addressed: Vec<(u32, u32)>,
    /// (title, holder) term ids: "Turkish foreign minister".
    pub bindings: Vec<(u32, u32)>,
    /// Term ids of what it counts ("the four countries").
    pub counts: Vec<u32>,
    /// Term ids that stand near a time in its text ("announced … today"):
    /// what the times it gives are the times of.
    pub timed: Vec<u32>,
    /// Every term id of its text, sorted.
    pub said: Vec<u32>,
    /// Term ids of the places and countries its quotes put something in
    /// ("in Istanbul"), sorted: what it can answer "where" with.
    pub located: Vec<u32>,
    /// Term ids of its quotes that no place stands near (see
    /// [`relations::Relations::placed`]), sorted: what the places it gives
    /// are not the places of.
    pub unplaced: Vec<u32>,
    /// Term ids of its quotes that only an occasion places (see
    /// [`relations::Relations::at_venue`]), sorted.
    pub at_venue: Vec<u32>,
    /// The name ids of each clause of its quotes (see
    /// [`relations::clauses`]): "who did Serraj meet" needs someone new in
    /// a clause with Serraj, when a clause names him.
    pub clauses: Vec<Vec<(u32, EntityType)>>,
    /// Term ids its quotes name only as a cause ("put down to … turning
    /// on"), sorted: a "why" about them is not answered by it.
    pub causes: Vec<u32>,
    /// Term ids of the people it names only as owners of something
    /// ("Qaddafi's tribe"), sorted: it does not say who they are.
    pub possessed: Vec<u32>,
    /// Term ids its quotes name beside others, joined by "and" or "or"
    /// (see [`relations::Relations::coordinated`]), sorted.
    pub coordinated: Vec<u32>,
    /// Term ids of the people its quotes name with a given name ("Recep
    /// Erdogan"; see [`Analyzer::given_names`]), sorted.
    pub given: Vec<u32>,
}

/// Adds a name once.
fn add_name(names: &mut Vec<(u32, EntityType)>, id: u32, ty: EntityType) {
    if !names.iter().any(|&(n, _)| n == id) {
        names.push((id, ty));
    }
}

/// How often a text names someone, and how often only as an owner.
#[derive(Default)]
struct Mentions {
    all: usize,
    owned: usize,
}

impl Mentions {
    /// The tally of person `id`, started if new.
    fn of(tallies: &mut Vec<(u32, Mentions)>, id: u32) -> &mut Mentions {
        let at = match tallies.iter().position(|(n, _)| *n == id) {
            Some(at) => at,
            None => {
                tallies.push((id, Mentions::default()));
                tallies.len() - 1
            }
        };
        &mut tallies[at].1
    }
}

/// The names a text gives as owners ("Qaddafi’s tribe"): the words before
/// a possessive "’s", which the tokens drop.
fn owners<'a>(text: &'a str, analyzer: &'a Analyzer) -> impl Iterator<Item = Occurrence> + 'a {
    text.split_whitespace()
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
        .filter_map(|w| w.strip_suffix("’s").or_else(|| w.strip_suffix("'s")))
        .flat_map(|w| analyzer.occurrences(&analyzer.words(w).0))
}

/// Whether a quote opens with a pronoun ("They had controlled…").
fn opens_with_pronoun(text: &str) -> bool {
    let mut words = text.split_whitespace().map(str::to_lowercase);
    let first = words.next().unwrap_or_default();
    // "The four countries said…": a number of them, named before.
    let mut counted = || {
        first == "the"
            && words.next().is_some_and(|n| matches!(n.as_str(), "two" | "three" | "four" | "five" | "six"))
            && words.next().is_some_and(|noun| noun.ends_with('s'))
    };
    matches!(first.as_str(), "he" | "she" | "they" | "his" | "her" | "their") || counted()
}

/// Whether a quote ends by saying whose words it gives with a pronoun:
/// "…, their statement said.", "…, he added.".
pub(crate) fn ends_with_pronoun_speaker(text: &str) -> bool {
    let Some((_, tail)) = text.rsplit_once(", ") else { return false };
    let mut words = tail.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()));
    let is = |w: &str, of: &[&str]| of.iter().any(|o| w.eq_ignore_ascii_case(o));
    let (Some(first), Some(_)) = (words.next(), words.next()) else { return false };
    match (words.next(), words.next()) {
        (None, _) => is(first, &["he", "she", "they"]),
        (Some(_), None) => is(first, &["his", "her", "their"]),
        _ => false,
    }
}

/// A text up to a "whether", which puts what follows in doubt.
fn before_whether(text: &str) -> &str {
    text.find(" whether ").map_or(text, |at| &text[..at])
}

impl Offer {
    /// What `texts` (quotes) offer; `also_said` is curated text about them
    /// (an entry's answer), which may name who speaks or who holds a title
    /// where the quote says "he".
    fn of(texts: &[&str], also_said: Option<&str>, analyzer: &Analyzer, vocabulary: &Vocabulary) -> Offer {
        let mut offer = Offer::default();
        let id = |t: &Term| vocabulary.intern_all(std::slice::from_ref(t)).first().copied();
        // The names of the curated text, for quotes that say "they".
        let referred = texts.iter().any(|t| opens_with_pronoun(t) || ends_with_pronoun_speaker(t));
        let referents: Vec<(u32, EntityType)> = also_said
            .filter(|_| referred)
            .map(|t| analyzer.analyze(t).terms.iter().filter_map(|t| Some((id(&t.term)?, t.entity?))).collect())
            .unwrap_or_default();
        let mut speakers = Vec::new();
        let mut placed = Vec::new();
        let (mut at_venue, mut by_place) = (Vec::new(), Vec::new());
        let mut explained = Vec::new();
        // Each person named: how often, and how often as an owner.
        let mut mentions: Vec<(u32, Mentions)> = Vec::new();
        for (k, &text) in texts.iter().chain(also_said.as_slice()).enumerate() {
            let r = relations::of_passage(analyzer, text);
            speakers.extend(r.speakers);
            offer.bindings.extend(r.bindings.iter().filter_map(|(t, h)| id(t).zip(id(h))));
            offer.addressed.extend(r.addressed.iter().filter_map(|(s, a)| id(s).zip(id(a))));
            offer.counts.extend(r.counts.iter().filter_map(id));
            offer.timed.extend(r.timed.iter().filter_map(id));
            // Where things are is read from the quotes, not the curated text.
            if k < texts.len() {
                offer.located.extend(r.located.iter().filter_map(id));
                placed.extend(r.placed.iter().filter_map(id));
                at_venue.extend(r.at_venue.iter().filter_map(id));
                by_place.extend(r.placed.iter().filter(|t| !r.at_venue.contains(t)).filter_map(id));
                // "reports conflicted on whether Serraj was going to meet
                // Conte": who is named only after "whether" is not said to
                // have done it, in no clause of the passage.
                let head = before_whether(text);
                let doubted: Vec<u32> = if head.len() < text.len() {
                    let sure: Vec<u32> = analyzer.analyze(head).terms.iter().filter_map(|t| id(&t.term)).collect();
                    let tail = analyzer.analyze(&text[head.len()..]).terms;
                    tail.iter().filter_map(|t| id(&t.term)).filter(|d| !sure.contains(d)).collect()
                } else {
                    Vec::new()
                };
                let mut clauses: Vec<Vec<(u32, EntityType)>> = r
                    .clauses
                    .iter()
                    .map(|c| {
                        c.iter().filter_map(|(t, e)| Some((id(t)?, *e))).filter(|(n, _)| !doubted.contains(n)).collect()
                    })
                    .collect();
                offer.doubted.extend(doubted);
                // "They had controlled Sirte since…": a quote that opens with
                // a pronoun names whom it means through the curated text.
                if let (true, Some(first)) = (opens_with_pronoun(text), clauses.first_mut()) {
                    first.extend(referents.iter().copied());
                }
                // "…, their statement said.": so does one that ends so.
                if let (true, Some(last)) = (ends_with_pronoun_speaker(text), clauses.last_mut()) {
                    last.extend(referents.iter().copied());
                }
                offer.clauses.extend(clauses);
            }
            let said = analyzer.occurrences(&analyzer.words(text).0);
            if k < texts.len() {
                offer.unplaced.extend(said.iter().filter_map(|o| id(&o.term)));
                let causes: Vec<u32> = r.causes.iter().filter_map(id).collect();
                explained.extend(said.iter().filter_map(|o| id(&o.term)).filter(|t| !causes.contains(t)));
                offer.causes.extend(causes);
                offer.coordinated.extend(r.coordinated.iter().filter_map(id));
                offer.given.extend(analyzer.given_names(text).iter().filter_map(id));
            }
            offer.said.extend(said.iter().filter_map(|o| id(&o.term)));
            let person = |o: &Occurrence| o.entity.filter(|&e| e == EntityType::Person).and_then(|_| id(&o.term));
            for n in said.iter().filter_map(person) {
                Mentions::of(&mut mentions, n).all += 1;
            }
            for n in owners(text, analyzer).filter_map(|o| person(&o)) {
                Mentions::of(&mut mentions, n).owned += 1;
            }
        }
        offer.possessed = mentions.iter().filter(|(_, m)| m.owned > 0 && m.owned >= m.all).map(|&(n, _)| n).collect();
        offer.possessed.sort_unstable();
        for &text in texts {
            offer.provides |= Provides::of(text);
            for t in analyzer.analyze(text).terms {
                if let (Some(ty), Some(id)) = (t.entity, id(&t.term)) {
                    add_name(&mut offer.names, id, ty);
                }
            }
        }
        for &(id, ty) in &referents {
            add_name(&mut offer.names, id, ty);
        }
        offer.timed.sort_unstable();
        offer.timed.dedup();
        offer.said.sort_unstable();
        offer.said.dedup();
        offer.located.sort_unstable();
        offer.located.dedup();
        placed.sort_unstable();
        offer.unplaced.retain(|t| placed.binary_search(t).is_err());
        offer.unplaced.sort_unstable();
        offer.unplaced.dedup();
        by_place.sort_unstable();
        at_venue.retain(|t| by_place.binary_search(t).is_err());
        at_venue.sort_unstable();
        at_venue.dedup();
        offer.at_venue = at_venue;
        explained.sort_unstable();
        offer.causes.retain(|t| explained.binary_search(t).is_err());
        offer.causes.sort_unstable();
        offer.causes.dedup();
        offer.coordinated.sort_unstable();
        offer.coordinated.dedup();
        offer.given.sort_unstable();
        offer.given.dedup();
        offer.speakers = speakers.iter().filter_map(id).collect();
        offer.speakers.sort_unstable();
        offer.speakers.dedup();
        offer
    }

    /// Whether it reports `speaker` (or one that stands for it) as saying
    /// something: "what did Merkel say" is not answered by Trump's words.
    pub fn quotes_speaker(&self, speaker: u32, related: &[u32]) -> bool {
        std::iter::once(&speaker).chain(related).any(|id| self.speakers.binary_search(id).is_ok())
    }

    /// Whether it reports one of `talkers` saying something, or anyone
    /// when `talkers` is empty.
    pub fn quotes_any_speaker(&self, talkers: &[u32]) -> bool {
        if talkers.is_empty() {
            return !self.speakers.is_empty();
        }
        talkers.iter().any(|id| self.speakers.binary_search(id).is_ok())
    }

    /// Whether it reports `speaker` speaking to `addressee` (or ones that
    /// stand for them): "what did Putin say to Trump?" is not answered by
    /// Putin's call with Erdogan.
    pub fn addresses(&self, speaker: &[u32], addressee: &[u32]) -> bool {
        self.addressed.iter().any(|(s, a)| speaker.contains(s) && addressee.contains(a))
    }

    /// Whether it says who holds `title` as `holder` (or one that stands
    /// for either): "the Algerian foreign minister" is not answered by the
    /// Turkish one.
    pub fn binds(&self, title: &[u32], holder: &[u32]) -> bool {
        self.bindings.iter().any(|(t, h)| title.contains(t) && holder.contains(h))
    }

    /// Whether its quotes name `term` beside others, joined by "and" or
    /// "or": "besides Jufra, what else…" may be answered by the rest.
    pub fn lists_with_others(&self, term: u32) -> bool {
        self.coordinated.binary_search(&term).is_ok()
    }

    /// Whether it names every one of `events` it names at all only as a
    /// cause: "why did the brigade turn?" is not answered by a passage
    /// that puts the takeover down to the turning.
    pub fn only_causes(&self, events: &[u32]) -> bool {
        let mut present = events.iter().filter(|e| self.said.binary_search(e).is_ok()).peekable();
        present.peek().is_some() && present.all(|e| self.causes.binary_search(e).is_ok())
    }

    /// Whether a time it gives is the time of every one of `events` it
    /// names (or it names none of them): "when are the peace talks" is not
    /// answered by "after talks … today, … called for … peace talks",
    /// where "today" times the talks but not the peace.
    pub fn times_any(&self, events: &[u32]) -> bool {
        let mut present = events.iter().filter(|e| self.said.binary_search(e).is_ok()).peekable();
        present.peek().is_none() || present.all(|e| self.timed.binary_search(e).is_ok())
    }

    /// Whether a place it gives is the place of every one of `events` its
    /// quotes name (or they name none of them): "where are the peace talks" is
    /// not answered by "after talks … in Istanbul today, … called for …,
    /// and U.N.-sponsored peace talks". When the question names an
    /// occasion, being at one places nothing: "where did Trump hold the
    /// press conference" is not answered by "at a press conference".
    pub fn places_any(&self, events: &[u32], occasion: bool) -> bool {
        let unplaced =
            |e: &u32| self.unplaced.binary_search(e).is_ok() || occasion && self.at_venue.binary_search(e).is_ok();
        !events.iter().any(unplaced)
    }

    /// Whether it counts `what` (or one that stands for it): "how many
    /// troops" is not answered by "the two sides".
    pub fn counts_any(&self, what: &[u32]) -> bool {
        self.counts.iter().any(|c| what.contains(c))
    }

    /// Whether this can answer what the question asks, by its text alone:
    /// a time for "when", a name the question does not already give for
    /// "who" and "where", and so on. `in_question` tells the question's
    /// own terms.
    pub fn answers(&self, asks: Asks, in_question: impl Fn(u32) -> bool) -> bool {
        let p = self.provides;
        // "what is Conte's first name": not answered by a passage that
        // names him without one. One that names no one the question
        // names ("the full name of Haftar's army") is read as any other.
        if asks.grain == Some(Grain::GivenName) {
            let bare = |&(id, ty): &(u32, EntityType)| {
                ty == EntityType::Person && in_question(id) && self.given.binary_search(&id).is_err()
            };
            if self.names.iter().any(bare) {
                return false;
            }
            return self.answers(Asks { grain: None, ..asks }, in_question);
        }
        if let Some(grain) = asks.grain {
            return p.grain(grain);
        }
        // Someone new for "who", beside someone the question names when a
        // clause names them (a person, group or country) ("who did Serraj meet" is not answered by
        // "Serraj visited the EU and Hafter met Conte"); else anywhere.
        let new_name = |fits: fn(EntityType) -> bool| {
            let new = |c: &[(u32, EntityType)]| c.iter().any(|&(id, ty)| fits(ty) && !in_question(id));
            let anchors = |c: &&Vec<(u32, EntityType)>| c.iter().any(|&(id, ty)| ty.answers_who() && in_question(id));
            let mut anchored = self.clauses.iter().filter(anchors).peekable();
            if anchored.peek().is_some() {
                anchored.any(|c| new(c))
            } else {
                self.names.iter().any(|&(id, ty)| fits(ty) && !in_question(id) && !self.doubted.contains(&id))
            }
        };
        if asks.person {
            return new_name(|ty| ty == EntityType::Person);
        }
        match asks.kind {
            Kind::Open => true,
            Kind::When => p.time(),
            Kind::HowLong => p.duration,
            Kind::HowMany => p.number,
            Kind::Why => p.reason,
            Kind::Who => new_name(EntityType::answers_who),
            Kind::Where => self.located.iter().any(|&id| !in_question(id)),
        }
    }
}

/// An entry analysed once, its terms numbered, so rebuilding an index after
/// a change costs only the merging of already-analysed entries.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct CompiledEntry {
    pub entry: Arc<Entry>,
    /// Each term of the example questions, sorted, with the examples that
    /// use it as bits (an entry has at most 50 examples, see
    /// `knowledge::limits::QUESTIONS`): one look-up per question term finds
    /// every example it is in.
    example_terms: Vec<(u32, u64)>,
    /// How many example questions there are.
    example_count: usize,
    example_kinds: Vec<Kind>,
    /// Every term of the entry (examples, topic, answer, quotes), sorted.
    bag: Vec<u32>,
    /// The terms of what the entry states (topic, answer, quotes), sorted.
    stated: Vec<u32>,
    kinds: Kinds,
    offer: Offer,
    /// Names the article gives around the entry's quotes (their paragraphs
    /// and the ones before), sorted: "their statement" in one paragraph is
    /// Turkey's and Russia's from the paragraph before.
    context: Vec<u32>,
}

impl CompiledEntry {
    pub fn new(
        analyzer: &Analyzer,
        vocabulary: &Vocabulary,
        article: &ArticleIndex,
        entry: Arc<Entry>,
    ) -> CompiledEntry {
        let mut kinds = Kinds::default();
        let mut bag: Vec<u32> = Vec::new();
        let mut examples = Vec::with_capacity(entry.spec.questions.len());
        let mut example_kinds = Vec::with_capacity(entry.spec.questions.len());
        for q in &entry.spec.questions {
            let a = analyzer.analyze(q);
            kinds.insert(a.asks.kind);
            example_kinds.push(a.asks.kind);
            let mut ids = vocabulary.intern_all(&a.term_names());
            bag.extend_from_slice(&ids);
            ids.sort_unstable();
            ids.dedup();
            examples.push(ids);
        }
        let spec = &entry.spec;
        // A section heading states that it is one, not what it names (its
        // words are the section's, and would weigh as if said here).
        let quotes = entry.quotes.iter().filter(|q| !q.is_heading()).map(|q| q.text.as_str());
        let mut stated: Vec<u32> = Vec::new();
        for text in [spec.topic.as_str(), spec.answer.as_str()].into_iter().chain(quotes) {
            stated.extend(vocabulary.intern_all(&analyzer.analyze(text).term_names()));
        }
        // A quote of the byline states the author, as its sentence does.
        stated.extend(entry.quotes.iter().filter_map(|q| article.part(q.at.block)));
        stated.sort_unstable();
        stated.dedup();
        bag.extend_from_slice(&stated);
        bag.sort_unstable();
        bag.dedup();
        let quotes: Vec<&str> = entry.quotes.iter().map(|q| q.text.as_str()).collect();
        let offer = Offer::of(&quotes, Some(&entry.spec.answer), analyzer, vocabulary);
        let mut context: Vec<u32> = entry
            .quotes
            .iter()
            .filter(|q| !q.is_heading())
            .flat_map(|q| article.around(q.at.block, Anaphors::of(&q.text)))
            .collect();
        context.sort_unstable();
        context.dedup();
        let mut example_terms: Vec<(u32, u64)> = Vec::new();
        for (k, ex) in examples.iter().enumerate().take(64) {
            for &t in ex {
                match example_terms.binary_search_by_key(&t, |&(id, _)| id) {
                    Ok(at) => example_terms[at].1 |= 1 << k,
                    Err(at) => example_terms.insert(at, (t, 1 << k)),
                }
            }
        }
        let example_count = examples.len().min(64);
        CompiledEntry { entry, example_terms, example_count, example_kinds, bag, stated, kinds, offer, context }
    }

    /// The examples that use term `id`, as bits.
    pub fn examples_with(&self, id: u32) -> u64 {
        self.example_terms.binary_search_by_key(&id, |&(t, _)| t).map_or(0, |at| self.example_terms[at].1)
    }

    pub fn example_count(&self) -> usize {
        self.example_count
    }

    /// Whether the entry states term `id` (in its topic, answer or quotes).
    pub fn states(&self, id: u32) -> bool {
        self.stated.binary_search(&id).is_ok()
    }

    pub fn offer(&self) -> &Offer {
        &self.offer
    }

    /// Names around the entry's quotes in the article, sorted.
    pub fn context(&self) -> &[u32] {
        &self.context
    }

    pub fn example_kinds(&self) -> &[Kind] {
        &self.example_kinds
    }

    pub fn bag(&self) -> &[u32] {
        &self.bag
    }

    /// Whether the entry answers what the question asks: one of its
    /// example questions asks it (the curator said so), or its quotes
    /// plainly can. A precise time ("what month") must be in the quotes.
    pub fn serves(&self, asks: Asks, in_question: impl Fn(u32) -> bool) -> bool {
        // The curator's examples vouch for a time, a reason or a count;
        // "who" and "where" need a name the question does not give, which
        // only the quotes can show ("who did Serraj meet in Brussels?" is
        // not answered by "Serraj visited the EU in Brussels").
        let vouched = !matches!(asks.kind, Kind::Open | Kind::Who | Kind::Where);
        if asks.grain.is_none() && !asks.person && vouched && self.kinds.contains(asks.kind) {
            return true;
        }
        self.offer.answers(asks, in_question)
    }
}

/// One sentence of the article, for the passage fallback.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct IndexedSentence {
    pub block: usize,
    pub start: usize,
    pub end: usize,
    pub terms: Vec<u32>,
    pub offer: Offer,
    /// Names around it (its paragraph and the one before), sorted.
    pub context: Vec<u32>,
    /// Whether it gives whose words it reports by a pronoun ("…, their
    /// statement said."): see [`ends_with_pronoun_speaker`].
    pub pronoun_speaker: bool,
}

/// The article analysed: its sentences, and the names each block gives.
/// The same for every engine over one article, so built once and shared.
#[derive(Debug, serde::Serialize, serde::Deserialize)]
pub struct ArticleIndex {
    pub sentences: Vec<IndexedSentence>,
    /// Term id -> the sentences that use it.
    by_term: FxHashMap<u32, Vec<u32>>,
    /// Term ids of the names in each block, and what they name.
    block_names: Vec<Vec<(u32, EntityType)>>,
    /// The events it dates, and those only after its own date.
    pub dated: super::later::Dated,
    /// The concept each block is a part of the front matter as ("author"
    /// for the byline), if any.
    parts: Vec<Option<u32>>,
    /// What the whole article is about: the term the most sentences use,
    /// if at least a third do ("libya"). Every passage is about it, named
    /// or not.
    pub topic: Option<u32>,
    /// The names it spells more than one way ("hafter" and "haftar"), each
    /// spelling with the first sentence that has it.
    spellings: Vec<(String, Vec<(String, usize)>)>,
}

/// The pronouns a passage leans on: "he" and "his" point back to a person,
/// "they", "their" and "it" to a group, a country or a place.
#[derive(Debug, Clone, Copy, Default)]
pub struct Anaphors {
    person: bool,
    other: bool,
}

impl Anaphors {
    fn of(text: &str) -> Anaphors {
        let mut a = Anaphors::default();
        for t in crate::text::tokens(text) {
            match t.text.as_str() {
                "he" | "his" | "him" | "himself" | "she" | "her" => a.person = true,
                "they" | "their" | "them" | "it" | "its" | "itself" | "theirs" => a.other = true,
                _ => {}
            }
        }
        a
    }

    fn admits(self, ty: EntityType) -> bool {
        match ty {
            EntityType::Person => self.person,
            EntityType::Time => false,
            _ => self.other,
        }
    }
}

impl ArticleIndex {
    /// The front-matter concept of block `block` ("author" for the byline).
    pub fn part(&self, block: usize) -> Option<u32> {
        self.parts.get(block).copied().flatten()
    }

    pub fn new(source: &Source, analyzer: &Analyzer, vocabulary: &Vocabulary) -> ArticleIndex {
        let article = &source.article;
        let block_names = article
            .blocks
            .iter()
            .map(|b| {
                let mut names: Vec<(u32, EntityType)> = analyzer
                    .analyze(&b.text)
                    .terms
                    .into_iter()
                    .filter_map(|t| {
                        let ty = t.entity?;
                        vocabulary.intern_all(std::slice::from_ref(&t.term)).first().map(|&id| (id, ty))
                    })
                    .collect();
                names.sort_unstable_by_key(|&(id, _)| id);
                names.dedup_by_key(|&mut (id, _)| id);
                names
            })
            .collect();
        let dated = super::later::dated_events(analyzer, article);
        let parts = article.blocks.iter().map(|b| analyzer.part(b.kind).and_then(|p| vocabulary.id(p))).collect();
        let mut index = ArticleIndex {
            sentences: Vec::new(),
            by_term: FxHashMap::default(),
            block_names,
            dated,
            parts,
            topic: None,
            spellings: spellings(article, analyzer),
        };
        index.sentences = article
            .sentences()
            .map(|s| {
                let text = article.sentence_text(s);
                let mut terms = vocabulary.intern_all(&analyzer.analyze(text).term_names());
                // The headline is about the headline: "is there a date in the headline?"
                terms.extend(index.parts[s.block]);
                terms.sort_unstable();
                terms.dedup();
                let offer = Offer::of(&[text], None, analyzer, vocabulary);
                let mut context = index.around(s.block, Anaphors::of(text));
                context.sort_unstable();
                context.dedup();
                let pronoun_speaker = ends_with_pronoun_speaker(text);
                IndexedSentence { block: s.block, start: s.start, end: s.end, terms, offer, context, pronoun_speaker }
            })
            .collect();
        for (n, sentence) in index.sentences.iter().enumerate() {
            for &t in &sentence.terms {
                index.by_term.entry(t).or_default().push(n as u32);
            }
        }
        let most = index.by_term.iter().map(|(&t, uses)| (uses.len(), std::cmp::Reverse(t))).max();
        index.topic = most.filter(|&(n, _)| n * 3 >= index.sentences.len()).map(|(_, t)| t.0);
        index
    }

    /// The ways the article spells the name `term`, each with the first
    /// sentence that has it: none unless it spells it more than one way.
    pub fn spellings(&self, term: &str) -> &[(String, usize)] {
        self.spellings.iter().find(|(t, _)| t == term).map_or(&[], |(_, spelled)| spelled.as_slice())
    }

    /// Whether any sentence of the article uses the term.
    pub fn uses(&self, id: u32) -> bool {
        self.by_term.contains_key(&id)
    }

    /// Whether a sentence names `id` together with one of `others` and,
    /// if there are any, one of `deeds`.
    pub fn together(&self, id: u32, others: &[u32], deeds: &[u32]) -> bool {
        let with = self.by_term.get(&id).map_or(&[][..], Vec::as_slice);
        let has = |s: u32, t: &u32| self.sentences[s as usize].terms.binary_search(t).is_ok();
        with.iter().any(|&s| others.iter().any(|o| has(s, o)) && (deeds.is_empty() || deeds.iter().any(|d| has(s, d))))
    }

    /// The sentences that share a term with `ids`, in article order.
    pub fn sentences_with(&self, ids: impl Iterator<Item = u32>) -> Vec<usize> {
        let mut hit = vec![false; self.sentences.len()];
        for id in ids {
            for &s in self.by_term.get(&id).map_or(&[][..], Vec::as_slice) {
                hit[s as usize] = true;
            }
        }
        (0..hit.len()).filter(|&i| hit[i]).collect()
    }

    /// The names in a block and in the block before it that a passage's
    /// pronouns can point to.
    fn around(&self, block: usize, anaphors: Anaphors) -> Vec<u32> {
        let before = block.checked_sub(1).map_or(&[][..], |b| &self.block_names[b]);
        before
            .iter()
            .chain(&self.block_names[block])
            .filter(|&&(_, ty)| anaphors.admits(ty))
            .map(|&(id, _)| id)
            .collect()
    }
}

/// A term's entries and weight in one index.
#[derive(Debug, Default)]
pub struct Posting {
    pub entries: Vec<u32>,
    pub weight: f32,
}

#[derive(Debug)]
pub struct Index {
    /// Term id -> the entries whose bag holds it, and its weight: inverse
    /// document frequency over entries. Article words no entry uses are
    /// here too, with no entries.
    postings: FxHashMap<u32, Posting>,
    /// The weight of a term no entry uses: the highest there is, because a
    /// question about something the knowledge base never mentions should
    /// not be answered by what it does mention.
    pub unknown_weight: f32,
    /// Each entry's example weights (sum of its terms' weights).
    pub example_weights: Vec<Vec<f32>>,
}

impl Index {
    pub fn build(compiled: &[Arc<CompiledEntry>], sentences: &[IndexedSentence]) -> Index {
        let mut postings: FxHashMap<u32, Posting> = FxHashMap::default();
        for (n, c) in compiled.iter().enumerate() {
            for &t in &c.bag {
                postings.entry(t).or_default().entries.push(n as u32);
            }
        }
        for s in sentences {
            for &t in &s.terms {
                postings.entry(t).or_default();
            }
        }
        let n = compiled.len() as f32;
        let idf = |df: usize| ((n + 1.0) / (df as f32 + 0.5)).ln().max(0.1);
        for p in postings.values_mut() {
            p.weight = idf(p.entries.len());
        }
        let weight = |t: &u32| postings.get(t).map_or(idf(0), |p| p.weight);
        let example_weights = compiled
            .iter()
            .map(|c| {
                let mut sums = vec![0.0; c.example_count];
                for (t, mask) in &c.example_terms {
                    let w = weight(t);
                    for (k, sum) in sums.iter_mut().enumerate() {
                        if mask >> k & 1 == 1 {
                            *sum += w;
                        }
                    }
                }
                sums
            })
            .collect();
        Index { postings, unknown_weight: idf(0), example_weights }
    }

    /// Whether this index holds the term (in an entry or the article).
    pub fn knows(&self, id: u32) -> bool {
        self.postings.contains_key(&id)
    }

    /// Whether an entry uses the term (not only the article).
    pub fn in_entries(&self, id: u32) -> bool {
        self.postings.get(&id).is_some_and(|p| !p.entries.is_empty())
    }

    pub fn entries_with(&self, id: u32) -> &[u32] {
        self.postings.get(&id).map_or(&[], |p| &p.entries)
    }

    /// A term's weight; a term no entry uses weighs `unknown_weight`.
    pub fn weight(&self, id: Option<u32>) -> f32 {
        match id.and_then(|id| self.postings.get(&id)) {
            Some(p) if !p.entries.is_empty() => p.weight,
            _ => self.unknown_weight,
        }
    }
}

/// The names the article spells more than one way: one word each, alike
/// enough to be one name ("hafter" and "haftar", not the given name
/// "khalifa"), each spelling with the first sentence that has it.
fn spellings(article: &Article, analyzer: &Analyzer) -> Vec<(String, Vec<(String, usize)>)> {
    let mut seen: Vec<(String, Vec<(String, usize)>)> = Vec::new();
    for (at, s) in article.sentences().enumerate() {
        let (words, _) = analyzer.words(article.sentence_text(s));
        for o in analyzer.occurrences(&words).iter().filter(|o| o.end == o.start + 1) {
            let word = &words[o.start];
            let at_term = seen.iter().position(|(t, _)| *t == o.term).unwrap_or_else(|| {
                seen.push((o.term.clone(), Vec::new()));
                seen.len() - 1
            });
            let spelled = &mut seen[at_term].1;
            if !spelled.iter().any(|(w, _)| w == word) {
                spelled.push((word.clone(), at));
            }
        }
    }
    let alike = |a: &str, b: &str| a != b && a.len() >= 5 && strsim::damerau_levenshtein(a, b) <= 2;
    seen.into_iter()
        .filter_map(|(term, spelled)| {
            let variants: Vec<(String, usize)> =
                spelled.iter().filter(|(w, _)| spelled.iter().any(|(v, _)| alike(w, v))).cloned().collect();
            (!variants.is_empty()).then_some((term, variants))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{ends_with_pronoun_speaker, opens_with_pronoun};

    #[test]
    fn a_quote_may_open_with_whom_it_means_named_before() {
        assert!(opens_with_pronoun("They had controlled Sirte since 2016."));
        assert!(opens_with_pronoun("The four countries said that the agreement is against international law."));
        assert!(!opens_with_pronoun("The four-way talks were held."));
        assert!(!opens_with_pronoun("The 604 Brigade was created in Tripoli in 2015."));
    }

    #[test]
    fn a_quote_may_end_by_saying_whose_words_by_a_pronoun() {
        assert!(ends_with_pronoun_speaker("The conflict is undermining security, their statement said."));
        assert!(ends_with_pronoun_speaker("Tripoli is a red line, he added."));
        assert!(!ends_with_pronoun_speaker("Turkey and Russia called jointly for an end of hostilities, and talks."));
        assert!(!ends_with_pronoun_speaker("He added that he will also speak with Putin on Libya."));
    }
}
