//! What people see: the main commands' table output on the demo database, pinned together with
//! stderr and the exit code (clock fixed; uuids, tokens, hashes and the temp directory
//! redacted). JSON is pinned by tests/json_contract.rs; this pins the tables.
//!
//! After an intended change of what a command prints: `INSTA_UPDATE=always cargo test --test
//! cli_snapshots` and review the diff of `tests/snapshots/`.

mod common;

use common::demo::{
    ADATUM, ADATUM_ADMIN, CONTOSO, CONTOSO_ADMIN, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_NAME,
    FAB_READER, FAB_SALES, NORTHWIND, OPERATOR, OP_ADMIN, OP_SUPPORT, PASS, TAILSPIN,
    TAILSPIN_ADMIN,
};
use common::*;
use serde_json::Value;

/// One run as jj's tests show it: the exit code, stdout and stderr, redacted.
fn shown(env: &Env, r: &Run) -> String {
    let clean = |s: &str| redact_str(&env.redact_location(s));
    format!(
        "exit: {}\n----- stdout -----\n{}----- stderr -----\n{}",
        r.code,
        clean(&r.stdout),
        clean(&r.stderr)
    )
}

/// Who runs a case: the demo's signed-in partner admin, or the holder of a token.
#[derive(Clone, Copy)]
enum As {
    SignedIn,
    ContosoAdmin,
    Helpdesk,
    Sales,
}

const CASES: &[(&str, As, &[&str])] = &[
    ("dashboard", As::SignedIn, &["dashboard"]),
    ("dashboard_customer", As::SignedIn, &["dashboard", CONTOSO]),
    ("customers_list", As::SignedIn, &["customers", "list"]),
    ("invites_list", As::SignedIn, &["invites", "list"]),
    ("grants_list", As::SignedIn, &["grants", "list"]),
    (
        "users_list_tenant",
        As::SignedIn,
        &["users", "list", "--tenant", CONTOSO],
    ),
    ("access", As::SignedIn, &["access"]),
    ("doctor", As::SignedIn, &["doctor"]),
    (
        "can_delegated",
        As::SignedIn,
        &[
            "can",
            "user.read",
            "--tenant",
            CONTOSO,
            "--user",
            FAB_HELPDESK,
        ],
    ),
    ("partners_list", As::ContosoAdmin, &["partners", "list"]),
    ("dashboard_helpdesk", As::Helpdesk, &["dashboard"]),
    (
        "denied_not_delegable",
        As::SignedIn,
        &["users", "add", "new@contoso.example", "--tenant", CONTOSO],
    ),
    (
        "denied_role_insufficient",
        As::Sales,
        &["users", "list", "--tenant", CONTOSO],
    ),
    ("usage_missing_argument", As::SignedIn, &["users", "add"]),
    ("usage_unknown_action", As::SignedIn, &["can", "user.fly"]),
];

#[test]
fn the_main_commands_print_what_people_expect() {
    let env = Env::new();
    let demo = env.run(&["demo"]);
    insta::assert_snapshot!("demo", shown(&env, &demo));
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    let sales = env.token(FAB_SALES, PASS);
    for &(name, who, args) in CASES {
        let r = match who {
            As::SignedIn => env.run(args),
            As::ContosoAdmin => env.run_as(&contoso, args),
            As::Helpdesk => env.run_as(&helpdesk, args),
            As::Sales => env.run_as(&sales, args),
        };
        insta::assert_snapshot!(
            name,
            shown(&env, &r),
            &format!("partnerctl {}", args.join(" "))
        );
    }
}

/// The tables people read most, as an 80-column terminal shows them (`COLUMNS=80`).
const NARROW: &[(&str, As, &[&str])] = &[
    ("partners_list_80", As::ContosoAdmin, &["partners", "list"]),
    ("invites_list_80", As::SignedIn, &["invites", "list"]),
    ("doctor_80", As::SignedIn, &["doctor"]),
    ("dashboard_80", As::SignedIn, &["dashboard"]),
    ("customers_list_80", As::SignedIn, &["customers", "list"]),
    ("grants_list_80", As::SignedIn, &["grants", "list"]),
    ("access_80", As::SignedIn, &["access"]),
    (
        "relationships_list_80",
        As::SignedIn,
        &["relationships", "list"],
    ),
];

/// Every string in a JSON document that people copy whole: ids, domains (all `.example` in
/// the demo), UPNs.
fn copyable(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s)
            if s.len() > 6
                && !s.contains(' ')
                && (s.contains('@') || s.ends_with(".example") || s.matches('-').count() == 4) =>
        {
            out.push(s.clone())
        }
        Value::Array(a) => a.iter().for_each(|x| copyable(x, out)),
        Value::Object(o) => o.values().for_each(|x| copyable(x, out)),
        _ => {}
    }
}

#[test]
fn at_80_columns_tables_fit_and_never_split_what_people_copy() {
    let env = Env::new();
    env.run(&["demo"]).ok();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let signed_in = env.token(FAB_ADMIN, PASS);
    for &(name, who, args) in NARROW {
        let token = match who {
            As::ContosoAdmin => &contoso,
            _ => &signed_in,
        };
        let r = env.run_with(args, "", &[("PARTNERCTL_TOKEN", token), ("COLUMNS", "80")]);
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        for line in r.stdout.lines() {
            assert!(
                line.chars().count() <= 80,
                "{name}: a line of {} columns:\n{line}",
                line.chars().count()
            );
        }
        let mut json_args = args.to_vec();
        json_args.extend(["-o", "json"]);
        let v: Value =
            serde_json::from_str(&env.run_as(token, &json_args).ok().stdout).expect("JSON");
        let mut whole = Vec::new();
        copyable(&v, &mut whole);
        for s in whole.iter().filter(|s| !s.contains(':')) {
            // Times are shown for people (`2026-12-02 00:00 UTC (…)`), not as stored; and not
            // every value of the JSON is a column: one whose first half is shown is whole.
            let half: String = s
                .chars()
                .take(s.chars().count().div_ceil(2).max(6))
                .collect();
            assert!(
                !r.stdout.contains(half.as_str()) || r.stdout.contains(s.as_str()),
                "{name}: {s} is not whole in\n{}",
                r.stdout
            );
        }
        insta::assert_snapshot!(
            name,
            shown(&env, &r),
            &format!("COLUMNS=80 partnerctl {}", args.join(" "))
        );
    }
}

/// tests/common's names of the demo world are the fixture's.
#[test]
fn the_tests_demo_names_are_the_fixtures() {
    let w: Value = serde_json::from_str(include_str!("../fixtures/demo.json")).expect("JSON");
    let upn = |t: &Value, local: &str| {
        let domain = t["domain"].as_str().expect("domain");
        assert!(
            t["users"]
                .as_array()
                .expect("users")
                .iter()
                .any(|u| u["local"] == local),
            "{local}@{domain} is not in the fixture"
        );
        format!("{local}@{domain}")
    };
    assert_eq!(w["password"], PASS);
    assert_eq!(w["signed_in_as"], FAB_ADMIN);
    assert_eq!(w["operator"]["domain"], OPERATOR);
    assert_eq!(upn(&w["operator"], "admin"), OP_ADMIN);
    assert_eq!(upn(&w["operator"], "support"), OP_SUPPORT);
    let p = &w["partner"];
    assert_eq!(
        (p["domain"].as_str(), p["name"].as_str()),
        (Some(FAB), Some(FAB_NAME))
    );
    assert_eq!(upn(p, "admin"), FAB_ADMIN);
    assert_eq!(upn(p, "helpdesk"), FAB_HELPDESK);
    assert_eq!(upn(p, "sales"), FAB_SALES);
    assert_eq!(upn(p, "reader"), FAB_READER);
    let second = &w["other_partners"][0];
    assert_eq!(second["domain"], TAILSPIN);
    assert_eq!(upn(second, "admin"), TAILSPIN_ADMIN);
    let named: Vec<&str> = w["customers"]["named"]
        .as_array()
        .expect("named customers")
        .iter()
        .map(|c| c["domain"].as_str().expect("domain"))
        .collect();
    // The default demo makes three customers; the last holds the pending invite.
    assert_eq!(named[..3], [CONTOSO, NORTHWIND, ADATUM]);
    for (domain, admin) in [(CONTOSO, CONTOSO_ADMIN), (ADATUM, ADATUM_ADMIN)] {
        let customer = serde_json::json!({"domain": domain, "users": w["customers"]["users"]});
        assert_eq!(upn(&customer, "admin"), admin);
    }
    let customer = serde_json::json!({"domain": CONTOSO, "users": w["customers"]["users"]});
    assert_eq!(upn(&customer, "it"), common::demo::CONTOSO_IT);
    assert_eq!(upn(&customer, "alex"), common::demo::CONTOSO_ALEX);
}
