use unicode_normalization::char::decompose_canonical;

/// A word of a question or a passage, normalised for matching.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Lower case, without diacritics, typographic apostrophes folded and a
    /// possessive `'s` dropped. Dotted initials keep their dots ("u.s").
    pub text: String,
    /// The punctuation between this word and the next: where a sentence
    /// or a clause of a chat message ends.
    pub brk: Break,
}

/// What separates a word from the next one, strongest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default)]
pub enum Break {
    /// Only white space (or nothing: the words of "no-fly").
    #[default]
    None,
    /// A comma, a bracket or a dash between spaces.
    Comma,
    /// A colon: "quick one: when…".
    Colon,
    /// The end of a sentence: '.', '!', ';', a line break; also the end of the text.
    Stop,
    /// A question mark.
    Question,
}

/// The break that the characters between two words make.
fn break_of(gap: &str) -> Break {
    // "tl;dr": a semicolon inside a word joins its halves.
    if gap == ";" {
        return Break::None;
    }
    let mut brk = Break::None;
    // The gap starts right after a word, so a dash at its start is no
    // spaced dash ("U.N.-sponsored").
    let mut prev = 'x';
    let mut chars = gap.chars().peekable();
    while let Some(c) = chars.next() {
        let next = chars.peek().copied().unwrap_or(' ');
        let b = match c {
            '?' => Break::Question,
            '.' | '!' | ';' | '\n' | '\u{2026}' => Break::Stop,
            ':' => Break::Colon,
            ',' | '(' | ')' | '[' | ']' | '\u{2013}' | '\u{2014}' => Break::Comma,
            '-' if prev.is_whitespace() && next.is_whitespace() => Break::Comma,
            _ => Break::None,
        };
        brk = brk.max(b);
        prev = c;
    }
    brk
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
    let mut out: Vec<Token> = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    // Where the text between the last word and the next begins.
    let mut gap_start = 0;
    // Each word's characters, in one buffer for the whole text.
    let mut raw = String::with_capacity(32);
    // Whether the last word was a contraction with "is" ("who's").
    let mut contracted_is = false;
    while let Some(&(at, c)) = chars.peek() {
        if !c.is_alphanumeric() {
            chars.next();
            continue;
        }
        // "@kai i thought…": whom a chat message is addressed to is no
        // word of it.
        if text[..at].ends_with('@') {
            while chars
                .next_if(|&(at, c)| c.is_alphanumeric() || c == '_' || c == '.' && next_is_alnum(text, at + 1))
                .is_some()
            {}
            continue;
        }
        if let Some(last) = out.last_mut() {
            last.brk = break_of(&text[gap_start..at]);
        }
        raw.clear();
        // Whether the word holds a '.' or an apostrophe, noted on the way.
        let (mut dotted, mut apostrophe) = (false, false);
        while let Some(&(at, original)) = chars.peek() {
            let c = super::fold_char(original);
            let joins = c == '\'' || c == '.';
            // "y/n" is one word ("yn"), not "y" and "n" ("why and").
            // So is "b/c" ("bc", because).
            let because = || {
                let rest = &text[at + 1..];
                raw.eq_ignore_ascii_case("b")
                    && rest.starts_with(['c', 'C'])
                    && !rest[1..].starts_with(|c: char| c.is_alphanumeric())
            };
            if c == '/' && (raw.eq_ignore_ascii_case("y") && yes_or_no(&text[at + 1..]) || because()) {
                chars.next();
                continue;
            }
            if c.is_alphanumeric() || (joins && next_is_alnum(text, at + original.len_utf8())) {
                dotted |= c == '.';
                apostrophe |= c == '\'';
                raw.push(c);
                chars.next();
            } else {
                break;
            }
        }
        gap_start = chars.peek().map_or(text.len(), |&(at, _)| at);
        // A trailing period of an initial ("U.N.") belongs to the word.
        if dotted && text[gap_start..].starts_with('.') {
            gap_start += 1;
        }
        let before = out.len();
        push_words(&raw, Marks { dotted, apostrophe, shouted }, &mut out);
        // "who's got sirte", "it's been": the "'s" of "has".
        let perfect = |t: &Token| matches!(t.text.as_str(), "got" | "gotten" | "been");
        if contracted_is && out.len() == before + 1 && perfect(&out[before]) && out[before - 1].brk == Break::None {
            out[before - 1].text.replace_range(.., "has");
        }
        contracted_is = apostrophe && out.len() == before + 2 && out[before + 1].text == "is";
    }
    // The text's end is a stop; a question mark there ("…stop shooting?")
    // still says the last clause asks.
    if let Some(last) = out.last_mut() {
        last.brk = break_of(&text[gap_start..]).max(Break::Stop);
    }
    out
}

/// Whether the text after "y/" is the "n" of "y/n", and ends there.
fn yes_or_no(rest: &str) -> bool {
    let mut chars = rest.chars();
    matches!(chars.next(), Some('n' | 'N')) && !chars.next().is_some_and(char::is_alphanumeric)
}

fn next_is_alnum(text: &str, at: usize) -> bool {
    text.get(at..).and_then(|rest| rest.chars().next()).is_some_and(char::is_alphanumeric)
}

/// What is known of a raw run before it is read: whether it holds a '.'
/// or an apostrophe, and whether the whole text is shouted.
#[derive(Clone, Copy)]
struct Marks {
    dotted: bool,
    apostrophe: bool,
    shouted: bool,
}

/// Turns one raw run ("U.N", "Hafter's", "3.5") into tokens.
fn push_words(raw: &str, marks: Marks, out: &mut Vec<Token>) {
    let Marks { dotted, apostrophe, shouted } = marks;
    if dotted {
        let parts: Vec<&str> = raw.split('.').collect();
        let initials = parts.iter().all(|p| p.chars().count() == 1);
        let number = parts.iter().all(|p| p.chars().all(|c| c.is_ascii_digit()));
        if !(initials || number) {
            // "end.Then": a missing space after a period; treat as two words.
            for part in parts {
                push_words(part, Marks { dotted: false, ..marks }, out);
            }
            return;
        }
    }
    let mut text = normalise_word(raw);
    if let Some((word, verb)) = apostrophe.then(|| contraction(&text)).flatten() {
        out.push(Token { text: word.to_string(), brk: Break::None });
        out.push(Token { text: verb.to_string(), brk: Break::None });
        return;
    }
    if apostrophe {
        if let Some(stripped) = text.strip_suffix("'s").or_else(|| text.strip_suffix('\'')) {
            text.truncate(stripped.len());
        }
        text.retain(|c| c != '\'');
    }
    let acronym = !shouted
        && !dotted
        && raw.len() <= 5 * 4
        && raw.chars().all(|c| c.is_uppercase())
        && (2..=5).contains(&raw.chars().count());
    if acronym && is_ambiguous_acronym(&text) {
        text = dotted_form(&text);
    }
    if !text.is_empty() {
        out.push(Token { text, brk: Break::None });
    }
}

/// "we're" is "we are" and "what's" is "what is", so that "we're arguing"
/// does not read as the question "were…"; "Hafter's" stays a possessive,
/// and "don't", "isn't" stay whole words.
fn contraction(word: &str) -> Option<(&str, &'static str)> {
    let (head, tail) = word.split_once('\'')?;
    let verb = match tail {
        "re" => "are",
        "m" if head == "i" => "am",
        "ve" => "have",
        "ll" => "will",
        // "how'd he take it", "where'd they meet": after a question word, "did".
        "d" if matches!(head, "how" | "where" | "what" | "why" | "when") => "did",
        "d" => "would",
        "s" if matches!(
            head,
            "it" | "that" | "what" | "who" | "where" | "when" | "how" | "there" | "here" | "he" | "she" | "this"
        ) =>
        {
            "is"
        }
        "s" if head == "let" => "us",
        _ => return None,
    };
    (!head.is_empty()).then_some((head, verb))
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
    if raw.is_ascii() {
        return raw.to_ascii_lowercase();
    }
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
    fn a_name_addressed_with_an_at_sign_is_no_word() {
        assert_eq!(words("@kai_99 i thought turkey sent troops?"), ["i", "thought", "turkey", "sent", "troops"]);
        assert_eq!(words("ok @jules.b, who took sirte"), ["ok", "who", "took", "sirte"]);
        assert_eq!(tokens("sirte? @sam")[0].brk, Break::Question);
    }

    #[test]
    fn contractions_are_two_words_and_possessives_one() {
        assert_eq!(words("we\u{2019}re sure it's Hafter's"), ["we", "are", "sure", "it", "is", "hafter"]);
        assert_eq!(words("I'm sure they don't"), ["i", "am", "sure", "they", "dont"]);
        assert_eq!(words("how'd he do it, I'd say"), ["how", "did", "he", "do", "it", "i", "would", "say"]);
        // Before "got" and "been", the "'s" is "has".
        assert_eq!(words("who's got it, it's been long"), ["who", "has", "got", "it", "it", "has", "been", "long"]);
        assert_eq!(words("what's going on"), ["what", "is", "going", "on"]);
        assert_eq!(words("it is been"), ["it", "is", "been"]);
    }

    #[test]
    fn yes_or_no_is_one_word() {
        assert_eq!(words("from the UN? y/n"), ["from", "the", "u.n", "yn"]);
        assert_eq!(words("Y/N pls"), ["yn", "pls"]);
        assert_eq!(words("asking b/c my nephew"), ["asking", "bc", "my", "nephew"]);
        assert_eq!(words("b/cd"), ["b", "cd"]);
        assert_eq!(words("y/no and y/nb"), ["y", "no", "and", "y", "nb"]);
    }

    #[test]
    fn breaks_mark_sentences_and_clauses() {
        let brks = |s: &str| tokens(s).into_iter().map(|t| t.brk).collect::<Vec<_>>();
        use Break::*;
        assert_eq!(
            brks("hey, quick one: who? ok. U.N.-sponsored talks"),
            [Comma, None, Colon, Question, Stop, None, None, Stop]
        );
        assert_eq!(brks("sirte - why"), [Comma, Stop]);
        assert_eq!(brks("no-fly"), [None, Stop]);
        assert_eq!(brks("i am lost. from what hour?"), [None, None, Stop, None, None, Question], "a last '?' asks");
        assert_eq!(brks("who?!"), [Question]);
        assert_eq!(brks("tl;dr of it; then"), [None, None, None, Stop, Stop], "a semicolon inside a word joins");
    }

    #[test]
    fn odd_input_does_not_panic() {
        for s in ["", "....", "'", "a.", ".a", "\u{202E}مرحبا 🙂", "\u{0}\u{7}x", "1.2.3"] {
            let _ = tokens(s);
        }
    }
}
