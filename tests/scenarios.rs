//! The ready-made CI scenarios under fixtures/scenarios/ run here against the built binary,
//! each in its own temp HOME and database, exactly as a pipeline would run them.

mod common;

use std::path::Path;
use std::process::{Command, Output};

use common::Env;

/// Runs a scenario script in `env`'s HOME. On SQLite the script makes its own database in a
/// temporary directory (unless `extra` names one); on PostgreSQL PARTNERCTL_DB is the test's
/// database, as its owner: a script runs `init` or `demo` and everything after with one URL.
fn scenario(name: &str, env: &Env, extra: &[(&str, &str)]) -> Output {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/scenarios")
        .join(name);
    let mut cmd = Command::new("bash");
    cmd.arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("PARTNERCTL", env!("CARGO_BIN_EXE_partnerctl"))
        .current_dir(env.home());
    if let Some(pg) = &env.pg {
        cmd.env("PARTNERCTL_DB", &pg.owner_url);
    }
    for (k, v) in extra {
        cmd.env(k, v);
    }
    cmd.output().expect("bash runs")
}

fn passes(name: &str) {
    let env = Env::new();
    let out = scenario(name, &env, &[]);
    assert!(
        out.status.success(),
        "{name} failed ({:?}):\nstdout:\n{}\nstderr:\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains(": ok") || name == "access-review.sh");
}

#[test]
fn onboarding_a_batch_from_csv() {
    passes("onboarding.sh");
}

#[test]
fn an_offer_with_delegation_buys_and_delegates_in_one_step() {
    passes("offer-with-delegation.sh");
}

#[test]
fn offboarding_removes_access() {
    passes("offboarding.sh");
}

#[test]
fn expiry_drill() {
    passes("expiry-drill.sh");
}

#[test]
fn access_review_passes_on_the_demo() {
    passes("access-review.sh");
}

#[test]
fn access_review_fails_the_pipeline_on_a_violation() {
    // The demo on the system clock, as the script runs without PARTNERCTL_NOW.
    let mut env = Env::new();
    env.now = String::new();
    env.run(&["demo"]).ok();
    let policy = env.home().join("policy.txt");
    // The admin agent may read contoso's users: a policy forbidding it must fail the run.
    std::fs::write(
        &policy,
        "admin@fabrikam-partners.example user.read\nsales@fabrikam-partners.example user.read\n",
    )
    .unwrap();
    let db = env.db_arg();
    let out = scenario(
        "access-review.sh",
        &env,
        &[("PARTNERCTL_DB", &db), ("POLICY", policy.to_str().unwrap())],
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert_eq!(
        out.status.code(),
        Some(1),
        "{stdout}\n{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("VIOLATION: admin@fabrikam-partners.example may user.read"),
        "{stdout}"
    );
    assert!(stdout.contains("1 violation(s)"), "{stdout}");
}

#[test]
fn dap_to_gdap_migration_without_a_gap() {
    passes("gdap-migration.sh");
}
