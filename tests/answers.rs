//! What the engine answers: typos, the article's own spelling variants and
//! synonyms reach the right entry; chatter, off-topic questions and questions
//! the article leaves open abstain; no input makes it panic; and the dev set
//! stays above its bar.

mod util;

use citebot::cli::{evaluate, read_cases};
use citebot::engine::{AbstainReason, Outcome};
use util::{data_file, engine};

/// The entry that answers `question`, or `None` when the engine abstains
/// or answers with a bare passage.
fn entry_for(question: &str) -> Option<String> {
    engine().answer(question).entry().map(str::to_string)
}

fn assert_entry(question: &str, expected: &str) {
    let reply = engine().answer(question);
    assert_eq!(reply.entry(), Some(expected), "{question:?} -> {:?} ({:.2})", reply.outcome, reply.confidence);
}

fn assert_abstains(question: &str) {
    let reply = engine().answer(question);
    assert!(!reply.answered(), "{question:?} -> {reply:?}");
}

fn assert_quotes(question: &str, span: &str) {
    let reply = engine().answer(question);
    assert!(reply.answered(), "{question:?} abstained ({:.2})", reply.confidence);
    assert!(
        reply.quotes().iter().any(|q| q.text.contains(span)),
        "{question:?}: no quote contains {span:?}: {reply:?}"
    );
}

#[test]
fn typos_are_forgiven() {
    assert_quotes("when does the ceasfire start", "midnight 12 January");
    assert_quotes("wich goverment does turkey suport", "Turkey supports the internationally recognized government");
    assert_quotes("who captrued sirte?", "Sirte");
    assert_quotes("what hapened in sirte", "Sirte");
    assert_quotes("why did serraj go to algeirs", "Algiers on 6 January");
    assert_quotes("Hafter's forces no fly zone", "no-fly zone");
}

#[test]
fn letters_swapped_in_a_name_are_put_back() {
    assert_quotes("what did ergodan and putin call for", "called for a ceasefire");
    assert_quotes("what is sejrar's position", "led by Faiez Serraj");
}

#[test]
fn the_articles_own_spelling_variants_meet() {
    for q in ["Who backs Haftar?", "Who backs Hafter?", "who backs khalifa", "Who is backing Field Marshal Haftar?"] {
        assert_entry(q, "russia-backs-hafter");
    }
    for q in ["Who backs Serraj?", "who supports sarraj", "Who supports Fayez al-Sarraj?", "Who backs Faiez?"] {
        assert_entry(q, "turkey-backs-tripoli");
    }
}

#[test]
fn synonyms_and_other_spellings_meet() {
    assert_quotes("When does the truce begin?", "midnight 12 January");
    assert_quotes("when does the cease-fire take effect", "midnight 12 January");
    assert_quotes("What tribe was Gaddafi from?", "Qaddafi\u{2019}s tribe");
    assert_quotes("When did ISIS take Sirte?", "after Daesh took Sirte");
    // A speech is one way of commenting: Trump's was at a press conference.
    assert_quotes("did trump say it in a speech", "at a press conference");
    // "in a weird way" is the asker's aside, not what is asked.
    assert_quotes("what is gaddafi's tribe called, it's spelled in a weird way", "Qaddadfa tribe");
    // Sirte described rather than named.
    assert_quotes("why did the tripoli forces leave the coastal city", "to avoid bloodshed");
    // "the 6th" is the article's "6 January".
    assert_quotes("who did sarraj see on the 6th", "Sarraj was in Algiers on 6 January");
    assert_quotes("Which side is Moscow on?", "Russia backs");
    assert_quotes("Does Ankara support the GNA?", "Turkey supports");
    assert_quotes("Does Russia have mercenaries in Libya?", "Russian military contractors");
    assert_quotes("Do they want UN-backed talks?", "U.N.-sponsored peace talks");
    assert_quotes("what did the united nations get asked to do", "U.N.-sponsored peace talks");
    assert_quotes("Where is the LNA based?", "eastern-based Libyan National Army (LNA)");
    assert_quotes("Who is Erdoğan's foreign minister?", "Mevlut Cavusoglu");
}

#[test]
fn chatter_and_off_topic_questions_abstain() {
    for q in ["hello", "hi there!", "lol", "good bot"] {
        let reply = engine().answer(q);
        assert!(!reply.answered(), "{q:?} was answered: {reply:?}");
        assert!(matches!(reply.outcome, Outcome::Abstain { reason: AbstainReason::Chatter, .. }), "{q:?}: {reply:?}");
        assert!(!reply.is_gap(), "chatter is not a gap in the knowledge base");
    }
    // Another subject is said to be one, not greeted, and is no gap either.
    for q in [
        "can you explain what salafism is in general, not just this article, like the history of it",
        "what's the weather in Tripoli?",
        "tell me a joke",
        "tell me a joke about Haftar",
        "recommend a movie about Libya",
        "what is the capital of algeria",
        "is cyprus in the eu",
        "is turkey part of nato?",
        "is libya a member of the arab league",
    ] {
        let reply = engine().answer(q);
        assert!(matches!(reply.outcome, Outcome::Abstain { reason: AbstainReason::OffTopic, .. }), "{q:?}: {reply:?}");
        assert!(!reply.is_gap(), "another subject is not a gap in the knowledge base");
    }
    for q in [
        "Who won the World Cup?",
        "What is the capital of Australia?",
        "How do I reset my password?",
        "which party is angela merkel from",
        "what party does erdogan lead in turkey",
        "how long was trump president",
    ] {
        assert!(!engine().answer(q).answered(), "{q:?} was answered");
    }
    // The group's own coursework asked about, with nothing of the article.
    for q in ["when is the presentation due", "did anyone print the slides", "is our seminar on tuesday"] {
        let reply = engine().answer(q);
        assert!(matches!(reply.outcome, Outcome::Abstain { reason: AbstainReason::OffTopic, .. }), "{q:?}: {reply:?}");
    }
    // Someone in a bloc is where they went, not membership.
    assert_quotes("is serraj in the eu", "Faiez Serraj visited the EU in Brussels");
    // Coursework as framing, or the reading as the article: answered.
    assert_quotes("for the essay, when does the truce start", "midnight 12 January");
    assert_quotes("does the reading say when the truce starts", "midnight 12 January");
}

#[test]
fn questions_the_article_leaves_open_abstain_with_suggestions() {
    for q in [
        "How many people died in Sirte?",
        "What is Turkey's population?",
        "How much oil does Libya export?",
        "Who will win the war?",
        "How many Russian contractors are in Libya?",
    ] {
        let reply = engine().answer(q);
        assert!(!reply.answered(), "{q:?} was answered with {:?} ({:.2})", reply.quotes(), reply.confidence);
        assert!(reply.is_gap());
        let offers = (!reply.suggestions().is_empty() && reply.suggestions().len() <= 3) || !reply.related().is_empty();
        assert!(offers, "{q:?} suggests topics or shows the nearest passage: {reply:?}");
    }
}

#[test]
fn thanks_and_help_are_not_questions_about_the_article() {
    for q in ["thanks :)", "thank you!", "thx", "ty"] {
        let reply = engine().answer(q);
        assert!(matches!(reply.outcome, Outcome::Abstain { reason: AbstainReason::Thanks, .. }), "{q:?}: {reply:?}");
        assert!(!reply.is_gap());
    }
    for q in ["help", "help me", "can you help?", "I need help", "commands", "how do I use this?"] {
        let reply = engine().answer(q);
        assert!(matches!(reply.outcome, Outcome::Abstain { reason: AbstainReason::Help, .. }), "{q:?}: {reply:?}");
    }
    // "help" inside a real question is no request for usage.
    assert!(engine().answer("what helped hafter take sirte so easily").answered());
}

#[test]
fn a_near_miss_says_what_is_missing_and_shows_the_nearest_quote() {
    let reply = engine().answer("How many members does the Ferjan tribe have?");
    assert!(!reply.answered());
    match &reply.outcome {
        Outcome::NotStated { missing, related } => {
            assert_eq!(missing, "how many");
            assert!(related.iter().any(|q| q.text.contains("Ferjan tribe")), "{related:?}");
        }
        other => panic!("expected a not-stated reply, got {other:?}"),
    }
}

/// "The article doesn't say anything about “merkel”" would be false: it
/// names her. What it lacks is the question's words together; a word it
/// never uses is still named alone.
#[test]
fn a_near_miss_never_says_the_article_lacks_a_word_it_uses() {
    let missing = |q: &str| match engine().answer(q).outcome {
        Outcome::NotStated { missing, .. } => missing,
        other => panic!("{q:?}: expected a not-stated reply, got {other:?}"),
    };
    assert_eq!(
        missing("what party is merkel from"),
        "anything about \u{201C}party\u{201D} and \u{201C}merkel\u{201D} together"
    );
    assert_eq!(missing("what weapons did turkey deliver to the GNA"), "that", "too many words to list");
    assert_eq!(missing("how old is the 604 brigade commander"), "anything about \u{201C}brigade commander\u{201D}");
}

/// A "who" question whose choices are titles ("leaders or ministers?") is
/// settled by the passage that states one, though it names no one new.
#[test]
fn a_choice_of_titles_is_settled_by_the_title() {
    assert_quotes("which officials rejected the deals, leaders or ministers", "Foreign Ministers of Greece");
    assert_quotes("who rejected the two deals, presidents or foreign ministers?", "Foreign Ministers of Greece");
}

#[test]
fn a_first_name_must_be_given_in_full() {
    // The article names Cavusoglu and Merkel in full, Conte only by his title.
    assert_quotes("cavusoglus first name??", "Mevlut Cavusoglu");
    assert_quotes("remind me what merkel is called, first name i mean", "Angela Merkel");
    // "does the article give…" only frames the question.
    assert_quotes("does the article give tebboune's full name", "Abdelmadjid Tebboune");
    let reply = engine().answer("and the italian prime minister conte, what's his given name");
    match &reply.outcome {
        Outcome::NotStated { missing, related } => {
            assert_eq!(missing, "the first name");
            assert!(related.iter().any(|q| q.text.contains("Minister Conte")), "{related:?}");
        }
        other => panic!("expected a not-stated reply, got {other:?}"),
    }
    // The full name of what a person leads is no name of theirs.
    assert_quotes("full name of hafters army?", "Libyan National Army");
}

#[test]
fn what_the_asker_adds_around_a_question_is_not_asked() {
    // ", including the year", a reason about the asker or the text, "before
    // i forget", "i need when…" and a "tl;dr" are said around the question.
    assert_quotes(
        "when did the attack on tripoli start, including the year, bc my notes say two different things",
        "on 4 April",
    );
    assert_quotes("why did hafter take sirte? because it sounds like a big deal", "pre-empted a possible move");
    assert_quotes("i need when serraj was in algiers", "on 6 January");
    assert_quotes("before i forget, who wrote the article?", "By Sami Zaptia");
    assert_quotes("does the article suggest why hafter moved on sirte now", "pre-empted a possible move");
    assert_quotes("what did erdogan and putin agree on in the end?", "called for a ceasefire");
    // How long something took is no taking; a time zone is no time.
    assert_abstains("how long did the talks in istanbul take");
    assert_abstains("what time zone is the midnight deadline in?");
    // One name against another, then the verb said of both.
    assert_abstains("did the article say how the german government or parliament reacted to the deals?");
    // "was it X who… or Y": who did it is the choice, what was done is asked.
    assert_quotes("was it putin who called jointly for peace talks or trump?", "called jointly");
    // ", anyway" opens the question after a remark.
    assert_quotes("ok the names are confusing, anyway who is the algerian president", "Abdelmadjid Tebboune");
    assert_quotes("is the fighting messing with migration?", "irregular migration");
    assert_quotes("is the truce going to hold, because it kinda seems like nobody knows", "still unclear");
    assert_quotes("does russia back the serraj ppl or the hafter lot?", "Russia backs the Khalifa Hafter");
    assert_quotes("did trump say libya was a total disaster?", "There is chaos in Libya now");
    assert_abstains("should i buy headphones or earbuds");
    assert_abstains("who won the match last night");
    assert_abstains("anyone have notes from the last lecture");
    assert_quotes("truce whose idea?", "called for a ceasefire");
    assert_quotes("what did the us pres say", "There is chaos in Libya now");
}

#[test]
fn a_place_guessed_with_a_question_mark_alone_is_checked() {
    // Where the article was filed, guessed without "was it…".
    assert_quotes("filed from tripoli?", "London, 8 January 2020");
    assert_quotes("was the reporter writing from inside turkey?", "London, 8 January 2020");
    // A day guessed the same way.
    assert_quotes("sirte was taken on saturday?", "on Monday");
    assert_quotes("so trump spoke to the press on thursday?", "press conference on Tuesday");
    // A whole date to be checked, the day spelled as a word by the chat spellings.
    assert_quotes("haftar's tripoli offensive began 4 march, right?", "on 4 April");
    assert_quotes("sarraj was in algiers on 9 february, correct?", "Sarraj was in Algiers on 6 January");
}

#[test]
fn where_someone_stands_is_asked_by_a_noun_after_their_name() {
    // "take", "move", "line" after whose they are, ending the question.
    assert_quotes("russia's take?", "Russia backs the Khalifa Hafter led forces");
    assert_quotes("what's algeria's line here", "While Algeria supports the Sarraj government");
    // Not the verb: "did haftar take sirte" asks the takeover.
    assert_quotes("did haftar take sirte", "takeover of Sirte");
}

#[test]
fn a_later_question_of_precision_or_distance_must_be_answered() {
    // The article dates Daesh's taking of Sirte by its year only.
    assert_abstains("when did daesh capture sirte, which month");
    assert_quotes("when did daesh capture sirte, which year", "in 2015 after Daesh took Sirte");
    // It gives no extent of the no-fly zone.
    assert_abstains("how far out does the new no-fly zone go?");
}

#[test]
fn a_sentence_with_every_focus_word_beats_an_entry_without_one() {
    // The entries about the call alone leave out its context; the headline
    // ("amidst increased Libya diplomatic activity") and the opening ("The
    // call came as Libya related diplomatic activity intensified") have both.
    assert_quotes("describe the context in which putin and erdogan made the ceasefire call", "diplomatic activity");
    assert_quotes("what was the context of the truce call by erdogan and putin", "diplomatic activity");
}

#[test]
fn whom_a_chat_message_is_addressed_to_is_not_asked_about() {
    assert_quotes("@maya i thought russia was backing sarraj?", "Russia backs the Khalifa Hafter led forces");
    assert_quotes("@dev_guy who is carrying haftar", "Russia backs the Khalifa Hafter led forces");
}

#[test]
fn what_someone_said_is_the_question_after_the_saying() {
    // "did trump mention | when…" asks the when, which the article never gives.
    assert_abstains("did trump mention when he'd be speaking with putin");
    assert_abstains("did the four countries say why they met on wednesday");
}

#[test]
fn a_section_heading_is_found_by_its_place_or_its_words() {
    assert_quotes("whats the 2nd subheading", "Increased diplomacy");
    assert_quotes("which section title is about the sirte fighting", "Sirte takeover");
    assert_quotes("the final section heading pls", "Greece, Cyprus, France and Egypt");
    assert_quotes("list the subheadings for me", "Increased diplomacy");
    assert_abstains("sixth subheading?");
    // Headings of the asker's own essay are not the article's.
    assert_abstains("what would be good subheadings for my essay");
    // A section named as the place of a question asks what is in it.
    assert_quotes("in the sirte section, what's the name of the brigade?", "604 Brigade");
}

#[test]
fn words_quoted_from_the_article_point_at_their_sentence() {
    // Its words the asker left out are no reason to abstain…
    assert_quotes(
        "the bit that goes 'leaving a much smaller presence' - smaller than what?",
        "leaving a much smaller presence",
    );
    assert_quotes(
        "my notes have turkey 'has said it will send', so have those guys actually landed yet or not",
        "Turkey has said it will send military advisers",
    );
    // What words of the article mean is shown by the sentence that uses them.
    assert_quotes("what does bolstered mean", "bolstered by Turkish support");
    assert_quotes("incursion meaning?", "any possible Egyptian incursion");
    assert_abstains("what does salafist mean in general, as a religion");
    // …but what it cannot give still is.
    assert_abstains("it says 'has said it will send' - when will they arrive?");
    assert_abstains("the article says 'a red line no one should cross', how many troops did algeria send?");
}

#[test]
fn remarks_views_and_guesses_around_a_question_are_not_asked() {
    // A remark on what was just said, and the asker's own view before
    // ", but", say why they ask; the question follows.
    assert_quotes(
        "the contractors thing confuses me, which is pretty odd, but anyway who do the russians fight alongside?",
        "alongside Khalifa Haftar",
    );
    assert_quotes(
        "i figured ankara and moscow would clash forever, but after the istanbul meeting what did they ask for together?",
        "called jointly",
    );
    // "…were the ones who…, yes?" says who, and the question checks it.
    assert_quotes(
        "the tripoli forces were the ones who pushed daesh out of sirte, yes?",
        "since driving Islamic State",
    );
    // The holder of a title the article never gives, said to be confirmed.
    assert_abstains("capital of russia is moscow right?");
    // The ones the article names, which it need not count.
    assert_quotes(
        "how many countries does the article name as rejecting the deals?",
        "Greece, Cyprus, France and Egypt",
    );
    // A count asked with "what", and two people taken up together.
    assert_abstains("what was the death toll in sirte?");
    assert_abstains("sarraj sat down with tebboune in algiers, what did the two of them agree on?");
    assert_quotes("why was there barely anyone left guarding sirte", "much smaller presence");
    assert_abstains("is the syllabus reading due monday");
}

#[test]
fn what_a_question_opens_with_does_not_hide_it() {
    // Whose account is asked, and the trigger of something, ask on.
    assert_quotes(
        "according to the two leaders what is the conflict doing to migrants, is it making more people cross illegally?",
        "irregular migration",
    );
    assert_quotes("what's the catalyst for the brigade being set up", "after Daesh took Sirte");
    // Set against the region it asks about, the article's own topic is no
    // request for what lies beyond the article.
    assert_quotes("what danger to the wider region do they flag, not only to libya", "regional security");
    assert_abstains("besides libya what else did putin and erdogan discuss");
    // Words that describe the one asked about need not be in its passage.
    assert_quotes("which other north african country is in the anti-haftar camp", "Algeria and Tunisia");
    // Paraphrases as data: recognition, a creed, deals thrown out.
    assert_quotes(
        "which faction does the government the world officially accepts answer to, who leads it",
        "led by Faiez Serraj",
    );
    assert_quotes("what doctrine does the 604 follow", "Madkhali Salafist");
    assert_quotes("which 2 deals did the four countries throw out", "rejected two deals");
    // What a name is short for asks what it stands for.
    assert_quotes("what is lna short for", "Libyan National Army");
    // Chat shortenings of question words and pronouns.
    // "y" asks why: a reason the article never gives for the trip.
    assert_abstains("y did hafter go to rome");
    assert_quotes("name evry1 trump has talked to", "Angela Merkel");
    // Another subject never crosses a comma: "or not, the article…".
    assert_quotes("did hafter see conte or not, the article seems vague", "Hafter met Italian Prime Minister Conte");
    assert_quotes("the 1st para says russia's counterpart, counterpart of who", "Vladimir Putin");
    assert_quotes("which us politician weighed in on libya", "Donald Trump");
    assert_quotes("the tripoli pms first name?", "Faiez Serraj");
    // A wrong date guessed is corrected; "how many years" asks how long;
    // a typo is read as written when its stem is no word ("alies").
    assert_quotes("the truce starts 19 jan, right?", "midnight 12 January");
    assert_quotes("how many years did the misratans control sirte", "since driving Islamic State");
    assert_quotes("does taking sirte help haftar with his alies", "reinforces its alliances");
    // "way" before a comparative, and "than usual", only stress it.
    assert_quotes("why was sirte way weaker than usual when the lna came", "Misratan brigades had been diverted");
    // An aside run on without a comma, a transposed "how", a modal's
    // contraction without its apostrophe.
    assert_quotes("whats hafters first name i keep writing khalid lol", "Khalifa H");
    assert_abstains("hwo many misrata fighters were in sirte b4 they left");
    assert_quotes("what else mightve the pro tripoli side gone for besides jufra", "oil crescent");
    // A pronoun means the one name the asker's own talk gave.
    assert_quotes("i'm doing a slide on algeria - which libyan side are they behind?", "Algeria supports");
    // The person a yes/no question asks about must be in its answer.
    assert_abstains("did haftar actually agree to the truce turkey and russia called for?");
    // A capital stated for confirming is world knowledge; the group's
    // reading is chatter; a bare "or…" offers the other side of a choice.
    assert_abstains("istanbul is the capital of turkey right?");
    assert_abstains("gm everyone, did anyone finish the reading yet");
    assert_quotes("trump said things in libya were getting stable? or chaos", "chaos in Libya");
    assert_quotes("serraj's first name is fayez right? or fathi", "Faiez Serraj");
    // A weekday to be confirmed is a guess the answer may correct; one
    // adverb against another is the choice, not the noun before it.
    assert_quotes("trump's press conference was on monday, right?", "press conference on Tuesday");
    assert_quotes("does taking sirte help haftars alliances elsewhere or just locally", "alliances elsewhere");
    // "-ish" only hedges the word before it; "rebels" are Haftar's side.
    assert_quotes("where did the rebel-ish eastern side extend their no-fly zone to", "Mitiga airport");
    assert_abstains("hi everyone, ready to start the reading?");
}

#[test]
fn a_place_guessed_in_a_yes_no_question_asks_where() {
    // The dateline settles it, whichever city the asker guessed.
    assert_quotes("was this article written in benghazi", "London, 8 January 2020");
    // "eastern-based" says where, though the guess is wrong.
    let reply = engine().answer("so is the lna based in tripoli or not");
    assert!(reply.answered(), "{reply:?}");
    assert!(reply.quotes()[0].text.contains("eastern-based"), "{reply:?}");
}

#[test]
fn a_passage_must_fit_the_kind_of_question() {
    // The article says who backs Haftar, never why: no sentence answers "why".
    assert!(!engine().answer("why does russia back haftar").answered());
    // "604" names a brigade, it is no quantity.
    assert!(!engine().answer("how many fighters does the 604 brigade have").answered());
}

#[test]
fn a_question_no_entry_foresaw_gets_the_best_passage() {
    let reply = engine().answer("Which cities besides Tripoli did they want normal life restored in?");
    let quoted = reply.quotes().iter().any(|q| q.text.contains("normalization of life in Tripoli"));
    assert!(reply.answered() && quoted, "{reply:?}");
}

#[test]
fn confidence_is_a_probability_and_answers_carry_locations() {
    for q in ["Who captured Sirte?", "hello", "", "How many people died in Sirte?", "sirte"] {
        let reply = engine().answer(q);
        assert!((0.0..=1.0).contains(&reply.confidence), "{q:?}: {}", reply.confidence);
        for quote in reply.quotes() {
            assert!(!quote.text.is_empty());
            assert!(quote.paragraph <= 19);
        }
    }
    let reply = engine().answer("Why did the Misratan forces pull out of Sirte?");
    let q = &reply.quotes()[0];
    assert_eq!((q.paragraph, q.section.as_deref()), (7, Some("Sirte takeover")));
}

#[test]
fn adversarial_input_gets_a_reply_not_a_panic() {
    let long = "ceasefire ".repeat(10_000) + &"x".repeat(100_000);
    let inputs = [
        String::new(),
        "   \t\n  ".to_string(),
        "!!!".to_string(),
        "🙂🙂🙂 🔥".to_string(),
        "متى يبدأ وقف إطلاق النار؟".to_string(),
        "\u{202E}erif-esaec\u{202C} \u{200F}".to_string(),
        "\u{0}\u{1}\u{7}\u{1b}[31m when\u{8} ceasefire".to_string(),
        "a".repeat(100_000),
        long,
        "'''...---\"\"\"".to_string(),
        "U.N.U.S.I.S.".to_string(),
        "Ω≈ç√∫˜µ≤≥÷ 𝕿𝖍𝖊 𝖈𝖊𝖆𝖘𝖊𝖋𝖎𝖗𝖊".to_string(),
    ];
    for input in &inputs {
        let reply = engine().answer(input);
        assert!((0.0..=1.0).contains(&reply.confidence));
        assert_eq!(reply.question, *input, "the reply keeps the question it answers");
    }
    // Every message of one to three words the reading rules look at: rules
    // that look before or after a word must hold at a message's edges ("is"
    // alone once read before its start).
    let words = [
        "is",
        "was",
        "what",
        "whats",
        "y",
        "r",
        "in",
        "from",
        "for",
        "written",
        "libya",
        "the",
        "or",
        "not",
        "way",
        "fewer",
        "first",
        "name",
        "conte",
        "21",
        "jan",
        "according",
        "to",
        "besides",
        "just",
        "deals",
        "threw",
        "out",
        ",",
        "?",
        // The seventeenth session's rules: an aside run on, "hwo many", a
        // bare "or…", one adverb against another, a weekday to confirm.
        "i",
        "thought",
        "who",
        "many",
        "locally",
        "elsewhere",
        "right",
        "monday",
        "did",
        "haftar",
        "they",
        "my",
        // The eighteenth session's: a relative clause after a name, a
        // question pointing back ("its", "the two", "that call"), an
        // adverb of time before "or", "which news site", a subject "he".
        "lately",
        "its",
        "two",
        "that",
        "news",
        "site",
        "he",
        "commanding",
        // The nineteenth session's: a name after "those", "the other way
        // round", "the number of the…", "in the group that…".
        "those",
        "round",
        "number",
        "group",
    ];
    let mut messages: Vec<String> = words.iter().map(|a| a.to_string()).collect();
    for a in words {
        for b in words {
            messages.push(format!("{a} {b}"));
            messages.extend(words.iter().map(|c| format!("{a} {b} {c}")));
        }
    }
    let mut answered = 0;
    for message in &messages {
        let reply = engine().answer(message);
        assert!((0.0..=1.0).contains(&reply.confidence), "{message:?}");
        answered += 1;
    }
    let n = words.len();
    assert_eq!(answered, n + n * n + n * n * n);
    assert!(!engine().answer("").answered());
    assert!(!engine().answer("🙂🙂🙂 🔥").answered());
    assert!(matches!(engine().answer("!!!").outcome, Outcome::Abstain { reason: AbstainReason::Empty, .. }));
}

#[test]
fn same_question_same_answer() {
    let a = entry_for("who took sirte");
    for _ in 0..3 {
        assert_eq!(entry_for("who took sirte"), a);
    }
}

/// The issue's bar on the development set, scored by score.py's rules.
#[test]
fn dev_set_bar() {
    let cases = read_cases(&data_file("dev.jsonl")).unwrap();
    let report = evaluate(&engine(), &cases);
    let summary = format!("{}\n{}", report.summary(), report.misses.join("\n"));
    assert!(report.right("answerable") >= 48, "{summary}");
    assert_eq!(report.right("unanswerable"), 5, "{summary}");
    assert_eq!(report.right("offtopic"), 6, "{summary}");
    assert_eq!(report.not_verbatim, 0, "{summary}");
}

/// Held-out sets written without looking at the knowledge base, as a guard
/// against regressions on questions nobody tuned for.
#[test]
fn held_out_sets_do_not_regress() {
    // heldout4 was written blind for the chat-style issue; its first run
    // (0.545) is the honest unseen figure in the README. dev_chat is the
    // shared sample of study-group chat.
    for (file, bar) in [
        ("heldout.jsonl", 0.88),
        ("heldout2.jsonl", 0.90),
        ("heldout3.jsonl", 0.90),
        ("heldout4.jsonl", 0.88),
        // heldout5 was written blind at the end of the chat-style issue;
        // its first run (0.773) is the figure that counts, in the README.
        ("heldout5.jsonl", 0.90),
        // heldout6, a third blind set, was scored once at the very end (0.736).
        ("heldout6.jsonl", 0.91),
        // heldout7, a fourth, written blind and scored once after the
        // follow-up and paraphrase work (0.827).
        ("heldout7.jsonl", 0.92),
        // heldout8 (E), written blind by a helper that never saw knowledge/:
        // 0.841 on its first run (the engine before the near-miss work),
        // 0.859 after it, without looking at its misses.
        ("heldout8.jsonl", 0.89),
        // heldout9 (F), written blind the same way; its first run, at the
        // end of a session's first round of work: 0.791 (0.786 on the
        // engine that session began with). Its misses were read since.
        ("heldout9.jsonl", 0.91),
        // heldout10 (H), written blind the same way after F's misses had
        // been read, and scored once at the end of that work: 0.795
        // (0.768 on the engine the session began with).
        ("heldout10.jsonl", 0.91),
        // heldout11 (I), written blind by a fresh helper at the start of
        // the next session and scored once, after that session's work on
        // F and H: 0.836 (0.818 on the engine the session began with).
        ("heldout11.jsonl", 0.88),
        // heldout12 (J), written blind by a fresh helper at the start of the
        // session after that and scored once, at the end of its work: 0.818
        // (0.800 on the engine the session began with); 0.832 a session
        // later, its misses still unread.
        ("heldout12.jsonl", 0.90),
        // heldout13 (K), written blind by a fresh helper at the start of the
        // next session and scored once, at the end of its work: 0.814
        // (0.809 on the engine the session began with).
        ("heldout13.jsonl", 0.88),
        // heldout14 (L), written blind by a fresh helper at the start of the
        // next session and scored once after its work: 0.873 (the engine
        // that session began with also scores 0.873; no answer differs).
        ("heldout14.jsonl", 0.91),
        // heldout15 (M), written blind by a fresh helper at the start of the
        // next session and scored once after its work: 0.836 (the engine
        // that session began with also scores 0.836). J's, K's and L's
        // misses were read in that session, so their bars rose.
        // Its misses were read in the session after, so its bar rose.
        ("heldout15.jsonl", 0.89),
        // heldout16 (O), written blind by a fresh helper in the middle of
        // that session and scored once, after its first fixes: 0.886 (0.891
        // on the engine that session began with). Its misses were read
        // since, so its bar rose.
        ("heldout16.jsonl", 0.92),
        // heldout17 (P), written blind by a fresh helper later in that
        // session and scored once: 0.909 (0.891 on the engine the session
        // began with). Its misses were read since.
        ("heldout17.jsonl", 0.91),
        // heldout18 (N), written blind by a fresh helper at the start of
        // that session, sealed, and scored once at the end of its work:
        // 0.868 (0.855 on the engine the session began with). Its misses
        // were read in the session after, so its bar rose.
        ("heldout18.jsonl", 0.91),
        // heldout19 (R), written blind by a fresh helper in that next
        // session and scored once, after its first fixes: 0.891 (0.882 on
        // the engine the session began with). Its misses were read since.
        ("heldout19.jsonl", 0.93),
        // heldout20 (S), written blind by a fresh helper later in that
        // session and scored once, after the second round of fixes: 0.923
        // (0.909 on the engine the session began with). Its misses were
        // read since.
        ("heldout20.jsonl", 0.92),
        // heldout21 (Q), written blind by a fresh helper at the start of
        // that session, sealed, and scored once at the end of its work:
        // 0.918 (the engine the session began with also scores 0.918).
        // Its misses were read in the session after.
        ("heldout21.jsonl", 0.92),
        // heldout22 (T), written blind by a fresh helper near the end of
        // that session and scored once on its last engine: 0.900 (0.891
        // on the engine the session began with). Its misses were read in
        // the session after.
        ("heldout22.jsonl", 0.90),
        // heldout23 (U), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its
        // work: 0.927 (the engine the session began with also scores
        // 0.927, on every question alike). Its misses were read in the
        // session after, so its bar rose.
        ("heldout23.jsonl", 0.95),
        // heldout24 (V), written blind by a fresh helper near the end of
        // that session and scored once on its last engine: 0.877 (0.873
        // on the engine the session began with). Its misses were read in
        // the session after, so its bar rose.
        ("heldout24.jsonl", 0.93),
        // heldout25 (W), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its
        // work: 0.868 (0.859 on the engine the session began with). Its
        // misses were read in the session after, so its bar rose.
        ("heldout25.jsonl", 0.92),
        // heldout26 (X), written blind by a fresh helper during that
        // session, sealed, and scored once on its last engine: 0.909
        // (0.914 on the engine the session began with). Its misses were
        // read in the session after, so its bar rose.
        ("heldout26.jsonl", 0.95),
        // heldout27 (Y), written blind by a fresh helper at the start of
        // that session, sealed, and scored once at the end of its work
        // (975a80b): 0.945 (0.923 on the engine the session began with).
        // Its misses were read in the session after, so its bar rose.
        ("heldout27.jsonl", 0.95),
        // heldout28 (Z), written blind by a fresh helper in the middle of
        // the next session and scored once on the engine of that moment
        // (96fea28 with the pronoun rule of 8061df2): 0.882 (0.877 on the
        // engine the session began with). Its misses were then read.
        ("heldout28.jsonl", 0.95),
        // heldout29 (AA), written blind by a fresh helper later in that
        // session and scored once on the engine of that moment (106bd94):
        // 0.891 (0.886 on the engine the session began with). Its misses
        // were then read.
        ("heldout29.jsonl", 0.90),
        // heldout30 (AB), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its work
        // (d73bf42): 0.900, the same as on the engine the session began
        // with. Its misses were then read, in that session and the next.
        ("heldout30.jsonl", 0.93),
        // heldout31 (AC), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its work
        // (ab28c50): 0.868 (0.864 on the engine the session began with).
        // Its misses were then read.
        ("heldout31.jsonl", 0.92),
        // heldout32 (AD), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its work
        // (d6daec3): 0.891, the same as on the engine the session began
        // with. Its misses were then read.
        ("heldout32.jsonl", 0.91),
        // heldout33 (AE), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its work
        // (2f0e70b): 0.973 (0.959 on the engine the session began with).
        ("heldout33.jsonl", 0.97),
        // heldout34 (AF), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its work
        // (2033c02): 0.895 (0.891 on the engine the session began with).
        // Its misses were read in the session after (0.936 at its end).
        ("heldout34.jsonl", 0.93),
        // heldout35 (AG), written blind by a fresh helper early in that
        // session and scored once on the engine of that moment (4cc72f1):
        // 0.886, the same as on the engine the session began with. Its
        // misses were then read (0.914 at the session's end).
        ("heldout35.jsonl", 0.91),
        // heldout36 (AH), written blind by a fresh helper in the middle of
        // that session and scored once on the engine of that moment
        // (db2831b): 0.936 (0.932 on the engine the session began with).
        // Its misses were then read (0.964 at the session's end).
        ("heldout36.jsonl", 0.96),
        // heldout37 (AI), written blind by a fresh helper at the start of
        // the next session, sealed, and scored once at the end of its work
        // (6925a9d): 0.895 (0.891 on the engine the session began with).
        // Its misses were read the session after (0.959 at its end).
        ("heldout37.jsonl", 0.95),
        // heldout38 (AJ), written blind by a fresh helper at the start of
        // that session and scored once on the engine it began with
        // (4016142): 0.945. Its misses were then read (0.982 at the
        // session's end).
        ("heldout38.jsonl", 0.98),
        // heldout39 (AK), written blind by a fresh helper in the session
        // after, and scored once on that session's engine (768564e): 0.932
        // (the same on the engine it began with). Its misses were then read
        // (0.945 at the session's end; 0.977 after the next session's
        // general fixes).
        ("heldout39.jsonl", 0.97),
        // heldout40-43 (AQ, AR, AS, AT: 80, 80, 80 and 50 questions),
        // written blind by four fresh helpers in one session and each
        // scored once on the engine of the moment it arrived: AT 0.940 and
        // AS 0.963 (59fdca8), AR 0.963 and AQ 0.925 (37bfd79); 0.948 over
        // the 290. Their misses were then read.
        ("heldout40.jsonl", 0.95),
        ("heldout41.jsonl", 0.98),
        ("heldout42.jsonl", 0.97),
        ("heldout43.jsonl", 0.96),
        // heldout44-47 (AU, AV, AW, AX: 80 each), written blind by four
        // fresh helpers at the start of the next session and each scored
        // once on the engine that session began with (1f5fd43): 0.938,
        // 0.950, 0.963 and 0.900; 0.938 over the 320. Their misses were
        // then read (0.938, 0.963, 0.975, 0.938 at the session's end).
        ("heldout44.jsonl", 0.93),
        ("heldout45.jsonl", 0.97),
        ("heldout46.jsonl", 0.98),
        ("heldout47.jsonl", 0.95),
        // heldout48 (AY, 80), written blind by a fresh helper late in the
        // eleventh session and scored once on its last engine (cdc9ece):
        // 0.912. Its misses were read in the session after (0.963).
        ("heldout48.jsonl", 0.95),
        // heldout49 (BC, 80), written blind by a fresh helper in the twelfth
        // session and scored once on its last engine (26cdc67): 0.938.
        ("heldout49.jsonl", 0.93),
        // heldout50 (BD, 80), written blind by a fresh helper at the start
        // of the fourteenth session and scored once on its first engine
        // (d04e5b4, replies as 8192b63's): 0.950; 0.963 after its misses.
        ("heldout50.jsonl", 0.96),
        // heldout51 (BE, 80), written blind by a fresh helper during the
        // fourteenth session and scored once on its engine of that moment
        // (44605c0): 0.950; 0.988 after its misses.
        ("heldout51.jsonl", 0.98),
        // heldout52 (BF, 80), written blind by a fresh helper at the start
        // of the fifteenth session and scored once on its first engine
        // (dd3c3f7): 0.875; 0.938 after its misses.
        ("heldout52.jsonl", 0.93),
        // heldout53 (BI, 80, long messages), written blind by a fresh
        // helper during the fifteenth session and scored once on its
        // engine of that moment (521362f): 0.938; 0.988 after its misses.
        ("heldout53.jsonl", 0.98),
        // heldout54 (BH, 80, 20 near misses), written blind by a fresh
        // helper during the fifteenth session and scored once on its
        // engine of that moment (6694bd4): 0.950; 0.988 after its misses.
        ("heldout54.jsonl", 0.98),
        // heldout55 (BJ, typos and short) and heldout56 (BK, direct), 80
        // each, written blind by fresh helpers during the fifteenth
        // session and scored once on its engines of those moments
        // (c5fd35e, aa6c620): 0.975 each; 0.988 each after their misses.
        ("heldout55.jsonl", 0.98),
        ("heldout56.jsonl", 0.98),
        // heldout57 (BG, 80), written blind at the start of the fifteenth
        // session, sealed and unread until the other sets' fixes were
        // done, scored once on that engine (01477de): 0.912; 0.963 after
        // its misses.
        ("heldout57.jsonl", 0.96),
        // heldout58 (BM, long framed messages), heldout59 (BN, paraphrases)
        // and heldout60 (BO, 20 near misses), 80 each, written blind in the
        // sixteenth session, sealed, scored once on the engine of their
        // moment (0.900, 0.938, 0.950), then read.
        ("heldout58.jsonl", 0.96),
        ("heldout59.jsonl", 0.98),
        ("heldout60.jsonl", 0.97),
        // heldout61 (BP, mixed study-group chat) and heldout62 (BQ, phone
        // typos), 80 each, the same session: first runs 0.900 and 0.912.
        ("heldout61.jsonl", 0.91),
        ("heldout62.jsonl", 0.95),
        // heldout63 (BL, 200 in study-group chat: 150/24/26), written blind
        // at the sixteenth session's start, sealed and unread until the
        // other sets' fixes were done, scored once on that engine
        // (f2b9376): 0.880; 0.905 after a few of its misses.
        ("heldout63.jsonl", 0.90),
        // heldout64 (BU, phone typos and 20 near misses), heldout65 (BT,
        // descriptions for names, long framing) and heldout66 (BS, yes/no
        // checks with wrong guesses), 80 each, written blind in the
        // seventeenth session, sealed, scored once on the engine of their
        // moment (0.938, 0.887, 0.863), then read.
        ("heldout64.jsonl", 0.97),
        ("heldout65.jsonl", 0.93),
        ("heldout66.jsonl", 0.92),
        // heldout67 (BR, 200 in study-group chat: 150/24/26), written blind
        // at the seventeenth session's start, sealed and unread until the
        // other sets' fixes were done, scored once on that engine
        // (4801f21): 0.925; 0.935 after a few of its misses.
        ("heldout67.jsonl", 0.93),
        // heldout68 (BW, messages that carry more than the question:
        // beliefs stated first, quoted phrases, why and comparisons) and
        // heldout69 (BX, 25 near misses beside their answerable twins), 80
        // each, written blind in the eighteenth session, sealed, scored
        // once on its starting engine (1e0d34f: 0.850, 0.925), then read.
        ("heldout68.jsonl", 0.90),
        ("heldout69.jsonl", 0.97),
        // heldout70 (BY, 80 paraphrases that avoid the article's words),
        // written blind later that session, sealed, scored once on
        // 11b3740 (0.812), then read; 0.950 after its misses were read.
        ("heldout70.jsonl", 0.94),
        // heldout71 (BZ, 80 short direct questions, half with typos a
        // speller struggles with), written blind after it, sealed, scored
        // once on 719aac9 (0.975), then read.
        ("heldout71.jsonl", 0.98),
        // heldout72 (BV, 200 in study-group chat: 150/24/26), written blind
        // at the eighteenth session's start, sealed and unread until the
        // other sets' fixes were done, scored once on that engine
        // (6f5d9ad): 0.975; 0.980 after one miss, a regression, was fixed.
        ("heldout72.jsonl", 0.97),
        // heldout73 (CA, 80 long framed paraphrases: every answerable
        // question over 15 words; 60/10/10), written blind at the end of
        // the eighteenth session, sealed, scored once on afd2a9f (0.925),
        // then read in the nineteenth: 1.000 after its misses.
        ("heldout73.jsonl", 0.97),
        // heldout74 (CB, 200 in study-group chat: 150/24/26, a third
        // over 10 words), written blind in the nineteenth session, sealed
        // and scored once on d268793 (0.920), then read: 0.940 after.
        ("heldout74.jsonl", 0.93),
        // heldout75 (CC, 120 long messages with the question buried:
        // 90/15/15), written blind in the nineteenth session, sealed and
        // scored once on its last engine (e2fbcd9): 0.933; read in the
        // twentieth: 0.950 after.
        ("heldout75.jsonl", 0.93),
        // heldout76 (CD, 200 across the whole article, half paraphrased:
        // 150/24/26), written blind in the twentieth session, sealed and
        // scored once on its first engine (21efd37): 0.885; then read:
        // 0.945 after.
        ("heldout76.jsonl", 0.94),
        // heldout77 (CE, 200 in study-group chat as it comes: 150/24/26, a
        // third over 15 words), written blind in the twentieth session,
        // sealed and scored once on 6956c64: 0.920; then read: 0.950.
        ("heldout77.jsonl", 0.94),
        // heldout78 (CF, 200 in study-group chat: 150/24/26, a third over
        // 15 words), written blind in the twenty-first session, sealed and
        // scored once on its first engine (6594f88): 0.960; then read.
        ("heldout78.jsonl", 0.97),
        // heldout79 (CG, 200 in study-group chat: 150/24/26, a third over
        // 15 words), written blind at the start of the twenty-first
        // session, sealed and kept unread until scored once on its last
        // engine (febb85a): 0.910; then read: 0.915, and 0.930 after the
        // twenty-second session.
        ("heldout79.jsonl", 0.92),
        // heldout80 (CH, 200 in study-group chat: 150/24/26, a third each
        // of 5 words or fewer, 6-15 and over 15), written blind from the
        // start of the twenty-second session, delivered near its end,
        // sealed and scored once on its last engine (887091b): 0.910;
        // 0.935 after the twenty-third session, which read its misses.
        ("heldout80.jsonl", 0.93),
        // heldout81 (CJ, 200 in study-group chat: 150/24/26, a third each
        // of 5 words or fewer, 6-15 and over 15, yes/no and two-part
        // questions), written blind from the start of the twenty-third
        // session, sealed and scored once on its last engine (e4fdff1):
        // 0.940; 0.960 after the twenty-fourth session.
        ("heldout81.jsonl", 0.95),
        // heldout82 (CI, 200 in study-group chat: 150/24/26, a third each
        // of 5 words or fewer, 6-15 and over 15), written blind from the
        // start of the twenty-third session, delivered at its end, sealed
        // and scored once on its last engine (e4fdff1): 0.900; 0.940 after
        // the twenty-fourth session.
        ("heldout82.jsonl", 0.93),
        // heldout83 (CK, 100 in study-group chat: 75/12/13), written blind
        // in the twenty-third session, delivered at its end, sealed and
        // scored once on its last engine (e4fdff1): 0.990.
        ("heldout83.jsonl", 0.98),
        // heldout84 (CL, 200 in study-group chat: 150/24/26, a third each
        // of 5 words or fewer, 6-15 and over 15), written blind from the
        // start of the twenty-fifth session, sealed and scored once on the
        // engine of 59ee8ba: 0.925; 0.950 after the session's fixes.
        ("heldout84.jsonl", 0.94),
        // heldout85 (CM, 100 in study-group chat, long messages favoured:
        // 75/12/13), written blind from the start of the twenty-fifth
        // session, sealed and scored once on its engine of 1d5095d: 0.930;
        // 0.950 after the session's fixes.
        ("heldout85.jsonl", 0.94),
        // heldout86 (CN, 200 in study-group chat: 150/24/26, a third each
        // of 5 words or fewer, 6-15 and over 15), written blind in the
        // second hour of the twenty-fifth session, sealed and scored once
        // on its engine of 3d201e3: 0.910; 0.945 after the session's fixes.
        ("heldout86.jsonl", 0.93),
        // heldout87 (CO, 200 in study-group chat: 150/24/26, a third each
        // band) and heldout88 (CP, 150, long messages favoured: 112/19/19),
        // written blind at the start of the twenty-sixth session, sealed
        // and scored once on the engine of 1f481b2: 0.935 and 0.947; 0.950
        // and 0.980 after the session's fixes.
        ("heldout87.jsonl", 0.94),
        ("heldout88.jsonl", 0.97),
        // heldout89 (CR, 100 in study-group chat, long and messy: 75/12/13),
        // written blind in the twenty-sixth session, sealed and scored once
        // on the engine of the commit that adds it: 0.910.
        ("heldout89.jsonl", 0.90),
        // heldout90 (CQ, 200 in study-group chat: 150/24/26, a third each
        // band), written blind in the twenty-sixth session, sealed and
        // scored once on the engine of c87f4a8: 0.900.
        ("heldout90.jsonl", 0.91),
        // heldout91 (CS, 200 in study-group chat: 150/24/26, a third each
        // band), written blind in the twenty-sixth session, sealed and
        // scored once on the engine of b3a0188: 0.910.
        ("heldout91.jsonl", 0.92),
        // heldout92 (CT, 200 in study-group chat: 150/24/26, a third each
        // band), written blind in the twenty-sixth session, sealed and
        // scored once on the engine of f1c796c: 0.925.
        ("heldout92.jsonl", 0.95),
        // heldout93 (CU, 200 in study-group chat: 150/24/26, a third each
        // band), written blind at the end of the twenty-sixth session,
        // sealed and scored once on its last engine (0627f0a): 0.930.
        ("heldout93.jsonl", 0.92),
        // heldout94 (CV) and heldout95 (CW, several writers' voices: long
        // asides, terse typos, notes to check, slang, comparisons), 200 each
        // in study-group chat (150/24/26, a third each band), written blind
        // at the start of the twenty-seventh session, sealed and scored once
        // on the session-start engine (0627f0a): 0.875 and 0.845; 0.935 and
        // 0.920 after the session's fixes.
        ("heldout94.jsonl", 0.93),
        ("heldout95.jsonl", 0.91),
        // heldout96 (CX) and heldout97 (CY), 200 each in study-group chat
        // (150/24/26, a third each band), written blind in the
        // twenty-seventh session and sealed: CX scored once on cb90ecf
        // (0.875), CY once on the session's last engine, f3d76f5 (0.900).
        ("heldout96.jsonl", 0.89),
        ("heldout97.jsonl", 0.89),
        // heldout98 (CZ, 200 in study-group chat: 150/24/26, a third each
        // band), written blind at the end of the twenty-seventh session,
        // sealed and scored once on its last engine (f471709): 0.920.
        ("heldout98.jsonl", 0.91),
        // The twenty-eighth session's eight, 200 each (150/24/26, a third
        // each band), written blind by fresh helpers in several voices and
        // sealed, each scored once before it was read: DA (heldout99) and
        // DB (heldout100) on the session-start engine (cfe9ce1): 0.865 and
        // 0.895; DC (heldout101) and DD (heldout102) on 749fed2: 0.885 and
        // 0.880; DE (heldout103) and DF (heldout104) on e0470cc: 0.840 and
        // 0.840; DG (heldout105) and DH (heldout106) on the session's last
        // engine (d7017c5): 0.900 and 0.925.
        ("heldout99.jsonl", 0.88),
        ("heldout100.jsonl", 0.92),
        ("heldout101.jsonl", 0.89),
        ("heldout102.jsonl", 0.88),
        ("heldout103.jsonl", 0.86),
        ("heldout104.jsonl", 0.85),
        ("heldout105.jsonl", 0.89),
        ("heldout106.jsonl", 0.91),
        // The twenty-ninth session's six, 200 each (150/24/26, a third each
        // band), written blind by fresh helpers in several voices and
        // sealed, each scored once before it was read: DI (heldout107, a
        // school history class) and DJ (heldout108, a podcast's listeners)
        // on the session-start engine (6a145e3): 0.930 and 0.865; DK
        // (heldout109, an international-relations seminar) and DL
        // (heldout110, a gaming server's news channel) on 1ea8414: 0.835
        // and 0.870; DM (heldout111, a first-year study group) and DN
        // (heldout112, a current-events club) on the session's last engine
        // (8f130b4): 0.945 and 0.910.
        ("heldout107.jsonl", 0.94),
        ("heldout108.jsonl", 0.92),
        ("heldout109.jsonl", 0.90),
        ("heldout110.jsonl", 0.89),
        ("heldout111.jsonl", 0.93),
        ("heldout112.jsonl", 0.90),
        // heldout113 (DO, 200: 150/24/26, a debate club), written blind
        // after the session's engine work ended, sealed and scored once on
        // its last engine (bf15d08, replies as 8f130b4): 0.890.
        ("heldout113.jsonl", 0.88),
        // heldout114 (DP, 200: 150/24/26, journalism students: ledes,
        // attribution, hedging), commissioned with DO, sealed and scored
        // once on the same build: 0.865.
        ("heldout114.jsonl", 0.85),
        // The thirtieth session's four, 200 each (150/24/26), written blind
        // and sealed: DQ (heldout115, a Model UN delegation) and DR
        // (heldout116, commuters and night-shift workers dictating by
        // voice) scored once on the session-start engine (bf15d08): 0.880
        // and 0.795, then read and worked on (0.915 and 0.885); DS
        // (heldout117, a university study group before a test) and DT
        // (heldout118, adult learners of English) commissioned mid-session
        // and scored once on its last engine (d7ac4eb): 0.900 and 0.925.
        ("heldout115.jsonl", 0.90),
        ("heldout116.jsonl", 0.87),
        ("heldout117.jsonl", 0.89),
        ("heldout118.jsonl", 0.91),
        // The thirty-first session's two, 200 each (150/24/26), written
        // blind and sealed: DU (heldout119, a journalism school's
        // fact-checkers and student podcast team) scored once on the
        // session-start engine (43705fe): 0.955, then read and worked on
        // (0.985); DV (heldout120, a gaming and hangout server's news
        // thread) commissioned at the start, kept sealed, and scored once
        // on the session's last engine (eeeed1b): 0.930.
        ("heldout119.jsonl", 0.97),
        ("heldout120.jsonl", 0.92),
        // The thirty-second session's three, 200 each (150/24/26), written
        // blind and sealed: DW (heldout121, a retirees' current-affairs
        // reading circle) scored once on the session-start engine
        // (107c57f): 0.895, then read and worked on (0.970); DX
        // (heldout122, an English-as-a-second-language reading club)
        // scored once on the engine of mid-session (b375bd7): 0.875, then
        // read (0.910); DY (heldout123, a Libyan diaspora server) kept
        // sealed and scored once on the engine of that moment (b33309e):
        // 0.885, then read (0.915); DZ (heldout124, an international
        // relations study group the night before a seminar) kept sealed
        // and scored once on the session's last engine (c556092): 0.925.
        ("heldout121.jsonl", 0.96),
        ("heldout122.jsonl", 0.90),
        ("heldout123.jsonl", 0.90),
        ("heldout124.jsonl", 0.92),
        // The thirty-third session's eight, 200 each (150/24/26), written
        // blind and sealed: EA (heldout125, a high-school Model UN
        // delegation) scored once on the session-start engine (c556092):
        // 0.935, then read and worked on (0.965); EC (heldout127, a
        // pub-quiz team) scored once on the engine of mid-session
        // (d502974): 0.900, then read (0.980); EB (heldout126, a podcast
        // team fact-checking a script) and ED (heldout128, parents helping
        // with a homework sheet) kept sealed and scored once on the
        // engine of that moment (49e51cd): 0.895 and 0.920, then read
        // (0.935 and 0.970); EE (heldout129, a geopolitics server of
        // armchair analysts) and EF (heldout130, a school civics class)
        // scored once on 12727b7: 0.825 and 0.955, EE then read (0.890);
        // EG (heldout131, a news streamer's chat) and EH (heldout132, an
        // international-law seminar) scored once on the last engine
        // (ad62e6a): 0.920 and 0.815. EF, EG and EH are unread.
        ("heldout125.jsonl", 0.96),
        ("heldout126.jsonl", 0.92),
        ("heldout127.jsonl", 0.97),
        ("heldout128.jsonl", 0.95),
        ("heldout129.jsonl", 0.88),
        ("heldout130.jsonl", 0.94),
        ("heldout131.jsonl", 0.91),
        ("heldout132.jsonl", 0.80),
        // The thirty-fourth session's, 200 each (150/24/26), written blind
        // and sealed: EI (heldout133, commodity traders) and EJ
        // (heldout134, a university debate society) scored once on the
        // session-start engine (faa102c): 0.900 and 0.845, then read and
        // worked on (0.960 and 0.915); EK (heldout135, tabletop wargamers)
        // and EL (heldout136, hospital night-shift nurses) scored once on
        // 785aeb7: 0.850 and 0.940, EK then read (0.945); EM (heldout137,
        // candidates revising for a civil-service exam) and EN
        // (heldout138, refugee-support volunteers) scored once on the
        // session's last engine (87391ff): 0.895 and 0.895. EL, EM and EN
        // were read in the thirty-fifth session.
        ("heldout133.jsonl", 0.95),
        ("heldout134.jsonl", 0.91),
        ("heldout135.jsonl", 0.94),
        ("heldout136.jsonl", 0.93),
        ("heldout137.jsonl", 0.89),
        ("heldout138.jsonl", 0.89),
        // The thirty-fifth session's, 200 each (150/24/26), written blind
        // and sealed: EO (heldout139, OSINT and fact-checking hobbyists)
        // and EP (heldout140, software developers in an off-topic channel)
        // scored once on the session-start engine (dbd89ce): 0.890 and
        // 0.920, then read and worked on (0.910 and 0.940); EQ (heldout141,
        // merchant-navy crews) and ER (heldout142, amateur historians of
        // the Ottoman and Russian empires) scored once on the
        // engine of that moment (c441437): 0.860 and 0.870, then read and
        // worked on; ES (heldout143, a farmers' cooperative) and ET
        // (heldout144, first-year politics students before a quiz) scored
        // once on the session's last engine (67b9bc5): 0.870 and 0.965;
        // ES was read in the thirty-sixth session (0.920), ET not.
        ("heldout139.jsonl", 0.90),
        ("heldout140.jsonl", 0.93),
        ("heldout141.jsonl", 0.90),
        ("heldout142.jsonl", 0.89),
        ("heldout143.jsonl", 0.92),
        ("heldout144.jsonl", 0.96),
        // The thirty-sixth session's, 200 each (150/24/26), written blind
        // and sealed: EU (heldout145, oil-and-gas rig crews) and EV
        // (heldout146, aviation fans) scored once on the session-start
        // engine (0f9f1ff): 0.925 and 0.900; EY (heldout149, geography and
        // history teachers) and EZ (heldout150, a football supporters'
        // club) once on 8e414c7: 0.895 and 0.940; FA (heldout151,
        // long-haul truck drivers) and FB (heldout152, a human-rights NGO)
        // once on bffd529: 0.905 and 0.930; EW (heldout147, a hospital
        // night crew) and EX (heldout148, translators and interpreters)
        // once on 0ad5c3e: 0.910 and 0.940. All eight were then read and
        // worked on. FC (heldout153, an amateur astronomy club) and FD
        // (heldout154, town councillors and their staff) scored once on
        // 65dd9e6: 0.865 and 0.890, then read and worked on (0.895 and
        // 0.900). FE (heldout155, a village beekeeping society) and FF
        // (heldout156, an esports team) scored once on the session's last
        // engine (77c74e7): 0.915 and 0.925, unread.
        ("heldout145.jsonl", 0.95),
        ("heldout146.jsonl", 0.96),
        ("heldout147.jsonl", 0.91),
        ("heldout148.jsonl", 0.95),
        ("heldout149.jsonl", 0.93),
        ("heldout150.jsonl", 0.96),
        ("heldout151.jsonl", 0.92),
        ("heldout152.jsonl", 0.94),
        ("heldout153.jsonl", 0.89),
        ("heldout154.jsonl", 0.90),
        ("heldout155.jsonl", 0.92),
        ("heldout156.jsonl", 0.93),
        // The thirty-seventh session's, 200 each (150/24/26), written blind
        // and sealed: FG (heldout157, a restaurant kitchen crew) and FH
        // (heldout158, a university chess society) scored once on the
        // session-start engine (a5ba279): 0.925 and 0.850; FI (heldout159,
        // a road-cycling club) and FJ (heldout160, tradespeople on a
        // building site) once on 484879f: 0.900 and 0.840; FK (heldout161,
        // a regimental veterans' association) and FL (heldout162, a K-pop
        // fan server) once on 5f8e4aa: 0.850 and 0.890. All six were then
        // read and worked on. FM (heldout163, a parish church choir's
        // social group) and FN (heldout164, a comedy show's writers' room)
        // scored once on the session's last engine (2e7d65d): 0.925 and
        // 0.920, and were read in the next session.
        ("heldout157.jsonl", 0.95),
        ("heldout158.jsonl", 0.89),
        ("heldout159.jsonl", 0.93),
        ("heldout160.jsonl", 0.89),
        ("heldout161.jsonl", 0.89),
        ("heldout162.jsonl", 0.92),
        ("heldout163.jsonl", 0.93),
        ("heldout164.jsonl", 0.93),
        // The thirty-eighth session's, 200 each (150/24/26), written blind
        // and sealed: FO (heldout165, an amateur theatre company) and FP
        // (heldout166, a call-centre night shift) scored once on the
        // session-start engine (c608a15): 0.920 and 0.945; FQ (heldout167,
        // a university rowing club) and FR (heldout168, public-library
        // staff) once on b0eaca7: 0.925 and 0.935; FS (heldout169, a care
        // home's family group chat) and FT (heldout170, a surf and skate
        // shop) once on 97b087b: 0.880 and 0.925; FU (heldout171, a
        // marathon-training group) and FV (heldout172, a volunteer fire
        // brigade) once on daa1b93: 0.945 and 0.845. FO-FS and FV were then
        // read and worked on; FT and FU were not. FW (heldout173, a university
        // orchestra's brass section) and FX (heldout174, dog walkers and pet
        // sitters) scored once on the session's last engine (c72c814): 0.960
        // and 0.920. FT, FU, FW and FX were read in the next session.
        ("heldout165.jsonl", 0.96),
        ("heldout166.jsonl", 0.96),
        ("heldout167.jsonl", 0.93),
        ("heldout168.jsonl", 0.94),
        ("heldout169.jsonl", 0.90),
        ("heldout170.jsonl", 0.92),
        ("heldout171.jsonl", 0.94),
        ("heldout172.jsonl", 0.86),
        ("heldout173.jsonl", 0.96),
        ("heldout174.jsonl", 0.92),
        // The thirty-ninth session's, 200 each (150/24/26), written blind and
        // sealed: FY (heldout175, a small taxi firm's drivers) and FZ
        // (heldout176, a village cricket club) scored once on the
        // session-start engine (81ff3f1): 0.905 and 0.905; GA (heldout177,
        // warehouse pickers) and GB (heldout178, a retired people's
        // current-affairs group) once on f6d6eb4: 0.915 and 0.905. FY and
        // GB were then read and worked on; FZ and GA were not. GC
        // (heldout179, food-bank volunteers) and GD (heldout180, a sixth-form
        // politics revision group) scored once on the session's last engine
        // (8b56282): 0.955 and 0.950, unread. GE (heldout181, hotel
        // receptionists on a night shift) and GF (heldout182, an office
        // fantasy-football league) were written after that, and scored once
        // on the same engine: 0.935 and 0.870. GF, GE, FZ and GA were read
        // in the fortieth session (now 0.930, 0.945, 0.935 and 0.930); GC
        // and GD stay unread.
        ("heldout175.jsonl", 0.94),
        ("heldout176.jsonl", 0.93),
        ("heldout177.jsonl", 0.93),
        ("heldout178.jsonl", 0.93),
        ("heldout179.jsonl", 0.95),
        ("heldout180.jsonl", 0.95),
        ("heldout181.jsonl", 0.94),
        ("heldout182.jsonl", 0.94),
        // The fortieth session's, 200 each (150/24/26), written blind and
        // sealed at its start: GG (heldout183, regulars of a barbershop with
        // the radio news on) and GH (heldout184, a crossword and
        // puzzle-setters' club asking in clues and synonyms), scored once on
        // 876fbf2 after the session's other fixes: 0.870 and 0.815 (the
        // session-start engine scored the same); then read (0.900 and
        // 0.845 after the forty-first session).
        ("heldout183.jsonl", 0.90),
        ("heldout184.jsonl", 0.84),
        // GI (heldout185, flatmates in a student house) and GJ (heldout186,
        // community-radio volunteers writing a bulletin), written blind and
        // sealed in the same session, scored once on its last engine
        // (d83cdbc): 0.930 and 0.935 (the session-start engine: 0.935 and
        // 0.935); read in the forty-first session (0.945 and 0.950).
        ("heldout185.jsonl", 0.94),
        ("heldout186.jsonl", 0.95),
        // The forty-first session's, 200 each (150/24/26), written blind and
        // sealed at its start: GK (heldout187, a night-shift warehouse crew
        // on their breaks) and GL (heldout188, a sixth-form debating society
        // preparing a motion), scored once on the engine the session began
        // with, the fortieth session's last (d83cdbc): 0.955 and 0.960;
        // then read (0.975 and 0.980).
        ("heldout187.jsonl", 0.97),
        ("heldout188.jsonl", 0.98),
        // GM (heldout189, retired merchant-navy sailors in a veterans'
        // club) and GN (heldout190, exchange students writing English as a
        // second language), written blind and sealed in the same session,
        // scored once on the engine of that moment (f1e4403): 0.865 and
        // 0.940 (the session-start engine: 0.860 and 0.940); then read
        // (0.895 and 0.960).
        ("heldout189.jsonl", 0.89),
        ("heldout190.jsonl", 0.96),
        // GO (heldout191, military-history buffs in a hobby forum) and GP
        // (heldout192, teenage gamers doing a school assignment), written
        // blind and sealed after that, scored once on the session's last
        // engine (48b146e): 0.890 and 0.905 (the session-start engine:
        // 0.885 and 0.900); read in the forty-second session (0.960 and
        // 0.935).
        ("heldout191.jsonl", 0.96),
        ("heldout192.jsonl", 0.93),
        // The forty-second session's, 200 each (150/24/26), written blind
        // and sealed at its start: GQ (heldout193, a hair salon's stylists
        // and apprentices between clients) and GR (heldout194, postgraduates
        // sharing an office, writing a policy brief late at night), scored
        // once on the engine the session began with, the forty-first
        // session's last (b8600e3): 0.925 and 0.940; then read (0.940
        // and 0.975).
        ("heldout193.jsonl", 0.94),
        ("heldout194.jsonl", 0.97),
        // GS (heldout195, bakers and counter staff on the early shift) and
        // GT (heldout196, teenage siblings and a cousin on a homework
        // sheet), written blind and sealed after GQ and GR were read,
        // scored once on the engine of that moment (241c17d): 0.960 and
        // 0.925 (the session-start engine: 0.960 and 0.925); then read
        // (0.975 and 0.935).
        ("heldout195.jsonl", 0.97),
        ("heldout196.jsonl", 0.93),
        // GU (heldout197, volunteer lifeguards on a quiet shift) and GV
        // (heldout198, a crime-fiction book club reading the news as a
        // mystery), written blind and sealed after GS and GT were read,
        // scored once on the engine of that moment (6d9cd0f): 0.930 and
        // 0.925 (the session-start engine: the same); then read (0.940
        // and 0.940).
        ("heldout197.jsonl", 0.94),
        ("heldout198.jsonl", 0.94),
        // GW (heldout199, chemistry postgrads waiting on experiments) and
        // GX (heldout200, amateur radio operators in a club channel),
        // written blind after GU and GV were scored and sealed unread
        // until the session's last engine (8629cb2): 0.935 and 0.900 (the
        // session-start engine: 0.930 and 0.895); then read (0.945 and
        // 0.910).
        ("heldout199.jsonl", 0.94),
        ("heldout200.jsonl", 0.91),
        // GY (heldout201, wedding photographers editing late at night) and
        // GZ (heldout202, a model-railway club of retired engineers),
        // written blind after GW and GX were read, sealed unread and
        // scored once on the session's last engine (f4583cf): 0.910 and
        // 0.920 (the session-start engine: the same); unread.
        ("heldout201.jsonl", 0.91),
        ("heldout202.jsonl", 0.92),
        // HA (heldout203, lorry drivers dictating by voice-to-text) and HB
        // (heldout204, parents in a school-gate chat helping with
        // homework), written blind at the start of the forty-third
        // session and scored once on its first engine (39d039d): 0.920
        // and 0.900; then read (0.950 and 0.950).
        ("heldout203.jsonl", 0.95),
        ("heldout204.jsonl", 0.95),
        // HC (heldout205, gym regulars texting between sets) and HD
        // (heldout206, a village allotment society), written blind after
        // HA and HB were read, sealed unread and scored once on 7376a0c:
        // 0.930 and 0.910 (the session-start engine: 0.925 and 0.910);
        // then read (0.945 and 0.965).
        ("heldout205.jsonl", 0.94),
        ("heldout206.jsonl", 0.96),
        // HE (heldout207, a running club training for a marathon) and HF
        // (heldout208, a church choir before rehearsal), written blind
        // after HC and HD were read, sealed unread and scored once on
        // 5695fd8: 0.930 and 0.950 (the session-start engine: 0.930 and
        // 0.945); then read (0.945 and 0.960).
        ("heldout207.jsonl", 0.94),
        ("heldout208.jsonl", 0.96),
        // HG (heldout209, a university rowing crew before a 5am outing)
        // and HH (heldout210, grandparents new to Discord), written blind
        // after HE and HF were read, sealed unread and scored once on the
        // engine of that moment (3af5cf9): 0.955 and 0.915 (the
        // session-start engine: the same); then read (0.960 and 0.935).
        ("heldout209.jsonl", 0.96),
        ("heldout210.jsonl", 0.93),
        // HI (heldout211, night-shift paramedics between calls) and HJ
        // (heldout212, apprentice electricians and plumbers on a
        // day-release course), written blind after HG and HH were read,
        // sealed unread and scored once on the session's last engine
        // (c81aff4): 0.920 and 0.930 (the session-start engine: 0.925 and
        // 0.925); unread.
        ("heldout211.jsonl", 0.92),
        ("heldout212.jsonl", 0.93),
        // HK (heldout213, volunteer firefighters at a rural station between
        // call-outs) and HL (heldout214, an amateur astronomy society
        // waiting for clouds to clear), written blind at the start of the
        // forty-fourth session and scored once on its first engine
        // (b6d558e): 0.940 and 0.970; then read (0.975 and 0.985).
        ("heldout213.jsonl", 0.975),
        ("heldout214.jsonl", 0.985),
        // HM (heldout215, a morning dog-walking group in the park) and HN
        // (heldout216, a coarse-fishing club on a riverbank), written
        // blind while HK and HL were read, sealed unread and scored once
        // on the session-start engine (b6d558e): 0.910 and 0.930; then read
        // (0.920 and 0.945).
        ("heldout215.jsonl", 0.92),
        ("heldout216.jsonl", 0.945),
        // HO (heldout217, stallholders at a sunday car-boot sale) and HP
        // (heldout218, stand-up comedians prepping a topical set), written
        // blind while HK and HL were read, sealed unread and scored once
        // on the engine of that moment (ad10a2d): 0.915 and 0.945 (the
        // session-start engine: the same); then read (0.940 and 0.950).
        ("heldout217.jsonl", 0.94),
        ("heldout218.jsonl", 0.95),
        // HQ (heldout219, a village bell-ringing band in the pub after
        // practice) and HR (heldout220, retired teachers in a
        // current-affairs group), written blind after HK and HL were
        // read, sealed unread and scored once on the engine of that moment
        // (ad10a2d): 0.950 and 0.950 (the session-start engine: the same);
        // then read (0.965 and 0.950).
        ("heldout219.jsonl", 0.965),
        ("heldout220.jsonl", 0.95),
        // HS (heldout221, hospital porters and cleaners on a night shift)
        // and HT (heldout222, surfers waiting for the swell), written
        // blind after HM to HP were read, sealed unread and scored once on
        // the engine of that moment (51cab0b): 0.930 and 0.940 (the
        // session-start engine: the same); then read (0.955 and 0.945).
        ("heldout221.jsonl", 0.955),
        ("heldout222.jsonl", 0.945),
        // HU (heldout223, a neighbourhood watch group chat) and HV
        // (heldout224, trainee air traffic controllers revising), written
        // blind after HQ to HT were read, sealed unread and scored once on
        // the engine of that moment (d46c411): 0.950 and 0.935 (the
        // session-start engine: the same); then read (0.955 and 0.950).
        ("heldout223.jsonl", 0.955),
        ("heldout224.jsonl", 0.95),
        // HW (heldout225, farmers during lambing season) and HX
        // (heldout226, a university fencing club between bouts), written
        // blind after HQ to HT were read, sealed unread and scored once on
        // the engine of that moment (d46c411): 0.935 and 0.955 (the
        // session-start engine: 0.930 and 0.955); then read (0.950 and 0.960).
        ("heldout225.jsonl", 0.95),
        ("heldout226.jsonl", 0.96),
        // HY (heldout227, long-distance cyclists at cafe stops) and HZ
        // (heldout228, an amateur dramatics society between rehearsals),
        // written blind after HU to HX were read, sealed unread and scored
        // once on the engine of that moment (c428bb8): 0.930 and 0.920
        // (the session-start engine: 0.930 and 0.915); then read (0.940 and
        // 0.935).
        ("heldout227.jsonl", 0.94),
        ("heldout228.jsonl", 0.935),
        // IA (heldout229, food bank volunteers on their breaks) and IB
        // (heldout230, retired sailors at a marina clubhouse), written
        // blind after HY and HZ were read, sealed unread and scored once
        // on the engine of that moment (1e1461c): 0.950 and 0.895 (the
        // session-start engine: the same); IB then read (0.910).
        ("heldout229.jsonl", 0.95),
        ("heldout230.jsonl", 0.91),
        // IC (heldout231, adult learners on a night-school history course)
        // and ID (heldout232, bus drivers in a depot group chat), written
        // blind after IB was read, sealed unread and scored once on the
        // session's last engine (acedf07): 0.940 and 0.910 (the
        // session-start engine: 0.930 and 0.910); unread.
        ("heldout231.jsonl", 0.94),
        ("heldout232.jsonl", 0.91),
        // IE (heldout233, a knitting and crochet circle) and IF (heldout234,
        // pharmacy staff on their breaks), written blind at the start of the
        // forty-fifth session, sealed unread and scored once on its
        // session-start engine (1deb384): 0.950 and 0.890; both then read
        // (0.955 and 0.940).
        ("heldout233.jsonl", 0.955),
        ("heldout234.jsonl", 0.94),
        // IG (heldout235, tattoo artists in a studio chat) and IH
        // (heldout236, park rangers typing on the trails), written blind
        // after IF was read, sealed unread and scored once on the engine of
        // that moment (f480171): 0.955 and 0.885 (the session-start engine:
        // the same); both then read (0.970 and 0.915).
        ("heldout235.jsonl", 0.97),
        ("heldout236.jsonl", 0.915),
        // II (heldout237, staff of a craft brewery) and IJ (heldout238,
        // a sports injury clinic's physiotherapists and receptionists),
        // written blind after IH was read, sealed unread and scored once on
        // the engine of that moment (ded0d55): 0.950 and 0.960 (the
        // session-start engine: 0.950 and 0.955); both then read (0.960 and
        // 0.960).
        ("heldout237.jsonl", 0.96),
        ("heldout238.jsonl", 0.96),
        // IK (heldout239, locksmiths and glaziers in a trade chat) and IL
        // (heldout240, stonemasons restoring a cathedral), written blind
        // after II and IJ were read, sealed unread and scored once on the
        // session's last engine (015ec59): 0.915 and 0.960 (the
        // session-start engine: 0.905 and 0.960); both read in the
        // forty-sixth session (0.930 and 0.975).
        ("heldout239.jsonl", 0.93),
        ("heldout240.jsonl", 0.975),
        // IM (heldout241, a county beekeepers' association) and IN
        // (heldout242, a city hotel's night reception and housekeeping
        // staff), written blind at the start of the forty-sixth session,
        // sealed and scored once on the session-start engine (c7e49fe):
        // 0.935 and 0.955; both then read (0.950 and 0.965).
        ("heldout241.jsonl", 0.95),
        ("heldout242.jsonl", 0.965),
        // IO (heldout243, an amateur community orchestra) and IP (heldout244,
        // an indoor climbing gym's staff and regulars), written blind after
        // IK to IN were read, sealed and scored once on 9f9bfbc: 0.970 and
        // 0.940 (the session-start engine: 0.970 and 0.935); both then read
        // (0.975 and 0.955).
        ("heldout243.jsonl", 0.975),
        ("heldout244.jsonl", 0.955),
        // IQ (heldout245, a volunteer lifeboat station's crew) and IR
        // (heldout246, a veterinary practice's staff), written blind after
        // IO and IP were read, sealed and scored once on e74d2a0: 0.930 and
        // 0.950 (the session-start engine: 0.930 and 0.950); both then read
        // (0.935 and 0.955).
        ("heldout245.jsonl", 0.935),
        ("heldout246.jsonl", 0.955),
        // IS (heldout247, a suburban chess club at a weekend tournament) and
        // IT (heldout248, a window-cleaning firm's group chat), written blind
        // after IQ and IR were read, sealed unread and scored once on the
        // session's last engine (5d17a32): 0.960 and 0.920 (the
        // session-start engine: the same).
        ("heldout247.jsonl", 0.96),
        ("heldout248.jsonl", 0.92),
        // IU (heldout249, a dental surgery's front desk and nurses) and IV
        // (heldout250, a village cricket club), written blind at the start
        // of the forty-seventh session, sealed and scored once on the engine
        // it began with (205e3d3): 0.945 and 0.945; both then read (0.990
        // and 0.975).
        ("heldout249.jsonl", 0.99),
        ("heldout250.jsonl", 0.975),
        // IW (heldout251, a hospital pharmacy team) and IX (heldout252, a
        // motorbike touring club), written blind after IU and IV were read,
        // sealed and scored once on 8c89806: 0.940 and 0.925 (the
        // session-start engine: the same); both then read (0.970 and
        // 0.960).
        ("heldout251.jsonl", 0.97),
        ("heldout252.jsonl", 0.96),
        // IY (heldout253, a primary school's teaching assistants) and IZ
        // (heldout254, a farmers' market's stallholders), written blind
        // after IW and IX were read, sealed and scored once on b408e92:
        // 0.950 and 0.980 (the session-start engine: 0.935 and 0.975);
        // both then read (0.965 and 0.980).
        ("heldout253.jsonl", 0.965),
        ("heldout254.jsonl", 0.98),
        // JA (heldout255, a utility company's call-centre agents) and JB
        // (heldout256, a hairdressing salon), written blind after IY and IZ
        // were read, sealed and scored once on 98a46f2: 0.950 and 0.905
        // (the session-start engine: 0.950 and 0.900); both then read
        // (0.970 and 0.945).
        ("heldout255.jsonl", 0.97),
        ("heldout256.jsonl", 0.945),
        // JC (heldout257, a community food bank's volunteers) and JD
        // (heldout258, an amateur astronomy society), written blind after JA
        // and JB were read, sealed unread and scored once on the session's
        // last engine (05bdf9b): 0.940 and 0.950 (the session-start engine:
        // 0.930 and 0.945); both read in the forty-eighth session (0.970 and
        // 0.975).
        ("heldout257.jsonl", 0.97),
        ("heldout258.jsonl", 0.975),
        // JE (heldout259, an artisan bakery's early-shift bakers and counter
        // staff) and JF (heldout260, a regional theatre's stage crew),
        // written blind at the start of the forty-eighth session, sealed and
        // scored once on the session-start engine (6be80b7): 0.935 and 0.945;
        // both then read (0.975 and 0.960).
        ("heldout259.jsonl", 0.975),
        ("heldout260.jsonl", 0.96),
        // JG (heldout261, a colliery brass band's players and committee) and
        // JH (heldout262, a parcel courier depot's drivers and sorters),
        // written blind after JE and JF were read, sealed and scored once on
        // 0db7cb2: 0.960 and 0.950 (the session-start engine: the same); both
        // then read (0.980 and 0.990).
        ("heldout261.jsonl", 0.98),
        ("heldout262.jsonl", 0.99),
        // JI (heldout263, a scout troop's volunteer leaders) and JJ
        // (heldout264, an estate agency's negotiators and lettings staff),
        // written blind after JG and JH were read, sealed and scored once on
        // 674241d: 0.945 and 0.965 (the session-start engine: 0.935 and
        // 0.965); both then read (0.970 and 0.975).
        ("heldout263.jsonl", 0.97),
        ("heldout264.jsonl", 0.975),
        // JK (heldout265, a roofing firm's crew and office staff) and JL
        // (heldout266, a pub darts league's players and captains), written
        // blind after JI and JJ were read, sealed and scored once on
        // 838a4e9: 0.925 and 0.955 (the session-start engine: 0.915 and
        // 0.955); both then read (0.965 and 0.985).
        ("heldout265.jsonl", 0.965),
        ("heldout266.jsonl", 0.985),
        // JM (heldout267, a canal boat hire yard's staff and boat handlers)
        // and JN (heldout268, a tyre-and-exhaust garage's fitters and front
        // counter), written blind after JK and JL were read, sealed unread and
        // scored once on the session's last engine (7ac038d): 0.935 and 0.930
        // (the session-start engine: 0.925 and 0.930); read in the
        // forty-ninth session (0.965 and 0.940).
        ("heldout267.jsonl", 0.965),
        ("heldout268.jsonl", 0.94),
        // JO (heldout269, a crown green bowls club's members and committee)
        // and JP (heldout270, a harbour ferry's deckhands and ticket office),
        // written blind after JM and JN were sealed, and scored once on
        // 7ac038d: 0.940 and 0.930 (the session-start engine: the same); both
        // then read (0.955 and 0.950).
        ("heldout269.jsonl", 0.955),
        ("heldout270.jsonl", 0.95),
        // JQ (heldout271, a vineyard's pickers and cellar hands) and JR
        // (heldout272, a plastering and drylining firm's crew), written
        // blind after JO and JP were read, sealed unread and scored once on
        // the session's last engine (273e7a0): 0.945 and 0.950 (the
        // session-start engine: 0.945 and 0.930); read in the forty-ninth
        // session (0.960 and 0.955).
        ("heldout271.jsonl", 0.96),
        ("heldout272.jsonl", 0.955),
        // JS (heldout273, a leisure centre's lifeguards and swim teachers)
        // and JT (heldout274, a house removals firm's packers and van
        // crews), written blind at the forty-ninth session's start, sealed
        // unread and scored once on its first engine (f0a9237): 0.970 and
        // 0.950; then read (0.990 and 0.955).
        ("heldout273.jsonl", 0.99),
        ("heldout274.jsonl", 0.955),
        // JU (heldout275, a hospital laundry's night shift) and JV
        // (heldout276, a motorway service station's staff), written blind
        // after JS and JT were read, sealed unread and scored once on
        // 86b2b6b: 0.960 and 0.950 (the session-start engine: the same);
        // then read (0.970 and 0.960).
        ("heldout275.jsonl", 0.97),
        ("heldout276.jsonl", 0.96),
        // JW (heldout277, a council's bin crews and street sweepers) and JX
        // (heldout278, a garden centre's staff), written blind after JU and
        // JV were read, sealed unread and scored once on e9d98e9: 0.950 and
        // 0.935 (the session-start engine: the same); then read (0.970 and
        // 0.950; JW 0.965 after the review took out "went to haftar").
        ("heldout277.jsonl", 0.965),
        ("heldout278.jsonl", 0.95),
        // JY (heldout279, a bus depot's night-shift mechanics and cleaners)
        // and JZ (heldout280, a community cinema's volunteers), written
        // blind after JW and JX were read, sealed unread and scored once on
        // the session's last engine (1a46bef): 0.920 and 0.970 (the
        // session-start engine: 0.920 and 0.965); read in the fiftieth
        // session (0.930 and 0.980).
        ("heldout279.jsonl", 0.93),
        ("heldout280.jsonl", 0.98),
        // KA (heldout281, a city zoo's keepers) and KB (heldout282, a
        // newspaper printing plant's press operators), written blind at the
        // fiftieth session's start, sealed unread and scored once on its
        // first engine (7e24ed7): 0.945 and 0.940; then read (0.955 and
        // 0.965 after the review took back three of the fixes).
        ("heldout281.jsonl", 0.955),
        ("heldout282.jsonl", 0.965),
        // KE (heldout283, a hospital kitchen's cooks and porters) and KF
        // (heldout284, a city marathon's volunteer marshals), written blind
        // after KA and KB were read, sealed unread and scored once on the
        // session's last engine (f94cea9): 0.955 and 0.960 (the
        // session-start engine: 0.950 and 0.960).
        ("heldout283.jsonl", 0.955),
        ("heldout284.jsonl", 0.96),
        // KC (heldout285, a mountain resort's ski-lift operators) and KD
        // (heldout286, a city library's staff), commissioned after KA and
        // KB were read (before KE and KF, but arriving after them), sealed
        // unread and scored once on the same last engine (f94cea9): 0.945
        // and 0.950 (the session-start engine: the same).
        ("heldout285.jsonl", 0.945),
        ("heldout286.jsonl", 0.95),
        ("dev_chat.jsonl", 0.97),
    ] {
        let cases = read_cases(&data_file(file)).unwrap();
        let report = evaluate(&engine(), &cases);
        let summary = format!("{file}\n{}\n{}", report.summary(), report.misses.join("\n"));
        assert!(report.accuracy() >= bar, "{summary}");
        assert_eq!(report.not_verbatim, 0, "{summary}");
    }
}

/// 100 pairs of a question and a follow-up in several styles ("and
/// russia?", "since when?", "anything else?", pointers back, questions
/// that stand on their own), written without the engine's code. First
/// run 0.75; the issue's target is 0.90 (see the README).
#[test]
fn follow_up_set_bar() {
    let cases = read_cases(&data_file("followups.jsonl")).unwrap();
    assert!(cases.iter().filter(|c| c.prev.is_some()).count() >= 100);
    let report = evaluate(&engine(), &cases);
    let summary = format!("{}\n{}", report.summary(), report.misses.join("\n"));
    assert!(report.accuracy() >= 0.90, "{summary}");
    assert_eq!(report.not_verbatim, 0, "{summary}");
}

/// 60 more pairs in the same styles, written blind by a helper that never
/// saw knowledge/ or the engine: 0.767 on their first run, 0.833 after
/// the follow-up work that read their misses.
#[test]
fn blind_follow_up_set_bar() {
    let cases = read_cases(&data_file("followups2.jsonl")).unwrap();
    assert_eq!(cases.iter().filter(|c| c.prev.is_some()).count(), 60);
    let report = evaluate(&engine(), &cases);
    let summary = format!("{}\n{}", report.summary(), report.misses.join("\n"));
    assert!(report.accuracy() >= 0.81, "{summary}");
    assert_eq!(report.not_verbatim, 0, "{summary}");
}

/// A pronoun points at the previous question's subject, even when it
/// names someone else too; and a follow-up that points back is never
/// answered as if it stood alone.
#[test]
fn a_pronoun_points_back_at_the_previous_subject() {
    let e = engine();
    let r = e.answer_after("how long is it supposed to last", Some("when does the ceasefire start"));
    assert!(!r.answered(), "the article does not say how long the ceasefire lasts: {r:?}");
    assert!(e.answer("how long is it supposed to last").answered(), "alone, it reads as Sirte's hold");
    let r = e.answer_after("when is he talking to putin", Some("what did trump say about libya"));
    assert!(!r.answered(), "the article does not say when Trump talks to Putin: {r:?}");
    // A stand-in ("Tripoli" for Serraj) does not answer for someone
    // when the quote names another person in their place.
    let r = e.answer_after("and sarraj's?", Some("what tribe is hafter from"));
    assert!(!r.answered(), "the article gives no tribe for Sarraj: {r:?}");
    // "and X?" keeps asking what was asked; a question of its own asks no
    // one's words.
    let r =
        e.answer_after("and trump's press conference?", Some("what day did the 4 foreign ministers reject the deals"));
    assert!(r.quotes().iter().any(|q| q.text.contains("Tuesday")), "{r:?}");
    let r = e.answer_after(
        "ok and what did they do on monday",
        Some("what did haftar's side announce today about the airport"),
    );
    assert!(r.quotes().iter().any(|q| q.text.contains("takeover of Sirte")), "{r:?}");
    // The pronoun after the name is the name's own.
    let q = "what did putin say about his ceasefire";
    assert_eq!(e.answer_after(q, Some("who took sirte")), e.answer(q));
}

#[test]
fn a_follow_up_is_read_with_the_question_before_it() {
    let e = engine();
    let quotes = |q: &str, prev: &str| {
        let r = e.answer_after(q, Some(prev));
        assert!(r.answered(), "{q:?} after {prev:?}: {r:?}");
        r.quotes().iter().map(|q| q.text.clone()).collect::<Vec<_>>().join(" ")
    };
    assert!(quotes("and Serraj?", "Who backs Hafter?").contains("Turkey supports"));
    assert!(quotes("on what date?", "Where did Sarraj meet Tebboune?").contains("6 January"));
    assert!(quotes("and russia?", "who does turkey back").contains("Russia backs"));
    assert!(quotes("who signed those deals?", "What did the four countries reject?").contains("signed between Turkey"));
    // A bare question word asks it of what was asked: since when they
    // controlled Sirte, not since when anything happened.
    assert!(quotes("since when?", "who controlled sirte before hafter took it").contains("since driving Islamic State"));
    // "how?" asks by what means; "anyone else?" is answered by the quote
    // just given when it names more than the question did.
    let how = quotes("how?", "who seized sirte");
    assert!(how.contains("put down mainly to") || how.contains("diverted to defend Tripoli"), "{how}");
    assert!(quotes("anyone else?", "who did serraj meet in algiers").contains("Cavusoglu"));
    // "it" is no person the follow-up names: "did Hafter agree to it?"
    // asks about the ceasefire, which the article could not know.
    let r = e.answer_after("did hafter agree to it?", Some("when is the ceasefire supposed to start"));
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("turned out")), "{r:?}");
    // A second reason the article gives.
    assert!(quotes("any other reason?", "why did sirte fall so easily").contains("diverted to defend Tripoli"));
    // "Them" are what was sent: the article gives no number of advisers,
    // and the four countries are no count of them.
    let r = e.answer_after("how many of them", Some("what are the russians sending to libya"));
    assert!(!r.answered(), "{r:?}");
    // Alone, the same words are another question.
    let alone = e.answer("on what date?");
    assert!(!alone.quotes().iter().any(|q| q.text.contains("6 January")), "{alone:?}");
}

#[test]
fn a_question_that_stands_on_its_own_ignores_the_one_before() {
    let e = engine();
    for (q, prev) in [
        ("When does the ceasefire start?", "who took sirte"),
        ("Who is Tebboune?", "what did the four countries reject"),
    ] {
        assert_eq!(e.answer_after(q, Some(prev)), e.answer(q), "{q:?} after {prev:?}");
    }
}

/// World knowledge in the article's names: the capital of Turkey or
/// Russia is never named in the article, though "the Turkish capital"
/// stands for Turkey; and a class's own business is not the article's.
#[test]
fn a_shared_name_is_not_a_shared_subject() {
    let e = engine();
    for q in [
        "whats the capital of turkey",
        "so is istanbul or izmir the capital of turkey",
        "what is the capital of russia",
        "which is the capital of Turkey?",
    ] {
        let r = e.answer(q);
        assert!(!r.answered(), "{q:?}: {r:?}");
    }
    assert!(e.answer("who is the president of turkey").answered());
    assert!(e.answer("where did the presidents of turkey and russia meet").answered());
    // Another holder of a title the article gives: not the one it names.
    for q in ["who was the first president of the usa", "who was italy's pm before conte"] {
        let r = e.answer(q);
        assert!(!r.answered(), "{q:?}: {r:?}");
    }
    assert!(e.answer("who is the new algerian president").answered());
}

/// An entry's examples that ask when an event happened vouch that the
/// entry times it, even when the quote with the date words the event
/// otherwise; an example about another event does not.
#[test]
fn examples_that_ask_when_vouch_for_the_date() {
    let e = engine();
    let r = e.answer("algiers trip date");
    assert!(r.quotes().iter().any(|q| q.text.contains("6 January")), "{r:?}");
    assert_abstains("when exactly were the two turkey-tripoli deals signed, need the actual date");
}

/// An entry whose examples ask "who" still needs a name the question does
/// not give: "who did Serraj meet in Brussels?" is not answered by
/// "Serraj visited the EU in Brussels"; and the article never names the
/// Russian contractors' company.
#[test]
fn who_needs_someone_the_question_does_not_name() {
    let e = engine();
    let r = e.answer("who did serraj meet with at the eu in brussels");
    assert!(!r.quotes().iter().any(|q| q.text == "Faiez Serraj visited the EU in Brussels"), "{r:?}");
    assert!(e.answer("who visited brussels").answered());
    assert!(!e.answer("is it the wagner group that russia sent, or some other company").answered());
    let r = e.answer("who did serraj meet at the eu, like which official");
    assert!(!r.quotes().iter().any(|q| q.text == "Faiez Serraj visited the EU in Brussels"), "{r:?}");
}

/// An example that is the question vouches for what it asks, but not for
/// a finer time than its quote gives.
#[test]
fn a_curated_example_does_not_give_a_month_the_quote_lacks() {
    let e = engine();
    assert!(e.answer("when did daesh take sirte").answered());
    assert_abstains("what month did daesh take sirte");
}

/// "What time" asks a time of day: a day is not one.
#[test]
fn what_time_asks_a_time_of_day() {
    let e = engine();
    assert!(!e.answer("What time on Monday did Sirte fall?").answered());
    let r = e.answer("what time does the ceasefire start");
    assert!(r.quotes().iter().any(|q| q.text.contains("midnight")), "{r:?}");
}

/// A message that asks two things is answered with both when the article
/// answers each; when it answers only the first, the reply names the
/// question it leaves open, never reading as all of it.
#[test]
fn two_questions_in_one_message_get_both_answers() {
    let e = engine();
    let r = e.answer("are there russian soldiers for hire in libya and who are they working with");
    assert!(r.answered(), "{r:?}");
    assert!(r.quotes().iter().any(|q| q.text.contains("contractors")), "{r:?}");
    assert!(r.unanswered.is_empty(), "{r:?}");
    // A second clause that only leans on the first is not a second question.
    assert_abstains("when are trump and putin actually having their libya call, is there a date");

    let r = e.answer("who runs the tripoli govt, and how many people died when sirte fell?");
    assert!(r.quotes().iter().any(|q| q.text.contains("Serraj")), "{r:?}");
    assert_eq!(r.unanswered, ["how many people died when sirte fell"]);
    // The first question is what the message is about.
    assert_abstains("how many people died when sirte fell, and who runs the tripoli govt?");
    // "like …" says what the question before meant: it must be answered too.
    assert_abstains("how big is the mitiga no-fly zone, like what radius");
}

/// "Where" is answered by a place the passage puts something in ("in
/// Istanbul", "at a press conference"), not by a country that acts in it.
#[test]
fn where_needs_a_place_the_passage_puts_something_in() {
    assert_abstains("where did the greek, cypriot, french and egyptian ministers meet to reject the deals?");
    assert_quotes("where did trump talk about libya", "press conference");
    assert_quotes("where was it written?", "London");
    assert_quotes("where did hafter meet conte", "in Rome");
}

/// The noun a "which" question asks for must be in the answer, however
/// common the word: the article names no company.
#[test]
fn which_noun_must_be_answered() {
    assert_abstains("which russian company do the contractors work for");
    assert_quotes("which airfield got put under the LNA's flight ban?", "Mitiga airport");
}

/// "His side", "the diplomacy side": the side of what comes before.
#[test]
fn a_side_of_something_is_that_thing() {
    assert_quotes("what did his side take advantage of in sirte", "diverted to defend Tripoli");
}

/// A report of 8 January cannot say how the ceasefire called for 12
/// January turned out; it can say when it was to start, and what happened
/// before.
#[test]
fn how_a_later_event_turned_out_is_not_stated() {
    let e = engine();
    for q in ["did the truce hold", "did serraj's govt accept the ceasefire proposal or reject it"] {
        let r = e.answer(q);
        assert!(!r.answered(), "{q}: {r:?}");
        assert!(
            matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("turned out")),
            "{q}: {r:?}"
        );
    }
    assert_quotes("did the ceasefire start on the 12th", "midnight 12 January");
    assert_quotes("did the eastern forces start the attack on tripoli", "4 April");
    assert_quotes("did putin and erdogan call for a ceasefire", "called for a ceasefire");
    // What the article did is what it says, not a later event.
    let r = engine().answer("did the article tie the truce to what else was happening diplomatically");
    assert!(!matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("turned out")), "{r:?}");
}

/// Words said to someone: "what did Putin say to Trump?" needs a passage
/// where Putin speaks to Trump, not Putin's call with Erdogan.
#[test]
fn words_said_to_someone_need_that_someone() {
    let e = engine();
    let r = e.answer("what did putin say to trump about libya");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("said to trump")), "{r:?}");
    assert!(!e.answer("what did trump and putin say to each other").answered());
    assert_quotes("what did the algerian president tell sarraj", "red line");
    assert_quotes("what did trump say to erdogan", "ways to restore stability");
    // Asking is saying: what Serraj asked for needs Serraj's words, not
    // "the call" of the two presidents.
    let r = e.answer("what did serraj ask the eu for in brussels");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("serraj said")), "{r:?}");
    assert_quotes("what did putin and erdogan ask for", "called for a ceasefire");
    // Confirming is saying: it needs the one who confirms, not the word.
    assert_abstains("did tunisia confirm it's allied with tripoli and turkey");
    assert_quotes("did trump confirm he will talk to putin", "speak with Russian President Vladimir Putin");
    // A participle ending the message is done to the word before it.
    assert_quotes("sarraj-conte meeting confirmed?", "conflicting reports");
}

/// "What is it called?" needs a passage that names the thing: "Russian
/// military contractors" says who they are, not what their firm is called.
#[test]
fn a_name_asked_needs_a_passage_that_gives_it() {
    let e = engine();
    for q in [
        "whats the name of the russian contractor group? is it wagner",
        "what are the russian mercenaries called",
        "what was the name of haftar's offensive on tripoli",
        "what's the name of the security agreement turkey signed with tripoli",
    ] {
        let r = e.answer(q);
        assert!(
            matches!(&r.outcome, Outcome::NotStated { missing, related } if missing == "what it is called" && !related.is_empty()),
            "{q:?} -> {r:?}"
        );
    }
    assert_quotes("what is the name of the brigade that took sirte", "604 Brigade");
    assert_quotes("whats the name of the local unit that switched sides", "604 Brigade");
    assert_quotes("whats the name of the airbase south of sirte", "Jufra airbase");
    assert_quotes("name of the tripoli airport in the article?", "Mitiga airport");
    assert_quotes("what's haftar's army called", "Libyan National Army");
    assert_quotes("whats haftars tribe called", "Ferjan tribe");
    assert_quotes("whats the name of the maritime deal", "Turkey-Libya maritime agreement");
    // How the article puts it is not a name.
    assert_quotes("what is the no fly zone called in the article", "no-fly zone");
    // Which ones of a whole are in it needs them named.
    let r = e.answer("which oil terminals are part of the oil crescent");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing == "which ones"), "{r:?}");
    assert_quotes("which tribes are in the 604 brigade", "Ferjan tribe");
    // Another of a kind than the one the question sets aside needs that
    // other named; others listed in the article's own words may do.
    let r = e.answer("what's the second deal the four countries rejected, besides the maritime one?");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing == "which other one"), "{r:?}");
    assert_quotes("what other crime does the statement mention besides terrorism", "other criminal activities");
    assert_quotes("besides jufra, what other area might the pro tripoli forces have moved on", "oil crescent");
}

/// A stop phrase is matched on stems ("got back" is talk of returning),
/// so it must not swallow a word that only shares its stem: "got backing
/// from" is support.
#[test]
fn backing_is_not_coming_back() {
    assert_quotes("pro-tripoli fighters got backing from who", "Turkish support");
    assert_quotes("which outside power did the tripoli forces get backing from", "Turkey supports");
}

/// "…, their statement said." gives whose words they are by a pronoun:
/// a "who" question is answered with the sentence before, in the paragraph
/// before, that names them.
#[test]
fn whose_words_a_pronoun_reports_are_named_before_it() {
    for q in [
        "whose statement says the conflict is spreading terrorism and trafficking",
        "who is 'their' in 'their statement said'",
        "who is saying the conflict undermines regional security, the journalist or the two governments",
    ] {
        assert_quotes(q, "Turkey and Russia called jointly");
        assert_quotes(q, "their statement said");
    }
}

/// What the article says will happen does not say that it did: "did
/// Trump end up calling Putin" is not answered by "he will also speak with
/// … Putin", which the reply shows; what was promised still answers.
#[test]
fn a_promise_does_not_say_it_was_kept() {
    let e = engine();
    for q in [
        "did trump end up calling putin, and what did they say",
        "so did trump eventually speak to putin",
        "what did putin say when trump called him about libya",
    ] {
        let r = e.answer(q);
        assert!(
            matches!(&r.outcome, Outcome::NotStated { missing, related }
                if missing.starts_with("whether it happened") && related.iter().any(|q| q.text.contains("will also speak"))),
            "{q:?} -> {r:?}"
        );
    }
    assert_quotes("did trump say he would talk to putin", "will also speak with Russian President Vladimir Putin");
    assert_quotes("what did trump say about calling putin", "will also speak with Russian President Vladimir Putin");
    assert_quotes("what did the turkish side send to tripoli", "will send military advisers");
}

/// "What did they discuss?" needs someone's words: a meeting alone does
/// not say what was said at it.
#[test]
fn what_was_discussed_needs_someones_words() {
    let e = engine();
    let r = e.answer("what did hafter and conte discuss");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing == "what was discussed"), "{r:?}");
    assert!(!e.answer_after("what did they talk about", Some("who did hafter meet in rome")).answered());
    assert_quotes("what did sarraj and tebboune talk about", "red line");
    assert_quotes("what did erdogan and putin discuss in istanbul", "called jointly");
    // What the article talks about is not a meeting's agenda.
    assert!(e.answer("what does the article talk about").answered());
}

/// "Who did Serraj meet?" needs someone new in a clause with Serraj:
/// "Serraj visited the EU in Brussels and Hafter met Conte" does not
/// say whom Serraj met; "X and Y called for…" is one clause.
#[test]
fn who_someone_met_is_read_clause_by_clause() {
    let e = engine();
    assert_abstains("who did serraj meet at the eu");
    assert!(!e.answer_after("who did he meet there", Some("where did serraj go to visit the eu")).answered());
    assert_quotes("who did hafter meet in rome", "Conte");
    assert_quotes("who did sarraj meet in algiers", "Tebboune");
    assert_quotes("which turkish leader called for the truce", "Erdogan");
}

/// "Anywhere else?" is not answered by an entry that repeats what was
/// just quoted, when another answers as well.
#[test]
fn more_of_the_same_is_not_more() {
    let e = engine();
    let r = e.answer_after("anywhere else?", Some("where did serraj go this week"));
    assert!(r.quotes().iter().any(|q| q.text.contains("Algiers")), "{r:?}");
}

/// "Which Turkish minister…?" asks who holds the title: the answer may
/// name the one the title stands for, and "what day" asks a day, not the
/// word "day".
#[test]
fn the_title_asked_about_may_be_answered_by_its_holder() {
    assert_quotes("which turkish minister also showed up in algiers", "Cavusoglu");
    assert_quotes("rejected on what day", "on Wednesday");
}

/// Chat wording for what the article says in its own: "planning a push",
/// "eyeing", "what event led to…", "how it connects" (framing).
#[test]
fn plans_targets_and_causes_in_chat_words() {
    assert_quotes("who was supposedly planning a push on jufra", "pro-Tripoli forces");
    assert_quotes("apart from jufra, what else might the pro-tripoli side have been eyeing?", "oil crescent");
    assert_quotes(
        "what event led to the 604 brigade being created? not sure how it connects",
        "after Daesh took Sirte",
    );
}

/// "Who's the Greek foreign minister?" asks for one person, whom the
/// article never names; a reply to a call ("did Haftar accept the
/// ceasefire call?") is how a later event turned out.
#[test]
fn one_title_asks_one_person_and_a_reply_is_an_outcome() {
    let e = engine();
    let r = e.answer("whos the greek foreign minister who signed off on rejecting the deals");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing == "who"), "{r:?}");
    let r = e.answer("did the truce actually hold after midnight on the 12th or did fighting start again");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("turned out")), "{r:?}");
    assert_quotes("is ankara deploying actual combat troops to libya or something smaller?", "military advisers");
    assert_quotes("who are the russians on the ground over there, like regular army or hired guns?", "contractors");
    let r = e.answer("did haftar accept the istanbul ceasefire call or reject it");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("turned out")), "{r:?}");
    assert_quotes("which foreign ministers rejected the deals", "Greece, Cyprus, France and Egypt");
    assert_quotes("did they make the call together?", "called jointly");
}

/// Chat words that carry no meaning of their own ("does the article bring
/// up…", "how did they label…", "accused of", "in the opening paragraph"),
/// chat words for the article's own ("a Sirte move", "a problem with",
/// "on the ground alongside"), and what "which city", "the main reason",
/// "…called?" and "which European leader" ask for.
#[test]
fn chat_wording_around_the_question() {
    assert_quotes("does the article bring up the oil crescent at all", "oil crescent");
    assert_quotes("how did they label the two deals", "null and void");
    assert_quotes("what's the sea deal accused of violating", "international law");
    assert_quotes("in the opening paragraph erdogan's counterpart is the president of which country", "Russia");
    assert_quotes("since when was a sirte move rumoured", "for months");
    assert_quotes("whats algeria's problem with egypt here", "Egyptian influence");
    assert_quotes("who has russia got on the ground alongside haftar", "contractors");
    assert_quotes("serraj's europe trip destination?", "Brussels");
    assert_quotes("hafter met which european leader", "Conte");
    assert_quotes("whats teh turkish FM called", "Cavusoglu");
    assert_quotes("haftar's tribe is called?", "Ferjan");
    assert_quotes("what was the main reason the city fell so easily?", "604 Brigade");
    // "back in 2016" is then, not support; "see u in class" is goodbye.
    assert_quotes("who did they kick out of sirte back in 2016", "Islamic State");
    assert_quotes("who does moscow back in the war", "Russia backs");
    assert_abstains("thx guys, see u in class");
    // "how many Turkey-Tripoli deals" counts deals; "eastern-based" says
    // where; "UN-recognised" is recognised, not the UN.
    assert_quotes("how many turkey-tripoli deals were rejected", "two deals");
    assert_quotes("how many presidents actualy sat down together in istanbul", "two presidents");
    assert_quotes("where is haftars army based, east or west", "eastern-based");
    assert_quotes("who leads the UN-recognised govt in tripoli", "Serraj");
    assert_quotes("cavusoglu's job title?", "foreign minister");
}

/// "i mean", "means what", "does the author …": words about the asking or
/// the article, not about what is asked.
#[test]
fn meaning_and_the_authors_view_are_asked_of_the_article() {
    assert_quotes("salafist means what here", "Madkhali Salafist brigade");
    assert_quotes("what kind of brigade is the 604, religiously i mean?", "Madkhali Salafist brigade");
    assert_quotes("how does the writer rate the importance of sirte for hafter?", "unclear how long it can last");
    assert_quotes("does the author think the capture of sirte will last?", "unclear how long it can last");
    assert_quotes("who is the author", "Sami Zaptia");
}

/// A title that the article gives to someone it names ("the US
/// president") stands for that person: a passage that names him through
/// "he" answers without repeating the title. Asked as a name ("what's the
/// name of the Turkish foreign minister"), the holder is the answer.
#[test]
fn a_named_title_stands_for_its_holder() {
    assert_quotes(
        "is the american president going to speak with moscow about libya",
        "speak with Russian President Vladimir Putin",
    );
    assert_quotes("whats the name of the turkish foreign minister who popped up in algiers", "Mevlut Cavusoglu");
    // People's names, which the countries they serve do not give.
    assert_abstains("what are the names of the ministers of the four countries who turned down the deals");
    assert_abstains("what's the name of the cypriot foreign minister");
}

/// "described", "describing": the forms of a listed word that ends in "e"
/// are that word, not a rare unknown one that no answer accounts for.
#[test]
fn forms_of_listed_words_ending_in_e_are_known() {
    assert_quotes("how has trump described the situation in libya?", "There is chaos in Libya now");
    assert_quotes("what is described as a red line", "red line");
}

/// Chat wording for the article's facts: someone "hanging around" a city
/// is there; "X belongs to who" asks whose X is; "my group partner says…"
/// is about the asker.
#[test]
fn chat_wording_for_places_and_owners() {
    assert_quotes("which turkish minister was hanging around algiers?", "Mevlut Cavusoglu");
    assert_quotes("the airbase at jufra belongs to who", "his Jufra airbase");
    assert_quotes("my group partner says serraj went to rome, where did he actually go?", "Brussels");
}

/// A title offered as one side of a choice ("the ministers or the leaders
/// of Greece…") need not be bound in the answer: the other side may be.
#[test]
fn a_title_in_a_choice_need_not_be_bound() {
    assert_quotes(
        "was it the foreign ministers or the presidents of greece, cyprus, france and egypt who rejected the deals",
        "Foreign Ministers of Greece, Cyprus, France and Egypt",
    );
}

/// "Why is X mentioned?" asks what the article says of X, not a reason
/// the article gives.
#[test]
fn why_something_is_mentioned_asks_what_is_said_of_it() {
    assert_quotes("why is tunisia mentioned at all", "Tunisia have become allies against Haftar");
    assert_quotes("why does merkel come up in the article", "German Chancellor Angela Merkel");
}

/// What a statement blames on the war is what it says the war causes;
/// forces "thin on the ground" are a small force.
#[test]
fn blame_and_thin_on_the_ground() {
    assert_quotes("what does the joint statement blame on the war in libya", "irregular migration");
    // Whom or what someone blames, the article does not say.
    assert_abstains("what did trump blame the chaos in libya on");
    assert_quotes("why were the tripoli forces so thin on the ground in sirte", "much smaller presence in Sirte");
}

/// "Is Istanbul the capital of Turkey?" asks world knowledge the article
/// never gives, as "what is the capital of Turkey?" does.
#[test]
fn whether_a_city_is_a_capital_the_article_never_names_is_not_answered() {
    assert_abstains("is istanbul the capital of turkey");
    assert_abstains("so is moscow the capital of russia?");
}

#[test]
fn word_senses_read_from_their_neighbours() {
    // "on X's side" is support; "holding a place" is control, not lasting.
    assert_quotes("is algeria on sarraj's side or haftar's", "Algeria supports the Sarraj government");
    assert_quotes(
        "sorry if this was asked already but the pro-tripoli forces that were holding sirte came mostly from which city?",
        "mainly from Misrata",
    );
    // A verb and its particle around the object: "pushed isis out".
    assert_quotes("who pushed isis out of sirte back in the day", "driving Islamic State forces from Sirte");
    // A name offered as a guess ("is it Sarraj?") may be the answer.
    assert_quotes("whos the head of the tripoli based govt, is it Fayez al Sarraj", "Faiez Serraj");
    // "his title" is his job, not the article's headline.
    assert_quotes("is erdogan president or pm, need his title for my essay", "President Recep Erdogan");
    // "i keep getting it wrong" is doing again, not keeping.
    assert_quotes("what's putin's first name, i keep getting it wrong", "Vladimir Putin");
    // The opposite side of the country settles a question about the other.
    assert_quotes("is the LNA based in the west of libya", "eastern-based Libyan National Army");
}

#[test]
fn who_is_answered_by_a_name_not_a_pronoun() {
    // The entry's quote opens "They had controlled Sirte…": the sentence
    // before it names them, and comes with it.
    let reply = engine().answer("who held sirte before hafter took it");
    let quotes = reply.quotes();
    assert!(quotes.len() >= 2, "{reply:?}");
    assert!(quotes[0].text.starts_with("The Tripoli aligned forces in Sirte"), "{quotes:?}");
    assert!(quotes[1].text.starts_with("They had controlled Sirte"), "{quotes:?}");
    // Not for a question that is not asking who.
    let reply = engine().answer("since when did they control sirte");
    assert!(reply.quotes().iter().all(|q| !q.text.starts_with("The Tripoli aligned forces")), "{reply:?}");
}

#[test]
fn who_did_it_needs_the_deed_and_who_holds_a_title_needs_the_title() {
    // Passages name someone, but not as the commander.
    assert_abstains("who commands the misratan brigades that left sirte");
    assert_abstains("who's the commander of the 604 brigade");
    // Who was leading a group is its leader, a person, not a force.
    assert_abstains("who was leading islamic state in sirte back in 2016");
    assert_quotes("who leads the lna", "Khalifa Haftar");
    // "today" times the presidents' talks, not the U.N.-sponsored ones.
    assert_abstains("when are the un-sponsored peace talks going to take place");
    assert_quotes("when did the four countries reject the deals", "on Wednesday");
    // A curated example that is the question vouches for the deed.
    assert_entry("who is the writer of this piece", "article-author");
    // The deed stated, in other words: answered.
    assert_quotes("who took sirte", "Hafter");
    assert_quotes("who pushed isis out of sirte", "driving Islamic State forces from Sirte");
}

#[test]
fn the_noun_a_name_is_asked_of_is_the_focus() {
    // The article names no firm: the contractors' passage is no answer.
    assert_abstains("tell me the name of the russian contractors' company");
    // Names it does give.
    assert_quotes("what's the name of the journalist who wrote this", "By Sami Zaptia");
    assert_quotes("what is the name of the madkhali brigade", "the 604 Brigade");
}

#[test]
fn calling_someone_is_speaking_with_them_not_calling_for_something() {
    // "call Putin": Trump's coming talk with him, not the ceasefire call.
    assert_quotes("is trump going to call putin", "speak with Russian President Vladimir Putin");
    // The chat spelling "cal", before the speller (which leaves short words).
    assert_quotes("will trump cal putin", "speak with Russian President Vladimir Putin");
    let r = engine().answer("when will trump call putin about libya");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing == "when"), "{r:?}");
    // "call for" is still the demand.
    assert_quotes("who called for the ceasefire", "Vladimir Putin called for a ceasefire");
}

#[test]
fn where_something_happens_needs_a_place_in_the_same_stretch_of_text() {
    // "in Istanbul" places the presidents' talks; the U.N.-sponsored ones
    // come after a comma, with no place of their own.
    assert_abstains("which city will host the un-sponsored peace conference");
    assert_abstains("where are the un peace talks going to take place");
    // A place in the same stretch: answered.
    assert_quotes("where did the two presidents hold talks", "in Istanbul");
    assert_quotes("where was the 604 brigade set up", "created in Tripoli");
    assert_quotes("which city did hafter's forces attack on 4 april", "attack on the capital");
}

/// A message's shape: a "when" that joins a clause ("…was in algiers when
/// serraj was there??") asks nothing; "whether" opens the question a
/// statement holds; "what did it include" asks what it holds; "the theory
/// on why" asks why; a hint or a tone is talk about the article.
#[test]
fn joining_words_and_talk_about_the_article() {
    assert_quotes(
        "so cavusoglu was in algiers exactly when serraj was visiting?? what does the article say about that",
        "conveniently happened to be in Algiers",
    );
    assert_quotes("we disagree on whether hafter met conte in rome or in paris, what's right", "in Rome");
    assert_quotes("what did the joint call by turkey and russia include, besides a truce?", "normalization of life");
    assert_quotes("what's the article's theory on why hafter grabbed sirte at that moment", "Jufra airbase");
    assert_quotes(
        "is the article implying something about the turkish minister being in algiers",
        "supposedly separate",
    );
    assert_abstains("how many civilians died when sirte was taken");
}

/// The author as the article's voice ("is the author confident…") is not
/// asked about, unlike "who is the author"; "both Libyan leaders" are
/// Haftar and Serraj; "…, someone in the group chat said…" is talk around
/// the question; the war "pushing people" out is what it triggers.
#[test]
fn the_articles_voice_the_libyan_leaders_and_what_others_said() {
    assert_quotes("is the reporter optimistic the truce will hold", "unclear if the two sides");
    assert_quotes("who is the reporter", "Sami Zaptia");
    assert_quotes("where did the two libyan rivals travel to in europe", "Brussels");
    assert_quotes("what did hafter do about airspace, somebody said flights got grounded", "no-fly zone");
    assert_quotes("is the fighting pushing people to flee the region?", "irregular migration");
}

/// Another subject in the talk around a question ("it's for my film
/// class") does not make the question small talk; asked, it does.
#[test]
fn another_subject_only_around_the_question_is_still_a_question() {
    assert_quotes("for my homework, who took sirte on monday?", "Hafter’s forces");
    assert_quotes("who took sirte? asking for my film studies seminar lol", "Hafter’s forces");
    assert_abstains("can you recommend a good film about libya");
}

/// "How many separate deals" counts deals; "how many deals between…"
/// still counts deals, not "between".
#[test]
fn the_thing_counted_is_the_noun_of_its_phrase() {
    assert_quotes("how many separate agreements with tripoli did the four countries reject", "two deals");
    assert_quotes("how many deals between ankara and tripoli did the four reject", "two deals");
}

/// Being "behind" a call or an attack is making it, not backing someone
/// ("who is behind Hafter" still asks who backs him).
#[test]
fn behind_an_event_is_who_made_it() {
    assert_quotes("which leaders were behind the call for a truce", "Vladimir Putin");
    assert_quotes("who is behind hafter", "Russia backs");
}

/// "Who gave the order…" asks who ordered: a passage about the withdrawal
/// alone does not say; "the name of the guy who…" asks for a person.
#[test]
fn a_deed_after_a_light_verb_and_a_named_person() {
    assert_abstains("who gave the order to withdraw from sirte");
    assert_abstains("what is the name of the man who leads the 604 brigade");
    assert_quotes("who made the call for a ceasefire", "Vladimir Putin");
}

#[test]
fn the_kind_of_person_or_number_asked_is_not_a_word_the_answer_needs() {
    // "which italian politician": the noun says a person is asked.
    assert_quotes("which italian politician met hafter", "Conte in Rome");
    assert_quotes("which neighbor might invade libya", "Egyptian incursion");
    // "what number is the brigade": the number it goes by, not a count.
    assert_quotes("what number was the brigade that switched", "604 Brigade");
    assert_quotes("the brigade that turned, what number is it", "604 Brigade");
}

#[test]
fn the_day_the_article_came_out_is_its_today() {
    assert_quotes("were the istanbul talks held the same day the article came out", "in Istanbul today");
    assert_quotes("what did the foreign ministers do on weds", "on Wednesday");
    assert_quotes("what was italy's part in all this", "Conte in Rome");
    assert_abstains("how did the ceasefire turn out in the end");
}

#[test]
fn a_summary_of_something_is_about_that_thing() {
    assert_quotes("the four countries' objection in a nutshell", "null and void");
    assert_quotes("sirte takeover in a nutshell", "takeover of Sirte");
}

#[test]
fn paraphrases_of_bodies_zones_grievances_and_doubt() {
    assert_quotes("what body did serraj visit in brussels", "visited the EU in Brussels");
    assert_quotes("is the truce a done deal", "still unclear if the two sides can produce a ceasefire");
    assert_quotes("what grievance do the four have with the maritime agreement", "against international law");
    assert_quotes("which airport is inside the zone", "Mitiga airport");
    assert_quotes("where are the rest of the 604's fighters from", "other members are from Tripoli");
    assert_quotes("how does the war hurt the wider region", "undermining regional security");
    assert_quotes("was haftar protecting his airbase by taking sirte", "Jufra airbase");
}

#[test]
fn a_guess_after_the_question_and_a_dispute_over_claims() {
    assert_quotes("which german leader did trump say he'd spoken with, schroeder?", "Angela Merkel");
    assert_quotes(
        "my mate reckons the truce starts at dawn on the 12th, i say midnight, who's right",
        "midnight 12 January",
    );
}

#[test]
fn how_things_stand_now_is_after_the_article() {
    for q in [
        "is serraj still prime minister",
        "sarraj still in charge?",
        "so is haftar still holding sirte",
        // A change offered that the article never reports leaves it asked.
        "is merkel still german chancellor rn or did she step down",
    ] {
        let reply = engine().answer(q);
        assert!(!reply.answered(), "{q:?} -> {reply:?}");
        assert!(
            matches!(&reply.outcome, Outcome::NotStated { missing, .. } if missing.starts_with("how things stand now")),
            "{q:?} -> {:?}",
            reply.outcome
        );
    }
    // What someone said about it, or a plan the article reports, is asked.
    assert_quotes("in their words, are the two deals still valid", "null and void");
    assert_quotes(
        "has trump spoken to putin yet or is that still to come",
        "speak with Russian President Vladimir Putin",
    );
    // A change the article reports settles it.
    assert_quotes("are the misratans still in sirte or did they leave?", "had withdrawn from Sirte");
}

#[test]
fn phrases_of_small_talk_and_of_other_subjects_are_matched_whole() {
    assert_abstains("are you a real person or just a bot");
    assert_abstains("is istanbul worth visiting in summer or is it too crowded");
    assert_abstains("is rome worth a visit");
    // Their words alone still mean what they mean in a question.
    assert_quotes(
        "was a real ceasefire agreed by the two sides",
        "still unclear if the two sides can produce a ceasefire",
    );
    assert_quotes("which city did serraj visit", "Brussels");
}

#[test]
fn the_guns_stopping_is_the_ceasefire_and_worry_is_about_its_object() {
    assert_quotes("from when are the guns meant to stop", "midnight 12 January");
    assert_quotes("is the writer confident the guns will really fall silent", "still unclear");
    assert_quotes("which criminal activities are they worried about", "illicit trafficking");
    assert_quotes("was haftar afraid of a move on jufra", "Jufra airbase");
    // The guns themselves are still the guns.
    assert_quotes("is the spread of guns something they fear", "further spread of weapons");
}

#[test]
fn calling_something_illegal_names_it() {
    assert_quotes("which deal do the four call illegal", "maritime agreement is against international law");
}

#[test]
fn a_bare_how_after_a_question_asks_in_what_way() {
    assert_quotes("the 604 is tied to qaddafi in some way, right? how exactly", "Qaddadfa tribe");
    assert_quotes("why did haftar go after sirte at this point", "pre-empted a possible move");
    assert_quotes("what else was haftar scared the tripoli forces would move on", "oil crescent");
}

#[test]
fn words_of_a_link_say_nothing_of_which_link() {
    assert_quotes("how is misrata connected to sirte", "mainly from Misrata");
    assert_quotes(
        "is the ceasefire linked to the sirte takeover",
        "still unclear if the two sides can produce a ceasefire",
    );
}

#[test]
fn why_something_happened_is_not_answered_by_what_it_explains() {
    // The takeover is put down to the brigade turning: that says why Sirte
    // fell, not why the brigade turned.
    assert_abstains("what made the 604 brigade turn against the tripoli side");
    assert_quotes("why did haftar's forces manage to take sirte", "Sirte");
}

#[test]
fn where_something_is_located_is_where_it_is() {
    assert_quotes("where is the jufra airbase situated", "to the south of Sirte");
    assert_quotes("where's mitiga airport located", "Tripoli’s Mitiga airport");
}

#[test]
fn an_event_that_only_dates_the_question_need_not_be_in_the_answer() {
    assert_quotes(
        "was the mitiga no-fly zone announced around the time of the erdogan putin talks",
        "Mitiga airport today",
    );
    assert_quotes("did trump talk with putin before the article came out", "will also speak with Russian President");
}

#[test]
fn a_question_with_nothing_of_its_own_after_one_with_content_is_about_the_asker() {
    assert_quotes("does algeria fear egyptian sway? no idea where i read that", "any possible Egyptian influence");
}

#[test]
fn a_topic_before_a_comma_is_what_the_question_asks_about() {
    assert_quotes("sirte takeover, which day?", "on Monday");
}

#[test]
fn a_choice_of_times_asks_when_and_a_choice_of_trends_asks_the_trend() {
    assert_quotes("was sirte taken on a weekday or at the weekend", "on Monday");
    assert_quotes("did fighting near tripoli go up or down", "recent increase in fighting around Tripoli");
}

#[test]
fn questions_about_the_bot_and_the_coursework_are_not_about_the_article() {
    for q in ["how does this bot work?", "when's the essay due"] {
        assert_abstains(q);
    }
}

#[test]
fn pushing_into_a_place_making_a_statement_and_considering_are_plain_words() {
    assert_quotes("could the pro-tripoli side push into the oil crescent", "even the oil crescent itself");
    assert_quotes("when did the foreign ministers of the four countries make a statement", "on Wednesday");
    assert_quotes("does algeria consider tripoli a red line", "a red line no one should cross");
    assert_quotes("who is trump going to call", "will also speak with Russian President");
}

#[test]
fn several_holders_of_a_title_are_not_the_one_the_article_names() {
    // "the misrata commanders" are not Serraj, whom the article makes the
    // head of the Tripoli side.
    assert_abstains("did the misrata commanders plan to take sirte back?");
    assert_quotes(
        "what did the misratan commanders say about the withdrawal",
        "withdrawn from Sirte to avoid bloodshed",
    );
    assert_quotes("did the turkish and russian presidents meet in istanbul", "two presidents in Istanbul");
}

#[test]
fn words_the_article_never_uses_around_a_question_cost_nothing() {
    assert_quotes(
        "what's the gist of the article? got a quiz in five mins",
        "Putin and Erdogan call for Libya ceasefire",
    );
    // Unless nothing in the question is about the article.
    assert_abstains("is conte still managing tottenham or did he leave");
}

#[test]
fn pauses_families_religion_a_say_and_a_convo() {
    assert_quotes("do they want the fighting paused", "called for a ceasefire");
    // Two choices are not joined into one thing.
    assert_quotes("is it a full end of hostilities they want, or just a pause?", "end of hostilities");
    assert_quotes("religiously, what is the 604 brigade", "Madkhali Salafist brigade");
    assert_quotes("any family ties between haftar and the 604?", "Haftar’s own tribe");
    assert_quotes("did haftar maybe fear for jufra", "Jufra airbase");
    assert_quotes("does algeria want egypt to have a say in libya", "any possible Egyptian influence");
    assert_quotes("is a trump putin convo coming", "will also speak with Russian President");
}

#[test]
fn asking_a_name_lining_up_and_branches_of_a_creed() {
    assert_quotes("there's a base near sirte haftar worried about, what's it called?", "Jufra airbase");
    assert_quotes("sorry if this was asked already, who took sirte", "Sirte");
    assert_quotes("which countries are lining up with the tripoli government", "have become allies against Haftar");
    assert_quotes("what strand of islam is the 604 brigade associated with", "Madkhali Salafist brigade");
    assert_quotes("what's the 604 brigade's backstory", "created in Tripoli in 2015");
}

#[test]
fn a_name_said_only_around_a_who_question_may_be_its_answer() {
    assert_quotes(
        "who leads the government turkey backs? i've seen the name spelt sarraj and serraj",
        "led by Faiez Serraj",
    );
}

#[test]
fn the_body_of_the_article_is_the_article() {
    assert_quotes(
        "in the body of the article, which trips and meetings are there",
        "Serraj visited the EU in Brussels",
    );
}

#[test]
fn a_place_offered_as_a_choice_may_be_where() {
    assert_quotes("mitiga, is it in tripoli or somewhere else?", "Tripoli’s Mitiga airport");
    assert_quotes("where's jufra, north or south of sirte?", "to the south of Sirte");
}

#[test]
fn a_time_zone_is_not_the_no_fly_zone() {
    assert_abstains("midnight in which time zone?");
    assert_quotes("which zone did hafter extend", "extended no-fly zone");
}

#[test]
fn claims_guesses_and_the_past_beside_a_question() {
    // A question whose words only ask when is about what was said before it.
    assert_quotes("the offensive on tripoli, what month and year did that start?", "4 April");
    // A past the article reports is offered beside "still".
    assert_quotes("are the misratans still in sirte or did they leave?", "withdrawn from Sirte");
    // Places guessed after a "where" question may be its answer.
    assert_quotes("which city fell to haftar? was it sirte or misrata", "takeover of Sirte by Hafter");
    // Asking whether the bot works is small talk.
    assert_abstains("is the bot even working?");
}

#[test]
fn an_easy_win_is_a_successful_takeover() {
    assert_quotes("why was sirte such an easy win for haftar", "put down mainly to a local force");
    assert_quotes("who did the misrata forces drive out of sirte back in the day", "Islamic State forces");
}

#[test]
fn based_on_the_article_in_a_couple_of_lines_is_how_to_answer() {
    assert_quotes(
        "sum up algeria's stance based on the article in a couple of lines",
        "Algeria supports the Sarraj government",
    );
}

#[test]
fn a_word_that_describes_the_class_asked_for_need_not_be_quoted() {
    // "neighbouring" says what the answer is; the alliance passage names
    // the countries without the word.
    assert_entry("which neighbouring countries are allied with tripoli", "alliance-against-haftar");
    // A describing word the article never uses still counts against it.
    assert_abstains("what political party is erdogan in");
}

#[test]
fn how_the_article_names_and_explains_things() {
    assert_entry("haftar's army goes by what abbreviation?", "lna");
    assert_quotes("what is the fall of sirte put down mainly to", "put down mainly to a local force");
    assert_quotes("are haftar's tribesmen represented in the 604 brigade", "Ferjan tribe");
    assert_quotes("what could turkish backing enable the pro-tripoli side to do", "bolstered by Turkish support");
    assert_quotes("what was the stated reason the tripoli forces gave for pulling out", "avoid bloodshed");
}

#[test]
fn tl_dr_asks_for_a_summary() {
    let reply = engine().answer("tl;dr of the whole article?");
    assert!(reply.answered(), "{reply:?}");
}

#[test]
fn he_in_a_question_points_back_to_the_person_of_the_statement_before() {
    // The question names no one: "he" is Serraj, not Trump, who spoke
    // with Merkel.
    assert_quotes(
        "my cousin reckons serraj met merkel in berlin, but who did he really meet?",
        "Sarraj was in Algiers",
    );
}

#[test]
fn regions_ages_and_grips() {
    assert_quotes("which side of the country is haftar's army from", "eastern-based");
    assert_quotes("how long ago was the 604 brigade set up", "in 2015");
    assert_quotes("when did haftar's forces hit the capital", "4 April");
    assert_quotes("is haftar's grip on sirte going to last", "how long it can last");
}

#[test]
fn what_a_question_asks_for_must_be_in_its_answer() {
    // The quality of "how big", the noun of "which firm": a passage about
    // the airbase, or the contractors, does not give them.
    assert_abstains("how large is the jufra airbase");
    assert_abstains("which russian firm are the contractors working for");
    // The article gives a size only as "a much smaller presence".
    assert_quotes("how big was the force tripoli had left in sirte", "much smaller presence");
    // "new" is not when he was elected.
    assert_abstains("when was tebboune elected president");
}

#[test]
fn which_is_it_settles_a_claim_and_its_rival() {
    // Who wrote the claim is not asked.
    assert_quotes(
        "my mate wrote that the misratans were crushed in sirte, i reckon they pulled out. which is it?",
        "withdrawn from Sirte",
    );
}

#[test]
fn a_question_of_only_a_number_or_a_name_asks_about_what_was_said_before() {
    assert_quotes(
        "the article names a brigade by a number, the one that changed sides in sirte. what was the number again?",
        "the 604 Brigade",
    );
    assert_quotes("apart from jufra, which other area could the pro-tripoli forces have moved on?", "oil crescent");
}

/// "Written" is the author's word; where a text was written from is
/// where it was published, and "written by" still asks who wrote it.
#[test]
fn who_wrote_it_and_where_it_was_written_from() {
    assert_entry("who was this article written by", "article-author");
    assert_quotes("where was the piece written from", "London");
}

#[test]
fn the_byline_entry_states_the_author() {
    let reply = engine().answer("who is the author");
    assert_eq!(reply.entry(), Some("article-author"));
    assert!(reply.confidence > 0.9, "the quote is the byline, which names the author: {reply:?}");
}

#[test]
fn stretched_thin_is_weakened() {
    assert_quotes("why were the misratan units in sirte stretched so thin", "diverted to defend Tripoli");
}

#[test]
fn how_something_is_described_and_why_it_is_in_the_article() {
    // "described" after "is" is passive: the brigade is described, it
    // does not speak.
    assert_entry("how is the 604 brigade described in terms of religion", "brigade-604-turned");
    // "why is X in the article" asks what the article says of it.
    assert!(engine().answer("why is cyprus in the article").answered());
}

#[test]
fn a_follow_up_title_takes_the_place_of_the_title_and_its_holder() {
    // "and what about algeria's president" after "who's italy's prime
    // minister": Tebboune takes Conte's place, and "president" that of
    // "prime minister".
    let r = engine().answer_after("and what about algeria's president", Some("who's italy's prime minister"));
    assert_eq!(r.entry(), Some("tebboune"), "{r:?}");
}

#[test]
fn a_time_counted_from_today_is_that_time() {
    // "last april" is the article's April: "last" is not a word the
    // article must use.
    assert_quotes("which forces began the assault on the capital last april", "4 April");
    assert_quotes("tell me who attacked tripoli back in april, month and day please", "4 April");
}

#[test]
fn a_request_said_after_what_it_is_for_is_still_a_request() {
    // The request opens with what it is for; the sentence after it only
    // says why the asker needs it.
    assert_entry(
        "for my works cited i need the writer's name, my tutor checks every reference and i left my copy at home",
        "article-author",
    );
    // A request that names a count asks how many.
    assert_abstains("for our slides i need fatality figures, how many soldiers died in the tripoli fighting?");
}

#[test]
fn a_request_that_names_nothing_does_not_stop_the_questions_around_it() {
    let reply =
        engine().answer("is sami zaptia the writer? and what day did it come out, need both for my works cited");
    assert!(reply.answered(), "{reply:?}");
    let quotes: Vec<&str> = reply.quotes().iter().map(|q| q.text.as_str()).collect();
    assert!(quotes.iter().any(|q| q.contains("Sami Zaptia")), "{quotes:?}");
    assert!(quotes.iter().any(|q| q.contains("8 January 2020")), "{quotes:?}");
}

#[test]
fn validity_is_the_deals_being_void_not_the_law_they_break() {
    assert_quotes("do egypt and greece regard the turkish agreements as valid", "null and void");
    assert_quotes("which law do the four say the sea agreement breaks", "against international law");
}

#[test]
fn the_main_reason_sirte_fell_is_the_one_the_article_calls_main() {
    assert_quotes("what was the chief reason for sirte's fall", "put down mainly to a local force");
}

#[test]
fn a_choice_between_things_the_article_never_names_is_not_settled() {
    // Both sides are time zones, which the article never gives.
    assert_abstains("the midnight truce - gmt or utc? asking for the timeline");
    // One side is a name the article gives: it settles the choice.
    assert_quotes("is the turkish leader here erdogan or davutoglu", "Erdogan");
}

#[test]
fn what_came_before_a_change_is_not_told_by_the_change() {
    // The article tells of the zone's extension only, not of the zone
    // before it.
    let r = engine().answer("how far did the no-fly zone reach before they expanded it");
    assert!(matches!(&r.outcome, Outcome::NotStated { missing, .. } if missing.contains("before")), "{r:?}");
    assert_abstains("where did the original flight ban apply, before the extension");
    // The extension itself is told.
    assert_quotes("what did the extended no-fly zone cover", "extended no-fly zone to cover");
}

#[test]
fn an_official_reason_is_one_someone_gave() {
    // The article gives no reason anyone stated for the visit.
    assert_abstains("mevlut cavusoglu's official reason for visiting algiers?");
    // It does report the reason the forces in Sirte gave.
    assert_quotes("what was the official reason the misrata forces gave for quitting sirte", "to avoid bloodshed");
}

#[test]
fn a_country_the_question_names_must_be_in_the_answer() {
    // Four other countries' view of the sea deal is not Italy's.
    assert_abstains("what does italy think of the turkey-libya maritime accord");
    assert_quotes("what do greece and egypt think of the turkey-libya maritime accord", "against international law");
}

#[test]
fn the_names_of_several_title_holders_are_people_names() {
    // The article names the countries, not their foreign ministers.
    assert_abstains("what were the names of the egyptian, french and cypriot foreign ministers who rejected the deals");
}

#[test]
fn a_task_on_the_askers_own_work_is_not_about_the_author() {
    // "write" here is the task asked of the bot, not who wrote the article.
    assert_abstains("could you write my slides for me plz");
    assert_entry("who is the writer of this piece", "article-author");
}

#[test]
fn a_word_of_saying_is_accounted_for_by_what_someone_said() {
    // The passage says the Algerian president "told" Sarraj: that is the
    // remark asked about.
    assert_quotes("what was the red line remark about exactly", "a red line no one should cross");
}

#[test]
fn what_someone_announced_is_what_they_called_for() {
    assert_quotes("what did the russian and turkish presidents announce", "called for a ceasefire");
}

#[test]
fn a_question_word_with_only_a_joining_word_asks_with_the_next() {
    let q = "who wrote this and when and where did it come out?";
    assert_quotes(q, "By Sami Zaptia");
    assert_quotes(q, "London, 8 January 2020");
}

#[test]
fn the_ceasefire_call_is_what_was_said_not_how_it_turned_out() {
    assert_quotes("was the truce call a joint one", "called jointly");
}

#[test]
fn chat_phrasings_are_paraphrase_data() {
    assert_quotes("so what went down with sirte this week", "takeover of Sirte");
    assert_quotes("which pair of leaders wants the fighting to stop", "Vladimir Putin called for a ceasefire");
    assert_quotes("give me a list of the countries that rejected the two deals", "Greece, Cyprus, France and Egypt");
    assert_quotes("what do the two presidents hope for in tripoli", "normalization of life in Tripoli");
    assert_quotes("when was it published? need to write it down before i forget", "8 January 2020");
    assert_quotes("does their statement mention illegal trafficking", "illicit trafficking");
    assert_quotes("which direction is the jufra airbase from sirte", "to the south of Sirte");
    assert_quotes("did haftar stretch the no-fly zone", "extended no-fly zone");
    assert_quotes("what quotable thing did tebboune tell sarraj", "a red line no one should cross");
    assert_quotes("wasn't it a bit fishy that cavusoglu was in algiers", "conveniently happened");
    assert_quotes("the four countries called the deals what? what words did they use", "null and void");
    assert_quotes(
        "my brother says turkey backs haftar, is that true?",
        "Turkey supports the internationally recognized",
    );
}

#[test]
fn someone_new_in_office_is_new_but_not_dated() {
    assert_quotes("who is the algerian president that just took office", "Abdelmadjid Tebboune");
    assert_abstains("when did tebboune take office");
}

#[test]
fn what_was_done_instead_is_not_asked() {
    assert_quotes("where were the misratan brigades sent instead of holding sirte", "diverted to defend Tripoli");
}

#[test]
fn why_something_matters_is_answered_by_what_it_means() {
    assert_quotes("why does sirte matter so much for haftar's propaganda", "major propaganda and morale boost");
    assert_quotes("why was sirte such an easy win for haftar", "put down mainly to a local force");
}

#[test]
fn why_someone_was_officially_somewhere_needs_their_own_words() {
    assert_abstains("why was the turkish foreign minister officially in algiers");
}

#[test]
fn being_driven_out_is_leaving() {
    assert_quotes("when did daesh leave sirte", "2016");
}

#[test]
fn what_is_said_after_each_of_several_questions_stays_context() {
    let q = "what day did hafter take sirte and on what day did he extend the no-fly zone? making a timeline";
    assert_quotes(q, "on Monday");
    assert_quotes(q, "Mitiga airport today");
}

#[test]
fn a_list_of_names_answers_how_many() {
    assert_quotes("how many foreign ministers rejected the two deals", "Greece, Cyprus, France and Egypt");
    assert_quotes("how many countries turned down the turkey deals", "Greece, Cyprus, France and Egypt");
}

#[test]
fn before_or_after_is_told_by_when_each_happened() {
    let q = "was the no-fly zone extended before or after sirte fell?";
    assert_quotes(q, "Mitiga airport today");
    assert_quotes(q, "on Monday");
}

#[test]
fn which_came_first_is_told_by_when_each_happened() {
    let q = "what happened first: sarraj in algiers or the istanbul talks";
    assert_quotes(q, "Sarraj was in Algiers on 6 January");
    assert_quotes(q, "two presidents in Istanbul today");
    let q = "which came first, the rejection of the deals or trump's press conference?";
    assert_quotes(q, "on Wednesday");
    assert_quotes(q, "press conference on Tuesday");
}

#[test]
fn the_one_named_in_a_cleft_is_a_guess_at_who_did_it() {
    assert_quotes("wasn't it the egyptians who took sirte?", "takeover of Sirte by Hafter");
    assert_quotes("was it the algerian president who called the deals null and void?", "Foreign Ministers of Greece");
}

#[test]
fn a_name_the_article_spells_two_ways_is_shown_both_ways() {
    for q in [
        "are serraj and sarraj two spellings of one man?",
        "the article spells haftar's surname differently in places, what spellings does it use",
    ] {
        let reply = engine().answer(q);
        assert!(reply.answered(), "{q:?}: {reply:?}");
        let quoted: String = reply.quotes().iter().map(|q| q.text.as_str()).collect();
        let both = ["Serraj", "Sarraj"].iter().all(|w| quoted.contains(w))
            || ["Hafter", "Haftar"].iter().all(|w| quoted.contains(w));
        assert!(both, "{q:?}: {reply:?}");
    }
    // A name spelled one way only is answered as any question is.
    assert_quotes("how is erdogan spelled in the article", "Recep Erdogan");
}

#[test]
fn holding_a_place_in_the_future_is_keeping_it() {
    assert_quotes("can the lna hold sirte for long", "unclear how long it can last");
    assert_abstains("is rome or paris nicer for a city break");
}

#[test]
fn what_something_gives_someone_is_what_it_means_for_them() {
    assert_quotes("what does taking sirte give the lna", "major propaganda and morale boost");
    assert_abstains("what did russia give haftar");
    assert_quotes("erdogan's name as written in the article", "Recep Erdogan");
}

#[test]
fn a_quote_that_says_they_is_about_whom_its_answer_names() {
    assert_quotes("which forces had pushed daesh out of sirte back in 2016", "driving Islamic State forces");
}

#[test]
fn places_offered_as_choices_or_guesses_may_answer_where() {
    assert_quotes("where were the sirte defenders mostly from? tripoli or misrata", "mainly from Misrata");
    assert_quotes("which european capital did sarraj visit", "Brussels");
}

#[test]
fn a_choice_that_only_doubts_keeps_the_question() {
    assert_abstains("did algeria send troops to help tripoli or is it just talk");
    assert_abstains("is cyprus sending its navy or is it only rumours");
}

#[test]
fn what_leaders_wanted_or_set_is_what_they_called_for() {
    assert_quotes("what did they want to happen in tripoli besides the truce", "normalization of life");
    assert_quotes("did they set an exact hour for the guns to go quiet", "midnight 12 January");
}

#[test]
fn how_many_a_which_question_names_is_not_what_it_asks() {
    assert_quotes("which two leaders has trump already talked to about libya", "Angela Merkel");
    assert_quotes("which country is on serraj's team", "Turkey supports");
}

#[test]
fn a_trailing_how_after_the_question_asks_in_what_way() {
    assert_quotes("the german chancellor involved how", "Angela Merkel");
}

#[test]
fn what_the_asker_sets_aside_is_not_the_answer() {
    assert_quotes("besides a truce, what else did ankara and moscow call for", "U.N.-sponsored peace talks");
}

#[test]
fn a_spelling_the_article_uses_both_ways_is_about_the_name() {
    assert_quotes("is it faiez or fayez, the article uses both?", "Faiez Serraj");
}

#[test]
fn fighting_to_the_end_is_not_the_fighting_ending() {
    assert_quotes("did the misratans fight to the end or pull out", "withdrawn from Sirte to avoid bloodshed");
}

#[test]
fn a_statement_that_asks_reads_its_relative_clause_as_which_one() {
    assert_quotes("any link between qaddafi and the brigade that switched", "Qaddadfa tribe");
}

#[test]
fn units_sent_off_elsewhere_were_diverted() {
    assert_quotes("misratan units sent off where before the takeover", "diverted to defend Tripoli");
}

/// Two entries that both match fully are ordered by how far past a full
/// match each went: the one that also has the doubt the asker raises
/// ("reports conflicting") comes first, not the one listed first.
#[test]
fn of_two_full_matches_the_one_that_matches_more_answers() {
    assert_quotes(
        "did serraj definitely see the italian premier in rome, or do the reports conflict",
        "conflicting reports",
    );
}

/// Being "in control" of a place is controlling it, not chaos.
#[test]
fn in_control_of_a_place_is_holding_it() {
    assert_quotes("how did the misratans come to be in control of sirte", "since driving Islamic State forces");
}

/// The article's "other cities" are the asker's "other towns".
#[test]
fn towns_are_cities() {
    assert_quotes("who wanted life in tripoli and other towns back to normal", "normalization of life in Tripoli");
}

/// "Respectively" asks for each one's share, not for a word of its own.
#[test]
fn respectively_is_no_topic() {
    assert_quotes("what do the turks and the russians send to libya respectively", "send military advisers");
}

/// "the new no-fly zone": an adjective of degree describes the zone the
/// passage reports, which need not call it new.
#[test]
fn a_describing_adjective_need_not_be_in_the_answer() {
    assert_quotes("tell me about hafter's new no-fly zone", "no-fly zone to cover Tripoli");
}

/// What a date means is what happened on it.
#[test]
fn the_significance_of_a_date_is_what_happened_then() {
    assert_quotes("what's the significance of 4 april again", "on 4 April");
}

/// "…right, not in benghazi?": the place the asker rules out is no topic.
#[test]
fn what_the_asker_rules_out_is_no_topic() {
    assert_quotes("so the 604 brigade started out in tripoli right, not in tobruk?", "created in Tripoli in 2015");
}

/// Who is in an alliance are its members.
#[test]
fn an_alliances_members_are_who_is_in_it() {
    assert_quotes("members of the anti-haftar alliance?", "Turkey, Algeria and Tunisia");
}

/// Handing a city over is giving it up.
#[test]
fn handing_over_is_giving_up() {
    assert_quotes("the local force that turned and handed sirte to the lna, who was it?", "604 Brigade");
}

/// "…on their own, or together?": one concept in two words on the two sides
/// of a choice is what the choice is about; the answer must settle it.
#[test]
fn a_choice_between_two_words_for_one_concept_asks_that_concept() {
    assert_quotes("was the truce call made by each country on its own or was it a joint effort", "called jointly");
}

/// Forces "heading for" a place are moving on it.
#[test]
fn heading_for_a_place_is_moving_on_it() {
    assert_quotes("where were the tripoli forces maybe heading for apart from jufra", "oil crescent");
}

/// A passage that is only what led to something ("after talks … in
/// Istanbul") gives no reason for being there, and what a passage gives
/// only as a cause is not what it explains.
#[test]
fn what_led_to_something_is_not_explained_by_it() {
    assert_abstains("why had putin gone to istanbul");
}

/// "who will mediate…": the deed of a "who" question is the verb after
/// its modal, and a passage that does not report it does not say who.
#[test]
fn the_deed_after_a_modal_must_be_reported() {
    assert_abstains("who will mediate these un-sponsored talks");
}

/// "what did A and B agree": the verb "what did" asks the object of must be
/// reported; a passage about the meeting does not say what was agreed.
#[test]
fn what_did_they_do_needs_the_doing() {
    assert_abstains("what did serraj and tebboune agree during the algiers meeting");
}

/// "when haftar was in rome who did he meet": a "when" clause that sets the
/// time, without a comma, opens the question after it, which asks who.
#[test]
fn a_time_set_without_a_comma_leaves_the_question_after_it() {
    assert_quotes("when haftar was in rome who did he meet", "Conte");
}

/// A person's party is their political party, which the article never
/// gives; "which party backs haftar" still asks for a side.
#[test]
fn a_persons_party_is_not_a_side() {
    assert_abstains("what party is erdogan from");
    assert_abstains("conte's party?");
    assert_quotes("which party backs haftar", "Russia backs");
}

/// "where did haftar head": after "did" and its subject, "head" is the
/// verb, not a title of Haftar's, and the question is no chatter.
#[test]
fn head_after_did_and_a_name_is_a_verb() {
    assert_quotes("where did haftar head in europe", "Conte in Rome");
}

/// "which weekday" asks a day; "booting" a group out is expelling it;
/// "picking a side" is backing one.
#[test]
fn weekdays_booting_out_and_picking_sides() {
    assert_quotes("what weekday did haftar take sirte", "on Monday");
    assert_quotes("who booted daesh out of sirte in 2016", "driving Islamic State forces");
    assert_quotes("has algeria picked a side", "Algeria supports");
}

/// "life back in the cities": returned, not backed; "slammed" and
/// "trashed" are rejecting.
#[test]
fn life_back_is_returned_and_trashing_is_rejecting() {
    assert_quotes("was daily life back in other cities part of the call?", "normalization of life");
    assert_quotes("who trashed the two turkey deals", "Greece, Cyprus, France and Egypt");
}

/// A person the passage names only as an owner ("Qaddafi's tribe") is
/// not described by it: "who was he" abstains, and shows that passage.
#[test]
fn whose_something_is_does_not_say_who_they_are() {
    assert_abstains("so who exactly was qaddafi");
    assert_abstains("who was kadhafi, and what happened to him");
    assert_entry("which tribe is qaddafi's", "brigade-604-tribes");
    assert_quotes("who is hafter", "Hafter");
}

/// A nationality word after "in" or a verb of speaking, with no noun after
/// it, is a language, which the article never names; before a noun it is
/// still the country.
#[test]
fn a_nationality_word_after_in_or_speak_is_a_language() {
    assert_abstains("what's goodbye in turkish");
    assert_abstains("can erdogan speak german");
    assert_entry("what did the turkish side send to tripoli", "turkish-advisers");
    assert_quotes("were the contractors russian", "Russian military contractors");
}

/// "which A or B did something": the choice is of the two nouns, and the
/// doing is asked of both; when the article names neither, it abstains.
#[test]
fn a_choice_of_nouns_the_article_never_names_abstains() {
    assert_abstains("what outlet or newspaper published the piece");
}

/// "is A or B <something>": a choice of the one word after the opening
/// verb; what follows is asked of both, so a comparison the article never
/// makes abstains, and a choice it settles is still answered.
#[test]
fn a_choice_of_one_word_after_the_opening_verb_keeps_the_rest_asked() {
    assert_abstains("was rome or paris nicer to visit in summer");
    assert_abstains("is cairo or algiers hotter in july");
    assert_quotes("did turkey or russia send military advisers", "Turkey has said it will send military advisers");
}

/// "the qaddafi crowd" is his people, as "guys" and "folks" are: not a
/// word of tourism ("crowded beaches"), which marks a message off-topic.
#[test]
fn a_crowd_is_people_not_tourism() {
    assert_quotes("any ties between the 604 and the qaddafi crowd", "Qaddafi");
    assert_abstains("are the beaches near tripoli crowded in august");
}

/// "on team X" is on X's side: whom one supports, whether or not the
/// question asks for the side.
#[test]
fn on_team_someone_is_supporting_them() {
    assert_quotes("is algeria on team serraj or team hafter", "Algeria supports the Sarraj government");
}

/// A side in the war is its forces.
#[test]
fn a_side_is_its_forces() {
    assert_quotes("who heads the side that went after tripoli last april", "Hafter led forces");
}

/// "where was X heading" is going there, not a head of state; ordinals
/// spelled out are the article's dates ("the sixth", "the twelfth").
#[test]
fn heading_somewhere_and_spelled_out_dates() {
    assert_quotes("where was serraj heading on the sixth", "Sarraj was in Algiers on 6 January");
    assert_quotes("what was meant to begin at midnight on the twelfth", "midnight 12 January");
    assert_quotes("what happened on the fourth of april", "4 April");
}

/// Moving across borders is migration, whatever words come before it.
#[test]
fn moving_across_borders_is_migration() {
    assert_quotes(
        "according to their statement, how does the war affect people moving across the border",
        "triggering irregular migration",
    );
}

/// Running into someone is meeting them, not running anything.
#[test]
fn running_into_someone_is_meeting_them() {
    assert_quotes("where did sarraj run into cavusoglu", "met with Turkish foreign minister Mevlut Cavusoglu");
}

/// "issued" only says a statement was made: a light verb.
#[test]
fn issuing_is_a_light_verb() {
    assert_quotes("on what day was the rejection of the deals issued", "on Wednesday");
}

/// What one goes for, asked at the end of a question, is a target: moving
/// on it, not travelling ("go for talks" is a purpose).
#[test]
fn what_one_goes_for_is_a_target() {
    assert_quotes("besides jufra, what else might the gna forces go for", "even the oil crescent itself");
    assert_quotes("apart from the airbase, what were the turkish-backed forces maybe going for", "oil crescent");
    assert_quotes("where did sarraj go for his meetings with eu people", "visited the EU in Brussels");
}

/// "erdogan's side in this war?": with nothing else said of him, whom he
/// backs; "what did haftar's side take" is still his forces' deed.
#[test]
fn someones_side_with_nothing_else_said_is_whom_they_back() {
    assert_quotes("erdogan's side in this war?", "Turkey supports the internationally recognized government");
    assert_quotes("what did haftar's side take", "Sirte");
}

/// Chat closers, a person's party, being kicked from a place, looping
/// someone in, and short typos ("fo", "nd").
#[test]
fn closers_parties_kicking_looping_and_short_typos() {
    assert_abstains("thanks a lot, that clears it up");
    assert_abstains("what's conte's party called");
    assert_quotes("when was islamic state kicked from sirte", "2016");
    assert_quotes("will trump loop in putin on libya", "he will also speak with Russian President Vladimir Putin");
    assert_quotes("name fo the journalist who wrote this", "Sami Zaptia");
    assert_quotes("did erdogan nd putin call for a ceasefire", "Putin");
}

/// A named event that times a question says which moment is meant; what is
/// asked is the rest ("which town did they seize right before the appeal").
#[test]
fn an_event_that_times_the_question_is_context() {
    assert_quotes("which town did haftar's army seize right before the ceasefire appeal", "Sirte");
    assert_quotes("what did haftar's forces announce during the istanbul talks", "no-fly zone");
}

/// "promise to send" is "said it will send"; what someone promised, alone,
/// the article never says. Hedges ("supposedly") and "are we talking
/// about" are the asker's, and sending people is being on the ground.
#[test]
fn promises_hedges_and_the_ground() {
    assert_quotes("what agreement led turkey to promise to send advisers", "security and military agreement");
    assert_abstains("what did brussels promise sarraj's government");
    assert_quotes("when does the fighting supposedly stop", "midnight 12 January");
    assert_quotes("so how many agreements are we talking about", "two deals");
    assert_quotes("are the russians sending anyone on the ground", "Russian military contractors");
}

/// What someone would do under a condition, or plans to do, is given only
/// by a passage that looks ahead ("it will send"); a warning that Tripoli
/// is a red line does not say what Algeria would do.
#[test]
fn a_plan_needs_a_passage_that_looks_ahead() {
    assert_quotes("what is ankara planning to do for tripoli", "will send military advisers");
    assert_abstains("what does algeria intend to do if haftar attacks the capital");
    assert_abstains("what would algeria's president do if someone crossed his red line");
}

/// The EU is the union in Brussels; Europe is the continent, Rome in it.
/// "UN-backed negotiations" are the U.N.-sponsored talks, and a "movement"
/// only says what kind of group is asked about.
#[test]
fn the_eu_is_not_europe_and_kinds_of_group() {
    assert_quotes("eu trip: what city", "visited the EU in Brussels");
    assert_quotes("did hafter go to europe", "Conte in Rome");
    assert_quotes("any talk of un-backed negotiations", "U.N.-sponsored peace talks");
    assert_quotes("what movement does the 604 brigade follow religiously", "Madkhali Salafist");
}

/// "what was ankara's reaction": Turkey's words are asked, not spoken to
/// Turkey, and the article reports none on the rejection.
#[test]
fn whose_reaction_is_whose_words() {
    assert_abstains("what was ankara's reaction to the rejection of its deals");
    assert_quotes("what was trump's reaction to the chaos", "There is chaos in Libya now");
}

/// A time between "the" and the event only says which event is meant:
/// "did haftar accept the midnight ceasefire" asks how it turned out, while
/// "did the truce start at midnight" asks its time.
#[test]
fn a_time_that_names_the_event_asks_no_date() {
    assert_abstains("did haftar accept the midnight ceasefire or refuse it");
    assert_quotes("did the truce start at midnight", "midnight 12 January");
}

/// "has X said whether…" asks the whether: not answered by whatever X
/// announced.
#[test]
fn a_question_that_asks_whether_is_one_question() {
    assert_abstains("did the lna say whether they'd honour the ceasefire");
}

/// "this report" is the article; "which correspondent" asks a person; who
/// filed it wrote it; the top of the page is its dateline.
#[test]
fn the_report_its_correspondent_and_its_top() {
    assert_quotes("which correspondent filed it", "By Sami Zaptia");
    assert_quotes("when was the report published", "8 January 2020");
    assert_quotes("what's at the top of the page, the date?", "8 January 2020");
}

/// "when X met Y, what was the focus": the time clause says which meeting;
/// the question after it asks what was discussed, which needs someone's
/// reported words.
#[test]
fn a_time_set_before_a_question_says_which_moment() {
    assert_quotes("when the us president spoke to the turkish leader, what was their focus", "restore stability");
    assert_abstains("when hafter was in rome, what was the focus of his talks");
}

/// A question that names two people asks about them together: "did Haftar
/// meet Merkel" is not answered by Trump's talk with Merkel.
#[test]
fn two_people_named_are_asked_about_together() {
    let e = engine();
    let r = e.answer("did haftar meet merkel in berlin");
    assert!(!r.answered(), "{r:?}");
    assert!(e.answer("did putin and erdogan meet").answered());
    assert_quotes("did trump talk to erdogan and merkel", "both German Chancellor Angela Merkel");
}

/// Everyday words for the article's: foreign troops are an intervention,
/// "might not happen" is doubt, "close to" is near, and "a quote showing"
/// is the asker's framing.
#[test]
fn foreign_troops_doubt_and_nearness() {
    assert_quotes("is algeria ok with foreign troops in libya", "it is opposed to foreign intervention");
    assert_quotes(
        "i need a quote showing the ceasefire might not happen, what's the best line",
        "still unclear if the two sides can produce a ceasefire",
    );
    assert_quotes("was there fighting close to tripoli", "a recent increase in fighting around Tripoli");
}

/// A person's country stands for them in a "who" question: "who has Trump
/// talked to" needs someone besides "U.S. President Donald Trump". And
/// what made something easy is why it succeeded.
#[test]
fn a_persons_country_is_not_someone_new_and_easy_is_why() {
    let e = engine();
    let r = e.answer("who has trump talked to about the libya mess");
    assert!(!r.quotes().iter().any(|q| q.text.starts_with("Commenting on Libya")), "{r:?}");
    assert_quotes("why did haftar's side have such an easy time taking sirte", "put down mainly to a local force");
    assert_quotes("does algeria see egypt as a danger", "any possible Egyptian influence");
}

/// "going to" before a verb is the future, not a trip; the US stands for
/// Trump; "beyond" is a preposition, not a subject.
#[test]
fn going_to_talk_is_the_future_and_the_us_is_trump() {
    assert_quotes("is the US going to talk to russia about libya too or not", "will also speak with Russian President");
    assert_quotes("was serraj going to rome", "whether Serraj was also going to meet Conte");
    assert_abstains("whats the best way to cite a news article in apa");
    assert_quotes(
        "does the piece say what haftar gains beyond the battlefield from grabbing sirte, like politically? trying to \
         write a 'significance' paragraph and im stuck",
        "reinforces its alliances elsewhere",
    );
}

/// A three-letter chat shortening of a very common word is that word
/// ("frm", "whn"), and "close the skies" is the no-fly zone.
#[test]
fn short_chat_shortenings_and_closed_skies() {
    assert_quotes("why did misrata forces withdraw frm sirte", "withdrawn from Sirte to avoid bloodshed");
    assert_quotes("which airport did haftar close the skies over", "Mitiga airport");
    assert_quotes("can u summarize the whole thing in 3 bullet points", "Putin and Erdogan call for Libya ceasefire");
    // Flashcards and comparing are the asker's; caring is no subject.
    assert_quotes("im making flashcards. term: oil crescent. what's the context in the article?", "oil crescent");
    assert_quotes("i dont get the jufra thing at all, can someone explain why haftar cares about it", "Jufra airbase");
}

/// A number's plural or possessive without its apostrophe is the number
/// ("the 604s members"); a reason offered as a choice asks why, even with
/// "numbers" among the reasons; and paraphrases: feeding terrorism is
/// harm, the mood is morale, the image is propaganda, "internationally
/// accepted" is recognised, and a summer trip is another subject.
#[test]
fn number_possessives_reason_choices_and_paraphrases() {
    assert_quotes("what tribes are the 604s members from", "Ferjan tribe");
    assert_quotes(
        "did haftar take sirte because of bigger numbers or because the misratan brigades were busy elsewhere",
        "Misratan brigades had been diverted",
    );
    assert_quotes("does the joint statement say the conflict is feeding terrorism", "terrorism and other criminal");
    assert_quotes("what did taking sirte do for the mood of haftars forces", "propaganda and morale boost");
    assert_quotes("is sirte good for haftars image", "propaganda and morale boost");
    assert_quotes("which govt is internationally accepted", "internationally recognized government");
    assert_abstains("paris or rome for a summer trip");
    // What two people agreed is not said by their talking.
    assert_abstains("what exactly did merkel and trump agree about libya");
    // "…or not? the article seemed vague" is not "not the article".
    assert_quotes(
        "was serraj meant to meet conte in rome or not? the article seemed vague",
        "whether Serraj was also going to meet Conte",
    );
    // The places the asker confuses are candidates, which the answer may name.
    assert_quotes(
        "where is the government turkey supports based? i always confuse tripoli and benghazi",
        "internationally recognized government based in Tripoli",
    );
}

/// Where someone stands on a matter is their position, not a place;
/// "…, which seems contradictory" comments on what was said, it asks
/// nothing; "next to" is alongside; and the news of a call is what the
/// article reports, not how the call turned out.
#[test]
fn a_stand_a_comment_next_to_and_the_news_of_a_call() {
    assert_quotes(
        "where does algeria stand on outside powers meddling in libya? my friend thinks they'd welcome turkish \
         troops, which seems contradictory",
        "opposed to foreign intervention",
    );
    assert_quotes("what does russia have next to haftar's forces", "Russian military contractors");
    assert_quotes("did the ceasefire news come on its own or was other diplomacy going on", "diplomatic activity");
}

/// Set aside what the whole article is about ("apart from libya"), what
/// else is asked is beyond it; but other countries besides Libya are
/// still named in it.
#[test]
fn setting_aside_the_articles_subject_leaves_nothing_it_says() {
    assert_abstains("apart from libya what else did erdogan and putin talk about");
    assert_quotes("which countries besides libya are involved", "Turkey supports");
}

/// "what did X do that let…" asks the doing, whatever the rest names;
/// "walk in" is a capture; and a later question that only says what a
/// vague "what happened to them" meant makes the message one question,
/// which the article does not answer.
#[test]
fn what_someone_did_and_what_happened_to_them() {
    assert_quotes("what did the 604 brigade do that allowed haftar to walk into sirte", "turning on the Tripoli");
    assert_abstains("what happened to the misratan forces after they left sirte, where did they head");
    // A time set before a question word, without a comma, only says when.
    assert_quotes("when the algerian president met sarraj what did he say about tripoli", "a red line");
    // A distance is not a direction.
    assert_abstains("how far is the jufra airbase from sirte");
    // Counts compared need numbers, which the article does not give.
    assert_abstains("are there more turkish advisers than russian contractors in libya");
}

/// Chat shortenings and paraphrases from a blind set's misses: "hed" is
/// "he'd", "pull anything" is doing something, "coordinating" is being
/// allies, "the libya picture" is the situation, and where someone fits in
/// is their role, not a place.
#[test]
fn hed_pulling_anything_coordinating_and_fitting_in() {
    assert_quotes("what did the us president say hed do with the russian leader", "will also speak with Russian");
    assert_quotes("did haftar pull anything with the airspace over tripoli", "extended no-fly zone");
    assert_quotes("where does tunisia fit in the libya picture", "Algeria and Tunisia");
    assert_quotes("are turkey and algeria coordinating", "have become allies against Haftar");
}

/// "before or after" asks the order of two events; a passage that puts
/// one after the other settles it, though it dates neither.
#[test]
fn an_order_the_article_states_settles_before_or_after() {
    assert_quotes(
        "did turkey say it will send advisers before or after the agreement with tripoli",
        "After a recent security and military agreement",
    );
    assert_quotes("was the 604 brigade formed before or after daesh took sirte", "created in Tripoli in 2015");
}

/// One guess the article lacks ("is that right or did she mix it up") is
/// no choice and no question of how things turned out: the answer may
/// correct it.
#[test]
fn a_wrong_guess_offered_for_checking_is_corrected() {
    assert_quotes(
        "my cousin reckons the truce begins jan 20, is that right or did he mix it up",
        "midnight 12 January",
    );
}

/// "which capital", "how far south of", "what does gna mean": what kind
/// of answer the question asks, read from its words.
#[test]
fn the_kind_asked_is_read_from_the_question_words() {
    assert_quotes("which capital was serraj in on 6 january", "Sarraj was in Algiers on 6 January");
    assert_quotes("which capital did hafter attack", "launched an attack on the capital");
    assert_abstains("how far north of jufra is sirte");
    assert_quotes("what does gna mean", "internationally recognized government");
}

/// Words about the asker after the question ("the acronym keeps coming up
/// and i forget") are a sentence of their own; a relative clause after
/// "does the brigade that…" ends at the question's own verb; "…, the EU?"
/// is a guess.
#[test]
fn a_questions_own_words_are_told_from_those_around_it() {
    assert_quotes("what does lna stand for, the acronym keeps coming up and i always forget", "Libyan National Army");
    assert_quotes("does the brigade that turned on tripoli share a tribe with hafter", "Haftar’s own tribe");
    assert_quotes("who runs the peace talks they want, the EU?", "U.N.-sponsored peace talks");
}

/// "how are the russians next to the lna described": what is said of them
/// in the passive, by no one named, not what the LNA said.
#[test]
fn a_passive_word_of_saying_names_no_speaker() {
    assert_quotes("how are the russians next to the lna described", "Russian military contractors");
}

/// A success is how something went, a boost what it gave: each answers
/// the other only when the passage of its own word is missing.
#[test]
fn success_and_boost_are_kin_but_not_one() {
    assert_quotes("was the capture of sirte called a success", "successful takeover of Sirte");
    assert_quotes("the article calls sirte a boost for hafter, a boost in what sense?", "morale boost");
}

/// A request to find "the line that says that" asks for what the message
/// before it states; the line is the article's, not the asker's work.
#[test]
fn finding_the_line_that_says_it_asks_for_the_statement_before() {
    assert_quotes(
        "prof mentioned the 604 brigade has links to both haftar and gaddafi through tribes. can someone find the line that says that",
        "Ferjan tribe",
    );
    assert_quotes("whats serrajs first name, article spells his surname two diff ways lol", "Faiez Serraj");
    assert_quotes("what do the tripoli side sayin about why they left sirte", "to avoid bloodshed");
}

/// Chat that only says someone is back or ready to start asks nothing.
#[test]
fn being_back_or_ready_is_chatter() {
    for q in ["ok im back", "sorry back now", "ok lets start", "shall we begin", "ok next question"] {
        assert_abstains(q);
    }
    // The same words around a question leave it asked.
    assert_quotes("ok im back, who backs haftar", "Russia backs");
    assert_quotes("next question: who is haftar backed by", "Russia backs");
}

/// Being on the ground beside a country's people is being deployed; a
/// nationality asked is a country.
#[test]
fn on_the_ground_and_nationality() {
    assert_quotes("are there russians on the ground", "Russian military contractors have been deployed");
    assert_quotes("what nationality are the contractors with the LNA", "Russian military contractors");
    assert_quotes("what's ankara contributing militarily", "will send military advisers");
}

/// A yes/no question about a person's side is settled by what their
/// country does, even where it sides with someone else.
#[test]
fn a_persons_side_is_their_countrys() {
    assert_quotes("is putin on sarraj's side?", "Russia backs the Khalifa Hafter led forces");
    assert_quotes("does putin support serraj", "Russia backs the Khalifa Hafter led forces");
}

/// "any mention of X" asks, like "is there any mention of X".
#[test]
fn any_mention_asks() {
    assert_quotes("any mention of trafficking", "illicit trafficking");
    assert_quotes("any word of trafficking", "illicit trafficking");
}

/// A fragment that names a measure asks for it; the article gives none.
#[test]
fn a_measure_asked_in_a_fragment() {
    for q in ["size of 604 brigade?", "no fly zone size?", "sirte population?"] {
        assert_abstains(q);
    }
    assert_quotes("no fly zone?", "no-fly zone");
}

/// "who exactly gave the order" still asks who ordered it, which the
/// article never says.
#[test]
fn an_adverb_does_not_hide_the_deed() {
    assert_abstains("ok i'm confused, who exactly gave the order for the misrata forces to pull out of sirte, was it serraj himself?");
    assert_abstains(
        "what did cavusoglu and sarraj actually talk about when they met in algiers? guessing military stuff",
    );
}

/// A name offered as a choice does not stand in for the name asked about.
#[test]
fn a_choice_does_not_stand_in_for_the_name_asked() {
    assert_quotes("is misrata pro tripoli or pro hafter", "Misratan brigades had been diverted to defend Tripoli");
}

/// The U.N. peace talks are called for, not held: the time and place of
/// the presidents' own talks are not theirs.
#[test]
fn the_un_talks_have_no_time_or_place() {
    for q in ["un talks location?", "date for the un talks?", "wen n where r the un peace talks gonna be held"] {
        assert_abstains(q);
    }
    assert_quotes("did they want un talks", "U.N.-sponsored peace talks");
    assert_quotes("where did putin and erdogan hold talks", "in Istanbul");
}

/// The title the article gives a person is their office.
#[test]
fn the_title_the_article_gives_someone() {
    assert_quotes("what is merkel's title in the article", "German Chancellor Angela Merkel");
    assert_quotes("what title does the article give merkle", "German Chancellor Angela Merkel");
}

/// A yes/no question's wrong guess of a name, after what it says happened,
/// is answered by the passage that names another of its kind in its place;
/// not when the article speaks of the guess with the others, nor when the
/// question says no deed that the passage could meet.
#[test]
fn a_wrong_guess_is_corrected_by_the_passage() {
    assert_quotes("did haftar meet merkel in rome?", "Hafter met Italian Prime Minister Conte in Rome");
    assert_quotes("did serraj go to paris?", "Serraj visited the EU in Brussels");
    assert_quotes("was the 604 brigade created in misrata?", "created in Tripoli in 2015");
    assert_quotes("did sarraj also get a sit-down with conte", "whether Serraj was also going to meet Conte");
    assert_quotes("is everyone in the 604 from the east", "other members are from Tripoli");
    // A name the lexicon does not know, taken for a place or a person by
    // the word before it.
    assert_quotes("did haftar meet conte in milan?", "Hafter met Italian Prime Minister Conte in Rome");
    assert_quotes("did trump talk to macron about libya?", "German Chancellor Angela Merkel");
}

/// The group organising its own work (notes, who presents, who does which
/// part, having to leave) is said to the group, not asked of the bot; a
/// question beside it is still answered.
#[test]
fn the_group_organising_itself_is_not_asked() {
    for q in [
        "brb getting food, someone take notes on the algeria part pls",
        "who's presenting first?",
        "i have to leave at 5, ill do the sirte part tomorrow",
        "can we split the work? i'll take the greece and cyprus section",
    ] {
        assert_abstains(q);
    }
    assert_quotes("i'm taking notes, who backs haftar?", "Russia backs the Khalifa Hafter");
    assert_quotes("ill do the algeria part, what did tebboune say about tripoli?", "a red line");
}

/// A person's own words are theirs, not their country's statement; a
/// person who speaks in the article is still quoted.
#[test]
fn own_words_are_not_the_countrys() {
    assert_abstains("what did putin personally say during the press conference in istanbul");
    // The headline's call is the presidents' own.
    assert_quotes("what did erdogan say himself after the talks, not the joint statement", "called for a ceasefire");
    assert_quotes("what did trump say himself about libya", "There is chaos in Libya now");
    assert_quotes("what did the algerian president himself tell sarraj", "a red line no one should cross");
}

/// In a choice of two clauses whose second takes up the first's subject
/// with a pronoun, the subject is asked about, not offered.
#[test]
fn the_subject_of_a_choice_of_clauses_is_asked_about() {
    assert_quotes(
        "was hafter in brussels too or did he go somewhere else that week?",
        "Hafter met Italian Prime Minister Conte in Rome",
    );
}

/// A hometown asks where someone is from.
#[test]
fn a_hometown_asks_where() {
    assert_quotes("sirte defenders' hometown?", "mainly from Misrata");
}

#[test]
fn numbers_said_in_words_are_the_articles_digits() {
    assert_quotes("when was the six oh four brigade formed", "created in Tripoli in 2015");
    assert_quotes("what starts at midnight on twelve january", "ceasefire");
    assert_quotes("who has held sirte since twenty sixteen", "driving Islamic State forces from Sirte in 2016");
}

#[test]
fn a_name_dictation_split_in_two_is_joined() {
    assert_quotes("what did tebb oon tell sarraj about tripoli", "a red line no one should cross");
    assert_quotes("what happened at mitt iga airport", "Mitiga");
    // Common words side by side stay apart.
    assert_abstains("what did half the tar roads look like");
    // A name said as it sounds may be two longer or common words.
    assert_quotes("whats the name of the algerian president sounds like tebb boon", "Abdelmadjid Tebboune");
    assert_quotes("the turkish foreign minister, is it chavush oglu or something?", "Mevlut Cavusoglu");
    assert_quotes(
        "what are the russians actually doing on the ground there like is it actual troops or what",
        "Russian military contractors",
    );
}

#[test]
fn a_question_run_on_after_a_statement_is_found() {
    assert_quotes(
        "saw a clip about the algerian president meeting sarraj what did he tell him about tripoli i only caught the end",
        "a red line no one should cross",
    );
}

#[test]
fn who_is_asking_is_not_what_is_asked() {
    assert_quotes(
        "Tunisia delegate here, which side has tunisia become allies with?",
        "have become allies against Haftar",
    );
    assert_quotes("Egypt bloc: what did the foreign ministers say the two deals were?", "null and void");
    assert_quotes(
        "Cyprus delegation asking: how many of the deals between turkey and tripoli were rejected?",
        "rejected two deals",
    );
}

#[test]
fn someone_named_after_whether_is_not_said_to_have_done_it() {
    // "There were conflicting reports on whether Serraj was also going to
    // meet Conte in Rome" does not say whom Conte met.
    assert_quotes("who did conte meet in rome", "Hafter met Italian Prime Minister Conte");
    assert_quotes("was serraj going to meet conte in rome too", "conflicting reports");
}

#[test]
fn why_the_asker_asks_and_what_they_guess_are_not_asked() {
    // The purpose ("so we can…") and the request's own verb ask nothing.
    assert_quotes(
        "please find me what trump said about libya at his press conference so we can open our slides with it",
        "There is chaos in Libya now",
    );
    // The asker's telling of what they believe is not the question.
    assert_quotes(
        "i was telling my flatmates that haftar attacked tripoli in the spring, which day was it exactly",
        "4 April",
    );
    // A day the asker guesses may be corrected.
    assert_quotes("was sarraj in algiers on the 9th?", "Algeria");
}

#[test]
fn a_request_to_the_group_asks_what_it_fetches() {
    assert_quotes(
        "ok guys, somebody grab the date this article came out, need it for the bibliography",
        "8 January 2020",
    );
    assert_quotes(
        "what is the strongest line that shows algeria is against foreign interference",
        "opposed to foreign intervention",
    );
}

#[test]
fn a_paragraph_asked_for_by_its_place_is_quoted() {
    assert_quotes("what does the first paragraph say", "called for a ceasefire in Libya’s fighting");
    assert_quotes("how does the article end", "The four countries said that the Turkey-Libya maritime agreement");
    assert_quotes("what does paragraph 3 say", "After a recent security and military agreement with Tripoli");
    // A place with a subject asks about the subject; a place not there is not answered.
    assert_quotes("what does the first paragraph say about sirte", "Sirte");
    assert!(!engine().answer("what does paragraph 40 say").answered());
}

#[test]
fn names_the_asker_believes_did_something_are_a_guess() {
    assert_quotes(
        "i think it was greece, cyprus, italy and egypt who signed the deals with turkey, yes?",
        "rejected two deals",
    );
    assert_quotes("i thought it was the italians who took sirte", "takeover of Sirte by Hafter’s forces");
}

#[test]
fn what_is_counted_is_the_noun_before_an_irregular_verb() {
    assert_quotes("how many presidents sat down together in istanbul", "the two presidents");
}

#[test]
fn being_at_an_occasion_is_no_answer_to_where_the_occasion_was() {
    // What was said at a press conference is put there ...
    assert_quotes("where did trump say libya is in chaos", "at a press conference");
    assert_quotes("where did the red line comment come from, a speech or a meeting", "At their meeting");
    // ... but the press conference itself is put nowhere, nor in the
    // country spoken of ("Commenting on Libya at a press conference").
    assert_abstains("where did trump hold the press conference");
    assert_abstains("which city was trump in when he gave that press conference?");
    // Holding a press conference is giving one, not lasting.
    assert_quotes("when did trump hold the presser on libya", "on Tuesday");
}

#[test]
fn journalism_framing_and_accusations_are_read() {
    assert_quotes(
        "what specific accusation do the four countries make against the turkey libya maritime deal?",
        "against international law",
    );
    assert_quotes("what date did the libya herald run this", "8 January 2020");
    assert_quotes("who announced the ceasefire", "Vladimir Putin");
    assert_quotes("tebboune's words to sarraj?", "a red line no one should cross");
    assert_quotes("is the 604 brigade made up only of easterners or are there westerners too?", "western parts");
    assert_abstains("lol who else hasnt started the fact check yet");
    assert_abstains("anyone got a good podcast on libya");
    assert_abstains("is this bot running gpt or something else");
    assert_abstains("can you make me a flashcard set for the debate?");
    // Sarraj's answer is not in the article; Tebboune's words are.
    assert_abstains("what did Serraj answer when Tebboune said tripoli is a red line?");
}

#[test]
fn a_title_whose_name_is_asked_needs_a_person_named() {
    // The article names no Greek or French minister, only their countries.
    assert_abstains("greece's foreign minister's name?");
    assert_abstains("what's the french foreign minister called? want to name him in the essay");
    // It names the Turkish one and the Algerian president.
    assert_quotes("turkish foreign minister name?", "Mevlut Cavusoglu");
    assert_quotes("what is the algerian president called", "Abdelmadjid Tebboune");
}

#[test]
fn a_guess_the_article_names_elsewhere_is_still_wrong_for_this_deed() {
    // The article names Merkel beside Erdogan, but not in the ceasefire call.
    assert_quotes("was the ceasefire called by erdogan and merkel?", "Vladimir Putin");
    assert_quotes(
        "my notes say the 604 brigade was formed in misrata in 2016, is that right or did i mess it up",
        "created in Tripoli in 2015",
    );
}

#[test]
fn a_polite_preamble_and_old_fashioned_words_are_read() {
    assert_quotes("pardon me, but who turned coat on the tripoli side in sirte?", "604 Brigade");
    assert_quotes("forgive me, who wrote this article we're discussing?", "Sami Zaptia");
    assert_quotes("the chap in benghazi, who is backing him?", "Russia backs");
    assert_quotes("has the fighting near tripoli died down?", "recent increase in fighting");
    assert_quotes("what does the statement say the war is encouraging, keep it short", "criminal activities");
    assert_quotes("my brain is fried, is jufra north or south of sirte", "to the south of Sirte");
    assert_abstains("good evening all, hope everyone had a nice weekend");
    // The question comes first, after its preposition; what trails it asks
    // only whether that is settled. The article gives no day.
    assert_abstains("at what time will trump phone putin about libya, has it been set?");
}

#[test]
fn a_weekday_an_event_and_a_name_however_spelled_are_read() {
    assert_quotes("what day of the week did hafter's forces take sirte?", "on Monday");
    // What "just happened" is an event, not a coincidence.
    assert_quotes(
        "the 604 brigade was formed in 2015, what had just happened in sirte at that point",
        "after Daesh took Sirte",
    );
    assert_quotes("tebboune or however you spell it, what's his first name", "Abdelmadjid");
}

#[test]
fn requests_for_enlightenment_and_opinion_asides_are_framing() {
    assert_quotes("i confess i'm lost on which side russia backs, could someone enlighten me?", "Russia backs");
    assert_quotes("may i trouble you to explain what the no-fly zone covers?", "no-fly zone");
    assert_quotes("does the writer think the truce will hold, in his view?", "still unclear");
}

#[test]
fn a_rare_english_word_is_not_corrected_into_the_articles() {
    // "muddled" is English, not a typo of "meddled" (foreign meddling).
    assert_quotes("did sarraj go to rome or brussels? i've muddled them up", "Serraj visited the EU in Brussels");
    assert_quotes("could someone jog my memory on what a madkhali brigade is?", "Madkhali Salafist");
    assert_quotes("imagine having to report on this mess, who's the reporter anyway", "Sami Zaptia");
}

#[test]
fn a_learners_word_order_is_read() {
    assert_quotes("what mean 'bolstered' in this article?", "bolstered by Turkish support");
    assert_quotes("the author say the success in sirte was because of which group mostly?", "604 Brigade");
    assert_quotes(
        "what is the complete name of the algerian president, i want write it correctly",
        "Abdelmadjid Tebboune",
    );
    assert_quotes("excuse me, what is the relation between haftar and the ferjan tribe?", "Haftar’s own tribe");
}

#[test]
fn a_greeting_from_somewhere_asks_nothing() {
    assert_abstains("hi everyone, greetings from rome!");
    assert_abstains("good evening all from tripoli");
    // A question after it is still asked.
    assert_quotes("hello from istanbul, who did erdogan meet there?", "Istanbul");
    assert_abstains("which is the next article we will read in our club?");
    assert_quotes(
        "the russian contractors, what army are they deployed with? please write the full name",
        "Libyan National Army",
    );
}

#[test]
fn local_names_greetings_and_senses_of_a_trip_are_read() {
    assert_quotes("on which day did the operation karama forces roll into sirt?", "on Monday");
    assert_quotes("sarraj's stop in europe, where was it?", "Serraj visited the EU in Brussels");
    assert_abstains("salam alaikum everyone, yalla");
    assert_quotes("what does the writer blame for the fall of sirte?", "604 Brigade");
    assert_quotes("i heard flights over mitiga were stopped, what did haftar's side announce?", "no-fly zone");
    assert_quotes("did trump speak before or after the four ministers? trying to sort out the timeline", "on Tuesday");
}

#[test]
fn a_purpose_a_source_and_a_side_asked_after_it_are_read() {
    // A purpose said first is why they ask, not what about.
    assert_quotes("for the group brief, what are turkey's plans to send to libya?", "military advisers");
    // Where the asker looked, said first, does not hide the question.
    assert_quotes("in the text what had the misratan brigades been diverted to do and why did it matter", "diverted");
    // A foreign leader is one of somewhere.
    assert_quotes("which foreign leader hosted haftar?", "Conte");
    // "on" after the side asks whom they back.
    assert_quotes("which side is putin on?", "Russia backs");
    assert_quotes("what side is ankara on in the war", "Turkey supports");
    // Model UN framing is the asker's.
    assert_quotes("our delegate needs the harms listed in the joint statement", "irregular migration");
    assert_quotes("before committee: the chair wants the list of harms the statement gives", "irregular migration");
}

#[test]
fn a_group_asked_for_a_named_source_and_pub_talk_are_read() {
    // The group "which" asks for is the answer's to name.
    assert_quotes("the brigade was formed after which jihadist group had captured the city", "after Daesh took Sirte");
    // A name the article does not know, saying something, is who said it.
    assert_quotes("priya insists haftar met conte in paris, is that right?", "Conte in Rome");
    // Small talk about the bot asks nothing.
    assert_abstains("is it working? it ignored me earlier");
    // British chat: binned, bagged, legged it, an oar stuck in.
    assert_quotes("which deals did the four countries bin?", "rejected two deals");
    assert_quotes("when did haftar bag sirte?", "on Monday");
    assert_quotes("why did the misrata fighters leg it from sirte", "to avoid bloodshed");
    assert_quotes("did egypt stick its oar in, according to algeria?", "Egyptian influence");
}

#[test]
fn a_question_taken_back_and_a_claim_to_check_are_read() {
    // The question before "sorry" is taken back.
    assert_quotes("who attacked the capital in... sorry, who took sirte?", "on Monday");
    // "can someone verify that": the claim before it is what is asked.
    assert_quotes("i wrote that trump spoke on tuesday, could someone verify that before class", "on Tuesday");
}

#[test]
fn a_day_month_or_year_in_a_claim_to_check_is_a_guess() {
    assert_quotes("i have the ceasefire starting on the 15th, is that right?", "midnight 12 January");
    assert_quotes("the algiers talks were on the 9th, right?", "6 January");
    assert_quotes("my notes have 2014 for when the 604 was formed, can you check the year", "in 2015");
}

#[test]
fn whether_someone_accepted_a_dated_ceasefire_is_not_said() {
    // A guessed date is no choice: whether Haftar accepted is still asked.
    assert_abstains("did khalifa haftar accept the ceasefire starting midnight 12 january?");
    assert_abstains("so did haftar accept the erdogan putin ceasefire or turn it down flat?");
}

#[test]
fn a_date_asked_of_the_article_itself_is_its_dateline() {
    assert_quotes("what date is on the article?", "8 January 2020");
    assert_quotes("what date is the story", "8 January 2020");
    assert_quotes("what date is this report from", "8 January 2020");
}

#[test]
fn where_a_claim_says_someone_is_from_is_a_guess_to_correct() {
    assert_quotes(
        "i read that the tripoli forces in sirte were mainly from benghazi, is that correct?",
        "mainly from Misrata",
    );
}

#[test]
fn item_numbers_plain_words_and_a_podcast_script_are_framing() {
    // A worksheet's item number labels the question.
    assert_quotes("q7 who is tebboune", "Abdelmadjid Tebboune");
    // Asking for it simply, or for a script, is the asker's.
    assert_quotes("my daughter's worksheet asks who erdogan is, explain simply", "Erdogan");
    assert_quotes("host wants to say the four rejected the deals - backed?", "rejected two deals");
    // Talk about the bot or the group's documents asks nothing of the article.
    assert_abstains("what happens if i ask the bot about another article");
    assert_abstains("who has the latest version of the notes doc, can someone pin it");
}

#[test]
fn who_asks_and_chatter_about_a_move_are_read() {
    // Chatter about a move is speculation.
    assert_quotes("since when has there been chatter about haftar wanting sirte", "April 2019");
    // Who asks is not what is asked.
    assert_quotes("question 2 asks: who did hafter meet?", "Conte");
}

#[test]
fn an_analysts_jargon_is_read() {
    // A client is one backed; a thing stood up is created; a move
    // telegraphed was speculated about; the author named is no subject.
    assert_quotes("ankara's clients in libya?", "Turkey supports");
    assert_quotes("when was the 604 stood up?", "in 2015");
    assert_quotes("when was 604 spun up", "in 2015");
    assert_quotes("how long had the sirte move been telegraphed?", "for months");
    assert_quotes("who leads the tripoli government, according to zaptia?", "Faiez Serraj");
    assert_quotes("which euro capital did serraj go to?", "Brussels");
    assert_quotes("any clarity on whether serraj meets conte?", "conflicting reports");
}

#[test]
fn a_power_base_and_coalition_building_are_read() {
    assert_quotes("where's the lna's centre of gravity, east or west?", "eastern-based");
    assert_quotes(
        "is the sirte grab good for hafter's coalition-building elsewhere in libya?",
        "reinforces its alliances",
    );
}

#[test]
fn slang_for_a_unit_and_for_stirring_trouble_is_read() {
    // A mob is an armed group; stirring something up is causing it; coming
    // out with a view is announcing it.
    assert_quotes("where was the 604 mob set up", "created in Tripoli");
    assert_quotes("what is the war stirring up crime wise", "criminal activities");
    assert_quotes("when did the four ministers come out with their rejection", "on Wednesday");
    // "by whose clock" asks a time zone, which the article never gives.
    assert_abstains("midnight by whose clock? libya time or turkey time");
}

#[test]
fn a_line_given_a_gang_against_someone_and_a_side_that_did_something_are_read() {
    // What someone gives someone is what they tell them; what a thing
    // gives someone is its significance.
    assert_quotes("what line did the algerian prez give sarraj", "red line");
    assert_quotes("what does sirte give hafter", "propaganda and morale boost");
    // A gang against someone is an alliance; a side that did something is
    // what it did, not whom it backs; a mob named by its leader is his.
    assert_quotes("who is in the anti-haftar gang", "Tunisia");
    assert_quotes("haftar's side did something with the airspace, what was it", "no-fly zone");
    assert_quotes("when did the general's mob take sirte", "on Monday");
    // "whyd" is "why'd"; a truce that will "happen for real" is produced.
    assert_quotes("whyd the misratans pull out of sirte", "avoid bloodshed");
    assert_quotes("is the truce gonna happen for real", "unclear if the two sides can produce a ceasefire");
    // Normal people are what normal life is for.
    assert_quotes("what do they want for normal people", "normalization of life");
}

#[test]
fn a_part_of_the_article_a_gang_joined_and_questions_about_the_bot_are_read() {
    // "the bit about…" is a part of the article, not the asker's coursework.
    assert_quotes("what's the bit about terrorism", "terrorism and other criminal activities");
    // Being in a gang is being an ally; a bump in fighting is an increase.
    assert_quotes("is tunisia in the gang", "Tunisia have become allies");
    assert_quotes("was there a bump in fighting around tripoli", "recent increase in fighting");
    assert_quotes("where did the eastern boss meet the italian pm", "in Rome");
    assert_quotes("whats the name of the generals airbase", "Jufra airbase");
    // Who made the bot is another subject.
    assert_abstains("who made you and what are you running on");
}

#[test]
fn pushback_is_opposition() {
    assert_quotes("which deal got pushback from the four", "rejected two deals");
}

#[test]
fn ringing_sitting_and_a_bigwig_are_read() {
    // "rung" is "rang"; where a government sits is where it is based; a
    // bigwig is only the kind of person asked for.
    assert_quotes("trump rung merkel?", "Angela Merkel");
    assert_quotes("where is the un recognised government sat", "based in Tripoli");
    assert_quotes("which turkish bigwig happened to be in algiers", "Mevlut Cavusoglu");
}

#[test]
fn featuring_eyes_shade_and_people_leaving_are_read() {
    // Featuring in a unit is being among its members; in someone's eyes is
    // their view; throwing shade is opposing; people leaving is migration.
    assert_quotes("does haftar's own tribe feature in the 604", "Ferjan tribe");
    assert_quotes("is egypt welcome in algeria's eyes", "Egyptian influence");
    assert_quotes("which ministers threw shade at the turkey deals", "Greece, Cyprus, France and Egypt");
    assert_quotes("is the conflict making people leave", "irregular migration");
    assert_quotes("what did trump say about libya, in his own words", "chaos in Libya");
    assert_quotes("the brigade that switched sides, whats its number again", "604 Brigade");
}

#[test]
fn big_cheeses_the_area_and_leaving_without_a_scrap_are_read() {
    assert_quotes("who are the two big cheeses calling for a truce", "Putin");
    assert_quotes("what does the war do to security in the area", "undermining regional security");
    assert_quotes("why did the misratans pull out without a scrap", "avoid bloodshed");
}

#[test]
fn the_east_acting_stands_for_haftars_side() {
    // "The east" that does something is Haftar's side; where people are
    // from, or beside Haftar named, it is only the east.
    assert_quotes("how did the east do on monday", "on Monday");
    assert_quotes("was sirte a big pr win for the east?", "propaganda and morale boost");
    assert_quotes("what did the east announce about flights over tripoli", "no-fly zone");
    assert_quotes("is the brigade all from the east", "other western parts");
    assert_abstains("When did Khalifa Haftar take control of eastern Libya?");
}

#[test]
fn where_the_asker_heard_it_is_set_aside() {
    assert_quotes("who did serraj meet in algiers, heard something on the radio at work", "Tebboune");
    assert_quotes("when does the ceasefire start, heard it on the radio at work", "midnight 12 January");
    assert_quotes(
        "what did the four ministers say about the deals, saw something on the telly at work",
        "null and void",
    );
}

#[test]
fn a_bare_topic_asked_about_the_text_is_a_question() {
    // "…in there at all" asks whether the article has it; "meant to" is
    // "supposed to", not what something means; "two-parter" only frames.
    assert_quotes("trafficking mentioned at all", "illicit trafficking");
    assert_quotes("who's meant to run the talks", "U.N.-sponsored");
    assert_quotes("what are the turkey folks meant to do in libya", "military advisers");
    assert_quotes("two-parter: when does the truce start and who called it?", "midnight 12 January");
    assert_quotes("what's the lna's name, the full thing", "Libyan National Army");
}

#[test]
fn going_for_a_place_is_attacking_it() {
    assert_quotes("why did the eastern general go for sirte now", "pre-empted");
    assert_quotes("when did haftar first go for tripoli", "4 April");
    // Going for talks, or to the EU, is a trip.
    assert_quotes("where did serraj go for talks with the eu", "Brussels");
    assert_quotes("where did haftar go for talks this week", "Rome");
}

#[test]
fn how_long_something_took_is_not_how_long_a_state_lasted() {
    // The article says since when Misrata held Sirte and how long the
    // rumours ran, never how long an event took.
    assert_abstains("how long did it take to drive isis out of sirte");
    assert_abstains("how long did the battle for sirte take");
    assert_abstains("how long did it take haftar to capture sirte");
    assert_quotes("how long had misrata held sirte before haftar took it", "since driving Islamic State forces");
    assert_quotes("how long had people been speculating about sirte", "for months");
}

#[test]
fn pushing_a_truce_beef_and_folding_are_read() {
    // Pushing a truce is calling for it; a beef is an objection; a city
    // that folds falls. Taking a place stays capturing it.
    assert_quotes("which two leaders are pushing the ceasefire", "Vladimir Putin called for a ceasefire");
    assert_quotes("greece and cyprus beef?", "null and void");
    assert_quotes("why did sirte fold", "turning on the Tripoli-aligned forces");
    assert_quotes("did haftar take sirte", "takeover of Sirte");
}

#[test]
fn what_the_asker_was_doing_and_where_it_was_posted_are_context() {
    assert_quotes("was reading the article at lunch, when does the ceasefire begin", "midnight 12 January");
    assert_quotes("who wrote the article that got shared in the group chat", "Sami Zaptia");
}

#[test]
fn a_foreign_bloke_hanging_out_and_a_goal_are_read() {
    // "The turkish foreign bloke" is its foreign minister; hanging out with
    // someone is meeting them; a talk's goal or point is what it was about.
    assert_quotes("who's the turkish foreign bloke serraj met", "Mevlut Cavusoglu");
    assert_quotes("who did serraj hang out with in algiers", "Tebboune");
    assert_quotes("what was the point of the call between trump and erdogan", "ways to restore stability");
}

#[test]
fn a_participle_naming_who_is_no_event_asked_about() {
    // "The russia backed guys" says who they are; when they attacked is
    // asked, not when Russia backed them.
    assert_quotes("when did the russia backed guys launch their attack on the capital", "4 April");
    // Wanting something back is wanting it restored.
    assert_quotes("what normal life do they want back", "normalization of life");
}

#[test]
fn an_official_name_and_a_name_asked_before_an_aside_ask_what_it_is_called() {
    // "Official" before "name" says which name, not that an official's is
    // asked; "called" before a comma still asks the name.
    assert_quotes("what's the official name of hafters outfit", "Libyan National Army");
    assert_quotes("what is hafters force called, like the proper name?", "Libyan National Army");
}

#[test]
fn a_purpose_at_the_end_stays_aside_when_only_a_date_is_asked() {
    assert_quotes("what's the date of the piece, for the logbook", "8 January 2020");
}

#[test]
fn a_bare_question_about_coursework_beside_one_about_the_article_is_no_other_subject() {
    assert_quotes(
        "is the ceasefire going to hold? whats the verdict",
        "unclear if the two sides can produce a ceasefire",
    );
    assert_quotes(
        "trying to get the context here, the ceasefire call didnt happen in a vacuum right? what does the article say \
         was ramping up at the same time",
        "diplomatic activity intensified",
    );
    // Alone, or asking where, it is not about the article.
    assert_abstains("whats the verdict");
    assert_abstains("what does the maritime deal actually say about the sea borders, like where the line is");
}

#[test]
fn a_negative_verb_after_and_goes_on_with_the_statement() {
    // "…is libyan and wont stop talking about sirte" says more of the
    // neighbour; it asks nothing.
    assert_quotes("my neighbour is libyan and wont stop talking about sirte, who took it?", "takeover of Sirte");
}

#[test]
fn a_pop_at_getting_in_ahead_oil_areas_and_building_up_are_read() {
    assert_quotes("who had a pop at the two turkey deals", "rejected two deals");
    assert_quotes("what is hafter getting in ahead of by taking sirte", "pre-empted a possible move");
    assert_quotes("what's the oil area hafter is protecting", "oil crescent");
    assert_quotes(
        "nothing happens in a vacuum, what was building up when putin and erdogan made the call",
        "diplomatic activity intensified",
    );
    // Asking whether someone has it at hand, or for one line, only frames.
    assert_quotes("who wrote this, anyone got that handy?", "Sami Zaptia");
    assert_quotes("the headline in 1 line pls", "Putin and Erdogan call for Libya ceasefire");
}

#[test]
fn the_salafist_unit_a_cause_set_off_and_years_back_are_read() {
    // The article's one Madkhali Salafist unit is the 604 Brigade.
    assert_quotes("where was the salafist outfit formed", "created in Tripoli in 2015");
    // "What set off X" asks its cause, as "what triggered X" does.
    assert_quotes("what set off the creation of that brigade", "after Daesh took Sirte");
    // "A few years back" is a while ago, not backing anyone.
    assert_quotes("who did the tripoli forces push out of sirte a few years back", "Islamic State forces");
}

#[test]
fn asking_what_to_ask_is_help_and_the_legit_one_is_the_recognised_one() {
    for q in ["what kinds of questions can i ask you", "what can you do? like what sort of questions can i ask"] {
        let reply = engine().answer(q);
        assert!(matches!(reply.outcome, Outcome::Abstain { reason: AbstainReason::Help, .. }), "{q:?}: {reply:?}");
    }
    // Asking leave to ask is no part of the question.
    assert_quotes("can i ask who took sirte", "takeover of Sirte");
    assert_quotes("is the tripoli government the internationally legit one", "internationally recognized government");
    // Whoever does the writing wrote it; a scrap is a fight.
    assert_quotes("who's the guy doing the writing", "Sami Zaptia");
    assert_quotes("has there been a big scrap around tripoli lately", "increase in fighting around Tripoli");
}

#[test]
fn batting_for_results_backdrops_and_seeing_it_coming_are_read() {
    // Cricket's "batting for" is backing.
    assert_quotes("who are the russians batting for", "Russia backs the Khalifa Hafter");
    // A meeting's result is what came out of it.
    assert_quotes("what was the result of the talks in istanbul", "called jointly for an end of hostilities");
    // What went on alongside the call is its backdrop.
    assert_quotes("what else was happening alongside the truce call", "diplomatic activity intensified");
    // Seeing something coming, with its object between, is expecting it.
    assert_quotes("did anyone see the sirte takeover coming", "speculation that Hafter would attempt to take Sirte");
    // "How far back" asks since when, not whom anyone backs.
    assert_quotes("how far back did people start guessing he'd take sirte", "for months");
    // An opening "hang on" or "hold on" only asks for a moment.
    assert_quotes("hold on who does turkey back", "Turkey supports");
    assert_quotes("ok hang on the turks are on which side", "Turkey supports");
    // Getting one's retaliation in first is pre-empting; stepping in is intervening.
    assert_quotes("was taking sirte haftar getting his retaliation in first", "pre-empted a possible move");
    assert_quotes("is algeria ok with other countries stepping into libya", "opposed to foreign intervention");
    // Having a go at a place is attacking it; at a deal, attacking it in words.
    assert_quotes("who was going to have a go at jufra", "pro-Tripoli forces");
    assert_quotes("who had a go at the turkish deals", "rejected two deals");
    // "So quickly" asks what made it easy.
    assert_quotes("how did sirte fall so quickly", "put down mainly to a local force");
    // How far a zone goes is a distance, which the article does not give.
    assert_abstains("how far does the no-fly zone go");
    // Having no idea, and thanks in advance, are no part of the question.
    assert_quotes(
        "the LNA keeps coming up and i have no idea what it stands for, thanks in advance",
        "Libyan National Army (LNA)",
    );
}

#[test]
fn what_the_asker_has_the_claimant_and_a_called_truce_are_read() {
    // "Non-tribal" members are the others, not the tribes.
    assert_quotes("where do the 604's non-tribal fighters come from", "other members are from Tripoli");
    // What the asker has already is set aside when they ask for the other.
    assert_quotes(
        "i've got the brigade switching sides but what was the other reason sirte fell so easily",
        "Misratan brigades had been diverted",
    );
    // Calling the truce is a call, not an event the article could not see.
    assert_quotes("did they call the truce jointly or separately", "called jointly");
    // Asked of whoever made a claim, the question asks whether it holds.
    assert_quotes("my mate reckons russia backs serraj, is he talking rubbish", "Russia backs the Khalifa Hafter");
    assert_abstains("my aunt thinks egypt sent troops, is she right");
    // What two presidents want is what they call for.
    assert_quotes("what else did the two presidents want apart from a truce", "U.N.-sponsored peace talks");
    // Coming out for someone is backing them.
    assert_quotes("has algeria come out for the tripoli government", "Algeria supports the Sarraj government");
    // An apology for one's English, and a reference list for CPD, only frame.
    assert_quotes("my english is not so good, who is leading the tripoli government please", "Faiez Serraj");
    assert_quotes("what date is the piece from? need it for my cpd", "8 January 2020");
}

#[test]
fn whether_it_will_happen_where_to_look_and_getting_in_first_are_read() {
    // Whether the truce will happen is its prospects, which the article doubts.
    assert_quotes("is the truce gonna happen", "still unclear if the two sides can produce a ceasefire");
    assert_quotes("is the ceasfire going to hold on the grnd", "still unclear if the two sides can produce");
    // Always forgetting is no part of the question.
    assert_quotes("always forget hafters first name, what is it", "Khalifa Hafter");
    // "According to the headline" says where the answer is to be found.
    assert_quotes(
        "for the assembly: according to the headline, who wants the fighting to stop?",
        "Putin and Erdogan call for Libya ceasefire",
    );
    // Who says a claim is no part of what the article is asked to back up.
    assert_quotes(
        "my neighbour says haftar took sirte because a local brigade turned, anything in the article backing that up?",
        "put down mainly to a local force",
    );
    // Getting in first is pre-empting.
    assert_quotes("was grabbing sirte about haftar getting in first", "pre-empted a possible move");
}

#[test]
fn slang_what_the_asker_had_and_a_place_asked_are_read() {
    // Chilling out is the ceasefire; an org is an organisation.
    assert_quotes("which leaders want libya to chill out", "called for a ceasefire");
    assert_quotes("which org is meant to run the peace talks", "U.N.-sponsored peace talks");
    // "Tf", "instead" and a rota are no part of a question.
    assert_quotes("who tf is abdelmadjid tebboune", "Abdelmadjid Tebboune");
    assert_abstains("can you sort my rota");
    // What will happen to a place asks about it, not whether something happens.
    assert_quotes("what will happen to jufra, does the article say", "Jufra airbase");
    // Staying out of a country is not intervening in it.
    assert_quotes("does algeria want foreign powers to stay out of libya", "opposed to foreign intervention");
    // What the asker had, an "i" dropped, is no question; "had" with a participle is.
    assert_quotes("had a long shift so skimmed it, who backs serraj", "Turkey supports");
    assert_abstains("had the russians arrived before sirte fell");
    // A sentence ended by "lol" is not the one asked about.
    assert_quotes("no clue about libya lol, my mate said haftar attacked tripoli, when was that", "on 4 April");
    // "Where did…" asks a place, not how a later event turned out.
    assert_quotes(
        "i thought it was all about the ceasefire, where did serraj go for the eu",
        "visited the EU in Brussels",
    );
}

#[test]
fn the_askers_own_doings_breaks_and_bakes_are_read() {
    // Before a bare question, a statement in words the article never uses
    // is the asker's own business; the claims beside it are asked.
    assert_quotes(
        "packing boxes and arguing with sam about this - he says putin and erdogan met in ankara, i say moscow. where was it actually?",
        "two presidents in Istanbul",
    );
    assert_quotes(
        "sorry english is my second language. the article say tripoli, turkey, algeria and one more country are allies. which one it is?",
        "Algeria and Tunisia have become allies",
    );
    // A break is the asker's, not a breach of the truce.
    assert_quotes(
        "read it on my break and got confused, the attack on tripoli, was that this april or last april?",
        "on 4 April",
    );
    // Troops that were elsewhere were diverted.
    assert_quotes("did sirte fall because the misrata lot were elsewhere", "diverted to defend Tripoli");
    // What the asker was doing is no question: "was running…".
    assert_quotes(
        "was running the sound desk all night so only skimmed it, when did haftar's lot take sirte",
        "on Monday",
    );
    // Grabbing something for the asker is fetching it, not a capture.
    assert_quotes(
        "for the references on my handout i need the author and the date of the article, can someone grab them",
        "8 January 2020",
    );
    // The asker's bake and staff meeting frame; someone to call and
    // pictures sent to the bot are other subjects.
    assert_quotes(
        "heard during the morning bake that serraj met conte in rome, does the article confirm that",
        "conflicting reports on whether Serraj",
    );
    assert_quotes(
        "for my little talk at the staff meeting friday i wanna say who the actual head of the tripoli government is, whats his name",
        "led by Faiez Serraj",
    );
    assert_abstains("the mixer is making that grinding noise again, anyone know who to call");
    assert_abstains("can you read images? i want to send you a pic of my loaf");
    assert_abstains("are you an ai or is a real human typing the answers in real time");
}

#[test]
fn names_people_use_where_the_asker_was_and_pedants_are_read() {
    // What people call a thing described by what it did is its name; what
    // the four called the deals is still what they said of them.
    assert_quotes("what do they call the brigade that turned on tripoli's forces", "604 Brigade");
    assert_quotes("what did they call the deals, illegal?", "null and void");
    // Where the asker was is no question: "was on the belt all morning".
    assert_quotes("was on the forklift all shift, when does the ceasefire thing actually start", "midnight 12 January");
    // "Which city were they in" takes up the phrase before it.
    assert_abstains("the four foreign ministers on wednesday, which city were they meeting in");
    // Chat spellings.
    assert_quotes("wot did the 604 brigade do", "604 Brigade");
    assert_quotes("wat date is the artical from", "8 January 2020");
    // A pedant's corner and a van between drops only frame.
    assert_quotes(
        "pedant corner: the article says hafter's attack on the capital began on what date? i think it gives the month twice",
        "on 4 April",
    );
    assert_quotes(
        "reading this in the van between drops, the government turkey backs, is that the un recognised one or the other lot",
        "Turkey supports the internationally recognized government",
    );
    // Hardly any defenders is a thin garrison; a rating is what it means;
    // a conspiracy is the convenient coincidence.
    assert_quotes("why were there barely any defenders in sirte", "diverted to defend Tripoli");
    assert_quotes("how does the author rate the capture of sirte", "major propaganda and morale boost");
    assert_quotes(
        "bit of a conspiracy vibe about the turkish foreign minister being in algiers, how does the article put it",
        "conveniently happened to be in Algiers",
    );
    assert_quotes("which mideast country is one of the four that rejected the deals", "Egypt");
    // Which of two countries is bigger is another subject.
    assert_abstains("which is bigger, greece or turkey");
}

#[test]
fn questions_passed_on_left_in_place_and_laughed_at_are_read() {
    // A question someone else asked is asked: "they asked where…".
    assert_quotes(
        "running the first aid badge with some older cubs, they asked where putin and erdogan actually met for the talks",
        "two presidents in Istanbul",
    );
    // Unless the asker asks their own after it.
    assert_quotes(
        "somebody asked why the sirte takeover worked so well, apart from anyone switching sides, what else helped",
        "diverted to defend Tripoli",
    );
    // A question word left after its verb asks, without a mark.
    assert_quotes(
        "my cubs keep asking me this and i dont want to look daft. russia is backing which side in libya again",
        "Russia backs the Khalifa Hafter",
    );
    // A backer by any name; the big dogs are the leaders.
    assert_quotes("who's hafter's sugar daddy", "Russia backs");
    assert_quotes("which two big dogs want the fighting in libya to stop", "Vladimir Putin called for a ceasefire");
    // A blurb, what made the asker laugh, a tangent and the radio only frame.
    assert_quotes(
        "for a newsletter blurb i need the exact phrase the four ministers used about the turkey deals, the latin-sounding one",
        "null and void",
    );
    assert_quotes(
        "lol the foreign minister 'conveniently' being in algiers made me laugh. was he officially there for something else according to the piece?",
        "supposedly separate visit",
    );
    assert_quotes(
        "bit of a tangent but the turkish foreign minister just happened to be in algiers then? whats his name",
        "Mevlut Cavusoglu",
    );
    assert_quotes(
        "i heard on the radio driving to the scout hut that serraj was meeting conte too. does the article confirm that or is it unsure",
        "conflicting reports on whether Serraj",
    );
    // Going into a town is taking it; a catch is no part of the question;
    // regular soldiers are soldiers.
    assert_quotes(
        "the theory bit confused me at 2am. what does the article think haftar was pre-empting by going into sirte?",
        "pre-empted a possible move",
    );
    assert_quotes(
        "i thought algeria backed tripoli all the way, but theres a catch isnt there? what are they against?",
        "opposed to foreign intervention",
    );
    assert_quotes(
        "the article mentions russians fighting next to hafters army - are they regular soldiers or something else? guy at the stall says wagner",
        "Russian military contractors",
    );
}

#[test]
fn what_a_question_ends_on_and_the_names_of_joined_things_are_read() {
    // A question that ends on "it" takes up what was just mentioned.
    assert_quotes(
        "between jobs rn. the article mentions the oil crescent somewhere, whats the deal with that, who might make a move on it",
        "pro-Tripoli forces bolstered by Turkish support",
    );
    // Not when it names its own subject, or is the other side of a choice.
    assert_quotes(
        "my algerian buddy will ask me about this so: is algeria cool with foreign countries sending troops into libya or are they against it?",
        "opposed to foreign intervention",
    );
    // What the asker has, then the question left in its place.
    assert_quotes(
        "getting the days of the week straight: trump's press conference was tuesday, so the foreign ministers thing was what day",
        "on Wednesday",
    );
    // Two names joined name what they agreed, however the question put them.
    assert_quotes("whats the name of the turkey libya sea deal", "Turkey-Libya maritime agreement");
    // Teams, a misspelt government, stepping on rights, charging in.
    assert_quotes("tunisia on which team", "Algeria and Tunisia have become allies");
    assert_quotes("did the tripoli goverment sign some deal with turkey", "security and military agreement");
    assert_quotes(
        "the maritime thing, do they say it steps on other countries rights or what",
        "violates the sovereign rights",
    );
    assert_quotes(
        "so algeria backs sarraj, fine, but does it want other countries charging in?",
        "opposed to foreign intervention",
    );
    assert_quotes("which two leaders want libya to put the arrows down", "Vladimir Putin called for a ceasefire");
    // The truck, a bet lost, being new here and what the asker noticed only frame.
    assert_quotes(
        "settle a bet from the truck this morning: mikey says putin and erdogan are on the same side in libya, i say no. who backs who",
        "Russia backs",
    );
    assert_quotes(
        "captain here, prepping a talk for the league social (dont ask, lost a bet). who wrote the article so i can credit him",
        "Sami Zaptia",
    );
    assert_quotes(
        "weird detail i noticed, the turkish foreign minister was just conveniently in algiers? what's his name",
        "Mevlut Cavusoglu",
    );
    // Thanks for sharing is thanks; who plays this weekend is another subject.
    assert_abstains("cheers for sharing that article mate, interesting read");
    assert_abstains("is littler playing this weekend");
}

#[test]
fn which_government_plain_words_and_a_bowler_s_bias_are_read() {
    // "Which government" asks for one, which the answer names.
    assert_quotes("which government signed the two deals with turkey", "Tripoli Government");
    // But "the sarraj government" is his.
    assert_quotes("does algeria back the sarraj government", "Algeria supports the Sarraj government");
    // How the asker wants it put comes before the question.
    assert_quotes(
        "sirte, 604 brigade, ferjan, qaddadfa, my head is spinning. in plain words what does the article say the 604 brigade did to the tripoli side",
        "turning on the Tripoli-aligned forces",
    );
    // Going into a country is no capture; a bias is a side taken.
    assert_quotes(
        "what did the article say about egypt possibly going into libya, like an invasion",
        "Egyptian incursion in Libya",
    );
    assert_quotes("which way's russia's bias in this one then", "Russia backs");
    // "If poss", the wheelhouse, a strict tutor and lost marks only frame.
    assert_quotes(
        "what did trump say he discussed with erdogan, the exact words if poss, its for my write up",
        "ways to restore stability to Libya",
    );
    assert_quotes(
        "heard on the radio in the wheelhouse that trump said something about libya. what did he actually say and on which day",
        "There is chaos in Libya now",
    );
    assert_quotes(
        "need the date and the place the article was written for my references, tutor is super strict about citations and i lost marks last time",
        "London, 8 January 2020",
    );
}

#[test]
fn contractions_without_apostrophes_asides_and_likenesses_are_read() {
    // "itll", "itd", "aswell", "of em": chat's contractions and shortenings.
    assert_quotes("what has turkey said itll send over to libya", "military advisers");
    assert_quotes("is serraj seeing conte aswell", "whether Serraj was also going to meet Conte");
    assert_quotes(
        "the four countries that rejected the deals, which were they, i can only remember two of em",
        "Greece, Cyprus, France and Egypt",
    );
    // Belling someone is calling them.
    assert_quotes("did trump say he'd be belling putin", "he will also speak with Russian President Vladimir Putin");
    // "Ages ago", "which army are we talking", "might want": no subject of their own.
    assert_quotes(
        "had people seen the sirte takeover coming ages ago",
        "speculation that Hafter would attempt to take Sirte",
    );
    assert_quotes(
        "the contractors from russia are working with who, which army are we talking",
        "Libyan National Army",
    );
    assert_quotes("whats south of sirte that haftar may want to protect", "Jufra airbase");
    // "Who is teaming up with who", reported, is no question of its own.
    assert_quotes(
        "we were debating over lunch about who is siding with who. which countries are meant to be in an alliance against haftar?",
        "have become allies against Haftar",
    );
    // A time the question is set at names no topic.
    assert_quotes("before the joint call, what deal had turkey made with tripoli?", "security and military agreement");
    // "Aside from", "(dont tell the boss)" and "like how we…" only frame.
    assert_quotes("aside from brussels where else has sarraj been lately", "Sarraj was in Algiers");
    assert_quotes(
        "skimming this on shift (dont tell the manager) - what else did the presidents call for besides a ceasefire?",
        "U.N.-sponsored peace talks",
    );
    assert_quotes(
        "why was there hardly anyone guarding sirte? you'd think they'd keep people there, like how we never leave the till empty",
        "diverted to defend Tripoli",
    );
}

#[test]
fn the_main_thing_a_break_room_and_other_continents_are_read() {
    // Asia is no part of the article; nor are questions that say they are not about Libya.
    assert_abstains("is istanbul in europe or in asia");
    assert_abstains("is it ok to ask non libya stuff here");
    // A pump is no morale boost.
    assert_abstains("is pump 2 fixed yet or still bagged off");
    // The ceasefire call is the joint call.
    assert_quotes(
        "remind me what the ceasefire call said about life in the other towns",
        "normalization of life in Tripoli",
    );
    // The main thing is the gist.
    assert_quotes("whats the main thing the piece is about", "Putin and Erdogan call for Libya ceasefire");
    // Where the asker is, and what they can tell, only frame.
    assert_quotes(
        "so haftars lot took sirte, which day of the week was it? for the timeline in the break room",
        "on Monday",
    );
    assert_quotes(
        "from what i can tell sirte fell mostly because of a group changing sides, which group was it",
        "604 Brigade",
    );
}

#[test]
fn kicking_off_about_an_oily_region_and_a_foreign_min_are_read() {
    // Kicking off about something is objecting to it.
    assert_quotes("which countries were kicking off about the turkish deals", "Greece, Cyprus, France and Egypt");
    // An oily region is the oil crescent.
    assert_quotes("whats the oily region haftar might want to protect", "oil crescent");
    // "Foreign min" is the foreign minister.
    assert_quotes("who's the turkish foreign min", "Mevlut Cavusoglu");
    // A wagon is the asker's own; a name they cannot pronounce only frames.
    assert_abstains("anyones wagon got a flat this morning");
    assert_quotes("that 604 lot, what religious current are they, some name i cant pronounce", "Madkhali Salafist");
}

#[test]
fn hanging_round_piling_in_and_a_brig_are_read() {
    // Running someone out is expelling them.
    assert_quotes("who ran islamic state out of sirte", "driving Islamic State forces");
    // A title's 's lost before "name" still asks for one person; the name
    // of a place is not the people of the clause after it.
    assert_abstains("whats the cypriot foreign ministers name");
    assert_quotes("whats the name of the airport haftars guys put the no fly zone on", "Mitiga airport");
    assert_quotes("whats the name of the city hafters guys took", "Sirte");
    // Chat words for the article's own.
    assert_quotes("when was the 604 brig set up", "created in Tripoli in 2015");
    assert_quotes("was the turkish foreign minister hanging about in algiers by chance", "conveniently happened");
    assert_quotes("is algeria ok with other countries piling into libya", "opposed to foreign intervention");
    assert_quotes(
        "does algeria want egypt poking its nose into libya or not? the red line part lost me",
        "Egyptian influence",
    );
    assert_quotes("did they say anything about life resuming in the cities", "normalization of life");
    assert_quotes("is the gna legit", "internationally recognized government");
    assert_quotes("does the article say if the ceasefire will actually take on the ground", "still unclear");
    assert_abstains("did haftar say yes to the ceasefire or tell them to get lost");
    // "In english" and the asker's feed only frame.
    assert_quotes("what do the letters lna stand for in english", "Libyan National Army");
    assert_quotes("i keep seeing sarraj in algiers on my feed, which day was he there", "6 January");
    // A pub is a pub; a pub date is the article's date.
    assert_quotes("for the pub quiz, what day did sirte fall", "on Monday");
    assert_quotes("pub date?", "London, 8 January 2020");
    assert_quotes("when was this pubbed", "London, 8 January 2020");
}
