//! What invites and offers share: a pending item with a single-use token, answered once.

use super::tx::{DbResult, Optional, Row};
use super::value::params;
use super::Tx;
use crate::error::Result;
use crate::model::InviteStatus;

/// The status of a pending item at `now`: one still pending past its expiry is `expired`.
pub(super) fn status_at_time(stored: InviteStatus, expires_at: &str, now: &str) -> InviteStatus {
    if stored == InviteStatus::Pending && expires_at <= now {
        InviteStatus::Expired
    } else {
        stored
    }
}

/// The table of a pending item: `invites` or `offers` (never user input).
#[derive(Clone, Copy)]
pub(super) enum Table {
    Invites,
    Offers,
}

impl Table {
    fn name(self) -> &'static str {
        match self {
            Table::Invites => "invites",
            Table::Offers => "offers",
        }
    }
}

/// Moves a pending, unexpired item to `status`, as a compare-and-set: the row as it now is,
/// or `None` when another process got there first or it is no longer pending. `columns` are
/// the row type's, unqualified, as `RETURNING` needs them.
#[allow(clippy::too_many_arguments)]
pub(super) fn transition<T>(
    tx: &Tx<'_>,
    table: Table,
    columns: &str,
    read: impl FnOnce(&Row<'_>) -> DbResult<T>,
    id: &str,
    status: InviteStatus,
    by: &str,
    now: &str,
    customer_tenant_id: Option<&str>,
) -> Result<Option<T>> {
    Ok(tx
        .query_row(
            &format!(
                "UPDATE {} SET status = ?2, status_by = ?3, status_at = ?4,
                    customer_tenant_id = coalesce(?5, customer_tenant_id)
             WHERE id = ?1 AND status = 'pending' AND expires_at > ?4
             RETURNING {columns}",
                table.name()
            ),
            params![id, status.id(), by, now, customer_tenant_id],
            read,
        )
        .optional()?)
}

/// Records the relationship an accepted item created.
pub(super) fn set_relationship(
    tx: &Tx<'_>,
    table: Table,
    id: &str,
    relationship_id: &str,
) -> Result<()> {
    tx.execute(
        &format!(
            "UPDATE {} SET relationship_id = ?2 WHERE id = ?1",
            table.name()
        ),
        params![id, relationship_id],
    )?;
    Ok(())
}
