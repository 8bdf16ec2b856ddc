//! What is said around the question and is not asked: why the asker
//! asks, which moment is meant, hedges, examples, who asks or said it.

use super::*;

/// "which hour did they pick, for our calendar?": a purpose set off at
/// the end of a question, in words the knowledge base does not know,
/// says why they ask, not what ("is tunisia nice for a holiday" asks).
/// It may run to five words ("…, for my pub quiz brain").
pub(super) fn trailing_purpose(m: Message, roles: &mut [Role]) {
    let Message { words, breaks, clauses, known, .. } = m;
    for c in clauses.iter().filter(|c| c.form != Form::Statement && c.end - c.start >= 5) {
        let tail = (c.end.saturating_sub(6)..c.end - 2).find(|&at| {
            words[at] == "for"
                && at > c.start
                && breaks[at - 1] >= Break::Comma
                && matches!(words[at + 1], "my" | "our" | "your" | "their" | "the" | "a" | "this")
        });
        // ("…, for our briefing": the asker's own, whatever its words.)
        let theirs = |at: usize| matches!(words[at + 1], "my" | "our");
        if let Some(at) =
            tail.filter(|&at| theirs(at) || !(at + 2..c.end).any(|i| known.get(i).copied().unwrap_or(true)))
        {
            roles[at..c.end].fill(Role::Context);
        }
    }
}

/// "how many died when sirte fell", "why was the garrison so thin when
/// hafter showed up": the clause after a joining "when" says which
/// moment is meant; it is not what is asked.
pub(super) fn when_clause(m: Message, roles: &mut [Role]) {
    let Message { words, breaks, clauses, .. } = m;
    for c in clauses.iter().filter(|c| c.form != Form::Statement) {
        let span = &words[c.start..c.end];
        if let Some(at) = (0..span.len()).find(|&j| crate::engine::kind::is_subordinator(span, j)) {
            let from = c.start + at;
            roles[from..phrase_end(breaks, from, c.end)].fill(Role::Context);
        }
    }
}

/// "which town did haftar's army seize right before the ceasefire
/// appeal": unless the question asks when or in what order, a time
/// anchored on another event says which moment is meant.
pub(super) fn anchored_time(m: Message, roles: &mut [Role]) {
    let Message { words, breaks, clauses, .. } = m;
    let is_content = |i: usize| m.is_content(i);
    for c in clauses.iter().filter(|c| c.form != Form::Statement && c.asks.kind != Kind::When) {
        // Something is asked before the anchor: "which town did … seize".
        let asked_before = |at: usize| at >= c.start + 3 && (c.start..at).any(&is_content);
        // "more or fewer clashes shortly before the truce appeal": a choice
        // is asked at that moment.
        if roles[c.start..c.end].contains(&Role::Alternative) {
            continue;
        }
        for at in (c.start..c.end).filter(|&at| is_anchor(words, at) && asked_before(at)) {
            let end = phrase_end(breaks, at, c.end);
            // "before the 604 was formed": a clause, not a named event;
            // "before, the…": no event at all.
            // "on the same day they were talking" is a moment all the same.
            if end <= at + 2 || words[at + 2..end].iter().any(|w| is_aux(w)) && !is_same_moment(words, at) {
                continue;
            }
            roles[at..end].fill(Role::Context);
        }
    }
}

/// "when did the attack begin, bc the article mentions it twice": a
/// reason the asker gives about themselves or the text says why they
/// ask, not what.
pub(super) fn reason_of_the_asker(m: Message, roles: &mut [Role]) {
    let Message { words, breaks, clauses, .. } = m;
    for c in clauses.iter().filter(|c| c.form != Form::Statement) {
        let about_the_asking = |at: usize| {
            let next = |k: usize| words.get(at + k).copied().unwrap_or("");
            let text = matches!(next(2), "article" | "text" | "teacher" | "notes" | "prof" | "professor" | "essay");
            // "…, because it sounds like sirte was empty": an impression.
            let impression = |w: &str| matches!(w, "sounds" | "seems" | "looks" | "feels" | "reads");
            let hedged = matches!(next(2), "kinda" | "sorta" | "really" | "just") && impression(next(3));
            let seems = next(1) == "it" && (impression(next(2)) || hedged);
            matches!(words[at], "because" | "bc" | "cuz" | "cause")
                && (matches!(next(1), "i" | "im" | "ive" | "we" | "were")
                    || matches!(next(1), "the" | "this" | "my" | "our") && text
                    || seems)
        };
        if let Some(at) = (c.start + 2..c.end).find(|&at| about_the_asking(at)) {
            roles[at..phrase_end(breaks, at, c.end)].fill(Role::Context);
        }
    }
}

/// "they back opposite sides but still called for a truce together?":
/// what the asker grants before "but still" is said around what
/// surprises them, which is asked.
pub(super) fn concession(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    let is_content = |i: usize| m.is_content(i);
    for c in clauses.iter().filter(|c| c.form != Form::Statement) {
        let concedes = |at: usize| {
            matches!(
                (words[at], words[at + 1]),
                ("but" | "yet", "still" | "nonetheless" | "nevertheless") | ("and" | "but", "yet")
            )
        };
        let Some(at) = (c.start + 1..c.end.saturating_sub(2)).find(|&at| concedes(at)) else { continue };
        if (c.start..at).any(&is_content)
            && (at + 2..c.end).any(&is_content)
            && roles[c.start..at].iter().all(|r| *r == Role::Core)
        {
            roles[c.start..at].fill(Role::Context);
        }
    }
}

/// "who did erdogan meet on 8 january": unless the question asks when,
/// a date after "on" says which moment is meant.
pub(super) fn date_after_on(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    for c in clauses.iter().filter(|c| c.form != Form::Statement && c.asks.kind != Kind::When) {
        let day = |w: &str| is_number_word(w) || w.ends_with("th");
        // "on 8 jan", "on january 8th": "on", a day and a month.
        let dated = |at: usize| {
            let (a, b) = (words[at + 1], words[at + 2]);
            words[at] == "on" && (is_month(a) && day(b) || day(a) && is_month(b))
        };
        for at in (c.start + 1..c.end.saturating_sub(2)).filter(|&at| dated(at)) {
            roles[at..at + 3].fill(Role::Context);
        }
    }
}

/// "besides jufra, what else…", "apart from the brigade flipping": what
/// the asker already has is said around the question, not asked.
pub(super) fn already_had(aside: &[(usize, bool)], roles: &mut [Role]) {
    for &(at, _) in aside {
        roles[at] = Role::Context;
    }
}

/// "on which day do the guns go quiet supposedly": a hedge says how sure
/// the asker is, not what is asked; it still counts where a passage has it.
pub(super) fn hedges(m: Message, roles: &mut [Role]) {
    let Message { words, .. } = m;
    for (at, w) in words.iter().enumerate() {
        if is_hedge(w) {
            roles[at] = Role::Context;
        }
    }
}

/// "…back to normal, like people going to work again": an example after
/// a comma says what they mean; "…, like what radius?" asks again, and
/// "what else did they discuss, like gas?" offers the answer it asks;
/// but "which four countries…, like a four-team mini league ganging up"
/// is a likeness, in words the knowledge base mostly does not know, and
/// so, without the comma, is "…staying neutral like switzerland in ww2".
pub(super) fn examples(m: Message, roles: &mut [Role]) {
    let Message { words, breaks, clauses, known, .. } = m;
    let is_content = |i: usize| m.is_content(i);
    let likeness = |at: usize, end: usize| {
        let meant = (at + 1..end).filter(|&i| is_content(i));
        let (kept, strange) =
            meant.fold(
                (0, 0),
                |(k, s), i| {
                    if known.get(i).copied().unwrap_or(false) {
                        (k + 1, s)
                    } else {
                        (k, s + 1)
                    }
                },
            );
        strange > kept
    };
    let wh_before = |at: usize| {
        clauses
            .iter()
            .find(|c| (c.start..c.end).contains(&at))
            .is_some_and(|c| words[c.start..at].iter().any(|w| is_wh(w)))
    };
    let asks_what = |at: usize| wh_before(at) && !likeness(at, phrase_end(breaks, at, words.len()));
    for at in 1..words.len() {
        let example = match words[at] {
            "like" | "eg" | "e.g" => 1,
            "such" if words.get(at + 1) == Some(&"as") => 2,
            "for" if matches!(words.get(at + 1), Some(&"example") | Some(&"instance")) => 2,
            _ => 0,
        };
        let end = phrase_end(breaks, at, words.len());
        // Without the comma, only a likeness: "staying neutral like
        // switzerland in ww2", "betrayed them like an among us imposter";
        // not "would like", "what was libya like under the ottomans", nor
        // "countries like egypt".
        let compared = example == 1
            && words[at] == "like"
            && is_content(at - 1)
            && !wh_before(at)
            && !matches!(words[at - 1], "would" | "d" | "id" | "wd" | "look" | "looks" | "looked" | "looking")
            && likeness(at, end);
        if example == 0
            || (breaks[at - 1] != Break::Comma && !compared)
            || words.get(at + example).is_some_and(|w| is_wh(w))
            || asks_what(at)
        {
            continue;
        }
        roles[at..end].fill(Role::Context);
    }
}

/// "please find me trump's exact words": the verb of a request asks
/// nothing of the article.
pub(super) fn request_verb(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    for c in clauses.iter().filter(|c| c.form == Form::Request) {
        let body = (c.start..c.end).find(|&i| !is_opener(words[i])).unwrap_or(c.end);
        let verb = if body < c.end && matches!(words[body], "i" | "we" | "im" | "just") { body + 1 } else { body };
        let fetching = |w: &str| matches!(w, "find" | "show" | "give" | "looking" | "dig" | "pull" | "grab" | "fetch");
        // ("someone find out…": a request to the group.)
        let others = body < c.end && (is_someone_else(words[body]) || matches!(words[body], "anyone" | "anybody"));
        let verb = if others { body + 1 } else { verb };
        if verb < c.end && fetching(words[verb]) && roles[verb] == Role::Core {
            roles[verb] = Role::Context;
        }
    }
}

/// "what's hafter's first name, cox keeps asking": who asks, after a
/// comma at the end of the question, is not what is asked.
pub(super) fn who_asks_after_a_comma(m: Message, roles: &mut [Role]) {
    let Message { words, breaks, clauses, .. } = m;
    for c in clauses.iter().filter(|c| c.form == Form::Question) {
        let Some(comma) = (c.start..c.end - 1).rev().find(|&k| breaks[k] == Break::Comma) else { continue };
        let tail = &words[comma + 1..c.end];
        let asks = matches!(tail.last(), Some(&("asking" | "asked" | "asks" | "wondering" | "wonders")))
            || tail.ends_with(&["to", "know"]);
        if asks && tail.len() <= 4 && !is_wh(tail[0]) {
            roles[comma + 1..c.end].fill(Role::Context);
        }
    }
}

/// "which countries do i cast?", "what should we call it": the verb
/// that ends a question of what the asker should do is their doing,
/// not the article's.
pub(super) fn askers_own_verb(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    for c in clauses.iter().filter(|c| c.form == Form::Question && c.end >= c.start + 4) {
        let tail = &words[c.end - 3..c.end];
        let own = matches!(tail[0], "do" | "should" | "shall" | "can" | "could" | "would" | "will")
            && matches!(tail[1], "i" | "we");
        let wh = words[c.start..c.end - 3].iter().find(|w| !is_opener(w)).is_some_and(|w| is_wh(w));
        if own && wh {
            recast(&mut roles[c.end - 1..c.end], Role::Core, Role::Context);
        }
    }
}

/// "who's in charge of the misrata-free... sorry, who took sirte?": a
/// question taken back is not asked.
pub(super) fn question_taken_back(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, .. } = m;
    for n in 1..clauses.len().saturating_sub(1) {
        let marker = matches!(
            &words[clauses[n].start..clauses[n].end],
            ["sorry" | "wait" | "oops" | "correction"]
                | ["no", "wait" | "sorry"]
                | ["scratch" | "ignore", "that"]
                | ["my", "bad"]
        );
        if marker && clauses[n - 1].form == Form::Question && clauses[n + 1].form == Form::Question {
            roles[clauses[n - 1].start..clauses[n - 1].end].fill(Role::Context);
        }
    }
}

/// "my buddy at the depot says russia backs tripoli, is that right?":
/// who said it is not what is checked. "my cousin says it was all about
/// the russians, but what was the main reason?": a claim set against
/// the question that follows it is not what is asked either.
pub(super) fn reported_claim(m: Message, roles: &mut [Role]) {
    let Message { words, clauses, known, .. } = m;
    for (n, c) in clauses.iter().enumerate() {
        if let Some(said) = reported_by(&words[c.start..c.end], known.get(c.start..c.end).unwrap_or(&[])) {
            let contested = c.form == Form::Statement
                && clauses.get(n + 1).is_some_and(|d| {
                    d.form == Form::Question
                        && words[d.start] == "but"
                        && d.end > d.start + 1
                        && is_wh(words[d.start + 1])
                });
            let end = if contested { c.end } else { c.start + said };
            roles[c.start..end].fill(Role::Context);
        }
    }
}
