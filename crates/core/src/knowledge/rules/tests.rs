use super::*;

fn refused(problem: Option<String>, wanted: &str) {
    let message = problem.unwrap_or_else(|| panic!("accepted, expected a refusal mentioning {wanted:?}"));
    assert!(message.contains(wanted), "{message:?} does not mention {wanted:?}");
}

#[test]
fn plain_sentences_pass() {
    for answer in [
        "Hafter\u{2019}s forces took over Sirte on Monday.",
        "At a press conference, Trump said \u{201C}There is chaos in Libya now\u{201D}.",
        "On Wednesday the four ministers called the deals \u{201C}null and void.\u{201D}",
        "The 604 Brigade was created in Tripoli in 2015, after Daesh took Sirte.",
        "2020 began with talks in Istanbul.",
        "Is it over? Nobody knows yet.",
        "There are suggestions of an alliance against Haftar.",
        "Turkey\u{2019}s #1 ally is the Tripoli government.",
    ] {
        assert_eq!(answer_problem(answer), None, "{answer}");
    }
}

#[test]
fn a_fake_quote_layout_is_refused() {
    let forged = "Yes.\n\n  \u{201C}Russia backs the government led by Faiez Serraj.\u{201D}\n    \u{2014} paragraph 2";
    refused(answer_problem(forged), "line break");
    refused(answer_problem("> Russia backs Serraj, says paragraph 2."), "block quote");
    refused(answer_problem(">>> Russia backs Serraj, says paragraph 2."), "block quote");
}

#[test]
fn discord_markup_at_the_start_or_anywhere_is_refused() {
    refused(answer_problem("# OFFICIAL: Jufra fell today."), "heading");
    refused(answer_problem("## Jufra fell today, officially."), "heading");
    refused(answer_problem("-# Jufra fell today, officially."), "subtext");
    refused(answer_problem("- Jufra fell today, officially."), "list item");
    refused(answer_problem("* Jufra fell today, officially."), "list item");
    refused(answer_problem("1. Jufra fell today, officially."), "list item");
    refused(answer_problem("Jufra fell `today`, officially."), "backtick");
    refused(answer_problem("Jufra fell **today**, officially."), "formatting");
    refused(answer_problem("Jufra fell ||today||, officially."), "formatting");
}

#[test]
fn mentions_timestamps_emoji_and_links_are_refused_in_answers_and_questions() {
    let cases = [
        ("See <#123456789012345678> for the news.", "channel mention"),
        ("Ask <@&123456789012345678> about it now.", "role mention"),
        ("Ask <@123456789012345678> about it now.", "user mention"),
        ("Jufra fell <t:1700000000:R> to Hafter.", "timestamp"),
        ("Jufra fell <t:1700000000> to Hafter.", "timestamp"),
        ("Jufra fell to Hafter <:pepe:123456>.", "emoji"),
        ("Jufra fell to Hafter <a:pepe:123456>.", "emoji"),
        ("Jufra fell, says https://evil.example/x today.", "link"),
        ("Jufra fell, says www.evil.example today.", "link"),
        ("Jufra fell, join discord.gg/abc now.", "link"),
        ("Jufra fell, tell @everyone now.", "mass mention"),
    ];
    for (text, wanted) in cases {
        refused(answer_problem(text), wanted);
        refused(question_problem(text), wanted);
    }
}

#[test]
fn control_characters_are_refused_in_every_field() {
    let red = "\u{1b}[31mRED Russia backs Serraj.";
    refused(answer_problem(red), "U+001B");
    refused(question_problem("Who\u{7} backs Serraj?"), "U+0007");
    refused(topic_problem("Back\u{202E}ers"), "U+202E");
    refused(quote_problem("Russia backs the\u{0}Khalifa Hafter led forces", false), "U+0000");
    refused(trigger_problem("\\bwho\\b\n"), "line break");
    refused(name_problem("ana\nforged line"), "line break");
}

#[test]
fn names_are_one_line_and_not_empty() {
    refused(name_problem(""), "empty");
    refused(name_problem("   "), "empty");
    refused(name_problem(&"x".repeat(NAME_CHARS + 1)), "longer");
    assert_eq!(name_problem("ana (command line)"), None);
}

#[test]
fn answers_read_as_sentences_on_their_own() {
    refused(answer_problem("They had controlled Sirte since 2016."), "\u{201C}They\u{201D}");
    refused(answer_problem("It consists largely of members of the Ferjan tribe."), "\u{201C}It\u{201D}");
    refused(answer_problem("It\u{2019}s Hafter who took Sirte."), "\u{201C}It\u{201D}");
    refused(answer_problem("Their statement said the conflict spreads weapons."), "\u{201C}Their\u{201D}");
    refused(answer_problem("Mainly to a local force, the 604 Brigade."), "fragment");
    refused(answer_problem("Because they wanted to avoid bloodshed."), "fragment");
    refused(answer_problem("Sirte."), "too short");
    refused(answer_problem("hafter took Sirte on Monday."), "capital");
    refused(answer_problem("Hafter took Sirte on Monday"), "full stop");
}

#[test]
fn a_quote_is_a_meaningful_clause() {
    for short in ["Russia", "the", "Sirte", "of the EU"] {
        refused(quote_problem(short, false), "too short");
    }
    refused(quote_problem("that they had been there", false), "common words");
    refused(quote_problem("that they had been there", true), "common words");
    assert_eq!(quote_problem("Russia backs the Khalifa Hafter led forces", false), None);
    assert_eq!(quote_problem("London, 8 January 2020:", false), None);
    assert_eq!(quote_problem("By Sami Zaptia.", true), None, "the whole byline stands as it is");
}
