//! What a button's custom id says, and how it is read back.
//!
//! A click must be answerable by any process, at any time after the message was sent (a
//! restart included), so the id carries what the click needs and nothing more: never a quiz's
//! right answer, since any client can read it. Ids are versioned (`v1:`), at most
//! [`MAX_CHARS`] characters (Discord's limit), and an id this version cannot read is
//! [`Click::Unknown`], answered politely rather than failed.
//!
//! - `v1:quiz:<quiz id>:<choice>`: a quiz answer; the quiz's row says which choice is right.
//! - `v1:para:<paragraph>[.<paragraph>…]`: show these paragraphs of the article.
//! - `v1:vote:up:<entry id>`, `v1:vote:down:<entry id>`: a vote on the answer in the message.

/// Discord's limit on a custom id, in characters.
pub const MAX_CHARS: usize = 100;
/// The most paragraphs one "Show paragraph" button shows.
pub const MAX_PARAGRAPHS: usize = 5;

/// A button click, as its custom id says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Click {
    Quiz {
        quiz: i64,
        choice: usize,
    },
    Paragraphs(Vec<usize>),
    Vote {
        up: bool,
        entry: String,
    },
    /// Not an id this version made (an older or newer one, or forged).
    Unknown,
}

impl Click {
    /// The custom id; `None` if it would not fit Discord's limit (an entry id too long).
    pub fn id(&self) -> Option<String> {
        let id = match self {
            Click::Quiz { quiz, choice } => format!("v1:quiz:{quiz}:{choice}"),
            Click::Paragraphs(paragraphs) => {
                let list: Vec<String> = paragraphs.iter().take(MAX_PARAGRAPHS).map(usize::to_string).collect();
                format!("v1:para:{}", list.join("."))
            }
            Click::Vote { up, entry } => format!("v1:vote:{}:{entry}", if *up { "up" } else { "down" }),
            Click::Unknown => return None,
        };
        (id.chars().count() <= MAX_CHARS).then_some(id)
    }

    /// Reads a custom id; anything else is [`Click::Unknown`].
    pub fn parse(id: &str) -> Click {
        Click::read(id).unwrap_or(Click::Unknown)
    }

    fn read(id: &str) -> Option<Click> {
        if id.chars().count() > MAX_CHARS {
            return None;
        }
        let rest = id.strip_prefix("v1:")?;
        let (kind, rest) = rest.split_once(':')?;
        match kind {
            "quiz" => {
                let (quiz, choice) = rest.split_once(':')?;
                Some(Click::Quiz { quiz: number(quiz)?, choice: number(choice)? })
            }
            "para" => {
                let paragraphs: Option<Vec<usize>> = rest.split('.').map(number).collect();
                let paragraphs = paragraphs?;
                (!paragraphs.is_empty() && paragraphs.len() <= MAX_PARAGRAPHS).then_some(Click::Paragraphs(paragraphs))
            }
            "vote" => {
                let (way, entry) = rest.split_once(':')?;
                let up = match way {
                    "up" => true,
                    "down" => false,
                    _ => return None,
                };
                let plain = !entry.is_empty() && entry.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
                plain.then(|| Click::Vote { up, entry: entry.to_owned() })
            }
            _ => None,
        }
    }
}

/// A plain decimal number: digits only, no sign, no spaces.
fn number<T: std::str::FromStr>(text: &str) -> Option<T> {
    if text.is_empty() || text.len() > 18 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_read_back_as_they_were_made() {
        let clicks = [
            Click::Quiz { quiz: 42, choice: 3 },
            Click::Paragraphs(vec![6, 7]),
            Click::Vote { up: true, entry: "sirte-takeover".into() },
            Click::Vote { up: false, entry: "x".repeat(64) },
        ];
        for click in clicks {
            let id = click.id().unwrap();
            assert!(id.chars().count() <= MAX_CHARS, "{id}");
            assert_eq!(Click::parse(&id), click, "{id}");
        }
        assert_eq!(Click::Vote { up: true, entry: "x".repeat(90) }.id(), None);
    }

    #[test]
    fn anything_else_is_unknown() {
        for id in [
            "",
            "v2:quiz:1:2",
            "v1:quiz:1",
            "v1:quiz:-1:2",
            "v1:quiz:1:+2",
            "v1:para:",
            "v1:para:1..2",
            "v1:para:1.2.3.4.5.6",
            "v1:vote:sideways:x",
            "v1:vote:up:",
            "v1:vote:up:<@1>",
            "v1:quiz:99999999999999999999:1",
        ] {
            assert_eq!(Click::parse(id), Click::Unknown, "{id:?}");
        }
        assert_eq!(Click::parse(&format!("v1:para:{}", "1.".repeat(60))), Click::Unknown);
    }
}
