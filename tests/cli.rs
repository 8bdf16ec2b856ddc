//! The `citebot` command line: the JSON contract in both modes, the human
//! reply, the exit codes of check and eval, what check refuses, `.env`, and
//! chat. The moderators' `citebot kb` is in cli_kb.rs.

mod forgeries;
mod util;

use forgeries::{Field, Forgery, FORGERIES};
use serde_json::Value;
use util::{citebot, data_file, stderr, stdout, ScratchKnowledge};

/// Checks one reply object against the `ask --json` contract.
fn assert_contract(v: &Value) {
    let obj = v.as_object().expect("an object");
    let mut keys: Vec<&str> = obj.keys().map(String::as_str).collect();
    keys.sort_unstable();
    assert_eq!(
        keys,
        [
            "answer",
            "answered",
            "confidence",
            "entry",
            "question",
            "quotes",
            "reason",
            "related",
            "suggestions",
            "unanswered"
        ]
    );
    let open = v["unanswered"].as_array().expect("unanswered is an array");
    assert!(open.iter().all(Value::is_string));
    assert!(open.is_empty() || v["answered"] == true, "only an answer leaves a question of its message open");
    assert_eq!(v["answered"].as_bool() == Some(true), v["reason"].is_null(), "a reason exactly when not answered");
    for q in v["related"].as_array().expect("related is an array") {
        assert!(q["text"].is_string() && q["paragraph"].is_u64());
    }
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
fn a_passage_found_without_a_curated_answer_is_introduced_as_the_articles_words() {
    let out = citebot(&["ask", "what does the first paragraph say"], "");
    assert!(out.status.success());
    let text = stdout(&out);
    assert!(text.starts_with("The article says:\n"), "{text}");
    assert!(text.contains("— paragraph 1, introduction"), "{text}");
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

    let broken = "[[entry]]\nid = \"x\"\ntopic = \"T\"\nquestions = [\"q?\"]\nanswer = \"The answer is this.\"\nquotes = [\"not in the article\"]\n";
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
    // A blind set the engine does not yet answer 99% of.
    let heldout = data_file("heldout32.jsonl");
    let out = citebot(&["eval", heldout.to_str().unwrap(), "--fail-under", "0.99"], "");
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn check_refuses_every_forgery_with_file_line_and_rule() {
    let good = Forgery { field: Field::Answer, value: forgeries::ANSWER, says: "" };
    let scratch = ScratchKnowledge::new("cli-forged-good", &[("f.toml", &good.file())]);
    let out = citebot(&["check", scratch.dir.to_str().unwrap()], "");
    assert!(!stderr(&out).contains("entries/f.toml"), "the good entry passes: {}", stderr(&out));

    // Every forgery as an entry of one file: one check run lists them all.
    let mut file = String::new();
    let mut wanted = Vec::new();
    for (i, forged) in FORGERIES.iter().enumerate() {
        let line = file.lines().count() + forged.line();
        file.push_str(&forged.file().replace("id = \"forged\"", &format!("id = \"forged-{i}\"")));
        file.push('\n');
        wanted.push((format!("f.toml:{line}: entry \"forged-{i}\": {} ", forged.field.in_file()), forged));
    }
    let scratch = ScratchKnowledge::new("cli-forged", &[("f.toml", &file)]);
    let out = citebot(&["check", scratch.dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(!err.contains('\u{1b}'), "the refusals themselves are printed inert: {err}");
    for (at, forged) in wanted {
        let line =
            err.lines().find(|l| l.contains(&at)).unwrap_or_else(|| panic!("no {at}… for {:?}:\n{err}", forged.value));
        assert!(line.contains(forged.says), "{:?}: wanted {:?} in {line}", forged.value, forged.says);
    }
    assert!(err.trim_end().ends_with(&format!("{} problem(s)", FORGERIES.len())), "{err}");
}

#[test]
fn check_refuses_a_synonym_cycle_and_a_missing_lexicon_with_the_file() {
    let good = Forgery { field: Field::Answer, value: forgeries::ANSWER, says: "" };
    let scratch = ScratchKnowledge::new("cli-lexicon-cycle", &[("f.toml", &good.file())]);
    let path = scratch.dir.join("lexicon.toml");
    let lexicon = std::fs::read_to_string(&path).unwrap();
    let split = lexicon.replace("\"misurata\", ", "") + "misurata = [\"misrata\", \"misurata\"]\n";
    std::fs::write(&path, &split).unwrap();
    let out = citebot(&["check", scratch.dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    let line = 1 + split.lines().position(|l| l.starts_with("misurata =")).unwrap();
    let err = stderr(&out);
    let at = format!("{}:{line}: \"misrata\" is listed under \"misurata\"", path.display());
    assert!(err.contains(&at) && err.contains("concept of its own"), "wanted {at}:\n{err}");

    std::fs::remove_file(&path).unwrap();
    let out = citebot(&["check", scratch.dir.to_str().unwrap()], "");
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).starts_with(&format!("{}: missing", path.display())), "{}", stderr(&out));
    let out = citebot(&["--knowledge", scratch.dir.to_str().unwrap(), "ask", "who took sirte"], "");
    assert_eq!(out.status.code(), Some(2), "no command runs without it");
}

/// `citebot` run in `dir` (where it reads `.env`), with none of its variables inherited.
fn citebot_in(dir: &std::path::Path, args: &[&str], stdin: &str) -> std::process::Output {
    use std::io::Write as _;
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_citebot"));
    command.args(args).current_dir(dir);
    for var in ["KNOWLEDGE_DIR", "DATA_DIR", "DISCORD_TOKEN", "COLUMNS"] {
        command.env_remove(var);
    }
    let mut child = command
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[test]
fn a_broken_dotenv_names_its_line_and_does_not_block_help() {
    let dir = util::scratch("dotenv");
    std::fs::write(dir.join(".env"), "# settings\nFOO=bar\n\nthis is garbage\nBAR=baz\n").unwrap();
    let help = citebot_in(&dir, &["--help"], "");
    assert!(help.status.success() && stdout(&help).contains("Usage:"), "{}", stderr(&help));
    let out = citebot_in(&dir, &["ask", "who took sirte"], "");
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.starts_with("citebot: .env line 4: cannot read \"this is garbage\""), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");

    // Empty path variables mean unset: the default knowledge and data directories.
    std::fs::write(dir.join(".env"), "KNOWLEDGE_DIR=\nDATA_DIR=\n").unwrap();
    let out = citebot_in(&dir, &["ask", "--json", "who took sirte"], "");
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stdout(&out).contains("\"entry\":\"sirte-takeover\""), "{}", stdout(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ask_joins_unquoted_words() {
    let joined = citebot(&["ask", "--json", "who", "took", "sirte"], "");
    let quoted = citebot(&["ask", "--json", "who took sirte"], "");
    assert!(joined.status.success(), "{}", stderr(&joined));
    assert_eq!(stdout(&joined), stdout(&quoted));
    assert!(stdout(&joined).contains("\"question\":\"who took sirte\""), "{}", stdout(&joined));
}

#[test]
fn eval_prints_totals_then_whole_misses_and_refuses_bad_files() {
    let dir = util::scratch("eval");
    let file = dir.join("q.jsonl");
    let miss = r#"{"q": "When does the ceasefire start?", "cat": "answerable", "expect": ["no such span"]}"#;
    std::fs::write(&file, format!("{miss}\n")).unwrap();
    let path = file.to_str().unwrap();
    let out = citebot(&["eval", path, "--fail-under", "0.5"], "");
    assert_eq!(out.status.code(), Some(1));
    let text = stdout(&out);
    let totals = text.find("accuracy: 0.000").expect("totals");
    let first_miss = text.find("MISS [answerable: wrong quote]").expect("the miss");
    assert!(totals < first_miss, "totals first: {text}");
    let quote =
        "\u{201C}Turkey\u{2019}s President Recep Erdogan and Russia\u{2019}s counterpart Vladimir Putin called \
                 for a ceasefire in Libya\u{2019}s fighting as of midnight 12 January.\u{201D}";
    assert!(text.contains(quote), "the quote as the engine gave it, whole: {text}");
    assert_eq!(stderr(&out).trim_end(), "citebot: accuracy 0.000 is below --fail-under 0.5");

    for (content, says) in [
        ("", "has no question cases"),
        ("\n\n", "has no question cases"),
        (r#"{"q": "hi", "cat": "smalltalk", "expect": null}"#, ":1: unknown cat \"smalltalk\""),
        (r#"{"q": "hi", "cat": "answerable", "expect": null}"#, ":1: an answerable case needs \"expect\""),
    ] {
        std::fs::write(&file, content).unwrap();
        let out = citebot(&["eval", path], "");
        assert_eq!(out.status.code(), Some(2), "{content:?} was scored");
        assert!(stderr(&out).contains(says), "{}", stderr(&out));
    }
    let out = citebot(&["eval", path, "--fail-under", "95"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not a fraction from 0 to 1"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn chat_survives_invalid_utf8_and_wraps_to_the_width() {
    let dir = util::scratch("chat");
    let mut input = b"who took sirte\xff?\n".to_vec();
    input.extend_from_slice(b"when does the ceasefire start\nquit\n");
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_citebot"))
        .arg("chat")
        .env("KNOWLEDGE_DIR", util::knowledge_dir())
        .env("COLUMNS", "40")
        .current_dir(&dir)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::io::Write::write_all(&mut child.stdin.take().unwrap(), &input).unwrap();
    let out = child.wait_with_output().unwrap();
    let text = stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(text.contains("Hafter\u{2019}s forces took over Sirte") && text.contains("midnight"), "{text}");
    assert!(text.trim_end().ends_with("Bye."), "{text}");
    for line in text.lines() {
        assert!(line.chars().count() <= 40, "not wrapped to 40: {line:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[cfg(unix)]
#[test]
fn chat_says_goodbye_on_ctrl_c() {
    use std::io::Read as _;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_citebot"))
        .arg("chat")
        .env("KNOWLEDGE_DIR", util::knowledge_dir())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let _stdin = child.stdin.take();
    let mut stdout = child.stdout.take().unwrap();
    // The first prompt means the conversation (and its Ctrl-C handler) is up.
    let mut seen = Vec::new();
    let mut byte = [0u8; 1];
    while !String::from_utf8_lossy(&seen).ends_with("you> ") {
        assert_eq!(stdout.read(&mut byte).unwrap(), 1, "chat ended early: {}", String::from_utf8_lossy(&seen));
        seen.push(byte[0]);
    }
    let sent = std::process::Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(sent.success());
    stdout.read_to_end(&mut seen).unwrap();
    let status = child.wait().unwrap();
    assert!(status.success(), "Ctrl-C ended chat with {status:?}");
    assert!(String::from_utf8_lossy(&seen).ends_with("you> \nBye.\n"), "{}", String::from_utf8_lossy(&seen));
}

/// `citebot ask --json < questions | head -1`: a reader that stops early is
/// a quiet, successful end, as in ripgrep.
#[test]
fn a_reader_that_stops_early_is_a_quiet_success() {
    use std::io::{BufRead, BufReader, Write};
    use std::process::{Command, Stdio};
    let mut child = Command::new(env!("CARGO_BIN_EXE_citebot"))
        .args(["ask", "--json"])
        .env_remove("KNOWLEDGE_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("citebot runs");
    let mut stdin = child.stdin.take().unwrap();
    let writer = std::thread::spawn(move || {
        for _ in 0..20_000 {
            if stdin.write_all(b"who took sirte\n").is_err() {
                break;
            }
        }
    });
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.contains("\"answered\":true"), "{first}");
    // The reader goes away, as `head -1` does.
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(String::from_utf8_lossy(&out.stderr), "");
}
