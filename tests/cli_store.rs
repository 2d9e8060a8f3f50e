//! The database file: owner-only creation, missing files, files that are not ours, corrupt
//! files, a newer schema, a locked database, and `demo`, through the real binary.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::backend::on_postgres;
use common::backend::WriteLock;
use common::demo::{ADATUM_ADMIN, FAB_ADMIN, PASS};
use common::*;

/// The names in a directory, sorted: a failed command must not leave files behind.
fn listing(dir: &Path) -> Vec<String> {
    let mut v: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

/// Commands that need an existing database, with the stdin they read.
const NEEDS_DB: &[(&[&str], &str)] = &[
    (&["whoami"], ""),
    (&["logout"], ""),
    (
        &["login", OP_ADMIN, "--password-stdin"],
        "operator-pass-1\n",
    ),
    (&["users", "list"], ""),
    (
        &["users", "add", "x@operator.example", "--password-stdin"],
        "x-password\n",
    ),
    (&["tenants", "list"], ""),
    (&["tenants", "update", "--phone", "+1 555 0100"], ""),
    (&["can", "user.read"], ""),
];

#[test]
fn init_creates_owner_only_file_and_directories() {
    sqlite_only!("the mode of a new database file, its directories and its journals");
    let env = Env::new();
    let nested = env.home().join("a").join("b").join("pc.db");
    env.run_in(
        &[
            "init",
            "--test-clock",
            "--db",
            nested.to_str().unwrap(),
            "--password-stdin",
        ],
        "operator-pass-1\n",
    )
    .ok();
    assert_eq!(mode(&nested), 0o600);
    assert_eq!(mode(&env.home().join("a")), 0o700);
    assert_eq!(mode(&env.home().join("a").join("b")), 0o700);
    // No journal is left behind with other permissions, or with content.
    for name in listing(nested.parent().unwrap()) {
        let p = nested.parent().unwrap().join(&name);
        assert_eq!(mode(&p), 0o600, "{name}");
    }
    let wal = nested.with_file_name("pc.db-wal");
    assert!(
        fs::metadata(&wal).map(|m| m.len()).unwrap_or(0) == 0,
        "a WAL with content was left behind"
    );
}

#[test]
fn init_uses_the_platform_data_dir_by_default() {
    sqlite_only!("without PARTNERCTL_DB the store is a SQLite file in the platform data dir");
    let env = Env::new();
    let default = env.home().join(".local/share/partnerctl/partnerctl.db");
    let mut c = env.cmd(&["whoami", "-o", "json"]);
    c.env_remove("PARTNERCTL_DB");
    let e = exec(c, "", &["whoami"]).fails(5, "not_found");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains(default.to_str().unwrap()),
        "{e}"
    );

    let mut c = env.cmd(&["init", "--test-clock", "--password-stdin"]);
    c.env_remove("PARTNERCTL_DB");
    exec(c, "operator-pass-1\n", &["init"]).ok();
    assert_eq!(mode(&default), 0o600);
    assert_eq!(mode(default.parent().unwrap()), 0o700);
    let mut c = env.cmd(&["whoami", "-o", "json"]);
    c.env_remove("PARTNERCTL_DB");
    exec(c, "", &["whoami"]).ok();
    assert!(!env.db.exists(), "PARTNERCTL_DB's path was used");
}

#[test]
fn db_flag_overrides_the_environment() {
    let env = Env::init();
    let other = env.home().join("other.db");
    let other_s = other.to_str().unwrap();
    env.run(&["whoami", "--db", other_s, "-o", "json"])
        .fails(5, "not_found");
    assert!(!other.exists());
    env.run(&["whoami", "--db", &env.db_arg()]).ok();
}

#[test]
fn missing_database_is_not_created() {
    let env = Env::new();
    if on_postgres() {
        missing_postgres_database_is_not_created(&env);
        return;
    }
    let expected = format!("no database at {}; run `partnerctl init`", env.db.display());
    for (args, stdin) in NEEDS_DB {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let e = env.run_in(&a, stdin).fails(5, "not_found");
        assert_eq!(e["message"], expected.as_str(), "{args:?}");
        assert!(!env.db.exists(), "{args:?} created the database");
        assert!(
            !env.db.parent().unwrap().exists(),
            "{args:?} created the database's directory"
        );
    }
    // The one line for people says the same.
    let r = env.run(&["whoami"]).expect(5);
    assert_eq!(r.stderr.trim_end(), format!("error: {expected}"));
    assert!(env.session_files().is_empty());
}

/// Whether the private PostgreSQL server has a database of this name.
fn pg_database_exists(name: &str) -> bool {
    let base = common::backend::pg_base().expect("on PostgreSQL");
    let mut c = postgres::Client::connect(base, postgres::NoTls).unwrap();
    let n: i64 = c
        .query_one(
            "SELECT count(*) FROM pg_database WHERE datname = $1",
            &[&name],
        )
        .unwrap()
        .get(0);
    n > 0
}

/// Drops the database of this name, if a command created it after all.
struct DropDatabase(String);

impl Drop for DropDatabase {
    fn drop(&mut self) {
        if let Some(base) = common::backend::pg_base() {
            if let Ok(mut c) = postgres::Client::connect(base, postgres::NoTls) {
                let _ =
                    c.batch_execute(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.0));
            }
        }
    }
}

/// On PostgreSQL the store is a database on a server: a URL naming a database the server does
/// not have is exit 8 pointing at `partnerctl init`, and no command creates it; a database
/// without tables (this test's own, before `init`) is no store either, and stays empty.
fn missing_postgres_database_is_not_created(env: &Env) {
    let pg = env.pg.as_ref().expect("on PostgreSQL");
    let name = format!("{}_missing", pg.name);
    let _cleanup = DropDatabase(name.clone());
    let url = common::backend::url_for(
        common::backend::pg_base().unwrap(),
        Some(common::backend::APP_ROLE),
        &name,
    );
    let tables = "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'";
    for (args, stdin) in NEEDS_DB {
        let mut a = args.to_vec();
        a.extend(["--db", &url, "-o", "json"]);
        let e = env.run_in(&a, stdin).fails(8, "unavailable");
        let msg = e["message"].as_str().unwrap();
        assert!(
            msg.contains("partnerctl init") && msg.contains(&name),
            "{args:?}: {msg}"
        );
        assert!(!pg_database_exists(&name), "{args:?} created the database");

        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let e = env.run_in(&a, stdin).fails(8, "unavailable");
        let msg = e["message"].as_str().unwrap();
        assert!(msg.contains("partnerctl init"), "{args:?}: {msg}");
        assert_eq!(env.scalar(tables), "0", "{args:?} created a table");
    }
    // The one line for people says the same.
    let e = env
        .run(&["whoami", "--db", &url, "-o", "json"])
        .fails(8, "unavailable");
    let r = env.run(&["whoami", "--db", &url]).expect(8);
    assert_eq!(
        r.stderr.trim_end(),
        format!("error: {}", e["message"].as_str().unwrap())
    );
    assert!(env.session_files().is_empty());
}

/// What a refused command must leave as it was: the store's bytes (on PostgreSQL, every row
/// of every table) and, for a file, its directory's listing.
fn snapshot(env: &Env, at: Option<&Path>) -> (FileBytes, Vec<String>) {
    match at {
        Some(p) => (
            FileBytes {
                main: Some(fs::read(p).unwrap()),
                wal: Vec::new(),
            },
            listing(p.parent().unwrap()),
        ),
        None if on_postgres() => (env.bytes(), Vec::new()),
        None => (env.bytes(), listing(env.db.parent().unwrap())),
    }
}

/// Runs every command that needs a database against the file `at` (or, with `None`, this
/// test's own store) and expects `code`, with the store's bytes and (for a file) its
/// directory's listing unchanged.
fn refused_everywhere(env: &Env, at: Option<&Path>, code: i32, error_code: &str) {
    let before = snapshot(env, at);
    let db = at.map(|p| p.to_str().unwrap());
    let mut cmds: Vec<(Vec<&str>, &str)> = NEEDS_DB.iter().map(|(a, s)| (a.to_vec(), *s)).collect();
    cmds.push((
        vec!["init", "--test-clock", "--password-stdin"],
        "operator-pass-1\n",
    ));
    cmds.push((vec!["demo"], ""));
    for (mut args, stdin) in cmds {
        let init = args[0] == "init";
        if let Some(db) = db {
            args.extend(["--db", db]);
        }
        args.extend(["-o", "json"]);
        let r = env.run_in(&args, stdin);
        if init && code == 8 {
            // init on any partnerctl database is a conflict, whatever its version
            r.fails(6, "conflict");
        } else {
            r.fails(code, error_code);
        }
        let after = snapshot(env, at);
        assert_eq!(after.0, before.0, "`{}` changed the store", args.join(" "));
        assert_eq!(after.1, before.1, "{args:?}");
    }
}

#[test]
fn a_file_that_is_not_a_database_is_left_alone() {
    sqlite_only!("a file that is not a SQLite database");
    let env = Env::new();
    let path = env.home().join("notes.txt");
    fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
    refused_everywhere(&env, Some(&path), 1, "internal");
    let e = env
        .run(&["whoami", "--db", path.to_str().unwrap(), "-o", "json"])
        .fails(1, "internal");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("not a partnerctl database"),
        "{e}"
    );
}

#[test]
fn another_applications_sqlite_database_is_left_alone() {
    sqlite_only!("another application's SQLite file");
    let env = Env::new();
    let path = env.home().join("app.sqlite");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(
            "CREATE TABLE users (name TEXT); INSERT INTO users VALUES ('someone else');",
        )
        .unwrap();
    }
    refused_everywhere(&env, Some(&path), 1, "internal");

    // Also one in WAL mode, as ours are.
    let path = env.home().join("wal.sqlite");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    refused_everywhere(&env, Some(&path), 1, "internal");
}

#[test]
fn an_empty_file_is_not_a_database_but_init_may_take_it() {
    sqlite_only!("an empty file adopted by init");
    let env = Env::new();
    let path = env.home().join("empty.db");
    fs::write(&path, "").unwrap();
    fs::set_permissions(&path, fs::Permissions::from_mode(0o600)).unwrap();
    let p = path.to_str().unwrap();
    for (args, stdin) in NEEDS_DB {
        let mut a = args.to_vec();
        a.extend(["--db", p, "-o", "json"]);
        env.run_in(&a, stdin).fails(1, "internal");
        assert_eq!(fs::metadata(&path).unwrap().len(), 0, "{args:?}");
    }
    env.run_in(
        &["init", "--test-clock", "--db", p, "--password-stdin"],
        "operator-pass-1\n",
    )
    .ok();
    env.run(&["whoami", "--db", p]).ok();
}

#[test]
fn a_corrupt_database_is_left_alone() {
    let env = Env::with_contoso();
    env.run(&["whoami"]).ok();
    sqlite_only!("overwrites the pages of the SQLite file");
    // Keep the header page, overwrite every page after it.
    let mut bytes = fs::read(&env.db).unwrap();
    assert!(bytes.len() > 8192);
    for b in &mut bytes[4096..] {
        *b = 0xA5;
    }
    fs::write(&env.db, &bytes).unwrap();
    let dir = listing(env.db.parent().unwrap());
    for (args, stdin) in NEEDS_DB {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        env.run_in(&a, stdin).fails(1, "internal");
        assert_eq!(
            fs::read(&env.db).unwrap(),
            bytes,
            "{args:?} changed the file"
        );
        assert_eq!(listing(env.db.parent().unwrap()), dir, "{args:?}");
    }
    // init does not take over a corrupt partnerctl database either.
    let r = env.run_in(
        &["init", "--test-clock", "--password-stdin", "-o", "json"],
        "operator-pass-1\n",
    );
    assert_ne!(r.code, 0, "init replaced a corrupt database");
    assert_eq!(fs::read(&env.db).unwrap(), bytes);
}

#[test]
fn a_newer_schema_is_refused_unchanged() {
    let env = Env::with_contoso();
    // SQLite keeps the schema version in the file's header, PostgreSQL in `meta`.
    let (bump, version) = if on_postgres() {
        (
            "UPDATE meta SET value = '99' WHERE key = 'schema_version'",
            "SELECT value FROM meta WHERE key = 'schema_version'",
        )
    } else {
        ("PRAGMA user_version = 99", "PRAGMA user_version")
    };
    env.sql(bump);
    let latest = partnerctl::store::latest_version();
    assert!(latest < 99);
    let e = env.run(&["whoami", "-o", "json"]).fails(8, "unavailable");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("99"), "{msg}");
    assert!(
        msg.split(|c: char| !c.is_ascii_digit())
            .any(|n| n == latest.to_string()),
        "the message does not name this binary's version {latest}: {msg}"
    );
    refused_everywhere(&env, None, 8, "unavailable");
    assert_eq!(env.scalar(version), "99");
}

#[test]
fn a_directory_is_not_a_database() {
    sqlite_only!("a directory where the SQLite file should be");
    let env = Env::new();
    let dir = env.home().join("adir");
    fs::create_dir(&dir).unwrap();
    let d = dir.to_str().unwrap();
    env.run(&["whoami", "--db", d, "-o", "json"])
        .fails(1, "internal");
    env.run_in(
        &[
            "init",
            "--test-clock",
            "--db",
            d,
            "--password-stdin",
            "-o",
            "json",
        ],
        "operator-pass-1\n",
    )
    .fails(1, "internal");
    assert!(listing(&dir).is_empty());
}

#[test]
fn a_locked_database_gives_up_after_the_busy_timeout_and_changes_nothing() {
    let env = Env::with_contoso();
    let before = env.bytes();
    let state = env.state();
    let sessions = env.session_files();
    let session = fs::read(&sessions[0]).unwrap();

    let lock = WriteLock::take(&env);
    let busy = [("PARTNERCTL_BUSY_TIMEOUT_MS", "200")];
    let writes: &[(&[&str], &str)] = &[
        (
            &["users", "add", "x@operator.example", "--password-stdin"],
            "x-password-1\n",
        ),
        (&["tenants", "update", "--phone", "+1 555 0100"], ""),
        (
            &[
                "tenants",
                "create",
                "N",
                "--domain",
                "n.example",
                "--admin",
                "a@n.example",
            ],
            "",
        ),
        (
            &["login", CONTOSO_ADMIN, "--password-stdin"],
            "contoso-pass-1\n",
        ),
        (&["logout"], ""),
    ];
    for (args, stdin) in writes {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let e = env.run_with(&a, stdin, &busy).fails(8, "unavailable");
        assert!(e["message"].as_str().unwrap().contains("locked"), "{e}");
    }
    // Readers are not blocked by a writer.
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
    env.run(&["users", "list"]).ok();
    lock.release();

    assert_eq!(
        env.bytes(),
        before,
        "a command changed the store under a lock"
    );
    assert_eq!(env.state(), state);
    // The failed login and logout left the sign-in as it was.
    assert_eq!(env.session_files(), sessions);
    assert_eq!(fs::read(&sessions[0]).unwrap(), session);
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
}

#[test]
fn a_writer_waits_for_a_lock_released_within_the_timeout() {
    let env = Env::with_contoso();
    let lock = WriteLock::take(&env);
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(400));
        lock.release();
    });
    env.run_with(
        &["tenants", "update", "--phone", "+1 555 0199"],
        "",
        &[("PARTNERCTL_BUSY_TIMEOUT_MS", "20000")],
    )
    .ok();
    holder.join().unwrap();
    assert_eq!(
        env.json(&["tenants", "show"])["contact"]["phone"],
        "+1 555 0199"
    );
}

#[test]
fn busy_timeout_must_be_a_number() {
    let env = Env::init();
    env.run_with(
        &["whoami", "-o", "json"],
        "",
        &[("PARTNERCTL_BUSY_TIMEOUT_MS", "soon")],
    )
    .fails(2, "invalid_input");
}

#[test]
fn init_twice_is_a_conflict_and_changes_nothing() {
    let env = Env::init();
    let before = env.bytes();
    let sessions = env.session_files();
    let session = fs::read(&sessions[0]).unwrap();
    env.run_in(
        &[
            "init",
            "--test-clock",
            "--operator-email",
            "other@else.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "another-pass-1\n",
    )
    .fails(6, "conflict");
    assert_eq!(env.bytes(), before);
    assert_eq!(fs::read(&sessions[0]).unwrap(), session);
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
}

#[test]
fn no_wal_content_is_left_after_commands() {
    let env = Env::with_contoso();
    env.run(&["users", "list"]).ok();
    env.run(&["tenants", "update", "--phone", "+1 555 0100"])
        .ok();
    assert_eq!(
        env.scalar("SELECT phone FROM tenants WHERE is_operator = 1"),
        "+1 555 0100"
    );
    sqlite_only!("the SQLite file's write-ahead log");
    let b = env.bytes();
    assert!(b.wal.is_empty(), "{b:?}");
    // The main file alone holds the data: a copy of it is a complete database.
    let copy: PathBuf = env.home().join("copy.db");
    fs::copy(&env.db, &copy).unwrap();
    let phone: String = ro(&copy)
        .query_row("SELECT phone FROM tenants WHERE is_operator = 1", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(phone, "+1 555 0100");
}

#[test]
fn demo_builds_a_fresh_database_and_signs_in() {
    let env = Env::new();
    let v = env.run(&["demo", "-o", "json"]).ok().json();
    assert_eq!(v["signed_in_as"], FAB_ADMIN);
    if !on_postgres() {
        // The file is owner-only (a server keeps no file of ours).
        assert_eq!(mode(&env.db), 0o600);
    }
    let who = env.json(&["whoami"]);
    assert_eq!(who["upn"], FAB_ADMIN);
    assert_eq!(who["roles"], serde_json::json!(["global-admin"]));
    assert_eq!(who["partner"], true);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    env.run_as(&contoso, &["users", "list"]).ok();
    let op = env.token(OP_ADMIN, PASS);
    let tenants = env
        .run_as(&op, &["tenants", "list", "-o", "json"])
        .ok()
        .json();
    // operator, two partners and three customers
    assert_eq!(tenants.as_array().unwrap().len(), 6);

    // demo again replaces its own demo database
    env.run_as(&contoso, &["tenants", "update", "--phone", "+1 555 0111"])
        .ok();
    env.run(&["demo", "--customers", "1"]).ok();
    let tenants = env
        .run_as(
            &env.token(OP_ADMIN, PASS),
            &["tenants", "list", "-o", "json"],
        )
        .ok()
        .json();
    // operator, two partners and one customer
    assert_eq!(tenants.as_array().unwrap().len(), 4);
    env.run_as(&contoso, &["whoami"]).expect(3);

    env.run(&["demo", "--customers", "0", "-o", "json"])
        .fails(2, "invalid_input");
}

#[test]
fn demo_refuses_a_database_that_is_not_a_demo() {
    let env = Env::init();
    let before = env.bytes();
    env.run(&["demo", "-o", "json"]).fails(6, "conflict");
    assert_eq!(env.bytes(), before);
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
}

/// Schema 14 rebuilds `invites` and `grants` on SQLite to write two CHECK constraints as
/// comparisons (on PostgreSQL the step changes nothing). A store at version 13 moves to 14
/// keeping every invite, grant and relationship, including the invite each relationship came
/// from: the old `invites` is dropped with foreign keys off, so `ON DELETE SET NULL` does not
/// run. The rules are unchanged.
#[test]
fn schema_14_rebuilds_invites_and_grants_keeping_every_row_and_link() {
    let env = Env::with_demo();
    // A relationship that came from an invite: Adatum accepts one.
    let token = env.json(&["invite"])["token"].as_str().unwrap().to_string();
    let adatum = env.token(ADATUM_ADMIN, PASS);
    env.json_as(&adatum, &["accept", &token, "--yes"]);
    let tables = ["invites", "grants", "relationships"];
    let rows = |env: &Env| -> Vec<Vec<Vec<String>>> {
        tables
            .iter()
            .map(|t| env.query(&format!("SELECT * FROM {t} ORDER BY id")))
            .collect()
    };
    let linked = "SELECT count(*) FROM relationships WHERE invite_id IS NOT NULL";
    assert_ne!(
        env.scalar(linked),
        "0",
        "the demo has no relationship from an invite"
    );
    assert_ne!(env.scalar("SELECT count(*) FROM grants"), "0");
    let old = [
        (
            "status = ''pending'' OR status = ''accepted''\n                                           OR status = ''declined'' OR status = ''revoked''",
            "status IN (''pending'', ''accepted'', ''declined'', ''revoked'')",
        ),
        (
            "role = ''admin-agent'' OR role = ''helpdesk-agent''\n                                            OR role = ''sales-agent''",
            "role IN (''admin-agent'', ''helpdesk-agent'', ''sales-agent'')",
        ),
    ];
    if on_postgres() {
        env.sql("UPDATE meta SET value = '13' WHERE key = 'schema_version'");
    } else {
        // Back to version 13: the CHECKs as they were written then.
        let mut sql = String::from("PRAGMA writable_schema = ON;");
        for (new, was) in old {
            sql.push_str(&format!(
                "UPDATE sqlite_master SET sql = replace(sql, '{new}', '{was}')
                  WHERE type = 'table' AND name IN ('invites', 'grants');"
            ));
        }
        sql.push_str("PRAGMA writable_schema = OFF; PRAGMA user_version = 13;");
        env.sql(&sql);
        let schema = env.scalar(
            "SELECT group_concat(sql, ' ') FROM sqlite_master
              WHERE type = 'table' AND name IN ('invites', 'grants')",
        );
        assert!(schema.contains("status IN ('pending'"), "{schema}");
        assert!(schema.contains("role IN ('admin-agent'"), "{schema}");
    }
    let before = rows(&env);

    let v = env.run(&["db", "migrate", "-o", "json"]).ok().json();
    assert_eq!(v["schema_version"].as_u64().unwrap(), 14);
    assert_eq!(rows(&env), before, "the migration changed rows");
    if !on_postgres() {
        let schema = env.scalar(
            "SELECT group_concat(sql, ' ') FROM sqlite_master
              WHERE type = 'table' AND name IN ('invites', 'grants')",
        );
        assert!(!schema.contains("status IN ('pending'"), "{schema}");
        assert!(!schema.contains("role IN ('admin-agent'"), "{schema}");
        assert!(env.query("PRAGMA foreign_key_check").is_empty());
        let indexes = env.scalar(
            "SELECT group_concat(name, ' ') FROM (SELECT name FROM sqlite_master
              WHERE type = 'index' AND tbl_name IN ('invites', 'grants') ORDER BY name)",
        );
        assert_eq!(
            indexes,
            "grants_partner grants_unique invites_one_pending invites_partner \
             sqlite_autoindex_grants_1 sqlite_autoindex_invites_1 sqlite_autoindex_invites_2"
        );
        // The rules hold as before, and the relationships' foreign key names the new table.
        for bad in [
            "UPDATE invites SET status = 'lost'",
            "UPDATE grants SET role = 'global-admin'",
            "UPDATE relationships SET invite_id = 'no-such-invite'",
        ] {
            let conn = rusqlite::Connection::open(&env.db).unwrap();
            conn.execute_batch("PRAGMA foreign_keys = ON").unwrap();
            assert!(conn.execute_batch(bad).is_err(), "{bad} was accepted");
        }
    }
    // The store works as before.
    env.run(&["dashboard", "-o", "json"]).ok();
    env.run(&["invites", "list", "-o", "json"]).ok();
}
