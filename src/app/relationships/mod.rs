//! Relationships: what the partner's and the customer's side share (the parties, the
//! relationship view, naming), `relationships list/show` (`list.rs`), and ending them
//! (`end.rs`: `relationships terminate`, `partners remove`, `customers remove`).

mod assign;
mod end;
mod list;
mod migrate;

pub use assign::{assign, unassign, AssignView};
pub use end::{remove_pair, terminate, RemoveView};
pub use list::{
    assignments_of, list, show, AssignmentView, RelationshipAssignments, RelationshipEntry,
};
pub use migrate::{migrate, MigrateInput, MigrateView};

use std::collections::BTreeSet;

use serde::Serialize;

use super::tenants::Contact;
use super::Ctx;
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

pub(crate) fn brief(t: &TenantRow) -> TenantBrief {
    TenantBrief {
        name: t.name.clone(),
        domain: t.domain.clone(),
    }
}

pub(crate) fn partner_brief(t: &TenantRow) -> PartnerBrief {
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

/// The directory roles `--role` names for a partner's users to hold in a customer: at least
/// one, and never the customer's relationship admin.
pub(crate) fn partner_roles(roles: &[DirectoryRole]) -> Result<BTreeSet<DirectoryRole>> {
    let roles: BTreeSet<DirectoryRole> = roles.iter().copied().collect();
    if roles.is_empty() {
        return Err(Error::invalid("--role: name at least one directory role"));
    }
    if roles.contains(&DirectoryRole::RelationshipAdmin) {
        return Err(Error::invalid(
            "--role relationship-admin: a customer's relationship admin is never a partner's role",
        ));
    }
    Ok(roles)
}

pub(crate) fn roles_vec(r: &BTreeSet<DirectoryRole>) -> Vec<DirectoryRole> {
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
    pub name: String,
    /// The relationship this one renewed.
    pub renews: Option<String>,
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

pub(crate) fn relationship_view(
    r: &RelationshipRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<RelationshipView> {
    let fact = super::facts::relationship(r)?;
    Ok(RelationshipView {
        relationship_id: r.id.clone(),
        name: r.name.clone(),
        renews: r.renews.clone(),
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

/// A customer's relationships (active, or all), each with the partner's details (the
/// partner's side streams its customers: `customers::list`).
pub(crate) fn partners_of(
    tx: &crate::store::Tx<'_>,
    tenant: &TenantRow,
    all: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<RelationshipView>> {
    let mut out = Vec::new();
    for r in store::relationships::of_customer(tx, &tenant.id)? {
        let mut v = relationship_view(&r, now)?;
        if !all && v.status != RelationshipStatus::Active {
            continue;
        }
        v.partner = Some(partner_brief(&store::tenants::by_id(
            tx,
            &r.partner_tenant_id,
        )?));
        out.push(v);
    }
    Ok(out)
}

/// The relationships of a pair that are active on the clock, oldest first.
pub(crate) fn active_between(
    ctx: &mut Ctx,
    partner: &TenantRow,
    customer: &TenantRow,
) -> Result<Vec<RelationshipRow>> {
    let now = ctx.clock.now();
    ctx.store
        .read(|tx| active_in(tx, &partner.id, &customer.id, now))
}

/// The relationships between a partner and a customer that are active at `now` (stored
/// active, and not expired by the clock), inside the caller's transaction, oldest first.
pub(crate) fn active_in(
    tx: &Tx<'_>,
    partner_id: &str,
    customer_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<RelationshipRow>> {
    let mut out = Vec::new();
    for r in store::relationships::stored_active(tx, partner_id, customer_id)? {
        if super::facts::relationship(&r)?.state(now) == RelationshipStatus::Active {
            out.push(r);
        }
    }
    Ok(out)
}

/// The name a new relationship gets: the one asked for (refused when the partner already
/// holds a relationship of that name that is not terminated), or one derived from the
/// customer's domain, numbered when taken (`contoso.example 2`).
pub(crate) fn free_name(
    tx: &Tx<'_>,
    partner_id: &str,
    wanted: Option<&str>,
    customer_domain: &str,
) -> Result<String> {
    if let Some(name) = wanted {
        if store::relationships::name_taken(tx, partner_id, name)? {
            return Err(Error::conflict(format!(
                "the partner already has a relationship named {name:?} that is not terminated; choose another name (--name)"
            )));
        }
        return Ok(name.to_string());
    }
    let base: String = customer_domain.chars().take(44).collect();
    for n in 1..1000 {
        let name = if n == 1 {
            base.clone()
        } else {
            format!("{base} {n}")
        };
        if !store::relationships::name_taken(tx, partner_id, &name)? {
            return Ok(name);
        }
    }
    Err(Error::conflict(format!(
        "no free relationship name derived from {customer_domain}; name it (--name)"
    )))
}
