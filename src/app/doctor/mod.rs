//! `doctor`: what is about to break, for what the signed-in user administers.

use std::collections::HashMap;

use serde::Serialize;

use super::audit::check_chain;
use super::Ctx;
use crate::authz::{
    self, Action, GrantFact, GrantSource, ObjectFacts, Principal, RelationshipStatus, Via,
};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, InviteStatus};
use crate::store::pending::PendingRow;
use crate::store::{
    self, assignments::AssignmentRow, invites::InviteRow, offers::OfferRow,
    relationships::RelationshipRow, tenants::TenantRow, Tx,
};

mod fix;
mod jit;
mod users;

/// How many relationships `doctor` reads at once (their rows, customers and assignments): one
/// page's rows are held, not every relationship of a partner with 100,000 customers.
const PAGE: usize = 1000;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

#[derive(Debug, Serialize)]
pub struct Finding {
    pub severity: Severity,
    pub code: &'static str,
    pub tenant: Option<String>,
    pub message: String,
    /// What the reader can do about it: a command it may run as it is (`partnerctl …`), else
    /// whom to ask for what (`ask …`); none when there is nothing for the reader to do. See
    /// `fix`.
    pub fix: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct DoctorView {
    pub errors: usize,
    pub warnings: usize,
    pub findings: Vec<Finding>,
}

/// `deep`: also the engine's check of every page of the store, which reads the whole
/// database whoever asks; only the operator (who answers for the whole store) may.
pub fn run(ctx: &mut Ctx, deep: bool) -> Result<DoctorView> {
    let (s, home) = ctx.begin_home("doctor", Action::TenantRead, None)?;
    let now = ctx.clock.now();
    let operator = crate::authz::sees_every_tenant(&s.principal);
    if deep && !operator {
        return Err(Error::denied(
            "permission denied: doctor --deep checks every page of the whole store, which is the operator's; run `partnerctl doctor` without --deep for what concerns your tenant",
            crate::authz::Reason::RoleInsufficient.id(),
        ));
    }
    // What the reader may do decides whether a fix is a command or whom to ask.
    let mut may = |action| -> Result<bool> {
        Ok(ctx.peek(&s, action, &home, ObjectFacts::default())?.allowed)
    };
    let reader = fix::Reader {
        tenant_id: home.id.clone(),
        may_invite: home.partner_id.is_some() && may(Action::InviteCreate)?,
        may_grant: home.partner_id.is_some() && may(Action::GrantManage)?,
        may_assign_roles: may(Action::UserAssignRole)?,
    };
    let mut findings = Vec::new();
    ctx.store.read(|tx| {
        // Relationships this user administers: as the partner, as the customer, or all of them
        // for the operator. Each is judged on its own: a pair may hold several. They are read
        // by id, a page at a time: only their ids are held for the whole walk.
        let mut ids: Vec<String> = if operator {
            let mut v = Vec::new();
            for t in store::tenants::list(tx)? {
                if t.partner_id.is_some() {
                    v.extend(store::relationships::ids_of_partner(tx, &t.id)?);
                }
            }
            v
        } else {
            let mut v = store::relationships::ids_of_customer(tx, &home.id)?;
            if home.partner_id.is_some() {
                v.extend(store::relationships::ids_of_partner(tx, &home.id)?);
            }
            v
        };
        ids.sort_unstable();
        ids.dedup();
        // Each partner's row, users and grants, and its pending invites, read once for all
        // its relationships.
        let mut partners: HashMap<String, TenantRow> = HashMap::new();
        let mut agents: HashMap<String, Vec<(Principal, Vec<GrantFact>)>> = HashMap::new();
        let mut memberships: HashMap<String, HashMap<String, std::collections::BTreeSet<String>>> =
            HashMap::new();
        let mut invites: HashMap<String, Vec<InviteRow>> = HashMap::new();
        for page in ids.chunks(PAGE) {
            let mut assignments: HashMap<String, Vec<AssignmentRow>> = HashMap::new();
            if !operator {
                for a in store::assignments::of_relationships_in(tx, page)? {
                    assignments.entry(a.relationship_id.clone()).or_default().push(a);
                }
            }
            for (r, customer) in store::relationships::with_customers_in(tx, page)? {
                let r = &r;
                let fact = super::facts::relationship(r)?;
                if fact.state(now) != RelationshipStatus::Active {
                    continue;
                }
                if !partners.contains_key(&r.partner_tenant_id) {
                    partners.insert(
                        r.partner_tenant_id.clone(),
                        store::tenants::by_id(tx, &r.partner_tenant_id)?,
                    );
                }
                let partner = &partners[&r.partner_tenant_id];
                let what = format!("{} → {}: {}", partner.domain, customer.domain, fix::label(r));
                if !invites.contains_key(&partner.id) {
                    invites.insert(partner.id.clone(), pending(tx, &partner.id, now)?);
                }
                let of_partner = &invites[&partner.id];
                // Besides one pending invite per customer domain, a partner holds one per
                // relationship being renewed: only a renewal of this very relationship is in the
                // way of its renewal.
                let pending = fix::Pending {
                    renewal: of_partner
                        .iter()
                        .find(|i| i.renews.as_deref() == Some(r.id.as_str())),
                };
                let pending_note = fix::pending_note(&reader, r, &pending);
                let blocked = r.auto_extend && r.access.contains(&DirectoryRole::GlobalAdmin);
                if blocked {
                    findings.push(Finding {
                        severity: Severity::Warning,
                        code: "auto-extend-blocked",
                        tenant: Some(customer.domain.clone()),
                        message: format!("{what}: auto-extend cannot apply to a relationship that delegates global-admin; it will lapse at its expiry unless renewed (the renewal keeps its access and duration, without auto-extend){pending_note}"),
                        fix: Some(fix::renew(&reader, partner, r, &pending)),
                    });
                }
                if let Some(end) = r.expires_at.as_deref().and_then(|e| crate::clock::parse_time(e).ok()) {
                    let renews = r.auto_extend && !blocked;
                    let left = end - now;
                    if !renews && left <= chrono::Duration::days(30) {
                        let (severity, window) = if left <= chrono::Duration::days(1) {
                            (Severity::Error, "1 day")
                        } else if left <= chrono::Duration::days(7) {
                            (Severity::Warning, "7 days")
                        } else {
                            (Severity::Info, "30 days")
                        };
                        findings.push(Finding {
                            severity,
                            code: "relationship-expiring",
                            tenant: Some(customer.domain.clone()),
                            message: format!("{what} expires within {window} ({}){pending_note}", fmt_time(end)),
                            fix: Some(fix::renew(&reader, partner, r, &pending)),
                        });
                    }
                }
                if !operator {
                    if !agents.contains_key(&partner.id) {
                        agents.insert(partner.id.clone(), super::facts::partner_agents(tx, partner)?);
                        memberships.insert(partner.id.clone(), super::facts::group_memberships(tx, partner)?);
                    }
                    let assignments = assignments.remove(&r.id).unwrap_or_default();
                    let groups = &memberships[&partner.id];
                    let facts_assignments: Vec<_> =
                        assignments.iter().map(super::facts::assignment).collect();
                    if let Some(f) = usable(
                        &agents[&partner.id],
                        groups,
                        &facts_assignments,
                        &reader,
                        partner,
                        &customer,
                        r,
                        now,
                    )? {
                        findings.push(f);
                    }
                    // An assignment to a group of the partner's own that has no member gives
                    // nobody anything.
                    for a in &assignments {
                        if crate::model::AgentRole::of_builtin_group(&a.group_name).is_some() {
                            continue;
                        }
                        if groups.values().any(|g| g.contains(&a.group_name)) {
                            continue;
                        }
                        findings.push(Finding {
                            severity: Severity::Warning,
                            code: "assignment-group-empty",
                            tenant: Some(customer.domain.clone()),
                            message: format!(
                                "{what}: the group {} it assigns [{}] to has no member",
                                a.group_name,
                                crate::model::roles_to_csv(&a.roles).replace(',', ", ")
                            ),
                            fix: fix::fill_group(&reader, partner, &a.group_name),
                        });
                    }
                }
            }
        }

        if home.partner_id.is_some() {
            findings.extend(jit::findings(tx, &reader, &home, now)?);
        }

        // Invites about to expire, for a partner: revoke each and issue it again with the same
        // terms (one pending invite per customer domain; a customer could otherwise accept
        // both where there is none).
        if home.partner_id.is_some() {
            for i in expiring_soon::<InviteRow>(tx, &home, now)? {
                findings.push(expiring_invite(tx, &reader, &home, &i)?);
            }
        }

        // Purchase offers about to expire, for a partner: the customer has 7 days or less
        // to accept; a new offer is made with `offers create` (prices from today's catalogue).
        if home.partner_id.is_some() {
            for o in expiring_soon::<OfferRow>(tx, &home, now)? {
                findings.push(Finding {
                    severity: Severity::Warning,
                    code: "offer-expiring",
                    tenant: o.customer_domain.clone(),
                    message: format!(
                        "offer {} for {} expires at {} and is still pending; remind the customer, or make a new offer when it has expired",
                        o.id,
                        o.customer_domain.as_deref().unwrap_or("any customer"),
                        o.expires_at
                    ),
                    fix: None,
                });
            }
        }

        // Who can sign in and act: single global admins, users without the MFA their tenant
        // requires.
        let tenants: Vec<TenantRow> = if operator { store::tenants::list(tx)? } else { vec![home.clone()] };
        findings.extend(users::findings(tx, &reader, &tenants, &s.principal.user_id)?);

        let integrity = if deep { store::integrity_check(tx)? } else { "ok".to_string() };
        if integrity != "ok" {
            findings.push(Finding {
                severity: Severity::Error,
                code: "database-integrity",
                tenant: None,
                message: format!("PRAGMA integrity_check: {integrity}"),
                fix: Some("restore the database from a backup".into()),
            });
        }
        // Rows that refer to a row that is not there: only a file edited with foreign keys
        // off holds one (migrations do not refuse such a store, so that this can name them).
        let (dangling, total) = if deep {
            store::dangling_references(tx, 5)?
        } else {
            (Vec::new(), 0)
        };
        if total > 0 {
            findings.push(Finding {
                severity: Severity::Error,
                code: "database-references",
                tenant: None,
                message: format!(
                    "{total} row(s) refer to rows that do not exist (the file was changed with foreign keys off): {}{}",
                    dangling.join("; "),
                    if total > dangling.len() { "; …" } else { "" }
                ),
                fix: Some("restore the database from a backup".into()),
            });
        }
        // The chain spans every tenant's entries and only a restore mends it: the operator's
        // (anyone else's plain doctor must not read the whole trail).
        let chain = if operator { Some(check_chain(tx, None)?) } else { None };
        if let Some(chain) = chain.filter(|c| !c.ok) {
            findings.push(Finding {
                severity: Severity::Error,
                code: "audit-chain",
                tenant: None,
                message: format!("the audit chain is broken: {}", chain.problem.unwrap_or_default()),
                fix: Some("partnerctl audit verify  # then restore the database from a backup".into()),
            });
        }
        Ok(())
    })?;
    if ctx.store.test_clock() {
        findings.push(Finding {
            severity: Severity::Info,
            code: "test-clock",
            tenant: None,
            message: "this is a test database (made by init --test-clock or demo): PARTNERCTL_NOW can set its clock; keep no real data in it".into(),
            fix: None,
        });
    }
    findings.sort_by(|a, b| (a.severity, &a.tenant, a.code).cmp(&(b.severity, &b.tenant, b.code)));
    Ok(DoctorView {
        errors: findings
            .iter()
            .filter(|f| f.severity == Severity::Error)
            .count(),
        warnings: findings
            .iter()
            .filter(|f| f.severity == Severity::Warning)
            .count(),
        findings,
    })
}

/// A partner's invites or offers that are pending (and not past their expiry).
fn pending<T: PendingRow>(
    tx: &Tx<'_>,
    partner_id: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<T>> {
    let now = fmt_time(now);
    Ok(store::pending::of_partner::<T>(tx, partner_id)?
        .into_iter()
        .filter(|i| i.pending().status_at_time(&now) == InviteStatus::Pending)
        .collect())
}

/// A partner's pending invites or offers within 7 days of their expiry.
fn expiring_soon<T: PendingRow>(
    tx: &Tx<'_>,
    home: &TenantRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<T>> {
    Ok(pending::<T>(tx, &home.id, now)?
        .into_iter()
        .filter(|i| {
            crate::clock::parse_time(i.pending().expires_at)
                .is_ok_and(|end| end - now <= chrono::Duration::days(7))
        })
        .collect())
}

/// A pending invite within 7 days of its expiry: the fix revokes it and issues it again with
/// the same terms; a renewal whose relationship has ended meanwhile is only to be revoked.
fn expiring_invite(
    tx: &Tx<'_>,
    reader: &fix::Reader,
    home: &TenantRow,
    i: &InviteRow,
) -> Result<Finding> {
    let revoke = format!("partnerctl invites revoke {}", i.id);
    let customer = i.customer_domain.as_deref().unwrap_or("any customer");
    let renewed = match &i.renews {
        None => None,
        Some(id) => Some(store::relationships::by_id(tx, id)?),
    };
    let head = format!(
        "invite {} for {customer} expires at {} and is still pending",
        i.id, i.expires_at
    );
    let (message, fix) = match renewed {
        Some(r) if r.as_ref().is_none_or(|r| r.status == RelationshipStatus::Terminated) => (
            format!(
                "{head}; the relationship {} it renews has ended, so it can no longer be accepted: revoke it",
                i.renews.as_deref().unwrap_or_default()
            ),
            fix::inviting(reader, home, revoke),
        ),
        renewed => {
            let what = match renewed.flatten() {
                Some(r) => format!(" (it renews {})", fix::label(&r)),
                None => String::new(),
            };
            (
                format!("{head}{what}; the fix revokes it and issues it again with the same terms (a partner holds one pending invite per customer domain), to be sent to the customer"),
                fix::inviting(reader, home, fix::reissue_command(i)),
            )
        }
    };
    Ok(Finding {
        severity: Severity::Warning,
        code: "invite-expiring",
        tenant: i.customer_domain.clone(),
        message,
        fix: Some(fix),
    })
}

/// An active relationship that no partner user can use (error), or that only the partner's
/// global admins can use because no grant or group assignment covers it (info).
#[allow(clippy::too_many_arguments)]
fn usable(
    agents: &[(Principal, Vec<GrantFact>)],
    groups: &std::collections::HashMap<String, std::collections::BTreeSet<String>>,
    assignments: &[crate::authz::AssignmentFact],
    reader: &fix::Reader,
    partner: &TenantRow,
    customer: &TenantRow,
    r: &RelationshipRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<Finding>> {
    let mut facts = super::facts::about(
        now,
        customer,
        vec![super::facts::relationship(r)?],
        Vec::new(),
        assignments.to_vec(),
        Default::default(),
    );
    let mut any = false;
    let mut by_grant = false;
    'users: for (p, grants) in agents {
        // Weighed as signed in with MFA: whoever lacks a required one has its own finding
        // (`mfa-not-enrolled`); this one is about grants and assignments.
        let p = &Principal {
            mfa: true,
            ..p.clone()
        };
        facts.grants.clone_from(grants);
        facts.groups = groups.get(&p.user_id).cloned().unwrap_or_default();
        for a in Action::ALL {
            let d = authz::decide(Some(p), *a, &facts);
            if d.allowed {
                any = true;
                by_grant |= matches!(
                    d.via,
                    Via::Delegated {
                        grant: GrantSource::Explicit { .. },
                        ..
                    } | Via::Assigned { .. }
                );
                if by_grant {
                    break 'users;
                }
                // One allowed action settles this user; the next may hold a grant.
                break;
            }
        }
    }
    let what = format!(
        "{} → {}: {}",
        partner.domain,
        customer.domain,
        fix::label(r)
    );
    Ok(if !any {
        Some(Finding {
            severity: Severity::Error,
            code: "relationship-unusable",
            tenant: Some(customer.domain.clone()),
            message: format!("{what}: no partner user can act through this relationship"),
            fix: fix::grant(reader, partner, customer, r, true),
        })
    } else if !by_grant {
        Some(Finding {
            severity: Severity::Info,
            code: "no-agent-grant",
            tenant: Some(customer.domain.clone()),
            message: format!("{what}: no grant covers this customer; only the partner's global admins can act in it"),
            fix: fix::grant(reader, partner, customer, r, false),
        })
    } else {
        None
    })
}
