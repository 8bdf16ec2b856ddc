//! What a question's words ask for: a time, a place, a person, a number,
//! a reason, and how precise (see [`asks`]).

use super::*;

/// Whether the words after "why" ask why the article mentions something.
pub(super) fn mentions(rest: &[&str]) -> bool {
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
pub(super) fn in_the_text(words: &[&str]) -> bool {
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
            // "how much of the 604 is ferjan": a share, which words may
            // give ("in large part"), not a number.
            "how" if next == "much" && words.get(i + 2) == Some(&"of") => return Asks::OPEN,
            "how" if matches!(next, "many" | "much") => return Asks::of(Kind::HowMany),
            // "how long ago was it formed": when, not for how long.
            "how" if next == "long" && after == "ago" => return Asks::of(Kind::When),
            // "how long did it take to push is out", "how long did the fight
            // for sirte take": how long an event took (not "how long had he
            // wanted to take sirte", "…been running it before haftar took it").
            "how"
                if next == "long"
                    && matches!(after, "did" | "does" | "do" | "will" | "would" | "could" | "it" | "is" | "was")
                    && (i + 2..words.len().min(i + 14)).any(|k| {
                        matches!(words[k], "take" | "took" | "takes")
                            && !matches!(words[k - 1], "to" | "before" | "after" | "when" | "until" | "since")
                    }) =>
            {
                return Asks { grain: Some(Grain::Took), ..Asks::of(Kind::HowLong) }
            }
            "how" if next == "long" => return Asks::of(Kind::HowLong),
            // "how far back did the guessing go": since when, not a distance.
            "how" if next == "far" && after == "back" => return Asks::of(Kind::When),
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
            // "how did the misratans justify pulling out", "how did they
            // explain leaving sirte": the reason they gave.
            "how"
                if matches!(next, "did" | "do" | "does" | "would" | "could" | "can")
                    && words[i + 2..].iter().take(5).any(|w| is_reason_verb(w)) =>
            {
                return Asks::of(Kind::Why)
            }
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
            // "what made them pull out", "what mostly explains the fall";
            // but "what made the 604 different" asks what sets it apart.
            "what" if causes_at(words, i + 1) => return Asks::of(Kind::Why),
            // "what's the actual death toll": a count.
            "what" | "whats" if words[i + 1..].iter().take(5).any(|w| matches!(*w, "toll" | "tally")) => {
                return Asks::of(Kind::HowMany)
            }
            // "what was cavusoglu in algiers for": a purpose.
            "what" | "whats" if asks_a_purpose(&words[i..]) => return Asks::of(Kind::Why),
            // "what number is the brigade", "what was the number again",
            // "whats its number again": the number it goes by, not a count.
            // So is "whats the number of the unit": of one thing, not of many.
            "what" | "which" | "whats"
                if next == "number" && matches!(after, "is" | "was" | "does")
                    || matches!(
                        without_copula(&words[i + 1..]),
                        ["the" | "its", "number"] | ["the" | "its", "number", "again"]
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
                    let further =
                        words[i + 1..].iter().take(5).skip(1).take_while(|w| !crate::engine::message::is_aux(w));
                    further.filter_map(|w| noun_asks(w)).find(|a| a.kind == Kind::Why)
                };
                // "what's the name of the guy who…", "…of the city where":
                // the noun named is what is asked.
                let named = || {
                    let from = i + 1 + usize::from(next == "is");
                    let rest = &words[from..words.len().min(from + 6)];
                    let of = rest.windows(2).position(is_name_of)?;
                    let first =
                        (of + 2..rest.len()).find(|&j| !matches!(rest[j], "the" | "a" | "an" | "this" | "that"))?;
                    // The last word of the phrase is its noun: "the un
                    // envoy who…", "the eastern general's airbase".
                    let first = from + first;
                    let last = (first..words.len().min(first + 3))
                        .take_while(|&j| {
                            let w = words[j];
                            !matches!(w, "who" | "which" | "where" | "that") && !crate::engine::message::is_aux(w)
                        })
                        .last()
                        .unwrap_or(first);
                    // (Only a person so: "the russian contractor group" is
                    // a name the article may not give.)
                    // ("the generals airbase": a possessive, its 's lost,
                    // names whose it is, not what is asked.)
                    let possessive = words[first].ends_with('s')
                        && last > first
                        && words.get(first + 1).is_some_and(|w| {
                            !matches!(*w, "of" | "in" | "from" | "at" | "on" | "for" | "with" | "the" | "a" | "an")
                        });
                    // "the name of the city hafters guys took", "…of the
                    // airport hafter's guys closed": a place is named, not
                    // the people of the clause after it.
                    if let Some(place) = noun_asks_at(words, first).filter(|a| a.kind == Kind::Where) {
                        return Some(place);
                    }
                    if matches!(
                        words[first],
                        "airport" | "airports" | "airbase" | "airbases" | "airfield" | "airfields"
                    ) {
                        return None;
                    }
                    noun_asks_at(words, last)
                        .filter(|a| a.person && last > first)
                        .or_else(|| noun_asks_at(words, first).filter(|_| !possessive))
                        .filter(|a| a.kind != Kind::Why)
                };
                // "what's the greek foreign minister's name": the noun
                // before "name" is what is asked.
                let name_after = || {
                    let rest = &words[i + 1..words.len().min(i + 8)];
                    let at = rest.iter().position(|w| matches!(*w, "name" | "names"))?;
                    // (Not "the official name of…": see noun_asks_at.)
                    at.checked_sub(1).and_then(|b| noun_asks_at(words, i + 1 + b)).filter(|a| a.kind == Kind::Who)
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
                if crate::engine::asked::region_of_land(words, i + 1).is_some() {
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
                    // "what kinda group": a kind of thing, as "what kind
                    // of group" asks, not the group's name.
                    // Nor the subject of "what did president trump say".
                    .or_else(|| {
                        let subject =
                            matches!(next, "did" | "does" | "do" | "will" | "would" | "can" | "could" | "should");
                        noun_asks_at(words, i + 2).filter(|_| !matches!(next, "kinda" | "sorta") && !subject)
                    })
                    // (Not the subject of what is asked: "what was the
                    // general getting ahead of", "what was the general after".)
                    .or_else(|| rest.filter(|&j| !subject_doing(words, j)).and_then(|j| noun_asks_at(words, j)))
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
        let yes_no = words.first().is_some_and(|w| crate::engine::message::is_aux(w));
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

/// Whether the noun at `at` does what is asked, after "what was the":
/// a verb in -ing or a last "after" follows it ("the general getting
/// ahead of", "the general after").
fn subject_doing(words: &[&str], at: usize) -> bool {
    match words.get(at + 1) {
        Some(&"after") => at + 2 == words.len(),
        Some(w) => w.len() > 4 && w.ends_with("ing") && !matches!(*w, "during" | "nothing" | "something" | "anything"),
        None => false,
    }
}

/// Whether a pair of words is "name of" ("names of"): "the name of the
/// guy who…" asks who.
pub fn is_name_of(pair: &[&str]) -> bool {
    matches!(pair, [name, "of"] if name.starts_with("name"))
}

/// "what's the theory on why he moved", "what does it say about when":
/// a question word after "on" or "about" says what the open "what" asks.
pub(super) fn embedded(rest: &[&str]) -> Option<Asks> {
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
        crate::engine::message::is_wh(rest[j])
            && matches!(rest[j - 1], "on" | "about" | "behind" | "regarding")
            && !talked(j)
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
    use crate::engine::message::{is_aux, is_joiner, is_opener, is_wh, opens_embedded};
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
pub(super) fn is_asking_link(w: &str) -> bool {
    matches!(w, "since" | "about" | "on" | "of" | "in" | "at" | "from" | "to" | "until" | "till" | "by" | "is" | "was")
}

/// What the noun at `at` asks for after "what/which", as [`noun_asks`];
/// but a sea or a border that only says which thing is meant ("what is
/// the sea deal accused of") asks for no place. "Which waters does the
/// deal cover" and "what sea borders" do.
pub(super) fn noun_asks_at(words: &[&str], at: usize) -> Option<Asks> {
    let noun = words.get(at)?;
    let asks = noun_asks(noun)?;
    let modifies = |next: &str| !crate::engine::message::is_aux(next) && noun_asks(next).is_none();
    // "the sea border agreement": the border says which agreement, and the
    // sea which border.
    let modifies_on = |next: &str| is_sea_or_border(next) && noun_asks_at(words, at + 1).is_none();
    if is_sea_or_border(noun) && words.get(at + 1).is_some_and(|next| modifies(next) || modifies_on(next)) {
        return None;
    }
    // "what's the official name", "the official line": a word for the
    // thing, not an official.
    let thing = |next: &&str| {
        matches!(
            *next,
            "name" | "names" | "title" | "line" | "version" | "story" | "position" | "stance" | "statement" | "reason"
        )
    };
    if *noun == "official" && words.get(at + 1).is_some_and(thing) {
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

/// Whether a causal verb stands at `at`, after an adverb or not ("what
/// mostly explains…"), and what it makes is no quality ("what made the
/// brigade different").
fn causes_at(words: &[&str], at: usize) -> bool {
    let adverb = |w: &str| matches!(w, "mostly" | "mainly" | "really" | "actually" | "best" | "chiefly" | "exactly");
    let at = if words.get(at).is_some_and(|w| adverb(w)) { at + 1 } else { at };
    let quality = |w: &&str| matches!(*w, "different" | "special" | "unique" | "distinct" | "stand" | "stands");
    causal_verb_at(words, at) > 0 && !words[at..].iter().take(6).any(quality)
}

/// Verbs of giving a reason: "how did they justify it", "how do they
/// explain it".
fn is_reason_verb(w: &str) -> bool {
    matches!(
        w,
        "justify"
            | "justified"
            | "justifies"
            | "explain"
            | "explained"
            | "explains"
            | "rationalise"
            | "rationalize"
            | "rationalised"
            | "rationalized"
    )
}

/// Nouns of the sea and of borders, which also name things by what they
/// are about ("sea deal", "border dispute").
pub(super) fn is_sea_or_border(noun: &str) -> bool {
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
pub(super) fn noun_asks(noun: &str) -> Option<Asks> {
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
pub(super) fn number_of_one(words: &[&str]) -> bool {
    without_copula(words).strip_prefix(&["the"][..]).is_some_and(number_of_the_one)
}

/// Words without the "is" or "was" they open on: "(is) the number…".
fn without_copula<'a>(words: &'a [&'a str]) -> &'a [&'a str] {
    words.strip_prefix(&["is"][..]).or(words.strip_prefix(&["was"][..])).unwrap_or(words)
}

/// "number of the flipped brigade": the number one thing goes by, not how
/// many of the dead or wounded.
pub(super) fn number_of_the_one(words: &[&str]) -> bool {
    match words {
        ["number", "of", "the" | "that" | "this", one, ..] => {
            !one.ends_with('s') && !matches!(*one, "dead" | "people" | "wounded" | "injured" | "killed" | "staff")
        }
        _ => false,
    }
}

/// "what was cavusoglu in algiers for", "what is the zone for": "what",
/// a copula, and "for" at the end ask what something is for. Not what a
/// name is short for, what someone is known for, or what they ask for.
pub(super) fn asks_a_purpose(words: &[&str]) -> bool {
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

/// "what's conte's first name", as [`asks_a_given_name`], but not "who's the
/// guy sarraj met, full name?", which asks who, named in full ("what is the
/// first name of the man who…" still asks a first name).
pub fn asks_a_first_name(words: &[&str]) -> bool {
    asks_a_given_name(words)
        && words.iter().find(|w| crate::engine::message::is_wh(w)).is_none_or(|w| !matches!(*w, "who" | "whos"))
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

/// Verbs whose "how much" asks a degree: "how much does it matter", "how
/// much did the loss hurt them".
pub(super) fn is_degree_verb(w: &str) -> bool {
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
