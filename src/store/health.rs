use rusqlite::params;

use super::Tx;
use crate::error::Result;

#[derive(Debug, Clone)]
pub struct HealthRow {
    pub service: String,
    pub tenant_id: Option<String>,
    pub status: String,
    pub message: Option<String>,
    pub updated_at: String,
}

fn from_row(r: &rusqlite::Row<'_>) -> rusqlite::Result<HealthRow> {
    Ok(HealthRow {
        service: r.get(0)?,
        tenant_id: r.get(1)?,
        status: r.get(2)?,
        message: r.get(3)?,
        updated_at: r.get(4)?,
    })
}

/// The global rows and the tenant's own overrides.
pub fn for_tenant(tx: &Tx<'_>, tenant_id: &str) -> Result<Vec<HealthRow>> {
    let mut st = tx.prepare_cached(
        "SELECT service, tenant_id, status, message, updated_at FROM health
         WHERE tenant_id IS NULL OR tenant_id = ?1",
    )?;
    let rows = st.query_map([tenant_id], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every row (global and per tenant), for views over many tenants.
pub fn all(tx: &Tx<'_>) -> Result<Vec<HealthRow>> {
    let mut st =
        tx.prepare_cached("SELECT service, tenant_id, status, message, updated_at FROM health")?;
    let rows = st.query_map([], from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn set(
    tx: &Tx<'_>,
    service: &str,
    tenant_id: Option<&str>,
    status: &str,
    message: Option<&str>,
    now: &str,
    by: &str,
) -> Result<()> {
    tx.execute(
        "DELETE FROM health WHERE service = ?1 AND coalesce(tenant_id, '') = coalesce(?2, '')",
        params![service, tenant_id],
    )?;
    tx.execute(
        "INSERT INTO health (service, tenant_id, status, message, updated_at, updated_by)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![service, tenant_id, status, message, now, by],
    )?;
    Ok(())
}
