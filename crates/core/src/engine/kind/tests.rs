//! The question and passage readers' unit tests.

use super::*;

fn asks_of(q: &str) -> Asks {
    let words: Vec<String> = tokens(q).into_iter().map(|t| t.text).collect();
    asks(&words.iter().map(String::as_str).collect::<Vec<_>>())
}

#[test]
fn question_words_and_nouns_decide() {
    assert_eq!(asks_of("since when").kind, Kind::When);
    assert_eq!(asks_of("how many people").kind, Kind::HowMany);
    assert_eq!(asks_of("how much does sirte matter to them").kind, Kind::Open);
    assert_eq!(asks_of("how much did turkey pay").kind, Kind::HowMany);
    assert_eq!(asks_of("whats the number of the unit that turned"), Asks::OPEN, "the number it goes by");
    assert_eq!(asks_of("what is the number of the troops sent").kind, Kind::HowMany);
    assert_eq!(asks_of("what was the number of the dead").kind, Kind::HowMany);
    assert_eq!(asks_of("how long did the talks last").kind, Kind::HowLong);
    assert_eq!(asks_of("what month did daesh take sirte"), Asks::when(Grain::Month));
    assert_eq!(asks_of("which european leader did he call").kind, Kind::Who);
    assert_eq!(asks_of("which north african capital was he flying to").kind, Kind::Where);
    assert_eq!(asks_of("which official did he meet"), Asks::person());
    assert_eq!(asks_of("what justification did they give").kind, Kind::Why);
    assert_eq!(asks_of("exact date the deal was signed"), Asks::when(Grain::Day));
    assert_eq!(asks_of("main reason sirte fell").kind, Kind::Why);
    assert_eq!(asks_of("any casualty figures").kind, Kind::HowMany);
    assert_ne!(asks_of("did sarraj see other algerian figures").kind, Kind::HowMany);
    assert_eq!(asks_of("is there a line where the two states ask for talks").kind, Kind::Open);
    assert_eq!(asks_of("which four govts rejected the deals").kind, Kind::Who);
    assert_eq!(asks_of("how long did it take to push is out of sirte").grain, Some(Grain::Took));
    assert_eq!(asks_of("how long did the fight for sirte take").grain, Some(Grain::Took));
    assert_eq!(asks_of("how long did the fight for sirte take").kind, Kind::HowLong);
    assert_eq!(asks_of("how long had they held sirte before haftar took it").grain, None);
    assert_eq!(asks_of("how long did people expect him to take sirte").grain, None);
    assert_eq!(asks_of("how far does the zone reach").grain, Some(Grain::Distance));
    assert_eq!(asks_of("how long ago was the brigade formed").kind, Kind::When);
    assert_eq!(asks_of("what was the number again").kind, Kind::Open);
    assert_eq!(asks_of("why is brussels in the article").kind, Kind::Open);
    assert_eq!(asks_of("what was the number of deals").kind, Kind::HowMany);
    // Days after something: a time, which dates settle.
    assert_eq!(asks_of("how many days after the talks does the truce start").kind, Kind::When);
    assert_eq!(asks_of("how many days did the talks last").kind, Kind::HowMany);
    assert_eq!(asks_of("how many years did they hold sirte").kind, Kind::HowLong);
    assert!(asks_of("which turkish general leads them").person, "a rank is a person");
    assert_eq!(asks_of("which side of the country is the lna from").kind, Kind::Where);
    assert_eq!(asks_of("which side of the war is turkey on").kind, Kind::Who);
    assert_eq!(asks_of("which country backs him").kind, Kind::Who);
    assert_eq!(asks_of("what nationality are the contractors").kind, Kind::Who);
    assert_eq!(asks_of("which arab state joined greece").kind, Kind::Who);
    // A time clause after a talk, not a question about when.
    assert_eq!(asks_of("what did they talk about when they met in algiers").kind, Kind::Open);
    assert_eq!(asks_of("what does it say about when the truce starts").kind, Kind::When);
    assert_eq!(asks_of("is it true").kind, Kind::Open);
    // "when it comes to" is only "about".
    assert_eq!(asks_of("whats algeria worried about when it comes to egypt").kind, Kind::Open);
    assert_eq!(asks_of("when did it come to an end").kind, Kind::When);
    assert!(asks_of("which of the two guys backs haftar").person);
    assert_eq!(asks_of("which of the countries signed").kind, Kind::Who);
    assert_eq!(asks_of("where does algeria stand on foreign troops").kind, Kind::Open);
    assert_eq!(asks_of("where does tunisia fit in").kind, Kind::Open);
    assert_eq!(asks_of("are there more russian contractors than turkish advisers").kind, Kind::HowMany);
    assert_eq!(asks_of("were there more meetings than usual").kind, Kind::Open);
    assert_eq!(asks_of("is turkey more involved than russia").kind, Kind::Open);
    assert_eq!(asks_of("how far is the airbase from sirte").grain, Some(Grain::Distance));
    assert_eq!(asks_of("how far out does the zone reach").grain, Some(Grain::Distance));
    assert_eq!(asks_of("does it say how far the airbase is from sirte").grain, Some(Grain::Distance));
    assert_eq!(asks_of("how far did the fighting spread").kind, Kind::Open);
    // Reasons offered as a choice ask why, numbers or places among them.
    assert_eq!(asks_of("did they win because of numbers or because they were busy").kind, Kind::Why);
    assert_eq!(asks_of("did they lose because they were busy somewhere else").kind, Kind::Open);
    assert_eq!(asks_of("anywhere else").kind, Kind::Where);
    assert_eq!(asks_of("did he go anywhere else").kind, Kind::Where);
    assert_eq!(asks_of("does it help his alliances anywhere else").kind, Kind::Open, "whether, not where");
}

#[test]
fn a_trailing_how_after_its_own_words_asks_in_what_way() {
    assert_eq!(asks_of("how so").kind, Kind::Why);
    assert_eq!(asks_of("and how").kind, Kind::Why);
    assert_eq!(asks_of("cyprus involved how").kind, Kind::Open);
}

#[test]
fn what_caused_something_asks_why_but_not_what_made_it_different() {
    assert_eq!(asks_of("what mostly explains the fall of sirte").kind, Kind::Why);
    assert_eq!(asks_of("what made the misratans pull out").kind, Kind::Why);
    assert_ne!(asks_of("what made the 604 brigade different from the others").kind, Kind::Why);
}

#[test]
fn how_someone_justified_something_asks_why() {
    assert_eq!(asks_of("how did the misratans justify pulling out").kind, Kind::Why);
    assert_eq!(asks_of("how did they explain leaving sirte").kind, Kind::Why);
    assert_ne!(asks_of("how did they defend tripoli").kind, Kind::Why);
}

#[test]
fn a_thing_that_explains_is_a_cause() {
    assert_eq!(asks_of("what was the main thing that explained the takeover").kind, Kind::Why);
    assert_eq!(asks_of("what is the thing they signed").kind, Kind::Open);
    assert_eq!(asks_of("what did cyprus blame the tension on").kind, Kind::Why);
    assert_eq!(asks_of("did cyprus object for money or because of pride").kind, Kind::Why);
    assert_eq!(asks_of("did cyprus object or not").kind, Kind::Open);
}

#[test]
fn a_text_that_is_only_what_led_to_something_gives_no_reason() {
    assert!(!Provides::of("after talks between the two presidents in Istanbul today").reason);
    assert!(Provides::of("After a recent agreement with Tripoli, Turkey said it will send advisers").reason);
    assert!(Provides::of("they withdrew after the brigade turned").reason);
}

#[test]
fn passages_provide_times_numbers_and_reasons() {
    let p = Provides::of("The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.");
    assert!(p.year && !p.month && !p.number && p.reason);
    assert!(!p.grain(Grain::Month) && p.grain(Grain::Year));
    let p = Provides::of("Sarraj was in Algiers on 6 January for discussions.");
    assert!(p.day && p.month && !p.year);
    let p = Provides::of("the takeover of Sirte by Hafter’s forces on Monday");
    assert!(p.day && p.grain(Grain::Day));
    assert!(Provides::of("speculation for months – since his attack").duration);
    assert!(Provides::of("the four countries said").number);
    // A purpose, not what a verb wants; a date after "since" is a time.
    assert!(Provides::of("they had withdrawn from Sirte to avoid bloodshed").reason);
    assert!(!Provides::of("Hafter would attempt to take Sirte for months – since his attack in April 2019").reason);
}

#[test]
fn listing_everyone_asks_who() {
    assert_eq!(asks_of("list everyone trump talked to").kind, Kind::Who);
    assert_eq!(asks_of("did everyone agree").kind, Kind::Open);
}

#[test]
fn what_something_is_for_asks_a_purpose() {
    assert_eq!(asks_of("what was cavusoglu in algiers for").kind, Kind::Why);
    assert_eq!(asks_of("whats the no fly zone for exactly").kind, Kind::Why);
    assert_eq!(asks_of("what is lna short for").kind, Kind::Open);
    assert_eq!(asks_of("what are they asking for").kind, Kind::Open);
    assert_eq!(asks_of("what did they call for").kind, Kind::Open);
    // "what kinda group" asks a kind, as "what kind of group" does.
    assert_eq!(asks_of("what group took sirte").kind, Kind::Who);
    assert_eq!(asks_of("what kinda group took sirte").kind, Kind::Open);
    assert_eq!(asks_of("what kind of group took sirte").kind, Kind::Open);
}

#[test]
fn first_and_full_names_are_asked_as_names() {
    let given = |q: &str| asks_a_given_name(&q.split(' ').collect::<Vec<_>>());
    assert!(given("whats contes first name"));
    assert!(given("erdogans full name pls"));
    assert!(given("his forename"));
    assert!(!given("who was named first"));
    assert!(!given("the name of the brigade"));
    let first = |q: &str| asks_a_first_name(&q.split(' ').collect::<Vec<_>>());
    assert!(first("whats contes first name"));
    assert!(first("what is the first name of the guy who met serraj"));
    assert!(!first("who is the guy serraj met his full name"));
}

#[test]
fn a_plan_is_what_someone_would_do() {
    let plan = |q: &str| asks_a_plan(&q.split(' ').collect::<Vec<_>>());
    assert!(plan("what will athens and cairo do if ankara carries on"));
    assert!(plan("what is cairo planning to do about it"));
    assert!(!plan("what did ankara say it would do after signing"), "no condition");
    assert!(!plan("what will they do"), "no condition");
    assert!(!plan("did he call or is that something he is only planning to do"), "a yes or no");
    assert!(Provides::of("Turkey has said it will send military advisers").grain(Grain::Plan));
    assert!(!Provides::of("Tripoli was a red line no one should cross").grain(Grain::Plan));
    assert!(Provides::of("The siege took three weeks").grain(Grain::Took));
    assert!(!Provides::of("There had been speculation that he would take Sirte for months").grain(Grain::Took));
    assert!(!Provides::of("They had controlled Sirte since 2016").grain(Grain::Took));
    assert!(Provides::of("Jufra lies 300 km south of Sirte").grain(Grain::Distance));
    assert!(Provides::of("Jufra lies 300km south of Sirte").grain(Grain::Distance));
    assert!(!Provides::of("In 2016 some left").grain(Grain::Distance));
    assert!(!Provides::of("his Jufra airbase to the south of Sirte").grain(Grain::Distance));
}

#[test]
fn a_joining_when_or_where_asks_nothing() {
    assert_eq!(asks_of("so the minister just happened to be in algiers when sarraj was there").kind, Kind::Open);
    assert_eq!(asks_of("how many were killed when sirte fell").kind, Kind::HowMany);
    assert_eq!(asks_of("604 brigade founded when").kind, Kind::When);
    assert_eq!(asks_of("truce starts when exactly").kind, Kind::When);
    assert_eq!(asks_of("after leaving sirte where did the forces go").kind, Kind::Where);
    assert_eq!(asks_of("does it say when the truce starts").kind, Kind::When);
}

#[test]
fn an_open_what_takes_the_kind_it_goes_on_to_name() {
    assert_eq!(asks_of("what's the theory on why he moved on sirte").kind, Kind::Why);
    assert_eq!(asks_of("what was cavusoglu's official reason for being there").kind, Kind::Why);
    assert_eq!(asks_of("what did turkey say about the deal").kind, Kind::Open);
    assert_eq!(asks_of("whats the name of the guy who commands the brigade"), Asks::person());
    // The subject of what is asked is not asked.
    assert_eq!(asks_of("what did president trump say about libya"), Asks::OPEN);
    assert_eq!(asks_of("what european leader did he call").kind, Kind::Who);
    assert_eq!(asks_of("what was the general getting ahead of by grabbing sirte"), Asks::OPEN);
    assert_eq!(asks_of("what was the general after"), Asks::OPEN);
    assert_eq!(asks_of("what was the general called").kind, Kind::Who);
    // A name or nation before the noun: the noun is asked.
    assert_eq!(asks_of("what is the name of the un envoy who would run the talks"), Asks::person());
    assert_eq!(asks_of("what is the name of the un"), Asks::OPEN);
    assert_eq!(asks_of("what's the name of the city where they met").kind, Kind::Where);
    // The number a unit goes by, and a share, are not counts.
    assert_eq!(asks_of("whats its number again"), Asks::OPEN);
    assert_eq!(asks_of("how much of the 604 is ferjan"), Asks::OPEN);
    assert_eq!(asks_of("how much did turkey pay").kind, Kind::HowMany);
    // Whose it is, its 's lost, is not what is asked.
    assert_ne!(asks_of("whats the name of the generals airbase south of sirte").kind, Kind::Who);
    // The place named, not the people of the clause after it.
    assert_eq!(asks_of("whats the name of the airport hafters guys put the no fly zone over"), Asks::OPEN);
    assert_eq!(asks_of("whats the name of the city hafters guys took").kind, Kind::Where);
    assert_eq!(asks_of("which facility does the zone cover").kind, Kind::Where);
    assert_eq!(asks_of("when the statement talks about weapons, weapons of what kind").kind, Kind::Open);
    assert_eq!(asks_of("when does the statement talk about weapons").kind, Kind::When);
    assert_eq!(asks_of("how far south of sirte is jufra").grain, Some(Grain::Distance));
}

#[test]
fn where_or_why_the_article_says_something_asks_what_it_says() {
    assert_eq!(asks_of("irregular migration mentioned where").kind, Kind::Open);
    assert_eq!(asks_of("where does the article mention the oil crescent").kind, Kind::Open);
    assert_eq!(asks_of("where does it say that algeria backs sarraj").kind, Kind::Open);
    assert_eq!(asks_of("where in the text is jufra").kind, Kind::Open);
    assert_eq!(asks_of("where did putin say it").kind, Kind::Where);
    assert_eq!(asks_of("did sarraj go anywhere besides brussels").kind, Kind::Where);
    assert_eq!(asks_of("merkel mentioned why").kind, Kind::Open);
    assert_eq!(asks_of("where will the talks be held, is any city there to be read in the article").kind, Kind::Where);
}

#[test]
fn an_envoy_or_a_negotiator_is_a_person_asked() {
    assert!(asks_of("which un envoy is supposed to run the peace talks").person);
    assert!(asks_of("what mediator did they choose").person);
    assert!(asks_of("which bloke leads the tripoli government").person, "a chat word for a person");
}

#[test]
fn a_sea_or_a_border_asks_where_unless_it_says_which_thing() {
    assert_eq!(asks_of("which waters does the maritime deal cover").kind, Kind::Where);
    assert_eq!(asks_of("which sea borders does the deal draw").kind, Kind::Where);
    assert_eq!(asks_of("what is the sea deal accused of violating").kind, Kind::Open);
    assert_eq!(asks_of("what border dispute is it about").kind, Kind::Open);
    assert_eq!(asks_of("what is the sea border agreement called").kind, Kind::Open);
    assert_eq!(asks_of("what is the name of the sea border agreement").kind, Kind::Open);
    assert_eq!(asks_of("what is the name of the city where they met").kind, Kind::Where);
}
