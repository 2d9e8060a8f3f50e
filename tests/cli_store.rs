//! The database file: owner-only creation, missing files, files that are not ours, corrupt
//! files, a newer schema, a locked database, and `demo`, through the real binary.

mod common;

use std::fs;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

use common::demo::{FAB_ADMIN, PASS};
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
    env.run(&["whoami", "--db", env.db.to_str().unwrap()]).ok();
}

#[test]
fn missing_database_is_not_created() {
    let env = Env::new();
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

/// Runs every command that needs a database against `path` and expects `code`, with the
/// file's bytes and its directory's listing unchanged.
fn refused_everywhere(env: &Env, path: &Path, code: i32, error_code: &str) {
    let bytes = fs::read(path).unwrap();
    let dir = listing(path.parent().unwrap());
    let db = path.to_str().unwrap();
    let mut cmds: Vec<(Vec<&str>, &str)> = NEEDS_DB.iter().map(|(a, s)| (a.to_vec(), *s)).collect();
    cmds.push((
        vec!["init", "--test-clock", "--password-stdin"],
        "operator-pass-1\n",
    ));
    cmds.push((vec!["demo"], ""));
    for (mut args, stdin) in cmds {
        let init = args[0] == "init";
        args.extend(["--db", db, "-o", "json"]);
        let r = env.run_in(&args, stdin);
        if init && code == 8 {
            // init on any partnerctl database is a conflict, whatever its version
            r.fails(6, "conflict");
        } else {
            r.fails(code, error_code);
        }
        assert_eq!(
            fs::read(path).unwrap(),
            bytes,
            "`{}` changed the file",
            args.join(" ")
        );
        assert_eq!(listing(path.parent().unwrap()), dir, "{args:?}");
    }
}

#[test]
fn a_file_that_is_not_a_database_is_left_alone() {
    let env = Env::new();
    let path = env.home().join("notes.txt");
    fs::write(&path, "these are my notes, not a database\n".repeat(200)).unwrap();
    refused_everywhere(&env, &path, 1, "internal");
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
    let env = Env::new();
    let path = env.home().join("app.sqlite");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch(
            "CREATE TABLE users (name TEXT); INSERT INTO users VALUES ('someone else');",
        )
        .unwrap();
    }
    refused_everywhere(&env, &path, 1, "internal");

    // Also one in WAL mode, as ours are.
    let path = env.home().join("wal.sqlite");
    {
        let c = rusqlite::Connection::open(&path).unwrap();
        c.execute_batch("PRAGMA journal_mode = WAL; CREATE TABLE t (x); INSERT INTO t VALUES (1);")
            .unwrap();
    }
    refused_everywhere(&env, &path, 1, "internal");
}

#[test]
fn an_empty_file_is_not_a_database_but_init_may_take_it() {
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
    {
        let c = rusqlite::Connection::open(&env.db).unwrap();
        c.execute_batch("PRAGMA user_version = 99").unwrap();
    }
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
    refused_everywhere(&env, &env.db, 8, "unavailable");
    let v: i64 = ro(&env.db)
        .query_row("PRAGMA user_version", [], |r| r.get(0))
        .unwrap();
    assert_eq!(v, 99);
}

#[test]
fn a_directory_is_not_a_database() {
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

/// Holds the database's write lock (`BEGIN IMMEDIATE`) until dropped.
struct WriteLock(rusqlite::Connection);

impl WriteLock {
    fn take(db: &Path) -> WriteLock {
        let c = rusqlite::Connection::open(db).unwrap();
        c.execute_batch("BEGIN IMMEDIATE").unwrap();
        WriteLock(c)
    }
    fn release(self) {
        self.0.execute_batch("ROLLBACK").unwrap();
    }
}

#[test]
fn a_locked_database_gives_up_after_the_busy_timeout_and_changes_nothing() {
    let env = Env::with_contoso();
    let before = env.bytes();
    let state = env.state();
    let sessions = env.session_files();
    let session = fs::read(&sessions[0]).unwrap();

    let lock = WriteLock::take(&env.db);
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
        "a command changed the file under a lock"
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
    let lock = WriteLock::take(&env.db);
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
    assert_eq!(mode(&env.db), 0o600);
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
