//! Test support shared by the integration tests: a stand-in Discord ([`StandIn`]) that a real
//! serenity/poise client can be pointed at, JSON [`fixtures`] for what Discord sends, and the
//! citebot bot started against it ([`bot::Harness`]).
//!
//! Each file under `tests/` is its own crate and declares `mod support;` at its root (the
//! stand-in reaches the fixtures as `crate::support::fixtures`). Each uses only part of this
//! module, hence the `dead_code` allowance.
//!
//! A typical end-to-end test:
//!
//! ```ignore
//! mod support;
//! use std::time::Duration;
//! use support::{fixtures::{self, SlashCommand}, StandIn};
//!
//! const WAIT: Duration = Duration::from_secs(5);
//!
//! #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
//! async fn ask_is_answered() {
//!     let stand_in = StandIn::start().await;
//!     let mut client = ClientBuilder::new_with_http(stand_in.http(), intents)
//!         .framework(framework) // the bot's poise framework
//!         .await
//!         .unwrap();
//!     let shard_manager = client.shard_manager.clone();
//!     tokio::spawn(async move { client.start().await });
//!     stand_in.wait_ready(WAIT).await.unwrap();
//!     stand_in.wait_for_request(|r| r.matches("PUT", "/applications/*/commands"), WAIT)
//!         .await.unwrap(); // poise: setup done, events flow from here
//!     let ask = SlashCommand::new("ask")
//!         .option(fixtures::string_option("question", "Who?"))
//!         .build();
//!     let callback = format!("/interactions/{}/{}/callback",
//!         ask["id"].as_str().unwrap(), ask["token"].as_str().unwrap());
//!     stand_in.dispatch("INTERACTION_CREATE", ask).await;
//!     let reply = stand_in.wait_for_request(|r| r.matches("POST", &callback), WAIT)
//!         .await.unwrap();
//!     assert_eq!(reply.body["type"], 4);
//!     shard_manager.shutdown_all().await;
//! }
//! ```
#![allow(dead_code)]

pub mod bot;
pub mod fixtures;
pub mod inert;
pub mod kb;
pub mod stand_in;

#[allow(unused_imports)]
pub use stand_in::{GatewayFrame, Recorded, StandIn};
