//! Lifecycle notifications: the events already written to an outbox (`notifications`, one row
//! per event key, so each is notified once). The elevations `notify` tells of are read through
//! `store::elevations::involving`.

use super::value::params;
use super::Tx;
use crate::error::Result;

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
    tx.column(
        "SELECT event_key FROM notifications ORDER BY event_key",
        params![],
    )
}
