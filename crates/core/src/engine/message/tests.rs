//! The message reader's unit tests.

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
    let msg = "who did haftar see in italy, the night supervisor swears it was the pope";
    assert_eq!(role_of(msg, "pope"), Role::Context, "a guesser of a few words");
    assert_eq!(role_of(msg, "italy"), Role::Core);
    // What the text says is no one's guess.
    let msg = "so what won sirte for haftar then, the article says it was down to one local unit didnt it? which one";
    assert_eq!(role_of(msg, "unit"), Role::Core);
    assert_eq!(role_of("who is the turkish minister, the name looked hard", "hard"), Role::Context);
    assert_eq!(role_of("who is the turkish minister, the name looked hard", "minister"), Role::Core);
    let msg = "what did the four countries say about the deal, asking as a greek driver";
    assert_eq!(role_of(msg, "driver"), Role::Context, "who asks, said as they ask");
    assert_eq!(role_of(msg, "deal"), Role::Core);
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
    let msg = "my lad wrote that the misrata forces were beaten in sirte, is that what it says";
    assert_eq!(role_of(msg, "wrote"), Role::Context, "what someone wrote down");
    assert_eq!(role_of(msg, "beaten"), Role::Core);
}

#[test]
fn what_went_on_meanwhile_ends_before_a_question_without_a_comma() {
    let (w, clauses, _) = read("ok while all this was going on where did the pm head in europe");
    assert_eq!(clauses.len(), 2);
    assert_eq!(w[clauses[1].start], "where");
    assert_eq!(clauses[1].form, Form::Question);
    assert_eq!(clauses[0].form, Form::Statement);
}

#[test]
fn what_the_asker_is_trying_to_do_with_their_own_ends_the_question() {
    let (w, clauses, _) = read("what day of the week was that, trying to line it up with my strava");
    assert_eq!(clauses.len(), 2);
    assert_eq!(w[clauses[1].start], "trying");
    assert_eq!(clauses[1].form, Form::Statement);
}

#[test]
fn a_likeness_with_when_asks_nothing() {
    let (w, clauses, _) = read("ok this feels like when two pacers agree to run together lol, where did they sit down");
    let likeness = clauses.iter().find(|c| w[c.start] == "when").expect("a clause of its own");
    assert_eq!(likeness.form, Form::Statement);
}

#[test]
fn a_guess_with_its_i_dropped_is_a_clause_of_its_own() {
    let (_, clauses, _) = read("where did he go in europe this week, think it was brussels");
    assert_eq!(clauses.len(), 2);
    assert_eq!(clauses[1].form, Form::Statement);
    let (_, clauses, _) = read("where did he go, pretty sure it was brussels");
    assert_eq!(clauses.len(), 2);
    // Not a thought asked about.
    let (_, clauses, _) = read("where did he go, think about it");
    assert_eq!(clauses.len(), 1);
}

#[test]
fn what_the_asker_was_doing_is_a_statement() {
    let (_, clauses, _) = read("was reading the libya thing in the break room, what time does it start?");
    assert_eq!(clauses[0].form, Form::Statement);
    assert_eq!(clauses[1].form, Form::Question);
    // Not a question about someone reading.
    let (_, clauses, _) = read("was haftar reading the statement");
    assert_eq!(clauses[0].form, Form::Question);
}

#[test]
fn where_the_asker_heard_it_is_a_clause_of_its_own() {
    let (w, clauses, _) = read("what did the east announce today, heard something on the radio at work");
    assert_eq!(clauses.len(), 2);
    assert_eq!(w[clauses[1].start], "heard");
    assert_eq!(clauses[1].form, Form::Statement);
    assert_eq!(read("when does it start, saw it on the news").1.len(), 2);
    // Not what someone is asked to have heard.
    assert_eq!(read("what did trump say, heard merkel").1.len(), 1);
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
    let msg = "whats serrajs first name, it's spelt like three different ways in this article lol";
    assert_eq!(role_of(msg, "three"), Role::Context);
    assert_eq!(role_of(msg, "first"), Role::Core);
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
    let msg = "is the diplomacy picking up or nah, seems quiet";
    assert_eq!(role_of(msg, "quiet"), Role::Context);
    assert_eq!(role_of(msg, "diplomacy"), Role::Core);
}

#[test]
fn what_the_asker_noticed_or_asks_for_after_the_question_is_context() {
    let msg = "what's the name of the guy running the govt in tripoli, spelling varies i see";
    let (_, cs, _) = read(msg);
    assert_eq!(cs.iter().map(|c| c.form).collect::<Vec<_>>(), [Form::Question, Form::Statement]);
    assert_eq!(role_of(msg, "varies"), Role::Context);
    assert_eq!(role_of(msg, "tripoli"), Role::Core);
    let msg = "ok so which tribes make up most of that salafist brigade, asking for my notes";
    assert_eq!(role_of(msg, "asking"), Role::Context);
    assert_eq!(role_of(msg, "tribes"), Role::Core);
    // A question after the comma stays one.
    let (_, cs, _) = read("who did he meet, do you see");
    assert_eq!(cs.iter().filter(|c| c.form == Form::Question).count(), 2, "{cs:?}");
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
    let (words, cs, _) = read("expo here, apart from that local brigade switching sides was there any other reason");
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

#[test]
fn a_question_after_a_joke_put_aside_is_asked() {
    let msg = "mate my team has been in a ceasefire with the relegation zone all season lol, but seriously what time does the libya one start";
    let (_, cs, _) = read(msg);
    assert!(cs.iter().any(|c| c.form == Form::Question), "{cs:?}");
    assert_eq!(role_of(msg, "relegation"), Role::Context);
    assert_eq!(role_of(msg, "start"), Role::Core);
}

/// The role of `word` in `msg`, with `content` and `known` saying which
/// words carry meaning and which of those the knowledge base knows.
fn role_with(msg: &str, word: &str, content: impl Fn(&str) -> bool, known: impl Fn(&str) -> bool) -> Role {
    let toks = tokens(msg);
    let words: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
    let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
    let content: Vec<bool> = words.iter().map(|w| content(w)).collect();
    let known: Vec<bool> = words.iter().map(|w| known(w)).collect();
    let cs = clauses(&words, &breaks);
    let rs = roles(&words, &breaks, &cs, &content, &known, &set_aside(&words, &breaks));
    rs[words.iter().position(|x| *x == word).unwrap()]
}

#[test]
fn a_likeness_after_a_comma_is_context_even_after_a_question_word() {
    let msg = "which ministers rejected the deals, like a mini league ganging up";
    let content = |w: &str| !FILLER.contains(&w) && w != "like";
    let known = |w: &str| matches!(w, "ministers" | "rejected" | "deals" | "ganging");
    assert_eq!(role_with(msg, "league", content, known), Role::Context);
    assert_eq!(role_with(msg, "deals", content, known), Role::Core);
    // An example the knowledge base knows offers the answer asked for.
    assert_eq!(role_with(msg, "league", content, |w| w != "mini"), Role::Core);
}

#[test]
fn a_lead_in_of_mostly_unknown_words_is_no_topic() {
    let content = |w: &str| !FILLER.contains(&w) && !matches!(w, "which" | "the" | "against" | "out");
    let known = |w: &str| matches!(w, "new" | "four" | "ministers" | "came" | "deals" | "istanbul" | "talks");
    let msg = "new suspects enter: which four ministers came out against the deals";
    assert_eq!(role_with(msg, "suspects", content, known), Role::Context);
    // A topic the knowledge base knows is asked about.
    assert_eq!(role_with("istanbul talks, which ministers came", "istanbul", content, known), Role::Core);
}

#[test]
fn a_likeness_without_a_comma_is_context() {
    let content = |w: &str| !FILLER.contains(&w) && !matches!(w, "like" | "in" | "or" | "is" | "the");
    let known = |w: &str| matches!(w, "algeria" | "backing" | "tripoli" | "egypt" | "countries" | "rejected" | "deal");
    let msg = "is algeria backing tripoli or staying neutral like switzerland in ww2";
    assert_eq!(role_with(msg, "switzerland", content, known), Role::Context);
    assert_eq!(role_with(msg, "algeria", content, known), Role::Core);
    // An example the knowledge base knows is asked about, and so is a
    // verb of liking.
    assert_eq!(role_with("did countries like egypt reject the deal", "egypt", content, known), Role::Core);
    assert_eq!(role_with("i would like switzerland in ww2", "switzerland", content, known), Role::Core);
    assert_eq!(role_with("what was algeria like under the ottomans", "ottomans", content, known), Role::Core);
}

#[test]
fn a_pronoun_after_a_longer_question_word_takes_up_the_phrase_before() {
    assert_eq!(role_of("quick q. this 604 lot, when and where were they put together", "604"), Role::Core);
    assert_eq!(role_of("the tripoli side in sirte, how long had they held it", "sirte"), Role::Core);
    // A relative clause only says which one is meant (after a first
    // sentence, where the phrase is no topic that opens the message).
    let msg = "mapping armed actors here. the unit that flipped in sirte, when was it set up";
    assert_eq!(role_of(msg, "unit"), Role::Context);
}

#[test]
fn what_the_asker_says_of_themselves_ends_at_its_comma() {
    let msg = "my teacher would kill me but i forget the word, trump said he spoke with erdogan about ways to do what?";
    assert_eq!(role_of(msg, "teacher"), Role::Context);
    assert_eq!(role_of(msg, "erdogan"), Role::Core);
    // Not a list, nor a phrase with no question of its own.
    let msg = "i think it was greece, cyprus, italy and egypt who rejected the deals, yes?";
    assert_eq!(role_of(msg, "greece"), role_of(msg, "egypt"));
    assert_eq!(role_of("i need the exact quote for a slide, the one about tripoli", "quote"), Role::Core);
}

#[test]
fn who_asks_stays_aside_when_a_bare_question_takes_up_the_sentence_before() {
    let content = |w: &str| matches!(w, "kc1xyz" | "eastern" | "army");
    let known = |w: &str| matches!(w, "eastern" | "army");
    let msg = "kc1xyz here, when the article says the eastern army, what's its proper name?";
    assert_eq!(role_with(msg, "kc1xyz", content, known), Role::Context);
    assert_eq!(role_with(msg, "army", content, known), Role::Core);
}

#[test]
fn a_question_with_no_meaning_of_its_own_asks_about_its_own_sentence() {
    let content = |w: &str| matches!(w, "mate" | "bucketing" | "ground" | "haftar" | "airport" | "sirte" | "fell");
    let known = |w: &str| content(w) && !matches!(w, "mate" | "bucketing");
    let msg = "mate it is bucketing down at the ground. apparently haftar did something about an airport, what was it?";
    assert_eq!(role_with(msg, "bucketing", content, known), Role::Context);
    assert_eq!(role_with(msg, "airport", content, known), Role::Core);
    // With nothing the knowledge base knows before it in its sentence,
    // what came before is asked.
    assert_eq!(role_with("haftar took sirte. mate, why was it?", "sirte", content, known), Role::Core);
}

#[test]
fn an_opening_hang_on_only_asks_for_a_moment() {
    let msg = "hang on the russians are on which side again";
    let (_, cs, _) = read(msg);
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(role_of(msg, "russians"), Role::Core);
    assert_ne!(role_of(msg, "hang"), Role::Core);
    assert_eq!(role_of("hold on to sirte for how long", "hold"), Role::Core);
}

#[test]
fn a_statement_of_only_the_askers_own_words_is_no_part_of_a_bare_question() {
    let msg = "packing parcels with dave - he says they met in ankara. where was it";
    let toks = tokens(msg);
    let w: Vec<&str> = toks.iter().map(|t| t.text.as_str()).collect();
    let breaks: Vec<Break> = toks.iter().map(|t| t.brk).collect();
    let content: Vec<bool> =
        w.iter().map(|w| matches!(*w, "packing" | "parcels" | "dave" | "met" | "ankara")).collect();
    let cs = clauses(&w, &breaks);
    let aside = set_aside(&w, &breaks);
    let mut known: Vec<bool> = w.iter().map(|w| matches!(*w, "met" | "ankara")).collect();
    let rs = roles(&w, &breaks, &cs, &content, &known, &aside);
    assert_eq!(rs[0], Role::Context, "packing is the asker's: {rs:?}");
    assert_eq!(rs[3], Role::Context, "so is dave");
    assert_eq!(rs[w.iter().position(|x| *x == "ankara").unwrap()], Role::Core, "the claim is asked");
    // Knowing none of it, the message says nothing else to ask about.
    known.iter_mut().for_each(|k| *k = false);
    assert_eq!(roles(&w, &breaks, &cs, &content, &known, &aside)[0], Role::Core);
}

/// The form of a message's first clause.
fn first_form(msg: &str) -> Form {
    read(msg).1[0].form
}

#[test]
fn what_the_asker_was_doing_is_no_question() {
    assert_eq!(
        first_form("was running follow spot all night so skimmed it, when did they take sirte"),
        Form::Statement
    );
    assert_eq!(first_form("was the fighting over by then"), Form::Question, "a subject first asks");
}

#[test]
fn which_kind_then_a_pronoun_takes_up_the_phrase_before() {
    let (words, _, roles) = read("the four ministers on wednesday, which city were they meeting in");
    let at = words.iter().position(|w| w == "ministers").unwrap();
    assert_eq!(roles[at], Role::Core, "{roles:?}");
}

#[test]
fn where_the_asker_was_is_no_question() {
    assert_eq!(first_form("was on the belt all morning, when does the truce start"), Form::Statement);
    assert_eq!(first_form("was on monday the day sirte fell"), Form::Question, "no 'the' or 'my' after 'on'");
}

#[test]
fn a_question_passed_on_is_asked_unless_the_asker_asks_their_own() {
    let (_, cs, _) = read("the older scouts asked where they actually met");
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[1].form, Form::Question);
    let (_, cs, _) = read("somebody asked why it worked, apart from the switch, what else helped");
    assert!(cs.iter().all(|c| c.start == 0 || c.asks.kind != Kind::Why), "{cs:?}");
}

#[test]
fn a_question_word_left_after_its_verb_asks() {
    assert_eq!(first_form("russia is backing which side in libya again"), Form::Question);
    assert_eq!(first_form("russia is backing which side in libya again?"), Form::Question, "with its mark too");
    assert_eq!(first_form("russia knows which side it backs"), Form::Statement, "not after any verb");
    assert_eq!(
        first_form("i read about the meeting which took place in istanbul"),
        Form::Statement,
        "a noun and its relative clause"
    );
}

#[test]
fn a_question_ending_on_it_takes_up_what_was_just_mentioned() {
    let (words, _, roles) = read("the article mentions the oil crescent, who might move on it");
    let at = words.iter().position(|w| w == "crescent").unwrap();
    assert_eq!(roles[at], Role::Core, "{roles:?}");
    let (words, _, roles) =
        read("the article mentions the oil crescent. is algeria fine with troops or are they against it");
    let at = words.iter().position(|w| w == "crescent").unwrap();
    assert_eq!(roles[at], Role::Context, "the other side of a choice: {roles:?}");
}

#[test]
fn what_the_asker_has_then_a_question_left_in_place_are_two_clauses() {
    let (_, cs, _) = read("the presser was tuesday, so the ministers thing was what day");
    assert_eq!(cs.len(), 2, "{cs:?}");
    assert_eq!(cs[0].form, Form::Statement);
    assert_eq!(cs[1].form, Form::Question);
}

#[test]
fn how_the_asker_wants_it_put_does_not_hide_the_question() {
    assert_eq!(first_form("in plain words what does the article say the brigade did"), Form::Question);
    assert_eq!(
        first_form("in football terms who is managing the home side"),
        Form::Statement,
        "a likeness, not how to put it"
    );
}

#[test]
fn a_question_reported_inside_a_statement_does_not_ask() {
    let (_, cs, _) = read("we were arguing about who is teaming up with who. which countries back haftar?");
    assert_eq!(cs[0].form, Form::Statement, "{cs:?}");
    assert_eq!(first_form("the deal was signed with who"), Form::Question, "a question word left in place asks");
    assert_eq!(
        first_form("the brigade who switched sides was set up by who"),
        Form::Question,
        "after a relative \"who\", the last one asks"
    );
}

#[test]
fn a_time_set_first_is_no_topic() {
    let msg = "before the joint call, what deal had turkey made with tripoli?";
    assert_eq!(role_of(msg, "call"), Role::Context);
    assert_eq!(role_of("istanbul talks, which presidents?", "istanbul"), Role::Core, "a topic named first");
}

#[test]
fn told_not_asked_does_not_ask() {
    assert_eq!(first_form("dont tell the boss"), Form::Statement);
    assert_eq!(first_form("dont they back haftar"), Form::Question, "a subject after the verb asks");
}

#[test]
fn a_likeness_of_the_askers_own_does_not_ask() {
    let (_, cs, _) =
        read("why was sirte so empty? i thought they'd keep people there, like how we never leave the till");
    assert!(cs.iter().skip(1).all(|c| c.form == Form::Statement), "{cs:?}");
}
