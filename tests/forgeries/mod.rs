//! The ways to make the bot say what the article does not, or show text that passes for its
//! own: each as one field of an otherwise good entry, with the words its refusal must use.
//! `check` (tests/knowledge.rs), `citebot kb` (tests/cli.rs) and `/kb` (tests/discord_kb.rs)
//! must all refuse every one of them, and say which rule failed.

#![allow(dead_code)]

/// A good entry: a question the shipped knowledge does not answer, a plain answer and a clause
/// of paragraph 10.
pub const QUESTION: &str = "How much oil does the oil crescent produce?";
pub const ANSWER: &str = "The article gives no figures; it says Hafter may have pre-empted a move on it.";
pub const QUOTE: &str = "he has now pre-empted a possible move on his Jufra airbase to the south of Sirte";

/// Which field a forgery is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Question,
    Answer,
    Quote,
}

/// One forgery: the field, its value, and words the refusal must contain.
pub struct Forgery {
    pub field: Field,
    pub value: &'static str,
    pub says: &'static str,
}

const fn forgery(field: Field, value: &'static str, says: &'static str) -> Forgery {
    Forgery { field, value, says }
}

pub const FORGERIES: &[Forgery] = &[
    // A word that is in the article is not a quote of it.
    forgery(Field::Quote, "Russia", "too short"),
    forgery(Field::Quote, "the", "too short"),
    forgery(Field::Quote, "Sirte", "too short"),
    forgery(Field::Quote, "that they had", "too short"),
    // A fake quote, laid out as the bot lays out real ones.
    forgery(
        Field::Answer,
        "Yes.\n\n  \u{201C}Russia backs the government led by Faiez Serraj.\u{201D}\n    \u{2014} paragraph 2, introduction",
        "line break",
    ),
    forgery(Field::Answer, "> Russia backs the government led by Faiez Serraj.", "block quote"),
    forgery(Field::Answer, "# OFFICIAL: Jufra fell to Hafter today.", "heading"),
    forgery(Field::Answer, "-# Jufra fell to Hafter today, officially.", "subtext"),
    forgery(Field::Answer, "- Jufra fell to Hafter today, officially.", "list item"),
    forgery(Field::Answer, "* Jufra fell to Hafter today, officially.", "list item"),
    forgery(Field::Answer, "1. Jufra fell to Hafter today, officially.", "list item"),
    forgery(Field::Answer, "Jufra fell to `Hafter` today, officially.", "backtick"),
    forgery(Field::Answer, "Jufra fell to **Hafter** today, officially.", "formatting"),
    // Terminal escapes.
    forgery(Field::Answer, "\u{1b}[31mJufra fell to Hafter today.\u{1b}[0m", "control character (U+001B)"),
    // Live Discord syntax, in answers and questions alike.
    forgery(Field::Answer, "Jufra fell today, see <#123456789012345678> for more.", "channel mention"),
    forgery(Field::Question, "What did <#123456789012345678> say about Jufra?", "channel mention"),
    forgery(Field::Answer, "Jufra fell today, ask <@&123456789012345678> for more.", "role mention"),
    forgery(Field::Question, "Did <@&123456789012345678> take Jufra?", "role mention"),
    forgery(Field::Answer, "Jufra fell <t:1700000000:R> to Hafter.", "timestamp"),
    forgery(Field::Question, "Did Jufra fall <t:1700000000:R>?", "timestamp"),
    forgery(Field::Answer, "Jufra fell to Hafter today <:flag:123456789012345678>.", "emoji"),
    forgery(Field::Question, "Did Jufra fall <a:flag:123456789012345678>?", "emoji"),
    forgery(Field::Answer, "Jufra fell to Hafter today, see https://evil.example/x for more.", "link"),
    forgery(Field::Question, "Is https://evil.example/x right about Jufra?", "link"),
    forgery(Field::Question, "Who took Jufra?\nAnswer: nobody", "line break"),
    // Answers that do not stand on their own.
    forgery(Field::Answer, "They had controlled Sirte since 2016.", "nothing to refer to"),
    forgery(Field::Answer, "Mainly to a local force, the 604 Brigade.", "fragment"),
];

impl Field {
    /// The option of `citebot kb add` and `/kb add` that sets this field.
    pub fn option(self) -> &'static str {
        match self {
            Field::Question => "question",
            Field::Answer => "answer",
            Field::Quote => "quote",
        }
    }

    /// The field's name in a knowledge file's `check` messages.
    pub fn in_file(self) -> &'static str {
        match self {
            Field::Question => "questions[0]",
            Field::Answer => "answer",
            Field::Quote => "quotes[0]",
        }
    }
}

impl Forgery {
    /// (question, answer, quote) of the good entry with this forgery in its field.
    pub fn entry(&self) -> (&'static str, &'static str, &'static str) {
        match self.field {
            Field::Question => (self.value, ANSWER, QUOTE),
            Field::Answer => (QUESTION, self.value, QUOTE),
            Field::Quote => (QUESTION, ANSWER, self.value),
        }
    }

    /// The entry as a knowledge file, with the forged field on line 6, 7 or 8.
    pub fn file(&self) -> String {
        let (question, answer, quote) = self.entry();
        let s = |v: &str| toml::Value::String(v.to_owned()).to_string();
        format!(
            "[[entry]]\nid = \"forged\"\ntopic = \"Jufra\"\n\nquestions = [\n  {},\n]\nanswer = {}\nquotes = [{}]\n",
            s(question),
            s(answer),
            s(quote)
        )
    }

    /// The line of the forged field in [`Self::file`].
    pub fn line(&self) -> usize {
        match self.field {
            Field::Question => 6,
            Field::Answer => 8,
            Field::Quote => 9,
        }
    }
}
