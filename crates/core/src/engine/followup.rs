//! Follow-up questions: "Who backs Hafter?" then "and Serraj?".
//!
//! A short message that leans on the one before (it starts with "and" or
//! "what about", asks only "why?" or "on what date?", or points back with
//! "those" or "he") is read together with the previous question: its names
//! replace the previous question's names of the same kind, its question
//! word replaces the previous one, and its other words are added. A message
//! that stands on its own is answered as it is.

use super::analyze::{Analysis, EntityType, QTerm};
use super::kind::Asks;
use super::message::{is_wh, Role};

/// Whether a message reads as a follow-up of a previous question.
pub fn is_follow_up(current: &Analysis) -> bool {
    let words: Vec<&str> = current.words.iter().map(String::as_str).collect();
    if words.is_empty() || words.len() > 10 {
        return false;
    }
    let continues = continues(&words);
    let own = |t: &&QTerm| t.entity != Some(EntityType::Time) && !narrows(current, t);
    let nothing_of_its_own = !current.terms.iter().any(|t| own(&t));
    let names = current.terms.iter().any(|t| t.entity.is_some_and(|e| e != EntityType::Time));
    // "any other reason?", "against anyone else?": more of what was asked.
    let more = asks_for_more(current) && words.len() <= 5 && !names;
    // "did Hafter agree to it?": "it" is no person the message names.
    let thing = current.words.iter().any(|w| matches!(w.as_str(), "it" | "its" | "those" | "these"));
    continues || nothing_of_its_own || more || (points_back(current) && (!names || thing || pronoun_first(current)))
}

/// Whether a term of a short follow-up only narrows its question word:
/// "since when?", "where exactly?" say nothing of their own.
fn narrows(current: &Analysis, t: &QTerm) -> bool {
    current.words.len() <= 3
        && matches!(t.surface.as_str(), "since" | "until" | "till" | "exactly" | "precisely" | "roughly")
}

/// Whether a message opens by carrying on from the one before: "and
/// Serraj?", "what about Russia?", "same for Turkey?".
fn continues(words: &[&str]) -> bool {
    matches!(words.first(), Some(&("and" | "also" | "or" | "but" | "plus" | "then")))
        || matches!(words.get(..2), Some(["what" | "how", "about"]) | Some(["what", "of"]) | Some(["same", "for"]))
}

/// Whether a follow-up cannot be read alone: it carries on from the
/// previous question ("and Sarraj's?") or points back ("how long will it
/// last?").
pub fn leans_on_previous(current: &Analysis) -> bool {
    let words: Vec<&str> = current.words.iter().map(String::as_str).collect();
    continues(&words) || points_back(current)
}

/// Whether a pronoun comes before every name the message gives: "when
/// is he talking to Putin?" points back, "what did Putin say about his
/// deal?" does not.
fn pronoun_first(current: &Analysis) -> bool {
    let at = |word: &str| current.words.iter().position(|w| w == word);
    let Some(pronoun) = current.words.iter().position(|w| is_pronoun(w)) else {
        return false;
    };
    current
        .terms
        .iter()
        .filter(|t| t.entity.is_some_and(|e| e != EntityType::Time))
        .filter_map(|t| t.surface.split_whitespace().next().and_then(at))
        .all(|name| pronoun < name)
}

fn is_pronoun(word: &str) -> bool {
    matches!(word, "those" | "these" | "them" | "they" | "their" | "he" | "him" | "his" | "she" | "her" | "it" | "its")
}

/// Whether a message points back with a pronoun ("he", "it", "those"): it
/// then needs the question before it, and what it names is added to the
/// previous question's names rather than put in their place ("what did
/// Trump say?" then "when is he talking to Putin?").
pub fn points_back(current: &Analysis) -> bool {
    current.words.iter().any(|w| is_pronoun(w))
}

/// Whether a follow-up asks for more than what was just said: "anything
/// else?", "any other reason?", "anywhere else?".
pub fn asks_for_more(current: &Analysis) -> bool {
    current.words.iter().any(|w| matches!(w.as_str(), "else" | "other" | "another" | "besides" | "more" | "further"))
}

/// The previous question read with the follow-up: the follow-up's names
/// take the place of the previous names of the same kind (a person for a
/// person, a country for a country…), what it asks replaces what was
/// asked, and its other words join the question.
pub fn merge(previous: &Analysis, current: &Analysis) -> Analysis {
    let mut merged = previous.clone();
    // The previous question's names are still the subject; what it asked
    // about them carries over only as context when the follow-up asks
    // something of its own, a new question word ("where did Sarraj meet
    // Tebboune?" then "on what date?") or more. A pronoun points at the
    // previous question's subject: when that question names nobody, its
    // words stay the subject ("when does the ceasefire start?" then "how
    // long will it last?").
    let own = current.terms.iter().any(|t| t.entity.is_none() && !narrows(current, t));
    let pronoun = points_back(current);
    let names_nobody = !previous.terms.iter().any(|t| t.entity.is_some_and(|e| e != EntityType::Time));
    let asks_anew = current.asks != Asks::OPEN && current.asks != previous.asks;
    // A bare question word ("since when?", "why?") asks it of what was
    // asked, which stays the question: "who controlled Sirte?" then
    // "since when?" asks since when they controlled it.
    // A pronoun points at what was answered instead ("where is it?").
    let bare = !pronoun && current.terms.iter().all(|t| narrows(current, t));
    // A pronoun with nothing of its own ("how many of them?" after "what
    // is turkey sending?") keeps what was done as the question: it says
    // who "they" are.
    let context = (own || asks_anew) && !bare && !(pronoun && (names_nobody || !own));
    // Asking for more ("any other reason?" after "why did Sirte fall so
    // easily?"), how the first answer was put ("so easily") need not hold
    // for the next one.
    let more = asks_for_more(current);
    for t in &mut merged.terms {
        let core = t.entity.is_some() || !context;
        t.role = if core && !(more && t.modifier) { Role::Core } else { Role::Context };
    }
    for t in &current.terms {
        let kind = t.entity.filter(|&e| e != EntityType::Time && !pronoun);
        // The same type first: Tebboune takes Conte's place, not that of
        // the title that named him ("the Italian PM"), and a title takes
        // only a title's place ("president" for "pm").
        let same_kind = kind.and_then(|k| {
            let other = |p: &QTerm| p.term != t.term;
            let class = |p: &QTerm| k != EntityType::Title && p.entity.is_some_and(|pk| same_class(pk, k));
            (merged.terms.iter().position(|p| p.entity == Some(k) && other(p)))
                .or_else(|| merged.terms.iter().position(|p| class(p) && other(p)))
        });
        match (same_kind, merged.terms.iter().position(|p| p.term == t.term)) {
            (Some(at), _) => merged.terms[at] = t.clone(),
            // Asked again, it is asked about again.
            (None, Some(at)) => merged.terms[at].role = t.role,
            (None, None) => merged.terms.push(t.clone()),
        }
    }
    // A question of its own ("will it last?") asks what it asks, even
    // when that is nothing in particular; "and Trump's press conference?"
    // carries on asking what was asked.
    let words: Vec<&str> = current.words.iter().map(String::as_str).collect();
    if current.asks != Asks::OPEN || (own && !continues(&words)) {
        merged.asks = current.asks;
        merged.counted = current.counted.clone();
        // "how old is he?" after a question about a person asks an age.
        let person = merged.terms.iter().any(|t| t.entity == Some(EntityType::Person));
        if person && current.words.windows(2).any(|p| p[0] == "how" && p[1] == "old") {
            merged.asks.grain = Some(super::kind::Grain::Age);
        }
    }
    // Whose words and which titles were asked about belonged to the
    // previous question; a name replaced is no longer asked about, and a
    // question of its own ("what did they do on Monday?") asks no one's
    // words.
    let asks_its_own = !continues(&words) && words.iter().any(|w| is_wh(w));
    merged.speaker = current
        .speaker
        .clone()
        .or_else(|| previous.speaker.clone().filter(|s| !asks_its_own && merged.terms.iter().any(|t| &t.term == s)));
    merged.bindings.retain(|(title, holder, _)| {
        merged.terms.iter().any(|t| &t.term == title) && merged.terms.iter().any(|t| &t.term == holder)
    });
    merged.bindings.extend(current.bindings.iter().cloned());
    merged.discussed = current.discussed;
    // "who's the Italian PM?" then "and Algeria's president?": the title
    // asked about is now Algeria's.
    merged.titled.extend(current.titled.iter().cloned());
    merged.titled.retain(|t| merged.terms.iter().any(|m| &m.term == t));
    merged.intent = None;
    merged.chatter = 0;
    merged.offtopic = current.offtopic;
    merged.words = current.words.clone();
    merged.clauses = current.clauses.clone();
    // "who wrote it?" then "where was it written?": a deed is asked of
    // its doer only while the question still asks who.
    let deed = current.deed.clone().or_else(|| previous.deed.clone());
    merged.deed = deed.filter(|_| merged.asks.kind == super::kind::Kind::Who);
    merged
}

/// People stand for people, and countries, groups and places for each
/// other ("who backs Hafter? and Tripoli?").
fn same_class(a: EntityType, b: EntityType) -> bool {
    let class = |e: EntityType| match e {
        // "the foreign ministers" are people: "and Trump?" takes their place.
        EntityType::Person | EntityType::Title => 0,
        EntityType::Time => 3,
        _ => 1,
    };
    class(a) == class(b)
}
