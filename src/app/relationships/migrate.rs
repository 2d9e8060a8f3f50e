//! `relationships migrate --template T`: a renewal invite made from a template for every
//! matching relationship of the partner, in one transaction, all or nothing (DAP → GDAP, or
//! renewing what is about to expire). Accepting each renews its relationship without a gap.

use std::path::Path;

use serde::Serialize;

use crate::app::csv::{change_rows, Skipped};
use crate::app::invites::create::{
    create_email_dir, draft_and_stage, insert_invites, invite_spec, operator_domain,
    recover_outbox, settle_messages, InviteSpec, IssuedToken, RawInvite, FLAG_NAMES,
};
use crate::app::Ctx;
use crate::authz::{Action, ObjectFacts};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, RelationshipStatus};
use crate::store::{self, relationships::RelationshipRow, tenants::TenantRow};

pub struct MigrateInput<'a> {
    pub template: &'a str,
    /// Only classic DAP relationships: global-admin access and no expiry.
    pub dap_only: bool,
    /// Only relationships whose expiry (as in force) falls within this span from now.
    pub expiring_within: Option<std::time::Duration>,
    pub email_dir: Option<&'a Path>,
    pub skip_existing: bool,
    pub quiet: bool,
}

#[derive(Debug, Serialize)]
pub struct MigrateInvite {
    pub relationship_id: String,
    pub relationship: String,
    pub customer: String,
    pub invite_id: String,
    #[serde(flatten)]
    pub issued: IssuedToken,
}

#[derive(Debug, Serialize)]
pub struct MigrateView {
    pub template: String,
    pub matched: usize,
    pub created: Vec<MigrateInvite>,
    /// Relationships passed over: a renewal invite for them is already pending.
    pub skipped: Vec<Skipped>,
    pub dry_run: bool,
}

/// Whether a relationship is classic DAP: global admin, without expiry.
fn is_dap(r: &RelationshipRow) -> bool {
    r.access.len() == 1 && r.access.contains(&DirectoryRole::GlobalAdmin) && r.expires_at.is_none()
}

pub fn migrate(ctx: &mut Ctx, input: &MigrateInput<'_>) -> Result<MigrateView> {
    // Invites, with assignments on acceptance: a partner global admin's to make.
    let (s, home) = ctx.begin_home("relationships migrate", Action::GrantManage, None)?;
    ctx.authorize(
        &s,
        Action::InviteCreate,
        &home,
        ObjectFacts::default(),
        None,
    )?;
    if let Some(dir) = input.email_dir.filter(|_| !ctx.opts.dry_run) {
        recover_outbox(ctx, dir)?;
    }
    let now = ctx.clock.now();
    let horizon = input
        .expiring_within
        .map(|d| now + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX));
    let template = ctx
        .store
        .read(|tx| crate::app::templates::find(tx, &home, input.template))?;
    let template_access: Vec<DirectoryRole> = template.access.iter().copied().collect();
    let template_duration = template.duration_days.map(|d| format!("{d}d"));

    // The matching relationships, each with its customer and the invite's terms.
    let mut todo: Vec<(RelationshipRow, TenantRow, InviteSpec)> = Vec::new();
    let mut skipped = Vec::new();
    ctx.store.read(|tx| {
        let customers = store::tenants::customers_of(tx, &home.id)?;
        for r in store::relationships::of_partner(tx, &home.id)? {
            let fact = crate::app::facts::relationship(&r)?;
            if fact.state(now) != RelationshipStatus::Active {
                continue;
            }
            if input.dap_only && !is_dap(&r) {
                continue;
            }
            if let Some(h) = horizon {
                if fact.effective_expiry(now).is_none_or(|e| e > h) {
                    continue;
                }
            }
            let Some(customer) = customers.get(&r.customer_tenant_id) else {
                continue;
            };
            if let Some(id) = store::invites::pending_for(
                tx,
                &home.id,
                &customer.domain,
                Some(&r.id),
                &fmt_time(now),
            )? {
                skipped.push(Skipped {
                    line: 0,
                    key: r.id.clone(),
                    reason: format!("renewal invite {id} is already pending"),
                });
                continue;
            }
            let email = customer.email.clone();
            if input.email_dir.is_some() && email.is_none() {
                return Err(Error::invalid(format!(
                    "{} has no contact e-mail for --email-dir; set it (tenants update) or leave --email-dir out",
                    customer.domain
                )));
            }
            let mut spec = invite_spec(
                &RawInvite {
                    access: &template_access,
                    duration: template_duration.as_deref(),
                    auto_extend: template.auto_extend,
                    expires_in: None,
                    customer_domain: Some(&customer.domain),
                    message: None,
                    email_to: email.as_deref(),
                },
                FLAG_NAMES,
            )
            .map_err(Error::invalid)?;
            spec.renews = Some(r.id.clone());
            spec.assignments = Some(template.assignments.clone()).filter(|a| !a.is_empty());
            todo.push((r, customer.clone(), spec));
        }
        Ok(())
    })?;
    if !skipped.is_empty() && !input.skip_existing {
        let first: Vec<String> = skipped
            .iter()
            .take(5)
            .map(|s| format!("relationship {}: {}", s.key, s.reason))
            .collect();
        return Err(Error::conflict(format!(
            "{} relationship(s) already have a pending renewal invite ({}{}); pass --skip-existing to invite the others, nothing was written",
            skipped.len(),
            first.join("; "),
            if skipped.len() > 5 { "; …" } else { "" }
        )));
    }
    let matched = todo.len() + skipped.len();
    let dry_run = ctx.opts.dry_run;
    let file_of = |r: &RelationshipRow, c: &TenantRow| {
        input
            .email_dir
            .map(|dir| dir.join(format!("renewal-{}-{}.eml", c.domain, &r.id[..8])))
    };
    if let Some(dir) = input.email_dir.filter(|_| !dry_run && !todo.is_empty()) {
        create_email_dir(dir)?;
        for (r, c, _) in &todo {
            if let Some(p) = file_of(r, c).filter(|p| p.exists()) {
                return Err(Error::conflict(format!(
                    "{} already exists; choose an empty --email-dir",
                    p.display()
                )));
            }
        }
    }
    let upn = s.principal.upn.clone();
    let operator_domain = operator_domain(ctx)?;
    let files: Vec<_> = todo
        .iter()
        .map(|(r, c, spec)| (file_of(r, c), spec))
        .collect();
    let (drafts, outbox) = draft_and_stage(&files, &home, &upn, &operator_domain, now, dry_run)?;
    let result = change_rows(
        ctx,
        &s,
        Action::InviteCreate,
        &home,
        todo.iter().map(|(r, _, _)| r.id.clone()).collect(),
        input.quiet,
        |tx, i| {
            let (r, c, spec) = &todo[i];
            // Inside the transaction: the relationship may have ended, or been given a
            // renewal invite, since the look above.
            let now_r = store::relationships::by_id(tx, &r.id)?;
            if now_r.is_none_or(|x| x.status == RelationshipStatus::Terminated) {
                return Err(Error::conflict(format!(
                    "relationship {} ended meanwhile; nothing was written",
                    r.id
                )));
            }
            if let Some(id) =
                store::invites::pending_for(tx, &home.id, &c.domain, Some(&r.id), &fmt_time(now))?
            {
                return Err(Error::conflict(format!(
                    "relationship {}: renewal invite {id} was made meanwhile; nothing was written",
                    r.id
                )));
            }
            let summary = insert_invites(tx, &home, &upn, &[(spec, &drafts[i])], |_| {})?.remove(0);
            Ok(Some(((), summary)))
        },
    );
    let written = settle_messages(outbox, &drafts, result)?;
    let mut created = Vec::new();
    for (((r, c, spec), draft), row) in todo.iter().zip(drafts).zip(written) {
        if row.is_none() {
            continue;
        }
        created.push(MigrateInvite {
            relationship_id: r.id.clone(),
            relationship: r.name.clone(),
            customer: c.domain.clone(),
            invite_id: draft.id.clone(),
            issued: draft.token_view(spec, &operator_domain, file_of(r, c).as_deref()),
        });
    }
    Ok(MigrateView {
        template: template.name,
        matched,
        created,
        skipped,
        dry_run,
    })
}
