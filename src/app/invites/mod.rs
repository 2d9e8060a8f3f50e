//! A partner's invites: `invites list`, `show` and `revoke` here; issuing them in `create`
//! (and `from_csv`), the customer's answer in `answer`.

mod answer;
pub mod create;
pub mod from_csv;
pub mod message;
mod renewal;

use serde::Serialize;

use super::relationships::{brief, roles_vec, TenantBrief};
use super::{Ctx, Scope};
use crate::authz::{Action, ObjectFacts};
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, InviteStatus};
use crate::store::{self, invites::InviteRow, tenants::TenantRow, Tx};

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
    pub customer_domain: Option<String>,
    pub message: Option<String>,
    pub email_to: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub expires_at: String,
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
        customer_domain: i.customer_domain.clone(),
        message: i.message.clone(),
        email_to: i.email_to.clone(),
        created_by: i.created_by.clone(),
        created_at: i.created_at.clone(),
        expires_at: i.expires_at.clone(),
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
    let op = ctx.locate(Scope::Home("invites list"))?;
    let now = ctx.now_str();
    let rows = ctx.view(&op.session, Action::InviteRead, &op.tenant, None, |tx| {
        store::invites::of_partner(tx, &op.tenant.id)
    })?;
    Ok(rows
        .iter()
        .map(|i| invite_view(i, &op.tenant, &now))
        .filter(|v| status.is_none_or(|st| v.status == st))
        .collect())
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

/// One of the partner's own invites; another tenant's is as unknown as a missing one.
fn own_invite(tx: &Tx<'_>, home: &TenantRow, id: &str) -> Result<InviteRow> {
    store::invites::by_id(tx, id)?
        .filter(|i| i.partner_tenant_id == home.id)
        .ok_or_else(|| Error::not_found(format!("no invite {id} in {}", home.domain)))
}

pub fn show(ctx: &mut Ctx, id: &str) -> Result<InviteView> {
    let op = ctx.locate(Scope::Home("invites"))?;
    let id = invite_id(&op.tenant, id)?;
    ctx.authorize(
        &op.session,
        Action::InviteRead,
        &op.tenant,
        ObjectFacts::default(),
        Some(&id),
    )?;
    let inv = ctx.store.read(|tx| own_invite(tx, &op.tenant, &id))?;
    Ok(invite_view(&inv, &op.tenant, &ctx.now_str()))
}

pub fn revoke(ctx: &mut Ctx, id: &str) -> Result<InviteView> {
    let op = ctx.locate(Scope::Home("invites"))?;
    let id = invite_id(&op.tenant, id)?;
    ctx.authorize(
        &op.session,
        Action::InviteRevoke,
        &op.tenant,
        ObjectFacts::default(),
        Some(&id),
    )?;
    let inv = ctx.store.read(|tx| own_invite(tx, &op.tenant, &id))?;
    let now = ctx.now_str();
    if let Some(e) = unusable(&inv, &now) {
        return Err(e);
    }
    let upn = op.session.principal.upn.clone();
    let row = ctx.change(
        &op.session,
        Action::InviteRevoke,
        &op.tenant,
        ObjectFacts::default(),
        &inv.id,
        |tx| {
            let row = transition_or_conflict(tx, &inv.id, InviteStatus::Revoked, &upn, &now, None)?;
            Ok((
                row,
                format!("{} -> {}", InviteStatus::Pending, InviteStatus::Revoked),
            ))
        },
    )?;
    Ok(invite_view(&row, &op.tenant, &now))
}

/// Moves a pending invite to `status` as a compare-and-set (see
/// `store::invites::transition`); when another process got there first, says what became of
/// it (exit 6).
pub(super) fn transition_or_conflict(
    tx: &Tx<'_>,
    invite_id: &str,
    status: InviteStatus,
    by: &str,
    now: &str,
    customer_tenant_id: Option<&str>,
) -> Result<InviteRow> {
    if let Some(row) =
        store::invites::transition(tx, invite_id, status, by, now, customer_tenant_id)?
    {
        return Ok(row);
    }
    let changed = || Error::conflict("the invite changed meanwhile; try again");
    let cur = store::invites::by_id(tx, invite_id)?.ok_or_else(changed)?;
    Err(unusable(&cur, now).unwrap_or_else(changed))
}

/// Why an invite can no longer be used, for exit 6.
pub(super) fn unusable(i: &InviteRow, now: &str) -> Option<Error> {
    no_longer_pending(
        "invite",
        &i.id,
        i.status_at_time(now),
        &i.expires_at,
        i.status_at.as_deref(),
        i.status_by.as_deref(),
    )
}

/// Why a single-use item (`invite`, `offer`) in `status` can no longer be answered, for exit
/// 6; `None` while it is pending.
pub(crate) fn no_longer_pending(
    kind: &str,
    id: &str,
    status: InviteStatus,
    expires_at: &str,
    status_at: Option<&str>,
    status_by: Option<&str>,
) -> Option<Error> {
    let when = status_at.unwrap_or("?");
    let by = status_by.unwrap_or("?");
    let msg = match status {
        InviteStatus::Pending => return None,
        InviteStatus::Expired => {
            format!("{kind} {id} expired at {expires_at}; ask the partner for a new one")
        }
        InviteStatus::Accepted => format!("{kind} {id} was already accepted at {when} by {by}"),
        InviteStatus::Declined => format!("{kind} {id} was declined at {when} by {by}"),
        InviteStatus::Revoked => format!("{kind} {id} was revoked by the partner at {when}"),
    };
    Some(Error::conflict(msg))
}
