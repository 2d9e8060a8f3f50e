//! Helpers shared by the integration tests: every test runs the real binary with a cleared
//! environment, a temporary HOME, a temporary database, a fixed clock and a piped stdin.

#![allow(dead_code)] // each test crate uses a different subset of the helpers

use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use serde_json::Value;
use tempfile::TempDir;

pub mod backend;

/// The fixed clock of every test, unless a test moves it.
pub const NOW: &str = "2027-01-01T00:00:00Z";

pub const OP_ADMIN: &str = "admin@operator.example";
pub const OP_PASS: &str = "operator-pass-1";

pub const CONTOSO: &str = "contoso.example";
pub const CONTOSO_ADMIN: &str = "admin@contoso.example";
pub const CONTOSO_PASS: &str = "contoso-pass-1";

/// The outcome of one run of the binary.
#[derive(Debug)]
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
    args: String,
}

impl Run {
    /// Asserts the exit code and returns the run for more checks.
    #[track_caller]
    pub fn expect(self, code: i32) -> Run {
        assert_eq!(
            self.code, code,
            "`partnerctl {}` exited {} (wanted {code})\nstdout:\n{}\nstderr:\n{}",
            self.args, self.code, self.stdout, self.stderr
        );
        self
    }

    #[track_caller]
    pub fn ok(self) -> Run {
        self.expect(0)
    }

    /// stdout as one JSON document.
    #[track_caller]
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| {
            panic!(
                "`partnerctl {}`: stdout is not JSON ({e}):\n{}",
                self.args, self.stdout
            )
        })
    }

    /// The `{"error": {...}}` object of a `-o json` failure, after checking that stderr also
    /// holds the one `error: ...` line for people.
    #[track_caller]
    pub fn error(&self) -> Value {
        let mut lines = self.stderr.lines();
        let first = lines.next().unwrap_or_default();
        assert!(
            first.starts_with("error: "),
            "`partnerctl {}`: stderr does not open with an `error:` line:\n{}",
            self.args,
            self.stderr
        );
        let obj = self
            .stderr
            .lines()
            .find_map(|l| serde_json::from_str::<Value>(l).ok())
            .unwrap_or_else(|| {
                panic!(
                    "`partnerctl {}`: no JSON error object on stderr:\n{}",
                    self.args, self.stderr
                )
            });
        obj["error"].clone()
    }

    /// Asserts a `-o json` failure with this exit code and error code; returns the error object.
    #[track_caller]
    pub fn fails(self, code: i32, error_code: &str) -> Value {
        let run = self.expect(code);
        let e = run.error();
        assert_eq!(e["code"], error_code, "stderr:\n{}", run.stderr);
        assert!(
            e["message"].as_str().is_some_and(|m| !m.is_empty()),
            "empty error message: {e}"
        );
        assert!(
            run.stdout.is_empty(),
            "a failure printed data on stdout: {}",
            run.stdout
        );
        e
    }
}

/// One test's world: a temporary HOME and a database path inside it.
pub struct Env {
    dir: TempDir,
    /// The SQLite file (on PostgreSQL, unused unless a test makes a file store of its own).
    pub db: PathBuf,
    /// This test's database on the private server, when the suite runs on PostgreSQL.
    pub pg: Option<backend::PgDb>,
    pub now: String,
}

impl Env {
    /// A fresh HOME with no database yet.
    pub fn new() -> Env {
        let dir = tempfile::Builder::new()
            .prefix("partnerctl-it-")
            .tempdir()
            .expect("temp dir");
        let db = dir.path().join("data").join("test.db");
        Env {
            dir,
            db,
            pg: backend::pg_base().map(backend::PgDb::create),
            now: NOW.to_string(),
        }
    }

    /// A test database made by `init --test-clock` (its clock is `now`), signed in as the
    /// operator's admin.
    pub fn init() -> Env {
        let env = Env::new();
        env.run_in(
            &["init", "--test-clock", "--password-stdin"],
            &format!("{OP_PASS}\n"),
        )
        .ok();
        env
    }

    /// A real database: made by `init` without `--test-clock`, so only the system clock counts.
    /// `now` is empty, so runs leave `PARTNERCTL_NOW` unset unless a test sets it.
    pub fn real() -> Env {
        let mut env = Env::new();
        env.now = String::new();
        env.run_in(&["init", "--password-stdin"], &format!("{OP_PASS}\n"))
            .ok();
        env
    }

    /// `init` plus a customer tenant contoso.example with a global admin that can sign in;
    /// the operator's admin stays signed in.
    pub fn with_contoso() -> Env {
        let env = Env::init();
        env.run_in(
            &[
                "tenants",
                "create",
                "Contoso Ltd",
                "--domain",
                CONTOSO,
                "--admin",
                CONTOSO_ADMIN,
                "--admin-password-stdin",
            ],
            &format!("{CONTOSO_PASS}\n"),
        )
        .ok();
        env
    }

    pub fn home(&self) -> &Path {
        self.dir.path()
    }

    pub fn sessions_dir(&self) -> PathBuf {
        self.home().join(".local/state/partnerctl/sessions")
    }

    /// The files in the session directory (empty when it does not exist).
    pub fn session_files(&self) -> Vec<PathBuf> {
        match fs::read_dir(self.sessions_dir()) {
            Ok(rd) => {
                let mut v: Vec<PathBuf> = rd.map(|e| e.expect("dir entry").path()).collect();
                v.sort();
                v
            }
            Err(_) => Vec::new(),
        }
    }

    /// The binary with only HOME, PATH, PARTNERCTL_DB and PARTNERCTL_NOW set (an empty
    /// PARTNERCTL_NOW is as good as unset).
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::cargo_bin("partnerctl").expect("the partnerctl binary");
        let db = match &self.pg {
            Some(pg) if owner_command(args) => pg.owner_url.clone().into(),
            Some(pg) => pg.app_url.clone().into(),
            None => self.db.clone().into_os_string(),
        };
        c.env_clear()
            .env("HOME", self.home())
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("PARTNERCTL_DB", db)
            .env("PARTNERCTL_NOW", &self.now)
            .current_dir(self.home())
            .args(args);
        c
    }

    /// Runs with extra environment variables and `stdin` on a pipe.
    pub fn run_with(&self, args: &[&str], stdin: &str, envs: &[(&str, &str)]) -> Run {
        let mut c = self.cmd(args);
        for (k, v) in envs {
            c.env(k, v);
        }
        let run = exec(c, stdin, args);
        if self.pg.is_some() && owner_command(args) && !args.contains(&"--db") && run.code == 0 {
            self.grant_app_role();
        }
        run
    }

    /// On PostgreSQL, after the owner made or changed the schema: the app role may use it.
    fn grant_app_role(&self) {
        let args = ["db", "grant", backend::APP_ROLE];
        exec(self.cmd(&args), "", &args).ok();
    }

    /// What `--db` names for this test's store: the file, or (PostgreSQL) the app role's URL.
    pub fn db_arg(&self) -> String {
        match &self.pg {
            Some(pg) => pg.app_url.clone(),
            None => self.db.display().to_string(),
        }
    }

    /// Runs statements on the store directly, as whoever holds the file or the owner's
    /// credentials (SPEC §7): tampering, or a state no command makes.
    pub fn sql(&self, sql: &str) {
        match &self.pg {
            Some(pg) => pg.exec(sql),
            None => rusqlite::Connection::open(&self.db)
                .expect("open the database")
                .execute_batch(sql)
                .unwrap_or_else(|e| panic!("{sql}: {e}")),
        }
    }

    /// The rows of a query on the store, each value as text (`NULL` for null).
    pub fn query(&self, sql: &str) -> Vec<Vec<String>> {
        match &self.pg {
            Some(pg) => pg.query(sql),
            None => {
                let conn = ro(&self.db);
                let mut st = conn.prepare(sql).unwrap_or_else(|e| panic!("{sql}: {e}"));
                let n = st.column_count();
                st.query_map([], |r| {
                    (0..n)
                        .map(|i| {
                            Ok(match r.get::<_, rusqlite::types::Value>(i)? {
                                rusqlite::types::Value::Null => "NULL".to_string(),
                                rusqlite::types::Value::Integer(n) => n.to_string(),
                                rusqlite::types::Value::Real(x) => x.to_string(),
                                rusqlite::types::Value::Text(t) => t,
                                rusqlite::types::Value::Blob(b) => format!("{b:?}"),
                            })
                        })
                        .collect()
                })
                .expect("rows")
                .collect::<rusqlite::Result<_>>()
                .expect("rows")
            }
        }
    }

    /// `s` with what differs from run to run in where the store is: the temporary HOME
    /// becomes `[home]`, and this test's PostgreSQL URLs become the SQLite path they stand
    /// for, so outputs compare equal on both backends.
    pub fn redact_location(&self, s: &str) -> String {
        redact_with(s, &self.location_subs())
    }

    /// The replacements `redact_location` makes, in order.
    pub fn location_subs(&self) -> Vec<(String, String)> {
        let mut subs = Vec::new();
        if let Some(pg) = &self.pg {
            for url in [&pg.owner_url, &pg.app_url] {
                subs.push((url.clone(), self.db.display().to_string()));
            }
        }
        subs.push((self.home().display().to_string(), "[home]".to_string()));
        subs
    }

    /// The first column of the first row of a query, as text.
    #[track_caller]
    pub fn scalar(&self, sql: &str) -> String {
        self.query(sql)
            .into_iter()
            .next()
            .and_then(|r| r.into_iter().next())
            .unwrap_or_else(|| panic!("{sql}: no row"))
    }

    /// Runs with `stdin` on a pipe.
    pub fn run_in(&self, args: &[&str], stdin: &str) -> Run {
        self.run_with(args, stdin, &[])
    }

    /// Runs with an empty stdin pipe.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_in(args, "")
    }

    /// Runs as the holder of `token` (PARTNERCTL_TOKEN).
    pub fn run_as(&self, token: &str, args: &[&str]) -> Run {
        self.run_with(args, "", &[("PARTNERCTL_TOKEN", token)])
    }

    /// Runs with `-o json`, expects success and returns stdout as JSON.
    #[track_caller]
    pub fn json(&self, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        self.run(&a).ok().json()
    }

    /// Signs in with `--print-token` and returns the token (no session file is written).
    #[track_caller]
    pub fn token(&self, upn: &str, password: &str) -> String {
        let r = self
            .run_in(
                &["login", upn, "--password-stdin", "--print-token"],
                &format!("{password}\n"),
            )
            .ok();
        let t = r.stdout.trim().to_string();
        assert_eq!(
            t.lines().count(),
            1,
            "--print-token printed more than the token"
        );
        assert!(!t.is_empty());
        t
    }

    /// Signs in through the session file.
    #[track_caller]
    pub fn login(&self, upn: &str, password: &str) {
        self.run_in(
            &["login", upn, "--password-stdin"],
            &format!("{password}\n"),
        )
        .ok();
    }

    /// Adds a user with a password (signed-in user's rights, `extra` flags appended).
    #[track_caller]
    pub fn add_user(&self, upn: &str, password: &str, extra: &[&str]) {
        let mut a = vec!["users", "add", upn, "--password-stdin"];
        a.extend(extra);
        self.run_in(&a, &format!("{password}\n")).ok();
    }

    /// Adds a user with a password as the holder of `token` (`extra` flags appended).
    #[track_caller]
    pub fn add_user_as(&self, token: &str, upn: &str, password: &str, extra: &[&str]) {
        let mut a = vec!["users", "add", upn, "--password-stdin"];
        a.extend(extra);
        self.run_with(&a, &format!("{password}\n"), &[("PARTNERCTL_TOKEN", token)])
            .ok();
    }

    /// The UPNs of a tenant's users as the signed-in user sees them.
    #[track_caller]
    pub fn upns(&self, tenant: &str) -> Vec<String> {
        self.json(&["users", "list", "--tenant", tenant])
            .as_array()
            .expect("users list is an array")
            .iter()
            .map(|u| u["upn"].as_str().expect("upn").to_string())
            .collect()
    }

    /// The UPNs of a tenant's users as the holder of `token` sees them.
    #[track_caller]
    pub fn upns_as(&self, token: &str, tenant: &str) -> Vec<String> {
        self.run_as(token, &["users", "list", "--tenant", tenant, "-o", "json"])
            .ok()
            .json()
            .as_array()
            .expect("users list is an array")
            .iter()
            .map(|u| u["upn"].as_str().expect("upn").to_string())
            .collect()
    }

    /// The exact bytes of the database: the main file (if any), and the content of a `-wal`
    /// file if one was left behind. Taken only between runs, once the process has exited (SQLite
    /// checkpoints and removes the WAL when the last connection closes).
    pub fn bytes(&self) -> FileBytes {
        if let Some(pg) = &self.pg {
            // A server keeps no file of ours: every row of every table stands for the bytes.
            return FileBytes {
                main: Some(format!("{:?}", pg.dump(&[])).into_bytes()),
                wal: Vec::new(),
            };
        }
        let wal = {
            let mut p = self.db.as_os_str().to_owned();
            p.push("-wal");
            fs::read(PathBuf::from(p)).unwrap_or_default()
        };
        FileBytes {
            main: fs::read(&self.db).ok(),
            wal,
        }
    }

    /// Every row of every table but `audit` (which records denied attempts too), read through
    /// SQLite: the logical state a failed command must leave as it was.
    pub fn state(&self) -> BTreeMap<String, Vec<Vec<String>>> {
        match &self.pg {
            Some(pg) => pg.dump(&["audit"]),
            None => dump(&self.db, &["audit"]),
        }
    }

    /// The audit trail's rows as (action, outcome, reason).
    pub fn audit(&self) -> Vec<(String, String, String)> {
        if self.pg.is_some() {
            return self
                .query("SELECT action, outcome, reason FROM audit ORDER BY seq")
                .into_iter()
                .map(|r| (r[0].clone(), r[1].clone(), r[2].clone()))
                .collect();
        }
        let conn = ro(&self.db);
        let mut st = conn
            .prepare("SELECT action, outcome, reason FROM audit ORDER BY seq")
            .expect("audit query");
        st.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
            .expect("audit rows")
            .collect::<rusqlite::Result<_>>()
            .expect("audit rows")
    }
}

impl Default for Env {
    fn default() -> Self {
        Env::new()
    }
}

#[derive(PartialEq, Eq)]
pub struct FileBytes {
    /// None when there is no database file.
    pub main: Option<Vec<u8>>,
    pub wal: Vec<u8>,
}

impl std::fmt::Debug for FileBytes {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "FileBytes {{ main: {:?} bytes, wal: {} bytes }}",
            self.main.as_ref().map(Vec::len),
            self.wal.len()
        )
    }
}

/// `s` with each `(from, to)` replaced, in order.
pub fn redact_with(s: &str, subs: &[(String, String)]) -> String {
    subs.iter()
        .fold(s.to_string(), |s, (from, to)| s.replace(from.as_str(), to))
}

/// Whether a command changes the schema or the store as a whole, and so runs as the owner on
/// PostgreSQL: `init`, `demo` and `db …`.
fn owner_command(args: &[&str]) -> bool {
    matches!(
        args.iter().find(|a| !a.starts_with('-')),
        Some(&"init") | Some(&"demo") | Some(&"db")
    )
}

/// Runs a prepared command with `stdin` on a pipe; `args` names it in failure messages.
pub fn exec(mut c: Command, stdin: &str, args: &[&str]) -> Run {
    let out = c.write_stdin(stdin).output().expect("run partnerctl");
    Run {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
        args: args.join(" "),
    }
}

/// Opens a database read-only, for checks that must not change it.
pub fn ro(db: &Path) -> rusqlite::Connection {
    rusqlite::Connection::open_with_flags(db, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY)
        .expect("open the database read-only")
}

/// All rows of all tables (but `except`), each value rendered as text, in a stable order.
pub fn dump(db: &Path, except: &[&str]) -> BTreeMap<String, Vec<Vec<String>>> {
    let conn = ro(db);
    let tables: Vec<String> = {
        let mut st = conn
            .prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
            .expect("list tables");
        st.query_map([], |r| r.get(0))
            .expect("tables")
            .collect::<rusqlite::Result<_>>()
            .expect("tables")
    };
    let mut out = BTreeMap::new();
    for t in tables.into_iter().filter(|t| !except.contains(&t.as_str())) {
        let mut st = conn
            .prepare(&format!("SELECT * FROM \"{t}\""))
            .expect("select");
        let n = st.column_count();
        let mut rows: Vec<Vec<String>> = st
            .query_map([], |r| {
                (0..n)
                    .map(|i| {
                        let v: rusqlite::types::Value = r.get(i)?;
                        Ok(format!("{v:?}"))
                    })
                    .collect()
            })
            .expect("rows")
            .collect::<rusqlite::Result<_>>()
            .expect("rows");
        rows.sort();
        out.insert(t, rows);
    }
    out
}

/// Unix permission bits of a path.
pub fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    fs::metadata(p).expect("metadata").permissions().mode() & 0o777
}

// ----- the demo database (tests/cli_services.rs, tests/cli_dashboard.rs) ----------------------

/// The names `partnerctl demo` creates (fixtures/demo.json), declared once for every test;
/// tests/cli_snapshots.rs checks them against the fixture.
pub mod demo {
    #[allow(unused_imports)] // each test crate uses a different subset
    pub use super::{CONTOSO, CONTOSO_ADMIN, OP_ADMIN};

    /// The password of every user `partnerctl demo` creates.
    pub const PASS: &str = "demo-pass-2026";

    pub const OPERATOR: &str = "operator.example";
    pub const OP_SUPPORT: &str = "support@operator.example";

    pub const FAB: &str = "fabrikam-partners.example";
    pub const FAB_NAME: &str = "Fabrikam Partners";
    pub const FAB_ADMIN: &str = "admin@fabrikam-partners.example";
    pub const FAB_HELPDESK: &str = "helpdesk@fabrikam-partners.example";
    pub const FAB_SALES: &str = "sales@fabrikam-partners.example";
    pub const FAB_READER: &str = "reader@fabrikam-partners.example";

    pub const TAILSPIN: &str = "tailspin-advisors.example";
    pub const TAILSPIN_ADMIN: &str = "admin@tailspin-advisors.example";

    pub const CONTOSO_IT: &str = "it@contoso.example";
    pub const CONTOSO_ALEX: &str = "alex@contoso.example";
    pub const NORTHWIND: &str = "northwind.example";
    pub const NORTHWIND_ADMIN: &str = "admin@northwind.example";
    /// The default demo's last customer, which holds the pending invite.
    pub const ADATUM: &str = "adatum.example";
    pub const ADATUM_ADMIN: &str = "admin@adatum.example";
}

impl Env {
    /// A database made by `partnerctl demo` (operator, the Fabrikam partner, contoso, northwind
    /// and adatum with services data), signed in as admin@fabrikam-partners.example.
    pub fn with_demo() -> Env {
        let env = Env::new();
        env.run(&["demo"]).ok();
        env
    }

    /// Runs as the holder of `token` with `-o json`, expects success and returns stdout as JSON.
    #[track_caller]
    pub fn json_as(&self, token: &str, args: &[&str]) -> Value {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        self.run_as(token, &a).ok().json()
    }
}

/// The width of the widest line, in characters (not bytes).
pub fn widest_line(s: &str) -> usize {
    s.lines().map(|l| l.chars().count()).max().unwrap_or(0)
}

/// Replaces what differs from run to run: uuids, and runs of 24 or more hex digits (tokens,
/// hashes, session file names, verification codes).
pub fn redact_str(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::new();
    let mut i = 0;
    while i < b.len() {
        let rest = &b[i..];
        let boundary = i == 0 || !b[i - 1].is_ascii_hexdigit();
        let uuid = rest.len() >= 36
            && [8, 13, 18, 23].iter().all(|&d| rest[d] == b'-')
            && (0..36).all(|k| [8, 13, 18, 23].contains(&k) || rest[k].is_ascii_hexdigit());
        if boundary && uuid {
            out.push_str("[uuid]");
            i += 36;
        } else if boundary && rest.iter().take_while(|c| c.is_ascii_hexdigit()).count() >= 24 {
            // tokens and hashes (64), session file names (32), verification codes (24)
            out.push_str("[hex]");
            i += rest.iter().take_while(|c| c.is_ascii_hexdigit()).count();
        } else {
            let ch = s[i..].chars().next().expect("in bounds");
            out.push(ch);
            i += ch.len_utf8();
        }
    }
    out
}

/// The code an authenticator holding `secret` shows at `now` (RFC 3339): computed from the
/// enrolled secret, never fixed.
pub fn code_at(secret: &str, now: &str) -> String {
    let secret = totp_rs::Secret::try_from_base32(secret).expect("a base32 secret");
    let totp = totp_rs::Builder::new()
        .with_secret(secret)
        .build()
        .expect("an RFC 6238 key");
    let secs = chrono::DateTime::parse_from_rfc3339(now)
        .expect("a time")
        .timestamp();
    totp.generate(u64::try_from(secs).expect("after 1970"))
        .to_string()
}

impl Env {
    /// Enrols `upn` in MFA (with its password-only `token`) and signs in with a code: the
    /// token of a session signed in with MFA.
    pub fn mfa_token(&self, token: &str, upn: &str, password: &str) -> String {
        let enrolled = self.json_as(token, &["mfa", "enroll"]);
        let secret = enrolled["secret"].as_str().expect("secret").to_string();
        let v = self
            .run_in(
                &[
                    "login",
                    upn,
                    "--password-stdin",
                    "--otp",
                    &code_at(&secret, &self.now),
                    "--print-token",
                    "-o",
                    "json",
                ],
                &format!("{password}\n"),
            )
            .ok()
            .json();
        assert_eq!(v["mfa"], true, "{v}");
        v["token"].as_str().expect("token").to_string()
    }
}
