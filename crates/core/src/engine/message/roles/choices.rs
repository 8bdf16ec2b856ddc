//! The sides of a choice the message offers: "A or B" inside a clause,
//! a clause after "or", and a bare "or…" after a question.

use super::*;

/// The sides of a choice in clause `n`, a question or request.
/// "does algeria back sarraj or is it staying neutral": the clause
/// after "or" is an alternative; so is what follows "or" inside a
/// clause, and the words just before it ("brand new or an extension").
/// "was it a haftar unit from day one, or was it set up in tripoli?":
/// the clause before "or" is the first choice.
/// A choice must offer something: "…, or did it come from somewhere
/// else?" does, "…, or is that still to come?" does not.
/// Nor does one that only doubts the first: "…sent troops yet, or
/// is it just talk?" still asks whether they sent them.
pub(super) fn choices(m: Message, n: usize, roles: &mut [Role]) {
    let Message { words, breaks, clauses, .. } = m;
    let c = &clauses[n];
    let is_content = |i: usize| m.is_content(i);
    let offers = |j: usize| is_content(j) || matches!(words[j], "else" | "elsewhere" | "other" | "others");
    let doubts = |d: &Clause| {
        let rest = &words[d.start..d.end];
        let rest = match rest {
            ["is" | "was" | "are" | "were", "it" | "that" | "this" | "they", rest @ ..] => rest,
            _ => rest,
        };
        // "…, or was it the other way round?" checks the first.
        let reverse = matches!(rest, ["the", "other", "way", "round" | "around"]);
        // So does "…, or is that a myth?", "…, or is it true?".
        let rest = rest.strip_prefix(&["a"]).or_else(|| rest.strip_prefix(&["an"])).unwrap_or(rest);
        reverse
            || matches!(rest.first(), Some(&("just" | "only" | "merely" | "all")))
            || rest.first().is_some_and(|w| is_doubt(w))
    };
    let choice_follows = words[c.end - 1] == "or"
        && clauses.get(n + 1).is_some_and(|d| d.form != Form::Statement && (d.start..d.end).any(offers) && !doubts(d));
    if c.start > 0 && words[c.start - 1] == "or" || choice_follows {
        roles[c.start..c.end].fill(Role::Alternative);
        // "was hafter in brussels too, or did he go somewhere else?":
        // whom both sides are of, named in the first and taken up by a
        // pronoun in the second, is asked about, not offered.
        let refers_back = |d: &Clause| {
            d.end - d.start >= 2 && is_aux(words[d.start]) && matches!(words[d.start + 1], "he" | "she" | "they")
        };
        if choice_follows && is_aux(words[c.start]) && clauses.get(n + 1).is_some_and(refers_back) {
            if let Some(subject) = (c.start + 1..c.end).find(|&i| words[i] != "the") {
                roles[subject] = Role::Core;
            }
        }
        return;
    }
    // (An "or" that ends the clause joins it to the next: a choice of
    // clauses, above, or none.)
    for at in (c.start..c.end - 1).filter(|&at| words[at] == "or" && !is_or_tag(words, breaks, at)) {
        let until = phrase_end(breaks, at + 1, c.end);
        // "was it erdogan who said 'there is chaos' or trump": who did
        // it is the choice, said after "it" and after "or"; what was
        // done is asked of both.
        let cleft = (matches!(words[c.start..], ["was" | "is", "it", ..])
            && (at + 1..until).filter(|&j| is_content(j)).count() == 1)
            .then(|| (c.start + 3..at).find(|&j| matches!(words[j], "who" | "that")))
            .flatten();
        if let Some(who) = cleft {
            roles[c.start + 2..who].fill(Role::Alternative);
            roles[at + 1..until].fill(Role::Alternative);
            continue;
        }
        // "did sirte fall before or after they met": the order is
        // asked; what it is ordered against is said around it.
        if at > c.start && matches!(words[at - 1], "before" | "earlier") && words.get(at + 1) == Some(&"after") {
            roles[at - 1] = Role::Alternative;
            roles[at + 1] = Role::Alternative;
            roles[at + 2..until].fill(Role::Context);
            continue;
        }
        // "was it big or small at the time it fell": one word against
        // one word; the time that follows is said of both.
        let timed = |w: &str| matches!(w, "at" | "when" | "during" | "before" | "after" | "since" | "until");
        // "which paper or website published it": a choice of nouns
        // after "which"; what they did is asked of both.
        // "is rome or paris nicer in spring", "did turkey or russia
        // send advisers": so is a choice of the one word after an
        // opening verb.
        let opening = matches!(words[c.start], "is" | "was" | "are" | "were" | "did" | "does" | "do");
        let which = |j: usize| matches!(words[j], "which" | "what");
        // ("which news site or paper": a word of no weight between.)
        let which_two = at >= c.start + 3 && which(at - 3) && !is_content(at - 2);
        let word_against_word =
            at >= c.start + 2 && (which(at - 2) || which_two || at == c.start + 2 && opening) && is_content(at - 1);
        // "how the state department or congress reacted to the deal":
        // one name against another, and then the verb said of both.
        let verb_follows = |j: usize| is_aux(words[j]) || words[j].len() > 4 && words[j].ends_with("ed");
        let single = is_content(at + 1)
            && at + 2 < until
            && (timed(words[at + 2]) || word_against_word || at > c.start + 1 && verb_follows(at + 2));
        // "help its alliances elsewhere or just locally": one adverb
        // against the one before it.
        let adverb = |j: usize| words[j].len() > 4 && words[j].ends_with("ly") || words[j] == "elsewhere";
        let one_way = at > c.start
            && until == c.end
            && (at + 1..until).filter(|&j| is_content(j)).count() == 1
            && adverb(until - 1)
            && adverb(at - 1);
        let (until, most) = if single {
            (at + 2, 1)
        } else if one_way {
            (until, 1)
        } else {
            (until, 2)
        };
        roles[at + 1..until].fill(Role::Alternative);
        let mut back = at;
        let mut taken = 0;
        // "calmed down lately or gotten worse": an adverb of time
        // before "or" is said of the side before it ("recently or since
        // the attack" offers the time itself).
        let of_time = back > c.start + 1
            && matches!(words[back - 1], "lately" | "recently" | "already" | "yet" | "now" | "again");
        let time_offered = words.get(at + 1).is_some_and(|w| is_preposition(w) || matches!(*w, "earlier" | "later"));
        if of_time && !time_offered {
            back -= 1;
        }
        // "was hafter in paris this week or rome": a time said of the
        // first choice stands between it and "or".
        let this = |j: usize| matches!(words[j], "this" | "that" | "last");
        if back > c.start + 3 && matches!(words[back - 1], "week" | "month") && this(back - 2) {
            back -= 2;
        }
        // "the tripoli ppl or hafter": a word for the people of a side
        // leaves the side the choice.
        let people = |j: usize| matches!(words[j], "people" | "ppl" | "guys" | "lot" | "folks" | "camp" | "side");
        if back > c.start + 2 && !is_content(back - 1) && people(back - 1) && is_content(back - 2) {
            back -= 1;
        }
        // "calmed down or ramped up": a verb's particle is part of it.
        let particle = |j: usize| matches!(words[j], "down" | "up" | "out" | "off" | "away" | "over");
        // "where is it based, tripoli or benghazi": a comma ends the choice.
        // "is egypt backing misrata or the other lot": a thing
        // against a thing; the verb before stays what is asked.
        let thing = matches!(words.get(at + 1), Some(&("the" | "a" | "an" | "his" | "their" | "its")));
        let verb = |j: usize| words[j].ends_with("ing") || words[j].ends_with("ed");
        let apart = |j: usize, taken: usize| taken > 0 && (breaks[j] >= Break::Comma || thing && verb(j));
        while back > c.start
            && taken < most
            && !apart(back - 1, taken)
            && (is_content(back - 1) || taken == 0 && particle(back - 1))
        {
            back -= 1;
            taken += usize::from(is_content(back));
            roles[back] = Role::Alternative;
            // "fight for sirte or just leave": the verb before a
            // preposition's object is the choice; not against a thing
            // ("contractors from wagner or some other company").
            let against_a_thing = thing || matches!(words.get(at + 1), Some(&("some" | "another" | "other" | "any")));
            if taken == 1
                && back > c.start + 1
                && !against_a_thing
                && is_preposition(words[back - 1])
                && is_content(back - 2)
            {
                back -= 1;
            }
        }
    }
}

/// "trump said things were getting stable? or chaos": a bare "or…"
/// after a question offers the other side of a choice, against the
/// last word the question asked.
pub(super) fn bare_or(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, known, .. } = m;
    let is_content = |i: usize| m.is_content(i);
    for (n, c) in clauses.iter().enumerate().skip(1) {
        let prev = &clauses[n - 1];
        let bare = words[c.start] == "or" && c.end - c.start <= 4 && c.form == Form::Statement;
        // Only a side the article knows: "…fayez right? or fathi" still
        // asks the name, which the article may give.
        let offered: Vec<usize> = (c.start + 1..c.end).filter(|&i| is_content(i)).collect();
        let offered =
            if offered.iter().all(|&i| known.get(i).copied().unwrap_or(false)) { offered } else { Vec::new() };
        let against = (prev.start..prev.end).rev().find(|&i| is_content(i) && roles[i] == Role::Core);
        if let (true, false, Some(against), Form::Question) = (bare, offered.is_empty(), against, prev.form) {
            roles[against] = Role::Alternative;
            offered.iter().for_each(|&i| roles[i] = Role::Alternative);
        }
    }
}
