//! Partner relationships: invites, accept and decline, the customer's partners, the partner's
//! customers, and agent-role grants.

use std::collections::BTreeSet;
use std::path::PathBuf;

use chrono::Duration;
use serde::Serialize;

use super::email::{self, TERMS};
use super::outbox::{self, Outbox};
use super::tenants::Contact;
use super::{find_tenant, secrets, Ctx, Session};
use crate::authz::{Action, ObjectFacts, RelationshipState};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{self, AgentRole, DirectoryRole, InviteStatus, RelationshipStatus};
use crate::store::{self, invites::InviteRow, relationships::RelationshipRow, tenants::TenantRow};

pub const MAX_INVITE_DAYS: u64 = 90;

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

fn brief(t: &TenantRow) -> TenantBrief {
    TenantBrief {
        name: t.name.clone(),
        domain: t.domain.clone(),
    }
}

fn partner_brief(t: &TenantRow) -> PartnerBrief {
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

fn roles_vec(r: &BTreeSet<DirectoryRole>) -> Vec<DirectoryRole> {
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

// ----- invites -------------------------------------------------------------------------

pub struct InviteInput {
    pub access: Vec<DirectoryRole>,
    pub duration: Option<String>,
    pub auto_extend: bool,
    pub expires_in: Option<String>,
    pub customer_domain: Option<String>,
    pub message: Option<String>,
    pub email_to: Option<String>,
    pub email_out: Option<PathBuf>,
}

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
}

#[derive(Debug, Serialize)]
pub struct CreatedInvite {
    #[serde(flatten)]
    pub invite: InviteView,
    pub token: String,
    pub accept_command: String,
    pub link: String,
    pub email_out: Option<String>,
    pub dry_run: bool,
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
    }
}

/// An invite's terms, validated. Shared by `invite` and `invite --from-csv`.
#[derive(Debug, Clone)]
pub struct InviteSpec {
    pub access: BTreeSet<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub expires_in: std::time::Duration,
    pub customer_domain: Option<String>,
    pub message: Option<String>,
    pub email_to: Option<String>,
}

/// An invite's terms as typed, before validation.
#[derive(Clone, Copy)]
pub struct RawInvite<'a> {
    pub access: &'a [DirectoryRole],
    pub duration: Option<&'a str>,
    pub auto_extend: bool,
    pub expires_in: Option<&'a str>,
    pub customer_domain: Option<&'a str>,
    pub message: Option<&'a str>,
    pub email_to: Option<&'a str>,
}

/// The names of the inputs, for messages: flags on the command line, columns in a CSV file.
#[derive(Clone, Copy)]
pub struct Names {
    pub access: &'static str,
    pub duration: &'static str,
    pub auto_extend: &'static str,
    pub expires_in: &'static str,
    pub customer_domain: &'static str,
    pub message: &'static str,
    pub email_to: &'static str,
}

pub const FLAG_NAMES: Names = Names {
    access: "--access",
    duration: "--duration",
    auto_extend: "--auto-extend",
    expires_in: "--expires-in",
    customer_domain: "--customer-domain",
    message: "--message",
    email_to: "--email-to",
};

/// Checks an invite's terms: access defaults to global-admin (classic DAP); a duration of 1 to
/// 730 whole days; auto-extend only with a duration and without global-admin; expiry up to and
/// by default 90 days.
pub fn invite_spec(raw: &RawInvite<'_>, n: Names) -> std::result::Result<InviteSpec, String> {
    let RawInvite {
        access,
        duration,
        auto_extend,
        expires_in,
        customer_domain,
        message,
        email_to,
    } = *raw;
    let access: BTreeSet<DirectoryRole> = if access.is_empty() {
        BTreeSet::from([DirectoryRole::GlobalAdmin])
    } else {
        access.iter().copied().collect()
    };
    let duration_days = duration
        .map(|d| model::parse_days(n.duration, d, 1, 730))
        .transpose()?
        .map(|d| d as i64);
    if auto_extend {
        if access.contains(&DirectoryRole::GlobalAdmin) {
            return Err(format!(
                "{} is refused when the access includes global-admin; request narrower roles with {}",
                n.auto_extend, n.access
            ));
        }
        if duration_days.is_none() {
            return Err(format!(
                "{} needs {}: a relationship without expiry has nothing to extend",
                n.auto_extend, n.duration
            ));
        }
    }
    let max = std::time::Duration::from_secs(MAX_INVITE_DAYS * 86_400);
    let expires_in = match expires_in {
        None => max,
        Some(s) => model::parse_span(n.expires_in, s, std::time::Duration::from_secs(3600), max)?,
    };
    let customer_domain = customer_domain
        .map(model::validate_domain)
        .transpose()
        .map_err(|e| format!("{}: {e}", n.customer_domain))?;
    let message = message
        .map(|m| model::validate_text(n.message, m))
        .transpose()?;
    let email_to = email_to
        .map(model::validate_email)
        .transpose()
        .map_err(|e| format!("{}: {e}", n.email_to))?;
    Ok(InviteSpec {
        access,
        duration_days,
        auto_extend,
        expires_in,
        customer_domain,
        message,
        email_to,
    })
}

/// Refuses an invite aimed at the partner's own domain: `Ok(Some(message))` names the
/// problem; a store error (a busy database, say) stays what it is.
pub fn check_not_own_domain(
    tx: &crate::store::Tx<'_>,
    home: &TenantRow,
    spec: &InviteSpec,
    n: Names,
) -> Result<Option<String>> {
    if let Some(cd) = &spec.customer_domain {
        let owner = store::tenants::domain_owner(tx, cd)?;
        if owner.as_deref() == Some(home.id.as_str()) {
            return Ok(Some(format!(
                "{} {cd} is your own tenant's domain; a tenant cannot accept its own invite",
                n.customer_domain
            )));
        }
    }
    Ok(None)
}

/// What an invite gets before its transaction: its id, its secret token (shown once, stored
/// as SHA-256 only) and its times, so that its message can be written and synced before the
/// write lock is taken.
#[derive(Debug, Clone)]
pub struct InviteDraft {
    pub id: String,
    pub token: String,
    pub created_at: String,
    pub expires_at: String,
}

pub fn draft_invite(spec: &InviteSpec, now: chrono::DateTime<chrono::Utc>) -> Result<InviteDraft> {
    let ttl = Duration::from_std(spec.expires_in)
        .map_err(|_| Error::invalid("the invite expiry is out of range"))?;
    Ok(InviteDraft {
        id: store::new_id(),
        token: secrets::new_token(),
        created_at: fmt_time(now),
        expires_at: fmt_time(now + ttl),
    })
}

/// A freshly inserted invite with its raw token (shown once, stored as SHA-256 only).
pub struct IssuedInvite {
    pub row: InviteRow,
    pub token: String,
    pub summary: String,
}

pub fn insert_invite(
    tx: &crate::store::Tx<'_>,
    home: &TenantRow,
    created_by: &str,
    spec: &InviteSpec,
    draft: &InviteDraft,
) -> Result<IssuedInvite> {
    let row = store::invites::insert(
        tx,
        &store::invites::NewInvite {
            id: &draft.id,
            partner_tenant_id: &home.id,
            created_by,
            token_hash: &secrets::sha256_hex(draft.token.as_bytes()),
            access: &spec.access,
            duration_days: spec.duration_days,
            auto_extend: spec.auto_extend,
            customer_domain: spec.customer_domain.as_deref(),
            message: spec.message.as_deref(),
            email_to: spec.email_to.as_deref(),
            created_at: &draft.created_at,
            expires_at: &draft.expires_at,
        },
    )?;
    let summary = format!(
        "invite {} for {} access [{}], {}, expires {}",
        draft.id,
        spec.customer_domain.as_deref().unwrap_or("any customer"),
        model::roles_to_csv(&spec.access),
        duration_text(spec.duration_days, spec.auto_extend),
        draft.expires_at
    );
    Ok(IssuedInvite {
        row,
        token: draft.token.clone(),
        summary,
    })
}

/// The accept command and the link for a token.
pub fn accept_command_and_link(operator_domain: &str, token: &str) -> (String, String) {
    (
        format!("partnerctl accept {token}"),
        format!("https://{operator_domain}/partners/accept/{token}"),
    )
}

pub fn operator_domain(ctx: &mut Ctx) -> Result<String> {
    Ok(ctx
        .store
        .read(store::tenants::operator)?
        .map(|t| t.domain)
        .unwrap_or_else(|| "operator.example".to_string()))
}

/// The invitation message of an invite (RFC 5322).
pub fn email_text(
    home: &TenantRow,
    sender: &str,
    to: &str,
    spec: &InviteSpec,
    draft: &InviteDraft,
    operator_domain: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let (accept_command, link) = accept_command_and_link(operator_domain, &draft.token);
    email::render(&email::Invitation {
        from_name: &home.name,
        from_addr: home.email.as_deref().unwrap_or(sender),
        to_addr: to,
        partner_domain: &home.domain,
        invite_id: &draft.id,
        access: &model::roles_to_csv(&spec.access).replace(',', ", "),
        duration: &duration_text(spec.duration_days, spec.auto_extend),
        expires_at: &draft.expires_at,
        message: spec.message.as_deref(),
        accept_command: &accept_command,
        link: &link,
        date: now,
    })
}

/// Finishes or clears the messages an interrupted run left staged in `dir` (see
/// [`outbox::recover`]): a message whose invite was committed is moved into place.
pub fn recover_outbox(ctx: &mut Ctx, dir: &std::path::Path) -> Result<usize> {
    if !dir.is_dir() {
        return Ok(0);
    }
    let store = &mut ctx.store;
    outbox::recover(dir, &mut |id| {
        Ok(store.read(|tx| store::invites::by_id(tx, id))?.is_some())
    })
}

pub fn create_invite(ctx: &mut Ctx, input: &InviteInput) -> Result<CreatedInvite> {
    let spec = invite_spec(
        &RawInvite {
            access: &input.access,
            duration: input.duration.as_deref(),
            auto_extend: input.auto_extend,
            expires_in: input.expires_in.as_deref(),
            customer_domain: input.customer_domain.as_deref(),
            message: input.message.as_deref(),
            email_to: input.email_to.as_deref(),
        },
        FLAG_NAMES,
    )
    .map_err(Error::invalid)?;
    if input.email_out.is_some() && spec.email_to.is_none() {
        return Err(Error::invalid(
            "--email-out needs --email-to ADDR (the message's recipient)",
        ));
    }
    if let Some(p) = &input.email_out {
        if p.exists() {
            return Err(Error::conflict(format!(
                "{} already exists; choose a new --email-out file",
                p.display()
            )));
        }
    }

    let s = ctx.session()?;
    let home = ctx.home(&s, "invite")?;
    ctx.authorize(
        &s,
        Action::InviteCreate,
        &home,
        ObjectFacts::default(),
        spec.customer_domain.as_deref(),
    )?;
    if let Some(problem) = ctx
        .store
        .read(|tx| check_not_own_domain(tx, &home, &spec, FLAG_NAMES))?
    {
        return Err(Error::invalid(problem));
    }
    let now = ctx.clock.now();
    let upn = s.principal.upn.clone();
    let operator_domain = operator_domain(ctx)?;
    let draft = draft_invite(&spec, now)?;
    let mut outbox = Outbox::new();
    if let (Some(path), Some(to), false) = (&input.email_out, &spec.email_to, ctx.opts.dry_run) {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            recover_outbox(ctx, dir)?;
        }
        let text = email_text(&home, &upn, to, &spec, &draft, &operator_domain, now);
        outbox.stage(path, &draft.id, &text)?;
    }
    let result = ctx.change(
        &s,
        Action::InviteCreate,
        &home,
        ObjectFacts::default(),
        "invite",
        |tx| {
            let issued = insert_invite(tx, &home, &upn, &spec, &draft)?;
            let summary = issued.summary.clone();
            Ok((issued, summary))
        },
    );
    let issued = match result {
        Ok(i) => i,
        Err(e) => {
            outbox.discard();
            return Err(e);
        }
    };
    outbox.publish(&|_| true)?;
    let (accept_command, link) = accept_command_and_link(&operator_domain, &issued.token);
    let email_out = input.email_out.as_ref().map(|p| p.display().to_string());
    Ok(CreatedInvite {
        invite: invite_view(&issued.row, &home, &fmt_time(now)),
        token: issued.token,
        accept_command,
        link,
        email_out,
        dry_run: ctx.opts.dry_run,
    })
}

pub fn list_invites(ctx: &mut Ctx, status: Option<InviteStatus>) -> Result<Vec<InviteView>> {
    let s = ctx.session()?;
    let home = ctx.home(&s, "invites list")?;
    let now = ctx.now_str();
    let rows = ctx.view(&s, Action::InviteRead, &home, None, |tx| {
        store::invites::of_partner(tx, &home.id)
    })?;
    Ok(rows
        .iter()
        .map(|i| invite_view(i, &home, &now))
        .filter(|v| status.is_none_or(|st| v.status == st))
        .collect())
}

fn own_invite(ctx: &mut Ctx, s: &Session, action: Action, id: &str) -> Result<InviteRow> {
    let home = ctx.home(s, "invites")?;
    // A malformed id names no invite; it is refused before it is recorded anywhere.
    let id = super::parse_id("invite id", id).map_err(|_| {
        Error::not_found(format!(
            "no such invite in {} (invite ids look like 0193a5c2-7d1e-7c3a-9f00-2b6f4e8d1a77)",
            home.domain
        ))
    })?;
    ctx.authorize(s, action, &home, ObjectFacts::default(), Some(&id))?;
    ctx.store
        .read(|tx| store::invites::by_id(tx, &id))?
        .filter(|i| i.partner_tenant_id == home.id)
        .ok_or_else(|| Error::not_found(format!("no invite {id} in {}", home.domain)))
}

pub fn show_invite(ctx: &mut Ctx, id: &str) -> Result<InviteView> {
    let s = ctx.session()?;
    let inv = own_invite(ctx, &s, Action::InviteRead, id)?;
    Ok(invite_view(&inv, &s.tenant, &ctx.now_str()))
}

/// Why an invite can no longer be used, for exit 6.
/// Moves a pending invite to `status` as a compare-and-set (see
/// `store::invites::transition`); when another process got there first, says what became of
/// it (exit 6).
fn transition_or_conflict(
    tx: &crate::store::Tx<'_>,
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

fn unusable(i: &InviteRow, now: &str) -> Option<Error> {
    let when = i.status_at.as_deref().unwrap_or("?");
    let by = i.status_by.as_deref().unwrap_or("?");
    let msg = match i.status_at_time(now) {
        InviteStatus::Pending => return None,
        InviteStatus::Expired => format!(
            "invite {} expired at {}; ask the partner for a new one",
            i.id, i.expires_at
        ),
        InviteStatus::Accepted => {
            format!("invite {} was already accepted at {when} by {by}", i.id)
        }
        InviteStatus::Declined => format!("invite {} was declined at {when} by {by}", i.id),
        InviteStatus::Revoked => format!("invite {} was revoked by the partner at {when}", i.id),
    };
    Some(Error::conflict(msg))
}

pub fn revoke_invite(ctx: &mut Ctx, id: &str) -> Result<InviteView> {
    let s = ctx.session()?;
    let inv = own_invite(ctx, &s, Action::InviteRevoke, id)?;
    let now = ctx.now_str();
    if let Some(e) = unusable(&inv, &now) {
        return Err(e);
    }
    let home = s.tenant.clone();
    let upn = s.principal.upn.clone();
    let row = ctx.change(
        &s,
        Action::InviteRevoke,
        &home,
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
    Ok(invite_view(&row, &home, &now))
}

// ----- accept and decline ---------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct AcceptView {
    /// The relationship id (for `decline`, the invite id).
    pub id: String,
    pub status: String,
    pub invite_id: String,
    pub partner: PartnerBrief,
    pub customer: TenantBrief,
    pub access: Vec<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub expires_at: Option<String>,
    pub accepted_by: Option<String>,
    pub accepted_at: Option<String>,
    pub terms: &'static str,
    pub dry_run: bool,
}

struct Pending {
    session: Session,
    invite: InviteRow,
    partner: TenantRow,
    customer: TenantRow,
}

/// The core's facts about answering an invite for `customer`: who issued it, and whether it is
/// addressed to another tenant. An invite naming a customer domain belongs to the tenant whose
/// initial domain it is, or that had verified it when the invite was created: a domain added
/// and verified afterwards (anyone can add any name) does not capture it (SPEC §2 rule 5).
fn invite_facts(
    tx: &crate::store::Tx<'_>,
    invite: &InviteRow,
    customer: &TenantRow,
) -> Result<ObjectFacts> {
    let elsewhere = match &invite.customer_domain {
        Some(d) => {
            let owner = store::domains::addressee(tx, d, &invite.created_at)?;
            owner.as_deref() != Some(customer.id.as_str())
        }
        None => false,
    };
    Ok(ObjectFacts {
        invite_partner_tenant_id: Some(invite.partner_tenant_id.clone()),
        invite_addressed_elsewhere: elsewhere,
        ..ObjectFacts::default()
    })
}

/// Finds the invite of a token and checks that the signed-in user may answer it for its
/// tenant, and that it is still pending.
fn pending_invite(ctx: &mut Ctx, token_arg: &str) -> Result<Pending> {
    let token = token_from_arg(token_arg)?;
    let hash = secrets::sha256_hex(token.as_bytes());
    let s = ctx.session()?;
    let invite = ctx
        .store
        .read(|tx| store::invites::by_token_hash(tx, &hash))?
        .ok_or_else(|| {
            Error::not_found(
                "no invite has this token; check the link or ask the partner for a new invite",
            )
        })?;
    let customer = ctx.target(&s)?;
    let (partner, object) = ctx.store.read(|tx| {
        let partner = store::tenants::by_id(tx, &invite.partner_tenant_id)?;
        Ok((partner, invite_facts(tx, &invite, &customer)?))
    })?;
    ctx.authorize(
        &s,
        Action::InviteAccept,
        &customer,
        object,
        Some(&invite.id),
    )?;
    if let Some(e) = unusable(&invite, &ctx.now_str()) {
        return Err(e);
    }
    Ok(Pending {
        session: s,
        invite,
        partner,
        customer,
    })
}

fn active_between(
    ctx: &mut Ctx,
    partner: &TenantRow,
    customer: &TenantRow,
) -> Result<Option<RelationshipRow>> {
    let now = ctx.clock.now();
    let row = ctx
        .store
        .read(|tx| store::relationships::stored_active(tx, &partner.id, &customer.id))?;
    match row {
        Some(r) if super::facts::relationship(&r)?.state(now) == RelationshipState::Active => {
            Ok(Some(r))
        }
        _ => Ok(None),
    }
}

/// What `accept` shows before it asks: the partner, the access, the duration and the terms.
fn terms_text(p: &Pending) -> String {
    let i = &p.invite;
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
    s.push_str(&format!("\nTerms of delegated administration:\n{TERMS}\n"));
    s
}

pub fn accept(ctx: &mut Ctx, token_arg: &str) -> Result<AcceptView> {
    let p = pending_invite(ctx, token_arg)?;
    if let Some(r) = active_between(ctx, &p.partner, &p.customer)? {
        return Err(Error::conflict(format!(
            "{} already has an active relationship with {} (since {}); remove it first to accept a new one",
            p.partner.domain, p.customer.domain, r.accepted_at
        )));
    }
    if !ctx.opts.yes && !ctx.opts.dry_run {
        // What the customer agrees to, shown before the question (stderr: never data).
        let terms = crate::output::escape::sanitize_lines(&terms_text(&p)).into_owned();
        let _ = std::io::Write::write_all(&mut std::io::stderr().lock(), terms.as_bytes());
    }
    ctx.opts.confirm(&format!(
        "Accept {} as a delegated administrator of {}?",
        p.partner.domain, p.customer.domain
    ))?;
    let now = ctx.clock.now();
    let now_s = fmt_time(now);
    let upn = p.session.principal.upn.clone();
    let expires_at = p
        .invite
        .duration_days
        .map(|d| fmt_time(now + Duration::days(d)));
    let invite = p.invite.clone();
    let (partner, customer) = (p.partner.clone(), p.customer.clone());
    let rel = ctx.change_with(
        &p.session,
        Action::InviteAccept,
        &p.customer,
        |tx| invite_facts(tx, &invite, &p.customer),
        &invite.id,
        |tx| {
            // Compare-and-set: of many processes accepting one token, exactly one moves it.
            transition_or_conflict(
                tx,
                &invite.id,
                InviteStatus::Accepted,
                &upn,
                &now_s,
                Some(&customer.id),
            )?;
            if let Some(old) = store::relationships::stored_active(tx, &partner.id, &customer.id)? {
                if super::facts::relationship(&old)?.state(now) == RelationshipState::Active {
                    return Err(Error::conflict(format!(
                        "{} already has an active relationship with {}",
                        partner.domain, customer.domain
                    )));
                }
                store::relationships::mark_expired(tx, &old.id)?;
            }
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
                },
            )?;
            store::invites::set_relationship(tx, &invite.id, &row.id)?;
            let summary = format!(
                "accepted invite {} from {}: relationship {} access [{}], {}",
                invite.id,
                partner.domain,
                row.id,
                model::roles_to_csv(&invite.access),
                duration_text(invite.duration_days, invite.auto_extend)
            );
            Ok((row, summary))
        },
    )?;
    Ok(AcceptView {
        id: rel.id.clone(),
        status: RelationshipStatus::Active.to_string(),
        invite_id: invite.id.clone(),
        partner: partner_brief(&partner),
        customer: brief(&customer),
        access: roles_vec(&rel.access),
        duration_days: invite.duration_days,
        auto_extend: rel.auto_extend,
        expires_at: rel.expires_at.clone(),
        accepted_by: Some(rel.accepted_by.clone()),
        accepted_at: Some(rel.accepted_at.clone()),
        terms: TERMS,
        dry_run: ctx.opts.dry_run,
    })
}

pub fn decline(ctx: &mut Ctx, token_arg: &str) -> Result<AcceptView> {
    let p = pending_invite(ctx, token_arg)?;
    let now_s = ctx.now_str();
    let upn = p.session.principal.upn.clone();
    let invite = p.invite.clone();
    ctx.change_with(
        &p.session,
        Action::InviteAccept,
        &p.customer,
        |tx| invite_facts(tx, &invite, &p.customer),
        &invite.id,
        |tx| {
            transition_or_conflict(
                tx,
                &invite.id,
                InviteStatus::Declined,
                &upn,
                &now_s,
                Some(&p.customer.id),
            )?;
            Ok((
                (),
                format!("declined invite {} from {}", invite.id, p.partner.domain),
            ))
        },
    )?;
    Ok(AcceptView {
        id: invite.id.clone(),
        status: InviteStatus::Declined.to_string(),
        invite_id: invite.id.clone(),
        partner: partner_brief(&p.partner),
        customer: brief(&p.customer),
        access: roles_vec(&invite.access),
        duration_days: invite.duration_days,
        auto_extend: invite.auto_extend,
        expires_at: None,
        accepted_by: None,
        accepted_at: None,
        terms: TERMS,
        dry_run: ctx.opts.dry_run,
    })
}

// ----- relationships from either side ---------------------------------------------------

#[derive(Debug, Serialize)]
pub struct RelationshipView {
    pub relationship_id: String,
    pub status: RelationshipState,
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

fn relationship_view(
    r: &RelationshipRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<RelationshipView> {
    let fact = super::facts::relationship(r)?;
    Ok(RelationshipView {
        relationship_id: r.id.clone(),
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

/// Which side of its relationships a tenant is listed from.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// The customer's partners.
    Customer,
    /// The partner's customers.
    Partner,
}

/// A tenant's relationships (active, or all), each with the other side's details.
fn relationships_of(
    tx: &crate::store::Tx<'_>,
    tenant: &TenantRow,
    side: Side,
    all: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<RelationshipView>> {
    let rows = match side {
        Side::Customer => store::relationships::of_customer(tx, &tenant.id)?,
        Side::Partner => store::relationships::of_partner(tx, &tenant.id)?,
    };
    let mut out = Vec::new();
    for r in rows {
        let mut v = relationship_view(&r, now)?;
        if !all && v.status != RelationshipState::Active {
            continue;
        }
        match side {
            Side::Customer => {
                v.partner = Some(partner_brief(&store::tenants::by_id(
                    tx,
                    &r.partner_tenant_id,
                )?))
            }
            Side::Partner => {
                v.customer = Some(partner_brief(&store::tenants::by_id(
                    tx,
                    &r.customer_tenant_id,
                )?))
            }
        }
        out.push(v);
    }
    Ok(out)
}

/// The partners with delegated administration over the target tenant (active, or all).
pub fn list_partners(ctx: &mut Ctx, all: bool) -> Result<Vec<RelationshipView>> {
    let s = ctx.session()?;
    let target = ctx.target(&s)?;
    let now = ctx.clock.now();
    ctx.view(&s, Action::PartnerRead, &target, None, |tx| {
        relationships_of(tx, &target, Side::Customer, all, now)
    })
}

/// The partner's side: its customers (active, or all).
pub fn list_customers(ctx: &mut Ctx, all: bool) -> Result<Vec<RelationshipView>> {
    let s = ctx.session()?;
    let home = ctx.home(&s, "customers list")?;
    let now = ctx.clock.now();
    ctx.view(&s, Action::CustomerRead, &home, None, |tx| {
        relationships_of(tx, &home, Side::Partner, all, now)
    })
}

/// Ends the relationship between `partner` and `customer` (who may is the core's call:
/// the customer's global admins for any partner, a partner's global admins for its own).
fn terminate(
    ctx: &mut Ctx,
    s: &Session,
    partner: &TenantRow,
    customer: &TenantRow,
) -> Result<RelationshipView> {
    let object = ObjectFacts {
        relationship_partner_tenant_id: Some(partner.id.clone()),
        ..ObjectFacts::default()
    };
    ctx.authorize(
        s,
        Action::PartnerRemove,
        customer,
        object.clone(),
        Some(&partner.domain),
    )?;
    // Active on the clock: an expired relationship stays expired in the history.
    let rel = active_between(ctx, partner, customer)?.ok_or_else(|| {
        Error::not_found(format!(
            "{} has no active relationship with {}",
            partner.domain, customer.domain
        ))
    })?;
    ctx.opts.confirm(&format!(
        "End {}'s delegated administration of {}? Its agents lose access on their next command.",
        partner.domain, customer.domain
    ))?;
    let now = ctx.clock.now();
    let now_s = fmt_time(now);
    let upn = s.principal.upn.clone();
    let row = ctx.change(
        s,
        Action::PartnerRemove,
        customer,
        object,
        &partner.domain,
        |tx| {
            let row =
                store::relationships::terminate(tx, &rel.id, &upn, &now_s)?.ok_or_else(|| {
                    Error::conflict(format!("relationship {} is already terminated", rel.id))
                })?;
            Ok((
                row,
                format!(
                    "relationship {} {} -> {}",
                    rel.id,
                    rel.status,
                    RelationshipStatus::Terminated
                ),
            ))
        },
    )?;
    let mut v = relationship_view(&row, now)?;
    v.partner = Some(partner_brief(partner));
    v.customer = Some(partner_brief(customer));
    Ok(v)
}

pub fn remove_partner(ctx: &mut Ctx, partner: &str) -> Result<RelationshipView> {
    let s = ctx.session()?;
    let customer = ctx.target(&s)?;
    let partner = ctx.tenant_named(&s, "PARTNER", partner)?;
    terminate(ctx, &s, &partner, &customer)
}

pub fn remove_customer(ctx: &mut Ctx, customer: &str) -> Result<RelationshipView> {
    let s = ctx.session()?;
    let partner = ctx.home(&s, "customers remove")?;
    let customer = ctx.tenant_named(&s, "CUSTOMER", customer)?;
    terminate(ctx, &s, &partner, &customer)
}

// ----- grants ---------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct GrantView {
    pub id: Option<String>,
    pub upn: String,
    pub role: AgentRole,
    /// The customer's domain, or null for all customers.
    pub customer: Option<String>,
    pub implicit: bool,
    pub created_by: Option<String>,
    pub created_at: Option<String>,
}

pub fn list_grants(ctx: &mut Ctx) -> Result<Vec<GrantView>> {
    let s = ctx.session()?;
    let home = ctx.home(&s, "grants list")?;
    ctx.view(&s, Action::GrantRead, &home, None, |tx| {
        let mut out = Vec::new();
        for u in store::users::list(tx, &home.id)? {
            // As the core sees it: the implicit roles come from `authz`, not from here.
            let principal = super::auth::principal_of(&u, &home);
            for role in crate::authz::implicit_agent_roles(&principal) {
                out.push(GrantView {
                    id: None,
                    upn: u.upn.clone(),
                    role: *role,
                    customer: None,
                    implicit: true,
                    created_by: None,
                    created_at: None,
                });
            }
        }
        out.extend(
            store::grants::of_partner(tx, &home.id)?
                .into_iter()
                .map(grant_view),
        );
        out.sort_by(|a, b| {
            (&a.upn, a.role, &a.customer, !a.implicit).cmp(&(
                &b.upn,
                b.role,
                &b.customer,
                !b.implicit,
            ))
        });
        Ok(out)
    })
}

pub struct GrantInput {
    pub upn: String,
    pub role: AgentRole,
    pub customer: Option<String>,
}

struct GrantTarget {
    session: Session,
    home: TenantRow,
    user: store::users::UserRow,
    customer: Option<TenantRow>,
}

/// `grant.manage` in the caller's partner tenant, then the named user (of that tenant) and
/// customer (another tenant).
fn grant_target(ctx: &mut Ctx, input: &GrantInput) -> Result<GrantTarget> {
    let s = ctx.session()?;
    let home = ctx.home(&s, "grants")?;
    let upn = model::validate_upn(&input.upn).map_err(Error::invalid)?;
    ctx.authorize(
        &s,
        Action::GrantManage,
        &home,
        ObjectFacts::default(),
        Some(&upn),
    )?;
    let (user, customer) = ctx.store.read(|tx| {
        let user = store::users::find_by_upn(tx, &upn)?
            .filter(|u| u.tenant_id == home.id)
            .ok_or_else(|| Error::not_found(format!("no user {upn} in {}", home.domain)))?;
        let customer = input
            .customer
            .as_deref()
            .map(|c| find_tenant(tx, c))
            .transpose()?;
        if customer.as_ref().is_some_and(|c| c.id == home.id) {
            return Err(Error::invalid(
                "--customer names your own tenant; agent roles are for customer tenants",
            ));
        }
        Ok((user, customer))
    })?;
    Ok(GrantTarget {
        session: s,
        home,
        user,
        customer,
    })
}

/// Inserts one grant; returns its id and the audit summary. Shared by `grants add` and
/// `grants add --from-csv`.
pub fn insert_grant(
    tx: &crate::store::Tx<'_>,
    home: &TenantRow,
    user: &store::users::UserRow,
    role: AgentRole,
    customer: Option<&TenantRow>,
    by: &str,
    now: &str,
) -> Result<(store::grants::GrantRow, String)> {
    let row = store::grants::insert(
        tx,
        &store::grants::NewGrant {
            partner_tenant_id: &home.id,
            user_id: &user.id,
            upn: &user.upn,
            role,
            customer_tenant_id: customer.map(|c| c.id.as_str()),
            created_by: by,
            created_at: now,
        },
    )?;
    let scope = customer.map_or("all customers", |c| c.domain.as_str());
    Ok((row, format!("granted {role} to {} for {scope}", user.upn)))
}

pub fn add_grant(ctx: &mut Ctx, input: &GrantInput) -> Result<GrantView> {
    let t = grant_target(ctx, input)?;
    let (s, home) = (&t.session, &t.home);
    let now = ctx.now_str();
    let by = s.principal.upn.clone();
    let row = ctx.change(
        s,
        Action::GrantManage,
        home,
        ObjectFacts::default(),
        &t.user.upn,
        |tx| {
            insert_grant(
                tx,
                home,
                &t.user,
                input.role,
                t.customer.as_ref(),
                &by,
                &now,
            )
        },
    )?;
    Ok(grant_view(row))
}

pub fn remove_grant(ctx: &mut Ctx, input: &GrantInput) -> Result<GrantView> {
    let t = grant_target(ctx, input)?;
    let (s, home) = (&t.session, &t.home);
    let scope = t.customer.as_ref().map(|c| c.domain.clone());
    let g = ctx
        .store
        .read(|tx| {
            store::grants::find(
                tx,
                &t.user.id,
                input.role,
                t.customer.as_ref().map(|c| c.id.as_str()),
            )
        })?
        .ok_or_else(|| {
            Error::not_found(format!(
                "{} holds no {} grant for {}",
                t.user.upn,
                input.role,
                scope.as_deref().unwrap_or("all customers")
            ))
        })?;
    ctx.change(
        s,
        Action::GrantManage,
        home,
        ObjectFacts::default(),
        &t.user.upn,
        |tx| {
            store::grants::delete(tx, &g.id)?;
            Ok((
                (),
                format!(
                    "removed {} from {} for {}",
                    input.role,
                    t.user.upn,
                    scope.as_deref().unwrap_or("all customers")
                ),
            ))
        },
    )?;
    Ok(grant_view(g))
}

/// A stored grant as shown.
fn grant_view(g: store::grants::GrantRow) -> GrantView {
    GrantView {
        id: Some(g.id),
        upn: g.upn,
        role: g.role,
        customer: g.customer_domain,
        implicit: false,
        created_by: Some(g.created_by),
        created_at: Some(g.created_at),
    }
}
