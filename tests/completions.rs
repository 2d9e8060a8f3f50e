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

/// What bash offers after `partnerctl WORDS <TAB>` with the checked-in completions sourced.
fn bash_offers(words: &str) -> Vec<String> {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/partnerctl.bash");
    let script = format!(
        "source {}; read -ra W <<< \"partnerctl {words}\"; COMP_WORDS=(\"${{W[@]}}\" \"\"); \
         COMP_CWORD=${{#W[@]}}; COMP_LINE=\"partnerctl {words} \"; COMP_POINT=${{#COMP_LINE}}; \
         _partnerctl partnerctl \"\" \"${{W[-1]}}\"; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        file.display()
    );
    let out = Command::new("bash")
        .args(["--norc", "--noprofile", "-c", &script])
        .env_clear()
        .output()
        .expect("bash runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout)
        .expect("utf-8")
        .lines()
        .map(String::from)
        .collect()
}

#[test]
fn bash_completes_closed_value_sets() {
    let roles = [
        "global-admin",
        "billing-admin",
        "user-admin",
        "helpdesk-admin",
        "service-support-admin",
        "global-reader",
        "relationship-admin",
    ];
    assert_eq!(bash_offers("invite --access"), roles);
    let offered = |w: &str| bash_offers(w);
    assert_eq!(
        offered("invites list --status"),
        ["pending", "accepted", "declined", "revoked", "expired"]
    );
    assert_eq!(
        offered("grants add someone@x.example --role"),
        ["admin-agent", "helpdesk-agent", "sales-agent"]
    );
    assert_eq!(
        offered("dashboard --health"),
        ["operational", "advisory", "degraded", "interrupted"]
    );
    assert!(offered("can").contains(&"user.read".to_string()));
    let set = offered("health set");
    assert!(set.contains(&"exchange".to_string()) && set.contains(&"degraded".to_string()));
    assert_eq!(offered("-o"), ["table", "json", "csv", "tsv"]);
}
