//! Values for dynamic shell completion (`PARTNERCTL_COMPLETE=bash partnerctl`): the
//! customers, partners, users, invites, relationships and elevations the signed-in user may
//! read in its own tenant, from the current store.
//!
//! Completion runs on every TAB, so it must never leave a trace nor ask anything: each list
//! is read only when the core already allows it (`peek`, which records nothing), in the
//! caller's own tenant (an allowed read there is never a recorded one), and any failure (no
//! store, no session, a denial) completes nothing. Only values made of the characters ids,
//! domains and UPNs are made of are offered, so nothing a shell would act on gets through.

use super::{Ctx, Options};
use crate::authz::{Action, ObjectFacts};
use crate::error::Result;
use crate::model::InviteStatus;

/// What an argument names.
#[derive(Debug, Clone, Copy)]
pub enum Kind {
    Customers,
    Partners,
    Users,
    Invites,
    Relationships,
    Elevations,
}

/// A value and a few words that say which it is.
pub type Value = (String, String);

fn plain(v: &str) -> bool {
    !v.is_empty()
        && v.len() <= 320
        && v.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '@' | '.' | '-' | '_'))
}

/// The values of `kind` for the signed-in user, or none.
pub fn values(opts: Options, kind: Kind) -> Vec<Value> {
    let mut v = read(opts, kind).unwrap_or_default();
    v.retain(|(value, _)| plain(value));
    v.sort();
    v.dedup_by(|a, b| a.0 == b.0);
    v
}

fn read(opts: Options, kind: Kind) -> Result<Vec<Value>> {
    let mut ctx = Ctx::open(Options {
        tenant: None,
        no_input: true,
        dry_run: false,
        yes: false,
        ..opts
    })?;
    let s = ctx.session()?;
    let home = s.tenant.clone();
    let may = |ctx: &mut Ctx, action: Action| -> Result<bool> {
        Ok(ctx.peek(&s, action, &home, ObjectFacts::default())?.allowed)
    };
    let named = |t: &Option<super::relationships::PartnerBrief>| {
        t.as_ref()
            .map(|t| (t.domain.clone(), t.name.clone()))
            .unwrap_or_default()
    };
    Ok(match kind {
        Kind::Customers if may(&mut ctx, Action::CustomerRead)? => {
            super::customers::list(&mut ctx, false, |rows| {
                let mut v = Vec::new();
                rows.each(|r| {
                    v.push(named(&r.customer));
                    Ok(())
                })?;
                Ok(v)
            })?
        }
        Kind::Partners if may(&mut ctx, Action::PartnerRead)? => {
            super::partners::list(&mut ctx, false)?
                .iter()
                .map(|r| named(&r.partner))
                .collect()
        }
        Kind::Users if may(&mut ctx, Action::UserRead)? => super::users::list(&mut ctx)?
            .into_iter()
            .map(|u| (u.upn, u.name))
            .collect(),
        Kind::Invites if may(&mut ctx, Action::InviteRead)? => {
            super::invites::list(&mut ctx, Some(InviteStatus::Pending))?
                .into_iter()
                .map(|i| {
                    let to = i
                        .issued
                        .customer_domain
                        .unwrap_or_else(|| "any customer".into());
                    (i.id, format!("invite for {to}"))
                })
                .collect()
        }
        Kind::Relationships
            if may(&mut ctx, Action::CustomerRead)? || may(&mut ctx, Action::PartnerRead)? =>
        {
            super::relationships::list(&mut ctx, false)?
                .into_iter()
                .map(|r| (r.id, r.name))
                .collect()
        }
        Kind::Elevations if s.principal.tenant_is_partner => {
            super::elevations::list(&mut ctx, false)?
                .into_iter()
                .map(|e| (e.id, format!("{} {}", e.upn, e.status)))
                .collect()
        }
        _ => Vec::new(),
    })
}
