//! Partner relationships through the real binary: the seed article end to end (invite, accept,
//! delegated administration, the never-delegable actions, removal), expiry with a moved clock,
//! sixteen concurrent accepts of one token, and the rest of the invite lifecycle.

mod common;

use std::process::{Command as StdCommand, Stdio};

use common::*;
use serde_json::{json, Value};

const FAB: &str = "fabrikam.example";
const FAB_NAME: &str = "Fabrikam Partners";
const FAB_ADMIN: &str = "admin@fabrikam.example";
const FAB_PASS: &str = "fabrikam-pass-1";
const FAB_AGENT: &str = "agent@fabrikam.example";
const AGENT_PASS: &str = "agent-pass-123";
const FAB_EMAIL: &str = "partners@fabrikam.example";
const FAB_PHONE: &str = "+1 (425) 555-0199";
const FAB_ADDRESS: &str = "1 Partner Way, Redmond";

const TAIL: &str = "tailspin.example";
const TAIL_ADMIN: &str = "admin@tailspin.example";
const TAIL_PASS: &str = "tailspin-pass-1";

const NW: &str = "northwind.example";
const NW_ADMIN: &str = "admin@northwind.example";
const NW_PASS: &str = "northwind-pass-1";

const PLAIN: &str = "plain@contoso.example";
const USER_ADMIN: &str = "useradmin@contoso.example";
const USER_PASS: &str = "user-pass-1234";

/// The invite expiry and the relationship expiries seen from the fixed clock (NOW).
const IN_90_DAYS: &str = "2027-04-01T00:00:00Z";
const IN_30_DAYS: &str = "2027-01-31T00:00:00Z";
const DAY_31: &str = "2027-02-01T00:00:00Z";
/// IN_30_DAYS + 180 days: one automatic extension.
const EXTENDED: &str = "2027-07-30T00:00:00Z";

/// The database with the operator (signed in through the session file), the customer
/// contoso.example, the partner Fabrikam (with contact details and a user without any grant),
/// and the tokens of the people who act.
struct World {
    env: Env,
    /// Fabrikam's global admin.
    fab: String,
    /// Fabrikam's user with no directory role and, at first, no grant.
    agent: String,
    /// Contoso's global admin.
    contoso: String,
}

impl World {
    fn new() -> World {
        let env = Env::with_contoso();
        create_tenant(&env, FAB_NAME, FAB, FAB_ADMIN, FAB_PASS, Some("4412345"));
        let fab = env.token(FAB_ADMIN, FAB_PASS);
        env.run_as(
            &fab,
            &[
                "tenants",
                "update",
                "--email",
                FAB_EMAIL,
                "--phone",
                FAB_PHONE,
                "--address",
                FAB_ADDRESS,
            ],
        )
        .ok();
        env.add_user_as(&fab, FAB_AGENT, AGENT_PASS, &[]);
        let agent = env.token(FAB_AGENT, AGENT_PASS);
        let contoso = env.token(CONTOSO_ADMIN, CONTOSO_PASS);
        World {
            env,
            fab,
            agent,
            contoso,
        }
    }

    /// Moves the clock and signs everyone in again at that time (sessions last 12 hours).
    fn at(&mut self, now: &str) {
        self.env.now = now.to_string();
        self.fab = self.env.token(FAB_ADMIN, FAB_PASS);
        self.agent = self.env.token(FAB_AGENT, AGENT_PASS);
        self.contoso = self.env.token(CONTOSO_ADMIN, CONTOSO_PASS);
    }

    /// An invite from Fabrikam's global admin; returns `invite -o json`.
    fn invite(&self, extra: &[&str]) -> Value {
        let mut a = vec!["invite"];
        a.extend_from_slice(extra);
        j(&self.env, &self.fab, &a)
    }

    /// An invite from Fabrikam accepted by Contoso's global admin; returns `accept -o json`.
    fn relate(&self, extra: &[&str]) -> Value {
        let token = tok(&self.invite(extra));
        accept(&self.env, &self.contoso, &token).ok().json()
    }
}

/// The operator (signed in through the session file) provisions a tenant whose admin can
/// sign in.
fn create_tenant(env: &Env, name: &str, domain: &str, admin: &str, pass: &str, pid: Option<&str>) {
    let mut a = vec![
        "tenants",
        "create",
        name,
        "--domain",
        domain,
        "--admin",
        admin,
        "--admin-password-stdin",
    ];
    if let Some(pid) = pid {
        // Signed in with passwords: the partner does not require MFA (tests/cli_mfa.rs does).
        a.extend(["--partner", "--partner-id", pid, "--require-mfa", "false"]);
    }
    env.run_in(&a, &format!("{pass}\n")).ok();
}

/// Runs as the holder of `token` with `-o json`.
fn try_j(env: &Env, token: &str, args: &[&str]) -> Run {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    env.run_as(token, &a)
}

/// Runs as the holder of `token` with `-o json`, expects success, returns stdout as JSON.
#[track_caller]
fn j(env: &Env, token: &str, args: &[&str]) -> Value {
    try_j(env, token, args).ok().json()
}

/// Expects exit 4 with this reason code; returns the error object.
#[track_caller]
fn denied(run: Run, reason: &str) -> Value {
    let e = run.fails(4, "permission_denied");
    assert_eq!(e["reason"], reason, "{e}");
    e
}

#[track_caller]
fn accept(env: &Env, token: &str, invite_token: &str) -> Run {
    try_j(env, token, &["accept", invite_token, "--yes"])
}

#[track_caller]
fn tok(invite: &Value) -> String {
    let t = invite["token"].as_str().expect("token").to_string();
    assert_eq!(t.len(), 64, "32 bytes, hex: {t}");
    assert!(t.bytes().all(|b| b.is_ascii_hexdigit()), "{t}");
    t
}

fn count(env: &Env, sql: &str) -> i64 {
    env.scalar(sql).parse().expect("a count")
}

/// `s` as an SQL string literal.
fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

fn invite_status(env: &Env, id: &str) -> String {
    env.scalar(&format!(
        "SELECT status FROM invites WHERE id = {}",
        lit(id)
    ))
}

/// The `-o json` array's entries whose `key.domain` is `domain`.
fn with_domain<'a>(list: &'a Value, key: &str, domain: &str) -> Vec<&'a Value> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .filter(|x| x[key]["domain"] == domain)
        .collect()
}

fn domains_of(list: &Value, key: &str) -> Vec<String> {
    list.as_array()
        .expect("a JSON array")
        .iter()
        .map(|x| x[key]["domain"].as_str().expect("domain").to_string())
        .collect()
}

/// The seed walk up to delegation: a partner invites, the customer's global admin accepts, the
/// partner's admin and then a granted agent administer the customer.
struct Walk {
    w: World,
    /// contoso's user without a role.
    plain: String,
    rel_id: String,
}

fn walk_to_delegation() -> Walk {
    let w = World::new();
    let env = &w.env;
    env.add_user_as(&w.contoso, PLAIN, USER_PASS, &[]);
    env.add_user_as(&w.contoso, USER_ADMIN, USER_PASS, &["--role", "user-admin"]);
    env.add_user_as(&w.contoso, "carol@contoso.example", USER_PASS, &[]);
    let plain = env.token(PLAIN, USER_PASS);
    let user_admin = env.token(USER_ADMIN, USER_PASS);

    // The partner invites.
    let inv = w.invite(&["--message", "We would like to help with your tenant"]);
    let token = tok(&inv);
    let invite_id = inv["id"].as_str().unwrap().to_string();
    assert_eq!(inv["expires_at"], IN_90_DAYS);
    assert_eq!(inv["access"], json!(["global-admin"]));
    assert_eq!(inv["status"], "pending");
    assert_eq!(inv["accept_command"], format!("partnerctl accept {token}"));
    assert!(inv["link"].as_str().unwrap().ends_with(&token));
    let table = w.env.run_as(&w.fab, &["invite"]).ok();
    assert!(
        table.stdout.contains("partnerctl accept "),
        "{}",
        table.stdout
    );

    // Users of the customer without portal admin rights cannot accept.
    let before = env.state();
    denied(accept(env, &plain, &token), "role-insufficient");
    denied(accept(env, &user_admin, &token), "role-insufficient");
    denied(
        try_j(env, &plain, &["decline", &token]),
        "role-insufficient",
    );
    assert_eq!(env.state(), before);
    assert_eq!(invite_status(env, &invite_id), "pending");

    // The global admin is asked to confirm: without --yes and no terminal, exit 2 naming --yes.
    let r = env
        .run_as(&w.contoso, &["accept", &token, "-o", "json"])
        .expect(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert_eq!(env.state(), before);

    // It accepts, here through the link of the invitation.
    let link = inv["link"].as_str().unwrap();
    let acc = accept(env, &w.contoso, link).ok().json();
    let rel_id = acc["id"].as_str().expect("relationship id").to_string();
    assert_eq!(acc["status"], "active");
    assert_eq!(acc["partner"]["domain"], FAB);
    assert_eq!(acc["customer"]["domain"], CONTOSO);
    assert_eq!(acc["access"], json!(["global-admin"]));
    assert_eq!(acc["expires_at"], Value::Null, "classic DAP has no expiry");
    assert_eq!(acc["accepted_by"], CONTOSO_ADMIN);
    assert_eq!(invite_status(env, &invite_id), "accepted");
    assert_eq!(count(env, "SELECT count(*) FROM relationships"), 1);

    // The partner's global admin administers the customer with its own account.
    let upns = env.upns_as(&w.fab, CONTOSO);
    assert!(upns.contains(&CONTOSO_ADMIN.to_string()), "{upns:?}");
    assert!(upns.contains(&PLAIN.to_string()), "{upns:?}");
    let shown = j(env, &w.fab, &["tenants", "show", "--tenant", CONTOSO]);
    assert_eq!(shown["domain"], CONTOSO);
    j(env, &w.fab, &["licenses", "list", "--tenant", CONTOSO]);
    j(env, &w.fab, &["domains", "list", "--tenant", CONTOSO]);
    j(
        env,
        &w.fab,
        &[
            "requests",
            "create",
            "--title",
            "Mailbox quota",
            "--tenant",
            CONTOSO,
        ],
    );
    let can = j(
        env,
        &w.fab,
        &["can", "user.read", "--tenant", CONTOSO, "--user", FAB_ADMIN],
    );
    assert_eq!(can["allowed"], true);
    assert_eq!(can["reason"], "delegated");
    assert_eq!(can["via"]["relationship_id"], rel_id.as_str());
    assert_eq!(can["via"]["grant"]["kind"], "implicit");

    // A partner user without a grant cannot, until a global admin of the partner grants it.
    let e = denied(
        try_j(env, &w.agent, &["users", "list", "--tenant", CONTOSO]),
        "no-grant",
    );
    assert!(e["message"].as_str().unwrap().contains("user.read"), "{e}");
    denied(
        try_j(env, &w.agent, &["tenants", "show", "--tenant", CONTOSO]),
        "no-grant",
    );
    let can = try_j(env, &w.agent, &["can", "user.read", "--tenant", CONTOSO])
        .expect(4)
        .json();
    assert_eq!(can["allowed"], false);
    assert_eq!(can["reason"], "no-grant");
    // The agent cannot grant itself.
    denied(
        try_j(
            env,
            &w.agent,
            &["grants", "add", FAB_AGENT, "--role", "admin-agent"],
        ),
        "role-insufficient",
    );
    let grant = j(
        env,
        &w.fab,
        &[
            "grants",
            "add",
            FAB_AGENT,
            "--role",
            "admin-agent",
            "--customer",
            CONTOSO,
        ],
    );
    assert_eq!(grant["customer"], CONTOSO);
    assert_eq!(grant["implicit"], false);
    let grant_id = grant["id"].as_str().unwrap().to_string();
    let upns = env.upns_as(&w.agent, CONTOSO);
    assert!(upns.contains(&CONTOSO_ADMIN.to_string()), "{upns:?}");
    j(env, &w.agent, &["tenants", "show", "--tenant", CONTOSO]);
    let can = j(
        env,
        &w.fab,
        &["can", "user.read", "--tenant", CONTOSO, "--user", FAB_AGENT],
    );
    assert_eq!(can["allowed"], true);
    assert_eq!(can["reason"], "delegated");
    assert_eq!(can["user"], FAB_AGENT);
    assert_eq!(can["tenant"], CONTOSO);
    assert_eq!(can["via"]["relationship_id"], rel_id.as_str());
    assert_eq!(can["via"]["grant"]["grant_id"], grant_id.as_str());
    assert_eq!(can["via"]["agent_role"], "admin-agent");
    Walk { w, plain, rel_id }
}

/// What the customer holds for the never-delegable attempts to aim at (returns the unverified
/// domain's code, a pending invite of a second partner, and that partner's admin token).
fn customer_data(w: &World) -> (String, String, String) {
    let env = &w.env;
    // The customer's own data for the never-delegable attempts to aim at: licenses, one
    // verified and one unverified domain, a second partner and a pending invite of it.
    j(
        env,
        &w.contoso,
        &["licenses", "buy", "m365-e3", "--quantity", "5"],
    );
    j(
        env,
        &w.contoso,
        &["licenses", "assign", "m365-e3", "carol@contoso.example"],
    );
    let added = j(env, &w.contoso, &["domains", "add", "contoso.com"]);
    let code = added["verification"]["value"].as_str().unwrap().to_string();
    j(
        env,
        &w.contoso,
        &["domains", "verify", "contoso.com", "--code", &code],
    );
    let added = j(env, &w.contoso, &["domains", "add", "contoso.net"]);
    let code_net = added["verification"]["value"].as_str().unwrap().to_string();
    create_tenant(
        env,
        "Tailspin Advisors",
        TAIL,
        TAIL_ADMIN,
        TAIL_PASS,
        Some("5550001"),
    );
    let tail = env.token(TAIL_ADMIN, TAIL_PASS);
    let tail_inv = j(env, &tail, &["invite", "--access", "helpdesk-admin"]);
    let tail_token = tok(&j(env, &tail, &["invite", "--access", "helpdesk-admin"]));
    accept(env, &w.contoso, &tok(&tail_inv)).ok();
    (code_net, tail_token, tail)
}

#[test]
fn seed_walk_invite_accept_and_delegate() {
    walk_to_delegation();
}

#[test]
fn seed_walk_never_delegable_actions_are_refused() {
    let Walk { w, .. } = walk_to_delegation();
    let env = &w.env;
    let (code_net, tail_token, tail) = customer_data(&w);

    // Every never-delegable action is refused to the partner, whatever its rights, with
    // nothing changed.
    let refused: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["users", "add", "new@contoso.example", "--password-stdin"],
            "pw-12345678\n",
        ),
        (vec!["users", "update", PLAIN, "--name", "Renamed"], ""),
        (vec!["users", "update", PLAIN, "--disable"], ""),
        (vec!["users", "remove", PLAIN, "--yes"], ""),
        (
            vec!["users", "reset-password", PLAIN, "--password-stdin"],
            "pw-12345678\n",
        ),
        (vec!["users", "roles", "add", PLAIN, "global-admin"], ""),
        (
            vec!["users", "roles", "remove", USER_ADMIN, "user-admin"],
            "",
        ),
        (vec!["licenses", "buy", "m365-e3", "--quantity", "1"], ""),
        (vec!["licenses", "assign", "m365-e3", PLAIN], ""),
        (
            vec!["licenses", "unassign", "m365-e3", "carol@contoso.example"],
            "",
        ),
        (vec!["domains", "add", "contoso.org"], ""),
        (
            vec!["domains", "verify", "contoso.net", "--code", &code_net],
            "",
        ),
        (
            vec![
                "domains",
                "set-capabilities",
                "contoso.com",
                "--capability",
                "email",
            ],
            "",
        ),
        (vec!["domains", "remove", "contoso.net", "--yes"], ""),
        (vec!["accept", &tail_token, "--yes"], ""),
        (vec!["decline", &tail_token], ""),
        (vec!["partners", "remove", TAIL, "--yes"], ""),
    ];
    let users_before = j(env, &w.contoso, &["users", "list"]);
    let before = env.state();
    let audit_before = env.audit().len();
    for who in [&w.fab, &w.agent] {
        for (args, stdin) in &refused {
            let mut a = args.clone();
            a.extend(["--tenant", CONTOSO, "-o", "json"]);
            let r = env.run_with(&a, stdin, &[("PARTNERCTL_TOKEN", who.as_str())]);
            let e = denied(r, "not-delegable");
            assert!(e["message"].as_str().unwrap().contains(CONTOSO), "{e}");
            assert_eq!(env.state(), before, "`{}` changed the data", a.join(" "));
        }
    }
    assert_eq!(j(env, &w.contoso, &["users", "list"]), users_before);
    // Each refusal is in the audit trail.
    let audit = env.audit();
    assert_eq!(audit.len(), audit_before + 2 * refused.len(), "{audit:?}");
    assert!(audit[audit_before..]
        .iter()
        .all(|(_, outcome, reason)| outcome == "denied" && reason == "not-delegable"));
    // The core says the same for every never-delegable action.
    for action in [
        "partner.remove",
        "license.buy",
        "license.assign",
        "domain.add",
        "domain.configure",
        "user.create",
        "user.update",
        "user.delete",
        "user.reset-password",
        "user.assign-role",
        "invite.accept",
    ] {
        let can = try_j(
            env,
            &w.fab,
            &["can", action, "--tenant", CONTOSO, "--user", FAB_AGENT],
        )
        .expect(4)
        .json();
        assert_eq!(can["allowed"], false, "{action}: {can}");
        assert_eq!(can["reason"], "not-delegable", "{action}: {can}");
    }
    // The tailspin invite is still pending, and the customer itself may use it.
    assert_eq!(
        j(env, &tail, &["invites", "list", "--status", "pending"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn seed_walk_the_customer_removes_its_partner() {
    let Walk { w, plain, rel_id } = walk_to_delegation();
    let env = &w.env;
    customer_data(&w);

    // The customer sees its partners with their contact details.
    let partners = j(env, &w.contoso, &["partners", "list"]);
    assert_eq!(domains_of(&partners, "partner").len(), 2, "{partners}");
    let fab_rel = with_domain(&partners, "partner", FAB)[0];
    assert_eq!(fab_rel["relationship_id"], rel_id.as_str());
    assert_eq!(fab_rel["status"], "active");
    assert_eq!(fab_rel["access"], json!(["global-admin"]));
    assert_eq!(fab_rel["since"], NOW);
    assert_eq!(fab_rel["expires_at"], Value::Null);
    assert_eq!(fab_rel["accepted_by"], CONTOSO_ADMIN);
    assert_eq!(fab_rel["partner"]["name"], FAB_NAME);
    assert_eq!(
        fab_rel["partner"]["contact"],
        json!({"email": FAB_EMAIL, "phone": FAB_PHONE, "address": FAB_ADDRESS})
    );
    let table = env.run_as(&w.contoso, &["partners", "list"]).ok();
    assert!(table.stdout.contains(FAB) && table.stdout.contains(FAB_EMAIL));
    // Readers of the customer see the partners too, but cannot remove one.
    j(
        env,
        &w.contoso,
        &["users", "roles", "add", PLAIN, "global-reader"],
    );
    assert_eq!(j(env, &plain, &["partners", "list"]), partners);
    let before = env.state();
    denied(
        try_j(env, &plain, &["partners", "remove", FAB, "--yes"]),
        "role-insufficient",
    );
    // Removing asks to confirm; without --yes and no terminal, exit 2 and nothing changes.
    let r = env
        .run_as(&w.contoso, &["partners", "remove", FAB, "-o", "json"])
        .expect(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert_eq!(env.state(), before);
    // The agent still works right up to the removal.
    env.upns_as(&w.agent, CONTOSO);

    let removed = j(env, &w.contoso, &["partners", "remove", FAB, "--yes"]);
    assert_eq!(removed["relationship_id"], rel_id.as_str());
    assert_eq!(removed["status"], "terminated");
    assert_eq!(removed["terminated_by"], CONTOSO_ADMIN);

    // The agent's (and the partner admin's) very next command is refused.
    denied(
        try_j(env, &w.agent, &["users", "list", "--tenant", CONTOSO]),
        "relationship-terminated",
    );
    denied(
        try_j(env, &w.fab, &["tenants", "show", "--tenant", CONTOSO]),
        "relationship-terminated",
    );
    let can = try_j(
        env,
        &w.fab,
        &["can", "user.read", "--tenant", CONTOSO, "--user", FAB_AGENT],
    )
    .expect(4)
    .json();
    assert_eq!(can["reason"], "relationship-terminated");
    // The customer's list keeps the other partner; the history shows the terminated one.
    let partners = j(env, &w.contoso, &["partners", "list"]);
    assert_eq!(domains_of(&partners, "partner"), [TAIL]);
    let all = j(env, &w.contoso, &["partners", "list", "--all"]);
    let gone = with_domain(&all, "partner", FAB);
    assert_eq!(gone.len(), 1);
    assert_eq!(gone[0]["status"], "terminated");
    assert_eq!(gone[0]["terminated_by"], CONTOSO_ADMIN);
    // Fabrikam's side agrees.
    assert_eq!(j(env, &w.fab, &["customers", "list"]), json!([]));
    let all = j(env, &w.fab, &["customers", "list", "--all"]);
    assert_eq!(all[0]["status"], "terminated");
    assert_eq!(all[0]["customer"]["domain"], CONTOSO);
    // Removing it again: there is no active relationship left.
    try_j(env, &w.contoso, &["partners", "remove", FAB, "--yes"]).fails(5, "not_found");
}

#[test]
fn an_expired_invite_cannot_be_accepted() {
    let mut w = World::new();
    let inv = w.invite(&["--expires-in", "1d"]);
    assert_eq!(inv["expires_at"], "2027-01-02T00:00:00Z");
    let token = tok(&inv);
    let id = inv["id"].as_str().unwrap().to_string();

    // Invite lifetimes and relationship durations outside their limits are usage errors.
    let before = w.env.state();
    for extra in [
        &["--expires-in", "91d"][..],
        &["--duration", "0d"],
        &["--duration", "731d"],
        &["--duration", "soon"],
    ] {
        let mut a = vec!["invite"];
        a.extend_from_slice(extra);
        try_j(&w.env, &w.fab, &a).fails(2, "invalid_input");
    }
    assert_eq!(w.env.state(), before);

    w.at("2027-01-03T00:00:00Z");
    let e = accept(&w.env, &w.contoso, &token).fails(6, "conflict");
    let msg = e["message"].as_str().unwrap();
    assert!(msg.contains("expired"), "{msg}");
    assert!(msg.contains("2027-01-02T00:00:00Z"), "says when: {msg}");
    try_j(&w.env, &w.contoso, &["decline", &token]).fails(6, "conflict");
    assert_eq!(count(&w.env, "SELECT count(*) FROM relationships"), 0);
    // The partner sees it expired and cannot revoke it any more.
    let shown = j(&w.env, &w.fab, &["invites", "show", &id]);
    assert_eq!(shown["status"], "expired");
    let expired = j(&w.env, &w.fab, &["invites", "list", "--status", "expired"]);
    assert_eq!(expired[0]["id"], id.as_str());
    try_j(&w.env, &w.fab, &["invites", "revoke", &id]).fails(6, "conflict");
}

#[test]
fn an_expired_relationship_ends_delegated_access() {
    let mut w = World::new();
    let acc = w.relate(&["--duration", "30d"]);
    assert_eq!(acc["expires_at"], IN_30_DAYS);
    let rel_id = acc["id"].as_str().unwrap().to_string();
    w.env.upns_as(&w.fab, CONTOSO);

    // The day before it expires it still works.
    w.at("2027-01-30T12:00:00Z");
    w.env.upns_as(&w.fab, CONTOSO);

    // A day past it, the agent is refused, on the clock alone.
    w.at(DAY_31);
    denied(
        try_j(&w.env, &w.fab, &["users", "list", "--tenant", CONTOSO]),
        "relationship-expired",
    );
    let can = try_j(&w.env, &w.fab, &["can", "tenant.read", "--tenant", CONTOSO])
        .expect(4)
        .json();
    assert_eq!(can["reason"], "relationship-expired");
    // `partners list` hides it; `--all` shows it expired.
    assert_eq!(j(&w.env, &w.contoso, &["partners", "list"]), json!([]));
    let all = j(&w.env, &w.contoso, &["partners", "list", "--all"]);
    assert_eq!(all.as_array().unwrap().len(), 1, "{all}");
    assert_eq!(all[0]["relationship_id"], rel_id.as_str());
    assert_eq!(all[0]["status"], "expired");
    assert_eq!(all[0]["expires_at"], IN_30_DAYS);
    assert_eq!(j(&w.env, &w.fab, &["customers", "list"]), json!([]));
    let all = j(&w.env, &w.fab, &["customers", "list", "--all"]);
    assert_eq!(all[0]["status"], "expired");
    // Nothing to remove any more, from either side: it stays expired in the history.
    let before = w.env.state();
    try_j(&w.env, &w.contoso, &["partners", "remove", FAB, "--yes"]).fails(5, "not_found");
    try_j(&w.env, &w.fab, &["customers", "remove", CONTOSO, "--yes"]).fails(5, "not_found");
    assert_eq!(w.env.state(), before);

    // A new invite starts a new relationship; the old one stays in the history.
    let acc = w.relate(&["--duration", "30d"]);
    assert_ne!(acc["id"], rel_id.as_str());
    assert_eq!(acc["expires_at"], "2027-03-03T00:00:00Z");
    w.env.upns_as(&w.fab, CONTOSO);
    let all = j(&w.env, &w.contoso, &["partners", "list", "--all"]);
    let mut statuses: Vec<&str> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    statuses.sort();
    assert_eq!(statuses, ["active", "expired"]);
}

#[test]
fn an_auto_extended_relationship_outlives_its_duration() {
    let mut w = World::new();
    // --auto-extend is refused with global-admin access, or without a duration.
    let before = w.env.state();
    for extra in [
        &["--duration", "30d", "--auto-extend"][..],
        &[
            "--access",
            "helpdesk-admin",
            "--access",
            "global-admin",
            "--duration",
            "30d",
            "--auto-extend",
        ],
        &["--access", "helpdesk-admin", "--auto-extend"],
    ] {
        let mut a = vec!["invite"];
        a.extend_from_slice(extra);
        let e = try_j(&w.env, &w.fab, &a).fails(2, "invalid_input");
        assert!(
            e["message"].as_str().unwrap().contains("--auto-extend"),
            "{e}"
        );
    }
    assert_eq!(w.env.state(), before, "a refused invite was stored");

    let inv = w.invite(&[
        "--access",
        "helpdesk-admin",
        "--duration",
        "30d",
        "--auto-extend",
    ]);
    assert_eq!(inv["access"], json!(["helpdesk-admin"]));
    assert_eq!(inv["auto_extend"], true);
    let acc = accept(&w.env, &w.contoso, &tok(&inv)).ok().json();
    assert_eq!(acc["expires_at"], IN_30_DAYS);
    assert_eq!(acc["access"], json!(["helpdesk-admin"]));

    w.at(DAY_31);
    let customers = j(&w.env, &w.fab, &["customers", "list"]);
    assert_eq!(customers.as_array().unwrap().len(), 1, "{customers}");
    assert_eq!(customers[0]["status"], "active");
    assert_eq!(customers[0]["customer"]["domain"], CONTOSO);
    assert_eq!(customers[0]["expires_at"], EXTENDED, "moved by 180 days");
    let partners = j(&w.env, &w.contoso, &["partners", "list"]);
    assert_eq!(partners[0]["status"], "active");
    assert_eq!(partners[0]["expires_at"], EXTENDED);
    // Still usable, within the delegated helpdesk role.
    w.env.upns_as(&w.fab, CONTOSO);
    let can = j(&w.env, &w.fab, &["can", "user.read", "--tenant", CONTOSO]);
    assert_eq!(can["reason"], "delegated");
    assert_eq!(can["via"]["delegated_roles"], json!(["helpdesk-admin"]));
}

/// The plain `std::process::Command` of `env.cmd`, to spawn without waiting.
fn spawn(env: &Env, token: &str, args: &[&str]) -> std::process::Child {
    StdCommand::new(env!("CARGO_BIN_EXE_partnerctl"))
        .env_clear()
        .env("HOME", env.home())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PARTNERCTL_DB", env.db_arg())
        .env("PARTNERCTL_NOW", &env.now)
        .env("PARTNERCTL_TOKEN", token)
        .current_dir(env.home())
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn partnerctl")
}

#[test]
fn sixteen_concurrent_accepts_one_wins() {
    let w = World::new();
    let inv = w.invite(&[]);
    let token = tok(&inv);
    let children: Vec<_> = (0..16)
        .map(|_| {
            spawn(
                &w.env,
                &w.contoso,
                &["accept", &token, "--yes", "-o", "json"],
            )
        })
        .collect();
    let outs: Vec<_> = children
        .into_iter()
        .map(|c| c.wait_with_output().expect("wait"))
        .collect();
    let codes: Vec<i32> = outs.iter().map(|o| o.status.code().unwrap()).collect();
    let winners: Vec<_> = outs.iter().filter(|o| o.status.success()).collect();
    assert_eq!(winners.len(), 1, "exit codes: {codes:?}");
    assert_eq!(
        codes.iter().filter(|&&c| c == 6).count(),
        15,
        "exit codes: {codes:?}"
    );
    for o in outs.iter().filter(|o| !o.status.success()) {
        let stderr = String::from_utf8_lossy(&o.stderr);
        assert!(stderr.contains("\"conflict\""), "{stderr}");
        assert!(o.stdout.is_empty());
    }
    let won: Value = serde_json::from_slice(&winners[0].stdout).expect("JSON");
    assert_eq!(won["status"], "active");
    assert_eq!(count(&w.env, "SELECT count(*) FROM relationships"), 1);
    let row = w.env.query("SELECT id, invite_id FROM relationships");
    let (rid, invite_id) = (row[0][0].clone(), row[0][1].clone());
    assert_eq!(won["id"], rid.as_str());
    assert_eq!(invite_id, inv["id"].as_str().unwrap());
    assert_eq!(invite_status(&w.env, &invite_id), "accepted");
    // Exactly one accept is in the audit trail.
    let accepted = w
        .env
        .audit()
        .into_iter()
        .filter(|(a, o, _)| a == "invite.accept" && o == "allowed")
        .count();
    assert_eq!(accepted, 1);
}

#[test]
fn decline_and_revoke_end_an_invite() {
    let w = World::new();
    let env = &w.env;

    // decline
    let inv = w.invite(&[]);
    let token = tok(&inv);
    let declined = j(env, &w.contoso, &["decline", &token]);
    assert_eq!(declined["status"], "declined");
    assert_eq!(declined["partner"]["domain"], FAB);
    let e = accept(env, &w.contoso, &token).fails(6, "conflict");
    assert!(e["message"].as_str().unwrap().contains("declined"), "{e}");
    try_j(env, &w.contoso, &["decline", &token]).fails(6, "conflict");
    assert_eq!(
        j(
            env,
            &w.fab,
            &["invites", "show", inv["id"].as_str().unwrap()]
        )["status"],
        "declined"
    );

    // revoke
    let inv = w.invite(&[]);
    let id = inv["id"].as_str().unwrap();
    let revoked = j(env, &w.fab, &["invites", "revoke", id]);
    assert_eq!(revoked["status"], "revoked");
    let e = accept(env, &w.contoso, &tok(&inv)).fails(6, "conflict");
    assert!(e["message"].as_str().unwrap().contains("revoked"), "{e}");
    try_j(env, &w.fab, &["invites", "revoke", id]).fails(6, "conflict");
    // The customer cannot revoke the partner's invites; a non-global-admin partner user can't
    // either (it holds no grant).
    try_j(env, &w.contoso, &["invites", "revoke", id]).expect(4);
    assert_eq!(count(env, "SELECT count(*) FROM relationships"), 0);

    // An unknown token (raw or in a link) is not found.
    let zeros = "0".repeat(64);
    try_j(env, &w.contoso, &["accept", &zeros, "--yes"]).fails(5, "not_found");
    try_j(
        env,
        &w.contoso,
        &[
            "accept",
            &format!("https://operator.example/partners/accept/{zeros}"),
            "--yes",
        ],
    )
    .fails(5, "not_found");
    try_j(env, &w.contoso, &["decline", &zeros]).fails(5, "not_found");
    try_j(env, &w.fab, &["invites", "show", "no-such-invite"]).fails(5, "not_found");
}

#[test]
fn who_may_accept_which_invite() {
    let w = World::new();
    let env = &w.env;
    create_tenant(env, "Northwind Traders", NW, NW_ADMIN, NW_PASS, None);
    let nw = env.token(NW_ADMIN, NW_PASS);

    // A targeted invite is refused to another tenant, and stays usable by its addressee.
    let inv = w.invite(&["--customer-domain", NW]);
    assert_eq!(inv["customer_domain"], NW);
    let before = env.state();
    let e = accept(env, &w.contoso, &tok(&inv)).fails(4, "permission_denied");
    assert_eq!(e["reason"], "invite-for-another-tenant");
    try_j(env, &w.contoso, &["decline", &tok(&inv)]).expect(4);
    assert_eq!(env.state(), before);
    let acc = accept(env, &nw, &tok(&inv)).ok().json();
    assert_eq!(acc["customer"]["domain"], NW);

    // A prospect: the domain has no tenant yet.
    let prospect = w.invite(&["--customer-domain", "prospect.example"]);
    assert_eq!(prospect["status"], "pending");

    // A tenant cannot accept its own invite, nor address one to itself.
    let own = w.invite(&[]);
    let before = env.state();
    denied(accept(env, &w.fab, &tok(&own)), "own-invite");
    assert_eq!(env.state(), before);
    try_j(env, &w.fab, &["invite", "--customer-domain", FAB]).fails(2, "invalid_input");

    // The partner's global admin cannot accept for a customer it administers either.
    let acc = accept(env, &w.contoso, &tok(&w.invite(&[]))).ok().json();
    let rel_id = acc["id"].as_str().unwrap().to_string();
    let second = w.invite(&["--access", "helpdesk-admin"]);
    denied(
        try_j(
            env,
            &w.fab,
            &["accept", &tok(&second), "--yes", "--tenant", CONTOSO],
        ),
        "not-delegable",
    );

    // A second relationship with the same partner is accepted beside the first (GDAP): it is
    // named after the customer, numbered because the first holds that name.
    let acc = accept(env, &w.contoso, &tok(&second)).ok().json();
    assert_eq!(acc["access"], json!(["helpdesk-admin"]));
    assert_eq!(acc["name"], "contoso.example 2");
    let second_rel = acc["id"].as_str().unwrap().to_string();
    assert_eq!(
        count(
            env,
            "SELECT count(*) FROM relationships WHERE status = 'active'"
        ),
        3
    );

    // The partner ends its own relationships from its side: both, listed in the question.
    let r = try_j(env, &w.fab, &["customers", "remove", CONTOSO]).expect(2);
    assert!(r.stderr.contains("--yes"), "{}", r.stderr);
    assert!(r.stderr.contains(&second_rel), "{}", r.stderr);
    let ended = j(env, &w.fab, &["customers", "remove", CONTOSO, "--yes"]);
    assert_eq!(ended["relationship_id"], rel_id.as_str());
    assert_eq!(ended["status"], "terminated");
    assert_eq!(ended["terminated_by"], FAB_ADMIN);
    let ids: Vec<&str> = ended["relationships"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["relationship_id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, [rel_id.as_str(), second_rel.as_str()]);
    denied(
        try_j(env, &w.fab, &["users", "list", "--tenant", CONTOSO]),
        "relationship-terminated",
    );
    let customers = j(env, &w.fab, &["customers", "list"]);
    assert_eq!(domains_of(&customers, "customer"), [NW]);
    assert_eq!(j(env, &w.contoso, &["partners", "list"]), json!([]));
    try_j(env, &w.fab, &["customers", "remove", CONTOSO, "--yes"]).fails(5, "not_found");
    assert_eq!(
        count(
            env,
            "SELECT count(*) FROM relationships WHERE status = 'active'"
        ),
        1
    );
}

#[test]
fn email_out_writes_an_rfc5322_message() {
    let w = World::new();
    let env = &w.env;
    let path = env.home().join("invite.eml");
    let inv = w.invite(&[
        "--access",
        "helpdesk-admin",
        "--access",
        "user-admin",
        "--duration",
        "90d",
        "--message",
        "Hello from Fabrikam",
        "--email-to",
        "it@contoso.example",
        "--email-out",
        path.to_str().unwrap(),
    ]);
    let token = tok(&inv);
    let bytes = std::fs::read(&path).expect("the message file");
    assert_eq!(mode(&path), 0o600);
    let text = String::from_utf8(bytes).expect("UTF-8");
    // Every line ends in CRLF.
    assert!(text.ends_with("\r\n"));
    assert!(
        !text.replace("\r\n", "").contains(['\r', '\n']),
        "a bare CR or LF"
    );
    let (head, body) = text
        .split_once("\r\n\r\n")
        .expect("headers, blank line, body");
    let headers: Vec<&str> = head.split("\r\n").collect();
    let header = |name: &str| -> &str {
        headers
            .iter()
            .find_map(|h| h.strip_prefix(&format!("{name}: ")))
            .unwrap_or_else(|| panic!("no {name} header in\n{head}"))
    };
    let from = header("From");
    assert!(
        from.contains(FAB_NAME) && from.contains(&format!("<{FAB_EMAIL}>")),
        "{from}"
    );
    assert!(header("To").contains("it@contoso.example"));
    assert!(header("Subject").contains(FAB_NAME));
    assert_eq!(header("Date"), "Fri, 1 Jan 2027 00:00:00 +0000");
    assert!(headers.iter().all(|h| h.len() <= 998));
    assert!(body.contains("helpdesk-admin"), "{body}");
    assert!(body.contains("user-admin"), "{body}");
    assert!(body.contains("90 days"), "{body}");
    assert!(body.contains("Hello from Fabrikam"), "{body}");
    assert!(body.contains("Terms of delegated administration"), "{body}");
    assert!(body.contains("buy licenses"), "the terms: {body}");
    let command = format!("partnerctl accept {token}");
    let line = body
        .split("\r\n")
        .find(|l| l.contains("partnerctl accept"))
        .expect("the accept command");
    assert_eq!(line.trim(), command);
    // The command in the message works.
    let args: Vec<&str> = command.split(' ').skip(1).collect();
    let mut a = args.clone();
    a.extend(["--yes", "-o", "json"]);
    let acc = env.run_as(&w.contoso, &a).ok().json();
    let mut access: Vec<&str> = acc["access"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    access.sort();
    assert_eq!(access, ["helpdesk-admin", "user-admin"]);
    assert_eq!(acc["expires_at"], IN_90_DAYS);

    // --email-out needs --email-to; an existing file is not overwritten; a file that cannot
    // be written leaves no invite behind.
    let invites = count(env, "SELECT count(*) FROM invites");
    let other = env.home().join("other.eml");
    try_j(
        env,
        &w.fab,
        &["invite", "--email-out", other.to_str().unwrap()],
    )
    .fails(2, "invalid_input");
    assert!(!other.exists());
    try_j(
        env,
        &w.fab,
        &[
            "invite",
            "--email-to",
            "it@contoso.example",
            "--email-out",
            path.to_str().unwrap(),
        ],
    )
    .fails(6, "conflict");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), text);
    let missing = env.home().join("no-such-dir").join("x.eml");
    try_j(
        env,
        &w.fab,
        &[
            "invite",
            "--email-to",
            "it@contoso.example",
            "--email-out",
            missing.to_str().unwrap(),
        ],
    )
    .fails(1, "internal");
    assert_eq!(count(env, "SELECT count(*) FROM invites"), invites);
}

#[test]
fn the_token_is_stored_only_as_its_sha256() {
    use sha2::{Digest, Sha256};

    let w = World::new();
    let inv = w.invite(&["--email-to", "it@contoso.example"]);
    let token = tok(&inv);
    let raw = hex::decode(&token).unwrap();
    let hash = hex::encode(Sha256::digest(token.as_bytes()));
    let check = |when: &str| {
        let b = w.env.bytes();
        for part in [b.main.as_deref().unwrap_or_default(), &b.wal[..]] {
            for needle in [token.as_bytes(), token.to_uppercase().as_bytes(), &raw[..]] {
                assert!(
                    !part.windows(needle.len()).any(|x| x == needle),
                    "{when}: the token is in the database file"
                );
            }
        }
        let stored = w.env.scalar(&format!(
            "SELECT token_hash FROM invites WHERE id = {}",
            lit(inv["id"].as_str().unwrap())
        ));
        assert_eq!(stored, hash, "{when}");
    };
    check("after invite");
    accept(&w.env, &w.contoso, &token).ok();
    check("after accept");
}

#[test]
fn the_partner_side_invites() {
    let w = World::new();
    let env = &w.env;
    create_tenant(env, "Northwind Traders", NW, NW_ADMIN, NW_PASS, None);
    let a = w.invite(&["--customer-domain", CONTOSO, "--message", "hi"]);
    let b = w.invite(&["--access", "helpdesk-admin", "--duration", "365d"]);
    let c = w.invite(&[]);
    j(
        env,
        &w.fab,
        &["invites", "revoke", c["id"].as_str().unwrap()],
    );
    accept(env, &w.contoso, &tok(&a)).ok();

    // invites list / show
    let list = j(env, &w.fab, &["invites", "list"]);
    let list = list.as_array().unwrap();
    assert_eq!(list.len(), 3);
    for i in list {
        assert!(
            i.get("token").is_none(),
            "the token is shown once only: {i}"
        );
        for k in ["id", "status", "access", "expires_at", "created_by"] {
            assert!(i.get(k).is_some(), "no {k} in {i}");
        }
    }
    let status_of = |inv: &Value| -> String {
        list.iter()
            .find(|i| i["id"] == inv["id"])
            .map(|i| i["status"].as_str().unwrap().to_string())
            .unwrap()
    };
    assert_eq!(status_of(&a), "accepted");
    assert_eq!(status_of(&b), "pending");
    assert_eq!(status_of(&c), "revoked");
    let pending = j(env, &w.fab, &["invites", "list", "--status", "pending"]);
    assert_eq!(pending.as_array().unwrap().len(), 1);
    assert_eq!(pending[0]["id"], b["id"]);
    try_j(env, &w.fab, &["invites", "list", "--status", "bogus"]).fails(2, "invalid_input");
    let shown = j(env, &w.fab, &["invites", "show", a["id"].as_str().unwrap()]);
    assert_eq!(shown["status"], "accepted");
    assert_eq!(shown["customer_domain"], CONTOSO);
    assert_eq!(shown["message"], "hi");
    assert_eq!(shown["accepted_by"], CONTOSO_ADMIN);
    assert!(shown["relationship_id"].is_string());
    assert!(shown.get("token").is_none());
    let shown = j(env, &w.fab, &["invites", "show", b["id"].as_str().unwrap()]);
    assert_eq!(shown["access"], json!(["helpdesk-admin"]));
    assert_eq!(shown["duration_days"], 365);
    let table = env
        .run_as(&w.fab, &["invites", "show", b["id"].as_str().unwrap()])
        .ok();
    assert!(table.stdout.contains("helpdesk-admin"), "{}", table.stdout);
    assert!(table.stdout.contains("365 days"), "{}", table.stdout);
    // Another partner's invites are invisible.
    create_tenant(
        env,
        "Tailspin Advisors",
        TAIL,
        TAIL_ADMIN,
        TAIL_PASS,
        Some("5550001"),
    );
    let tail = env.token(TAIL_ADMIN, TAIL_PASS);
    try_j(env, &tail, &["invites", "show", b["id"].as_str().unwrap()]).fails(5, "not_found");
    try_j(
        env,
        &tail,
        &["invites", "revoke", b["id"].as_str().unwrap()],
    )
    .fails(5, "not_found");
    assert_eq!(j(env, &tail, &["invites", "list"]), json!([]));
    // A customer is no partner: it has no invites to list and cannot invite.
    try_j(env, &w.contoso, &["invites", "list"]).expect(4);
    try_j(env, &w.contoso, &["invite"]).expect(4);
}

#[test]
fn the_partner_side_grants() {
    let w = World::new();
    let env = &w.env;
    create_tenant(env, "Northwind Traders", NW, NW_ADMIN, NW_PASS, None);
    accept(
        env,
        &w.contoso,
        &tok(&w.invite(&["--customer-domain", CONTOSO])),
    )
    .ok();

    // grants list: global admins hold every agent role implicitly for all customers, as the
    // permission core decides.
    let grants = j(env, &w.fab, &["grants", "list"]);
    let implicit = |role: &str| {
        json!({"id": null, "upn": FAB_ADMIN, "role": role, "customer": null,
               "implicit": true, "created_by": null, "created_at": null})
    };
    assert_eq!(
        grants,
        json!([
            implicit("admin-agent"),
            implicit("helpdesk-agent"),
            implicit("sales-agent")
        ])
    );
    let table = env.run_as(&w.fab, &["grants", "list"]).ok();
    assert!(table.stdout.contains("implicit"), "{}", table.stdout);
    // A grant scoped to another customer does not cover this one.
    accept(
        env,
        &env.token(NW_ADMIN, NW_PASS),
        &tok(&w.invite(&["--customer-domain", NW])),
    )
    .ok();
    j(
        env,
        &w.fab,
        &[
            "grants",
            "add",
            FAB_AGENT,
            "--role",
            "admin-agent",
            "--customer",
            NW,
        ],
    );
    env.upns_as(&w.agent, NW);
    denied(
        try_j(env, &w.agent, &["users", "list", "--tenant", CONTOSO]),
        "no-grant",
    );
    // A grant for all customers covers both; a duplicate is a conflict.
    let g = j(
        env,
        &w.fab,
        &["grants", "add", FAB_AGENT, "--role", "helpdesk-agent"],
    );
    assert_eq!(g["customer"], Value::Null);
    try_j(
        env,
        &w.fab,
        &["grants", "add", FAB_AGENT, "--role", "helpdesk-agent"],
    )
    .fails(6, "conflict");
    env.upns_as(&w.agent, CONTOSO);
    let grants = j(env, &w.fab, &["grants", "list"]);
    let mine: Vec<(&str, &Value)> = grants
        .as_array()
        .unwrap()
        .iter()
        .filter(|g| g["upn"] == FAB_AGENT)
        .map(|g| (g["role"].as_str().unwrap(), &g["customer"]))
        .collect();
    assert_eq!(
        mine,
        [
            ("admin-agent", &json!(NW)),
            ("helpdesk-agent", &Value::Null)
        ]
    );
    // Bad grants: unknown user, a user of another tenant, an unknown customer, a bad role,
    // and only global admins manage grants.
    try_j(
        env,
        &w.fab,
        &[
            "grants",
            "add",
            "ghost@fabrikam.example",
            "--role",
            "sales-agent",
        ],
    )
    .fails(5, "not_found");
    try_j(
        env,
        &w.fab,
        &["grants", "add", CONTOSO_ADMIN, "--role", "sales-agent"],
    )
    .fails(5, "not_found");
    try_j(
        env,
        &w.fab,
        &[
            "grants",
            "add",
            FAB_AGENT,
            "--role",
            "sales-agent",
            "--customer",
            "nowhere.example",
        ],
    )
    .fails(5, "not_found");
    try_j(env, &w.fab, &["grants", "add", FAB_AGENT, "--role", "boss"]).expect(2);
    denied(
        try_j(
            env,
            &w.agent,
            &["grants", "remove", FAB_AGENT, "--role", "helpdesk-agent"],
        ),
        "role-insufficient",
    );
    // A removed grant takes effect on the very next command.
    j(
        env,
        &w.fab,
        &["grants", "remove", FAB_AGENT, "--role", "helpdesk-agent"],
    );
    denied(
        try_j(env, &w.agent, &["users", "list", "--tenant", CONTOSO]),
        "no-grant",
    );
    try_j(
        env,
        &w.fab,
        &["grants", "remove", FAB_AGENT, "--role", "helpdesk-agent"],
    )
    .fails(5, "not_found");
}

#[test]
fn a_targeted_invite_needs_its_domain_verified() {
    let w = World::new();
    let env = &w.env;
    create_tenant(
        env,
        "Adatum",
        "adatum.example",
        "admin@adatum.example",
        "adatum-pass-1",
        None,
    );
    let adatum = env.token("admin@adatum.example", "adatum-pass-1");
    // Invited as a prospect, by a domain it does not own yet.
    let inv = w.invite(&["--customer-domain", "adatum.com"]);
    let token = tok(&inv);
    let added = j(env, &adatum, &["domains", "add", "adatum.com"]);
    assert_eq!(added["status"], "unverified");
    // Anyone can add an unverified domain of any name: that proves nothing.
    let before = env.state();
    denied(accept(env, &adatum, &token), "invite-for-another-tenant");
    denied(accept(env, &w.contoso, &token), "invite-for-another-tenant");
    assert_eq!(env.state(), before);
    let code = added["verification"]["value"].as_str().unwrap();
    j(
        env,
        &adatum,
        &["domains", "verify", "adatum.com", "--code", code],
    );
    // Verified after the invite was made: that does not capture it (SPEC §2 rule 5).
    denied(accept(env, &adatum, &token), "invite-for-another-tenant");
    // A new invite, made after the verification (a minute later), is adatum's to accept.
    w.env
        .run_as(
            &w.fab,
            &["invites", "revoke", inv["id"].as_str().unwrap(), "--yes"],
        )
        .ok();
    let later = env
        .run_with(
            &["invite", "--customer-domain", "adatum.com", "-o", "json"],
            "",
            &[
                ("PARTNERCTL_TOKEN", &w.fab),
                ("PARTNERCTL_NOW", "2027-01-01T00:01:00Z"),
            ],
        )
        .ok()
        .json();
    let acc = accept(env, &adatum, &tok(&later)).ok().json();
    assert_eq!(acc["customer"]["domain"], "adatum.example");
    assert_eq!(acc["partner"]["domain"], FAB);
}
