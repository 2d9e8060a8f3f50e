//! Purchase offers (issue 13): a partner offers licenses, optionally with a request for
//! delegated administration; the customer buys and accepts in one transaction, or nothing.

mod common;

use std::process::{Child, Command, Stdio};

use common::demo::{ADATUM, ADATUM_ADMIN, CONTOSO, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_SALES, PASS};
use common::Env;

const PREMIUM: &str = "m365-business-premium";

fn offer(env: &Env, token: &str, extra: &[&str]) -> serde_json::Value {
    let mut a = vec!["offers", "create", "--item", "m365-business-premium=25"];
    a.extend(extra);
    env.json_as(token, &a)
}

fn licenses(env: &Env, token: &str) -> Vec<(String, i64)> {
    env.json_as(token, &["licenses", "list"])
        .as_array()
        .unwrap()
        .iter()
        .map(|l| {
            (
                l["sku"].as_str().unwrap().to_string(),
                l["valid"].as_i64().unwrap(),
            )
        })
        .collect()
}

fn premium(env: &Env, token: &str) -> i64 {
    licenses(env, token)
        .into_iter()
        .find(|(s, _)| s == PREMIUM)
        .map_or(0, |(_, v)| v)
}

fn relationships(env: &Env, token: &str) -> usize {
    env.json_as(token, &["partners", "list"])
        .as_array()
        .unwrap()
        .len()
}

#[test]
fn create_freezes_prices_and_stores_no_raw_token() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let v = offer(
        &env,
        &sales,
        &[
            "--item",
            "m365-e3=2",
            "--with-delegated-admin",
            "--access",
            "helpdesk-admin",
            "--duration",
            "365d",
            "--auto-extend",
        ],
    );
    assert_eq!(v["items"][0]["sku"], PREMIUM);
    assert_eq!(v["items"][0]["quantity"], 25);
    assert_eq!(v["items"][0]["price_per_unit"], "22.00");
    assert_eq!(v["items"][1]["price_per_unit"], "36.00");
    assert_eq!(v["total"], "622.00");
    assert_eq!(
        v["delegated_admin"],
        serde_json::json!({"access": ["helpdesk-admin"], "duration": "365d", "auto_extend": true})
    );
    let token = v["token"].as_str().unwrap();
    assert!(v["accept_command"]
        .as_str()
        .unwrap()
        .ends_with(&format!("partnerctl offers accept {token}")));
    // Default expiry: 30 days.
    assert_eq!(v["expires_at"], "2027-01-31T00:00:00Z");
    // The demo's own pending offer is to the prospect fourthcoffee.example.
    let stored = env.query(
        "SELECT token_hash FROM offers WHERE coalesce(customer_domain, '') <> 'fourthcoffee.example'",
    );
    assert_eq!(stored.len(), 1);
    assert_ne!(stored[0][0], token);
    assert_eq!(stored[0][0].len(), 64);
    // Licenses only: delegated_admin is null.
    let v = offer(&env, &sales, &[]);
    assert!(v["delegated_admin"].is_null());
    // Listed and shown on the partner side.
    let list = env.json_as(&sales, &["offers", "list", "--status", "pending"]);
    assert_eq!(
        list.as_array().unwrap().len(),
        3,
        "these two and the demo's"
    );
    let id = v["id"].as_str().unwrap();
    assert_eq!(
        env.json_as(&sales, &["offers", "show", id])["total"],
        "550.00"
    );
}

#[test]
fn bad_items_and_terms_are_exit_2() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    for args in [
        &["offers", "create", "--item", "no-such-sku=1"][..],
        &["offers", "create", "--item", "m365-e3=0"],
        &["offers", "create", "--item", "m365-e3=-1"],
        &["offers", "create", "--item", "m365-e3=100001"],
        &[
            "offers",
            "create",
            "--item",
            "m365-e3=1",
            "--item",
            "m365-e3=2",
        ],
        &["offers", "create", "--item", "m365-e3"],
        &[
            "offers",
            "create",
            "--item",
            "m365-e3=1",
            "--expires-in",
            "91d",
        ],
        &[
            "offers",
            "create",
            "--item",
            "m365-e3=1",
            "--access",
            "global-reader",
        ],
        &[
            "offers",
            "create",
            "--item",
            "m365-e3=1",
            "--with-delegated-admin",
            "--duration",
            "365d",
            "--auto-extend",
        ],
        &[
            "offers",
            "create",
            "--item",
            "m365-e3=1",
            "--customer-domain",
            FAB,
        ],
    ] {
        env.run_as(&fab, args).expect(2);
    }
    assert_eq!(env.scalar(
        "SELECT count(*) FROM offers WHERE coalesce(customer_domain, '') <> 'fourthcoffee.example'"
    ), "0");
}

#[test]
fn who_may_create_offers() {
    let env = Env::with_demo();
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    env.run_as(&helpdesk, &["offers", "create", "--item", "m365-e3=1"])
        .expect(4);
    // A customer that is no partner cannot make offers.
    let adatum = env.token(ADATUM_ADMIN, PASS);
    env.run_as(&adatum, &["offers", "create", "--item", "m365-e3=1"])
        .expect(4);
    for upn in [FAB_ADMIN, FAB_SALES] {
        let t = env.token(upn, PASS);
        env.run_as(&t, &["offers", "create", "--item", "m365-e3=1"])
            .ok();
    }
}

#[test]
fn accepting_buys_and_creates_the_relationship_in_one_step() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let adatum = env.token(ADATUM_ADMIN, PASS);
    let v = offer(
        &env,
        &sales,
        &[
            "--customer-domain",
            ADATUM,
            "--with-delegated-admin",
            "--access",
            "helpdesk-admin",
            "--duration",
            "180d",
        ],
    );
    let token = v["token"].as_str().unwrap();
    // The customer sees it by token before deciding.
    let shown = env.json_as(&adatum, &["offers", "show", token]);
    assert_eq!(shown["total"], "550.00");
    let before_rel = relationships(&env, &adatum);
    let before = premium(&env, &adatum);
    // Without --yes under --no-input: exit 2, nothing bought.
    env.run_as(&adatum, &["offers", "accept", token, "--no-input"])
        .expect(2);
    assert_eq!(premium(&env, &adatum), before);
    let a = env.json_as(&adatum, &["offers", "accept", token, "--yes"]);
    assert_eq!(a["status"], "accepted");
    assert_eq!(a["licenses"][0]["sku"], PREMIUM);
    assert_eq!(a["licenses"][0]["valid"], before + 25);
    assert_eq!(a["relationship"]["status"], "active");
    assert_eq!(a["relationship"]["partner"]["domain"], FAB);
    assert_eq!(a["relationship"]["customer"]["domain"], ADATUM);
    assert_eq!(
        a["relationship"]["access"],
        serde_json::json!(["helpdesk-admin"])
    );
    assert_eq!(a["relationship"]["expires_at"], "2027-06-30T00:00:00Z");
    assert_eq!(premium(&env, &adatum), before + 25);
    assert_eq!(relationships(&env, &adatum), before_rel + 1);
    // Single use.
    env.run_as(&adatum, &["offers", "accept", token, "--yes"])
        .expect(6);
    env.run_as(&adatum, &["offers", "decline", token]).expect(6);
    // The partner's helpdesk agent can act in adatum now.
    let fab = env.token(FAB_ADMIN, PASS);
    env.run_as(&fab, &["can", "user.read", "--tenant", ADATUM])
        .ok();
    // The audit trail names what was bought and the relationship.
    let audit =
        env.query("SELECT action, summary FROM audit WHERE action LIKE 'offer.%' ORDER BY seq");
    let accepted = audit
        .iter()
        .find(|r| r[0] == "offer.accept")
        .expect("offer.accept entry");
    assert!(
        accepted[1].contains("25 x m365-business-premium"),
        "{accepted:?}"
    );
    assert!(accepted[1].contains("relationship"), "{accepted:?}");
    assert!(audit.iter().any(|r| r[0] == "offer.create"));
    env.run_as(&fab, &["audit", "verify"]).ok();
    let listed = env.json_as(&sales, &["offers", "list", "--status", "accepted"]);
    assert_eq!(listed.as_array().unwrap().len(), 1);
    assert_eq!(listed[0]["relationship_id"], a["relationship"]["id"]);
}

#[test]
fn a_billing_admin_buys_licenses_but_not_delegation() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let adatum = env.token(ADATUM_ADMIN, PASS);
    env.add_user_as(
        &adatum,
        "billing@adatum.example",
        PASS,
        &["--role", "billing-admin"],
    );
    env.add_user_as(
        &adatum,
        "rel@adatum.example",
        PASS,
        &["--role", "relationship-admin"],
    );
    let billing = env.token("billing@adatum.example", PASS);
    let rel = env.token("rel@adatum.example", PASS);
    let before = premium(&env, &adatum);
    let before_rel = relationships(&env, &adatum);

    let delegated = offer(
        &env,
        &sales,
        &["--with-delegated-admin", "--access", "global-reader"],
    );
    let t = delegated["token"].as_str().unwrap();
    let r = env.run_as(&billing, &["offers", "accept", t, "--yes", "-o", "json"]);
    let e = r.fails(4, "permission_denied");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("invite.accept"), "{msg}");
    assert!(msg.contains("relationship admin"), "{msg}");
    assert!(msg.contains("nothing was bought"), "{msg}");
    // The relationship admin holds invite.accept but cannot buy.
    let e = env
        .run_as(&rel, &["offers", "accept", t, "--yes", "-o", "json"])
        .fails(4, "permission_denied");
    assert!(e["message"].as_str().unwrap().contains("license.buy"));
    assert_eq!(premium(&env, &adatum), before);
    assert_eq!(relationships(&env, &adatum), before_rel);
    // The denial is recorded.
    assert_ne!(
        env.scalar(
            "SELECT count(*) FROM audit WHERE action = 'offer.accept' AND outcome <> 'allowed'"
        ),
        "0"
    );

    // An offer of licenses only: the billing admin buys.
    let plain = offer(&env, &sales, &[]);
    let a = env.json_as(
        &billing,
        &[
            "offers",
            "accept",
            plain["token"].as_str().unwrap(),
            "--yes",
        ],
    );
    assert!(a["relationship"].is_null());
    assert_eq!(premium(&env, &adatum), before + 25);
    assert_eq!(relationships(&env, &adatum), before_rel);
    // And the global admin accepts the delegated one.
    env.json_as(&adatum, &["offers", "accept", t, "--yes"]);
    assert_eq!(premium(&env, &adatum), before + 50);
    assert_eq!(relationships(&env, &adatum), before_rel + 1);
}

#[test]
fn partners_never_accept_and_addressed_offers_stay_with_their_domain() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let v = offer(&env, &fab, &["--customer-domain", ADATUM]);
    let t = v["token"].as_str().unwrap();
    // The partner itself cannot accept its own offer, not in its own tenant nor in a customer.
    env.run_as(&fab, &["offers", "accept", t, "--yes"])
        .expect(4);
    env.run_as(&fab, &["offers", "accept", t, "--yes", "--tenant", CONTOSO])
        .expect(4);
    env.run_as(&fab, &["can", "license.buy", "--tenant", CONTOSO])
        .expect(4);
    env.run_as(&fab, &["can", "offer.accept", "--tenant", CONTOSO])
        .expect(4);
    // Contoso is not adatum.
    let contoso_admin = env.token("admin@contoso.example", PASS);
    env.run_as(&contoso_admin, &["offers", "accept", t, "--yes"])
        .expect(4);
    let adatum = env.token(ADATUM_ADMIN, PASS);
    env.json_as(&adatum, &["offers", "accept", t, "--yes"]);
}

#[test]
fn revoked_declined_and_expired_offers_are_exit_6() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let adatum = env.token(ADATUM_ADMIN, PASS);
    let before = premium(&env, &adatum);
    let revoked = offer(&env, &sales, &[]);
    env.json_as(
        &sales,
        &["offers", "revoke", revoked["id"].as_str().unwrap()],
    );
    env.run_as(
        &sales,
        &["offers", "revoke", revoked["id"].as_str().unwrap()],
    )
    .expect(6);
    env.run_as(
        &adatum,
        &[
            "offers",
            "accept",
            revoked["token"].as_str().unwrap(),
            "--yes",
        ],
    )
    .expect(6);
    let declined = offer(&env, &sales, &[]);
    let dt = declined["token"].as_str().unwrap();
    assert_eq!(
        env.json_as(&adatum, &["offers", "decline", dt])["status"],
        "declined"
    );
    env.run_as(&adatum, &["offers", "accept", dt, "--yes"])
        .expect(6);
    let short = offer(&env, &sales, &["--expires-in", "1h"]);
    let r = env.run_with(
        &[
            "offers",
            "accept",
            short["token"].as_str().unwrap(),
            "--yes",
        ],
        "",
        &[
            ("PARTNERCTL_TOKEN", &adatum),
            ("PARTNERCTL_NOW", "2027-01-01T02:00:00Z"),
        ],
    );
    r.expect(6);
    env.run_as(&adatum, &["offers", "accept", "nosuchtoken", "--yes"])
        .expect(5);
    assert_eq!(premium(&env, &adatum), before, "nothing was bought");
    let audit = env.query("SELECT action FROM audit WHERE action IN ('offer.revoke', 'offer.accept') AND outcome = 'allowed'");
    assert_eq!(audit.len(), 2, "a revoke and a decline: {audit:?}");
}

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

/// 32 concurrent accepts of one offer: exactly one wins, and the licenses are bought once.
#[test]
fn thirty_two_concurrent_accepts_buy_once() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let adatum = env.token(ADATUM_ADMIN, PASS);
    let before = premium(&env, &adatum);
    let v = offer(
        &env,
        &sales,
        &["--with-delegated-admin", "--access", "global-reader"],
    );
    let token = v["token"].as_str().unwrap().to_string();
    let before_rel = relationships(&env, &adatum);
    let runs: Vec<Child> = (0..32)
        .map(|_| spawn(&env, &adatum, &["offers", "accept", &token, "--yes"]))
        .collect();
    let codes: Vec<i32> = runs
        .into_iter()
        .map(|c| c.wait_with_output().unwrap().status.code().unwrap_or(-1))
        .collect();
    assert_eq!(codes.iter().filter(|c| **c == 0).count(), 1, "{codes:?}");
    assert!(codes.iter().all(|c| *c == 0 || *c == 6), "{codes:?}");
    assert_eq!(premium(&env, &adatum), before + 25);
    assert_eq!(relationships(&env, &adatum), before_rel + 1);
    let fab = env.token(FAB_ADMIN, PASS);
    env.run_as(&fab, &["audit", "verify"]).ok();
}

#[test]
fn email_out_writes_the_message_after_the_commit() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let file = env.home().join("offer.eml");
    let f = file.to_str().unwrap();
    let v = offer(
        &env,
        &sales,
        &[
            "--with-delegated-admin",
            "--email-to",
            "it@prospect.example",
            "--email-out",
            f,
            "--message",
            "As discussed",
        ],
    );
    let text = std::fs::read_to_string(&file).unwrap();
    let token = v["token"].as_str().unwrap();
    assert!(text.contains(&format!("partnerctl offers accept {token}")));
    assert!(text.contains("Total:             550.00"));
    assert!(text.contains("25 x Microsoft 365 Business Premium"));
    assert!(text.contains("To: <it@prospect.example>"));
    assert!(text.contains("\r\n"));
    // Under --dry-run nothing is written, and the same file is refused when it exists.
    env.run_as(
        &sales,
        &[
            "offers",
            "create",
            "--item",
            "m365-e3=1",
            "--email-to",
            "a@b.example",
            "--email-out",
            f,
        ],
    )
    .expect(6);
    let dry = env.home().join("dry.eml");
    env.run_as(
        &sales,
        &[
            "offers",
            "create",
            "--item",
            "m365-e3=1",
            "--email-to",
            "a@b.example",
            "--email-out",
            dry.to_str().unwrap(),
            "--dry-run",
        ],
    )
    .ok();
    assert!(!dry.exists());
    assert_eq!(env.scalar(
        "SELECT count(*) FROM offers WHERE coalesce(customer_domain, '') <> 'fourthcoffee.example'"
    ), "1");
}

#[test]
fn doctor_reports_offers_about_to_expire() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let soon = offer(
        &env,
        &fab,
        &["--expires-in", "5d", "--customer-domain", ADATUM],
    );
    offer(&env, &fab, &[]);
    let r = env.run_as(&fab, &["doctor", "-o", "json"]);
    let v: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let found: Vec<&serde_json::Value> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"] == "offer-expiring")
        .collect();
    assert_eq!(found.len(), 1, "{v}");
    assert!(found[0]["message"]
        .as_str()
        .unwrap()
        .contains(soon["id"].as_str().unwrap()));
}

#[test]
fn the_dashboard_shows_a_customers_pending_offers() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let o = offer(&env, &fab, &["--customer-domain", CONTOSO]);
    let row = |v: &serde_json::Value| {
        v["customers"]
            .as_array()
            .unwrap()
            .iter()
            .find(|c| c["domain"] == CONTOSO)
            .cloned()
            .unwrap()
    };
    assert_eq!(row(&env.json_as(&fab, &["dashboard"]))["pending_offers"], 1);
    let detail = env.json_as(&fab, &["dashboard", CONTOSO]);
    assert_eq!(detail["pending_offers"][0]["id"], o["id"]);
    assert_eq!(detail["pending_offers"][0]["total"], o["total"]);
    let text = env.run_as(&fab, &["dashboard", CONTOSO]).ok().stdout;
    assert!(text.contains("Pending offers"), "{text}");
    // Revoked, it is gone; a helpdesk agent (who may not read offers) sees no count.
    env.json_as(&fab, &["offers", "revoke", o["id"].as_str().unwrap()]);
    assert_eq!(row(&env.json_as(&fab, &["dashboard"]))["pending_offers"], 0);
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    let v = env.json_as(&helpdesk, &["dashboard"]);
    assert!(v["customers"]
        .as_array()
        .unwrap()
        .iter()
        .all(|c| c["pending_offers"].is_null()));
}
