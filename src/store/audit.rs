//! The append-only, hash-chained audit trail.

use super::tx::Optional;
use super::value::{params, Param};
use sha2::{Digest, Sha256};

use super::row::row;
use super::Tx;
use crate::error::{Error, Result};

/// The `prev_hash` of the first entry.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// One audit entry as written. Never holds a secret.
pub struct NewEntry<'a> {
    pub at: &'a str,
    pub actor_upn: Option<&'a str>,
    pub actor_tenant_id: Option<&'a str>,
    pub target_tenant_id: Option<&'a str>,
    pub action: &'a str,
    pub allowed: bool,
    pub reason: &'a str,
    pub relationship_id: Option<&'a str>,
    pub object: Option<&'a str>,
    pub summary: Option<&'a str>,
}

row! {
    /// An entry as stored.
    pub struct EntryRow {
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
}

/// The canonical bytes of an entry: a JSON array of its fields in a fixed order.
#[allow(clippy::too_many_arguments)]
fn canonical(
    seq: i64,
    at: &str,
    actor_upn: Option<&str>,
    actor_tenant_id: Option<&str>,
    target_tenant_id: Option<&str>,
    action: &str,
    outcome: &str,
    reason: &str,
    relationship_id: Option<&str>,
    object: Option<&str>,
    summary: Option<&str>,
) -> Result<Vec<u8>> {
    serde_json::to_vec(&(
        seq,
        at,
        actor_upn,
        actor_tenant_id,
        target_tenant_id,
        action,
        outcome,
        reason,
        relationship_id,
        object,
        summary,
    ))
    .map_err(|e| Error::internal(format!("cannot encode audit entry {seq}: {e}")))
}

/// `SHA-256(prev_hash ‖ canonical bytes)`, hex.
pub fn chain_hash(prev_hash: &str, canonical: &[u8]) -> String {
    let mut h = Sha256::new();
    h.update(prev_hash.as_bytes());
    h.update(canonical);
    hex::encode(h.finalize())
}

impl EntryRow {
    /// The hash this entry should have, given its predecessor's hash.
    pub fn expected_hash(&self, prev_hash: &str) -> Result<String> {
        Ok(chain_hash(
            prev_hash,
            &canonical(
                self.seq,
                &self.at,
                self.actor_upn.as_deref(),
                self.actor_tenant_id.as_deref(),
                self.target_tenant_id.as_deref(),
                &self.action,
                &self.outcome,
                &self.reason,
                self.relationship_id.as_deref(),
                self.object.as_deref(),
                self.summary.as_deref(),
            )?,
        ))
    }
}

/// Appends an entry at the head of the chain. Runs inside the caller's immediate transaction,
/// so the head cannot move between reading it and writing after it.
pub fn append(tx: &Tx<'_>, e: &NewEntry<'_>) -> Result<()> {
    append_many(tx, std::slice::from_ref(e))
}

/// Appends entries at the head of the chain, in their order: the head is read once, the
/// chain is hashed here, and the entries are written a few hundred per statement on
/// PostgreSQL (a bulk run's thousands of entries in a few round trips), one per prepared
/// statement run on SQLite ([`super::many::rows_per_insert`]).
pub fn append_many(tx: &Tx<'_>, entries: &[NewEntry<'_>]) -> Result<()> {
    if entries.is_empty() {
        return Ok(());
    }
    let head: Option<(i64, String)> = tx
        .query_row(HEAD, params![], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?;
    let (mut seq, mut prev) = head.unwrap_or((0, GENESIS.to_string()));
    // Each entry's number, outcome, predecessor's hash and own hash.
    let mut chained: Vec<(i64, &str, String, String)> = Vec::with_capacity(entries.len());
    for e in entries {
        seq += 1;
        let outcome = if e.allowed { "allowed" } else { "denied" };
        // Hashed from the same encoding `audit verify` checks (`EntryRow::expected_hash`),
        // from the borrowed fields: no copy of the entry per row of a bulk run.
        let hash = chain_hash(
            &prev,
            &canonical(
                seq,
                e.at,
                e.actor_upn,
                e.actor_tenant_id,
                e.target_tenant_id,
                e.action,
                outcome,
                e.reason,
                e.relationship_id,
                e.object,
                e.summary,
            )?,
        );
        chained.push((
            seq,
            outcome,
            std::mem::replace(&mut prev, hash.clone()),
            hash,
        ));
    }
    let per = super::many::rows_per_insert(tx, COLUMNS);
    let mut inserts = super::many::Inserts::new(INSERT_INTO, COLUMNS, "");
    for (rows, links) in entries.chunks(per).zip(chained.chunks(per)) {
        let mut p: Vec<&dyn Param> = Vec::with_capacity(rows.len() * COLUMNS);
        for (e, link) in rows.iter().zip(links) {
            p.extend_from_slice(params![
                link.0,
                e.at,
                e.actor_upn,
                e.actor_tenant_id,
                e.target_tenant_id,
                e.action,
                link.1,
                e.reason,
                e.relationship_id,
                e.object,
                e.summary,
                link.2,
                link.3
            ]);
        }
        tx.execute(inserts.sql(rows.len()), p.as_slice())?;
    }
    Ok(())
}

/// The columns of an entry as written.
const COLUMNS: usize = 13;
const INSERT_INTO: &str =
    "INSERT INTO audit (seq, at, actor_upn, actor_tenant_id, target_tenant_id, action, outcome,
                        reason, relationship_id, object, summary, prev_hash, hash)";

/// The head of the chain: the newest entry's number and hash.
pub const HEAD: &str = "SELECT seq, hash FROM audit ORDER BY seq DESC LIMIT 1";

const SELECT: &str =
    "SELECT seq, at, actor_upn, actor_tenant_id, target_tenant_id, action, outcome,
    reason, relationship_id, object, summary, prev_hash, hash FROM audit";

/// Calls `f` for every entry in `seq` order (streaming: the trail can be long).
pub fn each(tx: &Tx<'_>, mut f: impl FnMut(EntryRow) -> Result<()>) -> Result<()> {
    tx.for_each(&format!("{SELECT} ORDER BY seq"), params![], |r| {
        f(EntryRow::from_row(r)?)
    })
}

/// Filters for `audit list`. `tenant_scope`: entries whose target is this tenant, or whose
/// actor belongs to `actor_tenant_scope`; both `None` means every entry.
#[derive(Debug, Default)]
pub struct Query<'a> {
    pub target_tenant: Option<&'a str>,
    pub or_actor_tenant: Option<&'a str>,
    pub actor_upn: Option<&'a str>,
    pub action: Option<&'a str>,
    pub since: Option<&'a str>,
    pub until: Option<&'a str>,
    pub outcome: Option<&'a str>,
    pub limit: Option<i64>,
}

/// The statement `list` runs for `q`, and its parameters: only the filters given become
/// conditions (an absent one is no `?N IS NULL OR …` the planner cannot see past), so each
/// is served by an index read newest first.
pub fn sql_for_list<'q>(q: &'q Query<'q>) -> (String, Vec<&'q dyn Param>) {
    let mut params: Vec<&'q dyn Param> = Vec::new();
    let mut conds: Vec<String> = Vec::new();
    let bind = |params: &mut Vec<&'q dyn Param>, p: &'q dyn Param| {
        params.push(p);
        format!("?{}", params.len())
    };
    match (&q.target_tenant, &q.or_actor_tenant) {
        (Some(t), Some(a)) => {
            let t = bind(&mut params, t);
            let a = bind(&mut params, a);
            conds.push(format!("(target_tenant_id = {t} OR actor_tenant_id = {a})"));
        }
        (Some(t), None) => conds.push(format!("target_tenant_id = {}", bind(&mut params, t))),
        (None, Some(a)) => conds.push(format!("actor_tenant_id = {}", bind(&mut params, a))),
        (None, None) => {}
    }
    for (column, op, value) in [
        ("actor_upn", "=", &q.actor_upn),
        ("action", "=", &q.action),
        ("at", ">=", &q.since),
        ("at", "<", &q.until),
        ("outcome", "=", &q.outcome),
    ] {
        if let Some(v) = value {
            conds.push(format!("{column} {op} {}", bind(&mut params, v)));
        }
    }
    let filter = if conds.is_empty() {
        String::new()
    } else {
        format!(" WHERE {}", conds.join(" AND "))
    };
    let limit = match &q.limit {
        Some(n) => format!(" LIMIT {}", bind(&mut params, n)),
        None => String::new(),
    };
    (
        format!("SELECT * FROM ({SELECT}{filter} ORDER BY seq DESC{limit}) AS recent ORDER BY seq"),
        params,
    )
}

/// The newest entries matching `q`, returned oldest first.
pub fn list(tx: &Tx<'_>, q: &Query<'_>) -> Result<Vec<EntryRow>> {
    let (sql, params) = sql_for_list(q);
    Ok(tx.query_map(&sql, params.as_slice(), EntryRow::from_row)?)
}

pub fn head(tx: &Tx<'_>) -> Result<Option<(i64, String)>> {
    Ok(tx
        .query_row(HEAD, params![], |r| Ok((r.get(0)?, r.get(1)?)))
        .optional()?)
}

/// How many entries after `seq` were made by someone other than `upn` (for a reader that
/// wants its reads to form one picture: its own recorded reads do not count).
pub fn count_after_by_others(tx: &Tx<'_>, seq: i64, upn: Option<&str>) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT COUNT(*) FROM audit WHERE seq > ?1
            AND (actor_upn IS NULL OR CAST(?2 AS TEXT) IS NULL OR actor_upn <> ?2)",
        params![seq, upn],
        |r| r.get(0),
    )?)
}
