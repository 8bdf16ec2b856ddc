//! The message's function words: what each closed-class word does to
//! the shape of a question ("what", "is", "so", "besides"…).

use super::*;

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
pub(super) fn is_request_verb(w: &str) -> bool {
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
pub(super) fn is_learning_verb(w: &str) -> bool {
    matches!(w, "know" | "find" | "understand" | "see" | "check" | "confirm" | "figure" | "learn" | "get" | "quote")
}

/// What the asker may doubt a claim is ("…, or is that a myth?"), or
/// what they check it is ("…, or is it true?").
pub(super) fn is_doubt(w: &str) -> bool {
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
pub(super) fn is_negation(w: &str) -> bool {
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
            // "the older scouts asked where they actually met".
            | "asked"
            | "asks"
            | "wondered"
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
                // "…lol, but seriously what time…": the joke is over.
                | "seriously"
                | "genuinely"
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
pub(super) fn is_first_person(w: &str) -> bool {
    matches!(w, "i" | "we" | "im" | "ive" | "my" | "our")
}

/// "…, someone in the group chat said…": after a comma, what others say
/// starts a new clause.
pub(super) fn is_someone_else(w: &str) -> bool {
    matches!(w, "someone" | "somebody" | "everyone" | "everybody" | "nobody" | "people")
}

/// A word that softens a question after it: "roughly when…", "so who…".
pub(super) fn is_softener(w: &str) -> bool {
    matches!(w, "roughly" | "approximately" | "exactly" | "precisely" | "so" | "just")
}

pub(super) fn is_preposition(w: &str) -> bool {
    matches!(w, "on" | "in" | "at" | "by" | "from" | "for" | "with" | "since" | "until" | "to")
}

/// Words that join clauses: a question word after them starts a new one.
pub fn is_joiner(w: &str) -> bool {
    matches!(w, "but" | "so" | "and" | "or" | "then" | "also" | "plus" | "like")
}

/// A month, by name or chat's short form ("jan").
pub(super) fn is_month(w: &str) -> bool {
    let short =
        matches!(w, "jan" | "feb" | "mar" | "apr" | "jun" | "jul" | "aug" | "sep" | "sept" | "oct" | "nov" | "dec");
    short || month_number(w).is_some()
}

/// Adverbs of hearsay: "supposedly", "allegedly".
pub(super) fn is_hedge(w: &str) -> bool {
    matches!(w, "supposedly" | "allegedly" | "reportedly" | "purportedly" | "ostensibly" | "presumably")
}

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
