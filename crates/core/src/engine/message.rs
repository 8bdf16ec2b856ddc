//! A chat message as clauses: which part is the question, and which is
//! framing around it.
//!
//! People wrap a question in talk about themselves: "hey, quick one: when
//! does the truce start? i skimmed the reading on the bus". Only the
//! question must be accounted for by an answer; the framing may help find
//! it, but its words must not count against an answer that ignores them.
//! This module reads the message's shape (sentences, commas, question
//! words, "or"); what the words mean is the analyzer's business.

use super::kind::{asks, is_number_word, is_text_noun, month_number, Asks, Kind};
use crate::text::Break;

/// What a clause of the message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A question, direct ("who took sirte") or embedded ("can someone
    /// tell me who took sirte"), or anything ending in '?'.
    Question,
    /// A request for information: "tell me about the no-fly zone", "i need
    /// the exact date of the ceasefire".
    Request,
    /// Anything else: "my notes say they're allies", "writing my essay rn".
    Statement,
}

/// How much a word of the message must be accounted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Said around the question: helps find the answer, costs little when
    /// the answer leaves it out.
    Context,
    /// One side of "A or B": one side will not be in the answer.
    Alternative,
    /// The question itself: an answer must account for it.
    Core,
}

/// A run of words of the message, `start..end`, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub form: Form,
    pub asks: Asks,
}

/// Question words: "what", "who", … and their chat contractions.
pub fn is_wh(w: &str) -> bool {
    matches!(
        w,
        "what"
            | "when"
            | "where"
            | "who"
            | "whom"
            | "whose"
            | "why"
            | "which"
            | "how"
            | "whats"
            | "whos"
            | "wheres"
            | "whens"
            | "hows"
            | "whys"
    )
}

/// Verbs that open a yes/no question.
pub fn is_aux(w: &str) -> bool {
    matches!(
        w,
        "is" | "are"
            | "was"
            | "were"
            | "am"
            | "do"
            | "does"
            | "did"
            | "can"
            | "could"
            | "will"
            | "would"
            | "shall"
            | "should"
            | "has"
            | "have"
            | "had"
            | "may"
            | "might"
            | "isnt"
            | "arent"
            | "wasnt"
            | "werent"
            | "dont"
            | "doesnt"
            | "didnt"
            | "cant"
            | "couldnt"
            | "wont"
            | "wouldnt"
            | "hasnt"
            | "havent"
    )
}

/// Verbs followed by a bare verb: "did" and the modals ("where did he
/// head", "who will mediate").
pub fn takes_bare_verb(w: &str) -> bool {
    matches!(w, "did" | "does" | "do" | "will" | "would" | "can" | "could" | "should" | "might" | "may" | "shall")
}

/// Whether `word`, after a subject that `aux` opens ("did serraj head",
/// "is haftar heading"), is the verb of going somewhere, not the title.
pub fn heads_somewhere(aux: &str, word: &str) -> bool {
    let moves = matches!(word, "head" | "heads" | "heading" | "headed");
    // "where was serraj headed": after "was" and its subject, headed for.
    let progressive = matches!(aux, "is" | "was" | "are" | "were") && (word.ends_with("ing") || word == "headed");
    moves && (takes_bare_verb(aux) || progressive)
}

/// The pronouns that can be a clause's subject.
pub fn is_subject_pronoun(w: &str) -> bool {
    matches!(w, "i" | "we" | "you" | "they" | "he" | "she" | "it")
}

/// Verbs that open a request: "tell me…", "explain…".
fn is_request_verb(w: &str) -> bool {
    matches!(
        w,
        "tell"
            | "explain"
            | "give"
            | "list"
            | "name"
            | "describe"
            | "show"
            | "quote"
            | "summarize"
            | "summarise"
            | "define"
            | "find"
            | "remind"
            | "confirm"
            | "clarify"
            | "settle"
            | "need"
            | "want"
            | "looking"
            | "dig"
            | "pull"
            | "grab"
            | "fetch"
    )
}

/// After "i need to" or "want to", verbs that still ask for information
/// ("i need to know when…"), unlike "i need to finish my slides".
fn is_learning_verb(w: &str) -> bool {
    matches!(w, "know" | "find" | "understand" | "see" | "check" | "confirm" | "figure" | "learn" | "get" | "quote")
}

/// What the asker may doubt a claim is ("…, or is that a myth?"), or
/// what they check it is ("…, or is it true?").
fn is_doubt(w: &str) -> bool {
    matches!(
        w,
        "myth"
            | "rumour"
            | "rumor"
            | "lie"
            | "hoax"
            | "joke"
            | "exaggeration"
            | "exaggerated"
            | "overblown"
            | "fake"
            | "true"
            | "real"
            | "accurate"
            | "legit"
            | "correct"
            | "wrong"
    )
}

/// "dont", "didnt", "cant", "not": the asker does not (get it).
fn is_negation(w: &str) -> bool {
    matches!(w, "dont" | "don't" | "didnt" | "didn't" | "cant" | "can't" | "cannot" | "not" | "never")
}

/// Words after which a question word starts an embedded question:
/// "i'm not sure who…", "can you explain why…".
pub(crate) fn opens_embedded(w: &str) -> bool {
    matches!(
        w,
        "know"
            | "explain"
            | "understand"
            | "sure"
            | "wonder"
            | "wondering"
            | "ask"
            | "asking"
            | "tell"
            | "show"
            | "remember"
            | "find"
            | "figure"
            | "see"
            | "check"
            | "confirm"
            | "clear"
            | "idea"
            | "unsure"
            | "out"
            | "me"
            | "us"
            | "describe"
            | "say"
            | "says"
            | "mention"
            | "mentions"
            // "for our timeline i need when the attack began".
            | "need"
            | "needed"
    )
}

/// Words a chat clause may open with before its question: "ok so is…",
/// "sorry noob question, what…", "quick one: when…".
pub(crate) fn is_opener(w: &str) -> bool {
    is_item_label(w)
        || matches!(
            w,
            "ok" | "okay"
                | "k"
                | "kk"
                | "so"
                | "hey"
                | "hi"
                | "hello"
                | "yo"
                | "wait"
                | "sorry"
                | "lol"
                | "lmao"
                | "also"
                | "and"
                | "but"
                | "like"
                | "hmm"
                | "hm"
                | "um"
                | "uh"
                | "well"
                | "guys"
                | "btw"
                | "pls"
                | "please"
                | "random"
                | "honestly"
                | "actually"
                | "basically"
                | "just"
                | "oh"
                | "ah"
                | "right"
                | "alright"
                | "anyway"
                | "then"
                | "now"
                | "quick"
                | "q"
                | "question"
                | "one"
                | "yeah"
                | "yes"
                | "no"
                | "tbh"
                | "idk"
                | "dumb"
                | "noob"
                | "silly"
                | "stupid"
                | "last"
                | "final"
                | "another"
                | "plus"
                | "ps"
                | "folks"
                | "everyone"
                | "bro"
                | "dude"
                | "real"
                | "maybe"
                | "thanks"
                | "thx"
        )
}

/// A worksheet's or quiz's item number: "q3", "q12". It labels the
/// question that follows and asks nothing.
pub(crate) fn is_item_label(w: &str) -> bool {
    w.len() >= 2 && w.len() <= 3 && w.starts_with('q') && w[1..].bytes().all(|b| b.is_ascii_digit())
}

/// "i keep writing…", "we need…": after a comma, the asker talking about
/// themselves starts a new clause.
fn is_first_person(w: &str) -> bool {
    matches!(w, "i" | "we" | "im" | "ive" | "my" | "our")
}

/// Whether the asker's aside starts after `at`, run on without a comma
/// after a question of three words or more: "whats hafters first name i
/// keep writing khalid", "when is it i thought the 12th". Not "what did i
/// think", "who do you think i should cite".
fn runs_on_an_aside(words: &[&str], start: usize, at: usize) -> bool {
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
fn inverts_after_a_statement(words: &[&str], start: usize, at: usize) -> bool {
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
/// "…on monday, right?", "…a sufi group isnt it".
pub fn ends_on_a_tag<S: AsRef<str>>(words: &[S]) -> bool {
    let back = |k: usize| words.len().checked_sub(k).map(|i| words[i].as_ref());
    matches!(back(1), Some("right" | "correct" | "true" | "innit" | "yeah" | "no"))
        || matches!(back(2), Some("isnt" | "wasnt" | "didnt" | "doesnt"))
}

/// "…, someone in the group chat said…": after a comma, what others say
/// starts a new clause.
fn is_someone_else(w: &str) -> bool {
    matches!(w, "someone" | "somebody" | "everyone" | "everybody" | "nobody" | "people")
}

/// A word that softens a question after it: "roughly when…", "so who…".
fn is_softener(w: &str) -> bool {
    matches!(w, "roughly" | "approximately" | "exactly" | "precisely" | "so" | "just")
}

fn is_preposition(w: &str) -> bool {
    matches!(w, "on" | "in" | "at" | "by" | "from" | "for" | "with" | "since" | "until" | "to")
}

/// Words that join clauses: a question word after them starts a new one.
pub fn is_joiner(w: &str) -> bool {
    matches!(w, "but" | "so" | "and" | "or" | "then" | "also" | "plus" | "like")
}

/// "…or what?", "…or not?", "…or something": an "or" at `at` that ends its
/// clause with a word asking nothing is a tag, not a second choice.
fn is_or_tag(words: &[&str], breaks: &[Break], at: usize) -> bool {
    let ends = |j: usize| j + 1 == words.len() || breaks.get(j).is_some_and(|b| *b >= Break::Comma);
    words[at] == "or"
        && words.get(at + 1).is_some_and(|w| {
            matches!(*w, "what" | "not" | "something" | "smth" | "anything" | "whatever" | "nah" | "no" | "sth")
        })
        && ends(at + 1)
}

/// Chat's punctuation: "is this for libya or syria lol i have four readings
/// open" is two sentences.
fn is_interjection(w: &str) -> bool {
    matches!(w, "lol" | "lmao" | "rofl" | "haha" | "hahaha" | "hehe" | "xd" | "tbh" | "ngl" | "idk" | "smh")
}

/// The punctuation after each word, with chat's interjections read as the
/// end of a sentence.
fn sentence_breaks(words: &[&str], breaks: &[Break]) -> Vec<Break> {
    (0..words.len())
        .map(|i| {
            let brk = breaks.get(i).copied().unwrap_or(Break::Stop);
            if i + 1 < words.len() && i > 0 && is_interjection(words[i]) {
                brk.max(Break::Stop)
            } else {
                brk
            }
        })
        .collect()
}

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
            // "go defend instead of staying in sirte": what was not done.
            "instead" if words.get(at + 1) == Some(&"of") => (2, false),
            // "…made in tripoli, right, not in derna?": what the asker rules
            // out; "…, not just the tribe": what they already have.
            // So is "…moved on sirte now and not earlier".
            "not" if at > 0 && (breaks[at - 1] >= Break::Comma || matches!(words[at - 1], "and" | "but")) => {
                match words.get(at + 1) {
                    Some(&("just" | "only" | "merely")) => (2, true),
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
fn asks_the_other(words: &[&str], from: usize) -> bool {
    (from.max(3)..words.len())
        .any(|k| words[k] == "other" && words[k - 1] == "the" && words[k - 3..k - 1].iter().any(|w| is_wh(w)))
}

/// Where "or" stands after "only" or "just" at `at` and a few words, with
/// more asked after it: "did they only want a ceasefire or other things
/// too", "…or did they ask for talks". Not "the only country…" (what is
/// asked), "just to confirm", nor "just the greeks or everyone nearby"
/// (which holds the first).
fn only_this_or(words: &[&str], breaks: &[Break], at: usize) -> Option<usize> {
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

/// Whether `words` ask a question of their own, its question word after a
/// preposition: "at what time does it start", "in which city did they
/// meet". Without a verb ("…, in what two roles?") they only finish the
/// question before.
fn asks_after_a_preposition(words: &[&str]) -> bool {
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
            && ((next_wh || next_aux) && (brk == Break::Comma || is_joiner(words[i]))
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
                // "…, he's big into flight tracking apps": who asks, said of them.
                || brk == Break::Comma
                    && matches!(next, "he" | "she")
                    && matches!(words.get(i + 2), Some(&("is" | "was" | "used" | "loves" | "likes")))
                // "…, grandma thinks it was the queen": someone's guess.
                || brk == Break::Comma && {
                    let guesser = if matches!(next, "my" | "our" | "his" | "her") { i + 3 } else { i + 2 };
                    !is_wh(next)
                        && !is_aux(next)
                        && words.get(guesser).is_some_and(|w| is_claim_verb(w))
                }
                // "…which is confusing, anyway is erdogan called…".
                || brk == Break::Comma && matches!(next, "anyway" | "anyways" | "btw")
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
                // "…hang onto sirte, sounds like they're not convinced": the
                // asker's impression, said after the question.
                || brk == Break::Comma
                    && matches!(words[i + 1..], ["sounds" | "seems" | "looks" | "feels", "like", ..])
                || next_wh && opens_embedded(words[i]) && !object_asked(&words[start..=i])
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
                    && sets_the_scene(&words[start..=i])
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

/// Whether words open the asker's purpose: "so we can open our speech
/// with it", "so i can prove it", "so that i get it right".
fn is_purpose(words: &[&str]) -> bool {
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
fn is_about_the_asker(words: &[&str]) -> bool {
    let because = |w: &str| matches!(w, "because" | "cause" | "cuz" | "cos" | "coz" | "bc" | "since");
    let first_person = |w: &&str| is_first_person(w) || *w == "me";
    match words {
        ["as", "a" | "an", rest @ ..] => rest.iter().take(4).any(first_person),
        // "…, hard to tell from the headlines", "…, no idea tbh".
        ["hard" | "difficult" | "tough", "to", "tell" | "say" | "know" | "follow", ..] => true,
        ["no", "idea", ..] | ["not", "sure", ..] => true,
        ["asking", w, ..] if because(w) => true,
        [w, next, ..] => because(w) && first_person(next),
        _ => false,
    }
}

/// Whether words open what the asker is trying to do: "trying to get the
/// gist", "just trying to understand…", "honestly trying to figure out".
fn is_asker_trying(words: &[&str]) -> bool {
    let rest = match words {
        ["just" | "honestly" | "really" | "only" | "im" | "i'm", rest @ ..] => rest,
        rest => rest,
    };
    matches!(rest, ["trying" | "tryna", "to", verb, ..] if is_learning_verb(verb) || matches!(*verb, "get" | "work" | "make" | "write" | "wrap" | "draw" | "map" | "sketch" | "plot"))
        || matches!(rest, ["tryna", verb, ..] if is_learning_verb(verb))
        // "…, trying to timestamp my logbook": a doing of the asker's own.
        || matches!(rest, ["trying" | "tryna", "to", _, ..])
            && rest.iter().take(6).any(|w| matches!(*w, "my" | "our" | "me" | "us"))
}

/// A verb by which someone puts a claim of their own: "dave reckons…",
/// "grandma thinks…".
fn is_claim_verb(w: &str) -> bool {
    matches!(w, "says" | "reckons" | "thinks" | "claims" | "insists" | "swears")
}

/// How many words open a clause with who said what follows: "my buddy
/// at the depot says…", "someone at work said that…", "this guy on
/// reddit reckons…". What they said follows, and must be there.
fn reported_by(clause: &[&str], known: &[bool]) -> Option<usize> {
    let from = clause.iter().position(|w| !is_opener(w))?;
    // "dave reckons…": a name the article does not know, saying it.
    let named = !known.get(from).copied().unwrap_or(true) && clause.get(from + 1).is_some_and(|w| is_claim_verb(w));
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
fn object_asked(clause: &[&str]) -> bool {
    let mut body = clause.iter().skip_while(|w| is_opener(w));
    body.next().is_some_and(|w| matches!(*w, "what" | "whats" | "who" | "whom"))
        && body.next().is_some_and(|w| is_aux(w))
}

/// Whether words open a statement about something the asker names: "the
/// abbreviation keeps popping up", "this part is confusing", "that name
/// sounds odd".
fn opens_a_statement(words: &[&str]) -> bool {
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
        [noun, verb, ..] => document(noun) && (says(verb) || acts(verb)),
        _ => false,
    }
}

/// Whether a clause only says who is asking: "veteran here", "head
/// delegate again:", "germany's delegation asking:", "for the egypt
/// delegation:". What it names is not the question's topic.
fn introduces_the_asker(clause: &[&str]) -> bool {
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
fn speaks_first(words: &[&str]) -> bool {
    words
        .iter()
        .find(|w| !is_opener(w) && !matches!(**w, "ngl" | "tbh" | "honestly"))
        .is_some_and(|w| is_first_person(w))
}

/// Whether words open a comment on what was just said: "…, which seems
/// contradictory", "which makes sense", "which is kind of wild"; not a
/// question ("which is it?").
fn comments(words: &[&str]) -> bool {
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

/// Whether a clause sets the scene for a question after it: a time or a
/// condition.
fn sets_the_scene(words: &[&str]) -> bool {
    sets_a_time(words) || sets_a_condition(words)
}

fn clause(words: &[&str], start: usize, end: usize, question_mark: bool, marked: bool) -> Clause {
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
    let dropped_i = is_negation(first)
        && is_aux(first)
        && (is_learning_verb(second) || matches!(second, "follow" | "care" | "remember" | "really" | "usually"));
    // "when i was young the med was…": the asker's own time, not asked.
    let reminisces = first == "when" && matches!(second, "i" | "we");
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
    } else if asks_at_the_end(&body) || asks_in_place(&body) {
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
fn asks_at_the_end(body: &[&str]) -> bool {
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
/// preposition or "is". Not a relative clause ("the city in which they
/// met", "the brigade which is…"), whose "which" a subject or verb follows.
fn asks_in_place(body: &[&str]) -> bool {
    // "turkey is sending what kind of personnel": after a verb, too.
    let kind_of = body.windows(4).skip(1).any(|w| {
        let verb = w[0].len() > 4 && (w[0].ends_with("ing") || w[0].ends_with("ed"));
        (verb || is_preposition(w[0])) && w[1] == "what" && matches!(w[2], "kind" | "sort" | "type") && w[3] == "of"
    });
    kind_of
        || body.windows(3).skip(1).any(|w| {
            let [before, which, noun] = [w[0], w[1], w[2]];
            which == "which"
                && (is_preposition(before) || matches!(before, "is" | "was" | "are" | "were"))
                && !is_subject_pronoun(noun)
                && !is_aux(noun)
                && !matches!(noun, "the" | "a" | "an" | "this" | "that" | "these" | "those" | "his" | "her" | "their")
        })
}

/// Where the phrase from `from` ends: after its next comma (or stronger
/// break), else at `limit`.
fn phrase_end(breaks: &[Break], from: usize, limit: usize) -> usize {
    (from..limit).find(|&j| breaks[j] >= Break::Comma).map_or(limit, |j| j + 1)
}

/// "before the ceasefire call", "during the talks": a time set by another
/// event, named with "the" or "a". Not a person ("before trump"), nor a
/// pronoun's clause ("after they pulled out"), whose verb may be what is
/// asked.
fn is_anchor(words: &[&str], at: usize) -> bool {
    let next = |k: usize| words.get(at + k).copied().unwrap_or("");
    // "around the time of the talks", "at the time the call came out".
    let the_time = matches!(words[at], "around" | "at" | "about" | "by") && next(1) == "the" && next(2) == "time";
    matches!(words[at], "before" | "after" | "during") && matches!(next(1), "the" | "a")
        || the_time
        || is_same_moment(words, at)
}

/// "on the same day erdogan and putin were talking", "at the same time as
/// the talks": a moment set by another event, whatever names it.
fn is_same_moment(words: &[&str], at: usize) -> bool {
    let next = |k: usize| words.get(at + k).copied().unwrap_or("");
    matches!(words[at], "on" | "at" | "around" | "about")
        && matches!(next(1), "the" | "that")
        && next(2) == "same"
        && matches!(next(3), "day" | "time" | "date" | "night" | "moment" | "week")
}

/// A month, by name or chat's short form ("jan").
fn is_month(w: &str) -> bool {
    let short =
        matches!(w, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec");
    short || month_number(w).is_some()
}

/// Adverbs of hearsay: "supposedly", "allegedly".
fn is_hedge(w: &str) -> bool {
    matches!(w, "supposedly" | "allegedly" | "reportedly" | "purportedly" | "ostensibly" | "presumably")
}

/// Words that ask only when something happened, or what it is called, not
/// what: a question of these alone ("what month did that start?", "what
/// was the number again?") is about what was said before it.
const ONLY_WHEN_OR_NAME: &[&str] = &[
    "start", "started", "starts", "begin", "began", "begun", "begins", "happen", "happened", "end", "ended", "year",
    "month", "day", "date", "time", "number", "name",
];

/// A noun for what someone said: "statement", "speech", "remarks".
pub(crate) fn is_said_noun(w: &str) -> bool {
    matches!(
        w,
        "statement"
            | "statements"
            | "speech"
            | "remarks"
            | "remark"
            | "comments"
            | "comment"
            | "quote"
            | "quotes"
            | "declaration"
            | "interview"
    )
}

/// A word that only leads into what follows it: "so", "and", "ok",
/// "wait"… (not an opener such as "everyone", which may be the subject).
pub(crate) fn is_lead_in(w: &str) -> bool {
    matches!(w, "so" | "and" | "but" | "ok" | "okay" | "wait" | "also" | "hey" | "hmm" | "oh")
}

/// Whether a clause is a statement in a statement's order, though asked
/// with a question mark: "so turkey and russia are on opposite sides?"
/// (not "are they…", "who…").
fn is_checked_statement(clause: &[&str]) -> bool {
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
        if let Some(at) = (0..span.len()).find(|&j| super::kind::is_subordinator(span, j)) {
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

/// Gives every word of `roles` that has the role `from` the role `to`.
pub(crate) fn recast(roles: &mut [Role], from: Role, to: Role) {
    for r in roles.iter_mut().filter(|r| **r == from) {
        *r = to;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    const FILLER: &[&str] = &[
        "hey",
        "quick",
        "one",
        "i",
        "the",
        "on",
        "and",
        "a",
        "that",
        "bit",
        "for",
        "our",
        "my",
        "sorry",
        "if",
        "this",
        "already",
        "ok",
        "so",
        "it",
        "to",
        "in",
        "of",
        "lol",
        "am",
        "imagining",
        "essay",
        "notes",
        "need",
        "full",
        "wording",
        "slides",
        "anyone",
        "who",
        "are",
        "they",
        "still",
        "come",
        "is",
    ];

    fn read(msg: &str) -> (Vec<String>, Vec<Clause>, Vec<Role>) {
        let toks = tokens(msg);
        let words: Vec<String> = toks.iter().map(|t| t.text.clone()).collect();
        let w: Vec<&str> = words.iter().map(String::as_str).collect();
        let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
        let content: Vec<bool> = w.iter().map(|w| !FILLER.contains(w)).collect();
        let cs = clauses(&w, &breaks);
        let rs = roles(&w, &breaks, &cs, &content, &content, &set_aside(&w, &breaks));
        (words, cs, rs)
    }

    fn role_of(msg: &str, word: &str) -> Role {
        let (words, _, roles) = read(msg);
        roles[words.iter().position(|w| w == word).unwrap()]
    }

    #[test]
    fn a_condition_before_a_question_is_context() {
        let msg = "ok im confused, if turkey and russia back opposite sides how come they call for peace together?";
        assert_eq!(role_of(msg, "opposite"), Role::Context);
        assert_eq!(role_of(msg, "peace"), Role::Core);
        assert_eq!(role_of("given that algeria backs sarraj, why is it against intervention", "backs"), Role::Context);
        assert_eq!(role_of("if so what did they agree", "agree"), Role::Core);
        assert_eq!(role_of("what will greece do if the deal goes ahead", "greece"), Role::Core);
    }

    #[test]
    fn what_is_granted_before_but_still_is_context() {
        let msg = "so russia and turkey back opposite sides in libya but still called for a truce together?";
        assert_eq!(role_of(msg, "opposite"), Role::Context);
        assert_eq!(role_of(msg, "truce"), Role::Core);
        assert_eq!(role_of("did haftar take sirte and misrata", "sirte"), Role::Core, "no concession");
    }

    #[test]
    fn an_aside_run_on_after_a_question_is_context() {
        let msg = "whats hafters first name i keep writing khalid lol";
        assert_eq!(role_of(msg, "khalid"), Role::Context);
        assert_eq!(role_of(msg, "name"), Role::Core);
        assert_eq!(role_of("ok so when does it start i thought the 12th", "12th"), Role::Context);
        // Not where "i" belongs to the question.
        assert_eq!(role_of("who do you think i should cite on sirte", "sirte"), Role::Core);
        assert_eq!(role_of("what did i think sirte was", "sirte"), Role::Core);
        // Someone's guess, or a remark on a name, after a comma.
        let msg = "who did trump talk to about libya, grandma thinks it was the queen";
        assert_eq!(role_of(msg, "queen"), Role::Context);
        assert_eq!(role_of("who is the turkish minister, the name looked hard", "hard"), Role::Context);
        assert_eq!(role_of("who is the turkish minister, the name looked hard", "minister"), Role::Core);
        let msg = "which airport got covered, he is big into flight tracking apps";
        assert_eq!(role_of(msg, "tracking"), Role::Context, "who asks, said of them");
    }

    #[test]
    fn a_topic_may_end_with_a_colon() {
        assert_eq!(role_of("cyprus visit: which city", "cyprus"), Role::Core);
        // Who asks is no topic.
        assert_eq!(role_of("cyprus delegation: which city", "cyprus"), Role::Context);
        assert_eq!(role_of("veteran here, which city", "veteran"), Role::Context);
    }

    #[test]
    fn who_asks_why_and_to_what_end_is_context() {
        let msg = "are they regular army or contractors, as a vet i know theres a big difference";
        assert_eq!(role_of(msg, "difference"), Role::Context);
        assert_ne!(role_of(msg, "army"), Role::Context);
        let msg = "what is turkey sending, asking because my nephews unit keeps hearing rumors";
        assert_eq!(role_of(msg, "rumors"), Role::Context);
        let msg = "who does the deal hurt, just trying to get the gist of it";
        assert_eq!(role_of(msg, "gist"), Role::Context);
        assert_eq!(role_of(msg, "hurt"), Role::Core);
        let msg = "building a timeline on the wall, roughly when did people start guessing";
        assert_eq!(role_of(msg, "wall"), Role::Context, "a softened question word opens a clause");
        assert_eq!(role_of(msg, "guessing"), Role::Core);
        let msg = "for my lesson i want the oil angle, does the article suggest the oil crescent was a target";
        assert_eq!(role_of(msg, "angle"), Role::Context, "a request before a yes/no question");
        assert_eq!(role_of(msg, "crescent"), Role::Core);
        let msg = "for my essay i want the list of problems the conflict causes, can someone sum it up";
        assert_eq!(role_of(msg, "problems"), Role::Core, "a request before a call for help");
        let msg = "recommend a good book on the arab spring pls, doesnt have to be libya";
        assert_eq!(role_of(msg, "book"), Role::Core, "a request before a remark");
        let msg = "in the istanbul statement what did the two leaders ask for, i want all of it";
        assert_eq!(role_of(msg, "leaders"), Role::Core, "where in what was said, then the question");
        let msg = "what is the date in the dateline, trying to timestamp my logbook entry";
        assert_eq!(role_of(msg, "logbook"), Role::Context, "a doing of the asker's own");
        let msg = "where is jufra relative to sirte, trying to draw this on a map";
        assert_eq!(role_of(msg, "map"), Role::Context, "so is drawing it");
        assert_eq!(role_of("when is it, trying to see if turkey agrees", "turkey"), Role::Core);
        let msg = "is the fighting getting worse, hard to tell from the headlines";
        assert_eq!(role_of(msg, "headlines"), Role::Context);
        let msg = "how old is the news before i share it in the family chat";
        assert_eq!(role_of(msg, "family"), Role::Context);
        assert_eq!(role_of("did sirte fall before the ceasefire was called", "ceasefire"), Role::Core);
        // Someone else's trying is asked about.
        assert_eq!(role_of("why is turkey trying to get a deal", "deal"), Role::Core);
    }

    #[test]
    fn which_where_the_answer_would_stand_asks() {
        let (_, clauses, _) = read("so egypt is on which side of this deal, i would have guessed otherwise");
        assert_eq!(clauses[0].form, Form::Question);
        assert_eq!(clauses[1].form, Form::Statement);
        // A relative clause does not ask.
        let (_, clauses, _) = read("the city in which they met is rome");
        assert_eq!(clauses[0].form, Form::Statement);
    }

    #[test]
    fn who_made_a_claim_is_not_what_is_checked() {
        let msg = "my buddy at the depot says russia backs tripoli, is that right";
        assert_eq!(role_of(msg, "depot"), Role::Context);
        assert_eq!(role_of(msg, "russia"), Role::Core);
        let msg = "my dad says the deal ended the war, he heard it on the tv, is that true";
        assert_eq!(role_of(msg, "deal"), Role::Core);
        assert_eq!(role_of(msg, "tv"), Role::Context);
        let msg = "our costume person asks where the tripoli pm went";
        assert_eq!(role_of(msg, "costume"), Role::Context, "a question passed on");
        let msg = "my cousin says the fall was all about russians, but what was the main reason";
        assert_eq!(role_of(msg, "russians"), Role::Context, "a claim set against the question");
        let msg = "my cousin says the fall was all about russians, but is that right";
        assert_eq!(role_of(msg, "russians"), Role::Core, "a claim checked");
    }

    #[test]
    fn what_the_asker_should_do_and_says_of_themselves_is_context() {
        assert_eq!(role_of("what is his first name, cox keeps asking", "cox"), Role::Context);
        assert_eq!(role_of("what is his first name, cox keeps asking", "first"), Role::Core);
        assert_eq!(role_of("the four ministers who said no, which countries do i cast", "cast"), Role::Context);
        assert_eq!(role_of("which countries do i cast", "countries"), Role::Core);
        let msg = "who is it? im building a timeline for the pin";
        assert_eq!(role_of(msg, "pin"), Role::Context);
        let msg = "ok cast, dramaturg hat on: the headline leaders, who are they";
        assert_eq!(role_of(msg, "dramaturg"), Role::Context);
        assert_eq!(role_of(msg, "leaders"), Role::Core);
    }

    #[test]
    fn a_name_the_article_does_not_know_saying_a_claim_is_who_made_it() {
        let msg = "dave reckons the envoy met the rebels, is that right";
        let toks = tokens(msg);
        let w: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
        let content: Vec<bool> = w.iter().map(|w| !FILLER.contains(w)).collect();
        let cs = clauses(&w, &breaks);
        let aside = set_aside(&w, &breaks);
        let mut known = content.clone();
        assert_eq!(roles(&w, &breaks, &cs, &content, &known, &aside)[0], Role::Core, "a name it knows is checked");
        known[0] = false;
        let rs = roles(&w, &breaks, &cs, &content, &known, &aside);
        assert_eq!(rs[0], Role::Context);
        assert_eq!(rs[3], Role::Core, "the claim is checked");
    }

    #[test]
    fn an_item_number_labels_the_question() {
        assert!(is_item_label("q3") && is_item_label("q12"));
        assert!(!is_item_label("q") && !is_item_label("qa") && !is_item_label("q1234"));
        let (_, cs, _) = read("q3 who is the envoy");
        assert_eq!(cs[0].form, Form::Question, "{cs:?}");
    }

    #[test]
    fn a_question_taken_back_is_not_asked() {
        let msg = "who runs the rebel-held... sorry, who took the town?";
        assert_eq!(role_of(msg, "runs"), Role::Context);
        assert_eq!(role_of(msg, "took"), Role::Core);
        let msg = "who runs the port? who took the town?";
        assert_eq!(role_of(msg, "runs"), Role::Core, "two questions, none taken back");
    }

    #[test]
    fn a_question_inverted_after_a_statement_starts_a_clause() {
        let msg = "heard about the russian contractors who are they fighting alongside i only caught half of it";
        assert_eq!(role_of(msg, "fighting"), Role::Core);
        assert_eq!(role_of(msg, "caught"), Role::Context);
        // Nor need the question word come first: "…haftar are they…".
        let msg = "the russians fighting for haftar are they contractors";
        assert_eq!(role_of(msg, "contractors"), Role::Core);
        assert_eq!(role_of(msg, "russians"), Role::Core);
        // A relative clause does not invert.
        let msg = "the brigade who are fighting in sirte is from which tribes";
        assert_eq!(role_of(msg, "sirte"), Role::Core);
    }

    #[test]
    fn what_is_set_aside_and_whether_it_is_excluded() {
        let words = ["besides", "jufra", "what", "else"];
        assert_eq!(set_aside(&words, &[Break::None; 4]), vec![(1, true)]);
        let words = ["go", "defend", "instead", "of", "staying", "why"];
        assert_eq!(set_aside(&words, &[Break::None; 6]), vec![(4, false)]);
        // "…made in tripoli, right, not in derna": ruled out; "…, not just
        // the brigade": already had.
        let words = ["tripoli", "right", "not", "in", "benghazi"];
        let breaks = [Break::None, Break::Comma, Break::None, Break::None, Break::None];
        assert_eq!(set_aside(&words, &breaks), vec![(3, false), (4, false)]);
        let words = ["the", "factor", "not", "just", "the", "brigade"];
        let breaks = [Break::None, Break::Comma, Break::None, Break::None, Break::None, Break::None];
        assert_eq!(set_aside(&words, &breaks), vec![(4, true), (5, true)]);
        assert!(only_contrasted(&words, &set_aside(&words, &breaks)), "set against the factor");
        let words = ["besides", "jufra", "what", "else"];
        assert!(!only_contrasted(&words, &set_aside(&words, &[Break::None; 4])), "what else is asked");
        assert!(set_aside(&["it", "is", "not", "over"], &[Break::None; 4]).is_empty());
        let words = ["why", "move", "now", "and", "not", "earlier"];
        assert_eq!(set_aside(&words, &[Break::None; 6]), vec![(5, false)], "ruled out after 'and'");
        // "was it just a ceasefire or did they ask for talks": what the
        // asker doubts is all there is.
        let words = ["was", "it", "just", "a", "ceasefire", "or", "did", "they", "ask", "for", "talks"];
        assert_eq!(set_aside(&words, &[Break::None; 11]), vec![(3, true), (4, true)]);
        let words = ["just", "the", "greeks", "or", "everyone", "nearby"];
        assert!(set_aside(&words, &[Break::None; 6]).is_empty(), "everyone holds the greeks");
        let words = ["is", "turkey", "the", "only", "backer", "or", "are", "there", "others"];
        assert!(set_aside(&words, &[Break::None; 9]).is_empty(), "the only backer is asked");
    }

    #[test]
    fn a_choice_that_only_doubts_leaves_the_question_asked() {
        let msg = "has cyprus deployed ships near libya, or is it just rumours";
        assert_eq!(role_of(msg, "cyprus"), Role::Core);
        assert_eq!(role_of(msg, "ships"), Role::Core);
        let msg = "has cyprus deployed ships near libya, or did it send planes";
        assert_eq!(role_of(msg, "cyprus"), Role::Alternative);
    }

    #[test]
    fn what_is_set_aside_stays_aside_before_an_empty_question() {
        let msg = "i need the day they went after the capital, not just spring. anyone?";
        assert_eq!(role_of(msg, "capital"), Role::Core);
        assert_eq!(role_of(msg, "spring"), Role::Context);
        let msg = "i need the day they went after the capital, not just the spring. anyone?";
        assert_eq!(role_of(msg, "spring"), Role::Context, "a word or two after 'not just'");
    }

    #[test]
    fn openers_and_articles_do_not_lengthen_a_topic() {
        let msg = "ok so the oil crescent, who was going to move on it";
        assert_eq!(role_of(msg, "crescent"), Role::Core);
        let msg = "ok so i was reading about the oil crescent, who was going to move on it";
        assert_eq!(role_of(msg, "crescent"), Role::Context, "a statement is no topic");
    }

    #[test]
    fn a_relative_clause_in_a_topic_only_says_which_one() {
        let msg = "the brigade that switched, what tribes are they from";
        assert_eq!(role_of(msg, "brigade"), Role::Core);
        assert_eq!(role_of(msg, "switched"), Role::Context);
        assert_eq!(role_of(msg, "tribes"), Role::Core);
        let msg = "the forces that were holding it before this, where were they from";
        assert_eq!(role_of(msg, "holding"), Role::Context);
        assert_eq!(role_of(msg, "forces"), Role::Core);
        let msg = "the brigade that switched sides in sirte during the fighting last week, what tribes are they from";
        assert_eq!(role_of(msg, "brigade"), Role::Context, "too long for a topic");
    }

    #[test]
    fn a_clause_after_a_joining_when_is_context() {
        let msg = "why was the garrison so thin when hafter showed up";
        assert_eq!(role_of(msg, "garrison"), Role::Core);
        assert_eq!(role_of(msg, "hafter"), Role::Context);
        assert_eq!(role_of("did sirte fall when", "sirte"), Role::Core);
    }

    #[test]
    fn whether_opens_the_question_a_statement_holds() {
        let msg = "our group is split on whether serraj went to rome, what does it say";
        assert_eq!(role_of(msg, "split"), Role::Context);
        assert_eq!(role_of(msg, "serraj"), Role::Core);
        let (_, clauses, _) = read("when serraj met conte, what did they agree? i need it");
        assert_eq!(clauses[0].form, Form::Statement, "a time set before a question: {clauses:?}");
        assert_eq!(clauses[1].form, Form::Question);
        let (_, clauses, _) = read("when sarraj was in algiers did the algerians say anything");
        assert_eq!(clauses[0].form, Form::Statement, "a time set before a yes/no question: {clauses:?}");
        assert_eq!(clauses[1].form, Form::Question);
        let (words, clauses, _) = read("anyone know when the essay is due");
        assert!(clauses.iter().all(|c| words[c.start] != "is"), "too short to set a time: {clauses:?}");
        let (_, clauses, _) = read("when exactly is serraj going to rome, is there a date");
        assert_eq!(clauses[0].form, Form::Question, "asked, not set: {clauses:?}");
        let (_, clauses, _) = read("has sarraj said whether he backs the truce");
        assert_eq!(clauses.len(), 1, "a question that asks the whether: {clauses:?}");
        let msg = "my tutor asked whether it lasts. what does it say about sirte?";
        assert_eq!(role_of(msg, "lasts"), Role::Context, "beside a marked question, it is talk");
    }

    #[test]
    fn what_the_text_does_after_a_comma_is_a_statement() {
        let msg = "whats serrajs first name, article spells his surname two diff ways";
        assert_eq!(role_of(msg, "spells"), Role::Context);
        assert_eq!(role_of(msg, "first"), Role::Core);
        let msg = "what did the misratans do in 2016, the article mentions it in passing";
        assert_eq!(role_of(msg, "passing"), Role::Context);
    }

    #[test]
    fn a_question_word_at_the_end_asks() {
        let msg = "sirte got taken monday right? and the no fly zone over the airport was announced what day";
        let (_, cs, _) = read(msg);
        assert_eq!(cs.iter().map(|c| c.form).collect::<Vec<_>>(), [Form::Question, Form::Question]);
        assert_eq!(cs[1].asks.kind, Kind::When);
        assert_eq!(role_of(msg, "airport"), Role::Core);
        assert_eq!(read("the maritime deal was signed with who").1[0].form, Form::Question);
        assert_eq!(read("the brigade had how many fighters").1[0].form, Form::Question);
        // Not a question word that only ends a statement.
        let msg = "that is what i read. the sirte part twice";
        assert_eq!(read(msg).1.iter().filter(|c| c.form == Form::Question).count(), 0);
        // Nor one that opens the asker's own time.
        assert_eq!(read("when i was young we went to rome").1[0].form, Form::Statement);
    }

    #[test]
    fn a_time_after_what_was_said_is_not_a_question() {
        let (_, cs, _) = read("what did putin say when trump called him about libya");
        assert_eq!(cs.len(), 1);
        assert_eq!(cs[0].asks.kind, Kind::Open);
        // Whether they said when asks when.
        let (_, cs, _) = read("did they say when the ceasefire starts");
        assert_eq!(cs.len(), 2);
        assert_eq!(cs[1].asks.kind, Kind::When);
    }

    #[test]
    fn a_when_that_is_said_keeps_its_verb() {
        let (_, cs, _) = read("does it say when the un backed talks are supposed to start");
        assert_eq!(cs.len(), 2, "{cs:?}");
        assert_eq!(cs[1].asks.kind, Kind::When);
        // A time set before a yes/no question still ends there.
        let (_, cs, _) = read("when sarraj was in algiers did the algerians say anything");
        assert_eq!(cs.len(), 2, "{cs:?}");
        assert_eq!(cs[0].form, Form::Statement);
    }

    #[test]
    fn a_purpose_said_first_is_no_topic() {
        assert_eq!(role_of("for the town report, who met the envoy", "town"), Role::Context);
        assert_eq!(role_of("the town report, who met the envoy", "town"), Role::Core);
        assert_eq!(role_of("town report asks: who met the envoy", "report"), Role::Context, "who asks is no topic");
        assert_eq!(role_of("likely town question: who met the envoy", "town"), Role::Context, "nor a kind of question");
        assert_eq!(role_of("so if it rains, who met the envoy", "rains"), Role::Context, "nor a condition");
        assert_eq!(role_of("quick one for the town report: who met the envoy", "town"), Role::Context);
    }

    /// The role of `word` in `msg`, read as `read` does, but with
    /// `unknown` a content word the knowledge base does not know.
    fn role_beside_unknown(msg: &str, unknown: &str, word: &str) -> Role {
        let toks = tokens(msg);
        let w: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
        let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
        let content: Vec<bool> = w.iter().map(|w| !FILLER.contains(w)).collect();
        let known: Vec<bool> = w.iter().map(|w| *w != unknown && !FILLER.contains(w)).collect();
        let cs = clauses(&w, &breaks);
        let rs = roles(&w, &breaks, &cs, &content, &known, &set_aside(&w, &breaks));
        rs[w.iter().position(|x| *x == word).unwrap()]
    }

    #[test]
    fn a_time_of_the_askers_own_is_no_topic() {
        // "obs" is no word the knowledge base knows; "before" is.
        assert_eq!(role_beside_unknown("quick one before obs: who met the envoy", "obs", "obs"), Role::Context);
    }

    #[test]
    fn what_kind_after_a_verb_asks_in_place() {
        let (_, cs, _) = read("the town is sending what kind of envoy");
        assert_eq!(cs[0].form, Form::Question, "{cs:?}");
        let (_, cs, _) = read("the town is what it is");
        assert_eq!(cs[0].form, Form::Statement, "{cs:?}");
    }

    #[test]
    fn a_time_set_first_ends_at_its_comma_before_the_subject() {
        let (_, cs, _) = read("so before the envoy showed up, the troops in the town were from which city?");
        assert_eq!(cs.len(), 2, "{cs:?}");
        assert_eq!((cs[0].form, cs[1].form), (Form::Statement, Form::Question));
        assert_eq!(cs[1].start, 6, "the subject is the question's: {cs:?}");
    }

    #[test]
    fn a_purpose_said_first_ends_at_its_comma() {
        let (_, cs, _) = read("just so i get the framing right, the town is sending what kind of envoy");
        assert_eq!(cs.len(), 2, "{cs:?}");
        assert_eq!((cs[0].form, cs[1].form), (Form::Statement, Form::Question));
    }

    #[test]
    fn a_purpose_set_off_at_the_end_says_why_they_ask() {
        // "calendar" is no word the knowledge base knows ("town" and
        // "report" stand for words it knows).
        let unknown = |msg: &str| {
            let word = if msg.contains("calendar") { "calendar" } else { "report" };
            role_beside_unknown(msg, "calendar", word)
        };
        assert_eq!(unknown("which day did the envoy pick, for our calendar?"), Role::Context);
        assert_eq!(unknown("which day did the envoy pick for our calendar?"), Role::Core, "not set off");
        assert_eq!(unknown("which day did the envoy pick, for the town report?"), Role::Core, "words it knows");
        assert_eq!(unknown("which day did the envoy pick, for our town report?"), Role::Context, "the asker's own");
        let msg = "which 2 tribes make up most of 604, for my pub quiz brain";
        assert_eq!(role_of(msg, "brain"), Role::Context, "five words after 'for'");
        assert_eq!(role_of(msg, "tribes"), Role::Core);
    }

    #[test]
    fn where_the_asker_looked_does_not_hide_the_question() {
        let (_, cs, _) = read("in the article which rebels were about to take the town and was anyone helping them");
        assert_eq!(cs[0].form, Form::Question, "{cs:?}");
        let (_, cs, _) = read("in the article the rebels took the town");
        assert_eq!(cs[0].form, Form::Statement, "{cs:?}");
    }

    #[test]
    fn a_question_word_after_its_preposition_opens_the_question() {
        let (_, cs, _) = read("in which town did the rebels meet the envoy, was it agreed");
        assert_eq!(cs[0].form, Form::Question, "{cs:?}");
        assert_eq!(cs[0].asks.kind, Kind::Where);
        // Alone, "from where" is the rest of the question before it.
        let (_, cs, _) = read("what date was this filed and from where, was it rome");
        assert_eq!(cs.iter().filter(|c| c.form == Form::Question).count(), 2, "{cs:?}");
    }

    #[test]
    fn an_impression_after_the_question_is_context() {
        let msg = "how long can haftar hang onto sirte, sounds like the writer is not convinced";
        let (_, cs, _) = read(msg);
        assert_eq!(cs.iter().map(|c| c.form).collect::<Vec<_>>(), [Form::Question, Form::Statement]);
        assert_eq!(role_of(msg, "convinced"), Role::Context);
        assert_eq!(role_of(msg, "sirte"), Role::Core);
    }

    #[test]
    fn framing_around_a_question_is_context() {
        let msg = "hey, quick one: when is the truce supposed to kick in? i skimmed the reading on the bus";
        let (_, cs, _) = read(msg);
        assert_eq!(cs.iter().map(|c| c.form).collect::<Vec<_>>(), [Form::Statement, Form::Question, Form::Statement]);
        assert_eq!(cs[1].asks.kind, Kind::When);
        assert_eq!(role_of(msg, "truce"), Role::Core);
        assert_eq!(role_of(msg, "skimmed"), Role::Context);
    }

    #[test]
    fn a_question_after_but_or_a_comma_is_its_own_clause() {
        let msg = "sorry if this was asked already but where did serraj go for his eu meeting";
        assert_eq!(role_of(msg, "asked"), Role::Context);
        assert_eq!(role_of(msg, "serraj"), Role::Core);
        let msg = "for my essay i need to explain why greece and egypt are annoyed";
        assert_eq!(role_of(msg, "greece"), Role::Core, "an embedded question, or a request, is core");
        let msg = "read it again and i still dont get why haftar won so easily. was it a long siege?";
        assert_eq!(role_of(msg, "haftar"), Role::Core, "what the asker does not get is asked");
        assert_eq!(role_of(msg, "again"), Role::Context);
        // A comment on what was said asks nothing; "which is it" asks.
        let n = |msg: &str| read(msg).1.len();
        assert_eq!(n("my friend says they back turkey, which seems contradictory"), 1);
        assert_eq!(n("my friend says they back turkey, which is it"), 2);
        let msg = "making a timeline for the pinned post, at what time is the truce supposed to start";
        assert_eq!(role_of(msg, "pinned"), Role::Context, "a question word after its preposition opens a clause");
        assert_eq!(role_of(msg, "truce"), Role::Core);
    }

    #[test]
    fn a_statement_checked_before_a_question_is_context() {
        let msg = "so turkey and russia are on opposite sides? what did the two of them ask for?";
        assert_eq!(role_of(msg, "opposite"), Role::Context);
        assert_eq!(role_of(msg, "ask"), Role::Core);
        // Asked in a question's order, it is asked.
        let msg = "are turkey and russia on opposite sides? what did the two of them ask for?";
        assert_eq!(role_of(msg, "opposite"), Role::Core);
        let msg =
            "everyone was expecting a sirte push for ages right, does the piece say how long the speculation went on?";
        assert_eq!(role_of(msg, "expecting"), Role::Context, "checked with a tag");
        // Without a question after it, it is the question.
        assert_eq!(role_of("so turkey and russia are on opposite sides?", "opposite"), Role::Core);
    }

    #[test]
    fn either_side_of_or_is_an_alternative() {
        let msg = "was the no-fly zone brand new or an extension of an older one";
        assert_eq!(role_of(msg, "brand"), Role::Alternative);
        assert_eq!(role_of(msg, "extension"), Role::Alternative);
        assert_eq!(role_of(msg, "zone"), Role::Core);
        assert_eq!(role_of("does algeria back sarraj or is it staying neutral", "neutral"), Role::Alternative);
    }

    #[test]
    fn a_doubt_after_or_offers_no_choice() {
        let msg = "does brussels actually have good waffles or is that a myth";
        assert_eq!(role_of(msg, "waffles"), Role::Core);
        assert_eq!(role_of("did russia send contractors or is it true", "contractors"), Role::Core);
        assert_eq!(role_of("did russia send contractors or is it turkey", "contractors"), Role::Alternative);
    }

    #[test]
    fn who_asks_said_first_is_a_statement() {
        let (words, cs, _) =
            read("expo here, apart from that local brigade switching sides was there any other reason");
        assert_eq!(words[cs[0].start..cs[0].end], ["expo", "here"]);
        assert_eq!(cs[0].form, Form::Statement);
        let (_, cs, _) = read("is sirte here, or further east?");
        assert_eq!(cs.len(), 1, "a question stays whole: {cs:?}");
    }

    #[test]
    fn a_negated_verb_without_its_subject_is_the_askers_own() {
        let msg = "line cook here, dont follow politics much, but which side is turkey backing?";
        let (words, cs, _) = read(msg);
        let own = cs.iter().find(|c| words[c.start] == "dont").unwrap();
        assert_eq!(own.form, Form::Statement, "{cs:?}");
        assert_eq!(role_of(msg, "politics"), Role::Context);
        let (_, cs, _) = read("ok, dont they back haftar");
        assert_eq!(cs.last().unwrap().form, Form::Question, "{cs:?}");
    }

    #[test]
    fn a_question_of_two_clauses_offers_two_choices() {
        let msg = "was the 604 a haftar unit from day one, or was it set up in tripoli? the tribal stuff confuses me";
        assert_eq!(role_of(msg, "unit"), Role::Alternative, "the mark at the end asks the whole sentence");
        assert_eq!(role_of(msg, "tripoli"), Role::Alternative);
        assert_eq!(role_of(msg, "tribal"), Role::Context);
        let msg = "has trump already called putin, or is that still to come?";
        assert_eq!(role_of(msg, "putin"), Role::Core, "a second clause offering nothing is no choice");
        assert_eq!(role_of(msg, "trump"), Role::Core);
        let msg = "did the eastern forces start the attack or was it the other way round";
        assert_eq!(role_of(msg, "attack"), Role::Core, "the reverse of the first is a check of it");
        assert_eq!(role_of("did conte invite hafter or was it the other way round", "conte"), Role::Core);
    }

    #[test]
    fn an_example_after_a_comma_is_context() {
        let msg = "did they say anything about life back to normal, like people going to work again";
        assert_eq!(role_of(msg, "normal"), Role::Core);
        assert_eq!(role_of(msg, "work"), Role::Context);
        assert_eq!(role_of("what was the no-fly zone, like what radius", "radius"), Role::Core);
        assert_eq!(role_of("what else did they discuss, like gas", "gas"), Role::Core);
    }

    #[test]
    fn an_apology_ends_at_but() {
        let msg = "sorry if this was asked already but the forces holding sirte came from which city?";
        assert_eq!(role_of(msg, "asked"), Role::Context);
        assert_eq!(role_of(msg, "forces"), Role::Core);
    }

    #[test]
    fn chat_interjections_end_a_sentence() {
        let msg = "is this ceasefire for libya or syria lol i have four readings open";
        assert_eq!(role_of(msg, "syria"), Role::Alternative);
        assert_eq!(role_of(msg, "readings"), Role::Context);
    }

    #[test]
    fn before_or_after_asks_the_order_against_what_follows() {
        let msg = "did sirte fall before or after putin and erdogan met";
        assert_eq!(role_of(msg, "fall"), Role::Core);
        assert_eq!(role_of(msg, "before"), Role::Alternative);
        assert_eq!(role_of(msg, "putin"), Role::Context);
    }

    #[test]
    fn a_verb_with_its_particle_is_one_side_of_a_choice() {
        let msg = "has the fighting calmed down or ramped up recently";
        assert_eq!(role_of(msg, "calmed"), Role::Alternative);
        assert_eq!(role_of(msg, "fighting"), Role::Core);
    }

    #[test]
    fn a_choice_of_nouns_after_which_leaves_the_verb_asked() {
        let msg = "which magazine or blog ran the story";
        assert_eq!(role_of(msg, "magazine"), Role::Alternative);
        assert_eq!(role_of(msg, "blog"), Role::Alternative);
        assert_eq!(role_of(msg, "ran"), Role::Core);
        assert_eq!(role_of("which side or group did the brigade betray", "brigade"), Role::Core);
    }

    #[test]
    fn one_word_against_one_word_leaves_the_time_after_it_asked() {
        let msg = "was the garrison big or small at the time it fell";
        assert_eq!(role_of(msg, "big"), Role::Alternative);
        assert_eq!(role_of(msg, "small"), Role::Alternative);
        assert_eq!(role_of(msg, "garrison"), Role::Core);
        assert_eq!(role_of(msg, "fell"), Role::Core);
    }

    #[test]
    fn a_question_word_with_only_a_joining_word_stays_with_the_next() {
        let (_, clauses, _) = read("who wrote it and when and where was it published");
        assert_eq!(clauses.len(), 2, "{clauses:?}");
        assert_eq!(clauses[1].start, 4);
    }

    #[test]
    fn a_year_after_since_in_a_question_of_who_or_where_only_says_which_one() {
        let msg = "the tripoli garrison since 2016, who led it?";
        assert_eq!(role_of(msg, "2016"), Role::Context, "a year of who or where only says which one");
        let msg = "who has held sirte since 2016, and since when exactly?";
        assert_eq!(role_of(msg, "2016"), Role::Core, "not when a time is asked");
    }

    #[test]
    fn a_question_about_the_claim_just_made_asks_it_too() {
        let msg = "my mate said turkey sent troops, is that what the article says or is it less";
        assert_eq!(role_of(msg, "troops"), Role::Core);
        let msg = "algeria backs sarraj, but does that mean it wants turkish help";
        assert_eq!(role_of(msg, "backs"), Role::Core);
        // Backing a claim is asking whether the article says it.
        let msg = "i'm arguing the war affects the whole region, does their statement back that up";
        assert_eq!(role_of(msg, "affects"), Role::Core);
        assert_eq!(role_of(msg, "back"), Role::Context);
        let msg = "i heard the defenders were thin when haftar's men arrived, does the article confirm that";
        assert_eq!(role_of(msg, "thin"), Role::Core);
        assert_eq!(role_of(msg, "arrived"), Role::Context, "the time only says when it holds");
        assert_eq!(role_of(msg, "confirm"), Role::Context);
    }

    #[test]
    fn or_what_and_or_not_are_tags_not_choices() {
        let msg = "did the 604 fight against haftar or what? for my essay";
        assert_eq!(read(msg).1[0].form, Form::Question);
        assert_eq!(role_of(msg, "haftar"), Role::Core);
        assert_eq!(role_of("does algeria back sarraj or not", "sarraj"), Role::Core);
        assert_eq!(role_of("does algeria back sarraj or egypt", "sarraj"), Role::Alternative);
    }

    #[test]
    fn a_choice_takes_the_verb_before_a_preposition_but_stops_at_a_comma() {
        // "battle for misrata or just go": the deed is the first side.
        let msg = "did the brigade battle for misrata or just go";
        assert_eq!(role_of(msg, "battle"), Role::Alternative);
        assert_eq!(role_of(msg, "misrata"), Role::Alternative);
        // "backing misrata or the other lot": a thing against a thing.
        let msg = "is egypt backing misrata or the other lot";
        assert_eq!(role_of(msg, "backing"), Role::Core);
        assert_eq!(role_of(msg, "misrata"), Role::Alternative);
        // "…located, rome or paris": only what follows the comma is chosen.
        let msg = "where is the embassy located, rome or paris";
        assert_eq!(role_of(msg, "located"), Role::Core);
        assert_eq!(role_of(msg, "rome"), Role::Alternative);
    }

    #[test]
    fn a_request_after_what_it_is_for_is_a_request() {
        assert_eq!(read("for my works cited i need the writer's name").1[0].form, Form::Request);
        assert_eq!(read("for my works cited i need this").1[0].form, Form::Statement);
    }

    #[test]
    fn when_and_where_asks_two_things_and_sets_no_time() {
        assert!(!sets_a_time(&["when", "and", "where", "are", "the", "talks"]));
        assert!(sets_a_time(&["when", "sirte", "fell", "who", "left"]));
        assert_eq!(read("when and where are the un peace talks going to be held").1[0].form, Form::Question);
    }

    #[test]
    fn please_after_what_is_wanted_and_any_at_the_start_ask() {
        assert_eq!(read("trump's one-liner on libya pls").1[0].form, Form::Request);
        assert_eq!(read("pls").1[0].form, Form::Statement);
        assert_eq!(read("any mention of trafficking").1[0].form, Form::Question);
        assert_eq!(read("anything on the maritime deal").1[0].form, Form::Question);
        assert_eq!(read("the article mentions trafficking").1[0].form, Form::Statement);
    }

    #[test]
    fn a_request_after_a_marked_question_says_why_they_ask() {
        let msg = "what do greece and co say the deals do? i need their argument summarised for our debate prep";
        assert_eq!(role_of(msg, "deals"), Role::Core);
        assert_eq!(role_of(msg, "prep"), Role::Context);
        let msg = "i need the exact start time of the ceasefire";
        assert_eq!(role_of(msg, "start"), Role::Core, "a request alone is what is asked");
        let msg = "i need names for my intro paragraph, who runs the tripoli government?";
        assert_eq!(role_of(msg, "intro"), Role::Context, "the question spells out the request");
        assert_eq!(role_of(msg, "government"), Role::Core);
    }

    #[test]
    fn what_the_asker_already_has_is_context() {
        let msg = "what did the lna take advantage of in sirte besides the brigade flipping?";
        assert_eq!(role_of(msg, "flipping"), Role::Context);
        assert_eq!(role_of(msg, "advantage"), Role::Core);
        let msg = "besides jufra what else was haftar worried about";
        assert_eq!(role_of(msg, "jufra"), Role::Context);
        assert_eq!(role_of(msg, "worried"), Role::Core);
        assert_eq!(role_of("apart from brussels, where did serraj go", "brussels"), Role::Context);
        assert_eq!(role_of("apart from brussels, where did serraj go", "serraj"), Role::Core);
    }

    #[test]
    fn an_event_that_times_the_question_is_context() {
        let msg = "which town did haftar's army seize right before the ceasefire appeal";
        assert_eq!(role_of(msg, "ceasefire"), Role::Context);
        assert_eq!(role_of(msg, "seize"), Role::Core);
        assert_eq!(role_of("when did they meet after the ceasefire call", "ceasefire"), Role::Core, "a when-question");
        assert_eq!(role_of("who was german chancellor before merkel", "merkel"), Role::Core, "not a person");
        assert_eq!(role_of("who held sirte before the brigade was created", "created"), Role::Core, "not a clause");
        let msg = "were there more or fewer clashes shortly before the truce appeal";
        assert_ne!(role_of(msg, "truce"), Role::Context, "a choice is asked at that moment");
        assert_eq!(role_of("which city did they take before, the one in the east", "take"), Role::Core, "no event");
        let msg = "who did erdogan meet in istanbul on 8 jan";
        assert_eq!(role_of(msg, "jan"), Role::Context, "a date that says which moment");
        assert_eq!(role_of(msg, "istanbul"), Role::Core);
        assert_eq!(role_of("when did they meet on january 8th", "january"), Role::Core, "a when-question");
        let msg = "did haftar do anything with airspace around the time of the talks";
        assert_eq!(role_of(msg, "talks"), Role::Context);
        assert_eq!(role_of(msg, "airspace"), Role::Core);
        let msg = "what did hafters side announce on the same day erdogan and putin were talking";
        assert_eq!(role_of(msg, "talking"), Role::Context, "the same day, named by a clause");
        assert_eq!(role_of(msg, "announce"), Role::Core);
    }

    #[test]
    fn besides_before_the_question_word_leaves_a_question() {
        let words = ["besides", "a", "ceasefire", "what", "else", "did", "they", "ask", "for"];
        let found = clauses(&words, &[Break::None; 9]);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].form, Form::Question);
    }

    #[test]
    fn a_hedge_is_context() {
        let msg = "on which day do the guns go quiet supposedly";
        assert_eq!(role_of(msg, "supposedly"), Role::Context);
        assert_eq!(role_of(msg, "guns"), Role::Core);
    }

    #[test]
    fn a_message_without_a_question_is_all_core() {
        assert_eq!(role_of("ceasefire start time", "ceasefire"), Role::Core);
        assert_eq!(role_of("red line quote, need the full wording for my slides", "red"), Role::Core);
        let msg = "the headline names two leaders, who are they? i only printed the first page";
        assert_eq!(role_of(msg, "headline"), Role::Core, "what comes before an empty question is its subject");
        assert_eq!(role_of(msg, "printed"), Role::Context);
    }

    #[test]
    fn talk_that_only_looks_like_a_question_is_context() {
        let msg = "was sarraj in algiers first? we are arguing about the order lol";
        assert_eq!(role_of(msg, "order"), Role::Context);
        let msg = "the wording in the article is kinda ambiguous to me";
        let (_, cs, _) = read(msg);
        assert_eq!(cs[0].form, Form::Statement, "a verb deep in a sentence does not make it a question");
        let msg = "sorry if this was asked already but where did serraj go";
        let (_, cs, _) = read(msg);
        assert_eq!(cs[0].form, Form::Statement);
    }

    #[test]
    fn requests_for_information_are_core_but_tasks_are_not() {
        let (_, cs, _) = read("i need the exact start time of the ceasefire");
        assert_eq!(cs[0].form, Form::Request);
        let (_, cs, _) = read("want to contrast the two");
        assert_eq!(cs[0].form, Form::Statement);
    }
}
