//! Accountability (issue 5) through the real binary: the hash-chained audit trail and its
//! tamper detection, who sees which entries, what gets recorded, that no secret reaches the
//! database file, `access` agreeing with `can`, and `doctor`.

mod common;

use std::collections::{BTreeMap, BTreeSet};
use std::fs;

use common::demo::{
    ADATUM, ADATUM_ADMIN, CONTOSO_ALEX, FAB, FAB_ADMIN, FAB_HELPDESK, FAB_NAME, FAB_READER,
    FAB_SALES, NORTHWIND, NORTHWIND_ADMIN, PASS, TAILSPIN, TAILSPIN_ADMIN,
};
use common::*;
use serde_json::Value;
use sha2::{Digest, Sha256};

const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// SPEC §2's action catalogue.
const ACTIONS: [&str; 31] = [
    "tenant.read",
    "tenant.update",
    "health.read",
    "health.publish",
    "service-request.read",
    "service-request.create",
    "service-request.update",
    "license.read",
    "license.buy",
    "license.assign",
    "domain.read",
    "domain.add",
    "domain.configure",
    "user.read",
    "user.create",
    "user.update",
    "user.delete",
    "user.reset-password",
    "user.assign-role",
    "partner.read",
    "partner.remove",
    "invite.create",
    "invite.read",
    "invite.revoke",
    "invite.accept",
    "grant.read",
    "grant.manage",
    "customer.read",
    "audit.read",
    "tenant.provision",
    "partner.enroll",
];

/// SPEC §2 rule 3.
const NEVER_DELEGABLE: [&str; 12] = [
    "partner.remove",
    "license.buy",
    "domain.add",
    "domain.configure",
    "user.create",
    "user.update",
    "user.delete",
    "user.reset-password",
    "user.assign-role",
    "license.assign",
    "invite.accept",
    "offer.accept",
];

// ----- helpers ------------------------------------------------------------------------------

/// One audit row as stored.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    seq: i64,
    at: String,
    actor_upn: Option<String>,
    actor_tenant_id: Option<String>,
    target_tenant_id: Option<String>,
    action: String,
    outcome: String,
    reason: String,
    relationship_id: Option<String>,
    object: Option<String>,
    summary: Option<String>,
    prev_hash: String,
    hash: String,
}

fn rows(env: &Env) -> Vec<Row> {
    // A nullable column comes back as `N` for null, or `V` and its value, so that no stored
    // text can pass for a null.
    let nullable = |c: &str| format!("CASE WHEN {c} IS NULL THEN 'N' ELSE 'V' || {c} END");
    let sql = format!(
        "SELECT seq, at, {}, {}, {}, action, outcome, reason, {}, {}, {}, prev_hash, hash
         FROM audit ORDER BY seq",
        nullable("actor_upn"),
        nullable("actor_tenant_id"),
        nullable("target_tenant_id"),
        nullable("relationship_id"),
        nullable("object"),
        nullable("summary"),
    );
    let opt = |v: &str| match v.split_at(1) {
        ("N", "") => None,
        ("V", value) => Some(value.to_string()),
        _ => panic!("not a tagged nullable value: {v:?}"),
    };
    env.query(&sql)
        .into_iter()
        .map(|r| Row {
            seq: r[0].parse().expect("seq"),
            at: r[1].clone(),
            actor_upn: opt(&r[2]),
            actor_tenant_id: opt(&r[3]),
            target_tenant_id: opt(&r[4]),
            action: r[5].clone(),
            outcome: r[6].clone(),
            reason: r[7].clone(),
            relationship_id: opt(&r[8]),
            object: opt(&r[9]),
            summary: opt(&r[10]),
            prev_hash: r[11].clone(),
            hash: r[12].clone(),
        })
        .collect()
}

/// The highest `seq` (0 when the trail is empty).
fn head_seq(env: &Env) -> i64 {
    env.scalar("SELECT coalesce(max(seq), 0) FROM audit")
        .parse()
        .expect("head")
}

/// `s` as an SQL string literal.
fn lit(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// `v` as an SQL literal: a string, or NULL.
fn lit_opt(v: &Option<String>) -> String {
    v.as_deref().map_or_else(|| "NULL".to_string(), lit)
}

fn tenant_id(env: &Env, domain: &str) -> String {
    let r = env.query(&format!(
        "SELECT id FROM tenants WHERE domain = {}",
        lit(domain)
    ));
    match &r[..] {
        [row] => row[0].clone(),
        _ => panic!("tenant {domain}: {r:?}"),
    }
}

fn sha256_hex(b: &[u8]) -> String {
    hex::encode(Sha256::digest(b))
}

/// A fresh demo database (signed in, through the session file, as Fabrikam's admin).
fn demo() -> Env {
    let env = Env::new();
    env.run(&["demo"]).ok();
    env
}

/// Runs as the holder of `token` with `stdin` on a pipe.
fn run_as_in(env: &Env, token: &str, args: &[&str], stdin: &str) -> Run {
    env.run_with(args, stdin, &[("PARTNERCTL_TOKEN", token)])
}

/// `-o json` as the holder of `token`; expects success.
#[track_caller]
fn json_as(env: &Env, token: &str, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    env.run_as(token, &a).ok().json()
}

/// The `seq` of each entry of an `audit list -o json`.
#[track_caller]
fn seqs(v: &Value) -> Vec<i64> {
    v.as_array()
        .expect("audit list is an array")
        .iter()
        .map(|e| e["seq"].as_i64().expect("seq"))
        .collect()
}

/// `audit list ARGS -o json` as the holder of `token`: the seqs.
#[track_caller]
fn listed(env: &Env, token: &str, args: &[&str]) -> Vec<i64> {
    let mut a = vec!["audit", "list"];
    a.extend(args);
    seqs(&json_as(env, token, &a))
}

/// Runs commands and asserts they appended exactly `n` audit entries; returns what the
/// closure returned and the new entries.
#[track_caller]
fn appends<T: std::fmt::Debug>(env: &Env, n: usize, f: impl FnOnce() -> T) -> (T, Vec<Row>) {
    let before = head_seq(env);
    let out = f();
    let new: Vec<Row> = rows(env).into_iter().filter(|r| r.seq > before).collect();
    assert_eq!(
        new.len(),
        n,
        "expected {n} new audit entries, got {new:#?}\nafter: {out:?}"
    );
    (out, new)
}

/// A copy of `src`'s database in a fresh HOME (tokens stay valid: sessions live in the
/// store). On PostgreSQL, a new database made from `src`'s as its template.
fn copy_of(src: &Env) -> Env {
    let mut env = Env::new();
    match (&src.pg, common::backend::pg_base()) {
        (Some(pg), Some(base)) => {
            use std::sync::atomic::{AtomicUsize, Ordering};
            static COPIES: AtomicUsize = AtomicUsize::new(0);
            let name = format!("{}_c{}", pg.name, COPIES.fetch_add(1, Ordering::SeqCst));
            let mut admin =
                postgres::Client::connect(base, postgres::NoTls).expect("connect to the server");
            let sql = format!("CREATE DATABASE {name} TEMPLATE {}", pg.name);
            // A template must have no other session; the last command's may still be ending.
            let mut tries = 0;
            while let Err(e) = admin.batch_execute(&sql) {
                tries += 1;
                let busy =
                    e.code() == Some(&postgres::error::SqlState::OBJECT_IN_USE) && tries < 100;
                assert!(busy, "{sql}: {e}");
                std::thread::sleep(std::time::Duration::from_millis(50));
            }
            // Replaces (and so drops) the empty database Env::new made.
            env.pg = Some(common::backend::PgDb {
                owner_url: common::backend::url_for(base, None, &name),
                app_url: common::backend::url_for(base, Some(common::backend::APP_ROLE), &name),
                name,
            });
        }
        _ => {
            fs::create_dir_all(env.db.parent().unwrap()).unwrap();
            fs::copy(&src.db, &env.db).unwrap();
        }
    }
    env
}

/// Runs statements on the store as its owner (tampering), returning the error, if any, as
/// text (on PostgreSQL, prefixed with its SQLSTATE code).
fn try_sql(env: &Env, sql: &str) -> Result<(), String> {
    match &env.pg {
        Some(pg) => postgres::Client::connect(&pg.owner_url, postgres::NoTls)
            .expect("connect as the owner")
            .batch_execute(sql)
            .map_err(|e| match e.as_db_error() {
                Some(d) => format!("{}: {}", d.code().code(), d.message()),
                None => e.to_string(),
            }),
        None => rusqlite::Connection::open(&env.db)
            .expect("open the database read-write")
            .execute_batch(sql)
            .map_err(|e| e.to_string()),
    }
}

/// `audit verify [extra]` as `token` with `-o json`: the exit code and the view.
fn verify(env: &Env, token: &str, extra: &[&str]) -> (i32, Value, String) {
    let mut a = vec!["audit", "verify", "-o", "json"];
    a.extend(extra);
    let r = env.run_as(token, &a);
    let v = r.json();
    (r.code, v, r.stderr)
}

/// Asserts a broken chain: exit 9 (`findings`), `ok: false`, `first_bad_seq == seq`, the seq named on
/// stderr and in the table output; and `doctor` reports it as an error with exit 9.
#[track_caller]
fn assert_broken_at(env: &Env, token: &str, seq: i64, what: &str) {
    let (code, v, stderr) = verify(env, token, &[]);
    assert_eq!(code, 9, "{what}: audit verify must exit 9: {v}\n{stderr}");
    assert_eq!(v["ok"], false, "{what}: {v}");
    assert_eq!(v["first_bad_seq"], seq, "{what}: {v}");
    assert!(
        v["problem"].as_str().is_some_and(|p| !p.is_empty()),
        "{what}: {v}"
    );
    assert!(
        stderr.contains(&format!("seq {seq}")),
        "{what}: stderr does not name seq {seq}:\n{stderr}"
    );
    let table = env.run_as(token, &["audit", "verify"]).expect(9);
    assert!(
        table.stdout.contains(&format!("BROKEN at seq {seq}")),
        "{what}: {}",
        table.stdout
    );
    let d = env.run_as(token, &["doctor", "-o", "json"]).expect(9);
    let d = d.json();
    assert!(d["errors"].as_u64().unwrap() >= 1, "{what}: {d}");
    assert!(
        d["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "audit-chain" && f["severity"] == "error"),
        "{what}: doctor does not report the broken chain: {d}"
    );
}

// ----- 1. the hash chain and tampering ------------------------------------------------------

/// The demo plus a change, a denied attempt and a delegated read: 11 entries.
fn chain() -> (Env, String) {
    let env = demo();
    let op = env.token(OP_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let sales = env.token(FAB_SALES, PASS);
    env.add_user_as(&contoso, "bob@contoso.example", "bob-pass-2026", &[]);
    env.run_as(&sales, &["users", "list", "--tenant", CONTOSO])
        .expect(4);
    env.run(&["users", "list", "--tenant", CONTOSO]).ok();
    assert_eq!(head_seq(&env), 11);
    (env, op)
}

#[test]
fn the_chain_links_every_entry_and_verifies() {
    let (env, op) = chain();
    let all = rows(&env);
    assert_eq!(
        all.iter().map(|r| r.seq).collect::<Vec<_>>(),
        (1..=11).collect::<Vec<_>>()
    );
    // hash = SHA-256(prev_hash ‖ canonical JSON array of the fields), chained from zeros.
    let mut prev = GENESIS.to_string();
    for r in &all {
        assert_eq!(
            r.prev_hash, prev,
            "seq {} does not name its predecessor",
            r.seq
        );
        let canonical = serde_json::to_vec(&(
            r.seq,
            &r.at,
            &r.actor_upn,
            &r.actor_tenant_id,
            &r.target_tenant_id,
            &r.action,
            &r.outcome,
            &r.reason,
            &r.relationship_id,
            &r.object,
            &r.summary,
        ))
        .unwrap();
        let mut h = Sha256::new();
        h.update(prev.as_bytes());
        h.update(&canonical);
        assert_eq!(r.hash, hex::encode(h.finalize()), "seq {}", r.seq);
        prev = r.hash.clone();
    }

    // (e) intact: exit 0, the number of entries and the head.
    let (code, v, _) = verify(&env, &op, &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["ok"], true);
    assert_eq!(v["entries"], 11);
    assert_eq!(v["head"]["seq"], 11);
    assert_eq!(v["head"]["hash"], all[10].hash.as_str());
    let t = env.run_as(&op, &["audit", "verify"]).ok();
    assert!(t.stdout.contains("11 entries"), "{}", t.stdout);
    assert!(t.stdout.contains(&all[10].hash), "{}", t.stdout);
    // With the right expected head too; any admin may verify; a user without a role may not.
    let (code, _, _) = verify(&env, &op, &["--expect-head", &all[10].hash]);
    assert_eq!(code, 0);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    assert_eq!(verify(&env, &contoso, &[]).0, 0);
    let alex = env.token(CONTOSO_ALEX, PASS);
    env.run_as(&alex, &["audit", "verify", "-o", "json"])
        .fails(4, "permission_denied");
    // A saved head stays valid while the chain grows past it (every command appends).
    env.run_as(&alex, &["users", "list", "--tenant", CONTOSO])
        .expect(4);
    let (code, v, _) = verify(&env, &op, &["--expect-head", &all[10].hash]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(
        v["entries"], 13,
        "alex's denied attempts are entries 12 and 13: {v}"
    );
    assert_eq!(v["expected_head_seq"], 11, "{v}");
    // An expected head that is no entry at all: truncated or rewritten.
    let (code, v, _) = verify(&env, &op, &["--expect-head", &"a".repeat(64)]);
    assert_eq!(code, 9, "{v}");
    assert_eq!(v["first_bad_seq"], 14, "{v}");
    assert!(v["problem"].as_str().unwrap().contains("truncated"), "{v}");
    // doctor finds nothing wrong with the chain
    let d = json_as(&env, &contoso, &["doctor"]);
    assert!(
        !d["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "audit-chain"),
        "{d}"
    );
}

#[test]
fn tampering_is_caught() {
    let (base, op) = chain();
    let all = rows(&base);
    let old_head = all.last().unwrap().hash.clone();

    // (a) an entry's outcome edited
    let env = copy_of(&base);
    env.sql("UPDATE audit SET outcome = 'allowed' WHERE seq = 5");
    assert_broken_at(&env, &op, 5, "edited outcome");

    // (a') an edit that keeps the outcome: the object acted on
    let env = copy_of(&base);
    env.sql("UPDATE audit SET object = 'someone.else' WHERE seq = 9");
    assert_broken_at(&env, &op, 9, "edited object");

    // (b) a middle entry deleted
    let env = copy_of(&base);
    env.sql("DELETE FROM audit WHERE seq = 6");
    assert_broken_at(&env, &op, 6, "deleted entry");

    // (b') the first entry deleted
    let env = copy_of(&base);
    env.sql("DELETE FROM audit WHERE seq = 1");
    assert_broken_at(&env, &op, 1, "deleted first entry");

    // (c) two entries' contents swapped (every column but seq), via temporary values because
    // prev_hash and hash are UNIQUE
    let env = copy_of(&base);
    let mut sql = "CREATE TEMP TABLE t AS SELECT * FROM audit WHERE seq IN (3, 4);
         UPDATE audit SET prev_hash = 'x3', hash = 'y3' WHERE seq = 3;
         UPDATE audit SET prev_hash = 'x4', hash = 'y4' WHERE seq = 4;"
        .to_string();
    for (dst, src) in [(3, 4), (4, 3)] {
        sql.push_str(&format!(
            "UPDATE audit SET (at, actor_upn, actor_tenant_id, target_tenant_id, action,
                               outcome, reason, relationship_id, object, summary,
                               prev_hash, hash) =
               (SELECT at, actor_upn, actor_tenant_id, target_tenant_id, action, outcome,
                       reason, relationship_id, object, summary, prev_hash, hash
                FROM t WHERE seq = {src})
             WHERE seq = {dst};"
        ));
    }
    env.sql(&sql);
    let swapped = rows(&env);
    assert_eq!(swapped[2].hash, all[3].hash);
    assert_eq!(swapped[3].hash, all[2].hash);
    assert_broken_at(&env, &op, 3, "swapped contents");

    // (c') two entries reordered by swapping their seq values
    let env = copy_of(&base);
    env.sql(
        "UPDATE audit SET seq = -7 WHERE seq = 7;
         UPDATE audit SET seq = 7 WHERE seq = 8;
         UPDATE audit SET seq = 8 WHERE seq = -7;",
    );
    assert_eq!(rows(&env)[6].hash, all[7].hash);
    assert_broken_at(&env, &op, 7, "swapped seqs");

    // (c'') a forged entry inserted at the head with a made-up hash
    let env = copy_of(&base);
    env.sql(&format!(
        "INSERT INTO audit (seq, at, actor_upn, action, outcome, reason, prev_hash, hash)
         VALUES (12, '2027-01-01T00:00:00Z', 'admin@contoso.example', 'user.delete',
                 'allowed', 'own-tenant-role', {}, {})",
        lit(&old_head),
        lit(&"f".repeat(64))
    ));
    assert_broken_at(&env, &op, 12, "forged entry");

    // (d) the tail dropped: the rest is self-consistent, but not the head it was
    let env = copy_of(&base);
    env.sql("DELETE FROM audit WHERE seq > 9");
    let (code, v, _) = verify(&env, &op, &[]);
    assert_eq!(code, 0, "a truncated chain is self-consistent: {v}");
    assert_eq!(v["entries"], 9);
    assert_eq!(v["head"]["seq"], 9);
    assert_eq!(v["head"]["hash"], all[8].hash.as_str());
    let (code, v, stderr) = verify(&env, &op, &["--expect-head", &old_head]);
    assert_eq!(code, 9, "{v}");
    assert_eq!(v["ok"], false);
    assert_eq!(v["first_bad_seq"], 10, "{v}");
    assert!(stderr.contains("seq 10"), "{stderr}");
    // ... and a whole chain rewritten with valid hashes is caught the same way
    let env = copy_of(&base);
    {
        let mut prev = all[9].hash.clone();
        let forged = Row {
            seq: 11,
            summary: Some("nothing to see".into()),
            prev_hash: prev.clone(),
            ..all[10].clone()
        };
        let canonical = serde_json::to_vec(&(
            forged.seq,
            &forged.at,
            &forged.actor_upn,
            &forged.actor_tenant_id,
            &forged.target_tenant_id,
            &forged.action,
            &forged.outcome,
            &forged.reason,
            &forged.relationship_id,
            &forged.object,
            &forged.summary,
        ))
        .unwrap();
        prev.push_str(std::str::from_utf8(&canonical).unwrap());
        let hash = sha256_hex(prev.as_bytes());
        env.sql(&format!(
            "DELETE FROM audit WHERE seq = 11;
             INSERT INTO audit (seq, at, actor_upn, actor_tenant_id, target_tenant_id, action,
                                outcome, reason, relationship_id, object, summary,
                                prev_hash, hash)
             VALUES ({}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {}, {})",
            forged.seq,
            lit(&forged.at),
            lit_opt(&forged.actor_upn),
            lit_opt(&forged.actor_tenant_id),
            lit_opt(&forged.target_tenant_id),
            lit(&forged.action),
            lit(&forged.outcome),
            lit(&forged.reason),
            lit_opt(&forged.relationship_id),
            lit_opt(&forged.object),
            lit_opt(&forged.summary),
            lit(&forged.prev_hash),
            lit(&hash),
        ));
        let mut want = all[..10].to_vec();
        want.push(Row { hash, ..forged });
        assert_eq!(rows(&env), want, "the forgery is stored as written");
    }
    assert_eq!(
        verify(&env, &op, &[]).0,
        0,
        "a re-hashed forgery is consistent"
    );
    let (code, v, _) = verify(&env, &op, &["--expect-head", &old_head]);
    assert_eq!(code, 9, "{v}");
    assert_eq!(v["first_bad_seq"], 12, "{v}");

    // The untouched original still verifies against its head.
    assert_eq!(verify(&base, &op, &["--expect-head", &old_head]).0, 0);
}

#[test]
fn concurrent_appends_never_fork_the_chain() {
    let env = demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let sales = env.token(FAB_SALES, PASS);
    // Delegated reads, denials and changes from 12 processes at once.
    let mut children = Vec::new();
    for i in 0..12 {
        let mut c = std::process::Command::new(env!("CARGO_BIN_EXE_partnerctl"));
        c.env_clear()
            .env("HOME", env.home())
            .env("PARTNERCTL_DB", env.db_arg())
            .env("PARTNERCTL_NOW", &env.now)
            .env("PARTNERCTL_BUSY_TIMEOUT_MS", "30000")
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        match i % 3 {
            0 => c
                .env("PARTNERCTL_TOKEN", &fab)
                .args(["users", "list", "--tenant", CONTOSO]),
            1 => c
                .env("PARTNERCTL_TOKEN", &sales)
                .args(["users", "list", "--tenant", CONTOSO]),
            _ => c.env("PARTNERCTL_TOKEN", &contoso).args([
                "tenants",
                "update",
                "--phone",
                &format!("+1 555 01{i:02}"),
            ]),
        };
        children.push((i, c.spawn().expect("spawn")));
    }
    for (i, ch) in children {
        let out = ch.wait_with_output().unwrap();
        let want = if i % 3 == 1 { 4 } else { 0 };
        assert_eq!(
            out.status.code(),
            Some(want),
            "process {i}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
    let all = rows(&env);
    assert_eq!(all.len(), 8 + 12);
    let op = env.token(OP_ADMIN, PASS);
    let (code, v, _) = verify(&env, &op, &[]);
    assert_eq!(code, 0, "{v}");
    assert_eq!(v["entries"], 20);

    // The schema itself refuses a fork: a second entry after the same predecessor.
    let err = try_sql(
        &env,
        &format!(
            "INSERT INTO audit (seq, at, action, outcome, reason, prev_hash, hash)
             VALUES (21, '2027-01-01T00:00:00Z', 'user.read', 'allowed', 'delegated', {}, {})",
            lit(&all[18].hash),
            lit(&"e".repeat(64))
        ),
    )
    .expect_err("a fork must be refused");
    if common::backend::on_postgres() {
        // unique_violation
        assert!(err.starts_with("23505:"), "{err}");
    } else {
        assert!(err.contains("UNIQUE"), "{err}");
    }
    assert_eq!(rows(&env), all);
}

// ----- 2. who sees what ---------------------------------------------------------------------

/// The tokens of the audience story's principals.
struct Audience {
    env: Env,
    op: String,
    contoso: String,
    fab: String,
    tailspin: String,
}

/// Entries 9 to 15 on the demo: a delegated read, denials, changes in three tenants, and a
/// user without an admin role trying to read the trail.
fn audience_story_to_15() -> Audience {
    let env = demo();
    let op = env.token(OP_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let fab = env.token(FAB_ADMIN, PASS);
    let tailspin = env.token(TAILSPIN_ADMIN, PASS);
    let alex = env.token(CONTOSO_ALEX, PASS);
    assert_eq!(head_seq(&env), 8, "the demo seeds 8 entries");

    // 9: Tailspin's admin reads contoso's users through its global-reader relationship
    let (_, e) = appends(&env, 1, || {
        env.run_as(&tailspin, &["users", "list", "--tenant", CONTOSO])
            .ok()
    });
    assert_eq!(e[0].seq, 9);
    // 10: contoso's admin tries to read Fabrikam's users: denied, targets Fabrikam
    let (_, e) = appends(&env, 1, || {
        env.run_as(&contoso, &["users", "list", "--tenant", FAB])
            .expect(4)
    });
    assert_eq!((e[0].seq, e[0].outcome.as_str()), (10, "denied"));
    // 11: the operator publishes health for Fabrikam: a change targeting Fabrikam
    let (_, e) = appends(&env, 1, || {
        env.run_as(
            &op,
            &[
                "health",
                "set",
                "exchange",
                "advisory",
                "--tenant",
                FAB,
                "--message",
                "slow",
            ],
        )
        .ok()
    });
    assert_eq!((e[0].seq, e[0].action.as_str()), (11, "health.publish"));
    // 12: Fabrikam's admin adds a user in its own tenant
    let (_, e) = appends(&env, 1, || {
        run_as_in(
            &env,
            &fab,
            &[
                "users",
                "add",
                "new.agent@fabrikam-partners.example",
                "--password-stdin",
            ],
            "agent-pass-2026\n",
        )
        .ok()
    });
    assert_eq!((e[0].seq, e[0].action.as_str()), (12, "user.create"));
    // 13: contoso's admin adds a user in its own tenant
    let (_, e) = appends(&env, 1, || {
        run_as_in(
            &env,
            &contoso,
            &["users", "add", "bob@contoso.example", "--password-stdin"],
            "bob-pass-2026\n",
        )
        .ok()
    });
    assert_eq!(e[0].seq, 13);
    // 14: a user with no admin role may not read the audit (and that attempt is recorded)
    // (14 and 15: once with -o json, once for people)
    let (_, e) = appends(&env, 2, || {
        env.run_as(&alex, &["audit", "list", "-o", "json"])
            .fails(4, "permission_denied");
        env.run_as(&alex, &["audit", "list"]).expect(4)
    });
    assert_eq!(
        (e[0].seq, e[0].action.as_str(), e[0].outcome.as_str()),
        (14, "audit.read", "denied")
    );
    assert_eq!(e[1].seq, 15);
    Audience {
        env,
        op,
        contoso,
        fab,
        tailspin,
    }
}

/// Entries 16 to 19: denied and delegated reads of the trail itself.
fn audience_story_16_to_19(a: &Audience) {
    let (env, contoso, fab) = (&a.env, &a.contoso, &a.fab);
    let helpdesk = env.token(FAB_HELPDESK, PASS);
    env.run_as(&helpdesk, &["audit", "list", "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(head_seq(env), 16);
    // contoso's admin may not read Fabrikam's trail (recorded as 17)
    env.run_as(contoso, &["audit", "list", "--tenant", FAB, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(head_seq(env), 17);
    // Fabrikam's admin reads contoso's trail through its relationship: a delegated read,
    // recorded (18) before the listing, so it is part of it
    let (_, e) = appends(env, 1, || {
        env.run_as(fab, &["audit", "list", "--tenant", CONTOSO])
            .ok()
    });
    assert_eq!(e[0].reason, "delegated");
    // ... but not through a relationship it lacks (recorded as 19)
    env.run_as(fab, &["audit", "list", "--tenant", ADATUM, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(head_seq(env), 19);
}

/// Entries 9 to 19 on the demo.
fn audience_story() -> Audience {
    let a = audience_story_to_15();
    audience_story_16_to_19(&a);
    a
}

#[test]
fn each_audience_sees_exactly_its_entries() {
    let a = audience_story_to_15();
    let (env, op, contoso, fab, tailspin) = (&a.env, &a.op, &a.contoso, &a.fab, &a.tailspin);
    // Listing in one's own tenant records nothing.
    let (_, _) = appends(env, 0, || {
        env.run_as(op, &["audit", "list"]).ok();
        env.run_as(contoso, &["audit", "list"]).ok();
        env.run_as(fab, &["audit", "list"]).ok()
    });

    // The operator's global admin: everything.
    assert_eq!(listed(env, op, &[]), (1..=15).collect::<Vec<_>>());
    // contoso's admin: what targets contoso, and what its own users did elsewhere (10)
    assert_eq!(
        listed(env, contoso, &[]),
        vec![3, 4, 5, 6, 7, 8, 9, 10, 13, 14, 15]
    );
    // Fabrikam's admin: what its users did (4-8, 12), and what targets Fabrikam (10, 11)
    assert_eq!(listed(env, fab, &[]), vec![4, 5, 6, 7, 8, 10, 11, 12]);
    // Tailspin's admin: its one delegated read
    assert_eq!(listed(env, tailspin, &[]), vec![9]);
    // Fabrikam's global reader reads its tenant's trail too
    let reader = env.token(FAB_READER, PASS);
    assert_eq!(listed(env, &reader, &[]), vec![4, 5, 6, 7, 8, 10, 11, 12]);
    // --tenant narrows to what targets that tenant.
    assert_eq!(
        listed(env, op, &["--tenant", CONTOSO]),
        vec![3, 4, 5, 6, 7, 8, 9, 13, 14, 15]
    );
    assert_eq!(
        listed(env, contoso, &["--tenant", CONTOSO]),
        vec![3, 4, 5, 6, 7, 8, 9, 13, 14, 15]
    );
    // Fabrikam's helpdesk agent may not (16), nor contoso Fabrikam's trail (17); Fabrikam reads
    // contoso's through its relationship (18), not adatum's (19)
    audience_story_16_to_19(&a);

    assert_eq!(
        listed(env, op, &["--tenant", CONTOSO]),
        vec![3, 4, 5, 6, 7, 8, 9, 13, 14, 15, 18]
    );
    assert_eq!(
        listed(env, fab, &[]),
        vec![4, 5, 6, 7, 8, 10, 11, 12, 16, 17, 18, 19],
        "what Fabrikam's own users did since, and contoso's attempt on Fabrikam's trail"
    );
}

#[test]
fn customers_see_partner_agents_attributed() {
    let a = audience_story();
    let (env, contoso) = (&a.env, &a.contoso);
    // Attribution as a customer sees it: partner agents as "agent UPN (Partner name)".
    let v = json_as(env, contoso, &["audit", "list"]);
    let by_seq: BTreeMap<i64, &Value> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["seq"].as_i64().unwrap(), e))
        .collect();
    assert_eq!(by_seq[&3]["actor_display"], CONTOSO_ADMIN);
    assert_eq!(by_seq[&3]["actor"], CONTOSO_ADMIN);
    assert_eq!(by_seq[&3]["action"], "invite.accept");
    for s in [4, 7, 8] {
        assert_eq!(
            by_seq[&s]["actor_display"],
            format!("{FAB_ADMIN} ({FAB_NAME})"),
            "seq {s}"
        );
    }
    assert_eq!(
        by_seq[&5]["actor_display"],
        format!("{FAB_HELPDESK} ({FAB_NAME})")
    );
    assert_eq!(
        by_seq[&6]["actor_display"],
        format!("{FAB_SALES} ({FAB_NAME})")
    );
    assert_eq!(
        by_seq[&9]["actor_display"],
        format!("{TAILSPIN_ADMIN} (Tailspin Advisors)")
    );
    assert_eq!(by_seq[&9]["actor"], TAILSPIN_ADMIN);
    assert_eq!(by_seq[&9]["actor_tenant"], TAILSPIN);
    assert_eq!(by_seq[&9]["tenant"], CONTOSO);
    assert_eq!(by_seq[&9]["outcome"], "allowed");
    assert_eq!(by_seq[&9]["reason"], "delegated");
    assert!(by_seq[&9]["relationship_id"].is_string());
    assert_eq!(by_seq[&13]["actor_display"], CONTOSO_ADMIN);
    assert_eq!(by_seq[&13]["object"], "bob@contoso.example");
    assert_eq!(by_seq[&10]["tenant"], FAB);
    assert_eq!(by_seq[&6]["outcome"], "denied");
    assert_eq!(by_seq[&6]["reason"], "role-insufficient");
    for e in by_seq.values() {
        for k in [
            "seq",
            "at",
            "actor",
            "actor_tenant",
            "actor_display",
            "tenant",
            "action",
            "outcome",
            "reason",
            "relationship_id",
            "object",
            "summary",
            "hash",
        ] {
            assert!(e.get(k).is_some(), "entry lacks {k}: {e}");
        }
    }
    // ... and in the table for people
    let t = env.run_as(contoso, &["audit", "list"]).ok().stdout;
    assert!(t.contains(&format!("{FAB_HELPDESK} ({FAB_NAME})")), "{t}");
}

#[test]
fn audit_list_filters() {
    let a = audience_story();
    let (env, op, contoso, fab) = (&a.env, &a.op, &a.contoso, &a.fab);
    // Filters (as the operator, over the whole trail).
    assert_eq!(listed(env, op, &["--actor", FAB_SALES]), vec![6]);
    assert_eq!(
        listed(env, op, &["--actor", "SALES@Fabrikam-Partners.example"]),
        vec![6],
        "UPNs are case-insensitive"
    );
    assert_eq!(
        listed(env, op, &["--action", "user.read"]),
        vec![4, 6, 9, 10]
    );
    assert_eq!(
        listed(env, op, &["--outcome", "denied"]),
        vec![5, 6, 8, 10, 14, 15, 16, 17, 19]
    );
    assert_eq!(
        listed(env, op, &["--outcome", "allowed", "--actor", FAB_ADMIN]),
        vec![4, 7, 12, 18]
    );
    assert_eq!(
        listed(
            env,
            op,
            &[
                "--since",
                "2026-12-12T00:00:00Z",
                "--until",
                "2026-12-29T00:00:00Z"
            ]
        ),
        vec![5, 6],
        "--since is inclusive, --until exclusive"
    );
    assert_eq!(
        listed(
            env,
            op,
            &[
                "--since",
                "2026-12-12T01:01:00+01:00",
                "--until",
                "2027-01-01T00:00:00Z"
            ]
        ),
        vec![6, 7, 8],
        "times with an offset are compared as instants"
    );
    assert_eq!(
        listed(env, op, &["--since", "2027-01-01T00:00:00Z"]),
        (9..=19).collect::<Vec<_>>()
    );
    assert_eq!(listed(env, op, &["--limit", "3"]), vec![17, 18, 19]);
    assert_eq!(
        listed(env, contoso, &["--outcome", "denied", "--limit", "2"]),
        vec![15, 17],
        "--limit keeps the newest of the filtered entries, oldest first"
    );
    assert_eq!(listed(env, fab, &["--action", "user.create"]), vec![5, 12]);
    assert!(listed(env, op, &["--actor", "nobody@nowhere.example"]).is_empty());
    // Invalid filters are usage errors.
    for bad in [
        &["--outcome", "maybe"][..],
        &["--since", "the day before"],
        &["--until", "2027-13-01T00:00:00Z"],
        &["--action", "user.frobnicate"],
        &["--limit", "0"],
        &["--actor", "not an upn"],
    ] {
        let mut a = vec!["audit", "list", "-o", "json"];
        a.extend(bad);
        env.run_as(op, &a).fails(2, "invalid_input");
    }
    // The chain is still intact after all this.
    assert_eq!(verify(env, op, &[]).0, 0);
}

#[test]
fn audit_list_csv_matches_json() {
    let a = audience_story();
    let (env, op, contoso) = (&a.env, &a.op, &a.contoso);
    // CSV export: a header and one line per entry, the same entries as JSON.
    let csv_out = env
        .run_as(contoso, &["audit", "list", "-o", "csv"])
        .ok()
        .stdout;
    let mut rdr = csv::Reader::from_reader(csv_out.as_bytes());
    let header: Vec<String> = rdr.headers().unwrap().iter().map(String::from).collect();
    for k in [
        "seq", "at", "actor", "tenant", "action", "outcome", "reason", "object", "hash",
    ] {
        assert!(
            header.iter().any(|h| h == k),
            "CSV header lacks {k}: {header:?}"
        );
    }
    let recs: Vec<csv::StringRecord> = rdr.records().map(|r| r.unwrap()).collect();
    let json = json_as(env, contoso, &["audit", "list"]);
    assert_eq!(recs.len(), json.as_array().unwrap().len());
    assert_eq!(
        csv_out.lines().count(),
        recs.len() + 1,
        "one line per entry plus the header:\n{csv_out}"
    );
    let col = |name: &str| header.iter().position(|h| h == name).unwrap();
    for (rec, e) in recs.iter().zip(json.as_array().unwrap()) {
        assert_eq!(rec[col("seq")], e["seq"].to_string());
        assert_eq!(&rec[col("action")], e["action"].as_str().unwrap());
        assert_eq!(&rec[col("outcome")], e["outcome"].as_str().unwrap());
        assert_eq!(&rec[col("hash")], e["hash"].as_str().unwrap());
        assert_eq!(&rec[col("actor")], e["actor_display"].as_str().unwrap());
    }
    let filtered = env
        .run_as(op, &["audit", "list", "-o", "csv", "--outcome", "denied"])
        .ok()
        .stdout;
    assert_eq!(filtered.lines().count(), 1 + 9);
    let empty = env
        .run_as(
            op,
            &["audit", "list", "-o", "csv", "--actor", "nobody@x.example"],
        )
        .ok()
        .stdout;
    assert_eq!(empty.lines().count(), 1, "only the header: {empty}");
}

// ----- 3. what gets recorded ----------------------------------------------------------------

/// The id of the demo partner's relationship with contoso.
fn contoso_relationship(env: &Env, fab: &str) -> String {
    json_as(env, fab, &["customers", "list"])
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["customer"]["domain"] == CONTOSO)
        .expect("contoso is a customer")["relationship_id"]
        .as_str()
        .unwrap()
        .to_string()
}

#[test]
fn delegated_reads_are_recorded_once_and_own_tenant_reads_not_at_all() {
    let env = demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let contoso_id = tenant_id(&env, CONTOSO);
    let fab_id = tenant_id(&env, FAB);
    let rel = contoso_relationship(&env, &fab);

    // A partner agent's read inside a customer: one entry, whatever the number of rows.
    let (_, e) = appends(&env, 1, || {
        env.run_as(&fab, &["users", "list", "--tenant", CONTOSO])
            .ok()
    });
    let e = &e[0];
    assert_eq!(e.action, "user.read");
    assert_eq!(e.outcome, "allowed");
    assert_eq!(e.reason, "delegated");
    assert_eq!(e.relationship_id.as_deref(), Some(rel.as_str()));
    assert_eq!(e.actor_upn.as_deref(), Some(FAB_ADMIN));
    assert_eq!(e.actor_tenant_id.as_deref(), Some(fab_id.as_str()));
    assert_eq!(e.target_tenant_id.as_deref(), Some(contoso_id.as_str()));
    assert_eq!(e.at, NOW);
    assert!(e.summary.is_none());
    // one per command for the helpdesk agent too, and for `dashboard CUSTOMER`
    appends(&env, 1, || {
        let h = env.token(FAB_HELPDESK, PASS);
        env.run_as(&h, &["users", "list", "--tenant", CONTOSO]).ok()
    });
    appends(&env, 1, || env.run_as(&fab, &["dashboard", CONTOSO]).ok());

    // Own-tenant reads append nothing.
    appends(&env, 0, || {
        env.run_as(&fab, &["users", "list"]).ok();
        env.run_as(&fab, &["customers", "list"]).ok();
        env.run_as(&fab, &["dashboard"]).ok();
        env.run_as(&fab, &["access"]).ok();
        env.run_as(&fab, &["doctor"]).ok();
        env.run_as(&fab, &["audit", "verify"]).ok();
        env.run_as(&contoso, &["users", "list"]).ok();
        env.run_as(&contoso, &["partners", "list"]).ok();
        env.run_as(&contoso, &["access"]).ok();
        env.run_as(&contoso, &["audit", "list"]).ok()
    });
}

#[test]
fn denials_and_changes_are_recorded_once() {
    let env = demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let sales = env.token(FAB_SALES, PASS);
    let rel = contoso_relationship(&env, &fab);

    // A denied attempt: one entry with the reason.
    let (_, e) = appends(&env, 1, || {
        env.run_as(
            &sales,
            &["users", "list", "--tenant", CONTOSO, "-o", "json"],
        )
        .fails(4, "permission_denied")
    });
    assert_eq!(
        (
            e[0].action.as_str(),
            e[0].outcome.as_str(),
            e[0].reason.as_str()
        ),
        ("user.read", "denied", "role-insufficient")
    );
    assert_eq!(e[0].actor_upn.as_deref(), Some(FAB_SALES));
    assert!(e[0].summary.is_none());
    // A never-delegable change attempted by a partner: denied, recorded, nothing changed.
    let state = env.state();
    let (_, e) = appends(&env, 1, || {
        run_as_in(
            &env,
            &fab,
            &[
                "users",
                "add",
                "intruder@contoso.example",
                "--tenant",
                CONTOSO,
                "--password-stdin",
                "-o",
                "json",
            ],
            "intruder-pass-1\n",
        )
        .fails(4, "permission_denied")
    });
    assert_eq!(
        (
            e[0].action.as_str(),
            e[0].outcome.as_str(),
            e[0].reason.as_str()
        ),
        ("user.create", "denied", "not-delegable")
    );
    assert_eq!(env.state(), state);

    // An allowed change: one entry with a summary, the object it acted on.
    let (_, e) = appends(&env, 1, || {
        run_as_in(
            &env,
            &contoso,
            &["users", "add", "bob@contoso.example", "--password-stdin"],
            "bob-pass-2026\n",
        )
        .ok()
    });
    assert_eq!(
        (
            e[0].action.as_str(),
            e[0].outcome.as_str(),
            e[0].reason.as_str()
        ),
        ("user.create", "allowed", "own-tenant-role")
    );
    assert_eq!(e[0].object.as_deref(), Some("bob@contoso.example"));
    assert!(
        e[0].summary.as_deref().is_some_and(|s| !s.is_empty()),
        "{e:?}"
    );
    assert!(e[0].relationship_id.is_none());
    // A delegated change (a service request opened on the customer's behalf) names the
    // relationship.
    let (_, e) = appends(&env, 1, || {
        env.run_as(
            &fab,
            &[
                "requests",
                "create",
                "--tenant",
                CONTOSO,
                "--title",
                "Printer on fire",
            ],
        )
        .ok()
    });
    assert_eq!(
        (
            e[0].action.as_str(),
            e[0].outcome.as_str(),
            e[0].reason.as_str()
        ),
        ("service-request.create", "allowed", "delegated")
    );
    assert_eq!(e[0].relationship_id.as_deref(), Some(rel.as_str()));
    assert!(e[0].summary.is_some());
}

#[test]
fn dry_runs_and_failed_changes_leave_no_entry() {
    let env = demo();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let sales = env.token(FAB_SALES, PASS);
    env.add_user_as(&contoso, "bob@contoso.example", "bob-pass-2026", &[]);

    // --dry-run: neither the change nor its entry, nor the delegated read, nor the denial.
    let bytes = env.bytes();
    let before = rows(&env);
    env.add_user_as(
        &contoso,
        "carol@contoso.example",
        "carol-pass-2026",
        &["--dry-run"],
    );
    env.run_as(
        &contoso,
        &[
            "users",
            "remove",
            "bob@contoso.example",
            "--dry-run",
            "--yes",
        ],
    )
    .ok();
    env.run_as(
        &sales,
        &[
            "users",
            "list",
            "--tenant",
            CONTOSO,
            "--dry-run",
            "-o",
            "json",
        ],
    )
    .fails(4, "permission_denied");
    assert_eq!(rows(&env), before);
    assert_eq!(env.bytes(), bytes, "a --dry-run wrote to the file");
    assert!(!env
        .upns_as(&contoso, CONTOSO)
        .contains(&"carol@contoso.example".to_string()));

    // A change that fails leaves no entry behind: the entry commits with the change.
    appends(&env, 0, || {
        run_as_in(
            &env,
            &contoso,
            &[
                "users",
                "add",
                "bob@contoso.example",
                "--password-stdin",
                "-o",
                "json",
            ],
            "bob-pass-2026\n",
        )
        .expect(6)
    });
    appends(&env, 0, || {
        env.run_as(
            &contoso,
            &["users", "remove", CONTOSO_ADMIN, "--yes", "-o", "json"],
        )
        .expect(6)
    });
    // Removing a user: one entry.
    let (_, e) = appends(&env, 1, || {
        env.run_as(
            &contoso,
            &["users", "remove", "bob@contoso.example", "--yes"],
        )
        .ok()
    });
    assert_eq!(e[0].action, "user.delete");
    assert_eq!(e[0].object.as_deref(), Some("bob@contoso.example"));

    assert_eq!(verify(&env, &contoso, &[]).0, 0);
}

/// Runs a change and asserts it appended exactly one allowed entry for `action`, by `actor`,
/// naming the object acted on and summarising the change; returns the run.
#[track_caller]
fn one_change(
    env: &Env,
    token: &str,
    actor: &str,
    action: &str,
    args: &[&str],
    stdin: &str,
) -> Run {
    let (run, e) = appends(env, 1, || run_as_in(env, token, args, stdin).ok());
    let e = &e[0];
    assert_eq!(e.action, action, "{args:?}: {e:?}");
    assert_eq!(e.outcome, "allowed", "{args:?}: {e:?}");
    assert_eq!(e.actor_upn.as_deref(), Some(actor), "{args:?}: {e:?}");
    assert!(
        e.object.as_deref().is_some_and(|o| !o.is_empty()),
        "{args:?}: {e:?}"
    );
    assert!(
        e.summary.as_deref().is_some_and(|o| !o.is_empty()),
        "{args:?}: {e:?}"
    );
    assert_eq!(e.at, NOW);
    run
}

/// Runs `steps` (action, args, stdin) as one principal: each appends one allowed entry.
fn changes(env: &Env, token: &str, actor: &str, steps: &[(&str, &[&str], &str)]) {
    for (action, args, stdin) in steps {
        one_change(env, token, actor, action, args, stdin);
    }
}

/// No entry holds the passwords given, and the chain is intact.
fn no_secret_and_intact(env: &Env, secrets: &[&str]) {
    let text = format!("{:?}", rows(env));
    for secret in secrets {
        assert!(!text.contains(secret), "{secret} reached the audit trail");
    }
    let op = env.token(OP_ADMIN, PASS);
    assert_eq!(verify(env, &op, &[]).0, 0);
}

#[test]
fn every_change_by_a_customer_admin_appends_one_entry() {
    let env = demo();
    let c = env.token(CONTOSO_ADMIN, PASS);
    let (ca, bob, d) = (
        CONTOSO_ADMIN,
        "bob@contoso.example",
        "extra.contoso.example",
    );
    changes(
        &env,
        &c,
        ca,
        &[
            (
                "tenant.update",
                &["tenants", "update", "--phone", "+1 555 0199"],
                "",
            ),
            (
                "user.create",
                &["users", "add", bob, "--password-stdin"],
                "bob-pass-2026\n",
            ),
            (
                "user.update",
                &["users", "update", bob, "--name", "Bob B"],
                "",
            ),
            (
                "user.reset-password",
                &["users", "reset-password", bob, "--password-stdin"],
                "bob-pass-2027\n",
            ),
            (
                "user.assign-role",
                &["users", "roles", "add", bob, "helpdesk-admin"],
                "",
            ),
            (
                "user.assign-role",
                &["users", "roles", "remove", bob, "helpdesk-admin"],
                "",
            ),
            (
                "license.buy",
                &["licenses", "buy", "teams-essentials", "--quantity", "2"],
                "",
            ),
            (
                "license.assign",
                &["licenses", "assign", "teams-essentials", bob],
                "",
            ),
            (
                "license.assign",
                &["licenses", "unassign", "teams-essentials", bob],
                "",
            ),
        ],
    );
    let added = one_change(
        &env,
        &c,
        ca,
        "domain.add",
        &["domains", "add", d, "-o", "json"],
        "",
    )
    .json();
    let code = added["verification"]["value"].as_str().unwrap().to_string();
    changes(
        &env,
        &c,
        ca,
        &[
            (
                "domain.configure",
                &["domains", "verify", d, "--code", &code],
                "",
            ),
            (
                "domain.configure",
                &["domains", "set-capabilities", d, "--capability", "email"],
                "",
            ),
            ("domain.configure", &["domains", "remove", d, "--yes"], ""),
        ],
    );
    let create = ["requests", "create", "--title", "Help", "-o", "json"];
    let sr = one_change(&env, &c, ca, "service-request.create", &create, "").json();
    let n = sr["number"].as_str().unwrap().to_string();
    changes(
        &env,
        &c,
        ca,
        &[
            (
                "service-request.update",
                &["requests", "comment", &n, "--message", "Any news?"],
                "",
            ),
            ("service-request.update", &["requests", "close", &n], ""),
            ("user.delete", &["users", "remove", bob, "--yes"], ""),
            (
                "partner.remove",
                &["partners", "remove", TAILSPIN, "--yes"],
                "",
            ),
        ],
    );
    no_secret_and_intact(&env, &["bob-pass-2026", "bob-pass-2027"]);
}

/// The operator's `tenants create` of newco.example.
const CREATE_NEWCO: &[&str] = &[
    "tenants",
    "create",
    "Newco",
    "--domain",
    "newco.example",
    "--admin",
    "admin@newco.example",
    "--admin-password-stdin",
];

#[test]
fn every_change_by_the_operator_appends_one_entry() {
    let env = demo();
    let op = env.token(OP_ADMIN, PASS);
    changes(
        &env,
        &op,
        OP_ADMIN,
        &[
            ("tenant.provision", CREATE_NEWCO, "newco-pass-2026\n"),
            (
                "partner.enroll",
                &[
                    "tenants",
                    "enroll-partner",
                    "newco.example",
                    "--partner-id",
                    "7712345",
                ],
                "",
            ),
            (
                "health.publish",
                &["health", "set", "teams", "operational"],
                "",
            ),
        ],
    );
    no_secret_and_intact(&env, &["newco-pass-2026"]);
}

#[test]
fn every_change_by_a_partner_admin_appends_one_entry() {
    let env = demo();
    let op = env.token(OP_ADMIN, PASS);
    let fab = env.token(FAB_ADMIN, PASS);
    run_as_in(&env, &op, CREATE_NEWCO, "newco-pass-2026\n").ok();
    // A partner's admin in its own tenant, and accepting and declining as the customer.
    let newco = env.token("admin@newco.example", "newco-pass-2026");
    let invite =
        |args: &[&str]| one_change(&env, &fab, FAB_ADMIN, "invite.create", args, "").json();
    let inv = invite(&["invite", "--customer-domain", "newco.example", "-o", "json"]);
    // A second invite for newco may not be addressed to it while the first is pending.
    let inv2 = invite(&["invite", "-o", "json"]);
    let inv3 = invite(&["invite", "-o", "json"]);
    changes(
        &env,
        &fab,
        FAB_ADMIN,
        &[(
            "invite.revoke",
            &["invites", "revoke", inv3["id"].as_str().unwrap(), "--yes"],
            "",
        )],
    );
    changes(
        &env,
        &newco,
        "admin@newco.example",
        &[(
            "invite.accept",
            &["accept", inv["token"].as_str().unwrap(), "--yes"],
            "",
        )],
    );
    let (_, e) = appends(&env, 1, || {
        env.run_as(&newco, &["decline", inv2["token"].as_str().unwrap()])
            .ok()
    });
    assert_eq!(e[0].outcome, "allowed");
    let grant = [
        "grants",
        "add",
        FAB_SALES,
        "--role",
        "admin-agent",
        "--customer",
        NORTHWIND,
    ];
    let ungrant = [
        "grants",
        "remove",
        FAB_SALES,
        "--role",
        "admin-agent",
        "--customer",
        NORTHWIND,
        "--yes",
    ];
    changes(
        &env,
        &fab,
        FAB_ADMIN,
        &[
            ("grant.manage", &grant, ""),
            ("grant.manage", &ungrant, ""),
            (
                "partner.remove",
                &["customers", "remove", NORTHWIND, "--yes"],
                "",
            ),
        ],
    );
    no_secret_and_intact(&env, &["newco-pass-2026"]);
}

/// Runs the binary with the capability to override file permissions dropped, when this
/// process has it (e.g. tests run as root): `chmod 0400` must bind.
fn run_unprivileged(env: &Env, token: &str, args: &[&str], wrapper: &Option<Vec<String>>) -> Run {
    let Some(w) = wrapper else {
        return env.run_as(token, args);
    };
    let mut c = assert_cmd::Command::new(&w[0]);
    c.env_clear()
        .env("HOME", env.home())
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("PARTNERCTL_DB", env.db_arg())
        .env("PARTNERCTL_NOW", &env.now)
        .env("PARTNERCTL_TOKEN", token)
        .current_dir(env.home())
        .args(&w[1..])
        .arg(env!("CARGO_BIN_EXE_partnerctl"))
        .args(args);
    exec(c, "", args)
}

#[test]
fn reads_work_on_a_read_only_database() {
    use std::os::unix::fs::PermissionsExt;
    let env = demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let op = env.token(OP_ADMIN, PASS);
    sqlite_only!("a read-only database file: its permission bits and its WAL");
    // Every process has exited: SQLite checkpointed and removed the WAL.
    let wal = env.db.with_extension("db-wal");
    assert!(!wal.exists(), "a WAL file was left behind");
    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o400)).unwrap();
    // When the permission bits do not bind (root), drop the capability that bypasses them.
    let writable = fs::OpenOptions::new().write(true).open(&env.db).is_ok();
    let wrapper = if !writable {
        None
    } else if std::process::Command::new("setpriv")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
    {
        Some(vec![
            "setpriv".to_string(),
            "--bounding-set=-dac_override,-dac_read_search,-fowner".to_string(),
        ])
    } else {
        eprintln!("skipped: running with CAP_DAC_OVERRIDE and no setpriv to drop it");
        return;
    };
    let before = fs::read(&env.db).unwrap();
    for (tok, args) in [
        (&fab, &["users", "list"][..]),
        (&fab, &["whoami"]),
        (&fab, &["customers", "list"]),
        (&fab, &["dashboard"]),
        (&fab, &["access"]),
        (&fab, &["doctor"]),
        (&fab, &["audit", "list"]),
        (&fab, &["can", "user.read", "--tenant", CONTOSO]),
        (
            &fab,
            &[
                "can",
                "user.read",
                "--tenant",
                CONTOSO,
                "--user",
                FAB_HELPDESK,
            ],
        ),
        (&contoso, &["users", "list"]),
        (&contoso, &["partners", "list"]),
        (&contoso, &["access"]),
        (&contoso, &["audit", "list", "-o", "csv"]),
        (&contoso, &["audit", "verify"]),
        (&op, &["tenants", "list"]),
        (&op, &["audit", "list", "--tenant", CONTOSO]),
    ] {
        let r = run_unprivileged(&env, tok, args, &wrapper);
        assert_eq!(r.code, 0, "{args:?} on a read-only file: {r:?}");
    }
    // A partner's read inside a customer must be recorded, so it cannot run on a read-only
    // file: it fails (exit 1, the file is read-only) rather than go unrecorded.
    let r = run_unprivileged(
        &env,
        &fab,
        &["users", "list", "--tenant", CONTOSO],
        &wrapper,
    );
    assert_eq!(r.code, 1, "{r:?}");
    assert!(r.stdout.is_empty(), "{r:?}");
    assert!(r.stderr.contains("read-only"), "{r:?}");
    assert_eq!(
        fs::read(&env.db).unwrap(),
        before,
        "the read-only file changed"
    );
    fs::set_permissions(&env.db, fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(head_seq(&env), 8);
}

// ----- 4. no secret reaches the file --------------------------------------------------------

fn contains(hay: &[u8], needle: &str) -> bool {
    let n = needle.as_bytes();
    !n.is_empty() && hay.windows(n.len()).any(|w| w == n)
}

#[test]
fn no_secret_reaches_the_database_file() {
    let env = Env::new();
    let op_pass = "Op3rator-secret-pw-9x";
    let fab_pass = "Fabr1kam-secret-pw-7q";
    let contoso_pass = "C0ntoso-secret-pw-3z";
    let agent_pass = "Ag3nt-secret-pw-first-1k";
    let agent_pass2 = "Ag3nt-secret-pw-second-2m";
    let wrong_pass = "Wr0ng-guess-secret-pw-5t";
    let bogus_token = "b0b0".repeat(16);
    env.run_in(
        &["init", "--test-clock", "--password-stdin"],
        &format!("{op_pass}\n"),
    )
    .ok();
    let file_token = fs::read_to_string(&env.session_files()[0]).unwrap();
    let file_token = file_token.trim().to_string();
    let op = env.token(OP_ADMIN, op_pass);
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
        &format!("{fab_pass}\n"),
    )
    .ok();
    env.run_in(
        &[
            "tenants",
            "create",
            "Contoso Ltd",
            "--domain",
            CONTOSO,
            "--admin",
            CONTOSO_ADMIN,
            "--admin-password-stdin",
        ],
        &format!("{contoso_pass}\n"),
    )
    .ok();
    let fab = env.token(FAB_ADMIN, fab_pass);
    let contoso = env.token(CONTOSO_ADMIN, contoso_pass);
    env.add_user_as(&fab, "agent@fabrikam-partners.example", agent_pass, &[]);
    let agent_first = env.token("agent@fabrikam-partners.example", agent_pass);
    run_as_in(
        &env,
        &fab,
        &[
            "users",
            "reset-password",
            "agent@fabrikam-partners.example",
            "--password-stdin",
        ],
        &format!("{agent_pass2}\n"),
    )
    .ok();
    let agent = env.token("agent@fabrikam-partners.example", agent_pass2);
    env.run_in(
        &[
            "login",
            "agent@fabrikam-partners.example",
            "--password-stdin",
        ],
        &format!("{wrong_pass}\n"),
    )
    .expect(3);
    env.run_as(&agent, &["logout"]).ok();
    let inv1 = json_as(&env, &fab, &["invite", "--customer-domain", CONTOSO]);
    let inv1 = inv1["token"].as_str().unwrap().to_string();
    let inv2 = json_as(
        &env,
        &fab,
        &["invite", "--customer-domain", "prospect.example"],
    );
    let inv2 = inv2["token"].as_str().unwrap().to_string();
    let inv3 = json_as(&env, &fab, &["invite"]);
    let inv3 = inv3["token"].as_str().unwrap().to_string();
    // A bogus token and a wrong customer leave attempts, and maybe audit entries, behind.
    let r = env.run_as(&contoso, &["accept", &bogus_token, "--yes"]);
    assert_ne!(r.code, 0);
    let r = env.run_as(&contoso, &["accept", &inv2, "--yes"]);
    assert_ne!(r.code, 0, "an invite for another customer: {r:?}");
    // A link is accepted too; the real one.
    env.run_as(
        &contoso,
        &[
            "accept",
            &format!("https://operator.example/partners/accept/{inv1}"),
            "--yes",
        ],
    )
    .ok();
    env.run_as(&contoso, &["decline", &inv3]).ok();
    env.run_as(&fab, &["users", "list", "--tenant", CONTOSO])
        .ok();
    assert!(head_seq(&env) >= 8, "{:?}", rows(&env));

    let passwords = [
        op_pass,
        fab_pass,
        contoso_pass,
        agent_pass,
        agent_pass2,
        wrong_pass,
    ];
    let tokens = [
        file_token.as_str(),
        op.as_str(),
        fab.as_str(),
        contoso.as_str(),
        agent_first.as_str(),
        agent.as_str(),
        inv1.as_str(),
        inv2.as_str(),
        inv3.as_str(),
        bogus_token.as_str(),
    ];
    for t in tokens {
        assert!(t.len() >= 16, "a token this short proves little: {t:?}");
    }
    assert_file_holds_no_secret(&env, &passwords, &tokens);
    // The session token is stored as its SHA-256 (the intended hash) ...
    let n = env.scalar(&format!(
        "SELECT count(*) FROM sessions WHERE token_hash = {}",
        lit(&sha256_hex(op.as_bytes()))
    ));
    assert_eq!(n, "1", "the session is stored under the token's SHA-256");
    assert_trail_holds_no_secret(&env, &op, &passwords, &tokens);
}

/// Neither file of the database holds a password, a token, or a plain hash of a password;
/// passwords are stored as argon2id PHC strings only.
fn assert_file_holds_no_secret(env: &Env, passwords: &[&str], tokens: &[&str]) {
    let bytes = env.bytes();
    let main = bytes.main.as_ref().expect("the database file");
    for (name, hay) in [
        ("main file", main.as_slice()),
        ("-wal", bytes.wal.as_slice()),
    ] {
        for s in passwords.iter().chain(tokens.iter()) {
            assert!(!contains(hay, s), "{name} holds the secret {s:?}");
            assert!(
                !contains(hay, &s.to_uppercase()),
                "{name} holds the secret {s:?} (upper case)"
            );
        }
        // No plain hash of a password either: only argon2 PHC strings.
        for p in passwords {
            assert!(
                !contains(hay, &sha256_hex(p.as_bytes())),
                "{name}: sha256({p})"
            );
        }
    }
    // (a null, which no user here may have, reads as "NULL" and fails the check below)
    let hashes: Vec<String> = env
        .query("SELECT password_hash FROM users")
        .into_iter()
        .map(|r| r[0].clone())
        .collect();
    assert_eq!(hashes.len(), 4);
    for h in hashes {
        assert!(
            h.starts_with("$argon2id$"),
            "not an argon2id PHC string: {h}"
        );
    }
}

/// The audit trail and its listing hold neither a secret nor a hash of one.
fn assert_trail_holds_no_secret(env: &Env, op: &str, passwords: &[&str], tokens: &[&str]) {
    // ... but the audit trail holds neither a secret nor a hash of one.
    let text: String = rows(env)
        .iter()
        .map(|r| format!("{r:?}"))
        .collect::<Vec<_>>()
        .join("\n");
    for t in tokens {
        assert!(!text.contains(t), "the audit trail holds {t}");
        assert!(
            !text.contains(&sha256_hex(t.as_bytes())),
            "the audit trail holds sha256({t})"
        );
    }
    for p in passwords {
        assert!(!text.contains(p), "the audit trail holds {p}");
        assert!(
            !text.contains("$argon2"),
            "the audit trail holds a password hash"
        );
    }
    // Nor does any listing.
    let listing = env.run_as(op, &["audit", "list", "-o", "json"]).ok().stdout;
    for s in passwords.iter().chain(tokens.iter()) {
        assert!(!listing.contains(s), "audit list shows {s}");
    }
}

// ----- 5. access agrees with can ------------------------------------------------------------

fn actions_of(a: &Value) -> BTreeSet<String> {
    a["actions"]
        .as_array()
        .expect("actions")
        .iter()
        .map(|x| x.as_str().unwrap().to_string())
        .collect()
}

#[test]
fn access_and_can_agree_on_every_user_action_and_tenant() {
    let env = demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let tailspin = env.token(TAILSPIN_ADMIN, PASS);
    // Every partner user, with the token of an admin allowed to check it.
    let mut partner_users: Vec<(String, &str)> = Vec::new();
    for u in env.upns_as(&fab, FAB) {
        partner_users.push((u, fab.as_str()));
    }
    for u in env.upns_as(&tailspin, TAILSPIN) {
        partner_users.push((u, tailspin.as_str()));
    }
    assert_eq!(partner_users.len(), 5, "{partner_users:?}");

    // The catalogue `can` names on a bad action is SPEC's.
    let e = env
        .run(&["can", "no.such-action", "-o", "json"])
        .fails(2, "invalid_input");
    for a in ACTIONS {
        assert!(e["message"].as_str().unwrap().contains(a), "{e}");
    }

    let fab_view = json_as(&env, &fab, &["access"]);
    let fab_customers: BTreeMap<String, &Value> = fab_view["customers"]
        .as_array()
        .expect("a partner's access lists its customers")
        .iter()
        .map(|c| (c["customer"].as_str().unwrap().to_string(), c))
        .collect();
    assert_eq!(
        fab_customers.keys().collect::<Vec<_>>(),
        vec![CONTOSO, NORTHWIND],
        "the pending invite to adatum gives no access"
    );
    let tail_view = json_as(&env, &tailspin, &["access"]);
    assert_eq!(tail_view["customers"].as_array().unwrap().len(), 1);
    assert_eq!(tail_view["customers"][0]["customer"], CONTOSO);

    let mut checks = 0;
    for (customer, admin) in [
        (CONTOSO, CONTOSO_ADMIN),
        (NORTHWIND, NORTHWIND_ADMIN),
        (ADATUM, ADATUM_ADMIN),
    ] {
        let tok = env.token(admin, PASS);
        let view = json_as(&env, &tok, &["access"]);
        assert_eq!(view["tenant"], customer);
        let never: BTreeSet<&str> = view["never_delegable"]
            .as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap())
            .collect();
        assert_eq!(never, NEVER_DELEGABLE.into_iter().collect());
        assert!(view.get("customers").is_none_or(|c| c.is_null()), "{view}");
        // The same answer with --tenant as that customer's admin.
        assert_eq!(json_as(&env, &tok, &["access", "--tenant", customer]), view);
        let mut granted: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for a in view["partner_access"].as_array().unwrap() {
            let upn = a["upn"].as_str().unwrap().to_string();
            let acts = actions_of(a);
            assert!(!acts.is_empty(), "listed without rights: {a}");
            assert!(
                acts.iter().all(|x| !NEVER_DELEGABLE.contains(&x.as_str())),
                "{a}"
            );
            assert!(a["relationship_id"].as_str().is_some_and(|r| !r.is_empty()));
            assert!(!a["via"].as_array().unwrap().is_empty(), "{a}");
            // summary groups exactly the actions, by area
            let mut from_summary = BTreeSet::new();
            for (area, verbs) in a["summary"].as_object().unwrap() {
                for v in verbs.as_array().unwrap() {
                    from_summary.insert(format!("{area}.{}", v.as_str().unwrap()));
                }
            }
            assert_eq!(from_summary, acts, "{a}");
            // the partner's view of the same customer says the same
            let partner_view = if a["partner"] == FAB {
                fab_customers.get(customer).copied()
            } else {
                assert_eq!(a["partner"], TAILSPIN);
                tail_view["customers"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .find(|c| c["customer"] == customer)
            };
            let pv = partner_view.unwrap_or_else(|| panic!("{customer} missing for {a}"));
            assert_eq!(pv["relationship_id"], a["relationship_id"]);
            let agent = pv["agents"]
                .as_array()
                .unwrap()
                .iter()
                .find(|x| x["upn"] == a["upn"])
                .unwrap_or_else(|| panic!("{upn} missing from the partner's view {pv}"));
            assert_eq!(actions_of(agent), acts, "{upn} in {customer}");
            granted.insert(upn, acts);
        }
        // ... and the partners' views list nobody the customer's view does not.
        for pv in [&fab_view, &tail_view] {
            for c in pv["customers"].as_array().unwrap() {
                if c["customer"] != customer {
                    continue;
                }
                for agent in c["agents"].as_array().unwrap() {
                    assert!(
                        granted.contains_key(agent["upn"].as_str().unwrap()),
                        "{customer}: {agent}"
                    );
                }
            }
        }

        for (upn, checker) in &partner_users {
            let want = granted.get(upn).cloned().unwrap_or_default();
            for action in ACTIONS {
                let r = env.run_as(
                    checker,
                    &[
                        "can", action, "--tenant", customer, "--user", upn, "-o", "json",
                    ],
                );
                let v = r.json();
                let allowed = v["allowed"].as_bool().expect("allowed");
                assert_eq!(r.code, if allowed { 0 } else { 4 }, "{v}");
                assert_eq!(v["user"], upn.as_str());
                assert_eq!(v["tenant"], customer);
                assert_eq!(v["action"], action);
                assert_eq!(
                    allowed,
                    want.contains(action),
                    "`can {action} --tenant {customer} --user {upn}` says {v}, access says {want:?}"
                );
                checks += 1;
            }
        }
    }
    assert_eq!(checks, 3 * 5 * 31);
    // Checking one's own users is an own-tenant read: nothing was recorded.
    assert_eq!(head_seq(&env), 8);
}

#[test]
fn access_shows_the_demos_known_rights() {
    let env = demo();
    // Not vacuous: the demo's known rights.
    let contoso_view = json_as(&env, &env.token(CONTOSO_ADMIN, PASS), &["access"]);
    let in_contoso: BTreeMap<String, BTreeSet<String>> = contoso_view["partner_access"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| (a["upn"].as_str().unwrap().to_string(), actions_of(a)))
        .collect();
    assert_eq!(
        in_contoso.keys().map(String::as_str).collect::<Vec<_>>(),
        vec![FAB_ADMIN, TAILSPIN_ADMIN, FAB_HELPDESK],
        "sales agents and an ungranted reader act in no customer"
    );
    assert!(in_contoso[FAB_ADMIN].contains("user.read"));
    assert!(in_contoso[FAB_ADMIN].contains("tenant.update"));
    assert!(in_contoso[FAB_HELPDESK].contains("service-request.create"));
    assert!(!in_contoso[FAB_HELPDESK].contains("tenant.update"));
    assert!(
        in_contoso[TAILSPIN_ADMIN]
            .iter()
            .all(|a| a.ends_with(".read")),
        "a global-reader relationship delegates reads only: {:?}",
        in_contoso[TAILSPIN_ADMIN]
    );
    assert!(in_contoso[TAILSPIN_ADMIN].contains("user.read"));
}

#[test]
fn access_is_for_admins_of_tenants_they_can_read() {
    let env = demo();
    // Who may ask: a partner's admin, not its agents; nobody for a tenant it cannot read.
    let sales = env.token(FAB_SALES, PASS);
    env.run_as(&sales, &["access", "-o", "json"])
        .fails(4, "permission_denied");
    let alex = env.token(CONTOSO_ALEX, PASS);
    env.run_as(&alex, &["access", "-o", "json"])
        .fails(4, "permission_denied");
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    env.run_as(&contoso, &["access", "--tenant", NORTHWIND, "-o", "json"])
        .fails(4, "permission_denied");
}

#[test]
fn access_and_can_follow_a_change_at_once() {
    let env = demo();
    let fab = env.token(FAB_ADMIN, PASS);
    let tailspin = env.token(TAILSPIN_ADMIN, PASS);
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    // After a change, both follow at once: the helpdesk agent's grant removed, Tailspin
    // removed by contoso.
    env.run_as(
        &fab,
        &[
            "grants",
            "remove",
            FAB_HELPDESK,
            "--role",
            "helpdesk-agent",
            "--yes",
        ],
    )
    .ok();
    env.run_as(&contoso, &["partners", "remove", TAILSPIN, "--yes"])
        .ok();
    let v = json_as(&env, &contoso, &["access"]);
    let upns: Vec<&str> = v["partner_access"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["upn"].as_str().unwrap())
        .collect();
    assert_eq!(upns, vec![FAB_ADMIN]);
    for (upn, checker) in [(FAB_HELPDESK, &fab), (TAILSPIN_ADMIN, &tailspin)] {
        for action in ["user.read", "tenant.read", "service-request.create"] {
            let r = env.run_as(
                checker,
                &[
                    "can", action, "--tenant", CONTOSO, "--user", upn, "-o", "json",
                ],
            );
            assert_eq!(r.code, 4, "{upn} {action}: {}", r.stdout);
            assert_eq!(r.json()["allowed"], false);
        }
    }
}

// ----- 6. doctor ----------------------------------------------------------------------------

/// A token obtained with the clock at `now`.
fn token_at(env: &Env, upn: &str, now: &str) -> String {
    env.run_with(
        &["login", upn, "--password-stdin", "--print-token"],
        &format!("{PASS}\n"),
        &[("PARTNERCTL_NOW", now)],
    )
    .ok()
    .stdout
    .trim()
    .to_string()
}

fn doctor_at(env: &Env, token: &str, now: &str) -> (i32, Value) {
    let r = env.run_with(
        &["doctor", "-o", "json"],
        "",
        &[("PARTNERCTL_TOKEN", token), ("PARTNERCTL_NOW", now)],
    );
    let v = r.json();
    (r.code, v)
}

fn findings<'a>(v: &'a Value, code: &str) -> Vec<&'a Value> {
    v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .filter(|f| f["code"] == code)
        .collect()
}

#[test]
fn doctor_reports_what_is_about_to_break() {
    let env = demo();
    let contoso = env.token(CONTOSO_ADMIN, PASS);
    let (code, v) = doctor_at(&env, &contoso, NOW);
    assert_eq!(code, 0, "warnings only: {v}");
    assert_eq!(v["errors"], 0, "{v}");
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 1, "{v}");
    assert_eq!(exp[0]["severity"], "warning");
    assert_eq!(exp[0]["tenant"], CONTOSO);
    let msg = exp[0]["message"].as_str().unwrap();
    assert!(msg.contains(TAILSPIN) && msg.contains("7 days"), "{msg}");
    assert!(exp[0]["fix"].as_str().is_some_and(|f| !f.is_empty()));
    let single = findings(&v, "single-global-admin");
    assert_eq!(single.len(), 1, "{v}");
    assert_eq!(single[0]["severity"], "warning");
    assert_eq!(single[0]["tenant"], CONTOSO);
    assert!(single[0]["fix"]
        .as_str()
        .unwrap()
        .contains("users roles add"));
    assert!(v["warnings"].as_u64().unwrap() >= 2);
    for f in v["findings"].as_array().unwrap() {
        assert!(
            ["error", "warning", "info"].contains(&f["severity"].as_str().unwrap()),
            "{f}"
        );
    }
    let t = env.run_as(&contoso, &["doctor"]).ok().stdout;
    assert!(
        t.contains("relationship-expiring") && t.contains("fix:"),
        "{t}"
    );

    // Tailspin sees its own expiring relationship, with a re-invite as the fix; Fabrikam does
    // not see another partner's relationship.
    let tailspin = env.token(TAILSPIN_ADMIN, PASS);
    let (_, v) = doctor_at(&env, &tailspin, NOW);
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 1, "{v}");
    assert!(
        exp[0]["fix"]
            .as_str()
            .unwrap()
            .contains("partnerctl invite"),
        "{v}"
    );
    let fab = env.token(FAB_ADMIN, PASS);
    let (code, v) = doctor_at(&env, &fab, NOW);
    assert_eq!(code, 0, "{v}");
    assert!(findings(&v, "relationship-expiring").is_empty(), "{v}");
    assert!(
        findings(&v, "invite-expiring").is_empty(),
        "the demo invite has 30 days: {v}"
    );

    // Five days later, minus a few hours: within a day, an error, exit 9 (findings).
    let later = "2027-01-05T21:00:00Z";
    let contoso_later = token_at(&env, CONTOSO_ADMIN, later);
    let (code, v) = doctor_at(&env, &contoso_later, later);
    assert_eq!(code, 9, "{v}");
    assert!(v["errors"].as_u64().unwrap() >= 1, "{v}");
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 1, "{v}");
    assert_eq!(exp[0]["severity"], "error");
    assert!(exp[0]["message"].as_str().unwrap().contains("1 day"), "{v}");
    let r = env.run_with(
        &["doctor"],
        "",
        &[
            ("PARTNERCTL_TOKEN", &contoso_later),
            ("PARTNERCTL_NOW", later),
        ],
    );
    assert_eq!(r.code, 9, "{r:?}");
    assert!(r.stdout.contains("error"), "{}", r.stdout);
    // Once it has lapsed, it is no longer about to break.
    let after = "2027-01-07T00:00:00Z";
    let contoso_after = token_at(&env, CONTOSO_ADMIN, after);
    let (_, v) = doctor_at(&env, &contoso_after, after);
    assert!(findings(&v, "relationship-expiring").is_empty(), "{v}");
    // Two weeks before: within 30 days, info.
    let before = "2026-12-20T00:00:00Z";
    let contoso_before = token_at(&env, CONTOSO_ADMIN, before);
    let (code, v) = doctor_at(&env, &contoso_before, before);
    assert_eq!(code, 0, "{v}");
    let exp = findings(&v, "relationship-expiring");
    assert_eq!(exp.len(), 1, "{v}");
    assert_eq!(exp[0]["severity"], "info", "{v}");

    // An invite expiring within 7 days is reported to the partner's admin (only).
    let inv = json_as(
        &env,
        &fab,
        &[
            "invite",
            "--customer-domain",
            "prospect.example",
            "--expires-in",
            "5d",
        ],
    );
    let id = inv["id"].as_str().unwrap();
    let (code, v) = doctor_at(&env, &fab, NOW);
    assert_eq!(code, 0, "{v}");
    let inv_f = findings(&v, "invite-expiring");
    assert_eq!(inv_f.len(), 1, "{v}");
    assert_eq!(inv_f[0]["severity"], "warning");
    assert!(inv_f[0]["message"].as_str().unwrap().contains(id), "{v}");
    assert!(inv_f[0]["fix"].as_str().unwrap().contains("invite"), "{v}");
    let (_, v) = doctor_at(&env, &contoso, NOW);
    assert!(findings(&v, "invite-expiring").is_empty(), "{v}");
    // ... and the demo's 30-day invite once it is within 7 days of its expiry
    let late = "2027-01-25T00:00:00Z";
    let fab_late = token_at(&env, FAB_ADMIN, late);
    let (_, v) = doctor_at(&env, &fab_late, late);
    let inv_f = findings(&v, "invite-expiring");
    assert_eq!(inv_f.len(), 1, "the 5-day invite has expired by then: {v}");
    assert_eq!(inv_f[0]["tenant"], ADATUM, "{v}");
    // A revoked invite is no longer reported.
    env.run_as(&fab, &["invites", "revoke", id, "--yes"]).ok();
    let (_, v) = doctor_at(&env, &fab, NOW);
    assert!(findings(&v, "invite-expiring").is_empty(), "{v}");

    // A second global admin silences single-global-admin.
    env.add_user_as(
        &contoso,
        "admin2@contoso.example",
        "admin2-pass-2026",
        &["--role", "global-admin"],
    );
    let (_, v) = doctor_at(&env, &contoso, NOW);
    assert!(findings(&v, "single-global-admin").is_empty(), "{v}");

    // A user without an admin role gets no findings.
    let alex = env.token(CONTOSO_ALEX, PASS);
    env.run_as(&alex, &["doctor", "-o", "json"])
        .fails(4, "permission_denied");
}

#[test]
fn since_and_until_take_a_length_a_date_or_a_word() {
    let env = Env::with_demo();
    let fab = env.token(common::demo::FAB_ADMIN, common::demo::PASS);
    let count = |since: &str| -> usize {
        env.json_as(&fab, &["audit", "list", "--since", since])
            .as_array()
            .unwrap()
            .len()
    };
    let all = env
        .json_as(&fab, &["audit", "list"])
        .as_array()
        .unwrap()
        .len();
    // The demo's story runs over the last weeks before NOW (2027-01-01).
    assert_eq!(count("400d"), all);
    assert_eq!(count("2026-01-01"), all);
    assert_eq!(count("2026-01-01T00:00:00Z"), all);
    assert!(count("yesterday") < all);
    assert_eq!(count("yesterday"), count("2026-12-31"));
    assert_eq!(count("today"), count("2027-01-01"));
    assert_eq!(count("1d"), count("2026-12-31"));
    env.run_as(&fab, &["audit", "list", "--since", "soon", "-o", "json"])
        .fails(2, "invalid_input");
}
