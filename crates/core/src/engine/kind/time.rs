//! Words of time: months, days, years, and where a word of a text is one.

pub(super) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// Days, named or relative to the article: "on Monday", "today".
pub(super) const DAYS: &[&str] =
    &["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow"];

pub(super) const DURATIONS: &[&str] = &["months", "years", "weeks", "days", "hours", "decades", "long", "now"];

/// A year of the article's era written in digits: "2019".
pub fn is_year(w: &str) -> bool {
    w.len() == 4 && (w.starts_with("19") || w.starts_with("20")) && w.bytes().all(|b| b.is_ascii_digit())
}

/// A month's number, January being 1.
pub fn month_number(w: &str) -> Option<u32> {
    MONTHS.iter().position(|m| *m == w).map(|k| k as u32 + 1)
}

/// A day of the week by name ("monday"), not one relative to the article.
pub fn is_weekday(w: &str) -> bool {
    DAYS[..7].contains(&w)
}

pub fn is_day_number(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
}

/// Whether word `i` names a time: a month, a day, "midnight", a year, or
/// the day of a date ("12" in "12 January").
pub fn is_time_word(words: &[String], i: usize) -> bool {
    let w = words[i].as_str();
    MONTHS.contains(&w)
        || DAYS.contains(&w)
        || matches!(w, "midnight" | "noon")
        || is_year(w)
        || (is_day_number(w) && words.get(i + 1).is_some_and(|n| MONTHS.contains(&n.as_str())))
}
