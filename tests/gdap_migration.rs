//! Relationship templates and bulk migration (SPEC §3): `templates …`, `invite --template`,
//! `relationships migrate --template T` over every matching relationship, all or nothing.

mod common;

use common::demo::{CONTOSO, CONTOSO_ADMIN, FAB_ADMIN, FAB_HELPDESK, FAB_READER, PASS};
use common::*;
use serde_json::json;

#[test]
fn templates_hold_terms_and_assignments_and_invites_use_them() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    env.json_as(&fab, &["groups", "create", "tier2"]);
    env.json_as(&fab, &["groups", "members", "add", "tier2", FAB_READER]);
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    let before = env.state();
    // Roles outside the access, an unknown group, global-admin with auto-extend: refused.
    for (args, code, err) in [
        (
            vec!["--access", "helpdesk-admin", "--assign", "tier2=user-admin"],
            2,
            "invalid_input",
        ),
        (
            vec![
                "--access",
                "helpdesk-admin",
                "--assign",
                "nobody=helpdesk-admin",
            ],
            5,
            "not_found",
        ),
        (
            vec!["--duration", "30d", "--auto-extend"],
            2,
            "invalid_input",
        ),
        (vec!["--assign", "tier2"], 2, "invalid_input"),
    ] {
        let mut a = vec!["templates", "create", "bad", "-o", "json"];
        a.extend(args);
        env.run_as(&fab, &a).fails(code, err);
    }
    env.run_as(&helpdesk, &["templates", "create", "mine", "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(env.state(), before);

    let t = env.json_as(
        &fab,
        &[
            "templates",
            "create",
            "helpdesk-year",
            "--access",
            "helpdesk-admin",
            "--access",
            "global-reader",
            "--duration",
            "365d",
            "--assign",
            "helpdesk-agents=helpdesk-admin",
            "--assign",
            "tier2=global-reader+helpdesk-admin",
        ],
    );
    assert_eq!(t["access"], json!(["helpdesk-admin", "global-reader"]));
    assert_eq!(
        t["assignments"],
        json!([
            {"group": "helpdesk-agents", "roles": ["helpdesk-admin"]},
            {"group": "tier2", "roles": ["helpdesk-admin", "global-reader"]}
        ])
    );
    assert_eq!(
        env.json_as(&fab, &["templates", "list"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
    env.run_as(
        &fab,
        &["templates", "create", "helpdesk-year", "-o", "json"],
    )
    .fails(6, "conflict");
    // --template takes the place of --access/--duration.
    env.run_as(
        &fab,
        &[
            "invite",
            "--template",
            "helpdesk-year",
            "--access",
            "global-reader",
        ],
    )
    .expect(2);

    // An invite from the template: its terms, and on acceptance its assignments.
    let inv = env.json_as(
        &fab,
        &[
            "invite",
            "--template",
            "helpdesk-year",
            "--customer-domain",
            CONTOSO,
        ],
    );
    assert_eq!(inv["access"], t["access"]);
    assert_eq!(inv["duration_days"], 365);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let acc = env.json_as(
        &contoso,
        &["accept", inv["token"].as_str().unwrap(), "--yes"],
    );
    let shown = env.json_as(
        &fab,
        &["relationships", "show", acc["id"].as_str().unwrap()],
    );
    assert_eq!(shown["assignments"], t["assignments"]);
    // Deleting the template leaves what was made from it.
    env.json_as(&fab, &["templates", "delete", "helpdesk-year"]);
    assert_eq!(env.json_as(&fab, &["templates", "list"]), json!([]));
    let shown = env.json_as(
        &fab,
        &["relationships", "show", acc["id"].as_str().unwrap()],
    );
    assert_eq!(shown["assignments"], t["assignments"]);
}

/// Microsoft's own migration tool caps a batch at 25 relationships; ours renews every
/// matching one in one run: here 10,000 classic DAP customers.
#[test]
fn ten_thousand_relationships_are_migrated_in_one_run() {
    let env = Env::new();
    env.run(&["demo", "--customers", "10000"]).ok();
    let fab = env.token(FAB_ADMIN, PASS);
    env.json_as(
        &fab,
        &[
            "templates",
            "create",
            "gdap",
            "--access",
            "helpdesk-admin",
            "--duration",
            "365d",
            "--assign",
            "helpdesk-agents=helpdesk-admin",
        ],
    );
    let dap: usize = env
        .scalar(
            "SELECT count(*) FROM relationships
              WHERE status = 'active' AND access = 'global-admin' AND expires_at IS NULL",
        )
        .parse()
        .unwrap();
    assert!(dap >= 9_990, "{dap}");
    let before = env.state();
    let planned = env.json_as(
        &fab,
        &[
            "relationships",
            "migrate",
            "--template",
            "gdap",
            "--dap-only",
            "--dry-run",
        ],
    );
    assert_eq!(planned["result"]["created"].as_array().unwrap().len(), dap);
    assert_eq!(env.state(), before, "the dry run wrote nothing");
    let v = env.json_as(
        &fab,
        &[
            "relationships",
            "migrate",
            "--template",
            "gdap",
            "--dap-only",
            "-q",
        ],
    );
    assert_eq!(v["created"].as_array().unwrap().len(), dap);
    assert_eq!(
        env.scalar("SELECT count(*) FROM invites WHERE status = 'pending' AND renews IS NOT NULL"),
        dap.to_string()
    );
    // Idempotent: a re-run with --skip-existing makes nothing new.
    let again = env.json_as(
        &fab,
        &[
            "relationships",
            "migrate",
            "--template",
            "gdap",
            "--dap-only",
            "--skip-existing",
            "-q",
        ],
    );
    assert_eq!(again["created"], json!([]));
    assert_eq!(again["skipped"].as_array().unwrap().len(), dap);
    env.json_as(&fab, &["audit", "verify"]);
}

#[test]
fn migrate_writes_one_message_per_invite_after_the_commit() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    env.json_as(
        &fab,
        &[
            "templates",
            "create",
            "gdap",
            "--access",
            "global-reader",
            "--duration",
            "90d",
        ],
    );
    let dir = env.home().join("out");
    let d = dir.display().to_string();
    // A dry run writes no message.
    env.json_as(
        &fab,
        &[
            "relationships",
            "migrate",
            "--template",
            "gdap",
            "--dap-only",
            "--email-dir",
            &d,
            "--dry-run",
        ],
    );
    assert!(!dir.exists() || std::fs::read_dir(&dir).unwrap().next().is_none());
    let v = env.json_as(
        &fab,
        &[
            "relationships",
            "migrate",
            "--template",
            "gdap",
            "--dap-only",
            "--email-dir",
            &d,
        ],
    );
    let created = v["created"].as_array().unwrap();
    assert_eq!(
        created.len(),
        1,
        "contoso is the demo's one DAP customer: {v}"
    );
    let file = created[0]["email_file"].as_str().unwrap();
    let text = std::fs::read_to_string(file).unwrap();
    assert!(text.contains("To: <admin@contoso.example>"), "{text}");
    assert!(
        text.contains(created[0]["accept_command"].as_str().unwrap()),
        "{text}"
    );
    let names: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names.len(), 1, "no staged file is left: {names:?}");
}
