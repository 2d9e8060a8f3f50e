//! For scripts and CI: dry runs write nothing, bulk files are all-or-nothing and re-runnable,
//! terminal manners (colour, --quiet, closed pipes, tsv), and man pages.

mod common;

use std::process::Stdio;

use common::demo::{
    ADATUM, ADATUM_ADMIN, CONTOSO_ALEX, CONTOSO_IT, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_READER,
    FAB_SALES, NORTHWIND, PASS,
};
use common::*;

#[test]
fn every_mutating_command_under_dry_run_leaves_the_database_byte_identical() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let op = env.token(OP_ADMIN, PASS);
    // Things the dry runs refer to, made for real first; the demo's pending invite to adatum
    // gives way to a new one (one pending invite per partner and customer domain).
    let pending = env.json_as(&fab, &["invites", "list", "--status", "pending"]);
    let demo_invite = pending[0]["id"].as_str().unwrap().to_string();
    env.run_as(&fab, &["invites", "revoke", &demo_invite, "--yes"])
        .ok();
    let invite = env.json_as(&fab, &["invite", "--customer-domain", ADATUM]);
    let token = invite["token"].as_str().unwrap().to_string();
    let invite_id = invite["id"].as_str().unwrap().to_string();
    let code = env.json_as(&contoso, &["domains", "add", "new.contoso.example"])["verification"]
        ["value"]
        .as_str()
        .unwrap()
        .to_string();
    let dir = env.home().to_path_buf();
    std::fs::write(
        dir.join("invites.csv"),
        "customer_domain,email\nprospect.example,it@prospect.example\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("grants.csv"),
        "upn,role,customer\nreader@fabrikam-partners.example,sales-agent,\n",
    )
    .unwrap();
    let invites_csv = dir.join("invites.csv").display().to_string();
    let grants_csv = dir.join("grants.csv").display().to_string();
    let adatum = env.token(ADATUM_ADMIN, PASS);

    let before = env.bytes();
    let cases: Vec<(&str, Vec<&str>)> = vec![
        (
            &op,
            vec![
                "tenants",
                "create",
                "New",
                "--domain",
                "new.example",
                "--admin",
                "a@new.example",
            ],
        ),
        (
            &op,
            vec!["tenants", "enroll-partner", CONTOSO, "--partner-id", "999"],
        ),
        (
            &op,
            vec![
                "health",
                "set",
                "exchange",
                "interrupted",
                "--message",
                "down",
            ],
        ),
        (
            &contoso,
            vec!["tenants", "update", "--phone", "+1 555 0199"],
        ),
        (&contoso, vec!["users", "add", "new@contoso.example"]),
        (&contoso, vec!["users", "update", CONTOSO_ALEX, "--disable"]),
        (&contoso, vec!["users", "remove", CONTOSO_ALEX]),
        (
            &contoso,
            vec!["users", "roles", "add", CONTOSO_ALEX, "global-reader"],
        ),
        (
            &contoso,
            vec!["users", "roles", "remove", CONTOSO_IT, "user-admin"],
        ),
        (
            &contoso,
            vec!["licenses", "buy", "m365-e5", "--quantity", "3"],
        ),
        (
            &contoso,
            vec!["licenses", "assign", "teams-essentials", CONTOSO_ALEX],
        ),
        (
            &contoso,
            vec![
                "licenses",
                "unassign",
                "m365-business-premium",
                CONTOSO_ALEX,
            ],
        ),
        (&contoso, vec!["domains", "add", "other.contoso.example"]),
        (
            &contoso,
            vec!["domains", "verify", "new.contoso.example", "--code", &code],
        ),
        (
            &contoso,
            vec![
                "domains",
                "set-capabilities",
                "mail.contoso.example",
                "--capability",
                "intune",
            ],
        ),
        (&contoso, vec!["domains", "remove", "shop-contoso.example"]),
        (&contoso, vec!["requests", "create", "--title", "Help"]),
        (
            &contoso,
            vec!["requests", "comment", "SR-000001", "--message", "hi"],
        ),
        (&contoso, vec!["requests", "close", "SR-000001"]),
        (&contoso, vec!["partners", "remove", FAB, "--yes"]),
        (
            &fab,
            vec!["invite", "--customer-domain", "prospect.example"],
        ),
        (&fab, vec!["invite", "--from-csv", &invites_csv]),
        (&fab, vec!["invites", "revoke", &invite_id]),
        (
            &fab,
            vec!["grants", "add", FAB_READER, "--role", "sales-agent"],
        ),
        (&fab, vec!["grants", "add", "--from-csv", &grants_csv]),
        (
            &fab,
            vec!["grants", "remove", FAB_HELPDESK, "--role", "helpdesk-agent"],
        ),
        (&fab, vec!["customers", "remove", NORTHWIND, "--yes"]),
        (&adatum, vec!["accept", &token, "--yes"]),
        (&adatum, vec!["decline", &token]),
    ];
    for (token, args) in &cases {
        let mut a = args.clone();
        a.extend(["--dry-run", "-o", "json"]);
        let r = env.run_as(token, &a).ok();
        let v = r.json();
        assert_eq!(v["dry_run"], true, "{args:?}: {v}");
        let planned = v["planned"].as_array().expect("planned changes");
        assert!(!planned.is_empty(), "{args:?}: {v}");
        assert_eq!(planned[0]["decision"]["allowed"], true, "{args:?}: {v}");
        assert!(planned[0]["change"].as_str().is_some_and(|c| !c.is_empty()));
        assert_eq!(
            env.bytes(),
            before,
            "`{}` --dry-run changed the database",
            args.join(" ")
        );
    }
    // The table form says so on stderr, and a refused change keeps its real exit code.
    let r = env
        .run_as(
            &contoso,
            &["users", "add", "x@contoso.example", "--dry-run"],
        )
        .ok();
    assert!(
        r.stderr
            .contains("dry run: user.create in contoso.example is allowed"),
        "{}",
        r.stderr
    );
    env.run_as(
        &fab,
        &[
            "users",
            "add",
            "x@contoso.example",
            "--tenant",
            CONTOSO,
            "--dry-run",
            "-o",
            "json",
        ],
    )
    .fails(4, "permission_denied");
    env.run_as(
        &contoso,
        &["users", "remove", CONTOSO_ADMIN, "--dry-run", "-o", "json"],
    )
    .fails(6, "conflict");
    assert_eq!(env.bytes(), before, "refused dry runs changed the database");
}

#[test]
fn a_bulk_file_with_bad_rows_reports_all_of_them_and_writes_nothing() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let csv = env.home().join("bad.csv");
    std::fs::write(
        &csv,
        "customer_domain,email,access,duration,expires_in,message\n\
         good.example,it@good.example,helpdesk-admin,365d,30d,Hello\n\
         bad domain,it@x.example,,,,\n\
         ok.example,not-an-email,,,,\n\
         dup.example,,,,,\n\
         dup.example,,,,,\n\
         role.example,,global-nobody,,,\n\
         long.example,,,999d,,\n\
         auto.example,,global-admin,30d,,\n",
    )
    .unwrap();
    let before = env.bytes();
    let f = csv.display().to_string();
    let e = env
        .run_as(&fab, &["invite", "--from-csv", &f, "-o", "json"])
        .fails(2, "invalid_input");
    let msg = e["message"].as_str().unwrap();
    for line in [3, 4, 6, 7, 8] {
        assert!(
            msg.contains(&format!("{f}:{line}: ")),
            "line {line} not reported:\n{msg}"
        );
    }
    for line in [2, 5, 9] {
        assert!(
            !msg.contains(&format!("{f}:{line}: ")),
            "good line {line} reported:\n{msg}"
        );
    }
    assert!(msg.contains("5 invalid row(s)"), "{msg}");
    assert_eq!(env.bytes(), before);

    // A file without the required header is refused on line 1.
    std::fs::write(&csv, "domain,email\nx.example,a@x.example\n").unwrap();
    let e = env
        .run_as(&fab, &["invite", "--from-csv", &f, "-o", "json"])
        .fails(2, "invalid_input");
    assert!(e["message"].as_str().unwrap().contains(":1: "), "{e}");

    // Grants too: every bad row, nothing written.
    let g = env.home().join("grants.csv");
    std::fs::write(
        &g,
        "upn,role,customer\n\
         nobody@fabrikam-partners.example,admin-agent,\n\
         sales@fabrikam-partners.example,chief-agent,\n\
         sales@fabrikam-partners.example,admin-agent,nowhere.example\n\
         sales@fabrikam-partners.example,admin-agent,contoso.example\n",
    )
    .unwrap();
    let e = env
        .run_as(
            &fab,
            &[
                "grants",
                "add",
                "--from-csv",
                g.to_str().unwrap(),
                "-o",
                "json",
            ],
        )
        .fails(2, "invalid_input");
    let msg = e["message"].as_str().unwrap();
    for line in [2, 3, 4] {
        assert!(
            msg.contains(&format!(":{line}: ")),
            "line {line} not reported:\n{msg}"
        );
    }
    assert!(!msg.contains(":5: "), "{msg}");
    assert_eq!(env.bytes(), before);
}

#[test]
fn a_thousand_row_file_applies_in_one_go_and_reapplies_to_nothing() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let csv = env.home().join("big.csv");
    let mut body = String::from("customer_domain,email,access,duration,expires_in,message\n");
    for i in 0..1000 {
        body.push_str(&format!(
            "cust{i:04}.example,admin@cust{i:04}.example,helpdesk-admin,180d,,\n"
        ));
    }
    std::fs::write(&csv, body).unwrap();
    let f = csv.display().to_string();
    let mail = env.home().join("mail");
    let v = env.json_as(
        &fab,
        &[
            "invite",
            "--from-csv",
            &f,
            "--email-dir",
            mail.to_str().unwrap(),
        ],
    );
    assert_eq!(v["created"].as_array().unwrap().len(), 1000);
    assert_eq!(std::fs::read_dir(&mail).unwrap().count(), 1000);
    let pending = env.json_as(&fab, &["invites", "list", "--status", "pending"]);
    assert_eq!(
        pending.as_array().unwrap().len(),
        1001,
        "1000 plus the demo's"
    );

    let before = env.bytes();
    // Without --skip-existing: a conflict, nothing written.
    let e = env
        .run_as(&fab, &["invite", "--from-csv", &f, "-o", "json"])
        .fails(6, "conflict");
    assert!(e["message"]
        .as_str()
        .unwrap()
        .contains("1000 row(s) were already done"));
    assert_eq!(env.bytes(), before);
    // With it: everything skipped, nothing written (not even the e-mail directory).
    let v = env.json_as(&fab, &["invite", "--from-csv", &f, "--skip-existing"]);
    assert_eq!(v["created"].as_array().unwrap().len(), 0);
    assert_eq!(v["skipped"].as_array().unwrap().len(), 1000);
    assert_eq!(env.bytes(), before);
}

#[test]
fn colour_follows_color_and_no_color() {
    let env = Env::init();
    let args = ["tenants", "show", "--tenant", "nowhere.example"];
    let plain = env.run(&args).expect(5);
    assert!(
        !plain.stderr.contains('\x1b'),
        "colour on a pipe: {}",
        plain.stderr
    );
    let mut a = args.to_vec();
    a.extend(["--color", "always"]);
    let always = env.run(&a).expect(5);
    assert!(
        always.stderr.contains("\x1b[31merror:\x1b[0m"),
        "{}",
        always.stderr
    );
    let never = env.run_with(&a[..4], "", &[("NO_COLOR", "1")]).expect(5);
    assert!(!never.stderr.contains('\x1b'));
    a[5] = "never";
    assert!(!env.run(&a).expect(5).stderr.contains('\x1b'));
}

#[test]
fn colour_means_something_in_can_doctor_and_dashboard() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let denied = ["can", "user.create", "--tenant", "contoso.example"];
    let allowed = ["can", "user.read", "--tenant", "contoso.example"];
    let coloured = |args: &[&str]| {
        let mut a = args.to_vec();
        a.extend(["--color", "always"]);
        env.run_as(&fab, &a).stdout
    };
    assert!(coloured(&denied).contains("\x1b[31mdenied\x1b[0m"));
    assert!(coloured(&allowed).contains("\x1b[32mallowed\x1b[0m"));
    assert!(coloured(&["doctor"]).contains("\x1b[33mwarning"));
    // The dashboard paints health and expiry over the cell's text only: without the colour
    // sequences it is the plain table, column for column.
    let dash = coloured(&["dashboard"]);
    assert!(dash.contains("\x1b[33mdegraded\x1b[0m"), "{dash}");
    assert!(dash.contains("\x1b[31minterrupted\x1b[0m"), "{dash}");
    let stripped = dash
        .replace("\x1b[31m", "")
        .replace("\x1b[32m", "")
        .replace("\x1b[33m", "")
        .replace("\x1b[0m", "");
    assert_eq!(stripped, env.run_as(&fab, &["dashboard"]).stdout);
    // Off on a pipe, with NO_COLOR, and with --color never.
    assert!(!env.run_as(&fab, &denied).stdout.contains('\x1b'));
    let mut never = denied.to_vec();
    never.extend(["--color", "never"]);
    assert!(!env.run_as(&fab, &never).stdout.contains('\x1b'));
    let no_color = env.run_with(
        &denied,
        "",
        &[("PARTNERCTL_TOKEN", &fab), ("NO_COLOR", "1")],
    );
    assert!(!no_color.stdout.contains('\x1b'));
}

#[test]
fn quiet_silences_status_text_but_not_errors() {
    let env = Env::init();
    let r = env
        .run(&[
            "tenants",
            "create",
            "A",
            "--domain",
            "a.example",
            "--admin",
            "x@a.example",
        ])
        .ok();
    assert!(r.stderr.contains("note:"), "{}", r.stderr);
    let r = env
        .run(&[
            "tenants",
            "create",
            "B",
            "--domain",
            "b.example",
            "--admin",
            "x@b.example",
            "--quiet",
        ])
        .ok();
    assert_eq!(r.stderr, "");
    let r = env
        .run(&["tenants", "show", "--tenant", "nowhere.example", "-q"])
        .expect(5);
    assert!(r.stderr.starts_with("error: "));
}

#[test]
fn a_closed_pipe_ends_quietly_with_exit_0() {
    let env = Env::with_demo();
    for args in [
        &["audit", "list"][..],
        &["tenants", "list", "-o", "json"],
        &["completions", "bash"],
    ] {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader); // the reader is gone before anything is written, like `| head -0`
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_partnerctl"))
            .args(args)
            .env_clear()
            .env("HOME", env.home())
            .env("PARTNERCTL_DB", env.db_arg())
            .env("PARTNERCTL_NOW", NOW)
            .stdin(Stdio::null())
            .stdout(writer)
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn tsv_is_one_record_a_line_with_no_header() {
    let env = Env::with_demo();
    let r = env.run(&["customers", "list", "-o", "tsv"]).ok();
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{}", r.stdout);
    assert!(
        lines[0].starts_with("contoso.example\tContoso Ltd\tactive\t"),
        "{}",
        r.stdout
    );
    // A cell with a line break stays on its record's line.
    let op = env.token(OP_ADMIN, PASS);
    env.run_as(
        &op,
        &[
            "health",
            "set",
            "teams",
            "degraded",
            "--message",
            "line one\nline two",
            "--tenant",
            CONTOSO,
        ],
    )
    .ok();
    let r = env.run(&["health", "--tenant", CONTOSO, "-o", "tsv"]).ok();
    assert!(
        r.stdout.contains("teams\tdegraded\tline one\\nline two\n"),
        "{}",
        r.stdout
    );
    assert_eq!(r.stdout.lines().count(), 6);
    // Not a list: tsv is refused with a usage error.
    env.run(&["whoami", "-o", "tsv"]).expect(2);
}

#[test]
fn man_writes_one_page_per_command_and_subcommand() {
    use clap::CommandFactory;
    fn count(c: &clap::Command) -> usize {
        1 + c
            .get_subcommands()
            .filter(|s| s.get_name() != "help")
            .map(count)
            .sum::<usize>()
    }
    let env = Env::new();
    let dir = env.home().join("man");
    let v = env.json(&["man", "--out", dir.to_str().unwrap()]);
    let want = count(&partnerctl::cli::Cli::command());
    assert_eq!(v["pages"].as_array().unwrap().len(), want);
    assert_eq!(std::fs::read_dir(&dir).unwrap().count(), want);
    for page in [
        "partnerctl.1",
        "partnerctl-users-roles-add.1",
        "partnerctl-invite.1",
        "partnerctl-audit-verify.1",
    ] {
        let text = std::fs::read_to_string(dir.join(page)).unwrap();
        assert!(text.contains(".TH"), "{page} is not a man page");
    }
    let add = std::fs::read_to_string(dir.join("partnerctl-grants-add.1")).unwrap();
    assert!(add.contains("from\\-csv"), "{add}");
    // Every page ends with what a man page reader looks for: exit status (9 among it),
    // environment, files and examples.
    for entry in std::fs::read_dir(&dir).unwrap() {
        let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for section in [
            ".SH \"EXIT STATUS\"",
            ".SH ENVIRONMENT",
            ".SH FILES",
            ".SH EXAMPLES",
            "PARTNERCTL_DB",
            "findings",
        ] {
            assert!(text.contains(section), "no {section}: {text}");
        }
    }
    let elevate = std::fs::read_to_string(dir.join("partnerctl-elevate.1")).unwrap();
    assert!(elevate.contains("\\-\\-reason"), "{elevate}");
}

/// Runs `partnerctl ARGS` on a pseudo-terminal (util-linux `script`), typing each of `keys`
/// at the prompt in turn, calling `between` after each but the last; returns the exit code.
fn on_a_terminal_typing(
    env: &Env,
    token: &str,
    args: &str,
    keys: &[&str],
    mut between: impl FnMut(usize),
) -> i32 {
    use std::io::Write;
    let cmd = format!("{} {args}", env!("CARGO_BIN_EXE_partnerctl"));
    let mut child = std::process::Command::new("script")
        .args(["-qec", &cmd, "/dev/null"])
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("HOME", env.home())
        .env("TERM", "xterm")
        .env("PARTNERCTL_DB", env.db_arg())
        .env("PARTNERCTL_NOW", NOW)
        .env("PARTNERCTL_TOKEN", token)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("util-linux `script` runs");
    let mut stdin = child.stdin.take().unwrap();
    for (i, k) in keys.iter().enumerate() {
        // Give the prompt (or the previous keys) time to land, then type.
        std::thread::sleep(std::time::Duration::from_millis(500));
        stdin.write_all(k.as_bytes()).unwrap();
        stdin.flush().unwrap();
        if i + 1 < keys.len() {
            std::thread::sleep(std::time::Duration::from_millis(700));
            between(i);
        }
    }
    // Keep the terminal open while the command acts on the answer.
    std::thread::sleep(std::time::Duration::from_millis(1500));
    drop(stdin);
    child
        .wait_with_output()
        .unwrap()
        .status
        .code()
        .unwrap_or(-1)
}

/// [`on_a_terminal_typing`] with one answer.
fn on_a_terminal(env: &Env, token: &str, args: &str, keys: &str) -> i32 {
    on_a_terminal_typing(env, token, args, &[keys], |_| {})
}

#[test]
fn answering_no_at_a_prompt_cancels_with_exit_7_and_yes_goes_ahead() {
    let env = Env::with_demo();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let before = env.bytes();
    let code = on_a_terminal(
        &env,
        &contoso,
        "partners remove fabrikam-partners.example",
        "n\n",
    );
    assert_eq!(code, 7, "answering no is exit 7 (cancelled)");
    assert_eq!(
        env.bytes(),
        before,
        "a cancelled removal changed the database"
    );
    // A bare Enter is the default, no; so is end of input (Ctrl-D).
    for keys in ["\n", "\u{4}"] {
        let code = on_a_terminal(
            &env,
            &contoso,
            "partners remove fabrikam-partners.example",
            keys,
        );
        assert_eq!(code, 7, "{keys:?} is no");
        assert_eq!(env.bytes(), before);
    }
    // `y` counts only after Enter: until then nothing happens.
    let code = on_a_terminal_typing(
        &env,
        &contoso,
        "partners remove fabrikam-partners.example",
        &["y", "\n"],
        |_| assert_eq!(env.bytes(), before, "`y` acted before Enter"),
    );
    assert_eq!(code, 0);
    let partners = env.json_as(&contoso, &["partners", "list"]);
    assert!(!partners.to_string().contains(FAB), "{partners}");
}

#[test]
fn password_prompts_cancel_on_empty_input_and_check_a_new_password_at_once() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    // Ctrl-D or a bare Enter at the password prompt cancels (exit 7); it never tries an empty
    // password ("wrong UPN or password").
    for keys in ["\u{4}", "\n"] {
        let code = on_a_terminal(&env, &fab, &format!("login {FAB_ADMIN}"), keys);
        assert_eq!(code, 7, "{keys:?}");
    }
    // A too-short new password is refused as soon as it is typed, and asked again.
    let upn = "newcomer@fabrikam-partners.example";
    let code = on_a_terminal_typing(
        &env,
        &fab,
        &format!("users add {upn}"),
        &["short\n", "long-enough-pass-1\n", "long-enough-pass-1\n"],
        |_| {},
    );
    assert_eq!(code, 0);
    env.token(upn, "long-enough-pass-1");
}

/// What `PARTNERCTL_COMPLETE=bash` answers for `partnerctl WORDS… ""` as the holder of `token`.
fn completes(env: &Env, token: &str, words: &[&str]) -> Vec<String> {
    let mut args = vec!["--", "partnerctl"];
    args.extend(words);
    args.push("");
    let index = (words.len() + 1).to_string();
    let r = env.run_with(
        &args,
        "",
        &[
            ("PARTNERCTL_TOKEN", token),
            ("PARTNERCTL_COMPLETE", "bash"),
            ("_CLAP_COMPLETE_INDEX", &index),
            ("_CLAP_IFS", "\n"),
        ],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
        .lines()
        .filter(|l| !l.starts_with('-'))
        .map(String::from)
        .collect()
}

#[test]
fn shells_complete_values_from_the_store_and_leave_no_trace() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let audit_before = env.audit().len();
    assert_eq!(completes(&env, &fab, &["dashboard"]), [CONTOSO, NORTHWIND]);
    assert_eq!(completes(&env, &fab, &["--tenant"]), [CONTOSO, NORTHWIND]);
    let upns = completes(&env, &fab, &["users", "update"]);
    assert!(upns.contains(&FAB_HELPDESK.to_string()), "{upns:?}");
    let invites = env.json_as(&fab, &["invites", "list"]);
    let pending: Vec<String> = invites
        .as_array()
        .unwrap()
        .iter()
        .filter(|i| i["status"] == "pending")
        .map(|i| i["id"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(completes(&env, &fab, &["invites", "revoke"]), pending);
    let rels = env.json_as(&fab, &["relationships", "list"]);
    let mut ids: Vec<String> = rels
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect();
    ids.sort();
    assert_eq!(completes(&env, &fab, &["relationships", "show"]), ids);
    // The customer's side: its partners.
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let partners = completes(&env, &contoso, &["partners", "remove"]);
    assert!(partners.contains(&FAB.to_string()), "{partners:?}");
    // Who may not read a list gets nothing from it, and no denial is recorded.
    let sales = env.token(FAB_SALES, PASS);
    assert!(completes(&env, &sales, &["users", "update"]).is_empty());
    assert!(completes(&env, "not-a-token", &["dashboard"]).is_empty());
    assert_eq!(
        env.audit().len(),
        audit_before,
        "completion left an audit entry"
    );
    // The script a shell sources.
    let script = env
        .run_with(&[], "", &[("PARTNERCTL_COMPLETE", "bash")])
        .ok();
    assert!(
        script.stdout.contains("_clap_complete_partnerctl"),
        "{}",
        script.stdout
    );
}

#[test]
fn dry_run_and_yes_are_offered_only_where_they_do_something() {
    let env = Env::with_demo();
    let help = |args: &[&str]| {
        let mut a = args.to_vec();
        a.push("--help");
        env.run(&a).ok().stdout
    };
    let flags = |text: &str| (text.contains("--dry-run"), text.contains("--yes"));
    assert_eq!(flags(&help(&["whoami"])), (false, false));
    assert_eq!(flags(&help(&["audit", "list"])), (false, false));
    assert_eq!(flags(&help(&["users", "add"])), (true, false));
    assert_eq!(flags(&help(&["partners", "remove"])), (true, true));
    assert_eq!(flags(&help(&["accept"])), (true, true));
    // Still accepted where hidden, so scripts that pass them everywhere keep working; and a
    // --yes given after the command still reaches the confirmation.
    env.run(&["whoami", "--dry-run"]).ok();
    env.run(&["users", "list", "--yes"]).ok();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    env.run_as(&contoso, &["partners", "remove", FAB, "--yes"])
        .ok();
}

/// `-o csv` / `-o tsv` on a command that prints no list is bad input: refused (exit 2) before
/// anything is done, not after a change was made. Every list command still writes them.
#[test]
fn csv_and_tsv_are_refused_before_a_command_that_prints_no_list_runs() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let file = env.home().join("three.csv");
    std::fs::write(
        &file,
        "customer_domain\nt1.example\nt2.example\nt3.example\n",
    )
    .unwrap();
    let before = env.bytes();
    for format in ["csv", "tsv"] {
        for args in [
            vec!["invite", "--from-csv", file.to_str().unwrap()],
            vec!["invite", "--customer-domain", "t4.example"],
            vec!["grants", "add", FAB_READER, "--role", "sales-agent"],
            vec![
                "users",
                "add",
                "new@fabrikam-partners.example",
                "--name",
                "New",
            ],
            vec!["health", "set", "exchange", "degraded"],
            vec!["whoami"],
        ] {
            let mut a = args.clone();
            a.extend(["-o", format]);
            let r = env.run_as(&fab, &a).expect(2);
            assert!(
                r.stderr.contains("are for list commands"),
                "{a:?}: {}",
                r.stderr
            );
        }
    }
    assert_eq!(env.bytes(), before, "a refused format changed the store");
    // A command may refuse the caller (exit 4); none refuses the format.
    for list in [
        "tenants list",
        "partners list",
        "licenses list",
        "users list",
        "invites list",
        "offers list",
        "customers list",
        "grants list",
        "relationships list",
        "groups list",
        "eligibility list",
        "elevations list",
        "templates list",
        "licenses catalogue",
        "domains list",
        "requests list",
        "health",
        "dashboard",
        "audit list",
    ] {
        let mut a: Vec<&str> = list.split(' ').collect();
        a.extend(["-o", "tsv"]);
        let r = env.run_as(&fab, &a);
        assert!(
            !r.stderr.contains("are for list commands"),
            "{list}: {}",
            r.stderr
        );
    }
}
