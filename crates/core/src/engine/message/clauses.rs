//! Splitting a message into clauses, and what each clause is: a
//! question, a request, or talk around them.

use super::*;

/// Whether the asker's aside starts after `at`, run on without a comma
/// after a question of three words or more: "whats hafters first name i
/// keep writing khalid", "when is it i thought the 12th". Not "what did i
/// think", "who do you think i should cite".
pub(super) fn runs_on_an_aside(words: &[&str], start: usize, at: usize) -> bool {
    let aside = |w: &str| {
        matches!(
            w,
            "thought"
                | "think"
                | "keep"
                | "kept"
                | "always"
                | "wrote"
                | "remember"
                | "forgot"
                | "forget"
                | "heard"
                | "assumed"
                | "guessed"
                | "swear"
                | "believe"
                | "still"
                | "caught"
                | "missed"
        )
    };
    // "…exactly i only caught half of it": an adverb may come between.
    let adverb = |w: &str| matches!(w, "only" | "just" | "also" | "really" | "kinda" | "honestly" | "actually");
    let verb = if words.get(at + 2).is_some_and(|w| adverb(w)) { at + 3 } else { at + 2 };
    words.get(at + 1) == Some(&"i")
        && words.get(verb).is_some_and(|w| aside(w))
        && at + 1 - start >= 3
        && words[start..at].iter().find(|w| !is_opener(w)).is_some_and(|w| is_wh(w) || is_aux(w))
        && !is_wh(words[at])
        && !is_aux(words[at])
        && !matches!(words[at], "that" | "if" | "whether" | "because" | "and" | "or" | "but")
}

/// Whether a question starts after `at`, run on after three words or more
/// of a statement: a question word, an auxiliary and a subject pronoun in
/// that order ("…fighting in libya who are they fighting alongside", "ok
/// so sir raj the tripoli guy where did he go"), or an auxiliary and a
/// subject pronoun after words with no question word ("the russians
/// fighting for haftar are they contractors"). A relative clause never
/// inverts ("the man who is leading"), and a clause that already opens as
/// a question keeps its own ("what did you think is it true").
pub(super) fn inverts_after_a_statement(words: &[&str], start: usize, at: usize) -> bool {
    let pronoun = |k: usize| words.get(k).is_some_and(|w| matches!(*w, "he" | "she" | "they" | "we" | "you" | "it"));
    // (Checked first: most words have no subject pronoun two or three on.)
    if at < start + 2 || !pronoun(at + 2) && !pronoun(at + 3) {
        return false;
    }
    let said = &words[start..=at];
    let aux = |k: usize| words.get(k).is_some_and(|w| is_aux(w));
    let wh = words.get(at + 1).is_some_and(|w| is_wh(w) && !matches!(*w, "which" | "that"));
    // "the russians fighting for haftar are they regular army": a yes/no
    // question inverted the same way ("so are they", "as are they" are not).
    // ("what else did they…", "on what day did he…": the question word
    // said already.)
    let yes_no = aux(at + 1)
        && pronoun(at + 2)
        && !matches!(words[at], "so" | "neither" | "nor" | "as" | "than")
        && !said.iter().any(|w| is_wh(w));
    (wh && aux(at + 2) && pronoun(at + 3) || yes_no)
        && said.len() >= 3
        && said.iter().find(|w| !is_opener(w)).is_some_and(|w| !is_wh(w) && !is_aux(w))
        && !opens_embedded(words[at])
        && !is_preposition(words[at])
}

/// Where the verb stands that opens a yes/no question clause, after any
/// openers: "ok so did haftar…", "was this written in…".
pub fn yes_no_verb<S: AsRef<str>>(words: &[S], c: &Clause) -> Option<usize> {
    let at = (c.start..c.end).find(|&i| !is_opener(words[i].as_ref()))?;
    is_aux(words[at].as_ref()).then_some(at)
}

/// Whether a message ends on a tag that asks to confirm what it says:
/// "…on monday, right?", "…a sufi group isnt it", "…, tuesday was it?"
/// (not "…, when was it?").
pub fn ends_on_a_tag<S: AsRef<str>>(words: &[S]) -> bool {
    let back = |k: usize| words.len().checked_sub(k).map(|i| words[i].as_ref());
    matches!(back(1), Some("right" | "correct" | "true" | "innit" | "yeah" | "no"))
        || matches!(back(2), Some("isnt" | "wasnt" | "didnt" | "doesnt"))
        || matches!((back(3), back(2), back(1)), (Some(w), Some("was" | "is"), Some("it")) if !is_wh(w) && !is_aux(w))
}

/// "…or what?", "…or not?", "…or something": an "or" at `at` that ends its
/// clause with a word asking nothing is a tag, not a second choice.
pub(super) fn is_or_tag(words: &[&str], breaks: &[Break], at: usize) -> bool {
    let ends = |j: usize| j + 1 == words.len() || breaks.get(j).is_some_and(|b| *b >= Break::Comma);
    words[at] == "or"
        && words.get(at + 1).is_some_and(|w| {
            matches!(*w, "what" | "not" | "something" | "smth" | "anything" | "whatever" | "nah" | "no" | "sth")
        })
        && ends(at + 1)
}

/// Chat's punctuation: "is this for libya or syria lol i have four readings
/// open" is two sentences.
pub(super) fn is_interjection(w: &str) -> bool {
    matches!(w, "lol" | "lmao" | "rofl" | "haha" | "hahaha" | "hehe" | "xd" | "tbh" | "ngl" | "idk" | "smh")
}

/// The punctuation after each word, with chat's interjections read as the
/// end of a sentence, and so a message's opening "hang on" or "hold on".
pub(super) fn sentence_breaks(words: &[&str], breaks: &[Break]) -> Vec<Break> {
    let hold_on = holds_on(words, breaks);
    (0..words.len())
        .map(|i| {
            let brk = breaks.get(i).copied().unwrap_or(Break::Stop);
            if i + 1 < words.len() && i > 0 && is_interjection(words[i]) || hold_on == Some(i) {
                brk.max(Break::Stop)
            } else {
                brk
            }
        })
        .collect()
}

/// Where a message's opening "hang on" or "hold on" ends, when it only
/// asks for a moment ("hang on the russians are on which side again",
/// "hold on, greece is involved??"): not "hold on to…", nor a message that
/// is only those words.
pub fn holds_on(words: &[&str], breaks: &[Break]) -> Option<usize> {
    let at = words.iter().take_while(|w| is_opener(w)).count();
    let next = words.get(at + 2)?;
    let pause = breaks.get(at + 1).is_some_and(|b| *b >= Break::Comma)
        || !matches!(*next, "to" | "onto" | "tight" | "in" | "for" | "until" | "till" | "a");
    (matches!(words[at], "hang" | "hold") && words[at + 1] == "on" && pause).then_some(at + 1)
}

/// Whether `words` ask a question of their own, its question word after a
/// preposition: "at what time does it start", "in which city did they
/// meet". Without a verb ("…, in what two roles?") they only finish the
/// question before.
pub(super) fn asks_after_a_preposition(words: &[&str]) -> bool {
    matches!(words, [prep, wh, ..] if is_preposition(prep) && is_wh(wh))
        && words.iter().skip(2).take(5).any(|w| is_aux(w))
}

/// Splits a message into clauses. `words` are the message's words (lower
/// case, chat spellings fixed) and `breaks` the punctuation after each.
pub fn clauses(words: &[&str], breaks: &[Break]) -> Vec<Clause> {
    let breaks = &sentence_breaks(words, breaks)[..];
    let mut out = Vec::new();
    let mut start = 0;
    // With a question mark somewhere, a clause that only opens like a
    // question but ends without one is talk around it ("…? we're arguing
    // about the order lol"); but the mark at the end of a sentence asks the
    // whole of it ("is everybody from those tribes, or are there others?").
    let marked = breaks.contains(&Break::Question);
    let mut sentence_asks = false;
    for i in 0..words.len() {
        let brk = breaks.get(i).copied().unwrap_or(Break::Stop);
        let next = words.get(i + 1).copied().unwrap_or("");
        let ends_sentence = brk >= Break::Colon || i + 1 == words.len();
        if i == 0 || breaks[i - 1] >= Break::Colon {
            sentence_asks = breaks[i..].iter().find(|b| **b >= Break::Colon) == Some(&Break::Question);
        }
        // A new clause inside a sentence: a question word or a verb that
        // opens a question after a comma or a joining word ("…, is that
        // right?", "sorry if asked already but where…"), or an embedded
        // question ("i need to explain why…").
        // "when and where was it published" asks both of one thing: a
        // question word with only a joining word keeps its clause open.
        let bare = words[start..=i].iter().all(|w| is_wh(w) || is_joiner(w));
        // What the next word is, asked of it once: most rules below look.
        let (next_wh, next_aux) = (is_wh(next), is_aux(next));
        let opens_next = !ends_sentence
            && !bare
            && !is_or_tag(words, breaks, i)
            && !comments(&words[i + 1..])
            && ((next_wh || next_aux) && (brk == Break::Comma || is_joiner(words[i])) && !goes_on(words, brk, i)
                // "…on the wall, roughly when did people start guessing".
                || brk == Break::Comma
                    && is_softener(next)
                    && words.get(i + 2).is_some_and(|w| is_wh(w))
                // "…for the pinned post, at what time does it start?".
                || brk == Break::Comma && asks_after_a_preposition(&words[i + 1..])
                || brk == Break::Comma && (is_request_verb(next) || is_first_person(next) || is_someone_else(next))
                // "US team, please find me…": a request after who it is for.
                || brk == Break::Comma && next == "please" && words.get(i + 2).is_some_and(|w| is_request_verb(w))
                // "…so we can open our speech with it": why they ask.
                || is_purpose(&words[i + 1..]) && i > start + 2
                // "before haftar showed up, the troops were from which city?":
                // a time set first, at its comma, before the subject of a
                // question.
                || brk == Break::Comma
                    && sentence_asks
                    && i + 1 - start >= 3
                    && sets_a_time(&words[start..=i])
                    && !words[start..=i].iter().any(|w| is_aux(w))
                    && matches!(next, "the" | "a" | "an" | "his" | "her" | "their" | "its" | "these" | "those")
                // "just so i get the framing right, turkey is sending…".
                || brk == Break::Comma && i > start + 2 && {
                    let so_far = &words[start..=i];
                    is_purpose(so_far.strip_prefix(&["just"]).unwrap_or(so_far))
                }
                // "…, as a vet i know…", "asking b/c my nephew…", "…, just
                // trying to get the gist": who asks, why, and to what end.
                || brk == Break::Comma && is_about_the_asker(&words[i + 1..])
                // "my teacher would kill me but i forget the word, trump
                // said…": what the asker says of themselves ends at its comma.
                // (Only before a question of its own, asked with a '?': not
                // "i think it was greece, cyprus, italy and egypt who…",
                // "i need the quote, the one about…".)
                || brk == Break::Comma
                    && i >= start + 3
                    && speaks_first(&words[start..=i])
                    && !words[start..=i].iter().any(|w| is_wh(w))
                    && {
                        let end = phrase_end(breaks, i + 1, words.len());
                        breaks.get(end - 1) == Some(&Break::Question) && (i + 1..end).any(|k| is_wh(words[k]))
                    }
                // "expo here, apart from…", "line cook here, …": who asks,
                // said first.
                || brk == Break::Comma
                    && start == 0
                    && (1..=3).contains(&i)
                    && words[i] == "here"
                    && !words[..i].iter().any(|w| is_aux(w) || is_wh(w))
                // "…how old the news is before i share it in the group chat":
                // when or why the asker will do something of their own.
                || i > start + 2
                    && matches!(words[i + 1..], ["before" | "because" | "until" | "while", "i" | "we" | "my" | "our", ..])
                    && !matches!(words[i], "that" | "when" | "and" | "or")
                || i > start + 2 && is_asker_trying(&words[i + 1..]) && (brk == Break::Comma || is_opener(words[i]))
                // "…, just wondering if people there can go back to work".
                || brk == Break::Comma && matches!(words[i + 1..], ["wondering", ..] | ["just", "wondering", ..])
                // "…, he heard it on the tv this morning": where a claim came from.
                || brk == Break::Comma
                    && matches!(next, "he" | "she" | "they")
                    && matches!(words.get(i + 2), Some(&("heard" | "read" | "saw" | "says" | "said")))
                // "…, heard something on the radio at work": where the asker
                // came by it, their "i" dropped.
                || brk == Break::Comma
                    && matches!(
                        words[i + 1..],
                        ["heard" | "saw" | "read", "something" | "somewhere" | "about" | "on" | "it" | "this", ..]
                    )
                // "…, he's big into flight tracking apps": who asks, said of them.
                || brk == Break::Comma
                    && matches!(next, "he" | "she")
                    && matches!(words.get(i + 2), Some(&("is" | "was" | "used" | "loves" | "likes")))
                // "…, grandma thinks it was the queen": someone's guess; "…,
                // the domestic supervisor swears it was the pope": a guesser
                // of a few words.
                || brk == Break::Comma && {
                    let end = phrase_end(breaks, i + 1, words.len()).min(i + 5);
                    let verb = (i + 2..end).find(|&k| is_claim_verb(words[k]));
                    // (Not what the text says: "…, the article says it was…".)
                    let text = |w: &str| is_text_noun(w) || matches!(w, "author" | "writer");
                    verb.is_some_and(|k| words[i + 1..k].iter().all(|w| !is_wh(w) && !is_aux(w) && !text(w)))
                }
                // "…go in europe this week, think it was brussels": the
                // asker's guess, its "i" dropped.
                || brk == Break::Comma && drops_the_guesser(&words[i + 1..])
                // "…which is confusing, anyway is erdogan called…".
                || brk == Break::Comma && matches!(next, "anyway" | "anyways" | "btw")
                // "trump's presser was tuesday, so the ministers thing was
                // what day": what the asker has, then the question left in
                // its place.
                || brk == Break::Comma
                    && next == "so"
                    && asks_in_place(&words[i + 2..phrase_end(breaks, i + 1, words.len())], marked)
                || brk == Break::Comma && next == "but" && matches!(words.get(i + 2), Some(&("anyway" | "anyways" | "btw")))
                // "i thought they'd never agree, but after they met what did
                // they call for?": the asker's own view, then the question.
                || brk == Break::Comma && next == "but" && speaks_first(&words[start..=i]) && {
                    let rest = &words[i + 2..];
                    let end = breaks[i + 1..].iter().position(|b| *b >= Break::Colon).map_or(rest.len(), |e| e.min(rest.len()));
                    rest[..end].iter().any(|w| is_wh(w))
                }
                // "…, the abbreviation keeps popping up and i never
                // learned it": a sentence of its own after a question.
                || brk == Break::Comma && is_wh(words[start]) && opens_a_statement(&words[i + 1..])
                || words[i] == "and" && matches!(next, "i" | "im" | "ive") && i > start + 2
                // "whats hafters first name i keep writing khalid": the
                // asker's aside run on after a question, without a comma.
                || runs_on_an_aside(words, start, i)
                // "heard on the radio something about russian guys for hire
                // who are they fighting alongside": dictated without
                // punctuation, a question word inverted before its subject.
                || inverts_after_a_statement(words, start, i)
                // "i'm confused, if they back opposite sides how come…"
                || brk == Break::Comma && sets_a_condition(&words[i + 1..])
                // "…hang onto sirte, sounds like they're not convinced", "…or
                // nah, seems quiet": the asker's impression, after the question.
                || brk == Break::Comma && gives_an_impression(&words[i + 1..])
                // "…in tripoli, spelling varies i see": what the asker
                // noticed, said after the question.
                || brk == Break::Comma && notices(&words[i + 1..phrase_end(breaks, i + 1, words.len())])
                || next_wh
                    && opens_embedded(words[i])
                    && !object_asked(&words[start..=i])
                    && !(passed_on(words[i]) && asks_after_a_comma(words, breaks, i + 1))
                // "i still dont get why sirte fell so fast".
                || next_wh && words[i] == "get" && i > 0 && is_negation(words[i - 1])
                // "when haftar was in rome who did he meet": a time set
                // before the question, without a comma.
                // "if they back opposite sides how come they…": so does a
                // condition the question rests on.
                // ("…in algiers who else did he meet", "…what exactly did").
                || next_wh
                    && {
                        let at = if matches!(words.get(i + 2), Some(&("else" | "exactly"))) { i + 3 } else { i + 2 };
                        words.get(at).is_some_and(|w| is_aux(w) || next == "how" && *w == "come")
                    }
                    && (sets_the_scene(&words[start..=i]) || runs_alongside(&words[start..=i]))
                // "when sarraj was in algiers did the algerians say…": a
                // yes/no question after the time it is set in.
                // (Not "but after they met what exactly did they…", where
                // the question word is already said.)
                // Not "does it say | when the talks are supposed to start",
                // where the "when" is what is said.
                || next_aux
                    && i + 1 - start >= 4
                    && words.get(i + 2).is_some_and(|w| !is_aux(w) && !is_wh(w))
                    && sets_a_time(&words[start..=i])
                    // ("before haftar showed up, the troops were…": the time
                    // ended at its comma, and the subject follows it.)
                    && !breaks[start..i].contains(&Break::Comma)
                    && !(start > 0 && opens_embedded(words[start - 1]))
                    && !words[start..=i].iter().skip_while(|w| is_opener(w)).skip(1).any(|w| is_wh(w))
                // "our group is split on whether serraj went to rome"; but
                // "has haftar said whether…" asks the "whether" itself.
                || next == "whether" && !is_aux(words[start]) && !is_wh(words[start])
                // "sorry if this was asked already but the forces that…"
                || words[i] == "but" && words[start] == "sorry"
                // "… and on what day?"
                || is_joiner(words[i]) && is_preposition(next) && words.get(i + 2).is_some_and(|w| is_wh(w)));
        if ends_sentence || opens_next {
            let question = brk == Break::Question;
            out.push(clause(words, start, i + 1, question, marked && !sentence_asks));
            start = i + 1;
        }
    }
    // "when serraj met conte, what did they agree": a time set
    // before a question says when; the question after it asks. So does
    // a condition: "if they back opposite sides, why…".
    for n in 1..out.len() {
        let scene = &out[n - 1];
        let set = &words[scene.start..scene.end];
        // So does a question word right after it: "when the pres of algeria
        // met sarraj what did he say".
        if out[n].form != Form::Statement
            && (breaks[scene.end - 1] == Break::Comma && sets_the_scene(set)
                || is_aux(words[out[n].start]) && sets_a_time(set)
                || is_wh(words[out[n].start])
                    && breaks[scene.end - 1] == Break::None
                    && sets_the_scene(set)
                    && !set.iter().any(|w| is_aux(w)))
        {
            out[n - 1].form = Form::Statement;
            out[n - 1].asks = Asks::OPEN;
        }
    }
    // A question mark ends the sentence, but it asks about the whole of it:
    // "the 604 brigade sounds like a haftar unit, created in tripoli??".
    out
}

/// Whether words open a guess whose "i" is dropped: "think it was
/// brussels", "reckon it's the 12th", "pretty sure it was rome".
pub fn drops_the_guesser(words: &[&str]) -> bool {
    let rest = match words {
        ["pretty", "sure", rest @ ..] => rest,
        ["think" | "thought" | "reckon" | "guess" | "assume", rest @ ..] => rest,
        _ => return false,
    };
    matches!(rest.first(), Some(&("it" | "its" | "that" | "they" | "he" | "she")))
}

/// "…is libyan and wont stop talking about sirte": after "and", a
/// negative verb that no subject follows is the statement's second verb,
/// not a question ("…and didn't they sign it?").
fn goes_on(words: &[&str], brk: Break, i: usize) -> bool {
    let subject = |w: &str| {
        is_subject_pronoun(w) || matches!(w, "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her")
    };
    brk == Break::None
        && words[i] == "and"
        && words.get(i + 1).is_some_and(|w| w.ends_with("nt") && is_aux(w))
        && words.get(i + 2).is_some_and(|w| !subject(w))
}

/// Whether words open the asker's purpose: "so we can open our speech
/// with it", "so i can prove it", "so that i get it right".
pub(super) fn is_purpose(words: &[&str]) -> bool {
    match words {
        ["so", "that", "i" | "we", ..] => true,
        ["so", "i" | "we" | "im", next, ..] => {
            matches!(*next, "can" | "could" | "dont" | "don't" | "wont" | "won't" | "know" | "get" | "have" | "am")
        }
        _ => false,
    }
}

/// Whether words open the asker speaking of themselves after a comma:
/// "as a vet i know…", "asking because my nephew…", "because i need…".
pub(super) fn is_about_the_asker(words: &[&str]) -> bool {
    let because = |w: &str| matches!(w, "because" | "cause" | "cuz" | "cos" | "coz" | "bc" | "since");
    let first_person = |w: &&str| is_first_person(w) || *w == "me";
    match words {
        ["as", "a" | "an", rest @ ..] => rest.iter().take(4).any(first_person),
        // "…, hard to tell from the headlines", "…, no idea tbh".
        ["hard" | "difficult" | "tough", "to", "tell" | "say" | "know" | "follow", ..] => true,
        ["no", "idea", ..] | ["not", "sure", ..] => true,
        ["asking", w, ..] if because(w) => true,
        // "…, asking for my notes", "…, asking for a friend": for whom.
        ["asking" | "ask", "for", "my" | "our" | "a" | "me" | "us", ..] => true,
        // "…, asking as a greek driver": who asks.
        ["asking" | "ask" | "speaking", "as", "a" | "an" | "someone" | "somebody" | "one", ..] => true,
        [w, next, ..] => because(w) && first_person(next),
        _ => false,
    }
}

/// Whether words give the asker's impression, its subject dropped: "sounds
/// like they're not convinced", or a word or two to the end ("seems quiet").
pub(super) fn gives_an_impression(words: &[&str]) -> bool {
    matches!(words, ["sounds" | "seems" | "looks" | "feels", rest @ ..] if rest.first() == Some(&"like") || (1..=2).contains(&rest.len()))
}

/// Whether words are a remark on what the asker noticed, ending on it:
/// "spelling varies i see", "the names change a lot i notice"; not a
/// question ("who else, do you see").
pub(super) fn notices(words: &[&str]) -> bool {
    matches!(words, [.., "i", "see" | "notice" | "noticed" | "gather"])
        && words.len() >= 4
        && !words.iter().any(|w| is_wh(w) || is_aux(w))
}

/// Whether words open what the asker is trying to do: "trying to get the
/// gist", "just trying to understand…", "honestly trying to figure out".
pub(super) fn is_asker_trying(words: &[&str]) -> bool {
    let rest = match words {
        ["just" | "honestly" | "really" | "only" | "im" | "i'm", rest @ ..] => rest,
        rest => rest,
    };
    matches!(rest, ["trying" | "tryna", "to", verb, ..] if is_learning_verb(verb) || matches!(*verb, "get" | "work" | "make" | "write" | "wrap" | "draw" | "map" | "sketch" | "plot"))
        || matches!(rest, ["tryna", verb, ..] if is_learning_verb(verb))
        // "…, trying to timestamp my logbook": a doing of the asker's own.
        || matches!(rest, ["trying" | "tryna", "to", _, ..])
            && rest.iter().take(8).any(|w| matches!(*w, "my" | "our" | "me" | "us"))
}

/// A verb by which someone puts a claim of their own: "dave reckons…",
/// "grandma thinks…".
pub(super) fn is_claim_verb(w: &str) -> bool {
    matches!(w, "says" | "reckons" | "thinks" | "claims" | "insists" | "swears")
}

/// How many words open a clause with who said what follows: "my buddy
/// at the depot says…", "someone at work said that…", "this guy on
/// reddit reckons…". What they said follows, and must be there.
pub(super) fn reported_by(clause: &[&str], known: &[bool]) -> Option<usize> {
    let from = clause.iter().position(|w| !is_opener(w))?;
    // "dave reckons…", "the baker says…": someone the article does not
    // know, saying it.
    let named_at =
        |i: usize| !known.get(i).copied().unwrap_or(true) && clause.get(i + 1).is_some_and(|w| is_claim_verb(w));
    let named = named_at(from) || clause[from] == "the" && named_at(from + 1);
    let source = matches!(clause[from], "my" | "our" | "a" | "this" | "some" | "his" | "her" | "i" | "we")
        || is_someone_else(clause[from])
        || named;
    if !source {
        return None;
    }
    let says = |w: &str| {
        matches!(
            w,
            "says"
                | "said"
                | "told"
                | "tells"
                | "telling"
                | "reckons"
                | "thinks"
                | "claims"
                | "claimed"
                | "swears"
                | "insists"
                | "insisted"
                | "reckoned"
                | "believes"
                // "my lad wrote that the misrata forces were beaten": what
                // someone wrote down, not the article's author.
                | "wrote"
                | "writes"
                // "our costume person asks where…": a question passed on.
                | "asks"
                | "asked"
                | "wonders"
                | "wondered"
        )
    };
    // ("my brother in law who drives trucks in the gulf says…": who they are.)
    // ("i was telling…": an auxiliary of the saying itself.)
    let asking = |i: usize| {
        let w = clause[i];
        is_wh(w) && w != "who" || is_aux(w) && !clause.get(i + 1).is_some_and(|v| says(v))
    };
    let verb = (from + 1..clause.len().min(from + 13)).take_while(|&i| !asking(i)).find(|&i| says(clause[i]))?;
    // "i was telling the guys at the loading dock that…": whom they told.
    let told = matches!(clause[verb], "told" | "tells" | "telling");
    let that = told.then(|| (verb + 1..clause.len().min(verb + 9)).find(|&i| clause[i] == "that")).flatten();
    let said = match that {
        Some(that) => that + 1,
        None => verb + 1 + usize::from(matches!(clause.get(verb + 1), Some(&("that" | "me")))),
    };
    (clause.len() > said + 1).then_some(said)
}

/// Whether a clause already asks for the object of its verb of saying:
/// "what did putin say" (then "when trump called him" is the time it was
/// said in, not a question of its own), unlike "did they say" ("… when
/// the ceasefire starts").
pub(super) fn object_asked(clause: &[&str]) -> bool {
    let mut body = clause.iter().skip_while(|w| is_opener(w));
    body.next().is_some_and(|w| matches!(*w, "what" | "whats" | "who" | "whom"))
        && body.next().is_some_and(|w| is_aux(w))
}

/// Whether a question is passed on with `w` ("somebody asked why…"),
/// rather than asked by the asker.
fn passed_on(w: &str) -> bool {
    matches!(w, "asked" | "asks" | "wondered")
}

/// Whether a question word opens a phrase after a comma from `from` to
/// the end of the sentence: "somebody asked why it worked, apart from the
/// switch, what else helped" asks its own question after the one passed on.
fn asks_after_a_comma(words: &[&str], breaks: &[Break], from: usize) -> bool {
    let end = breaks[from..].iter().position(|b| *b >= Break::Colon).map_or(words.len(), |e| from + e + 1);
    (from + 1..end.min(words.len())).any(|k| breaks[k - 1] == Break::Comma && is_wh(words[k]))
}

/// Whether words open a statement about something the asker names: "the
/// abbreviation keeps popping up", "this part is confusing", "that name
/// sounds odd".
pub(super) fn opens_a_statement(words: &[&str]) -> bool {
    let says = |w: &str| {
        is_aux(w)
            || matches!(
                w,
                "keeps"
                    | "kept"
                    | "seems"
                    | "seemed"
                    | "sounds"
                    | "sounded"
                    | "appears"
                    | "comes"
                    | "pops"
                    | "confuses"
                    // "…, the name looked hard to pronounce".
                    | "looks"
                    | "looked"
            )
    };
    // "…, article spells his surname two ways", "…, the text mentions it
    // in passing": what the text itself does.
    let document = |w: &str| is_text_noun(w) || matches!(w, "author" | "writer" | "reporter");
    let acts = |w: &str| w.len() > 3 && (w.ends_with('s') && !w.ends_with("ss") || w.ends_with("ed"));
    match words {
        ["the" | "this" | "that", noun, verb, ..] => {
            !is_wh(noun) && !is_aux(noun) && (says(verb) || document(noun) && acts(verb))
        }
        // "…, it's spelt three ways in this article": what is said of the
        // thing asked, in the passive.
        ["it" | "he" | "she" | "they", "is" | "was" | "are" | "were", verb, ..] => {
            verb.len() > 3 && (verb.ends_with("ed") || verb.ends_with("en") || verb.ends_with("lt"))
        }
        [noun, verb, ..] => document(noun) && (says(verb) || acts(verb)),
        _ => false,
    }
}

/// Whether a clause only says who is asking: "veteran here", "head
/// delegate again:", "germany's delegation asking:", "for the egypt
/// delegation:". What it names is not the question's topic.
pub(super) fn introduces_the_asker(clause: &[&str]) -> bool {
    let member = |w: &str| {
        matches!(
            w,
            "delegate" | "delegates" | "delegation" | "team" | "bloc" | "caucus" | "committee" | "squad" | "crew"
        )
    };
    matches!(clause.last(), Some(&("here" | "again" | "asking" | "speaking"))) || clause.iter().any(|w| member(w))
}

/// Whether a clause is the asker speaking of themselves: "ngl i thought…",
/// "my notes say…".
pub(super) fn speaks_first(words: &[&str]) -> bool {
    words
        .iter()
        .find(|w| !is_opener(w) && !matches!(**w, "ngl" | "tbh" | "honestly"))
        .is_some_and(|w| is_first_person(w))
}

/// Whether words open a comment on what was just said: "…, which seems
/// contradictory", "which makes sense", "which is kind of wild"; not a
/// question ("which is it?").
pub(super) fn comments(words: &[&str]) -> bool {
    let remark = |w: &str| {
        matches!(
            w,
            "kind"
                | "sort"
                | "so"
                | "pretty"
                | "really"
                | "super"
                | "quite"
                | "very"
                | "weird"
                | "wild"
                | "crazy"
                | "interesting"
                | "confusing"
                | "funny"
                | "odd"
                | "strange"
                | "surprising"
                | "ironic"
                | "bizarre"
                | "insane"
        )
    };
    matches!(words, ["which", "is" | "was", w, ..] if remark(w))
        || matches!(
            words,
            [
                "which",
                "seems"
                    | "seemed"
                    | "sounds"
                    | "sounded"
                    | "looks"
                    | "looked"
                    | "feels"
                    | "felt"
                    | "means"
                    | "meant"
                    | "makes"
                    | "made",
                ..
            ]
        )
}

/// Whether words open with "when", "after" or "before" and a subject, not
/// an auxiliary or an adverb of asking ("when sarraj visited algeria", not
/// "when did he visit" or "when exactly is he going").
pub fn sets_a_time(words: &[&str]) -> bool {
    let mut body = words.iter().skip_while(|w| is_opener(w));
    let asking = |w: &str| matches!(w, "exactly" | "precisely" | "roughly" | "approximately" | "again" | "then");
    matches!(body.next(), Some(&("when" | "after" | "before" | "once")))
        && body.next().is_some_and(|w| !is_aux(w) && !is_wh(w) && !asking(w))
        // "when and where are the talks": two questions, not a time.
        && body.next().is_some_and(|w| !is_wh(w))
}

/// Whether words open with a condition the question rests on: "if
/// turkey and russia back opposite sides", "given that algeria backs
/// sarraj"; not "if so" or "since when".
pub fn sets_a_condition(words: &[&str]) -> bool {
    let mut body = words.iter().skip_while(|w| is_opener(w));
    matches!(body.next(), Some(&("if" | "given" | "since" | "considering")))
        && body.next().is_some_and(|w| !is_aux(w) && !is_wh(w) && !matches!(*w, "so" | "not"))
        && body.next().is_some()
}

/// Whether words say what went on meanwhile: "while all this was going
/// on", before a question asked without a comma.
pub(super) fn runs_alongside(words: &[&str]) -> bool {
    matches!(words.iter().find(|w| !is_opener(w)), Some(&("while" | "whilst")))
        && words.len() >= 4
        && !words.iter().any(|w| is_wh(w))
}

/// Whether a clause sets the scene for a question after it: a time or a
/// condition.
pub(super) fn sets_the_scene(words: &[&str]) -> bool {
    sets_a_time(words) || sets_a_condition(words)
}

pub(super) fn clause(words: &[&str], start: usize, end: usize, question_mark: bool, marked: bool) -> Clause {
    let span = &words[start..end];
    let asks = asks(span);
    let mut body: Vec<&str> = span.iter().copied().skip_while(|w| is_opener(w)).collect();
    // "for my bibliography i need the author's name": what the request is
    // for, said first, does not hide the request.
    if matches!(body.first(), Some(&("for" | "in"))) {
        let me = body.iter().take(6).position(|w| matches!(*w, "i" | "we"));
        if let Some(at) = me.filter(|&at| body.get(at + 1).is_some_and(|v| is_request_verb(v))) {
            body.drain(..at);
        }
    }
    // "on what day will trump speak to putin, has it been fixed?": a
    // question word after its preposition still opens the question.
    if body.len() > 2 && is_preposition(body[0]) && is_wh(body[1]) {
        body.remove(0);
    }
    // "roughly when did people start guessing": nor does a hedge.
    if body.len() > 2 && is_softener(body[0]) && is_wh(body[1]) {
        body.remove(0);
    }
    // "besides a ceasefire what else did they ask for", "according to the
    // two presidents what is the war doing to migration": what is set aside
    // or whose account is asked, said first, does not hide the question.
    if matches!(body.first(), Some(&("besides" | "apart" | "aside" | "except" | "excluding")))
        || body.starts_with(&["according", "to"])
    {
        if let Some(at) = body.iter().position(|w| is_wh(w) || is_aux(w)) {
            body.drain(..at);
        }
    }
    // "in the article which forces were gonna move on jufra": where the
    // asker looked, said first, does not hide the question.
    // So does where in it ("in the istanbul statement what did the two
    // leaders ask for").
    if matches!(body[..], ["in" | "from", "the" | "this", text, next, ..] if is_text_noun(text) && (is_wh(next) || is_aux(next)))
    {
        body.drain(..3);
    } else if matches!(body[..], ["in", "the" | "this", _, said, next, ..] if is_said_noun(said) && is_wh(next)) {
        body.drain(..4);
    } else if matches!(body[..], ["in", "plain" | "simple" | "basic" | "normal" | "everyday" | "laymans", "words" | "terms" | "english", next, ..] if is_wh(next))
    {
        // "in plain words what does the article say…": how they want it put.
        body.drain(..3);
    }
    let first = body.first().copied().unwrap_or("");
    let second = body.get(1).copied().unwrap_or("");
    // "i need the date…", "we want to know…"; not "i need this for my essay".
    let request_at = if is_request_verb(first) {
        Some(0)
    } else if matches!(first, "i" | "we" | "im" | "just" | "someone" | "somebody" | "anyone" | "anybody")
        && is_request_verb(second)
    {
        Some(1)
    } else {
        None
    };
    // "…? or was it something else they rejected": the other side of the
    // question before, asked without its mark.
    let other_side = first == "or" && is_aux(second);
    // "dont follow politics much, but…": a negated verb with no subject
    // before it is the asker's own, an "i" dropped ("dont they back
    // haftar" asks).
    // So is what the asker was doing: "was reading the libya thing in the
    // break room, what time…" ("was haftar reading…" asks).
    // ("was running follow spot through act 2 so…": whatever they were
    // doing; a question puts its subject first: "was the fighting…".)
    // So is where they were: "was on the belt all morning but…", "been
    // at work all day so…" ("was on the agenda…" has no "the" or "my").
    let third = body.get(2).copied().unwrap_or("");
    let busy = matches!(first, "was" | "been")
        && (second.len() > 5 && second.ends_with("ing")
            || matches!(second, "on" | "at" | "off" | "out")
                && matches!(
                    third,
                    "the" | "my" | "a" | "shift" | "nights" | "lates" | "earlies" | "break" | "leave" | "work"
                ));
    // So is what they had: "had three irate callers in a row so…", "had
    // the rain gear on and…"; not "had the russians arrived" (a
    // participle before any joining word).
    let had = first == "had"
        && body.len() > 2
        && !body[1..].iter().take_while(|w| !matches!(**w, "and" | "so" | "but")).any(|w| is_participle(w));
    let dropped_i = busy
        || had
        || is_negation(first)
            && is_aux(first)
            && (is_learning_verb(second)
                || matches!(second, "follow" | "care" | "remember" | "really" | "usually")
                // "(dont tell the boss)", "don't quote me": told, not asked.
                || matches!(second, "tell" | "quote" | "worry" | "mind" | "judge" | "laugh" | "shoot" | "panic"));
    // "when i was young the med was…": the asker's own time, not asked.
    // "this feels like when two pacers agree to run together": a likeness.
    // "…loads of people there, like how we never leave the deep end
    // unwatched": a likeness of the asker's own, not asked.
    // ("so like how…": "like" only fills, after an opener or a joining word.)
    let liken = start > 1 && words[start - 1] == "like" && !is_opener(words[start - 2]) && !is_joiner(words[start - 2]);
    let reminisces = first == "when" && (matches!(second, "i" | "we") || liken)
        || first == "how" && liken && matches!(second, "i" | "we" | "you" | "u" | "they");
    let form = if question_mark
        || is_wh(first) && !reminisces
        || ((is_aux(first) || first == "whether") && !marked && !dropped_i)
        || other_side
    {
        Form::Question
    } else if let Some(at) = request_at {
        let object = body.get(at + 1).copied().unwrap_or("");
        let then = body.get(at + 2).copied().unwrap_or("");
        let wanted = match object {
            "to" => is_learning_verb(then),
            "this" | "it" | "that" | "them" | "these" | "those" | "help" => false,
            _ => true,
        };
        if wanted {
            Form::Request
        } else {
            Form::Statement
        }
    } else if asks_at_the_end(&body) || asks_in_place(&body, marked) {
        Form::Question
    } else if body.len() > 1 && matches!(first, "any" | "anything") {
        // "any mention of trafficking", "any russians on the ground": chat
        // asks whether there is any without "is there".
        Form::Question
    } else if body.len() > 1 && matches!(body.last(), Some(&("pls" | "plz" | "please" | "plis" | "pleaseee"))) {
        // "trump's one-liner on libya pls": what is wanted, then "please".
        Form::Request
    } else {
        Form::Statement
    };
    Clause { start, end, form, asks }
}

/// "and the no fly zone was announced what day", "the deal was signed with
/// who": chat often asks with its question word last.
pub(super) fn asks_at_the_end(body: &[&str]) -> bool {
    // "arguing about who is teaming up with who": the last "who" belongs
    // to a question reported inside the clause, after a preposition or a
    // word that opens an embedded question; not after a noun ("the brigade
    // who switched sides was set up by who" asks).
    let reported = |k: usize| {
        let before = body[k - 1];
        matches!(body[k], "who" | "whom")
            && (is_preposition(before) || matches!(before, "about" | "over") || opens_embedded(before))
    };
    if body.len() > 2 && body.last() == Some(&"who") && (1..body.len() - 1).any(reported) {
        return false;
    }
    match body {
        [.., a, b, c] if !is_wh(a) && !is_aux(a) => {
            matches!(*c, "when" | "where" | "who" | "whom")
                || matches!(*b, "what" | "which") && !is_aux(c) && !is_subject_pronoun(c)
                || *b == "how" && matches!(*c, "many" | "much" | "long")
        }
        // "the brigade had how many fighters"
        [_, .., a, b, _] => *a == "how" && matches!(*b, "many" | "much"),
        _ => false,
    }
}

/// "so egypt is on which side of this deal", "the brigade was set up in
/// which year": "which" and a noun where the answer would stand, after a
/// preposition or "is"; so do "which" or "what" after "is" or after a verb
/// in -ing with its "is" ("russia is backing which side", "the ministers
/// thing was what day"), in a message with no question mark ("that's what
/// hits my wallet" only says something beside a question). Not a relative
/// clause ("the city in which they met", "the brigade which is…", "the
/// meeting which took place"), whose "which" a subject or verb follows, or
/// which follows a noun.
pub(super) fn asks_in_place(body: &[&str], marked: bool) -> bool {
    // "turkey is sending what kind of personnel": after a verb, too.
    let kind_of = body.windows(4).skip(1).any(|w| {
        let verb = w[0].len() > 4 && (w[0].ends_with("ing") || w[0].ends_with("ed"));
        (verb || is_preposition(w[0])) && w[1] == "what" && matches!(w[2], "kind" | "sort" | "type") && w[3] == "of"
    });
    let be = |w: &str| matches!(w, "is" | "was" | "are" | "were");
    kind_of
        || (2..body.len().saturating_sub(1)).any(|k| {
            let (before, which, noun) = (body[k - 1], body[k], body[k + 1]);
            let doing = before.len() > 4 && before.ends_with("ing") && be(body[k - 2]);
            let asked = match which {
                "which" => is_preposition(before) || be(before) || doing && !marked,
                "what" => (be(before) || doing) && !marked,
                _ => false,
            };
            asked
                && !is_subject_pronoun(noun)
                && !is_aux(noun)
                && !matches!(
                    noun,
                    "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "their" | "to"
                )
        })
}

/// Where the phrase from `from` ends: after its next comma (or stronger
/// break), else at `limit`.
pub(super) fn phrase_end(breaks: &[Break], from: usize, limit: usize) -> usize {
    (from..limit).find(|&j| breaks[j] >= Break::Comma).map_or(limit, |j| j + 1)
}

/// "before the ceasefire call", "during the talks": a time set by another
/// event, named with "the" or "a". Not a person ("before trump"), nor a
/// pronoun's clause ("after they pulled out"), whose verb may be what is
/// asked.
pub(super) fn is_anchor(words: &[&str], at: usize) -> bool {
    let next = |k: usize| words.get(at + k).copied().unwrap_or("");
    // "around the time of the talks", "at the time the call came out".
    let the_time = matches!(words[at], "around" | "at" | "about" | "by") && next(1) == "the" && next(2) == "time";
    matches!(words[at], "before" | "after" | "during") && matches!(next(1), "the" | "a")
        || the_time
        || is_same_moment(words, at)
}

/// "on the same day erdogan and putin were talking", "at the same time as
/// the talks": a moment set by another event, whatever names it.
pub(super) fn is_same_moment(words: &[&str], at: usize) -> bool {
    let next = |k: usize| words.get(at + k).copied().unwrap_or("");
    matches!(words[at], "on" | "at" | "around" | "about")
        && matches!(next(1), "the" | "that")
        && next(2) == "same"
        && matches!(next(3), "day" | "time" | "date" | "night" | "moment" | "week")
}

/// A verb's past participle, roughly: "arrived", "taken", "been", "met".
fn is_participle(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn"))
        || matches!(
            w,
            "been"
                | "done"
                | "gone"
                | "got"
                | "made"
                | "met"
                | "left"
                | "sent"
                | "held"
                | "won"
                | "lost"
                | "fought"
                | "said"
                | "told"
                | "heard"
                | "thought"
                | "brought"
                | "begun"
                | "come"
                | "put"
                | "set"
                | "had"
        )
}
