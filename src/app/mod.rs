//! The operations (use cases). Each one authenticates, loads the facts the decision needs,
//! asks the permission core, mutates in one immediate transaction together with its audit
//! entry, and returns a view struct. Commands never check roles themselves.

pub mod access;
pub mod audit;
pub mod bulk;
pub mod dashboard;
pub mod demo;
pub mod doctor;
pub mod domains;
pub mod email;
pub mod facts;
pub mod health;
pub mod init;
pub mod licenses;
pub mod outbox;
pub mod partners;
pub mod paths;
pub mod requests;
pub mod secrets;
pub mod sessions;
pub mod tenants;
pub mod users;

/// Sign-in's former home (now `sessions` and `init`), by which other modules still reach it.
pub mod auth {
    pub use super::init::remove_db_files;
    pub(crate) use super::sessions::new_session;
    pub use super::sessions::{check_session, current_session, principal_of, DEFAULT_TTL};
}

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use crate::store::Tx;

use crate::authz::{self, Action, Decision, ObjectFacts, Permit, Principal, Via};
use crate::clock::{fmt_time, Clock};
use crate::error::{Error, Result};
use crate::store::{self, tenants::TenantRow, OpenMode, Store};

/// The global options of every command, resolved.
#[derive(Debug, Clone)]
pub struct Options {
    pub db: PathBuf,
    pub tenant: Option<String>,
    pub yes: bool,
    pub no_input: bool,
    pub dry_run: bool,
}

impl Options {
    /// Prompts only when a person can answer: stdin and stderr are terminals and
    /// `--no-input` is absent.
    pub fn interactive(&self) -> bool {
        !self.no_input && std::io::stdin().is_terminal() && std::io::stderr().is_terminal()
    }

    /// Asks for confirmation of a destructive step: `--yes` answers yes, a person is asked,
    /// and without either the command fails with exit 2 naming `--yes`.
    pub fn confirm(&self, question: &str) -> Result<()> {
        if self.yes || self.dry_run {
            return Ok(());
        }
        if !self.interactive() {
            return Err(Error::invalid(format!(
                "confirmation needed (\"{question}\") and there is no terminal to ask on; pass --yes to confirm"
            )));
        }
        let yes = dialoguer::Confirm::new()
            .with_prompt(question)
            .default(false)
            .interact()
            .map_err(|e| Error::internal(format!("cannot read the answer: {e}")))?;
        if yes {
            Ok(())
        } else {
            Err(Error::cancelled("cancelled; nothing was changed"))
        }
    }
}

/// How a password reaches a command.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PasswordSource {
    /// One line of standard input (`--password-stdin`).
    Stdin,
    /// A hidden prompt when interactive; otherwise none.
    PromptIfInteractive,
    /// A hidden prompt when interactive; otherwise a usage error naming the flag.
    Required(&'static str),
}

/// Reads a password from its source. New passwords are asked twice.
pub fn read_password(
    opts: &Options,
    source: PasswordSource,
    prompt: &str,
    new: bool,
) -> Result<Option<String>> {
    let pw = match source {
        PasswordSource::Stdin => {
            let mut line = String::new();
            std::io::stdin()
                .lock()
                .read_line(&mut line)
                .map_err(|e| Error::invalid(format!("cannot read the password from stdin: {e}")))?;
            let pw = line.trim_end_matches(['\n', '\r']).to_string();
            if pw.is_empty() {
                return Err(Error::invalid(
                    "--password-stdin: standard input held no password line",
                ));
            }
            pw
        }
        PasswordSource::PromptIfInteractive | PasswordSource::Required(_) if opts.interactive() => {
            let mut p = dialoguer::Password::new().with_prompt(prompt);
            if new {
                p = p.with_confirmation("Repeat the password", "the passwords do not match");
            }
            p.interact()
                .map_err(|e| Error::internal(format!("cannot read the password: {e}")))?
        }
        PasswordSource::PromptIfInteractive => return Ok(None),
        PasswordSource::Required(flag) => {
            return Err(Error::invalid(format!(
                "a password is needed and there is no terminal to ask it on; pass {flag} and write it on standard input"
            )))
        }
    };
    if new {
        crate::model::validate_password(&pw).map_err(Error::invalid)?;
    }
    Ok(Some(pw))
}

/// The refusal of a set `PARTNERCTL_NOW` on a database that is not a test database.
pub fn test_clock_refused() -> Error {
    Error::invalid(
        "PARTNERCTL_NOW is honoured only on a test database (made by init --test-clock or demo); unset it",
    )
}

/// One command's working state: the open store, the clock, the options and, once
/// authenticated, the signed-in principal.
pub struct Ctx {
    pub store: Store,
    pub clock: Clock,
    pub opts: Options,
}

/// Where an operation acts.
#[derive(Debug, Clone, Copy)]
pub enum Scope<'a> {
    /// Only in the caller's own tenant: a `--tenant` naming another one is refused (exit 2);
    /// the command's name is for that message.
    Home(&'static str),
    /// The tenant of `--tenant`, else the caller's own.
    Target,
    /// A tenant named by an argument (`what` names the argument in messages).
    Named { what: &'static str, key: &'a str },
}

/// The start of an operation: the signed-in session and the tenant the operation acts on.
#[derive(Debug, Clone)]
pub struct Op {
    pub session: Session,
    pub tenant: TenantRow,
}

/// The signed-in user with its tenant.
#[derive(Debug, Clone)]
pub struct Session {
    pub principal: Principal,
    pub tenant: TenantRow,
    pub token_hash: String,
    pub expires_at: String,
}

impl Ctx {
    /// Opens the existing database and resolves the clock: `PARTNERCTL_NOW` only on a test
    /// database; on any other it is refused before anything is read or written (SPEC §5).
    pub fn open(opts: Options) -> Result<Ctx> {
        let requested = Clock::requested()?;
        let store = Store::open_checked(&opts.db, OpenMode::Existing, |test_db| {
            if requested.is_some() && !test_db {
                Err(test_clock_refused())
            } else {
                Ok(())
            }
        })?;
        let clock = requested.unwrap_or_else(Clock::system);
        Ok(Ctx { store, clock, opts })
    }

    pub fn now_str(&self) -> String {
        fmt_time(self.clock.now())
    }

    /// The signed-in session, checked afresh on every command: a revoked or expired session
    /// or a disabled user fails here with exit 3.
    pub fn session(&mut self) -> Result<Session> {
        auth::current_session(self)
    }

    /// The start of every operation: the session, the tenant it acts on, and the core's early
    /// answer for `action` there (a denial is recorded and is exit 4). The binding decision is
    /// made again in the transaction of the change ([`Ctx::change`]) or read ([`Ctx::view`]).
    pub fn begin(
        &mut self,
        scope: Scope<'_>,
        action: Action,
        object: ObjectFacts,
        name: Option<&str>,
    ) -> Result<Op> {
        let op = self.locate(scope)?;
        self.authorize(&op.session, action, &op.tenant, object, name)?;
        Ok(op)
    }

    /// The session and the tenant of `scope`, with no decision yet (for operations whose
    /// object facts need a lookup in that tenant first).
    pub fn locate(&mut self, scope: Scope<'_>) -> Result<Op> {
        let session = self.session()?;
        let tenant = match scope {
            Scope::Home(command) => self.home(&session, command)?,
            Scope::Target => self.target(&session)?,
            Scope::Named { what, key } => self.tenant_named(&session, what, key)?,
        };
        Ok(Op { session, tenant })
    }

    /// The tenant a command acts on: `--tenant` when given, else the user's own.
    pub fn target(&mut self, s: &Session) -> Result<TenantRow> {
        match self.opts.tenant.clone() {
            None => Ok(s.tenant.clone()),
            Some(key) => self.tenant_named(s, "--tenant", &key),
        }
    }

    /// A tenant named by the caller (`--tenant`, or a command's argument). A caller who may
    /// not see every tenant is never told that a name is unknown: it gets a tenant that nobody
    /// has a relationship with, which the core then denies exactly as it denies a tenant that
    /// exists but is not the caller's to see (same exit code and message shape; such a denial
    /// has no tenant to be recorded in). The operator's global admins are told (exit 5).
    pub fn tenant_named(&mut self, s: &Session, what: &str, key: &str) -> Result<TenantRow> {
        let key = key.trim();
        let well_formed =
            uuid::Uuid::parse_str(key).is_ok() || crate::model::validate_domain(key).is_ok();
        if !well_formed {
            return Err(Error::invalid(format!(
                "{what}: not a tenant's domain or id"
            )));
        }
        if let Some(t) = self.store.read(|tx| {
            Ok(match store::tenants::find(tx, &key.to_ascii_lowercase())? {
                Some(t) => Some(t),
                None => store::tenants::find(tx, key)?,
            })
        })? {
            return Ok(t);
        }
        if authz::sees_every_tenant(&s.principal) {
            return Err(Error::not_found(format!(
                "no tenant {key} (give its initial domain or id)"
            )));
        }
        Ok(TenantRow {
            id: String::new(),
            name: key.to_ascii_lowercase(),
            domain: key.to_ascii_lowercase(),
            email: None,
            phone: None,
            address: None,
            is_operator: false,
            partner_id: None,
            created_at: String::new(),
        })
    }

    /// Asks the permission core without recording anything: for choosing between paths,
    /// never for allowing a change.
    pub fn peek(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        object: ObjectFacts,
    ) -> Result<Decision> {
        let now = self.clock.now();
        let facts = self
            .store
            .read(|tx| facts::load(tx, &s.principal, target, object, now))?;
        Ok(authz::decide(Some(&s.principal), action, &facts))
    }

    /// Asks the permission core early, before a prompt or the lookups a command makes: a
    /// denial is recorded in the audit trail (not under `--dry-run`) and returned as exit 4
    /// with its reason. It allows nothing by itself: the binding decision is made again inside
    /// the transaction of the change ([`Ctx::change`]) or the read ([`Ctx::view`]).
    pub fn authorize(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        object: ObjectFacts,
        object_name: Option<&str>,
    ) -> Result<Decision> {
        let d = self.peek(s, action, target, object)?;
        // Denials are always recorded; so are a partner agent's reads inside a customer
        // tenant (one entry per command). Own-tenant reads are not, so reads work on a
        // read-only file.
        let delegated_read =
            d.allowed && action.is_read() && matches!(d.via, Via::Delegated { .. });
        if (!d.allowed || delegated_read) && !self.opts.dry_run && !target.id.is_empty() {
            let at = self.now_str();
            let relationship_id = d.via.relationship_id();
            self.store.write(true, |tx| {
                store::audit::append(
                    tx,
                    &store::audit::NewEntry {
                        at: &at,
                        actor_upn: Some(&s.principal.upn),
                        actor_tenant_id: Some(&s.principal.tenant_id),
                        target_tenant_id: Some(&target.id),
                        action: action.id(),
                        allowed: d.allowed,
                        reason: d.reason.id(),
                        relationship_id,
                        object: object_name,
                        summary: None,
                    },
                )
            })?;
        }
        if d.allowed {
            return Ok(d);
        }
        Err(denied(action, target, &d))
    }

    /// Runs a change and its audit entry in one immediate transaction, together with the
    /// decision that allows it (SPEC §2 rule 7): the session is checked again, the facts are
    /// read and `decide()` makes a [`Permit`] inside that transaction, so nothing that ends
    /// meanwhile (a relationship, a grant, a session, a user) can let the change land. A
    /// denial there is recorded and returned as exit 4. Under `--dry-run` the same work runs
    /// and is rolled back, so the outcome (and exit code) is the real one.
    pub fn change<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        object: ObjectFacts,
        name: &str,
        f: impl FnOnce(&Tx<'_>) -> Result<(T, String)>,
    ) -> Result<T> {
        self.change_with(s, action, target, |_| Ok(object), name, f)
    }

    /// Like [`Ctx::change`], with the object's facts read inside the transaction (e.g. the
    /// roles of the user being changed, as they are at the moment of the change).
    pub fn change_with<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        object: impl FnOnce(&Tx<'_>) -> Result<ObjectFacts>,
        name: &str,
        f: impl FnOnce(&Tx<'_>) -> Result<(T, String)>,
    ) -> Result<T> {
        let mut f = Some(f);
        let out = self.change_each_with(
            s,
            action,
            target,
            object,
            [name.to_string()],
            |tx, _| match f.take() {
                Some(f) => f(tx).map(Some),
                None => Ok(None),
            },
        )?;
        out.into_iter()
            .flatten()
            .next()
            .ok_or_else(|| Error::internal("a change ran without its result"))
    }

    /// Like [`Ctx::change`] for many objects at once (bulk commands): one decision, then every
    /// change and its own audit entry in the same transaction, all or nothing. `f` may skip an
    /// object (`Ok(None)`: nothing changed, nothing recorded); the results keep the order of
    /// `objects`.
    pub fn change_each<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        objects: impl IntoIterator<Item = String>,
        f: impl FnMut(&Tx<'_>, usize) -> Result<Option<(T, String)>>,
    ) -> Result<Vec<Option<T>>> {
        self.change_each_with(
            s,
            action,
            target,
            |_| Ok(ObjectFacts::default()),
            objects,
            f,
        )
    }

    fn change_each_with<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        object: impl FnOnce(&Tx<'_>) -> Result<ObjectFacts>,
        objects: impl IntoIterator<Item = String>,
        mut f: impl FnMut(&Tx<'_>, usize) -> Result<Option<(T, String)>>,
    ) -> Result<Vec<Option<T>>> {
        let now = self.clock.now();
        let at = fmt_time(now);
        let commit = !self.opts.dry_run;
        let token_hash = s.token_hash.clone();
        let outcome = self.store.write(commit, |tx| {
            let permit = match permit_in(tx, &token_hash, action, target, object(tx)?, now)? {
                Ok(p) => p,
                Err((principal, d)) => {
                    // Recorded and committed: a denial is evidence even though nothing changed.
                    record_decision(tx, &at, &principal, action, target, &d, None)?;
                    return Ok(Err(denied(action, target, &d)));
                }
            };
            let decision = permit.decision();
            let relationship_id = decision.via.relationship_id();
            let mut outs = Vec::new();
            for (i, object) in objects.into_iter().enumerate() {
                let Some((out, summary)) = f(tx, i)? else {
                    outs.push(None);
                    continue;
                };
                if !commit {
                    crate::dryrun::note(crate::dryrun::Planned {
                        decision: crate::dryrun::Decision {
                            action: action.id().to_string(),
                            tenant: target.domain.clone(),
                            allowed: decision.allowed,
                            reason: decision.reason.id().to_string(),
                            explanation: decision.explain(),
                        },
                        change: format!("{object}: {summary}"),
                    });
                }
                store::audit::append(
                    tx,
                    &store::audit::NewEntry {
                        at: &at,
                        actor_upn: Some(&s.principal.upn),
                        actor_tenant_id: Some(&s.principal.tenant_id),
                        target_tenant_id: Some(permit.tenant_id()),
                        action: permit.action().id(),
                        allowed: true,
                        reason: decision.reason.id(),
                        relationship_id,
                        object: Some(&object),
                        summary: Some(&summary),
                    },
                )?;
                outs.push(Some(out));
            }
            Ok(Ok(outs))
        })?;
        outcome
    }

    /// A read and the decision that allows it in one snapshot (SPEC §2 rule 7). A read that
    /// must be recorded (a denial, or a partner agent's read inside a customer tenant) runs in
    /// a write transaction with its audit entry; other reads stay read-only, so they work on a
    /// read-only file.
    pub fn view<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        name: Option<&str>,
        f: impl FnOnce(&Tx<'_>) -> Result<T>,
    ) -> Result<T> {
        let now = self.clock.now();
        let token_hash = s.token_hash.clone();
        let mut f = Some(f);
        let quiet = self.store.read(|tx| {
            match permit_in(tx, &token_hash, action, target, ObjectFacts::default(), now)? {
                Ok(p) if !must_record(action, p.decision()) => {
                    Ok(Some((f.take().expect("called once"))(tx)?))
                }
                _ => Ok(None),
            }
        })?;
        if let Some(out) = quiet {
            return Ok(out);
        }
        let at = fmt_time(now);
        let commit = !self.opts.dry_run;
        self.store.write(commit, |tx| {
            match permit_in(tx, &token_hash, action, target, ObjectFacts::default(), now)? {
                Ok(p) => {
                    let d = p.decision();
                    if must_record(action, d) {
                        record_decision(tx, &at, &s.principal, action, target, d, name)?;
                    }
                    Ok(Ok((f.take().expect("called once"))(tx)?))
                }
                Err((principal, d)) => {
                    record_decision(tx, &at, &principal, action, target, &d, name)?;
                    Ok(Err(denied(action, target, &d)))
                }
            }
        })?
    }

    /// The caller's own tenant, for commands that act only there: a `--tenant` naming any
    /// other tenant is refused (exit 2) rather than silently ignored. The flag is compared as
    /// typed, without looking the name up, so the refusal says nothing about other tenants.
    pub fn home(&self, s: &Session, command: &str) -> Result<TenantRow> {
        if let Some(key) = &self.opts.tenant {
            let k = key.trim();
            if !k.eq_ignore_ascii_case(&s.tenant.domain) && k != s.tenant.id {
                return Err(Error::invalid(format!(
                    "--tenant: `{command}` acts only in your own tenant ({}); drop --tenant",
                    s.tenant.domain
                )));
            }
        }
        Ok(s.tenant.clone())
    }
}

/// Whether an allowed decision is recorded: a partner agent's read inside a customer tenant
/// (one entry per command). Denials are always recorded. Own-tenant reads are not, so reads
/// work on a read-only file.
fn must_record(action: Action, d: &Decision) -> bool {
    !d.allowed || (action.is_read() && matches!(d.via, Via::Delegated { .. }))
}

/// The session checked again, the facts, and the decision, inside the caller's transaction.
/// A denial comes back with the principal it was made for.
#[allow(clippy::type_complexity)]
fn permit_in(
    tx: &Tx<'_>,
    token_hash: &str,
    action: Action,
    target: &TenantRow,
    object: ObjectFacts,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<std::result::Result<Permit, (Principal, Decision)>> {
    let session = auth::check_session(tx, token_hash, now)?;
    let facts = facts::load(tx, &session.principal, target, object, now)?;
    Ok(authz::permit(&session.principal, action, &facts).map_err(|d| (session.principal, d)))
}

/// One audit entry for a decision that changed nothing (a denial, or a recorded read).
fn record_decision(
    tx: &Tx<'_>,
    at: &str,
    principal: &Principal,
    action: Action,
    target: &TenantRow,
    d: &Decision,
    object: Option<&str>,
) -> Result<()> {
    if target.id.is_empty() {
        // A name that matched no tenant (see `Ctx::tenant_named`): nobody's trail to write.
        return Ok(());
    }
    store::audit::append(
        tx,
        &store::audit::NewEntry {
            at,
            actor_upn: Some(&principal.upn),
            actor_tenant_id: Some(&principal.tenant_id),
            target_tenant_id: Some(&target.id),
            action: action.id(),
            allowed: d.allowed,
            reason: d.reason.id(),
            relationship_id: d.via.relationship_id(),
            object,
            summary: None,
        },
    )
}

/// An id as typed, checked before it is recorded anywhere: ids are uuids. A malformed one is
/// refused (exit 2) without echoing it.
pub fn parse_id(kind: &str, s: &str) -> Result<String> {
    uuid::Uuid::parse_str(s.trim())
        .map(|u| u.hyphenated().to_string())
        .map_err(|_| {
            Error::invalid(format!(
                "{kind}: not an id (ids look like 0193a5c2-7d1e-7c3a-9f00-2b6f4e8d1a77)"
            ))
        })
}

pub fn denied(action: Action, target: &TenantRow, d: &Decision) -> Error {
    Error::denied(
        format!(
            "permission denied: {} in {} ({}: {})",
            action.id(),
            target.domain,
            d.reason.id(),
            d.explain()
        ),
        d.reason.id(),
    )
}

/// A tenant by initial domain or id, or exit 5.
pub fn find_tenant(tx: &Tx<'_>, key: &str) -> Result<TenantRow> {
    store::tenants::find(tx, &key.to_ascii_lowercase())?
        .or(store::tenants::find(tx, key)?)
        .ok_or_else(|| {
            Error::not_found(format!("no tenant {key:?} (give its initial domain or id)"))
        })
}
