//! Security groups and access assignments (SPEC §1, §3): the built-in groups are the agent
//! roles; a partner's own group gives its members the roles a relationship assigns it, within
//! the relationship's access, never the never-delegable actions; `can` names the group.

mod common;

use common::demo::{
    CONTOSO, FAB_ADMIN, FAB_HELPDESK, FAB_READER, FAB_SALES, NORTHWIND, NORTHWIND_ADMIN, PASS,
};
use common::*;
use serde_json::{json, Value};

struct World {
    env: Env,
    fab: String,
}

impl World {
    fn new() -> World {
        let env = Env::with_demo();
        let fab = env.token(FAB_ADMIN, PASS);
        World { env, fab }
    }

    fn j(&self, args: &[&str]) -> Value {
        self.env.json_as(&self.fab, args)
    }

    /// The partner's active relationship with `customer`.
    fn relationship(&self, customer: &str) -> String {
        self.j(&["relationships", "list"])
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["customer"]["domain"] == customer)
            .map(|r| r["id"].as_str().unwrap().to_string())
            .unwrap()
    }

    fn can(&self, action: &str, tenant: &str, upn: &str) -> Value {
        let r = self.env.run_as(
            &self.fab,
            &[
                "can", action, "--tenant", tenant, "--user", upn, "-o", "json",
            ],
        );
        assert!(r.code == 0 || r.code == 4, "{r:?}");
        r.json()
    }
}

#[test]
fn an_own_group_acts_through_its_assignment_and_nothing_else() {
    let w = World::new();
    let nw = w.relationship(NORTHWIND);
    // The reader holds no agent role: nothing in a customer.
    assert_eq!(
        w.can("user.read", NORTHWIND, FAB_READER)["reason"],
        "no-grant"
    );

    w.j(&["groups", "create", "tier2"]);
    w.j(&["groups", "members", "add", "tier2", FAB_READER]);
    // A member of a group with no assignment still has nothing.
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], false);

    let v = w.j(&[
        "relationships",
        "assign",
        &nw,
        "--group",
        "tier2",
        "--role",
        "helpdesk-admin",
    ]);
    assert_eq!(v["roles"], json!(["helpdesk-admin"]));
    let can = w.can("user.read", NORTHWIND, FAB_READER);
    assert_eq!(can["allowed"], true, "{can}");
    assert_eq!(can["reason"], "delegated");
    assert_eq!(can["via"]["kind"], "assigned");
    assert_eq!(can["via"]["group"], "tier2");
    assert_eq!(can["via"]["relationship_id"], nw.as_str());
    assert!(
        can["explanation"].as_str().unwrap().contains("group tier2"),
        "{can}"
    );
    // Only the assigned roles: helpdesk-admin reads users, it does not read licenses.
    assert_eq!(
        w.can("license.read", NORTHWIND, FAB_READER)["allowed"],
        false
    );
    // Another customer is untouched.
    assert_eq!(w.can("user.read", CONTOSO, FAB_READER)["allowed"], false);

    // Both sides see the assignment; `access` says which group gives which roles.
    let listed = w.j(&["relationships", "show", &nw]);
    assert_eq!(
        listed["assignments"],
        json!([{"group": "tier2", "roles": ["helpdesk-admin"]}])
    );
    // The partner's dashboard shows which group each relationship gives which roles.
    let detail = w.j(&["dashboard", NORTHWIND]);
    let line = detail["relationships"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["id"] == nw.as_str())
        .unwrap()
        .clone();
    assert_eq!(line["assignments"], listed["assignments"], "{detail}");
    let northwind = w.env.token(NORTHWIND_ADMIN, PASS);
    let seen = w.env.json_as(&northwind, &["relationships", "show", &nw]);
    assert_eq!(seen["assignments"], listed["assignments"]);
    let access = w.env.json_as(&northwind, &["access"]);
    let reader = access["partner_access"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["upn"] == FAB_READER)
        .expect("the reader acts in northwind now");
    assert_eq!(reader["via"], json!(["group tier2: helpdesk-admin"]));

    // The reader's reads in the customer are recorded like any agent's.
    w.env
        .run_as(
            &w.env.token(FAB_READER, PASS),
            &["users", "list", "--tenant", NORTHWIND],
        )
        .ok();
    let audit = w.env.audit();
    assert_eq!(
        audit.last().unwrap(),
        &(
            "user.read".to_string(),
            "allowed".to_string(),
            "delegated".to_string()
        )
    );

    // Unassigning takes the right away on the next command; so does leaving the group.
    w.j(&["relationships", "unassign", &nw, "--group", "tier2"]);
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], false);
    w.j(&[
        "relationships",
        "assign",
        &nw,
        "--group",
        "tier2",
        "--role",
        "helpdesk-admin",
    ]);
    w.j(&["groups", "members", "remove", "tier2", FAB_READER]);
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], false);
    w.j(&["groups", "members", "add", "tier2", FAB_READER]);
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], true);
    // Deleting the group ends its assignments with it.
    let d = w.j(&["groups", "delete", "tier2", "--yes"]);
    assert_eq!(d["assignments_removed"], 1);
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], false);
    assert_eq!(
        w.j(&["relationships", "show", &nw])["assignments"],
        json!([])
    );
}

#[test]
fn assignments_stay_within_the_relationship_and_never_reach_the_never_delegable() {
    let w = World::new();
    let nw = w.relationship(NORTHWIND);
    let contoso = w.relationship(CONTOSO);
    w.j(&["groups", "create", "tier3"]);
    w.j(&["groups", "members", "add", "tier3", FAB_READER]);
    let before = w.env.state();
    // A role the customer did not delegate, the customer's relationship-admin role, an unknown
    // group: refused, nothing changes.
    let e = w
        .env
        .run_as(
            &w.fab,
            &[
                "relationships",
                "assign",
                &nw,
                "--group",
                "tier3",
                "--role",
                "user-admin",
                "-o",
                "json",
            ],
        )
        .fails(2, "invalid_input");
    assert!(e["message"].as_str().unwrap().contains("user-admin"), "{e}");
    w.env
        .run_as(
            &w.fab,
            &[
                "relationships",
                "assign",
                &contoso,
                "--group",
                "tier3",
                "--role",
                "relationship-admin",
                "-o",
                "json",
            ],
        )
        .fails(2, "invalid_input");
    w.env
        .run_as(
            &w.fab,
            &[
                "relationships",
                "assign",
                &nw,
                "--group",
                "nope",
                "--role",
                "global-reader",
                "-o",
                "json",
            ],
        )
        .fails(5, "not_found");
    assert_eq!(w.env.state(), before);

    // Global admin through contoso's classic DAP relationship: never-delegable stays denied.
    w.j(&[
        "relationships",
        "assign",
        &contoso,
        "--group",
        "tier3",
        "--role",
        "global-admin",
    ]);
    assert_eq!(w.can("tenant.update", CONTOSO, FAB_READER)["allowed"], true);
    let can = w.can("user.create", CONTOSO, FAB_READER);
    assert_eq!(
        (can["allowed"].clone(), can["reason"].clone()),
        (json!(false), json!("not-delegable"))
    );

    // A terminated relationship takes no assignment, and the ones it had stop counting.
    let contoso_admin = w.env.token(common::demo::CONTOSO_ADMIN, PASS);
    w.env.json_as(
        &contoso_admin,
        &["relationships", "terminate", &contoso, "--yes"],
    );
    assert_eq!(
        w.can("tenant.update", CONTOSO, FAB_READER)["allowed"],
        false
    );
    w.env
        .run_as(
            &w.fab,
            &[
                "relationships",
                "assign",
                &contoso,
                "--group",
                "tier3",
                "--role",
                "global-reader",
                "-o",
                "json",
            ],
        )
        .fails(6, "conflict");

    // Only the partner's global admins manage groups and assignments.
    let helpdesk = w.env.token(FAB_HELPDESK, PASS);
    w.env
        .run_as(&helpdesk, &["groups", "create", "mine", "-o", "json"])
        .fails(4, "permission_denied");
    w.env
        .run_as(
            &helpdesk,
            &[
                "relationships",
                "assign",
                &nw,
                "--group",
                "tier3",
                "--role",
                "global-reader",
                "-o",
                "json",
            ],
        )
        .fails(4, "permission_denied");
}

#[test]
fn the_built_in_groups_are_the_agent_roles() {
    let w = World::new();
    let groups = w.j(&["groups", "list"]);
    let by_name = |n: &str| {
        groups
            .as_array()
            .unwrap()
            .iter()
            .find(|g| g["name"] == n)
            .cloned()
            .unwrap()
    };
    assert_eq!(by_name("admin-agents")["builtin"], true);
    assert_eq!(by_name("admin-agents")["members"], json!([FAB_ADMIN]));
    assert_eq!(
        by_name("helpdesk-agents")["members"],
        json!([FAB_ADMIN, FAB_HELPDESK])
    );
    assert_eq!(
        by_name("sales-agents")["members"],
        json!([FAB_ADMIN, FAB_SALES])
    );
    // A member for one customer is a grant for that customer, shown by both commands.
    w.j(&[
        "groups",
        "members",
        "add",
        "admin-agents",
        FAB_READER,
        "--customer",
        NORTHWIND,
    ]);
    let grants = w.j(&["grants", "list"]);
    assert!(grants
        .as_array()
        .unwrap()
        .iter()
        .any(|g| g["upn"] == FAB_READER
            && g["role"] == "admin-agent"
            && g["customer"] == NORTHWIND));
    let groups = w.j(&["groups", "list"]);
    let admins = groups
        .as_array()
        .unwrap()
        .iter()
        .find(|g| g["name"] == "admin-agents")
        .unwrap();
    assert_eq!(
        admins["customer_members"],
        json!([{"upn": FAB_READER, "customer": NORTHWIND}])
    );
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], true);
    // Built-in groups are neither created nor deleted; an assignment may name them.
    w.env
        .run_as(
            &w.fab,
            &["groups", "delete", "admin-agents", "--yes", "-o", "json"],
        )
        .fails(2, "invalid_input");
    let nw = w.relationship(NORTHWIND);
    w.j(&[
        "relationships",
        "assign",
        &nw,
        "--group",
        "sales-agents",
        "--role",
        "global-reader",
    ]);
    // A sales agent does nothing in a customer by its role; the assignment gives it reads.
    let can = w.can("license.read", NORTHWIND, FAB_SALES);
    assert_eq!(can["allowed"], true, "{can}");
    assert_eq!(can["via"]["group"], "sales-agents");
    w.j(&[
        "groups",
        "members",
        "remove",
        "admin-agents",
        FAB_READER,
        "--customer",
        NORTHWIND,
    ]);
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], false);
}

#[test]
fn a_renewal_carries_over_the_assignments_that_fit_its_access() {
    let w = World::new();
    let nw = w.relationship(NORTHWIND);
    w.j(&["groups", "create", "tier2"]);
    w.j(&["groups", "members", "add", "tier2", FAB_READER]);
    w.j(&[
        "relationships",
        "assign",
        &nw,
        "--group",
        "tier2",
        "--role",
        "helpdesk-admin",
        "--role",
        "global-reader",
    ]);
    w.j(&[
        "relationships",
        "assign",
        &nw,
        "--group",
        "sales-agents",
        "--role",
        "service-support-admin",
    ]);
    assert_eq!(w.can("user.read", NORTHWIND, FAB_READER)["allowed"], true);

    // The renewal narrows the access to helpdesk-admin: tier2 keeps that role only, and the
    // sales agents' assignment, with nothing left, is dropped.
    let inv = w.j(&["invite", "--renews", &nw, "--access", "helpdesk-admin"]);
    let northwind = w.env.token(NORTHWIND_ADMIN, PASS);
    let acc = w.env.json_as(
        &northwind,
        &["accept", inv["token"].as_str().unwrap(), "--yes"],
    );
    let new = acc["id"].as_str().unwrap();
    assert_eq!(
        w.j(&["relationships", "show", new])["assignments"],
        json!([{"group": "tier2", "roles": ["helpdesk-admin"]}])
    );
    let can = w.can("user.read", NORTHWIND, FAB_READER);
    assert_eq!(can["allowed"], true, "no gap: {can}");
    assert_eq!(can["via"]["relationship_id"], new);
    assert_eq!(
        w.can("license.read", NORTHWIND, FAB_READER)["allowed"],
        false
    );
    // The ended relationship keeps its assignments in the history.
    assert_eq!(
        w.j(&["relationships", "show", &nw])["assignments"]
            .as_array()
            .unwrap()
            .len(),
        2
    );
}

#[test]
fn doctor_warns_of_an_assignment_to_an_empty_group_and_counts_groups_as_users() {
    let w = World::new();
    let nw = w.relationship(NORTHWIND);
    let findings = |w: &World| -> Vec<Value> {
        w.j(&["doctor"])["findings"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|f| f["message"].as_str().unwrap().contains(&nw))
            .cloned()
            .collect()
    };
    let codes = |v: &[Value]| -> Vec<String> {
        v.iter()
            .map(|f| f["code"].as_str().unwrap().to_string())
            .collect()
    };
    w.j(&["groups", "create", "tier2"]);
    w.j(&[
        "relationships",
        "assign",
        &nw,
        "--group",
        "tier2",
        "--role",
        "global-reader",
    ]);
    let f = findings(&w);
    let empty = f
        .iter()
        .find(|f| f["code"] == "assignment-group-empty")
        .unwrap_or_else(|| panic!("{f:?}"));
    assert_eq!(empty["severity"], "warning");
    assert_eq!(
        empty["fix"], "partnerctl groups members add tier2 UPN",
        "{empty}"
    );
    w.j(&["groups", "members", "add", "tier2", FAB_READER]);
    assert!(
        !codes(&findings(&w)).contains(&"assignment-group-empty".to_string()),
        "{:?}",
        findings(&w)
    );
    // Without the helpdesk agent's grant, the group still lets someone besides the global
    // admins act through the relationship: no "only global admins" notice.
    w.j(&["grants", "remove", FAB_HELPDESK, "--role", "helpdesk-agent"]);
    let c = codes(&findings(&w));
    assert!(!c.contains(&"no-agent-grant".to_string()), "{c:?}");
    assert!(!c.contains(&"relationship-unusable".to_string()), "{c:?}");
}

/// `access` answers customers that look alike to the core once (by shape): each customer
/// still gets its own relationship ids, and a group assigned on some of them shows there only.
#[test]
fn access_answers_alike_customers_with_their_own_relationships() {
    let env = Env::new();
    env.run(&["demo", "--customers", "20"]).ok();
    let fab = env.token(FAB_ADMIN, PASS);
    env.run_as(&fab, &["groups", "create", "tier2"]).ok();
    env.run_as(&fab, &["groups", "members", "add", "tier2", FAB_READER])
        .ok();
    let before = env.json_as(&fab, &["access"]);
    let customers = before["customers"].as_array().unwrap();
    let global_admin: Vec<&Value> = customers
        .iter()
        .filter(|c| c["relationships"][0]["access"] == json!(["global-admin"]))
        .collect();
    assert!(global_admin.len() >= 5);
    let chosen: Vec<String> = global_admin[1..4]
        .iter()
        .map(|c| c["customer"].as_str().unwrap().to_string())
        .collect();
    for c in &global_admin[1..4] {
        let rel = c["relationships"][0]["id"].as_str().unwrap();
        env.run_as(
            &fab,
            &[
                "relationships",
                "assign",
                rel,
                "--group",
                "tier2",
                "--role",
                "global-admin",
            ],
        )
        .ok();
    }
    let after = env.json_as(&fab, &["access"]);
    for c in after["customers"].as_array().unwrap() {
        let own: Vec<&str> = c["relationships"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| r["id"].as_str().unwrap())
            .collect();
        for a in c["agents"].as_array().unwrap() {
            assert!(own.contains(&a["relationship_id"].as_str().unwrap()), "{c}");
            for r in a["relationships"].as_array().unwrap() {
                assert!(own.contains(&r.as_str().unwrap()), "{c}");
            }
        }
        let reader = c["agents"]
            .as_array()
            .unwrap()
            .iter()
            .any(|a| a["upn"] == FAB_READER);
        let name = c["customer"].as_str().unwrap().to_string();
        assert_eq!(reader, chosen.contains(&name), "{name}");
    }
}
