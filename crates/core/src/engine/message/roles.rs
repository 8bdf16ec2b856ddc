//! Each word's role in the message: what the question is (core), what is
//! said around it (context), and the sides of a choice offered.

use super::*;

/// Words that ask only when something happened, or what it is called, not
/// what: a question of these alone ("what month did that start?", "what
/// was the number again?") is about what was said before it.
pub(super) const ONLY_WHEN_OR_NAME: &[&str] = &[
    "start", "started", "starts", "begin", "began", "begun", "begins", "happen", "happened", "end", "ended", "year",
    "month", "day", "date", "time", "number", "name",
];

/// Whether a clause is a statement in a statement's order, though asked
/// with a question mark: "so turkey and russia are on opposite sides?"
/// (not "are they…", "who…").
pub(super) fn is_checked_statement(clause: &[&str]) -> bool {
    clause.iter().find(|w| !is_lead_in(w)).is_some_and(|first| !is_wh(first) && !is_aux(first))
        && clause.iter().any(|w| matches!(*w, "is" | "are" | "was" | "were" | "has" | "have" | "had"))
}

/// Each word's role, from the clauses: words of questions and requests are
/// the core, statements around them are context, and the two sides of
/// "A or B" are alternatives. A message with no question or request at all
/// ("ceasefire date") is all core, and so is one whose question carries no
/// meaning of its own ("red line quote, need the full wording").
/// `content` says which words carry meaning, `known` which of them the
/// knowledge base knows.
pub fn roles(
    words: &[&str],
    breaks: &[Break],
    clauses: &[Clause],
    content: &[bool],
    known: &[bool],
    aside: &[(usize, bool)],
) -> Vec<Role> {
    let is_content = |i: usize| content.get(i).copied().unwrap_or(false);
    let asking = clauses.iter().any(|c| c.form != Form::Statement);
    // "what do greece and co say the deals do? i need their argument
    // summarised for our debate prep": beside a question that ends in '?',
    // a request says why they ask; the question says what.
    let asked_at = clauses.iter().position(|c| breaks.get(c.end - 1) == Some(&Break::Question));
    let mut roles = vec![Role::Core; words.len()];
    for (n, c) in clauses.iter().enumerate() {
        // So does one before a yes/no question without the mark: "for my
        // lesson i want the oil angle, does the article suggest…" (but not
        // before one that only asks for help: "…, can someone sum it up").
        let question_after = || {
            clauses[n + 1..].iter().any(|d| {
                d.form == Form::Question
                    && is_aux(words[d.start])
                    // ("…, doesn't have to be libya": a remark.)
                    && !words[d.start].ends_with("nt")
                    && words
                        .get(d.start + 1)
                        .is_some_and(|w| !is_someone_else(w) && !matches!(*w, "you" | "u" | "i" | "anyone" | "anybody"))
            })
        };
        let why_asked = c.form == Form::Request && (asked_at.is_some_and(|q| n != q) || question_after());
        // "istanbul talks, which presidents?": a few words before a comma
        // that opens the message name the topic the question asks about.
        // Openers and articles do not count ("ok so the jufra airbase, …").
        // A relative clause there only says which one ("the brigade that
        // switched, what tribes…"): the answer need not say it again.
        let relative = (c.start + 1..c.end)
            .find(|&i| matches!(words[i], "that" | "who" | "which"))
            .filter(|&r| c.end - r <= 6)
            .unwrap_or(c.end);
        let said = (c.start..relative).filter(|&i| !is_opener(words[i]) && !matches!(words[i], "the" | "a" | "an"));
        // Who asks is no topic: "worksheet asks: 'what was the date…'".
        // Nor is the kind of question ("likely exam question: …").
        let asker = matches!(
            words[c.end - 1],
            "asks" | "asked" | "wants" | "says" | "said" | "reads" | "writes" | "question" | "q" | "prompt"
        );
        // Nor is a purpose ("for the crisis brief, what did turkey say…"):
        // it says why they ask, not what about.
        // ("quick one for the briefing: …" is a purpose all the same.)
        let purpose = (c.start..relative).map(|i| words[i]).find(|w| !is_opener(w) && *w != "quick") == Some("for");
        let topic = n == 0
            && !purpose
            && !asker
            && matches!(breaks[c.end - 1], Break::Comma | Break::Colon)
            && clauses.get(1).is_some_and(|d| d.form != Form::Statement)
            && said.count() <= 3
            // ("before handover - who did…", "quick one before obs:": a
            // time of the asker's own names no topic.)
            && (c.start..relative).any(|i| {
                known.get(i).copied().unwrap_or(false)
                    && !matches!(words[i], "before" | "after" | "between" | "during" | "until")
            })
            && !introduces_the_asker(&words[c.start..c.end])
            // ("so if it holds, what time…": a condition is no topic.)
            && !sets_a_condition(&words[c.start..c.end]);
        // "so turkey and russia are on opposite sides but called for it
        // together? what exactly did they ask for?": a statement checked
        // with a question mark, then the question itself.
        // So is one checked with a tag ("everyone expected it for ages
        // right, does the piece say how long…?").
        let tagged = breaks.get(c.end - 1) == Some(&Break::Comma)
            && matches!(words[c.end - 1], "right" | "yeah" | "innit" | "correct")
            && clauses[n + 1..].iter().any(|d| breaks.get(d.end - 1) == Some(&Break::Question));
        let checked = c.form == Form::Question
            && is_checked_statement(&words[c.start..c.end])
            && (tagged
                || breaks.get(c.end - 1) == Some(&Break::Question)
                    && clauses
                        .get(n + 1)
                        .is_some_and(|d| is_wh(words[d.start]) && breaks.get(d.end - 1) == Some(&Break::Question)));
        let base = if asking && !topic && (c.form == Form::Statement || why_asked || checked) {
            Role::Context
        } else {
            Role::Core
        };
        for r in &mut roles[c.start..c.end] {
            *r = base;
        }
        if topic {
            roles[relative..c.end].fill(Role::Context);
        }
        if base == Role::Context {
            continue;
        }
        // "does algeria back sarraj or is it staying neutral": the clause
        // after "or" is an alternative; so is what follows "or" inside a
        // clause, and the words just before it ("brand new or an extension").
        // "was it a haftar unit from day one, or was it set up in tripoli?":
        // the clause before "or" is the first choice.
        // A choice must offer something: "…, or did it come from somewhere
        // else?" does, "…, or is that still to come?" does not.
        // Nor does one that only doubts the first: "…sent troops yet, or
        // is it just talk?" still asks whether they sent them.
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
            && clauses
                .get(n + 1)
                .is_some_and(|d| d.form != Form::Statement && (d.start..d.end).any(offers) && !doubts(d));
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
            continue;
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
            let time_offered =
                words.get(at + 1).is_some_and(|w| is_preposition(w) || matches!(*w, "earlier" | "later"));
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
                let against_a_thing =
                    thing || matches!(words.get(at + 1), Some(&("some" | "another" | "other" | "any")));
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
    // "which hour did they pick, for our calendar?": a purpose set off at
    // the end of a question, in words the knowledge base does not know,
    // says why they ask, not what ("is tunisia nice for a holiday" asks).
    // It may run to five words ("…, for my pub quiz brain").
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
    // "how many died when sirte fell", "why was the garrison so thin when
    // hafter showed up": the clause after a joining "when" says which
    // moment is meant; it is not what is asked.
    for c in clauses.iter().filter(|c| c.form != Form::Statement) {
        let span = &words[c.start..c.end];
        if let Some(at) = (0..span.len()).find(|&j| crate::engine::kind::is_subordinator(span, j)) {
            let from = c.start + at;
            roles[from..phrase_end(breaks, from, c.end)].fill(Role::Context);
        }
    }
    // "which town did haftar's army seize right before the ceasefire
    // appeal": unless the question asks when or in what order, a time
    // anchored on another event says which moment is meant.
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
    // "when did the attack begin, bc the article mentions it twice": a
    // reason the asker gives about themselves or the text says why they
    // ask, not what.
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
    // "they back opposite sides but still called for a truce together?":
    // what the asker grants before "but still" is said around what
    // surprises them, which is asked.
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
    // "who did erdogan meet on 8 january": unless the question asks when,
    // a date after "on" says which moment is meant.
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
    // "besides jufra, what else…", "apart from the brigade flipping": what
    // the asker already has is said around the question, not asked.
    for &(at, _) in aside {
        roles[at] = Role::Context;
    }
    // "on which day do the guns go quiet supposedly": a hedge says how sure
    // the asker is, not what is asked; it still counts where a passage has it.
    for (at, w) in words.iter().enumerate() {
        if is_hedge(w) {
            roles[at] = Role::Context;
        }
    }
    // "…back to normal, like people going to work again": an example after
    // a comma says what they mean; "…, like what radius?" asks again, and
    // "what else did they discuss, like gas?" offers the answer it asks.
    let asks_what = |at: usize| {
        clauses
            .iter()
            .find(|c| (c.start..c.end).contains(&at))
            .is_some_and(|c| words[c.start..at].iter().any(|w| is_wh(w)))
    };
    for at in 1..words.len() {
        let example = match words[at] {
            "like" | "eg" | "e.g" => 1,
            "such" if words.get(at + 1) == Some(&"as") => 2,
            "for" if matches!(words.get(at + 1), Some(&"example") | Some(&"instance")) => 2,
            _ => 0,
        };
        if example == 0
            || breaks[at - 1] != Break::Comma
            || words.get(at + example).is_some_and(|w| is_wh(w))
            || asks_what(at)
        {
            continue;
        }
        roles[at..phrase_end(breaks, at, words.len())].fill(Role::Context);
    }
    // "my friend said turkey has troops there, is that what the article
    // says or is it less than that": "is that…" asks about the claim just
    // made, which is then asked too.
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
        // "i'm arguing the war affects the whole region, does their
        // statement back that up?": whether the article says the claim,
        // which is asked; backing it is no support of one side for another.
        let confirms = (c.start..c.end.saturating_sub(1)).find(|&k| {
            let pointer = matches!(words[k + 1], "that" | "this" | "it");
            let up = words.get(k + 2) == Some(&"up");
            pointer
                && match words[k] {
                    "back" | "backs" => up,
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
    // "trump said things were getting stable? or chaos": a bare "or…"
    // after a question offers the other side of a choice, against the
    // last word the question asked.
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
    // "the headline names two leaders, who are they?", "haftar's offensive
    // on the capital, what month did that start?": a question with no
    // meaning of its own asks about what was said before it (not after).
    let asks_something =
        (0..words.len()).any(|i| roles[i] != Role::Context && is_content(i) && !ONLY_WHEN_OR_NAME.contains(&words[i]));
    if !asks_something {
        let first_ask = clauses.iter().find(|c| c.form != Form::Statement).map_or(words.len(), |c| c.start);
        let before = (0..first_ask).any(is_content);
        let upto = if before { first_ask } else { words.len() };
        roles[..upto].fill(Role::Core);
        // ("what was the date when sarraj was in algiers? i'm building a
        // timeline": the asker speaking of themselves after it is not; nor
        // is a lead-in before the topic: "ok cast, dramaturg hat on: the
        // headline deadline, what date is it?".)
        for (n, c) in clauses.iter().enumerate().filter(|(_, c)| c.form == Form::Statement) {
            let after = !before && c.start > first_ask && speaks_first(&words[c.start..c.end]);
            let lead_in = before
                && breaks.get(c.end - 1) == Some(&Break::Colon)
                && clauses.get(n + 1).is_some_and(|d| d.form == Form::Statement && d.end <= first_ask);
            if after || lead_in {
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
    // "the sirte garrison since 2016, mostly from where?": in a question of
    // who or where, a year only says which one is meant.
    let timed = clauses.iter().any(|c| matches!(c.asks.kind, Kind::When | Kind::HowLong));
    let placed = clauses.iter().any(|c| matches!(c.asks.kind, Kind::Where | Kind::Who));
    if placed && !timed {
        let year = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
        for at in (1..words.len()).filter(|&at| year(words[at]) && words[at - 1] == "since") {
            roles[at - 1..=at].fill(Role::Context);
        }
    }
    // "the russians fighting for haftar | are they regular army or…": a
    // pronoun that opens a question takes up the noun phrase said before it.
    for n in 1..clauses.len() {
        let (topic, c) = (&clauses[n - 1], &clauses[n]);
        let refers = match words[c.start..c.end] {
            [w, p, ..] if is_aux(w) => matches!(p, "they" | "he" | "she" | "it"),
            [q, w, p, ..] if is_wh(q) && is_aux(w) => matches!(p, "they" | "he" | "she" | "it"),
            _ => false,
        };
        let phrase = topic.form == Form::Statement
            && topic.end - topic.start <= 6
            && matches!(words[topic.start], "the" | "that" | "those" | "these");
        if refers && phrase && c.form == Form::Question {
            recast(&mut roles[topic.start..topic.end], Role::Context, Role::Core);
        }
    }
    // "please find me trump's exact words": the verb of a request asks
    // nothing of the article.
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
    // "what's hafter's first name, cox keeps asking": who asks, after a
    // comma at the end of the question, is not what is asked.
    for c in clauses.iter().filter(|c| c.form == Form::Question) {
        let Some(comma) = (c.start..c.end - 1).rev().find(|&k| breaks[k] == Break::Comma) else { continue };
        let tail = &words[comma + 1..c.end];
        let asks = matches!(tail.last(), Some(&("asking" | "asked" | "asks" | "wondering" | "wonders")))
            || tail.ends_with(&["to", "know"]);
        if asks && tail.len() <= 4 && !is_wh(tail[0]) {
            roles[comma + 1..c.end].fill(Role::Context);
        }
    }
    // "which countries do i cast?", "what should we call it": the verb
    // that ends a question of what the asker should do is their doing,
    // not the article's.
    for c in clauses.iter().filter(|c| c.form == Form::Question && c.end >= c.start + 4) {
        let tail = &words[c.end - 3..c.end];
        let own = matches!(tail[0], "do" | "should" | "shall" | "can" | "could" | "would" | "will")
            && matches!(tail[1], "i" | "we");
        let wh = words[c.start..c.end - 3].iter().find(|w| !is_opener(w)).is_some_and(|w| is_wh(w));
        if own && wh {
            recast(&mut roles[c.end - 1..c.end], Role::Core, Role::Context);
        }
    }
    // "who's in charge of the misrata-free... sorry, who took sirte?": a
    // question taken back is not asked.
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
    // "my buddy at the depot says russia backs tripoli, is that right?":
    // who said it is not what is checked. "my cousin says it was all about
    // the russians, but what was the main reason?": a claim set against
    // the question that follows it is not what is asked either.
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
    roles
}
