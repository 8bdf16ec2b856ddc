//! Every Markdown and mention construct Discord renders, sent through the real bot and the
//! stand-in Discord, arrives inert: in an answer saved before the content rules (old data,
//! loaded as it was), at the start of the answer's line, and in the question echoed back, by
//! `/ask` and by a mention alike. Every message carries SUPPRESS_EMBEDS.

mod support;

use support::bot::{content, flags, DataDir, Harness};
use support::fixtures::{self, MessageCreate};
use support::inert::live;
use support::kb::{ask_in, GUILD_A};

/// A server's directory in the old file layout, which the storage imports at its first start:
/// how entries saved before the trust rules arrive.
fn guild_dir(data_dir: &std::path::Path, guild: &str) -> std::path::PathBuf {
    data_dir.join("guilds").join(guild)
}

/// Discord's SUPPRESS_EMBEDS message flag: no link previews.
const SUPPRESS_EMBEDS: u64 = 1 << 2;

/// Each construct, as the first thing of a line.
const CONSTRUCTS: [&str; 22] = [
    "# OFFICIAL: Jufra fell",
    "## Jufra fell",
    "### Jufra fell",
    "-# small print",
    "> a fake quote",
    ">>> a fake quote",
    "- a list item",
    "* a list item",
    "+ a list item",
    "1. a numbered item",
    "2) a numbered item",
    "`code` and ```block```",
    "**bold** __underline__ ~~struck~~ ||spoiler||",
    "[a masked link](https://evil.example/x)",
    "<#123456789012345678> a channel",
    "<@&123456789012345678> a role",
    "<@123456789012345678> a user",
    "<t:1700000000:R> a timestamp",
    "<:flag:123456789012345678> <a:flag:123456789012345678> emoji",
    "</kb add:123456789012345678> a command",
    "https://evil.example/x a link",
    "@everyone and @here",
];

/// A server's entries file as saved before the content rules: one entry per construct, whose
/// answer starts with it, found by the question "probeN".
fn old_entries() -> String {
    let mut text = String::new();
    for (n, construct) in CONSTRUCTS.iter().enumerate() {
        let answer = format!("{construct} <#123456789012345678> <t:1700000000:R> https://evil.example/x Jufra fell.");
        let answer = toml::Value::String(answer).to_string();
        text.push_str(&format!(
            "[[entry]]\nid = \"probe-{n}\"\ntopic = \"Probes\"\nquestions = [\"probe{n}\"]\n\
             triggers = ['\\bprobe{n}\\b']\nanswer = {answer}\nquotes = [\"Russia backs the Khalifa Hafter led forces\"]\n\n"
        ));
    }
    text
}

/// Fails unless `reply` suppresses link previews and shows construct `n` inert in the echoed
/// question (its first line) and, if `answered`, in the answer (its second line); and unless
/// nothing else in it is live but the bot's own bold, code and block quotes.
fn assert_inert(reply: &support::Recorded, n: usize, answered: bool) {
    let text = content(reply);
    assert_eq!(flags(reply) & SUPPRESS_EMBEDS, SUPPRESS_EMBEDS, "link previews not suppressed: {reply}");
    let mut lines = text.lines();
    let echo = lines.next().and_then(|l| l.strip_prefix("**Q:** ")).unwrap_or_else(|| panic!("no echo: {text}"));
    assert_eq!(live(echo), Vec::<&str>::new(), "construct {n} is live in the echoed question: {echo:?}");
    if answered {
        let answer = lines.next().unwrap_or_default();
        assert!(answer.ends_with("Jufra fell."), "construct {n}: not the answer line: {text}");
        assert_eq!(live(answer), Vec::<&str>::new(), "construct {n} is live in the answer: {answer:?}");
        let quoted = text.lines().filter(|l| l.starts_with("> ")).count();
        assert_eq!(quoted, 2, "only the real quote and its place are block quotes: {text}");
    }
    for line in text.lines() {
        let found = live(line);
        let own = found.iter().all(|c| matches!(*c, "block quote" | "formatting" | "code"));
        assert!(own, "a live construct outside the bot's own markup: {found:?} in {line:?}");
    }
}

#[test]
fn the_model_sees_what_discord_renders_and_not_what_is_escaped() {
    assert_eq!(live("# OFFICIAL"), ["heading"]);
    assert_eq!(live("\\# OFFICIAL"), Vec::<&str>::new());
    assert_eq!(live("12. item"), ["numbered list item"]);
    assert_eq!(live("12\\. item"), Vec::<&str>::new());
    assert_eq!(live("`x`"), ["code", "code"]);
    assert_eq!(live("see <#123> https://x.y"), ["mention, timestamp or emoji syntax", "link"]);
    assert_eq!(live("see <\u{200B}#123> https:\u{200B}//x.y"), Vec::<&str>::new());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_construct_arrives_inert_by_slash_command_and_mention() {
    let data = DataDir::new("escaping");
    let dir = guild_dir(data.path(), GUILD_A);
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(dir.join("entries.toml"), old_entries()).unwrap();
    let data_var = data.var();
    let bot = Harness::start(&[("DATA_DIR", data_var.as_str()), ("ASK_COOLDOWN_SECONDS", "0")]).await;

    for (n, construct) in CONSTRUCTS.iter().enumerate() {
        // The answer starts with the construct: "probeN" finds it.
        let reply = bot.interact(ask_in(GUILD_A, "6001", &format!("probe{n}"))).await;
        assert_inert(&reply, n, true);
        let mention = format!("<@{}> probe{n}", fixtures::BOT_USER_ID);
        let reply = bot.message(MessageCreate::new(&mention).guild(GUILD_A).mention_bot().build()).await;
        assert_inert(&reply, n, true);

        // The question is the construct, echoed back whatever the answer.
        let reply = bot.interact(ask_in(GUILD_A, "6001", construct)).await;
        assert_inert(&reply, n, false);
        let mention = format!("<@{}> {construct}", fixtures::BOT_USER_ID);
        let reply = bot.message(MessageCreate::new(&mention).guild(GUILD_A).mention_bot().build()).await;
        assert_inert(&reply, n, false);
    }
    bot.shutdown().await;
}
