use std::collections::{BTreeSet, HashMap};

use super::tx::Optional;
use super::value::params;

use super::new_id;
use super::row::{self, row, Selected};
use super::tenants::TenantRow;
use super::Tx;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, RelationshipStatus};

row! {
    pub struct RelationshipRow {
        id: String,
        partner_tenant_id: String,
        customer_tenant_id: String,
        invite_id: Option<String>,
        access: BTreeSet<DirectoryRole> = row::roles,
        accepted_by: String,
        accepted_at: String,
        expires_at: Option<String>,
        auto_extend: bool,
        status: RelationshipStatus = row::parsed,
        terminated_by: Option<String>,
        terminated_at: Option<String>,
        /// Unique among the partner's relationships that are not terminated.
        name: String,
        /// The relationship this one renewed, if any.
        renews: Option<String>,
    }
}

/// Unqualified, so that an `INSERT` or `UPDATE` can return them too.
const COLUMNS: &str = "id, partner_tenant_id, customer_tenant_id, invite_id, access, accepted_by,
    accepted_at, expires_at, auto_extend, status, terminated_by, terminated_at,
    coalesce(name, id), renews";

impl Selected for RelationshipRow {
    const COLUMNS: &'static str = COLUMNS;
    const FROM: &'static str = "relationships";
}

pub struct NewRelationship<'a> {
    pub partner_tenant_id: &'a str,
    pub customer_tenant_id: &'a str,
    pub invite_id: Option<&'a str>,
    pub access: &'a BTreeSet<DirectoryRole>,
    pub accepted_by: &'a str,
    pub accepted_at: &'a str,
    pub expires_at: Option<&'a str>,
    pub auto_extend: bool,
    pub name: &'a str,
    pub renews: Option<&'a str>,
}

/// Inserts an active relationship; returns it as stored.
pub fn insert(tx: &Tx<'_>, n: &NewRelationship<'_>) -> Result<RelationshipRow> {
    let id = new_id();
    tx.query_row(
        &format!(
        "INSERT INTO relationships (id, partner_tenant_id, customer_tenant_id, invite_id, access,
             accepted_by, accepted_at, expires_at, auto_extend, status, name, renews)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 'active', ?10, ?11)
         RETURNING {COLUMNS}"
    ),
        params![
            id,
            n.partner_tenant_id,
            n.customer_tenant_id,
            n.invite_id,
            crate::model::roles_to_csv(n.access),
            n.accepted_by,
            n.accepted_at,
            n.expires_at,
            n.auto_extend,
            n.name,
            n.renews
        ],
        RelationshipRow::from_row,
    )
    .map_err(|e| {
        super::unique_conflict(e, || {
            format!(
                "the partner already has a relationship named {:?} that is not terminated; choose another name (--name)",
                n.name
            )
        })
    })
}

/// Whether the partner holds a relationship named `name` that is not terminated.
pub fn name_taken(tx: &Tx<'_>, partner_tenant_id: &str, name: &str) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM relationships
                         WHERE partner_tenant_id = ?1 AND name = ?2 AND status <> 'terminated')",
        [partner_tenant_id, name],
        |r| r.get(0),
    )?)
}

/// A tenant's relationships on either side, oldest first.
pub fn of_tenant(tx: &Tx<'_>, tenant_id: &str) -> Result<Vec<RelationshipRow>> {
    tx.select(
        "WHERE partner_tenant_id = ?1 OR customer_tenant_id = ?1 ORDER BY accepted_at, id",
        [tenant_id],
    )
}

pub fn by_id(tx: &Tx<'_>, id: &str) -> Result<Option<RelationshipRow>> {
    tx.select_one("WHERE id = ?1", [id])
}

/// The condition and order of [`between`].
const BETWEEN: &str = "WHERE partner_tenant_id = ?1 AND customer_tenant_id = ?2
    ORDER BY accepted_at DESC, id DESC";

/// What [`between`] runs.
pub fn sql_for_between() -> String {
    RelationshipRow::sql(BETWEEN)
}

/// Relationships between one partner and one customer, newest first.
pub fn between(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    customer_tenant_id: &str,
) -> Result<Vec<RelationshipRow>> {
    tx.select(BETWEEN, [partner_tenant_id, customer_tenant_id])
}

/// The stored-active relationships of a pair, oldest first (some may have expired by the
/// clock).
pub fn stored_active(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    customer_tenant_id: &str,
) -> Result<Vec<RelationshipRow>> {
    let mut rows = between(tx, partner_tenant_id, customer_tenant_id)?;
    rows.retain(|r| r.status == RelationshipStatus::Active);
    rows.reverse();
    Ok(rows)
}

/// The condition and order of [`stored_active_with`] for `n` customers.
fn stored_active_with_rest(n: usize) -> String {
    format!(
        "WHERE partner_tenant_id = ?1 AND status = 'active' AND customer_tenant_id IN ({})
         ORDER BY accepted_at, id",
        super::many::in_list(2, n)
    )
}

/// What [`stored_active_with`] runs for `n` customers.
pub fn sql_for_stored_active_with(n: usize) -> String {
    RelationshipRow::sql(&stored_active_with_rest(n))
}

/// The stored-active relationships of a partner with each of `customers`, oldest first (some
/// may have expired by the clock): [`stored_active`] for many customers at once.
pub fn stored_active_with(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    customers: &[&str],
) -> Result<Vec<RelationshipRow>> {
    let mut out = Vec::new();
    let fixed = params![partner_tenant_id];
    super::many::each_row(tx, fixed, customers, sql_for_stored_active_with, |r| {
        out.push(<RelationshipRow as row::FromRow>::read(r)?);
        Ok(())
    })?;
    Ok(out)
}

/// All relationships of a customer (its partners) or of a partner (its customers).
pub fn of_customer(tx: &Tx<'_>, customer_tenant_id: &str) -> Result<Vec<RelationshipRow>> {
    of_side(tx, false, customer_tenant_id)
}

pub fn of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<RelationshipRow>> {
    of_side(tx, true, partner_tenant_id)
}

/// The condition and order of [`of_customer`] (`partner: false`) or [`of_partner`].
fn of_side_where(partner: bool) -> &'static str {
    if partner {
        "WHERE partner_tenant_id = ?1 ORDER BY accepted_at, id"
    } else {
        "WHERE customer_tenant_id = ?1 ORDER BY accepted_at, id"
    }
}

fn of_side(tx: &Tx<'_>, partner: bool, tenant_id: &str) -> Result<Vec<RelationshipRow>> {
    tx.select(of_side_where(partner), [tenant_id])
}

/// What [`ids_of_customer`] (`partner: false`) or [`ids_of_partner`] runs.
pub fn sql_for_ids_of_side(partner: bool) -> String {
    let side = if partner {
        "partner_tenant_id"
    } else {
        "customer_tenant_id"
    };
    format!("SELECT id FROM relationships WHERE {side} = ?1")
}

/// The ids of a customer's relationships, in no particular order: the narrow list a walk
/// over many relationships reads a page at a time ([`with_customers_in`]).
pub fn ids_of_customer(tx: &Tx<'_>, customer_tenant_id: &str) -> Result<Vec<String>> {
    tx.column(&sql_for_ids_of_side(false), [customer_tenant_id])
}

/// The ids of a partner's relationships, in no particular order (see [`ids_of_customer`]).
pub fn ids_of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<String>> {
    tx.column(&sql_for_ids_of_side(true), [partner_tenant_id])
}

/// What [`with_customers_in`] runs for `n` ids to read the relationships (their customers
/// are [`super::tenants::by_ids`]).
pub fn sql_for_in(n: usize) -> String {
    RelationshipRow::sql(&in_where(n))
}

/// The condition and order of [`sql_for_in`].
fn in_where(n: usize) -> String {
    format!("WHERE id IN ({}) ORDER BY id", super::many::in_list(1, n))
}

/// The relationships of `ids` (one page of a longer list: each id is a parameter) with the
/// customer each is with, by id (byte order). Two lookups by primary key, not a join: on
/// PostgreSQL, a join of a page of 1,000 would rather hash every tenant of a large store.
pub fn with_customers_in(tx: &Tx<'_>, ids: &[String]) -> Result<Vec<(RelationshipRow, TenantRow)>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let params: Vec<&dyn super::value::Param> = ids.iter().map(|i| i as _).collect();
    let rows: Vec<RelationshipRow> = tx.select(&in_where(ids.len()), &params[..])?;
    let mut customer_ids: Vec<&str> = rows.iter().map(|r| r.customer_tenant_id.as_str()).collect();
    customer_ids.sort_unstable();
    customer_ids.dedup();
    let customers: HashMap<String, TenantRow> = super::tenants::by_ids(tx, &customer_ids)?
        .into_iter()
        .map(|t| (t.id.clone(), t))
        .collect();
    rows.into_iter()
        .map(|r| {
            let customer = customers
                .get(&r.customer_tenant_id)
                .cloned()
                .ok_or_else(|| {
                    Error::internal(format!(
                        "relationship {} names a customer tenant that does not exist",
                        r.id
                    ))
                })?;
            Ok((r, customer))
        })
        .collect()
}

/// Ends a relationship, and with it the open elevations through it: the relationship as it
/// now is, or `None` when it was already terminated.
pub fn terminate(tx: &Tx<'_>, id: &str, by: &str, at: &str) -> Result<Option<RelationshipRow>> {
    super::elevations::end_all(tx, super::elevations::EndOf::Relationship, id, by, at)?;
    Ok(tx
        .query_row(
            &format!(
            "UPDATE relationships SET status = 'terminated', terminated_by = ?2, terminated_at = ?3
             WHERE id = ?1 AND status <> 'terminated'
             RETURNING {COLUMNS}"
        ),
            params![id, by, at],
            RelationshipRow::from_row,
        )
        .optional()?)
}

/// The order of [`of_partner_with_customers`].
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum CustomerOrder {
    /// By the customer's domain (byte order), oldest first within a customer.
    Domain,
    /// Oldest first, as [`of_partner`].
    Accepted,
}

/// Every relationship of a partner with the customer it is with: the views over all the
/// partner's customers in one query, streamed.
pub fn of_partner_with_customers(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    order: CustomerOrder,
    mut f: impl FnMut(RelationshipRow, TenantRow) -> Result<()>,
) -> Result<()> {
    let bytes = match tx.engine() {
        super::Engine::Sqlite => "COLLATE BINARY",
        super::Engine::Postgres => "COLLATE \"C\"",
    };
    let order = match order {
        CustomerOrder::Domain => format!("t.domain {bytes}, r.accepted_at, r.id"),
        CustomerOrder::Accepted => "r.accepted_at, r.id".to_string(),
    };
    let sql = format!(
        "SELECT r.id, r.partner_tenant_id, r.customer_tenant_id, r.invite_id, r.access,
                r.accepted_by, r.accepted_at, r.expires_at, r.auto_extend, r.status,
                r.terminated_by, r.terminated_at, coalesce(r.name, r.id), r.renews, {}
           FROM relationships r JOIN tenants t ON t.id = r.customer_tenant_id
          WHERE r.partner_tenant_id = ?1
          ORDER BY {order}",
        super::tenants::COLUMNS
    );
    tx.for_each(&sql, [partner_tenant_id], |r| {
        f(
            RelationshipRow::from_row_at(r, 0)?,
            TenantRow::from_row_at(r, 14)?,
        )
    })
}
