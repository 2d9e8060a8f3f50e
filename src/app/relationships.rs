//! What the partner's and the customer's side share: the parties, the relationship view, and
//! ending a relationship (`partners remove`, `customers remove`).

use std::collections::BTreeSet;

use serde::Serialize;

use super::tenants::Contact;
use super::{Ctx, Session};
use crate::authz::{Action, ObjectFacts};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, RelationshipStatus};
use crate::store::{self, relationships::RelationshipRow, tenants::TenantRow, Tx};

#[derive(Debug, Serialize)]
pub struct TenantBrief {
    pub name: String,
    pub domain: String,
}

#[derive(Debug, Serialize)]
pub struct PartnerBrief {
    pub name: String,
    pub domain: String,
    pub partner_id: Option<String>,
    pub contact: Contact,
}

pub(super) fn brief(t: &TenantRow) -> TenantBrief {
    TenantBrief {
        name: t.name.clone(),
        domain: t.domain.clone(),
    }
}

pub(super) fn partner_brief(t: &TenantRow) -> PartnerBrief {
    PartnerBrief {
        name: t.name.clone(),
        domain: t.domain.clone(),
        partner_id: t.partner_id.clone(),
        contact: Contact {
            email: t.email.clone(),
            phone: t.phone.clone(),
            address: t.address.clone(),
        },
    }
}

pub(super) fn roles_vec(r: &BTreeSet<DirectoryRole>) -> Vec<DirectoryRole> {
    r.iter().copied().collect()
}

/// `365 days`, or `no expiry` for classic DAP.
pub fn duration_text(days: Option<i64>, auto_extend: bool) -> String {
    match days {
        None => "no expiry".to_string(),
        Some(d) if auto_extend => format!("{d} days, then extended by 180 days at each expiry"),
        Some(d) => format!("{d} days"),
    }
}

#[derive(Debug, Serialize)]
pub struct RelationshipView {
    pub relationship_id: String,
    pub status: RelationshipStatus,
    pub access: Vec<DirectoryRole>,
    pub since: String,
    pub expires_at: Option<String>,
    pub auto_extend: bool,
    pub accepted_by: String,
    pub terminated_by: Option<String>,
    pub terminated_at: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub partner: Option<PartnerBrief>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customer: Option<PartnerBrief>,
}

fn relationship_view(
    r: &RelationshipRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<RelationshipView> {
    let fact = super::facts::relationship(r)?;
    Ok(RelationshipView {
        relationship_id: r.id.clone(),
        status: fact.state(now),
        access: roles_vec(&r.access),
        since: r.accepted_at.clone(),
        expires_at: fact.effective_expiry(now).map(fmt_time),
        auto_extend: r.auto_extend,
        accepted_by: r.accepted_by.clone(),
        terminated_by: r.terminated_by.clone(),
        terminated_at: r.terminated_at.clone(),
        partner: None,
        customer: None,
    })
}

/// Which side of its relationships a tenant is listed from.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Side {
    /// The customer's partners.
    Customer,
    /// The partner's customers.
    Partner,
}

/// A tenant's relationships (active, or all), each with the other side's details.
pub(super) fn relationships_of(
    tx: &crate::store::Tx<'_>,
    tenant: &TenantRow,
    side: Side,
    all: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<RelationshipView>> {
    let rows = match side {
        Side::Customer => store::relationships::of_customer(tx, &tenant.id)?,
        Side::Partner => store::relationships::of_partner(tx, &tenant.id)?,
    };
    let mut out = Vec::new();
    for r in rows {
        let mut v = relationship_view(&r, now)?;
        if !all && v.status != RelationshipStatus::Active {
            continue;
        }
        match side {
            Side::Customer => {
                v.partner = Some(partner_brief(&store::tenants::by_id(
                    tx,
                    &r.partner_tenant_id,
                )?))
            }
            Side::Partner => {
                v.customer = Some(partner_brief(&store::tenants::by_id(
                    tx,
                    &r.customer_tenant_id,
                )?))
            }
        }
        out.push(v);
    }
    Ok(out)
}

/// The relationship of a pair that is active on the clock.
pub(super) fn active_between(
    ctx: &mut Ctx,
    partner: &TenantRow,
    customer: &TenantRow,
) -> Result<Option<RelationshipRow>> {
    let now = ctx.clock.now();
    ctx.store
        .read(|tx| active_in(tx, &partner.id, &customer.id, now))
}

/// The relationship between a partner and a customer that is active at `now` (stored active,
/// and not expired by the clock), inside the caller's transaction.
pub(crate) fn active_in(
    tx: &Tx<'_>,
    partner_id: &str,
    customer_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<RelationshipRow>> {
    match store::relationships::stored_active(tx, partner_id, customer_id)? {
        Some(r) if super::facts::relationship(&r)?.state(now) == RelationshipStatus::Active => {
            Ok(Some(r))
        }
        _ => Ok(None),
    }
}

/// Ends the relationship between `partner` and `customer` (who may is the core's call:
/// the customer's global admins for any partner, a partner's global admins for its own).
pub(super) fn terminate(
    ctx: &mut Ctx,
    s: &Session,
    partner: &TenantRow,
    customer: &TenantRow,
) -> Result<RelationshipView> {
    let object = ObjectFacts {
        relationship_partner_tenant_id: Some(partner.id.clone()),
        ..ObjectFacts::default()
    };
    ctx.authorize(
        s,
        Action::PartnerRemove,
        customer,
        object.clone(),
        Some(&partner.domain),
    )?;
    // Active on the clock: an expired relationship stays expired in the history.
    let rel = active_between(ctx, partner, customer)?.ok_or_else(|| {
        Error::not_found(format!(
            "{} has no active relationship with {}",
            partner.domain, customer.domain
        ))
    })?;
    ctx.opts.confirm(&format!(
        "End {}'s delegated administration of {}? Its agents lose access on their next command.",
        partner.domain, customer.domain
    ))?;
    let now = ctx.clock.now();
    let now_s = fmt_time(now);
    let upn = s.principal.upn.clone();
    let row = ctx.change(
        s,
        Action::PartnerRemove,
        customer,
        object,
        &partner.domain,
        |tx| {
            let row =
                store::relationships::terminate(tx, &rel.id, &upn, &now_s)?.ok_or_else(|| {
                    Error::conflict(format!("relationship {} is already terminated", rel.id))
                })?;
            Ok((
                row,
                format!(
                    "relationship {} {} -> {}",
                    rel.id,
                    rel.status,
                    RelationshipStatus::Terminated
                ),
            ))
        },
    )?;
    let mut v = relationship_view(&row, now)?;
    v.partner = Some(partner_brief(partner));
    v.customer = Some(partner_brief(customer));
    Ok(v)
}
