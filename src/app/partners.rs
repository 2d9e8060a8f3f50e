//! The customer's side: the partners with delegated administration over a tenant.

use super::relationships::{partners_of, remove_pair, RelationshipView, RemoveView};
use super::{Ctx, Scope};
use crate::authz::Action;
use crate::error::Result;

/// The partners with delegated administration over the target tenant (active, or all).
pub fn list(ctx: &mut Ctx, all: bool) -> Result<Vec<RelationshipView>> {
    let op = ctx.locate(Scope::Target)?;
    let now = ctx.clock.now();
    ctx.view(&op.session, Action::PartnerRead, &op.tenant, None, |tx| {
        partners_of(tx, &op.tenant, all, now)
    })
}

/// Ends a partner's delegated administration of the target tenant.
pub fn remove(ctx: &mut Ctx, partner: &str) -> Result<RemoveView> {
    let op = ctx.locate(Scope::Target)?;
    let partner = ctx.tenant_named(&op.session, "PARTNER", partner)?;
    remove_pair(ctx, &op.session, &partner, &op.tenant)
}
