//! `invite --renews ID`: what a renewal keeps of the relationship it renews.

use std::collections::BTreeSet;

use crate::app::Ctx;
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole};
use crate::store;

/// What a renewal keeps of the relationship it renews.
pub(super) struct Renewal {
    pub id: String,
    pub customer_domain: String,
    pub access: BTreeSet<DirectoryRole>,
    /// The original duration in whole days (none: classic DAP, no expiry).
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
}

/// The relationship an invite is to renew: one of the signed-in partner's own that is not
/// terminated. Anything else is "not found", the same whether it exists or not.
pub(super) fn renewal_terms(ctx: &mut Ctx, id: &str) -> Result<Renewal> {
    let id = crate::app::ctx::parse_id("relationship", id)?;
    let s = ctx.session()?;
    let home_id = s.tenant.id.clone();
    let found = ctx.store.read(|tx| {
        let Some(r) = store::relationships::by_id(tx, &id)? else {
            return Ok(None);
        };
        if r.partner_tenant_id != home_id {
            return Ok(None);
        }
        let customer = store::tenants::by_id(tx, &r.customer_tenant_id)?;
        Ok(Some((r, customer)))
    })?;
    let Some((r, customer)) = found else {
        return Err(Error::not_found(format!(
            "--renews {id}: your tenant has no such relationship"
        )));
    };
    if r.status == model::RelationshipStatus::Terminated {
        return Err(Error::conflict(format!(
            "--renews {id}: relationship {} ({}) was terminated; invite the customer anew instead",
            r.id, r.name
        )));
    }
    let duration_days = match &r.expires_at {
        None => None,
        Some(end) => {
            let start = crate::clock::parse_time(&r.accepted_at)
                .map_err(|_| Error::internal(format!("corrupt time in relationship {}", r.id)))?;
            let end = crate::clock::parse_time(end)
                .map_err(|_| Error::internal(format!("corrupt time in relationship {}", r.id)))?;
            Some(
                ((end - start).num_hours() as f64 / 24.0)
                    .round()
                    .clamp(1.0, 730.0) as i64,
            )
        }
    };
    Ok(Renewal {
        id: r.id,
        customer_domain: customer.domain,
        access: r.access,
        duration_days,
        auto_extend: r.auto_extend,
    })
}
