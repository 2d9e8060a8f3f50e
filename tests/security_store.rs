//! Store defects that weakened the file's protection or misreported its state: an adopted
//! empty file kept its permissions, a read-only store could not be read, a truncated file was
//! "not ours" rather than corrupt, a malformed `--expect-head` reported a broken chain, and a
//! busy database must be exit 8 whatever the command.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::Path;
use std::process::Command as Std;

use common::backend::on_postgres;
use common::backend::PG_WRITE_LOCK;
use common::demo::{FAB_ADMIN, FAB_HELPDESK, PASS};
use common::*;

fn chmod(p: &Path, mode: u32) {
    fs::set_permissions(p, fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn init_makes_an_adopted_empty_file_and_its_journals_owner_only() {
    sqlite_only!("the mode of an adopted SQLite file and of its -wal and -shm journals");
    let env = Env::new();
    fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    fs::write(&env.db, "").unwrap();
    chmod(&env.db, 0o666);
    env.run_in(
        &["init", "--test-clock", "--password-stdin"],
        "operator-pass-1\n",
    )
    .ok();
    assert_eq!(mode(&env.db), 0o600);
    // SQLite gives the -wal and -shm files the main file's mode: hold the database open so
    // they exist, and look.
    let c = rusqlite::Connection::open(&env.db).unwrap();
    let _: i64 = c
        .query_row("SELECT count(*) FROM users", [], |r| r.get(0))
        .unwrap();
    for suffix in ["-wal", "-shm"] {
        let p = env.db.with_file_name(format!("test.db{suffix}"));
        assert!(p.exists(), "{suffix}");
        assert_eq!(mode(&p), 0o600, "{suffix}");
    }
}

/// Runs the binary as an unprivileged user when the test runs as root (for whom permission
/// bits do not block anything); None when that is not possible.
fn unprivileged(env: &Env, dir: &Path, args: &[&str], token: &str) -> Option<Run> {
    let probe = dir.join("probe");
    let privileged = fs::write(&probe, "").is_ok();
    let _ = fs::remove_file(&probe);
    let bin = env!("CARGO_BIN_EXE_partnerctl");
    let mut c = if !privileged {
        assert_cmd::Command::new(bin)
    } else if Std::new("setpriv").arg("--version").output().is_ok() {
        let mut c = assert_cmd::Command::new("setpriv");
        c.args(["--reuid=65534", "--regid=65534", "--clear-groups", bin]);
        c
    } else {
        return None;
    };
    c.env_clear()
        .env("HOME", env.home())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PARTNERCTL_DB", &env.db)
        .env("PARTNERCTL_TOKEN", token)
        .env("PARTNERCTL_NOW", &env.now)
        .current_dir("/")
        .args(args);
    Some(exec(c, "", args))
}

#[test]
fn own_tenant_reads_work_on_a_read_only_database_in_a_read_only_directory() {
    sqlite_only!("a read-only SQLite file in a read-only directory");
    let mut env = Env::new();
    // A directory name SQLite's URI form must escape.
    env.db = env.home().join("read only %d#?").join("pc.db");
    env.run_in(
        &["init", "--test-clock", "--password-stdin"],
        "operator-pass-1\n",
    )
    .ok();
    let token = env.token(OP_ADMIN, OP_PASS);
    let dir = env.db.parent().unwrap().to_path_buf();
    chmod(env.home(), 0o755);
    chmod(&env.db, 0o444);
    chmod(&dir, 0o555);
    let before = fs::read(&env.db).unwrap();

    let Some(r) = unprivileged(&env, &dir, &["whoami", "-o", "json"], &token) else {
        chmod(&dir, 0o755);
        eprintln!(
            "SKIPPED: running as root without setpriv, so a read-only directory cannot be made"
        );
        return;
    };
    let v = r.ok().json();
    assert_eq!(v["upn"], OP_ADMIN);
    let users = unprivileged(&env, &dir, &["users", "list", "-o", "json"], &token)
        .unwrap()
        .ok()
        .json();
    assert_eq!(users[0]["upn"], OP_ADMIN);
    unprivileged(&env, &dir, &["audit", "verify"], &token)
        .unwrap()
        .ok();
    // A write fails with one clear line, exit 1, and changes nothing.
    let r = unprivileged(
        &env,
        &dir,
        &["tenants", "update", "--phone", "+1 555 0100", "-o", "json"],
        &token,
    )
    .unwrap();
    let e = r.fails(1, "internal");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("read-only"), "{msg}");
    assert!(!msg.contains('\n'), "{msg}");
    chmod(&dir, 0o755);
    assert_eq!(fs::read(&env.db).unwrap(), before);
    let names: Vec<_> = fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 1, "files left beside the database: {names:?}");
}

#[test]
fn a_truncated_database_is_corrupt_and_a_foreign_file_is_not_ours() {
    sqlite_only!("a truncated SQLite file and a foreign file");
    let env = Env::with_contoso();
    let full = fs::read(&env.db).unwrap();
    assert!(full.len() > 16384);
    let truncated = env.home().join("truncated.db");
    fs::write(&truncated, &full[..8192]).unwrap();
    let t = truncated.to_str().unwrap();
    for args in [&["whoami"][..], &["users", "list"], &["doctor"]] {
        let mut a = args.to_vec();
        a.extend(["--db", t, "-o", "json"]);
        let e = env.run(&a).fails(1, "internal");
        let msg = e["message"].as_str().unwrap();
        assert!(msg.contains("is corrupt ("), "{args:?}: {msg}");
        assert!(!msg.contains("not a partnerctl database"), "{msg}");
    }
    let e = env
        .run_in(
            &[
                "init",
                "--test-clock",
                "--db",
                t,
                "--password-stdin",
                "-o",
                "json",
            ],
            "operator-pass-1\n",
        )
        .fails(1, "internal");
    assert!(
        e["message"].as_str().unwrap().contains("is corrupt ("),
        "{e}"
    );
    assert_eq!(fs::read(&truncated).unwrap(), &full[..8192]);

    let foreign = env.home().join("notes.txt");
    fs::write(&foreign, "x".repeat(8192)).unwrap();
    let e = env
        .run(&["whoami", "--db", foreign.to_str().unwrap(), "-o", "json"])
        .fails(1, "internal");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("is not a partnerctl database"),
        "{e}"
    );
}

#[test]
fn a_malformed_expect_head_is_a_usage_error_naming_the_flag() {
    let env = Env::init();
    let head = env.json(&["audit", "verify"])["head"]["hash"]
        .as_str()
        .unwrap()
        .to_string();
    let short = &head[..63];
    let non_hex = format!("{}g", &head[..63]);
    for bad in ["zzz", "", short, non_hex.as_str()] {
        let e = env
            .run(&["audit", "verify", "--expect-head", bad, "-o", "json"])
            .fails(2, "invalid_input");
        assert!(
            e["message"].as_str().unwrap().contains("--expect-head"),
            "{e}"
        );
    }
    // The hash as printed, and in capitals, are both the head.
    let v = env.json(&["audit", "verify", "--expect-head", &head]);
    assert_eq!(v["ok"], true);
    let v = env.json(&["audit", "verify", "--expect-head", &head.to_uppercase()]);
    assert_eq!(v["ok"], true);
}

/// Holds the database locked until dropped. On SQLite against readers and writers alike; on
/// PostgreSQL, where every read is a snapshot that no lock of partnerctl's blocks (README, "A
/// team store on PostgreSQL"), the store's write lock: the advisory lock every write takes,
/// held in a session of its own.
enum ExclusiveLock {
    Sqlite(#[allow(dead_code)] rusqlite::Connection),
    Postgres(#[allow(dead_code)] postgres::Client),
}

impl ExclusiveLock {
    fn take(env: &Env) -> ExclusiveLock {
        match &env.pg {
            Some(pg) => {
                let mut c = postgres::Client::connect(&pg.owner_url, postgres::NoTls).unwrap();
                c.batch_execute(&format!("SELECT pg_advisory_lock({PG_WRITE_LOCK})"))
                    .unwrap();
                ExclusiveLock::Postgres(c)
            }
            None => {
                let c = rusqlite::Connection::open(&env.db).unwrap();
                c.execute_batch(
                    "PRAGMA locking_mode = EXCLUSIVE; BEGIN EXCLUSIVE; UPDATE meta SET key = key;",
                )
                .unwrap();
                ExclusiveLock::Sqlite(c)
            }
        }
    }
}

#[test]
fn a_locked_database_is_exit_8_for_every_kind_of_command() {
    let demo_pass = format!("{PASS}\n");
    let env = Env::with_demo();
    let csv = env.home().join("grants.csv");
    fs::write(&csv, format!("upn,role\n{FAB_HELPDESK},admin-agent\n")).unwrap();
    let invites = env.home().join("invites.csv");
    fs::write(
        &invites,
        "customer_domain,access\nnew.example,helpdesk-admin\n",
    )
    .unwrap();
    let before = env.bytes();
    let lock = ExclusiveLock::take(&env);
    let busy = [("PARTNERCTL_BUSY_TIMEOUT_MS", "100")];
    // `demo` names the store itself, as its owner.
    let db = match &env.pg {
        Some(pg) => pg.owner_url.clone(),
        None => env.db.to_str().unwrap().to_string(),
    };
    let commands: Vec<(Vec<&str>, &str)> = vec![
        (vec!["whoami"], ""),
        (vec!["users", "list"], ""),
        (vec!["dashboard"], ""),
        (vec!["doctor"], ""),
        (vec!["audit", "verify"], ""),
        (vec!["invite", "--customer-domain", "new.example"], ""),
        (vec!["invite", "--from-csv", invites.to_str().unwrap()], ""),
        (
            vec!["grants", "add", "--from-csv", csv.to_str().unwrap()],
            "",
        ),
        (vec!["login", FAB_ADMIN, "--password-stdin"], &demo_pass),
        (vec!["logout"], ""),
        (
            vec!["init", "--test-clock", "--password-stdin"],
            "operator-pass-1\n",
        ),
        (vec!["demo", "--db", &db], ""),
    ];
    for (args, stdin) in &commands {
        let mut a = args.clone();
        a.extend(["-o", "json"]);
        let r = env.run_with(&a, stdin, &busy);
        if on_postgres() {
            match args[0] {
                // Reads are snapshots: the write lock does not hold them up.
                "whoami" | "users" | "dashboard" | "doctor" | "audit" => {
                    r.ok();
                    assert_eq!(env.bytes(), before, "{args:?} changed the store");
                    continue;
                }
                // init reads that the store is a partnerctl database, as without a lock.
                "init" => {
                    r.fails(6, "conflict");
                    assert_eq!(env.bytes(), before, "{args:?} changed the store");
                    continue;
                }
                _ => {}
            }
        }
        let e = r.fails(8, "unavailable");
        assert!(
            e["message"].as_str().unwrap().contains("locked"),
            "{args:?}: {e}"
        );
        // (Not on SQLite while the lock is held: closing a descriptor of the file in this
        // process would release the lock.)
        if on_postgres() {
            assert_eq!(
                env.bytes(),
                before,
                "{args:?} changed the store, and said it was locked"
            );
        }
    }
    drop(lock);
    assert_eq!(env.bytes(), before);
}
