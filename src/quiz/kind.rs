//! What kind of thing a quiz answer is. Wrong choices are taken from answers of the same kind, so
//! a date is offered with other dates and a person with other people.

use std::fmt;

/// The kind of a quiz answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// A date or a time: "midnight on 12 January", "Monday", "2016".
    Date,
    /// A person or a group: "Hafter's forces", "Abdelmadjid Tebboune", "the Ferjan tribe".
    Person,
    /// A place: a city, an airport, a base.
    Place,
    /// A country.
    Country,
    /// A number.
    Number,
    /// Anything else: a reason, a thing, what someone said.
    Other,
}

impl Kind {
    pub const ALL: [Kind; 6] = [Kind::Date, Kind::Person, Kind::Place, Kind::Country, Kind::Number, Kind::Other];

    /// The word written in quiz.toml and stored in the database.
    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Date => "date",
            Kind::Person => "person",
            Kind::Place => "place",
            Kind::Country => "country",
            Kind::Number => "number",
            Kind::Other => "other",
        }
    }

    /// The kind a word names: its own word, or "time" for a date and "group" for a person.
    pub fn parse(word: &str) -> Option<Kind> {
        let word = word.trim().to_ascii_lowercase();
        match word.as_str() {
            "time" => Some(Kind::Date),
            "group" => Some(Kind::Person),
            _ => Kind::ALL.into_iter().find(|k| k.as_str() == word),
        }
    }

    /// What a field holding a kind may say, for messages.
    pub fn choices() -> String {
        let words: Vec<&str> = Kind::ALL.iter().map(|k| k.as_str()).collect();
        words.join(", ")
    }
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_read_back_and_take_their_other_names() {
        for kind in Kind::ALL {
            assert_eq!(Kind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(Kind::parse(" Time "), Some(Kind::Date));
        assert_eq!(Kind::parse("group"), Some(Kind::Person));
        assert_eq!(Kind::parse("colour"), None);
        assert_eq!(Kind::choices(), "date, person, place, country, number, other");
    }
}
