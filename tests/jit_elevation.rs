//! Just-in-time elevation (SPEC §3, issue 14): eligibility within a relationship's access, an
//! elevation asked for with a reason from a session signed in with MFA, approved by another
//! partner global admin, in force until its end and not a minute longer (the test clock).

mod common;

use common::demo::{CONTOSO, FAB_ADMIN, FAB_HELPDESK, FAB_READER, NORTHWIND, PASS};
use common::*;
use serde_json::Value;

fn eligible(
    env: &Env,
    as_: &str,
    upn: &str,
    customer: &str,
    roles: &[&str],
    extra: &[&str],
) -> Run {
    let mut a = vec!["eligibility", "add", upn, "--customer", customer];
    for r in roles {
        a.extend(["--role", r]);
    }
    a.extend(extra);
    a.extend(["-o", "json"]);
    env.run_as(as_, &a)
}

#[test]
fn an_eligibility_holds_roles_within_a_relationship_in_force_and_is_listed() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let v = eligible(
        &env,
        &fab,
        FAB_READER,
        NORTHWIND,
        &["helpdesk-admin", "global-reader"],
        &["--max-duration", "4h", "--approval"],
    )
    .ok()
    .json();
    assert_eq!(v["upn"], FAB_READER);
    assert_eq!(v["customer"]["domain"], NORTHWIND);
    assert_eq!(v["max_duration"], "4h");
    assert_eq!(v["approval"], true);
    assert_eq!(
        v["roles"],
        serde_json::json!(["helpdesk-admin", "global-reader"])
    );
    let before = env.state()["eligibilities"].clone();
    // Roles the relationship does not delegate; a customer with no relationship (and one that
    // does not exist, which reads the same); lengths outside 30m-8h; a relationship-admin.
    eligible(&env, &fab, FAB_READER, NORTHWIND, &["user-admin"], &[]).fails(2, "invalid_input");
    let a = eligible(
        &env,
        &fab,
        FAB_READER,
        "nowhere.example",
        &["helpdesk-admin"],
        &[],
    )
    .fails(5, "not_found");
    let b = eligible(
        &env,
        &fab,
        FAB_READER,
        common::demo::ADATUM,
        &["helpdesk-admin"],
        &[],
    )
    .fails(5, "not_found");
    assert_eq!(
        a["message"]
            .as_str()
            .unwrap()
            .replace("nowhere.example", "X"),
        b["message"]
            .as_str()
            .unwrap()
            .replace(common::demo::ADATUM, "X")
    );
    for d in ["10m", "9h", "90s", "soon"] {
        eligible(
            &env,
            &fab,
            FAB_READER,
            NORTHWIND,
            &["helpdesk-admin"],
            &["--max-duration", d],
        )
        .fails(2, "invalid_input");
    }
    eligible(
        &env,
        &fab,
        FAB_READER,
        NORTHWIND,
        &["relationship-admin"],
        &[],
    )
    .fails(2, "invalid_input");
    // Only the partner's global admins make users eligible.
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    let e = eligible(
        &env,
        &helpdesk,
        FAB_HELPDESK,
        NORTHWIND,
        &["helpdesk-admin"],
        &[],
    )
    .fails(4, "permission_denied");
    assert_eq!(e["reason"], "role-insufficient");
    // A user of another tenant is nobody here.
    eligible(
        &env,
        &fab,
        CONTOSO_ADMIN,
        NORTHWIND,
        &["helpdesk-admin"],
        &[],
    )
    .fails(5, "not_found");
    assert_eq!(
        before,
        env.state()["eligibilities"],
        "a refused eligibility changed the store"
    );

    let list = env.json_as(&fab, &["eligibility", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list}");
    assert_eq!(list[0]["relationship"]["name"], NORTHWIND);
    assert_eq!(list[0]["last_used_at"], Value::Null);
    // Adding again replaces what it was eligible for there.
    eligible(&env, &fab, FAB_READER, NORTHWIND, &["global-reader"], &[]).ok();
    let list = env.json_as(&fab, &["eligibility", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1);
    assert_eq!(list[0]["roles"], serde_json::json!(["global-reader"]));
    assert_eq!(list[0]["approval"], false);
    assert_eq!(list[0]["max_duration"], "8h");
}

#[test]
fn an_elevation_needs_a_session_signed_in_with_mfa() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    eligible(&env, &fab, FAB_READER, NORTHWIND, &["helpdesk-admin"], &[]).ok();
    let reader = env.token(FAB_READER, PASS);
    let before = env.state();
    let e = env
        .run_as(
            &reader,
            &[
                "elevate",
                "--customer",
                NORTHWIND,
                "--role",
                "helpdesk-admin",
                "--for",
                "2h",
                "--reason",
                "INC-1 password issue",
                "-o",
                "json",
            ],
        )
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "mfa-required");
    let after = env.state();
    assert_eq!(before["elevations"], after["elevations"]);
}

#[test]
fn doctor_names_eligibilities_unused_for_90_days() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    eligible(
        &env,
        &fab,
        FAB_READER,
        CONTOSO,
        &["global-admin"],
        &["--approval"],
    )
    .ok();
    let codes = |now: &str| -> Vec<String> {
        let login = env.run_with(
            &["login", FAB_ADMIN, "--password-stdin", "--print-token"],
            &format!("{PASS}\n"),
            &[("PARTNERCTL_NOW", now)],
        );
        let token = login.ok().stdout.trim().to_string();
        let r = env.run_with(
            &["doctor", "-o", "json"],
            "",
            &[("PARTNERCTL_TOKEN", &token), ("PARTNERCTL_NOW", now)],
        );
        r.json()["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["code"] == "eligibility-unused")
            .map(|f| f["fix"].as_str().unwrap_or_default().to_string())
            .collect()
    };
    assert!(codes(NOW).is_empty());
    let later = codes("2027-04-02T00:00:00Z");
    assert_eq!(
        later,
        [format!(
            "partnerctl eligibility remove {FAB_READER} --customer {CONTOSO}"
        )]
    );
}

#[test]
fn eligibility_is_a_partner_thing() {
    let env = Env::with_demo();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let e = env
        .run_as(&contoso, &["eligibility", "list", "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "not-a-partner");
    let e = env
        .run_as(&contoso, &["elevations", "list", "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "not-a-partner");
}

/// Enrols `upn` (password PASS) in MFA and signs in with a code.
fn mfa_token(env: &Env, token: &str, upn: &str) -> String {
    env.mfa_token(token, upn, PASS)
}

/// The elevation events a `notify` run as the holder of `token` writes now.
fn told_elevations(env: &Env, token: &str) -> Vec<String> {
    let outbox = env.home().join("outbox");
    let told = env.json_as(token, &["notify", "--outbox", outbox.to_str().unwrap()]);
    told["written"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| w["event"].as_str().unwrap().to_string())
        .filter(|e| e.starts_with("elevation-"))
        .collect()
}

/// Contoso delegates user-admin and helpdesk-admin to Fabrikam through a second (GDAP)
/// relationship, beside the DAP one.
fn user_admin_relationship(env: &Env, fab: &str) {
    let invite = env.json_as(
        fab,
        &[
            "invite",
            "--customer-domain",
            CONTOSO,
            "--access",
            "user-admin",
            "--access",
            "helpdesk-admin",
            "--duration",
            "90d",
            "--name",
            "contoso-jit",
        ],
    );
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    env.run_as(
        &contoso,
        &["accept", invite["token"].as_str().unwrap(), "--yes"],
    )
    .ok();
}

/// The acceptance scenario of issue 14: an agent asks for 2 hours of user-admin in a
/// customer, a second admin approves, the agent acts, and at +2h 1m the right is gone.
#[test]
fn an_agent_elevates_for_two_hours_with_approval_and_then_the_right_is_gone() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    user_admin_relationship(&env, &fab);
    eligible(
        &env,
        &fab,
        FAB_READER,
        CONTOSO,
        &["user-admin"],
        &["--max-duration", "4h", "--approval"],
    )
    .ok();
    let reader_pw = env.token(FAB_READER, PASS);
    let reader = mfa_token(&env, &reader_pw, FAB_READER);
    let users = ["users", "list", "--tenant", CONTOSO, "-o", "json"];
    // Nothing standing: the reader holds no agent role.
    assert_eq!(
        env.run_as(&reader, &users).fails(4, "permission_denied")["reason"],
        "no-grant"
    );
    // Asking for more than the eligibility allows, or another role, is refused.
    let elevate = |roles: &[&str], d: &str| {
        let mut a = vec!["elevate", "--customer", CONTOSO];
        for r in roles {
            a.extend(["--role", r]);
        }
        a.extend([
            "--for",
            d,
            "--reason",
            "INC-42: the sales team is locked out",
            "--ticket",
            "INC-42",
            "-o",
            "json",
        ]);
        env.run_as(&reader, &a)
    };
    elevate(&["user-admin"], "5h").fails(2, "invalid_input");
    assert_eq!(
        elevate(&["helpdesk-admin"], "2h").fails(4, "permission_denied")["reason"],
        "role-insufficient"
    );
    let asked = elevate(&["user-admin"], "2h").ok().json();
    assert_eq!(asked["status"], "pending");
    assert_eq!(asked["customer"]["domain"], CONTOSO);
    assert_eq!(asked["roles"], serde_json::json!(["user-admin"]));
    assert_eq!(asked["starts_at"], Value::Null);
    let id = asked["id"].as_str().unwrap().to_string();
    // The approvers are told (an hourly `notify` in cron).
    assert_eq!(told_elevations(&env, &fab), ["elevation-requested"]);
    // Pending gives nothing; a second request waits for the first.
    env.run_as(&reader, &users).fails(4, "permission_denied");
    elevate(&["user-admin"], "1h").fails(6, "conflict");
    // The requester approves nothing (not a global admin, and never its own).
    env.run_as(&reader, &["elevations", "approve", &id, "-o", "json"])
        .fails(4, "permission_denied");
    let pending = env.json_as(&fab, &["elevations", "list", "--pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 1);
    // A second admin approves: two hours from now.
    let approved = env.json_as(&fab, &["elevations", "approve", &id]);
    assert_eq!(approved["status"], "active");
    assert_eq!(approved["decided_by"], FAB_ADMIN);
    assert_eq!(approved["ends_at"], "2027-01-01T02:00:00Z");
    // The agent acts, and `can` names the elevation and its end.
    let listed = env.run_as(&reader, &users).ok().json();
    assert!(!listed.as_array().unwrap().is_empty());
    let can = env
        .run_as(
            &reader,
            &["can", "user.read", "--tenant", CONTOSO, "-o", "json"],
        )
        .ok()
        .json();
    assert_eq!(can["reason"], "elevated");
    assert_eq!(can["via"]["kind"], "elevated");
    assert_eq!(can["via"]["ends_at"], "2027-01-01T02:00:00Z");
    // Never the never-delegable, elevated or not.
    let reset = env
        .run_as(
            &reader,
            &["can", "user.create", "--tenant", CONTOSO, "-o", "json"],
        )
        .expect(4)
        .json();
    assert_eq!(reset["reason"], "not-delegable");
    // The customer sees the elevated agent in `access`, with the end.
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let access = env.json_as(&contoso, &["access"]);
    let agent = access["partner_access"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["upn"] == FAB_READER)
        .expect("the elevated agent is listed");
    assert!(
        agent["via"].as_array().unwrap().iter().any(|v| v
            .as_str()
            .unwrap()
            .contains("elevated until 2027-01-01T02:00:00Z")),
        "{agent}"
    );
    // The audit trail holds the justification and the ticket.
    let audit = env.json_as(&fab, &["audit", "list", "--limit", "50"]);
    let request = audit
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["action"] == "elevation.request" && e["outcome"] == "allowed")
        .expect("the request is audited");
    let summary = request["summary"].as_str().unwrap();
    assert!(
        summary.contains("INC-42: the sales team is locked out")
            && summary.contains("ticket: INC-42"),
        "{summary}"
    );

    // Then the approval and the use, each once (the use to the customer too).
    assert_eq!(
        told_elevations(&env, &fab),
        ["elevation-approved", "elevation-used"]
    );
    assert!(told_elevations(&env, &fab).is_empty(), "told twice");

    // At +2h 1m it is gone, with nothing cached: the same session, the next command.
    let later = "2027-01-01T02:01:00Z";
    let run_later = |token: &str, args: &[&str]| {
        env.run_with(
            args,
            "",
            &[("PARTNERCTL_TOKEN", token), ("PARTNERCTL_NOW", later)],
        )
    };
    let gone = run_later(&reader, &users).fails(4, "permission_denied");
    assert_eq!(gone["reason"], "no-grant");
    let list = run_later(&fab, &["elevations", "list", "-o", "json"])
        .ok()
        .json();
    assert_eq!(list[0]["status"], "expired");
    assert!(
        list[0]["used_at"].is_string(),
        "the elevation was used: {}",
        list[0]
    );
}

#[test]
fn nobody_approves_their_own_elevation_and_removal_ends_it() {
    let env = Env::with_demo();
    let fab_pw = env.token(FAB_ADMIN, PASS);
    eligible(
        &env,
        &fab_pw,
        FAB_ADMIN,
        NORTHWIND,
        &["global-reader"],
        &["--approval"],
    )
    .ok();
    let fab = mfa_token(&env, &fab_pw, FAB_ADMIN);
    let v = env.json_as(
        &fab,
        &[
            "elevate",
            "--customer",
            NORTHWIND,
            "--role",
            "global-reader",
            "--for",
            "1h",
            "--reason",
            "quarterly review",
        ],
    );
    let id = v["id"].as_str().unwrap().to_string();
    let e = env
        .run_as(&fab, &["elevations", "approve", &id, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "self-approval");
    // Without approval: active at once; removing the eligibility ends it.
    env.run_as(&fab, &["elevations", "end", &id]).ok();
    eligible(&env, &fab, FAB_READER, NORTHWIND, &["helpdesk-admin"], &[]).ok();
    let reader_pw = env.token(FAB_READER, PASS);
    let reader = mfa_token(&env, &reader_pw, FAB_READER);
    let v = env.json_as(
        &reader,
        &[
            "elevate",
            "--customer",
            NORTHWIND,
            "--role",
            "helpdesk-admin",
            "--for",
            "30m",
            "--reason",
            "password reset help",
        ],
    );
    assert_eq!(v["status"], "active");
    assert_eq!(v["ends_at"], "2027-01-01T00:30:00Z");
    env.run_as(&reader, &["users", "list", "--tenant", NORTHWIND])
        .ok();
    let removed = env.json_as(
        &fab,
        &["eligibility", "remove", FAB_READER, "--customer", NORTHWIND],
    );
    assert_eq!(removed["elevations_ended"], 1);
    let e = env
        .run_as(
            &reader,
            &["users", "list", "--tenant", NORTHWIND, "-o", "json"],
        )
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "no-grant");
}
