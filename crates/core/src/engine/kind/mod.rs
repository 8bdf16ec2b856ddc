//! What a question asks for, and what a passage can answer.
//!
//! "When did the contractors arrive?" asks for a time; a quote that names
//! no time cannot answer it, however many of the question's words it
//! shares. Both sides are read here: the question's [`Asks`] from its
//! words, and a passage's [`Provides`] from its text.

mod asks;
mod nouns;
mod provides;
mod time;

pub use asks::*;
pub use nouns::*;
pub use provides::*;
pub use time::*;

use crate::text::tokens;

/// What kind of answer a question asks for, read from its wording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Kind {
    When,
    Where,
    Who,
    Why,
    HowMany,
    /// "How long", "since when": a duration.
    HowLong,
    /// "what", "which", "how", yes/no questions and bare keywords: anything.
    Open,
}

impl Kind {
    fn bit(self) -> u8 {
        1 << (self as u8)
    }

    /// The words an abstention uses: "The article doesn't say {when}."
    pub fn wording(self) -> &'static str {
        match self {
            Kind::When => "when",
            Kind::Where => "where",
            Kind::Who => "who",
            Kind::Why => "why",
            Kind::HowMany => "how many",
            Kind::HowLong => "how long",
            Kind::Open => "that",
        }
    }
}

/// How precise a time a "when" question wants: "what year" is answered by
/// "2015", "what month" is not.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Grain {
    Year,
    Month,
    Day,
    Hour,
    /// "How old is Haftar?": an age, which only a birth date or "N years
    /// old" gives.
    Age,
    /// "What will Greece do if…", "what is Algeria planning to do": what
    /// someone would do, which only a passage that looks ahead gives.
    Plan,
    /// "How far is Jufra from Sirte?": a distance, in kilometres or miles.
    Distance,
    /// "How long did it take to push IS out?": how long an event took, which
    /// only a span of time in a passage that reports no lasting state
    /// ("had been … for months", "since 2016") gives.
    Took,
    /// "What is Conte's first name?": a person the question names, with
    /// a given name, which only a passage that names them so gives (see
    /// `Offer::answers`).
    GivenName,
}

impl Grain {
    pub fn wording(self) -> &'static str {
        match self {
            Grain::Year => "which year",
            Grain::Month => "which month",
            Grain::Day => "on which day",
            Grain::Hour => "at what time",
            Grain::Age => "how old",
            Grain::Plan => "what would be done",
            Grain::Distance => "how far",
            Grain::Took => "how long it took",
            Grain::GivenName => "the first name",
        }
    }
}

/// What a question asks for: a kind, and for times, how precise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Asks {
    pub kind: Kind,
    pub grain: Option<Grain>,
    /// "which official", "what leader": a person, not a country or a group.
    pub person: bool,
}

impl Asks {
    pub const OPEN: Asks = Asks { kind: Kind::Open, grain: None, person: false };

    pub(crate) fn of(kind: Kind) -> Asks {
        Asks { kind, ..Asks::OPEN }
    }

    fn when(grain: Grain) -> Asks {
        Asks { kind: Kind::When, grain: Some(grain), person: false }
    }

    fn person() -> Asks {
        Asks { kind: Kind::Who, grain: None, person: true }
    }

    /// Whether it asks for someone: "who", or "which official".
    pub fn asks_who(self) -> bool {
        self.kind == Kind::Who || self.person
    }

    /// "when", "which year", "who": what an abstention says is missing.
    pub fn wording(self) -> &'static str {
        self.grain.map_or(self.kind.wording(), Grain::wording)
    }
}

/// A small set of [`Kind`]s: what an entry's example questions ask.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Kinds(u8);

impl Kinds {
    pub fn insert(&mut self, kind: Kind) {
        self.0 |= kind.bit();
    }

    pub fn contains(self, kind: Kind) -> bool {
        self.0 & kind.bit() != 0
    }
}

#[cfg(test)]
mod tests;
