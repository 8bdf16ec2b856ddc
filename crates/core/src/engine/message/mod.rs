//! A chat message as clauses: which part is the question, and which is
//! framing around it.
//!
//! People wrap a question in talk about themselves: "hey, quick one: when
//! does the truce start? i skimmed the reading on the bus". Only the
//! question must be accounted for by an answer; the framing may help find
//! it, but its words must not count against an answer that ignores them.
//! This module reads the message's shape (sentences, commas, question
//! words, "or"); what the words mean is the analyzer's business.

mod aside;
mod clauses;
mod roles;
mod words;

pub use aside::*;
pub use clauses::*;
pub use roles::*;
pub use words::*;

use super::kind::{asks, is_number_word, is_text_noun, month_number, Asks, Kind};
use crate::text::Break;

/// What a clause of the message is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// A question, direct ("who took sirte") or embedded ("can someone
    /// tell me who took sirte"), or anything ending in '?'.
    Question,
    /// A request for information: "tell me about the no-fly zone", "i need
    /// the exact date of the ceasefire".
    Request,
    /// Anything else: "my notes say they're allies", "writing my essay rn".
    Statement,
}

/// How much a word of the message must be accounted for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    /// Said around the question: helps find the answer, costs little when
    /// the answer leaves it out.
    Context,
    /// One side of "A or B": one side will not be in the answer.
    Alternative,
    /// The question itself: an answer must account for it.
    Core,
}

/// A run of words of the message, `start..end`, and what it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Clause {
    pub start: usize,
    pub end: usize,
    pub form: Form,
    pub asks: Asks,
}

/// Gives every word of `roles` that has the role `from` the role `to`.
pub(crate) fn recast(roles: &mut [Role], from: Role, to: Role) {
    for r in roles.iter_mut().filter(|r| **r == from) {
        *r = to;
    }
}

#[cfg(test)]
mod tests;
