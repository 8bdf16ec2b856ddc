//! The knowledge built into the binary is the knowledge directory, and the
//! engine read from its build-time snapshot answers exactly as one analysed
//! from the files at run time.

mod util;

use citebot::shipped;

#[test]
fn the_built_in_files_are_the_knowledge_directory() {
    let built_in = shipped::files();
    let mut names = Vec::new();
    for entry in walk(&util::knowledge_dir()) {
        let name = entry.strip_prefix(util::knowledge_dir()).unwrap().to_string_lossy().replace('\\', "/");
        let on_disk = std::fs::read_to_string(&entry).unwrap();
        assert_eq!(
            built_in.read(&name).ok().as_deref(),
            Some(on_disk.as_str()),
            "{name} differs from the built-in copy"
        );
        names.push(name);
    }
    assert!(names.iter().any(|n| n == "article.md") && names.iter().any(|n| n.starts_with("entries/")), "{names:?}");
}

#[test]
fn the_snapshot_answers_every_question_as_the_files_do() {
    let snapshot = shipped::engine().expect("the built-in snapshot loads");
    let fresh = util::engine();
    let mut asked = 0;
    for set in [
        "dev.jsonl",
        "dev_chat.jsonl",
        "heldout.jsonl",
        "heldout2.jsonl",
        "heldout3.jsonl",
        "heldout4.jsonl",
        "heldout5.jsonl",
        "heldout6.jsonl",
        "heldout7.jsonl",
        "heldout8.jsonl",
        "followups.jsonl",
    ] {
        let text = std::fs::read_to_string(util::data_file(set)).unwrap();
        for line in text.lines().filter(|l| !l.trim().is_empty()) {
            let row: serde_json::Value = serde_json::from_str(line).unwrap();
            let question = row["question"].as_str().or_else(|| row["q"].as_str()).unwrap_or_default();
            let previous = row["prev"].as_str();
            assert_eq!(
                snapshot.answer_after(question, previous),
                fresh.answer_after(question, previous),
                "{set}: {question}"
            );
            asked += 1;
        }
    }
    assert!(asked > 1400, "only {asked} questions asked");
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(walk(&path));
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("md" | "toml" | "tsv")) {
            files.push(path);
        }
    }
    files
}
