//! citebot: answers questions about one news article, backing every answer
//! with a verbatim, located quote.
//!
//! Data flows one way: a front end ([`cli`], [`discord`]) hands a question
//! to the [`engine`], which answers from a knowledge base that
//! [`knowledge`] loaded and validated (both in the `citebot-core` crate, so
//! the build script can analyse the shipped knowledge ahead of time and
//! [`shipped`] can build it into the binary). Each server's own changes to
//! it are kept by [`storage`], in SQL, and served per server by [`guilds`].

mod allocator;
pub mod cli;
pub mod discord;
pub mod guilds;
pub mod quiz;
pub mod shipped;
pub mod storage;

pub(crate) use citebot_core::text;

/// Every program built on citebot (the binary, its tests and benchmarks)
/// allocates with mimalloc: see Cargo.toml and [`allocator`].
#[global_allocator]
static ALLOCATOR: allocator::Allocator = allocator::Allocator;
pub use citebot_core::{engine, knowledge};
