use std::borrow::Cow;

/// A light English stemmer: enough to make "supports", "supported" and
/// "supporting" meet, without a full Porter stemmer's surprises on names.
///
/// Applied the same way to the knowledge base and to questions, so only
/// consistency matters, not linguistic accuracy.
pub fn stem(word: &str) -> String {
    stem_cow(word).into_owned()
}

/// [`stem`] without an allocation unless the stem is not part of the word
/// ("allies" -> "ally"): for look-ups.
pub fn stem_cow(word: &str) -> Cow<'_, str> {
    if word.len() <= 3 || !word.is_ascii() || word.bytes().any(|b| b.is_ascii_digit() || b == b'.') {
        return Cow::Borrowed(ordinal_number(word).unwrap_or(word));
    }
    let w = word;
    if let Some(base) = w.strip_suffix("ies") {
        if base.len() >= 2 {
            return Cow::Owned(format!("{base}y"));
        }
    }
    if w.ends_with("ss") || w.ends_with("us") || w.ends_with("is") {
        return Cow::Borrowed(w);
    }
    if let Some(base) = w.strip_suffix("ing") {
        if base.len() >= 3 && has_vowel(base) {
            return Cow::Borrowed(undouble(base));
        }
    }
    if let Some(base) = w.strip_suffix("ed") {
        if base.len() >= 3 && has_vowel(base) {
            return Cow::Borrowed(undouble(base));
        }
    }
    if let Some(base) = w.strip_suffix("es") {
        if base.ends_with("sh") || base.ends_with("ch") || base.ends_with('x') || base.ends_with("ss") {
            return Cow::Borrowed(base);
        }
    }
    if let Some(base) = w.strip_suffix('s') {
        return Cow::Borrowed(base);
    }
    Cow::Borrowed(w)
}

/// "12th" -> "12", "1st" -> "1"; and a number's plural or possessive
/// without its apostrophe: "the 604s leaders" -> "604".
fn ordinal_number(word: &str) -> Option<&str> {
    ordinal_digits(word).or_else(|| word.strip_suffix('s').filter(|d| is_digits(d)))
}

/// "12th" -> "12", "1st" -> "1": an ordinal written in digits.
pub fn ordinal_digits(word: &str) -> Option<&str> {
    let digits = word.trim_end_matches(|c: char| c.is_ascii_alphabetic());
    (is_digits(digits) && matches!(&word[digits.len()..], "st" | "nd" | "rd" | "th")).then_some(digits)
}

fn is_digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn has_vowel(s: &str) -> bool {
    s.bytes().any(|b| matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

/// "controll" -> "control", "stopp" -> "stop"; but "pass" stays.
fn undouble(base: &str) -> &str {
    let b = base.as_bytes();
    let n = b.len();
    if n >= 4 && b[n - 1] == b[n - 2] && !matches!(b[n - 1], b's' | b'z' | b'f' | b'l' | b'e') {
        return &base[..n - 1];
    }
    if n >= 5 && base.ends_with("ll") {
        return &base[..n - 1];
    }
    base
}

#[cfg(test)]
mod tests {
    use super::stem;

    #[test]
    fn inflections_meet() {
        for (a, b) in [
            ("supports", "supported"),
            ("supporting", "support"),
            ("controlled", "control"),
            ("talks", "talk"),
            ("allies", "ally"),
            ("happened", "happen"),
        ] {
            assert_eq!(stem(a), stem(b), "{a} vs {b}");
        }
    }

    #[test]
    fn short_words_numbers_and_names_survive() {
        assert_eq!(stem("is"), "is");
        assert_eq!(stem("12th"), "12");
        assert_eq!(stem("604s"), "604");
        assert_eq!(stem("1990s"), "1990");
        assert_eq!(stem("4s4"), "4s4");
        assert_eq!(stem("2016"), "2016");
        assert_eq!(stem("tunis"), "tunis");
        assert_eq!(stem("misrata"), "misrata");
    }
}
