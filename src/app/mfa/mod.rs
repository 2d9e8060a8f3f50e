//! TOTP multi-factor sign-in (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps, one step of
//! skew either way): `mfa enroll`, `mfa status`, `mfa disable`, and the second factor that
//! `login` checks. A code is accepted once (the last accepted step is stored); wrong codes
//! earn a lock; ten single-use recovery codes stand in for a lost authenticator.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::{Ctx, Scope};
use crate::authz::{Action, ObjectFacts};
use crate::clock::parse_time;
use crate::error::{Error, Result};
use crate::model;
use crate::store::{self, users::UserRow, Tx};

mod factor;

pub use factor::*;

#[derive(Debug, Serialize)]
pub struct EnrollView {
    pub upn: String,
    /// The base32 key (null under `--dry-run`: nothing was made).
    pub secret: Option<String>,
    pub otpauth_uri: Option<String>,
    pub recovery_codes: Vec<String>,
    pub enrolled_at: String,
    /// Confirmed by the first sign-in with a code.
    pub confirmed: bool,
    pub dry_run: bool,
}

/// `mfa enroll`: a new key and recovery codes for the signed-in user, unconfirmed until its
/// first sign-in with a code. An existing enrolment is refused (exit 6): `mfa disable` first.
pub fn enroll(ctx: &mut Ctx) -> Result<EnrollView> {
    let s = ctx.session()?;
    ctx.home(&s, "mfa enroll")?;
    let secret = new_secret();
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| new_recovery_code()).collect();
    let at = ctx.now_str();
    let dry_run = ctx.opts.dry_run;
    let upn = ctx.change_own(&s, |tx, s| {
        let p = &s.principal;
        if let Some(m) = store::mfa::of_user(tx, &p.user_id)? {
            return Err(Error::conflict(format!(
                "{} already has multi-factor sign-in (enrolled {}{}); to enroll a new authenticator run `partnerctl mfa disable` first",
                p.upn,
                m.enrolled_at,
                if m.confirmed_at.is_some() { ", confirmed" } else { ", not confirmed yet" }
            )));
        }
        let hashes: Vec<String> = codes
            .iter()
            .map(|c| recovery_hash(&p.user_id, c))
            .collect();
        store::mfa::enroll(tx, &p.user_id, &secret, &at, &hashes)?;
        Ok((
            p.upn.clone(),
            format!(
                "enrolled a TOTP authenticator and {RECOVERY_CODES} recovery codes (unconfirmed until the first sign-in with a code)"
            ),
        ))
    })?;
    Ok(EnrollView {
        otpauth_uri: (!dry_run).then(|| otpauth_uri(&upn, &secret)),
        secret: (!dry_run).then_some(secret),
        recovery_codes: if dry_run { Vec::new() } else { codes },
        upn,
        enrolled_at: at,
        confirmed: false,
        dry_run,
    })
}

#[derive(Debug, Serialize)]
pub struct StatusView {
    pub upn: String,
    pub enrolled: bool,
    pub confirmed: bool,
    pub enrolled_at: Option<String>,
    pub confirmed_at: Option<String>,
    pub recovery_codes_left: i64,
    /// Wrong codes since the last good one.
    pub failed_attempts: i64,
    /// While sign-in is locked by wrong codes: until when (null otherwise).
    pub locked_until: Option<String>,
    /// The user's tenant requires MFA before its users act in customer tenants.
    pub required_by_tenant: bool,
}

fn status_of(tx: &Tx<'_>, user: &UserRow, require: bool, now: DateTime<Utc>) -> Result<StatusView> {
    let m = store::mfa::of_user(tx, &user.id)?;
    let left = match &m {
        Some(_) => store::mfa::recovery_codes_left(tx, &user.id)?,
        None => 0,
    };
    let locked_until = m
        .as_ref()
        .and_then(|m| m.locked_until.clone())
        .filter(|t| parse_time(t).is_ok_and(|t| t > now));
    Ok(StatusView {
        upn: user.upn.clone(),
        enrolled: m.is_some(),
        confirmed: m.as_ref().is_some_and(|m| m.confirmed_at.is_some()),
        enrolled_at: m.as_ref().map(|m| m.enrolled_at.clone()),
        confirmed_at: m.as_ref().and_then(|m| m.confirmed_at.clone()),
        recovery_codes_left: left,
        failed_attempts: m.as_ref().map_or(0, |m| m.failures),
        locked_until,
        required_by_tenant: require,
    })
}

/// `mfa status [UPN]`: the signed-in user's own, or (with `user.read` there) a user's of the
/// tenant the command acts on.
pub fn status(ctx: &mut Ctx, upn: Option<&str>) -> Result<StatusView> {
    let now = ctx.clock.now();
    let own = |ctx: &mut Ctx| -> Result<StatusView> {
        let s = ctx.session()?;
        ctx.home(&s, "mfa status")?;
        ctx.store.read(|tx| {
            let user = store::users::by_id(tx, &s.principal.user_id)?
                .ok_or_else(|| Error::unauthenticated("the signed-in user no longer exists"))?;
            status_of(tx, &user, s.tenant.require_mfa, now)
        })
    };
    let Some(upn) = upn else {
        return own(ctx);
    };
    let upn = model::validate_upn(upn)?;
    let op = ctx.locate(Scope::Target)?;
    if upn == op.session.principal.upn && op.tenant.id == op.session.tenant.id {
        return own(ctx);
    }
    let tenant = op.tenant.clone();
    ctx.view(
        &op.session,
        Action::UserRead,
        &op.tenant,
        Some(&upn),
        |tx| {
            let user = store::users::find_by_upn(tx, &upn)?
                .filter(|u| u.tenant_id == tenant.id)
                .ok_or_else(|| no_user(&upn, &tenant.domain))?;
            status_of(tx, &user, tenant.require_mfa, now)
        },
    )
}

fn no_user(upn: &str, domain: &str) -> Error {
    Error::not_found(format!("no user {upn} in tenant {domain}"))
}

#[derive(Debug, Serialize)]
pub struct DisabledView {
    pub upn: String,
    pub disabled: bool,
    pub dry_run: bool,
}

/// `mfa disable [UPN]`: one's own enrolment (a confirmed one only from a session signed in
/// with MFA, so a session from before the enrolment cannot remove it), or, with
/// `user.update` on that user as the core weighs it, a user's of the tenant the command acts
/// on. Its recovery codes go with it.
pub fn disable(ctx: &mut Ctx, upn: Option<&str>) -> Result<DisabledView> {
    let dry_run = ctx.opts.dry_run;
    let upn = upn.map(model::validate_upn).transpose()?;
    let op = ctx.locate(match upn {
        Some(_) => Scope::Target,
        None => Scope::Home("mfa disable"),
    })?;
    let own = upn
        .as_deref()
        .is_none_or(|u| u == op.session.principal.upn && op.tenant.id == op.session.tenant.id);
    if own {
        let upn = ctx.change_own(&op.session, |tx, s| {
            let p = &s.principal;
            let m = store::mfa::of_user(tx, &p.user_id)?
                .ok_or_else(|| not_enrolled(&p.upn))?;
            if m.confirmed_at.is_some() && !p.mfa {
                return Err(Error::denied(
                    format!(
                        "removing a confirmed multi-factor sign-in needs a session signed in with it: run `partnerctl login {} --otp CODE` first (or ask an admin of your tenant)",
                        p.upn
                    ),
                    "mfa-required",
                ));
            }
            store::mfa::remove(tx, &p.user_id)?;
            Ok((
                p.upn.clone(),
                "removed own TOTP multi-factor sign-in and recovery codes".to_string(),
            ))
        })?;
        return Ok(DisabledView {
            upn,
            disabled: true,
            dry_run,
        });
    }
    let upn = upn.unwrap_or_default();
    // Looked up before deciding (the core weighs the user's roles), reported after: a caller
    // who may not act here learns nothing about who exists.
    let user = ctx
        .store
        .read(|tx| store::users::find_by_upn(tx, &upn))?
        .filter(|u| u.tenant_id == op.tenant.id);
    let object = ObjectFacts {
        target_user_roles: user.as_ref().map(|u| u.roles.clone()).unwrap_or_default(),
        ..ObjectFacts::default()
    };
    ctx.authorize(
        &op.session,
        Action::UserUpdate,
        &op.tenant,
        object,
        Some(&upn),
    )?;
    let user = user.ok_or_else(|| no_user(&upn, &op.tenant.domain))?;
    let user_id = user.id.clone();
    ctx.change_with(
        &op.session,
        Action::UserUpdate,
        &op.tenant,
        |tx| {
            Ok(ObjectFacts {
                target_user_roles: store::users::by_id(tx, &user_id)?
                    .map(|u| u.roles)
                    .unwrap_or_default(),
                ..ObjectFacts::default()
            })
        },
        &upn,
        |tx| {
            if !store::mfa::remove(tx, &user.id)? {
                return Err(not_enrolled(&user.upn));
            }
            Ok((
                (),
                "removed TOTP multi-factor sign-in and recovery codes".to_string(),
            ))
        },
    )?;
    Ok(DisabledView {
        upn: user.upn,
        disabled: true,
        dry_run,
    })
}

fn not_enrolled(upn: &str) -> Error {
    Error::conflict(format!(
        "{upn} has no multi-factor sign-in enrolled; nothing to disable"
    ))
}
