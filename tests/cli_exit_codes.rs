//! Every exit code of SPEC §4 reachable so far (7 needs a person at a prompt), each with its
//! error object under `-o json`, its one line for people, and the data left unchanged.

mod common;

use common::backend::WriteLock;
use common::*;

/// Runs a failing command twice, for people and for scripts, and checks both forms and that
/// the database's bytes did not change. Returns the JSON error object.
#[track_caller]
fn refused(
    env: &Env,
    args: &[&str],
    stdin: &str,
    code: i32,
    error_code: &str,
) -> serde_json::Value {
    let before = env.bytes();
    let people = env.run_in(args, stdin).expect(code);
    assert!(people.stdout.is_empty(), "{}", people.stdout);
    let lines: Vec<&str> = people.stderr.lines().collect();
    assert_eq!(
        lines.len(),
        1,
        "not one line for people:\n{}",
        people.stderr
    );
    assert!(lines[0].starts_with("error: "), "{}", people.stderr);

    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    let e = env.run_in(&a, stdin).fails(code, error_code);
    assert_eq!(
        format!("error: {}", e["message"].as_str().unwrap()),
        lines[0],
        "the JSON message differs from the line for people"
    );
    assert_eq!(
        env.bytes(),
        before,
        "`{}` changed the database",
        args.join(" ")
    );
    e
}

#[test]
fn exit_1_internal() {
    let env = Env::new();
    let path = env.home().join("garbage.db");
    std::fs::write(&path, b"\x00\x01 definitely not sqlite \xff".repeat(100)).unwrap();
    let before = std::fs::read(&path).unwrap();
    let e = refused(
        &env,
        &["whoami", "--db", path.to_str().unwrap()],
        "",
        1,
        "internal",
    );
    assert!(e["reason"].is_null());
    assert_eq!(std::fs::read(&path).unwrap(), before);
}

#[test]
fn exit_2_invalid_input() {
    let env = Env::with_contoso();
    refused(&env, &["users", "add", "not-a-upn"], "", 2, "invalid_input");
    refused(
        &env,
        &["users", "add", "x@contoso.example"],
        "",
        2,
        "invalid_input",
    );
    refused(
        &env,
        &["users", "add", "x@operator.example", "--password-stdin"],
        "short\n",
        2,
        "invalid_input",
    );
    refused(
        &env,
        &["can", "user.read", "--user", "not a upn"],
        "",
        2,
        "invalid_input",
    );
    // An action outside the catalogue is clap's usage error (the catalogue is its closed set of
    // values, so shells complete it): exit 2 all the same.
    env.run(&["can", "no.such-action", "-o", "json"])
        .fails(2, "invalid_input");
    // A bad clock is a usage error too.
    let r = env
        .run_with(
            &["whoami", "-o", "json"],
            "",
            &[("PARTNERCTL_NOW", "tomorrow")],
        )
        .fails(2, "invalid_input");
    assert!(
        r["message"].as_str().unwrap().contains("PARTNERCTL_NOW"),
        "{r}"
    );
    // A time with an offset is read as the same instant in UTC.
    let mut env2 = Env::init();
    env2.now = "2027-01-01T13:59:59+02:00".into();
    env2.run(&["whoami"]).ok();
    env2.now = "2027-01-01T14:00:00+02:00".into();
    env2.run(&["whoami"]).expect(3);
}

#[test]
fn exit_2_clap_usage_errors_with_json() {
    let env = Env::init();
    let before = env.bytes();
    for args in [
        &["frobnicate"][..],
        &["users", "add"],
        &["users", "roles", "add", "a@operator.example", "emperor"],
        &["tenants"],
        &["whoami", "--tenant"],
        &["login", OP_ADMIN, "--ttl", "forever"],
    ] {
        let r = env.run(args).expect(2);
        assert!(r.stderr.starts_with("error: "), "{args:?}: {}", r.stderr);
        assert!(
            !r.stderr.contains("{\"error\""),
            "{args:?}: JSON without -o json"
        );
        for json in [&["-o", "json"][..], &["--output=json"], &["-ojson"]] {
            let mut a = args.to_vec();
            a.extend_from_slice(json);
            let e = env.run(&a).fails(2, "invalid_input");
            assert!(!e["message"].as_str().unwrap().contains('\n'), "{e}");
        }
        let e = env
            .run_with(args, "", &[("PARTNERCTL_OUTPUT", "json")])
            .fails(2, "invalid_input");
        assert!(e["reason"].is_null());
    }
    // `-o` later on the line wins, as clap reads it.
    let r = env
        .run(&["frobnicate", "-o", "json", "-o", "table"])
        .expect(2);
    assert!(!r.stderr.contains("{\"error\""), "{}", r.stderr);
    assert_eq!(env.bytes(), before);

    // help and version are not errors
    let r = env.run(&["--help"]).ok();
    assert!(r.stdout.contains("Usage"), "{}", r.stdout);
    let r = env.run(&["--version", "-o", "json"]).ok();
    assert!(r.stdout.contains(env!("CARGO_PKG_VERSION")), "{}", r.stdout);
}

#[test]
fn exit_3_unauthenticated() {
    let env = Env::with_contoso();
    let e = refused(
        &env,
        &["login", CONTOSO_ADMIN, "--password-stdin"],
        "wrong-password\n",
        3,
        "unauthenticated",
    );
    assert_eq!(e["reason"], "not-signed-in");
    env.run(&["logout"]).ok();
    let e = refused(&env, &["users", "list"], "", 3, "unauthenticated");
    assert_eq!(e["reason"], "not-signed-in");
    assert!(e["message"].as_str().unwrap().contains("login"), "{e}");
    // a revoked token, an expired one
    let token = env.token(OP_ADMIN, OP_PASS);
    env.run_as(&token, &["logout"]).ok();
    let before = env.bytes();
    env.run_as(
        &token,
        &["tenants", "update", "--phone", "+1 555 0100", "-o", "json"],
    )
    .fails(3, "unauthenticated");
    assert_eq!(env.bytes(), before);
}

#[test]
fn exit_4_permission_denied() {
    let env = Env::with_contoso();
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    // Denials are audited, so compare everything but the audit trail.
    let state = env.state();
    let audit = env.audit().len();
    let e = env
        .run(&[
            "tenants",
            "create",
            "X",
            "--domain",
            "x.example",
            "--admin",
            "a@x.example",
            "-o",
            "json",
        ])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "operator-only");
    let r = env
        .run(&["users", "list", "--tenant", "operator.example"])
        .expect(4);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr.starts_with("error: permission denied"),
        "{}",
        r.stderr
    );
    assert_eq!(env.state(), state);
    let after = env.audit();
    assert_eq!(after.len(), audit + 2);
    assert!(after[audit..]
        .iter()
        .all(|(_, outcome, _)| outcome == "denied"));

    // `can` exits 4 on a denial, with the decision on stdout and no error.
    let r = env
        .run(&["can", "tenant.provision", "-o", "json"])
        .expect(4);
    assert_eq!(r.json()["allowed"], false);
    assert!(r.stderr.is_empty(), "{}", r.stderr);
    assert_eq!(env.state(), state);
}

#[test]
fn exit_5_not_found() {
    let env = Env::with_contoso();
    refused(
        &env,
        &["users", "remove", "ghost@operator.example"],
        "",
        5,
        "not_found",
    );
    refused(
        &env,
        &["tenants", "show", "--tenant", "ghost.example"],
        "",
        5,
        "not_found",
    );
    // Whoever may read contoso's users learns that a user does not exist; anyone else gets the
    // denial an existing user would give (tests/security_boundary.rs).
    env.login(CONTOSO_ADMIN, CONTOSO_PASS);
    refused(
        &env,
        &["can", "user.read", "--user", "ghost@contoso.example"],
        "",
        5,
        "not_found",
    );
    let missing = env.home().join("missing.db");
    let e = refused(
        &env,
        &["whoami", "--db", missing.to_str().unwrap()],
        "",
        5,
        "not_found",
    );
    assert!(
        e["message"].as_str().unwrap().contains("partnerctl init"),
        "{e}"
    );
    assert!(!missing.exists());
}

#[test]
fn exit_6_conflict() {
    let env = Env::with_contoso();
    refused(
        &env,
        &["init", "--test-clock", "--password-stdin"],
        "another-pass\n",
        6,
        "conflict",
    );
    refused(
        &env,
        &[
            "tenants",
            "create",
            "Again",
            "--domain",
            CONTOSO,
            "--admin",
            "b@contoso.example",
        ],
        "",
        6,
        "conflict",
    );
    refused(&env, &["users", "add", OP_ADMIN], "", 6, "conflict");
    refused(&env, &["users", "remove", OP_ADMIN], "", 6, "conflict");
    refused(
        &env,
        &["users", "roles", "add", OP_ADMIN, "global-admin"],
        "",
        6,
        "conflict",
    );
}

#[test]
fn exit_8_unavailable() {
    let env = Env::init();
    // A schema version newer than this binary knows: SQLite keeps it in the file's header,
    // PostgreSQL in `meta`.
    if common::backend::on_postgres() {
        env.sql("UPDATE meta SET value = '42' WHERE key = 'schema_version'");
    } else {
        env.sql("PRAGMA user_version = 42");
    }
    let e = refused(&env, &["users", "list"], "", 8, "unavailable");
    assert!(e["message"].as_str().unwrap().contains("42"), "{e}");

    let env = Env::init();
    let lock = WriteLock::take(&env);
    let before = env.bytes();
    env.run_with(
        &["users", "add", "x@operator.example", "-o", "json"],
        "",
        &[("PARTNERCTL_BUSY_TIMEOUT_MS", "150")],
    )
    .fails(8, "unavailable");
    lock.release();
    assert_eq!(env.bytes(), before);
    assert_eq!(env.upns("operator.example"), [OP_ADMIN]);
}

#[test]
fn json_output_from_the_environment() {
    let env = Env::init();
    let r = env
        .run_with(&["whoami"], "", &[("PARTNERCTL_OUTPUT", "json")])
        .ok();
    assert_eq!(r.json()["upn"], OP_ADMIN);
    env.run_with(
        &["users", "remove", OP_ADMIN],
        "",
        &[("PARTNERCTL_OUTPUT", "json")],
    )
    .fails(6, "conflict");
}

#[test]
fn exit_9_findings() {
    let env = Env::with_contoso();
    // An edited audit entry: `audit verify` finds the chain broken, `doctor` reports it as an
    // error; both exit 9 (`findings`), the report on stdout.
    env.sql("UPDATE audit SET object = 'someone.else' WHERE seq = 1");
    let v = env.run(&["audit", "verify", "-o", "json"]).expect(9);
    assert_eq!(v.json()["ok"], false);
    assert_eq!(v.error()["code"], "findings");
    let d = env.run(&["doctor", "-o", "json"]).expect(9);
    let report = d.json();
    assert!(report["errors"].as_u64().unwrap() >= 1, "{report}");
    assert!(
        d.stderr.is_empty(),
        "doctor's report is on stdout: {}",
        d.stderr
    );
}

#[test]
fn a_usage_error_under_json_ends_stderr_with_the_error_object() {
    let env = Env::with_contoso();
    let r = env.run(&["groups", "create", "-o", "json"]).expect(2);
    let lines: Vec<&str> = r.stderr.lines().collect();
    assert!(lines[0].starts_with("error: "), "{}", r.stderr);
    assert!(r.stderr.contains("Usage:"), "{}", r.stderr);
    let last: serde_json::Value = serde_json::from_str(lines.last().unwrap())
        .unwrap_or_else(|e| panic!("the last line is not the JSON object ({e}): {}", r.stderr));
    assert_eq!(last["error"]["code"], "invalid_input");
    assert_eq!(
        lines.iter().filter(|l| l.starts_with('{')).count(),
        1,
        "{}",
        r.stderr
    );
}
