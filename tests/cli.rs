//! The `citebot` command line: the JSON contract in both modes, the human
//! reply, and the exit codes of check and eval.

mod util;

use serde_json::Value;
use util::{citebot, data_file, stderr, stdout, ScratchKnowledge};

/// Checks one reply object against the `ask --json` contract.
fn assert_contract(v: &Value) {
    let obj = v.as_object().expect("an object");
    let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(keys, ["answer", "answered", "confidence", "entry", "question", "quotes", "suggestions"]);
    assert!(v["question"].is_string());
    assert!(v["answered"].is_boolean());
    assert!(v["answer"].is_string() || v["answer"].is_null());
    assert!(v["entry"].is_string() || v["entry"].is_null());
    let c = v["confidence"].as_f64().expect("confidence is a number");
    assert!((0.0..=1.0).contains(&c));
    for q in v["quotes"].as_array().expect("quotes is an array") {
        assert!(q["text"].is_string());
        assert!(q["paragraph"].is_u64());
        assert!(q["section"].is_string() || q["section"].is_null());
        assert_eq!(q.as_object().unwrap().len(), 3);
    }
    assert!(v["suggestions"].as_array().unwrap().iter().all(Value::is_string));
}

#[test]
fn ask_json_answers_one_question() {
    let out = citebot(&["ask", "--json", "When does the ceasefire start?"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 1);
    let v: Value = serde_json::from_str(lines[0]).unwrap();
    assert_contract(&v);
    assert_eq!(v["answered"], true);
    assert_eq!(v["entry"], "ceasefire-date");
    assert!(v["quotes"][0]["text"].as_str().unwrap().contains("midnight 12 January"));
    assert_eq!(v["quotes"][0]["paragraph"], 1);
}

#[test]
fn ask_json_batch_keeps_order_and_answers_every_line() {
    let questions = "Who captured Sirte?\nhello\n\nHow many people died in Sirte?\nWho is the author?\r\n";
    let out = citebot(&["ask", "--json"], questions);
    assert!(out.status.success(), "{}", stderr(&out));
    let replies: Vec<Value> = stdout(&out).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(replies.len(), 5, "one reply per input line, blank ones included");
    for (reply, question) in replies.iter().zip(questions.lines()) {
        assert_contract(reply);
        assert_eq!(reply["question"], question.trim_end_matches('\r'));
    }
    let answered: Vec<bool> = replies.iter().map(|r| r["answered"].as_bool().unwrap()).collect();
    assert_eq!(answered, [true, false, false, false, true]);
    assert!(!replies[3]["suggestions"].as_array().unwrap().is_empty());
    assert_eq!(replies[4]["quotes"][0]["text"], "By Sami Zaptia.");
}

#[test]
fn ask_for_a_person_shows_answer_quote_location_and_byline() {
    let out = citebot(&["ask", "Why did the forces in Sirte withdraw?"], "");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("to avoid bloodshed"), "{text}");
    assert!(text.contains("paragraph 7, section \u{201C}Sirte takeover\u{201D}"), "{text}");
    assert!(text.contains("Sami Zaptia, London, 8 January 2020"), "{text}");
    let out = citebot(&["ask", "What is the tallest mountain?"], "");
    assert!(stdout(&out).contains("The article does not cover that."), "{}", stdout(&out));
}

#[test]
fn ask_without_a_question_is_a_usage_error() {
    let out = citebot(&["ask"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("give a QUESTION"), "{}", stderr(&out));
}

#[test]
fn a_missing_knowledge_directory_is_a_clear_error() {
    let out = citebot(&["--knowledge", "/nonexistent/kb", "ask", "hi"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("/nonexistent/kb/article.md"), "{}", stderr(&out));
}

#[test]
fn check_passes_on_the_shipped_base_and_fails_with_file_and_line() {
    let out = citebot(&["check"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("all 19 paragraphs quoted"));

    let broken = "[[entry]]\nid = \"x\"\ntopic = \"T\"\nquestions = [\"q?\"]\nanswer = \"a\"\nquotes = [\"not in the article\"]\n";
    let scratch = ScratchKnowledge::new("cli-check", &[("x.toml", broken)]);
    let out = citebot(&["check", scratch.dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains(&format!("{}:6:", scratch.path("entries/x.toml"))), "{err}");

    let incomplete = broken.replace("not in the article", "as of midnight 12 January");
    let scratch = ScratchKnowledge::new("cli-coverage", &[("x.toml", &incomplete)]);
    let out = citebot(&["check", scratch.dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("paragraph 2 is not quoted by any entry"), "coverage is checked: {err}");
    assert!(err.contains(&format!("{}:", scratch.path("article.md"))), "names the article's line: {err}");
}

#[test]
fn eval_scores_a_question_file() {
    let dev = data_file("dev.jsonl");
    let out = citebot(&["eval", dev.to_str().unwrap()], "");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.contains("answerable: ") && text.contains("accuracy: "), "{text}");
    let out = citebot(&["eval", dev.to_str().unwrap(), "--fail-under", "1.01"], "");
    assert_eq!(out.status.code(), Some(1));
}

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
        "It was created in Tripoli.",
        "--quote",
        "The 604 Brigade was founded in Tripoli",
    ]);
    assert_eq!(out.status.code(), Some(1), "a quote not in the article is refused");
    assert!(stderr(&out).contains("not verbatim") && stderr(&out).contains("paragraph 9"), "{}", stderr(&out));
    assert_eq!(stdout(&kb(&["log"])), "", "nothing was saved or logged");

    let out = kb(&[
        "add",
        "--id",
        "brigade-founder",
        "--question",
        "Who set up the 604 Brigade?",
        "--answer",
        "It was created in Tripoli in 2015.",
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
