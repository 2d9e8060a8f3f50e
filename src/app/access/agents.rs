//! `access`: who can do what in a tenant, and for a partner, its agents per customer, each
//! action asked of the permission core.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde::Serialize;

use super::super::{facts, Ctx, Rows, Scope};
use crate::authz::{
    self, Action, ElevationFact, EligibilityFact, Facts, GrantFact, GrantSource, ObjectFacts,
    Principal, RelationshipStatus, Via,
};
use crate::error::Result;
use crate::store::{self, tenants::TenantRow};

#[derive(Debug, Clone, Serialize)]
pub struct AgentAccess {
    pub upn: String,
    pub partner: String,
    /// The relationship that carries the first of its rights (see `relationships`).
    pub relationship_id: String,
    /// Every relationship that carries some of its rights.
    pub relationships: Vec<String>,
    /// What carries the rights: agent roles, e.g. `admin-agent (implicit)`, and groups with
    /// the roles a relationship assigns them, e.g. `group tier2: helpdesk-admin`.
    pub via: Vec<String>,
    pub actions: Vec<Action>,
    /// The same actions grouped by area, e.g. `user: read`.
    pub summary: BTreeMap<String, Vec<String>>,
}

#[derive(Debug, Serialize)]
pub struct CustomerAccess {
    pub customer: String,
    /// The first active relationship (see `relationships`).
    pub relationship_id: String,
    pub status: RelationshipStatus,
    /// The active relationships with this customer, each with the groups it assigns roles.
    pub relationships: Vec<crate::app::relationships::RelationshipAssignments>,
    pub agents: Vec<AgentAccess>,
}

fn group(actions: &[Action]) -> BTreeMap<String, Vec<String>> {
    let mut m: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for a in actions {
        let (area, verb) = a.id().split_once('.').unwrap_or((a.id(), ""));
        m.entry(area.to_string())
            .or_default()
            .push(verb.to_string());
    }
    m
}

/// The eligibilities and active elevations in one customer, by user: what each partner user
/// may hold there just in time.
#[derive(Default)]
struct JustInTime {
    by_user: HashMap<String, (Vec<EligibilityFact>, Vec<ElevationFact>)>,
}

impl JustInTime {
    fn load(tx: &store::Tx<'_>, customer: &TenantRow) -> Result<JustInTime> {
        let mut jit = JustInTime::default();
        for e in store::eligibilities::in_customer(tx, &customer.id)? {
            jit.add_eligibility(&e);
        }
        for e in store::elevations::active_in_customer(tx, &customer.id)? {
            jit.add_elevation(&e)?;
        }
        Ok(jit)
    }

    /// Every customer's, for the users of one partner, by customer id.
    fn of_partner_users(
        tx: &store::Tx<'_>,
        partner: &TenantRow,
    ) -> Result<HashMap<String, JustInTime>> {
        let mut out: HashMap<String, JustInTime> = HashMap::new();
        for e in store::eligibilities::of_partner_users(tx, &partner.id)? {
            out.entry(e.customer_tenant_id.clone())
                .or_default()
                .add_eligibility(&e);
        }
        for e in store::elevations::active_of_partner_users(tx, &partner.id)? {
            out.entry(e.customer_tenant_id.clone())
                .or_default()
                .add_elevation(&e)?;
        }
        Ok(out)
    }

    fn add_eligibility(&mut self, e: &store::eligibilities::EligibilityRow) {
        let user = self.by_user.entry(e.user_id.clone()).or_default();
        user.0.push(facts::eligibility(e));
    }

    fn add_elevation(&mut self, e: &store::elevations::ElevationRow) -> Result<()> {
        let fact = facts::elevation(e)?;
        let user = self.by_user.entry(e.user_id.clone()).or_default();
        user.1.push(fact);
        Ok(())
    }
}

/// A partner user as the core sees it, with its grants and own groups: read once per partner
/// and lent to the one `Facts` that every customer reuses.
struct Agent {
    principal: Principal,
    grants: Vec<GrantFact>,
    groups: BTreeSet<String>,
}

fn agents_of(tx: &store::Tx<'_>, partner: &TenantRow) -> Result<Vec<Agent>> {
    let mut groups = facts::group_memberships(tx, partner)?;
    Ok(facts::partner_agents(tx, partner)?
        .into_iter()
        .map(|(principal, grants)| Agent {
            groups: groups.remove(&principal.user_id).unwrap_or_default(),
            principal,
            grants,
        })
        .collect())
}

/// Every enabled user of `partner` who can take at least one action in the customer that
/// `facts` are about (its target, relationships and assignments), asked of the permission
/// core action by action. Each agent's grants, groups and just-in-time facts are moved into
/// `facts` for its decisions and back, so nothing is copied per agent and customer.
fn agents_in(
    facts: &mut Facts,
    agents: &mut [Agent],
    jit: Option<&JustInTime>,
    partner: &TenantRow,
) -> Vec<AgentAccess> {
    let mut out = Vec::new();
    for agent in agents.iter_mut() {
        let p = &agent.principal;
        std::mem::swap(&mut facts.grants, &mut agent.grants);
        std::mem::swap(&mut facts.groups, &mut agent.groups);
        let mut held = jit
            .and_then(|j| j.by_user.get(&p.user_id))
            .cloned()
            .unwrap_or_default();
        std::mem::swap(&mut facts.eligibilities, &mut held.0);
        std::mem::swap(&mut facts.elevations, &mut held.1);
        let found = agent_access(p, facts, partner);
        std::mem::swap(&mut facts.eligibilities, &mut held.0);
        std::mem::swap(&mut facts.elevations, &mut held.1);
        std::mem::swap(&mut facts.grants, &mut agent.grants);
        std::mem::swap(&mut facts.groups, &mut agent.groups);
        out.extend(found);
    }
    out
}

/// What one partner user may do in the tenant the facts are about; `None` when nothing.
fn agent_access(p: &Principal, facts: &Facts, partner: &TenantRow) -> Option<AgentAccess> {
    let mut actions = Vec::new();
    let mut via = BTreeSet::new();
    let mut rels = BTreeSet::new();
    let mut rel_id = String::new();
    for a in Action::ALL {
        let d = authz::decide(Some(p), *a, facts);
        if d.allowed {
            actions.push(*a);
            if let Some(id) = d.via.relationship_id() {
                if rel_id.is_empty() {
                    rel_id = id.to_string();
                }
                rels.insert(id.to_string());
            }
            match d.via {
                Via::Delegated {
                    agent_role, grant, ..
                } => {
                    via.insert(match grant {
                        GrantSource::Implicit => format!("{agent_role} (implicit)"),
                        GrantSource::Explicit { .. } => agent_role.to_string(),
                    });
                }
                Via::Assigned { group, .. } => {
                    let roles: Vec<&str> = facts
                        .assignments
                        .iter()
                        .filter(|x| x.group == group)
                        .flat_map(|x| x.roles.iter().map(|r| r.id()))
                        .collect::<BTreeSet<_>>()
                        .into_iter()
                        .collect();
                    via.insert(format!("group {group}: {}", roles.join(", ")));
                }
                Via::Elevated { roles, ends_at, .. } => {
                    let roles: Vec<&str> = roles.iter().map(|r| r.id()).collect();
                    via.insert(format!("elevated until {ends_at}: {}", roles.join(", ")));
                }
                _ => {}
            }
        }
    }
    if actions.is_empty() {
        return None;
    }
    Some(AgentAccess {
        upn: p.upn.clone(),
        partner: partner.domain.clone(),
        relationship_id: rel_id,
        relationships: rels.into_iter().collect(),
        via: via.into_iter().collect(),
        summary: group(&actions),
        actions,
    })
}

/// `access` before its per-customer part: who can act in this tenant.
#[derive(Debug, Clone, Serialize)]
pub struct AccessHead {
    pub tenant: String,
    /// Partner users who can act in this tenant today.
    pub partner_access: Vec<AgentAccess>,
    /// What no partner may ever do here.
    pub never_delegable: Vec<Action>,
}

/// Who can do what in the target tenant; for a partner tenant (`customers` given to `show`),
/// per customer, its agents and their effective rights, streamed in the order of the
/// customers' domains from one query inside the read transaction.
pub fn access<T>(
    ctx: &mut Ctx,
    show: impl FnOnce(&AccessHead, Option<&mut Rows<'_, CustomerAccess>>) -> Result<T>,
) -> Result<T> {
    let (s, target) = ctx.begin(Scope::Target, Action::PartnerRead, None)?.parts();
    let as_partner = target.partner_id.is_some() && target.id == s.principal.tenant_id;
    if as_partner {
        ctx.authorize(
            &s,
            Action::GrantManage,
            &target,
            ObjectFacts::default(),
            None,
        )?;
    }
    let now = ctx.clock.now();
    let read = |tx: &store::Tx<'_>| {
        let here = JustInTime::load(tx, &target)?;
        let mut partner_access = Vec::new();
        let mut by_partner: BTreeMap<String, Vec<crate::authz::RelationshipFact>> = BTreeMap::new();
        for r in store::relationships::of_customer(tx, &target.id)? {
            by_partner
                .entry(r.partner_tenant_id.clone())
                .or_default()
                .push(facts::relationship(&r)?);
        }
        for (partner_id, rels) in by_partner {
            let partner = store::tenants::by_id(tx, &partner_id)?;
            let mut agents = agents_of(tx, &partner)?;
            let assignments: Vec<_> = store::assignments::between(tx, &partner_id, &target.id)?
                .iter()
                .map(facts::assignment)
                .collect();
            let mut f = facts::about(now, &target, rels, Vec::new(), assignments, BTreeSet::new());
            partner_access.extend(agents_in(&mut f, &mut agents, Some(&here), &partner));
        }
        let head = AccessHead {
            tenant: target.domain.clone(),
            partner_access,
            never_delegable: Action::ALL
                .iter()
                .copied()
                .filter(|a| a.is_never_delegable())
                .collect(),
        };
        if !as_partner {
            return show(&head, None);
        }
        let mut agents = agents_of(tx, &target)?;
        let jit = JustInTime::of_partner_users(tx, &target)?;
        let mut assigned: HashMap<String, Vec<store::assignments::AssignmentRow>> = HashMap::new();
        for a in store::assignments::of_partner(tx, &target.id)? {
            assigned
                .entry(a.relationship_id.clone())
                .or_default()
                .push(a);
        }
        let mut f = facts::about(
            now,
            &target,
            Vec::new(),
            Vec::new(),
            Vec::new(),
            BTreeSet::new(),
        );
        // Customers some agent holds a grant for by name: never answered from a shape.
        let scoped: BTreeSet<String> = agents
            .iter()
            .flat_map(|a| a.grants.iter().filter_map(|g| g.customer_tenant_id.clone()))
            .collect();
        let mut shapes = super::shapes::Shapes::default();
        let mut one = |customer: &TenantRow,
                       rels: &[store::relationships::RelationshipRow]|
         -> Result<Option<CustomerAccess>> {
            f.relationships.clear();
            for r in rels {
                f.relationships.push(facts::relationship(r)?);
            }
            let active: Vec<&store::relationships::RelationshipRow> = rels
                .iter()
                .zip(&f.relationships)
                .filter(|(_, r)| r.state(now) == RelationshipStatus::Active)
                .map(|(r, _)| r)
                .collect();
            let Some(first) = active.first() else {
                return Ok(None);
            };
            f.target = facts::target(customer);
            f.assignments.clear();
            for r in rels {
                for a in assigned.get(&r.id).into_iter().flatten() {
                    f.assignments.push(facts::assignment(a));
                }
            }
            let relationships = active
                .iter()
                .map(|r| crate::app::relationships::RelationshipAssignments {
                    id: r.id.clone(),
                    name: r.name.clone(),
                    access: crate::app::relationships::roles_vec(&r.access),
                    assignments: assigned
                        .get(&r.id)
                        .into_iter()
                        .flatten()
                        .map(|a| crate::app::relationships::AssignmentView {
                            group: a.group_name.clone(),
                            roles: crate::app::relationships::roles_vec(&a.roles),
                        })
                        .collect(),
                })
                .collect();
            Ok(Some(CustomerAccess {
                customer: customer.domain.clone(),
                relationship_id: first.id.clone(),
                status: RelationshipStatus::Active,
                relationships,
                agents: {
                    let own = jit.get(&customer.id);
                    let alike = own.is_none() && !scoped.contains(&customer.id);
                    shapes.agents(&mut f, alike, |f| agents_in(f, &mut agents, own, &target))
                },
            }))
        };
        let mut rows = Rows::new(|emit: &mut dyn FnMut(CustomerAccess) -> Result<()>| {
            let mut current: Option<TenantRow> = None;
            let mut group: Vec<store::relationships::RelationshipRow> = Vec::new();
            store::relationships::of_partner_with_customers(
                tx,
                &target.id,
                store::relationships::CustomerOrder::Domain,
                |r, customer| {
                    if current.as_ref().is_some_and(|c| c.id != customer.id) {
                        if let Some(c) = current.take() {
                            if let Some(v) = one(&c, &group)? {
                                emit(v)?;
                            }
                        }
                        group.clear();
                    }
                    if current.is_none() {
                        current = Some(customer);
                    }
                    group.push(r);
                    Ok(())
                },
            )?;
            if let Some(c) = current.take() {
                if let Some(v) = one(&c, &group)? {
                    emit(v)?;
                }
            }
            Ok(())
        });
        show(&head, Some(&mut rows))
    };
    ctx.store.read(read)
}
