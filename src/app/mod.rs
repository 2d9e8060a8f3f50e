//! The operations (use cases). Each one authenticates, loads the facts the decision needs,
//! asks the permission core, mutates in one immediate transaction together with its audit
//! entry, and returns a view struct. Commands never check roles themselves.

pub mod access;
pub mod audit;
pub mod auth;
pub mod bulk;
pub mod dashboard;
pub mod demo;
pub mod doctor;
pub mod email;
pub mod partners;
pub mod paths;
pub mod secrets;
pub mod services;
pub mod tenants;
pub mod users;

use std::io::{BufRead, IsTerminal};
use std::path::PathBuf;

use rusqlite::Transaction;

use crate::authz::{self, Action, Decision, Facts, ObjectFacts, Principal, Target, Via};
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

    /// The tenant a command acts on: `--tenant` when given, else the user's own.
    pub fn target(&mut self, s: &Session) -> Result<TenantRow> {
        match self.opts.tenant.clone() {
            None => Ok(s.tenant.clone()),
            Some(key) => self.store.read(|tx| find_tenant(tx, &key)),
        }
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
            .read(|tx| load_facts(tx, &s.principal, target, object, now))?;
        Ok(authz::decide(Some(&s.principal), action, &facts))
    }

    /// Asks the permission core. A denial is recorded in the audit trail in its own
    /// transaction (not under `--dry-run`) and returned as exit 4 with its reason.
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
        if (!d.allowed || delegated_read) && !self.opts.dry_run {
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

    /// Runs a change and its audit entry in one immediate transaction; under `--dry-run` the
    /// same work runs and is rolled back, so the outcome (and exit code) is the real one.
    pub fn change<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        decision: &Decision,
        object: &str,
        f: impl FnOnce(&Transaction<'_>) -> Result<(T, String)>,
    ) -> Result<T> {
        let mut f = Some(f);
        let mut out = self.change_each(
            s,
            action,
            target,
            decision,
            [object.to_string()],
            |tx, _| (f.take().expect("called once"))(tx),
        )?;
        Ok(out.pop().expect("one item"))
    }

    /// Like [`Ctx::change`] for many objects at once (bulk commands): every change and its
    /// own audit entry in one transaction, all or nothing.
    pub fn change_each<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        decision: &Decision,
        objects: impl IntoIterator<Item = String>,
        mut f: impl FnMut(&Transaction<'_>, usize) -> Result<(T, String)>,
    ) -> Result<Vec<T>> {
        let at = self.now_str();
        let commit = !self.opts.dry_run;
        let relationship_id = decision.via.relationship_id();
        self.store.write(commit, |tx| {
            let mut outs = Vec::new();
            for (i, object) in objects.into_iter().enumerate() {
                let (out, summary) = f(tx, i)?;
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
                        target_tenant_id: Some(&target.id),
                        action: action.id(),
                        allowed: true,
                        reason: decision.reason.id(),
                        relationship_id,
                        object: Some(&object),
                        summary: Some(&summary),
                    },
                )?;
                outs.push(out);
            }
            Ok(outs)
        })
    }
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
pub fn find_tenant(tx: &Transaction<'_>, key: &str) -> Result<TenantRow> {
    store::tenants::find(tx, &key.to_ascii_lowercase())?
        .or(store::tenants::find(tx, key)?)
        .ok_or_else(|| {
            Error::not_found(format!("no tenant {key:?} (give its initial domain or id)"))
        })
}

pub fn target_of(t: &TenantRow) -> Target {
    Target {
        tenant_id: t.id.clone(),
        is_operator: t.is_operator,
        is_partner: t.partner_id.is_some(),
    }
}

/// A partner tenant's users as the permission core sees them, each with its agent-role
/// grants: read once per partner by the views that ask about many customers.
pub fn partner_agents(
    tx: &Transaction<'_>,
    partner: &TenantRow,
) -> Result<Vec<(Principal, Vec<authz::GrantFact>)>> {
    store::users::list(tx, &partner.id)?
        .iter()
        .map(|u| {
            let grants = store::grants::of_user(tx, &u.id)?
                .iter()
                .map(|g| g.fact())
                .collect();
            Ok((auth::principal_of(u, partner), grants))
        })
        .collect()
}

/// Everything `decide` needs about a principal acting on a target tenant. Relationships and
/// grants are read here on every call: nothing is cached across commands.
pub fn load_facts(
    tx: &Transaction<'_>,
    principal: &Principal,
    target: &TenantRow,
    object: ObjectFacts,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Facts> {
    let relationships = if principal.tenant_id != target.id && principal.tenant_is_partner {
        store::relationships::between(tx, &principal.tenant_id, &target.id)?
            .iter()
            .map(|r| r.fact())
            .collect::<Result<_>>()?
    } else {
        Vec::new()
    };
    let grants = if principal.tenant_is_partner {
        store::grants::of_user(tx, &principal.user_id)?
            .iter()
            .map(|g| g.fact())
            .collect()
    } else {
        Vec::new()
    };
    Ok(Facts {
        now,
        target: target_of(target),
        relationships,
        grants,
        object,
    })
}
