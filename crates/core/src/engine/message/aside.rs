//! What the asker sets aside: "besides jufra", "apart from the brigade",
//! "instead of staying", "one was X, what was the other".

use super::*;

/// Whether all the asker excludes is set against what they named first
/// ("…for the wider neighbourhood, not just libya"): they ask about that,
/// not about what else there is.
pub fn only_contrasted(words: &[&str], aside: &[(usize, bool)]) -> bool {
    let contrast = |at: usize| {
        (1..at)
            .rev()
            .take(6)
            .find(|&k| words[k - 1] == "not")
            .is_some_and(|k| matches!(words[k], "just" | "only" | "merely"))
    };
    let mut excluded = aside.iter().filter(|&&(_, excludes)| excludes).peekable();
    excluded.peek().is_some() && excluded.all(|&(at, _)| contrast(at))
}

/// The words the asker sets aside: "besides jufra, what else…", "apart
/// from the brigade flipping", "go defend instead of staying". Each with
/// whether it is excluded from the answer ("besides", "apart from", "other
/// than"): the answer is something else.
pub fn set_aside(words: &[&str], breaks: &[Break]) -> Vec<(usize, bool)> {
    let mut out = Vec::new();
    for at in 0..words.len() {
        // "was it just a ceasefire or did they ask for talks too": what
        // the asker doubts is all there is, up to "or".
        if let Some(or) = only_this_or(words, breaks, at) {
            out.extend((at + 1..or).map(|j| (j, true)));
            continue;
        }
        let (opens, excludes) = match words[at] {
            "besides" | "except" | "excluding" => (1, true),
            "beyond" => (1, false),
            "apart" | "aside" if words.get(at + 1) == Some(&"from") => (2, true),
            "other" if words.get(at + 1) == Some(&"than") => (2, true),
            // "two reasons, one was the brigade switching sides, what was
            // the other one?": what the asker has, when they ask the rest.
            "one" if matches!(words.get(at + 1), Some(&("was" | "is"))) && asks_the_other(words, at + 2) => (2, true),
            // "i've got the brigade switching sides but whats the other
            // one": what the asker has, when they ask for the other.
            "got" | "have"
                if at > 0
                    && (words[at - 1] == "i" || words[at - 1] == "have" && at > 1 && words[at - 2] == "i")
                    && asks_the_other(words, at + 1) =>
            {
                (1, true)
            }
            // "go defend instead of staying in sirte": what was not done.
            "instead" if words.get(at + 1) == Some(&"of") => (2, false),
            // "…made in tripoli, right, not in derna?": what the asker rules
            // out; "…, not just the tribe": what they already have.
            // So is "…moved on sirte now and not earlier".
            "not" if at > 0 && (breaks[at - 1] >= Break::Comma || matches!(words[at - 1], "and" | "but")) => {
                match words.get(at + 1) {
                    Some(&("just" | "only" | "merely")) => (2, true),
                    // "…, not the brigade thing, the other one": what the
                    // asker has and does not want again.
                    Some(&"the") if words[at + 2..].iter().take(3).any(|w| is_thing_noun(w)) => (1, true),
                    _ => (1, false),
                }
            }
            _ => (0, false),
        };
        if opens == 0 || breaks[at] >= Break::Comma {
            continue;
        }
        let mut j = at + opens;
        while j < words.len() && !is_wh(words[j]) && !is_aux(words[j]) {
            out.push((j, excludes));
            if breaks[j] >= Break::Comma {
                break;
            }
            j += 1;
        }
    }
    out
}

/// Whether a question after `from` asks for "the other" one: "what was
/// the other", not "…and the other has contractors".
pub(super) fn asks_the_other(words: &[&str], from: usize) -> bool {
    (from.max(3)..words.len())
        .any(|k| words[k] == "other" && words[k - 1] == "the" && words[k - 3..k - 1].iter().any(|w| is_wh(w)))
}

/// Where "or" stands after "only" or "just" at `at` and a few words, with
/// more asked after it: "did they only want a ceasefire or other things
/// too", "…or did they ask for talks". Not "the only country…" (what is
/// asked), "just to confirm", nor "just the greeks or everyone nearby"
/// (which holds the first).
pub(super) fn only_this_or(words: &[&str], breaks: &[Break], at: usize) -> Option<usize> {
    let doubts = matches!(words[at], "only" | "just")
        && !(at > 0 && matches!(words[at - 1], "the" | "a" | "an" | "not"))
        && words.get(at + 1).is_some_and(|w| *w != "to");
    if !doubts {
        return None;
    }
    let or =
        (at + 1..words.len().min(at + 6)).take_while(|&j| breaks[j - 1] < Break::Comma).find(|&j| words[j] == "or")?;
    let more = words.get(or + 1).is_some_and(|w| {
        is_aux(w)
            || matches!(*w, "other" | "others" | "else" | "anything" | "something" | "more" | "also" | "additional")
    });
    (more && or > at + 1 && words[at + 1..or].iter().all(|w| !is_wh(w) && !is_aux(w))).then_some(or)
}

/// A noun that only stands for what the words before it name: "the
/// brigade thing", "the tribe one".
fn is_thing_noun(w: &str) -> bool {
    matches!(w, "thing" | "one" | "bit" | "stuff" | "part" | "angle" | "reason")
}
