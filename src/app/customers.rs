//! The partner's side: its customers.

use super::relationships::{relationships_of, remove_pair, RelationshipView, RemoveView, Side};
use super::{Ctx, Scope};
use crate::authz::Action;
use crate::error::Result;

/// The partner's customers (active, or all).
pub fn list(ctx: &mut Ctx, all: bool) -> Result<Vec<RelationshipView>> {
    let op = ctx.locate(Scope::Home("customers list"))?;
    let now = ctx.clock.now();
    ctx.view(&op.session, Action::CustomerRead, &op.tenant, None, |tx| {
        relationships_of(tx, &op.tenant, Side::Partner, all, now)
    })
}

/// Ends the partner's own relationship with a customer.
pub fn remove(ctx: &mut Ctx, customer: &str) -> Result<RemoveView> {
    let op = ctx.locate(Scope::Home("customers remove"))?;
    let customer = ctx.tenant_named(&op.session, "CUSTOMER", customer)?;
    remove_pair(ctx, &op.session, &op.tenant, &customer)
}
