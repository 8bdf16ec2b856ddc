//! citebot: answers questions about one news article, backing every answer
//! with a verbatim, located quote.
//!
//! Data flows one way: a front end ([`cli`], [`discord`]) hands a question
//! to the [`engine`], which answers from a knowledge base that
//! [`knowledge`] loaded and validated. Each server's own changes to it are
//! kept by [`storage`], in SQL, and served per server by [`guilds`].

pub mod cli;
pub mod discord;
pub mod engine;
pub mod guilds;
pub mod knowledge;
pub mod quiz;
pub mod storage;
pub(crate) mod text;
