//! A throwaway PostgreSQL server for the tests: a cluster in a temporary directory, on a free
//! port of 127.0.0.1, run as an unprivileged user (the Debian package's `postgres` user when
//! the tests run as root), stopped at the end.
//!
//! Where no PostgreSQL server binaries are installed, the PostgreSQL tests print one loud line
//! saying they were skipped, and pass. Under CI (`CI=true`) a missing PostgreSQL fails them
//! instead, so CI can never skip them silently.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Once, OnceLock};

/// The password of the test clusters' `citebot` user. Tests check it never shows.
pub const PASSWORD: &str = "pw-not-shown-7c1e";
const USER: &str = "citebot";

/// A running cluster. Dropping it stops it and removes its directory; a watchdog does the same
/// if the test process dies first.
pub struct Cluster {
    dir: PathBuf,
    bin: PathBuf,
    port: u16,
    run_as_postgres: bool,
}

/// The cluster shared by the tests of one test binary, started on first use.
pub fn shared() -> Option<&'static Cluster> {
    static SHARED: OnceLock<Option<Cluster>> = OnceLock::new();
    SHARED.get_or_init(Cluster::start).as_ref()
}

/// A fresh, empty database on the shared cluster: its URL (with the password), or `None`
/// (PostgreSQL skipped, said loudly once).
pub fn fresh_database(name: &str) -> Option<String> {
    let cluster = shared()?;
    Some(cluster.create_database(name))
}

impl Cluster {
    /// Starts a new cluster, or `None` if PostgreSQL is not installed (outside CI).
    pub fn start() -> Option<Cluster> {
        let bin = match server_binaries() {
            Some(bin) => bin,
            None => {
                skipped();
                return None;
            }
        };
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let dir = std::env::temp_dir().join(format!("citebot-pg-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("create the cluster's directory");
        let run_as_postgres = is_root();
        if run_as_postgres {
            let owned = Command::new("chown").args(["-R", "postgres:postgres"]).arg(&dir).status();
            assert!(owned.is_ok_and(|s| s.success()), "chown {} to postgres", dir.display());
        }
        let pwfile = dir.join("pwfile");
        std::fs::write(&pwfile, PASSWORD).expect("write the password file");
        if run_as_postgres {
            let _ = Command::new("chown").args(["postgres:postgres"]).arg(&pwfile).status();
        }
        let mut cluster = Cluster { dir, bin, port: 0, run_as_postgres };
        cluster.run(
            "initdb",
            &[
                "-D",
                &cluster.path("data"),
                "-U",
                USER,
                &format!("--pwfile={}", pwfile.display()),
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
        );
        cluster.port = free_port();
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off \
             -c full_page_writes=off -c max_connections=300",
            cluster.port,
            cluster.dir.display()
        );
        cluster
            .run("pg_ctl", &["-D", &cluster.path("data"), "-l", &cluster.path("log"), "-o", &options, "-w", "start"]);
        cluster.watchdog();
        Some(cluster)
    }

    /// `postgres://citebot:PASSWORD@127.0.0.1:PORT/<database>`.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://{USER}:{PASSWORD}@127.0.0.1:{}/{database}", self.port)
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// Creates a database named after `name` (made unique) and returns its URL.
    pub fn create_database(&self, name: &str) -> String {
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let n = NEXT.fetch_add(1, Ordering::SeqCst);
        let clean: String = name.chars().filter(|c| c.is_ascii_alphanumeric()).take(40).collect();
        let database = format!("t_{}_{n}_{}", clean.to_lowercase(), std::process::id());
        let url = self.url("postgres");
        let create = format!("CREATE DATABASE {database}");
        let psql = Some(self.bin.join("psql")).filter(|p| p.is_file()).unwrap_or_else(|| PathBuf::from("psql"));
        let status = Command::new(psql)
            .args(["-q", "-v", "ON_ERROR_STOP=1", &url, "-c", &create])
            .stdout(Stdio::null())
            .status()
            .expect("psql runs");
        assert!(status.success(), "{create} failed");
        self.url(&database)
    }

    /// Stops the server at once, as a crash or an operator would (`-m immediate`).
    pub fn stop(&self) {
        self.run("pg_ctl", &["-D", &self.path("data"), "-m", "immediate", "-w", "stop"]);
    }

    fn path(&self, name: &str) -> String {
        self.dir.join(name).display().to_string()
    }

    /// Runs a server binary as the cluster's user, failing the test with its log if it fails.
    fn run(&self, program: &str, args: &[&str]) {
        let program = self.bin.join(program);
        let mut command = if self.run_as_postgres {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(&program);
            c
        } else {
            Command::new(&program)
        };
        let output = command.args(args).current_dir(&self.dir).output().expect("a PostgreSQL binary runs");
        if !output.status.success() {
            let log = std::fs::read_to_string(self.dir.join("log")).unwrap_or_default();
            panic!(
                "{} {args:?} failed: {}\n{}\n{log}",
                program.display(),
                String::from_utf8_lossy(&output.stdout),
                String::from_utf8_lossy(&output.stderr)
            );
        }
    }

    /// A shell that stops the cluster and removes its directory once this process is gone.
    fn watchdog(&self) {
        let pg_ctl = self.bin.join("pg_ctl");
        let as_user = if self.run_as_postgres { "runuser -u postgres -- " } else { "" };
        let script = format!(
            "while kill -0 {pid} 2>/dev/null; do sleep 1; done; {as_user}{pg_ctl} -D {data} -m immediate stop >/dev/null 2>&1; rm -rf {dir}",
            pid = std::process::id(),
            pg_ctl = pg_ctl.display(),
            data = self.path("data"),
            dir = self.dir.display(),
        );
        let _ = Command::new("sh")
            .args(["-c", &script])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn();
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let pg_ctl = self.bin.join("pg_ctl");
        let data = self.path("data");
        let args = ["-D", data.as_str(), "-m", "immediate", "stop"];
        let _ = if self.run_as_postgres {
            Command::new("runuser").args(["-u", "postgres", "--"]).arg(&pg_ctl).args(args).output()
        } else {
            Command::new(&pg_ctl).args(args).output()
        };
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// Says, once per test binary, that PostgreSQL is not installed; under CI, fails instead.
fn skipped() {
    static ONCE: Once = Once::new();
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!(
            "CI=true but no PostgreSQL server binaries (initdb, pg_ctl) were found: the PostgreSQL tests cannot \
             be skipped in CI. Install PostgreSQL (apt-get install postgresql) or set PG_BIN."
        );
    }
    ONCE.call_once(|| {
        eprintln!(
            "\n==================== POSTGRESQL TESTS SKIPPED: no PostgreSQL server binaries (initdb, pg_ctl) \
             found; install PostgreSQL or set PG_BIN to run them ====================\n"
        );
    });
}

/// Where `initdb` and `pg_ctl` are: `PG_BIN`, else the newest /usr/lib/postgresql/*/bin,
/// else `pg_config --bindir`.
fn server_binaries() -> Option<PathBuf> {
    let has = |dir: &Path| dir.join("initdb").is_file() && dir.join("pg_ctl").is_file();
    if let Some(dir) = std::env::var_os("PG_BIN").map(PathBuf::from) {
        return has(&dir).then_some(dir);
    }
    let mut versions: Vec<(u32, PathBuf)> = std::fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| Some((e.file_name().to_str()?.parse().ok()?, e.path().join("bin"))))
        .filter(|(_, bin)| has(bin))
        .collect();
    versions.sort();
    if let Some((_, bin)) = versions.pop() {
        return Some(bin);
    }
    let output = Command::new("pg_config").arg("--bindir").output().ok()?;
    let dir = PathBuf::from(String::from_utf8_lossy(&output.stdout).trim());
    has(&dir).then_some(dir)
}

fn is_root() -> bool {
    Command::new("id").arg("-u").output().is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").and_then(|l| l.local_addr()).map(|a| a.port()).expect("a free port on 127.0.0.1")
}
