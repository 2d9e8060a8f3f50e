//! What invites and offers share: their common views, listing them, finding one by its token
//! (the customer) or as the partner's own, the facts of answering it, and moving it out of
//! `pending` exactly once (answered or revoked).

use serde::Serialize;

use super::invites::token_from_arg;
use super::{outbox, secrets, Ctx, Op, Scope, Session};
use crate::authz::{Action, ObjectFacts};
use crate::error::{Error, Result};
use crate::model::InviteStatus;
use crate::store::pending::{Move, PendingRow};
use crate::store::{self, tenants::TenantRow, Tx};

/// How an invite or offer was issued, as its view shows it.
#[derive(Debug, Serialize)]
pub struct IssuedView {
    pub customer_domain: Option<String>,
    pub message: Option<String>,
    pub email_to: Option<String>,
    pub created_by: String,
    pub created_at: String,
    pub expires_at: String,
}

pub(crate) fn issued_view<T: PendingRow>(item: &T) -> IssuedView {
    let p = item.pending();
    IssuedView {
        customer_domain: p.customer_domain.map(Into::into),
        message: p.message.map(Into::into),
        email_to: p.email_to.map(Into::into),
        created_by: p.created_by.into(),
        created_at: p.created_at.into(),
        expires_at: p.expires_at.into(),
    }
}

/// Whether the invite or offer `id` is stored (its transaction was committed).
pub(crate) fn stored<T: PendingRow>(tx: &Tx<'_>, id: &str) -> Result<bool> {
    Ok(store::pending::by_id::<T>(tx, id)?.is_some())
}

/// Finishes or clears the messages an interrupted run left staged in `dir` (see
/// [`outbox::recover`]): a message whose item was committed (as `committed` reads it) is
/// moved into place.
pub(crate) fn recover_outbox(
    ctx: &mut Ctx,
    dir: &std::path::Path,
    committed: impl Fn(&Tx<'_>, &str) -> Result<bool>,
) -> Result<usize> {
    if !dir.is_dir() {
        return Ok(0);
    }
    let store = &mut ctx.store;
    outbox::recover(dir, &mut |id| store.read(|tx| committed(tx, id)))
}

/// A new invite or offer (`item`) with its token, shown once, and how the customer accepts.
#[derive(Debug, Serialize)]
pub struct Created<V> {
    #[serde(flatten)]
    pub item: V,
    pub token: String,
    pub accept_command: String,
    pub link: String,
    /// The ready-to-send message written (`--email-out`).
    pub email_out: Option<String>,
    pub dry_run: bool,
}

/// A pending item found by its token: who answers it, for which tenant, and who made it.
pub(crate) struct Answering<T> {
    pub session: Session,
    pub item: T,
    pub partner: TenantRow,
    pub customer: TenantRow,
    /// The core's facts about answering it, as read when it was found.
    pub object: ObjectFacts,
}

/// The item a token (raw or a link) names, answered by the signed-in user for its target
/// tenant, with the partner that made it and the core's `facts` about answering it.
pub(crate) fn answering<T: PendingRow>(
    ctx: &mut Ctx,
    arg: &str,
    facts: impl FnOnce(&Tx<'_>, &T, &TenantRow) -> Result<ObjectFacts>,
) -> Result<Answering<T>> {
    let token = token_from_arg(arg)?;
    let hash = secrets::sha256_hex(token.as_bytes());
    let (session, customer) = ctx.locate(Scope::Target)?.parts();
    let item = ctx
        .store
        .read(|tx| store::pending::by_token_hash::<T>(tx, &hash))?
        .ok_or_else(|| {
            Error::not_found(format!(
                "no {kind} has this token; check the link or ask the partner for a new {kind}",
                kind = T::KIND
            ))
        })?;
    let (partner, object) = ctx.store.read(|tx| {
        let partner = store::tenants::by_id(tx, item.pending().partner_tenant_id)?;
        Ok((partner, facts(tx, &item, &customer)?))
    })?;
    Ok(Answering {
        session,
        item,
        partner,
        customer,
        object,
    })
}

/// How the customer's answer to an invite or an offer is decided.
pub(crate) trait Answerable: PendingRow {
    /// The action the answer needs in the customer tenant.
    const ANSWER: Action;

    /// The facts the decision inside the answer's transaction sees.
    fn facts_in_tx(tx: &Tx<'_>, a: &Answering<Self>) -> Result<ObjectFacts>;
}

impl<T: Answerable> Answering<T> {
    /// Answers the item for its customer at `at` in one transaction with the decision: first
    /// the compare-and-set to `status` (of many processes answering one token, exactly one
    /// moves it), then `then`.
    pub(crate) fn answer<R>(
        &self,
        ctx: &mut Ctx,
        status: InviteStatus,
        at: &str,
        then: impl FnOnce(&Tx<'_>) -> Result<(R, String)>,
    ) -> Result<R> {
        let id = self.item.pending().id;
        let to = Move {
            status,
            by: &self.session.principal.upn,
            at,
            customer_tenant_id: Some(&self.customer.id),
        };
        let object = |tx: &Tx<'_>| T::facts_in_tx(tx, self);
        ctx.change_with(&self.session, T::ANSWER, &self.customer, object, id, |tx| {
            transition_or_conflict::<T>(tx, id, &to)?;
            then(tx)
        })
    }

    /// Declines the item for its customer now.
    pub(crate) fn decline(&self, ctx: &mut Ctx) -> Result<()> {
        let at = ctx.now_str();
        let p = self.item.pending();
        let summary = format!("declined {} {} from {}", T::KIND, p.id, self.partner.domain);
        self.answer(ctx, InviteStatus::Declined, &at, |_| Ok(((), summary)))
    }
}

/// The core's facts about answering an item for `customer`: who made it, and whether it is
/// addressed to another tenant. One naming a customer domain belongs to the tenant whose
/// initial domain it is, or that had verified it when the item was made: a domain added and
/// verified afterwards (anyone can add any name) does not capture it (SPEC §2 rule 5).
pub(crate) fn answer_facts<T: PendingRow>(
    tx: &Tx<'_>,
    item: &T,
    customer: &TenantRow,
) -> Result<ObjectFacts> {
    let p = item.pending();
    let elsewhere = match p.customer_domain {
        Some(d) => {
            let owner = store::domains::addressee(tx, d, p.created_at)?;
            owner.as_deref() != Some(customer.id.as_str())
        }
        None => false,
    };
    Ok(ObjectFacts {
        invite_partner_tenant_id: Some(p.partner_tenant_id.to_string()),
        invite_addressed_elsewhere: elsewhere,
        ..ObjectFacts::default()
    })
}

/// `invites list`, `offers list`: the partner's items, all or those with one `status` now, as
/// `view` shows them (`action` is the right to read them).
pub(crate) fn list<T: PendingRow, V>(
    ctx: &mut Ctx,
    command: &'static str,
    action: Action,
    status: Option<InviteStatus>,
    view: impl Fn(&T, &TenantRow, &str) -> V,
) -> Result<Vec<V>> {
    let op = ctx.locate(Scope::Home(command))?;
    let now = ctx.now_str();
    let rows = ctx.view(&op.session, action, &op.tenant, None, |tx| {
        store::pending::of_partner::<T>(tx, &op.tenant.id)
    })?;
    Ok(rows
        .iter()
        .filter(|r| status.is_none_or(|st| r.pending().status_at_time(&now) == st))
        .map(|r| view(r, &op.tenant, &now))
        .collect())
}

/// One of the partner's own items, after `action` on it is allowed; another tenant's is as
/// unknown as a missing one.
pub(crate) fn own<T: PendingRow>(ctx: &mut Ctx, op: &Op, action: Action, id: &str) -> Result<T> {
    ctx.authorize(
        &op.session,
        action,
        &op.tenant,
        ObjectFacts::default(),
        Some(id),
    )?;
    let home = &op.tenant;
    ctx.store.read(|tx| {
        store::pending::by_id::<T>(tx, id)?
            .filter(|i| i.pending().partner_tenant_id == home.id)
            .ok_or_else(|| Error::not_found(format!("no {} {id} in {}", T::KIND, home.domain)))
    })
}

/// `invites revoke`, `offers revoke`: one of the partner's own pending items, revoked, with
/// `summary` of it in the audit entry.
pub(crate) fn revoke<T: PendingRow>(
    ctx: &mut Ctx,
    op: &Op,
    action: Action,
    id: &str,
    summary: &str,
) -> Result<T> {
    let item: T = own(ctx, op, action, id)?;
    let now = ctx.now_str();
    if let Some(e) = unusable(&item, &now) {
        return Err(e);
    }
    let to = Move {
        status: InviteStatus::Revoked,
        by: &op.session.principal.upn,
        at: &now,
        customer_tenant_id: None,
    };
    ctx.change(&op.session, action, &op.tenant, id, |tx| {
        Ok((transition_or_conflict(tx, id, &to)?, summary.to_string()))
    })
}

/// Moves a pending item to `status` as a compare-and-set (see `store::pending::transition`);
/// when another process got there first, says what became of it (exit 6).
fn transition_or_conflict<T: PendingRow>(tx: &Tx<'_>, id: &str, to: &Move<'_>) -> Result<T> {
    if let Some(row) = store::pending::transition(tx, id, to)? {
        return Ok(row);
    }
    let changed = || Error::conflict(format!("the {} changed meanwhile; try again", T::KIND));
    let cur: T = store::pending::by_id(tx, id)?.ok_or_else(changed)?;
    Err(unusable(&cur, to.at).unwrap_or_else(changed))
}

/// Why an item can no longer be answered or revoked, for exit 6; `None` while it is pending.
pub(crate) fn unusable<T: PendingRow>(item: &T, now: &str) -> Option<Error> {
    let p = item.pending();
    let (kind, id, expires_at) = (T::KIND, p.id, p.expires_at);
    let when = p.status_at.unwrap_or("?");
    let by = p.status_by.unwrap_or("?");
    let msg = match p.status_at_time(now) {
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
