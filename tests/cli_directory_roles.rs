//! Directory roles through the real binary: the customer's `relationship-admin` (its partner
//! relationships and nothing else) and privileged targets (SPEC §2 rule 8, Microsoft Entra's
//! "who can reset passwords" and "who can perform sensitive actions"); the migration that lets
//! the store hold the new role.

mod common;

use common::backend::on_postgres;
use common::*;
use serde_json::{json, Value};

const PASS: &str = "contoso-user-pass-1";
const PLAIN: &str = "plain@contoso.example";
const HELPDESK: &str = "helpdesk@contoso.example";
const HELPDESK_2: &str = "helpdesk2@contoso.example";
const USER_ADMIN: &str = "useradmin@contoso.example";
const BILLING: &str = "billing@contoso.example";
const REL_ADMIN: &str = "reladmin@contoso.example";

const FAB: &str = "fabrikam.example";
const FAB_ADMIN: &str = "admin@fabrikam.example";
const FAB_PASS: &str = "fabrikam-pass-1";

/// contoso.example with a user of each kind the tests need, added by its global admin; the
/// partner fabrikam.example. Returns the env and contoso's global admin's token.
fn world() -> (Env, String) {
    let env = Env::with_contoso();
    env.run_in(
        &[
            "tenants",
            "create",
            "Fabrikam Partners",
            "--domain",
            FAB,
            "--admin",
            FAB_ADMIN,
            "--admin-password-stdin",
            "--partner",
            "--partner-id",
            "4412345",
            // Signed in with passwords: no MFA requirement (tests/cli_mfa.rs has it).
            "--require-mfa",
            "false",
        ],
        &format!("{FAB_PASS}\n"),
    )
    .ok();
    let admin = env.token(CONTOSO_ADMIN, CONTOSO_PASS);
    env.add_user_as(&admin, PLAIN, PASS, &[]);
    env.add_user_as(&admin, HELPDESK, PASS, &["--role", "helpdesk-admin"]);
    env.add_user_as(&admin, HELPDESK_2, PASS, &["--role", "helpdesk-admin"]);
    env.add_user_as(&admin, USER_ADMIN, PASS, &["--role", "user-admin"]);
    env.add_user_as(&admin, BILLING, PASS, &["--role", "billing-admin"]);
    env.add_user_as(&admin, REL_ADMIN, PASS, &["--role", "relationship-admin"]);
    (env, admin)
}

/// Runs as the holder of `token` with `-o json`.
fn try_j(env: &Env, token: &str, args: &[&str]) -> Run {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    env.run_as(token, &a)
}

/// Expects exit 4 with this reason code; returns the error object.
#[track_caller]
fn denied(run: Run, reason: &str) -> Value {
    let e = run.fails(4, "permission_denied");
    assert_eq!(e["reason"], reason, "{e}");
    e
}

/// `users reset-password UPN` as the holder of `token`, the new password on stdin.
fn reset(env: &Env, token: &str, upn: &str, new: &str) -> Run {
    env.run_with(
        &[
            "users",
            "reset-password",
            upn,
            "--password-stdin",
            "-o",
            "json",
        ],
        &format!("{new}\n"),
        &[("PARTNERCTL_TOKEN", token)],
    )
}

/// Whether `upn` signs in with `password`.
fn signs_in(env: &Env, upn: &str, password: &str) -> bool {
    env.run_in(
        &["login", upn, "--password-stdin", "--print-token"],
        &format!("{password}\n"),
    )
    .code
        == 0
}

fn user<'a>(list: &'a Value, upn: &str) -> &'a Value {
    list.as_array()
        .expect("users list is an array")
        .iter()
        .find(|u| u["upn"] == upn)
        .unwrap_or_else(|| panic!("no user {upn} in {list}"))
}

/// The last audit entry's (action, outcome, reason).
fn last_audit(env: &Env) -> (String, String, String) {
    env.audit().pop().expect("an audit entry")
}

// ---------------------------------------------------------------------------------------------
// Privileged targets (rule 8)
// ---------------------------------------------------------------------------------------------

#[test]
fn a_helpdesk_admin_resets_plain_users_and_fellow_helpdesk_admins_but_not_a_user_admin() {
    let (env, _) = world();
    let helpdesk = env.token(HELPDESK, PASS);

    let v = reset(&env, &helpdesk, PLAIN, "plain-new-pass-1")
        .ok()
        .json();
    assert_eq!(v["upn"], PLAIN);
    assert_eq!(v["sessions_ended"], true);
    assert!(signs_in(&env, PLAIN, "plain-new-pass-1"));

    reset(&env, &helpdesk, HELPDESK_2, "helpdesk2-new-pass-1").ok();
    assert!(signs_in(&env, HELPDESK_2, "helpdesk2-new-pass-1"));
    assert!(!signs_in(&env, HELPDESK_2, PASS));

    let before = env.state();
    let e = denied(
        reset(&env, &helpdesk, USER_ADMIN, "useradmin-new-pass-1"),
        "privileged-target",
    );
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("user.reset-password"),
        "{e}"
    );
    assert_eq!(env.state(), before, "a refused reset changed something");
    assert!(signs_in(&env, USER_ADMIN, PASS));
    assert_eq!(
        last_audit(&env),
        (
            "user.reset-password".into(),
            "denied".into(),
            "privileged-target".into()
        )
    );

    // `can` answers for the action in general (no user acted on: a user without roles); a
    // helpdesk admin updates nobody.
    let can = try_j(&env, &helpdesk, &["can", "user.reset-password"])
        .ok()
        .json();
    assert_eq!(can["allowed"], true);
    let e = denied(
        try_j(&env, &helpdesk, &["users", "update", PLAIN, "--disable"]),
        "role-insufficient",
    );
    assert!(
        e["message"].as_str().unwrap().contains("user.update"),
        "{e}"
    );
}

#[test]
fn a_user_admin_disables_a_helpdesk_admin_but_not_a_billing_admin() {
    let (env, admin) = world();
    let user_admin = env.token(USER_ADMIN, PASS);
    let helpdesk = env.token(HELPDESK, PASS);

    let v = try_j(
        &env,
        &user_admin,
        &["users", "update", HELPDESK, "--disable"],
    )
    .ok()
    .json();
    assert_eq!(v["upn"], HELPDESK);
    assert_eq!(v["enabled"], false);
    // Disabled at once: its session no longer works.
    try_j(&env, &helpdesk, &["whoami"]).fails(3, "unauthenticated");

    let before = env.state();
    denied(
        try_j(
            &env,
            &user_admin,
            &["users", "update", BILLING, "--disable"],
        ),
        "privileged-target",
    );
    assert_eq!(env.state(), before);
    let users = try_j(&env, &admin, &["users", "list"]).ok().json();
    assert_eq!(user(&users, BILLING)["enabled"], true);
    assert_eq!(user(&users, HELPDESK)["enabled"], false);

    // Within its reach it resets a plain user and removes a helpdesk admin; beyond it (a
    // relationship admin, a global admin) it does nothing.
    reset(&env, &user_admin, PLAIN, "plain-new-pass-2").ok();
    denied(
        reset(&env, &user_admin, REL_ADMIN, "reladmin-new-pass-1"),
        "privileged-target",
    );
    denied(
        try_j(&env, &user_admin, &["users", "remove", CONTOSO_ADMIN]),
        "privileged-target",
    );
    try_j(&env, &user_admin, &["users", "remove", HELPDESK_2]).ok();

    // Roles are the global admin's to give, whoever receives them.
    denied(
        try_j(
            &env,
            &user_admin,
            &["users", "roles", "add", PLAIN, "helpdesk-admin"],
        ),
        "role-insufficient",
    );
    let v = try_j(
        &env,
        &admin,
        &["users", "roles", "add", PLAIN, "helpdesk-admin"],
    )
    .ok()
    .json();
    assert_eq!(v["roles"], json!(["helpdesk-admin"]));
    // And the global admin manages every admin.
    reset(&env, &admin, BILLING, "billing-new-pass-1").ok();
    assert!(signs_in(&env, BILLING, "billing-new-pass-1"));
}

// ---------------------------------------------------------------------------------------------
// relationship-admin
// ---------------------------------------------------------------------------------------------

/// An invite from fabrikam's global admin to contoso; returns its token.
fn invite(env: &Env, fab: &str) -> String {
    let v = try_j(env, fab, &["invite", "--customer-domain", CONTOSO])
        .ok()
        .json();
    v["token"].as_str().expect("token").to_string()
}

#[test]
fn a_relationship_admin_accepts_lists_and_removes_partners_and_nothing_else() {
    let (env, admin) = world();
    let fab = env.token(FAB_ADMIN, FAB_PASS);
    let rel_admin = env.token(REL_ADMIN, PASS);

    let who = try_j(&env, &rel_admin, &["whoami"]).ok().json();
    assert_eq!(who["roles"], json!(["relationship-admin"]));

    // It declines one invite and accepts the next.
    let token = invite(&env, &fab);
    let v = try_j(&env, &rel_admin, &["decline", &token]).ok().json();
    assert_eq!(v["status"], "declined");
    let token = invite(&env, &fab);
    let acc = try_j(&env, &rel_admin, &["accept", &token, "--yes"])
        .ok()
        .json();
    assert_eq!(acc["status"], "active");
    assert_eq!(acc["partner"]["domain"], FAB);
    assert_eq!(acc["customer"]["domain"], CONTOSO);
    assert_eq!(acc["accepted_by"], REL_ADMIN);

    // It lists the partners, with their contact details.
    let list = try_j(&env, &rel_admin, &["partners", "list"]).ok().json();
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 1, "{list:?}");
    assert_eq!(list[0]["partner"]["domain"], FAB);
    assert_eq!(list[0]["relationship_id"], acc["id"]);
    assert!(list[0]["partner"]["contact"].is_object(), "{}", list[0]);

    // It reviews what the partner's users may do in its tenant (`access` is the partners'
    // view: partner.read).
    let access = try_j(&env, &rel_admin, &["access"]).ok().json();
    assert_eq!(access["partner_access"][0]["upn"], FAB_ADMIN);

    // The partner now administers contoso, until the relationship admin ends it.
    try_j(&env, &fab, &["users", "list", "--tenant", CONTOSO]).ok();
    let can = try_j(&env, &rel_admin, &["can", "partner.remove"])
        .ok()
        .json();
    assert_eq!(can["reason"], "own-tenant-role");
    let ended = try_j(&env, &rel_admin, &["partners", "remove", FAB, "--yes"])
        .ok()
        .json();
    assert_eq!(ended["status"], "terminated");
    assert_eq!(ended["terminated_by"], REL_ADMIN);
    denied(
        try_j(&env, &fab, &["users", "list", "--tenant", CONTOSO]),
        "relationship-terminated",
    );
    let all = try_j(&env, &rel_admin, &["partners", "list", "--all"])
        .ok()
        .json();
    assert_eq!(all[0]["status"], "terminated");

    // Everything else is refused: the tenant's users, licenses, domains, details, support
    // cases, audit trail and service health, and giving roles.
    let before = env.state();
    let refused: &[&[&str]] = &[
        &["users", "list"],
        &["licenses", "list"],
        &["domains", "list"],
        &["tenants", "show"],
        &["requests", "list"],
        &["audit", "list"],
        &["health"],
        &["users", "roles", "add", PLAIN, "relationship-admin"],
    ];
    for args in refused {
        let r = try_j(&env, &rel_admin, args);
        assert_eq!(r.code, 4, "{args:?} exited {}: {}", r.code, r.stderr);
        denied(r, "role-insufficient");
    }
    let r = env.run_with(
        &[
            "users",
            "add",
            "new@contoso.example",
            "--password-stdin",
            "-o",
            "json",
        ],
        "new-user-pass-1\n",
        &[("PARTNERCTL_TOKEN", rel_admin.as_str())],
    );
    denied(r, "role-insufficient");
    assert_eq!(env.state(), before, "a refused command changed something");

    // Its global admin gives the role to another user; a global admin also holds every right
    // of the role.
    let v = try_j(
        &env,
        &admin,
        &["users", "roles", "add", PLAIN, "relationship-admin"],
    )
    .ok()
    .json();
    assert_eq!(v["roles"], json!(["relationship-admin"]));
    try_j(&env, &admin, &["partners", "list", "--all"]).ok();
}

#[test]
fn relationship_admin_is_the_customers_own_role_and_is_not_delegated() {
    let (env, _) = world();
    let fab = env.token(FAB_ADMIN, FAB_PASS);
    let e = try_j(
        &env,
        &fab,
        &[
            "invite",
            "--customer-domain",
            CONTOSO,
            "--access",
            "relationship-admin",
        ],
    )
    .fails(2, "invalid_input");
    assert!(
        e["message"]
            .as_str()
            .unwrap()
            .contains("relationship-admin"),
        "{e}"
    );
    // A partner's own relationship admin is no agent: it cannot act in a customer, nor end
    // its partner's relationships from the partner's side.
    env.add_user_as(
        &fab,
        "rel@fabrikam.example",
        PASS,
        &["--role", "relationship-admin"],
    );
    let rel = env.token("rel@fabrikam.example", PASS);
    let token = invite(&env, &fab);
    let admin = env.token(CONTOSO_ADMIN, CONTOSO_PASS);
    try_j(&env, &admin, &["accept", &token, "--yes"]).ok();
    denied(
        try_j(&env, &rel, &["partners", "list", "--tenant", CONTOSO]),
        "no-grant",
    );
    denied(
        try_j(&env, &rel, &["customers", "remove", CONTOSO, "--yes"]),
        "role-insufficient",
    );
}

// ---------------------------------------------------------------------------------------------
// The store: migration 0006
// ---------------------------------------------------------------------------------------------

/// A store made before relationship-admin existed (schema version 5: the old check on
/// `user_roles.role`) moves to this version keeping every role, and then holds the new one.
#[test]
fn a_store_from_before_the_role_migrates_and_keeps_every_role() {
    let (env, admin) = world();
    let roles_sql = "SELECT user_id, role FROM user_roles ORDER BY user_id, role";
    // Back to version 5: the new role's row removed, the old check and version restored.
    env.sql("DELETE FROM user_roles WHERE role = 'relationship-admin'");
    let old_check = "CHECK (role IN ('global-admin', 'billing-admin', 'user-admin', 'helpdesk-admin', 'service-support-admin', 'global-reader'))";
    if on_postgres() {
        env.sql(&format!(
            "ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
             ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check {old_check};
             UPDATE meta SET value = '5' WHERE key = 'schema_version';"
        ));
    } else {
        env.sql(&format!(
            "PRAGMA foreign_keys = ON;
             BEGIN;
             CREATE TABLE user_roles_old (
                 user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
                 role TEXT NOT NULL {old_check},
                 PRIMARY KEY (user_id, role)) WITHOUT ROWID;
             INSERT INTO user_roles_old SELECT user_id, role FROM user_roles;
             DROP TABLE user_roles;
             ALTER TABLE user_roles_old RENAME TO user_roles;
             CREATE INDEX user_roles_role ON user_roles(role, user_id);
             COMMIT;
             PRAGMA user_version = 5;"
        ));
    }
    // Undo what the migrations after 0006 did (0007: relationship names and renewals; 0008:
    // groups and access assignments; 0009: templates; 0010: purchase offers; 0011: elevation,
    // MFA and notifications; 0012: the audit filters' indexes; 0013: the search's trigram
    // indexes), so that the store is what version 5 left.
    if on_postgres() {
        env.sql(
            "DROP INDEX tenants_name_trgm;
             DROP INDEX tenants_domain_trgm;
             DROP INDEX tenants_not_plain;",
        );
    } else {
        env.sql(
            "DROP TRIGGER tenant_search_insert;
             DROP TRIGGER tenant_search_update;
             DROP TRIGGER tenant_search_delete;
             DROP TABLE tenant_search;
             DROP INDEX tenants_not_plain;",
        );
    }
    env.sql(
        "DROP INDEX audit_action;
         DROP INDEX audit_actor_upn;
         DROP INDEX audit_outcome;
         DROP TABLE notifications;
         DROP TABLE elevations;
         DROP TABLE eligibilities;
         DROP TABLE recovery_codes;
         DROP TABLE mfa;
         ALTER TABLE sessions DROP COLUMN mfa;
         ALTER TABLE tenants DROP COLUMN require_mfa;
         DROP TABLE offers;
         DROP INDEX invites_one_pending;
         CREATE UNIQUE INDEX invites_one_pending ON invites(partner_tenant_id, customer_domain)
             WHERE status = 'pending' AND lapsed = 0 AND customer_domain IS NOT NULL;
         DROP TABLE templates;
         ALTER TABLE invites DROP COLUMN assignments;
         DROP TABLE assignments;
         DROP TABLE group_members;
         DROP TABLE groups;
         DROP INDEX relationships_name;
         ALTER TABLE relationships DROP COLUMN name;
         ALTER TABLE relationships DROP COLUMN renews;
         ALTER TABLE invites DROP COLUMN name;
         ALTER TABLE invites DROP COLUMN renews;
         CREATE UNIQUE INDEX relationships_one_active
             ON relationships(partner_tenant_id, customer_tenant_id) WHERE status = 'active';",
    );
    let before = env.query(roles_sql);
    // Three tenants' global admins, two helpdesk admins, a user admin, a billing admin.
    assert_eq!(before.len(), 7, "{before:?}");

    let v = env.run(&["db", "migrate", "-o", "json"]).ok().json();
    assert_eq!(
        v["schema_version"].as_u64().unwrap() as usize,
        partnerctl::store::latest_version()
    );
    assert_eq!(
        env.query(roles_sql),
        before,
        "the migration lost or changed roles"
    );
    let index = if on_postgres() {
        "SELECT count(*) FROM pg_indexes WHERE indexname = 'user_roles_role'"
    } else {
        "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND name = 'user_roles_role'"
    };
    assert_eq!(env.scalar(index), "1");

    // The new role is stored; an unknown one still is not, and a role row still goes with its
    // user.
    try_j(
        &env,
        &admin,
        &["users", "roles", "add", PLAIN, "relationship-admin"],
    )
    .ok();
    assert_eq!(
        env.scalar("SELECT count(*) FROM user_roles WHERE role = 'relationship-admin'"),
        "1"
    );
    let bogus = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        env.sql("UPDATE user_roles SET role = 'root' WHERE role = 'billing-admin'")
    }));
    assert!(bogus.is_err(), "the check accepted an unknown role");
    try_j(&env, &admin, &["users", "remove", PLAIN]).ok();
    assert_eq!(
        env.scalar("SELECT count(*) FROM user_roles WHERE role = 'relationship-admin'"),
        "0"
    );
    let chain = try_j(&env, &admin, &["audit", "verify"]);
    assert_eq!(chain.code, 0, "{}", chain.stdout);
}
