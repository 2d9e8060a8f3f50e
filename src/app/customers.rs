//! The partner's side: its customers.

use super::relationships::{
    partner_brief, relationship_view, remove_pair, RelationshipView, RemoveView,
};
use super::{Ctx, Rows, Scope};
use crate::authz::Action;
use crate::error::Result;
use crate::model::RelationshipStatus;
use crate::store::{self, relationships::CustomerOrder};

/// The partner's customers (active, or all), oldest relationship first, each with the
/// customer's details: one joined query, streamed to `show` inside the read transaction that
/// holds the decision.
pub fn list<T>(
    ctx: &mut Ctx,
    all: bool,
    show: impl FnOnce(&mut Rows<'_, RelationshipView>) -> Result<T>,
) -> Result<T> {
    let op = ctx.locate(Scope::Home("customers list"))?;
    let now = ctx.clock.now();
    ctx.view(&op.session, Action::CustomerRead, &op.tenant, None, |tx| {
        let mut rows = Rows::new(|emit: &mut dyn FnMut(RelationshipView) -> Result<()>| {
            store::relationships::of_partner_with_customers(
                tx,
                &op.tenant.id,
                CustomerOrder::Accepted,
                |r, customer| {
                    let mut v = relationship_view(&r, now)?;
                    if !all && v.status != RelationshipStatus::Active {
                        return Ok(());
                    }
                    v.customer = Some(partner_brief(&customer));
                    emit(v)
                },
            )
        });
        show(&mut rows)
    })
}

/// Ends the partner's own relationship with a customer.
pub fn remove(ctx: &mut Ctx, customer: &str) -> Result<RemoveView> {
    let op = ctx.locate(Scope::Home("customers remove"))?;
    let customer = ctx.tenant_named(&op.session, "CUSTOMER", customer)?;
    remove_pair(ctx, &op.session, &op.tenant, &customer)
}
