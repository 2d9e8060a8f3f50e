//! Tenant services through the real binary against the demo data: licenses, domains, service
//! health and service requests, each for the principals allowed to use it and at least one that
//! is refused, with the data left as it was on every refusal.

mod common;

use std::cell::RefCell;
use std::collections::HashMap;

use serde_json::{json, Value};

use common::demo::{
    ADATUM, ADATUM_ADMIN, CONTOSO_ALEX, CONTOSO_IT, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_SALES,
    NORTHWIND, NORTHWIND_ADMIN, OP_SUPPORT, PASS,
};
use common::*;

/// The demo, with a token per principal a test needs (signed in once, on first use).
struct Demo {
    env: Env,
    tokens: RefCell<HashMap<String, String>>,
}

impl Demo {
    fn new() -> Demo {
        Demo {
            env: Env::with_demo(),
            tokens: RefCell::default(),
        }
    }

    #[track_caller]
    fn token(&self, upn: &str) -> String {
        if let Some(t) = self.tokens.borrow().get(upn) {
            return t.clone();
        }
        let t = self.env.token(upn, PASS);
        self.tokens.borrow_mut().insert(upn.to_string(), t.clone());
        t
    }

    /// `-o json` as the holder of `token`, expecting success.
    #[track_caller]
    fn json(&self, token: &str, args: &[&str]) -> Value {
        self.env.json_as(token, args)
    }

    /// Runs `args` with `-o json` as the holder of `token`; expects exit `code` with error
    /// `kind` (and `reason`, when given); checks that every `watch` read (taken with `-o json`
    /// by the user `reader`) and every row of the database but the audit trail are as before.
    #[track_caller]
    #[allow(clippy::too_many_arguments)]
    fn refused(
        &self,
        token: &str,
        args: &[&str],
        code: i32,
        kind: &str,
        reason: Option<&str>,
        reader: &str,
        watch: &[&[&str]],
    ) {
        let reader = self.token(reader);
        let before_reads: Vec<Value> = watch.iter().map(|w| self.json(&reader, w)).collect();
        let before = self.env.state();
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let e = self.env.run_as(token, &a).fails(code, kind);
        if let Some(r) = reason {
            assert_eq!(e["reason"], r, "`{}`: {e}", args.join(" "));
        }
        assert_eq!(
            self.env.state(),
            before,
            "`{}` changed the database",
            args.join(" ")
        );
        let after_reads: Vec<Value> = watch.iter().map(|w| self.json(&reader, w)).collect();
        assert_eq!(
            after_reads,
            before_reads,
            "`{}` changed a read",
            args.join(" ")
        );
    }
}

/// The entry for `sku` in a `licenses list`.
fn lic<'a>(list: &'a Value, sku: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|l| l["sku"] == sku)
        .unwrap_or_else(|| panic!("no {sku} in {list:#}"))
}

/// The entry for `name` in a `domains list`, if any.
fn dom<'a>(list: &'a Value, name: &str) -> Option<&'a Value> {
    list.as_array().unwrap().iter().find(|d| d["name"] == name)
}

/// The effective status entry of `service` in a `health` read.
fn svc<'a>(list: &'a Value, service: &str) -> &'a Value {
    list.as_array()
        .unwrap()
        .iter()
        .find(|h| h["service"] == service)
        .unwrap_or_else(|| panic!("no {service} in {list:#}"))
}

fn numbers(list: &Value) -> Vec<String> {
    list.as_array()
        .unwrap()
        .iter()
        .map(|r| r["number"].as_str().unwrap().to_string())
        .collect()
}

fn is_sr_number(n: &str) -> bool {
    n.len() == 9 && n.starts_with("SR-") && n[3..].chars().all(|c| c.is_ascii_digit())
}

// ----- licenses -----------------------------------------------------------------------------

#[test]
fn licenses_catalogue_has_realistic_skus() {
    let d = Demo::new();
    let cat = d.env.json(&["licenses", "catalogue"]);
    let skus = cat.as_array().unwrap();
    assert!(skus.len() >= 6, "{cat:#}");
    let mut ids: Vec<&str> = skus.iter().map(|s| s["sku"].as_str().unwrap()).collect();
    for s in skus {
        assert!(!s["name"].as_str().unwrap().is_empty(), "{s}");
        let price: f64 = s["price_per_unit"].as_str().unwrap().parse().unwrap();
        assert!(price > 0.0, "{s}");
    }
    ids.sort();
    ids.dedup();
    assert_eq!(ids.len(), skus.len(), "duplicate SKUs: {cat:#}");
    assert!(ids.contains(&"m365-e3"));
    // The same catalogue for a customer's user, and as a table.
    let alex = d.token(CONTOSO_ALEX);
    assert_eq!(d.json(&alex, &["licenses", "catalogue"]), cat);
    let t = d.env.run(&["licenses", "catalogue"]).ok();
    assert!(t.stdout.contains("Microsoft 365 E3"), "{}", t.stdout);
}

#[test]
fn licenses_list_for_readers_refused_to_others() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let list = d.json(&admin, &["licenses", "list"]);
    let p = lic(&list, "m365-business-premium");
    assert_eq!(
        (&p["valid"], &p["assigned"], &p["available"]),
        (&json!(10), &json!(3), &json!(7))
    );
    assert_eq!(p["name"], "Microsoft 365 Business Premium");
    let t = lic(&list, "teams-essentials");
    assert_eq!(
        (&t["valid"], &t["assigned"], &t["available"]),
        (&json!(5), &json!(0), &json!(5))
    );

    // The user admin reads them; so does the partner's admin agent, with the same facts.
    let it = d.token(CONTOSO_IT);
    assert_eq!(d.json(&it, &["licenses", "list"]), list);
    assert_eq!(d.env.json(&["licenses", "list", "--tenant", CONTOSO]), list);

    // Refused: a helpdesk agent (its role has no license.read), a user without a role, the
    // partner where it has no relationship.
    let hd = d.token(FAB_HELPDESK);
    let e = d
        .env
        .run_as(
            &hd,
            &["licenses", "list", "--tenant", CONTOSO, "-o", "json"],
        )
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "role-insufficient");
    let alex = d.token(CONTOSO_ALEX);
    d.env
        .run_as(&alex, &["licenses", "list", "-o", "json"])
        .fails(4, "permission_denied");
    let e = d
        .env
        .run(&["licenses", "list", "--tenant", ADATUM, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "no-relationship");
}

#[test]
fn licenses_buy_by_global_or_billing_admin_never_by_a_partner() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let watch: &[&[&str]] = &[&["licenses", "list"]];

    let v = d.json(&admin, &["licenses", "buy", "m365-e3", "--quantity", "2"]);
    assert_eq!(
        (&v["sku"], &v["valid"], &v["assigned"]),
        (&json!("m365-e3"), &json!(2), &json!(0))
    );
    // Buying again adds units to the same subscription.
    let v = d.json(&admin, &["licenses", "buy", "m365-e3", "--quantity", "3"]);
    assert_eq!((&v["valid"], &v["available"]), (&json!(5), &json!(5)));
    let r = d
        .env
        .run_as(
            &admin,
            &["licenses", "buy", "teams-essentials", "--quantity", "1"],
        )
        .ok();
    assert!(r.stdout.contains("teams-essentials"), "{}", r.stdout);
    assert_eq!(
        lic(&d.json(&admin, &["licenses", "list"]), "teams-essentials")["valid"],
        6
    );

    // A billing admin buys too.
    d.env.add_user_as(
        &admin,
        "bill@contoso.example",
        PASS,
        &["--role", "billing-admin"],
    );
    let bill = d.token("bill@contoso.example");
    let v = d.json(&bill, &["licenses", "buy", "m365-e3", "--quantity", "1"]);
    assert_eq!(v["valid"], 6);

    // --dry-run shows the result and writes nothing.
    let before = d.env.state();
    let v = d.json(
        &admin,
        &["licenses", "buy", "m365-e3", "--quantity", "4", "--dry-run"],
    );
    // A dry run's JSON wraps the would-be result with the decision and the change.
    assert_eq!(v["dry_run"], true);
    assert_eq!(v["result"]["valid"], 10);
    assert_eq!(v["planned"][0]["decision"]["action"], "license.buy");
    assert_eq!(v["planned"][0]["decision"]["allowed"], true);
    assert!(v["planned"][0]["change"]
        .as_str()
        .unwrap()
        .contains("valid units 6 -> 10"));
    assert_eq!(d.env.state(), before);
    assert_eq!(
        lic(&d.json(&admin, &["licenses", "list"]), "m365-e3")["valid"],
        6
    );

    // Never a partner, whatever its role: not-delegable.
    let buy_e5 = [
        "licenses",
        "buy",
        "m365-e5",
        "--quantity",
        "1",
        "--tenant",
        CONTOSO,
    ];
    let fab = d.token(FAB_ADMIN);
    d.refused(
        &fab,
        &buy_e5,
        4,
        "permission_denied",
        Some("not-delegable"),
        CONTOSO_ADMIN,
        watch,
    );
    let hd = d.token(FAB_HELPDESK);
    d.refused(
        &hd,
        &buy_e5,
        4,
        "permission_denied",
        Some("not-delegable"),
        CONTOSO_ADMIN,
        watch,
    );
    // Nor a user admin, nor a user without a role.
    let own_buy = ["licenses", "buy", "m365-e5", "--quantity", "1"];
    let it = d.token(CONTOSO_IT);
    d.refused(
        &it,
        &own_buy,
        4,
        "permission_denied",
        Some("role-insufficient"),
        CONTOSO_ADMIN,
        watch,
    );
    let alex = d.token(CONTOSO_ALEX);
    d.refused(
        &alex,
        &own_buy,
        4,
        "permission_denied",
        None,
        CONTOSO_ADMIN,
        watch,
    );

    // An unknown SKU is exit 5; a quantity of 0 (or too many) is exit 2.
    d.refused(
        &admin,
        &["licenses", "buy", "m365-e99", "--quantity", "1"],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    for q in ["0", "100001"] {
        d.refused(
            &admin,
            &["licenses", "buy", "m365-e3", "--quantity", q],
            2,
            "invalid_input",
            None,
            CONTOSO_ADMIN,
            watch,
        );
    }
}

#[test]
fn licenses_assign_up_to_the_valid_units_and_unassign() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let it = d.token(CONTOSO_IT);
    let watch: &[&[&str]] = &[&["licenses", "list"]];
    d.json(&admin, &["licenses", "buy", "m365-e3", "--quantity", "2"]);

    // The user admin assigns, up to the valid units.
    let v = d.json(&it, &["licenses", "assign", "m365-e3", CONTOSO_ALEX]);
    assert_eq!((&v["assigned"], &v["available"]), (&json!(1), &json!(1)));
    let r = d
        .env
        .run_as(&it, &["licenses", "assign", "m365-e3", CONTOSO_IT])
        .ok();
    assert!(r.stdout.contains("2 of 2"), "{}", r.stdout);
    d.refused(
        &admin,
        &["licenses", "assign", "m365-e3", CONTOSO_ADMIN],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    // Holding it already, no such user, no such subscription, no such SKU.
    d.json(&admin, &["licenses", "buy", "m365-e3", "--quantity", "1"]);
    d.refused(
        &admin,
        &["licenses", "assign", "m365-e3", CONTOSO_ALEX],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    d.refused(
        &admin,
        &["licenses", "assign", "m365-e3", "nobody@contoso.example"],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    d.refused(
        &admin,
        &["licenses", "assign", "m365-e3", NORTHWIND_ADMIN],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    d.refused(
        &admin,
        &["licenses", "assign", "intune-p1", CONTOSO_ADMIN],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    d.refused(
        &admin,
        &["licenses", "assign", "nope", CONTOSO_ADMIN],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );

    // A global admin assigns the unit just bought.
    let v = d.json(&admin, &["licenses", "assign", "m365-e3", CONTOSO_ADMIN]);
    assert_eq!((&v["assigned"], &v["valid"]), (&json!(3), &json!(3)));

    // Refused: a partner's admin agent (not-delegable), a billing admin, a user without a role.
    let fab = d.token(FAB_ADMIN);
    for cmd in ["assign", "unassign"] {
        d.refused(
            &fab,
            &[
                "licenses",
                cmd,
                "m365-e3",
                CONTOSO_ALEX,
                "--tenant",
                CONTOSO,
            ],
            4,
            "permission_denied",
            Some("not-delegable"),
            CONTOSO_ADMIN,
            watch,
        );
    }
    d.env.add_user_as(
        &admin,
        "bill@contoso.example",
        PASS,
        &["--role", "billing-admin"],
    );
    let bill = d.token("bill@contoso.example");
    d.refused(
        &bill,
        &["licenses", "unassign", "m365-e3", CONTOSO_ALEX],
        4,
        "permission_denied",
        Some("role-insufficient"),
        CONTOSO_ADMIN,
        watch,
    );
    let alex = d.token(CONTOSO_ALEX);
    d.refused(
        &alex,
        &["licenses", "unassign", "m365-e3", CONTOSO_ALEX],
        4,
        "permission_denied",
        None,
        CONTOSO_ADMIN,
        watch,
    );

    // Unassign frees a unit; unassigning what a user does not hold is exit 5.
    let v = d.json(&it, &["licenses", "unassign", "m365-e3", CONTOSO_ALEX]);
    assert_eq!((&v["assigned"], &v["available"]), (&json!(2), &json!(1)));
    d.refused(
        &it,
        &["licenses", "unassign", "m365-e3", CONTOSO_ALEX],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    let r = d
        .env
        .run_as(&it, &["licenses", "unassign", "m365-e3", CONTOSO_IT])
        .ok();
    assert!(r.stdout.contains("1 of 3"), "{}", r.stdout);
}

#[test]
fn a_disabled_user_gets_no_new_license() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let watch: &[&[&str]] = &[&["licenses", "list"], &["users", "list"]];
    d.json(&admin, &["licenses", "buy", "m365-e3", "--quantity", "5"]);
    d.json(&admin, &["users", "update", CONTOSO_ALEX, "--disable"]);
    d.refused(
        &admin,
        &["licenses", "assign", "m365-e3", CONTOSO_ALEX],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    // What it holds can still be taken back; then it gets nothing new either.
    let v = d.json(
        &admin,
        &[
            "licenses",
            "unassign",
            "m365-business-premium",
            CONTOSO_ALEX,
        ],
    );
    assert_eq!(v["assigned"], 2);
    d.refused(
        &admin,
        &["licenses", "assign", "m365-business-premium", CONTOSO_ALEX],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    // Enabled again, it may.
    d.json(&admin, &["users", "update", CONTOSO_ALEX, "--enable"]);
    assert_eq!(
        d.json(&admin, &["licenses", "assign", "m365-e3", CONTOSO_ALEX])["assigned"],
        1
    );
}

// ----- domains ------------------------------------------------------------------------------

#[test]
fn domains_list_for_readers_refused_to_others() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let list = d.json(&admin, &["domains", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 3, "{list:#}");
    let initial = dom(&list, CONTOSO).unwrap();
    assert_eq!(
        (&initial["status"], &initial["default"]),
        (&json!("verified"), &json!(true))
    );
    let mail = dom(&list, "mail.contoso.example").unwrap();
    assert_eq!(mail["status"], "verified");
    assert_eq!(mail["capabilities"], json!(["email", "teams"]));
    assert_eq!(mail["default"], false);
    let shop = dom(&list, "shop-contoso.example").unwrap();
    assert_eq!(shop["status"], "unverified");
    assert_eq!(shop["capabilities"], json!([]));
    assert!(
        shop.get("verification").is_none(),
        "list must not show codes: {shop}"
    );

    // The partner's admin agent reads the same; its helpdesk agent and a plain user may not.
    assert_eq!(d.env.json(&["domains", "list", "--tenant", CONTOSO]), list);
    let hd = d.token(FAB_HELPDESK);
    let e = d
        .env
        .run_as(&hd, &["domains", "list", "--tenant", CONTOSO, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "role-insufficient");
    let alex = d.token(CONTOSO_ALEX);
    d.env
        .run_as(&alex, &["domains", "list", "-o", "json"])
        .fails(4, "permission_denied");
}

#[test]
fn domains_add_verify_and_set_capabilities() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let watch: &[&[&str]] = &[&["domains", "list"]];

    // add prints the TXT record to publish.
    let r = d
        .env
        .run_as(&admin, &["domains", "add", "corp.contoso.example"])
        .ok();
    assert!(r.stdout.contains("TXT"), "{}", r.stdout);
    assert!(
        r.stdout
            .contains("partnerctl domains verify corp.contoso.example --code"),
        "{}",
        r.stdout
    );
    let v = d.json(&admin, &["domains", "add", "Sales.Contoso.Example"]);
    assert_eq!(
        (&v["name"], &v["status"]),
        (&json!("sales.contoso.example"), &json!("unverified"))
    );
    assert_eq!(v["verification"]["record_type"], "TXT");
    let code = v["verification"]["value"].as_str().unwrap().to_string();
    assert!(code.len() > 16, "{v}");
    assert!(!r.stdout.contains(&code), "two domains got the same code");
    let list = d.json(&admin, &["domains", "list"]);
    assert_eq!(
        dom(&list, "sales.contoso.example").unwrap()["status"],
        "unverified"
    );

    // Duplicates, in this tenant or another, are exit 6.
    for dup in [
        "sales.contoso.example",
        CONTOSO,
        "mail.northwind.example",
        NORTHWIND,
    ] {
        d.refused(
            &admin,
            &["domains", "add", dup],
            6,
            "conflict",
            None,
            CONTOSO_ADMIN,
            watch,
        );
    }
    d.refused(
        &admin,
        &["domains", "add", "not a domain"],
        2,
        "invalid_input",
        None,
        CONTOSO_ADMIN,
        watch,
    );

    // Capabilities only once verified.
    d.refused(
        &admin,
        &[
            "domains",
            "set-capabilities",
            "sales.contoso.example",
            "--capability",
            "email",
        ],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    // The wrong code is exit 2 and leaves it unverified; the right one verifies it.
    d.refused(
        &admin,
        &[
            "domains",
            "verify",
            "sales.contoso.example",
            "--code",
            "partnerctl-verify=wrong",
        ],
        2,
        "invalid_input",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    let v = d.json(
        &admin,
        &[
            "domains",
            "verify",
            "sales.contoso.example",
            "--code",
            &code,
        ],
    );
    assert_eq!(v["status"], "verified");
    d.refused(
        &admin,
        &[
            "domains",
            "verify",
            "sales.contoso.example",
            "--code",
            &code,
        ],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    let v = d.json(
        &admin,
        &[
            "domains",
            "set-capabilities",
            "sales.contoso.example",
            "--capability",
            "teams",
            "--capability",
            "email",
        ],
    );
    assert_eq!(v["capabilities"], json!(["email", "teams"]));
    // It replaces the set.
    d.json(
        &admin,
        &[
            "domains",
            "set-capabilities",
            "mail.contoso.example",
            "--capability",
            "intune",
        ],
    );
    let list = d.json(&admin, &["domains", "list"]);
    assert_eq!(
        dom(&list, "sales.contoso.example").unwrap()["status"],
        "verified"
    );
    assert_eq!(
        dom(&list, "sales.contoso.example").unwrap()["capabilities"],
        json!(["email", "teams"])
    );
    assert_eq!(
        dom(&list, "mail.contoso.example").unwrap()["capabilities"],
        json!(["intune"])
    );
    d.refused(
        &admin,
        &[
            "domains",
            "set-capabilities",
            "mail.contoso.example",
            "--capability",
            "fax",
        ],
        2,
        "invalid_input",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    // Another tenant's domain is not found.
    d.refused(
        &admin,
        &[
            "domains",
            "set-capabilities",
            "mail.northwind.example",
            "--capability",
            "email",
        ],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );
}

#[test]
fn domains_are_never_added_or_configured_by_a_partner() {
    let d = Demo::new();
    let fab = d.token(FAB_ADMIN);
    let hd = d.token(FAB_HELPDESK);
    let it = d.token(CONTOSO_IT);
    let watch: &[&[&str]] = &[&["domains", "list"]];
    let t = ["--tenant", CONTOSO];
    let cmds: Vec<Vec<&str>> = vec![
        vec!["domains", "add", "partner.contoso.example"],
        vec!["domains", "verify", "shop-contoso.example", "--code", "x"],
        vec![
            "domains",
            "set-capabilities",
            "mail.contoso.example",
            "--capability",
            "email",
        ],
        vec!["domains", "remove", "shop-contoso.example"],
    ];
    for c in &cmds {
        let mut a = c.clone();
        a.extend(t);
        for tok in [&fab, &hd] {
            d.refused(
                tok,
                &a,
                4,
                "permission_denied",
                Some("not-delegable"),
                CONTOSO_ADMIN,
                watch,
            );
        }
        // A user admin of the tenant has no domain rights either.
        d.refused(
            &it,
            c,
            4,
            "permission_denied",
            Some("role-insufficient"),
            CONTOSO_ADMIN,
            watch,
        );
    }
    // The partner's own tenant is another matter: its global admin adds domains there.
    let v = d.json(&fab, &["domains", "add", "eu.fabrikam-partners.example"]);
    assert_eq!(v["status"], "unverified");
}

#[test]
fn domains_remove_refuses_the_initial_domain_and_one_in_use() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let watch: &[&[&str]] = &[&["domains", "list"], &["users", "list"]];
    d.refused(
        &admin,
        &["domains", "remove", CONTOSO],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    // A user's UPN in mail.contoso.example keeps it.
    d.env
        .add_user_as(&admin, "bob@mail.contoso.example", PASS, &[]);
    d.refused(
        &admin,
        &["domains", "remove", "mail.contoso.example"],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    d.refused(
        &admin,
        &["domains", "remove", "nope.contoso.example"],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    d.refused(
        &admin,
        &["domains", "remove", "shop-northwind.example"],
        5,
        "not_found",
        None,
        CONTOSO_ADMIN,
        watch,
    );

    let v = d.json(&admin, &["domains", "remove", "shop-contoso.example"]);
    assert_eq!(v["name"], "shop-contoso.example");
    assert!(dom(
        &d.json(&admin, &["domains", "list"]),
        "shop-contoso.example"
    )
    .is_none());
    // Once its user is gone, the domain goes too.
    d.json(
        &admin,
        &["users", "remove", "bob@mail.contoso.example", "--yes"],
    );
    d.json(&admin, &["domains", "remove", "mail.contoso.example"]);
    let list = d.json(&admin, &["domains", "list"]);
    assert_eq!(list.as_array().unwrap().len(), 1, "{list:#}");
    // The name is free again.
    d.json(&admin, &["domains", "add", "mail.contoso.example"]);
}

// ----- service health -----------------------------------------------------------------------

#[test]
fn health_shows_the_effective_status_per_service() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let h = d.json(&admin, &["health"]);
    let services: Vec<&str> = h
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["service"].as_str().unwrap())
        .collect();
    assert_eq!(
        services,
        [
            "exchange",
            "sharepoint",
            "teams",
            "onedrive",
            "intune",
            "entra"
        ]
    );
    assert_eq!(svc(&h, "teams")["status"], "degraded");
    assert_eq!(
        svc(&h, "teams")["message"],
        "Some users see delayed chat messages"
    );
    assert_eq!(svc(&h, "sharepoint")["status"], "advisory");
    assert_eq!(svc(&h, "exchange")["status"], "operational");
    assert!(svc(&h, "teams")["updated_at"].is_string());

    // The partner's agents (admin and helpdesk) and the operator read the same.
    assert_eq!(d.env.json(&["health", "--tenant", CONTOSO]), h);
    let hd = d.token(FAB_HELPDESK);
    assert_eq!(d.json(&hd, &["health", "--tenant", CONTOSO]), h);
    let op = d.token(OP_ADMIN);
    assert_eq!(d.json(&op, &["health", "--tenant", CONTOSO]), h);

    // Northwind has its own incident on top of the global statuses.
    let n = d.env.json(&["health", "--tenant", NORTHWIND]);
    assert_eq!(svc(&n, "exchange")["status"], "interrupted");
    assert_eq!(svc(&n, "exchange")["scope"], "tenant");
    assert_eq!(svc(&n, "teams")["status"], "degraded");

    // Refused: a user without a role; the partner where it has no relationship.
    let alex = d.token(CONTOSO_ALEX);
    d.env
        .run_as(&alex, &["health", "-o", "json"])
        .fails(4, "permission_denied");
    d.env
        .run(&["health", "--tenant", ADATUM, "-o", "json"])
        .fails(4, "permission_denied");
}

#[test]
fn the_operator_publishes_health_globally_and_per_tenant() {
    let d = Demo::new();
    let op = d.token(OP_ADMIN);
    let admin = d.token(CONTOSO_ADMIN);
    let nw = d.token(NORTHWIND_ADMIN);
    let ad = d.token(ADATUM_ADMIN);

    // Globally: every tenant sees it.
    let v = d.json(
        &op,
        &[
            "health",
            "set",
            "intune",
            "advisory",
            "--message",
            "Enrollment is slow",
        ],
    );
    assert_eq!(
        (&v["service"], &v["status"], &v["tenant"]),
        (&json!("intune"), &json!("advisory"), &json!(null))
    );
    for tok in [&admin, &nw, &ad] {
        let h = d.json(tok, &["health"]);
        assert_eq!(svc(&h, "intune")["status"], "advisory");
        assert_eq!(svc(&h, "intune")["message"], "Enrollment is slow");
        assert_eq!(svc(&h, "intune")["scope"], "global");
    }

    // For one tenant: only that tenant sees it, and it overrides the global status.
    let r = d
        .env
        .run_as(
            &op,
            &["health", "set", "teams", "operational", "--tenant", CONTOSO],
        )
        .ok();
    assert!(r.stdout.contains(CONTOSO), "{}", r.stdout);
    let v = d.json(
        &op,
        &[
            "health",
            "set",
            "entra",
            "interrupted",
            "--message",
            "Sign-ins fail",
            "--tenant",
            CONTOSO,
        ],
    );
    assert_eq!(v["tenant"], CONTOSO);
    let h = d.json(&admin, &["health", "--tenant", CONTOSO]);
    assert_eq!(svc(&h, "teams")["status"], "operational");
    assert_eq!(svc(&h, "teams")["scope"], "tenant");
    assert_eq!(svc(&h, "entra")["status"], "interrupted");
    assert_eq!(svc(&h, "entra")["message"], "Sign-ins fail");
    let n = d.json(&nw, &["health"]);
    assert_eq!(svc(&n, "teams")["status"], "degraded");
    assert_eq!(svc(&n, "entra")["status"], "operational");
    // A later global change does not undo the tenant's own status.
    d.json(&op, &["health", "set", "teams", "interrupted"]);
    assert_eq!(
        svc(&d.json(&admin, &["health"]), "teams")["status"],
        "operational"
    );
    assert_eq!(
        svc(&d.json(&nw, &["health"]), "teams")["status"],
        "interrupted"
    );
    // The partner sees the customer's effective status too.
    assert_eq!(
        svc(&d.env.json(&["health", "--tenant", CONTOSO]), "entra")["status"],
        "interrupted"
    );

    // Only the operator publishes: a customer's admin, the partner's admin agent, the
    // operator's support staff are refused, and no tenant's health changes.
    let watch: &[&[&str]] = &[
        &["health", "--tenant", CONTOSO],
        &["health", "--tenant", NORTHWIND],
        &["health"],
    ];
    let fab = d.token(FAB_ADMIN);
    let support = d.token(OP_SUPPORT);
    for (tok, args) in [
        (&admin, vec!["health", "set", "exchange", "degraded"]),
        (
            &admin,
            vec!["health", "set", "exchange", "degraded", "--tenant", CONTOSO],
        ),
        (
            &fab,
            vec!["health", "set", "exchange", "degraded", "--tenant", CONTOSO],
        ),
        (&fab, vec!["health", "set", "exchange", "degraded"]),
        (&support, vec!["health", "set", "exchange", "degraded"]),
    ] {
        d.refused(tok, &args, 4, "permission_denied", None, OP_ADMIN, watch);
    }
    let e = d
        .env
        .run_as(
            &admin,
            &["health", "set", "exchange", "degraded", "-o", "json"],
        )
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "operator-only");
    // Unknown services and statuses are usage errors.
    d.refused(
        &op,
        &["health", "set", "fax", "degraded"],
        2,
        "invalid_input",
        None,
        OP_ADMIN,
        watch,
    );
    d.refused(
        &op,
        &["health", "set", "teams", "on-fire"],
        2,
        "invalid_input",
        None,
        OP_ADMIN,
        watch,
    );
}

// ----- service requests ---------------------------------------------------------------------

#[test]
fn requests_create_with_severity_and_human_numbers() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let watch: &[&[&str]] = &[&["requests", "list"]];
    let before = numbers(&d.json(&admin, &["requests", "list"]));

    let mut made = Vec::new();
    for sev in 1..=4 {
        let s = sev.to_string();
        let v = d.json(
            &admin,
            &[
                "requests",
                "create",
                "--title",
                &format!("Problem {sev}"),
                "--severity",
                &s,
            ],
        );
        let n = v["number"].as_str().unwrap().to_string();
        assert!(is_sr_number(&n), "{v}");
        assert_eq!(
            (&v["severity"], &v["status"]),
            (&json!(sev), &json!("open"))
        );
        assert_eq!(v["created_by"], CONTOSO_ADMIN);
        assert_eq!(v["on_behalf_of"], Value::Null);
        assert!(!before.contains(&n));
        made.push(n);
    }
    // Numbers are per database and increase.
    let mut sorted = made.clone();
    sorted.sort();
    sorted.dedup();
    assert_eq!(sorted, made);
    // The default severity is 3; a description is kept.
    let v = d.json(
        &admin,
        &[
            "requests",
            "create",
            "--title",
            "No default",
            "--description",
            "Line one\nline two",
        ],
    );
    assert_eq!(v["severity"], 3);
    assert_eq!(v["description"], "Line one\nline two");
    // The table form names the number.
    let r = d
        .env
        .run_as(&admin, &["requests", "create", "--title", "Table form"])
        .ok();
    assert!(r.stdout.contains("opened SR-"), "{}", r.stdout);

    // Severity outside 1..4 and an empty title are exit 2; nothing is opened.
    for sev in ["0", "5"] {
        d.refused(
            &admin,
            &["requests", "create", "--title", "Bad", "--severity", sev],
            2,
            "invalid_input",
            None,
            CONTOSO_ADMIN,
            watch,
        );
    }
    d.refused(
        &admin,
        &["requests", "create", "--title", " "],
        2,
        "invalid_input",
        None,
        CONTOSO_ADMIN,
        watch,
    );

    // Any admin role opens requests (it@: user and helpdesk admin); a user without one cannot,
    // nor can a sales agent or the partner where it has no relationship.
    let it = d.token(CONTOSO_IT);
    d.json(
        &it,
        &[
            "requests",
            "create",
            "--title",
            "From IT",
            "--severity",
            "2",
        ],
    );
    let alex = d.token(CONTOSO_ALEX);
    d.refused(
        &alex,
        &["requests", "create", "--title", "x"],
        4,
        "permission_denied",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    let sales = d.token(FAB_SALES);
    d.refused(
        &sales,
        &["requests", "create", "--title", "x", "--tenant", CONTOSO],
        4,
        "permission_denied",
        Some("role-insufficient"),
        CONTOSO_ADMIN,
        watch,
    );
    let fab = d.token(FAB_ADMIN);
    d.refused(
        &fab,
        &["requests", "create", "--title", "x", "--tenant", ADATUM],
        4,
        "permission_denied",
        Some("no-relationship"),
        OP_ADMIN,
        &[&["requests", "list", "--tenant", ADATUM]],
    );
}

#[test]
fn a_partner_agents_request_records_the_agent_and_the_partner() {
    let d = Demo::new();
    let hd = d.token(FAB_HELPDESK);
    let v = d.json(
        &hd,
        &[
            "requests",
            "create",
            "--title",
            "Reset MFA for the CEO",
            "--description",
            "Locked out after a phone change",
            "--severity",
            "1",
            "--tenant",
            CONTOSO,
        ],
    );
    let n = v["number"].as_str().unwrap().to_string();
    assert!(is_sr_number(&n), "{v}");
    assert_eq!(v["created_by"], FAB_HELPDESK);
    assert_eq!(v["on_behalf_of"], FAB);

    // The customer sees who opened it and for which partner.
    let admin = d.token(CONTOSO_ADMIN);
    let s = d.json(&admin, &["requests", "show", &n]);
    assert_eq!(
        (&s["created_by"], &s["on_behalf_of"]),
        (&json!(FAB_HELPDESK), &json!(FAB))
    );
    let r = d.env.run_as(&admin, &["requests", "show", &n]).ok();
    assert!(
        r.stdout.contains(FAB_HELPDESK) && r.stdout.contains(FAB),
        "{}",
        r.stdout
    );

    // The admin agent too, on a granular relationship (northwind: helpdesk + support roles).
    let v = d.json(
        &d.token(FAB_ADMIN),
        &[
            "requests",
            "create",
            "--title",
            "Mail down",
            "--tenant",
            NORTHWIND,
        ],
    );
    assert_eq!(
        (&v["created_by"], &v["on_behalf_of"]),
        (&json!(FAB_ADMIN), &json!(FAB))
    );
    let list = d.json(&d.token(NORTHWIND_ADMIN), &["requests", "list"]);
    assert!(numbers(&list).contains(&v["number"].as_str().unwrap().to_string()));
}

/// Two new requests at contoso: `a` by its admin, `b` by the partner's helpdesk agent.
fn two_requests(d: &Demo, admin: &str, hd: &str) -> (String, String) {
    let a = d.json(admin, &["requests", "create", "--title", "First"])["number"]
        .as_str()
        .unwrap()
        .to_string();
    let b = d.json(
        hd,
        &[
            "requests", "create", "--title", "Second", "--tenant", CONTOSO,
        ],
    )["number"]
        .as_str()
        .unwrap()
        .to_string();
    (a, b)
}

#[test]
fn requests_list_open_first_and_take_comments() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let op = d.token(OP_ADMIN);
    let hd = d.token(FAB_HELPDESK);

    let list = d.json(&admin, &["requests", "list"]);
    assert_eq!(numbers(&list), ["SR-000001", "SR-000002"]);
    assert_eq!(list[0]["status"], "open");
    assert_eq!(list[1]["status"], "closed");

    let (a, _) = two_requests(&d, &admin, &hd);

    // comment: the customer, the partner's helpdesk agent and the operator answer.
    let r = d
        .env
        .run_as(
            &admin,
            &["requests", "comment", &a, "--message", "Still broken"],
        )
        .ok();
    assert!(r.stdout.contains(&a), "{}", r.stdout);
    d.json(
        &hd,
        &[
            "requests",
            "comment",
            &a,
            "--message",
            "Looking at it",
            "--tenant",
            CONTOSO,
        ],
    );
    // The number may be given without its prefix.
    let short = a
        .trim_start_matches("SR-")
        .trim_start_matches('0')
        .to_string();
    d.json(
        &op,
        &[
            "requests",
            "comment",
            &short,
            "--message",
            "Fixed on our side",
            "--tenant",
            CONTOSO,
        ],
    );
    let s = d.json(&admin, &["requests", "show", &a]);
    let comments: Vec<(&str, &str)> = s["comments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            (
                c["author"].as_str().unwrap(),
                c["message"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        comments,
        [
            (CONTOSO_ADMIN, "Still broken"),
            (FAB_HELPDESK, "Looking at it"),
            (OP_ADMIN, "Fixed on our side")
        ]
    );
    let t = d.env.run_as(&admin, &["requests", "show", &a]).ok();
    for want in [
        "Still broken",
        "Looking at it",
        "Fixed on our side",
        "First",
    ] {
        assert!(t.stdout.contains(want), "{}", t.stdout);
    }
    // The demo's open request has the operator's comment.
    let s1 = d.json(&admin, &["requests", "show", "SR-000001"]);
    assert_eq!(s1["comments"][0]["author"], OP_SUPPORT);
}

#[test]
fn requests_update_reorder_and_close() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let op = d.token(OP_ADMIN);
    let hd = d.token(FAB_HELPDESK);
    let (a, b) = two_requests(&d, &admin, &hd);

    // update --status: the operator sets any status.
    let v = d.json(
        &op,
        &[
            "requests",
            "update",
            &a,
            "--status",
            "in-progress",
            "--tenant",
            CONTOSO,
        ],
    );
    assert_eq!(v["status"], "in-progress");
    let v = d.json(
        &op,
        &[
            "requests", "update", &b, "--status", "resolved", "--tenant", CONTOSO,
        ],
    );
    assert_eq!(v["status"], "resolved");
    // The support desk's states are the operator's: the customer's admin and a partner agent
    // may close and reopen, not move a request to in-progress or resolved.
    for (who, tenant) in [(&admin, None), (&d.token(FAB_ADMIN), Some(CONTOSO))] {
        let mut args = vec!["requests", "update", &a, "--status", "resolved"];
        if let Some(t) = tenant {
            args.extend(["--tenant", t]);
        }
        d.refused(
            who,
            &args,
            4,
            "permission_denied",
            Some("operator-only"),
            CONTOSO_ADMIN,
            &[&["requests", "list"]],
        );
    }
    let v = d.json(&admin, &["requests", "update", &b, "--status", "open"]);
    assert_eq!(v["status"], "open", "a customer reopens its request");
    let v = d.json(
        &op,
        &[
            "requests", "update", &b, "--status", "resolved", "--tenant", CONTOSO,
        ],
    );
    assert_eq!(v["status"], "resolved");

    // Open and in-progress first (newest first), then the rest.
    let list = d.json(&admin, &["requests", "list"]);
    let st: Vec<(String, String)> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                r["number"].as_str().unwrap().into(),
                r["status"].as_str().unwrap().into(),
            )
        })
        .collect();
    let active: Vec<&(String, String)> = st
        .iter()
        .filter(|(_, s)| s == "open" || s == "in-progress")
        .collect();
    assert_eq!(active.len(), 2, "{st:?}");
    assert!(
        st[..2]
            .iter()
            .all(|(_, s)| s == "open" || s == "in-progress"),
        "{st:?}"
    );
    assert_eq!(st[0].0, a);
    assert_eq!(st[1].0, "SR-000001");
    // --status filters.
    let resolved = d.json(&admin, &["requests", "list", "--status", "resolved"]);
    assert_eq!(numbers(&resolved), [b.as_str()]);
    let closed = d.json(&admin, &["requests", "list", "--status", "closed"]);
    assert_eq!(numbers(&closed), ["SR-000002"]);

    // close: by the customer; closing twice is a conflict.
    let watch: &[&[&str]] = &[&["requests", "list"], &["requests", "show", &a]];
    let r = d.env.run_as(&admin, &["requests", "close", &a]).ok();
    assert!(r.stdout.contains("closed"), "{}", r.stdout);
    assert_eq!(
        d.json(&admin, &["requests", "show", &a])["status"],
        "closed"
    );
    d.refused(
        &admin,
        &["requests", "close", &a],
        6,
        "conflict",
        None,
        CONTOSO_ADMIN,
        watch,
    );
    // The partner's helpdesk agent closes a request too (service-request.update).
    d.json(&hd, &["requests", "close", &b, "--tenant", CONTOSO]);
    let list = d.json(&admin, &["requests", "list"]);
    assert_eq!(numbers(&list)[0], "SR-000001");
    assert_eq!(list[0]["status"], "open");
    // An unknown status is a usage error.
    d.refused(
        &op,
        &[
            "requests", "update", &a, "--status", "lost", "--tenant", CONTOSO,
        ],
        2,
        "invalid_input",
        None,
        CONTOSO_ADMIN,
        watch,
    );
}

#[test]
fn requests_are_refused_without_the_right_role() {
    let d = Demo::new();
    // Refused: a user without a role, the sales agent, the operator's support staff.
    let alex = d.token(CONTOSO_ALEX);
    let sales = d.token(FAB_SALES);
    let support = d.token(OP_SUPPORT);
    for (tok, args) in [
        (
            &alex,
            vec!["requests", "comment", "SR-000001", "--message", "hi"],
        ),
        (&alex, vec!["requests", "close", "SR-000001"]),
        (&alex, vec!["requests", "list"]),
        (&alex, vec!["requests", "show", "SR-000001"]),
        (
            &sales,
            vec![
                "requests",
                "comment",
                "SR-000001",
                "--message",
                "hi",
                "--tenant",
                CONTOSO,
            ],
        ),
        (&sales, vec!["requests", "list", "--tenant", CONTOSO]),
        (
            &support,
            vec![
                "requests",
                "update",
                "SR-000001",
                "--status",
                "resolved",
                "--tenant",
                CONTOSO,
            ],
        ),
    ] {
        d.refused(
            tok,
            &args,
            4,
            "permission_denied",
            None,
            CONTOSO_ADMIN,
            &[&["requests", "show", "SR-000001"], &["requests", "list"]],
        );
    }
}

#[test]
fn another_tenants_request_is_not_found() {
    let d = Demo::new();
    let admin = d.token(CONTOSO_ADMIN);
    let nw = d.token(NORTHWIND_ADMIN);
    let theirs = &d.json(&nw, &["requests", "list"])[0]["number"];
    let theirs = theirs.as_str().unwrap().to_string();
    assert!(!numbers(&d.json(&admin, &["requests", "list"])).contains(&theirs));
    let watch: &[&[&str]] = &[&["requests", "list"], &["requests", "show", &theirs]];
    for args in [
        vec!["requests", "show", theirs.as_str()],
        vec![
            "requests",
            "comment",
            theirs.as_str(),
            "--message",
            "mine now",
        ],
        vec!["requests", "close", theirs.as_str()],
        vec!["requests", "update", theirs.as_str(), "--status", "open"],
        vec!["requests", "show", "SR-999999"],
    ] {
        d.refused(&admin, &args, 5, "not_found", None, NORTHWIND_ADMIN, watch);
    }
    // Through the partner: a number of northwind's under --tenant contoso is not found either.
    let fab = d.token(FAB_ADMIN);
    d.env
        .run_as(
            &fab,
            &[
                "requests", "show", &theirs, "--tenant", CONTOSO, "-o", "json",
            ],
        )
        .fails(5, "not_found");
    // Not a number at all is exit 2.
    d.env
        .run_as(&admin, &["requests", "show", "SR-abc", "-o", "json"])
        .fails(2, "invalid_input");
}
