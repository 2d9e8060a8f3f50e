//! Lifecycle notifications: the events already written to an outbox (`notifications`, one row
//! per event key, so each is notified once), and the elevations `notify` reads to find new
//! ones (the `elevations` table is written by the elevation commands; only read here).

use std::collections::BTreeSet;

use super::row::{self, row};
use super::value::params;
use super::Tx;
use crate::error::Result;
use crate::model::{DirectoryRole, ElevationStatus};

/// Records that the event `key` was notified at `at`; false when it already was (another run
/// got there first), so the caller leaves its message out.
pub fn record(tx: &Tx<'_>, key: &str, event: &str, at: &str) -> Result<bool> {
    let n = tx.execute(
        "INSERT INTO notifications (event_key, event, notified_at) VALUES (?1, ?2, ?3)
         ON CONFLICT DO NOTHING",
        params![key, event, at],
    )?;
    Ok(n == 1)
}

/// Whether the event `key` was notified already.
pub fn is_recorded(tx: &Tx<'_>, key: &str) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM notifications WHERE event_key = ?1)",
        [key],
        |r| r.get(0),
    )?)
}

/// Every recorded event key (to finish the moves an interrupted run left undone).
pub fn keys(tx: &Tx<'_>) -> Result<Vec<String>> {
    Ok(tx.query_map(
        "SELECT event_key FROM notifications ORDER BY event_key",
        params![],
        |r| r.get(0),
    )?)
}

row! {
    /// An elevation as `notify` needs it: who, where, what, and the moments it passed.
    pub struct ElevationRow {
        id: String,
        /// The requester's UPN.
        upn: String,
        partner_tenant_id: String,
        customer_tenant_id: String,
        roles: BTreeSet<DirectoryRole> = row::roles,
        minutes: i64,
        reason: String,
        ticket: Option<String>,
        status: ElevationStatus = row::parsed,
        requested_at: String,
        decided_by: Option<String>,
        decided_at: Option<String>,
        starts_at: Option<String>,
        ends_at: Option<String>,
        used_at: Option<String>,
    }
}

const ELEVATION_COLUMNS: &str = "e.id, u.upn, e.partner_tenant_id, e.customer_tenant_id, e.roles,
    e.minutes, e.reason, e.ticket, e.status, e.requested_at, e.decided_by, e.decided_at,
    e.starts_at, e.ends_at, e.used_at";

/// The elevations with the tenant on either side, or every one (`None`), oldest first.
pub fn elevations(tx: &Tx<'_>, tenant_id: Option<&str>) -> Result<Vec<ElevationRow>> {
    let from =
        format!("SELECT {ELEVATION_COLUMNS} FROM elevations e JOIN users u ON u.id = e.user_id");
    let order = "ORDER BY e.requested_at, e.id";
    Ok(match tenant_id {
        Some(t) => tx.query_map(
            &format!("{from} WHERE e.partner_tenant_id = ?1 OR e.customer_tenant_id = ?1 {order}"),
            [t],
            ElevationRow::from_row,
        )?,
        None => tx.query_map(
            &format!("{from} {order}"),
            params![],
            ElevationRow::from_row,
        )?,
    })
}
