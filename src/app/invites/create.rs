//! Issuing an invite (`invite`): its draft (id, token, times), its row, and its invitation
//! message (its terms are `spec`). `from_csv` issues many with the same pieces.

use std::path::{Path, PathBuf};

use chrono::Duration;
use serde::Serialize;

pub use super::message::{
    accept_command_and_link, create_email_dir, draft_and_stage, email_text, operator_domain,
    recover_outbox, settle_messages,
};
use super::renewal::renewal_terms;
pub use super::spec::{invite_spec, InviteSpec, Names, RawInvite, FLAG_NAMES};
use super::{invite_view, InviteView};
use crate::app::outbox::{self, Outbox};
use crate::app::relationships::duration_text;
use crate::app::{secrets, Ctx};
use crate::authz::Action;
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole};
use crate::store::{self, invites::InviteRow, tenants::TenantRow, Tx};

pub struct InviteInput {
    pub access: Vec<DirectoryRole>,
    pub duration: Option<String>,
    pub auto_extend: bool,
    pub expires_in: Option<String>,
    pub customer_domain: Option<String>,
    pub message: Option<String>,
    pub email_to: Option<String>,
    pub email_out: Option<PathBuf>,
    /// The relationship's name (`--name`).
    pub name: Option<String>,
    /// The relationship this invite renews (`--renews`): its access, duration, auto-extend
    /// and customer are the defaults.
    pub renews: Option<String>,
    /// A template (`--template`): its access, duration and auto-extend, and the access
    /// assignments accepting creates.
    pub template: Option<String>,
}

pub type CreatedInvite = crate::app::pending::Created<InviteView>;

/// Refuses an invite aimed at the partner's own domain: `Ok(Some(message))` names the
/// problem; a store error (a busy database, say) stays what it is.
pub fn check_not_own_domain(
    tx: &Tx<'_>,
    home: &TenantRow,
    spec: &InviteSpec,
    n: Names,
) -> Result<Option<String>> {
    let owner = match &spec.customer_domain {
        Some(cd) => store::tenants::domain_owner(tx, cd)?,
        None => None,
    };
    Ok(own_domain(home, spec, owner.as_deref(), n))
}

/// The refusal of an invite for a domain of the partner's own tenant, given the tenant
/// owning the invite's customer domain.
pub fn own_domain(
    home: &TenantRow,
    spec: &InviteSpec,
    owner: Option<&str>,
    n: Names,
) -> Option<String> {
    let cd = spec.customer_domain.as_deref()?;
    (owner == Some(home.id.as_str())).then(|| {
        format!(
            "{} {cd} is your own tenant's domain; a tenant cannot accept its own invite",
            n.customer_domain
        )
    })
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

/// An invite made in bulk, as the run's result lists it: its access and expiry, its token
/// (shown once), the command that accepts it, and the message file written for it.
#[derive(Debug, Serialize)]
pub struct IssuedToken {
    pub access: Vec<DirectoryRole>,
    pub expires_at: String,
    pub token: String,
    pub accept_command: String,
    pub email_file: Option<String>,
}

impl InviteDraft {
    /// What a bulk run's result shows of this invite once committed, issued with `spec`
    /// (`email_file`: the message written for it).
    pub fn token_view(
        self,
        spec: &InviteSpec,
        operator_domain: &str,
        email_file: Option<&Path>,
    ) -> IssuedToken {
        let (accept_command, _) = accept_command_and_link(operator_domain, &self.token);
        IssuedToken {
            access: spec.access.iter().copied().collect(),
            expires_at: self.expires_at,
            token: self.token,
            accept_command,
            email_file: email_file.map(|p| p.display().to_string()),
        }
    }
}

/// Inserts one invite, drafted before the transaction; returns it with its token and the
/// summary its audit entry carries.
pub fn insert_invite(
    tx: &Tx<'_>,
    home: &TenantRow,
    created_by: &str,
    spec: &InviteSpec,
    draft: &InviteDraft,
) -> Result<IssuedInvite> {
    let token_hash = secrets::sha256_hex(draft.token.as_bytes());
    let new = new_invite(home, created_by, spec, draft, &token_hash);
    store::invites::insert_many(tx, std::slice::from_ref(&new), |_| {})?;
    Ok(IssuedInvite {
        row: store::invites::stored(&new),
        token: draft.token.clone(),
        summary: summary(spec, draft),
    })
}

/// Inserts invites, as [`insert_invite`] does each, a few hundred per statement (a bulk run);
/// `done` hears how many more are written as they go. Each is stored as its draft says;
/// returns the summaries their audit entries carry.
pub fn insert_invites(
    tx: &Tx<'_>,
    home: &TenantRow,
    created_by: &str,
    invites: &[(&InviteSpec, &InviteDraft)],
    done: impl FnMut(usize),
) -> Result<Vec<String>> {
    let hashes: Vec<String> = invites
        .iter()
        .map(|(_, draft)| secrets::sha256_hex(draft.token.as_bytes()))
        .collect();
    let new: Vec<store::invites::NewInvite<'_>> = invites
        .iter()
        .zip(&hashes)
        .map(|((spec, draft), token_hash)| new_invite(home, created_by, spec, draft, token_hash))
        .collect();
    store::invites::insert_many(tx, &new, done)?;
    Ok(invites
        .iter()
        .map(|(spec, draft)| summary(spec, draft))
        .collect())
}

/// The row of an invite drafted as `draft` on `spec`'s terms.
fn new_invite<'a>(
    home: &'a TenantRow,
    created_by: &'a str,
    spec: &'a InviteSpec,
    draft: &'a InviteDraft,
    token_hash: &'a str,
) -> store::invites::NewInvite<'a> {
    store::invites::NewInvite {
        id: &draft.id,
        partner_tenant_id: &home.id,
        created_by,
        token_hash,
        access: &spec.access,
        duration_days: spec.duration_days,
        auto_extend: spec.auto_extend,
        customer_domain: spec.customer_domain.as_deref(),
        message: spec.message.as_deref(),
        email_to: spec.email_to.as_deref(),
        created_at: &draft.created_at,
        expires_at: &draft.expires_at,
        name: spec.name.as_deref(),
        renews: spec.renews.as_deref(),
        assignments: spec.assignments.as_deref(),
    }
}

/// The summary of an invite's audit entry.
fn summary(spec: &InviteSpec, draft: &InviteDraft) -> String {
    let mut summary = format!(
        "invite {} for {} access [{}], {}, expires {}",
        draft.id,
        spec.customer_domain.as_deref().unwrap_or("any customer"),
        model::roles_to_csv(&spec.access),
        duration_text(spec.duration_days, spec.auto_extend),
        draft.expires_at
    );
    if let Some(r) = &spec.renews {
        summary.push_str(&format!(", renews relationship {r}"));
    }
    summary
}

/// Issues one invite: the token is shown once; with `--email-out`, the invitation message is
/// written next to it (moved into place only after the commit).
pub fn create(ctx: &mut Ctx, input: &InviteInput) -> Result<CreatedInvite> {
    let renewed = input
        .renews
        .as_deref()
        .map(|id| renewal_terms(ctx, id))
        .transpose()?;
    let template = match &input.template {
        None => None,
        Some(name) => {
            let s = ctx.session()?;
            let home = s.tenant.clone();
            Some(
                ctx.store
                    .read(|tx| crate::app::templates::find(tx, &home, name))?,
            )
        }
    };
    let template_access: Vec<DirectoryRole>;
    let template_duration: Option<String>;
    let default_access: Vec<DirectoryRole>;
    let default_duration: Option<String>;
    let (access, duration, auto_extend, customer_domain) = match &renewed {
        None => (
            input.access.as_slice(),
            input.duration.as_deref(),
            input.auto_extend,
            input.customer_domain.as_deref(),
        ),
        Some(r) => {
            if let Some(cd) = &input.customer_domain {
                if model::validate_domain(cd).ok().as_deref() != Some(r.customer_domain.as_str()) {
                    return Err(Error::invalid(format!(
                        "--customer-domain {}: relationship {} is with {}; a renewal goes to the same customer",
                        model::escape_unsafe(cd),
                        r.id,
                        r.customer_domain
                    )));
                }
            }
            default_access = r.access.iter().copied().collect();
            default_duration = r.duration_days.map(|d| format!("{d}d"));
            (
                if input.access.is_empty() {
                    default_access.as_slice()
                } else {
                    input.access.as_slice()
                },
                input.duration.as_deref().or(default_duration.as_deref()),
                input.auto_extend || (r.auto_extend && input.access.is_empty()),
                Some(r.customer_domain.as_str()),
            )
        }
    };
    let (access, duration, auto_extend) = match &template {
        None => (access, duration, auto_extend),
        Some(t) => {
            template_access = t.access.iter().copied().collect();
            template_duration = t.duration_days.map(|d| format!("{d}d"));
            (
                template_access.as_slice(),
                template_duration.as_deref(),
                t.auto_extend,
            )
        }
    };
    let mut spec = invite_spec(
        &RawInvite {
            access,
            duration,
            auto_extend,
            expires_in: input.expires_in.as_deref(),
            customer_domain,
            message: input.message.as_deref(),
            email_to: input.email_to.as_deref(),
        },
        FLAG_NAMES,
    )
    .map_err(Error::invalid)?;
    spec.name = input
        .name
        .as_deref()
        .map(model::validate_relationship_name)
        .transpose()?;
    spec.renews = renewed.map(|r| r.id);
    spec.assignments = template.map(|t| t.assignments).filter(|a| !a.is_empty());
    outbox::check_email_out(input.email_out.as_deref(), spec.email_to.as_deref())?;

    let (s, home) = ctx.begin_home(
        "invite",
        Action::InviteCreate,
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
    let result = ctx.change(&s, Action::InviteCreate, &home, "invite", |tx| {
        let issued = insert_invite(tx, &home, &upn, &spec, &draft)?;
        let summary = issued.summary.clone();
        Ok((issued, summary))
    });
    let issued = outbox.settle(result, &|_| true)?;
    let (accept_command, link) = accept_command_and_link(&operator_domain, &issued.token);
    let email_out = input.email_out.as_ref().map(|p| p.display().to_string());
    Ok(crate::app::pending::Created {
        item: invite_view(&issued.row, &home, &fmt_time(now)),
        token: issued.token,
        accept_command,
        link,
        email_out,
        dry_run: ctx.opts.dry_run,
    })
}
