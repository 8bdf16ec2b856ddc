//! Comparing short answers as a reader would: "Hafter’s forces" and "haftar's Forces" are the
//! same answer, and "Khalifa Hafter’s forces" is too close to "Hafter’s forces" to be offered
//! beside it as a different one.
//!
//! An answer is folded to its words: lower case, without accents, punctuation or a possessive
//! "’s", number words as digits, and without the small words that change nothing ("the", "of",
//! "on"…). Two words are the same when they are equal or, for words of letters alone, one
//! spelling apart (Hafter/Haftar, Serraj/Sarraj, Misrata/Misurata; two apart from 8 letters
//! on), so the article's own inconsistent spellings count as one. Numbers must be equal: 2015
//! and 2016 are different years.

use unicode_normalization::UnicodeNormalization;

/// Words that say nothing about which answer it is.
const SMALL: &[&str] = &["a", "an", "the", "of", "on", "in", "at", "to", "and", "by", "for", "s", "its", "his", "her"];

/// Words that name what sort of thing an answer is rather than which one: "the Ferjan tribe"
/// and "the Qaddadfa tribe" are different answers, though they share "tribe".
const SORTS: &[&str] = &[
    "forces",
    "force",
    "tribe",
    "government",
    "brigade",
    "brigades",
    "army",
    "agreement",
    "airport",
    "airbase",
    "president",
    "minister",
    "prime",
    "foreign",
    "talks",
    "military",
    "city",
    "country",
];

const NUMBERS: &[(&str, &str)] = &[
    ("zero", "0"),
    ("one", "1"),
    ("two", "2"),
    ("three", "3"),
    ("four", "4"),
    ("five", "5"),
    ("six", "6"),
    ("seven", "7"),
    ("eight", "8"),
    ("nine", "9"),
    ("ten", "10"),
    ("eleven", "11"),
    ("twelve", "12"),
    ("twenty", "20"),
    ("hundred", "100"),
];

/// Every word of `text`, folded (small words kept): lower case, accents and punctuation gone,
/// a possessive "’s" dropped, number words as digits.
pub fn words(text: &str) -> Vec<String> {
    let plain: String = text
        .nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect();
    plain
        .split_whitespace()
        .map(|w| NUMBERS.iter().find(|(word, _)| *word == w).map_or(w, |(_, digits)| digits).to_owned())
        .collect()
}

/// The words of `text` that tell which answer it is: [`words`] without the small ones.
pub fn key_words(text: &str) -> Vec<String> {
    words(text).into_iter().filter(|w| !SMALL.contains(&w.as_str())).collect()
}

/// Whether two folded words are the same word, allowing the article's spelling variants.
pub fn same_word(a: &str, b: &str) -> bool {
    if a == b {
        return true;
    }
    let letters = |w: &str| w.chars().all(char::is_alphabetic);
    if !letters(a) || !letters(b) {
        return false;
    }
    let shorter = a.chars().count().min(b.chars().count());
    let allowed = match shorter {
        0..=4 => 0,
        5..=7 => 1,
        _ => 2,
    };
    allowed > 0 && strsim::damerau_levenshtein(a, b) <= allowed
}

/// Whether `a` and `b` are the same answer, or too close to be offered as two different ones:
/// equal once folded; when both hold numbers, the numbers of one all in the other ("12
/// January", "midnight on 12 January"); otherwise, leaving aside the words that only say what
/// sort of thing they are, at least half the words of the shorter found in the other.
pub fn near_duplicate(a: &str, b: &str) -> bool {
    let (wa, wb) = (key_words(a), key_words(b));
    if wa.is_empty() || wb.is_empty() {
        return words(a) == words(b);
    }
    let numbers =
        |w: &[String]| -> Vec<String> { w.iter().filter(|w| w.chars().any(|c| c.is_ascii_digit())).cloned().collect() };
    let (da, db) = (numbers(&wa), numbers(&wb));
    if !da.is_empty() && !db.is_empty() {
        return da.iter().all(|n| db.contains(n)) || db.iter().all(|n| da.contains(n));
    }
    let (na, nb) = (naming(&wa), naming(&wb));
    let (short, long) = if na.len() <= nb.len() { (na, nb) } else { (nb, na) };
    let shared = short.iter().filter(|w| long.iter().any(|o| same_word(w, o))).count();
    2 * shared >= short.len()
}

/// The words that name which one it is; all of them when every word is a sort.
fn naming(words: &[String]) -> Vec<&str> {
    let named: Vec<&str> = words.iter().map(String::as_str).filter(|w| !SORTS.contains(w)).collect();
    if named.is_empty() {
        words.iter().map(String::as_str).collect()
    } else {
        named
    }
}

/// Whether `quote` plainly states `answer`: every word of the answer that tells which answer it
/// is (not "the", "on"…) is a word of the quote, allowing the article's spelling variants. The
/// answer "midnight on 12 January" is stated by "as of midnight 12 January".
pub fn plainly_states(quote: &str, answer: &str) -> bool {
    let wanted = key_words(answer);
    let said = words(quote);
    !wanted.is_empty() && wanted.iter().all(|w| said.iter().any(|s| same_word(w, s)))
}

/// How an answer looks, to offer wrong choices that look like the right one: whether it has a
/// number, and how many words it has (three counting as many).
pub fn shape(answer: &str) -> (bool, usize) {
    let words = key_words(answer);
    (words.iter().any(|w| w.chars().any(|c| c.is_ascii_digit())), words.len().min(3))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_fold_to_their_words() {
        assert_eq!(words("Hafter’s Forces"), ["hafter", "s", "forces"]);
        assert_eq!(key_words("The U.N.-sponsored peace talks"), ["u", "n", "sponsored", "peace", "talks"]);
        assert_eq!(key_words("Two"), ["2"]);
        assert_eq!(key_words("Abdelmadjid Tebboune"), ["abdelmadjid", "tebboune"]);
        assert_eq!(key_words("Çavuşoğlu"), ["cavusoglu"]);
    }

    #[test]
    fn case_punctuation_and_spelling_variants_are_the_same_answer() {
        for (a, b) in [
            ("Hafter", "Haftar"),
            ("Hafter’s forces", "haftar's Forces"),
            ("Khalifa Hafter’s forces", "Hafter's forces"),
            ("Faiez Serraj", "Fayez al-Sarraj"),
            ("The Tripoli government led by Faiez Serraj", "Faiez Serraj"),
            ("Misrata", "Misurata"),
            ("Two", "2"),
            ("Recep Erdogan", "Erdogan and Putin"),
            ("Vladimir Putin", "Erdogan and Putin"),
            ("Russia", "Russian"),
            ("12 January", "January 12"),
        ] {
            assert!(near_duplicate(a, b), "{a} / {b}");
            assert!(near_duplicate(b, a), "{b} / {a}");
        }
    }

    #[test]
    fn different_answers_stay_apart() {
        for (a, b) in [
            ("2015", "2016"),
            ("Two", "Four"),
            ("12", "2"),
            ("The Ferjan tribe", "The Qaddadfa tribe"),
            ("Hafter’s forces", "Islamic State forces"),
            ("Mitiga airport", "Jufra airbase"),
            ("6 January", "8 January 2020"),
            ("4 April", "April 2019"),
            ("Monday", "Sunday"),
            ("Tuesday", "Wednesday"),
            ("Greece", "France"),
            ("Rome", "Home"),
            ("Prime Minister Conte", "Angela Merkel"),
        ] {
            assert!(!near_duplicate(a, b), "{a} / {b}");
        }
    }

    #[test]
    fn a_quote_states_an_answer_whose_words_it_has() {
        let quote = "called for a ceasefire in Libya’s fighting as of midnight 12 January";
        assert!(plainly_states(quote, "Midnight on 12 January"));
        assert!(plainly_states("the takeover of Sirte by Hafter’s forces on Monday", "Haftar's forces"));
        assert!(plainly_states("rejected two deals signed between Turkey and the Tripoli Government", "Two"));
        assert!(!plainly_states(quote, "13 January"));
        assert!(!plainly_states(quote, "the"));
        assert!(!plainly_states("the Foreign Ministers of Greece", "Egypt"));
    }

    #[test]
    fn shapes_tell_numbers_and_lengths() {
        assert_eq!(shape("Monday"), (false, 1));
        assert_eq!(shape("midnight on 12 January"), (true, 3));
        assert_eq!(shape("The Libyan National Army (LNA)"), (false, 3));
    }
}
