//! Just-in-time elevation (`elevate`, `elevations list/approve/deny/end`): eligible roles held
//! in a customer for a limited time, with a justification, after a second partner global
//! admin's approval when the eligibility asks for one. The core weighs every elevation against
//! the clock on every command; nothing is cached.

use std::collections::BTreeSet;
use std::time::Duration;

use serde::Serialize;

use super::eligibility::{activation_minutes, minutes_text, Brief, RelationshipBrief};
use crate::app::{Ctx, Scope};
use crate::authz::{Action, ObjectFacts};
use crate::clock::{fmt_time, parse_time};
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole, ElevationStatus};
use crate::store::{self, elevations::ElevationRow, tenants::TenantRow, Tx};

/// How long a request waits for an approval before it lapses.
pub const REQUEST_LIFETIME_HOURS: i64 = 24;

#[derive(Debug, Serialize)]
pub struct ElevationView {
    pub id: String,
    /// `pending`, `active`, `expired` (active, past its end), `denied` or `ended`.
    pub status: ElevationStatus,
    pub upn: String,
    pub roles: Vec<DirectoryRole>,
    pub customer: Brief,
    pub relationship: RelationshipBrief,
    /// The length asked for, e.g. `2h`.
    pub duration: String,
    pub reason: String,
    pub ticket: Option<String>,
    pub requested_at: String,
    pub starts_at: Option<String>,
    pub ends_at: Option<String>,
    pub decided_by: Option<String>,
    pub decided_at: Option<String>,
    pub deny_reason: Option<String>,
    pub ended_at: Option<String>,
    pub ended_by: Option<String>,
    pub used_at: Option<String>,
    pub dry_run: bool,
}

/// The status in force at `now`: an active elevation past its end is expired.
pub(crate) fn status_at(e: &ElevationRow, now: &str) -> ElevationStatus {
    match (e.status, e.ends_at.as_deref()) {
        (ElevationStatus::Active, Some(end)) if end <= now => ElevationStatus::Expired,
        (s, _) => s,
    }
}

fn view(e: ElevationRow, now: &str, dry_run: bool) -> ElevationView {
    ElevationView {
        status: status_at(&e, now),
        id: e.id,
        upn: e.upn,
        roles: e.roles.into_iter().collect(),
        customer: Brief {
            domain: e.customer_domain,
        },
        relationship: RelationshipBrief {
            id: e.relationship_id,
            name: e.relationship_name,
        },
        duration: minutes_text(e.minutes),
        reason: e.reason,
        ticket: e.ticket,
        requested_at: e.requested_at,
        starts_at: e.starts_at,
        ends_at: e.ends_at,
        decided_by: e.decided_by,
        decided_at: e.decided_at,
        deny_reason: e.deny_reason,
        ended_at: e.ended_at,
        ended_by: e.ended_by,
        used_at: e.used_at,
        dry_run,
    }
}

pub struct ElevateInput<'a> {
    pub customer: &'a str,
    pub roles: &'a [DirectoryRole],
    pub duration: Duration,
    pub reason: &'a str,
    pub ticket: Option<&'a str>,
}

/// Asks to hold eligible roles in a customer for `duration`: active at once when the
/// eligibility needs no approval, else pending until another partner global admin approves.
/// Takes a session signed in with MFA (the core's rule).
pub fn elevate(ctx: &mut Ctx, input: &ElevateInput<'_>) -> Result<ElevationView> {
    let roles: BTreeSet<DirectoryRole> = input.roles.iter().copied().collect();
    if roles.is_empty() {
        return Err(Error::invalid("--role: name at least one directory role"));
    }
    let minutes = activation_minutes("--for", input.duration)?;
    let reason = model::validate_identifier("--reason", input.reason.trim())?;
    let ticket = input
        .ticket
        .map(|t| model::validate_identifier("--ticket", t.trim()))
        .transpose()?;
    let object = ObjectFacts {
        requested_roles: roles.clone(),
        ..ObjectFacts::default()
    };
    let (s, customer) = ctx
        .begin_with(
            Scope::Named {
                what: "--customer",
                key: input.customer,
            },
            Action::ElevationRequest,
            object.clone(),
            None,
        )?
        .parts();
    let me = s.principal.user_id.clone();
    let eligibility = |tx: &Tx<'_>| {
        store::eligibilities::of_user_in(tx, &me, &customer.id)?
            .ok_or_else(|| Error::not_found(format!("you are not eligible in {}", customer.domain)))
    };
    let e = ctx.store.read(|tx| eligibility(tx))?;
    if minutes > e.max_minutes {
        return Err(Error::invalid(format!(
            "--for {}: your eligibility in {} allows at most {}",
            minutes_text(minutes),
            customer.domain,
            minutes_text(e.max_minutes)
        )));
    }
    let now = ctx.clock.now();
    let at = fmt_time(now);
    let ends = fmt_time(now + chrono::Duration::minutes(minutes));
    let home_id = s.principal.tenant_id.clone();
    let id = ctx.change_with(
        &s,
        Action::ElevationRequest,
        &customer,
        |_| Ok(object),
        &customer.domain,
        |tx| {
            let e = eligibility(tx)?;
            if let Some(open) = store::elevations::open_of_user_in(tx, &me, &customer.id, &at)? {
                return Err(Error::conflict(format!(
                    "you already have a {} elevation in {} ({}); end it first (elevations end {})",
                    open.status, customer.domain, open.id, open.id
                )));
            }
            let window = (!e.approval).then_some((at.as_str(), ends.as_str()));
            let id = store::elevations::insert(
                tx,
                &store::elevations::NewElevation {
                    user_id: &me,
                    partner_tenant_id: &home_id,
                    customer_tenant_id: &customer.id,
                    relationship_id: &e.relationship_id,
                    eligibility_id: &e.id,
                    roles: &roles,
                    minutes,
                    reason: &reason,
                    ticket: ticket.as_deref(),
                    at: &at,
                    window,
                },
            )?;
            store::eligibilities::touch(tx, &e.id, &at)?;
            let what = if e.approval {
                "requested".to_string()
            } else {
                format!("activated until {ends}:")
            };
            Ok((
                id.clone(),
                format!(
                    "{what} elevation {id} to [{}] for {}; reason: {reason}{}",
                    model::roles_to_csv(&roles),
                    minutes_text(minutes),
                    ticket
                        .as_deref()
                        .map(|t| format!("; ticket: {t}"))
                        .unwrap_or_default()
                ),
            ))
        },
    )?;
    let dry_run = ctx.opts.dry_run;
    if dry_run {
        // Rolled back: describe what would have been recorded.
        return Ok(ElevationView {
            id,
            status: if e.approval {
                ElevationStatus::Pending
            } else {
                ElevationStatus::Active
            },
            upn: s.principal.upn.clone(),
            roles: roles.into_iter().collect(),
            customer: Brief {
                domain: customer.domain.clone(),
            },
            relationship: RelationshipBrief {
                id: e.relationship_id,
                name: e.relationship_name,
            },
            duration: minutes_text(minutes),
            reason,
            ticket,
            requested_at: at.clone(),
            starts_at: (!e.approval).then(|| at.clone()),
            ends_at: (!e.approval).then_some(ends),
            decided_by: None,
            decided_at: None,
            deny_reason: None,
            ended_at: None,
            ended_by: None,
            used_at: None,
            dry_run,
        });
    }
    let row = ctx
        .store
        .read(|tx| store::elevations::by_id(tx, &id))?
        .ok_or_else(|| Error::internal("an elevation vanished after its commit"))?;
    Ok(view(row, &at, dry_run))
}

/// The partner's elevations, newest first: every one for those who approve them (partner
/// global admins), the caller's own for everyone else.
pub fn list(ctx: &mut Ctx, pending: bool) -> Result<Vec<ElevationView>> {
    let rows = ctx.all_or_own(
        "elevations list",
        Action::ElevationApprove,
        |tx, home, user| store::elevations::of_partner(tx, &home.id, user, pending),
    )?;
    let now = ctx.now_str();
    Ok(rows.into_iter().map(|e| view(e, &now, false)).collect())
}

/// One of the partner's elevations (an id of another partner's reads as unknown).
fn own(tx: &Tx<'_>, home: &TenantRow, id: &str) -> Result<ElevationRow> {
    store::elevations::by_id(tx, id)?
        .filter(|e| e.partner_tenant_id == home.id)
        .ok_or_else(|| Error::not_found(format!("{} has no elevation {id}", home.domain)))
}

/// Whether the elevation's eligibility still stands and its relationship is in force.
fn still_grounded(tx: &Tx<'_>, e: &ElevationRow, now: chrono::DateTime<chrono::Utc>) -> Result<()> {
    let eligible = store::eligibilities::of_user_in(tx, &e.user_id, &e.customer_tenant_id)?
        .is_some_and(|g| Some(&g.id) == e.eligibility_id.as_ref());
    if !eligible {
        return Err(Error::conflict(format!(
            "elevation {}: the eligibility it activates was removed",
            e.id
        )));
    }
    let in_force =
        crate::app::relationships::active_in(tx, &e.partner_tenant_id, &e.customer_tenant_id, now)?
            .iter()
            .any(|r| r.id == e.relationship_id);
    if !in_force {
        return Err(Error::conflict(format!(
            "elevation {}: relationship {} is no longer in force",
            e.id, e.relationship_id
        )));
    }
    Ok(())
}

enum Decision<'a> {
    Approve,
    Deny(&'a str),
    End,
}

/// Approves, denies or ends one elevation, in one transaction with the core's decision.
fn decide_on(ctx: &mut Ctx, id: &str, what: Decision<'_>) -> Result<ElevationView> {
    let id = crate::app::parse_id("elevation", id)?;
    let command = match what {
        Decision::Approve => "elevations approve",
        Decision::Deny(_) => "elevations deny",
        Decision::End => "elevations end",
    };
    let action = match what {
        Decision::End => Action::ElevationEnd,
        _ => Action::ElevationApprove,
    };
    let (s, home) = ctx.locate(Scope::Home(command))?.parts();
    ctx.store.read(|tx| own(tx, &home, &id))?;
    let now = ctx.clock.now();
    let at = fmt_time(now);
    let by = s.principal.upn.clone();
    let me = s.principal.user_id.clone();
    ctx.change_with(
        &s,
        action,
        &home,
        |tx| {
            let e = own(tx, &home, &id)?;
            Ok(ObjectFacts {
                requested_by_principal: e.user_id == me,
                ..ObjectFacts::default()
            })
        },
        &id,
        |tx| {
            let e = own(tx, &home, &id)?;
            let summary = match what {
                Decision::Approve | Decision::Deny(_) => {
                    if e.status != ElevationStatus::Pending {
                        return Err(Error::conflict(format!(
                            "elevation {id} is {}, not pending",
                            status_at(&e, &at)
                        )));
                    }
                    let asked = parse_time(&e.requested_at)
                        .map_err(|_| Error::internal("corrupt elevation request time"))?;
                    let lapsed = now - asked > chrono::Duration::hours(REQUEST_LIFETIME_HOURS);
                    match what {
                        Decision::Approve => {
                            if lapsed {
                                return Err(Error::conflict(format!(
                                    "elevation {id} was requested more than {REQUEST_LIFETIME_HOURS} hours ago; ask for it again"
                                )));
                            }
                            still_grounded(tx, &e, now)?;
                            let ends = fmt_time(now + chrono::Duration::minutes(e.minutes));
                            store::elevations::approve(tx, &id, &by, &at, &ends)?;
                            format!(
                                "approved elevation {id} of {} to [{}] in {} until {ends}",
                                e.upn,
                                model::roles_to_csv(&e.roles),
                                e.customer_domain
                            )
                        }
                        Decision::Deny(reason) => {
                            store::elevations::deny(tx, &id, &by, &at, reason)?;
                            format!(
                                "denied elevation {id} of {} in {}; reason: {reason}",
                                e.upn, e.customer_domain
                            )
                        }
                        Decision::End => unreachable!(),
                    }
                }
                Decision::End => {
                    if !store::elevations::end(tx, &id, &by, &at)? {
                        return Err(Error::conflict(format!(
                            "elevation {id} is {}: nothing to end",
                            status_at(&e, &at)
                        )));
                    }
                    format!(
                        "ended elevation {id} of {} in {}",
                        e.upn, e.customer_domain
                    )
                }
            };
            Ok(((), summary))
        },
    )?;
    let dry_run = ctx.opts.dry_run;
    let row = ctx.store.read(|tx| own(tx, &home, &id))?;
    Ok(view(row, &at, dry_run))
}

pub fn approve(ctx: &mut Ctx, id: &str) -> Result<ElevationView> {
    decide_on(ctx, id, Decision::Approve)
}

pub fn deny(ctx: &mut Ctx, id: &str, reason: &str) -> Result<ElevationView> {
    let reason = model::validate_identifier("--reason", reason.trim())?;
    decide_on(ctx, id, Decision::Deny(&reason))
}

pub fn end(ctx: &mut Ctx, id: &str) -> Result<ElevationView> {
    decide_on(ctx, id, Decision::End)
}
