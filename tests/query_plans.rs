//! The statements that must stay cheap as the store grows (issue 15) read through indexes:
//! `audit list` with a filter, the lookups of a bulk invite or grant (per row, and for the
//! whole file at once), and the queries `doctor` makes per customer. Each statement is the one the store runs (its
//! SQL comes from the store), planned by the engine the suite runs on: SQLite's
//! `EXPLAIN QUERY PLAN`, PostgreSQL's `EXPLAIN` with sequential scans priced out (on tables
//! this small the planner would rightly prefer them; priced out, it still picks one only
//! when no index serves the statement). A full scan of a table fails the test.

mod common;

use common::*;
use partnerctl::store::{self, audit::Query, invites::InviteRow};

/// Every statement to check, named for messages.
fn statements() -> Vec<(&'static str, String)> {
    let audit = |q: &Query<'_>| store::audit::sql_for_list(q).0;
    vec![
        (
            "audit list --action X --limit 50",
            audit(&Query {
                action: Some("x"),
                limit: Some(50),
                ..Default::default()
            }),
        ),
        (
            "audit list --action X (a customer's scope)",
            audit(&Query {
                target_tenant: Some("t"),
                or_actor_tenant: Some("t"),
                action: Some("x"),
                limit: Some(50),
                ..Default::default()
            }),
        ),
        (
            "audit list --actor U",
            audit(&Query {
                actor_upn: Some("u"),
                limit: Some(50),
                ..Default::default()
            }),
        ),
        (
            "audit list --outcome denied",
            audit(&Query {
                outcome: Some("denied"),
                limit: Some(50),
                ..Default::default()
            }),
        ),
        (
            "audit list (a customer's scope)",
            audit(&Query {
                target_tenant: Some("t"),
                or_actor_tenant: Some("t"),
                limit: Some(50),
                ..Default::default()
            }),
        ),
        (
            "invite: pending for a domain",
            store::invites::PENDING_FOR.into(),
        ),
        (
            "invite: lapse an expired one",
            store::invites::sql_for_lapse_expired(1),
        ),
        (
            "invite: a domain's owner",
            store::tenants::DOMAIN_OWNER.into(),
        ),
        (
            "invite: relationships of a pair",
            store::relationships::sql_for_between(),
        ),
        ("grant: a user by upn", store::users::sql_for_find_by_upn()),
        (
            "grant: a tenant by domain or id",
            store::tenants::sql_for_find(),
        ),
        ("grant: an existing grant", store::grants::FIND.into()),
        (
            "invite --from-csv: the domains' owners",
            store::tenants::sql_for_domain_owners(3),
        ),
        (
            "invite --from-csv: pending invites for the domains",
            store::invites::sql_for_pending_for_each(3),
        ),
        (
            "invite --from-csv: lapse the expired ones",
            store::invites::sql_for_lapse_expired(3),
        ),
        (
            "invite --from-csv: active relationships with the owners",
            store::relationships::sql_for_stored_active_with(3),
        ),
        (
            "grants add --from-csv: the customers by domain",
            store::tenants::sql_for_find_many("domain", 3),
        ),
        (
            "grants add --from-csv, doctor: tenants by id",
            store::tenants::sql_for_find_many("id", 3),
        ),
        (
            "grants add --from-csv: the grants the users hold",
            store::grants::sql_for_held_by(3),
        ),
        (
            "doctor: a customer's relationships",
            store::relationships::sql_for_ids_of_side(false),
        ),
        (
            "doctor: a partner's relationships",
            store::relationships::sql_for_ids_of_side(true),
        ),
        (
            "doctor: a page of relationships",
            store::relationships::sql_for_in(3),
        ),
        ("doctor: a tenant by id", store::tenants::sql_for_by_id()),
        (
            "doctor: a page of relationships' assignments",
            store::assignments::sql_for_of_relationships_in(3),
        ),
        (
            "doctor: a partner's invites",
            store::pending::sql_for_of_partner::<InviteRow>(),
        ),
        ("doctor: a tenant's users", store::users::sql_for_list()),
        (
            "dashboard",
            store::dashboard::sql_for_overview(engine(), None),
        ),
        (
            "dashboard --search contoso",
            store::dashboard::sql_for_overview(engine(), Some("contoso")),
        ),
    ]
}

/// The engine the suite runs on.
fn engine() -> store::Engine {
    if common::backend::on_postgres() {
        store::Engine::Postgres
    } else {
        store::Engine::Sqlite
    }
}

/// How many `?N` parameters a statement takes.
fn arity(sql: &str) -> usize {
    let b = sql.as_bytes();
    let mut n = 0;
    for (i, c) in b.iter().enumerate() {
        if *c == b'?' {
            let digits: String = sql[i + 1..]
                .chars()
                .take_while(char::is_ascii_digit)
                .collect();
            n = n.max(digits.parse().unwrap_or(0));
        }
    }
    n
}

/// The plan's lines that read a whole table.
fn full_scans(plan: &[String]) -> Vec<String> {
    plan.iter()
        .filter(|l| {
            let l = l.trim_start_matches(['|', '`', '-', ' ']);
            // `recent` is `audit list`'s own subquery of at most `--limit` rows; FTS5 answers
            // MATCH from its own index (`INDEX 0:M…`); `tenants_not_plain` is a partial index
            // of the few names that are not plain ASCII.
            let allowed = l.starts_with("SCAN recent")
                || l.contains("VIRTUAL TABLE INDEX 0:M")
                || l.contains("USING INDEX tenants_not_plain");
            (l.starts_with("SCAN ") && !allowed) || l.contains("Seq Scan")
        })
        .cloned()
        .collect()
}

fn plan(env: &Env, sql: &str) -> Vec<String> {
    match &env.pg {
        Some(pg) => {
            let mut c = postgres::Client::connect(&pg.owner_url, postgres::NoTls).expect("connect");
            c.batch_execute("SET enable_seqscan = off").expect("set");
            let n = arity(sql);
            let pg_sql = sql.replace('?', "$");
            c.batch_execute(&format!("PREPARE q AS {pg_sql}"))
                .unwrap_or_else(|e| panic!("{pg_sql}: {e}"));
            let args: Vec<String> = (0..n).map(|_| "'1'".to_string()).collect();
            let explain = if n == 0 {
                "EXPLAIN EXECUTE q".to_string()
            } else {
                format!("EXPLAIN EXECUTE q({})", args.join(", "))
            };
            c.query(&explain, &[])
                .unwrap_or_else(|e| panic!("{explain}: {e}"))
                .iter()
                .map(|r| r.get::<_, String>(0))
                .collect()
        }
        None => {
            let conn = ro(&env.db);
            let mut st = conn
                .prepare(&format!("EXPLAIN QUERY PLAN {sql}"))
                .unwrap_or_else(|e| panic!("{sql}: {e}"));
            // Planned for any value: every parameter is bound to null.
            let nulls = vec![rusqlite::types::Null; arity(sql)];
            st.query_map(rusqlite::params_from_iter(nulls), |r| r.get::<_, String>(3))
                .expect("plan")
                .collect::<rusqlite::Result<_>>()
                .expect("plan")
        }
    }
}

#[test]
fn filters_bulk_lookups_and_doctor_read_through_indexes() {
    let env = Env::with_demo();
    let mut failures = Vec::new();
    for (what, sql) in statements() {
        let plan = plan(&env, &sql);
        let scans = full_scans(&plan);
        if !scans.is_empty() {
            failures.push(format!("{what}: {scans:?}\n  {sql}\n  plan: {plan:#?}"));
        }
    }
    assert!(failures.is_empty(), "full scans:\n{}", failures.join("\n"));
}

/// The check itself: a statement without an index to serve it is caught.
#[test]
fn a_full_scan_is_caught() {
    let env = Env::with_demo();
    let plan = plan(&env, "SELECT seq FROM audit WHERE summary = ?1");
    assert!(!full_scans(&plan).is_empty(), "{plan:?}");
}
