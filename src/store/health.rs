use super::value::params;

use super::row::row;
use super::Tx;
use crate::error::Result;

row! {
    pub struct HealthRow {
        service: String,
        tenant_id: Option<String>,
        status: String,
        message: Option<String>,
        updated_at: String,
    }
}

/// The global rows and the tenant's own overrides.
pub fn for_tenant(tx: &Tx<'_>, tenant_id: &str) -> Result<Vec<HealthRow>> {
    Ok(tx.query_map(
        "SELECT service, tenant_id, status, message, updated_at FROM health
         WHERE tenant_id IS NULL OR tenant_id = ?1",
        [tenant_id],
        HealthRow::from_row,
    )?)
}

/// Every row (global and per tenant), for views over many tenants.
pub fn all(tx: &Tx<'_>) -> Result<Vec<HealthRow>> {
    Ok(tx.query_map(
        "SELECT service, tenant_id, status, message, updated_at FROM health",
        params![],
        HealthRow::from_row,
    )?)
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
