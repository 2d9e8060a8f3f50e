//! `doctor`'s fixes (issue 12): each finding names its relationship by name and id, and its
//! fix is something the reader can act on without losing access or duration: for a partner
//! that may invite, the exact `invite --renews ID` (or a re-issue of an invite with the same
//! terms); for a customer, what to ask the partner for; never a command the reader cannot run.

mod common;

use common::demo::{
    CONTOSO, CONTOSO_ADMIN, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_READER, FAB_SALES, NORTHWIND,
    NORTHWIND_ADMIN, OP_ADMIN, PASS, TAILSPIN, TAILSPIN_ADMIN,
};
use common::*;
use serde_json::Value;

const TAILSPIN_AGENT: &str = "agent@tailspin-advisors.example";

fn doctor(env: &Env, token: &str) -> Value {
    let r = env.run_as(token, &["doctor", "-o", "json"]);
    assert!(r.code == 0 || r.code == 9, "{r:?}");
    r.json()
}

fn findings(v: &Value, code: &str) -> Vec<Value> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == code)
        .cloned()
        .collect()
}

fn fix(f: &Value) -> &str {
    f["fix"].as_str().unwrap_or_else(|| panic!("no fix: {f}"))
}

/// A fix as the words a POSIX shell would pass (single quotes only, as `doctor` writes them),
/// without the leading `partnerctl`.
fn words(fix: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quoted = false;
    let mut chars = fix.chars();
    while let Some(c) = chars.next() {
        match c {
            '\'' if !quoted => {
                quoted = true;
                in_word = true;
            }
            '\'' => quoted = false,
            ' ' if !quoted => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\\' if !quoted => {
                cur.push(chars.next().expect("an escaped character"));
                in_word = true;
            }
            c => {
                assert!(
                    quoted || !"\"$`;&|<>(){}*?[]#~".contains(c),
                    "unquoted shell character {c:?} in {fix}"
                );
                cur.push(c);
                in_word = true;
            }
        }
    }
    assert!(!quoted, "unbalanced quote in {fix}");
    if in_word {
        out.push(cur);
    }
    assert_eq!(out.first().map(String::as_str), Some("partnerctl"), "{fix}");
    out.remove(0);
    out
}

/// Runs a fix as the holder of `token`, each of its commands (joined by ` && `) with
/// `-o json` and expecting success; returns the last one's output.
fn run_fix(env: &Env, token: &str, fix: &str) -> Value {
    let mut last = Value::Null;
    for cmd in fix.split(" && ") {
        let w = words(cmd);
        let mut args: Vec<&str> = w.iter().map(String::as_str).collect();
        args.extend(["-o", "json"]);
        last = env.run_as(token, &args).ok().json();
    }
    last
}

fn relationships(env: &Env, token: &str, all: bool) -> Vec<Value> {
    let mut args = vec!["relationships", "list"];
    if all {
        args.push("--all");
    }
    env.json_as(token, &args).as_array().unwrap().clone()
}

/// `can user.read --tenant contoso --user UPN`, asked by the holder of `token`.
fn can_read_contoso(env: &Env, token: &str, upn: &str) -> bool {
    let r = env.run_as(
        token,
        &[
            "can",
            "user.read",
            "--tenant",
            CONTOSO,
            "--user",
            upn,
            "-o",
            "json",
        ],
    );
    assert!(r.code == 0 || r.code == 4, "{r:?}");
    r.code == 0
}

#[test]
fn a_partners_fix_renews_the_expiring_relationship_without_a_gap() {
    let env = Env::with_demo();
    let tailspin = env.token(TAILSPIN_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    // An agent of the partner with rights in the customer through the expiring relationship.
    env.add_user_as(&tailspin, TAILSPIN_AGENT, "agent-pass-2026", &[]);
    env.json_as(
        &tailspin,
        &[
            "grants",
            "add",
            TAILSPIN_AGENT,
            "--role",
            "admin-agent",
            "--customer",
            CONTOSO,
        ],
    );
    let old = relationships(&env, &tailspin, false);
    assert_eq!(old.len(), 1, "{old:?}");
    let old = &old[0];
    let old_id = old["id"].as_str().unwrap();
    let old_name = old["name"].as_str().unwrap();

    let v = doctor(&env, &tailspin);
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 1, "{v}");
    let msg = exp[0]["message"].as_str().unwrap();
    assert!(
        msg.contains(old_id) && msg.contains(old_name),
        "the finding names the relationship: {msg}"
    );
    assert_eq!(
        fix(&exp[0]),
        format!("partnerctl invite --renews {old_id}"),
        "{v}"
    );
    // The table shows the same fix.
    let t = env.run_as(&tailspin, &["doctor"]).ok().stdout;
    assert!(
        t.contains(&format!("fix: partnerctl invite --renews {old_id}\n")),
        "{t}"
    );

    // Run the fix verbatim (split on spaces), and have the customer accept it: no gap.
    assert!(can_read_contoso(&env, &tailspin, TAILSPIN_AGENT));
    let words: Vec<&str> = fix(&exp[0]).split(' ').collect();
    assert_eq!(words[0], "partnerctl");
    let mut args = words[1..].to_vec();
    args.extend(["-o", "json"]);
    let inv = env.run_as(&tailspin, &args).ok().json();
    assert_eq!(inv["renews"], old_id);
    assert!(can_read_contoso(&env, &tailspin, TAILSPIN_AGENT));
    let acc = env.json_as(
        &contoso,
        &["accept", inv["token"].as_str().unwrap(), "--yes"],
    );
    assert!(can_read_contoso(&env, &tailspin, TAILSPIN_AGENT));
    assert!(can_read_contoso(&env, &contoso, TAILSPIN_AGENT));

    // Exactly one active relationship for the pair, with the same access and duration.
    let now = relationships(&env, &tailspin, false);
    assert_eq!(now.len(), 1, "{now:?}");
    assert_eq!(now[0]["id"], acc["id"]);
    assert_ne!(now[0]["id"], old_id);
    assert_eq!(now[0]["customer"]["domain"], CONTOSO);
    assert_eq!(now[0]["access"], old["access"]);
    assert_eq!(now[0]["name"], old_name);
    assert_eq!(now[0]["renews"], old_id);
    assert_eq!(now[0]["auto_extend"], false);
    // The old one ran 180 days; so does the new one, from today.
    assert_eq!(now[0]["expires_at"], "2027-06-30T00:00:00Z");
    let contoso_side: Vec<Value> = relationships(&env, &contoso, false)
        .into_iter()
        .filter(|r| r["partner"]["domain"] == TAILSPIN)
        .collect();
    assert_eq!(contoso_side.len(), 1, "{contoso_side:?}");

    // Nothing left to fix.
    let v = doctor(&env, &tailspin);
    assert!(findings(&v, "relationship-expiring").is_empty(), "{v}");
}

#[test]
fn several_relationships_with_one_customer_are_judged_one_by_one() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let northwind = env.token(NORTHWIND_ADMIN, PASS);
    let accept = |extra: &[&str]| -> Value {
        let mut args = vec!["invite", "--customer-domain", NORTHWIND];
        args.extend(extra);
        let inv = env.json_as(&fab, &args);
        env.json_as(
            &northwind,
            &["accept", inv["token"].as_str().unwrap(), "--yes"],
        )
    };
    let readers = accept(&[
        "--access",
        "global-reader",
        "--duration",
        "5d",
        "--name",
        "nw readers",
    ]);
    let helpdesk = accept(&["--access", "helpdesk-admin", "--duration", "20d"]);
    let rels = [&readers, &helpdesk];
    assert_ne!(readers["name"], helpdesk["name"]);

    // The partner's admin: one finding each, with its own renewal.
    let v = doctor(&env, &fab);
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 2, "one per relationship, not per customer: {v}");
    for r in rels {
        let id = r["id"].as_str().unwrap();
        let name = r["name"].as_str().unwrap();
        let f = exp
            .iter()
            .find(|f| f["message"].as_str().unwrap().contains(id))
            .unwrap_or_else(|| panic!("no finding for {id}: {v}"));
        assert!(f["message"].as_str().unwrap().contains(name), "{f}");
        assert_eq!(f["tenant"], NORTHWIND);
        assert_eq!(fix(f), format!("partnerctl invite --renews {id}"), "{f}");
    }
    let sev = |id: &Value| {
        exp.iter()
            .find(|f| {
                f["message"]
                    .as_str()
                    .unwrap()
                    .contains(id.as_str().unwrap())
            })
            .unwrap()["severity"]
            .clone()
    };
    assert_eq!(sev(&readers["id"]), "warning");
    assert_eq!(sev(&helpdesk["id"]), "info");
    // A renewal invite holds its relationship's renewal until it is answered: renewing that
    // relationship again revokes it first, and says so; the other relationship's renewal is
    // not in its way (one pending renewal invite per relationship).
    let readers_id = readers["id"].as_str().unwrap();
    let helpdesk_id = helpdesk["id"].as_str().unwrap();
    let first = run_fix(
        &env,
        &fab,
        &format!("partnerctl invite --renews {readers_id}"),
    );
    let first_id = first["id"].as_str().unwrap();
    let v = doctor(&env, &fab);
    let exp = findings(&v, "relationship-expiring");
    let of = |id: &str| {
        exp.iter()
            .find(|f| f["message"].as_str().unwrap().contains(id))
            .unwrap_or_else(|| panic!("no finding for {id}: {v}"))
            .clone()
    };
    let (r, h) = (of(readers_id), of(helpdesk_id));
    assert!(r["message"].as_str().unwrap().contains(first_id), "{r}");
    assert!(!h["message"].as_str().unwrap().contains(first_id), "{h}");
    assert_eq!(fix(&h), format!("partnerctl invite --renews {helpdesk_id}"));
    assert_eq!(
        fix(&r),
        format!("partnerctl invites revoke {first_id} && partnerctl invite --renews {readers_id}")
    );
    // The customer is told to accept the one that renews, and to ask for the other.
    let v = doctor(&env, &northwind);
    let exp = findings(&v, "relationship-expiring");
    let f = exp
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains(readers_id))
        .unwrap();
    assert!(
        fix(f).starts_with(&format!("accept the renewal invite {first_id} ")),
        "{f}"
    );
    env.json_as(&fab, &["invites", "revoke", first_id]);

    // Renewing one ends it alone: the renewal (which keeps its 5 days) and the other one are
    // reported, and the pair keeps all three relationships.
    let renewed = run_fix(
        &env,
        &fab,
        &format!(
            "partnerctl invite --renews {}",
            readers["id"].as_str().unwrap()
        ),
    );
    let readers2 = env.json_as(
        &northwind,
        &["accept", renewed["token"].as_str().unwrap(), "--yes"],
    );
    let v = doctor(&env, &fab);
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 2, "{v}");
    for r in [&readers2, &helpdesk] {
        let id = r["id"].as_str().unwrap();
        assert!(
            exp.iter()
                .any(|f| fix(f) == format!("partnerctl invite --renews {id}")),
            "{v}"
        );
    }
    let old = readers["id"].as_str().unwrap();
    assert!(!v.to_string().contains(old), "the renewed one is done: {v}");
    let active: Vec<Value> = relationships(&env, &fab, false)
        .into_iter()
        .filter(|r| r["customer"]["domain"] == NORTHWIND)
        .collect();
    assert_eq!(active.len(), 3, "the demo's, the renewed readers, helpdesk");

    // The customer: what to ask the partner for, naming each relationship; no command.
    let v = doctor(&env, &northwind);
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 2, "{v}");
    let id = helpdesk["id"].as_str().unwrap();
    let f = exp
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains(id))
        .unwrap_or_else(|| panic!("{v}"));
    let f = fix(f);
    assert!(f.starts_with(&format!("ask {FAB} (")), "{f}");
    assert!(
        f.contains("admin@fabrikam-partners.example"),
        "contact: {f}"
    );
    assert!(
        f.contains(id) && f.contains(helpdesk["name"].as_str().unwrap()),
        "{f}"
    );
    assert!(f.contains(helpdesk["expires_at"].as_str().unwrap()), "{f}");
    for f in &exp {
        assert!(!fix(f).contains("partnerctl"), "{f}");
    }

    // A partner user who may not invite is told whom to ask, with the exact command.
    let rita = env.token(FAB_READER, PASS);
    let v = doctor(&env, &rita);
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 2, "{v}");
    let f = exp
        .iter()
        .find(|f| f["message"].as_str().unwrap().contains(id))
        .unwrap_or_else(|| panic!("{v}"));
    let f = fix(f);
    assert!(f.starts_with("ask "), "{f}");
    assert!(
        f.contains(&format!("`partnerctl invite --renews {id}`")),
        "{f}"
    );
    env.run_as(&rita, &["invite", "--renews", id, "-o", "json"])
        .fails(4, "permission_denied");

    // The operator runs nothing in a partner's tenant either.
    let op = env.token(OP_ADMIN, PASS);
    let v = doctor(&env, &op);
    for f in findings(&v, "relationship-expiring") {
        assert!(fix(&f).starts_with("ask "), "{f}");
    }
}

#[test]
fn a_customer_is_never_given_a_partner_command() {
    let env = Env::with_demo();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let v = doctor(&env, &contoso);
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 1, "{v}");
    let f = fix(&exp[0]);
    assert!(f.starts_with(&format!("ask {TAILSPIN} (")), "{f}");
    assert!(f.contains("admin@tailspin-advisors.example"), "{f}");
    assert!(f.contains("2027-01-06T00:00:00Z"), "{f}");
    for f in v["findings"].as_array().unwrap() {
        if let Some(fx) = f["fix"].as_str() {
            for partner_cmd in [
                "partnerctl invite",
                "partnerctl grants",
                "partnerctl invites",
            ] {
                assert!(!fx.contains(partner_cmd), "{f}");
            }
        }
    }
    // The table too.
    let t = env.run_as(&contoso, &["doctor"]).ok().stdout;
    assert!(
        !t.contains("partnerctl invite") && !t.contains("partnerctl grants"),
        "{t}"
    );
}

#[test]
fn an_expiring_invite_is_reissued_with_the_same_terms() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let nw_rel = relationships(&env, &fab, false)
        .into_iter()
        .find(|r| r["customer"]["domain"] == NORTHWIND)
        .unwrap();
    let nw_id = nw_rel["id"].as_str().unwrap().to_string();
    let issue = |args: &[&str]| -> Value { env.json_as(&fab, args) };
    let gdap = issue(&[
        "invite",
        "--customer-domain",
        "prospect.example",
        "--access",
        "helpdesk-admin",
        "--access",
        "global-reader",
        "--duration",
        "200d",
        "--auto-extend",
        "--name",
        "Prospect's helpdesk",
        "--expires-in",
        "5d",
    ]);
    let classic = issue(&["invite", "--expires-in", "3d"]);
    // A name that looks like a flag stays the value of --name.
    let dashed = issue(&[
        "invite",
        "--customer-domain",
        "dash.example",
        "--access",
        "global-reader",
        "--name=--yes",
        "--expires-in",
        "4d",
    ]);
    assert_eq!(dashed["name"], "--yes");
    let renewal = issue(&["invite", "--renews", &nw_id, "--expires-in", "2d"]);

    let v = doctor(&env, &fab);
    let inv = findings(&v, "invite-expiring");
    assert_eq!(inv.len(), 4, "{v}");
    for old in [&gdap, &classic, &renewal, &dashed] {
        let id = old["id"].as_str().unwrap();
        let f = inv
            .iter()
            .find(|f| f["message"].as_str().unwrap().contains(id))
            .unwrap_or_else(|| panic!("no finding for invite {id}: {v}"));
        // The old one is revoked first: it holds the customer's domain.
        assert!(
            fix(f).starts_with(&format!(
                "partnerctl invites revoke {id} && partnerctl invite "
            )),
            "{f}"
        );
        let new = run_fix(&env, &fab, fix(f));
        assert_ne!(new["id"], old["id"]);
        for key in [
            "access",
            "duration_days",
            "auto_extend",
            "customer_domain",
            "name",
            "renews",
        ] {
            assert_eq!(new[key], old[key], "{key} of {f}");
        }
        let shown = env.json_as(&fab, &["invites", "show", id]);
        assert_eq!(shown["status"], "revoked", "{shown}");
    }
    // The re-issue spells the terms out: no default that could widen them.
    let f = inv
        .iter()
        .find(|f| {
            f["message"]
                .as_str()
                .unwrap()
                .contains(classic["id"].as_str().unwrap())
        })
        .unwrap();
    assert_eq!(
        fix(f),
        format!(
            "partnerctl invites revoke {} && partnerctl invite --access global-admin",
            classic["id"].as_str().unwrap()
        ),
        "{f}"
    );
    let f = inv
        .iter()
        .find(|f| {
            f["message"]
                .as_str()
                .unwrap()
                .contains(gdap["id"].as_str().unwrap())
        })
        .unwrap();
    assert_eq!(
        fix(f),
        format!(
            "partnerctl invites revoke {} && partnerctl invite --customer-domain prospect.example \
             --access helpdesk-admin --access global-reader --duration 200d --auto-extend \
             --name='Prospect'\\''s helpdesk'",
            gdap["id"].as_str().unwrap()
        ),
        "{f}"
    );
    assert_eq!(gdap["name"], "Prospect's helpdesk");
}

#[test]
fn a_blocked_auto_extend_is_fixed_by_a_renewal_that_can_be_issued() {
    let env = Env::with_demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let contoso_rel = relationships(&env, &fab, false)
        .into_iter()
        .find(|r| r["customer"]["domain"] == CONTOSO)
        .unwrap();
    let id = contoso_rel["id"].as_str().unwrap().to_string();
    // No command makes such a row any more (auto-extend is refused with global-admin): an
    // older store, or an edit of the file.
    env.sql(&format!(
        "UPDATE relationships SET auto_extend = 1, expires_at = '2027-01-11T00:00:00Z' WHERE id = '{id}'"
    ));
    let v = doctor(&env, &fab);
    for code in ["auto-extend-blocked", "relationship-expiring"] {
        let f = findings(&v, code);
        assert_eq!(f.len(), 1, "{code}: {v}");
        assert!(f[0]["message"].as_str().unwrap().contains(&id), "{f:?}");
        assert_eq!(
            fix(&f[0]),
            format!("partnerctl invite --renews {id} --access global-admin"),
            "{code}: {v}"
        );
    }
    // The customer is told what to ask for...
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let customer_fix = |v: &Value| fix(&findings(v, "auto-extend-blocked")[0]).to_string();
    let f = customer_fix(&doctor(&env, &contoso));
    assert!(f.starts_with(&format!("ask {FAB} (")), "{f}");
    assert!(f.contains(&id) && f.contains("2027-01-11T00:00:00Z"), "{f}");

    let inv = run_fix(
        &env,
        &fab,
        &format!("partnerctl invite --renews {id} --access global-admin"),
    );
    assert_eq!(inv["access"], serde_json::json!(["global-admin"]));
    assert_eq!(inv["auto_extend"], false);
    assert_eq!(inv["duration_days"], 40);
    assert_eq!(inv["renews"], id.as_str());
    // ...and, once the renewal invite is out, to accept it.
    let f = customer_fix(&doctor(&env, &contoso));
    let inv_id = inv["id"].as_str().unwrap();
    assert!(
        f.starts_with(&format!("accept the renewal invite {inv_id} ")),
        "{f}"
    );
    assert!(f.contains(&format!("ask {FAB} (")), "{f}");
    assert!(!f.contains("partnerctl"), "{f}");
    // The partner is told it is pending; its fix would replace it.
    let v = doctor(&env, &fab);
    let f = &findings(&v, "auto-extend-blocked")[0];
    assert!(f["message"].as_str().unwrap().contains(inv_id), "{f}");
    assert_eq!(
        fix(f),
        format!("partnerctl invites revoke {inv_id} && partnerctl invite --renews {id} --access global-admin")
    );
    let again = run_fix(&env, &fab, fix(f));
    assert_eq!(again["renews"], id.as_str());
    assert_eq!(again["access"], inv["access"]);
}

/// The check of every page of the store reads the whole database: `doctor --deep` is the
/// operator's; anyone else is refused (exit 4) and told to run plain `doctor`, which checks
/// what concerns their tenant and finds the same as before.
#[test]
fn only_the_operator_checks_the_whole_store() {
    let env = Env::with_demo();
    let op = env.token(OP_ADMIN, PASS);
    let deep = env.run_as(&op, &["doctor", "--deep", "-o", "json"]);
    assert!(deep.code == 0 || deep.code == 1, "{deep:?}");
    assert_eq!(deep.json()["findings"], doctor(&env, &op)["findings"]);
    for upn in [CONTOSO_ADMIN, FAB_ADMIN] {
        let token = env.token(upn, PASS);
        let e = env
            .run_as(&token, &["doctor", "--deep", "-o", "json"])
            .fails(4, "permission_denied");
        let message = e["message"].as_str().unwrap_or_default();
        assert!(
            message.contains("operator") && message.contains("without --deep"),
            "{upn}: {e}"
        );
        let v = doctor(&env, &token);
        assert!(findings(&v, "database-integrity").is_empty(), "{upn}: {v}");
    }
}

/// A partner with more relationships than `doctor` reads at once (a page is 1,000): each is
/// judged exactly once, none left out at a page's edge and none judged twice.
#[test]
fn every_relationship_of_a_large_partner_is_judged_once() {
    let env = Env::new();
    env.run(&["demo", "--customers", "1500"]).ok();
    let fab = env.token(FAB_ADMIN, PASS);
    // Without the partner's grants for every customer, each relationship has a finding
    // naming it: only the global admins can act through it.
    for (upn, role) in [(FAB_HELPDESK, "helpdesk-agent"), (FAB_SALES, "sales-agent")] {
        env.run_as(
            &fab,
            &["grants", "remove", upn, "--role", role, "-o", "json"],
        )
        .ok();
    }
    let mut active: Vec<String> = relationships(&env, &fab, false)
        .iter()
        .map(|r| r["id"].as_str().expect("id").to_string())
        .collect();
    active.sort();
    assert!(active.len() > 1000, "{} relationships", active.len());
    let v = doctor(&env, &fab);
    let mut judged: Vec<String> = ["no-agent-grant", "relationship-unusable"]
        .iter()
        .flat_map(|code| findings(&v, code))
        .map(|f| {
            let message = f["message"].as_str().expect("message");
            active
                .iter()
                .find(|id| message.contains(id.as_str()))
                .unwrap_or_else(|| panic!("names no active relationship: {f}"))
                .clone()
        })
        .collect();
    judged.sort();
    assert_eq!(judged, active);
}

/// A row that refers to a row that is not there can only be written past SQLite with foreign
/// keys off (the file edited by hand). Such a store still opens and migrates (schema 14
/// rebuilds tables with foreign keys off and does not refuse it), and `doctor --deep` names
/// the rows; plain `doctor` does not read the whole store.
#[test]
fn deep_doctor_names_rows_that_refer_to_missing_rows() {
    sqlite_only!("a dangling reference can only be written into a SQLite file");
    let env = Env::with_demo();
    let op = env.token(OP_ADMIN, PASS);
    let deep = |env: &Env| env.run_as(&op, &["doctor", "--deep", "-o", "json"]);
    let clean = deep(&env);
    assert!(
        findings(&clean.json(), "database-references").is_empty(),
        "{clean:?}"
    );

    // Two grants of a user that is gone, written with foreign keys off, in a store of the
    // version before the rebuild.
    env.sql(
        "PRAGMA foreign_keys = OFF;
         UPDATE grants SET user_id = 'no-such-user';
         PRAGMA user_version = 13;",
    );
    let n = env.scalar("SELECT count(*) FROM grants");
    assert_eq!(n, "2");
    env.run(&["db", "migrate", "-o", "json"]).ok();
    assert_eq!(env.scalar("PRAGMA user_version"), "14");
    assert_eq!(
        env.scalar("SELECT count(*) FROM grants WHERE user_id = 'no-such-user'"),
        n
    );

    let r = deep(&env);
    assert_eq!(r.code, 9, "an error found is exit 9: {r:?}");
    let v = r.json();
    let f = findings(&v, "database-references");
    assert_eq!(f.len(), 1, "{v}");
    let message = f[0]["message"].as_str().unwrap();
    assert!(
        message.starts_with("2 row(s) refer to rows that do not exist")
            && message.contains("grants row 1 refers to a missing users")
            && message.contains("grants row 2 refers to a missing users"),
        "{message}"
    );
    assert_eq!(f[0]["severity"], "error");
    assert!(findings(&doctor(&env, &op), "database-references").is_empty());
}
