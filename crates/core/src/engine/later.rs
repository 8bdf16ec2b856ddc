//! What the article dates after its own date.
//!
//! The report is of 8 January; the ceasefire it reports is called "as of
//! midnight 12 January". How such an event turned out ("did the truce
//! hold?", "did Serraj accept it?") is what the article could not know,
//! whichever of its sentences shares the question's words.

use super::analyze::{Analysis, Analyzer, EntityType, QTerm, Term};
use super::kind::{is_day_number, is_text_noun, is_time_word, month_number, Kind};
use super::message::{is_opener, Clause, Form, Role};
use crate::knowledge::Article;
use crate::text::{tokens, Break};

/// How far (in words) before a date an event may stand to be what the date
/// schedules ("a ceasefire in Libya's fighting as of midnight 12 January").
const BEFORE_DATE: usize = 5;

/// How far (in words) before any other time a term may stand, in the same
/// clause, to count as dated by it ("launched an attack on the capital on
/// 4 April"), so not only by a later date. Just after a time counts too.
const NEAR_OTHER_TIME: usize = 12;

/// The terms of events the article dates, after its own date or not.
#[derive(Debug, Clone, Default, serde::Serialize, serde::Deserialize)]
pub struct Dated {
    /// Dated only after it: each one just before a later date in some
    /// sentence, and never in the same clause as any other time.
    pub later: Vec<Term>,
    /// Dated by some other time of the article, in the same clause.
    pub earlier: Vec<Term>,
}

/// Reads which events the article dates, and which only after its own date.
pub fn dated_events(analyzer: &Analyzer, article: &Article) -> Dated {
    // Dates are read from the text's own tokens: the chat spellings the
    // analyzer applies would turn "8" into "eight".
    let raw = |text: &str| -> Vec<String> { tokens(text).into_iter().map(|t| t.text).collect() };
    let Some(published) = date_at(&raw(&article.meta.date), 0) else {
        return Dated::default();
    };
    let mut later: Vec<Term> = Vec::new();
    let mut earlier: Vec<Term> = Vec::new();
    for s in article.sentences() {
        let text = article.sentence_text(s);
        let (words, breaks) = analyzer.words(text);
        let occurrences = analyzer.occurrences(&words);
        let words = raw(text);
        let mut i = 0;
        while i < words.len() {
            if !is_time_word(&words, i) {
                i += 1;
                continue;
            }
            // The whole time expression: "midnight 12 January 2020".
            let start = i;
            while i < words.len() && (is_time_word(&words, i) || month_number(&words[i]).is_some()) {
                i += 1;
            }
            let after = date_at(&words[start..i], published.0).is_some_and(|date| date > published);
            // "since 2016" marks when a state began, which says nothing of
            // when the start of anything else (a ceasefire) is dated.
            let since = |start: usize| words.get(start).is_some_and(|w| w == "since");
            for o in occurrences.iter().filter(|o| o.entity.is_none() && !since(o.start)) {
                let before = o.start < start;
                // No comma or stop between the term and the time.
                let (from, to) = if before { (o.start, start) } else { (i - 1, o.start) };
                if (from..to).any(|k| breaks[k] >= Break::Comma) {
                    continue;
                }
                if after && before && start - o.start <= BEFORE_DATE {
                    later.push(o.term.clone());
                } else if !after && (before && start - o.start <= NEAR_OTHER_TIME || o.start >= i && o.start - i < 3) {
                    earlier.push(o.term.clone());
                }
            }
        }
    }
    later.retain(|t| !earlier.contains(t));
    later.sort_unstable();
    later.dedup();
    earlier.sort_unstable();
    earlier.dedup();
    Dated { later, earlier }
}

/// The first day-and-month date in `words` ("12 January", "8 January 2020"),
/// as (year, month, day); one without a year is of `year`, as a reader of
/// the article takes it.
fn date_at(words: &[String], year: u32) -> Option<(u32, u32, u32)> {
    let at = words.windows(2).position(|w| is_day_number(&w[0]) && month_number(&w[1]).is_some())?;
    let day = words[at].parse().ok()?;
    let month = month_number(&words[at + 1])?;
    let year = words.get(at + 2).and_then(|y| y.parse().ok()).filter(|&y: &u32| y > 1000).unwrap_or(year);
    Some((year, month, day))
}

/// Whether a question asks how one of `later` turned out: a question
/// clause that begins "did…" ("did the truce hold?", "did Haftar accept
/// it?"), about such an event and about nothing the article dates
/// otherwise ("did the eastern forces start the attack?"), and not what
/// anyone said or called for ("did they call for…") nor its date ("did it
/// start on the 12th?", though "did it hold after the 12th?" is asked).
pub fn asks_how_it_turned_out(analysis: &Analysis, dated: &Dated) -> bool {
    if dated.later.is_empty() || analysis.asks.kind == Kind::When || analysis.asks.grain.is_some() {
        return false;
    }
    // "did…", "but did…", "so did…"; not one offered after "or" ("she says
    // it begins jan 15, is that right or did she mix it up?"), which only
    // asks the other side of the question before it.
    let offered = |c: &Clause| c.start > 0 && analysis.words.get(c.start - 1).is_some_and(|w| w == "or");
    let asks_did = |c: &&Clause| {
        let opening =
            &analysis.words[c.start.min(analysis.words.len())..(c.start + 2).min(c.end).min(analysis.words.len())];
        // "what did they agree on" asks what, not how it turned out; nor
        // does "where did serraj go" ask it.
        let wh = opening.first().is_some_and(|w| matches!(w.as_str(), "what" | "which" | "who" | "whom" | "where"));
        c.form == Form::Question && !offered(c) && !wh && opening.iter().any(|w| matches!(w.as_str(), "did" | "didnt"))
    };
    let Some(clause) = analysis.clauses.iter().find(asks_did) else {
        return false;
    };
    let words = &analysis.words[clause.start..clause.end.min(analysis.words.len())];
    // "did the article tie the truce to…" asks what the article says.
    let text = |w: &str| is_text_noun(w) || matches!(w, "author" | "writer" | "report");
    if words.windows(3).any(|w| matches!(w[0].as_str(), "did" | "didnt") && w[1] == "the" && text(&w[2])) {
        return false;
    }
    // "did Haftar accept the ceasefire call?" asks about the reply, not
    // the call: what was said is then only its object.
    let object = |i: usize| is_saying(words, i) && reply_to(words, i);
    let said = (0..words.len()).any(|i| is_saying(words, i) && !object(i));
    let objects: Vec<&str> = (0..words.len()).filter(|&i| object(i)).map(|i| words[i].as_str()).collect();
    let since = |w: &String| matches!(w.as_str(), "after" | "since" | "beyond" | "past");
    let time = |i: usize| is_time_word(words, i) || words[i].starts_with(|c: char| c.is_ascii_digit());
    // "the midnight ceasefire", "the 12 january truce": a time that only
    // names which event is meant, between "the" and the event.
    let names_the_event = |i: usize| {
        let start = (0..=i).rev().take_while(|&k| time(k)).last().unwrap_or(i);
        let end = (i..words.len()).take_while(|&k| time(k)).last().unwrap_or(i) + 1;
        start > 0 && matches!(words[start - 1].as_str(), "the" | "that" | "this") && end < words.len()
    };
    let dates =
        (0..words.len()).any(|i| time(i) && !names_the_event(i) && !words[i.saturating_sub(4)..i].iter().any(since));
    // The events asked about, without "after" of "after the 12th"; only
    // what the question itself asks (not an alternative: "…or did the
    // fighting start again?") must be undated otherwise; the
    // later one may be named before the question ("they called for the
    // truce, but did Haftar accept it?").
    // "did the ceasefire news come alone": the news of it, which the
    // article gives, not the event.
    let news = |w: &str| matches!(w, "news" | "announcement" | "story" | "report" | "headline" | "coverage");
    let reported: Vec<&str> = words.windows(2).filter(|p| news(&p[1])).map(|p| p[0].as_str()).collect();
    let events = || {
        analysis.terms.iter().filter(|t| {
            let surface = t.surface.as_str();
            t.entity.is_none() && !since(&t.surface) && !objects.contains(&surface) && !reported.contains(&surface)
        })
    };
    !said
        && !dates
        && events().any(|t| dated.later.contains(&t.term))
        && !events().any(|t| t.role == Role::Core && dated.earlier.contains(&t.term))
}

/// Whether a question asks whether something happened ("did Trump end up
/// calling Putin?", "what did Putin say when Trump called him?") that the
/// quotes only foretell ("he will also speak with … Putin"): each quoted
/// sentence that has the asked event beside one of the question's names
/// has it after "will", "shall" or "is going to". A question that itself
/// looks ahead ("did he say he'll call Putin?") is answered by the
/// promise.
pub fn only_foretold<'q>(analyzer: &Analyzer, analysis: &Analysis, quotes: impl IntoIterator<Item = &'q str>) -> bool {
    let words = &analysis.words;
    let did = analysis.clauses.iter().any(|c| {
        c.form == Form::Question
            && words[c.start.min(words.len())..c.end.min(words.len())]
                .iter()
                .any(|w| matches!(w.as_str(), "did" | "didnt"))
    });
    if !did || (0..words.len()).any(|i| looks_ahead(words, i)) {
        return false;
    }
    // The question's own terms: "calling Putin" is a meeting, which the
    // bare word is not. Where people are named, they are who acts: "did
    // trump phone putin about libya" is not answered by a quote on libya.
    let person = |t: &&QTerm| t.entity == Some(EntityType::Person);
    let people = analysis.terms.iter().any(|t| person(&t));
    let names: Vec<&str> = analysis
        .terms
        .iter()
        .filter(|t| if people { person(t) } else { t.entity.is_some() })
        .map(|t| t.term.as_str())
        .collect();
    // "did Trump end up calling Putin": whether it came to pass.
    let came_to_pass = words.windows(2).any(|p| matches!(p[0].as_str(), "end" | "ended" | "ending") && p[1] == "up")
        || words.iter().any(|w| matches!(w.as_str(), "eventually" | "finally" | "afterwards" | "later" | "actually"));
    // The event asked about: in a "did…" question asking whether it came
    // to pass, or the time something was said ("what did Putin say when
    // Trump called him"); not what was said, nor what it was said about
    // ("what did Trump say about calling Putin"), nor the thing a "what"
    // question asks ("what did Turkey send").
    let asked = |t: &QTerm| {
        let first = t.surface.split(' ').next().unwrap_or_default();
        let Some(at) = words.iter().position(|w| w == first) else { return false };
        // ("…at midnight on the 12th": when it was to be, not what.)
        if is_time_word(words, at) || first.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
        let start = analysis.clauses.iter().find(|c| c.start <= at && at < c.end).map_or(0, |c| c.start);
        // A time clause after the question's opening, not its own "when"
        // ("when did they take Sirte"); "before sending advisers" only
        // dates what is asked, which need not have happened.
        let opening = (start..at).find(|&i| !is_opener(&words[i])).unwrap_or(at);
        let time = (opening + 1..at).rev().find(|&i| matches!(words[i].as_str(), "when" | "while" | "after" | "once"));
        let opens_did =
            words[start..at].iter().find(|w| !is_opener(w)).is_some_and(|w| matches!(w.as_str(), "did" | "didnt"));
        (time.is_some() || came_to_pass && opens_did)
            && !(time.map_or(start, |t| t + 1)..=at).any(|i| is_saying(words, i))
    };
    let events: Vec<&str> =
        analysis.terms.iter().filter(|t| t.entity.is_none() && asked(t)).map(|t| t.term.as_str()).collect();
    // With no one named, only a question of whether it came to pass ("did
    // the guns actually go quiet"), not any "did" beside a time clause.
    if events.is_empty() || names.is_empty() && !came_to_pass {
        return false;
    }
    let mut foretold = false;
    for quote in quotes {
        let (words, _) = analyzer.words(quote);
        let found = analyzer.occurrences(&words);
        // A quote of someone else's doing does not say; one with no one
        // named asked ("did the guns actually go quiet") may.
        if !names.is_empty() && !found.iter().any(|o| names.contains(&o.term.as_str())) {
            continue;
        }
        for o in found.iter().filter(|o| events.contains(&o.term.as_str())) {
            if !(o.start.saturating_sub(3)..o.start).any(|i| promised(&words, i)) && !called_for(&words, o.start) {
                return false;
            }
            foretold = true;
        }
    }
    foretold
}

/// Whether word `i` of a quote says that what follows will happen: "will",
/// "shall", "is going to", or that it was called for ("call for Libya
/// ceasefire"); not "whether Serraj was also going to meet Conte", which
/// reports what may have happened.
fn promised(words: &[String], i: usize) -> bool {
    match words[i].as_str() {
        "will" | "shall" => true,
        "for" => i > 0 && is_call(&words[i - 1]),
        "going" => {
            words.get(i + 1).is_some_and(|w| w == "to") && i > 0 && matches!(words[i - 1].as_str(), "is" | "are" | "am")
        }
        _ => false,
    }
}

/// Whether what stands at `at` in a quote is one of the things called
/// for before it: "called jointly for an end of hostilities, … and
/// U.N.-sponsored peace talks".
fn called_for(words: &[String], at: usize) -> bool {
    (1..at).any(|i| {
        words[i] == "for" && (is_call(&words[i - 1]) || i > 1 && is_call(&words[i - 2]) && words[i - 1].ends_with("ly"))
    })
}

/// "call", "calls", "called", "calling".
fn is_call(word: &str) -> bool {
    matches!(word, "call" | "calls" | "called" | "calling")
}

/// Whether word `i` of a question puts what follows in the future: "will", "would",
/// "shall", "gonna", "going to", "plans to".
fn looks_ahead(words: &[String], i: usize) -> bool {
    let to = || words.get(i + 1).is_some_and(|w| w == "to");
    match words[i].as_str() {
        "will" | "would" | "shall" | "gonna" | "ll" | "wll" => true,
        // "that made Turkey decide to send people": what was decided.
        "going" | "plan" | "plans" | "planning" | "planned" | "intends" | "intend" | "intended" | "decide"
        | "decided" | "agree" | "agreed" | "promise" | "promised" | "pledge" | "pledged" | "vow" | "vowed"
        | "threaten" | "threatened" => to(),
        _ => false,
    }
}

/// Whether word `i`, a word of saying, is what a reply answers: "accept
/// the ceasefire call", "reject their proposal" (a reply shortly before,
/// then a determiner).
fn reply_to(words: &[String], i: usize) -> bool {
    let reply = |w: &str| {
        matches!(
            w,
            "accept"
                | "accepted"
                | "reject"
                | "rejected"
                | "agree"
                | "agreed"
                | "welcome"
                | "welcomed"
                | "ignore"
                | "ignored"
                | "heed"
                | "heeded"
                | "respect"
                | "respected"
                | "follow"
                | "followed"
                | "obey"
                | "obeyed"
                | "answer"
                | "answered"
                | "respond"
                | "responded"
                | "accepting"
                | "rejecting"
        )
    };
    let before = &words[i.saturating_sub(5)..i];
    let Some(r) = before.iter().rposition(|w| reply(w)) else {
        return false;
    };
    before[r + 1..]
        .iter()
        .any(|w| matches!(w.as_str(), "the" | "a" | "an" | "this" | "that" | "their" | "his" | "its" | "to"))
}

/// Whether word `i` asks what someone said or called for ("did they make
/// the call together?"). Not the lexicon's words of saying
/// ([`Analyzer::is_speech_at`]): those include replies ("reject",
/// "respond"), which are how a later event turned out.
fn is_saying(words: &[String], i: usize) -> bool {
    let w = words[i].as_str();
    let ask = matches!(w, "ask" | "asked" | "asking")
        && words.get(i + 1).is_some_and(|n| matches!(n.as_str(), "for" | "on" | "upon" | "jointly"));
    // "call for", "make the call": words; "call Putin": a telephone call.
    let made = |p: &String| matches!(p.as_str(), "make" | "made" | "making" | "issue" | "issued" | "joint");
    // "the ceasefire call": the call for it; so is "call the ceasefire",
    // "call a truce" (not "call the truce off").
    let truce = |k: usize| words.get(k).is_some_and(|n| matches!(n.as_str(), "ceasefire" | "truce"));
    let off = words[i + 1..].iter().take(3).any(|n| n == "off");
    let named = i > 0 && truce(i - 1)
        || !off
            && (truce(i + 1) || words.get(i + 1).is_some_and(|n| matches!(n.as_str(), "the" | "a")) && truce(i + 2));
    let call = matches!(w, "call" | "calls" | "called" | "calling")
        && (words
            .get(i + 1)
            .is_none_or(|n| matches!(n.as_str(), "for" | "on" | "upon" | "jointly" | "together" | "out"))
            || words[i.saturating_sub(3)..i].iter().any(made)
            || named);
    ask || call
        || matches!(
            w,
            "say"
                | "said"
                | "says"
                | "tell"
                | "told"
                | "mention"
                | "mentioned"
                | "announce"
                | "announced"
                | "state"
                | "stated"
                | "comment"
                | "commented"
                | "describe"
                | "described"
                | "write"
                | "wrote"
                | "report"
                | "reported"
                | "claim"
                | "claimed"
                | "urge"
                | "urged"
                | "demand"
                | "demanded"
                | "propose"
                | "proposed"
                | "appeal"
                | "appealed"
                // "what did the presidents want to happen", "did they set a
                // time for it": what they called for.
                | "set"
                | "specify"
                | "specified"
                | "want"
                | "wanted"
                | "wish"
                | "wished"
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::knowledge::KnowledgeBase;
    use std::path::Path;

    fn kb() -> KnowledgeBase {
        KnowledgeBase::load(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../../knowledge")).unwrap()
    }

    #[test]
    fn the_ceasefire_is_dated_after_the_article_and_the_talks_are_not() {
        let kb = kb();
        let analyzer = Analyzer::new(&kb.lexicon, kb.english.clone());
        let later = dated_events(&analyzer, &kb.source.article).later;
        assert!(later.iter().any(|t| t == "ceasefire"), "{later:?}");
        for dated in ["meet", "capture", "fighting"] {
            assert!(!later.iter().any(|t| t == dated), "{dated}: {later:?}");
        }
    }

    #[test]
    fn what_will_happen_does_not_say_that_it_did() {
        let kb = kb();
        let analyzer = Analyzer::new(&kb.lexicon, kb.english.clone());
        let promise = "He added that he will also speak with Russian President Vladimir Putin on Libya.";
        let other = "He revealed that he had discussed the situation in Libya with both German Chancellor Angela Merkel and Turkish President Recep Erdogan.";
        let foretold = |q: &str| only_foretold(&analyzer, &analyzer.analyze(q), [other, promise]);
        assert!(foretold("did trump end up calling putin"));
        assert!(foretold("did trump actually get round to phoning putin about libya"), "libya is what, not who");
        assert!(foretold("what did putin say when trump called him"));
        // What was said about it, or a question that looks ahead itself.
        assert!(!foretold("what did trump say about calling putin"));
        assert!(!foretold("did trump say he will call putin"));
        assert!(!foretold("is trump going to call putin"));
        // Done, not promised: "he had discussed" with Merkel.
        assert!(!foretold("did trump end up talking to merkel"));
        // Not yet, as the article could know; and what the promise is of.
        assert!(!foretold("did trump call putin before the article came out"));
        let advisers = "Turkey has said it will send military advisers";
        assert!(!only_foretold(&analyzer, &analyzer.analyze("what did turkey send to tripoli"), [advisers]));
        assert!(only_foretold(&analyzer, &analyzer.analyze("did turkey end up sending advisers"), [advisers]));
        // Reported as uncertain, not promised.
        let maybe = "There were conflicting reports on whether Serraj was also going to meet Conte.";
        assert!(!only_foretold(&analyzer, &analyzer.analyze("did serraj meet conte"), [maybe]));
        // Called for, not yet come: whether the guns did fall quiet.
        let call = "Turkey’s President Recep Erdogan and Russia’s counterpart Vladimir Putin called for a ceasefire in Libya’s fighting as of midnight 12 January.";
        let a = analyzer.analyze("so did the guns actually go quiet at midnight on the 12th or not");
        assert!(only_foretold(&analyzer, &a, [call]));
        assert!(!only_foretold(&analyzer, &analyzer.analyze("did putin and erdogan call for a ceasefire"), [call]));
        let listed = "Turkey and Russia called jointly for an end of hostilities, normalization of life in Tripoli and other cities, and U.N.-sponsored peace talks.";
        let a = analyzer.analyze("did the un peace talks actually take place afterwards");
        assert!(only_foretold(&analyzer, &a, [listed]), "the last thing called for");
    }

    #[test]
    fn what_someone_wanted_is_what_they_asked_for() {
        let words: Vec<String> = "what did the two leaders want for misrata".split(' ').map(String::from).collect();
        assert!(is_saying(&words, 5));
        assert!(!is_saying(&words, 6));
    }
}
