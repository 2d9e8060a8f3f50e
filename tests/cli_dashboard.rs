//! The partner dashboard against the demo data, through the real binary: the overview and its
//! filters, one customer's detail with its links (decided by the permission core, so they
//! differ between an admin agent and a helpdesk agent), the customer's own view of the same
//! facts, refusals, and the table views fitting an 80-column terminal.

mod common;

use serde_json::{json, Value};

use common::demo::{
    ADATUM, CONTOSO_ALEX, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_SALES, NORTHWIND, PASS, TAILSPIN,
    TAILSPIN_ADMIN,
};
use common::*;

/// The admin areas of the detail view, in order.
const AREAS: [&str; 7] = [
    "users",
    "licenses",
    "domains",
    "health",
    "service requests",
    "partners",
    "audit",
];

fn domains_of(overview: &Value) -> Vec<&str> {
    overview["customers"]
        .as_array()
        .unwrap_or_else(|| panic!("no customers array: {overview:#}"))
        .iter()
        .map(|c| c["domain"].as_str().unwrap())
        .collect()
}

/// `dashboard` with filters, as the demo's signed-in partner admin: the customers' domains.
#[track_caller]
fn filtered(env: &Env, filters: &[&str]) -> Vec<String> {
    let mut a = vec!["dashboard"];
    a.extend(filters);
    domains_of(&env.json(&a))
        .into_iter()
        .map(String::from)
        .collect()
}

/// `link.area -> link.allowed` of a detail view.
fn allowed(detail: &Value) -> Vec<(String, bool)> {
    detail["links"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["area"].as_str().unwrap().to_string(),
                l["allowed"].as_bool().unwrap(),
            )
        })
        .collect()
}

fn area_is(detail: &Value, area: &str) -> bool {
    allowed(detail)
        .into_iter()
        .find(|(a, _)| a == area)
        .unwrap_or_else(|| panic!("no link for {area}"))
        .1
}

#[test]
fn overview_json_against_the_demo() {
    let env = Env::with_demo();
    let v = env.json(&["dashboard"]);
    assert_eq!(v["partner"], FAB);
    // adatum has only a pending invite: not a customer yet. Sorted by name.
    assert_eq!(domains_of(&v), [CONTOSO, NORTHWIND]);
    let c = &v["customers"][0];
    assert_eq!(c["name"], "Contoso Ltd");
    assert_eq!(c["status"], "active");
    assert_eq!(c["access"], json!(["global-admin"]));
    assert_eq!(c["expires_at"], Value::Null);
    assert_eq!(c["health"], "degraded");
    assert_eq!(c["open_service_requests"], 1);
    assert_eq!(c["licenses"], json!({"assigned": 3, "valid": 15}));
    assert_eq!(c["domains"], 3);
    assert!(c["relationship_id"].is_string());
    let n = &v["customers"][1];
    assert_eq!(n["name"], "Northwind Traders");
    assert_eq!(n["status"], "active");
    assert_eq!(n["expires_at"], "2027-12-02T00:00:00Z");
    assert_eq!(n["health"], "interrupted");
    assert_eq!(n["open_service_requests"], 1);
    assert_eq!(n["licenses"], json!({"assigned": 3, "valid": 25}));
    assert_eq!(n["domains"], 3);

    // Filters.
    assert_eq!(filtered(&env, &["--health", "interrupted"]), [NORTHWIND]);
    assert_eq!(filtered(&env, &["--health", "degraded"]), [CONTOSO]);
    assert!(filtered(&env, &["--health", "operational"]).is_empty());
    assert_eq!(filtered(&env, &["--search", "north"]), [NORTHWIND]);
    assert_eq!(filtered(&env, &["--search", "CONTOSO"]), [CONTOSO]);
    assert_eq!(filtered(&env, &["--search", "traders"]), [NORTHWIND]);
    assert!(filtered(&env, &["--search", "adatum"]).is_empty());
    assert_eq!(filtered(&env, &["--expiring-within", "400d"]), [NORTHWIND]);
    assert!(filtered(&env, &["--expiring-within", "30d"]).is_empty());
    assert_eq!(
        filtered(
            &env,
            &["--expiring-within", "400d", "--health", "interrupted"]
        ),
        [NORTHWIND]
    );
    assert!(filtered(&env, &["--expiring-within", "400d", "--search", "contoso"]).is_empty());
    env.run(&["dashboard", "--health", "on-fire", "-o", "json"])
        .fails(2, "invalid_input");
    env.run(&["dashboard", "--expiring-within", "soon", "-o", "json"])
        .fails(2, "invalid_input");

    // The counts follow the data: a new request, a bought unit, a new domain.
    let admin = env.token(CONTOSO_ADMIN, PASS);
    env.json_as(&admin, &["requests", "create", "--title", "Printer"]);
    env.json_as(&admin, &["licenses", "buy", "m365-e3", "--quantity", "5"]);
    env.json_as(&admin, &["domains", "add", "corp.contoso.example"]);
    let c = &env.json(&["dashboard", "--search", "contoso"])["customers"][0];
    assert_eq!(c["open_service_requests"], 2);
    assert_eq!(c["licenses"], json!({"assigned": 3, "valid": 20}));
    assert_eq!(c["domains"], 4);
}

#[test]
fn overview_shows_only_the_customers_this_user_can_reach() {
    let env = Env::with_demo();
    // The helpdesk agent's grant covers all customers.
    let hd = env.token(FAB_HELPDESK, PASS);
    let v = env.json_as(&hd, &["dashboard"]);
    assert_eq!(domains_of(&v), [CONTOSO, NORTHWIND]);
    // Its rows hold what its role may read, as its detail view does: health and service
    // requests, but no license or domain counts (license.read and domain.read are not its).
    for c in v["customers"].as_array().unwrap() {
        assert_eq!(c["licenses"], Value::Null, "{c}");
        assert_eq!(c["domains"], Value::Null, "{c}");
        assert_eq!(c["open_service_requests"], 1, "{c}");
        let d = env.json_as(&hd, &["dashboard", c["domain"].as_str().unwrap()]);
        assert_eq!(d["licenses"], json!([]));
        assert_eq!(d["domains"], json!([]));
    }
    assert_eq!(v["customers"][1]["health"], "interrupted");
    // A sales agent reaches no customer tenant; a partner user without any grant neither.
    let sales = env.token(FAB_SALES, PASS);
    assert!(domains_of(&env.json_as(&sales, &["dashboard"])).is_empty());
    // The second partner has a relationship with contoso only, expiring in five days.
    let ts = env.token(TAILSPIN_ADMIN, PASS);
    let v = env.json_as(&ts, &["dashboard"]);
    assert_eq!(v["partner"], TAILSPIN);
    assert_eq!(domains_of(&v), [CONTOSO]);
    assert_eq!(v["customers"][0]["expires_at"], "2027-01-06T00:00:00Z");
    assert_eq!(
        domains_of(&env.json_as(&ts, &["dashboard", "--expiring-within", "7d"])),
        [CONTOSO]
    );
    // Once contoso removes Fabrikam, Fabrikam's dashboard no longer lists it.
    let admin = env.token(CONTOSO_ADMIN, PASS);
    env.json_as(&admin, &["partners", "remove", FAB, "--yes"]);
    assert_eq!(filtered(&env, &[]), [NORTHWIND]);
    env.run(&["dashboard", CONTOSO, "-o", "json"])
        .fails(4, "permission_denied");
}

#[test]
fn detail_json_against_the_demo() {
    let env = Env::with_demo();
    let v = env.json(&["dashboard", CONTOSO]);
    assert_eq!(
        v["customer"],
        json!({
            "name": "Contoso Ltd",
            "domain": CONTOSO,
            "contact": {
                "email": CONTOSO_ADMIN,
                "phone": "+1 555 010 0000",
                "address": "1 Main Street\nSpringfield"
            }
        })
    );
    // Health per service, with status and message.
    let health: Vec<(&str, &str)> = v["health"]
        .as_array()
        .unwrap()
        .iter()
        .map(|h| {
            assert!(h.get("message").is_some(), "{h}");
            (
                h["service"].as_str().unwrap(),
                h["status"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        health,
        [
            ("exchange", "operational"),
            ("sharepoint", "advisory"),
            ("teams", "degraded"),
            ("onedrive", "operational"),
            ("intune", "operational"),
            ("entra", "operational"),
        ]
    );
    assert_eq!(
        v["health"][2]["message"],
        "Some users see delayed chat messages"
    );
    // Service requests, open first.
    let srs = v["service_requests"].as_array().unwrap();
    assert_eq!(srs.len(), 2);
    assert_eq!(
        (&srs[0]["number"], &srs[0]["status"]),
        (&json!("SR-000001"), &json!("open"))
    );
    assert_eq!(
        (&srs[1]["number"], &srs[1]["status"]),
        (&json!("SR-000002"), &json!("closed"))
    );
    assert_eq!(srs[0]["title"], "Mail delivery delayed for the sales team");
    // Licenses: sku, assigned, valid.
    let lic: Vec<(&str, i64, i64)> = v["licenses"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["sku"].as_str().unwrap(),
                l["assigned"].as_i64().unwrap(),
                l["valid"].as_i64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        lic,
        [("m365-business-premium", 3, 10), ("teams-essentials", 0, 5)]
    );
    // Domains: name, status, capabilities.
    assert_eq!(
        v["domains"],
        json!([
            {"name": CONTOSO, "status": "verified",
             "capabilities": v["domains"][0]["capabilities"]},
            {"name": "mail.contoso.example", "status": "verified", "capabilities": ["email", "teams"]},
            {"name": "shop-contoso.example", "status": "unverified", "capabilities": []},
        ])
    );
    assert!(!v["domains"][0]["capabilities"]
        .as_array()
        .unwrap()
        .is_empty());
    // Links: one per admin area, with the exact command for this customer. The admin agent
    // (classic DAP, global admin) may use them all.
    let links = v["links"].as_array().unwrap();
    let areas: Vec<&str> = links.iter().map(|l| l["area"].as_str().unwrap()).collect();
    assert_eq!(areas, AREAS);
    for l in links {
        let cmd = l["command"].as_str().unwrap();
        assert!(cmd.starts_with("partnerctl "), "{l}");
        assert!(cmd.ends_with(" --tenant contoso.example"), "{l}");
        assert_eq!(l["allowed"], true, "{l}");
    }
    assert_eq!(
        links[1]["command"],
        "partnerctl licenses list --tenant contoso.example"
    );
    assert_eq!(
        links[3]["command"],
        "partnerctl health --tenant contoso.example"
    );

    // Northwind: its incident, and the relationship's expiry.
    let n = env.json(&["dashboard", NORTHWIND]);
    assert_eq!(n["customer"]["domain"], NORTHWIND);
    assert_eq!(n["health"][0]["service"], "exchange");
    assert_eq!(n["health"][0]["status"], "interrupted");
    assert_eq!(
        n["health"][0]["message"],
        "Incident EX-4411: mailboxes cannot send mail"
    );
    assert_eq!(n["relationship"]["expires_at"], "2027-12-02T00:00:00Z");
}

#[test]
fn links_differ_between_an_admin_agent_and_a_helpdesk_agent() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let hd = env.token(FAB_HELPDESK, PASS);
    let admin_view = env.json_as(&fab, &["dashboard", CONTOSO]);
    let hd_view = env.json_as(&hd, &["dashboard", CONTOSO]);

    assert!(area_is(&admin_view, "licenses"));
    assert!(area_is(&admin_view, "domains"));
    assert!(!area_is(&hd_view, "licenses"));
    assert!(!area_is(&hd_view, "domains"));
    for area in ["users", "health", "service requests"] {
        assert!(area_is(&hd_view, area), "{area}");
    }
    assert_ne!(allowed(&admin_view), allowed(&hd_view));
    // The same commands; only `allowed` differs.
    let cmds = |v: &Value| -> Vec<Value> {
        v["links"]
            .as_array()
            .unwrap()
            .iter()
            .map(|l| l["command"].clone())
            .collect()
    };
    assert_eq!(cmds(&admin_view), cmds(&hd_view));
    // What the helpdesk agent may not read is not shown to it; the rest is the same.
    assert_eq!(hd_view["licenses"], json!([]));
    assert_eq!(hd_view["domains"], json!([]));
    assert_ne!(admin_view["licenses"], json!([]));
    for key in ["customer", "health", "service_requests"] {
        assert_eq!(hd_view[key], admin_view[key], "{key}");
    }

    // `allowed` is the permission core's answer: `can ACTION` agrees, and each command runs
    // (exit 0) exactly when it is allowed (else exit 4).
    for (tok, view) in [(&fab, &admin_view), (&hd, &hd_view)] {
        for l in view["links"].as_array().unwrap() {
            let ok = l["allowed"].as_bool().unwrap();
            let action = l["action"].as_str().unwrap();
            let can = env.run_as(tok, &["can", action, "--tenant", CONTOSO]);
            assert_eq!(can.code, if ok { 0 } else { 4 }, "can {action}: {l}");
            let cmd = l["command"].as_str().unwrap();
            let mut args: Vec<&str> = cmd.split_whitespace().skip(1).collect();
            args.extend(["-o", "json"]);
            let r = env.run_as(tok, &args);
            if ok {
                r.ok();
            } else {
                r.fails(4, "permission_denied");
            }
        }
    }

    // On northwind (granular access) the admin agent reads licenses through global-reader,
    // the helpdesk agent still does not.
    let a = env.json_as(&fab, &["dashboard", NORTHWIND]);
    let h = env.json_as(&hd, &["dashboard", NORTHWIND]);
    assert!(area_is(&a, "licenses"));
    assert!(!area_is(&h, "licenses"));
}

#[test]
fn a_customers_admin_sees_the_same_detail() {
    let env = Env::with_demo();
    let partner_view = env.json(&["dashboard", CONTOSO]);
    let admin = env.token(CONTOSO_ADMIN, PASS);
    let own = env.json_as(&admin, &["dashboard", "--tenant", CONTOSO]);
    for key in [
        "customer",
        "health",
        "service_requests",
        "licenses",
        "domains",
    ] {
        assert_eq!(own[key], partner_view[key], "{key} differs");
    }
    // Links for its own tenant need no --tenant, and a global admin may use them all.
    let links = own["links"].as_array().unwrap();
    let areas: Vec<&str> = links.iter().map(|l| l["area"].as_str().unwrap()).collect();
    assert_eq!(areas, AREAS);
    assert_eq!(links[0]["command"], "partnerctl users list");
    for l in links {
        assert!(!l["command"].as_str().unwrap().contains("--tenant"), "{l}");
        assert_eq!(l["allowed"], true, "{l}");
    }
    // Without --tenant, a customer's admin gets its own detail too.
    assert_eq!(env.json_as(&admin, &["dashboard"]), own);

    // After the partner opens a request, both sides see it.
    let hd = env.token(FAB_HELPDESK, PASS);
    let n = env.json_as(
        &hd,
        &[
            "requests",
            "create",
            "--title",
            "From the partner",
            "--tenant",
            CONTOSO,
        ],
    )["number"]
        .clone();
    let own = env.json_as(&admin, &["dashboard", "--tenant", CONTOSO]);
    assert_eq!(own["service_requests"][0]["number"], n);
    assert_eq!(own["service_requests"][0]["on_behalf_of"], FAB);
    assert_eq!(
        env.json(&["dashboard", CONTOSO])["service_requests"],
        own["service_requests"]
    );
}

#[test]
fn a_user_without_access_is_refused() {
    let env = Env::with_demo();
    // The partner's admin: adatum has only a pending invite.
    let e = env
        .run(&["dashboard", ADATUM, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "no-relationship");
    let hd = env.token(FAB_HELPDESK, PASS);
    env.run_as(&hd, &["dashboard", ADATUM, "-o", "json"])
        .fails(4, "permission_denied");
    // A sales agent reaches no customer tenant.
    let sales = env.token(FAB_SALES, PASS);
    env.run_as(&sales, &["dashboard", CONTOSO, "-o", "json"])
        .fails(4, "permission_denied");
    // One customer's admin, another customer; a user without a role, its own tenant.
    let admin = env.token(CONTOSO_ADMIN, PASS);
    env.run_as(&admin, &["dashboard", NORTHWIND, "-o", "json"])
        .fails(4, "permission_denied");
    let alex = env.token(CONTOSO_ALEX, PASS);
    env.run_as(&alex, &["dashboard", "-o", "json"])
        .fails(4, "permission_denied");
    // No such tenant: the same answer as a tenant the caller may not see; nobody signed in.
    env.run(&["dashboard", "nowhere.example", "-o", "json"])
        .fails(4, "permission_denied");
    env.run(&["logout"]).ok();
    env.run(&["dashboard", "-o", "json"])
        .fails(3, "unauthenticated");
}

/// Every line of a table view fits an 80-column terminal (counted in characters).
#[track_caller]
fn fits(env: &Env, token: &str, args: &[&str], must_show: &[&str]) {
    let r = env.run_as(token, args).ok();
    let widest = widest_line(&r.stdout);
    assert!(
        widest <= 80,
        "`partnerctl {}` is {widest} columns wide:\n{}",
        args.join(" "),
        r.stdout
    );
    for s in must_show {
        assert!(
            r.stdout.contains(s),
            "`partnerctl {}` does not show {s:?}:\n{}",
            args.join(" "),
            r.stdout
        );
    }
}

#[test]
fn table_views_fit_80_columns() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let hd = env.token(FAB_HELPDESK, PASS);
    let admin = env.token(CONTOSO_ADMIN, PASS);
    // A partner's request and a new unverified domain make the rows as wide as they get.
    env.json_as(
        &hd,
        &[
            "requests",
            "create",
            "--title",
            "Reset MFA for the CEO",
            "--tenant",
            CONTOSO,
        ],
    );
    env.json_as(&admin, &["domains", "add", "corp.contoso.example"]);
    env.json_as(
        &admin,
        &[
            "licenses",
            "buy",
            "m365-business-standard",
            "--quantity",
            "250",
        ],
    );

    let t = ["--tenant", CONTOSO];
    let with_t = |a: &[&'static str]| -> Vec<&'static str> {
        let mut v = a.to_vec();
        v.extend(t);
        v
    };
    fits(
        &env,
        &fab,
        &["dashboard"],
        &[
            "Contoso Ltd",
            CONTOSO,
            "Northwind Traders",
            "interrupted",
            "3/265",
        ],
    );
    fits(
        &env,
        &fab,
        &["dashboard", CONTOSO],
        &[
            "SR-000001",
            "partnerctl licenses list --tenant contoso.example",
        ],
    );
    fits(
        &env,
        &fab,
        &["dashboard", NORTHWIND],
        &["Incident EX-4411", "SR-000003"],
    );
    fits(
        &env,
        &hd,
        &["dashboard", NORTHWIND],
        &["partnerctl requests list --tenant northwind.example"],
    );
    fits(
        &env,
        &admin,
        &["dashboard", "--tenant", CONTOSO],
        &["mail.contoso.example"],
    );
    fits(
        &env,
        &hd,
        &["dashboard"],
        &["Northwind Traders", "interrupted"],
    );
    fits(
        &env,
        &fab,
        &with_t(&["licenses", "list"]),
        &[
            "m365-business-premium",
            "Microsoft 365 Business Standard",
            "250",
        ],
    );
    fits(
        &env,
        &fab,
        &["licenses", "catalogue"],
        &["m365-business-standard"],
    );
    fits(
        &env,
        &fab,
        &with_t(&["domains", "list"]),
        &["shop-contoso.example", "unverified", "email, teams"],
    );
    fits(
        &env,
        &fab,
        &with_t(&["health"]),
        &["teams", "degraded", "Some users see delayed chat messages"],
    );
    fits(
        &env,
        &fab,
        &["health", "--tenant", NORTHWIND],
        &[
            "interrupted",
            "Incident EX-4411: mailboxes cannot send mail",
        ],
    );
    fits(
        &env,
        &fab,
        &with_t(&["requests", "list"]),
        &[
            "SR-000001",
            "Mail delivery delayed for the sales team",
            "Reset MFA for the CEO",
        ],
    );
    fits(
        &env,
        &fab,
        &with_t(&["requests", "show", "SR-000001"]),
        &["We are looking into it."],
    );
}
