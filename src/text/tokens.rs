use unicode_normalization::char::decompose_canonical;

/// A word of a question or a passage, normalised for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lower case, without diacritics, typographic apostrophes folded and a
    /// possessive `'s` dropped. Dotted initials keep their dots ("u.s").
    pub text: String,
}

/// Splits text into matching tokens.
///
/// Letters and digits form words; an apostrophe inside a word is kept
/// (so "Hafter's" becomes "hafter" once the possessive is dropped) and a
/// hyphen splits ("no-fly" is "no", "fly": the lexicon joins such phrases).
/// Initials written with dots ("U.N.", "U.S.") are kept as "u.n" and "u.s",
/// and an upper-case acronym that would otherwise read as a common word
/// ("US", "IS") is given dots too, unless the whole text is shouted.
pub fn tokens(text: &str) -> Vec<Token> {
    let shouted = !text.chars().any(|c| c.is_lowercase());
    let mut out = Vec::new();
    let mut chars = text.char_indices().peekable();
    while let Some(&(_, c)) = chars.peek() {
        if !c.is_alphanumeric() {
            chars.next();
            continue;
        }
        let mut raw = String::new();
        while let Some(&(at, original)) = chars.peek() {
            let c = super::fold_char(original);
            let joins = c == '\'' || c == '.';
            if c.is_alphanumeric() || (joins && next_is_alnum(text, at + original.len_utf8())) {
                raw.push(c);
                chars.next();
            } else {
                break;
            }
        }
        // A trailing period of an initial ("U.N.") belongs to the word.
        let dotted = raw.contains('.');
        push_words(&raw, dotted, shouted, &mut out);
    }
    out
}

fn next_is_alnum(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric)
}

/// Turns one raw run ("U.N", "Hafter's", "3.5") into tokens.
fn push_words(raw: &str, dotted: bool, shouted: bool, out: &mut Vec<Token>) {
    if dotted {
        let parts: Vec<&str> = raw.split('.').collect();
        let initials = parts.iter().all(|p| p.chars().count() == 1);
        let number = parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
        if !(initials || number) {
            // "end.Then": a missing space after a period; treat as two words.
            for part in parts {
                push_words(part, false, shouted, out);
            }
            return;
        }
    }
    let mut text = normalise_word(raw);
    if let Some(stripped) = text.strip_suffix("'s").or_else(|| text.strip_suffix('\'')) {
        text = stripped.to_string();
    }
    text.retain(|c| c != '\'');
    let acronym = !shouted
        && !dotted
        && raw.chars().count() >= 2
        && raw.chars().count() <= 5
        && raw.chars().all(|c| c.is_uppercase());
    if acronym && is_ambiguous_acronym(&text) {
        text = dotted_form(&text);
    }
    if !text.is_empty() {
        out.push(Token { text });
    }
}

/// Acronyms that lower-case into common English words.
fn is_ambiguous_acronym(lower: &str) -> bool {
    matches!(lower, "us" | "is" | "it" | "who" | "eu" | "un" | "no" | "am")
}

fn dotted_form(lower: &str) -> String {
    let mut s = String::with_capacity(lower.len() * 2);
    for (i, c) in lower.chars().enumerate() {
        if i > 0 {
            s.push('.');
        }
        s.push(c);
    }
    s
}

/// Lower case without diacritics: "Erdoğan" matches "erdogan".
fn normalise_word(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    for c in raw.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
            continue;
        }
        match c {
            'ı' => out.push('i'),
            'ß' => out.push_str("ss"),
            'æ' | 'Æ' => out.push_str("ae"),
            'ø' | 'Ø' => out.push('o'),
            _ => decompose_canonical(c, |d| {
                if !('\u{0300}'..='\u{036F}').contains(&d) {
                    out.extend(d.to_lowercase());
                }
            }),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<String> {
        tokens(s).into_iter().map(|t| t.text).collect()
    }

    #[test]
    fn possessives_diacritics_and_hyphens() {
        assert_eq!(words("Hafter\u{2019}s no-fly Erdoğan"), ["hafter", "no", "fly", "erdogan"]);
    }

    #[test]
    fn initials_and_ambiguous_acronyms() {
        assert_eq!(words("U.N.-sponsored talks, U.S. President"), ["u.n", "sponsored", "talks", "u.s", "president"]);
        assert_eq!(words("Does the US back the UN?"), ["does", "the", "u.s", "back", "the", "u.n"]);
        assert_eq!(words("WHO TOOK SIRTE"), ["who", "took", "sirte"]);
        assert_eq!(words("tell us"), ["tell", "us"]);
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", "....", "'", "a.", ".a", "\u{202E}مرحبا 🙂", "\u{0}\u{7}x", "1.2.3"] {
            let _ = tokens(s);
        }
    }
}
