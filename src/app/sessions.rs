//! Sessions: `login`, `logout`, `whoami`, and the session check every command runs.

use chrono::Duration;
use serde::Serialize;

use super::{paths, read_password, secrets, Ctx, Options, PasswordSource, Session};
use crate::authz::Principal;
use crate::clock::{fmt_time, parse_time, Clock};
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole};
use crate::store;

pub const DEFAULT_TTL: std::time::Duration = std::time::Duration::from_secs(12 * 3600);

#[derive(Debug, Serialize)]
pub struct TenantRef {
    pub id: String,
    pub name: String,
    pub domain: String,
}

#[derive(Debug, Serialize)]
pub struct WhoAmI {
    pub upn: String,
    pub name: String,
    pub tenant: TenantRef,
    pub roles: Vec<DirectoryRole>,
    pub operator: bool,
    pub partner: bool,
    pub session_expires_at: String,
    /// The session was signed in with a second factor (a one-time code or a recovery code).
    pub mfa: bool,
    /// A test database: `PARTNERCTL_NOW` sets its clock (SPEC §5).
    pub test_clock: bool,
}

#[derive(Debug, Serialize)]
pub struct LoginView {
    pub upn: String,
    pub tenant: TenantRef,
    pub expires_at: String,
    /// Signed in with a second factor (a one-time code or a recovery code).
    pub mfa: bool,
    /// When a recovery code was used: how many are left.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub recovery_codes_left: Option<i64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub session_file: Option<String>,
}

fn unauth(message: impl Into<String>, reason: &str) -> Error {
    Error::unauthenticated(message).with_reason(reason)
}

/// The raw session token of this process: `PARTNERCTL_TOKEN`, else the session file.
fn session_token(db: &crate::store::Location) -> Result<String> {
    let token = match std::env::var("PARTNERCTL_TOKEN") {
        Ok(t) if !t.trim().is_empty() => Some(t.trim().to_string()),
        _ => paths::read_session_token(db)?,
    };
    token.ok_or_else(|| unauth("not signed in; run `partnerctl login UPN`", "not-signed-in"))
}

/// Loads and checks the session of this process: `PARTNERCTL_TOKEN`, else the session file.
pub fn current_session(ctx: &mut Ctx) -> Result<Session> {
    let token = session_token(&ctx.opts.db)?;
    let token_hash = secrets::sha256_hex(token.as_bytes());
    let now = ctx.clock.now();
    ctx.store.read(|tx| check_session(tx, &token_hash, now))
}

/// Checks a session inside the caller's transaction: the row, the user (enabled, its roles
/// as they are now), revocation and expiry. Every change runs it again in its own write
/// transaction, so a change never lands after the session or user it relied on was ended.
pub fn check_session(
    tx: &crate::store::Tx<'_>,
    token_hash: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Session> {
    let s = store::sessions::find(tx, token_hash)?.ok_or_else(|| {
        unauth(
            "the session is not known to this database; run `partnerctl login UPN`",
            "not-signed-in",
        )
    })?;
    // The user first: a disabled user is told so, even though disabling it also ended
    // its sessions.
    let user = store::users::by_id(tx, &s.user_id)?
        .ok_or_else(|| unauth("the signed-in user no longer exists", "not-signed-in"))?;
    if !user.enabled {
        return Err(unauth(
            format!("user {} is disabled; ask an admin of your tenant", user.upn),
            "user-disabled",
        ));
    }
    if let Some(at) = &s.revoked_at {
        return Err(unauth(
            format!("the session was ended at {at}; run `partnerctl login UPN`"),
            "not-signed-in",
        ));
    }
    let expires = parse_time(&s.expires_at)
        .map_err(|_| Error::internal("corrupt session expiry in the database"))?;
    if expires <= now {
        return Err(unauth(
            format!(
                "the session expired at {}; run `partnerctl login UPN`",
                s.expires_at
            ),
            "not-signed-in",
        ));
    }
    let tenant = store::tenants::by_id(tx, &user.tenant_id)?;
    let mut principal = principal_of(&user, &tenant);
    // With a session, what counts is how this session was signed in.
    principal.mfa = s.mfa;
    Ok(Session {
        principal,
        tenant,
        token_hash: token_hash.to_string(),
        expires_at: s.expires_at,
    })
}

/// A user as the core sees it. Weighed without a session (`access`, `can --user`, the views
/// over a partner's agents), its MFA is its confirmed enrolment; [`check_session`] puts the
/// session's own second factor in its place.
pub fn principal_of(user: &store::users::UserRow, tenant: &store::tenants::TenantRow) -> Principal {
    Principal {
        user_id: user.id.clone(),
        upn: user.upn.clone(),
        tenant_id: tenant.id.clone(),
        enabled: user.enabled,
        roles: user.roles.clone(),
        tenant_is_operator: tenant.is_operator,
        tenant_is_partner: tenant.partner_id.is_some(),
        mfa: user.mfa_confirmed,
        mfa_required: tenant.require_mfa,
    }
}

pub fn tenant_ref(t: &store::tenants::TenantRow) -> TenantRef {
    TenantRef {
        id: t.id.clone(),
        name: t.name.clone(),
        domain: t.domain.clone(),
    }
}

/// Creates a session row signed in with a password only and returns the raw token (shown
/// once, never stored).
pub(crate) fn new_session(
    tx: &crate::store::Tx<'_>,
    user_id: &str,
    clock: &Clock,
    ttl: std::time::Duration,
) -> Result<(String, String)> {
    open_session(tx, user_id, clock, ttl, false)
}

/// Creates a session row, `mfa` when it was signed in with a second factor, and returns the
/// raw token (shown once, never stored).
fn open_session(
    tx: &crate::store::Tx<'_>,
    user_id: &str,
    clock: &Clock,
    ttl: std::time::Duration,
    mfa: bool,
) -> Result<(String, String)> {
    let now = clock.now();
    let ttl = Duration::from_std(ttl).map_err(|_| Error::invalid("--ttl is too long"))?;
    let expires = fmt_time(now + ttl);
    let token = secrets::new_token();
    store::sessions::purge_ended(tx, &fmt_time(now - Duration::days(30)))?;
    store::sessions::insert(
        tx,
        &secrets::sha256_hex(token.as_bytes()),
        user_id,
        &fmt_time(now),
        &expires,
        mfa,
    )?;
    Ok((token, expires))
}

/// A password that must be given: one line of standard input with `--password-stdin`, else
/// a hidden prompt (without a terminal, a usage error naming `--password-stdin`).
pub(crate) fn required_password(
    opts: &Options,
    stdin: bool,
    prompt: &str,
    new: bool,
) -> Result<String> {
    let source = if stdin {
        PasswordSource::Stdin
    } else {
        PasswordSource::Required("--password-stdin")
    };
    read_password(opts, source, prompt, new)?.ok_or_else(|| {
        Error::invalid("a password is needed; pass --password-stdin and write it on standard input")
    })
}

/// The hash of a new user's password (`users add`, a new tenant's admin): one line of
/// standard input with `--password-stdin`, else a hidden prompt when interactive; without a
/// terminal, none (the user cannot sign in until one is set).
pub(crate) fn new_password_hash(opts: &Options, stdin: bool, upn: &str) -> Result<Option<String>> {
    let source = if stdin {
        PasswordSource::Stdin
    } else {
        PasswordSource::PromptIfInteractive
    };
    read_password(opts, source, &format!("Password for {upn}"), true)?
        .as_deref()
        .map(secrets::hash_password)
        .transpose()
}

pub struct LoginInput {
    pub upn: String,
    pub password_stdin: bool,
    pub ttl: std::time::Duration,
    pub print_token: bool,
    /// The second factor, for a user with MFA enrolled (else prompted for, when a person can
    /// answer).
    pub otp: Option<String>,
}

pub fn login(ctx: &mut Ctx, input: &LoginInput) -> Result<LoginView> {
    let upn = model::validate_upn(&input.upn)?;
    let password = required_password(
        &ctx.opts,
        input.password_stdin,
        &format!("Password for {upn}"),
        false,
    )?;
    let user = ctx.store.read(|tx| store::users::find_by_upn(tx, &upn))?;
    let stored = match &user {
        Some(u) => ctx
            .store
            .read(|tx| store::users::password_hash(tx, &u.id))?,
        None => None,
    };
    // Checked for an unknown UPN too, so the answer takes as long either way.
    let verified = secrets::verify_password(&password, stored.as_deref());
    let user = match user {
        Some(u) if verified => u,
        _ => return Err(unauth("wrong UPN or password", "not-signed-in")),
    };
    if !user.enabled {
        return Err(unauth(
            format!("user {upn} is disabled; ask an admin of your tenant"),
            "user-disabled",
        ));
    }
    // A user with MFA enrolled signs in with a code too: not while wrong codes keep it locked
    // (told before asking for one), and the code is checked with the session's creation.
    let now = ctx.clock.now();
    let factor = match ctx.store.read(|tx| store::mfa::of_user(tx, &user.id))? {
        Some(m) => {
            super::mfa::check_not_locked(&upn, &m, now)?;
            Some(super::mfa::factor_for_login(
                &ctx.opts,
                &upn,
                input.otp.as_deref(),
                input.password_stdin,
            )?)
        }
        None if input.otp.is_some() => {
            return Err(Error::invalid(format!(
                "--otp: {upn} has no multi-factor sign-in enrolled; sign in without --otp (and run `partnerctl mfa enroll` to enroll)"
            )));
        }
        None => None,
    };
    let clock = ctx.clock;
    let dry_run = ctx.opts.dry_run;
    // A wrong code is counted (and may lock sign-in) although the sign-in fails: that
    // bookkeeping commits with the failure, which is returned after the commit.
    let (tenant, token, expires_at, verified) = ctx.store.write(!dry_run, |tx| {
        let verified = match &factor {
            Some(f) => match super::mfa::verify(tx, &user, f, now)? {
                Ok(v) => Some(v),
                Err(e) => return Ok(Err(e)),
            },
            None => None,
        };
        let tenant = store::tenants::by_id(tx, &user.tenant_id)?;
        let (token, expires) = open_session(tx, &user.id, &clock, input.ttl, verified.is_some())?;
        Ok(Ok((tenant, token, expires, verified)))
    })??;
    let mut view = LoginView {
        upn: user.upn.clone(),
        tenant: tenant_ref(&tenant),
        expires_at,
        mfa: verified.is_some(),
        recovery_codes_left: verified.and_then(|v| v.recovery_codes_left),
        token: None,
        session_file: None,
    };
    if dry_run {
        return Ok(view);
    }
    if input.print_token {
        view.token = Some(token);
    } else {
        let path = paths::write_session_token(&ctx.opts.db, &token)?;
        view.session_file = Some(path.display().to_string());
    }
    Ok(view)
}

#[derive(Debug, Serialize)]
pub struct LogoutView {
    pub signed_out: bool,
    pub upn: Option<String>,
}

/// Ends the current session. Not being signed in is not an error: the goal is reached.
pub fn logout(ctx: &mut Ctx) -> Result<LogoutView> {
    let session = match current_session(ctx) {
        Ok(s) => Some(s),
        Err(e) if e.kind == crate::error::ErrorKind::Unauthenticated => None,
        Err(e) => return Err(e),
    };
    if ctx.opts.dry_run {
        return Ok(LogoutView {
            signed_out: session.is_some(),
            upn: session.map(|s| s.principal.upn),
        });
    }
    let at = ctx.now_str();
    if let Some(s) = &session {
        ctx.store
            .write(true, |tx| store::sessions::revoke(tx, &s.token_hash, &at))?;
    }
    if std::env::var_os("PARTNERCTL_TOKEN").is_none() {
        paths::remove_session_token(&ctx.opts.db)?;
    }
    Ok(LogoutView {
        signed_out: session.is_some(),
        upn: session.map(|s| s.principal.upn),
    })
}

pub fn whoami(ctx: &mut Ctx) -> Result<WhoAmI> {
    let s = ctx.session()?;
    ctx.home(&s, "whoami")?;
    let name = ctx
        .store
        .read(|tx| store::users::by_id(tx, &s.principal.user_id))?
        .map(|u| u.display_name)
        .unwrap_or_default();
    Ok(WhoAmI {
        upn: s.principal.upn.clone(),
        name,
        tenant: tenant_ref(&s.tenant),
        roles: s.principal.roles.iter().copied().collect(),
        operator: s.tenant.is_operator,
        partner: s.tenant.partner_id.is_some(),
        session_expires_at: s.expires_at,
        mfa: s.principal.mfa,
        test_clock: ctx.store.test_clock(),
    })
}
