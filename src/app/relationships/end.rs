//! Ending relationships: one (`relationships terminate ID`), or every active one of a pair
//! (`partners remove`, `customers remove`).

use serde::Serialize;

use super::{active_between, partner_brief, relationship_view, RelationshipView};
use crate::app::{Ctx, Scope, Session};
use crate::authz::{Action, ObjectFacts};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::store::{self, relationships::RelationshipRow, tenants::TenantRow};

/// What `partners remove`, `customers remove` and `relationships terminate` return: the first
/// relationship ended (as a single relationship's view, so scripts written for one
/// relationship per pair keep working) and every relationship that was ended.
#[derive(Debug, Serialize)]
pub struct RemoveView {
    #[serde(flatten)]
    pub first: RelationshipView,
    pub relationships: Vec<RelationshipView>,
}

impl RemoveView {
    /// The partner's and the customer's domains, for the line that says what ended.
    pub fn domains(&self) -> (&str, &str) {
        (domain(&self.first.partner), domain(&self.first.customer))
    }
}

fn domain(t: &Option<super::PartnerBrief>) -> &str {
    t.as_ref().map_or("?", |t| t.domain.as_str())
}

fn pair_object(partner: &TenantRow) -> ObjectFacts {
    ObjectFacts {
        relationship_partner_tenant_id: Some(partner.id.clone()),
        ..ObjectFacts::default()
    }
}

/// Ends every relationship between `partner` and `customer` that is active, after listing
/// them in the confirmation (who may is the core's call: the customer's global admins for any
/// partner, a partner's global admins for its own).
pub fn remove_pair(
    ctx: &mut Ctx,
    s: &Session,
    partner: &TenantRow,
    customer: &TenantRow,
) -> Result<RemoveView> {
    ctx.authorize(
        s,
        Action::PartnerRemove,
        customer,
        pair_object(partner),
        Some(&partner.domain),
    )?;
    // Active on the clock: an expired relationship stays expired in the history.
    let rels = active_between(ctx, partner, customer)?;
    if rels.is_empty() {
        return Err(Error::not_found(format!(
            "{} has no active relationship with {}",
            partner.domain, customer.domain
        )));
    }
    end(ctx, s, partner, customer, rels)
}

/// Ends one relationship of the target tenant (its partner's or its customer's side), active
/// or expired; a terminated one stays as it is.
pub fn terminate(ctx: &mut Ctx, id: &str) -> Result<RemoveView> {
    let id = crate::app::parse_id("relationship", id)?;
    let op = ctx.locate(Scope::Target)?;
    let found = ctx.store.read(|tx| {
        let Some(r) = store::relationships::by_id(tx, &id)? else {
            return Ok(None);
        };
        if r.partner_tenant_id != op.tenant.id && r.customer_tenant_id != op.tenant.id {
            return Ok(None);
        }
        let partner = store::tenants::by_id(tx, &r.partner_tenant_id)?;
        let customer = store::tenants::by_id(tx, &r.customer_tenant_id)?;
        Ok(Some((r, partner, customer)))
    })?;
    let Some((rel, partner, customer)) = found else {
        return Err(Error::not_found(format!(
            "{} has no relationship {id}",
            op.tenant.domain
        )));
    };
    ctx.authorize(
        &op.session,
        Action::PartnerRemove,
        &customer,
        pair_object(&partner),
        Some(&rel.id),
    )?;
    if rel.status == crate::model::RelationshipStatus::Terminated {
        return Err(Error::conflict(format!(
            "relationship {} ({}) is already terminated",
            rel.id, rel.name
        )));
    }
    end(ctx, &op.session, &partner, &customer, vec![rel])
}

/// Asks, then ends `rels` in one transaction with the decision.
fn end(
    ctx: &mut Ctx,
    s: &Session,
    partner: &TenantRow,
    customer: &TenantRow,
    rels: Vec<RelationshipRow>,
) -> Result<RemoveView> {
    let listed: Vec<String> = rels
        .iter()
        .map(|r| format!("{} ({})", r.name, r.id))
        .collect();
    ctx.opts.confirm(&format!(
        "End {}'s delegated administration of {} ({} relationship{}: {})? Its agents lose access on their next command.",
        partner.domain,
        customer.domain,
        rels.len(),
        if rels.len() == 1 { "" } else { "s" },
        listed.join(", ")
    ))?;
    let now = ctx.clock.now();
    let now_s = fmt_time(now);
    let upn = s.principal.upn.clone();
    let ids: Vec<String> = rels.iter().map(|r| r.id.clone()).collect();
    let rows = ctx.change_with(
        s,
        Action::PartnerRemove,
        customer,
        |_| Ok(pair_object(partner)),
        &partner.domain,
        |tx| {
            let mut rows = Vec::new();
            let mut ended = Vec::new();
            for id in &ids {
                let row =
                    store::relationships::terminate(tx, id, &upn, &now_s)?.ok_or_else(|| {
                        Error::conflict(format!("relationship {id} is already terminated"))
                    })?;
                ended.push(format!("relationship {id} ({}) -> terminated", row.name));
                rows.push(row);
            }
            Ok((rows, ended.join("; ")))
        },
    )?;
    let mut views = Vec::new();
    for row in &rows {
        let mut v = relationship_view(row, now)?;
        v.partner = Some(partner_brief(partner));
        v.customer = Some(partner_brief(customer));
        views.push(v);
    }
    let mut first = relationship_view(&rows[0], now)?;
    first.partner = Some(partner_brief(partner));
    first.customer = Some(partner_brief(customer));
    Ok(RemoveView {
        first,
        relationships: views,
    })
}
