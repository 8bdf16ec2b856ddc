//! Bad databases and bad input, through the `citebot` binary: each gets one clear line naming
//! the database (never with a password), exit status 2, no panic, and changes nothing.

mod util;

use std::net::TcpListener;
use std::path::Path;

use util::storage::{Backend, Fresh};
use util::{citebot_unprivileged, citebot_with, scratch, stderr};

const PASSWORD: &str = "s3cret-never-shown";

fn env(data_dir: &Path) -> Vec<(String, String)> {
    vec![("DATA_DIR".into(), data_dir.display().to_string())]
}

/// Exit status 2 and one line on standard error, starting with `start`; returns the line.
fn one_line(output: &std::process::Output, start: &str) -> String {
    let err = stderr(output);
    assert_eq!(output.status.code(), Some(2), "{err}");
    assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    assert!(err.starts_with(start), "{err}");
    assert!(!err.contains("panicked") && !err.contains(PASSWORD), "{err}");
    err
}

fn closed_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

#[test]
fn an_unreachable_postgresql_is_one_line_without_the_password() {
    let data = scratch("pg-unreachable");
    let url = format!("postgres://citebot:{PASSWORD}@127.0.0.1:{}/citebot", closed_port());
    let mut vars = env(&data);
    vars.push(("DATABASE_URL".into(), url));
    let out = citebot_with(&["kb", "--guild", "1", "list"], "", &vars);
    let line = one_line(&out, "citebot: cannot connect to PostgreSQL at postgres://citebot:***@127.0.0.1:");
    assert!(line.contains("refused"), "{line}");

    // The bot too, before it connects to Discord.
    vars.push(("DISCORD_TOKEN".into(), "a-token".into()));
    vars.push(("DISCORD_PROXY_URL".into(), format!("http://127.0.0.1:{}", closed_port())));
    vars.push(("RUST_LOG".into(), "off".into()));
    let out = citebot_with(&["serve"], "", &vars);
    one_line(&out, "citebot: cannot connect to PostgreSQL at postgres://citebot:***@127.0.0.1:");

    // A URL that is not PostgreSQL's.
    let vars = vec![("DATABASE_URL".into(), format!("mysql://bot:{PASSWORD}@db/x"))];
    let out = citebot_with(&["kb", "--guild", "1", "list"], "", &vars);
    one_line(&out, "citebot: DATABASE_URL is invalid: mysql://bot:***@db/x is not a postgres:// URL");
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_file_that_is_not_a_database_is_one_line_and_left_alone() {
    let data = scratch("not-a-db");
    let file = data.join("citebot.db");
    std::fs::write(&file, "these are notes, not a database\n".repeat(200)).unwrap();
    for args in [&["kb", "--guild", "1", "list"][..], &["ask", "--guild", "1", "who took sirte?"], &["db", "check"]] {
        let out = citebot_with(args, "", &env(&data));
        one_line(&out, &format!("citebot: {} is not a SQLite database", file.display()));
    }
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "these are notes, not a database\n".repeat(200));
    // Without a database, `ask` still answers from the shipped knowledge.
    let out = citebot_with(&["ask", "When does the ceasefire start?"], "", &env(&data));
    assert!(out.status.success());
    let _ = std::fs::remove_dir_all(data);
}

#[test]
fn a_read_only_or_unreadable_database_is_an_error_naming_it() {
    let data = scratch("read-only");
    let file = data.join("citebot.db");
    let add = [
        "kb",
        "--guild",
        "1",
        "add",
        "--question",
        "Q?",
        "--answer",
        "The brigade was set up.",
        "--quote",
        "The 604 Brigade was created",
    ];
    assert!(citebot_with(&add, "", &env(&data)).status.success());
    // Readable, not writable: the database and its directory.
    set_mode(&file, 0o444);
    set_mode(&data, 0o555);
    let Some(out) = citebot_unprivileged(&["kb", "--guild", "1", "list"], &env(&data)) else {
        set_mode(&data, 0o755);
        return;
    };
    one_line(&out, &format!("citebot: {} is read-only", file.display()));

    // Not even readable: every command that needs it says which file, and none answers as if
    // the server were empty.
    set_mode(&file, 0o000);
    for args in [
        &["kb", "--guild", "1", "list"][..],
        &["kb", "--guild", "1", "show", "--id", "q"],
        &["ask", "--guild", "1", "Q?"],
    ] {
        let out = citebot_unprivileged(args, &env(&data)).unwrap();
        let line = one_line(&out, "citebot: ");
        assert!(line.contains(&file.display().to_string()), "{args:?}: {line}");
    }
    set_mode(&data, 0o755);
    let _ = std::fs::remove_dir_all(data);
}

fn add_args(question: &str) -> Vec<&str> {
    vec![
        "kb",
        "--guild",
        "1",
        "add",
        "--question",
        question,
        "--answer",
        "The brigade was set up.",
        "--quote",
        "The 604 Brigade was created",
    ]
}

/// The files SQLite keeps beside a WAL database while it is open.
fn log_files(data: &Path) -> Vec<String> {
    ["citebot.db-wal", "citebot.db-shm"].into_iter().filter(|f| data.join(f).exists()).map(String::from).collect()
}

/// Every command closes the database before it exits, so that the next process finds it as
/// the last one left it: the log checkpointed into the file, and no `-wal` or `-shm` beside it.
#[test]
fn no_command_leaves_the_log_beside_the_database() {
    let data = scratch("no-log-left");
    for question in ["First?", "Second?", "Third?", "Fourth?"] {
        let out = citebot_with(&add_args(question), "", &env(&data));
        assert!(out.status.success(), "{}", stderr(&out));
        assert_eq!(log_files(&data), Vec::<String>::new(), "after kb add {question}");
        for args in [&["ask", "--guild", "1", "Who created the brigade?"][..], &["kb", "--guild", "1", "list"]] {
            let out = citebot_with(args, "", &env(&data));
            assert!(out.status.success(), "{args:?}: {}", stderr(&out));
            assert_eq!(log_files(&data), Vec::<String>::new(), "after {args:?}");
        }
    }
    let _ = std::fs::remove_dir_all(data);
}

/// With the log files beside it (a process still has it open, or was killed), a read-only
/// database can be read without creating anything: it is still refused as read-only.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_read_only_database_with_its_log_beside_it_is_still_read_only() {
    let data = scratch("read-only-log");
    let file = data.join("citebot.db");
    assert!(citebot_with(&add_args("Q?"), "", &env(&data)).status.success());
    // Another process with the database open and a change in its log.
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display())).await.unwrap();
    sqlx::query("UPDATE entries SET answer = answer").execute(&raw).await.unwrap();
    assert_eq!(log_files(&data).len(), 2, "the log files are there");
    set_mode(&file, 0o444);
    set_mode(&data, 0o555);
    let out = citebot_unprivileged(&["kb", "--guild", "1", "list"], &env(&data));
    set_mode(&data, 0o755);
    set_mode(&file, 0o644);
    raw.close().await;
    if let Some(out) = out {
        one_line(&out, &format!("citebot: {} is read-only", file.display()));
    }
    let _ = std::fs::remove_dir_all(data);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_schema_newer_than_the_binary_is_refused_and_left_alone() {
    let fresh = Fresh::new(Backend::Sqlite, "newer-schema").unwrap();
    fresh.open().await.close().await;
    let file = fresh.data_dir().join("citebot.db");
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display())).await.unwrap();
    sqlx::query(
        "INSERT INTO _sqlx_migrations (version, description, success, checksum, execution_time) \
         VALUES (9999, 'from the future', 1, x'00', 0)",
    )
    .execute(&raw)
    .await
    .unwrap();
    // The whole database in its file before comparing it: sqlx's close can leave this pool's
    // connection open (launchbadge/sqlx#3217), the row then still in the log, for citebot's
    // close to checkpoint into the file.
    sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)").execute(&raw).await.unwrap();
    raw.close().await;
    let before = std::fs::read(&file).unwrap();
    for args in [&["kb", "--guild", "1", "list"][..], &["db", "check"]] {
        let out = citebot_with(args, "", &fresh.env());
        let line = one_line(&out, &format!("citebot: the database {} has schema version 9999", file.display()));
        assert!(line.contains("newer than this citebot knows (3)") && line.contains("upgrade citebot"), "{line}");
    }
    assert_eq!(std::fs::read(&file).unwrap(), before, "nothing was changed");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_postgresql_database_is_checked_and_its_password_never_shown() {
    let Some(fresh) = Fresh::new(Backend::Postgres, "pg-check") else { return };
    let out = citebot_with(&["db", "check"], "", &fresh.env());
    let text = util::stdout(&out);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        text.contains("(PostgreSQL)") && text.contains("schema: version 3 (up to date") && text.ends_with("healthy\n"),
        "{text}"
    );
    assert!(!text.contains(util::postgres::PASSWORD) && text.contains(":***@127.0.0.1"), "{text}");
    // A wrong password is refused by the server, and said so without the password.
    let url = fresh.settings.database_url.clone().unwrap().replace(util::postgres::PASSWORD, PASSWORD);
    let out = citebot_with(&["kb", "--guild", "1", "list"], "", &[("DATABASE_URL".into(), url)]);
    let line = one_line(&out, "citebot: cannot connect to PostgreSQL at postgres://citebot:***@127.0.0.1:");
    assert!(line.contains("password authentication failed"), "{line}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_change_whose_audit_record_cannot_be_written_is_not_saved() {
    let fresh = Fresh::new(Backend::Sqlite, "audit-fails").unwrap();
    fresh.open().await.close().await;
    let file = fresh.data_dir().join("citebot.db");
    let raw = sqlx::SqlitePool::connect(&format!("sqlite://{}", file.display())).await.unwrap();
    // What an unwritable audit log was for the file store: the record cannot be written.
    sqlx::query(
        "CREATE TRIGGER no_audit BEFORE INSERT ON audit BEGIN SELECT RAISE(ABORT, 'the audit log is full'); END",
    )
    .execute(&raw)
    .await
    .unwrap();
    let add = [
        "kb",
        "--guild",
        "5",
        "add",
        "--question",
        "Third?",
        "--answer",
        "The brigade was set up.",
        "--quote",
        "The 604 Brigade was created",
    ];
    let out = citebot_with(&add, "", &fresh.env());
    let line = one_line(&out, &format!("citebot: the database {} cannot be used", file.display()));
    assert!(line.contains("the audit log is full"), "{line}");
    let entries: (i64,) = sqlx::query_as("SELECT COUNT(*) FROM entries").fetch_one(&raw).await.unwrap();
    assert_eq!(entries.0, 0, "the change was not saved without its record");
    // Once the log can be written again, a retry saves it once, with its record.
    sqlx::query("DROP TRIGGER no_audit").execute(&raw).await.unwrap();
    raw.close().await;
    assert!(citebot_with(&add, "", &fresh.env()).status.success());
    let list = util::stdout(&citebot_with(&["kb", "--guild", "5", "list"], "", &fresh.env()));
    assert_eq!(list.lines().filter(|l| l.starts_with("server ")).count(), 1, "{list}");
    let log = util::stdout(&citebot_with(&["kb", "--guild", "5", "log"], "", &fresh.env()));
    assert_eq!(log.lines().count(), 1, "{log}");
}

fn set_mode(path: &Path, mode: u32) {
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}
