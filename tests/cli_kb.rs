//! `citebot kb` and `citebot db` through the binary: what the storage issue's new user found
//! (server id 0, duplicates, a server's entry losing to a shipped one, no undo), export and
//! import as files, the import of the old file layout, and `db check`.

mod util;

use std::path::Path;

use util::{citebot_with, data_file, scratch, stderr, stdout};

const QUOTE: &str = "The 604 Brigade was created in Tripoli in 2015 after Daesh took Sirte.";

fn kb(data: &Path, args: &[&str]) -> std::process::Output {
    let vars = vec![("DATA_DIR".to_owned(), data.display().to_string())];
    citebot_with(&[&["kb", "--by", "tester"], args].concat(), "", &vars)
}

fn add(data: &Path, guild: &str, question: &str) -> std::process::Output {
    kb(
        data,
        &[
            "--guild",
            guild,
            "add",
            "--question",
            question,
            "--answer",
            "The brigade was founded in Tripoli.",
            "--quote",
            QUOTE,
        ],
    )
}

#[test]
fn server_id_zero_and_words_are_refused_and_nothing_is_created() {
    let data = scratch("cli-zero");
    for guild in ["0", "00", "abc"] {
        let out = add(&data, guild, "Who founded the brigade?");
        assert_eq!(out.status.code(), Some(2), "{guild}: {}", stderr(&out));
        assert!(stderr(&out).contains("is not a server id"), "{}", stderr(&out));
    }
    assert!(!data.join("citebot.db").exists(), "refused before the database was even opened");
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn duplicates_are_refused_and_shadowed_questions_are_warned_about() {
    let data = scratch("cli-duplicates");
    assert!(add(&data, "42", "Who founded the brigade?").status.success());
    let again = add(&data, "42", "who FOUNDED the brigade");
    assert_eq!(again.status.code(), Some(1));
    assert_eq!(
        stderr(&again).trim(),
        "refused: entry \u{201C}founded-brigade\u{201D} already has the question \u{201C}who FOUNDED the brigade\u{201D}"
    );

    // The exact question of a shipped entry: saved, with the same warning Discord gives.
    let out = add(&data, "42", "When does the ceasefire start?");
    assert!(out.status.success(), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(text.starts_with("add ceasefire-start in server, by tester (command line)\n"), "{text}");
    assert!(text.contains("warning: saved, but asking \u{201C}When does the ceasefire start?\u{201D} gets \u{201C}ceasefire-date\u{201D}, a closer match"), "{text}");
    // An alias that cannot win is reported too.
    let out = kb(&data, &["--guild", "42", "alias", "--id", "founded-brigade", "--question", "Who is Vladimir Putin?"]);
    assert!(
        stdout(&out)
            .contains("warning: saved, but asking \u{201C}Who is Vladimir Putin?\u{201D} gets \u{201C}putin\u{201D}"),
        "{}",
        stdout(&out)
    );
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn hiding_and_aliasing_can_be_undone() {
    let data = scratch("cli-undo");
    let ask = |q: &str| -> String {
        let vars = vec![("DATA_DIR".to_owned(), data.display().to_string())];
        let out = citebot_with(&["ask", "--json", "--guild", "42", q], "", &vars);
        let reply: serde_json::Value = serde_json::from_str(stdout(&out).trim()).unwrap();
        reply["entry"].as_str().unwrap_or_default().to_owned()
    };
    assert_eq!(ask("who wrote the article"), "article-author");
    assert!(
        stdout(&kb(&data, &["--guild", "42", "remove", "--id", "article-author"])).starts_with("hide article-author")
    );
    assert_ne!(ask("who wrote the article"), "article-author");
    assert!(
        stdout(&kb(&data, &["--guild", "42", "unhide", "--id", "article-author"])).starts_with("unhide article-author")
    );
    assert_eq!(ask("who wrote the article"), "article-author");
    let out = kb(&data, &["--guild", "42", "unhide", "--id", "article-author"]);
    assert_eq!(
        stderr(&out).trim(),
        "refused: the shipped entry \u{201C}article-author\u{201D} is not hidden in this server"
    );

    let out =
        kb(&data, &["--guild", "42", "alias", "--id", "ceasefire-date", "--question", "When do the guns go quiet?"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stdout(&kb(&data, &["--guild", "42", "show", "--id", "ceasefire-date"])).contains("When do the guns go quiet?")
    );
    let out =
        kb(&data, &["--guild", "42", "unalias", "--id", "ceasefire-date", "--question", "when do the guns go quiet"]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(!stdout(&kb(&data, &["--guild", "42", "show", "--id", "ceasefire-date"])).contains("guns go quiet"));
    let log = stdout(&kb(&data, &["--guild", "42", "log"]));
    // Each line: date, time, UTC offset, action, entry, "by" who.
    let actions: Vec<&str> = log.lines().map(|l| l.split_whitespace().nth(3).unwrap()).collect();
    assert_eq!(actions, ["unalias", "alias", "unhide", "hide"], "{log}");
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn export_then_import_round_trips_through_files() {
    let data = scratch("cli-export");
    assert!(add(&data, "42", "Who founded the brigade?").status.success());
    let out = kb(
        &data,
        &["--guild", "42", "alias", "--id", "founded-brigade", "--question", "Where was the brigade set up?"],
    );
    assert!(out.status.success());
    let file = data.join("export.toml");
    let out = kb(&data, &["--guild", "42", "export", "--output", file.to_str().unwrap()]);
    assert!(out.status.success() && stderr(&out).contains("exported 1 entries of server 42"), "{}", stderr(&out));
    let exported = std::fs::read_to_string(&file).unwrap();
    assert!(
        exported.contains("[[entry]]\nid = \"founded-brigade\"") && exported.contains("Where was the brigade set up?")
    );
    // The same format as the shipped knowledge: `check` reads it as an entries file.
    assert_eq!(stdout(&kb(&data, &["--guild", "42", "export"])), exported, "standard output by default");

    let out = kb(&data, &["--guild", "43", "import", file.to_str().unwrap()]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert_eq!(stdout(&out), "imported 1 entries into server 43\n");
    let copy = stdout(&kb(&data, &["--guild", "43", "export"]));
    assert_eq!(copy.replace("server 43", "server 42"), exported);
    // All or none: importing it again is refused and adds nothing.
    let out = kb(&data, &["--guild", "43", "import", file.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("already has an entry with the id \u{201C}founded-brigade\u{201D}"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stdout(&kb(&data, &["--guild", "43", "log"])).lines().count(), 1);
    let out = kb(&data, &["--guild", "43", "import", "/nonexistent/file.toml"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).starts_with("citebot: cannot read /nonexistent/file.toml"), "{}", stderr(&out));
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn the_old_file_layout_is_imported_at_first_use_and_db_check_reports_it() {
    let data = scratch("cli-legacy");
    let status = std::process::Command::new("cp").arg("-r").arg(data_file("legacy/guilds")).arg(&data).status();
    assert!(status.is_ok_and(|s| s.success()));
    let vars = vec![("DATA_DIR".to_owned(), data.display().to_string())];
    let out = citebot_with(&["db", "check"], "", &vars);
    let err = stderr(&out);
    assert!(
        err.contains("citebot: imported ") && err.contains("123456789012345678: 3 entries, 2 added questions"),
        "{err}"
    );
    assert!(err.contains("not imported ") && err.contains("entries.toml:5"), "{err}");
    let text = stdout(&out);
    assert!(out.status.success(), "{err}");
    assert!(text.contains("schema: version 3 (up to date; this citebot knows 3)\nintegrity: ok\n"), "{text}");
    assert!(
        text.contains("own entries 3") && text.contains("imported servers 1") && text.ends_with("healthy\n"),
        "{text}"
    );
    // Once: the second run imports nothing again.
    let out = citebot_with(&["kb", "--guild", "123456789012345678", "list"], "", &vars);
    assert!(!stderr(&out).contains("citebot: imported"), "{}", stderr(&out));
    assert!(stdout(&out).contains("server   oil-crescent-2"), "{}", stdout(&out));
    let _ = std::fs::remove_dir_all(data);
}

/// `ask --guild` and `kb add` build the server's engine over an analysed snapshot kept in the
/// database: its answers are the ones a fresh analysis gives, whether the snapshot is current,
/// older than the server, or gone.
#[test]
fn answers_are_the_same_whether_the_kept_snapshot_is_current_stale_or_gone() {
    let data = scratch("cli-snapshot");
    let vars = vec![("DATA_DIR".to_owned(), data.display().to_string())];
    let questions = [
        "Who founded the brigade?",
        "Who founded the 604 Brigade after Daesh?",
        "When does the ceasefire start?",
        "who fonded the brigade",
        "How many members does the Ferjan tribe have?",
    ];
    let answers = || -> Vec<String> {
        let out = citebot_with(&["ask", "--json", "--guild", "42"], &questions.join("\n"), &vars);
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out).lines().map(str::to_owned).collect()
    };
    let snapshots = |sql: &str| -> i64 {
        let url = format!("sqlite://{}", data.join("citebot.db").display());
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
        runtime.block_on(async {
            let pool = sqlx::SqlitePool::connect(&url).await.unwrap();
            let (n,): (i64,) = sqlx::query_as("SELECT COUNT(*) FROM engine_snapshots").fetch_one(&pool).await.unwrap();
            if !sql.is_empty() {
                sqlx::query(sql).execute(&pool).await.unwrap();
            }
            pool.close().await;
            n
        })
    };

    assert!(add(&data, "42", "Who founded the brigade?").status.success());
    assert_eq!(snapshots(""), 1, "the first analysis of the server is kept");
    let current = answers();
    assert!(current[0].contains("\"entry\":\"founded-brigade\""), "{}", current[0]);

    // A change: the kept snapshot is older than the server; the new entry answers all the same.
    let question = "Who founded the 604 Brigade after Daesh?";
    let answer = "The brigade was founded in Tripoli after Daesh took Sirte.";
    let out = kb(
        &data,
        &["--guild", "42", "add", "--id", "after-daesh", "--question", question, "--answer", answer, "--quote", QUOTE],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    let stale = answers();
    assert!(stale[1].contains("\"entry\":\"after-daesh\""), "{}", stale[1]);

    // Gone: a fresh analysis of everything gives the same answers, and is kept again.
    assert_eq!(snapshots("DELETE FROM engine_snapshots"), 1);
    assert_eq!(answers(), stale);
    assert_eq!(snapshots(""), 1);
    assert_eq!(answers(), stale, "from the snapshot taken at the server's version");
    assert_eq!(stale[2], current[2], "the shipped entries answer as before");
    let _ = std::fs::remove_dir_all(data);
}
