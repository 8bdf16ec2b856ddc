//! Claims the message makes and asks about, and questions that lean on
//! what was said before them.

use super::*;

/// "my friend said turkey has troops there, is that what the article
/// says or is it less than that": "is that…" asks about the claim just
/// made, which is then asked too.
pub(super) fn claims_checked(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, known, .. } = m;
    for (n, c) in clauses.iter().enumerate().skip(1) {
        let back = matches!(words[c.start], "is" | "was" | "does" | "did")
            && words.get(c.start + 1).is_some_and(|w| matches!(*w, "that" | "this"));
        // ("…over because of the deal, he heard it on the tv, is that
        // true": the claim, not where it was heard.)
        let source = |d: &&Clause| {
            matches!(words[d.start], "he" | "she" | "they")
                && words.get(d.start + 1).is_some_and(|w| matches!(*w, "heard" | "read" | "saw" | "says" | "said"))
        };
        let claim = clauses[..n].iter().rev().find(|d| !source(d)).unwrap_or(&clauses[n - 1]);
        if back && c.form == Form::Question && claim.form == Form::Statement {
            roles[claim.start..claim.end].fill(Role::Core);
        }
        // "my mate dave reckons russia and turkey are on the same team, is
        // he talking out his exhaust pipe again": asked of whoever made
        // the claim, the question asks whether it holds; what it says of
        // them is no part of it (nor, by `reported_claim`, who they are).
        let of_claimant = matches!(words[c.start], "is" | "was" | "has")
            && words.get(c.start + 1).is_some_and(|w| matches!(*w, "he" | "she" | "they"));
        let reported =
            || reported_by(&words[claim.start..claim.end], known.get(claim.start..claim.end).unwrap_or(&[])).is_some();
        if of_claimant && c.form == Form::Question && claim.form == Form::Statement && reported() {
            roles[claim.start..claim.end].fill(Role::Core);
            roles[c.start..c.end].fill(Role::Context);
        }
        // "i'm arguing the war affects the whole region, does their
        // statement back that up?": whether the article says the claim,
        // which is asked; backing it is no support of one side for another.
        let confirms = (c.start..c.end.saturating_sub(1)).find(|&k| {
            let pointer = matches!(words[k + 1], "that" | "this" | "it");
            let up = words.get(k + 2) == Some(&"up");
            pointer
                && match words[k] {
                    "back" | "backs" | "backing" => up,
                    "support" | "supports" | "confirm" | "confirms" | "prove" | "proves" => k + 2 >= c.end,
                    // "does the article agree with that".
                    "with" => k + 2 >= c.end && k > c.start && matches!(words[k - 1], "agree" | "agrees"),
                    _ => false,
                }
        });
        // "i've put 'jufra is north of sirte', can someone check that for
        // me before thursday": the claim is asked, not the checking.
        // "…, can someone check the year against the article": the claim,
        // and the year of it.
        let checks = (c.start..c.end.saturating_sub(1)).find(|&k| {
            matches!(words[k], "check" | "verify" | "confirm" | "checking" | "verifying")
                && matches!(words[k + 1], "that" | "this" | "it" | "the")
        });
        let detail = checks.filter(|&k| words[k + 1] == "the").map(|k| k + 2).filter(|&d| {
            d < c.end && matches!(words[d], "year" | "date" | "day" | "month" | "time" | "place" | "city" | "number")
        });
        let checks = checks.filter(|&k| words[k + 1] != "the" || detail.is_some());
        if checks.is_some() && c.form != Form::Statement && claim.form == Form::Statement && confirms.is_none() {
            roles[claim.start..claim.end].fill(Role::Core);
            roles[c.start..c.end].fill(Role::Context);
            if let Some(d) = detail {
                roles[d] = Role::Core;
            }
        }
        if let (Some(k), Form::Question, Form::Statement) = (confirms, c.form, claim.form) {
            // ("…thin on the ground when haftar's guys arrived": the time
            // only says when the claim holds.)
            let when = (claim.start + 1..claim.end).find(|&j| matches!(words[j], "when" | "while" | "whenever"));
            roles[claim.start..when.unwrap_or(claim.end)].fill(Role::Core);
            roles[k] = Role::Context;
            if words[k] == "with" {
                roles[k - 1] = Role::Context;
            }
            if words[k].starts_with("back") {
                roles[k + 2] = Role::Context;
            }
        }
    }
}

/// "the headline names two leaders, who are they?", "haftar's offensive
/// on the capital, what month did that start?": a question with no
/// meaning of its own asks about what was said before it (not after).
pub(super) fn no_meaning_of_its_own(m: Message, aside: &[(usize, bool)], roles: &mut [Role]) {
    let Message { words, breaks, clauses, known, .. } = m;
    let is_content = |i: usize| m.is_content(i);
    let asks_something =
        (0..words.len()).any(|i| roles[i] != Role::Context && is_content(i) && !ONLY_WHEN_OR_NAME.contains(&words[i]));
    if !asks_something {
        let first_ask = clauses.iter().find(|c| c.form != Form::Statement).map_or(words.len(), |c| c.start);
        let before = (0..first_ask).any(is_content);
        let upto = if before { first_ask } else { words.len() };
        // The sentence it is asked in, when that names something the
        // knowledge base knows: "mate it's bucketing down here. apparently
        // haftar's lot did something about an airport, what was it?".
        // (Chat's "lol" ends one too: "no clue about libya lol, my mate
        // said haftar attacked tripoli, when was that".)
        let ends = |i: usize| breaks.get(i).is_some_and(|b| *b >= Break::Stop) || i > 0 && is_interjection(words[i]);
        let sentence = (0..first_ask).rev().find(|&i| ends(i)).map_or(0, |i| i + 1);
        let from =
            if before && (sentence..first_ask).any(|i| known.get(i).copied().unwrap_or(false)) { sentence } else { 0 };
        roles[from..upto].fill(Role::Core);
        // ("what was the date when sarraj was in algiers? i'm building a
        // timeline": the asker speaking of themselves after it is not; nor
        // is a lead-in before the topic: "ok cast, dramaturg hat on: the
        // headline deadline, what date is it?".)
        for (n, c) in clauses.iter().enumerate().filter(|(_, c)| c.form == Form::Statement) {
            let after = !before && c.start > first_ask && speaks_first(&words[c.start..c.end]);
            // ("KC1XYZ here, when the article says the eastern army, what's
            // its proper name?": who asks is no part of it.)
            let introduced = c.end <= first_ask && introduces_the_asker(&words[c.start..c.end]);
            let lead_in = before
                && breaks.get(c.end - 1) == Some(&Break::Colon)
                && clauses.get(n + 1).is_some_and(|d| d.form == Form::Statement && d.end <= first_ask);
            if after || lead_in || introduced || only_the_askers_own(m, c, from..upto) {
                roles[c.start..c.end].fill(Role::Context);
            }
        }
        // What the asker rules out stays aside ("the exact day they went
        // after the capital, not just spring. anyone?"); what they set
        // aside with "besides" names what the question is about ("anyone
        // else besides those tribes?"), unless the asker named that too:
        // "two reasons for sirte falling, one was the brigade, what was the
        // other?".
        let ruled_out = |at: usize| words[at.saturating_sub(3)..at].contains(&"not");
        let named_besides = (0..upto).any(|i| is_content(i) && !aside.iter().any(|&(at, _)| at == i));
        let kept_aside = |&&(at, excludes): &&(usize, bool)| at < upto && (ruled_out(at) || excludes && named_besides);
        for &(at, _) in aside.iter().filter(kept_aside) {
            roles[at] = Role::Context;
        }
    }
}

/// "packing parcels and arguing with dave about this - he says they met
/// in ankara, i say moscow. where was it actually?": of what is said
/// before a question with no meaning of its own, a statement in words
/// the knowledge base knows none of is the asker's own business, when
/// the rest of `said` names something it knows.
fn only_the_askers_own(m: Message, c: &Clause, said: std::ops::Range<usize>) -> bool {
    let is_known = |i: usize| m.is_known(i);
    c.start >= said.start
        && c.end <= said.end
        && (c.start..c.end).any(|i| m.is_content(i))
        && !(c.start..c.end).any(is_known)
        && said.filter(|i| !(c.start..c.end).contains(i)).any(is_known)
}

/// "the sirte garrison since 2016, mostly from where?": in a question of
/// who or where, a year only says which one is meant.
pub(super) fn year_since(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    let timed = clauses.iter().any(|c| matches!(c.asks.kind, Kind::When | Kind::HowLong));
    let placed = clauses.iter().any(|c| matches!(c.asks.kind, Kind::Where | Kind::Who));
    if placed && !timed {
        let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        for at in (1..words.len()).filter(|&at| year(words[at]) && words[at - 1] == "since") {
            roles[at - 1..=at].fill(Role::Context);
        }
    }
}

/// "article mentions the oil crescent somewhere, whats the deal with
/// that, who might make a move on it": a question that ends on "it" or
/// "them" after a preposition asks about what a statement just before
/// named, when it names little of its own; the words of it the knowledge
/// base knows are asked too.
pub(super) fn object_takes_up_mention(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    let is_known = |i: usize| m.is_known(i);
    for n in 1..clauses.len() {
        let c = &clauses[n];
        let ends_on_it = matches!(
            words[c.start..c.end],
            [_, _, .., "on" | "about" | "with" | "against" | "into" | "over" | "for", "it" | "them"]
        );
        // (Not one that names its own subject, nor the other side of a
        // choice: "is algeria cool with troops going in or are they
        // against it".)
        let own = (c.start..c.end).filter(|&i| is_known(i)).count();
        if c.form != Form::Question
            || !ends_on_it
            || own > 2
            || words[c.start.saturating_sub(1)..=c.start].contains(&"or")
        {
            continue;
        }
        let named = clauses[n.saturating_sub(2)..n]
            .iter()
            .rev()
            .find(|d| d.form == Form::Statement && (d.start..d.end).any(is_known));
        if let Some(d) = named {
            for i in (d.start..d.end).filter(|&i| is_known(i)) {
                if roles[i] == Role::Context {
                    roles[i] = Role::Core;
                }
            }
        }
    }
}

/// "the russians fighting for haftar | are they regular army or…": a
/// pronoun that opens a question takes up the noun phrase said before it;
/// so does one after a longer question word ("this 604 lot, when and where
/// were they…", "the tripoli side in sirte, how long had they…").
pub(super) fn pronoun_takes_up_phrase(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    for n in 1..clauses.len() {
        let (topic, c) = (&clauses[n - 1], &clauses[n]);
        let span = &words[c.start..c.end];
        // The question word(s) first: "when", "how long", "when and where".
        let asking = |w: &&str| is_wh(w) || matches!(*w, "and" | "or" | "long" | "many" | "much" | "often");
        let lead = span.iter().take(3).take_while(|w| asking(w)).count();
        // ("the four ministers on wednesday, which city were they in":
        // the kind asked after "which" belongs to the question word.)
        let lead = match span {
            ["which" | "what", _, w, ..] if lead == 1 && is_aux(w) => 2,
            _ => lead,
        };
        let refers = match span[lead.min(span.len())..] {
            [w, p, ..] if is_aux(w) && (lead == 0 || is_wh(span[0])) => matches!(p, "they" | "he" | "she" | "it"),
            _ => false,
        };
        let phrase = topic.form == Form::Statement
            && topic.end - topic.start <= 6
            && matches!(words[topic.start], "the" | "that" | "this" | "those" | "these");
        // ("the unit that flipped in sirte, when was it set up": a phrase
        // with a relative clause only says which one is meant.)
        let relative = (topic.start + 1..topic.end).any(|i| matches!(words[i], "that" | "who" | "which"));
        if refers && phrase && !relative && c.form == Form::Question {
            recast(&mut roles[topic.start..topic.end], Role::Context, Role::Core);
        }
    }
}
