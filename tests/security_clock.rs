//! The test clock (SPEC §5): `PARTNERCTL_NOW` is honoured only on a test database, one made by
//! `init --test-clock` or `demo`. On a real database a set clock is refused with exit 2 before
//! anything is read or written, so nobody can move time to revive a session or to purge
//! everyone else's.

mod common;

use std::fs;

use common::backend::on_postgres;
use common::demo::PASS;
use common::*;

const LATER: &str = "2099-01-01T00:00:00Z";
const EARLIER: &str = "2000-01-01T00:00:00Z";

/// Commands of every kind (reads, writes, sign-in, sign-out), with their stdin.
const COMMANDS: &[(&[&str], &str)] = &[
    (&["whoami"], ""),
    (&["users", "list"], ""),
    (&["tenants", "list"], ""),
    (&["can", "user.read"], ""),
    (&["doctor"], ""),
    (&["audit", "verify"], ""),
    (&["audit", "list"], ""),
    (&["access"], ""),
    (
        &["login", OP_ADMIN, "--password-stdin", "--print-token"],
        "operator-pass-1\n",
    ),
    (
        &["login", OP_ADMIN, "--password-stdin"],
        "operator-pass-1\n",
    ),
    (&["logout"], ""),
    (&["tenants", "update", "--phone", "+1 555 0100"], ""),
    (
        &["users", "add", "x@operator.example", "--password-stdin"],
        "x-password-1\n",
    ),
];

/// The refusal of a set clock on a real database: exit 2, naming the variable and the way out.
#[track_caller]
fn refused(r: Run) {
    let e = r.fails(2, "invalid_input");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("PARTNERCTL_NOW"), "{msg}");
    assert!(msg.contains("--test-clock"), "{msg}");
}

#[test]
fn a_real_database_refuses_a_set_clock_and_nothing_changes() {
    let env = Env::real();
    let before = env.bytes();
    let state = env.state();
    let audit = env.audit();
    let sessions = env.session_files();
    let session = fs::read(&sessions[0]).unwrap();
    for now in [LATER, EARLIER, "2027-01-01T00:00:00Z"] {
        for (args, stdin) in COMMANDS {
            let mut a = args.to_vec();
            a.extend(["-o", "json"]);
            refused(env.run_with(&a, stdin, &[("PARTNERCTL_NOW", now)]));
            assert_eq!(env.bytes(), before, "{args:?} with {now} changed the file");
        }
    }
    assert_eq!(env.state(), state);
    assert_eq!(env.audit(), audit);
    assert_eq!(env.session_files(), sessions);
    assert_eq!(fs::read(&sessions[0]).unwrap(), session);
    // Without it (or with it empty) everything works as before.
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
    env.run_with(&["whoami"], "", &[("PARTNERCTL_NOW", "")])
        .ok();
}

#[test]
fn init_without_test_clock_refuses_a_set_clock_and_creates_nothing() {
    let env = Env::new();
    refused(env.run_in(
        &["init", "--password-stdin", "-o", "json"],
        "operator-pass-1\n",
    ));
    assert!(env.session_files().is_empty());
    if on_postgres() {
        // The test's database is there from the start: it stays without tables.
        assert_eq!(
            env.scalar(
                "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
            ),
            "0",
            "init created tables"
        );
    }
    sqlite_only!("the SQLite file and its directory, and an empty file made for init");
    assert!(!env.db.exists());
    assert!(!env.db.parent().unwrap().exists(), "init made a directory");
    // An empty file someone made for init stays empty.
    fs::create_dir_all(env.db.parent().unwrap()).unwrap();
    fs::write(&env.db, "").unwrap();
    refused(env.run_in(
        &["init", "--password-stdin", "-o", "json"],
        "operator-pass-1\n",
    ));
    assert_eq!(fs::metadata(&env.db).unwrap().len(), 0);
}

#[test]
fn an_expired_session_is_not_revived_by_setting_the_clock_back() {
    let env = Env::real();
    let token = {
        let r = env
            .run_in(
                &["login", OP_ADMIN, "--password-stdin", "--print-token"],
                "operator-pass-1\n",
            )
            .ok();
        r.stdout.trim().to_string()
    };
    env.run_as(&token, &["whoami"]).ok();
    // Let the session run out: its expiry moves into the past, as time passing would do.
    env.sql("UPDATE sessions SET expires_at = '2001-01-01T00:00:00Z'");
    let e = env
        .run_as(&token, &["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
    assert!(e["message"].as_str().unwrap().contains("expired"), "{e}");
    let before = env.bytes();
    for args in [
        &["whoami"][..],
        &["users", "list"],
        &["tenants", "update", "--phone", "+1 555 0100"],
    ] {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        refused(env.run_with(
            &a,
            "",
            &[("PARTNERCTL_TOKEN", &token), ("PARTNERCTL_NOW", EARLIER)],
        ));
    }
    assert_eq!(env.bytes(), before);
    env.run_as(&token, &["whoami", "-o", "json"])
        .fails(3, "unauthenticated");
}

#[test]
fn a_user_without_roles_cannot_purge_the_sessions_of_others_with_a_late_clock() {
    let env = Env::real();
    env.add_user("nobody@operator.example", "nobody-pass-1", &[]);
    let admin_token = {
        let r = env
            .run_in(
                &["login", OP_ADMIN, "--password-stdin", "--print-token"],
                "operator-pass-1\n",
            )
            .ok();
        r.stdout.trim().to_string()
    };
    let sessions_before: i64 = env.scalar("SELECT count(*) FROM sessions").parse().unwrap();
    assert!(sessions_before >= 2);
    let before = env.bytes();
    refused(env.run_with(
        &[
            "login",
            "nobody@operator.example",
            "--password-stdin",
            "--print-token",
            "-o",
            "json",
        ],
        "nobody-pass-1\n",
        &[("PARTNERCTL_NOW", LATER)],
    ));
    assert_eq!(env.bytes(), before);
    let sessions_after: i64 = env.scalar("SELECT count(*) FROM sessions").parse().unwrap();
    assert_eq!(sessions_after, sessions_before);
    // Everyone is still signed in: the session file and the printed token.
    assert_eq!(env.json(&["whoami"])["upn"], OP_ADMIN);
    assert_eq!(env.json_as(&admin_token, &["whoami"])["upn"], OP_ADMIN);
}

#[test]
fn a_database_made_by_init_test_clock_honours_the_clock() {
    let env = Env::init();
    let v = env.json(&["whoami"]);
    assert_eq!(v["session_expires_at"], "2027-01-01T12:00:00Z");
    assert_eq!(v["test_clock"], true);
    // Moving the clock past the session's expiry ends it, as a scripted scenario needs.
    let e = env
        .run_with(
            &["whoami", "-o", "json"],
            "",
            &[("PARTNERCTL_NOW", "2027-01-02T00:00:00Z")],
        )
        .fails(3, "unauthenticated");
    assert!(e["message"].as_str().unwrap().contains("expired"), "{e}");
    // Without PARTNERCTL_NOW a test database runs on the system clock.
    let mut system = Env::new();
    system.now = String::new();
    system
        .run_in(
            &["init", "--test-clock", "--password-stdin"],
            "operator-pass-1\n",
        )
        .ok();
    let v = system.json(&["whoami"]);
    assert_eq!(v["test_clock"], true);
    assert_ne!(v["session_expires_at"], "2027-01-01T12:00:00Z");
}

#[test]
fn a_demo_database_honours_the_clock() {
    let env = Env::with_demo();
    let v = env.json(&["whoami"]);
    assert_eq!(v["test_clock"], true);
    assert_eq!(v["session_expires_at"], "2027-01-01T12:00:00Z");
    let token = env.token(CONTOSO_ADMIN, PASS);
    let v = env.json_as(&token, &["whoami"]);
    assert_eq!(v["session_expires_at"], "2027-01-01T12:00:00Z");
}

#[test]
fn whoami_and_doctor_tell_a_test_database_from_a_real_one() {
    let test = Env::init();
    assert_eq!(test.json(&["whoami"])["test_clock"], true);
    let table = test.run(&["whoami"]).ok().stdout;
    assert!(
        table.contains("test database: PARTNERCTL_NOW sets its clock"),
        "{table}"
    );
    let doctor = test.json(&["doctor"]);
    let finding = doctor["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "test-clock")
        .unwrap_or_else(|| panic!("no test-clock finding: {doctor}"));
    assert_eq!(finding["severity"], "info");
    assert!(finding["message"]
        .as_str()
        .unwrap()
        .contains("PARTNERCTL_NOW"));

    let real = Env::real();
    assert_eq!(real.json(&["whoami"])["test_clock"], false);
    let table = real.run(&["whoami"]).ok().stdout;
    assert!(table.contains("system clock only"), "{table}");
    let doctor = real.json(&["doctor"]);
    assert!(
        doctor["findings"]
            .as_array()
            .unwrap()
            .iter()
            .all(|f| f["code"] != "test-clock"),
        "{doctor}"
    );
}
