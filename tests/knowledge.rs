//! The knowledge base: the article is the original, every quote is verbatim,
//! every paragraph is covered, and every kind of malformed file is refused
//! with its file and line.

mod util;

use citebot::cli::score_norm as norm;
use citebot::knowledge::{check_dir, BlockKind, KnowledgeBase};
use util::{data_file, kb, ScratchKnowledge};

/// The original source text, without the web page's login prompt.
fn original_article() -> String {
    let text = std::fs::read_to_string(data_file("article.txt")).unwrap();
    let body: Vec<&str> = text.lines().filter(|l| !l.starts_with("You must be logged in")).collect();
    body.join("\n")
}

#[test]
fn the_shipped_article_is_the_original_word_for_word() {
    let original = norm(&original_article());
    // The section headings follow the body among the blocks; they are
    // checked as the sections below.
    let ours: Vec<String> =
        kb().article().blocks.iter().filter(|b| b.kind != BlockKind::Heading).map(|b| norm(&b.text)).collect();
    assert_eq!(kb().article().paragraph_count(), 19);
    let mut rest = original.as_str();
    for block in &ours {
        let at = rest.find(block.as_str()).unwrap_or_else(|| panic!("not in the original, in order: {block}"));
        rest = &rest[at + block.len()..];
    }
    let sections = &kb().article().sections;
    assert_eq!(sections, &["Sirte takeover", "Increased diplomacy", "Greece, Cyprus, France and Egypt"]);
    let covered: usize = ours.iter().map(|b| b.len()).sum::<usize>() + sections.iter().map(|s| s.len()).sum::<usize>();
    let words = original.split(' ').count();
    assert!(covered + words >= original.len(), "some of the original is missing from knowledge/article.md");
}

#[test]
fn every_quote_is_verbatim_in_the_original_article() {
    let original = norm(&original_article());
    for entry in &kb().entries {
        for q in &entry.quotes {
            assert!(original.contains(&norm(&q.text)), "{}: {:?} is not in the article", entry.id(), q.text);
            let block = &kb().article().blocks[q.at.block];
            assert_eq!(&block.text[q.at.start..q.at.end], q.text, "{}: offsets", entry.id());
        }
    }
}

#[test]
fn every_paragraph_is_quoted_and_the_check_passes() {
    let kb = check_dir(&util::knowledge_dir()).expect("citebot check passes on the shipped base");
    for p in kb.article().paragraphs() {
        assert!(
            kb.entries.iter().any(|e| e.quotes.iter().any(|q| q.at.paragraph == p.paragraph)),
            "paragraph {} is not quoted",
            p.paragraph
        );
    }
    assert!(kb.entries.len() >= 40);
    for e in &kb.entries {
        assert!(e.spec.questions.len() >= 5, "{} needs more example questions", e.id());
    }
}

#[test]
fn quotes_know_their_paragraph_and_section() {
    let entry = kb().entries.iter().find(|e| e.id() == "sirte-withdrawal").unwrap();
    let at = &entry.quotes[0].at;
    assert_eq!((at.paragraph, at.section.as_deref()), (7, Some("Sirte takeover")));
    let author = kb().entries.iter().find(|e| e.id() == "article-author").unwrap();
    assert_eq!(author.quotes[0].at.paragraph, 0);
}

/// Example questions must not copy the question sets the bot is measured
/// on: the dev set, the chat sample, and the blind sets written after the
/// knowledge base (held-out 1-3 were used for tuning in earlier rounds).
#[test]
fn no_example_question_is_a_measured_question() {
    let squash = |s: &str| s.to_lowercase().chars().filter(|c| c.is_alphanumeric()).collect::<String>();
    for set in ["dev.jsonl", "dev_chat.jsonl", "heldout4.jsonl"] {
        let text = std::fs::read_to_string(data_file(set)).unwrap();
        let measured: Vec<String> = text
            .lines()
            .map(|l| squash(serde_json::from_str::<serde_json::Value>(l).unwrap()["q"].as_str().unwrap()))
            .collect();
        for e in &kb().entries {
            for q in &e.spec.questions {
                assert!(!measured.contains(&squash(q)), "{}: example {q:?} is a question of {set}", e.id());
            }
        }
    }
}

const GOOD: &str = r#"
[[entry]]
id = "ok"
topic = "T"
questions = ["When does the ceasefire start?"]
answer = "The ceasefire starts at midnight."
quotes = ["as of midnight 12 January"]
"#;

fn load_error(name: &str, file: &str, text: &str) -> String {
    let scratch = ScratchKnowledge::new(name, &[(file, text)]);
    let e = KnowledgeBase::load(&scratch.dir).expect_err("the broken file is refused");
    let msg = e.to_string();
    assert!(msg.contains(&scratch.path(&format!("entries/{file}"))), "names the file: {msg}");
    msg
}

#[test]
fn a_toml_syntax_error_names_file_and_line() {
    let broken = GOOD.replace("topic = \"T\"", "topic = T");
    let msg = load_error("syntax", "a.toml", &broken);
    assert!(msg.contains("a.toml:4:"), "{msg}");
}

#[test]
fn a_quote_not_in_the_article_is_refused_with_the_nearest_passage() {
    let broken = GOOD.replace("as of midnight 12 January", "as of midnight 13 January");
    let msg = load_error("quote", "q.toml", &broken);
    assert!(msg.contains("q.toml:7:"), "names the quote's line: {msg}");
    assert!(msg.contains("\"ok\"") && msg.contains("not verbatim"), "{msg}");
    assert!(msg.contains("the nearest passage") && msg.contains("as of midnight 12 January"), "{msg}");
}

#[test]
fn typographic_differences_are_forgiven_but_wording_is_not() {
    let curly = GOOD.replace("as of midnight 12 January", "Hafter\u{2019}s forces also announced");
    let scratch = ScratchKnowledge::new("curly", &[("c.toml", &curly)]);
    assert!(KnowledgeBase::load(&scratch.dir).is_ok());
    let straight = GOOD.replace("as of midnight 12 January", "Hafter's  forces\\nalso announced");
    let scratch = ScratchKnowledge::new("straight", &[("s.toml", &straight)]);
    let kb = KnowledgeBase::load(&scratch.dir).unwrap();
    assert_eq!(kb.entries[0].quotes[0].text, "Hafter\u{2019}s forces also announced", "the article's own characters");
    let lower = GOOD.replace("as of midnight 12 January", "hafter's forces also announced");
    load_error("case", "l.toml", &lower);
}

#[test]
fn duplicate_ids_bad_regexes_and_empty_fields_are_refused() {
    let twice = format!("{GOOD}\n{GOOD}");
    assert!(load_error("dup", "d.toml", &twice).contains("used twice"));
    let bad_regex = GOOD.replace("answer =", "triggers = ['(unclosed']\nanswer =");
    let msg = load_error("regex", "r.toml", &bad_regex);
    assert!(msg.contains("r.toml:6:") && msg.contains("triggers[0]"), "{msg}");
    let huge = GOOD.replace("answer =", "triggers = ['\\w{1000}\\w{1000}']\nanswer =");
    assert!(load_error("huge", "h.toml", &huge).contains("larger than"));
    let empty = GOOD.replace("answer = \"The ceasefire starts at midnight.\"", "answer = \"  \"");
    assert!(load_error("empty", "e.toml", &empty).contains("answer must not be empty"));
    let unknown_field = GOOD.replace("topic = \"T\"", "topic = \"T\"\ncolour = \"red\"");
    assert!(load_error("field", "f.toml", &unknown_field).contains("colour"));
}

#[test]
fn a_lexicon_word_with_two_meanings_is_refused() {
    let scratch = ScratchKnowledge::new("lexicon", &[("ok.toml", GOOD)]);
    let lexicon = std::fs::read_to_string(scratch.dir.join("lexicon.toml")).unwrap();
    std::fs::write(scratch.dir.join("lexicon.toml"), format!("{lexicon}clash = [\"truce\"]\n")).unwrap();
    let msg = KnowledgeBase::load(&scratch.dir).unwrap_err().to_string();
    assert!(msg.contains("lexicon.toml:") && msg.contains("\"truce\""), "{msg}");
}

#[test]
fn a_broken_article_names_its_line() {
    let scratch = ScratchKnowledge::new("article", &[("ok.toml", GOOD)]);
    let article = std::fs::read_to_string(scratch.dir.join("article.md")).unwrap();
    std::fs::write(scratch.dir.join("article.md"), article.replace("author = \"Sami Zaptia\"", "author = Sami"))
        .unwrap();
    let msg = KnowledgeBase::load(&scratch.dir).unwrap_err().to_string();
    assert!(msg.contains("article.md:5:"), "{msg}");
}

#[test]
fn a_quote_must_start_and_end_on_word_boundaries() {
    let partial = GOOD.replace("as of midnight 12 January", "fire in Libya\u{2019}s fighting as of midnight 12 Januar");
    let msg = load_error("partial", "p.toml", &partial);
    assert!(msg.contains("not verbatim"), "{msg}");
}
