//! Numbers said in words, as dictation and chat write them: "six oh four"
//! is 604, "twenty sixteen" is 2016, "two thousand and fifteen" is 2015,
//! "twelve january" is 12 January. The words one to ten alone stay words:
//! the lexicon reads them (and their digits) as the small numbers they
//! are ("the four countries").

use super::tokens::{Break, Token};

/// A number word's value, and whether it is a single digit, a teen (10 to
/// 19) or a multiple of ten.
fn value(w: &str) -> Option<(u32, Place)> {
    use Place::*;
    // Every number word starts with one of these letters and is 3 to 9
    // letters long: most words are turned away before any comparison.
    if !(3..=9).contains(&w.len()) || !matches!(w.as_bytes()[0], b'z' | b'o' | b't' | b'f' | b's' | b'e' | b'n') {
        return None;
    }
    Some(match w {
        "zero" => (0, Digit),
        "one" => (1, Digit),
        "two" => (2, Digit),
        "three" => (3, Digit),
        "four" => (4, Digit),
        "five" => (5, Digit),
        "six" => (6, Digit),
        "seven" => (7, Digit),
        "eight" => (8, Digit),
        "nine" => (9, Digit),
        "ten" => (10, Teen),
        "eleven" => (11, Teen),
        "twelve" => (12, Teen),
        "thirteen" => (13, Teen),
        "fourteen" => (14, Teen),
        "fifteen" => (15, Teen),
        "sixteen" => (16, Teen),
        "seventeen" => (17, Teen),
        "eighteen" => (18, Teen),
        "nineteen" => (19, Teen),
        "twenty" => (20, Tens),
        "thirty" => (30, Tens),
        "forty" => (40, Tens),
        "fifty" => (50, Tens),
        "sixty" => (60, Tens),
        "seventy" => (70, Tens),
        "eighty" => (80, Tens),
        "ninety" => (90, Tens),
        _ => return None,
    })
}

#[derive(Clone, Copy, PartialEq)]
enum Place {
    Digit,
    Teen,
    Tens,
}

/// The number that the words starting at `at` say, and how many words say
/// it; `None` where they say none, or only a word the lexicon reads alone.
fn number_at(words: &[&str], at: usize) -> Option<(u32, usize)> {
    let (first, place) = value(words[at])?;
    let next = |k: usize| words.get(at + k).copied();
    // "six oh four", "six zero four": digit by digit, three or more.
    let digit = |k: usize| match next(k) {
        Some("oh") if k > 0 => Some(0),
        w => w.and_then(value).filter(|(_, p)| *p == Place::Digit).map(|(n, _)| n),
    };
    let run = (0..).take_while(|&k| digit(k).is_some()).count();
    if place == Place::Digit && (3..=5).contains(&run) {
        let n = (0..run).fold(0, |n, k| n * 10 + digit(k).unwrap_or(0));
        return Some((n, run));
    }
    // "six hundred and four", "two thousand and fifteen", "two thousand nineteen".
    if place == Place::Digit && first > 0 {
        let scale = match next(1) {
            Some("hundred") => 100,
            Some("thousand") => 1000,
            _ => return None,
        };
        let skip = if next(2) == Some("and") { 3 } else { 2 };
        let rest = match next(skip).and_then(value) {
            Some((u, Place::Digit)) if u > 0 => Some((u, 1)),
            _ => below_hundred(words, at + skip),
        };
        return Some(match rest {
            Some((r, used)) => (first * scale + r, skip + used),
            None => (first * scale, 2),
        });
    }
    // "twenty sixteen", "nineteen ninety", "twenty twenty": a year.
    let century = place == Place::Tens && first == 20 || place == Place::Teen && first >= 19;
    if century {
        if let Some((r, used)) = below_hundred(words, at + 1).filter(|&(r, _)| r >= 10) {
            return Some((first * 100 + r, 1 + used));
        }
    }
    below_hundred(words, at)
}

/// "twelve", "twenty", "twenty five": a number from 11 to 99 (ten and
/// below are left to the lexicon).
fn below_hundred(words: &[&str], at: usize) -> Option<(u32, usize)> {
    let (n, place) = value(words.get(at)?)?;
    match place {
        Place::Digit => None,
        Place::Teen => (n > 10).then_some((n, 1)),
        Place::Tens => match words.get(at + 1).and_then(|w| value(w)) {
            Some((u, Place::Digit)) if u > 0 => Some((n + u, 2)),
            _ => Some((n, 1)),
        },
    }
}

/// The tokens with each number said in words written in digits, as one
/// token that keeps the punctuation after its last word. A break inside
/// ("six, four") ends the number.
pub fn spoken_numbers(mut tokens: Vec<Token>) -> Vec<Token> {
    // Edited in place: most messages have no number word, and need nothing.
    let mut i = 0;
    while i < tokens.len() {
        if value(&tokens[i].text).is_some() {
            // Only as far as the first break: "is it six, or four".
            let open = tokens[i..].iter().position(|t| t.brk != Break::None).map_or(tokens.len(), |p| i + p + 1);
            let words: Vec<&str> = tokens[..open].iter().map(|t| t.text.as_str()).collect();
            if let Some((n, used)) = number_at(&words, i) {
                let brk = tokens[i + used - 1].brk;
                tokens[i] = Token { text: n.to_string(), brk };
                tokens.drain(i + 1..i + used);
            }
        }
        i += 1;
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens;

    fn said(text: &str) -> String {
        spoken_numbers(tokens(text)).into_iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
    }

    #[test]
    fn digits_said_one_by_one_are_one_number() {
        assert_eq!(said("when was the six oh four brigade set up"), "when was the 604 brigade set up");
        assert_eq!(said("six zero four"), "604");
        assert_eq!(said("six hundred and four"), "604");
    }

    #[test]
    fn years_and_dates_said_in_words_are_digits() {
        assert_eq!(said("since twenty sixteen"), "since 2016");
        assert_eq!(said("in two thousand and fifteen"), "in 2015");
        assert_eq!(said("two thousand nineteen"), "2019");
        assert_eq!(said("midnight twelve january"), "midnight 12 january");
        assert_eq!(said("twenty five troops"), "25 troops");
    }

    #[test]
    fn small_numbers_alone_stay_words() {
        assert_eq!(said("the four countries and two deals"), "the four countries and two deals");
        assert_eq!(said("which one was it"), "which one was it");
        assert_eq!(said("ten days"), "ten days");
        // A break ends a number; two digits are not one.
        assert_eq!(said("six, oh four"), "six oh four");
        assert_eq!(said("six four"), "six four");
    }
}
