//! Elevations: eligible roles activated in a customer for a while, after an approval when the
//! eligibility asks for one. Rows are kept for the record: `status` is `pending`, `active`,
//! `denied` or `ended`; an active one past `ends_at` is expired by the clock.

use std::collections::BTreeSet;

use super::row::{self, row, Selected};
use super::value::params;
use super::{new_id, Tx};
use crate::error::Result;
use crate::model::{DirectoryRole, ElevationStatus};

row! {
    /// An elevation with the names people read (the requester's UPN, the customer's domain,
    /// the relationship's name).
    pub struct ElevationRow {
        id: String,
        user_id: String,
        partner_tenant_id: String,
        customer_tenant_id: String,
        relationship_id: String,
        eligibility_id: Option<String>,
        roles: BTreeSet<DirectoryRole> = row::roles,
        minutes: i64,
        reason: String,
        ticket: Option<String>,
        status: ElevationStatus = row::parsed,
        requested_at: String,
        decided_by: Option<String>,
        decided_at: Option<String>,
        deny_reason: Option<String>,
        starts_at: Option<String>,
        ends_at: Option<String>,
        ended_at: Option<String>,
        ended_by: Option<String>,
        used_at: Option<String>,
        upn: String,
        customer_domain: String,
        relationship_name: String,
    }
}

impl Selected for ElevationRow {
    const COLUMNS: &'static str = "e.id, e.user_id, e.partner_tenant_id, e.customer_tenant_id,
        e.relationship_id, e.eligibility_id, e.roles, e.minutes, e.reason, e.ticket, e.status,
        e.requested_at, e.decided_by, e.decided_at, e.deny_reason, e.starts_at, e.ends_at,
        e.ended_at, e.ended_by, e.used_at, u.upn, c.domain, r.name";
    const FROM: &'static str = "elevations e";
    const JOINS: &'static str = row::USER_CUSTOMER_RELATIONSHIP;
}

pub struct NewElevation<'a> {
    pub user_id: &'a str,
    pub partner_tenant_id: &'a str,
    pub customer_tenant_id: &'a str,
    pub relationship_id: &'a str,
    pub eligibility_id: &'a str,
    pub roles: &'a BTreeSet<DirectoryRole>,
    pub minutes: i64,
    pub reason: &'a str,
    pub ticket: Option<&'a str>,
    pub at: &'a str,
    /// `Some((starts_at, ends_at))`: active at once (no approval needed); `None`: pending.
    pub window: Option<(&'a str, &'a str)>,
}

/// Records a request (pending) or an activation (active, with its window). Returns its id.
pub fn insert(tx: &Tx<'_>, n: &NewElevation<'_>) -> Result<String> {
    let id = new_id();
    let (status, starts, ends) = match n.window {
        Some((s, e)) => ("active", Some(s), Some(e)),
        None => ("pending", None, None),
    };
    tx.execute(
        "INSERT INTO elevations (id, user_id, partner_tenant_id, customer_tenant_id,
             relationship_id, eligibility_id, roles, minutes, reason, ticket, status,
             requested_at, starts_at, ends_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
        params![
            id,
            n.user_id,
            n.partner_tenant_id,
            n.customer_tenant_id,
            n.relationship_id,
            n.eligibility_id,
            crate::model::roles_to_csv(n.roles),
            n.minutes,
            n.reason,
            n.ticket,
            status,
            n.at,
            starts,
            ends
        ],
    )?;
    Ok(id)
}

pub fn by_id(tx: &Tx<'_>, id: &str) -> Result<Option<ElevationRow>> {
    tx.select_one("WHERE e.id = ?1", [id])
}

/// The user's elevations in the customer that may still be in force (active ones; the core
/// weighs their window against the clock).
pub fn active_of_user_in(
    tx: &Tx<'_>,
    user_id: &str,
    customer_tenant_id: &str,
) -> Result<Vec<ElevationRow>> {
    tx.select(
        "WHERE e.user_id = ?1 AND e.customer_tenant_id = ?2 AND e.status = 'active'
         ORDER BY e.id",
        [user_id, customer_tenant_id],
    )
}

/// The user's request or elevation in the customer that is still open at `now`: pending, or
/// active and not yet ended.
pub fn open_of_user_in(
    tx: &Tx<'_>,
    user_id: &str,
    customer_tenant_id: &str,
    now: &str,
) -> Result<Option<ElevationRow>> {
    tx.select_one(
        "WHERE e.user_id = ?1 AND e.customer_tenant_id = ?2
           AND (e.status = 'pending' OR (e.status = 'active' AND e.ends_at > ?3))
         ORDER BY e.id LIMIT 1",
        [user_id, customer_tenant_id, now],
    )
}

/// The partner's elevations (one user's when `user_id` is given; only pending ones when
/// `pending`), newest first.
pub fn of_partner(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    user_id: Option<&str>,
    pending: bool,
) -> Result<Vec<ElevationRow>> {
    tx.select(
        "WHERE e.partner_tenant_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR e.user_id = ?2)
           AND (?3 = 0 OR e.status = 'pending')
         ORDER BY e.requested_at DESC, e.id DESC",
        params![partner_tenant_id, user_id, pending],
    )
}

/// The elevations with the tenant on either side, or every one (`None`), oldest first (for
/// `notify`).
pub fn involving(tx: &Tx<'_>, tenant_id: Option<&str>) -> Result<Vec<ElevationRow>> {
    let order = "ORDER BY e.requested_at, e.id";
    match tenant_id {
        Some(t) => tx.select(
            &format!("WHERE e.partner_tenant_id = ?1 OR e.customer_tenant_id = ?1 {order}"),
            [t],
        ),
        None => tx.select(order, params![]),
    }
}

/// The elevations in a customer (for its admins' `access`), active ones only.
pub fn active_in_customer(tx: &Tx<'_>, customer_tenant_id: &str) -> Result<Vec<ElevationRow>> {
    tx.select(
        "WHERE e.customer_tenant_id = ?1 AND e.status = 'active' ORDER BY e.id",
        [customer_tenant_id],
    )
}

/// Approves a pending request: active from `starts_at` to `ends_at`. Whether it was pending.
pub fn approve(tx: &Tx<'_>, id: &str, by: &str, at: &str, ends_at: &str) -> Result<bool> {
    Ok(tx.execute(
        "UPDATE elevations SET status = 'active', decided_by = ?2, decided_at = ?3,
                starts_at = ?3, ends_at = ?4
          WHERE id = ?1 AND status = 'pending'",
        [id, by, at, ends_at],
    )? > 0)
}

/// Denies a pending request. Whether it was pending.
pub fn deny(tx: &Tx<'_>, id: &str, by: &str, at: &str, reason: &str) -> Result<bool> {
    Ok(tx.execute(
        "UPDATE elevations SET status = 'denied', decided_by = ?2, decided_at = ?3,
                deny_reason = ?4
          WHERE id = ?1 AND status = 'pending'",
        [id, by, at, reason],
    )? > 0)
}

/// Ends a pending request or an active elevation not yet over at `at`. Whether it was open.
pub fn end(tx: &Tx<'_>, id: &str, by: &str, at: &str) -> Result<bool> {
    Ok(tx.execute(
        "UPDATE elevations SET status = 'ended', ended_at = ?3, ended_by = ?2
          WHERE id = ?1 AND (status = 'pending' OR (status = 'active' AND ends_at > ?3))",
        [id, by, at],
    )? > 0)
}

/// Ends every open request and elevation of an eligibility (it was removed) or of a
/// relationship (it ended). How many.
pub fn end_all(tx: &Tx<'_>, column: EndOf, key: &str, by: &str, at: &str) -> Result<usize> {
    let col = match column {
        EndOf::Eligibility => "eligibility_id",
        EndOf::Relationship => "relationship_id",
    };
    Ok(tx.execute(
        &format!(
            "UPDATE elevations SET status = 'ended', ended_at = ?3, ended_by = ?2
              WHERE {col} = ?1 AND (status = 'pending' OR (status = 'active' AND ends_at > ?3))"
        ),
        [key, by, at],
    )?)
}

/// What [`end_all`] ends the open elevations of.
#[derive(Debug, Clone, Copy)]
pub enum EndOf {
    Eligibility,
    Relationship,
}

/// Records the first change or recorded read made through an elevation.
pub fn mark_used(tx: &Tx<'_>, id: &str, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE elevations SET used_at = ?2 WHERE id = ?1 AND used_at IS NULL",
        [id, at],
    )?;
    Ok(())
}

/// The active elevations of the partner's users, in any customer, by customer and id (for
/// `access` over all the partner's customers: one query, not one per customer).
pub fn active_of_partner_users(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<ElevationRow>> {
    tx.select(
        "WHERE e.user_id IN (SELECT id FROM users WHERE tenant_id = ?1)
           AND e.status = 'active'
         ORDER BY e.customer_tenant_id, e.id",
        [partner_tenant_id],
    )
}
