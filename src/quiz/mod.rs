//! The quiz, as pure logic shared by `citebot quiz` and the Discord bot: the items
//! ([`Item`], curated in `knowledge/quiz.toml` or made from a moderator's entry), which item a
//! round asks, its wrong choices, and the folding that keeps two choices from being the same
//! answer spelt differently.
//!
//! Nothing here touches Discord, files, a database or the clock: the caller reads the file and
//! hands over its text ([`parse`]), and gives the seed that chooses ([`Bank::round`]).
//!
//! ```
//! # use citebot::quiz::{Bank, Item, Kind};
//! # use citebot::engine::QuoteRef;
//! let item = |id: &str, answer: &str| Item {
//!     id: id.into(), topic: "Sirte takeover".into(), question: format!("Question {id}?"),
//!     answer: answer.into(), kind: Kind::Date,
//!     quote: QuoteRef { text: "…".into(), paragraph: 6, section: None }, also_right: vec![],
//! };
//! let bank = Bank::new(vec![item("a", "Monday"), item("b", "Tuesday"), item("c", "Wednesday"), item("d", "2016")]);
//! let round = bank.round(None, &[], 42).unwrap();
//! assert_eq!(round.choices.len(), 4);
//! assert_eq!(round.choices[round.right], round.item.answer);
//! ```

mod bank;
mod file;
pub mod fold;
mod item;
mod kind;
mod rng;

pub use bank::{Bank, NoRound, Round, CHOICES};
pub use file::{parse, FILE_NAME};
pub use item::{answer_problem, Item, ItemSpec, ANSWER_CHARS};
pub use kind::Kind;
pub use rng::Rng;

#[cfg(test)]
mod tests {
    use super::fold::near_duplicate;
    use super::*;
    use crate::engine::QuoteRef;

    fn item(id: &str, kind: Kind, answer: &str) -> Item {
        Item {
            id: id.into(),
            topic: if id.starts_with('s') { "Sirte takeover".into() } else { "People".into() },
            question: format!("Question {id}?"),
            answer: answer.into(),
            kind,
            quote: QuoteRef { text: answer.into(), paragraph: 1, section: None },
            also_right: Vec::new(),
        }
    }

    fn bank() -> Bank {
        Bank::new(vec![
            item("s1", Kind::Person, "Hafter’s forces"),
            item("s2", Kind::Person, "Khalifa Haftar's forces"),
            item("p1", Kind::Person, "Abdelmadjid Tebboune"),
            item("p2", Kind::Person, "Angela Merkel"),
            item("p3", Kind::Person, "Mevlut Cavusoglu"),
            item("p4", Kind::Person, "The Ferjan tribe"),
            item("s3", Kind::Date, "Monday"),
            item("s4", Kind::Date, "2016"),
            item("p5", Kind::Date, "Tuesday"),
            item("p6", Kind::Date, "6 January"),
        ])
    }

    #[test]
    fn a_round_has_four_different_choices_of_its_kind_and_one_right() {
        let bank = bank();
        for seed in 0..200 {
            let round = bank.round(None, &[], seed).unwrap();
            assert_eq!(round.choices.len(), CHOICES);
            assert_eq!(round.choices[round.right], round.item.answer);
            for (i, a) in round.choices.iter().enumerate() {
                let item = bank.items().iter().find(|it| &it.answer == a).unwrap();
                assert_eq!(item.kind, round.item.kind, "{a}");
                for b in &round.choices[i + 1..] {
                    assert!(!near_duplicate(a, b), "{a} / {b} in {round:?}");
                }
            }
        }
    }

    #[test]
    fn near_duplicates_and_answers_also_right_are_never_offered() {
        let mut bank = bank();
        let s1 = bank.items()[0].clone();
        assert!(!bank.wrong_choices(&s1).contains(&"Khalifa Haftar's forces"));
        let mut p1 = bank.items()[2].clone();
        p1.also_right = vec!["angela merkel".into()];
        assert!(!bank.wrong_choices(&p1).iter().any(|c| c.contains("Merkel")));
        // A date with a number is offered numbers first.
        let p6 = bank.items()[9].clone();
        assert_eq!(bank.wrong_choices(&p6)[0], "2016");
        // Too few left: not playable, and never drawn.
        bank = Bank::new(bank.items()[6..].to_vec());
        assert!(bank.items().iter().all(|i| bank.playable(i)));
        let small = Bank::new(bank.items()[..3].to_vec());
        assert_eq!(small.round(None, &[], 1), Err(NoRound::Empty));
    }

    #[test]
    fn topics_are_matched_loosely_and_unknown_ones_listed() {
        let bank = bank();
        for seed in 0..50 {
            assert_eq!(bank.round(Some("sirte TAKEOVER"), &[], seed).unwrap().item.topic, "Sirte takeover");
        }
        let Err(NoRound::UnknownTopic { topics }) = bank.round(Some("Weather"), &[], 1) else { panic!() };
        assert_eq!(topics, ["Sirte takeover", "People"]);
    }

    #[test]
    fn recent_items_wait_their_turn_and_a_session_never_repeats() {
        let bank = bank();
        let recent: Vec<String> = ["s1", "s2", "p1", "p2", "p3", "p4", "s3", "s4", "p5"].map(String::from).to_vec();
        for seed in 0..50 {
            assert_eq!(bank.round(None, &recent, seed).unwrap().item.id, "p6");
        }
        let rounds = bank.rounds(None, 20, 9).unwrap();
        let mut ids: Vec<&str> = rounds.iter().map(|r| r.item.id.as_str()).collect();
        let asked = ids.len();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), asked, "no item twice");
        assert!(asked >= 8, "{asked}");
    }

    #[test]
    fn a_server_adds_its_own_items() {
        let bank = Bank::new(bank().items()[..3].to_vec());
        let more = bank.with(vec![item("kb:x", Kind::Place, "Rome"), item("s1", Kind::Place, "Ignored")]);
        assert_eq!(more.len(), 4);
        assert_eq!(more.items()[3].id, "kb:x");
    }
}
