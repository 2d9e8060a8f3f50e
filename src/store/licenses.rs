use super::tx::Optional;
use super::value::params;

use super::row::row;
use super::Tx;
use crate::error::Result;

row! {
    pub struct SubscriptionRow {
        sku: String,
        valid_units: i64,
        assigned_units: i64,
        status: String,
    }
}

pub fn list(tx: &Tx<'_>, tenant_id: &str) -> Result<Vec<SubscriptionRow>> {
    Ok(tx.query_map("SELECT s.sku, s.valid_units,
                (SELECT count(*) FROM license_assignments a WHERE a.tenant_id = s.tenant_id AND a.sku = s.sku),
                s.status
         FROM subscriptions s WHERE s.tenant_id = ?1 ORDER BY s.sku", [tenant_id], SubscriptionRow::from_row)?)
}

pub fn get(tx: &Tx<'_>, tenant_id: &str, sku: &str) -> Result<Option<SubscriptionRow>> {
    Ok(list(tx, tenant_id)?.into_iter().find(|s| s.sku == sku))
}

/// Adds units to a tenant's subscription, creating it on first purchase; returns the
/// subscription as the purchase leaves it.
pub fn buy(
    tx: &Tx<'_>,
    tenant_id: &str,
    sku: &str,
    quantity: i64,
    now: &str,
) -> Result<SubscriptionRow> {
    Ok(tx.query_row(
        "INSERT INTO subscriptions (tenant_id, sku, valid_units, created_at, updated_at)
         VALUES (?1, ?2, ?3, ?4, ?4)
         ON CONFLICT (tenant_id, sku) DO UPDATE SET valid_units = subscriptions.valid_units + excluded.valid_units,
                                                    updated_at = excluded.updated_at
         RETURNING sku, valid_units,
                   (SELECT count(*) FROM license_assignments a
                     WHERE a.tenant_id = subscriptions.tenant_id AND a.sku = subscriptions.sku),
                   status",
        params![tenant_id, sku, quantity, now],
        SubscriptionRow::from_row,
    )?)
}

pub fn is_assigned(tx: &Tx<'_>, tenant_id: &str, sku: &str, user_id: &str) -> Result<bool> {
    Ok(tx
        .query_row(
            "SELECT 1 FROM license_assignments WHERE tenant_id = ?1 AND sku = ?2 AND user_id = ?3",
            params![tenant_id, sku, user_id],
            |_| Ok(()),
        )
        .optional()?
        .is_some())
}

pub fn assign(tx: &Tx<'_>, tenant_id: &str, sku: &str, user_id: &str, now: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO license_assignments (tenant_id, sku, user_id, assigned_at) VALUES (?1, ?2, ?3, ?4)",
        params![tenant_id, sku, user_id, now],
    )?;
    Ok(())
}

pub fn unassign(tx: &Tx<'_>, tenant_id: &str, sku: &str, user_id: &str) -> Result<bool> {
    let n = tx.execute(
        "DELETE FROM license_assignments WHERE tenant_id = ?1 AND sku = ?2 AND user_id = ?3",
        params![tenant_id, sku, user_id],
    )?;
    Ok(n == 1)
}

/// The SKUs assigned to a user.
pub fn of_user(tx: &Tx<'_>, user_id: &str) -> Result<Vec<String>> {
    tx.column(
        "SELECT sku FROM license_assignments WHERE user_id = ?1 ORDER BY sku",
        [user_id],
    )
}
