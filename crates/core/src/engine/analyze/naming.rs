//! Questions that ask what a thing is called ("what's the name of the
//! contractor group", "what is haftar's army called", "does the article
//! name the company"), and whether a passage gives it a name.
//!
//! A passage can speak of a thing without naming it: "Russian military
//! contractors" says who they are, not what their company is called. Such
//! a passage does not answer; the reply says the article does not give
//! the name, and shows what it does say.

use super::reading::Reading;
use super::{Analyzer, EntityType, Term, WordClass};
use crate::engine::message::{is_aux, is_subject_pronoun, is_wh};
use crate::engine::relations::Occurrence;
use crate::text::{stem_cow, Break};

/// Words that end the phrase naming the thing: "the brigade that took
/// sirte", "the airbase south of sirte", "the army haftar leads".
fn ends_the_thing(w: &str) -> bool {
    is_wh(w)
        || is_aux(w)
        || is_subject_pronoun(w)
        || matches!(
            w,
            "that"
                | "which"
                | "and"
                | "or"
                | "but"
                | "in"
                | "on"
                | "at"
                | "with"
                | "from"
                | "to"
                | "for"
                | "near"
                | "by"
                | "of"
                | "called"
                | "name"
                | "again"
                | "exactly"
                | "actually"
                | "officially"
                | "south"
                | "north"
                | "east"
                | "west"
        )
}

fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "their" | "its" | "any")
}

/// Words for a person: their name is a "who" question's business.
fn is_person_noun(w: &str) -> bool {
    matches!(
        w,
        "guy"
            | "fella"
            | "feller"
            | "bloke"
            | "man"
            | "woman"
            | "person"
            | "people"
            | "leader"
            | "commander"
            | "general"
            | "journalist"
            | "author"
            | "writer"
            | "reporter"
            | "envoy"
            | "chief"
            | "boss"
            | "spokesman"
            | "spokesperson"
            | "head"
            | "he"
            | "she"
            | "him"
    )
}

/// The parts of a person's name a question may ask ("the first name of
/// the prime minister"): a person's name is the "who" rules' business.
fn is_kind_of_name(w: &str) -> bool {
    matches!(w, "first" | "last" | "middle" | "given" | "sur" | "maiden" | "nick")
}

/// Nouns that say what kind of group or thing something is, not which.
fn is_classifier(w: &str) -> bool {
    matches!(
        w,
        "group"
            | "groups"
            | "outfit"
            | "company"
            | "firm"
            | "organisation"
            | "organization"
            | "unit"
            | "force"
            | "forces"
            | "thing"
            | "one"
            | "side"
            | "movement"
            | "operation"
    )
}

impl Analyzer {
    /// The terms of the thing whose name the question asks, if it asks
    /// one: its common nouns, without the people, countries and places
    /// named around it ("the name of the russian contractor group":
    /// contractor). Empty when it asks none, or asks a person's name.
    pub(super) fn name_asked(&self, reading: &Reading, occurrences: &[Occurrence]) -> Vec<Term> {
        let words = &reading.words;
        let w = |i: usize| words.get(i).map_or("", String::as_str);
        let mut span = None;
        for (i, word) in words.iter().enumerate() {
            let at_start = |from: usize| (from..words.len()).find(|&j| !is_determiner(w(j)));
            span = match word.as_str() {
                // "the name of the brigade", "full name of haftar's army".
                "name" | "names" if w(i + 1) == "of" && !is_kind_of_name(w(i.wrapping_sub(1))) => at_start(i + 2),
                // "does the article name the company"; not "the writer's name".
                "name" | "names"
                    if matches!(w(i.wrapping_sub(1)), "article" | "it" | "text" | "piece")
                        && matches!(w(i + 1), "the" | "a" | "any") =>
                {
                    at_start(i + 1)
                }
                // Not "what is the zone called in the article": how the
                // article puts it.
                "called" if !matches!(w(i + 1), "in" | "by") => (i.saturating_sub(7)..i)
                    .rev()
                    .find(|&j| matches!(w(j), "what" | "whats"))
                    .and_then(|wh| at_start(wh + 1 + usize::from(is_aux(w(wh + 1)))))
                    .filter(|&s| s < i),
                _ => None,
            }
            .map(|s| (s, i));
            if span.is_some() {
                break;
            }
        }
        let Some((start, at)) = span else { return Vec::new() };
        // The thing's words run to the first word that ends them, or a
        // comma, at most four; "what is X called" ends at "called".
        let limit = if w(at) == "called" { at } else { words.len() };
        let mut end = start;
        while end < limit && end < start + 4 && !(end > start && ends_the_thing(w(end))) {
            end += 1;
            if reading.breaks[end - 1] >= Break::Comma {
                break;
            }
        }
        if start >= end || (start..end).any(|j| is_person_noun(w(j)) || is_subject_pronoun(w(j)) || w(j) == "it") {
            return Vec::new();
        }
        let inside: Vec<&Occurrence> = occurrences.iter().filter(|o| o.start >= start && o.end <= end).collect();
        // "the name of the algerian president" asks a person's name;
        // "the name of haftar's army" does not.
        if inside.last().is_some_and(|o| matches!(o.entity, Some(EntityType::Person | EntityType::Title))) {
            return Vec::new();
        }
        let things: Vec<&&Occurrence> =
            inside.iter().filter(|o| matches!(o.entity, None | Some(EntityType::Group))).collect();
        // "the contractor outfit" is the contractors' outfit: what kind of
        // group it is says less than whose.
        let specific: Vec<&&Occurrence> = things.iter().copied().filter(|o| !is_classifier(w(o.start))).collect();
        let mut nouns: Vec<Term> = Vec::new();
        for o in if specific.is_empty() { things } else { specific } {
            if !nouns.contains(&o.term) {
                nouns.push(o.term.clone());
            }
        }
        nouns
    }

    /// "what's the second deal they rejected, besides the maritime one",
    /// "which other town did they name apart from sirte": the thing asked
    /// is another of a kind than the one the question names. Its terms,
    /// and those of the one set aside; empty when it asks none.
    pub(super) fn other_asked(&self, reading: &Reading, occurrences: &[Occurrence]) -> (Vec<Term>, Vec<Term>) {
        let words = &reading.words;
        let w = |i: usize| words.get(i).map_or("", String::as_str);
        let set_aside = (0..words.len()).find(|&i| {
            matches!(w(i), "besides" | "except")
                || matches!(w(i), "apart" | "aside") && w(i + 1) == "from"
                || w(i) == "other" && w(i + 1) == "than"
        });
        let Some(b) = set_aside else { return (Vec::new(), Vec::new()) };
        let other = |i: usize| matches!(w(i), "second" | "2nd" | "another") || w(i) == "other" && w(i + 1) != "than";
        // "what's the second deal", "which other area", "what was the other one".
        let asked = (0..words.len()).filter(|&i| other(i)).find(|&i| {
            (i.saturating_sub(4)..i).any(|j| matches!(w(j), "what" | "whats" | "which"))
                && (i.saturating_sub(4)..i)
                    .all(|j| matches!(w(j), "what" | "whats" | "which") || is_aux(w(j)) || is_determiner(w(j)))
        });
        let Some(o) = asked else { return (Vec::new(), Vec::new()) };
        let thing: Vec<Term> = occurrences
            .iter()
            .filter(|o2| o2.start == o + 1 && matches!(o2.entity, None | Some(EntityType::Group)))
            .map(|o2| o2.term.clone())
            .collect();
        let aside: Vec<Term> =
            occurrences.iter().filter(|o2| o2.start > b && o2.start <= b + 5).map(|o2| o2.term.clone()).collect();
        if thing.is_empty() || aside.is_empty() {
            return (Vec::new(), Vec::new());
        }
        (thing, aside)
    }

    /// "which oil fields are in the oil crescent", "which oil ports are
    /// part of the oil crescent": a question that asks which ones of a
    /// thing are in the whole it names (one concept) wants them named; a
    /// passage that only speaks of the whole ("the oil crescent itself")
    /// does not say.
    pub(super) fn members_asked(&self, reading: &Reading, occurrences: &[Occurrence]) -> Vec<Term> {
        let words = &reading.words;
        let Some(which) = words.iter().position(|w| w != "so" && w != "ok" && w != "and") else { return Vec::new() };
        if !matches!(words[which].as_str(), "which" | "what") {
            return Vec::new();
        }
        let asked = occurrences.iter().find(|o| o.start == which + 1);
        let Some(asked) = asked.filter(|o| matches!(o.entity, None | Some(EntityType::Place))) else {
            return Vec::new();
        };
        let within = |at: usize| matches!(words[at].as_str(), "in" | "of" | "within" | "inside");
        let inside = |o: &&Occurrence| {
            o.start > asked.end
                && o.term == asked.term
                && (within(o.start - 1) || words[o.start - 1] == "the" && within(o.start - 2))
        };
        if occurrences.iter().any(|o| inside(&o)) {
            vec![asked.term.clone()]
        } else {
            Vec::new()
        }
    }

    /// Whether `text` gives a name to the thing of `nouns` (see
    /// [`Analyzer::name_asked`]): where it speaks of the thing, a
    /// capitalised word for it ("the 604 Brigade") or before it ("his
    /// Jufra airbase", "the Turkey-Libya maritime agreement"), but not a
    /// country or a person ("Russian military contractors", "the Hafter
    /// forces"). A passage that never speaks of it by these words names it
    /// if it names anything the question does not: "Libyan National Army"
    /// for "what is haftar's militia called".
    /// A mention beside a term of `aside` is the one the question sets
    /// aside ("besides the maritime one"), not another.
    pub fn gives_a_name(&self, text: &str, nouns: &[Term], asked: &[Term], aside: &[Term]) -> bool {
        let raw: Vec<&str> = text.split_whitespace().collect();
        let terms: Vec<Vec<Term>> = raw.iter().map(|r| self.terms_of(r)).collect();
        let capitalised = |k: usize| raw[k].chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
        let starts_a_sentence = |k: usize| k == 0 || raw[k - 1].ends_with(['.', '!', '?', ':', '\u{201C}', '"']);
        let not_a_name = |t: &Term| {
            matches!(
                self.entity(t),
                Some(EntityType::Country | EntityType::Person | EntityType::Time | EntityType::Title)
            )
        };
        // "Turkey-Libya": two names joined are the name of what they agreed.
        let joined = |k: usize| {
            let parts: Vec<&str> = raw[k].split('-').collect();
            parts.len() == 2 && parts.iter().all(|p| p.chars().next().is_some_and(char::is_uppercase))
        };
        let name_like =
            |k: usize| capitalised(k) && !terms[k].is_empty() && (joined(k) || !terms[k].iter().all(not_a_name));
        let others = |k: usize| raw[k.saturating_sub(2)..k].iter().any(|r| r.eq_ignore_ascii_case("other"));
        // "the Turkey-Libya maritime agreement" is the maritime one;
        // "terrorism and other criminal activities" are others.
        let set_aside =
            |k: usize| (k.saturating_sub(2)..k).any(|j| terms[j].iter().any(|t| aside.contains(t))) && !others(k);
        let mentions: Vec<usize> =
            (0..raw.len()).filter(|&k| terms[k].iter().any(|t| nouns.contains(t)) && !set_aside(k)).collect();
        // "what other crime besides terrorism": a passage that lists
        // others in its own words ("human trafficking") may say which; one
        // that speaks of the kind only as the one set aside does not.
        if !aside.is_empty() && mentions.is_empty() {
            return !(0..raw.len()).any(|k| terms[k].iter().any(|t| nouns.contains(t)));
        }
        if mentions.is_empty() {
            return (0..raw.len())
                .any(|k| !starts_a_sentence(k) && name_like(k) && !terms[k].iter().any(|t| asked.contains(t)));
        }
        mentions.iter().any(|&k| {
            if capitalised(k) && !starts_a_sentence(k) && name_like(k) || !aside.is_empty() && others(k) {
                return true;
            }
            // "a local force, the 604 Brigade": a name set beside it.
            let phrase_end = (k..raw.len().min(k + 3)).find(|&j| raw[j].ends_with([',', '.', ';', ':']));
            if let Some(j) = phrase_end.filter(|&j| raw[j].ends_with(',')) {
                let first = j + 1 + usize::from(raw.get(j + 1).is_some_and(|d| is_determiner(&d.to_lowercase())));
                if first < raw.len() && name_like(first) {
                    return true;
                }
            }
            // Back over the words before it, to a determiner or a comma;
            // a name the question gives itself is where the thing is, not
            // what it is called ("haftar's offensive on tripoli": "his
            // Tripoli attack"); but two names joined are its name however
            // the question put them ("the turkey libya sea deal": "the
            // Turkey-Libya maritime agreement").
            (k.saturating_sub(3)..k)
                .rev()
                .take_while(|&j| !is_determiner(&raw[j].to_lowercase()) && !raw[j].ends_with(','))
                .any(|j| name_like(j) && (joined(j) || !terms[j].iter().any(|t| asked.contains(t))))
        })
    }

    /// The terms of one raw word of a passage ("Hafter’s", "Turkey-Libya").
    fn terms_of(&self, raw: &str) -> Vec<Term> {
        self.words(raw)
            .0
            .iter()
            .filter_map(|w| match self.word(w, &stem_cow(w)) {
                WordClass::Term(t) | WordClass::Unknown(t) => Some(t),
                _ => None,
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use crate::engine::Engine;
    use crate::knowledge::KnowledgeBase;
    use std::path::Path;

    fn engine() -> Engine {
        Engine::new(&KnowledgeBase::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../knowledge")).unwrap())
    }

    #[test]
    fn the_thing_whose_name_is_asked() {
        let e = engine();
        let named = |q: &str| e.analyzer.analyze(q).named;
        assert_eq!(named("whats the name of the russian contractor group"), ["contractor"]);
        assert_eq!(named("what is the salafist brigade called"), named("what is the name of the salafist brigade"));
        assert!(named("what is the name of haftar's army").iter().all(|t| t != "haftar"));
        // A person's name is a "who" question's; how the article puts a
        // thing is not its name.
        for q in [
            "name of the algerian president",
            "what is the name of the guy leading the lna",
            "what is conte's first name",
            "what is the no fly zone called in the article",
            "gaddafi's tribe is mentioned, what's it called",
            "for my works cited i need the writer's name",
            "when was the brigade created",
        ] {
            assert!(named(q).is_empty(), "{q}: {:?}", named(q));
        }
    }

    #[test]
    fn which_ones_of_a_whole_are_asked() {
        let e = engine();
        let a = e.analyzer.analyze("which oil fields are in the oil crescent");
        assert_eq!((a.named, a.members), (vec!["oilcrescent".to_string()], true));
        for q in [
            "which tribes are in the 604 brigade",
            "what alliance formed around the algiers meetings? mapping the blocs",
        ] {
            assert!(e.analyzer.analyze(q).named.is_empty(), "{q}");
        }
    }

    #[test]
    fn another_of_a_kind_is_asked_beside_the_one_set_aside() {
        let e = engine();
        let a = e.analyzer.analyze("what's the second deal the four countries rejected, besides the maritime one?");
        assert_eq!((a.named, a.besides), (vec!["deal".to_string()], vec!["maritime".to_string()]));
        assert!(e.analyzer.analyze("which deals did the four countries reject besides egypt").named.is_empty());
        assert!(e.analyzer.analyze("what other deals were there").besides.is_empty());
        let gives = |text: &str, noun: &str, aside: &str| {
            e.analyzer.gives_a_name(text, &[noun.to_string()], &[aside.to_string()], &[aside.to_string()])
        };
        // The one set aside is not another; others listed in their own
        // words may be.
        assert!(!gives(
            "The four countries said that the Turkey-Libya maritime agreement is against the law.",
            "deal",
            "maritime"
        ));
        assert!(!gives(
            "Egypt rejected two deals signed between Turkey and the Tripoli Government",
            "deal",
            "maritime"
        ));
        assert!(gives(
            "the spread of weapons, terrorism and other criminal activities including illicit trafficking",
            "crime",
            "terrorism"
        ));
        assert!(gives("the further spread of weapons", "crime", "terrorism"));
    }

    #[test]
    fn a_passage_names_a_thing_in_it_or_before_it_or_beside_it() {
        let e = engine();
        let gives = |text: &str, noun: &str, asked: &[&str]| {
            let asked: Vec<String> = asked.iter().map(|s| s.to_string()).collect();
            e.analyzer.gives_a_name(text, &[noun.to_string()], &asked, &[])
        };
        assert!(!gives("Russian military contractors have been deployed.", "contractor", &[]));
        assert!(gives("It was put down to a local force, the 604 Brigade.", "brigade", &[]));
        assert!(gives("a possible move on his Jufra airbase", "airbase", &[]));
        assert!(gives("the Turkey-Libya maritime agreement is void", "deal", &[]));
        assert!(!gives("since his Tripoli attack in April 2019", "attack", &["tripoli"]));
        assert!(
            gives("the Turkey-Libya maritime agreement is void", "deal", &["turkey", "libya"]),
            "two names joined name it, however the question put them"
        );
        assert!(!gives("after a recent security and military agreement with Tripoli", "deal", &["turkey"]));
    }
}
