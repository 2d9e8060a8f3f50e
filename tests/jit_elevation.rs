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
