//! citebot's core: the article and its curated knowledge ([`knowledge`]),
//! the text primitives they share ([`text`]), and the answering engine
//! ([`engine`]). A question (and, for a follow-up, the one before) and a
//! knowledge base in, a reply out: no Discord, files beyond loading the
//! knowledge, database or clock. The bot's front ends and storage live in
//! the `citebot` crate, which builds this one twice: once to analyse the
//! shipped knowledge at build time ([`engine::Engine::snapshot`]), and once
//! to answer.

pub mod engine;
pub mod knowledge;
pub mod text;
