//! What invites and offers share: a pending item with a single-use token, answered once.

use super::invites::InviteRow;
use super::offers::OfferRow;
use super::tx::{DbResult, Optional, Row};
use super::value::params;
use super::Tx;
use crate::error::Result;
use crate::model::InviteStatus;

/// What every pending item holds, borrowed from its row.
pub struct Pending<'a> {
    pub id: &'a str,
    pub partner_tenant_id: &'a str,
    pub customer_domain: Option<&'a str>,
    pub message: Option<&'a str>,
    pub email_to: Option<&'a str>,
    pub created_by: &'a str,
    pub created_at: &'a str,
    pub expires_at: &'a str,
    /// The stored status; `expired` is computed from `expires_at` and the clock.
    pub status: InviteStatus,
    pub status_at: Option<&'a str>,
    pub status_by: Option<&'a str>,
}

impl Pending<'_> {
    /// The status at `now`: a pending item past its expiry is `expired`.
    pub fn status_at_time(&self, now: &str) -> InviteStatus {
        if self.status == InviteStatus::Pending && self.expires_at <= now {
            InviteStatus::Expired
        } else {
            self.status
        }
    }
}

/// A row of a pending item's table: an [`InviteRow`] or an [`OfferRow`].
pub trait PendingRow: Sized {
    /// What the item is called in messages: `invite`, `offer`.
    const KIND: &'static str;
    /// Its table (never user input).
    const TABLE: &'static str;
    /// The row type's columns, unqualified, as `SELECT` and `RETURNING` name them.
    const COLUMNS: &'static str;

    fn read(r: &Row<'_>) -> DbResult<Self>;

    fn pending(&self) -> Pending<'_>;
}

/// Both rows name the shared columns alike, so one mapping serves them.
macro_rules! pending_row {
    ($row:ty, $kind:literal, $table:literal, $columns:path) => {
        impl PendingRow for $row {
            const KIND: &'static str = $kind;
            const TABLE: &'static str = $table;
            const COLUMNS: &'static str = $columns;

            fn read(r: &Row<'_>) -> DbResult<Self> {
                <$row>::from_row(r)
            }

            fn pending(&self) -> Pending<'_> {
                Pending {
                    id: &self.id,
                    partner_tenant_id: &self.partner_tenant_id,
                    customer_domain: self.customer_domain.as_deref(),
                    message: self.message.as_deref(),
                    email_to: self.email_to.as_deref(),
                    created_by: &self.created_by,
                    created_at: &self.created_at,
                    expires_at: &self.expires_at,
                    status: self.status,
                    status_at: self.status_at.as_deref(),
                    status_by: self.status_by.as_deref(),
                }
            }
        }
    };
}

pending_row!(InviteRow, "invite", "invites", super::invites::COLUMNS);
pending_row!(OfferRow, "offer", "offers", super::offers::COLUMNS);

/// The item whose token hashes to `token_hash`.
pub fn by_token_hash<T: PendingRow>(tx: &Tx<'_>, token_hash: &str) -> Result<Option<T>> {
    Ok(tx
        .query_row(
            &format!(
                "SELECT {} FROM {} WHERE token_hash = ?1",
                T::COLUMNS,
                T::TABLE
            ),
            [token_hash],
            T::read,
        )
        .optional()?)
}

pub fn by_id<T: PendingRow>(tx: &Tx<'_>, id: &str) -> Result<Option<T>> {
    Ok(tx
        .query_row(
            &format!("SELECT {} FROM {} WHERE id = ?1", T::COLUMNS, T::TABLE),
            [id],
            T::read,
        )
        .optional()?)
}

/// What [`of_partner`] runs.
pub fn sql_for_of_partner<T: PendingRow>() -> String {
    format!(
        "SELECT {} FROM {} WHERE partner_tenant_id = ?1 ORDER BY created_at, id",
        T::COLUMNS,
        T::TABLE
    )
}

/// A partner's items, oldest first.
pub fn of_partner<T: PendingRow>(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<T>> {
    Ok(tx.query_map(&sql_for_of_partner::<T>(), [partner_tenant_id], T::read)?)
}

/// An item's move out of `pending`: to what, by whom, when, and (when answered) for which
/// customer tenant.
pub struct Move<'a> {
    pub status: InviteStatus,
    pub by: &'a str,
    pub at: &'a str,
    pub customer_tenant_id: Option<&'a str>,
}

/// Moves a pending, unexpired item as `to` says, as a compare-and-set: the row as it now is,
/// or `None` when another process got there first or it is no longer pending.
pub fn transition<T: PendingRow>(tx: &Tx<'_>, id: &str, to: &Move<'_>) -> Result<Option<T>> {
    Ok(tx
        .query_row(
            &format!(
                "UPDATE {} SET status = ?2, status_by = ?3, status_at = ?4,
                    customer_tenant_id = coalesce(?5, customer_tenant_id)
             WHERE id = ?1 AND status = 'pending' AND expires_at > ?4
             RETURNING {}",
                T::TABLE,
                T::COLUMNS
            ),
            params![id, to.status.id(), to.by, to.at, to.customer_tenant_id],
            T::read,
        )
        .optional()?)
}

/// Records the relationship an accepted item created.
pub fn set_relationship<T: PendingRow>(tx: &Tx<'_>, id: &str, relationship_id: &str) -> Result<()> {
    tx.execute(
        &format!("UPDATE {} SET relationship_id = ?2 WHERE id = ?1", T::TABLE),
        params![id, relationship_id],
    )?;
    Ok(())
}
