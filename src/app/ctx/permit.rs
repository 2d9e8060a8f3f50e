//! The only way to change anything, and the reads that must see what their decision saw:
//! the session is checked again, the facts are read and `decide()` makes a `Permit` inside
//! the one transaction that also holds the change (or read) and its audit entry (SPEC §2
//! rule 7).

use crate::authz::{self, Action, Decision, ObjectFacts, Permit, Principal, Via};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::store::{self, tenants::TenantRow, Tx};

use super::super::{facts, sessions};
use super::{denied, Ctx, Session};

impl Ctx {
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
        name: &str,
        f: impl FnOnce(&Tx<'_>) -> Result<(T, String)>,
    ) -> Result<T> {
        self.change_with(s, action, target, |_| Ok(ObjectFacts::default()), name, f)
    }

    /// Like [`Ctx::change`], for an action whose rules weigh facts about its object: read
    /// inside the transaction (e.g. the roles of the user being changed, as they are at the
    /// moment of the change), or `|_| Ok(object)` for facts known before.
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
        let objects: Vec<String> = objects.into_iter().collect();
        let n = objects.len();
        self.change_all_with(s, action, target, object, objects, |tx| {
            (0..n).map(|i| f(tx, i)).collect()
        })
    }

    /// Like [`Ctx::change_each`], with every object's change made by one call of `f` (a bulk
    /// run writing its rows many per statement): `f` returns one result per object,
    /// in their order, `None` for an object it skipped.
    pub fn change_all<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        objects: Vec<String>,
        f: impl FnOnce(&Tx<'_>) -> Result<Vec<Option<(T, String)>>>,
    ) -> Result<Vec<Option<T>>> {
        self.change_all_with(
            s,
            action,
            target,
            |_| Ok(ObjectFacts::default()),
            objects,
            f,
        )
    }

    fn change_all_with<T>(
        &mut self,
        s: &Session,
        action: Action,
        target: &TenantRow,
        object: impl FnOnce(&Tx<'_>) -> Result<ObjectFacts>,
        objects: Vec<String>,
        f: impl FnOnce(&Tx<'_>) -> Result<Vec<Option<(T, String)>>>,
    ) -> Result<Vec<Option<T>>> {
        let now = self.clock.now();
        let at = fmt_time(now);
        let commit = !self.opts.dry_run;
        let token_hash = s.token_hash.clone();
        let mut planned = Vec::new();
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
            mark_elevation_used(tx, decision, &at)?;
            let mut outs = Vec::new();
            // Each change's object and summary; their entries are appended together after the
            // last change, in the objects' order, in the same transaction (the trail reads as
            // if each followed its change: nothing else can write in between).
            let mut done: Vec<(String, String)> = Vec::new();
            let results = f(tx)?;
            if results.len() != objects.len() {
                return Err(Error::internal(format!(
                    "a bulk change made {} results for {} objects",
                    results.len(),
                    objects.len()
                )));
            }
            for (object, result) in objects.into_iter().zip(results) {
                let Some((out, summary)) = result else {
                    outs.push(None);
                    continue;
                };
                if !commit {
                    planned.push(crate::dryrun::Planned {
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
                done.push((object, summary));
                outs.push(Some(out));
            }
            let entries: Vec<store::audit::NewEntry<'_>> = done
                .iter()
                .map(|(object, summary)| store::audit::NewEntry {
                    at: &at,
                    actor_upn: Some(&s.principal.upn),
                    actor_tenant_id: Some(&s.principal.tenant_id),
                    target_tenant_id: Some(permit.tenant_id()),
                    action: permit.action().id(),
                    allowed: true,
                    reason: decision.reason.id(),
                    relationship_id,
                    object: Some(object),
                    summary: Some(summary),
                })
                .collect();
            store::audit::append_many(tx, &entries)?;
            Ok(Ok(outs))
        })?;
        // What a dry run rolled back travels with this context to the command's output.
        self.planned.extend(planned);
        outcome
    }

    /// A change signed-in users make to their own second factor (`mfa enroll`, `mfa disable`
    /// of oneself). No role carries it and none may refuse it (everyone manages its own
    /// sign-in), so the core is not asked; like every change it runs with the session checked
    /// again and its audit entry (`user.update`, reason `self-service`) in one transaction,
    /// and a dry run rolls it back. `f` gets the session as that check found it.
    pub fn change_own<T>(
        &mut self,
        s: &Session,
        f: impl FnOnce(&Tx<'_>, &Session) -> Result<(T, String)>,
    ) -> Result<T> {
        let now = self.clock.now();
        let at = fmt_time(now);
        let commit = !self.opts.dry_run;
        let token_hash = s.token_hash.clone();
        let (out, planned) = self.store.write(commit, |tx| {
            let session = sessions::check_session(tx, &token_hash, now)?;
            let (out, summary) = f(tx, &session)?;
            let p = &session.principal;
            record_own(tx, &at, &p.upn, &p.tenant_id, true, SELF_SERVICE, &summary)?;
            let planned = crate::dryrun::Planned {
                decision: crate::dryrun::Decision {
                    action: Action::UserUpdate.id().to_string(),
                    tenant: session.tenant.domain.clone(),
                    allowed: true,
                    reason: SELF_SERVICE.to_string(),
                    explanation: "every user manages its own second factor".to_string(),
                },
                change: format!("{}: {summary}", p.upn),
            };
            Ok((out, planned))
        })?;
        if !commit {
            self.planned.push(planned);
        }
        Ok(out)
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
                    Ok(Some(f.take().ok_or_else(ran_twice)?(tx)?))
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
                        mark_elevation_used(tx, d, &at)?;
                    }
                    Ok(Ok(f.take().ok_or_else(ran_twice)?(tx)?))
                }
                Err((principal, d)) => {
                    record_decision(tx, &at, &principal, action, target, &d, name)?;
                    Ok(Err(denied(action, target, &d)))
                }
            }
        })?
    }
}

/// The reason recorded for a change users make to their own sign-in (see [`Ctx::change_own`]).
pub const SELF_SERVICE: &str = "self-service";

/// A read's closure runs once, in whichever transaction holds its decision.
fn ran_twice() -> Error {
    Error::internal("a read ran twice")
}

/// Whether an allowed decision is recorded: a partner agent's read inside a customer tenant
/// (one entry per command). Denials are always recorded. Own-tenant reads are not, so reads
/// work on a read-only file.
pub(super) fn must_record(action: Action, d: &Decision) -> bool {
    !d.allowed
        || (action.is_read()
            && matches!(
                d.via,
                Via::Delegated { .. } | Via::Assigned { .. } | Via::Elevated { .. }
            ))
}

/// The first change or recorded read made through an elevation marks it used (for the
/// "elevation used" notification), in the transaction of that change or read.
fn mark_elevation_used(tx: &Tx<'_>, d: &Decision, at: &str) -> Result<()> {
    if let Via::Elevated { elevation_id, .. } = &d.via {
        store::elevations::mark_used(tx, elevation_id, at)?;
    }
    Ok(())
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
    let session = sessions::check_session(tx, token_hash, now)?;
    let facts = facts::load(tx, &session.principal, target, object, now)?;
    Ok(authz::permit(&session.principal, action, &facts).map_err(|d| (session.principal, d)))
}

/// One audit entry for a decision that changed nothing (a denial, or a recorded read).
pub(super) fn record_decision(
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

/// An audit entry about a user's own sign-in or second factor (`user.update`), which no
/// decision precedes (`reason` says why it was allowed or refused): the user is the actor and
/// the object, in its own tenant.
pub(crate) fn record_own(
    tx: &Tx<'_>,
    at: &str,
    upn: &str,
    tenant_id: &str,
    allowed: bool,
    reason: &str,
    summary: &str,
) -> Result<()> {
    store::audit::append(
        tx,
        &store::audit::NewEntry {
            at,
            actor_upn: Some(upn),
            actor_tenant_id: Some(tenant_id),
            target_tenant_id: Some(tenant_id),
            action: Action::UserUpdate.id(),
            allowed,
            reason,
            relationship_id: None,
            object: Some(upn),
            summary: Some(summary),
        },
    )
}
