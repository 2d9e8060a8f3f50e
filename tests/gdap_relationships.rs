//! GDAP-grade relationships (SPEC §1, §3): several per partner and customer, each named, the
//! rights their union; `relationships list/show/terminate`; renewal without a gap.

mod common;

use common::demo::{FAB, FAB_ADMIN, FAB_HELPDESK, NORTHWIND, NORTHWIND_ADMIN, PASS};
use common::*;
use serde_json::Value;

struct World {
    env: Env,
    fab: String,
    northwind: String,
}

impl World {
    fn new() -> World {
        let env = Env::with_demo();
        let fab = env.token(FAB_ADMIN, PASS);
        let northwind = env.token(NORTHWIND_ADMIN, PASS);
        World {
            env,
            fab,
            northwind,
        }
    }

    /// Invites northwind with `extra` flags and has its admin accept; returns the acceptance.
    fn relationship(&self, extra: &[&str]) -> Value {
        let mut args = vec!["invite", "--customer-domain", NORTHWIND];
        args.extend(extra);
        let inv = self.env.json_as(&self.fab, &args);
        let token = inv["token"].as_str().unwrap().to_string();
        self.env
            .json_as(&self.northwind, &["accept", &token, "--yes"])
    }

    /// `can ACTION --tenant northwind --user UPN` as the partner admin: (allowed, the JSON).
    fn can(&self, action: &str, upn: &str) -> (bool, Value) {
        let r = self.env.run_as(
            &self.fab,
            &[
                "can", action, "--tenant", NORTHWIND, "--user", upn, "-o", "json",
            ],
        );
        assert!(r.code == 0 || r.code == 4, "{r:?}");
        (r.code == 0, r.json())
    }

    fn list(&self, token: &str, all: bool) -> Vec<Value> {
        let mut args = vec!["relationships", "list"];
        if all {
            args.push("--all");
        }
        self.env.json_as(token, &args).as_array().unwrap().clone()
    }
}

fn ids(v: &[Value]) -> Vec<String> {
    v.iter()
        .map(|r| r["id"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn a_second_relationship_adds_rights_and_ending_it_takes_them_away() {
    let w = World::new();
    let before = w.list(&w.fab, false);
    assert_eq!(before.len(), 2, "contoso and northwind");
    // The demo's northwind relationship delegates helpdesk roles: no tenant.update.
    assert!(!w.can("tenant.update", FAB_ADMIN).0);
    assert!(w.can("user.read", FAB_ADMIN).0);

    let acc = w.relationship(&["--name", "nw full admin"]);
    assert_eq!(acc["name"], "nw full admin");
    let full = acc["id"].as_str().unwrap().to_string();
    let (allowed, why) = w.can("tenant.update", FAB_ADMIN);
    assert!(allowed, "{why}");
    assert_eq!(why["via"]["relationship_id"], full.as_str(), "{why}");
    assert!(w.can("user.read", FAB_ADMIN).0);

    // Both sides list both relationships of the pair, each with its name.
    for token in [&w.fab, &w.northwind] {
        let nw: Vec<Value> = w
            .list(token, false)
            .into_iter()
            .filter(|r| r["customer"]["domain"] == NORTHWIND)
            .collect();
        assert_eq!(nw.len(), 2, "{nw:?}");
        assert!(nw.iter().any(|r| r["name"] == "nw full admin"));
        for r in &nw {
            for key in [
                "id",
                "name",
                "status",
                "partner",
                "customer",
                "access",
                "expires_at",
                "auto_extend",
                "renews",
                "assignments",
            ] {
                assert!(r.get(key).is_some(), "{key} missing in {r}");
            }
            assert_eq!(r["partner"]["domain"], FAB);
        }
    }
    let shown = w
        .env
        .json_as(&w.northwind, &["relationships", "show", &full]);
    assert_eq!(shown["access"], serde_json::json!(["global-admin"]));

    // The customer ends the new one alone: its right goes, the first relationship's stay.
    let r = w
        .env
        .run_as(&w.northwind, &["relationships", "terminate", &full]);
    assert_eq!(r.code, 2, "no terminal, no --yes: {r:?}");
    let ended = w.env.json_as(
        &w.northwind,
        &["relationships", "terminate", &full, "--yes"],
    );
    assert_eq!(ended["status"], "terminated");
    assert_eq!(ended["terminated_by"], NORTHWIND_ADMIN);
    assert!(!w.can("tenant.update", FAB_ADMIN).0);
    assert!(w.can("user.read", FAB_ADMIN).0);
    assert_eq!(ids(&w.list(&w.fab, false)), ids(&before));
    assert_eq!(w.list(&w.fab, true).len(), 3, "--all keeps the ended one");
    w.env
        .run_as(
            &w.northwind,
            &["relationships", "terminate", &full, "--yes", "-o", "json"],
        )
        .fails(6, "conflict");
}

#[test]
fn names_are_unique_among_relationships_not_terminated() {
    let w = World::new();
    // A default name is the customer's domain, numbered when taken.
    let second = w.relationship(&["--access", "global-reader"]);
    assert_eq!(second["name"], "northwind.example 2");
    // A name taken by a live relationship is refused at acceptance; the invite stays
    // pending and nothing changes.
    let inv = w.env.json_as(
        &w.fab,
        &[
            "invite",
            "--customer-domain",
            NORTHWIND,
            "--name",
            "northwind.example 2",
        ],
    );
    let before = w.env.state();
    w.env
        .run_as(
            &w.northwind,
            &[
                "accept",
                inv["token"].as_str().unwrap(),
                "--yes",
                "-o",
                "json",
            ],
        )
        .fails(6, "conflict");
    assert_eq!(w.env.state(), before);
    // Once that relationship is terminated its name is free again.
    w.env.json_as(
        &w.fab,
        &[
            "relationships",
            "terminate",
            second["id"].as_str().unwrap(),
            "--yes",
        ],
    );
    let again = w.env.json_as(
        &w.northwind,
        &["accept", inv["token"].as_str().unwrap(), "--yes"],
    );
    assert_eq!(again["name"], "northwind.example 2");
    // Names are at most 50 characters and never carry control characters.
    let long = "x".repeat(51);
    w.env
        .run_as(&w.fab, &["invite", "--name", &long, "-o", "json"])
        .fails(2, "invalid_input");
    w.env
        .run_as(&w.fab, &["invite", "--name", "a\u{1b}[31mb", "-o", "json"])
        .fails(2, "invalid_input");
}

#[test]
fn a_renewal_ends_the_old_relationship_as_the_new_one_begins() {
    let w = World::new();
    let old = w
        .list(&w.fab, false)
        .into_iter()
        .find(|r| r["customer"]["domain"] == NORTHWIND)
        .unwrap();
    let old_id = old["id"].as_str().unwrap().to_string();
    assert!(w.can("user.read", FAB_HELPDESK).0);

    // The renewal keeps the access, the duration, auto-extend and the customer by default.
    let inv = w.env.json_as(&w.fab, &["invite", "--renews", &old_id]);
    assert_eq!(inv["access"], old["access"]);
    assert_eq!(inv["customer_domain"], NORTHWIND);
    assert_eq!(inv["duration_days"], 365);
    assert_eq!(inv["auto_extend"], true);
    // Until it is accepted, the old relationship carries on.
    assert!(w.can("user.read", FAB_HELPDESK).0);

    let acc = w.env.json_as(
        &w.northwind,
        &["accept", inv["token"].as_str().unwrap(), "--yes"],
    );
    assert_eq!(acc["renews"], old_id.as_str());
    assert_eq!(acc["name"], old["name"], "the renewal keeps the name");
    let new_id = acc["id"].as_str().unwrap().to_string();
    // No gap: the agent's right holds, now through the new relationship.
    let (allowed, why) = w.can("user.read", FAB_HELPDESK);
    assert!(allowed, "{why}");
    assert_eq!(why["via"]["relationship_id"], new_id.as_str());
    let all = w.list(&w.northwind, true);
    let old_now = all.iter().find(|r| r["id"] == old_id.as_str()).unwrap();
    assert_eq!(old_now["status"], "terminated");
    assert_eq!(old_now["terminated_by"], NORTHWIND_ADMIN);
    let new = all.iter().find(|r| r["id"] == new_id.as_str()).unwrap();
    assert_eq!(new["renews"], old_id.as_str());
    assert_eq!(new["status"], "active");
    assert_eq!(
        w.list(&w.northwind, false)
            .iter()
            .filter(|r| r["partner"]["domain"] == FAB)
            .count(),
        1,
        "one relationship with the partner, not two"
    );

    // A terminated relationship is not renewed: refused when inviting...
    w.env
        .run_as(&w.fab, &["invite", "--renews", &old_id, "-o", "json"])
        .fails(6, "conflict");
    // ...and a renewal whose relationship ended meanwhile is refused when accepting.
    let inv = w.env.json_as(&w.fab, &["invite", "--renews", &new_id]);
    w.env.json_as(
        &w.northwind,
        &["relationships", "terminate", &new_id, "--yes"],
    );
    let before = w.env.state();
    w.env
        .run_as(
            &w.northwind,
            &[
                "accept",
                inv["token"].as_str().unwrap(),
                "--yes",
                "-o",
                "json",
            ],
        )
        .fails(6, "conflict");
    assert_eq!(w.env.state(), before);
}

#[test]
fn a_renewal_goes_to_the_same_customer_and_only_for_ones_own_relationship() {
    let w = World::new();
    let nw = w
        .list(&w.fab, false)
        .into_iter()
        .find(|r| r["customer"]["domain"] == NORTHWIND)
        .unwrap();
    let id = nw["id"].as_str().unwrap();
    w.env
        .run_as(
            &w.fab,
            &[
                "invite",
                "--renews",
                id,
                "--customer-domain",
                "contoso.example",
                "-o",
                "json",
            ],
        )
        .fails(2, "invalid_input");
    // Another partner's relationship, or no such relationship: the same "not found".
    let tailspin = w.env.token(common::demo::TAILSPIN_ADMIN, PASS);
    let a = w
        .env
        .run_as(&tailspin, &["invite", "--renews", id, "-o", "json"])
        .fails(5, "not_found");
    let b = w
        .env
        .run_as(
            &tailspin,
            &[
                "invite",
                "--renews",
                "01234567-89ab-7def-8123-456789abcdef",
                "-o",
                "json",
            ],
        )
        .fails(5, "not_found");
    assert_eq!(
        a["message"].as_str().unwrap().replace(id, "ID"),
        b["message"]
            .as_str()
            .unwrap()
            .replace("01234567-89ab-7def-8123-456789abcdef", "ID")
    );
    // Someone with no part in a relationship cannot see or end it.
    let contoso = w.env.token(common::demo::CONTOSO_ADMIN, PASS);
    w.env
        .run_as(&contoso, &["relationships", "show", id, "-o", "json"])
        .fails(5, "not_found");
    w.env
        .run_as(
            &contoso,
            &["relationships", "terminate", id, "--yes", "-o", "json"],
        )
        .fails(5, "not_found");
}
