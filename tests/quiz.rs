//! The quiz items and `citebot quiz`: every shipped item playable with good wrong choices,
//! buttons within Discord's limits, `check` validating the quiz file, and the quiz played from
//! standard input, scripted.

mod util;

use std::process::{Command, Stdio};

use citebot::cli::read_cases;
use citebot::discord::answer::buttons as answer_buttons;
use citebot::discord::custom_id::MAX_CHARS;
use citebot::discord::quiz::{buttons as quiz_buttons, message as quiz_message, new_quiz};
use citebot::knowledge::Files;
use citebot::quiz::fold::near_duplicate;
use citebot::quiz::{Bank, Rng, CHOICES};
use citebot::storage::{Quiz, ServerId};
use serde_json::Value;
use util::{citebot, data_file, engine, knowledge_dir, stderr, stdout, ScratchKnowledge};

fn bank() -> Bank {
    citebot::cli::load_quiz(Files::Dir(&knowledge_dir()), &engine()).expect("the shipped quiz loads")
}

#[test]
fn every_item_gets_three_wrong_choices_of_its_kind_none_a_near_duplicate() {
    let bank = bank();
    assert!(bank.len() >= 30, "at least 30 items: {}", bank.len());
    let topics: Vec<String> = engine().entries().iter().map(|c| c.entry.spec.topic.clone()).collect();
    for topic in &topics {
        assert!(bank.items().iter().any(|i| &i.topic == topic), "no quiz item on {topic}");
    }
    for item in bank.items() {
        for seed in 0..20 {
            let round =
                bank.round_of(item, &mut Rng::new(seed)).unwrap_or_else(|| panic!("{} is not playable", item.id));
            assert_eq!(round.choices.len(), CHOICES);
            assert_eq!(round.choices.iter().filter(|c| **c == item.answer).count(), 1, "{round:?}");
            for (i, choice) in round.choices.iter().enumerate() {
                if i != round.right {
                    let of = bank.items().iter().find(|o| &o.answer == choice).unwrap();
                    assert_eq!(of.kind, item.kind, "{} offered for {}", choice, item.id);
                    assert!(!near_duplicate(choice, &item.answer), "{choice} ~ {} ({})", item.answer, item.id);
                    assert!(!item.also_right.iter().any(|a| near_duplicate(choice, a)), "{choice} is right too");
                }
                for other in &round.choices[i + 1..] {
                    assert!(!near_duplicate(choice, other), "{choice} ~ {other} ({})", item.id);
                }
            }
        }
    }
}

/// The JSON serenity sends for the buttons, as Discord reads them.
fn rows(rows: &[serenity::all::CreateActionRow]) -> Vec<Value> {
    rows.iter().map(|r| serde_json::to_value(r).unwrap()).collect()
}

fn assert_within_limits(rows: &[Value], what: &str) {
    assert!(rows.len() <= 5, "{what}: {rows:?}");
    for row in rows {
        let buttons = row["components"].as_array().unwrap();
        assert!(!buttons.is_empty() && buttons.len() <= 5, "5 buttons per row at most: {what}");
        for b in buttons {
            let id = b["custom_id"].as_str().unwrap();
            assert!(!id.is_empty() && id.chars().count() <= MAX_CHARS, "{what}: {id}");
            if let Some(label) = b["label"].as_str() {
                assert!(label.chars().count() <= 80, "{what}: {label}");
            }
        }
    }
}

#[test]
fn every_button_and_message_keeps_discords_limits() {
    let bank = bank();
    for (n, item) in bank.items().iter().enumerate() {
        let round = bank.round_of(item, &mut Rng::new(n as u64)).unwrap();
        let new = new_quiz(&round, ServerId::new(4000).unwrap(), u64::MAX, u64::MAX, u64::MAX / 2, Default::default());
        for closed in [false, true] {
            let quiz = Quiz { id: i64::MAX, message: Some(u64::MAX), closed_at: None, new: new.clone() };
            assert_within_limits(&rows(&quiz_buttons(&quiz, closed)), &item.id);
            assert!(quiz_message(&quiz).chars().count() <= 2000);
        }
    }
    let engine = engine();
    let guild = Some(serenity::all::GuildId::new(4000));
    for case in read_cases(&data_file("dev.jsonl")).unwrap().iter().take(300) {
        let reply = engine.answer(&case.q);
        assert_within_limits(&rows(&answer_buttons(&reply, guild)), &case.q);
        let content = citebot::discord::render::reply(&reply, &engine.source().article.meta);
        assert!(content.chars().count() <= 2000, "{}", case.q);
    }
}

#[test]
fn check_counts_the_quiz_items_in_a_directory_and_built_in() {
    let out = citebot(&["check"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains(&format!("{} quiz items", bank().len())), "{}", stdout(&out));
    let built_in = Command::new(env!("CARGO_BIN_EXE_citebot"))
        .arg("check")
        .env_remove("KNOWLEDGE_DIR")
        .current_dir(std::env::temp_dir())
        .output()
        .unwrap();
    assert!(stdout(&built_in).starts_with("(built in) knowledge: ok") && stdout(&built_in).contains("quiz items"));
}

#[test]
fn check_reports_a_bad_quiz_item_with_file_and_line() {
    let entries = std::fs::read_dir(knowledge_dir().join("entries")).unwrap();
    let files: Vec<(String, String)> = entries
        .map(|e| e.unwrap().path())
        .map(|p| (p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read_to_string(&p).unwrap()))
        .collect();
    let refs: Vec<(&str, &str)> = files.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let scratch = ScratchKnowledge::new("quiz-bad", &refs);
    std::fs::copy(knowledge_dir().join("english.tsv"), scratch.dir.join("english.tsv")).ok();
    let quiz = std::fs::read_to_string(knowledge_dir().join("quiz.toml")).unwrap();
    let bad = quiz.replacen("answer = \"Midnight on 12 January\"", "answer = \"Midnight on 13 January\"", 1);
    std::fs::write(scratch.dir.join("quiz.toml"), bad).unwrap();
    let out = citebot(&["check", &scratch.dir.display().to_string()], "");
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(err.contains("quiz.toml:") && err.contains("is not stated by the quote"), "{err}");
}

#[test]
fn the_quiz_is_played_from_standard_input() {
    let out = citebot(&["quiz", "--rounds", "3", "--seed", "7"], "1\nnonsense\nb\n3\n");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    for n in 1..=3 {
        assert!(text.contains(&format!("Question {n} of 3")), "{text}");
    }
    assert!(text.contains("Please answer with a number from 1 to 4"), "a line that is no answer is asked again");
    let score = text.lines().last().unwrap();
    assert!(score.starts_with("Score: ") && score.ends_with(" of 3."), "{text}");
    assert!(text.matches('\u{201C}').count() >= 3, "each reveal quotes the article: {text}");
    // The same seed plays the same quiz; the end of the input ends it early.
    let short = citebot(&["quiz", "--rounds", "3", "--seed", "7"], "1\n");
    assert!(stdout(&short).ends_with("Stopped.\n\nScore: 0 of 1.\n") || stdout(&short).ends_with("Score: 1 of 1.\n"));
    // Without --knowledge: the built-in copy.
    let mut built_in = Command::new(env!("CARGO_BIN_EXE_citebot"))
        .args(["quiz", "--rounds", "1"])
        .env_remove("KNOWLEDGE_DIR")
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write as _;
    built_in.stdin.take().unwrap().write_all(b"a\n").unwrap();
    let out = built_in.wait_with_output().unwrap();
    assert!(out.status.success() && stdout(&out).contains("Score: "), "{}", stdout(&out));
}

#[test]
fn an_unknown_topic_lists_the_topics() {
    let out = citebot(&["quiz", "--topic", "weather"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("the topics are: ") && stderr(&out).contains("Ceasefire"), "{}", stderr(&out));
    let out = citebot(&["quiz", "--rounds", "1", "--topic", "sirte takeover"], "1\n");
    assert!(out.status.success() && stdout(&out).contains("Sirte takeover"), "{}", stdout(&out));
}

#[test]
fn kb_quiz_puts_a_servers_own_entry_in_its_quiz_and_takes_it_out() {
    let data = util::scratch("kb-quiz");
    let env = vec![("DATA_DIR".to_owned(), data.display().to_string())];
    let kb = |args: &[&str]| {
        let mut all = vec!["kb", "--guild", "77"];
        all.extend_from_slice(args);
        util::citebot_with(&all, "", &env)
    };
    let quote = "he has now pre-empted a possible move on his Jufra airbase to the south of Sirte";
    let add = kb(&[
        "add",
        "--question",
        "What did Hafter pre-empt a possible move on?",
        "--answer",
        "Hafter has pre-empted a move on his Jufra airbase.",
        "--quote",
        quote,
        "--id",
        "jufra-move",
    ]);
    assert!(add.status.success(), "{}", stderr(&add));
    let put = |answer: &str, kind: &str| kb(&["quiz", "--id", "jufra-move", "--answer", answer, "--kind", kind]);
    let bad_kind = put("Jufra airbase", "planet");
    assert_eq!(bad_kind.status.code(), Some(1));
    assert!(stderr(&bad_kind).contains("--kind must be one of: date"), "{}", stderr(&bad_kind));
    let unstated = put("Benghazi", "place");
    assert_eq!(unstated.status.code(), Some(1));
    assert!(stderr(&unstated).contains("not stated"), "{}", stderr(&unstated));
    let shipped = kb(&["quiz", "--id", "sirte-takeover", "--answer", "Sirte", "--kind", "place"]);
    assert!(stderr(&shipped).contains("shipped entry"), "{}", stderr(&shipped));
    let ok = put("Jufra airbase", "place");
    assert!(ok.status.success() && stdout(&ok).starts_with("quiz jufra-move"), "{}", stderr(&ok));
    assert!(stdout(&kb(&["log"])).contains("quiz    jufra-move"));
    assert!(kb(&["unquiz", "--id", "jufra-move"]).status.success());
    let again = kb(&["unquiz", "--id", "jufra-move"]);
    assert_eq!(again.status.code(), Some(1));
    assert!(stderr(&again).contains("not in this server's quiz"), "{}", stderr(&again));
    let _ = std::fs::remove_dir_all(&data);
}
