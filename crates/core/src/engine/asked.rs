//! What a question's wording says about what it asks, rather than about
//! what an answer must contain: the title asked for ("which Turkish
//! minister"), a guess offered ("is it Sarraj?"), a name that is only a
//! topic ("his libya comments"), and words that only name the kind of
//! answer wanted ("which four parties", "what did it include").

use super::kind::{causal_verb_at, is_causal_verb, is_class_noun, is_title_noun, month_number};
use super::relations::Occurrence;
use crate::text::Break;

/// Whether the title at `at` is what the question asks for: "which
/// Turkish minister", "who is the Algerian president".
pub(super) fn asks_for_title(words: &[String], at: usize) -> bool {
    let before = &words[at.saturating_sub(4)..at];
    let wh = |w: &String| matches!(w.as_str(), "which" | "what" | "whats" | "whos");
    // "what's the name of the turkish foreign minister"
    let named = (at.saturating_sub(8)..at)
        .any(|i| wh(&words[i]) && words[i + 1..(i + 4).min(at)].iter().any(|w| w == "name" || w == "names"));
    // "what's the turkish foreign minister's name", "greek foreign
    // minister's name?" (with no question word before it at all)
    let name_after = words.iter().skip(at + 1).take(3).any(|w| w == "name" || w == "names");
    let asking = |w: &String| super::message::is_wh(w) || super::message::is_aux(w);
    let which = named
        || before.iter().any(wh)
        || name_after && (words[at.saturating_sub(8)..at].iter().any(wh) || !words[..at].iter().any(asking));
    // "whos egypts foreign minister": "who" and the holder right before.
    let holder_after_who = at >= 2 && words[at - 2] == "who";
    which
        || holder_after_who
        || before.windows(2).any(|p| p[0] == "who" && matches!(p[1].as_str(), "is" | "was" | "s" | "the"))
}

/// Whether the name at `at` only says what something is about, not who:
/// "his libya comments", "trump's libya remarks" (right after another
/// name) are about Libya, and not Libya's words; nor is a place where
/// something is ("they back opposite sides in libya but called…"), nor a
/// name after a plural "those" or "these" ("did trump make those libya
/// comments"), which belongs to the plural noun after it.
pub(super) fn names_a_topic(words: &[&str], at: usize, last_name: Option<&(usize, String)>) -> bool {
    let after_name = last_name.is_some_and(|(end, _)| at > 0 && *end == at - 1);
    let before = if at > 0 { words[at - 1] } else { "" };
    let possessed = matches!(before, "his" | "her" | "their" | "its" | "those" | "these");
    let placed = matches!(before, "in" | "inside" | "across" | "throughout");
    // "where did trump make the libya comments": so does a name between
    // "the" and words said.
    let labels = before == "the" && words.get(at + 1).is_some_and(|w| super::message::is_said_noun(w));
    after_name || possessed || placed || labels
}

/// Whether a clause offers a guess at the answer: "is it Sarraj?", "was
/// that Hafter", "or was it the UN".
pub(super) fn offers_a_guess(clause: &[&str]) -> bool {
    let words = clause.strip_prefix(&["or"][..]).unwrap_or(clause);
    matches!(words, ["is" | "was" | "isnt" | "wasnt", "it" | "that" | "he" | "she", ..] | ["are" | "were", "they", ..])
}

/// Where the one named sits in a question of membership: "is italy one of
/// the countries that rejected the deals", "was greece among those who…",
/// "was italy in the group that…".
/// The group is what is asked, and the passage that lists it settles the
/// question whether or not it names the one asked about. Returns the
/// range of the one named (one to three words after the verb) within the
/// clause.
pub(super) fn asks_membership(clause: &[&str]) -> Option<std::ops::Range<usize>> {
    let words = clause.strip_prefix(&["so"][..]).unwrap_or(clause);
    let skip = clause.len() - words.len();
    if !matches!(words.first(), Some(&("is" | "was" | "are" | "were" | "isnt" | "wasnt"))) {
        return None;
    }
    // "…in the group that…", "…part of the bunch who…".
    let group_noun = |w: &str| matches!(w, "group" | "list" | "bunch" | "countries" | "camp" | "club" | "ones" | "lot");
    let in_group = |k: usize| match words[k..] {
        ["in", "the" | "that", noun, ..] | ["part", "of", "the" | "that", noun, ..] => group_noun(noun),
        _ => false,
    };
    let at = (2..words.len().min(5))
        .find(|&k| words[k] == "among" || words[k..].starts_with(&["one", "of"]) || in_group(k))?;
    let group = &words[at..];
    let defined = group.iter().any(|w| matches!(*w, "that" | "which" | "who"));
    defined.then_some(skip + 1..skip + at)
}

/// Whether a clause offers the asker's guess at a reason: "is it because
/// of the fighting", "was that due to the deal".
pub(super) fn offers_a_reason(clause: &[&str]) -> bool {
    let words = clause.strip_prefix(&["or"][..]).unwrap_or(clause);
    // "…, was there some kind of pact?": a cause that may be behind it.
    if matches!(words, ["is" | "was" | "were" | "are", "there", _, ..]) {
        return true;
    }
    let ["is" | "was", "it" | "that" | "this", rest @ ..] = words else {
        return false;
    };
    let rest = rest.strip_prefix(&["just"][..]).unwrap_or(rest);
    matches!(rest.first(), Some(&("because" | "cause" | "bc" | "due")))
}

/// Whether a short clause only offers choices: "misrata or tripoli?".
pub(super) fn offers_choices(clause: &[&str]) -> bool {
    clause.len() <= 5 && clause.iter().skip(1).take(clause.len().saturating_sub(2)).any(|w| *w == "or")
}

/// Whether a clause states the asker's guess: "i think one was in
/// brussels", "maybe rome", or the candidates they confuse: "i keep
/// mixing up misrata and zawiya".
pub(super) fn states_a_guess(clause: &[&str]) -> bool {
    let confused = |w: &&str| {
        matches!(*w, "mixing" | "mix" | "mixed" | "confuse" | "confusing" | "confused" | "muddle" | "muddling")
    };
    matches!(
        clause,
        ["i", "think" | "thought" | "guess" | "believe" | "assume" | "reckon", ..]
            | ["maybe" | "probably" | "prob" | "possibly" | "perhaps", ..]
    ) || super::message::drops_the_guesser(clause)
        || clause.iter().take(5).any(confused)
}

/// Whether the message asks which of the claims it reports is right: "my
/// mate says noon, i think midnight, who's right?". It asks what the
/// article says, not for a person.
pub(super) fn asks_who_is_right(words: &[&str]) -> bool {
    // "…, i think a local unit switched sides. which of us does the text
    // support?"
    if (0..words.len()).any(|i| sides_with_one_of_us(words, i)) {
        return true;
    }
    // "…crushed in sirte, i reckon they pulled out. which is it?"
    let which_is_it = words.windows(3).any(|p| matches!(p, ["which", "is", "it"] | ["which", "one", "is"]));
    // "my notes say the algerian president is bouteflika, is that right or
    // was it someone else": the claim reported is in doubt.
    let or_else =
        words.windows(5).any(|p| matches!(p, ["or", "was" | "is", "it", "someone" | "somebody" | "something", "else"]));
    which_is_it
        || or_else
        || words.iter().enumerate().any(|(r, w)| {
            matches!(*w, "right" | "correct" | "wrong" | "true")
                && (1..=4).any(|back| {
                    r >= back
                        && matches!(words[r - back], "who" | "which")
                        && words[r - back + 1..r]
                            .iter()
                            .all(|v| matches!(*v, "is" | "s" | "one" | "of" | "us" | "them" | "the" | "two"))
                })
        })
}

/// Whether the word at `i` asks which of two claimants the text bears out:
/// the "support" of "which of us does the text support", the "back" of
/// "who does the article back, me or my partner" is not the question's
/// subject.
pub(super) fn sides_with_one_of_us(words: &[&str], i: usize) -> bool {
    let backs = matches!(
        words[i],
        "support" | "supports" | "back" | "backs" | "agree" | "agrees" | "favour" | "favours" | "favor" | "favors"
    );
    backs
        && (2..=6)
            .any(|back| i >= back && matches!(words[i - back..i], ["which" | "who", "of", "us" | "you" | "them", ..]))
}

/// The words after the last comma of a question that only offer a guess
/// at its answer: "which european leader did he call, macron?", "where
/// did they meet, rome?", "how many deals, just the maritime one?". One or
/// two words of content that end the question, after a hedge ("just",
/// "only", "maybe") with "the" and "one" around them.
pub(super) fn trailing_guess(
    words: &[&str],
    breaks: &[Break],
    content: &[bool],
    start: usize,
    end: usize,
) -> Option<std::ops::Range<usize>> {
    let last = end.checked_sub(1)?;
    if !matches!(breaks.get(last), Some(Break::Question | Break::Stop)) {
        return None;
    }
    let filler = |i: &usize| {
        matches!(
            words[*i],
            "the" | "a" | "an" | "some" | "one" | "ones" | "guy" | "bloke" | "dude" | "person" | "fella"
        )
    };
    // "…, rome?", "…, the EU?", "…, some london guy?": one or two words,
    // "the" among them.
    let bare = |comma: usize| {
        let mut rest = (comma + 1..end).filter(|i| !filler(i)).peekable();
        rest.peek().is_some() && rest.all(|i| content[i] && breaks[i] != Break::Comma)
    };
    // (At most two words after the comma that are not filler.)
    let near = (start..last)
        .rev()
        .take_while(|&k| (k + 1..=last).filter(|i| !filler(i)).count() <= 2)
        .find(|&k| breaks[k] == Break::Comma);
    if let Some(comma) = near.filter(|&comma| comma > start + 2 && bare(comma)) {
        return Some(comma + 1..end);
    }
    let comma = (start..last).rev().take(4).find(|&k| breaks[k] == Break::Comma)?;
    let hedged = matches!(words[comma + 1], "just" | "only" | "maybe" | "probably");
    let mut rest = (comma + 2..end).filter(|i| !filler(i)).peekable();
    let guess = rest.peek().is_some() && rest.all(|i| content[i] && breaks[i] != Break::Comma);
    (comma > start + 2 && hedged && guess).then_some(comma + 1..end)
}

/// The words after "the same day as" or "around the time of": an event
/// that only dates what is asked ("did the zone come the same day as the
/// istanbul talks?"), to the end of its clause. The answer need not
/// name it.
pub(super) fn time_anchors(words: &[&str], breaks: &[Break]) -> Vec<std::ops::Range<usize>> {
    let span = |w: &str| matches!(w, "day" | "time" | "week" | "morning" | "night" | "moment");
    let anchor_end = |i: usize| match words[i..] {
        ["same", s, "as" | "that", ..] if span(s) => Some(i + 3),
        ["around" | "about" | "at" | "by", "the", "time", "of" | "that", ..] => Some(i + 4),
        _ => None,
    };
    let mut out = Vec::new();
    for i in 0..words.len() {
        let Some(start) = anchor_end(i) else { continue };
        // No break inside the pattern itself.
        if (i..start - 1).any(|k| breaks[k] >= Break::Comma) {
            continue;
        }
        let end = (start..words.len()).find(|&k| breaks[k] >= Break::Comma).map_or(words.len(), |k| k + 1);
        if start < end {
            out.push(start..end);
        }
    }
    out
}

/// Whether a yes/no question asks how things stand now, after the article
/// was written: "is merkel still chancellor", "merkel still in office?",
/// "is the zone still in force". "still" comes within the first words of
/// the clause, before any question word; "in their words, are the deals
/// still valid" asks what someone said, which the article gives.
pub(super) fn asks_the_present(clause: &[&str], message: &[&str]) -> bool {
    let words = &clause[clause.iter().take_while(|w| super::message::is_lead_in(w)).count()..];
    // "who's the current us president": whoever holds it now.
    let office = |w: &&str| is_title_noun(w);
    let current_office =
        words.iter().take(5).position(|w| *w == "current").is_some_and(|at| words[at + 1..].iter().take(2).any(office));
    // "who is italy's prime minister now", "…right now", "…currently".
    let now = |at: usize| match words[at] {
        "now" | "currently" | "nowadays" | "rn" | "atm" => true,
        "days" => at > 0 && words[at - 1] == "these",
        "moment" => at > 0 && words[at - 1] == "the",
        _ => false,
    };
    let office_now = words.iter().take(6).any(office) && (1..words.len()).any(now);
    // "…these days? what's the new fella's name according to the
    // article": whoever the article names, which it gives.
    let per_article = message.contains(&"according");
    if matches!(words.first(), Some(&("who" | "whos"))) && (current_office || office_now) {
        return !per_article;
    }
    // "does anyone know if merkel is still chancellor": the same question,
    // asked inside another.
    let asking_verb = |w: &str| matches!(w, "is" | "are" | "isnt" | "arent");
    let inside = words
        .iter()
        .take(5)
        .position(|w| matches!(*w, "if" | "whether"))
        .filter(|&at| at > 0 && super::message::opens_embedded(words[at - 1]));
    let words = inside.map_or(words, |at| &words[at + 1..]);
    let Some(still) = words.iter().take(6).position(|w| *w == "still") else {
        return false;
    };
    let yes_no = words.first().is_some_and(|w| asking_verb(w))
        || (still == 1 && words.len() <= 4)
        || inside.is_some() && words[..still].iter().any(|w| asking_verb(w));
    let words_of_someone = message.iter().any(|w| {
        matches!(
            *w,
            "say" | "says" | "said" | "words" | "according" | "call" | "called" | "claim" | "claimed" | "article"
        )
    });
    // "or is that still to come?": a plan the article reports, not now.
    let refers_back = words.get(1).is_some_and(|w| matches!(*w, "that" | "this" | "it"));
    let ahead = words.get(still + 1).is_some_and(|w| matches!(*w, "to" | "ahead" | "pending" | "coming" | "planned"));
    // "is algeria pro-sarraj but still against…": all the same, not yet.
    let conceding = still > 0 && matches!(words[still - 1], "but" | "yet");
    yes_no
        && !refers_back
        && !ahead
        && !conceding
        && !words[..still].iter().any(|w| super::message::is_wh(w))
        && !words_of_someone
}

/// Whether a choice beside "still" is a past the article may report:
/// "…still in sirte or were they pushed out?".
pub(super) fn offers_a_past(message: &[&str]) -> bool {
    message.windows(2).any(|p| p[0] == "or" && matches!(p[1], "were" | "was" | "did" | "had"))
}

/// Whether a "what" question asks what people discussed: "what did they
/// discuss", "what did Hafter and Conte talk about", "what was on the
/// agenda". It must be about people (`someone` is named, or "they"), not
/// what the article talks about.
pub(super) fn asks_discussed(words: &[&str], someone: bool) -> bool {
    let people = someone || words.iter().any(|w| matches!(*w, "they" | "he" | "she" | "both"));
    let about = |i: usize| words[i + 1..(i + 3).min(words.len())].contains(&"about");
    let what = |i: usize| words[..i].contains(&"what");
    people
        && words.iter().enumerate().any(|(i, w)| match *w {
            // "what was the focus of their conversation".
            "discuss" | "discussed" | "discussing" | "agenda" | "focus" => what(i),
            "talk" | "talked" | "talking" | "speak" | "spoke" | "chat" | "chatted" => what(i) && about(i),
            _ => false,
        })
}

/// Whether the message asks which one holds `title`: "what is the
/// capital of…", "which is the capital…" (a question word, a copula, and
/// the title within two words).
pub(super) fn names_the(words: &[String], occurrences: &[Occurrence], title: &str) -> bool {
    let Some(at) = occurrences.iter().find(|o| o.term == title).map(|o| o.start) else {
        return false;
    };
    let copula = |w: &str| matches!(w, "is" | "was" | "s" | "are");
    let which = (1..=3).any(|back| {
        at > back && copula(&words[at - back]) && matches!(words[at - back - 1].as_str(), "what" | "which")
    });
    // "is istanbul the capital of turkey", "is istanbul or ankara the
    // capital": a yes/no question that opens with the copula asks which
    // one holds the title just as well.
    let opens = |i: usize| i == 0 || matches!(words[i - 1].as_str(), "so" | "and" | "but" | "wait" | "ok" | "also");
    let asks_if = at >= 2
        && words[at - 1] == "the"
        && (2..=6).any(|back| at >= back && copula(&words[at - back]) && opens(at - back));
    // "istanbul is the capital of turkey right?": so does a statement of
    // who holds it that asks to be confirmed.
    let states_if = super::message::ends_on_a_tag(words)
        && at >= 3
        && words[at - 1] == "the"
        && copula(&words[at - 2])
        && at - 2 <= 3;
    // "capital of turkey is ankara right?", "the capital of turkey is
    // istanbul?": a statement that opens on the title and says who holds it.
    // So does one that offers who may hold it: "capital of turkey, ankara
    // or istanbul?".
    let opens_on_it = (at == 0 || at == 1 && words[0] == "the")
        && words.get(at + 1).is_some_and(|w| w == "of")
        && (words.iter().skip(at + 3).take(3).any(|w| copula(w) || w == "or")
            // "capital of turkey again? ankara right".
            || super::message::ends_on_a_tag(words));
    which || asks_if || states_if || opens_on_it
}

/// Words that only say what kind of answer is wanted, which the question's
/// [`Asks`] already carries: the class noun of "which four parties…", the
/// verb of "what prompted…". They need not be in the answer.
pub(super) fn asked_words(words: &[&str], breaks: &[Break], names: &[bool]) -> Vec<bool> {
    let mut asked = vec![false; words.len()];
    for (i, w) in words.iter().enumerate() {
        // "Haftar's camp", "the Tripoli side": the name is what is meant.
        // But "merkel's party" is her political party.
        if i > 0 && names[i - 1] && breaks[i - 1] == Break::None && is_class_noun(w) && !is_party(w) {
            asked[i] = true;
        }
        // "his side", "the government side", "the diplomacy side": the
        // side of what comes before; but "both sides", "the two sides" are
        // the article's own words for the warring parties.
        if i > 0 && breaks[i - 1] == Break::None && matches!(*w, "side" | "camp") && !is_side_count(words[i - 1]) {
            asked[i] = true;
        }
        // "back in 2016", "back in April": then, not support.
        let dated = |w: &&str| w.parse::<u32>().is_ok_and(|y| (1900..2100).contains(&y)) || month_number(w).is_some();
        if *w == "back"
            && matches!(words.get(i + 1), Some(&("in" | "around" | "during")))
            && words.get(i + 2).is_some_and(dated)
        {
            asked[i] = true;
        }
        // "everyday life back to how it was": returned, not support ("who do
        // they back in libya?", "they back haftar").
        let returned = |i: usize| {
            let next = words.get(i + 1).copied().unwrap_or("");
            let prev = words[i - 1];
            breaks[i] == Break::None
                && matches!(next, "in" | "to" | "into" | "again" | "home" | "together")
                && !names[i - 1]
                && !super::message::is_aux(prev)
                && !super::message::is_subject_pronoun(prev)
                // "…that back him", "…to back him", "…also back him".
                && !matches!(
                    prev,
                    "them" | "to" | "who" | "which" | "that" | "not" | "also" | "still" | "openly" | "really" | "actually"
                        | "both" | "all"
                )
        };
        if *w == "back" && i > 0 && returned(i) {
            asked[i] = true;
        }
        // "what's the Turkish FM called?", "his tribe is called?", "…called
        // again?": the name is what is asked.
        let again = |n: usize| {
            matches!(words.get(n), Some(&("again" | "then" | "exactly" | "now")))
                && (n + 1 == words.len() || breaks[n] >= Break::Stop)
        };
        // ("what's haftar's outfit called, like the official name?": an
        // aside after a comma does not go on with the question.)
        let what_before = || words[i.saturating_sub(7)..i].iter().any(|w| matches!(*w, "what" | "whats"));
        let last = || {
            i + 1 == words.len()
                || breaks[i] >= Break::Stop
                || again(i + 1)
                || breaks[i] >= Break::Comma && what_before()
        };
        if i > 0 && matches!(*w, "called" | "named") && last() {
            asked[i] = true;
        }
        // "what did the joint call include (besides the ceasefire)?": what
        // it holds is asked, as with "what did it say".
        let clause_end = i + 1 == words.len()
            || breaks[i] >= Break::Comma
            || words.get(i + 1).is_some_and(|n| matches!(*n, "besides" | "apart" | "except" | "exactly"));
        if clause_end && is_content_verb(w) && asked_by_what(words, breaks, i) {
            asked[i] = true;
        }
        // "his tribe is called what": the name is asked.
        if matches!(*w, "called" | "named")
            && words.get(i + 1) == Some(&"what")
            && (i + 2 == words.len() || breaks[i + 1] >= Break::Stop)
        {
            asked[i] = true;
        }
        if !matches!(*w, "what" | "which" | "whose" | "whats") || breaks[i] != Break::None {
            continue;
        }
        // "which side of the country": a region, which asks where; a land
        // it names only by a common noun only frames it ("which part of
        // libya" keeps the name).
        if let Some(land) = region_of_land(words, i + 1) {
            asked[i + 1] = true;
            asked[land] = !names[land];
            continue;
        }
        let causal = causal_verb_at(words, i + 1);
        if causal > 0 {
            asked[i + 1..i + 1 + causal].fill(true);
            continue;
        }
        // "what event led to…": the noun and the verb only ask why.
        let cause_noun = words.get(i + 1).is_some_and(|n| super::kind::is_cause_noun(n));
        if cause_noun && words.get(i + 2).is_some_and(|v| is_causal_verb(v)) {
            asked[i + 1] = true;
            asked[i + 2] = true;
            continue;
        }
        // "what party is merkel in", "which party is angela merkel from",
        // "what party does erdogan lead", "what's merkel's party called":
        // the party someone belongs to or leads.
        let belongs = |j: usize| {
            let whose = j > 0 && names[j - 1];
            let after_name = (j + 2..words.len()).find(|&k| !names[k]).unwrap_or(words.len());
            let member = |w: &&str| {
                matches!(
                    *w,
                    "in" | "from"
                        | "with"
                        | "lead"
                        | "leads"
                        | "led"
                        | "head"
                        | "heads"
                        | "run"
                        | "runs"
                        | "belong"
                        | "belongs"
                        | "represent"
                        | "represents"
                        | "found"
                        | "founded"
                )
            };
            is_party(words[j])
                && (whose
                    || words.get(j + 1).is_some_and(|v| super::message::is_aux(v))
                        && after_name > j + 2
                        && words.get(after_name).is_some_and(member))
        };
        if let Some(j) = class_asked(words, breaks, i).filter(|&j| !belongs(j)) {
            asked[j] = true;
        }
    }
    asked
}

fn is_party(w: &str) -> bool {
    matches!(w, "party" | "parties")
}

/// The class noun that "which"/"what" at `i` asks for, within three words
/// and before a verb or a break: "which four parties", "what city".
fn class_asked(words: &[&str], breaks: &[Break], i: usize) -> Option<usize> {
    // "which other north african neighbour": four words may describe it.
    for j in i + 1..(i + 5).min(words.len()) {
        // ("which government signed the deals": the Tripoli one; but "the
        // sarraj government" is his.)
        let government = j <= i + 2 && matches!(words[j], "government" | "governments" | "govt" | "govts");
        if is_class_noun(words[j]) || government || super::kind::is_time_or_place_noun(words, j) {
            return Some(j);
        }
        if breaks[j] != Break::None || super::message::is_aux(words[j]) {
            return None;
        }
    }
    None
}

/// The words between "which" and the class it asks for ("which
/// neighbouring countries", "what foreign powers"): they describe the
/// answer, which a passage may name without them.
pub(super) fn describes_the_asked(words: &[&str], breaks: &[Break]) -> Vec<usize> {
    let asking = |i: usize| matches!(words[i], "which" | "what") && breaks[i] == Break::None;
    (0..words.len())
        .filter(|&i| asking(i))
        .filter_map(|i| class_asked(words, breaks, i).map(|j| i + 1..j))
        .flatten()
        .collect()
}

/// "side of the country", "part of libya" at `at`: where the land word is.
pub(super) fn region_of_land(words: &[&str], at: usize) -> Option<usize> {
    let region = matches!(words.get(at), Some(&("side" | "part" | "half" | "region" | "area" | "corner")));
    if !region || words.get(at + 1) != Some(&"of") {
        return None;
    }
    let land = (at + 2..words.len()).find(|&j| !matches!(words[j], "the" | "a"))?;
    matches!(words[land], "country" | "libya" | "city" | "map").then_some(land)
}

/// Verbs that ask what something holds: "what did the call include".
fn is_content_verb(w: &str) -> bool {
    matches!(
        w,
        "include"
            | "includes"
            | "included"
            | "contain"
            | "contains"
            | "contained"
            | "involve"
            | "involves"
            | "involved"
            | "entail"
            | "entails"
            | "entailed"
            | "comprise"
            | "comprises"
    )
}

/// Whether the sentence before `i` opens with "what" or "which": "what
/// else did it include".
fn asked_by_what(words: &[&str], breaks: &[Break], i: usize) -> bool {
    let start = (0..i).rev().find(|&j| breaks[j] >= Break::Comma).map_or(0, |j| j + 1);
    words[start..i].iter().any(|w| matches!(*w, "what" | "whats" | "which"))
}

/// Words before "side" that make it the sides themselves, not a side of
/// something: "both sides", "the other side".
fn is_side_count(w: &str) -> bool {
    matches!(
        w,
        "two"
            | "both"
            | "either"
            | "each"
            | "one"
            | "other"
            | "opposite"
            | "opposing"
            | "rival"
            | "warring"
            | "different"
            | "same"
            | "a"
            | "an"
            | "the"
            | "this"
            | "that"
            | "which"
            | "what"
            | "whose"
            | "whichever"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_of_membership_asks_about_the_group() {
        let named = |q: &str| {
            let words: Vec<&str> = q.split(' ').collect();
            asks_membership(&words).map(|r| words[r].join(" "))
        };
        assert_eq!(named("is italy one of the countries that rejected the deals").as_deref(), Some("italy"));
        assert_eq!(named("so was greece among those who signed").as_deref(), Some("greece"));
        assert_eq!(named("was italy in the group that rejected the deals").as_deref(), Some("italy"));
        assert_eq!(named("is egypt part of the bunch who signed").as_deref(), Some("egypt"));
        assert_eq!(named("was italy in the room that day"), None, "no group");
        assert_eq!(named("is italy one of the countries"), None, "no group defined");
        assert_eq!(named("who is one of the leaders that met"), None, "not a yes/no question");
    }

    #[test]
    fn a_name_asked_again_is_asked() {
        let asked = |q: &str| {
            let words: Vec<&str> = q.split(' ').collect();
            let mut breaks = vec![Break::None; words.len()];
            breaks[words.len() - 1] = Break::Question;
            let at = words.iter().position(|w| *w == "called").unwrap();
            asked_words(&words, &breaks, &vec![false; words.len()])[at]
        };
        assert!(asked("what is the port called"));
        assert!(asked("what is the port called again"));
        assert!(!asked("what is the port called again by the rebels"));
        assert!(!asked("who called the envoy again"), "not a name but a call");
    }

    #[test]
    fn which_government_asks_for_one() {
        let at = |q: &str, w: &str| {
            let words: Vec<&str> = q.split(' ').collect();
            let i = words.iter().position(|x| *x == "which" || *x == "whats").unwrap();
            let j = words.iter().position(|x| *x == w).unwrap();
            class_asked(&words, &vec![Break::None; words.len()], i) == Some(j)
        };
        assert!(at("which government signed the deals", "government"));
        assert!(at("which two governments rejected them", "governments"));
        assert!(
            !at("whats the internationally recognised government base city", "government"),
            "too far to be the kind asked"
        );
    }

    #[test]
    fn a_clause_offering_a_cause_is_a_guess_at_the_reason() {
        assert!(offers_a_reason(&["is", "it", "because", "of", "the", "fighting"]));
        assert!(offers_a_reason(&["or", "was", "that", "due", "to", "the", "deal"]));
        assert!(!offers_a_reason(&["is", "it", "true", "that", "they", "left"]));
        assert!(offers_a_reason(&["was", "there", "some", "kind", "of", "pact"]), "a cause that may be behind it");
        assert!(!offers_a_reason(&["was", "there"]));
    }

    #[test]
    fn a_clause_offering_a_name_is_a_guess() {
        assert!(offers_a_guess(&["is", "it", "sarraj"]));
        assert!(offers_a_guess(&["or", "was", "it", "the", "un"]));
        assert!(!offers_a_guess(&["is", "sarraj", "the", "leader"]));
    }

    #[test]
    fn choices_and_stated_guesses_offer_places() {
        assert!(offers_choices(&["benghazi", "or", "tobruk"]));
        assert!(!offers_choices(&["or", "tobruk"]));
        assert!(!offers_choices(&["did", "they", "go", "to", "rome", "or", "stay", "home", "that", "day"]));
        assert!(states_a_guess(&["i", "think", "it", "was", "tobruk"]));
        assert!(states_a_guess(&["maybe", "tobruk"]));
        assert!(!states_a_guess(&["they", "think", "so"]));
        assert!(states_a_guess(&["i", "keep", "mixing", "up", "misrata", "and", "zawiya"]));
        assert!(!states_a_guess(&["they", "withdrew", "from", "misrata"]));
    }

    #[test]
    fn a_name_qualifying_a_noun_is_its_topic_not_its_speaker() {
        assert!(names_a_topic(&["his", "libya", "comments"], 1, None));
        assert!(names_a_topic(&["trump", "libya", "remarks"], 1, Some(&(0, "trump".to_string()))));
        assert!(!names_a_topic(&["what", "did", "trump", "say"], 2, None));
        assert!(names_a_topic(&["make", "the", "libya", "comments"], 2, None));
        assert!(!names_a_topic(&["did", "the", "libya", "side", "say"], 2, None));
    }

    #[test]
    fn who_is_right_asks_which_claim_holds() {
        assert!(asks_who_is_right(&["she", "says", "noon", "who", "is", "right"]));
        assert!(asks_who_is_right(&["which", "of", "us", "is", "correct"]));
        assert!(!asks_who_is_right(&["who", "backs", "the", "right", "side"]));
        assert!(asks_who_is_right(&["which", "of", "us", "does", "the", "text", "support"]));
        assert!(!asks_who_is_right(&["which", "of", "the", "sides", "does", "turkey", "support"]));
        let doubted = "my notes say it is bouteflika is that right or was it someone else";
        assert!(asks_who_is_right(&doubted.split(' ').collect::<Vec<_>>()));
    }

    #[test]
    fn a_word_or_two_after_the_last_comma_is_a_guess() {
        use crate::text::tokens;
        let guess = |q: &str| {
            let (words, breaks): (Vec<String>, Vec<Break>) = tokens(q).into_iter().map(|t| (t.text, t.brk)).unzip();
            let content: Vec<bool> = words
                .iter()
                .map(|w| !matches!(w.as_str(), "the" | "is" | "in" | "right" | "just" | "only" | "one" | "did"))
                .collect();
            let refs: Vec<&str> = words.iter().map(String::as_str).collect();
            trailing_guess(&refs, &breaks, &content, 0, words.len()).map(|g| words[g].join(" "))
        };
        assert_eq!(guess("which leader did trump call, macron?").as_deref(), Some("macron"));
        assert_eq!(
            guess("how many deals were rejected, just the maritime one?").as_deref(),
            Some("just the maritime one")
        );
        assert_eq!(guess("who signed the deals, only turkey?").as_deref(), Some("only turkey"));
        assert_eq!(guess("who signed the deals, the one in rome?"), None, "no hedge");
        assert_eq!(guess("who signed the deals, just did it?"), None, "a hedge before no content");
        assert_eq!(guess("where did they meet, in rome?"), None, "not only content");
        assert_eq!(guess("so, who took sirte?"), None, "a comma near the start is no guess");
    }

    #[test]
    fn still_in_a_yes_no_question_asks_the_present() {
        let present = |q: &str| {
            let words: Vec<&str> = q.split(' ').collect();
            asks_the_present(&words, &words)
        };
        assert!(present("is merkel still chancellor"));
        assert!(present("who is the italian prime minister now"));
        assert!(present("whos the us president right now"));
        assert!(!present("who is the italian prime minister"));
        assert!(!present("who controls sirte now"));
        assert!(present("who is the current president of the usa"));
        assert!(!present("who is algeria's president these days according to the article"), "the article's account");
        assert!(!present("who started the current fighting"));
        assert!(present("merkel still chancellor"));
        assert!(present("so is the no fly zone still in force"));
        assert!(present("does anyone know if merkel is still chancellor these days"));
        assert!(present("wondering whether the zone is still in force"));
        assert!(!present("if the truce is still holding what comes next"), "a condition");
        assert!(!present("is algeria pro sarraj but still against outsiders"), "all the same");
        assert!(!present("in their words are the deals still valid"));
        assert!(!present("how many fighters were still in sirte"));
        assert!(!present("has he spoken with putin or is that still to come"));
        assert!(!present("is it still unclear whether the truce will hold according to the article"));
    }

    #[test]
    fn an_event_after_the_same_day_as_only_dates_the_question() {
        let anchors = |q: &str| {
            let toks = crate::text::tokens(q);
            let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
            let words: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
            time_anchors(&words, &breaks).into_iter().map(|r| words[r].join(" ")).collect::<Vec<_>>()
        };
        assert_eq!(anchors("did it come the same day as the istanbul talks"), ["the istanbul talks"]);
        assert_eq!(anchors("was it around the time of the summit, or later?"), ["the summit"]);
        assert!(anchors("is it the same as before").is_empty());
        assert!(anchors("what time did the talks start").is_empty());
    }
}
