//! What a passage can answer: a time, a place, a number, a reason, a plan
//! (see [`Provides`]).

use super::*;

/// What a passage of the article can answer, read from its text and from
/// the types of the concepts it names.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub struct Provides {
    pub year: bool,
    pub month: bool,
    pub day: bool,
    pub hour: bool,
    pub duration: bool,
    pub number: bool,
    pub reason: bool,
    /// "years old", "aged", "born": an age.
    pub age: bool,
    /// "will", "would", "if", "planned": it looks ahead.
    pub future: bool,
    /// "300 km", "50 miles": a distance.
    pub distance: bool,
    /// "within three days", "took weeks": a span of time, in a passage
    /// that reports no state lasting ("had been", "since").
    pub took: bool,
}

/// What several texts provide together: what any of them does.
impl std::ops::BitOrAssign for Provides {
    fn bitor_assign(&mut self, p: Provides) {
        let Provides { year, month, day, hour, duration, number, reason, age, future, distance, took } = p;
        self.year |= year;
        self.month |= month;
        self.day |= day;
        self.hour |= hour;
        self.duration |= duration;
        self.number |= number;
        self.reason |= reason;
        self.age |= age;
        self.future |= future;
        self.distance |= distance;
        self.took |= took;
    }
}

impl Provides {
    /// Reads a passage's text.
    pub fn of(text: &str) -> Provides {
        let tokens = tokens(text);
        // "after talks … in Istanbul today": a text that is only what led to
        // something gives no reason for anything in it.
        let only_after = tokens.first().is_some_and(|t| t.text == "after")
            && tokens.iter().rev().skip(1).all(|t| t.brk < crate::text::Break::Comma);
        let words: Vec<String> = tokens.into_iter().map(|t| t.text).collect();
        let has = |set: &[&str]| words.iter().any(|w| set.contains(&w.as_str()));
        let year = words.iter().any(|w| is_year(w));
        let month = has(MONTHS);
        let day = has(DAYS) || words.windows(2).any(|p| is_day_number(&p[0]) && MONTHS.contains(&p[1].as_str()));
        Provides {
            year,
            month,
            day,
            hour: has(&["midnight", "noon", "oclock", "am", "pm"]),
            duration: has(&["since", "until", "months", "years", "weeks", "long"])
                || words.windows(2).any(|p| p[0] == "for" && DURATIONS.contains(&p[1].as_str())),
            number: mentions_number(text),
            reason: mentions_reason(&words[usize::from(only_after)..]),
            age: has(&["aged", "born", "age"]) || words.windows(2).any(|p| p[0] == "years" && p[1] == "old"),
            future: has(LOOKING_AHEAD),
            took: has(&["months", "years", "weeks", "days", "hours", "minutes", "decades"])
                && !has(&["had", "has", "have", "since", "until"]),
            distance: words.iter().enumerate().any(|(i, w)| {
                let unit = |u: &str| {
                    matches!(u, "km" | "kms" | "kilometres" | "kilometers" | "miles" | "mi" | "metres" | "meters")
                };
                let digits = w.trim_end_matches(|c: char| c.is_ascii_alphabetic());
                let number = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit() || b == b'.' || b == b',');
                // "300 km", and "300km" written as one word.
                number
                    && (unit(&w[digits.len()..])
                        || digits.len() == w.len() && words.get(i + 1).is_some_and(|u| unit(u)))
            }),
        }
    }

    pub fn time(self) -> bool {
        self.year || self.month || self.day || self.hour
    }

    /// Whether the passage gives what a time question of this precision wants.
    pub fn grain(self, grain: Grain) -> bool {
        match grain {
            Grain::Year => self.year,
            Grain::Month => self.month,
            Grain::Day => self.day,
            Grain::Hour => self.hour,
            Grain::Age => self.age,
            Grain::Plan => self.future,
            Grain::Distance => self.distance,
            Grain::Took => self.took,
            // Who is named in full depends on the question (`Offer::answers`).
            Grain::GivenName => false,
        }
    }
}

/// Words of a passage that looks ahead: a plan, a condition, a threat.
pub(super) const LOOKING_AHEAD: &[&str] = &[
    "will",
    "would",
    "if",
    "unless",
    "could",
    "might",
    "going",
    "plan",
    "plans",
    "planned",
    "planning",
    "intend",
    "intends",
    "threat",
    "threatens",
    "threatened",
    "warn",
    "warns",
    "warned",
];

pub(super) const NUMBER_WORDS: &[&str] =
    &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen", "hundred", "thousand"];

/// Whether a word is a number in words ("two") or digits ("3").
pub fn is_number_word(w: &str) -> bool {
    NUMBER_WORDS.contains(&w) || (!w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
}

/// Whether a text states a quantity: a number word, or digits that are
/// neither a year nor part of a name or date ("604 Brigade", "12 January").
pub fn mentions_number(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().map(|w| w.trim_matches(|c: char| !c.is_alphanumeric())).collect();
    words.iter().enumerate().any(|(i, w)| {
        if NUMBER_WORDS.contains(&w.to_lowercase().as_str()) {
            return true;
        }
        let digits = !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
        let named = words.get(i + 1).is_some_and(|next| next.starts_with(char::is_uppercase));
        digits && !is_year(w) && !named
    })
}

/// Verbs whose "to" introduces what is wanted or tried, not a purpose.
pub(super) fn is_catenative(w: &str) -> bool {
    matches!(
        w,
        "attempt"
            | "attempted"
            | "attempting"
            | "try"
            | "tried"
            | "trying"
            | "going"
            | "want"
            | "wanted"
            | "plan"
            | "planned"
            | "planning"
            | "opposed"
            | "agreed"
            | "decided"
            | "happened"
            | "able"
            | "likely"
            | "expected"
            | "seems"
            | "seemed"
            | "refused"
            | "hope"
            | "hoped"
            | "used"
    )
}

/// Whether a text gives a reason or purpose: "to avoid", "because", "after".
pub(super) fn mentions_reason(words: &[String]) -> bool {
    const MARKERS: &[&str] =
        &["because", "since", "after", "due", "so", "reason", "why", "avoid", "advantage", "against", "saying"];
    // "since his attack in April 2019" is a time, not a reason.
    let dated_since = |i: usize| {
        words[i] == "since" && words[i + 1..].iter().take(6).any(|w| is_year(w) || month_number(w).is_some())
    };
    (0..words.len()).any(|i| MARKERS.contains(&words[i].as_str()) && !dated_since(i))
        // "to avoid bloodshed", "diverted to defend Tripoli"; not what a verb
        // wants done ("attempt to take Sirte", "going to meet Conte").
        || words.windows(3).any(|p| {
            p[1] == "to" && p[2].len() > 3 && !p[2].starts_with(char::is_numeric) && !is_catenative(&p[0])
        })
        || words.windows(2).any(|p| p[0] == "put" && p[1] == "down")
}
