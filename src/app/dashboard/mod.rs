//! The dashboard: the partner's overview of its customers, and one customer's detail with
//! links to manage it. Both sides (partner agents and the customer's own admins) see the same
//! facts, each filtered by what the permission core lets them read.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Utc};

use serde::Serialize;

use super::health::{effective_health, HealthView};
use super::licenses::list_catalogue;
use super::requests::{request_view, RequestView};
use super::tenants::Contact;
use super::{Ctx, Scope};
use crate::authz::{
    self, Action, Facts, ObjectFacts, Principal, RelationshipFact, RelationshipStatus,
};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, HealthStatus};
use crate::store;

mod detail;
pub use detail::{
    detail, is_partner_view, CustomerInfo, Detail, DomainLine, LicenseLine, Link, RelationshipInfo,
};

#[derive(Debug, Serialize)]
pub struct LicenseCount {
    pub assigned: i64,
    pub valid: i64,
}

#[derive(Debug, Serialize)]
pub struct CustomerRow {
    pub domain: String,
    pub name: String,
    /// The relationship the status and expiry come from (see [`combine`]).
    pub relationship_id: String,
    /// `active` when any relationship is, else `expired`.
    pub status: RelationshipStatus,
    /// The roles held now: the union over the active relationships (empty when none is).
    pub access: Vec<DirectoryRole>,
    pub expires_at: Option<String>,
    /// The worst effective service health; null when this user may not read it
    /// (`health.read`, e.g. every relationship expired).
    pub health: Option<HealthStatus>,
    /// Null when this user may not read the customer's requests (`service-request.read`).
    pub open_service_requests: Option<i64>,
    /// Null when this user may not read the customer's licenses (`license.read`).
    pub licenses: Option<LicenseCount>,
    /// Null when this user may not read the customer's domains (`domain.read`).
    pub domains: Option<i64>,
    /// The partner's relationships with the customer that are not terminated, oldest first.
    pub relationships: Vec<RelationshipLine>,
    /// The partner's pending purchase offers to the customer's domain; null when this user
    /// may not read offers (`offer.read`).
    pub pending_offers: Option<usize>,
}

/// A pending purchase offer, as the dashboard lists it.
#[derive(Debug, Serialize)]
pub struct OfferLine {
    pub id: String,
    /// The total of its items at the prices frozen when it was made.
    pub total: String,
    pub delegated_admin: bool,
    pub expires_at: String,
}

/// The partner's pending, unexpired offers by customer domain.
fn pending_offers(
    tx: &store::Tx<'_>,
    partner_id: &str,
    now: &str,
) -> Result<HashMap<String, Vec<OfferLine>>> {
    let mut out: HashMap<String, Vec<OfferLine>> = HashMap::new();
    for o in store::offers::of_partner(tx, partner_id)? {
        if o.status_at_time(now) != crate::model::InviteStatus::Pending {
            continue;
        }
        let Some(domain) = o.customer_domain.clone() else {
            continue;
        };
        out.entry(domain).or_default().push(OfferLine {
            id: o.id.clone(),
            total: crate::app::offers::money(o.total_cents),
            delegated_admin: o.delegated,
            expires_at: o.expires_at.clone(),
        });
    }
    Ok(out)
}

/// One of a partner's relationships with a customer, as both dashboard views list it.
#[derive(Debug, Serialize)]
pub struct RelationshipLine {
    pub id: String,
    pub name: String,
    /// The state in force now (`active` or `expired`).
    pub status: RelationshipStatus,
    pub access: Vec<DirectoryRole>,
    pub since: String,
    /// The expiry in force now (auto-extension counted); null: never.
    pub expires_at: Option<String>,
    /// The groups this relationship assigns roles, and the roles.
    pub assignments: Vec<crate::app::relationships::AssignmentView>,
}

#[derive(Debug, Serialize)]
pub struct Overview {
    pub partner: String,
    pub customers: Vec<CustomerRow>,
}

pub struct Filters {
    pub health: Option<HealthStatus>,
    pub expiring_within: Option<std::time::Duration>,
    pub search: Option<String>,
}

/// The combined state of a partner's relationships with one customer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Combined {
    status: RelationshipStatus,
    expiry: Option<DateTime<Utc>>,
    /// The index of the relationship the status and expiry come from.
    lead: usize,
}

/// `active` when any relationship is active, with the earliest expiry among the active ones
/// (none only when no active one expires); else `expired` when any expired, with the latest
/// expiry; `None` when every one was terminated. Ties go to the first in `rels` (oldest first).
fn combine(rels: &[RelationshipFact], now: DateTime<Utc>) -> Option<Combined> {
    let states: Vec<(usize, RelationshipStatus, Option<DateTime<Utc>>)> = rels
        .iter()
        .enumerate()
        .map(|(i, r)| (i, r.state(now), r.effective_expiry(now)))
        .collect();
    let of = |want: RelationshipStatus| states.iter().filter(move |(_, s, _)| *s == want);
    let pick =
        |(i, status, expiry): &(usize, RelationshipStatus, Option<DateTime<Utc>>)| Combined {
            status: *status,
            expiry: *expiry,
            lead: *i,
        };
    of(RelationshipStatus::Active)
        .min_by_key(|(i, _, e)| (e.is_none(), *e, *i))
        .or_else(|| {
            of(RelationshipStatus::Expired).max_by_key(|(i, _, e)| (*e, std::cmp::Reverse(*i)))
        })
        .map(pick)
}

/// The relationships that are not terminated, as listed; `rels` and `facts` pair up.
fn lines(
    rels: &[store::relationships::RelationshipRow],
    facts: &[RelationshipFact],
    assignments: &[crate::authz::AssignmentFact],
    now: DateTime<Utc>,
) -> Vec<RelationshipLine> {
    rels.iter()
        .zip(facts)
        .filter(|(_, f)| f.state(now) != RelationshipStatus::Terminated)
        .map(|(r, f)| RelationshipLine {
            id: r.id.clone(),
            name: r.name.clone(),
            status: f.state(now),
            access: r.access.iter().copied().collect(),
            since: r.accepted_at.clone(),
            expires_at: f.effective_expiry(now).map(fmt_time),
            assignments: assignments
                .iter()
                .filter(|a| a.relationship_id == r.id)
                .map(|a| crate::app::relationships::AssignmentView {
                    group: a.group.clone(),
                    roles: a.roles.iter().copied().collect(),
                })
                .collect(),
        })
        .collect()
}

/// Whether this user would reach the customer were its relationships that are not terminated
/// in force: who sees an expired customer on the overview. The permission core answers, as
/// for an active one: an agent whose grants do not cover the customer, or a sales agent, does
/// not see it.
fn reachable_if_in_force(p: &Principal, facts: &Facts) -> bool {
    let mut f = facts.clone();
    for r in &mut f.relationships {
        if r.status != RelationshipStatus::Terminated {
            r.status = RelationshipStatus::Active;
            r.expires_at = None;
        }
    }
    authz::decide(Some(p), Action::TenantRead, &f).allowed
}

/// The health table indexed by tenant, so that the worst status of each of many customers is
/// found without scanning every tenant's overrides for each.
struct Health {
    global: Vec<store::health::HealthRow>,
    /// The worst status with the global rows alone: a customer without overrides of its own.
    global_worst: HealthStatus,
    overrides: HashMap<String, Vec<store::health::HealthRow>>,
}

impl Health {
    fn index(rows: Vec<store::health::HealthRow>) -> Health {
        let (global, own): (Vec<_>, Vec<_>) = rows.into_iter().partition(|r| r.tenant_id.is_none());
        let mut overrides: HashMap<String, Vec<_>> = HashMap::new();
        for r in own {
            overrides
                .entry(r.tenant_id.clone().unwrap_or_default())
                .or_default()
                .push(r);
        }
        Health {
            global_worst: worst(&global, ""),
            global,
            overrides,
        }
    }

    /// The worst effective service health of one tenant.
    fn worst(&self, tenant_id: &str) -> HealthStatus {
        match self.overrides.get(tenant_id) {
            None => self.global_worst,
            Some(own) => {
                let mut rows = own.clone();
                rows.extend(self.global.iter().cloned());
                worst(&rows, tenant_id)
            }
        }
    }
}

fn worst(rows: &[store::health::HealthRow], tenant_id: &str) -> HealthStatus {
    effective_health(rows, tenant_id)
        .iter()
        .map(|h| h.status)
        .max()
        .unwrap_or(HealthStatus::Operational)
}

/// One row per customer of the user's partner tenant that this user can reach, or could
/// reach were its expired relationships in force (README "Dashboard").
pub fn overview(ctx: &mut Ctx, f: &Filters) -> Result<Overview> {
    // Always the caller's own tenant, not a `Scope`: `dashboard` comes here only without
    // --tenant, and `demo` shows the overview whatever its global flags say (`Scope::Home`
    // would refuse a --tenant there).
    let s = ctx.session()?;
    let home = s.tenant.clone();
    ctx.authorize(
        &s,
        Action::CustomerRead,
        &home,
        ObjectFacts::default(),
        None,
    )?;
    let offers_visible = ctx
        .peek(&s, Action::OfferRead, &home, ObjectFacts::default())?
        .allowed;
    let now = ctx.clock.now();
    let horizon = f
        .expiring_within
        .map(|d| now + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX));
    let needle = f.search.as_deref().map(str::to_lowercase);
    ctx.store.read(|tx| {
        let grants: Vec<_> = store::grants::of_user(tx, &s.principal.user_id)?
            .iter()
            .map(crate::app::facts::grant)
            .collect();
        let aggregates = store::dashboard::for_partner(tx, &home.id)?;
        let offers = if offers_visible {
            Some(pending_offers(tx, &home.id, &fmt_time(now))?)
        } else {
            None
        };
        let health_of = Health::index(store::health::all(tx)?);
        // Access assignments on the partner's relationships, and this user's own groups.
        let mut assigned: HashMap<String, Vec<crate::authz::AssignmentFact>> = HashMap::new();
        for a in store::assignments::of_partner(tx, &home.id)? {
            assigned
                .entry(a.relationship_id.clone())
                .or_default()
                .push(crate::app::facts::assignment(&a));
        }
        let my_groups: std::collections::BTreeSet<String> =
            store::groups::names_of_member(tx, &s.principal.user_id)?
                .into_iter()
                .collect();
        // Oldest first within each customer (`of_partner`'s order).
        let mut by_customer: HashMap<String, Vec<store::relationships::RelationshipRow>> =
            HashMap::new();
        for r in store::relationships::of_partner(tx, &home.id)? {
            by_customer
                .entry(r.customer_tenant_id.clone())
                .or_default()
                .push(r);
        }
        let mut customers = store::tenants::customers_of(tx, &home.id)?;
        let mut rows = Vec::new();
        for (customer_id, rels) in by_customer {
            let Some(customer) = customers.remove(&customer_id) else {
                continue;
            };
            let facts = crate::app::facts::about(
                now,
                &customer,
                rels.iter()
                    .map(crate::app::facts::relationship)
                    .collect::<Result<_>>()?,
                grants.clone(),
                rels.iter()
                    .flat_map(|r| assigned.get(&r.id).cloned().unwrap_or_default())
                    .collect(),
                my_groups.clone(),
            );
            // Only terminated relationships: not a customer any more.
            let Some(combined) = combine(&facts.relationships, now) else {
                continue;
            };
            let may = |a: Action| authz::decide(Some(&s.principal), a, &facts).allowed;
            let visible = match combined.status {
                RelationshipStatus::Active => may(Action::TenantRead),
                _ => reachable_if_in_force(&s.principal, &facts),
            };
            if !visible {
                continue;
            }
            // An expired customer needs attention: its past expiry is within any span.
            if let Some(h) = horizon {
                if combined.expiry.is_none_or(|e| e > h) {
                    continue;
                }
            }
            if let Some(n) = &needle {
                if !customer.name.to_lowercase().contains(n) && !customer.domain.contains(n) {
                    continue;
                }
            }
            // The row shows what the detail view would: what this user may not read (all of
            // it, once every relationship expired) stays out.
            let health = may(Action::HealthRead).then(|| health_of.worst(&customer.id));
            if f.health.is_some_and(|w| Some(w) != health) {
                continue;
            }
            let a = aggregates.get(&customer.id).cloned().unwrap_or_default();
            let access: BTreeSet<DirectoryRole> = facts
                .relationships
                .iter()
                .filter(|r| r.state(now) == RelationshipStatus::Active)
                .flat_map(|r| r.access.iter().copied())
                .collect();
            rows.push(CustomerRow {
                domain: customer.domain.clone(),
                name: customer.name.clone(),
                relationship_id: rels[combined.lead].id.clone(),
                status: combined.status,
                access: access.into_iter().collect(),
                expires_at: combined.expiry.map(fmt_time),
                health,
                open_service_requests: may(Action::ServiceRequestRead).then_some(a.open_requests),
                licenses: may(Action::LicenseRead).then_some(LicenseCount {
                    assigned: a.assigned_units,
                    valid: a.valid_units,
                }),
                domains: may(Action::DomainRead).then_some(a.domains),
                relationships: lines(&rels, &facts.relationships, &facts.assignments, now),
                pending_offers: offers
                    .as_ref()
                    .map(|o| o.get(&customer.domain).map_or(0, Vec::len)),
            });
        }
        rows.sort_by_cached_key(|r| (r.name.to_lowercase(), r.domain.clone()));
        Ok(Overview {
            partner: home.domain.clone(),
            customers: rows,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::clock::parse_time;
    use RelationshipStatus::{Active, Expired, Terminated};

    const NOW: &str = "2027-01-01T00:00:00Z";

    fn rel(status: RelationshipStatus, expires_at: Option<&str>) -> RelationshipFact {
        RelationshipFact {
            id: String::new(),
            partner_tenant_id: "p".into(),
            customer_tenant_id: "c".into(),
            status,
            access: BTreeSet::new(),
            expires_at: expires_at.map(|t| parse_time(t).unwrap()),
            auto_extend: false,
        }
    }

    fn at(t: &str) -> DateTime<Utc> {
        parse_time(t).unwrap()
    }

    fn health(service: &str, tenant: Option<&str>, status: &str) -> store::health::HealthRow {
        store::health::HealthRow {
            service: service.into(),
            tenant_id: tenant.map(Into::into),
            status: status.into(),
            message: None,
            updated_at: NOW.into(),
        }
    }

    #[test]
    fn a_tenants_own_status_overrides_the_global_one_in_the_worst_health() {
        let h = Health::index(vec![
            health("teams", None, "degraded"),
            health("sharepoint", None, "advisory"),
            health("teams", Some("a"), "operational"),
            health("exchange", Some("b"), "interrupted"),
        ]);
        assert_eq!(h.worst("a"), HealthStatus::Advisory);
        assert_eq!(h.worst("b"), HealthStatus::Interrupted);
        assert_eq!(h.worst("c"), HealthStatus::Degraded);
        assert_eq!(
            Health::index(Vec::new()).worst("c"),
            HealthStatus::Operational
        );
    }

    #[test]
    fn active_wins_with_the_earliest_expiry_never_only_when_none_expires() {
        let now = at(NOW);
        let rels = [
            rel(Active, None),
            rel(Active, Some("2027-06-01T00:00:00Z")),
            rel(Active, Some("2027-03-01T00:00:00Z")),
            rel(Active, Some("2026-12-01T00:00:00Z")), // expired by the clock
        ];
        let c = combine(&rels, now).unwrap();
        assert_eq!(c.status, Active);
        assert_eq!(c.expiry, Some(at("2027-03-01T00:00:00Z")));
        assert_eq!(c.lead, 2);
        let c = combine(&[rel(Active, None), rel(Active, None)], now).unwrap();
        assert_eq!((c.status, c.expiry, c.lead), (Active, None, 0));
    }

    #[test]
    fn else_expired_with_the_latest_past_expiry_and_terminated_alone_is_nothing() {
        let now = at(NOW);
        let rels = [
            rel(Terminated, None),
            rel(Active, Some("2026-11-01T00:00:00Z")),
            rel(Expired, Some("2026-12-01T00:00:00Z")),
            rel(Active, Some("2026-12-01T00:00:00Z")),
        ];
        let c = combine(&rels, now).unwrap();
        assert_eq!(c.status, Expired);
        assert_eq!(c.expiry, Some(at("2026-12-01T00:00:00Z")));
        assert_eq!(c.lead, 2, "ties go to the oldest");
        assert_eq!(combine(&[rel(Terminated, None)], now), None);
        assert_eq!(combine(&[], now), None);
    }
}
