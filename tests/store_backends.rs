//! The two backends behind one `--db`: `db copy` between them (all or nothing, verified at
//! the destination), `db migrate`, and on PostgreSQL the errors of a server that cannot be
//! reached, refuses the login or lacks the database, and a least-privileged role.

mod common;

use common::backend::{on_postgres, pg_base, PgDb};
use common::demo::{FAB_ADMIN, PASS};
use common::*;

/// What the partner admin sees, as JSON, through `--db at`.
fn views(env: &Env, token: &str, at: &str) -> Vec<String> {
    [
        vec!["dashboard"],
        vec!["customers", "list"],
        vec!["grants", "list"],
        vec!["invites", "list"],
        vec!["audit", "list"],
    ]
    .iter()
    .map(|args| {
        let mut a = vec!["--db", at, "-o", "json"];
        a.extend(args);
        env.run_as(token, &a).ok().stdout
    })
    .collect()
}

fn verify(env: &Env, at: &str) -> serde_json::Value {
    let token = env.token_at(at);
    env.json_as(&token, &["--db", at, "audit", "verify"])
}

impl EnvExt for Env {
    fn token_at(&self, at: &str) -> String {
        let r = self
            .run_in(
                &[
                    "--db",
                    at,
                    "login",
                    FAB_ADMIN,
                    "--password-stdin",
                    "--print-token",
                ],
                &format!("{PASS}\n"),
            )
            .ok();
        r.stdout.trim().to_string()
    }
}

trait EnvExt {
    fn token_at(&self, at: &str) -> String;
}

/// A second store for the test to copy into: a new file, or a new database on the server.
struct Dest {
    at: String,
    _pg: Option<PgDb>,
}

fn new_dest(env: &Env, file: &str) -> Dest {
    match pg_base() {
        Some(base) => {
            let pg = PgDb::create(base);
            Dest {
                at: pg.owner_url.clone(),
                _pg: Some(pg),
            }
        }
        None => Dest {
            at: env.home().join(file).display().to_string(),
            _pg: None,
        },
    }
}

#[test]
fn db_copy_moves_the_whole_store_and_back_with_the_same_views() {
    let env = Env::with_demo();
    let token = env.token(FAB_ADMIN, PASS);
    let source = env.db_arg();
    let before = views(&env, &token, &source);
    let head = env.json_as(&token, &["audit", "verify"]);

    // Out to a file, then (on PostgreSQL) back to a new database: each hop verified.
    let file = env.home().join("copy.db").display().to_string();
    let v = env
        .run(&["db", "copy", "--from", &source, "--to", &file, "-o", "json"])
        .ok()
        .json();
    assert_eq!(v["audit"]["ok"], true, "{v}");
    assert_eq!(v["audit"]["entries"], head["entries"]);
    assert!(v["rows"]["tenants"].as_u64().unwrap() >= 5, "{v}");
    assert_eq!(
        views(&env, &token, &file),
        before,
        "the file copy shows the same"
    );

    let back = new_dest(&env, "back.db");
    env.run(&["db", "copy", "--from", &file, "--to", &back.at])
        .ok();
    assert_eq!(
        views(&env, &token, &back.at),
        before,
        "the copy back shows the same"
    );
    let at_back = verify(&env, &back.at);
    assert_eq!(at_back["ok"], true);
    assert_eq!(
        at_back["head"], head["head"],
        "the same chain, head included"
    );

    // The copy keeps numbering where the source left off.
    env.run_as(
        &token,
        &[
            "--db",
            &back.at,
            "requests",
            "create",
            "--tenant",
            "contoso.example",
            "--title",
            "after the copy",
        ],
    )
    .ok();
}

#[test]
fn db_copy_refuses_a_store_as_destination_and_changes_nothing() {
    let env = Env::with_demo();
    let other = Env::init();
    let dest = other.db_arg();
    let before = other.state();
    let e = env
        .run(&[
            "db",
            "copy",
            "--from",
            &env.db_arg(),
            "--to",
            &dest,
            "-o",
            "json",
        ])
        .fails(6, "conflict");
    assert!(
        e["message"].as_str().unwrap().contains("must be empty"),
        "{e}"
    );
    assert_eq!(other.state(), before);
    // The same store on both sides is a usage error.
    env.run(&["db", "copy", "--from", &env.db_arg(), "--to", &env.db_arg()])
        .expect(2);
}

#[test]
fn db_copy_of_a_broken_chain_copies_nothing() {
    let env = Env::with_demo();
    env.sql("UPDATE audit SET summary = 'edited' WHERE seq = 3");
    let dest = new_dest(&env, "copy.db");
    let r = env.run(&["db", "copy", "--from", &env.db_arg(), "--to", &dest.at]);
    let _ = r.expect(1);
    // Nothing landed: the destination holds no store (a new file is removed again).
    let probe = env.run(&["--db", &dest.at, "whoami"]);
    assert!(
        probe.code == 5 || probe.code == 8,
        "destination should hold no store: {probe:?}"
    );
    if !on_postgres() {
        assert!(!std::path::Path::new(&dest.at).exists());
    }
}

#[test]
fn db_migrate_on_a_current_store_reports_its_version() {
    let env = Env::init();
    let v = env.run(&["db", "migrate", "-o", "json"]).ok().json();
    assert!(v["schema_version"].as_u64().unwrap() >= 5, "{v}");
}

#[test]
fn db_grant_is_for_postgresql() {
    let env = Env::init();
    if on_postgres() {
        // A role name that is not one is refused before anything is sent.
        env.run(&["db", "grant", "x; DROP TABLE audit"]).expect(2);
        return;
    }
    env.run(&["db", "grant", "someone"]).expect(2);
}

// ----- PostgreSQL only -------------------------------------------------------------------

#[test]
fn an_unreachable_server_is_exit_8_naming_host_and_port() {
    let env = Env::new();
    let r = env.run(&[
        "--db",
        "postgres://nobody@127.0.0.1:1/pctl?connect_timeout=5",
        "whoami",
    ]);
    let r = r.expect(8);
    assert!(r.stderr.contains("127.0.0.1:1"), "{}", r.stderr);
    let r = env.run(&[
        "--db",
        "postgres://nobody@%2Fnonexistent%2Fdir/pctl",
        "whoami",
    ]);
    let r = r.expect(8);
    assert!(r.stderr.contains("/nonexistent/dir:5432"), "{}", r.stderr);
}

#[test]
fn a_refused_login_says_so_without_the_password() {
    let Some(base) = pg_base() else { return };
    let env = Env::new();
    let url = common::backend::url_for(base, Some("no_such_role:s3cret-pw"), "postgres");
    let r = env.run(&["--db", &url, "whoami"]);
    let r = r.expect(8);
    assert!(r.stderr.contains("refused the login"), "{}", r.stderr);
    assert!(!r.stderr.contains("s3cret-pw"), "{}", r.stderr);
}

#[test]
fn an_unknown_database_is_exit_8_suggesting_init() {
    let Some(base) = pg_base() else { return };
    let env = Env::new();
    let url = common::backend::url_for(base, None, "no_such_database_here");
    let r = env.run(&["--db", &url, "whoami"]);
    let r = r.expect(8);
    assert!(r.stderr.contains("partnerctl init --db"), "{}", r.stderr);
}

#[test]
fn the_app_role_may_append_to_the_audit_trail_but_never_change_it() {
    if !on_postgres() {
        return;
    }
    let env = Env::with_demo();
    let pg = env.pg.as_ref().unwrap();
    let mut app = postgres::Client::connect(&pg.app_url, postgres::NoTls).unwrap();
    for sql in [
        "UPDATE audit SET summary = 'x' WHERE seq = 1",
        "DELETE FROM audit WHERE seq = 1",
        "TRUNCATE audit",
        "UPDATE meta SET value = 'x'",
        "CREATE TABLE mine (x int)",
        "DROP TABLE tenants",
    ] {
        let e = app.batch_execute(sql).expect_err(sql);
        assert_eq!(
            e.code(),
            Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE),
            "{sql}: {e}"
        );
    }
    let owns: i64 = app
        .query_one(
            "SELECT count(*) FROM pg_tables WHERE tableowner = current_user",
            &[],
        )
        .unwrap()
        .get(0);
    assert_eq!(owns, 0, "the app role owns nothing");
    let token = env.token(FAB_ADMIN, PASS);
    env.json_as(&token, &["audit", "verify"]);
}

#[test]
fn a_schema_behind_the_binary_needs_the_owner() {
    if !on_postgres() {
        return;
    }
    let env = Env::with_demo();
    let token = env.token(FAB_ADMIN, PASS);
    env.sql("UPDATE meta SET value = '4' WHERE key = 'schema_version'");
    let r = env.run_as(&token, &["whoami"]);
    let r = r.expect(8);
    assert!(r.stderr.contains("db migrate"), "{}", r.stderr);
}

/// Many admins at once: 16 processes each making 200 changes one command at a time, all
/// queued on the write lock. Nothing is lost, no lock error reaches anyone, and the chain
/// verifies afterwards.
#[test]
fn sixteen_admins_making_two_hundred_changes_each_lose_nothing() {
    let env = Env::with_demo();
    let token = env.token(FAB_ADMIN, PASS);
    let number = env.json_as(
        &token,
        &[
            "requests",
            "create",
            "--tenant",
            "contoso.example",
            "--title",
            "busy",
        ],
    )["number"]
        .as_str()
        .expect("a request number")
        .to_string();
    let before: i64 = env.scalar("SELECT count(*) FROM audit").parse().unwrap();
    std::thread::scope(|s| {
        for k in 0..16 {
            let (env, token, number) = (&env, &token, &number);
            s.spawn(move || {
                for i in 0..200 {
                    let message = format!("admin {k} change {i}");
                    env.run_as(
                        token,
                        &[
                            "requests",
                            "comment",
                            number,
                            "--tenant",
                            "contoso.example",
                            "--message",
                            &message,
                        ],
                    )
                    .ok();
                }
            });
        }
    });
    let comments = env.scalar(&format!(
        "SELECT count(*) FROM service_request_comments WHERE number = {}",
        number.trim_start_matches("SR-").trim_start_matches('0')
    ));
    assert_eq!(comments, "3200");
    let after: i64 = env.scalar("SELECT count(*) FROM audit").parse().unwrap();
    assert_eq!(after - before, 3200);
    assert_eq!(env.json_as(&token, &["audit", "verify"])["ok"], true);
}

/// TLS as libpq's `sslmode`, against the private server's TCP listener (scripts/pg-private
/// makes a CA and a certificate for `localhost` when `openssl` is available).
#[test]
fn tls_follows_sslmode_and_verify_full_checks_chain_and_name() {
    let (Ok(tls), Ok(ca)) = (
        std::env::var("PARTNERCTL_TEST_PG_TLS"),
        std::env::var("PARTNERCTL_TEST_PG_CA"),
    ) else {
        eprintln!("skipped: no TLS listener (PARTNERCTL_TEST_PG_TLS unset)");
        return;
    };
    let password = tls
        .split_once("postgres:")
        .and_then(|(_, rest)| rest.split_once('@'))
        .map(|(pw, _)| pw.to_string())
        .expect("a password in the URL");
    let env = Env::new();
    let at = |host: &str, db: &str, query: &str| {
        let base = tls.replace("@localhost:", &format!("@{host}:"));
        format!("{}/{db}?{query}", base.rsplit_once('/').unwrap().0)
    };
    let name = |mode: &str| format!("tls_{}_{mode}", std::process::id());
    // Encrypted without checking, and checked against the CA by name: both connect (init
    // creates each database).
    for (mode, query) in [
        ("require", "sslmode=require".to_string()),
        ("full", format!("sslmode=verify-full&sslrootcert={ca}")),
    ] {
        let url = at("localhost", &name(mode), &query);
        let r = env.run_in(
            &["--db", &url, "init", "--test-clock", "--password-stdin"],
            "tls-pass-123\n",
        );
        let r = r.ok();
        assert!(!r.stdout.contains(&password), "{}", r.stdout);
        env.run(&["--db", &url, "whoami"]).ok();
    }
    // verify-full refuses a certificate from an unknown issuer, and one for another name.
    for (host, query) in [
        ("localhost", "sslmode=verify-full".to_string()),
        ("127.0.0.1", format!("sslmode=verify-full&sslrootcert={ca}")),
    ] {
        let r = env.run(&["--db", &at(host, &name("full"), &query), "whoami"]);
        let r = r.expect(8);
        assert!(r.stderr.contains("certificate"), "{}", r.stderr);
        assert!(!r.stderr.contains(&password), "{}", r.stderr);
    }
    if let Some(base) = pg_base() {
        let mut c = postgres::Client::connect(base, postgres::NoTls).unwrap();
        for mode in ["require", "full"] {
            let _ = c.batch_execute(&format!(
                "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                name(mode)
            ));
        }
    }
}
