use super::tx::Optional;
use super::value::params;

use super::row::{self, row};
use super::{new_id, Tx};
use crate::error::{Error, Result};
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
            FIND,
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
    /// The customer's domain, for the row returned.
    pub customer_domain: Option<&'a str>,
    pub created_by: &'a str,
    pub created_at: &'a str,
}

/// The grant found by [`find`]: the user's role for one customer, or for all (`?3` null).
pub const FIND: &str = "SELECT g.id, g.user_id, u.upn, g.role, g.customer_tenant_id, t.domain,
        g.created_by, g.created_at
    FROM grants g JOIN users u ON u.id = g.user_id
    LEFT JOIN tenants t ON t.id = g.customer_tenant_id
    WHERE g.user_id = ?1 AND g.role = ?2
      AND coalesce(g.customer_tenant_id, '') = coalesce(?3, '')";

/// Inserts a grant unless the user already holds it for that scope (`None`: nothing
/// written, the transaction still usable); returns it as stored. Written without
/// `RETURNING`: the row is what was asked for, and a returning insert makes SQLite keep a
/// statement journal for every row of a bulk run.
pub fn insert_new(tx: &Tx<'_>, g: &NewGrant<'_>) -> Result<Option<GrantRow>> {
    let id = insert_many(tx, std::slice::from_ref(g), |_| {})?.remove(0);
    Ok(id.map(|id| GrantRow {
        id,
        user_id: g.user_id.to_string(),
        upn: g.upn.to_string(),
        role: g.role,
        customer_tenant_id: g.customer_tenant_id.map(str::to_string),
        customer_domain: g.customer_domain.map(str::to_string),
        created_by: g.created_by.to_string(),
        created_at: g.created_at.to_string(),
    }))
}

/// The columns of a new grant as written.
const WRITTEN: usize = 7;
const INSERT_INTO: &str = "INSERT INTO grants (id, partner_tenant_id, user_id, role,
    customer_tenant_id, created_by, created_at)";

/// Inserts grants, as [`insert_new`] does each, a few hundred per statement on PostgreSQL (a
/// bulk run; see [`super::many::rows_per_insert`]); `done` hears how many more are written
/// after each statement. Returns each grant's new id, or `None` for a grant that already
/// existed (each written one is stored as given).
pub fn insert_many(
    tx: &Tx<'_>,
    new: &[NewGrant<'_>],
    mut done: impl FnMut(usize),
) -> Result<Vec<Option<String>>> {
    let ids: Vec<String> = new.iter().map(|_| new_id()).collect();
    let per = super::many::rows_per_insert(tx, WRITTEN);
    let mut inserts = super::many::Inserts::new(INSERT_INTO, WRITTEN, "ON CONFLICT DO NOTHING");
    let mut out = Vec::with_capacity(new.len());
    for (rows, ids) in new.chunks(per).zip(ids.chunks(per)) {
        let mut p: Vec<&dyn super::value::Param> = Vec::with_capacity(rows.len() * WRITTEN);
        let roles: Vec<&str> = rows.iter().map(|g| g.role.id()).collect();
        for ((g, id), role) in rows.iter().zip(ids).zip(&roles) {
            p.extend_from_slice(params![
                *id,
                g.partner_tenant_id,
                g.user_id,
                *role,
                g.customer_tenant_id,
                g.created_by,
                g.created_at
            ]);
        }
        let inserted = tx.execute(inserts.sql(rows.len()), p.as_slice())?;
        // Which were written, when some were not.
        let written: Option<std::collections::HashSet<String>> = if inserted < rows.len() {
            let keys: Vec<&str> = ids.iter().map(String::as_str).collect();
            Some(super::many::written(tx, "grants", &keys)?)
        } else {
            None
        };
        out.extend(ids.iter().map(|id| {
            written
                .as_ref()
                .is_none_or(|w| w.contains(id))
                .then(|| id.clone())
        }));
        done(rows.len());
    }
    Ok(out)
}

/// What [`held_by`] runs for `n` users.
pub fn sql_for_held_by(n: usize) -> String {
    format!(
        "SELECT user_id, role, coalesce(customer_tenant_id, '') FROM grants WHERE user_id IN ({})",
        super::many::in_list(1, n)
    )
}

/// The grants the given users hold, as (user id, role, customer id or "" for all customers):
/// a bulk run's existing grants, read at once.
pub fn held_by(
    tx: &Tx<'_>,
    user_ids: &[&str],
) -> Result<std::collections::HashSet<(String, String, String)>> {
    let mut out = std::collections::HashSet::new();
    super::many::each_row(tx, &[], user_ids, sql_for_held_by, |r| {
        out.insert((r.get(0)?, r.get(1)?, r.get(2)?));
        Ok(())
    })?;
    Ok(out)
}

/// Inserts a grant; returns it as stored, with its user's upn and its customer's domain.
pub fn insert(tx: &Tx<'_>, g: &NewGrant<'_>) -> Result<GrantRow> {
    insert_new(tx, g)?.ok_or_else(|| {
        Error::conflict(format!("{} already holds {} for that scope", g.upn, g.role))
    })
}

pub fn delete(tx: &Tx<'_>, id: &str) -> Result<()> {
    tx.execute("DELETE FROM grants WHERE id = ?1", [id])?;
    Ok(())
}
