//! `citebot kb`'s rules through the binary: a change reaches one server only; every
//! forgery is refused saying why, and saves nothing; who made a change is one
//! line; old data reaches the terminal inert; the log shows local times; a
//! data directory under a file is one clear error.

mod forgeries;
mod util;

use forgeries::{Field, FORGERIES};
use serde_json::Value;
use util::{citebot, stderr, stdout};

/// A data directory of its own for one test.
fn data_dir(name: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("citebot-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    dir
}

#[test]
fn kb_changes_one_server_only_and_refuses_bad_quotes() {
    let data = data_dir("kb");
    let d = data.to_str().unwrap();
    let kb = |args: &[&str]| citebot(&[&["--data-dir", d, "kb", "--guild", "42"], args].concat(), "");

    let out = kb(&[
        "add",
        "--question",
        "Who set up the 604 Brigade?",
        "--answer",
        "The 604 Brigade was created in Tripoli.",
        "--quote",
        "The 604 Brigade was founded in Tripoli",
    ]);
    assert_eq!(out.status.code(), Some(1), "a quote not in the article is refused");
    assert!(stderr(&out).contains("not verbatim") && stderr(&out).contains("paragraph 9"), "{}", stderr(&out));
    assert!(!data.join("guilds/42/entries.toml").exists(), "nothing was saved");

    let out = kb(&[
        "add",
        "--id",
        "brigade-founder",
        "--question",
        "Who set up the 604 Brigade?",
        "--answer",
        "The 604 Brigade was created in Tripoli in 2015.",
        "--quote",
        "The 604 Brigade was created in Tripoli in 2015",
    ]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = kb(&["alias", "--id", "brigade-founder", "--question", "who formed the 604th"]);
    assert!(out.status.success(), "{}", stderr(&out));
    let out = kb(&["remove", "--id", "article-author"]);
    assert!(stdout(&out).contains("hide article-author"), "{}", stdout(&out));

    let ask = |guild: &str, q: &str| -> Value {
        let out = citebot(&["--data-dir", d, "ask", "--json", "--guild", guild, q], "");
        serde_json::from_str(stdout(&out).trim()).unwrap()
    };
    assert_eq!(ask("42", "Who set up the 604 Brigade?")["entry"], "brigade-founder");
    assert_ne!(ask("42", "who wrote the article")["entry"], "article-author", "hidden here");
    assert_eq!(ask("7", "who wrote the article")["entry"], "article-author", "other servers keep it");
    assert_ne!(ask("7", "Who set up the 604 Brigade?")["entry"], "brigade-founder");

    let log = stdout(&kb(&["log"]));
    assert!(log.contains("hide") && log.contains("alias") && log.contains("add"), "{log}");
    let list = stdout(&kb(&["list"]));
    assert!(list.contains("brigade-founder") && !list.contains("article-author"), "{list}");
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn kb_refuses_every_forgery_saying_why_and_saves_nothing() {
    let data = data_dir("kb-forged");
    let d = data.to_str().unwrap();
    let kb = |args: &[&str]| citebot(&[&["--data-dir", d, "kb", "--guild", "42"], args].concat(), "");
    for forged in FORGERIES {
        let (question, answer, quote) = forged.entry();
        // `--answer=…`: a value starting with '-' is not taken for an option.
        let (question, answer, quote) =
            (format!("--question={question}"), format!("--answer={answer}"), format!("--quote={quote}"));
        let out = kb(&["add", &question, &answer, &quote]);
        assert_eq!(out.status.code(), Some(1), "{:?} was saved: {}{}", forged.value, stdout(&out), stderr(&out));
        let err = stderr(&out);
        let says = format!("refused: the entry was not saved: --{} ", forged.field.option());
        assert!(err.starts_with(&says) && err.contains(forged.says), "{:?}: {err}", forged.value);
        assert!(!err.contains('\u{1b}'), "{err}");
        if forged.field == Field::Question {
            let out = kb(&["alias", "--id", "ceasefire-date", &question]);
            assert_eq!(out.status.code(), Some(1), "{:?} was added", forged.value);
            assert!(stderr(&out).contains(forged.says), "{}", stderr(&out));
        }
    }
    assert!(!data.join("guilds/42").exists(), "nothing was saved");
    let out =
        kb(&["add", "--question", forgeries::QUESTION, "--answer", forgeries::ANSWER, "--quote", forgeries::QUOTE]);
    assert!(out.status.success(), "the good entry is saved: {}", stderr(&out));
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn kb_by_is_one_line_and_not_empty() {
    let data = data_dir("kb-by");
    let d = data.to_str().unwrap();
    let add = |by: &str| {
        let args = ["--data-dir", d, "kb", "--guild", "42", "--by", by, "remove", "--id", "article-author"];
        citebot(&args, "")
    };
    for by in ["", "  ", "ana\nforged line", "ana\u{1b}[31m"] {
        let out = add(by);
        assert_eq!(out.status.code(), Some(1), "--by {by:?} was accepted");
        assert!(stderr(&out).starts_with("refused: --by "), "{}", stderr(&out));
    }
    assert!(!data.join("guilds/42").exists(), "nothing was saved");
    assert!(add("ana").status.success());
    let log = stdout(&citebot(&["--data-dir", d, "kb", "--guild", "42", "log"], ""));
    assert!(log.contains("hide") && log.trim_end().ends_with("by ana (command line)"), "{log}");
    assert!(!log.contains("(0)"), "{log}");
    let _ = std::fs::remove_dir_all(&data);
}

/// Text saved before the rules (or edited by hand) reaches the terminal as visible escapes:
/// no colour change, no forged line.
#[test]
fn old_control_characters_are_shown_as_escapes() {
    let data = data_dir("kb-old");
    let d = data.to_str().unwrap();
    let dir = data.join("guilds/42");
    std::fs::create_dir_all(&dir).unwrap();
    let old = "[[entry]]\nid = \"old\"\ntopic = \"Old\\u001B[2J\"\nquestions = [\"Who set up the 604 Brigade?\"]\n\
               answer = \"\\u001B[31mRED\\n  \u{201C}forged\u{201D}\\n    \u{2014} paragraph 2\"\n\
               quotes = [\"The 604 Brigade was created in Tripoli in 2015\"]\n";
    std::fs::write(dir.join("entries.toml"), old).unwrap();
    let record = serde_json::json!({"at": 1_700_000_000u64, "by": {"id": 0, "name": "ana\n1700000001  add    forged"},
        "action": "add", "id": "old", "before": null, "after": null});
    std::fs::write(dir.join("audit.jsonl"), format!("{record}\n")).unwrap();

    let ask = citebot(&["--data-dir", d, "ask", "--guild", "42", "Who set up the 604 Brigade?"], "");
    let shown = stdout(&ask);
    assert!(shown.contains("\\u{1b}[31mRED\\n  \u{201C}forged"), "{shown}");
    for args in [&["show", "--id", "old"][..], &["list"], &["log"]] {
        let out = citebot(&[&["--data-dir", d, "kb", "--guild", "42"], args].concat(), "");
        let text = stdout(&out);
        assert!(out.status.success(), "{args:?}: {}", stderr(&out));
        assert!(!text.contains('\u{1b}'), "{args:?} printed an escape: {text:?}");
        if args[0] == "log" {
            assert_eq!(text.lines().count(), 1, "one change, one line: {text}");
            assert!(text.contains("by ana\\n1700000001"), "{text}");
        }
    }
    assert!(!shown.contains('\u{1b}'), "{shown:?}");
    let _ = std::fs::remove_dir_all(&data);
}

#[test]
fn a_data_dir_under_a_file_is_one_clear_error() {
    let dir = util::scratch("under-file");
    std::fs::write(dir.join("a-file"), "").unwrap();
    let data = dir.join("a-file").join("data");
    let add = [
        "--data-dir",
        data.to_str().unwrap(),
        "kb",
        "--guild",
        "42",
        "add",
        "--question",
        forgeries::QUESTION,
        "--answer",
        forgeries::ANSWER,
        "--quote",
        forgeries::QUOTE,
    ];
    let out = citebot(&add, "");
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("a-file is a file, not a directory") && !err.contains("File exists"), "{err}");
    assert_eq!(err.matches("not a directory").count(), 1, "said once: {err}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn kb_log_shows_local_readable_times() {
    let data = data_dir("kb-log-times");
    let d = data.to_str().unwrap();
    let kb = |args: &[&str]| citebot(&[&["--data-dir", d, "kb", "--guild", "42", "--by", "ana"], args].concat(), "");
    assert!(kb(&["remove", "--id", "article-author"]).status.success());
    let log = stdout(&kb(&["log"]));
    let stamp = log.split("  ").next().unwrap_or_default();
    // "2026-11-30 09:15:02 +01:00"
    let shape: String = stamp.chars().map(|c| if c.is_ascii_digit() { '0' } else { c }).collect();
    assert_eq!(shape, "0000-00-00 00:00:00 +00:00", "{log}");
    let _ = std::fs::remove_dir_all(&data);
}

/// A refusal with several problems prints one problem a line, with real line breaks.
#[test]
fn several_problems_are_printed_one_a_line() {
    let data = data_dir("kb-lines");
    let d = data.to_str().unwrap();
    let args = [
        "--data-dir",
        d,
        "kb",
        "--guild",
        "42",
        "add",
        "--question",
        "Who set up the 604 Brigade?",
        "--answer",
        "# Heading",
        "--quote",
        "Russia",
    ];
    let out = citebot(&args, "");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.starts_with("refused: the entry was not saved:\n  --"), "{err}");
    assert!(err.lines().filter(|l| l.starts_with("  --")).count() >= 2, "{err}");
    assert!(!err.contains("\\n"), "{err}");
    let _ = std::fs::remove_dir_all(&data);
}
