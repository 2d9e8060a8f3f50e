//! The ready-made CI scenarios under fixtures/scenarios/ run here against the built binary,
//! each in its own temp HOME and database, exactly as a pipeline would run them.

use std::path::Path;
use std::process::{Command, Output};

fn scenario(name: &str, home: &Path, extra: &[(&str, &str)]) -> Output {
    let script = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fixtures/scenarios")
        .join(name);
    let mut cmd = Command::new("bash");
    cmd.arg(script)
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("PARTNERCTL", env!("CARGO_BIN_EXE_partnerctl"));
    for (k, v) in extra {
        cmd.env(k, v);
    }
    cmd.output().expect("bash runs")
}

fn passes(name: &str) {
    let home = tempfile::tempdir().unwrap();
    let out = scenario(name, home.path(), &[]);
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
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("review.db");
    let demo = Command::new(env!("CARGO_BIN_EXE_partnerctl"))
        .args(["demo", "--db"])
        .arg(&db)
        .env_clear()
        .env("HOME", home.path())
        .output()
        .unwrap();
    assert!(demo.status.success());
    let policy = home.path().join("policy.txt");
    // The admin agent may read contoso's users: a policy forbidding it must fail the run.
    std::fs::write(
        &policy,
        "admin@fabrikam-partners.example user.read\nsales@fabrikam-partners.example user.read\n",
    )
    .unwrap();
    let out = scenario(
        "access-review.sh",
        home.path(),
        &[
            ("PARTNERCTL_DB", db.to_str().unwrap()),
            ("POLICY", policy.to_str().unwrap()),
        ],
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
