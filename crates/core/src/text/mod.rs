//! Text primitives shared by the knowledge loader and the engine.
//!
//! Two different notions of "the same text" live here, and they must not be
//! confused:
//! - [`fold`] is for *verbatim* checks: it only forgives white space and
//!   typographic quotes, apostrophes and dashes, so a quote that passes is the
//!   article's own wording.
//! - [`tokens`] is for *matching*: it lowercases, strips diacritics and splits
//!   into words, so that questions typed in a hurry still find their answer.

mod fold;
mod numbers;
mod sentences;
mod stem;
mod tokens;

pub use fold::{fold, fold_char, Folded};
pub use numbers::spoken_numbers;
pub use sentences::split_sentences;
pub use stem::{ordinal_digits, stem, stem_cow};
pub use tokens::{tokens, Break, Token};
