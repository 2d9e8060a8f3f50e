//! Just-in-time eligibilities: a partner user may activate roles in a customer, through one
//! relationship, for a limited time (`elevate`), with or without an approval.

use std::collections::BTreeSet;

use super::row::{self, row, Selected};
use super::value::params;
use super::{new_id, Tx};
use crate::error::Result;
use crate::model::DirectoryRole;

row! {
    /// An eligibility with the names people read (the user's UPN, the customer's domain, the
    /// relationship's name).
    pub struct EligibilityRow {
        id: String,
        user_id: String,
        partner_tenant_id: String,
        customer_tenant_id: String,
        relationship_id: String,
        roles: BTreeSet<DirectoryRole> = row::roles,
        max_minutes: i64,
        approval: bool,
        created_by: String,
        created_at: String,
        last_used_at: Option<String>,
        upn: String,
        customer_domain: String,
        relationship_name: String,
    }
}

impl Selected for EligibilityRow {
    const COLUMNS: &'static str = "e.id, e.user_id, e.partner_tenant_id, e.customer_tenant_id,
        e.relationship_id, e.roles, e.max_minutes, e.approval, e.created_by, e.created_at,
        e.last_used_at, u.upn, c.domain, r.name";
    const FROM: &'static str = "eligibilities e";
    const JOINS: &'static str = row::USER_CUSTOMER_RELATIONSHIP;
}

pub struct NewEligibility<'a> {
    pub user_id: &'a str,
    pub partner_tenant_id: &'a str,
    pub customer_tenant_id: &'a str,
    pub relationship_id: &'a str,
    pub roles: &'a BTreeSet<DirectoryRole>,
    pub max_minutes: i64,
    pub approval: bool,
    pub by: &'a str,
    pub at: &'a str,
}

/// Makes the user eligible in the customer, replacing what it was eligible for there (one
/// eligibility per user and customer). Returns its id.
pub fn set(tx: &Tx<'_>, n: &NewEligibility<'_>) -> Result<String> {
    Ok(tx.query_row(
        "INSERT INTO eligibilities (id, user_id, partner_tenant_id, customer_tenant_id,
             relationship_id, roles, max_minutes, approval, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)
         ON CONFLICT (user_id, customer_tenant_id) DO UPDATE SET
             relationship_id = excluded.relationship_id, roles = excluded.roles,
             max_minutes = excluded.max_minutes, approval = excluded.approval,
             created_by = excluded.created_by, created_at = excluded.created_at
         RETURNING id",
        params![
            new_id(),
            n.user_id,
            n.partner_tenant_id,
            n.customer_tenant_id,
            n.relationship_id,
            crate::model::roles_to_csv(n.roles),
            n.max_minutes,
            n.approval,
            n.by,
            n.at
        ],
        |r| r.get::<String>(0),
    )?)
}

/// The user's eligibility in the customer, if any.
pub fn of_user_in(
    tx: &Tx<'_>,
    user_id: &str,
    customer_tenant_id: &str,
) -> Result<Option<EligibilityRow>> {
    tx.select_one(
        "WHERE e.user_id = ?1 AND e.customer_tenant_id = ?2",
        [user_id, customer_tenant_id],
    )
}

/// The partner's eligibilities (one user's when `user_id` is given), by customer and UPN.
pub fn of_partner(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    user_id: Option<&str>,
) -> Result<Vec<EligibilityRow>> {
    tx.select(
        "WHERE e.partner_tenant_id = ?1 AND (CAST(?2 AS TEXT) IS NULL OR e.user_id = ?2)
         ORDER BY c.domain, u.upn",
        params![partner_tenant_id, user_id],
    )
}

/// Removes an eligibility; whether there was one.
pub fn remove(tx: &Tx<'_>, id: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM eligibilities WHERE id = ?1", [id])? > 0)
}

/// Records an activation of the eligibility (for `doctor`'s unused eligibilities).
pub fn touch(tx: &Tx<'_>, id: &str, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE eligibilities SET last_used_at = ?2 WHERE id = ?1",
        [id, at],
    )?;
    Ok(())
}

/// Every eligibility in a customer (for `access`).
pub fn in_customer(tx: &Tx<'_>, customer_tenant_id: &str) -> Result<Vec<EligibilityRow>> {
    tx.select(
        "WHERE e.customer_tenant_id = ?1 ORDER BY e.id",
        [customer_tenant_id],
    )
}

/// Every eligibility of the partner's users, in any customer, by customer and id (for
/// `access` over all the partner's customers: one query, not one per customer).
pub fn of_partner_users(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<EligibilityRow>> {
    tx.select(
        "WHERE e.user_id IN (SELECT id FROM users WHERE tenant_id = ?1)
         ORDER BY e.customer_tenant_id, e.id",
        [partner_tenant_id],
    )
}
