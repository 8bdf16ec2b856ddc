/// Splits a paragraph into sentences, returning byte ranges into it.
///
/// A sentence ends at `.`, `!` or `?` (optionally followed by closing quotes
/// or brackets) when white space and an upper-case letter or digit follow.
/// A period after a lone capital letter does not end a sentence, so the
/// article's "U.S. President" and "U.N.-sponsored" stay whole.
pub fn split_sentences(paragraph: &str) -> Vec<(usize, usize)> {
    let chars: Vec<(usize, char)> = paragraph.char_indices().collect();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < chars.len() {
        let (_, c) = chars[i];
        if matches!(c, '.' | '!' | '?') && !is_initial(&chars, i) {
            let mut end = i + 1;
            while end < chars.len() && is_closer(chars[end].1) {
                end += 1;
            }
            let next_visible = chars[end..].iter().find(|(_, c)| !c.is_whitespace());
            let spaced = end < chars.len() && chars[end].1.is_whitespace();
            let starts_new =
                matches!(next_visible, Some((_, n)) if n.is_uppercase() || n.is_ascii_digit() || is_opener(*n));
            if spaced && starts_new {
                let end_byte = chars[end].0;
                push_trimmed(paragraph, start, end_byte, &mut out);
                start = end_byte;
                i = end;
                continue;
            }
        }
        i += 1;
    }
    push_trimmed(paragraph, start, paragraph.len(), &mut out);
    out
}

fn is_closer(c: char) -> bool {
    matches!(c, '"' | '\'' | ')' | ']' | '\u{201D}' | '\u{2019}' | '.')
}

fn is_opener(c: char) -> bool {
    matches!(c, '"' | '\'' | '(' | '\u{201C}' | '\u{2018}')
}

/// True for the period of an initial such as the "S" in "U.S.".
fn is_initial(chars: &[(usize, char)], i: usize) -> bool {
    if chars[i].1 != '.' || i == 0 {
        return false;
    }
    let prev = chars[i - 1].1;
    let before = if i >= 2 { Some(chars[i - 2].1) } else { None };
    prev.is_uppercase() && before.is_none_or(|b| !b.is_alphanumeric())
}

fn push_trimmed(text: &str, start: usize, end: usize, out: &mut Vec<(usize, usize)>) {
    let slice = &text[start..end];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push((start + lead, end - trail));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(p: &str) -> Vec<&str> {
        split_sentences(p).into_iter().map(|(s, e)| &p[s..e]).collect()
    }

    #[test]
    fn keeps_initials_together() {
        assert_eq!(
            split("Commenting, U.S. President Trump said hi. He left."),
            vec!["Commenting, U.S. President Trump said hi.", "He left."]
        );
    }

    #[test]
    fn closing_quotes_stay_with_their_sentence() {
        assert_eq!(
            split("They are \u{201C}null and void.\u{201D}. The four agreed."),
            vec!["They are \u{201C}null and void.\u{201D}.", "The four agreed."]
        );
    }

    #[test]
    fn lower_case_after_period_does_not_split() {
        assert_eq!(split("a 1.5 b. c d"), vec!["a 1.5 b. c d"]);
    }
}
