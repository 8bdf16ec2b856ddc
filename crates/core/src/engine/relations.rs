//! What a text says about whom, beyond which words it has: who speaks
//! ("Trump said…"), who holds a title ("the Turkish foreign minister",
//! "the capital of Cyprus"), and what is counted ("the four countries").
//!
//! A bag of words cannot tell "What did Merkel say to Trump?" from what
//! Trump said to Merkel, or the Algerian foreign minister from the Turkish
//! one in Algiers. These relations, read from word order, can.

use super::analyze::{Analyzer, EntityType, Term};
use crate::text::Break;

/// A term of a text, where it stands (words `start..end`) and what it names.
#[derive(Debug, Clone)]
pub struct Occurrence {
    pub term: Term,
    pub entity: Option<EntityType>,
    pub start: usize,
    pub end: usize,
}

/// The relations of a passage.
#[derive(Debug, Clone, Default)]
pub struct Relations {
    /// Those it reports as saying something.
    pub speakers: Vec<Term>,
    /// (title, holder): "Turkish foreign minister" is (foreignminister, turkey).
    pub bindings: Vec<(Term, Term)>,
    /// What it counts: "the four countries" counts countries.
    pub counts: Vec<Term>,
    /// The terms near a time it gives: "announced … today" gives the time
    /// of the announcement.
    pub timed: Vec<Term>,
    /// The places and countries it puts something in: what it can answer
    /// "where" with.
    pub located: Vec<Term>,
    /// The terms with a place in the same stretch between commas: "talks
    /// … in Istanbul today" places the talks, not the "peace talks" called
    /// for after a comma further on.
    pub placed: Vec<Term>,
    /// The terms of `placed` that only an occasion places ("at a press
    /// conference"): what was said there, but not where the occasion was.
    pub at_venue: Vec<Term>,
    /// (speaker, addressee): "the Algerian president told Sarraj" is
    /// (algeria, serraj).
    pub addressed: Vec<(Term, Term)>,
    /// The names of each clause: "Serraj visited the EU in Brussels and
    /// Hafter met Conte in Rome" has two, so Conte is not whom Serraj met.
    pub clauses: Vec<Vec<(Term, EntityType)>>,
    /// The terms it names only as a cause: in "the takeover was put down to
    /// a local force turning on the Tripoli forces", the turning explains
    /// the takeover; nothing explains the turning.
    pub causes: Vec<Term>,
    /// The terms it names beside others joined by "and" or "or": in "a
    /// move on his Jufra airbase … and even the oil crescent", the airbase
    /// is one thing of several, so "besides Jufra, what else…" may be
    /// answered by the same passage.
    pub coordinated: Vec<Term>,
}

/// Reads a passage's relations.
pub fn of_passage(analyzer: &Analyzer, text: &str) -> Relations {
    let (words, breaks) = analyzer.words(text);
    let occurrences = analyzer.occurrences(&words);
    let places = located(&words, &breaks, &occurrences);
    let (placed, at_venue) = placed(&places, &words, &breaks, &occurrences);
    Relations {
        speakers: speakers(analyzer, &words, &breaks, &occurrences),
        bindings: bindings(&words, &occurrences),
        counts: counts(&words, &occurrences).into_iter().chain(listed(&words, &breaks, &occurrences)).collect(),
        timed: timed(&words, &breaks, &occurrences),
        placed,
        at_venue,
        located: places.into_iter().map(|(t, _)| t).collect(),
        addressed: addressed(analyzer, &words, &breaks, &occurrences),
        clauses: clauses(analyzer, &words, &breaks, &occurrences),
        causes: causes(&words, &breaks, &occurrences),
        coordinated: coordinated(&words, &breaks, &occurrences),
    }
}

/// How far (in words) a term may stand from "and" or "or" to be joined by
/// it to another.
const NEAR_JOIN: usize = 6;

/// The terms joined by "and", "or" or "nor" to another term of the same
/// sentence, each within a few words of the joining word.
fn coordinated(words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<Term> {
    let sentence_of = |i: usize| breaks[..i].iter().filter(|b| **b >= Break::Stop).count();
    let joins: Vec<usize> = (0..words.len()).filter(|&i| matches!(words[i].as_str(), "and" | "or" | "nor")).collect();
    // At most NEAR_JOIN words between the term and the joining word.
    let before =
        |o: &Occurrence, j: usize| o.end <= j && j - o.end <= NEAR_JOIN && sentence_of(o.start) == sentence_of(j);
    let after = |o: &Occurrence, j: usize| {
        o.start > j && o.start - j <= NEAR_JOIN + 1 && sentence_of(o.start) == sentence_of(j)
    };
    let mut out: Vec<Term> = Vec::new();
    for &j in &joins {
        let left: Vec<&Occurrence> = occurrences.iter().filter(|o| before(o, j)).collect();
        let right: Vec<&Occurrence> = occurrences.iter().filter(|o| after(o, j)).collect();
        let distinct = left.iter().any(|a| right.iter().any(|b| a.term != b.term));
        if distinct {
            out.extend(left.iter().chain(&right).map(|o| o.term.clone()));
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The terms named after a word that gives a cause ("put down to",
/// "because of", "due to") in its sentence, and not before it: what the
/// passage explains by, not what it explains.
fn causes(words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<Term> {
    let marks_cause = |i: usize| {
        let w = |k: usize| words.get(k).map_or("", String::as_str);
        match w(i) {
            "because" => true,
            "due" | "owing" | "thanks" => w(i + 1) == "to",
            "put" => w(i + 1) == "down" && (w(i + 2) == "to" || w(i + 3) == "to"),
            "result" => w(i.wrapping_sub(1)) == "a" && w(i + 1) == "of",
            _ => false,
        }
    };
    // "However, after talks … in Istanbul today, Turkey and Russia called…":
    // what comes after the call, up to the comma, led to it.
    let opens_after = |i: usize| words[i] == "after" && (i == 0 || breaks[i - 1] >= Break::Comma);
    let mut out: Vec<Term> = Vec::new();
    let mut start = 0;
    for end in (0..words.len()).filter(|&i| breaks[i] >= Break::Stop || i + 1 == words.len()) {
        let marked = (start..=end).find(|&i| marks_cause(i)).map(|at| (at, end));
        let after = || {
            let at = (start..=end).find(|&i| opens_after(i))?;
            Some((at, (at..end).find(|&i| breaks[i] >= Break::Comma).unwrap_or(end)))
        };
        if let Some((at, last)) = marked.or_else(after) {
            let before: Vec<&Term> =
                occurrences.iter().filter(|o| o.start >= start && o.end <= at).map(|o| &o.term).collect();
            let rest: Vec<&Term> =
                occurrences.iter().filter(|o| o.start > last && o.start <= end).map(|o| &o.term).collect();
            let cause = occurrences.iter().filter(|o| o.start > at && o.start <= last);
            out.extend(
                cause.filter(|o| !before.contains(&&o.term) && !rest.contains(&&o.term)).map(|o| o.term.clone()),
            );
        }
        start = end + 1;
    }
    out
}

/// The names of each clause of a text. A clause ends with its sentence,
/// or where "and", "while" or "but" is followed by someone new after a
/// verb since the last comma: "…visited the EU in Brussels and Hafter
/// met…" is two, "Turkey's President Erdogan and Russia's Putin called…"
/// one. A name before "related" only qualifies ("Libya related activity").
pub fn clauses(
    analyzer: &Analyzer,
    words: &[String],
    breaks: &[Break],
    occurrences: &[Occurrence],
) -> Vec<Vec<(Term, EntityType)>> {
    let mut starts = vec![0];
    let mut verb = false;
    for i in 0..words.len() {
        let joins = matches!(words[i].as_str(), "and" | "while" | "whereas" | "but");
        let someone_next = occurrences.iter().any(|o| o.start == i + 1 && someone(o));
        if joins && someone_next && verb {
            starts.push(i);
            verb = false;
        }
        verb |= analyzer.is_verb(&words[i]);
        if breaks[i] >= Break::Comma {
            verb = false;
        }
        if breaks[i] >= Break::Stop && i + 1 < words.len() {
            starts.push(i + 1);
        }
    }
    starts.dedup();
    let clause_of = |at: usize| starts.partition_point(|&s| s <= at) - 1;
    let mut out = vec![Vec::new(); starts.len()];
    // "Libya-related diplomacy" is about Libya, not something Libya does.
    let related = |o: &&Occurrence| words.get(o.end).is_some_and(|w| w == "related");
    for o in occurrences.iter().filter(|o| !related(o)) {
        if let Some(e) = o.entity.filter(|&e| e != EntityType::Time) {
            out[clause_of(o.start)].push((o.term.clone(), e));
        }
    }
    out.retain(|c: &Vec<(Term, EntityType)>| !c.is_empty());
    out
}

/// How far (in words) a term may stand from a time to be what it dates.
const NEAR_TIME: usize = 10;

/// The terms within a few words of a time in the same sentence.
fn timed(words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<Term> {
    let sentence: Vec<usize> = breaks
        .iter()
        .scan(0, |n, b| {
            let here = *n;
            if *b >= Break::Stop {
                *n += 1;
            }
            Some(here)
        })
        .collect();
    let times: Vec<usize> = (0..words.len()).filter(|&i| super::kind::is_time_word(words, i)).collect();
    // "Meanwhile, on Wednesday, the Foreign Ministers … rejected two deals":
    // a time set before a comma at the head of a sentence times its main
    // verb and that verb's object, however far they stand, up to the next
    // verb in "-ed": not "…deals signed between…", whose signing it does
    // not time.
    let fronted: Vec<bool> = times
        .iter()
        .map(|&t| {
            let start = (0..=t).rev().take_while(|&i| sentence[i] == sentence[t]).last().unwrap_or(t);
            t - start <= 3 && breaks[t] >= Break::Comma
        })
        .collect();
    // "…rejected two deals signed between…, saying they are null and void":
    // a participle after a comma ("saying", "adding") is the main verb's
    // again, and timed with it.
    let resumes = |i: usize| i > 0 && breaks[i - 1] >= Break::Comma && words[i].ends_with("ing");
    // Up to the term, at most the main verb in "-ed" after the time, or
    // none after the last participle that resumes it.
    let opens = |t: usize, at: usize| {
        let resumed = (t + 1..=at).rev().find(|&i| resumes(i));
        let (from, verbs) = resumed.map_or((t + 1, 1), |r| (r, 0));
        at > t && (from..=at).filter(|&i| words[i].ends_with("ed")).count() <= verbs
    };
    occurrences
        .iter()
        .filter(|o| {
            times.iter().zip(&fronted).any(|(&t, &fronted)| {
                sentence[t] == sentence[o.start]
                    && (fronted && opens(t, o.start) || t.abs_diff(o.start).min(t.abs_diff(o.end)) <= NEAR_TIME)
            })
        })
        .map(|o| o.term.clone())
        .collect()
}

/// Words that put what follows them in a place: "in Istanbul", "from
/// Misrata", "to cover Tripoli's Mitiga airport".
const LOCATIVE: &[&str] = &[
    "in",
    "at",
    "to",
    "near",
    "from",
    "into",
    "inside",
    "outside",
    "around",
    "across",
    "toward",
    "towards",
    "within",
    "throughout",
    "through",
    "via",
    "cover",
    "covering",
];

/// The term for an occasion a text puts something at ("at a press
/// conference"); no question's word reads as it.
pub(super) const VENUE: &str = "@venue";

/// A word for an occasion: what is said "at a press conference" is put
/// there, as a place would put it.
fn is_occasion(w: &str) -> bool {
    matches!(w, "conference" | "meeting" | "summit" | "talks" | "briefing" | "rally" | "ceremony")
}

/// Whether words of a question name an occasion ("where did trump hold
/// the press conference", "where did they meet"): being at it then says
/// nothing of where it was.
pub(super) fn names_an_occasion(words: &str) -> bool {
    words.split(' ').any(|w| {
        is_occasion(w)
            || is_occasion(w.strip_suffix('s').unwrap_or(w))
            || matches!(w, "presser" | "pressers" | "meet" | "met")
    })
}

/// The term for a region a text puts something in ("eastern-based").
const REGION: &str = "@region";

/// How far back (in words) a word of place may stand before the place.
const NEAR_PLACE: usize = 3;

/// The places and countries a text puts something in, with where they
/// stand: those a few words after a word of place ("in Istanbul", "to the
/// south of Sirte") or just before "based" ("eastern-based"), the place of
/// a dateline ("London, 8 January 2020"), and a place named just after
/// such a place ("Tripoli's Mitiga airport"). Not a country that acts or
/// is acted on: the Foreign Ministers "of Greece" met nowhere the sentence
/// says, and deals "signed between Turkey and the Tripoli Government" were
/// signed nowhere it says.
pub fn located(words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<(Term, usize)> {
    let region = |w: &str| matches!(w, "eastern" | "western" | "southern" | "northern");
    let direction = |w: &str| matches!(w, "south" | "north" | "east" | "west" | "outskirts" | "parts" | "part");
    let placed = |at: usize| {
        (at.saturating_sub(NEAR_PLACE)..at)
            .rev()
            .take_while(|&j| breaks[j] < Break::Comma)
            .any(|j| LOCATIVE.contains(&words[j].as_str()) || (words[j] == "of" && j > 0 && direction(&words[j - 1])))
    };
    // "at a press conference", "at their meeting": an occasion, which
    // answers "where did Trump say it" as well as a place would.
    let mut out: Vec<(Term, usize)> = Vec::new();
    let at_occasion =
        |i: usize| words[i] == "at" && words[i + 1..].iter().take(NEAR_PLACE).any(|v: &String| is_occasion(v));
    if let Some(i) = (0..words.len()).find(|&i| at_occasion(i)) {
        out.push((VENUE.to_string(), i));
    }
    // "eastern-based": a region of the country answers "where is it based".
    if let Some(i) = words.windows(2).position(|p| region(&p[0]) && p[1] == "based") {
        out.push((REGION.to_string(), i));
    }
    let mut last_end = None;
    for o in occurrences.iter().filter(|o| o.entity.is_some_and(EntityType::answers_where)) {
        let based = words.get(o.end).is_some_and(|w| w == "based");
        // A dateline, "London, 8 January 2020:", says where a report was filed.
        let dateline = o.start == 0 && breaks.get(o.end.wrapping_sub(1)) == Some(&Break::Comma);
        if placed(o.start) || based || dateline || last_end == Some(o.start) {
            out.push((o.term.clone(), o.start));
            last_end = Some(o.end);
        }
    }
    out
}

/// The terms with a place in the same stretch of text (no comma
/// between): a place named there, or one the text puts something in.
/// "after talks between the two presidents in Istanbul today" places the
/// talks; "…, and U.N.-sponsored peace talks" after a comma is not placed.
/// A place spoken of is no place: "commenting on Libya at a press
/// conference" does not put the conference in Libya. Also, of those, the
/// ones only an occasion places.
fn placed(
    places: &[(Term, usize)],
    words: &[String],
    breaks: &[Break],
    occurrences: &[Occurrence],
) -> (Vec<Term>, Vec<Term>) {
    let joined = |a: usize, b: usize| (a.min(b)..a.max(b)).all(|k| breaks[k] < Break::Comma);
    let topic = |at: usize| at > 0 && matches!(words[at - 1].as_str(), "on" | "about" | "regarding" | "concerning");
    let named = occurrences
        .iter()
        .filter(|o| o.entity.is_some_and(EntityType::answers_where) && !topic(o.start))
        .map(|o| (o.start, false));
    let at: Vec<(usize, bool)> = places.iter().map(|(t, p)| (*p, t == VENUE)).chain(named).collect();
    let (mut placed, mut at_venue) = (Vec::new(), Vec::new());
    for o in occurrences {
        let mut by = at.iter().filter(|&&(p, _)| joined(p, o.start)).peekable();
        if by.peek().is_some() {
            placed.push(o.term.clone());
            if by.all(|&(_, venue)| venue) {
                at_venue.push(o.term.clone());
            }
        }
    }
    (placed, at_venue)
}

fn someone(o: &Occurrence) -> bool {
    o.entity.is_some_and(EntityType::answers_who)
}

/// Who speaks: each name that comes shortly before a word of saying in the
/// same sentence ("the Algerian president told…", "Trump said…"). After
/// "between", "with", "to"…, names are the objects of some action, not its
/// subject ("deals signed between Turkey and…, saying": Turkey is not the
/// one saying), until the next comma.
fn speakers(analyzer: &Analyzer, words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<Term> {
    let mut found: Vec<Term> = speaking(analyzer, words, breaks, occurrences).into_iter().map(|(_, t)| t).collect();
    found.sort_unstable();
    found.dedup();
    found
}

/// Who speaks to whom: each speaker with each name after the word of
/// saying in the same clause ("the Algerian president told Sarraj…",
/// "Trump said he had discussed Libya with … Merkel…").
fn addressed(analyzer: &Analyzer, words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<(Term, Term)> {
    let mut out = Vec::new();
    for (at, speaker) in speaking(analyzer, words, breaks, occurrences) {
        for o in occurrences.iter().filter(|o| o.start > at && someone(o) && o.term != speaker) {
            if (at..o.start).any(|k| breaks[k] >= Break::Comma) {
                break;
            }
            out.push((speaker.clone(), o.term.clone()));
        }
    }
    out
}

/// Each name reported as saying something, with where its word of saying
/// stands.
fn speaking(analyzer: &Analyzer, words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<(usize, Term)> {
    let refs: Vec<&str> = words.iter().map(String::as_str).collect();
    let mut found = Vec::new();
    let mut recent: Vec<(usize, &Term)> = Vec::new();
    let mut object = false;
    let mut next = occurrences.iter().peekable();
    for i in 0..words.len() {
        if analyzer.is_speech_at(&refs, i) {
            found.extend(recent.iter().filter(|(at, _)| i - at <= 12).map(|(_, t)| (i, (*t).clone())));
            object = false;
        }
        if matches!(
            refs[i],
            "between" | "with" | "to" | "against" | "on" | "from" | "in" | "into" | "at" | "for" | "about" | "over"
        ) {
            object = true;
        }
        while let Some(o) = next.peek().filter(|o| o.start == i) {
            if someone(o) && !object {
                recent.push((i, &o.term));
            }
            next.next();
        }
        if breaks[i] >= Break::Comma {
            object = false;
        }
        if breaks[i] >= Break::Stop {
            recent.clear();
        }
    }
    found
}

/// Who holds each title: the name just before it ("Turkey's President",
/// "Algerian president"), or the one after "of" ("the capital of Cyprus").
pub fn bindings(words: &[String], occurrences: &[Occurrence]) -> Vec<(Term, Term)> {
    let holder = |o: &Occurrence| o.entity.is_some_and(|t| t.answers_who() || t == EntityType::Place);
    let mut out = Vec::new();
    for (k, o) in occurrences.iter().enumerate() {
        if o.entity != Some(EntityType::Title) {
            continue;
        }
        // "where did serraj head", "where is haftar heading": after "did"
        // and its subject, a title's word is the verb.
        let verb = |p: &Occurrence| {
            let aux = p.start.checked_sub(1).map_or("", |a| words[a].as_str());
            super::message::heads_somewhere(aux, &words[o.end - 1])
        };
        // "how long was trump president": a person just before a title is
        // said to hold it, not whose title it is.
        let whose = |p: &Occurrence| holder(p) && p.entity != Some(EntityType::Person);
        let before = k.checked_sub(1).map(|p| &occurrences[p]).filter(|p| p.end == o.start && whose(p) && !verb(p));
        // After "of", the first name within three words: "the capital of
        // Cyprus", "the commander of the 604 brigade".
        let of = || {
            (words.get(o.end).map(String::as_str) == Some("of"))
                .then(|| occurrences[k + 1..].iter().take_while(|n| n.start <= o.end + 3).find(|n| holder(n)))
                .flatten()
        };
        if let Some(h) = before {
            out.push((o.term.clone(), h.term.clone()));
        } else if let Some(first) = of() {
            // "the Foreign Ministers of Greece, Cyprus, France and Egypt":
            // every name of the list after "of" holds the title.
            out.push((o.term.clone(), first.term.clone()));
            let mut last = first;
            for n in occurrences.iter().skip_while(|n| n.start < first.end) {
                let gap = &words[last.end..n.start];
                if !holder(n) || !gap.iter().all(|w| w == "and") || gap.len() > 1 {
                    break;
                }
                out.push((o.term.clone(), n.term.clone()));
                last = n;
            }
        }
    }
    out
}

/// The titles of `bindings` that name several holders of one place's
/// title ("the misrata commanders"), not the one the article gives it to.
/// "the turkish and russian presidents" are one for each country named.
pub fn several_holders(words: &[String], occurrences: &[Occurrence], bindings: &[(Term, Term)]) -> Vec<Term> {
    let plural = |o: &Occurrence| {
        let word = &words[o.end - 1];
        let holders = occurrences
            .iter()
            .filter(|h| (o.start.saturating_sub(4)..o.start).contains(&h.start) && h.entity.is_some());
        word.ends_with('s') && crate::text::stem(word) != *word && holders.count() == 1
    };
    let several = |title: &&Term| occurrences.iter().find(|o| &o.term == *title).is_some_and(plural);
    bindings.iter().map(|(title, _)| title).filter(several).cloned().collect()
}

const NUMBER_WORDS: &[&str] = &[
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "dozen",
    "dozens",
    "hundred",
    "hundreds",
    "thousand",
    "thousands",
];

/// What is counted: the term just after a number word ("the four
/// countries", "two deals") or after digits that are no year or name
/// ("300 fighters", not "604 Brigade" or "12 January").
pub fn counts(words: &[String], occurrences: &[Occurrence]) -> Vec<Term> {
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let digits = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()) && w.len() < 4;
        if !(NUMBER_WORDS.contains(&w.as_str()) || digits) {
            continue;
        }
        if let Some(o) = occurrences.iter().find(|o| o.start == i + 1 || (o.start == i + 2 && !digits)) {
            let plural_or_word = !digits || words[o.start].ends_with('s');
            if plural_or_word && o.entity != Some(EntityType::Time) {
                out.push(o.term.clone());
            }
        }
    }
    out
}

/// What a list of names counts: "the Foreign Ministers of Greece, Cyprus,
/// France and Egypt" counts foreign ministers and countries. A list is two
/// or more names of one kind, apart only by commas, ending "… and Egypt".
pub fn listed(words: &[String], breaks: &[Break], occurrences: &[Occurrence]) -> Vec<Term> {
    let names: Vec<&Occurrence> =
        occurrences.iter().filter(|o| o.entity.is_some_and(|e| e.answers_who() || e == EntityType::Place)).collect();
    let mut out = Vec::new();
    let mut first = 0;
    for k in 0..names.len() {
        let a = names[k];
        let next = names.get(k + 1).filter(|b| b.entity == a.entity);
        let comma = next.is_some_and(|b| b.start == a.end && breaks[a.end - 1] == Break::Comma);
        let and =
            next.is_some_and(|b| b.start == a.end + 1 && breaks[a.end - 1] == Break::None && words[a.end] == "and");
        if comma {
            continue;
        }
        if and {
            // The list ends at the name after "and".
            let head = names[first];
            if head.entity == Some(EntityType::Country) {
                out.push("country".to_string());
            }
            // "the Foreign Ministers of …": what each name stands for.
            if head.start >= 2 && words[head.start - 1] == "of" {
                out.extend(
                    occurrences
                        .iter()
                        .filter(|o| o.end == head.start - 1 && o.entity.is_none_or(|e| e == EntityType::Title))
                        .map(|o| o.term.clone()),
                );
            }
        }
        first = k + 1;
    }
    out
}

/// What "how many X" counts: the term right after "how many".
pub fn counted(words: &[String], occurrences: &[Occurrence]) -> Option<Term> {
    let at = words.windows(2).position(|w| w[0] == "how" && matches!(w[1].as_str(), "many" | "much"))?;
    // "how many Turkey-Tripoli deals": the names only say which deals.
    // "how many did the ministers sign" names nothing counted: the verb after
    // "did" is what was done to them.
    // "how many of the turkey-tripoli deals": a part of what follows "of".
    let from = match words.get(at + 2..at + 4) {
        Some([of, the]) if of == "of" && matches!(the.as_str(), "the" | "these" | "those") => at + 4,
        _ => at + 2,
    };
    let end = (from..=from + 2).find(|&i| words.get(i).is_some_and(|w| super::message::is_aux(w))).unwrap_or(from + 3);
    let near = |o: &&Occurrence| (from..end).contains(&o.start);
    let named = |o: &&Occurrence| o.entity.is_some_and(|e| e.answers_who() || e.answers_where());
    let things = occurrences.iter().filter(near).find(|o| !named(o));
    things.or_else(|| occurrences.iter().find(near)).map(|o| o.term.clone())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::{English, Lexicon};

    fn analyzer() -> Analyzer {
        let lexicon = Lexicon {
            synonyms: vec![
                ("haftar".into(), vec!["hafter".into()]),
                ("turkey".into(), vec!["turkish".into()]),
                ("algeria".into(), vec!["algerian".into()]),
                ("cyprus".into(), vec![]),
                ("foreignminister".into(), vec!["foreign minister".into()]),
                ("capital".into(), vec![]),
                ("country".into(), vec!["countries".into()]),
            ],
            types: vec![
                ("person".into(), vec!["haftar".into()]),
                ("country".into(), vec!["turkey".into(), "algeria".into(), "cyprus".into()]),
                ("title".into(), vec!["foreignminister".into(), "capital".into()]),
            ],
            speech: vec!["said".into()],
            stopwords: vec!["the".into(), "of".into(), "and".into()],
            ..Lexicon::default()
        };
        Analyzer::new(&lexicon, English::shipped())
    }

    #[test]
    fn titles_are_bound_to_who_holds_them() {
        let a = analyzer();
        let r = of_passage(&a, "He met the Turkish foreign minister in Algiers, not the capital of Cyprus.");
        assert_eq!(r.bindings, [("foreignminister".into(), "turkey".into()), ("capital".into(), "cyprus".into())]);
        let r = of_passage(&a, "The foreign ministers of Cyprus, Turkey and Algeria met.");
        let holders: Vec<&str> = r.bindings.iter().map(|(_, h)| h.as_str()).collect();
        assert_eq!(holders, ["cyprus", "turkey", "algeria"]);
    }

    #[test]
    fn counts_and_speakers() {
        let a = analyzer();
        let r = of_passage(&a, "The four countries said so. The 604 Brigade was set up on 12 January.");
        assert_eq!(r.counts, ["country"]);
        assert!(!r.timed.contains(&"country".to_string()) && r.timed.contains(&"604".to_string()));
        let r = of_passage(&a, "Deals with Hafter were made, the press said. Hafter said no.");
        assert_eq!(r.speakers, ["haftar"]);
    }

    #[test]
    fn a_time_that_opens_a_sentence_times_its_verb_and_object_only() {
        let a = analyzer();
        let text = "Meanwhile, on Wednesday, the foreign ministers of Cyprus, Turkey, Algeria and the many other \
                    countries in the region rejected the deals signed in the capital.";
        let r = of_passage(&a, text);
        assert!(r.timed.contains(&"country".to_string()) && r.timed.contains(&"reject".to_string()), "{:?}", r.timed);
        assert!(!r.timed.contains(&"sign".to_string()) && !r.timed.contains(&"capital".to_string()), "{:?}", r.timed);
        // "…, saying…": the main verb's participle again.
        let text = "Meanwhile, on Wednesday, the many other countries in the region rejected the deals signed in the \
                    capital of Turkey, saying the region wants Cyprus.";
        let r = of_passage(&a, text);
        assert!(r.timed.contains(&"cyprus".to_string()) && !r.timed.contains(&"capital".to_string()), "{:?}", r.timed);
    }

    #[test]
    fn a_list_of_names_counts_them_and_what_they_stand_for() {
        let a = analyzer();
        let r = of_passage(&a, "The foreign ministers of Cyprus, Turkey and Algeria met Hafter.");
        assert_eq!(r.counts, ["country", "foreignminister"]);
        assert!(of_passage(&a, "Cyprus met Turkey, and Hafter left.").counts.is_empty());
    }

    #[test]
    fn terms_joined_by_and_stand_beside_others() {
        let a = analyzer();
        let r = of_passage(
            &a,
            "Hafter met Conte in Rome and Serraj went to Algiers. Cyprus was far from all of the talks in Sirte.",
        );
        assert!(r.coordinated.contains(&"rome".to_string()) && r.coordinated.contains(&"serraj".to_string()));
        assert!(!r.coordinated.contains(&"sirte".to_string()), "another sentence: {:?}", r.coordinated);
        let r = of_passage(&a, "Cyprus and Turkey met the foreign ministers of the region in Sirte.");
        assert!(!r.coordinated.contains(&"sirte".to_string()), "too far from 'and': {:?}", r.coordinated);
    }

    #[test]
    fn what_a_passage_names_only_as_a_cause() {
        let a = analyzer();
        let r = of_passage(&a, "The fall of Sirte was put down mainly to Hafter turning. Cyprus met Turkey.");
        assert!(r.causes.contains(&"haftar".to_string()) && r.causes.contains(&"turn".to_string()), "{:?}", r.causes);
        assert!(
            !r.causes.contains(&"sirte".to_string()) && !r.causes.contains(&"cyprus".to_string()),
            "{:?}",
            r.causes
        );
        let r = of_passage(&a, "Turkey left Cyprus because Turkey was tired.");
        assert!(!r.causes.contains(&"turkey".to_string()), "a term on both sides is explained too: {:?}", r.causes);
        assert!(r.causes.contains(&"tir".to_string()), "{:?}", r.causes);
        assert!(of_passage(&a, "Hafter took Sirte on Monday.").causes.is_empty());
        // What follows "after", up to its comma, led to the rest.
        let r = of_passage(&a, "However, after talks in Cyprus today, Turkey called for peace.");
        assert!(r.causes.contains(&"cyprus".to_string()), "{:?}", r.causes);
        assert!(!r.causes.contains(&"turkey".to_string()), "{:?}", r.causes);
    }

    #[test]
    fn head_after_did_and_its_subject_is_a_verb() {
        let lexicon = Lexicon {
            synonyms: vec![
                ("haftar".into(), vec![]),
                ("lna".into(), vec![]),
                ("president".into(), vec!["head".into(), "heading".into()]),
            ],
            types: vec![
                ("person".into(), vec!["haftar".into()]),
                ("group".into(), vec!["lna".into()]),
                ("title".into(), vec!["president".into()]),
            ],
            ..Lexicon::default()
        };
        let a = Analyzer::new(&lexicon, English::shipped());
        let bound = |text: &str| of_passage(&a, text).bindings;
        assert!(bound("where did haftar head").is_empty());
        assert!(bound("where is haftar heading").is_empty());
        assert_eq!(bound("who was the lna head"), [("president".into(), "lna".into())]);
        // "was haftar head of the army": a person before a title holds it.
        assert!(bound("was haftar head of the army").is_empty());
    }

    #[test]
    fn a_place_places_what_stands_with_it_until_a_comma() {
        let a = analyzer();
        let r = of_passage(&a, "After talks in Cyprus today, they called for an end of fighting, and peace talks.");
        assert!(r.placed.contains(&"talk".to_string()), "{:?}", r.placed);
        assert!(!r.placed.contains(&"peace".to_string()), "{:?}", r.placed);
    }
}
