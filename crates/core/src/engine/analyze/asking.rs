//! The second stage: the message's clauses, each word's role in them
//! (asked, context, a choice offered), and what the message asks for.

use std::ops::Range;

use super::reading::Reading;
use super::{Analyzer, EntityType, WordClass};
use crate::engine::asked::{
    asks_membership, asks_who_is_right, describes_the_asked, offers_a_guess, offers_a_reason, offers_choices,
    sides_with_one_of_us, states_a_guess, time_anchors, trailing_guess,
};
use crate::engine::kind::{
    asks_a_first_name, asks_a_plan, is_day_number, is_name_of, is_number_word, is_region_word, is_weekday, is_year,
    month_number, Asks, Grain, Kind,
};
use crate::engine::message::{
    clauses, ends_on_a_tag, is_aux, is_opener, is_wh, only_contrasted, recast, roles, set_aside, sets_a_time,
    yes_no_verb, Clause, Form, Role,
};
use crate::text::{ordinal_digits, Break};

/// What a message asks, clause by clause and word by word.
pub(super) struct Asking {
    pub clauses: Vec<Clause>,
    /// Each word's role.
    pub roles: Vec<Role>,
    /// What the first clause that asks something in particular asks for.
    pub asks: Asks,
    /// A clause that offers the asker's guess at a "who" question ("…, is
    /// it sarraj?"): a name the answer may give, not one it must.
    pub guess: Option<Range<usize>>,
    /// The message asks who is right in a dispute ("my mate says noon…").
    pub disputed: bool,
    /// Where the words are that the asker sets aside as not the answer
    /// ("besides a ceasefire, what else…").
    pub excluded: Vec<usize>,
    /// All of it is set against what the asker named first (see
    /// [`crate::engine::message::only_contrasted`]).
    pub contrasted: bool,
}

impl Analyzer {
    pub(super) fn asking(&self, reading: &Reading) -> Asking {
        let Reading { breaks, classes, content, known, .. } = reading;
        let refs = reading.refs();
        let found = clauses(&refs, breaks);
        let aside = set_aside(&refs, breaks);
        let mut roles = roles(&refs, breaks, &found, content, known, &aside);
        // "it starts 21 jan right?": a day beside a month is the asker's
        // guess at the date, which the answer may confirm or correct.
        for i in (0..refs.len()).filter(|&i| is_day_number(refs[i])) {
            if dated(&refs, i).is_some() {
                roles[i] = Role::Alternative;
            }
        }
        // "was the algiers meeting on the 8th", "i thought the truce started
        // on the 10th?": a day of the month the asker guesses, which the
        // answer may confirm or correct ("what happened on the 6th" asks it).
        let guessing =
            |c: &&Clause| yes_no_verb(&refs, c).is_some() || refs[c.start..c.end].starts_with(&["i", "thought"]);
        for c in found.iter().filter(guessing) {
            for i in (c.start + 2..c.end).filter(|&i| refs[i - 2] == "on" && refs[i - 1] == "the") {
                if ordinal_digits(refs[i]).is_some_and(is_day_number) {
                    roles[i] = Role::Alternative;
                }
            }
        }
        let checking = confirms(&refs, &found);
        // "trump's press conference was on monday, right?": a weekday in a
        // question to be confirmed is the asker's guess at the day, which
        // the answer may correct.
        // So is a day, month or year in the claim: "i have sarraj in algiers
        // on the 8th, is that right", "i wrote down march 2019, is that right",
        // and in one a question of time is asked about: "my notes say it
        // starts on the 15th, what date does the piece give".
        let asks_a_time = found.iter().any(|c| c.form != Form::Statement && c.asks.kind == Kind::When);
        if checking || asks_a_time {
            let number = |i: usize| refs.get(i).is_some_and(|w| is_day_number(w) || is_year(w));
            for i in 0..refs.len() {
                let w = refs[i];
                let day = i >= 2
                    && refs[i - 2] == "on"
                    && refs[i - 1] == "the"
                    && ordinal_digits(w).is_some_and(is_day_number);
                let month =
                    month_number(w).is_some() && (i > 0 && (refs[i - 1] == "in" || number(i - 1)) || number(i + 1));
                // (Beside a question of time, only in the claim: "what day of
                // the week was jan 6 2020" asks about its date.)
                let claimed =
                    || checking || found.iter().any(|c| c.form == Form::Statement && (c.start..c.end).contains(&i));
                if (is_weekday(w) || day || month || is_year(w)) && roles[i] == Role::Core && claimed() {
                    roles[i] = Role::Alternative;
                }
            }
        }
        // "…has some link to gaddafi right? how exactly": a bare "how"
        // after another question asks in what way that holds, not why.
        let bare_how = |n: usize, c: &Clause| {
            n > 0
                && matches!(refs[c.start..c.end], ["how"] | ["how", "so" | "exactly"] | ["but", "how"] | ["and", "how"])
        };
        // "so when the forces left sirte, why did they do it?": a clause
        // that only sets the time of the question after it ("when" and no
        // verb of asking) says when, it does not ask it; the question after
        // it asks, with or without words of its own.
        let sets_the_time = |n: usize, c: &Clause| {
            let span = &refs[c.start..c.end];
            span.iter().find(|w| !is_opener(w)) == Some(&"when")
                && sets_a_time(span)
                && breaks[c.end - 1] != Break::Question
                && found
                    .get(n + 1)
                    .is_some_and(|d| d.form != Form::Statement && !matches!(d.asks.kind, Kind::Open | Kind::When))
        };
        // "is it true algeria fears cairo's sway? … can't find where she got
        // it": a question with nothing of its own after one with content
        // asks about the asker's sources, not the article.
        let has_content = |c: &Clause| content[c.start..c.end].iter().any(|&b| b);
        let first_with_content = found
            .iter()
            .enumerate()
            .position(|(n, c)| c.form != Form::Statement && has_content(c) && !sets_the_time(n, c));
        let empty_after = |n: usize, c: &Clause| first_with_content.is_some_and(|f| n > f) && !has_content(c);
        // "for class i have to explain why haftar attacked tripoli, could
        // somebody tell me who backs him?": what the asker must
        // explain is their task; a question of its own after it is what
        // they ask.
        let task = |c: &Clause| c.start > 0 && matches!(refs[c.start - 1], "explain" | "describe" | "discuss");
        let asked_after = |n: usize| {
            let own = |c: &Clause| c.asks != Asks::OPEN || matches!(refs[c.start], "which" | "what");
            found[n + 1..].iter().any(|c| c.form != Form::Statement && own(c) && has_content(c))
        };
        // "there's a new theory about why haftar took sirte, can someone
        // explain what it says?": a question with no words of its own asks
        // what the statement before it names.
        let questions_empty =
            found.iter().all(|c| c.form == Form::Statement || !has_content(c) && c.asks == Asks::OPEN);
        let asks = found
            .iter()
            .enumerate()
            .filter(|(n, c)| {
                let passed_over = task(c) && asked_after(*n) || sets_the_time(*n, c);
                !(bare_how(*n, c) || empty_after(*n, c) || passed_over)
            })
            .map(|(_, c)| c)
            .filter(|c| c.form != Form::Statement || questions_empty)
            .map(|c| c.asks)
            .find(|a| *a != Asks::OPEN)
            .unwrap_or(Asks::OPEN);
        // "how many problems does it blame, can someone list them all?": the
        // list is asked, which a passage gives without a number.
        // So is "how many tribes does the article name", "how many
        // countries are mentioned": the ones it names, which it may not count.
        let named = |w: &str| matches!(w, "name" | "names" | "mention" | "mentions" | "list" | "lists");
        let lists = refs.windows(2).any(|p| matches!(p, ["list" | "name", "them" | "all" | "each" | "every"]))
            || refs.windows(2).any(|p| matches!(p[0], "article" | "it" | "piece" | "text" | "author") && named(p[1]))
            || refs.windows(2).any(|p| {
                matches!(p[0], "are" | "were" | "get" | "got") && matches!(p[1], "named" | "mentioned" | "listed")
            });
        let asks = if asks.kind == Kind::HowMany && lists { Asks::OPEN } else { asks };
        // "when did daesh take sirte, what month": a question of its own
        // that only says how precise a time is wanted makes the "when" so.
        let asks = match found.iter().find(|c| c.form != Form::Statement && c.asks.grain.is_some()) {
            Some(c) if asks.kind == Kind::When && asks.grain.is_none() && c.asks.kind == Kind::When => c.asks,
            _ => asks,
        };
        // "was this written in libya?", "were the talks held in rome?": a
        // yes/no question that ends on the place it puts something in asks
        // where, and the place is a guess the answer may settle.
        let placed = (asks == Asks::OPEN).then(|| self.place_guessed(&refs, classes, &found)).flatten();
        let asks = match placed {
            Some(at) => {
                roles[at] = Role::Alternative;
                // "from inside libya": the guess is the place.
                if matches!(refs[at - 1], "inside" | "within") {
                    roles[at - 1] = Role::Context;
                }
                Asks::of(Kind::Where)
            }
            None => asks,
        };
        // "i'm confused why the article doubts the ceasefire, is it because
        // of the fighting?": the reason asked is the statement's "why", and
        // the reason offered is the asker's guess, which the answer may give.
        // So after a question: "why weren't they there? was it bc they were
        // sent somewhere else?"
        let reason_asked = found.iter().position(|c| c.asks.kind == Kind::Why);
        let reason_guessed = reason_asked.and_then(|n| {
            found[n + 1..].iter().find(|c| offers_a_reason(&refs[c.start..c.end])).map(|g| (&found[n], g))
        });
        let asks = match reason_guessed {
            Some((why, guess)) => {
                recast(&mut roles[why.start..why.end], Role::Context, Role::Core);
                recast(&mut roles[guess.start..guess.end], Role::Core, Role::Alternative);
                why.asks
            }
            None => asks,
        };
        // "who heads the tripoli govt, is it sarraj?": the name offered is
        // the asker's guess, which the answer may give; it is not asked.
        let guess = (asks.kind == Kind::Who)
            .then(|| found.iter().skip(1).find(|c| offers_a_guess(&refs[c.start..c.end])))
            .flatten()
            .map(|c| c.start..c.end);
        if let Some(g) = &guess {
            roles[g.clone()].fill(Role::Context);
        }
        // "i lived in brussels once. what did serraj do there this week?":
        // "there" is the place named last before the question, which the
        // answer must then say.
        if let Some(place) = self.there_refers_to(&refs, classes, &found) {
            roles[place] = Role::Core;
        }
        // "which city did they grab? was it misrata or sirte": the places
        // guessed are choices the answer may settle.
        // So are those of "…where were most of them from? misrata or
        // tripoli" and "i think one was in brussels".
        // And so is a bare name after it: "where were they from? misrata?".
        if asks.kind == Kind::Where {
            let asked = found.iter().position(|c| c.asks.kind == Kind::Where).unwrap_or(0);
            let guessed = |(n, c): &(usize, &Clause)| {
                let words = &refs[c.start..c.end];
                let bare = *n > asked && words.len() <= 2;
                offers_a_guess(words) || offers_choices(words) || states_a_guess(words) || bare
            };
            for (_, c) in found.iter().enumerate().skip(1).filter(guessed) {
                roles[c.start..c.end].fill(Role::Alternative);
            }
        }
        // "which european leader did he call, macron?": a name or a time
        // offered after the question is a guess the answer may settle. A
        // place guessed ("which city is the dateline, london?") is a choice,
        // as above: the answer may name it.
        if matches!(asks.kind, Kind::Who | Kind::Where | Kind::When | Kind::HowMany) {
            let guessed = if asks.kind == Kind::Where { Role::Alternative } else { Role::Context };
            let asking = found.iter().filter(|c| c.form != Form::Statement);
            for g in asking.filter_map(|c| trailing_guess(&refs, breaks, content, c.start, c.end)) {
                roles[g].fill(guessed);
            }
        }
        // "which neighbouring countries…": a word that describes what is
        // asked is what the answer is, not what its passage must say. A
        // name keeps its role ("which libyan city"), and so does a word
        // the article never uses ("what political party").
        for at in describes_the_asked(&refs, breaks) {
            // "which north african country": a part of the world too.
            let describes =
                matches!(&classes[at], WordClass::Term(t) if self.entity(t).is_none()) || is_region_word(refs[at]);
            if roles[at] == Role::Core && describes {
                roles[at] = Role::Context;
            }
        }
        // "which european capital did he visit": a capital of that part of
        // the world, which the answer names without saying so.
        if asks.kind == Kind::Where {
            for at in (2..refs.len()).filter(|&at| matches!(refs[at], "capital" | "capitals")) {
                let from = (at.saturating_sub(3)..at).rev().find(|&j| matches!(refs[j], "which" | "what"));
                if let Some(from) = from.filter(|&f| f + 1 < at && refs[f + 1..at].iter().all(|w| is_region_word(w))) {
                    roles[from + 1..=at].fill(Role::Context);
                }
            }
        }
        // "did the zone come the same day as the istanbul talks": the talks
        // only date what is asked.
        for anchor in time_anchors(&refs, breaks) {
            recast(&mut roles[anchor], Role::Core, Role::Context);
        }
        self.point_back(&refs, classes, &found, &mut roles);
        self.the_ones_said(&refs, reading, &found, &mut roles);
        // "i wrote down they were mostly from benghazi, pretty sure that's
        // wrong, where did they actually come from": the origin said
        // before a question of origin is the asker's guess at it.
        let origin_asked = found.iter().find(|c| c.asks.kind == Kind::Where && refs[c.end - 1] == "from");
        if let Some(asked) = origin_asked.filter(|_| asks.kind == Kind::Where) {
            let place = |i: usize| matches!(&classes[i], WordClass::Term(t) if self.entity(t).is_some_and(|e| matches!(e, EntityType::Place | EntityType::Country)));
            let said = found.iter().filter(|c| c.end <= asked.start && c.form == Form::Statement);
            for i in said.flat_map(|c| c.start + 1..c.end) {
                if refs[i - 1] == "from" && place(i) {
                    roles[i] = Role::Alternative;
                }
            }
        }
        // "is italy one of the countries that rejected the deals": the
        // group's clause is asked, and the one named is a choice the list
        // settles.
        let mut membership = false;
        for c in &found {
            if let Some(named) = asks_membership(&refs[c.start..c.end]) {
                recast(&mut roles[c.start + named.start..c.start + named.end], Role::Core, Role::Alternative);
                membership = true;
            }
        }
        if !refs.windows(2).any(is_name_of) && !membership {
            self.relative_clauses(&refs, reading, &found, asks.asks_who(), &mut roles);
        }
        // "my mate says noon, i think midnight, who's right?": the claims
        // are what is asked, and a word the article never uses is only one
        // side of the dispute.
        // "i wrote down that the brigade is mostly warfalla guys, can
        // someone confirm that": a name the article never uses, offered to
        // be checked, is the asker's guess, which the answer may settle.
        let checked = asks == Asks::OPEN
            && (ends_on_a_tag(&refs) || refs.iter().any(|w| matches!(*w, "confirm" | "confirms" | "confirming")));
        if checked {
            for (i, (r, c)) in roles.iter_mut().zip(classes.iter()).enumerate() {
                let foreign = refs[i].len() >= 4
                    && refs[i].bytes().all(|b| b.is_ascii_lowercase())
                    && !self.english.knows(refs[i]);
                if *r == Role::Core && matches!(c, WordClass::Unknown(_)) && foreign {
                    *r = Role::Alternative;
                }
            }
        }
        let disputed = asks_who_is_right(&refs);
        let asks = if disputed {
            for (i, (r, c)) in roles.iter_mut().zip(classes.iter()).enumerate() {
                if *r == Role::Core && matches!(c, WordClass::Unknown(_)) {
                    *r = Role::Alternative;
                }
                // "my mate wrote that…": who claims what is not asked.
                let claiming = self.is_speech_at(&refs, i)
                    || matches!(refs[i], "wrote" | "write" | "writes" | "written")
                    || sides_with_one_of_us(&refs, i);
                if *r == Role::Core && claiming {
                    *r = Role::Context;
                }
            }
            Asks::OPEN
        } else {
            asks
        };
        // "How old is Haftar?" asks an age; "how old is the brigade" a year.
        let asks = if asks.grain == Some(Grain::Year)
            && refs.windows(2).any(|p| p == ["how", "old"])
            && classes.iter().any(|c| self.is_person(c))
        {
            Asks { grain: Some(Grain::Age), ..asks }
        } else if asks_a_first_name(&refs) && classes.iter().any(|c| self.is_person(c)) {
            Asks { grain: Some(Grain::GivenName), ..asks }
        } else if asks.kind == Kind::Open && asks_a_plan(&refs) {
            Asks { grain: Some(Grain::Plan), ..asks }
        } else {
            asks
        };
        // In a date to be confirmed, the month is a guess too, and so is a
        // day the chat spelling has made a word ("started on 4 march, is
        // that right?"), unless the question's reading has made them
        // context already.
        if checking {
            let day = |w: &str| is_day_number(w) || is_number_word(w);
            for i in (0..refs.len()).filter(|&i| day(refs[i])) {
                let Some(month) = dated(&refs, i) else { continue };
                for at in [i, month] {
                    if roles[at] == Role::Core {
                        roles[at] = Role::Alternative;
                    }
                }
            }
        }
        let contrasted = only_contrasted(&refs, &aside);
        let excluded = aside.into_iter().filter(|&(_, excludes)| excludes).map(|(at, _)| at).collect();
        Asking { clauses: found, roles, asks, guess, disputed, excluded, contrasted }
    }

    /// Where the place is that a yes/no question ends on, after a verb of
    /// placing ("was this written in libya") or "from" ("is tebboune from
    /// algeria, or not?"), if its first question is one.
    fn place_guessed(&self, refs: &[&str], classes: &[WordClass], found: &[Clause]) -> Option<usize> {
        let c = found.iter().find(|c| c.form != Form::Statement)?;
        let words = &refs[c.start..c.end];
        let opening = yes_no_verb(refs, c).map(|at| at - c.start);
        if opening.is_none() && !asked_by_its_mark(refs, c) {
            return None;
        }
        let tail =
            |w: &&&str| matches!(**w, "or" | "not" | "right" | "too" | "then" | "though" | "actually" | "really");
        let kept = words.len() - words.iter().rev().take_while(tail).count();
        // An auxiliary, something, a preposition and the place at least.
        if kept < 3 {
            return None;
        }
        let at = c.start + kept - 1;
        let place = matches!(&classes[at], WordClass::Term(t) if self.entity(t).is_some_and(|e| matches!(e, EntityType::Place | EntityType::Country)));
        // Put there by a verb of placing ("written in", "held in"), or
        // said to come from there ("is he from algeria").
        let placing = |w: &str| {
            matches!(
                w,
                "written"
                    | "filed"
                    | "reported"
                    | "based"
                    | "held"
                    | "hosted"
                    | "located"
                    | "situated"
                    | "published"
                    | "datelined"
                    | "headquartered"
                    | "reporting"
                    | "writing"
            )
        };
        let copula = opening.is_some_and(|o| matches!(words[o], "is" | "was" | "are" | "were"));
        // "reporting from inside libya": from somewhere in it.
        let from_inside = matches!(refs[at - 1], "inside" | "within") && at >= 3 && refs[at - 2] == "from";
        let verb_at = if from_inside { at - 3 } else { at - 2 };
        let from = (refs[at - 1] == "from" || from_inside) && (copula || placing(refs[verb_at]));
        let put = matches!(refs[at - 1], "in" | "at") && placing(refs[at - 2]);
        (place && (from || put)).then_some(at)
    }

    /// The place that a question's "there" stands for: the last one the
    /// asker put something in ("in brussels", "to algiers") in a statement
    /// just before the message's first question. Not "is there", "there
    /// were" (which say something is), "over there", nor the place another
    /// question asks ("where was he, and who did he meet there").
    fn there_refers_to(&self, refs: &[&str], classes: &[WordClass], found: &[Clause]) -> Option<usize> {
        let first = found.iter().position(|c| c.form != Form::Statement)?;
        let being = |w: &str| matches!(w, "is" | "are" | "was" | "were" | "isnt" | "arent" | "wasnt" | "werent");
        let there = found[first..].iter().any(|c| {
            c.form != Form::Statement
                && (c.start..c.end).any(|i| {
                    refs[i] == "there"
                        && !refs.get(i + 1).is_some_and(|w| being(w) || matches!(*w, "be" | "been" | "has" | "have"))
                        && !(i > c.start && (being(refs[i - 1]) || matches!(refs[i - 1], "over" | "out" | "in")))
                })
        });
        if !there || found[first..].iter().any(|c| c.asks.kind == Kind::Where) {
            return None;
        }
        let placed = |i: &usize| {
            *i > 0
                && matches!(refs[i - 1], "in" | "to" | "at" | "from" | "near" | "around" | "into")
                && matches!(&classes[*i], WordClass::Term(t) if self.entity(t).is_some_and(EntityType::answers_where))
        };
        let said = found[..first].last()?;
        (said.start..said.end).rev().find(placed)
    }

    /// "is there a tribal link between haftar and the brigade that
    /// flipped": a clause after a noun that says which one is meant, not
    /// what is asked. It runs to a comma or to the verb of the clause it
    /// sits in ("the brigade that flipped in sirte | was started…").
    /// In a "who" question only a clause after a name counts: in "who is
    /// the man who leads the brigade" the clause tells the one asked for.
    fn relative_clauses(&self, refs: &[&str], reading: &Reading, found: &[Clause], who: bool, roles: &mut [Role]) {
        let Reading { breaks, content, classes, .. } = reading;
        let named = |i: usize| self.entity_of(&classes[i]).is_some();
        // A message of statements only ("any gaddafi link to the brigade
        // that flipped") asks with them.
        let asking = found.iter().any(|c| c.form != Form::Statement);
        for c in found.iter().filter(|c| c.form != Form::Statement || !asking) {
            // "wasn't it the italians who took sirte": in a cleft the
            // clause after "who" is what is asked, and the one named before
            // it the asker's guess, which the answer may correct.
            let opens = (c.start..c.end).find(|&j| !is_opener(refs[j])).unwrap_or(c.start);
            // "i think it was greece, cyprus, italy and egypt who…": so is
            // one the asker says they believe.
            let believed = matches!(
                refs[opens..c.end],
                ["i", "think" | "thought" | "believe" | "assume" | "assumed" | "guess", "it", "was" | "is", ..]
            );
            let opens = if believed { opens + 2 } else { opens };
            // ("was it true that…", "was it a big deal that…" are not.)
            let guessed = |at: usize| at < c.end && (refs[at] == "the" || named(at));
            let cleft = matches!(refs[opens..c.end], ["is" | "was" | "isnt" | "wasnt", "it", ..])
                || believed && matches!(refs[opens..c.end], ["it", "was" | "is", ..]);
            if cleft && guessed(opens + 2) {
                if let Some(who) = (opens + 3..c.end.saturating_sub(1)).find(|&j| matches!(refs[j], "who" | "that")) {
                    recast(&mut roles[opens + 2..who], Role::Core, Role::Alternative);
                }
                continue;
            }
            for i in c.start + 1..c.end.saturating_sub(1) {
                if !matches!(refs[i], "that" | "which" | "who") {
                    continue;
                }
                // "the brigade that…" or "that salafist brigade that…",
                // not "some group that…", which asks whether there is one.
                let definite = refs[i.saturating_sub(3)..i - 1]
                    .iter()
                    .any(|w| matches!(*w, "the" | "that" | "this" | "those" | "these"));
                let head = content[i - 1]
                    && !self.is_verb(refs[i - 1])
                    && breaks[i - 1] == Break::None
                    && definite
                    && (!who || (i.saturating_sub(2)..i).any(named));
                // "the tripoli govt that the un recognises": its subject
                // and verb, ending the clause.
                let object = || {
                    let (last, subject) = refs[i + 1..c.end].split_last().unwrap_or((&"", &[]));
                    (1..=3).contains(&subject.len()) && self.is_verb(last) && !subject.iter().any(|w| self.is_verb(w))
                };
                let subject = self.is_verb(refs[i + 1]);
                if !(head && (subject || object())) {
                    continue;
                }
                // "does the brigade that flipped share a tribe with him":
                // after "does", the clause's own verb ends the relative one.
                let opens_with_do = matches!(refs[c.start], "do" | "does" | "did" | "didnt" | "doesnt");
                let own_verb = |j: usize| opens_with_do && self.is_verb(refs[j]);
                let end = if subject {
                    (i + 2..c.end)
                        .find(|&j| is_aux(refs[j]) || breaks[j - 1] >= Break::Comma || own_verb(j))
                        .unwrap_or(c.end)
                } else {
                    c.end
                };
                recast(&mut roles[i + 1..end], Role::Core, Role::Context);
            }
        }
    }

    /// "trump said he had discussed libya with two leaders before putin.
    /// who were the two?", "the article talks a lot about the 604 brigade
    /// but who is its commander?": a question that names no one but points
    /// back (a number of them, "both", "its", "that call") asks about what
    /// the statement just before names, whose names become what it asks.
    fn the_ones_said(&self, refs: &[&str], reading: &Reading, found: &[Clause], roles: &mut [Role]) {
        let Reading { classes, content, .. } = reading;
        let pointer = |i: usize| {
            let w = refs[i];
            let before_a_noun = matches!(w, "that" | "this") && content.get(i + 1).copied().unwrap_or(false);
            is_number_word(w) || before_a_noun || matches!(w, "both" | "those" | "its" | "their")
        };
        // Any name in the statement; someone named in the question.
        let named = |i: usize| self.entity_of(&classes[i]).is_some();
        let someone = |i: usize| self.entity_of(&classes[i]).is_some_and(EntityType::answers_who);
        for pair in found.windows(2) {
            let (before, c) = (&pair[0], &pair[1]);
            let points = (c.start..c.end).any(pointer) && !(c.start..c.end).any(|i| someone(i) && !pointer(i));
            // ("if turkey and russia back different factions, why are they
            // calling for peace": a condition, already what is asked about.)
            let condition = matches!(refs[before.start], "if" | "when" | "since" | "because" | "although");
            if before.form == Form::Statement
                && c.form == Form::Question
                && c.asks != Asks::OPEN
                && points
                && !condition
            {
                for i in (before.start..before.end).filter(|&i| named(i)) {
                    roles[i] = roles[i].max(Role::Core);
                }
            }
        }
    }

    /// "my cousin says serraj met merkel in berlin, but who did he really
    /// meet?": a question that names no one but points back with "he" or
    /// "she" asks about the first person of the statement just before it,
    /// which becomes core. ("…is he still chelsea's manager or did he…" is
    /// one question, joined by "or".)
    fn point_back(&self, refs: &[&str], classes: &[WordClass], found: &[Clause], roles: &mut [Role]) {
        let person = |i: usize| self.is_person(&classes[i]);
        for pair in found.windows(2) {
            let (before, c) = (&pair[0], &pair[1]);
            let points_back =
                refs[c.start..c.end].iter().any(|w| matches!(*w, "he" | "she" | "him" | "her" | "his" | "them"));
            let joined = refs[before.end - 1] == "or";
            // "…, but has he ever met haftar himself?": the one asked about
            // is the subject, whoever else the question names.
            let subject = c.end > c.start + 1 && is_aux(refs[c.start]) && matches!(refs[c.start + 1], "he" | "she");
            if c.form == Form::Statement
                || before.form != Form::Statement
                || joined
                || !points_back
                || (c.start..c.end).any(person) && !subject
            {
                continue;
            }
            // "so hafter sat down with conte, what did the two of them
            // agree on?": both.
            let both = refs[c.start..c.end].windows(3).any(|w| matches!(w, ["two" | "both", "of", "them"]));
            let someone =
                |i: &usize| person(*i) || both && self.entity_of(&classes[*i]).is_some_and(EntityType::answers_who);
            for i in (before.start..before.end).filter(someone).take(if both { 2 } else { 1 }) {
                roles[i] = roles[i].max(Role::Core);
            }
        }
    }
}

/// Where the month is that the day at `i` is the day of ("21 jan",
/// "january 21"), if it is one.
fn dated(words: &[&str], i: usize) -> Option<usize> {
    let month = |j: usize| words.get(j).is_some_and(|w| month_number(w).is_some());
    [Some(i + 1), i.checked_sub(1)].into_iter().flatten().find(|&j| month(j))
}

/// Whether the message asks to confirm what it says: a yes/no question
/// ("was it on monday?"), a statement with a tag ("…on monday, right?")
/// or one asked with a question mark alone ("sirte fell on friday?").
fn confirms(words: &[&str], clauses: &[Clause]) -> bool {
    let asked = clauses.iter().find(|c| c.form != Form::Statement);
    ends_on_a_tag(words) || asked.is_some_and(|c| yes_no_verb(words, c).is_some() || asked_by_its_mark(words, c))
}

/// Whether a clause is a statement asked with a question mark alone:
/// "sirte fell on friday?", "filed from libya?".
fn asked_by_its_mark(words: &[&str], c: &Clause) -> bool {
    let first = (c.start..c.end).map(|i| words[i]).find(|w| !is_opener(w));
    c.form == Form::Question
        && c.asks == Asks::OPEN
        && first.is_some_and(|w| {
            !is_wh(w) && !is_aux(w) && !matches!(w, "any" | "anything" | "anyone" | "anybody" | "whether")
        })
}
