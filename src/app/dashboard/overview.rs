//! `dashboard` without a customer: the partner's overview, one row per customer this user
//! can reach (or could, were its expired relationships in force).

use super::*;

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

    const NOW: &str = "2027-01-01T00:00:00Z";

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
}
