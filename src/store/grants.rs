use super::tx::Optional;
use super::value::params;

use super::row::{self, row};
use super::{new_id, unique_conflict, Tx};
use crate::error::Result;
use crate::model::AgentRole;

row! {
    pub struct GrantRow {
        id: String,
        user_id: String,
        upn: String,
        role: AgentRole = row::parsed,
        customer_tenant_id: Option<String>,
        customer_domain: Option<String>,
        created_by: String,
        created_at: String,
    }
}

const SELECT: &str = "SELECT g.id, g.user_id, u.upn, g.role, g.customer_tenant_id, t.domain,
        g.created_by, g.created_at
    FROM grants g JOIN users u ON u.id = g.user_id
    LEFT JOIN tenants t ON t.id = g.customer_tenant_id";

pub fn of_user(tx: &Tx<'_>, user_id: &str) -> Result<Vec<GrantRow>> {
    Ok(tx.query_map(
        &format!("{SELECT} WHERE g.user_id = ?1"),
        [user_id],
        GrantRow::from_row,
    )?)
}

pub fn of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<GrantRow>> {
    Ok(tx.query_map(
        &format!("{SELECT} WHERE g.partner_tenant_id = ?1 ORDER BY u.upn, g.role, t.domain"),
        [partner_tenant_id],
        GrantRow::from_row,
    )?)
}

pub fn find(
    tx: &Tx<'_>,
    user_id: &str,
    role: AgentRole,
    customer_tenant_id: Option<&str>,
) -> Result<Option<GrantRow>> {
    Ok(tx
        .query_row(
            &format!(
                "{SELECT} WHERE g.user_id = ?1 AND g.role = ?2
                 AND coalesce(g.customer_tenant_id, '') = coalesce(?3, '')"
            ),
            params![user_id, role.id(), customer_tenant_id],
            GrantRow::from_row,
        )
        .optional()?)
}

pub struct NewGrant<'a> {
    pub partner_tenant_id: &'a str,
    pub user_id: &'a str,
    pub upn: &'a str,
    pub role: AgentRole,
    pub customer_tenant_id: Option<&'a str>,
    pub created_by: &'a str,
    pub created_at: &'a str,
}

/// Inserts a grant; returns it as stored, with its user's upn and its customer's domain.
pub fn insert(tx: &Tx<'_>, g: &NewGrant<'_>) -> Result<GrantRow> {
    let id = new_id();
    let NewGrant {
        partner_tenant_id,
        user_id,
        upn,
        role,
        customer_tenant_id,
        created_by,
        created_at,
    } = *g;
    tx.query_row("INSERT INTO grants (id, partner_tenant_id, user_id, role, customer_tenant_id, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         RETURNING id, user_id, (SELECT u.upn FROM users u WHERE u.id = grants.user_id), role,
             customer_tenant_id, (SELECT t.domain FROM tenants t WHERE t.id = grants.customer_tenant_id),
             created_by, created_at",
        params![id, partner_tenant_id, user_id, role.id(), customer_tenant_id, created_by, created_at],
        GrantRow::from_row,
    )
    .map_err(|e| unique_conflict(e, || format!("{upn} already holds {role} for that scope")))
}

pub fn delete(tx: &Tx<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM grants WHERE id = ?1", [id])?;
    Ok(())
}
