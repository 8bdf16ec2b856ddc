//! What a question asks for, and what a passage can answer.
//!
//! "When did the contractors arrive?" asks for a time; a quote that names
//! no time cannot answer it, however many of the question's words it
//! shares. Both sides are read here: the question's [`Asks`] from its
//! words, and a passage's [`Provides`] from its text.

use crate::text::tokens;

/// What kind of answer a question asks for, read from its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    When,
    Where,
    Who,
    Why,
    HowMany,
    /// "How long", "since when": a duration.
    HowLong,
    /// "what", "which", "how", yes/no questions and bare keywords: anything.
    Open,
}

impl Kind {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The words an abstention uses: "The article doesn't say {when}."
    pub fn wording(self) -> &'static str {
        match self {
            Kind::When => "when",
            Kind::Where => "where",
            Kind::Who => "who",
            Kind::Why => "why",
            Kind::HowMany => "how many",
            Kind::HowLong => "how long",
            Kind::Open => "that",
        }
    }
}

/// How precise a time a "when" question wants: "what year" is answered by
/// "2015", "what month" is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grain {
    Year,
    Month,
    Day,
    Hour,
    /// "How old is Haftar?": an age, which only a birth date or "N years
    /// old" gives.
    Age,
    /// "What will Greece do if…", "what is Algeria planning to do": what
    /// someone would do, which only a passage that looks ahead gives.
    Plan,
    /// "How far is Jufra from Sirte?": a distance, in kilometres or miles.
    Distance,
    /// "What is Conte's first name?": a person the question names, with
    /// a given name, which only a passage that names them so gives (see
    /// `Offer::answers`).
    GivenName,
}

impl Grain {
    pub fn wording(self) -> &'static str {
        match self {
            Grain::Year => "which year",
            Grain::Month => "which month",
            Grain::Day => "on which day",
            Grain::Hour => "at what time",
            Grain::Age => "how old",
            Grain::Plan => "what would be done",
            Grain::Distance => "how far",
            Grain::GivenName => "the first name",
        }
    }
}

/// What a question asks for: a kind, and for times, how precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Asks {
    pub kind: Kind,
    pub grain: Option<Grain>,
    /// "which official", "what leader": a person, not a country or a group.
    pub person: bool,
}

impl Asks {
    pub const OPEN: Asks = Asks { kind: Kind::Open, grain: None, person: false };

    pub(crate) fn of(kind: Kind) -> Asks {
        Asks { kind, ..Asks::OPEN }
    }

    fn when(grain: Grain) -> Asks {
        Asks { kind: Kind::When, grain: Some(grain), person: false }
    }

    fn person() -> Asks {
        Asks { kind: Kind::Who, grain: None, person: true }
    }

    /// Whether it asks for someone: "who", or "which official".
    pub fn asks_who(self) -> bool {
        self.kind == Kind::Who || self.person
    }

    /// "when", "which year", "who": what an abstention says is missing.
    pub fn wording(self) -> &'static str {
        self.grain.map_or(self.kind.wording(), Grain::wording)
    }
}

/// A small set of [`Kind`]s: what an entry's example questions ask.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Kinds(u8);

impl Kinds {
    pub fn insert(&mut self, kind: Kind) {
        self.0 |= kind.bit();
    }

    pub fn contains(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }
}

/// Whether the words after "why" ask why the article mentions something.
fn mentions(rest: &[&str]) -> bool {
    let rest = &rest[..rest.len().min(6)];
    rest.iter().enumerate().any(|(i, w)| {
        let next = rest.get(i + 1).copied().unwrap_or("");
        let after = rest.get(i + 2).copied().unwrap_or("");
        matches!(*w, "mentioned" | "mention" | "mentions" | "included" | "brought")
            || matches!(*w, "come" | "came" | "comes" | "coming") && next == "up"
            // "why's cyprus in the article"
            || *w == "in"
                && matches!(next, "the" | "this")
                && is_text_noun(after)
    })
}

/// Whether a clause that asks "where" asks where the article says
/// something: "…mentioned where?", "where does it say", "where in the
/// text", said beside the "where". Someone's own words ("where did putin
/// say it") ask a place.
fn in_the_text(words: &[&str]) -> bool {
    let mentioned = |w: &&str| {
        matches!(*w, "mentioned" | "mention" | "mentions" | "mentioning" | "discussed" | "covered" | "brought")
    };
    let by_the_text = words.windows(2).any(|p| {
        (p[0] == "it" || is_text_noun(p[0]) || matches!(p[0], "author" | "writer"))
            && matches!(p[1], "say" | "says" | "said" | "talk" | "talks" | "discuss" | "discusses" | "bring" | "brings")
    });
    let in_text = words.windows(3).any(|p| p[0] == "in" && matches!(p[1], "the" | "this") && is_text_noun(p[2]));
    // "is there a line where…".
    let passage = words.first().is_some_and(|p| is_passage_noun(p)) && words.get(1) == Some(&"where");
    words.iter().any(mentioned) || by_the_text || in_text || passage
}

/// Reads what one clause asks for from its words (lower case, spelling
/// fixed). The first question word decides; a clause without one that
/// names a time ("exact date the deal was signed") asks when.
pub fn asks(words: &[&str]) -> Asks {
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied().unwrap_or("");
        let after = words.get(i + 2).copied().unwrap_or("");
        if is_subordinator(words, i) {
            continue;
        }
        match *w {
            "when" | "whens" => return Asks::of(Kind::When),
            // "did sirte fall before or after they met": its time decides.
            "before" | "earlier" if next == "or" && after == "after" => return Asks::of(Kind::When),
            // "where does algeria stand on it", "where does tunisia fit in":
            // a position or a role, not a place.
            "where" | "wheres"
                if words[i + 1..]
                    .iter()
                    .take(4)
                    .any(|w| matches!(*w, "stand" | "stands" | "stood" | "fit" | "fits")) =>
            {
                return Asks::OPEN
            }
            // "where is irregular migration mentioned", "where does it say
            // that": where in the article, which every quote tells.
            "where" | "wheres" if in_the_text(&words[i.saturating_sub(1)..(i + 8).min(words.len())]) => {
                return Asks::OPEN
            }
            "where" | "wheres" => return Asks::of(Kind::Where),
            // "anywhere else?"; not "is smuggling mentioned anywhere?", nor
            // a reason offered: "did they lose because they were busy
            // somewhere else?".
            // So is "did he go anywhere besides brussels".
            // ("does taking sirte shore up his alliances anywhere else"
            // asks whether, which "elsewhere" answers, not a place.)
            "anywhere" | "somewhere"
                if (next == "else" || matches!(next, "besides" | "except") || next == "apart" && after == "from")
                    && !words[..i].contains(&"because")
                    && !matches!(words.first(), Some(&("does" | "do" | "will" | "would" | "could" | "can"))) =>
            {
                return Asks::of(Kind::Where)
            }
            "anyone" | "anybody" | "someone" | "somebody" if next == "else" => return Asks::of(Kind::Who),
            // "list everyone trump talked to": the people.
            "everyone" | "everybody" if i > 0 && matches!(words[i - 1], "list" | "name" | "all") => {
                return Asks::of(Kind::Who)
            }
            // "the tripoli forces were the ones who pushed isis out, yes?",
            // "was haftar the one who took sirte": who they are is said, and
            // the question checks it.
            // So is "…were the same crowd who beat isis there, right?".
            "who"
                if i >= 2
                    && matches!(words[i - 1], "one" | "ones" | "crowd" | "guys" | "people" | "group" | "lot")
                    && words[i.saturating_sub(3)..i - 1].contains(&"the")
                    && words[..i - 2].iter().any(|w| matches!(*w, "is" | "was" | "are" | "were")) => {}
            "who" | "whom" | "whose" | "whos" => return Asks::of(Kind::Who),
            // "why's merkel mentioned", "why did the EU come up": what
            // the article says of it, not a reason it gives.
            // So is "merkel mentioned why?".
            "why" | "whys" if mentions(&words[i + 1..]) || i > 0 && mentions(&words[i - 1..i]) => return Asks::OPEN,
            "why" | "whys" => return Asks::of(Kind::Why),
            // "how many days after the article does the truce begin": a
            // time, which dates settle, not a count.
            "how"
                if next == "many"
                    && matches!(after, "days" | "weeks" | "months" | "hours")
                    && words
                        .get(i + 3)
                        .is_some_and(|w| matches!(*w, "after" | "before" | "until" | "till" | "later")) =>
            {
                return Asks::of(Kind::When)
            }
            // "how many years had they held sirte": for how long.
            "how" if next == "many" && matches!(after, "years" | "months" | "weeks" | "decades") => {
                return Asks::of(Kind::HowLong)
            }
            // "how much does sirte matter for haftar": a degree, not an amount.
            "how" if next == "much" && words[i + 2..].iter().take(5).any(|w| is_degree_verb(w)) => return Asks::OPEN,
            "how" if matches!(next, "many" | "much") => return Asks::of(Kind::HowMany),
            // "how long ago was it formed": when, not for how long.
            "how" if next == "long" && after == "ago" => return Asks::of(Kind::When),
            "how" if next == "long" => return Asks::of(Kind::HowLong),
            // "how far is jufra from sirte", "how far south of sirte is
            // jufra": a distance, which numbers give; so is an extent
            // ("how far does the zone reach", "how far will it extend").
            "how"
                if next == "far"
                    && (matches!(
                        after,
                        "is" | "are"
                            | "was"
                            | "were"
                            | "away"
                            | "south"
                            | "north"
                            | "east"
                            | "west"
                            | "inland"
                            | "out"
                            | "the"
                    ) || matches!(after, "does" | "do" | "will" | "would" | "can")
                        && words[i + 3..].iter().take(6).any(|w| is_extent_verb(w))) =>
            {
                return Asks { grain: Some(Grain::Distance), ..Asks::of(Kind::HowMany) }
            }
            "how" if next == "old" => return Asks::when(Grain::Year),
            "how" if next == "come" => return Asks::of(Kind::Why),
            // "how?", "how so?" after "who took Sirte?": by what means,
            // which the article gives as its reasons. After words of its
            // own ("cyprus involved how") it asks in what way, like "how
            // was cyprus involved".
            "how"
                if (i == 0 || matches!(words[i - 1], "and" | "but" | "so" | "ok" | "okay" | "then"))
                    && (i + 1 == words.len() || (i + 2 == words.len() && matches!(next, "so" | "exactly"))) =>
            {
                return Asks::of(Kind::Why)
            }
            "what" if is_causal_verb(next) => return Asks::of(Kind::Why),
            // "what's the actual death toll": a count.
            "what" | "whats" if words[i + 1..].iter().take(5).any(|w| matches!(*w, "toll" | "tally")) => {
                return Asks::of(Kind::HowMany)
            }
            // "what was cavusoglu in algiers for": a purpose.
            "what" | "whats" if asks_a_purpose(&words[i..]) => return Asks::of(Kind::Why),
            // "what number is the brigade", "what was the number again":
            // the number it goes by, not a count.
            // So is "whats the number of the unit": of one thing, not of many.
            "what" | "which" | "whats"
                if next == "number" && matches!(after, "is" | "was" | "does")
                    || matches!(
                        words[i + 1..],
                        ["is" | "was", "the", "number"] | ["is" | "was", "the", "number", "again"]
                    )
                    || number_of_one(&words[i + 1..]) =>
            {
                return Asks::OPEN
            }
            "what" | "which" | "whats" => {
                // "what date", "which european leader", "what exact day",
                // "what was the main reason".
                let filler = |w: &&&str| {
                    matches!(
                        **w,
                        "is" | "was"
                            | "are"
                            | "were"
                            | "the"
                            | "a"
                            | "an"
                            | "main"
                            | "primary"
                            | "biggest"
                            | "real"
                            | "exact"
                            | "actual"
                            | "key"
                            | "official"
                            | "specific"
                            | "other"
                    ) || is_region_word(w)
                };
                // "what did trump blame the chaos on": a cause.
                let after_what = &words[i + 1..];
                if after_what.iter().take(6).any(|w| matches!(*w, "blame" | "blamed" | "blames"))
                    && after_what.last() == Some(&"on")
                {
                    return Asks::of(Kind::Why);
                }
                // "what's the main thing that explains the fall": a cause.
                let mut thing = words[i + 1..].iter().skip_while(filler);
                if thing.next().is_some_and(|w| is_cause_noun(w)) {
                    let mut verb = thing.skip_while(|w| matches!(**w, "that" | "which"));
                    if verb.next().is_some_and(|w| is_causal_verb(w)) {
                        return Asks::of(Kind::Why);
                    }
                }
                let rest = (i + 1..words.len().min(i + 5)).find(|&j| !filler(&&words[j]));
                // "what was cavusoglu's official reason": a cause noun a
                // little further on, after a name.
                let cause = || {
                    let further = words[i + 1..].iter().take(5).skip(1).take_while(|w| !super::message::is_aux(w));
                    further.filter_map(|w| noun_asks(w)).find(|a| a.kind == Kind::Why)
                };
                // "what's the name of the guy who…", "…of the city where":
                // the noun named is what is asked.
                let named = || {
                    let rest = &words[i + 1..words.len().min(i + 7)];
                    let of = rest.windows(2).position(is_name_of)?;
                    let noun =
                        (of + 2..rest.len()).find(|&j| !matches!(rest[j], "the" | "a" | "an" | "this" | "that"))?;
                    noun_asks_at(words, i + 1 + noun).filter(|a| a.kind != Kind::Why)
                };
                // "what's the greek foreign minister's name": the noun
                // before "name" is what is asked.
                let name_after = || {
                    let rest = &words[i + 1..words.len().min(i + 8)];
                    let at = rest.iter().position(|w| matches!(*w, "name" | "names"))?;
                    rest[..at].last().and_then(|w| noun_asks(w)).filter(|a| a.kind == Kind::Who)
                };
                // "what's the french foreign minister called": so is a
                // title before "called" at the end.
                let called_after = || {
                    let rest = &words[i + 1..];
                    let at = rest.iter().position(|w| matches!(*w, "called" | "named"))?;
                    let last = rest[at + 1..].iter().all(|w| matches!(*w, "again" | "exactly" | "though"));
                    (last && at > 0 && is_title_noun(rest[at - 1])).then(|| Asks::of(Kind::Who))
                };
                // "which side of the country", "what part of libya": a
                // region, which asks where.
                if super::asked::region_of_land(words, i + 1).is_some() {
                    return Asks::of(Kind::Where);
                }
                // "which of the two guys…": the noun after "of" is asked.
                let partitive = || {
                    let set = |w: &&str| matches!(*w, "the" | "these" | "those" | "two" | "three" | "four" | "both");
                    let from = (*w == "which" && next == "of").then_some(i + 2)?;
                    let noun = (from..words.len().min(from + 4)).find(|&j| !set(&words[j]))?;
                    noun_asks_at(words, noun)
                };
                return named()
                    .or_else(partitive)
                    .or_else(name_after)
                    .or_else(called_after)
                    .or_else(|| noun_asks_at(words, i + 1))
                    .or_else(|| noun_asks_at(words, i + 2))
                    .or_else(|| rest.and_then(|j| noun_asks_at(words, j)))
                    .or_else(cause)
                    .or_else(|| embedded(&words[i + 1..]))
                    .unwrap_or(Asks::OPEN);
            }
            "how" | "hows" => return Asks::OPEN,
            _ => {}
        }
    }
    // No question word: a request or a fragment may still name what it
    // wants: a time or a reason near its start ("exact date the deal was
    // signed", "main reason sirte fell?"), or a place anywhere ("summit
    // venue?").
    let near_start =
        words.iter().take(4).find_map(|w| noun_asks(w).filter(|a| matches!(a.kind, Kind::When | Kind::Why)));
    let place = || {
        words
            .iter()
            .any(|w| matches!(*w, "venue" | "location" | "whereabouts" | "destination" | "hometown" | "birthplace"))
            .then_some(Asks::of(Kind::Where))
    };
    // "i need casualty figures", "death toll?": a count. ("number of the
    // flipped brigade?" is the number it goes by, of one thing.)
    // "other algerian figures", "key figures": people, not numbers.
    let people = |at: usize| {
        words[at] == "figures"
            && at.checked_sub(1).is_some_and(|b| {
                let w = words[b];
                matches!(w, "other" | "key" | "political" | "public" | "senior" | "leading" | "top")
                    || ["an", "ish", "ese"].iter().any(|end| w.len() > 4 && w.ends_with(end))
            })
    };
    let count = || {
        let one = words.iter().position(|w| *w == "number").is_some_and(|at| number_of_the_one(&words[at..]));
        (!one
            && words.iter().enumerate().any(|(at, w)| {
                matches!(*w, "figures" | "numbers" | "number" | "toll" | "stats" | "statistics" | "tally")
                    && !people(at)
            }))
        .then_some(Asks::of(Kind::HowMany))
    };
    // "did they switch sides for money or because of loyalty": a choice of
    // reasons.
    let reasons = || {
        let yes_no = words.first().is_some_and(|w| super::message::is_aux(w));
        let because = words.windows(2).any(|p| p[0] == "or" && p[1] == "because");
        (yes_no && because).then_some(Asks::of(Kind::Why))
    };
    // "are there more russian contractors than turkish advisers": counts
    // compared, which only numbers settle.
    let compared = || {
        let more = words.iter().position(|w| matches!(*w, "more" | "fewer"))?;
        let plural = |w: &&str| w.len() > 3 && w.ends_with('s') && !w.ends_with("ss");
        let rest = &words[more + 1..words.len().min(more + 7)];
        let than = rest.iter().position(|w| *w == "than")?;
        // "more meetings than usual" compares with what is normal, which
        // "activity intensified" answers without a number.
        let usual = words.get(more + 1 + than + 1).is_some_and(|w| {
            matches!(
                *w,
                "usual"
                    | "normal"
                    | "normally"
                    | "before"
                    | "ever"
                    | "expected"
                    | "typical"
                    | "typically"
                    | "previously"
            )
        });
        (!usual && rest[..than].iter().any(plural)).then_some(Asks::of(Kind::HowMany))
    };
    // "greece's foreign minister's name?": the person a title names.
    let title_named = || {
        let at = words.iter().position(|w| matches!(*w, "name" | "names"))?;
        (at > 0 && is_title_noun(words[at - 1])).then(|| Asks::of(Kind::Who))
    };
    // The reasons first: "did they win because of numbers or because…".
    near_start
        .or_else(place)
        .or_else(reasons)
        .or_else(count)
        .or_else(compared)
        .or_else(title_named)
        .unwrap_or(Asks::OPEN)
}

/// A title a person holds: "minister", "president", "envoy" (and
/// "prime", which stands before one).
pub(super) fn is_title_noun(w: &str) -> bool {
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
fn is_extent_verb(w: &str) -> bool {
    matches!(w, "reach" | "reaches" | "extend" | "extends" | "stretch" | "stretches" | "cover" | "covers")
}

/// A part of the text, or the text itself: "a line where…", "the bit where…".
fn is_passage_noun(w: &str) -> bool {
    is_text_noun(w)
        || matches!(
            w,
            "line" | "lines" | "bit" | "passage" | "part" | "sentence" | "paragraph" | "section" | "anywhere"
        )
}

/// Whether a pair of words is "name of" ("names of"): "the name of the
/// guy who…" asks who.
pub fn is_name_of(pair: &[&str]) -> bool {
    matches!(pair, [name, "of"] if name.starts_with("name"))
}

/// "what's the theory on why he moved", "what does it say about when":
/// a question word after "on" or "about" says what the open "what" asks.
fn embedded(rest: &[&str]) -> Option<Asks> {
    // "what did they talk about when they met": what a talk was about, at
    // the time a clause gives, not a question about when.
    let talked = |j: usize| {
        rest[j] == "when"
            && j >= 2
            && matches!(
                rest[j - 2],
                "talk"
                    | "talked"
                    | "talking"
                    | "speak"
                    | "spoke"
                    | "chat"
                    | "chatted"
                    | "argue"
                    | "argued"
                    | "worry"
                    | "worried"
            )
    };
    let at = (1..rest.len()).find(|&j| {
        super::message::is_wh(rest[j]) && matches!(rest[j - 1], "on" | "about" | "behind" | "regarding") && !talked(j)
    })?;
    Some(asks(&rest[at..])).filter(|a| *a != Asks::OPEN)
}

/// Whether the "when" or "where" at `i` joins a clause to what was said
/// before it ("…happened to be in algiers when sarraj was there", "how
/// many were killed when sirte fell") rather than asking: it follows a
/// statement's own words, not a word that embeds a question ("does it say
/// when…", "since when"), and a clause with a subject follows it, not a
/// verb of a question ("…after leaving sirte where did they go") or the
/// end ("604 brigade founded when", "truce starts when exactly").
pub fn is_subordinator(words: &[&str], i: usize) -> bool {
    use super::message::{is_aux, is_joiner, is_opener, is_wh, opens_embedded};
    let (Some(w), Some(next)) = (words.get(i), words.get(i + 1)) else { return false };
    if !matches!(*w, "when" | "where") || words.len() <= i + 2 {
        return false;
    }
    // "what is algeria worried about when it comes to egypt": only "about".
    if *w == "when" && matches!(words[i + 1..], ["it", "comes" | "came", "to", ..]) {
        return true;
    }
    // "when the joint call talks about normalization, normalization of
    // what?": where a text says something, then the question.
    let text_says = |v: &&str| matches!(*v, "talks" | "says" | "mentions" | "refers" | "speaks" | "writes");
    let asked_after = |v: &&str| matches!(*v, "what" | "whats" | "which" | "who");
    if *w == "when" && words[i + 1..].iter().take(5).any(text_says) && words[i + 2..].iter().any(asked_after) {
        return true;
    }
    // "is there a line where the two states ask…": where in the text, and
    // what it says there is asked.
    if *w == "where" && i > 0 && is_passage_noun(words[i - 1]) {
        return false;
    }
    let before = &words[..i];
    let said_before = before.iter().filter(|w| !is_opener(w)).take(2).count() == 2;
    // (Past an adverb: "do we know exactly when…" embeds the question.)
    let precise = |w: &&&str| matches!(**w, "exactly" | "precisely" | "roughly" | "approximately");
    said_before
        && before
            .iter()
            .rev()
            .find(|w| !precise(w))
            .is_some_and(|p| !opens_embedded(p) && !is_joiner(p) && !is_wh(p) && !is_asking_link(p))
        && !is_aux(next)
        && !matches!(*next, "exactly" | "again" | "precisely" | "roughly" | "though" | "then" | "and" | "or")
}

/// Words before an embedded question word: "since when", "about where",
/// "on when", "is when".
fn is_asking_link(w: &str) -> bool {
    matches!(w, "since" | "about" | "on" | "of" | "in" | "at" | "from" | "to" | "until" | "till" | "by" | "is" | "was")
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

/// What the noun at `at` asks for after "what/which", as [`noun_asks`];
/// but a sea or a border that only says which thing is meant ("what is
/// the sea deal accused of") asks for no place. "Which waters does the
/// deal cover" and "what sea borders" do.
fn noun_asks_at(words: &[&str], at: usize) -> Option<Asks> {
    let noun = words.get(at)?;
    let asks = noun_asks(noun)?;
    let modifies = |next: &str| !super::message::is_aux(next) && noun_asks(next).is_none();
    // "the sea border agreement": the border says which agreement, and the
    // sea which border.
    let modifies_on = |next: &str| is_sea_or_border(next) && noun_asks_at(words, at + 1).is_none();
    if is_sea_or_border(noun) && words.get(at + 1).is_some_and(|next| modifies(next) || modifies_on(next)) {
        return None;
    }
    // "what time zone is midnight in": a zone, not a time.
    if *noun == "time" && words.get(at + 1).is_some_and(|next| matches!(*next, "zone" | "zones")) {
        return None;
    }
    // "which news site published it": a website, not a place.
    let before = at.checked_sub(1).and_then(|b| words.get(b));
    if matches!(*noun, "site" | "sites") && before.is_some_and(|b| matches!(*b, "news" | "web" | "media")) {
        return None;
    }
    Some(asks)
}

/// Nouns of the sea and of borders, which also name things by what they
/// are about ("sea deal", "border dispute").
fn is_sea_or_border(noun: &str) -> bool {
    matches!(
        noun,
        "sea"
            | "seas"
            | "waters"
            | "border"
            | "borders"
            | "boundary"
            | "boundaries"
            | "region"
            | "regions"
            | "territory"
            | "territories"
    )
}

/// Whether "what/which NOUN" asks for a place ("city", "town", "capital").
pub fn names_a_place_asked(noun: &str) -> bool {
    noun_asks(noun).is_some_and(|a| a.kind == Kind::Where)
}

/// What "what/which NOUN" asks for.
fn noun_asks(noun: &str) -> Option<Asks> {
    Some(match noun {
        "date" | "day" | "days" | "dates" | "weekday" => Asks::when(Grain::Day),
        "year" | "years" => Asks::when(Grain::Year),
        "month" | "months" => Asks::when(Grain::Month),
        "time" | "hour" | "moment" => Asks::when(Grain::Hour),
        "city" | "cities" | "place" | "places" | "town" | "towns" | "location" | "capital" | "venue"
        | "destination" | "facility" | "facilities" | "site" | "sites" | "area" | "areas" | "spot" | "spots"
        | "hometown" | "hometowns" | "birthplace" => Asks::of(Kind::Where),
        // "which waters does the deal cover", "what sea borders".
        sea_or_border if is_sea_or_border(sea_or_border) => Asks::of(Kind::Where),
        "reason" | "reasons" | "motive" | "motives" | "purpose" | "justification" | "rationale" | "grounds"
        | "excuse" | "explanation" | "cause" | "trigger" | "catalyst" => Asks::of(Kind::Why),
        // Titles ("which foreign ministers", "what leader") may be answered
        // by the title of a country ("the Foreign Ministers of Greece…").
        "person" | "official" | "officials" | "guy" | "guys" | "fella" | "feller" | "bloke" | "man" | "men"
        | "woman" | "women" | "politician" | "politicians" | "figure" | "diplomat" | "diplomats" | "journalist"
        | "reporter" | "correspondent" | "writer" | "author" | "general" | "generals" | "officer" | "officers"
        | "colonel" | "commanders" | "envoy" | "envoys" | "mediator" | "mediators" | "negotiator" | "negotiators"
        | "spokesman" | "spokesperson" | "ambassador" | "ambassadors" => Asks::person(),
        "leader" | "leaders" | "minister" | "ministers" | "president" | "presidents" | "commander" | "people"
        | "country" | "countries" | "nation" | "nations" | "nationality" | "nationalities" | "state" | "states"
        | "group" | "groups" | "side" | "power" | "powers" | "neighbour" | "neighbours" | "neighbor" | "neighbors"
        | "government" | "governments" | "govt" | "govts" => Asks::of(Kind::Who),
        "number" | "amount" => Asks::of(Kind::HowMany),
        _ => return None,
    })
}

/// "(is) the number of the unit …": the number one thing goes by. A plural
/// ("the number of the troops") or a collective ("of the dead") is counted.
fn number_of_one(words: &[&str]) -> bool {
    let words = words.strip_prefix(&["is"][..]).or(words.strip_prefix(&["was"][..])).unwrap_or(words);
    words.strip_prefix(&["the"][..]).is_some_and(number_of_the_one)
}

/// "number of the flipped brigade": the number one thing goes by, not how
/// many of the dead or wounded.
fn number_of_the_one(words: &[&str]) -> bool {
    match words {
        ["number", "of", "the" | "that" | "this", one, ..] => {
            !one.ends_with('s') && !matches!(*one, "dead" | "people" | "wounded" | "injured" | "killed" | "staff")
        }
        _ => false,
    }
}

/// What a passage of the article can answer, read from its text and from
/// the types of the concepts it names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Provides {
    pub year: bool,
    pub month: bool,
    pub day: bool,
    pub hour: bool,
    pub duration: bool,
    pub number: bool,
    pub reason: bool,
    /// "years old", "aged", "born": an age.
    pub age: bool,
    /// "will", "would", "if", "planned": it looks ahead.
    pub future: bool,
    /// "300 km", "50 miles": a distance.
    pub distance: bool,
}

/// What several texts provide together: what any of them does.
impl std::ops::BitOrAssign for Provides {
    fn bitor_assign(&mut self, p: Provides) {
        let Provides { year, month, day, hour, duration, number, reason, age, future, distance } = p;
        self.year |= year;
        self.month |= month;
        self.day |= day;
        self.hour |= hour;
        self.duration |= duration;
        self.number |= number;
        self.reason |= reason;
        self.age |= age;
        self.future |= future;
        self.distance |= distance;
    }
}

impl Provides {
    /// Reads a passage's text.
    pub fn of(text: &str) -> Provides {
        let tokens = tokens(text);
        // "after talks … in Istanbul today": a text that is only what led to
        // something gives no reason for anything in it.
        let only_after = tokens.first().is_some_and(|t| t.text == "after")
            && tokens.iter().rev().skip(1).all(|t| t.brk < crate::text::Break::Comma);
        let words: Vec<String> = tokens.into_iter().map(|t| t.text).collect();
        let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
        let year = words.iter().any(|w| is_year(w));
        let month = has(MONTHS);
        let day = has(DAYS) || words.windows(2).any(|p| is_day_number(&p[0]) && MONTHS.contains(&p[1].as_str()));
        Provides {
            year,
            month,
            day,
            hour: has(&["midnight", "noon", "oclock", "am", "pm"]),
            duration: has(&["since", "until", "months", "years", "weeks", "long"])
                || words.windows(2).any(|p| p[0] == "for" && DURATIONS.contains(&p[1].as_str())),
            number: mentions_number(text),
            reason: mentions_reason(&words[usize::from(only_after)..]),
            age: has(&["aged", "born", "age"]) || words.windows(2).any(|p| p[0] == "years" && p[1] == "old"),
            future: has(LOOKING_AHEAD),
            distance: words.iter().enumerate().any(|(i, w)| {
                let unit = |u: &str| {
                    matches!(u, "km" | "kms" | "kilometres" | "kilometers" | "miles" | "mi" | "metres" | "meters")
                };
                let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                let number = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
                // "300 km", and "300km" written as one word.
                number
                    && (unit(&w[digits.len()..])
                        || digits.len() == w.len() && words.get(i + 1).is_some_and(|u| unit(u)))
            }),
        }
    }

    pub fn time(self) -> bool {
        self.year || self.month || self.day || self.hour
    }

    /// Whether the passage gives what a time question of this precision wants.
    pub fn grain(self, grain: Grain) -> bool {
        match grain {
            Grain::Year => self.year,
            Grain::Month => self.month,
            Grain::Day => self.day,
            Grain::Hour => self.hour,
            Grain::Age => self.age,
            Grain::Plan => self.future,
            Grain::Distance => self.distance,
            // Who is named in full depends on the question (`Offer::answers`).
            Grain::GivenName => false,
        }
    }
}

/// Words of a passage that looks ahead: a plan, a condition, a threat.
const LOOKING_AHEAD: &[&str] = &[
    "will",
    "would",
    "if",
    "unless",
    "could",
    "might",
    "going",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "threat",
    "threatens",
    "threatened",
    "warn",
    "warns",
    "warned",
];

/// "what was cavusoglu in algiers for", "what is the zone for": "what",
/// a copula, and "for" at the end ask what something is for. Not what a
/// name is short for, what someone is known for, or what they ask for.
fn asks_a_purpose(words: &[&str]) -> bool {
    let copula = words[0] == "whats" || matches!(words.get(1), Some(&("is" | "was" | "are" | "were" | "s")));
    let trail = |w: &&&str| matches!(**w, "like" | "exactly" | "again" | "then" | "though" | "really" | "anyway");
    let mut rest = words.iter().rev().skip_while(trail);
    let ends_with_for = rest.next() == Some(&"for");
    let before = rest.next().copied().unwrap_or("");
    let other = matches!(
        before,
        "short"
            | "known"
            | "famous"
            | "responsible"
            | "used"
            | "blamed"
            | "named"
            | "asking"
            | "calling"
            | "looking"
            | "hoping"
            | "waiting"
            | "pushing"
            | "pressing"
            | "voting"
            | "stand"
            | "stands"
            | "standing"
            | "pay"
            | "paying"
            | "accounting"
            | "grateful"
            | "sorry"
            | "ready"
            | "prepared"
            | "planned"
            | "scheduled"
            | "set"
    );
    copula && words.len() > 3 && ends_with_for && !other
}

/// "what's conte's first name", "erdogan's full name?": a name given in
/// full, not what the article says of the one named.
pub fn asks_a_given_name(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        let next = words.get(i + 1).copied().unwrap_or("");
        matches!(*w, "forename" | "forenames" | "firstname")
            || matches!(*w, "first" | "given" | "full" | "christian") && matches!(next, "name" | "names")
    })
}

/// "what will greece do if…", "what would algeria do if someone crossed
/// it", "what is cairo planning to do": what someone would do, under a
/// condition or by a plan.
pub fn asks_a_plan(words: &[&str]) -> bool {
    // "do" a few words on: "will athens, nicosia and cairo do".
    let does = |from: usize, within: usize| words.iter().skip(from).take(within).position(|w| *w == "do");
    // After "what" or "how" ("…or does he only plan to do that?" asks
    // whether it was done).
    let Some(asked) = words.iter().position(|w| matches!(*w, "what" | "whats" | "how")) else {
        return false;
    };
    words.iter().enumerate().skip(asked + 1).any(|(i, w)| match *w {
        "would" | "will" | "gonna" => {
            does(i + 1, 7).is_some_and(|k| words[i + 2 + k..].iter().any(|w| matches!(*w, "if" | "unless")))
        }
        "planning" | "plan" | "plans" | "intend" | "intends" | "intending" => {
            words.get(i + 1) == Some(&"to") && does(i + 2, 3).is_some()
        }
        _ => false,
    })
}

const MONTHS: &[&str] = &[
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
];

/// Days, named or relative to the article: "on Monday", "today".
const DAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"];

const DURATIONS: &[&str] = &["months", "years", "weeks", "days", "hours", "decades", "long", "now"];

/// A year of the article's era written in digits: "2019".
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
}

/// A month's number, January being 1.
pub fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().position(|m| *m == w).map(|k| k as u32 + 1)
}

/// A day of the week by name ("monday"), not one relative to the article.
pub fn is_weekday(w: &str) -> bool {
    DAYS[..7].contains(&w)
}

pub fn is_day_number(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Verbs whose "how much" asks a degree: "how much does it matter", "how
/// much did the loss hurt them".
fn is_degree_verb(w: &str) -> bool {
    matches!(
        w,
        "matter"
            | "matters"
            | "mattered"
            | "care"
            | "cares"
            | "cared"
            | "hurt"
            | "hurts"
            | "help"
            | "helps"
            | "helped"
            | "affect"
            | "affects"
            | "affected"
            | "change"
            | "changes"
            | "changed"
            | "mean"
            | "means"
            | "meant"
            | "worry"
            | "worries"
            | "worried"
            | "influence"
            | "influenced"
            | "count"
            | "counts"
    )
}

/// Whether word `i` names a time: a month, a day, "midnight", a year, or
/// the day of a date ("12" in "12 January").
pub fn is_time_word(words: &[String], i: usize) -> bool {
    let w = words[i].as_str();
    MONTHS.contains(&w)
        || DAYS.contains(&w)
        || matches!(w, "midnight" | "noon")
        || is_year(w)
        || (is_day_number(w) && words.get(i + 1).is_some_and(|n| MONTHS.contains(&n.as_str())))
}

const NUMBER_WORDS: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand"];

/// Whether a word is a number in words ("two") or digits ("3").
pub fn is_number_word(w: &str) -> bool {
    NUMBER_WORDS.contains(&w) || (!w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
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
        let named = words.get(i + 1).is_some_and(|next| next.starts_with(char::is_uppercase));
        digits && !is_year(w) && !named
    })
}

/// Verbs whose "to" introduces what is wanted or tried, not a purpose.
fn is_catenative(w: &str) -> bool {
    matches!(
        w,
        "attempt"
            | "attempted"
            | "attempting"
            | "try"
            | "tried"
            | "trying"
            | "going"
            | "want"
            | "wanted"
            | "plan"
            | "planned"
            | "planning"
            | "opposed"
            | "agreed"
            | "decided"
            | "happened"
            | "able"
            | "likely"
            | "expected"
            | "seems"
            | "seemed"
            | "refused"
            | "hope"
            | "hoped"
            | "used"
    )
}

/// Whether a text gives a reason or purpose: "to avoid", "because", "after".
fn mentions_reason(words: &[String]) -> bool {
    const MARKERS: &[&str] =
        &["because", "since", "after", "due", "so", "reason", "why", "avoid", "advantage", "against", "saying"];
    // "since his attack in April 2019" is a time, not a reason.
    let dated_since = |i: usize| {
        words[i] == "since" && words[i + 1..].iter().take(6).any(|w| is_year(w) || month_number(w).is_some())
    };
    (0..words.len()).any(|i| MARKERS.contains(&words[i].as_str()) && !dated_since(i))
        // "to avoid bloodshed", "diverted to defend Tripoli"; not what a verb
        // wants done ("attempt to take Sirte", "going to meet Conte").
        || words.windows(3).any(|p| {
            p[1] == "to" && p[2].len() > 3 && !p[2].starts_with(char::is_numeric) && !is_catenative(&p[0])
        })
        || words.windows(2).any(|p| p[0] == "put" && p[1] == "down")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn asks_of(q: &str) -> Asks {
        let words: Vec<String> = tokens(q).into_iter().map(|t| t.text).collect();
        asks(&words.iter().map(String::as_str).collect::<Vec<_>>())
    }

    #[test]
    fn question_words_and_nouns_decide() {
        assert_eq!(asks_of("since when").kind, Kind::When);
        assert_eq!(asks_of("how many people").kind, Kind::HowMany);
        assert_eq!(asks_of("how much does sirte matter to them").kind, Kind::Open);
        assert_eq!(asks_of("how much did turkey pay").kind, Kind::HowMany);
        assert_eq!(asks_of("whats the number of the unit that turned"), Asks::OPEN, "the number it goes by");
        assert_eq!(asks_of("what is the number of the troops sent").kind, Kind::HowMany);
        assert_eq!(asks_of("what was the number of the dead").kind, Kind::HowMany);
        assert_eq!(asks_of("how long did the talks last").kind, Kind::HowLong);
        assert_eq!(asks_of("what month did daesh take sirte"), Asks::when(Grain::Month));
        assert_eq!(asks_of("which european leader did he call").kind, Kind::Who);
        assert_eq!(asks_of("which north african capital was he flying to").kind, Kind::Where);
        assert_eq!(asks_of("which official did he meet"), Asks::person());
        assert_eq!(asks_of("what justification did they give").kind, Kind::Why);
        assert_eq!(asks_of("exact date the deal was signed"), Asks::when(Grain::Day));
        assert_eq!(asks_of("main reason sirte fell").kind, Kind::Why);
        assert_eq!(asks_of("any casualty figures").kind, Kind::HowMany);
        assert_ne!(asks_of("did sarraj see other algerian figures").kind, Kind::HowMany);
        assert_eq!(asks_of("is there a line where the two states ask for talks").kind, Kind::Open);
        assert_eq!(asks_of("which four govts rejected the deals").kind, Kind::Who);
        assert_eq!(asks_of("how far does the zone reach").grain, Some(Grain::Distance));
        assert_eq!(asks_of("how long ago was the brigade formed").kind, Kind::When);
        assert_eq!(asks_of("what was the number again").kind, Kind::Open);
        assert_eq!(asks_of("why is brussels in the article").kind, Kind::Open);
        assert_eq!(asks_of("what was the number of deals").kind, Kind::HowMany);
        // Days after something: a time, which dates settle.
        assert_eq!(asks_of("how many days after the talks does the truce start").kind, Kind::When);
        assert_eq!(asks_of("how many days did the talks last").kind, Kind::HowMany);
        assert_eq!(asks_of("how many years did they hold sirte").kind, Kind::HowLong);
        assert!(asks_of("which turkish general leads them").person, "a rank is a person");
        assert_eq!(asks_of("which side of the country is the lna from").kind, Kind::Where);
        assert_eq!(asks_of("which side of the war is turkey on").kind, Kind::Who);
        assert_eq!(asks_of("which country backs him").kind, Kind::Who);
        assert_eq!(asks_of("what nationality are the contractors").kind, Kind::Who);
        assert_eq!(asks_of("which arab state joined greece").kind, Kind::Who);
        // A time clause after a talk, not a question about when.
        assert_eq!(asks_of("what did they talk about when they met in algiers").kind, Kind::Open);
        assert_eq!(asks_of("what does it say about when the truce starts").kind, Kind::When);
        assert_eq!(asks_of("is it true").kind, Kind::Open);
        // "when it comes to" is only "about".
        assert_eq!(asks_of("whats algeria worried about when it comes to egypt").kind, Kind::Open);
        assert_eq!(asks_of("when did it come to an end").kind, Kind::When);
        assert!(asks_of("which of the two guys backs haftar").person);
        assert_eq!(asks_of("which of the countries signed").kind, Kind::Who);
        assert_eq!(asks_of("where does algeria stand on foreign troops").kind, Kind::Open);
        assert_eq!(asks_of("where does tunisia fit in").kind, Kind::Open);
        assert_eq!(asks_of("are there more russian contractors than turkish advisers").kind, Kind::HowMany);
        assert_eq!(asks_of("were there more meetings than usual").kind, Kind::Open);
        assert_eq!(asks_of("is turkey more involved than russia").kind, Kind::Open);
        assert_eq!(asks_of("how far is the airbase from sirte").grain, Some(Grain::Distance));
        assert_eq!(asks_of("how far out does the zone reach").grain, Some(Grain::Distance));
        assert_eq!(asks_of("does it say how far the airbase is from sirte").grain, Some(Grain::Distance));
        assert_eq!(asks_of("how far did the fighting spread").kind, Kind::Open);
        // Reasons offered as a choice ask why, numbers or places among them.
        assert_eq!(asks_of("did they win because of numbers or because they were busy").kind, Kind::Why);
        assert_eq!(asks_of("did they lose because they were busy somewhere else").kind, Kind::Open);
        assert_eq!(asks_of("anywhere else").kind, Kind::Where);
        assert_eq!(asks_of("did he go anywhere else").kind, Kind::Where);
        assert_eq!(asks_of("does it help his alliances anywhere else").kind, Kind::Open, "whether, not where");
    }

    #[test]
    fn a_trailing_how_after_its_own_words_asks_in_what_way() {
        assert_eq!(asks_of("how so").kind, Kind::Why);
        assert_eq!(asks_of("and how").kind, Kind::Why);
        assert_eq!(asks_of("cyprus involved how").kind, Kind::Open);
    }

    #[test]
    fn a_thing_that_explains_is_a_cause() {
        assert_eq!(asks_of("what was the main thing that explained the takeover").kind, Kind::Why);
        assert_eq!(asks_of("what is the thing they signed").kind, Kind::Open);
        assert_eq!(asks_of("what did cyprus blame the tension on").kind, Kind::Why);
        assert_eq!(asks_of("did cyprus object for money or because of pride").kind, Kind::Why);
        assert_eq!(asks_of("did cyprus object or not").kind, Kind::Open);
    }

    #[test]
    fn a_text_that_is_only_what_led_to_something_gives_no_reason() {
        assert!(!Provides::of("after talks between the two presidents in Istanbul today").reason);
        assert!(Provides::of("After a recent agreement with Tripoli, Turkey said it will send advisers").reason);
        assert!(Provides::of("they withdrew after the brigade turned").reason);
    }

    #[test]
    fn passages_provide_times_numbers_and_reasons() {
        let p = Provides::of("The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.");
        assert!(p.year && !p.month && !p.number && p.reason);
        assert!(!p.grain(Grain::Month) && p.grain(Grain::Year));
        let p = Provides::of("Sarraj was in Algiers on 6 January for discussions.");
        assert!(p.day && p.month && !p.year);
        let p = Provides::of("the takeover of Sirte by Hafter’s forces on Monday");
        assert!(p.day && p.grain(Grain::Day));
        assert!(Provides::of("speculation for months – since his attack").duration);
        assert!(Provides::of("the four countries said").number);
        // A purpose, not what a verb wants; a date after "since" is a time.
        assert!(Provides::of("they had withdrawn from Sirte to avoid bloodshed").reason);
        assert!(!Provides::of("Hafter would attempt to take Sirte for months – since his attack in April 2019").reason);
    }

    #[test]
    fn listing_everyone_asks_who() {
        assert_eq!(asks_of("list everyone trump talked to").kind, Kind::Who);
        assert_eq!(asks_of("did everyone agree").kind, Kind::Open);
    }

    #[test]
    fn what_something_is_for_asks_a_purpose() {
        assert_eq!(asks_of("what was cavusoglu in algiers for").kind, Kind::Why);
        assert_eq!(asks_of("whats the no fly zone for exactly").kind, Kind::Why);
        assert_eq!(asks_of("what is lna short for").kind, Kind::Open);
        assert_eq!(asks_of("what are they asking for").kind, Kind::Open);
        assert_eq!(asks_of("what did they call for").kind, Kind::Open);
    }

    #[test]
    fn first_and_full_names_are_asked_as_names() {
        let given = |q: &str| asks_a_given_name(&q.split(' ').collect::<Vec<_>>());
        assert!(given("whats contes first name"));
        assert!(given("erdogans full name pls"));
        assert!(given("his forename"));
        assert!(!given("who was named first"));
        assert!(!given("the name of the brigade"));
    }

    #[test]
    fn a_plan_is_what_someone_would_do() {
        let plan = |q: &str| asks_a_plan(&q.split(' ').collect::<Vec<_>>());
        assert!(plan("what will athens and cairo do if ankara carries on"));
        assert!(plan("what is cairo planning to do about it"));
        assert!(!plan("what did ankara say it would do after signing"), "no condition");
        assert!(!plan("what will they do"), "no condition");
        assert!(!plan("did he call or is that something he is only planning to do"), "a yes or no");
        assert!(Provides::of("Turkey has said it will send military advisers").grain(Grain::Plan));
        assert!(!Provides::of("Tripoli was a red line no one should cross").grain(Grain::Plan));
        assert!(Provides::of("Jufra lies 300 km south of Sirte").grain(Grain::Distance));
        assert!(Provides::of("Jufra lies 300km south of Sirte").grain(Grain::Distance));
        assert!(!Provides::of("In 2016 some left").grain(Grain::Distance));
        assert!(!Provides::of("his Jufra airbase to the south of Sirte").grain(Grain::Distance));
    }

    #[test]
    fn a_joining_when_or_where_asks_nothing() {
        assert_eq!(asks_of("so the minister just happened to be in algiers when sarraj was there").kind, Kind::Open);
        assert_eq!(asks_of("how many were killed when sirte fell").kind, Kind::HowMany);
        assert_eq!(asks_of("604 brigade founded when").kind, Kind::When);
        assert_eq!(asks_of("truce starts when exactly").kind, Kind::When);
        assert_eq!(asks_of("after leaving sirte where did the forces go").kind, Kind::Where);
        assert_eq!(asks_of("does it say when the truce starts").kind, Kind::When);
    }

    #[test]
    fn an_open_what_takes_the_kind_it_goes_on_to_name() {
        assert_eq!(asks_of("what's the theory on why he moved on sirte").kind, Kind::Why);
        assert_eq!(asks_of("what was cavusoglu's official reason for being there").kind, Kind::Why);
        assert_eq!(asks_of("what did turkey say about the deal").kind, Kind::Open);
        assert_eq!(asks_of("whats the name of the guy who commands the brigade"), Asks::person());
        assert_eq!(asks_of("what's the name of the city where they met").kind, Kind::Where);
        assert_eq!(asks_of("which facility does the zone cover").kind, Kind::Where);
        assert_eq!(asks_of("when the statement talks about weapons, weapons of what kind").kind, Kind::Open);
        assert_eq!(asks_of("when does the statement talk about weapons").kind, Kind::When);
        assert_eq!(asks_of("how far south of sirte is jufra").grain, Some(Grain::Distance));
    }

    #[test]
    fn where_or_why_the_article_says_something_asks_what_it_says() {
        assert_eq!(asks_of("irregular migration mentioned where").kind, Kind::Open);
        assert_eq!(asks_of("where does the article mention the oil crescent").kind, Kind::Open);
        assert_eq!(asks_of("where does it say that algeria backs sarraj").kind, Kind::Open);
        assert_eq!(asks_of("where in the text is jufra").kind, Kind::Open);
        assert_eq!(asks_of("where did putin say it").kind, Kind::Where);
        assert_eq!(asks_of("did sarraj go anywhere besides brussels").kind, Kind::Where);
        assert_eq!(asks_of("merkel mentioned why").kind, Kind::Open);
        assert_eq!(
            asks_of("where will the talks be held, is any city there to be read in the article").kind,
            Kind::Where
        );
    }

    #[test]
    fn an_envoy_or_a_negotiator_is_a_person_asked() {
        assert!(asks_of("which un envoy is supposed to run the peace talks").person);
        assert!(asks_of("what mediator did they choose").person);
        assert!(asks_of("which bloke leads the tripoli government").person, "a chat word for a person");
    }

    #[test]
    fn a_sea_or_a_border_asks_where_unless_it_says_which_thing() {
        assert_eq!(asks_of("which waters does the maritime deal cover").kind, Kind::Where);
        assert_eq!(asks_of("which sea borders does the deal draw").kind, Kind::Where);
        assert_eq!(asks_of("what is the sea deal accused of violating").kind, Kind::Open);
        assert_eq!(asks_of("what border dispute is it about").kind, Kind::Open);
        assert_eq!(asks_of("what is the sea border agreement called").kind, Kind::Open);
        assert_eq!(asks_of("what is the name of the sea border agreement").kind, Kind::Open);
        assert_eq!(asks_of("what is the name of the city where they met").kind, Kind::Where);
    }
}
