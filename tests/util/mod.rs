//! Helpers shared by the integration tests: the shipped knowledge base, a
//! scratch knowledge directory, and the `citebot` binary.

#![allow(dead_code)]

pub mod postgres;
pub mod storage;

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::{Arc, OnceLock};

use citebot::engine::Engine;
use citebot::knowledge::KnowledgeBase;

pub fn knowledge_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("knowledge")
}

pub fn data_file(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data").join(name)
}

/// The shipped knowledge base, loaded once per test binary.
pub fn kb() -> &'static KnowledgeBase {
    static KB: OnceLock<KnowledgeBase> = OnceLock::new();
    KB.get_or_init(|| KnowledgeBase::load(&knowledge_dir()).expect("the shipped knowledge base loads"))
}

/// The engine over the shipped knowledge base, built once per test binary.
pub fn engine() -> Arc<Engine> {
    static ENGINE: OnceLock<Arc<Engine>> = OnceLock::new();
    Arc::clone(ENGINE.get_or_init(|| Arc::new(Engine::new(kb()))))
}

/// A fresh, empty directory under the system temp dir, unique to this call.
pub fn scratch(name: &str) -> PathBuf {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    let dir = std::env::temp_dir().join(format!("citebot-{name}-{}-{nanos}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A knowledge directory in a fresh temporary folder: the shipped article
/// and lexicon, and the given entry files.
pub struct ScratchKnowledge {
    pub dir: PathBuf,
}

impl ScratchKnowledge {
    pub fn new(name: &str, entries: &[(&str, &str)]) -> ScratchKnowledge {
        let dir = std::env::temp_dir().join(format!("citebot-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("entries")).unwrap();
        for file in ["article.md", "lexicon.toml"] {
            std::fs::copy(knowledge_dir().join(file), dir.join(file)).unwrap();
        }
        for (file, text) in entries {
            std::fs::write(dir.join("entries").join(file), text).unwrap();
        }
        ScratchKnowledge { dir }
    }

    pub fn path(&self, relative: &str) -> String {
        self.dir.join(relative).display().to_string()
    }
}

impl Drop for ScratchKnowledge {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Runs the `citebot` binary with the shipped knowledge base and `stdin`.
pub fn citebot(args: &[&str], stdin: &str) -> Output {
    citebot_with(args, stdin, &[])
}

/// [`citebot`] with more environment variables (`DATA_DIR`, `DATABASE_URL`…).
pub fn citebot_with(args: &[&str], stdin: &str, env: &[(String, String)]) -> Output {
    run_citebot(Command::new(env!("CARGO_BIN_EXE_citebot")), args, stdin, env)
}

/// [`citebot_with`] as the unprivileged user `nobody` when the tests run as root (for what root
/// would be allowed to do anyway, such as writing a read-only file); `None` if that user or
/// `runuser` is missing.
pub fn citebot_unprivileged(args: &[&str], env: &[(String, String)]) -> Option<Output> {
    let root = Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0");
    if !root {
        return Some(citebot_with(args, "", env));
    }
    let available = Command::new("runuser").args(["-u", "nobody", "--", "true"]).status().is_ok_and(|s| s.success());
    if !available {
        eprintln!("runuser -u nobody is not available: a test of permissions was skipped");
        return None;
    }
    let mut command = Command::new("runuser");
    command.args(["-u", "nobody", "--", env!("CARGO_BIN_EXE_citebot")]);
    Some(run_citebot(command, args, "", env))
}

fn run_citebot(mut command: Command, args: &[&str], stdin: &str, env: &[(String, String)]) -> Output {
    use std::io::Write;
    let mut child = command
        .args(args)
        .env("KNOWLEDGE_DIR", knowledge_dir())
        .env_remove("DISCORD_TOKEN")
        .env_remove("DATABASE_URL")
        .env_remove("DATA_DIR")
        .envs(env.iter().map(|(k, v)| (k, v)))
        .current_dir(std::env::temp_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("citebot runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}
