//! The nouns and verbs that say what a question asks about: titles,
//! parts of the text, regions, causes, kinds of thing.

use super::*;

/// A title a person holds: "minister", "president", "envoy" (and
/// "prime", which stands before one).
pub(in crate::engine) fn is_title_noun(w: &str) -> bool {
    matches!(
        w,
        "prime"
            | "head"
            | "ruler"
            | "fm"
            | "minister"
            | "ministers"
            | "president"
            | "presidents"
            | "leader"
            | "leaders"
            | "commander"
            | "commanders"
            | "general"
            | "pm"
            | "premier"
            | "chancellor"
            | "envoy"
            | "ambassador"
            | "spokesman"
            | "spokesperson"
            | "chief"
    )
}

/// Words for a part of the world: "which north african capital", "which
/// european leader".
pub fn is_region_word(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "african"
            | "european"
            | "arab"
            | "mediterranean"
            | "neighbouring"
            | "neighboring"
            | "foreign"
    )
}

/// Words for the text being read: "the article", "this piece", "this
/// report".
pub fn is_text_noun(w: &str) -> bool {
    matches!(w, "article" | "piece" | "text" | "story" | "reading" | "report")
}

/// Verbs of how far something goes: "how far does the zone reach".
pub(super) fn is_extent_verb(w: &str) -> bool {
    matches!(
        w,
        "reach" | "reaches" | "extend" | "extends" | "stretch" | "stretches" | "cover" | "covers" | "go" | "goes"
    )
}

/// A part of the text, or the text itself: "a line where…", "the bit where…".
pub(super) fn is_passage_noun(w: &str) -> bool {
    is_text_noun(w)
        || matches!(
            w,
            "line" | "lines" | "bit" | "passage" | "part" | "sentence" | "paragraph" | "section" | "anywhere"
        )
}

/// "what prompted…", "what led to…": a question about a cause.
pub fn is_causal_verb(w: &str) -> bool {
    matches!(
        w,
        "prompted"
            | "caused"
            | "triggered"
            | "led"
            | "made"
            | "drove"
            | "pushed"
            | "motivated"
            | "sparked"
            | "forced"
            | "explains"
            | "explained"
    )
}

/// How many words a causal verb at `at` takes: one ("caused", "sparked"),
/// two with its particle ("what set off the creation of the brigade"),
/// none where there is none.
pub fn causal_verb_at(words: &[&str], at: usize) -> usize {
    match words.get(at..at + 2) {
        Some(&[verb, particle])
            if matches!((verb, particle), ("set" | "sets", "off") | ("brought" | "bring" | "brings", "about")) =>
        {
            2
        }
        _ => usize::from(words.get(at).is_some_and(|w| is_causal_verb(w))),
    }
}

/// "what event led to…", "what factors prompted…": a cause asked by a
/// word that only says it is one.
pub fn is_cause_noun(w: &str) -> bool {
    matches!(w, "event" | "events" | "thing" | "things" | "factor" | "factors" | "incident" | "development")
}

/// Nouns that only say what kind of answer is wanted ("which side",
/// "what people", "which countries"): the question asks *who*; the word
/// itself need not be in the answer.
pub fn is_class_noun(w: &str) -> bool {
    matches!(
        w,
        "side"
            | "sides"
            | "party"
            | "parties"
            | "people"
            | "person"
            | "guy"
            | "guys"
            | "fella"
            | "fellas"
            // Slang for a band of fighters: "the general's mob", "haftar's lads".
            | "mob"
            | "mobs"
            | "lads"
            | "gang"
            | "gangs"
            | "lot"
            | "crowd"
            | "boys"
            | "feller"
            | "fellers"
            | "bloke"
            | "blokes"
            | "man"
            | "woman"
            | "one"
            | "ones"
            | "country"
            | "countries"
            | "nation"
            | "nations"
            | "nationality"
            | "nationalities"
            | "state"
            | "states"
            | "power"
            | "powers"
            | "figure"
            | "figures"
            | "individual"
            | "individuals"
            | "group"
            | "groups"
            | "camp"
            | "team"
            | "teams"
            | "faction"
            | "factions"
            | "actor"
            | "actors"
            | "player"
            | "players"
            | "thing"
            | "things"
            | "politician"
            | "politicians"
            | "bigwig"
            | "bigwigs"
            | "honcho"
            | "honchos"
            | "diplomat"
            | "diplomats"
            | "neighbour"
            | "neighbours"
            | "neighbor"
            | "neighbors"
            | "number"
            | "institution"
            | "institutions"
            | "organisation"
            | "organisations"
            | "organization"
            | "organizations"
            | "body"
            // Abstract kinds: "what two recent developments…".
            | "development"
            | "developments"
            | "issue"
            | "issues"
            | "aspect"
            | "aspects"
    )
}

/// Whether "which NOUN" says what kind of answer is wanted ("which city",
/// "what year"), which the question's [`Asks`] then carries.
pub fn is_kind_noun(noun: &str) -> bool {
    noun_asks(noun).is_some()
}

/// Whether the noun at `at` says what kind of answer is wanted, as
/// [`is_kind_noun`], where it stands: not the "time" of "time zone".
pub fn is_kind_noun_at(words: &[&str], at: usize) -> bool {
    noun_asks_at(words, at).is_some()
}

/// Whether "what NOUN" asks a time or a place ("what day", "which
/// city"): the noun is then what is asked, not a word the answer must
/// have. Not "capital", a title the article gives.
pub fn is_time_or_place_noun(words: &[&str], at: usize) -> bool {
    words.get(at).is_some_and(|noun| *noun != "capital")
        && noun_asks_at(words, at).is_some_and(|a| matches!(a.kind, Kind::When | Kind::Where))
}
