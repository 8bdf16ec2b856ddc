//! The fourth stage: titles and who holds them. "The American president"
//! is Trump: a title the article gives to someone it names stands for that
//! name; the others ("the Egyptian president") must be found bound in a
//! passage.

use super::{Analysis, Analyzer, EntityType};
use crate::engine::asked::{asks_for_title, names_the};
use crate::engine::kind::{is_name_of, Asks, Kind};
use crate::engine::message::Role;
use crate::engine::relations::{self, Occurrence};

impl Analyzer {
    /// Whether a title's holder is the one it stands for, or a place the
    /// lexicon counts as it (Algiers for Algeria).
    fn same_place(&self, named: &str, holder: &str) -> bool {
        named == holder
            || self.entity(named) == Some(EntityType::Place) && self.related(named).iter().any(|r| r == holder)
    }

    /// Replaces the titles the article gives someone it names by that
    /// name, keeps the others as bindings a passage must show, and says
    /// who a title asked about is.
    pub(super) fn bind_titles(&self, out: &mut Analysis, words: &[String], roles: &[Role], occurrences: &[Occurrence]) {
        let refs: Vec<&str> = words.iter().map(String::as_str).collect();
        // "the American president" is Trump: a title the article gives to
        // someone it names stands for that name; only the others ("the
        // Egyptian president") must be found bound in a passage.
        let mut bindings = relations::bindings(words, occurrences);
        let asks_where = out.asks.kind == Kind::Where;
        // "capital of turkey?", "turkey's capital?": a title and its holder
        // alone ask which, as "where is…" does.
        let alone = !bindings.is_empty()
            && (0..refs.len()).all(|i| {
                matches!(refs[i], "the" | "of" | "s") || occurrences.iter().any(|o| (o.start..o.end).contains(&i))
            });
        let asks_which = |title: &str| asks_where || alone || names_the(words, occurrences, title);
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
        // "is rome the capital of italy", "rome is italy's capital right":
        // a place said to hold the title, which the article gives no place.
        let equated = |named: &str, title: &str, holder: &str| {
            let find = |term: &str| occurrences.iter().find(|o| o.term == term);
            let (Some(n), Some(t)) = (find(named), find(title)) else {
                return false;
            };
            let of_holder = |i: usize| find(holder).is_some_and(|h| (h.start..h.end).contains(&i));
            let between = if n.end <= t.start { n.end..t.start } else { t.end.min(n.start)..n.start };
            let be = |i: usize| matches!(refs[i], "is" | "was" | "isnt" | "wasnt");
            // ("haftar attacked tripoli, the capital": said of it, not asked.)
            let linked = between.clone().any(be) || n.end <= t.start && n.start > 0 && be(n.start - 1);
            !between.is_empty()
                && between.clone().all(|i| of_holder(i) || be(i) || matches!(refs[i], "the" | "s"))
                && linked
        };
        // "the misrata commanders" are several, not the one holder the
        // article gives the title: the words stay as they are.
        let several = relations::several_holders(words, occurrences, &bindings);
        bindings.retain(|(title, holder)| match self.holder(title, holder) {
            Some(_) if several.contains(title) => false,
            // "the Turkish capital" stands for Turkey, but "where is the
            // capital of Turkey?" asks what the article never names.
            // "what is the capital of algeria": Algiers, which the article
            // names only as a place in Algeria, never as its capital.
            Some(named)
                if self.same_place(named, holder) && asks_which(title)
                    || self.entity(named) == Some(EntityType::Place) && equated(named, title, holder)
                    || another(title) =>
            {
                out.offtopic += 1;
                false
            }
            Some(named) => {
                let at = occurrences.iter().find(|o| &o.term == title).map(|o| o.start);
                let asked = at.is_some_and(|at| asks_for_title(words, at));
                // The one the title stands for is the answer when the
                // title is asked about ("which European leader…?"): it
                // may help, but the question does not require it.
                // "is the russian leader putin or medvedev": offered as a
                // choice, the one it stands for stays a choice.
                let offered = out.terms.iter().any(|t| &t.term == named && t.role == Role::Alternative);
                let role = match at {
                    _ if asked => Role::Context,
                    _ if offered => Role::Alternative,
                    Some(at) => roles[at],
                    None => Role::Core,
                };
                self.push(out, named.clone(), role, format!("{holder} {title}"), true, false);
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
                // ("the greek foreign ministers name": one, its 's lost
                // before "name".)
                let before_name = |o: &&Occurrence| refs.get(o.end) == Some(&"name");
                let one = occurrences
                    .iter()
                    .find(|o| &o.term == title)
                    .filter(|o| !refs[o.end - 1].ends_with('s') || before_name(o));
                if out.asks.kind == Kind::Who && one.is_some_and(|o| asks_for_title(words, o.start)) {
                    out.asks.person = true;
                }
                true
            }
        });
        // "who's the libyan pm that ankara props up": a description the
        // lexicon knows as someone, asked about like a title: the answer
        // names them, and the question does not require it. (Unless it is
        // all the question asks: "whos the leader of the tripoli govt,
        // sarraj or serraj?")
        if out.asks.kind == Kind::Who {
            let person = |o: &&Occurrence| o.entity == Some(EntityType::Person) && o.end - o.start >= 2;
            let more = |o: &Occurrence| out.terms.iter().any(|t| t.role == Role::Core && t.term != o.term);
            let described: Vec<&Occurrence> =
                occurrences.iter().filter(person).filter(|o| asks_for_title(words, o.start) && more(o)).collect();
            for o in described {
                for t in out.terms.iter_mut().filter(|t| t.term == o.term && t.role == Role::Core) {
                    t.role = Role::Context;
                }
                if !out.titled.contains(&o.term) {
                    out.titled.push(o.term.clone());
                }
            }
        }
        // "what are the names of the four foreign ministers": people's
        // names, which countries do not give.
        // A plural title may follow a list of whose ("the names of the
        // greek, cypriot, french and egyptian foreign ministers").
        let names_of = |o: &Occurrence| {
            let reach = if words[o.end - 1].ends_with('s') { 9 } else { 4 };
            refs[o.start.saturating_sub(reach)..o.start].windows(2).any(is_name_of)
        };
        // ("…ministers of the four countries who turned down the deals":
        // the "who" of the clause after them asks no less.)
        let open = out.asks == Asks::OPEN || out.asks == Asks::of(Kind::Who);
        if open && occurrences.iter().any(|o| o.entity == Some(EntityType::Title) && names_of(o)) {
            out.asks = Asks::of(Kind::Who);
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
    }
}
