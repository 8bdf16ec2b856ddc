//! Wrapping text to the terminal's width, for `chat`.
//!
//! The width is the terminal's when standard output is one, else `COLUMNS` if it is set (so a
//! test or a pipe can ask for it), else none: text is then left as it is.

/// The width to wrap at, if any.
pub fn width() -> Option<usize> {
    terminal_width().or_else(|| std::env::var("COLUMNS").ok()?.trim().parse().ok()).filter(|&w| w >= 20)
}

#[cfg(unix)]
fn terminal_width() -> Option<usize> {
    use std::io::IsTerminal as _;
    if !std::io::stdout().is_terminal() {
        return None;
    }
    let mut size = libc::winsize { ws_row: 0, ws_col: 0, ws_xpixel: 0, ws_ypixel: 0 };
    // SAFETY: TIOCGWINSZ writes one `winsize` into `size`, which lives across the call; the
    // file descriptor is standard output, open for the life of the process.
    let ok = unsafe { libc::ioctl(libc::STDOUT_FILENO, libc::TIOCGWINSZ, &mut size) } == 0;
    (ok && size.ws_col > 0).then_some(usize::from(size.ws_col))
}

#[cfg(not(unix))]
fn terminal_width() -> Option<usize> {
    None
}

/// `text` with every line longer than `width` characters broken at spaces; a continuation
/// keeps its line's indentation, so a wrapped quote stays under its opening mark. A word longer
/// than the room left stays whole.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width.max(1));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        wrap_line(line, width, &mut out);
    }
    out
}

fn wrap_line(line: &str, width: usize, out: &mut String) {
    if line.chars().count() <= width {
        out.push_str(line);
        return;
    }
    let indent: String = line.chars().take_while(|c| *c == ' ').collect();
    // A quote's text sits one character further in than its indentation (after “).
    let hang = if line[indent.len()..].starts_with('\u{201C}') { format!("{indent} ") } else { indent.clone() };
    let mut current = indent.clone();
    let mut used = indent.chars().count();
    let mut empty = true;
    for word in line[indent.len()..].split(' ').filter(|w| !w.is_empty()) {
        let len = word.chars().count();
        if !empty && used + 1 + len > width {
            out.push_str(&current);
            out.push('\n');
            current = hang.clone();
            used = hang.chars().count();
            empty = true;
        }
        if !empty {
            current.push(' ');
            used += 1;
        }
        current.push_str(word);
        used += len;
        empty = false;
    }
    out.push_str(&current);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_break_at_spaces_and_keep_their_indent() {
        assert_eq!(wrap("short", 20), "short");
        assert_eq!(wrap("one two three four five", 10), "one two\nthree four\nfive");
        assert_eq!(wrap("  \u{201C}one two three four\u{201D}", 12), "  \u{201C}one two\n   three\n   four\u{201D}");
        assert_eq!(wrap("a\n\nb", 5), "a\n\nb");
        assert_eq!(wrap("unbreakableword here", 5), "unbreakableword\nhere");
        for line in wrap(&"word ".repeat(200), 30).lines() {
            assert!(line.chars().count() <= 30, "{line}");
        }
    }
}
