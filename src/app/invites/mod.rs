//! A partner's invites: `invites list`, `show` and `revoke` here; issuing them in `create`
//! (and `from_csv`), the customer's answer in `answer`.

mod answer;
pub mod create;
pub mod from_csv;
pub mod message;
mod renewal;
mod spec;

use serde::Serialize;

use super::pending::{self, IssuedView};
use super::relationships::{brief, roles_vec, TenantBrief};
use super::{Ctx, Scope};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, InviteStatus};
use crate::store::{invites::InviteRow, tenants::TenantRow};

pub use answer::{accept, decline, token_from_arg, AcceptView};
pub use create::{create, invite_spec, CreatedInvite, InviteInput, InviteSpec, Names, RawInvite};

#[derive(Debug, Serialize)]
pub struct InviteView {
    pub id: String,
    pub status: InviteStatus,
    pub partner: TenantBrief,
    pub access: Vec<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    #[serde(flatten)]
    pub issued: IssuedView,
    pub accepted_by: Option<String>,
    pub status_at: Option<String>,
    pub relationship_id: Option<String>,
    /// The name asked for the relationship (else one derived from the customer).
    pub name: Option<String>,
    /// The relationship that accepting this invite renews.
    pub renews: Option<String>,
}

fn invite_view(i: &InviteRow, partner: &TenantRow, now: &str) -> InviteView {
    InviteView {
        id: i.id.clone(),
        status: i.status_at_time(now),
        partner: brief(partner),
        access: roles_vec(&i.access),
        duration_days: i.duration_days,
        auto_extend: i.auto_extend,
        issued: pending::issued_view(i),
        accepted_by: (i.status == InviteStatus::Accepted)
            .then(|| i.status_by.clone())
            .flatten(),
        status_at: i.status_at.clone(),
        relationship_id: i.relationship_id.clone(),
        name: i.name.clone(),
        renews: i.renews.clone(),
    }
}

/// The partner's invites, all or those with one status.
pub fn list(ctx: &mut Ctx, status: Option<InviteStatus>) -> Result<Vec<InviteView>> {
    pending::list::<InviteRow, _>(ctx, "invites list", Action::InviteRead, status, invite_view)
}

/// An invite id as typed. A malformed one names no invite: it is refused before it is
/// recorded anywhere.
fn invite_id(home: &TenantRow, id: &str) -> Result<String> {
    super::parse_id("invite id", id).map_err(|_| {
        Error::not_found(format!(
            "no such invite in {} (invite ids look like 0193a5c2-7d1e-7c3a-9f00-2b6f4e8d1a77)",
            home.domain
        ))
    })
}

pub fn show(ctx: &mut Ctx, id: &str) -> Result<InviteView> {
    let op = ctx.locate(Scope::Home("invites"))?;
    let id = invite_id(&op.tenant, id)?;
    let inv: InviteRow = pending::own(ctx, &op, Action::InviteRead, &id)?;
    Ok(invite_view(&inv, &op.tenant, &ctx.now_str()))
}

pub fn revoke(ctx: &mut Ctx, id: &str) -> Result<InviteView> {
    let op = ctx.locate(Scope::Home("invites"))?;
    let id = invite_id(&op.tenant, id)?;
    let summary = format!("{} -> {}", InviteStatus::Pending, InviteStatus::Revoked);
    let row: InviteRow = pending::revoke(ctx, &op, Action::InviteRevoke, &id, &summary)?;
    Ok(invite_view(&row, &op.tenant, &ctx.now_str()))
}
