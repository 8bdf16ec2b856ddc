/// Text folded for verbatim comparison, with a map back to the original.
///
/// Quotes are checked against the article after folding both sides, but the
/// reply must show the article's own characters (curly quotes, en dash), so
/// every folded byte remembers where it came from.
#[derive(Debug, Clone)]
pub struct Folded {
    pub text: String,
    /// For folded byte `i`, the byte range in the original of the character
    /// it came from.
    origin: Vec<(usize, usize)>,
}

impl Folded {
    /// The original byte range that folded range `start..end` came from,
    /// always on character boundaries of the original.
    pub fn original_range(&self, start: usize, end: usize) -> (usize, usize) {
        let from = self.origin.get(start).map_or(0, |o| o.0);
        let to = if end == 0 { from } else { self.origin.get(end - 1).map_or(from, |o| o.1) };
        (from, to)
    }
}

/// The single character a typographic variant stands for, if it has one.
pub fn fold_char(c: char) -> char {
    match c {
        '\u{2018}' | '\u{2019}' | '\u{201A}' | '\u{201B}' | '\u{2032}' | '`' | '\u{00B4}' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{201F}' | '\u{2033}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
        c => c,
    }
}

/// Folds runs of white space to one space (trimmed at both ends) and
/// typographic quotes, apostrophes and dashes to their ASCII forms.
/// Case and everything else are kept: a verbatim quote must match them.
pub fn fold(original: &str) -> Folded {
    let mut text = String::with_capacity(original.len());
    let mut origin = Vec::with_capacity(original.len());
    let mut pending_space: Option<(usize, usize)> = None;
    for (at, c) in original.char_indices() {
        let span = (at, at + c.len_utf8());
        if c.is_whitespace() {
            if !text.is_empty() && pending_space.is_none() {
                pending_space = Some(span);
            }
            continue;
        }
        if let Some(space) = pending_space.take() {
            text.push(' ');
            origin.push(space);
        }
        let folded = fold_char(c);
        text.push(folded);
        origin.extend(std::iter::repeat_n(span, folded.len_utf8()));
    }
    Folded { text, origin }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_typography_and_space_but_not_case() {
        let f = fold("  Hafter\u{2019}s   \u{201C}red line\u{201D} \u{2013} x\n");
        assert_eq!(f.text, "Hafter's \"red line\" - x");
    }

    #[test]
    fn maps_back_to_original_characters() {
        let original = "a \u{201C}red  line\u{201D} b";
        let f = fold(original);
        let start = f.text.find('"').unwrap();
        let end = f.text.rfind('"').unwrap() + 1;
        let (s, e) = f.original_range(start, end);
        assert_eq!(&original[s..e], "\u{201C}red  line\u{201D}");
    }
}
