//! One command's working state and the skeleton of every operation: the session, the scope,
//! the decision, and the change or read in the transaction that holds the decision.

use crate::authz::{self, Action, Decision, ObjectFacts, Principal};
use crate::clock::{fmt_time, Clock};
use crate::error::{Error, Result};
use crate::store::{self, tenants::TenantRow, OpenMode, Store, Tx};

use super::{facts, sessions, Options};

mod permit;

pub(crate) use permit::record_own;
pub use permit::SELF_SERVICE;

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
    /// Under `--dry-run`: each change the operation made and rolled back, with its decision.
    planned: Vec<crate::dryrun::Planned>,
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

impl Op {
    pub fn parts(self) -> (Session, TenantRow) {
        (self.session, self.tenant)
    }
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
    /// What a `--dry-run` of this command's operation would have changed (empty otherwise).
    pub fn plan(&self) -> &[crate::dryrun::Planned] {
        &self.planned
    }

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
        Ok(Ctx {
            store,
            clock,
            opts,
            planned: Vec::new(),
        })
    }

    pub fn now_str(&self) -> String {
        fmt_time(self.clock.now())
    }

    /// The signed-in session, checked afresh on every command: a revoked or expired session
    /// or a disabled user fails here with exit 3.
    pub fn session(&mut self) -> Result<Session> {
        sessions::current_session(self)
    }

    /// The start of every operation: the session, the tenant it acts on, and the core's early
    /// answer for `action` there (a denial is recorded and is exit 4). The binding decision is
    /// made again in the transaction of the change ([`Ctx::change`]) or read ([`Ctx::view`]).
    pub fn begin(&mut self, scope: Scope<'_>, action: Action, name: Option<&str>) -> Result<Op> {
        self.begin_with(scope, action, ObjectFacts::default(), name)
    }

    /// [`Ctx::begin`] in the caller's own tenant (`Scope::Home(command)`): the session and
    /// that tenant.
    pub fn begin_home(
        &mut self,
        command: &'static str,
        action: Action,
        name: Option<&str>,
    ) -> Result<(Session, TenantRow)> {
        Ok(self.begin(Scope::Home(command), action, name)?.parts())
    }

    /// [`Ctx::begin`] for an action whose rules weigh facts about its object.
    pub fn begin_with(
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
        if let Some(t) = self.store.read(|tx| lookup_tenant(tx, key))? {
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
            require_mfa: false,
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
        if permit::must_record(action, &d) && !self.opts.dry_run {
            let at = self.now_str();
            self.store.write(true, |tx| {
                permit::record_decision(tx, &at, &s.principal, action, target, &d, object_name)
            })?;
        }
        if d.allowed {
            return Ok(d);
        }
        Err(denied(action, target, &d))
    }

    /// A partner-side list that is whole for those `action` allows, and the caller's own rows
    /// for any other user of a partner tenant (what is about itself needs no right). `read`
    /// gets the partner tenant and the user whose rows to keep (`None`: everyone's). Outside a
    /// partner tenant the read goes through the core, which refuses it (`not-a-partner`).
    pub fn all_or_own<T>(
        &mut self,
        command: &'static str,
        action: Action,
        read: impl Fn(&Tx<'_>, &TenantRow, Option<&str>) -> Result<T>,
    ) -> Result<T> {
        let (s, home) = self.locate(Scope::Home(command))?.parts();
        let all = self
            .peek(&s, action, &home, ObjectFacts::default())?
            .allowed;
        if all || !s.principal.tenant_is_partner {
            self.view(&s, action, &home, None, |tx| read(tx, &home, None))
        } else {
            let me = s.principal.user_id.clone();
            self.store.read(|tx| read(tx, &home, Some(&me)))
        }
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
    lookup_tenant(tx, key)?.ok_or_else(|| {
        Error::not_found(format!("no tenant {key:?} (give its initial domain or id)"))
    })
}

/// [`find_tenant`] for many keys at once (a bulk run's customers): key → tenant, for the
/// keys that name one.
pub fn find_tenants(
    tx: &Tx<'_>,
    keys: &[&str],
) -> Result<std::collections::HashMap<String, TenantRow>> {
    let mut asked: Vec<String> = Vec::with_capacity(keys.len() * 2);
    for k in keys {
        asked.push(k.trim().to_ascii_lowercase());
        asked.push(k.trim().to_string());
    }
    asked.sort_unstable();
    asked.dedup();
    let asked: Vec<&str> = asked.iter().map(String::as_str).collect();
    let found = store::tenants::find_many(tx, &asked)?;
    let domains: Vec<String> = found
        .iter()
        .map(|t| t.domain.to_ascii_lowercase())
        .collect();
    let by_domain: std::collections::HashMap<&str, usize> = domains
        .iter()
        .enumerate()
        .map(|(i, d)| (d.as_str(), i))
        .collect();
    let by_id: std::collections::HashMap<&str, usize> = found
        .iter()
        .enumerate()
        .map(|(i, t)| (t.id.as_str(), i))
        .collect();
    let mut out = std::collections::HashMap::with_capacity(keys.len());
    for k in keys {
        // As `lookup_tenant`: the key in lower case as a domain or an id, else as given.
        let lower = k.trim().to_ascii_lowercase();
        let i = by_domain
            .get(lower.as_str())
            .or_else(|| by_id.get(lower.as_str()))
            .or_else(|| by_id.get(k.trim()));
        if let Some(&i) = i {
            out.insert(k.to_string(), found[i].clone());
        }
    }
    Ok(out)
}

/// A tenant by initial domain (any case), else by id.
fn lookup_tenant(tx: &Tx<'_>, key: &str) -> Result<Option<TenantRow>> {
    match store::tenants::find(tx, &key.to_ascii_lowercase())? {
        Some(t) => Ok(Some(t)),
        None => store::tenants::find(tx, key),
    }
}
