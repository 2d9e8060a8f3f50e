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

/// What the overview knows once per partner and reuses for every customer: the caller's
/// grants and groups in one `Facts` whose customer parts are replaced row by row, the
/// assignments on the partner's relationships, its pending offers and the health table.
struct PerPartner<'a> {
    principal: &'a Principal,
    now: DateTime<Utc>,
    horizon: Option<DateTime<Utc>>,
    needle: Option<String>,
    health_filter: Option<HealthStatus>,
    facts: Facts,
    assigned: HashMap<String, Vec<crate::authz::AssignmentFact>>,
    offers: Option<HashMap<String, usize>>,
    health: Health,
}

impl PerPartner<'_> {
    /// The customer's row, when this user sees it and it passes the filters.
    fn row(
        &mut self,
        customer: &store::tenants::TenantRow,
        rels: &[store::relationships::RelationshipRow],
        a: &store::dashboard::Aggregates,
    ) -> Result<Option<CustomerRow>> {
        let now = self.now;
        self.facts.target = crate::app::facts::target(customer);
        self.facts.relationships = rels
            .iter()
            .map(crate::app::facts::relationship)
            .collect::<Result<_>>()?;
        self.facts.assignments = rels
            .iter()
            .flat_map(|r| self.assigned.get(&r.id).into_iter().flatten().cloned())
            .collect();
        let facts = &self.facts;
        // Only terminated relationships: not a customer any more.
        let Some(combined) = combine(&facts.relationships, now) else {
            return Ok(None);
        };
        let may = |a: Action| authz::decide(Some(self.principal), a, facts).allowed;
        let visible = match combined.status {
            RelationshipStatus::Active => may(Action::TenantRead),
            _ => reachable_if_in_force(self.principal, facts),
        };
        if !visible {
            return Ok(None);
        }
        // An expired customer needs attention: its past expiry is within any span.
        if let Some(h) = self.horizon {
            if combined.expiry.is_none_or(|e| e > h) {
                return Ok(None);
            }
        }
        if let Some(n) = &self.needle {
            if !customer.name.to_lowercase().contains(n) && !customer.domain.contains(n) {
                return Ok(None);
            }
        }
        // The row shows what the detail view would: what this user may not read (all of
        // it, once every relationship expired) stays out.
        let health = may(Action::HealthRead).then(|| self.health.worst(&customer.id));
        if self.health_filter.is_some_and(|w| Some(w) != health) {
            return Ok(None);
        }
        let access: BTreeSet<DirectoryRole> = facts
            .relationships
            .iter()
            .filter(|r| r.state(now) == RelationshipStatus::Active)
            .flat_map(|r| r.access.iter().copied())
            .collect();
        Ok(Some(CustomerRow {
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
            relationships: lines(rels, &facts.relationships, &facts.assignments, now),
            pending_offers: self
                .offers
                .as_ref()
                .map(|o| o.get(&customer.domain).copied().unwrap_or(0)),
        }))
    }
}

/// The overview's order: by lowercased name, then domain.
fn order_key(r: &CustomerRow) -> (String, String) {
    (r.name.to_lowercase(), r.domain.clone())
}

/// One row per customer of the user's partner tenant that this user can reach, or could
/// reach were its expired relationships in force (README "Dashboard"), in the order of name
/// and domain. `show` gets the partner's domain and the rows, streamed from one query inside
/// the read transaction that holds the decision to show them.
pub fn overview<T>(
    ctx: &mut Ctx,
    f: &Filters,
    show: impl FnOnce(&str, &mut crate::app::Rows<'_, CustomerRow>) -> Result<T>,
) -> Result<T> {
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
    ctx.view(&s, Action::CustomerRead, &home, None, |tx| {
        let grants: Vec<_> = store::grants::of_user(tx, &s.principal.user_id)?
            .iter()
            .map(crate::app::facts::grant)
            .collect();
        let offers = if offers_visible {
            Some(
                pending_offers(tx, &home.id, &fmt_time(now))?
                    .into_iter()
                    .map(|(domain, o)| (domain, o.len()))
                    .collect(),
            )
        } else {
            None
        };
        let health = Health::index(store::health::all(tx)?);
        // A health filter that the global entries alone do not meet can only be met by a
        // customer with entries of its own.
        let own_health = f.health.is_some_and(|w| w != health.global_worst);
        // Stored ends compare as text: only where they are written as `fmt_time` writes any
        // time of years 0 to 9999.
        let ending_by = horizon
            .map(fmt_time)
            .filter(|h| h.len() == "2027-01-01T00:00:00Z".len());
        let narrowing = store::dashboard::Narrowing {
            search: needle.as_deref(),
            own_health,
            ending_by: ending_by.as_deref(),
        };
        // Access assignments on the partner's relationships, and this user's own groups.
        let mut assigned: HashMap<String, Vec<crate::authz::AssignmentFact>> = HashMap::new();
        for a in store::dashboard::assignments(tx, &home.id, &narrowing)? {
            assigned
                .entry(a.relationship_id.clone())
                .or_default()
                .push(crate::app::facts::assignment(&a));
        }
        let my_groups: BTreeSet<String> = store::groups::names_of_member(tx, &s.principal.user_id)?
            .into_iter()
            .collect();
        let mut per = PerPartner {
            principal: &s.principal,
            now,
            horizon,
            needle: needle.clone(),
            health_filter: f.health,
            facts: crate::app::facts::about(now, &home, Vec::new(), grants, Vec::new(), my_groups),
            assigned,
            offers,
            health,
        };
        let mut rows = crate::app::Rows::new(|emit: &mut dyn FnMut(CustomerRow) -> Result<()>| {
            // Names that are not plain ASCII come first, in the query's order; they are held
            // and sorted here, then merged into the plain ones as those stream past.
            let mut held: Vec<((String, String), CustomerRow)> = Vec::new();
            let mut held_sorted = false;
            let mut next_held = 0;
            let mut group: Vec<store::relationships::RelationshipRow> = Vec::new();
            let mut current: Option<(store::tenants::TenantRow, store::dashboard::Aggregates)> =
                None;
            let mut flush = |customer: &store::tenants::TenantRow,
                             a: &store::dashboard::Aggregates,
                             rels: &[store::relationships::RelationshipRow],
                             held: &mut Vec<((String, String), CustomerRow)>,
                             held_sorted: &mut bool,
                             next_held: &mut usize|
             -> Result<()> {
                let Some(row) = per.row(customer, rels, a)? else {
                    return Ok(());
                };
                let key = order_key(&row);
                if !a.plain_name {
                    held.push((key, row));
                    return Ok(());
                }
                if !*held_sorted {
                    held.sort_by(|x, y| x.0.cmp(&y.0));
                    *held_sorted = true;
                }
                while *next_held < held.len() && held[*next_held].0 < key {
                    let r = std::mem::replace(&mut held[*next_held].1, placeholder());
                    *next_held += 1;
                    emit(r)?;
                }
                emit(row)
            };
            store::dashboard::overview(tx, &home.id, &narrowing, |r| {
                if current.as_ref().is_some_and(|(c, _)| c.id != r.customer.id) {
                    let (c, a) = current.take().ok_or_else(unreachable)?;
                    flush(&c, &a, &group, &mut held, &mut held_sorted, &mut next_held)?;
                    group.clear();
                }
                if current.is_none() {
                    current = Some((r.customer, r.aggregates));
                }
                group.push(r.relationship);
                Ok(())
            })?;
            if let Some((c, a)) = current.take() {
                flush(&c, &a, &group, &mut held, &mut held_sorted, &mut next_held)?;
            }
            if !held_sorted {
                held.sort_by(|x, y| x.0.cmp(&y.0));
            }
            for (_, r) in held.drain(..).skip(next_held) {
                emit(r)?;
            }
            Ok(())
        });
        show(&home.domain, &mut rows)
    })
}

fn unreachable() -> Error {
    Error::internal("the overview lost its current customer")
}

/// What a held row leaves behind once it is shown (never shown itself).
fn placeholder() -> CustomerRow {
    CustomerRow {
        domain: String::new(),
        name: String::new(),
        relationship_id: String::new(),
        status: RelationshipStatus::Terminated,
        access: Vec::new(),
        expires_at: None,
        health: None,
        open_service_requests: None,
        licenses: None,
        domains: None,
        relationships: Vec::new(),
        pending_offers: None,
    }
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
