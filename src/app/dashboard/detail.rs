//! `dashboard CUSTOMER`: one customer's contact details, health, requests, licenses,
//! domains and relationships, and the links to manage it, each allowed or not for the reader.

use super::*;

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
    /// When viewing as a partner: the relationship the overview's status and expiry come from
    /// (the active one that expires first).
    pub relationship: Option<RelationshipInfo>,
    /// When viewing as a partner: its relationships with the customer that are not
    /// terminated, oldest first (empty for the customer's own admins).
    pub relationships: Vec<RelationshipLine>,
    pub health: Vec<HealthView>,
    pub service_requests: Vec<RequestView>,
    pub licenses: Vec<LicenseLine>,
    pub domains: Vec<DomainLine>,
    pub links: Vec<Link>,
    /// When viewing as a partner that may read offers: its pending purchase offers to this
    /// customer's domain.
    pub pending_offers: Vec<OfferLine>,
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
    let home = s.tenant.clone();
    let offers_visible = home.id != target.id
        && ctx
            .peek(&s, Action::OfferRead, &home, ObjectFacts::default())?
            .allowed;
    ctx.view(&s, Action::TenantRead, &target, Some(&domain), |tx| {
        let facts =
            crate::app::facts::load(tx, &s.principal, &target, ObjectFacts::default(), now)?;
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
        // One read for every relationship of the pair, oldest first; the core's facts came
        // from the same snapshot.
        let mut rels = if facts.relationships.is_empty() {
            Vec::new()
        } else {
            store::relationships::between(tx, &s.principal.tenant_id, &target.id)?
        };
        rels.sort_by(|a, b| (&a.accepted_at, &a.id).cmp(&(&b.accepted_at, &b.id)));
        let rel_facts = rels
            .iter()
            .map(crate::app::facts::relationship)
            .collect::<Result<Vec<_>>>()?;
        let relationship = combine(&rel_facts, now).map(|c| {
            let (r, f) = (&rels[c.lead], &rel_facts[c.lead]);
            RelationshipInfo {
                relationship_id: r.id.clone(),
                status: f.state(now),
                access: r.access.iter().copied().collect(),
                since: r.accepted_at.clone(),
                expires_at: c.expiry.map(fmt_time),
            }
        });
        let relationships = lines(&rels, &rel_facts, &facts.assignments, now);
        let pending_offers = if offers_visible {
            pending_offers(tx, &home.id, &fmt_time(now))?
                .remove(&target.domain)
                .unwrap_or_default()
        } else {
            Vec::new()
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
            relationships,
            health,
            service_requests,
            licenses,
            domains,
            links,
            pending_offers,
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
