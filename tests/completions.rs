//! The shell completions checked in under `completions/` must be what the binary prints today.

use std::path::Path;
use std::process::Command;

/// (shell argument, checked-in file name)
const SHELLS: &[(&str, &str)] = &[
    ("bash", "partnerctl.bash"),
    ("zsh", "_partnerctl"),
    ("fish", "partnerctl.fish"),
    ("powershell", "_partnerctl.ps1"),
    ("elvish", "partnerctl.elv"),
];

const REGENERATE: &str = "completions/regenerate.sh";

fn generated(shell: &str) -> Vec<u8> {
    let out = Command::new(env!("CARGO_BIN_EXE_partnerctl"))
        .args(["completions", shell])
        .env_clear()
        .output()
        .expect("run partnerctl completions");
    assert!(
        out.status.success(),
        "partnerctl completions {shell} exited {:?}: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(out.stderr.is_empty(), "completions {shell} wrote to stderr");
    out.stdout
}

#[test]
fn checked_in_completions_are_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let mut stale = Vec::new();
    for (shell, file) in SHELLS {
        let want = generated(shell);
        assert!(!want.is_empty(), "completions {shell} printed nothing");
        match std::fs::read(dir.join(file)) {
            Ok(have) if have == want => {}
            Ok(_) => stale.push(format!("completions/{file} is stale")),
            Err(e) => stale.push(format!("completions/{file} is missing or unreadable ({e})")),
        }
    }
    assert!(
        stale.is_empty(),
        "{}; regenerate with: {REGENERATE}",
        stale.join("; ")
    );
}

#[test]
fn every_shell_names_the_binary_and_its_commands() {
    for (shell, _) in SHELLS {
        let script = String::from_utf8(generated(shell)).expect("utf-8");
        for word in ["partnerctl", "whoami", "can", "completions"] {
            assert!(script.contains(word), "{shell} completions lack {word:?}");
        }
    }
}

#[test]
fn unknown_shell_is_a_usage_error() {
    let out = Command::new(env!("CARGO_BIN_EXE_partnerctl"))
        .args(["completions", "tcsh"])
        .env_clear()
        .output()
        .expect("run partnerctl completions");
    assert_eq!(out.status.code(), Some(2));
    assert!(out.stdout.is_empty());
}
