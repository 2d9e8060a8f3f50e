//! The dashboard: the partner's overview of its customers, and one customer's detail with
//! links to manage it. Both sides (partner agents and the customer's own admins) see the same
//! facts, each filtered by what the permission core lets them read.

use std::collections::HashMap;

use serde::Serialize;

use super::health::{effective_health, HealthView};
use super::licenses::list_catalogue;
use super::requests::{request_view, RequestView};
use super::tenants::Contact;
use super::{Ctx, Scope};
use crate::authz::{self, Action, ObjectFacts, RelationshipStatus};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, HealthStatus};
use crate::store;

#[derive(Debug, Serialize)]
pub struct LicenseCount {
    pub assigned: i64,
    pub valid: i64,
}

#[derive(Debug, Serialize)]
pub struct CustomerRow {
    pub domain: String,
    pub name: String,
    pub relationship_id: String,
    pub status: RelationshipStatus,
    pub access: Vec<DirectoryRole>,
    pub expires_at: Option<String>,
    /// The worst effective service health.
    pub health: HealthStatus,
    pub open_service_requests: i64,
    /// Null when this user may not read the customer's licenses (`license.read`).
    pub licenses: Option<LicenseCount>,
    /// Null when this user may not read the customer's domains (`domain.read`).
    pub domains: Option<i64>,
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

/// One row per customer of the user's partner tenant that this user can reach.
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
    let now = ctx.clock.now();
    let horizon = f
        .expiring_within
        .map(|d| now + chrono::Duration::from_std(d).unwrap_or(chrono::Duration::MAX));
    let needle = f.search.as_deref().map(str::to_lowercase);
    ctx.store.read(|tx| {
        let grants: Vec<_> = store::grants::of_user(tx, &s.principal.user_id)?
            .iter()
            .map(super::facts::grant)
            .collect();
        let aggregates = store::dashboard::for_partner(tx, &home.id)?;
        let health_rows = store::health::all(tx)?;
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
            let facts = super::facts::about(
                now,
                &customer,
                rels.iter()
                    .map(super::facts::relationship)
                    .collect::<Result<_>>()?,
                grants.clone(),
            );
            if !authz::decide(Some(&s.principal), Action::TenantRead, &facts).allowed {
                continue;
            }
            // A customer the core lets this user read has an active relationship.
            let Some(rel) = rels
                .iter()
                .zip(&facts.relationships)
                .find(|(_, f)| f.state(now) == RelationshipStatus::Active)
            else {
                continue;
            };
            let expiry = rel.1.effective_expiry(now);
            if let Some(h) = horizon {
                if expiry.is_none_or(|e| e > h) {
                    continue;
                }
            }
            if let Some(n) = &needle {
                if !customer.name.to_lowercase().contains(n) && !customer.domain.contains(n) {
                    continue;
                }
            }
            let health = effective_health(&health_rows, &customer.id)
                .iter()
                .map(|h| h.status)
                .max()
                .unwrap_or(HealthStatus::Operational);
            if f.health.is_some_and(|w| w != health) {
                continue;
            }
            let a = aggregates.get(&customer.id).cloned().unwrap_or_default();
            // The row shows what the detail view would: counts this user may not read stay out.
            let may = |a: Action| authz::decide(Some(&s.principal), a, &facts).allowed;
            rows.push(CustomerRow {
                domain: customer.domain.clone(),
                name: customer.name.clone(),
                relationship_id: rel.0.id.clone(),
                status: RelationshipStatus::Active,
                access: rel.0.access.iter().copied().collect(),
                expires_at: expiry.map(fmt_time),
                health,
                open_service_requests: a.open_requests,
                licenses: may(Action::LicenseRead).then_some(LicenseCount {
                    assigned: a.assigned_units,
                    valid: a.valid_units,
                }),
                domains: may(Action::DomainRead).then_some(a.domains),
            });
        }
        rows.sort_by_cached_key(|r| (r.name.to_lowercase(), r.domain.clone()));
        Ok(Overview {
            partner: home.domain.clone(),
            customers: rows,
        })
    })
}

#[derive(Debug, Serialize)]
pub struct CustomerInfo {
    pub name: String,
    pub domain: String,
    pub contact: Contact,
}

#[derive(Debug, Serialize)]
pub struct LicenseLine {
    pub sku: String,
    pub name: String,
    pub assigned: i64,
    pub valid: i64,
}

#[derive(Debug, Serialize)]
pub struct DomainLine {
    pub name: String,
    pub status: crate::model::DomainStatus,
    pub capabilities: Vec<String>,
}

#[derive(Debug, Serialize)]
pub struct Link {
    pub area: &'static str,
    pub command: String,
    pub action: Action,
    pub allowed: bool,
    pub reason: String,
}

#[derive(Debug, Serialize)]
pub struct RelationshipInfo {
    pub relationship_id: String,
    pub status: RelationshipStatus,
    pub access: Vec<DirectoryRole>,
    pub since: String,
    pub expires_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Detail {
    pub customer: CustomerInfo,
    /// The viewer's relationship with the customer, when viewing as a partner.
    pub relationship: Option<RelationshipInfo>,
    pub health: Vec<HealthView>,
    pub service_requests: Vec<RequestView>,
    pub licenses: Vec<LicenseLine>,
    pub domains: Vec<DomainLine>,
    pub links: Vec<Link>,
    /// Sections left empty because this user may not read them.
    pub restricted: Vec<&'static str>,
}

/// The admin areas of a tenant: the command that opens each, and the action it needs.
const AREAS: &[(&str, &str, Action)] = &[
    ("users", "users list", Action::UserRead),
    ("licenses", "licenses list", Action::LicenseRead),
    ("domains", "domains list", Action::DomainRead),
    ("health", "health", Action::HealthRead),
    (
        "service requests",
        "requests list",
        Action::ServiceRequestRead,
    ),
    ("partners", "partners list", Action::PartnerRead),
    ("audit", "audit list", Action::AuditRead),
];

/// One customer's detail, for a partner user (`dashboard CUSTOMER`) or the tenant's own admins
/// (`dashboard --tenant self`).
pub fn detail(ctx: &mut Ctx, customer: Option<&str>) -> Result<Detail> {
    let scope = match (customer, &ctx.opts.tenant) {
        (Some(_), Some(_)) => {
            return Err(Error::invalid(
                "--tenant: the customer is already named by CUSTOMER; give it once",
            ))
        }
        (Some(c), None) => Scope::Named {
            what: "CUSTOMER",
            key: c,
        },
        (None, _) => Scope::Target,
    };
    // The customer's domain names the object; the decision and every section of the detail
    // come from one snapshot.
    let (s, target) = ctx.locate(scope)?.parts();
    let now = ctx.clock.now();
    let domain = target.domain.clone();
    ctx.view(&s, Action::TenantRead, &target, Some(&domain), |tx| {
        let facts = super::facts::load(tx, &s.principal, &target, ObjectFacts::default(), now)?;
        let may = |a: Action| authz::decide(Some(&s.principal), a, &facts);
        let mut restricted = Vec::new();
        let mut gate = |area: &'static str, a: Action| {
            let ok = may(a).allowed;
            if !ok {
                restricted.push(area);
            }
            ok
        };
        let health = if gate("health", Action::HealthRead) {
            effective_health(&store::health::for_tenant(tx, &target.id)?, &target.id)
        } else {
            Vec::new()
        };
        let service_requests = if gate("service_requests", Action::ServiceRequestRead) {
            store::requests::list(tx, &target.id)?
                .iter()
                .map(request_view)
                .collect()
        } else {
            Vec::new()
        };
        let licenses = if gate("licenses", Action::LicenseRead) {
            let names: HashMap<String, String> = list_catalogue()?
                .into_iter()
                .map(|k| (k.sku, k.name))
                .collect();
            store::licenses::list(tx, &target.id)?
                .into_iter()
                .map(|l| LicenseLine {
                    name: names.get(&l.sku).cloned().unwrap_or_else(|| l.sku.clone()),
                    sku: l.sku,
                    assigned: l.assigned_units,
                    valid: l.valid_units,
                })
                .collect()
        } else {
            Vec::new()
        };
        let domains = if gate("domains", Action::DomainRead) {
            store::domains::list(tx, &target.id)?
                .into_iter()
                .map(|d| DomainLine {
                    name: d.name,
                    status: d.status,
                    capabilities: d.capabilities,
                })
                .collect()
        } else {
            Vec::new()
        };
        let suffix = if target.id == s.principal.tenant_id {
            String::new()
        } else {
            format!(" --tenant {}", target.domain)
        };
        let links = AREAS
            .iter()
            .map(|(area, cmd, action)| {
                let d = may(*action);
                Link {
                    area,
                    command: format!("partnerctl {cmd}{suffix}"),
                    action: *action,
                    allowed: d.allowed,
                    reason: d.reason.id().to_string(),
                }
            })
            .collect();
        let relationship = match facts
            .relationships
            .iter()
            .find(|r| r.state(now) == RelationshipStatus::Active)
            .or(facts.relationships.first())
        {
            None => None,
            Some(r) => Some(RelationshipInfo {
                relationship_id: r.id.clone(),
                status: r.state(now),
                access: r.access.iter().copied().collect(),
                since: store::relationships::by_id(tx, &r.id)?
                    .map(|row| row.accepted_at)
                    .unwrap_or_default(),
                expires_at: r.effective_expiry(now).map(fmt_time),
            }),
        };
        Ok(Detail {
            customer: CustomerInfo {
                name: target.name.clone(),
                domain: target.domain.clone(),
                contact: Contact {
                    email: target.email.clone(),
                    phone: target.phone.clone(),
                    address: target.address.clone(),
                },
            },
            relationship,
            health,
            service_requests,
            licenses,
            domains,
            links,
            restricted,
        })
    })
}

/// `dashboard` without a customer: the overview for partner users, else the own tenant's
/// detail (a customer's admins see what their partners see).
pub fn is_partner_view(ctx: &mut Ctx) -> Result<bool> {
    let s = ctx.session()?;
    Ok(ctx.opts.tenant.is_none() && s.tenant.partner_id.is_some())
}
