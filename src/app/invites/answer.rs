//! The customer's answer to an invite: `accept` (a relationship begins) and `decline`.

use chrono::Duration;
use serde::Serialize;

use crate::app::email::TERMS;
use crate::app::relationships::{
    brief, duration_text, free_name, partner_brief, roles_vec, PartnerBrief, TenantBrief,
};
use crate::app::{pending, Ctx};
use crate::authz::{Action, ObjectFacts};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole, InviteStatus, RelationshipStatus};
use crate::store::{
    self, invites::InviteRow, relationships::RelationshipRow, tenants::TenantRow, Tx,
};

/// A token is given raw or as the last path segment of a link.
pub fn token_from_arg(arg: &str) -> Result<String> {
    let s = arg.trim();
    let s = s.split(['?', '#']).next().unwrap_or_default();
    let s = s.trim_end_matches('/');
    let t = s.rsplit('/').next().unwrap_or_default().trim();
    if t.is_empty() {
        return Err(Error::invalid("the invite token is empty"));
    }
    Ok(t.to_string())
}

#[derive(Debug, Serialize)]
pub struct AcceptView {
    /// The relationship id (for `decline`, the invite id).
    pub id: String,
    pub status: String,
    /// The invite answered (none for a relationship created by accepting a purchase offer).
    pub invite_id: Option<String>,
    pub partner: PartnerBrief,
    pub customer: TenantBrief,
    pub access: Vec<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub expires_at: Option<String>,
    pub accepted_by: Option<String>,
    pub accepted_at: Option<String>,
    /// The relationship's name (for `decline`, the name the invite asked for).
    pub name: Option<String>,
    /// The relationship this one renewed, which ended as it began.
    pub renews: Option<String>,
    pub terms: &'static str,
    pub dry_run: bool,
}

impl AcceptView {
    /// The relationship that accepting an invite or an offer began (`duration_days` as asked).
    pub(crate) fn began(
        rel: &RelationshipRow,
        partner: &TenantRow,
        customer: &TenantRow,
        duration_days: Option<i64>,
        dry_run: bool,
    ) -> AcceptView {
        AcceptView {
            id: rel.id.clone(),
            status: RelationshipStatus::Active.to_string(),
            invite_id: rel.invite_id.clone(),
            partner: partner_brief(partner),
            customer: brief(customer),
            access: roles_vec(&rel.access),
            duration_days,
            auto_extend: rel.auto_extend,
            expires_at: rel.expires_at.clone(),
            accepted_by: Some(rel.accepted_by.clone()),
            accepted_at: Some(rel.accepted_at.clone()),
            name: Some(rel.name.clone()),
            renews: rel.renews.clone(),
            terms: TERMS,
            dry_run,
        }
    }
}

type Pending = pending::Answering<InviteRow>;

/// Finds the invite of a token and checks that the signed-in user may answer it for its
/// tenant, and that it is still pending.
fn pending_invite(ctx: &mut Ctx, token_arg: &str) -> Result<Pending> {
    let p: Pending = pending::answering(ctx, token_arg, pending::answer_facts)?;
    ctx.authorize(
        &p.session,
        Action::InviteAccept,
        &p.customer,
        p.object.clone(),
        Some(&p.item.id),
    )?;
    if let Some(e) = pending::unusable(&p.item, &ctx.now_str()) {
        return Err(e);
    }
    Ok(p)
}

/// What `accept` shows before it asks: the partner, the access, the duration and the terms.
fn terms_text(p: &Pending) -> String {
    let i = &p.item;
    let contact = [&p.partner.email, &p.partner.phone]
        .iter()
        .filter_map(|c| c.as_deref())
        .collect::<Vec<_>>()
        .join(", ");
    let mut s = format!(
        "{} ({}) asks for delegated administration of {} ({}).\n  partner contact: {}\n  access:          {}\n  duration:        {}\n",
        p.partner.name,
        p.partner.domain,
        p.customer.name,
        p.customer.domain,
        if contact.is_empty() { "-".into() } else { contact },
        model::roles_to_csv(&i.access).replace(',', ", "),
        duration_text(i.duration_days, i.auto_extend),
    );
    if let Some(m) = &i.message {
        s.push_str(&format!("  message:         {m}\n"));
    }
    if let Some(r) = &i.renews {
        s.push_str(&format!(
            "  renews:          relationship {r}, which ends when this one begins\n"
        ));
    }
    s.push_str(&format!("\nTerms of delegated administration:\n{TERMS}\n"));
    s
}

pub fn accept(ctx: &mut Ctx, token_arg: &str) -> Result<AcceptView> {
    let p = pending_invite(ctx, token_arg)?;
    ctx.opts.confirm_terms(
        &terms_text(&p),
        &format!(
            "Accept {} as a delegated administrator of {}?",
            p.partner.domain, p.customer.domain
        ),
    )?;
    let now = ctx.clock.now();
    let now_s = fmt_time(now);
    let upn = p.session.principal.upn.clone();
    let expires_at = p
        .item
        .duration_days
        .map(|d| fmt_time(now + Duration::days(d)));
    let invite = p.item.clone();
    let (partner, customer) = (p.partner.clone(), p.customer.clone());
    let rel = p.answer(ctx, InviteStatus::Accepted, &now_s, |tx| {
        // A renewal ends the relationship it renews in this same transaction: access never
        // lapses between the two, and never doubles up past the renewal.
        let renewed = match &invite.renews {
            None => None,
            Some(id) => {
                let old = store::relationships::by_id(tx, id)?
                    .filter(|r| {
                        r.partner_tenant_id == partner.id && r.customer_tenant_id == customer.id
                    })
                    .ok_or_else(|| {
                        Error::conflict(format!(
                            "the relationship {id} this invite renews no longer exists; ask {} for a new invite",
                            partner.domain
                        ))
                    })?;
                if old.status == RelationshipStatus::Terminated {
                    return Err(Error::conflict(format!(
                        "the relationship {id} this invite renews was already ended; ask {} for a new invite",
                        partner.domain
                    )));
                }
                store::relationships::terminate(tx, id, &upn, &now_s)?;
                Some(old)
            }
        };
        let name = free_name(
            tx,
            &partner.id,
            invite
                .name
                .as_deref()
                .or(renewed.as_ref().map(|r| r.name.as_str())),
            &customer.domain,
        )?;
        let row = store::relationships::insert(
            tx,
            &store::relationships::NewRelationship {
                partner_tenant_id: &partner.id,
                customer_tenant_id: &customer.id,
                invite_id: Some(&invite.id),
                access: &invite.access,
                accepted_by: &upn,
                accepted_at: &now_s,
                expires_at: expires_at.as_deref(),
                auto_extend: invite.auto_extend,
                name: &name,
                renews: invite.renews.as_deref(),
            },
        )?;
        store::invites::set_relationship(tx, &invite.id, &row.id)?;
        // The renewed relationship's assignments carry over, each narrowed to the new access
        // (an assignment left with no role is dropped).
        let mut carried = Vec::new();
        if let Some(old) = &renewed {
            for a in store::assignments::of_relationship(tx, &old.id)? {
                let roles: std::collections::BTreeSet<DirectoryRole> =
                    a.roles.intersection(&row.access).copied().collect();
                if !roles.is_empty() {
                    store::assignments::set(tx, &row.id, &a.group_name, &roles, &upn, &now_s)?;
                    carried.push(a.group_name);
                }
            }
        }
        // The template's assignments, when the invite was made from one (within the access).
        for a in crate::app::templates::decode(invite.assignments.as_deref().unwrap_or("")) {
            let roles: std::collections::BTreeSet<DirectoryRole> = a
                .roles
                .iter()
                .copied()
                .filter(|r| row.access.contains(r))
                .collect();
            if !roles.is_empty() {
                store::assignments::set(tx, &row.id, &a.group, &roles, &upn, &now_s)?;
                carried.push(a.group);
            }
        }
        let mut summary = format!(
            "accepted invite {} from {}: relationship {} ({}) access [{}], {}",
            invite.id,
            partner.domain,
            row.id,
            row.name,
            model::roles_to_csv(&invite.access),
            duration_text(invite.duration_days, invite.auto_extend)
        );
        if let Some(old) = &renewed {
            summary.push_str(&format!("; renews relationship {}, now ended", old.id));
        }
        if !carried.is_empty() {
            summary.push_str(&format!("; assignments: {}", carried.join(", ")));
        }
        Ok((row, summary))
    })?;
    Ok(AcceptView::began(
        &rel,
        &partner,
        &customer,
        invite.duration_days,
        ctx.opts.dry_run,
    ))
}

/// The facts of answering an invite are read again inside the answer's transaction.
impl pending::Answerable for InviteRow {
    const ANSWER: Action = Action::InviteAccept;

    fn facts_in_tx(tx: &Tx<'_>, a: &Pending) -> Result<ObjectFacts> {
        pending::answer_facts(tx, &a.item, &a.customer)
    }
}

pub fn decline(ctx: &mut Ctx, token_arg: &str) -> Result<AcceptView> {
    let p = pending_invite(ctx, token_arg)?;
    p.decline(ctx)?;
    let invite = &p.item;
    Ok(AcceptView {
        id: invite.id.clone(),
        status: InviteStatus::Declined.to_string(),
        invite_id: Some(invite.id.clone()),
        partner: partner_brief(&p.partner),
        customer: brief(&p.customer),
        access: roles_vec(&invite.access),
        duration_days: invite.duration_days,
        auto_extend: invite.auto_extend,
        expires_at: None,
        accepted_by: None,
        accepted_at: None,
        name: invite.name.clone(),
        renews: invite.renews.clone(),
        terms: TERMS,
        dry_run: ctx.opts.dry_run,
    })
}
