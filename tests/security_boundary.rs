//! The permission boundary under attack (issue 9): a decision and its change are one
//! transaction, uniqueness holds under races, `--tenant` is never ignored, side effects appear
//! only after the commit, targeted invites cannot be captured, and nothing answers "does this
//! exist?" to a caller who may not know.

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use common::backend::WriteLock;
use common::demo::{
    ADATUM, ADATUM_ADMIN, CONTOSO, CONTOSO_ADMIN, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_READER,
    FAB_SALES, NORTHWIND, OP_ADMIN, PASS, TAILSPIN, TAILSPIN_ADMIN,
};
use common::Env;

/// The binary exactly as `Env::cmd` prepares it (the same store, as the same role), as a plain
/// process that can run alongside others.
fn spawn(env: &Env, token: &str, args: &[&str]) -> Child {
    let mut c = env.cmd(args);
    c.env("PARTNERCTL_TOKEN", token)
        .env("PARTNERCTL_BUSY_TIMEOUT_MS", "60000");
    let mut p = Command::new(c.get_program());
    p.env_clear().args(c.get_args());
    for (k, v) in c.get_envs() {
        match v {
            Some(v) => p.env(k, v),
            None => p.env_remove(k),
        };
    }
    if let Some(dir) = c.get_current_dir() {
        p.current_dir(dir);
    }
    p.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn partnerctl")
}

/// Waits for a child; returns (exit code, stdout, stderr).
fn finish(c: Child) -> (i32, String, String) {
    let out = c.wait_with_output().expect("wait");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

/// One audit row: (seq, action, outcome, relationship_id, summary).
type AuditRow = (i64, String, String, Option<String>, Option<String>);

fn audit_rows(env: &Env) -> Vec<AuditRow> {
    // The columns that may be null come with a flag that tells null from any text.
    env.query(
        "SELECT seq, action, outcome, relationship_id IS NULL, relationship_id, summary IS NULL, summary
           FROM audit ORDER BY seq",
    )
    .into_iter()
    .map(|r| {
        (
            r[0].parse().unwrap(),
            r[1].clone(),
            r[2].clone(),
            (r[3] == "0").then(|| r[4].clone()),
            (r[5] == "0").then(|| r[6].clone()),
        )
    })
    .collect()
}

/// A count (or another integer) the query returns.
#[track_caller]
fn scalar(env: &Env, sql: &str) -> i64 {
    let v = env.scalar(sql);
    v.parse()
        .unwrap_or_else(|_| panic!("{sql}: {v:?} is not an integer"))
}

/// Point 1: with six partner creates racing the customer's removal of the partner, no create
/// commits after the removal under the relationship it ended, in ten rounds, checked in the
/// audit order.
#[test]
fn no_change_lands_after_the_relationship_it_relied_on_ended() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let mut ended = Vec::new();
    for round in 0..10 {
        let rel = if round == 0 {
            env.json_as(&contoso, &["partners", "list"])
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["partner"]["domain"] == FAB)
                .expect("the demo's relationship")["relationship_id"]
                .as_str()
                .unwrap()
                .to_string()
        } else {
            let inv = env.json_as(&fab, &["invite", "--customer-domain", CONTOSO]);
            env.json_as(
                &contoso,
                &["accept", inv["token"].as_str().unwrap(), "--yes"],
            )["id"]
                .as_str()
                .unwrap()
                .to_string()
        };
        let title = format!("race {round}");
        let creates: Vec<Child> = (0..6)
            .map(|_| {
                spawn(
                    &env,
                    &fab,
                    &["requests", "create", "--title", &title, "--tenant", CONTOSO],
                )
            })
            .collect();
        let remove = spawn(&env, &contoso, &["partners", "remove", FAB, "--yes"]);
        for c in creates {
            let (code, _, err) = finish(c);
            assert!(code == 0 || code == 4, "create exited {code}: {err}");
        }
        let (code, _, err) = finish(remove);
        assert_eq!(code, 0, "{err}");
        ended.push(rel);
    }
    let rows = audit_rows(&env);
    for rel in &ended {
        let removed_at = rows
            .iter()
            .find(|r| {
                r.1 == "partner.remove"
                    && r.2 == "allowed"
                    && r.4.as_deref().is_some_and(|s| s.contains(rel.as_str()))
            })
            .map(|r| r.0)
            .expect("the removal is audited");
        let late: Vec<_> = rows
            .iter()
            .filter(|r| {
                r.1 == "service-request.create"
                    && r.2 == "allowed"
                    && r.3.as_deref() == Some(rel.as_str())
                    && r.0 > removed_at
            })
            .collect();
        assert!(
            late.is_empty(),
            "creates committed after relationship {rel} ended: {late:?}"
        );
    }
    env.run_as(&contoso, &["audit", "verify"]).ok();
}

fn write_csv(dir: &Path, name: &str, domains: impl IntoIterator<Item = String>) -> PathBuf {
    let mut text = String::from("customer_domain,email\n");
    for d in domains {
        text.push_str(&format!("{d},admin@{d}\n"));
    }
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// Point 2: four identical bulk invites at once: exactly one run creates the invites, the others
/// are refused (exit 6), one pending invite per domain.
#[test]
fn concurrent_identical_bulk_invites_create_each_invite_once() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let csv = write_csv(
        env.home(),
        "same200.csv",
        (0..200).map(|i| format!("prospect{i:03}.example")),
    );
    let runs: Vec<Child> = (0..4)
        .map(|_| spawn(&env, &fab, &["invite", "--from-csv", csv.to_str().unwrap()]))
        .collect();
    let codes: Vec<i32> = runs.into_iter().map(|c| finish(c).0).collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert_eq!(codes.iter().filter(|c| **c == 6).count(), 3, "{codes:?}");
    assert_eq!(
        scalar(
            &env,
            "SELECT count(*) FROM invites WHERE customer_domain LIKE 'prospect%' AND status = 'pending'"
        ),
        200
    );
    assert_eq!(
        scalar(
            &env,
            "SELECT max(n) FROM (SELECT count(*) AS n FROM invites WHERE status = 'pending' GROUP BY customer_domain) AS per_domain"
        ),
        1
    );
    // A single invite for a domain that already has one pending is a conflict naming it.
    let e = env
        .run_as(
            &fab,
            &[
                "invite",
                "--customer-domain",
                "prospect007.example",
                "-o",
                "json",
            ],
        )
        .fails(6, "conflict");
    assert!(e["message"].as_str().unwrap().contains("already pending"));
}

/// Four identical bulk invites at once with `--skip-existing`: every run succeeds, each domain
/// is invited once, and every run accounts for every row (made by it, or skipped because
/// another run made it first, before or during its own run).
#[test]
fn concurrent_identical_bulk_invites_with_skip_existing_split_the_rows() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let before = scalar(&env, "SELECT count(*) FROM audit");
    let csv = write_csv(
        env.home(),
        "skip300.csv",
        (0..300).map(|i| format!("overlap{i:03}.example")),
    );
    let args = ["invite", "--from-csv", csv.to_str().unwrap()];
    assert_eq!(runs_at_once(&env, &fab, 4, &args, 300), 300);
    assert_eq!(
        scalar(
            &env,
            "SELECT count(*) FROM invites WHERE customer_domain LIKE 'overlap%' AND status = 'pending'"
        ),
        300
    );
    assert_eq!(scalar(&env, "SELECT count(*) FROM audit") - before, 300);
    env.run_as(&fab, &["audit", "verify"]).ok();
}

/// `grants add --from-csv` over more rows than one statement writes: every bad row reported at
/// once and nothing written; a customer named by domain in any case or by id; a second run
/// refused or skipped whole; concurrent runs with `--skip-existing` each grant once.
#[test]
fn bulk_grants_span_batches_and_races() {
    let env = Env::new();
    env.run(&["demo", "--customers", "700"]).ok();
    let fab = env.token(FAB_ADMIN, PASS);
    let customers: Vec<(String, String)> = env
        .query(&format!(
            "SELECT t.domain, t.id FROM relationships r JOIN tenants t ON t.id = r.customer_tenant_id
              JOIN tenants p ON p.id = r.partner_tenant_id
             WHERE p.domain = '{FAB}' AND r.status = 'active' ORDER BY t.domain"
        ))
        .into_iter()
        .map(|mut r| (r.remove(0), r.remove(0)))
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    // Two grants per customer: more than one PostgreSQL statement writes (8,000 parameters
    // of 7 columns: 1,142 rows); SQLite writes each row with its own statement.
    assert!(customers.len() * 2 > 1_142, "{}", customers.len());
    let upper = |d: &str| d.to_ascii_uppercase();

    // Every bad row at once; nothing written.
    let bad = write_csv_text(
        env.home(),
        "bad.csv",
        &format!(
            "upn,role,customer\n{FAB_HELPDESK},helpdesk-agent,{c0}\n{FAB_HELPDESK},helpdesk-agent,nowhere.example\n{FAB_HELPDESK},helpdesk-agent,{FAB}\nnobody@{FAB},helpdesk-agent,{c0}\n{FAB_HELPDESK},no-such-role,{c0}\n{FAB_HELPDESK},helpdesk-agent,{c0}\n",
            c0 = customers[0].0
        ),
    );
    let before = env.bytes();
    let e = env
        .run_as(
            &fab,
            &[
                "grants",
                "add",
                "--from-csv",
                bad.to_str().unwrap(),
                "-o",
                "json",
            ],
        )
        .fails(2, "invalid_input");
    let m = e["message"].as_str().unwrap();
    assert!(m.contains("5 invalid row(s)"), "{m}");
    for (line, what) in [
        (3, "customer: no tenant"),
        (4, "customer: that is your own tenant"),
        (5, "upn: no user"),
        (6, "role:"),
        (7, "the same grant is on line 2"),
    ] {
        assert!(
            m.contains(&format!("bad.csv:{line}: {what}")),
            "{line}: {m}"
        );
    }
    assert_eq!(env.bytes(), before);

    // Two roles per customer: more rows than one statement; customers by domain, in
    // capitals, by id.
    let mut text = String::from("upn,role,customer\n");
    for (i, (domain, id)) in customers.iter().enumerate() {
        let key = match i % 3 {
            0 => domain.clone(),
            1 => upper(domain),
            _ => id.clone(),
        };
        text.push_str(&format!("{FAB_HELPDESK},helpdesk-agent,{key}\n"));
        text.push_str(&format!("{FAB_SALES},sales-agent,{key}\n"));
    }
    let rows = customers.len() * 2;
    let file = write_csv_text(env.home(), "grants.csv", &text);
    let audit = scalar(&env, "SELECT count(*) FROM audit");
    let v = env.json_as(
        &fab,
        &["grants", "add", "--from-csv", file.to_str().unwrap()],
    );
    assert_eq!(v["created"].as_array().unwrap().len(), rows);
    assert_eq!(v["created"][2]["customer"], customers[1].0.as_str());
    assert_eq!(v["created"][4]["customer"], customers[2].0.as_str());
    assert_eq!(
        scalar(&env, "SELECT count(*) FROM audit") - audit,
        rows as i64
    );
    let before = env.bytes();
    let e = env
        .run_as(
            &fab,
            &[
                "grants",
                "add",
                "--from-csv",
                file.to_str().unwrap(),
                "-o",
                "json",
            ],
        )
        .fails(6, "conflict");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains(&format!("{rows} row(s) were already done")));
    let v = env.json_as(
        &fab,
        &[
            "grants",
            "add",
            "--from-csv",
            file.to_str().unwrap(),
            "--skip-existing",
        ],
    );
    assert_eq!(v["created"].as_array().unwrap().len(), 0);
    assert_eq!(v["skipped"].as_array().unwrap().len(), rows);
    assert_eq!(env.bytes(), before);

    // Three identical runs at once: each grant made once, every run accounts for every row.
    let mut text = String::from("upn,role,customer\n");
    for (domain, _) in &customers {
        text.push_str(&format!("{FAB_READER},admin-agent,{domain}\n"));
    }
    let file = write_csv_text(env.home(), "race.csv", &text);
    let grants = scalar(&env, "SELECT count(*) FROM grants");
    let args = ["grants", "add", "--from-csv", file.to_str().unwrap()];
    let n = customers.len();
    assert_eq!(runs_at_once(&env, &fab, 3, &args, n), n);
    assert_eq!(
        scalar(&env, "SELECT count(*) FROM grants") - grants,
        customers.len() as i64
    );
    env.run_as(&fab, &["audit", "verify"]).ok();
}

/// `n` identical bulk runs of `args` with `--skip-existing` at once: each must succeed and
/// account for every one of the file's `rows` (made by it, or skipped); returns how many they
/// made in all.
fn runs_at_once(env: &Env, token: &str, n: usize, args: &[&str], rows: usize) -> usize {
    let mut a = args.to_vec();
    a.extend(["--skip-existing", "-o", "json"]);
    let runs: Vec<Child> = (0..n).map(|_| spawn(env, token, &a)).collect();
    let mut created = 0;
    for c in runs {
        let (code, out, err) = finish(c);
        assert_eq!(code, 0, "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let made = v["created"].as_array().unwrap().len();
        assert_eq!(made + v["skipped"].as_array().unwrap().len(), rows, "{out}");
        created += made;
    }
    created
}

fn write_csv_text(dir: &Path, name: &str, text: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

/// 16 bulk runs of 200 invites each, at once: every one lands, nothing is lost, the chain holds.
#[test]
fn sixteen_concurrent_bulk_writers_lose_nothing() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let before = scalar(&env, "SELECT count(*) FROM audit");
    let runs: Vec<Child> = (0..16)
        .map(|k| {
            let csv = write_csv(
                env.home(),
                &format!("batch{k}.csv"),
                (0..200).map(|i| format!("c{k:02}-{i:03}.example")),
            );
            spawn(&env, &fab, &["invite", "--from-csv", csv.to_str().unwrap()])
        })
        .collect();
    for c in runs {
        let (code, _, err) = finish(c);
        assert_eq!(code, 0, "{err}");
    }
    assert_eq!(
        scalar(
            &env,
            "SELECT count(*) FROM invites WHERE customer_domain LIKE 'c__-___.example'"
        ),
        3200
    );
    assert_eq!(scalar(&env, "SELECT count(*) FROM audit") - before, 3200);
    env.run_as(&fab, &["audit", "verify"]).ok();
}

/// 32 concurrent accepts of one token: exactly one wins.
#[test]
fn thirty_two_concurrent_accepts_one_wins() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    // An invite addressed to nobody in particular, raced for by 32 processes.
    let open = env.json_as(&fab, &["invite", "--access", "global-reader"]);
    let open_token = open["token"].as_str().unwrap().to_string();
    // adatum has no relationship with the partner yet (only the demo's pending invite).
    let adatum = env.token(ADATUM_ADMIN, PASS);
    let runs: Vec<Child> = (0..32)
        .map(|_| spawn(&env, &adatum, &["accept", &open_token, "--yes"]))
        .collect();
    let codes: Vec<i32> = runs.into_iter().map(|c| finish(c).0).collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == 6), "{codes:?}");
    env.run_as(&fab, &["audit", "verify"]).ok();
}

/// Point 3: a command that acts only in the caller's own tenant refuses `--tenant` naming
/// another one (exit 2, naming the flag) and changes nothing.
#[test]
fn own_tenant_commands_refuse_another_tenant() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let before = env.state();
    for args in [
        &[
            "customers",
            "remove",
            NORTHWIND,
            "--tenant",
            TAILSPIN,
            "--yes",
        ][..],
        &["invites", "list", "--tenant", "nowhere.example"],
        &["customers", "list", "--tenant", CONTOSO],
        &["grants", "list", "--tenant", CONTOSO],
        &["invite", "--tenant", CONTOSO],
        &["doctor", "--tenant", CONTOSO],
        &["audit", "verify", "--tenant", CONTOSO],
        &["whoami", "--tenant", CONTOSO],
        // Commands about no tenant take no --tenant at all.
        &["licenses", "catalogue", "--tenant", CONTOSO],
        &["completions", "bash", "--tenant", CONTOSO],
        &["demo", "--tenant", CONTOSO],
        &["login", FAB_ADMIN, "--tenant", CONTOSO],
    ] {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let e = env.run_as(&fab, &a).fails(2, "invalid_input");
        assert!(
            e["message"].as_str().unwrap().contains("--tenant"),
            "{args:?}: {e}"
        );
    }
    assert_eq!(env.state(), before);
    // Naming the own tenant is fine.
    env.run_as(&fab, &["invites", "list", "--tenant", FAB]).ok();
    env.run_as(&fab, &["whoami", "--tenant", FAB]).ok();
}

/// Point 5 (the recording side): a malformed identifier is refused before it is recorded, so
/// no control character reaches another tenant's audit trail.
#[test]
fn raw_identifiers_never_reach_the_audit_trail() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let nasty = "\u{1b}]0;OWNED\u{7}\u{1b}[2J";
    env.run_as(
        &sales,
        &[
            "requests", "close", nasty, "--tenant", CONTOSO, "-o", "json",
        ],
    )
    .fails(2, "invalid_input");
    let fab = env.token(FAB_ADMIN, PASS);
    env.run_as(&fab, &["invites", "revoke", nasty, "--yes", "-o", "json"])
        .fails(5, "not_found");
    env.run_as(&fab, &["dashboard", nasty, "-o", "json"])
        .fails(2, "invalid_input");
    // Read back and searched here: the engines name their string functions differently.
    let dirty: Vec<Vec<String>> = env
        .query("SELECT seq, coalesce(object, ''), coalesce(summary, '') FROM audit")
        .into_iter()
        .filter(|r| r[1..].iter().any(|v| v.contains(['\u{1b}', '\u{7}'])))
        .collect();
    assert!(dirty.is_empty(), "{dirty:?}");
    // A well-formed request number of another tenant's request is recorded canonically.
    env.run_as(&sales, &["requests", "close", "sr-1", "--tenant", CONTOSO])
        .expect(4);
    let last = env.scalar("SELECT object FROM audit ORDER BY seq DESC LIMIT 1");
    assert_eq!(last, "SR-000001");
}

/// The `.eml` files of the directory, by name.
fn messages(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .filter(|n| n.ends_with(".eml"))
                .collect()
        })
        .unwrap_or_default()
}

/// Point 6: a bulk run with `--email-dir` killed at any moment leaves no message for an invite
/// that does not exist; the next run finishes what a committed run could not move.
#[test]
fn killed_bulk_runs_leave_no_message_for_a_missing_invite() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let csv = write_csv(
        env.home(),
        "many.csv",
        (0..400).map(|i| format!("k{i:03}.example")),
    );
    let dir = env.home().join("outbox");
    let mut rounds_with_files = 0;
    for round in 0..20u64 {
        let child = spawn(
            &env,
            &fab,
            &[
                "invite",
                "--from-csv",
                csv.to_str().unwrap(),
                "--email-dir",
                dir.to_str().unwrap(),
                "--skip-existing",
            ],
        );
        std::thread::sleep(std::time::Duration::from_millis(20 + round * 17 % 400));
        let pid = child.id();
        let _ = Command::new("kill")
            .args(["-KILL", &pid.to_string()])
            .status();
        let _ = finish(child);
        let pending: BTreeSet<String> = env
            .query("SELECT customer_domain FROM invites WHERE customer_domain LIKE 'k___.example'")
            .into_iter()
            .map(|mut r| r.remove(0))
            .collect();
        let files = messages(&dir);
        if !files.is_empty() {
            rounds_with_files += 1;
        }
        for f in &files {
            // invite-LINE-DOMAIN.eml
            let domain = f
                .trim_end_matches(".eml")
                .splitn(3, '-')
                .nth(2)
                .unwrap()
                .to_string();
            assert!(
                pending.contains(&domain),
                "round {round}: {f} speaks of an invite that does not exist"
            );
        }
    }
    // A full run finishes: every invite has its message, nothing is left staged.
    let r = env.run_as(
        &fab,
        &[
            "invite",
            "--from-csv",
            csv.to_str().unwrap(),
            "--email-dir",
            dir.to_str().unwrap(),
            "--skip-existing",
        ],
    );
    r.ok();
    let total = scalar(
        &env,
        "SELECT count(*) FROM invites WHERE customer_domain LIKE 'k___.example'",
    );
    assert_eq!(total, 400);
    let staged: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .flatten()
        .filter(|e| e.file_name().to_string_lossy().ends_with(".partial"))
        .collect();
    assert!(staged.is_empty(), "staged files left: {staged:?}");
    // Every invite made with messages has one (those of runs killed between commit and move
    // were moved by the next run).
    assert!(messages(&dir).len() as i64 <= total);
    env.run_as(&fab, &["audit", "verify"]).ok();
    eprintln!("{rounds_with_files} of 20 killed rounds had committed messages in place");
}

/// Point 6: a run that died after its commit but before moving its messages into place is
/// finished by the next run into the same directory, even one that has nothing left to do;
/// a staged message whose invite never committed is removed.
#[test]
fn the_next_run_finishes_what_a_dead_run_left_staged() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let csv = write_csv(
        env.home(),
        "two.csv",
        ["s1.example", "s2.example"].map(String::from),
    );
    let dir = env.home().join("out");
    let args = [
        "invite",
        "--from-csv",
        csv.to_str().unwrap(),
        "--email-dir",
        dir.to_str().unwrap(),
        "--skip-existing",
        "-o",
        "json",
    ];
    let v = env.run_as(&fab, &args).ok().json();
    let first = &v["created"][0];
    let file = PathBuf::from(first["email_file"].as_str().unwrap());
    let id = first["id"].as_str().unwrap();
    // As if the process had died between the commit and the move.
    let name = file.file_name().unwrap().to_str().unwrap().to_string();
    let staged = dir.join(format!(".{name}.{id}.partial"));
    std::fs::rename(&file, &staged).unwrap();
    let orphan =
        dir.join(".invite-00009-x.example.eml.0193a5c2-7d1e-7c3a-9f00-2b6f4e8d1a77.partial");
    std::fs::write(&orphan, "for an invite that never committed").unwrap();
    // Everything is done already: the run skips both rows, and still finishes the move.
    let again = env.run_as(&fab, &args).ok().json();
    assert_eq!(again["created"].as_array().unwrap().len(), 0);
    assert!(
        file.exists(),
        "the committed invite's message was not moved into place"
    );
    assert!(!staged.exists());
    assert!(
        !orphan.exists(),
        "a message for an invite that does not exist was kept"
    );
}

/// Point 6 (single invite): the message appears only with its invite.
#[test]
fn a_failed_invite_leaves_no_message() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let out = env.home().join("inv.eml");
    let args = [
        "invite",
        "--customer-domain",
        ADATUM,
        "--email-to",
        ADATUM_ADMIN,
        "--email-out",
        out.to_str().unwrap(),
        "-o",
        "json",
    ];
    // The demo's invite to adatum is pending: a conflict, and no file.
    env.run_as(&fab, &args).fails(6, "conflict");
    assert!(!out.exists());
    assert!(std::fs::read_dir(env.home())
        .unwrap()
        .flatten()
        .all(|e| !e.file_name().to_string_lossy().ends_with(".partial")));
    let ok = env.run_as(
        &fab,
        &[
            "invite",
            "--customer-domain",
            "fresh.example",
            "--email-to",
            "admin@fresh.example",
            "--email-out",
            out.to_str().unwrap(),
            "-o",
            "json",
        ],
    );
    let v = ok.ok().json();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains(v["id"].as_str().unwrap()));
    assert_eq!(common::mode(&out), 0o600);
}

/// Point 7: an invite for a prospect domain cannot be captured by another tenant that adds and
/// verifies that domain afterwards; a tenant that had verified it before may accept.
#[test]
fn a_prospect_invite_cannot_be_captured() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let adatum = env.token(ADATUM_ADMIN, PASS);
    // Before: adatum verifies early.example, then is invited to it.
    let code = env.json_as(&adatum, &["domains", "add", "early.example"])["verification"]["value"]
        .as_str()
        .unwrap()
        .to_string();
    // Verified a minute before the invites below are made (the clock is fixed otherwise).
    env.run_with(
        &["domains", "verify", "early.example", "--code", &code],
        "",
        &[
            ("PARTNERCTL_TOKEN", &adatum),
            ("PARTNERCTL_NOW", "2026-12-31T23:59:00Z"),
        ],
    )
    .ok();
    let early = env.json_as(
        &fab,
        &[
            "invite",
            "--customer-domain",
            "early.example",
            "--access",
            "global-reader",
        ],
    );

    // After: an invite for newprospect.example, then contoso claims the domain.
    let inv = env.json_as(
        &fab,
        &["invite", "--customer-domain", "newprospect.example"],
    );
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let code = env.json_as(&contoso, &["domains", "add", "newprospect.example"])["verification"]
        ["value"]
        .as_str()
        .unwrap()
        .to_string();
    env.run_as(
        &contoso,
        &["domains", "verify", "newprospect.example", "--code", &code],
    )
    .ok();
    let before = env.state();
    let e = env
        .run_as(
            &contoso,
            &[
                "accept",
                inv["token"].as_str().unwrap(),
                "--yes",
                "-o",
                "json",
            ],
        )
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "invite-for-another-tenant");
    assert_eq!(env.state(), before);

    env.run_as(
        &adatum,
        &["accept", early["token"].as_str().unwrap(), "--yes"],
    )
    .ok();
}

/// Point 8: for a caller who may not see them, an unknown user or tenant answers exactly as an
/// existing one it may not see.
#[test]
fn no_existence_oracles() {
    let env = Env::with_demo();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let shape = |r: common::Run, name: &str| {
        let code = r.code;
        let e = r.error();
        (
            code,
            e["code"].as_str().unwrap().to_string(),
            e["reason"].clone(),
            e["message"].as_str().unwrap().replace(name, "NAME"),
        )
    };
    let a = shape(
        env.run_as(
            &contoso,
            &["can", "user.read", "--user", OP_ADMIN, "-o", "json"],
        ),
        OP_ADMIN,
    );
    let b = shape(
        env.run_as(
            &contoso,
            &[
                "can",
                "user.read",
                "--user",
                "nosuch@operator.example",
                "-o",
                "json",
            ],
        ),
        "nosuch@operator.example",
    );
    assert_eq!(a, b);
    assert_eq!(a.0, 4);
    let c = shape(
        env.run_as(
            &contoso,
            &[
                "can",
                "user.read",
                "--user",
                "who@nowhere.example",
                "-o",
                "json",
            ],
        ),
        "who@nowhere.example",
    );
    assert_eq!((a.0, &a.1), (c.0, &c.1));

    let tail = env.token(TAILSPIN_ADMIN, PASS);
    let d = shape(
        env.run_as(&tail, &["dashboard", ADATUM, "-o", "json"]),
        ADATUM,
    );
    let n = shape(
        env.run_as(&tail, &["dashboard", "nope.example", "-o", "json"]),
        "nope.example",
    );
    assert_eq!(d, n);
    assert_eq!(d.0, 4);
    let u1 = shape(
        env.run_as(&tail, &["users", "list", "--tenant", ADATUM, "-o", "json"]),
        ADATUM,
    );
    let u2 = shape(
        env.run_as(
            &tail,
            &["users", "list", "--tenant", "nope.example", "-o", "json"],
        ),
        "nope.example",
    );
    assert_eq!(u1, u2);
    // The operator's global admins see every tenant: for them an unknown one is exit 5.
    let op = env.token(OP_ADMIN, PASS);
    env.run_as(&op, &["dashboard", "nope.example", "-o", "json"])
        .fails(5, "not_found");
}

/// Point 9: a locked database is exit 8 for an invite aimed at a domain (it used to be reported
/// as invalid input), and nothing changes.
#[test]
fn a_busy_database_is_unavailable_not_invalid() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let lock = WriteLock::take(&env);
    let r = env.run_with(
        &["invite", "--customer-domain", "busy.example", "-o", "json"],
        "",
        &[
            ("PARTNERCTL_TOKEN", &fab),
            ("PARTNERCTL_BUSY_TIMEOUT_MS", "200"),
        ],
    );
    r.fails(8, "unavailable");
    lock.release();
}

/// Point 9: `grants list` shows the implicit agent roles exactly as the core grants them.
#[test]
fn implicit_agent_roles_agree_with_the_core() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let grants = env.json_as(&fab, &["grants", "list"]);
    let implicit: BTreeSet<String> = grants
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["upn"] == FAB_ADMIN && g["implicit"] == true)
        .map(|g| g["role"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        implicit,
        ["admin-agent", "helpdesk-agent", "sales-agent"]
            .map(String::from)
            .into()
    );
    // And the core agrees: the admin may create a service request in a customer as a helpdesk
    // agent would, through its implicit grant.
    let v = env.json_as(
        &fab,
        &["can", "service-request.create", "--tenant", CONTOSO],
    );
    assert_eq!(v["allowed"], true);
}
