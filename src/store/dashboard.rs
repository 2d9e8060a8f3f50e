//! The partner overview's rows in one joined query: each relationship of the partner with its
//! customer and the customer's aggregates, streamed in the overview's order (the dashboard
//! must stay fast and small at 100,000 tenants: no query per customer, no list in memory).

use super::relationships::RelationshipRow;
use super::tenants::TenantRow;
use super::value::Param;
use super::{Engine, Tx};
use crate::error::Result;

/// A customer's counts for the overview.
#[derive(Debug, Clone)]
pub struct Aggregates {
    pub open_requests: i64,
    pub valid_units: i64,
    pub assigned_units: i64,
    pub domains: i64,
    /// The name holds only printable ASCII, so the query's order of it is Rust's
    /// (`to_lowercase`, byte order); other names come first and are sorted by the caller.
    pub plain_name: bool,
}

impl Aggregates {
    fn from_row_at(r: &super::tx::Row<'_>, at: usize) -> super::tx::DbResult<Self> {
        Ok(Aggregates {
            open_requests: r.get(at)?,
            valid_units: r.get(at + 1)?,
            assigned_units: r.get(at + 2)?,
            domains: r.get(at + 3)?,
            plain_name: r.get(at + 4)?,
        })
    }
}

/// One relationship of the partner with the customer it is with.
pub struct OverviewRow {
    pub relationship: RelationshipRow,
    pub customer: TenantRow,
    pub aggregates: Aggregates,
}

/// What narrows the rows in the query. Each only drops customers the caller's own check
/// would drop too: the caller still applies the exact rule.
#[derive(Default)]
pub struct Narrowing<'a> {
    /// Lowercased text that the customer's lowercased name or its domain contains.
    pub search: Option<&'a str>,
    /// Only customers with health entries of their own.
    pub own_health: bool,
    /// Only customers with a relationship that is not terminated and stored to end by then
    /// (an auto-extension only moves an end later).
    pub ending_by: Option<&'a str>,
}

const RELATIONSHIP: &str = "r.id, r.partner_tenant_id, r.customer_tenant_id, r.invite_id, r.access,
    r.accepted_by, r.accepted_at, r.expires_at, r.auto_extend, r.status, r.terminated_by,
    r.terminated_at, coalesce(r.name, r.id), r.renews";

const AGGREGATES: &str = "
    (SELECT count(*) FROM service_requests q
      WHERE q.tenant_id = t.id AND q.status IN ('open', 'in-progress')),
    (SELECT CAST(coalesce(sum(s.valid_units), 0) AS BIGINT) FROM subscriptions s
      WHERE s.tenant_id = t.id),
    (SELECT count(*) FROM license_assignments a WHERE a.tenant_id = t.id),
    (SELECT count(*) FROM domains d WHERE d.tenant_id = t.id)";

/// The engine's spelling of the few expressions that differ: byte-order comparison, ASCII-only
/// lowercasing, "holds only printable ASCII", substring search, and the indexed search
/// (migration 0013): the tenants whose name or domain may hold a needle of three characters
/// or more, as a set of ids, and the pattern it takes.
struct Dialect {
    plain: fn(&str) -> String,
    lower: fn(&str) -> String,
    bytes: &'static str,
    contains: fn(&str, &str) -> String,
    indexed: fn(&str) -> String,
    pattern: fn(&str) -> String,
}

const SQLITE: Dialect = Dialect {
    plain: |c| format!("({c} NOT GLOB '*[^ -~]*')"),
    lower: |c| format!("lower({c})"),
    bytes: "COLLATE BINARY",
    contains: |hay, needle| format!("instr({hay}, {needle}) > 0"),
    indexed: |p| {
        format!(
            "SELECT tenant_id FROM tenant_search WHERE tenant_search MATCH {p}
              UNION SELECT id FROM tenants WHERE name GLOB '*[^ -~]*' OR domain GLOB '*[^ -~]*'"
        )
    },
    // One FTS5 phrase: the trigram tokenizer matches it as a substring, case folded.
    pattern: |needle| format!("\"{}\"", needle.replace('"', "\"\"")),
};

const POSTGRES: Dialect = Dialect {
    plain: |c| format!("({c} COLLATE \"C\" !~ '[^ -~]')"),
    lower: |c| format!("lower({c} COLLATE \"C\")"),
    bytes: "COLLATE \"C\"",
    contains: |hay, needle| format!("strpos({hay}, {needle}) > 0"),
    indexed: |p| {
        format!(
            "SELECT id FROM tenants WHERE lower(name COLLATE \"C\") LIKE {p} OR domain LIKE {p}
              UNION SELECT id FROM tenants
                     WHERE name COLLATE \"C\" ~ '[^ -~]' OR domain COLLATE \"C\" ~ '[^ -~]'"
        )
    },
    // A LIKE pattern (backslash escapes) that the trigram indexes answer.
    pattern: |needle| {
        let mut p = String::from("%");
        for c in needle.chars() {
            if matches!(c, '\\' | '%' | '_') {
                p.push('\\');
            }
            p.push(c);
        }
        p.push('%');
        p
    },
};

fn dialect(engine: Engine) -> Dialect {
    match engine {
        Engine::Sqlite => SQLITE,
        Engine::Postgres => POSTGRES,
    }
}

/// The access assignments the overview needs: on every relationship of the partner, or with
/// an indexed search only on those of the customers it may find (a partner with 100,000
/// customers need not read them all to show one).
pub fn assignments(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    n: &Narrowing<'_>,
) -> Result<Vec<super::assignments::AssignmentRow>> {
    match search_pattern(tx.engine(), n) {
        Some(p) => super::assignments::of_partner_customers_in(
            tx,
            partner_tenant_id,
            &(dialect(tx.engine()).indexed)("?2"),
            &p,
        ),
        None => super::assignments::of_partner(tx, partner_tenant_id),
    }
}

/// The shortest needle the trigram indexes can answer.
const INDEXED_SEARCH: usize = 3;

/// The pattern of an indexed search for `n` on `engine`, when the needle is long enough.
fn search_pattern(engine: Engine, n: &Narrowing<'_>) -> Option<String> {
    let d = dialect(engine);
    n.search
        .filter(|s| s.chars().count() >= INDEXED_SEARCH)
        .map(|s| (d.pattern)(s))
}

/// The overview's statement on `engine` and its parameters.
fn overview_query<'a>(
    engine: Engine,
    partner_tenant_id: &'a &'a str,
    n: &'a Narrowing<'a>,
    pattern: Option<&'a String>,
) -> (String, Vec<&'a dyn Param>) {
    let d = dialect(engine);
    let mut params: Vec<&dyn Param> = vec![partner_tenant_id];
    let mut filter = String::new();
    if let Some(p) = pattern {
        // Only the candidates the index finds; the caller's exact rule decides.
        params.push(p);
        filter.push_str(&format!(
            " AND t.id IN ({})",
            (d.indexed)(&format!("?{}", params.len()))
        ));
    } else if let Some(s) = &n.search {
        params.push(s);
        let p = params.len();
        filter.push_str(&format!(
            " AND (NOT {} OR NOT {} OR {} OR {})",
            (d.plain)("t.name"),
            (d.plain)("t.domain"),
            (d.contains)(&(d.lower)("t.name"), &format!("?{p}")),
            (d.contains)("t.domain", &format!("?{p}")),
        ));
    }
    if n.own_health {
        filter.push_str(" AND t.id IN (SELECT tenant_id FROM health WHERE tenant_id IS NOT NULL)");
    }
    if let Some(by) = &n.ending_by {
        params.push(by);
        filter.push_str(&format!(
            " AND EXISTS (SELECT 1 FROM relationships x
                           WHERE x.partner_tenant_id = r.partner_tenant_id
                             AND x.customer_tenant_id = r.customer_tenant_id
                             AND x.status <> 'terminated' AND x.expires_at {} <= ?{})",
            d.bytes,
            params.len()
        ));
    }
    let plain = (d.plain)("t.name");
    let sql = format!(
        "SELECT {RELATIONSHIP}, {tenant}, {AGGREGATES}, {plain}
           FROM relationships r JOIN tenants t ON t.id = r.customer_tenant_id
          WHERE r.partner_tenant_id = ?1{filter}
          ORDER BY {plain}, {lower} {bytes}, t.domain {bytes}, r.accepted_at, r.id",
        tenant = super::tenants::COLUMNS,
        lower = (d.lower)("t.name"),
        bytes = d.bytes,
    );
    (sql, params)
}

/// The overview's statement on `engine`, plain or with a search (for the plan checks of
/// `tests/query_plans.rs`).
pub fn sql_for_overview(engine: Engine, search: Option<&str>) -> String {
    let n = Narrowing {
        search,
        ..Narrowing::default()
    };
    let pattern = search_pattern(engine, &n);
    overview_query(engine, &"p", &n, pattern.as_ref()).0
}

/// Every relationship of the partner, with its customer, grouped by customer in the
/// overview's order (names that are not plain ASCII first, then by lowercased name and
/// domain), oldest relationship first within a customer.
pub fn overview(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    n: &Narrowing<'_>,
    mut f: impl FnMut(OverviewRow) -> Result<()>,
) -> Result<()> {
    let pattern = search_pattern(tx.engine(), n);
    let (sql, params) = overview_query(tx.engine(), &partner_tenant_id, n, pattern.as_ref());
    tx.for_each(&sql, params.as_slice(), |r| {
        f(OverviewRow {
            relationship: RelationshipRow::from_row_at(r, 0)?,
            customer: TenantRow::from_row_at(r, 14)?,
            aggregates: Aggregates::from_row_at(r, 24)?,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The overview is read through indexes: no full scan of the relationships or tenants,
    /// a search of three characters or more included (FTS5 is a virtual table: its own
    /// index answers MATCH).
    #[test]
    fn the_overview_scans_no_big_table_in_full() {
        let mut conn = rusqlite::Connection::open_in_memory().unwrap();
        super::super::migrations::sqlite()
            .to_latest(&mut conn)
            .unwrap();
        let narrowings = [
            Narrowing::default(),
            Narrowing {
                own_health: true,
                ..Narrowing::default()
            },
            Narrowing {
                ending_by: Some("2027-01-01T00:00:00Z"),
                ..Narrowing::default()
            },
            Narrowing {
                search: Some("contoso"),
                ..Narrowing::default()
            },
        ];
        for n in &narrowings {
            let pattern = search_pattern(Engine::Sqlite, n);
            let (sql, params) = overview_query(Engine::Sqlite, &"p", n, pattern.as_ref());
            let mut st = conn.prepare(&format!("EXPLAIN QUERY PLAN {sql}")).unwrap();
            let nulls = vec![rusqlite::types::Null; params.len()];
            let plan: Vec<String> = st
                .query_map(rusqlite::params_from_iter(nulls), |r| r.get(3))
                .unwrap()
                .collect::<rusqlite::Result<_>>()
                .unwrap();
            for step in &plan {
                // Allowed: FTS5 answering MATCH from its own index, and the partial index of
                // names that are not plain ASCII (it holds only those).
                let indexed = step.contains("VIRTUAL TABLE INDEX 0:M")
                    || step.contains("USING INDEX tenants_not_plain");
                assert!(
                    !step.starts_with("SCAN ") || indexed,
                    "a full scan in the overview's plan: {plan:?}"
                );
            }
        }
    }
}
