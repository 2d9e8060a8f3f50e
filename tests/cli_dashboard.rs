//! The partner dashboard against the demo data, through the real binary: the overview and its
//! filters, one customer's detail with its links (decided by the permission core, so they
//! differ between an admin agent and a helpdesk agent), the customer's own view of the same
//! facts, refusals, and the table views fitting an 80-column terminal.

mod common;

use serde_json::{json, Value};

use common::demo::{
    ADATUM, ADATUM_ADMIN, CONTOSO_ALEX, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_SALES, NORTHWIND,
    NORTHWIND_ADMIN, PASS, TAILSPIN, TAILSPIN_ADMIN,
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
    fits_within(env, token, args, must_show, 80)
}

/// Every line of a table view is at most `width` characters wide.
#[track_caller]
fn fits_within(env: &Env, token: &str, args: &[&str], must_show: &[&str], width: usize) {
    let r = env.run_as(token, args).ok();
    let widest = widest_line(&r.stdout);
    assert!(
        widest <= width,
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
    // The overview is as wide as the customers' names and domains make it (the 10,000-customer
    // demo's is 83 columns without a STATUS column); on a terminal it wraps to its width. With
    // the demo's names and the STATUS column it is 87.
    fits_within(
        &env,
        &fab,
        &["dashboard"],
        &[
            "Contoso Ltd",
            CONTOSO,
            "Northwind Traders",
            "interrupted",
            "3/265",
            "active",
        ],
        87,
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
    fits_within(
        &env,
        &hd,
        &["dashboard"],
        &["Northwind Traders", "interrupted"],
        87,
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

// ----- several relationships per customer, and expired ones -----------------------------------

/// The overview's row for `domain`, as the holder of `token` sees it (panics when absent).
#[track_caller]
fn row(env: &Env, token: &str, domain: &str) -> Value {
    let v = env.json_as(token, &["dashboard"]);
    let rows: Vec<&Value> = v["customers"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["domain"] == domain)
        .collect();
    assert_eq!(rows.len(), 1, "{domain} is not listed once: {v:#}");
    rows[0].clone()
}

/// `(name, status, expires_at)` of each relationship of an overview row or a detail view.
fn rels(v: &Value) -> Vec<(String, String, Value)> {
    v["relationships"]
        .as_array()
        .unwrap_or_else(|| panic!("no relationships array: {v:#}"))
        .iter()
        .map(|r| {
            for key in ["id", "name", "status", "access", "expires_at"] {
                assert!(r.get(key).is_some(), "{key} missing in {r}");
            }
            (
                r["name"].as_str().unwrap().to_string(),
                r["status"].as_str().unwrap().to_string(),
                r["expires_at"].clone(),
            )
        })
        .collect()
}

/// A relationship from Fabrikam's admin (`fab`) with `customer`, accepted by `admin`;
/// returns the acceptance.
fn relate(env: &Env, fab: &str, customer: &str, admin: &str, extra: &[&str]) -> Value {
    let mut args = vec!["invite", "--customer-domain", customer];
    args.extend(extra);
    let inv = env.json_as(fab, &args);
    let token = inv["token"].as_str().unwrap().to_string();
    env.json_as(admin, &["accept", &token, "--yes"])
}

#[test]
fn an_expired_relationship_stays_on_the_dashboard_without_its_counts() {
    let mut env = Env::with_demo();
    // Tailspin's relationship with contoso (180 days, accepted 175 days ago) expires on
    // 2027-01-06; five days later it is still on Tailspin's dashboard, marked expired.
    env.now = "2027-01-11T00:00:00Z".into();
    let ts = env.token(TAILSPIN_ADMIN, PASS);
    let c = row(&env, &ts, CONTOSO);
    assert_eq!(c["name"], "Contoso Ltd");
    assert_eq!(c["status"], "expired");
    assert_eq!(c["expires_at"], "2027-01-06T00:00:00Z");
    assert!(c["relationship_id"].is_string(), "{c}");
    assert_eq!(c["access"], json!([]), "no access is held any more: {c}");
    // Nothing the partner can no longer read: no health, no counts.
    for key in ["health", "open_service_requests", "licenses", "domains"] {
        assert_eq!(c[key], Value::Null, "{key} leaks: {c}");
    }
    assert_eq!(
        rels(&c),
        [(
            CONTOSO.to_string(),
            "expired".to_string(),
            json!("2027-01-06T00:00:00Z")
        )]
    );
    assert_eq!(c["relationships"][0]["id"], c["relationship_id"]);
    assert_eq!(c["relationships"][0]["access"], json!(["global-reader"]));
    // The filters: an expired relationship needs attention, so it is "expiring within" any
    // span; its health is unknown, so no --health matches it; --search finds it.
    let list = |args: &[&str]| {
        let mut a = vec!["dashboard"];
        a.extend(args);
        domains_of(&env.json_as(&ts, &a))
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>()
    };
    assert_eq!(list(&["--expiring-within", "1d"]), [CONTOSO]);
    assert_eq!(list(&["--search", "contoso"]), [CONTOSO]);
    assert!(list(&["--search", "northwind"]).is_empty());
    assert!(list(&["--health", "degraded"]).is_empty());
    // People see it in the table, with the date it expired and dashes for the counts.
    let table = env.run_as(&ts, &["dashboard"]).ok().stdout;
    let line = table
        .lines()
        .find(|l| l.contains(CONTOSO))
        .unwrap_or_else(|| panic!("no contoso line:\n{table}"));
    assert!(line.contains("expired"), "{table}");
    assert!(line.contains("2027-01-06"), "{table}");
    assert!(!line.contains("degraded"), "{table}");
    assert!(table.lines().next().unwrap().contains("STATUS"), "{table}");
    // Scripts reading `-o tsv` find STATUS last, after the columns they knew.
    let tsv = env.run_as(&ts, &["dashboard", "-o", "tsv"]).ok().stdout;
    assert_eq!(
        tsv,
        "Contoso Ltd\tcontoso.example\t2027-01-06\t-\t-\t-\t-\texpired\n"
    );
    // The detail view still needs access.
    let e = env
        .run_as(&ts, &["dashboard", CONTOSO, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "relationship-expired");
}

#[test]
fn a_customer_with_two_relationships_is_listed_once_with_the_earliest_expiry() {
    let mut env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let nw = env.token(NORTHWIND_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    // Northwind: the demo's relationship (365 days, auto-extending: 2027-12-02) and a
    // 30-day one for user administration.
    let second = relate(
        &env,
        &fab,
        NORTHWIND,
        &nw,
        &[
            "--name",
            "nw users",
            "--access",
            "user-admin",
            "--duration",
            "30d",
        ],
    );
    let second_id = second["id"].as_str().unwrap().to_string();
    // Contoso: the demo's DAP relationship never expires; a 90-day one beside it does.
    let reader = relate(
        &env,
        &fab,
        CONTOSO,
        &contoso,
        &[
            "--name",
            "contoso reader",
            "--access",
            "global-reader",
            "--duration",
            "90d",
        ],
    );

    let v = env.json_as(&fab, &["dashboard"]);
    assert_eq!(domains_of(&v), [CONTOSO, NORTHWIND], "each customer once");
    let n = row(&env, &fab, NORTHWIND);
    assert_eq!(n["status"], "active");
    assert_eq!(
        n["expires_at"], "2027-01-31T00:00:00Z",
        "the earliest expiry"
    );
    assert_eq!(n["relationship_id"], second_id.as_str());
    // The access held is the union over the active relationships.
    let mut access: Vec<&str> = n["access"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap())
        .collect();
    access.sort();
    assert_eq!(
        access,
        [
            "global-reader",
            "helpdesk-admin",
            "service-support-admin",
            "user-admin"
        ]
    );
    let nw_rels = rels(&n);
    assert_eq!(nw_rels.len(), 2, "{n:#}");
    assert!(nw_rels.contains(&(
        "nw users".to_string(),
        "active".to_string(),
        json!("2027-01-31T00:00:00Z")
    )));
    assert!(nw_rels.contains(&(
        NORTHWIND.to_string(),
        "active".to_string(),
        json!("2027-12-02T00:00:00Z")
    )));
    assert_eq!(n["licenses"], json!({"assigned": 3, "valid": 25}));
    // `never` only when no active relationship expires.
    let c = row(&env, &fab, CONTOSO);
    assert_eq!(c["status"], "active");
    assert_eq!(c["expires_at"], "2027-04-01T00:00:00Z");
    assert_eq!(rels(&c).len(), 2);
    assert_eq!(filtered(&env, &["--expiring-within", "30d"]), [NORTHWIND]);
    assert_eq!(
        filtered(&env, &["--expiring-within", "90d"]),
        [CONTOSO, NORTHWIND]
    );
    // Once the 90-day one is terminated contoso never expires again, and the terminated one is
    // no longer listed.
    env.json_as(
        &contoso,
        &[
            "relationships",
            "terminate",
            reader["id"].as_str().unwrap(),
            "--yes",
        ],
    );
    let c = row(&env, &fab, CONTOSO);
    assert_eq!(c["expires_at"], Value::Null);
    assert_eq!(
        rels(&c),
        [(CONTOSO.to_string(), "active".to_string(), Value::Null)]
    );
    assert_eq!(
        env.json_as(&fab, &["dashboard", CONTOSO])["relationships"],
        c["relationships"]
    );

    // The detail view lists both relationships, each with its access and expiry.
    let d = env.json_as(&fab, &["dashboard", NORTHWIND]);
    let d_rels = d["relationships"].as_array().unwrap();
    assert_eq!(d_rels.len(), 2, "{d:#}");
    let users = d_rels
        .iter()
        .find(|r| r["id"] == second_id.as_str())
        .unwrap();
    assert_eq!(users["name"], "nw users");
    assert_eq!(users["access"], json!(["user-admin"]));
    assert_eq!(users["status"], "active");
    assert_eq!(users["expires_at"], "2027-01-31T00:00:00Z");
    assert_eq!(d["relationship"]["relationship_id"], second_id.as_str());
    let text = env.run_as(&fab, &["dashboard", NORTHWIND]).ok().stdout;
    assert!(text.contains("nw users"), "{text}");
    assert!(text.contains("2027-01-31"), "{text}");
    assert!(text.contains("2027-12-02"), "{text}");

    // After the 30-day one expires northwind stays active through the other, listed beside
    // the expired one; the expiry shown is the active one's.
    env.now = "2027-02-05T00:00:00Z".into();
    let fab = env.token(FAB_ADMIN, PASS);
    let n = row(&env, &fab, NORTHWIND);
    assert_eq!(n["status"], "active");
    assert_eq!(n["expires_at"], "2027-12-02T00:00:00Z");
    assert_ne!(n["relationship_id"], second_id.as_str());
    let mut statuses: Vec<String> = rels(&n).into_iter().map(|r| r.1).collect();
    statuses.sort();
    assert_eq!(statuses, ["active", "expired"]);
    assert_eq!(n["licenses"], json!({"assigned": 3, "valid": 25}));
    assert!(n["access"]
        .as_array()
        .unwrap()
        .iter()
        .all(|a| a != "user-admin"));
    let d = env.json_as(&fab, &["dashboard", NORTHWIND]);
    assert_eq!(d["relationships"], n["relationships"]);
    assert_eq!(d["relationship"]["relationship_id"], n["relationship_id"]);
}

#[test]
fn an_expired_customer_is_listed_to_the_agents_who_would_reach_it() {
    let mut env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let adatum = env.token(ADATUM_ADMIN, PASS);
    // The demo's pending invite for adatum makes way for one with a short duration.
    let pending = env.json_as(&fab, &["invites", "list", "--status", "pending"]);
    let id = pending[0]["id"].as_str().unwrap().to_string();
    env.json_as(&fab, &["invites", "revoke", &id]);
    relate(
        &env,
        &fab,
        ADATUM,
        &adatum,
        &["--access", "helpdesk-admin", "--duration", "10d"],
    );
    let hd = env.token(FAB_HELPDESK, PASS);
    let a = row(&env, &hd, ADATUM);
    assert_eq!(a["status"], "active");
    assert_eq!(a["open_service_requests"], 1);

    env.now = "2027-01-20T00:00:00Z".into();
    let fab = env.token(FAB_ADMIN, PASS);
    let hd = env.token(FAB_HELPDESK, PASS);
    let sales = env.token(FAB_SALES, PASS);
    // The partner's admin and the helpdesk agent (whose grant covers every customer) see it
    // expired, without counts; the sales agent, who reaches no customer, does not.
    for token in [&fab, &hd] {
        let a = row(&env, token, ADATUM);
        assert_eq!(a["status"], "expired");
        assert_eq!(a["expires_at"], "2027-01-11T00:00:00Z");
        for key in ["health", "open_service_requests", "licenses", "domains"] {
            assert_eq!(a[key], Value::Null, "{key} leaks: {a}");
        }
    }
    assert!(domains_of(&env.json_as(&sales, &["dashboard"])).is_empty());
    // Active customers keep their counts beside it.
    assert_eq!(filtered_as(&env, &fab, &[]), [ADATUM, CONTOSO, NORTHWIND]);
    assert_eq!(row(&env, &fab, CONTOSO)["domains"], 3);

    // A customer whose relationships were all terminated is not listed.
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    env.json_as(&contoso, &["partners", "remove", FAB, "--yes"]);
    assert_eq!(filtered_as(&env, &fab, &[]), [ADATUM, NORTHWIND]);
}

/// `dashboard` with filters as the holder of `token`: the customers' domains.
#[track_caller]
fn filtered_as(env: &Env, token: &str, filters: &[&str]) -> Vec<String> {
    let mut a = vec!["dashboard"];
    a.extend(filters);
    domains_of(&env.json_as(token, &a))
        .into_iter()
        .map(String::from)
        .collect()
}

/// `--search` of three characters or more is answered by the trigram index (migration 0013)
/// and gives what the plain rule gives: a case-blind substring of the name, or of the domain;
/// a renamed customer is found by its new name; names that are not plain ASCII by the same
/// rule; and characters the engines treat specially in patterns are only text.
#[test]
fn search_through_the_index_finds_what_the_rule_finds() {
    let env = Env::with_demo();
    let northwind = env.token(NORTHWIND_ADMIN, PASS);
    env.run_as(&northwind, &["tenants", "update", "--name", "Zebra Works"])
        .ok();
    assert_eq!(filtered(&env, &["--search", "ZEBRA"]), [NORTHWIND]);
    assert_eq!(filtered(&env, &["--search", "bra wo"]), [NORTHWIND]);
    assert!(filtered(&env, &["--search", "traders"]).is_empty());
    assert_eq!(filtered(&env, &["--search", "thwind.exa"]), [NORTHWIND]);
    assert_eq!(filtered(&env, &["--search", "co"]), [CONTOSO]);
    env.run_as(
        &northwind,
        &["tenants", "update", "--name", "Ünïcode Straße"],
    )
    .ok();
    assert_eq!(filtered(&env, &["--search", "ÜNÏ"]), [NORTHWIND]);
    assert_eq!(filtered(&env, &["--search", "straße"]), [NORTHWIND]);
    for text in ["%%%", "___", "a\"b\"c", "*contoso*", "con%", "\\\\\\"] {
        assert!(filtered(&env, &["--search", text]).is_empty(), "{text}");
    }
}
