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
mod overview;
pub use detail::{
    detail, is_partner_view, CustomerInfo, Detail, DomainLine, LicenseLine, Link, RelationshipInfo,
};
pub use overview::{overview, CustomerRow, Filters, LicenseCount};

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
