//! Purchase offers: a partner's proposal of licenses to a customer, optionally carrying a
//! request for delegated administration. Stored like invites: the token as SHA-256 only, the
//! status moved by compare-and-set.

use std::collections::BTreeSet;

use super::value::params;

use super::pending::PendingRow;
use super::row::{self, row};
use super::Tx;
use crate::error::Result;
use crate::model::{DirectoryRole, InviteStatus};

row! {
    pub struct OfferRow {
        id: String,
        partner_tenant_id: String,
        created_by: String,
        /// `SKU=QTY@CENTS` items separated by `;`: the prices frozen at creation.
        items: String,
        total_cents: i64,
        /// Whether the offer carries a request for delegated administration.
        delegated: bool,
        access: BTreeSet<DirectoryRole> = row::roles,
        duration_days: Option<i64>,
        auto_extend: bool,
        customer_domain: Option<String>,
        message: Option<String>,
        email_to: Option<String>,
        created_at: String,
        expires_at: String,
        /// The stored status; `expired` is computed from `expires_at` and the clock.
        status: InviteStatus = row::parsed,
        status_at: Option<String>,
        status_by: Option<String>,
        customer_tenant_id: Option<String>,
        relationship_id: Option<String>,
    }
}

impl OfferRow {
    /// The status at `now`: a pending offer past its expiry is `expired`.
    pub fn status_at_time(&self, now: &str) -> InviteStatus {
        self.pending().status_at_time(now)
    }
}

pub(super) const COLUMNS: &str =
    "id, partner_tenant_id, created_by, items, total_cents, delegated, access,
    duration_days, auto_extend, customer_domain, message, email_to, created_at, expires_at,
    status, status_at, status_by, customer_tenant_id, relationship_id";

pub struct NewOffer<'a> {
    pub id: &'a str,
    pub partner_tenant_id: &'a str,
    pub created_by: &'a str,
    pub token_hash: &'a str,
    pub items: &'a str,
    pub total_cents: i64,
    pub delegated: bool,
    pub access: Option<&'a BTreeSet<DirectoryRole>>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub customer_domain: Option<&'a str>,
    pub message: Option<&'a str>,
    pub email_to: Option<&'a str>,
    pub created_at: &'a str,
    pub expires_at: &'a str,
}

pub fn insert(tx: &Tx<'_>, n: &NewOffer<'_>) -> Result<OfferRow> {
    Ok(tx.query_row(
        &format!(
            "INSERT INTO offers (id, partner_tenant_id, created_by, token_hash, items, total_cents,
                 delegated, access, duration_days, auto_extend, customer_domain, message, email_to,
                 created_at, expires_at, status)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, 'pending')
             RETURNING {COLUMNS}"
        ),
        params![
            n.id,
            n.partner_tenant_id,
            n.created_by,
            n.token_hash,
            n.items,
            n.total_cents,
            n.delegated,
            n.access.map(crate::model::roles_to_csv),
            n.duration_days,
            n.auto_extend,
            n.customer_domain,
            n.message,
            n.email_to,
            n.created_at,
            n.expires_at
        ],
        OfferRow::from_row,
    )?)
}

/// The pending, unexpired offers addressed to one of these domains (for a customer's
/// dashboard), oldest first.
pub fn pending_for_domains(tx: &Tx<'_>, domains: &[String], now: &str) -> Result<Vec<OfferRow>> {
    let mut out = Vec::new();
    for d in domains {
        out.extend(tx.query_map(
            &format!(
                "SELECT {COLUMNS} FROM offers WHERE customer_domain = ?1 AND status = 'pending'
                   AND expires_at > ?2 ORDER BY created_at, id"
            ),
            params![d, now],
            OfferRow::from_row,
        )?);
    }
    Ok(out)
}

pub fn of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<OfferRow>> {
    super::pending::of_partner(tx, partner_tenant_id)
}

pub fn set_relationship(tx: &Tx<'_>, id: &str, relationship_id: &str) -> Result<()> {
    super::pending::set_relationship::<OfferRow>(tx, id, relationship_id)
}
