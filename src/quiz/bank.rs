//! The items a quiz is drawn from, and the rounds drawn from them: which item, which wrong
//! choices, in which order.
//!
//! Wrong choices (distractors) are the answers of other items of the same kind, never one that
//! is a near-duplicate ([`super::fold::near_duplicate`]) of the right answer, of an answer the
//! item lists as also right, or of another choice. Those that look like the right answer (a
//! number for a number, as many words) come first; among equals, the seed chooses.

use super::fold::{near_duplicate, shape, words};
use super::{Item, Rng};

/// How many choices a round offers: four buttons.
pub const CHOICES: usize = 4;

/// Quiz items to draw rounds from.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Bank {
    items: Vec<Item>,
}

/// One question as played: the item, and its choices with the right one among them.
#[derive(Debug, Clone, PartialEq)]
pub struct Round {
    pub item: Item,
    /// [`CHOICES`] answers, all different, exactly one right.
    pub choices: Vec<String>,
    /// Which of `choices` is right.
    pub right: usize,
}

/// Why no round could be drawn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoRound {
    /// No item has this topic; these are the topics there are.
    UnknownTopic { topics: Vec<String> },
    /// No item can be played (none, or none with enough wrong choices).
    Empty,
}

impl Bank {
    pub fn new(items: Vec<Item>) -> Bank {
        Bank { items }
    }

    pub fn items(&self) -> &[Item] {
        &self.items
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    /// This bank and `more` (a server's own items) together.
    pub fn with(&self, more: Vec<Item>) -> Bank {
        let mut items = self.items.clone();
        items.extend(more.into_iter().filter(|m| !self.items.iter().any(|i| i.id == m.id)));
        Bank { items }
    }

    /// The items' topics, each once, in the order they first appear.
    pub fn topics(&self) -> Vec<String> {
        let mut topics: Vec<String> = Vec::new();
        for item in &self.items {
            if !topics.contains(&item.topic) {
                topics.push(item.topic.clone());
            }
        }
        topics
    }

    /// The topic among the items' that `typed` names, ignoring case and punctuation.
    pub fn topic(&self, typed: &str) -> Option<String> {
        let wanted = words(typed);
        self.topics().into_iter().find(|t| words(t) == wanted)
    }

    /// Every answer that may be offered as a wrong choice for `item`, best first: of its kind,
    /// none a near-duplicate of its answer, of what it lists as also right, or of another one
    /// (the first of near-duplicates is kept). Those shaped like the answer come first.
    pub fn wrong_choices(&self, item: &Item) -> Vec<&str> {
        let mut candidates: Vec<&str> = Vec::new();
        for other in self.items.iter().filter(|o| o.kind == item.kind && o.id != item.id) {
            let answer = other.answer.as_str();
            let taken = near_duplicate(answer, &item.answer)
                || item.also_right.iter().any(|a| near_duplicate(answer, a))
                || candidates.iter().any(|c| near_duplicate(answer, c));
            if !taken {
                candidates.push(answer);
            }
        }
        let target = shape(&item.answer);
        candidates.sort_by_key(|c| distance(shape(c), target));
        candidates
    }

    /// Whether `item` has enough wrong choices to be played.
    pub fn playable(&self, item: &Item) -> bool {
        self.wrong_choices(item).len() >= CHOICES - 1
    }

    /// The round for `item`: three wrong choices (the best-shaped ones, the seed choosing among
    /// equals) and the right answer, shuffled. `None` if it has too few wrong choices.
    pub fn round_of(&self, item: &Item, rng: &mut Rng) -> Option<Round> {
        let target = shape(&item.answer);
        let mut candidates = self.wrong_choices(item);
        if candidates.len() < CHOICES - 1 {
            return None;
        }
        // Shuffle, then sort by shape (stable): the seed orders each group of equal shape.
        rng.shuffle(&mut candidates);
        candidates.sort_by_key(|c| distance(shape(c), target));
        let mut choices: Vec<String> = candidates[..CHOICES - 1].iter().map(|c| (*c).to_owned()).collect();
        choices.push(item.answer.clone());
        rng.shuffle(&mut choices);
        let right = choices.iter().position(|c| *c == item.answer)?;
        Some(Round { item: item.clone(), choices, right })
    }

    /// A round on `topic` (any topic if `None`), preferring an item not among `recent` (ids of
    /// the last items asked), the seed choosing which.
    pub fn round(&self, topic: Option<&str>, recent: &[String], seed: u64) -> Result<Round, NoRound> {
        let topic = match topic {
            Some(typed) => Some(self.topic(typed).ok_or_else(|| NoRound::UnknownTopic { topics: self.topics() })?),
            None => None,
        };
        let playable: Vec<&Item> = self
            .items
            .iter()
            .filter(|i| topic.as_ref().is_none_or(|t| &i.topic == t))
            .filter(|i| self.playable(i))
            .collect();
        let fresh: Vec<&Item> = playable.iter().copied().filter(|i| !recent.contains(&i.id)).collect();
        let pool = if fresh.is_empty() { playable } else { fresh };
        let mut rng = Rng::new(seed);
        let item = pool.get(rng.below(pool.len())).ok_or(NoRound::Empty)?;
        self.round_of(item, &mut rng).ok_or(NoRound::Empty)
    }

    /// `count` rounds with `count` different items (fewer if there are not as many), for one
    /// person's quiz in the terminal.
    pub fn rounds(&self, topic: Option<&str>, count: usize, seed: u64) -> Result<Vec<Round>, NoRound> {
        let mut rounds = Vec::new();
        let mut asked = Vec::new();
        let mut rng = Rng::new(seed);
        for _ in 0..count {
            let round = self.round(topic, &asked, rng.next_u64())?;
            if asked.contains(&round.item.id) {
                break;
            }
            asked.push(round.item.id.clone());
            rounds.push(round);
        }
        Ok(rounds)
    }
}

/// How unlike two shapes are: a number where there is none counts twice a word more or less.
fn distance((digits_a, words_a): (bool, usize), (digits_b, words_b): (bool, usize)) -> usize {
    2 * usize::from(digits_a != digits_b) + words_a.abs_diff(words_b)
}
