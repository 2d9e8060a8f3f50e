//! `can`: the permission core's decision, with its reason and path, for the caller or for
//! another user.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{facts, Ctx, Scope};
use crate::authz::{
    self, Action, Decision, GrantFact, GrantSource, ObjectFacts, Principal, RelationshipStatus, Via,
};
use crate::error::{Error, Result};
use crate::model;
use crate::store::{self, tenants::TenantRow};

#[derive(Debug, Serialize)]
pub struct CanView {
    pub allowed: bool,
    pub action: Action,
    pub tenant: String,
    pub user: String,
    pub reason: String,
    pub explanation: String,
    pub via: Via,
}

pub fn can(ctx: &mut Ctx, action: &str, user: Option<&str>) -> Result<CanView> {
    let action: Action = action.parse().map_err(Error::invalid)?;
    let (s, target) = ctx.locate(Scope::Target)?.parts();
    let now = ctx.clock.now();
    let (principal, upn) = match user {
        None => (s.principal.clone(), s.principal.upn.clone()),
        Some(upn) => {
            let upn = model::validate_upn(upn)?;
            let Some((p, home)) = ctx
                .store
                .read(|tx| super::tenants::principal_for_upn(tx, &upn))?
            else {
                return Err(no_such_user(ctx, &s, &target, &upn));
            };
            // Checking another user is for that user's admins (those who may read its users),
            // and for the admins of the tenant asked about when the user is one of its
            // partners' users: a customer reviews who can act in it.
            if p.user_id != s.principal.user_id
                && !ctx
                    .peek(&s, Action::UserRead, &home, ObjectFacts::default())?
                    .allowed
            {
                let partner_of_target = home.id != target.id
                    && ctx.store.read(|tx| {
                        Ok(!store::relationships::between(tx, &home.id, &target.id)?.is_empty())
                    })?;
                let (action, over) = if partner_of_target {
                    (Action::PartnerRead, &target)
                } else {
                    (Action::UserRead, &home)
                };
                ctx.authorize(&s, action, over, ObjectFacts::default(), Some(&upn))?;
            }
            (p, upn)
        }
    };
    let facts = ctx
        .store
        .read(|tx| facts::load(tx, &principal, &target, ObjectFacts::default(), now))?;
    let d: Decision = authz::decide(Some(&principal), action, &facts);
    Ok(CanView {
        allowed: d.allowed,
        action,
        tenant: target.domain,
        user: upn,
        reason: d.reason.id().to_string(),
        explanation: d.explain(),
        via: d.via,
    })
}

/// `can --user` for a UPN that does not exist. Whoever may check the users of the tenant
/// holding that UPN's domain (or of a partner of the tenant asked about) learns that there is
/// no such user (exit 5); anyone else gets the denial they would get for a user that exists
/// there (exit 4, same message), so `can` tells nobody which accounts exist elsewhere.
fn no_such_user(ctx: &mut Ctx, s: &super::Session, target: &TenantRow, upn: &str) -> Error {
    let missing = || Error::not_found(format!("no user {upn}"));
    let domain = model::domain_of_upn(upn).to_string();
    let home = match ctx.store.read(|tx| {
        store::tenants::verified_domain_owner(tx, &domain)?
            .map(|id| store::tenants::by_id(tx, &id))
            .transpose()
    }) {
        Ok(Some(t)) => t,
        Ok(None) => match ctx.tenant_named(s, "--user", &domain) {
            Ok(t) => t,
            Err(e) if e.kind == crate::error::ErrorKind::NotFound => return missing(),
            Err(e) => return e,
        },
        Err(e) => return e,
    };
    if !home.id.is_empty() {
        match ctx.peek(s, Action::UserRead, &home, ObjectFacts::default()) {
            Ok(d) if d.allowed => return missing(),
            Ok(_) => {}
            Err(e) => return e,
        }
        let partner_of_target = home.id != target.id
            && ctx
                .store
                .read(|tx| Ok(!store::relationships::between(tx, &home.id, &target.id)?.is_empty()))
                .unwrap_or(false);
        if partner_of_target {
            return missing();
        }
    }
    match ctx.authorize(
        s,
        Action::UserRead,
        &home,
        ObjectFacts::default(),
        Some(upn),
    ) {
        Ok(_) => missing(),
        Err(e) => e,
    }
}

// ----- access: who can do what -------------------------------------------------------------

#[derive(Debug, Serialize)]
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
    pub relationships: Vec<super::relationships::RelationshipAssignments>,
    pub agents: Vec<AgentAccess>,
}

#[derive(Debug, Serialize)]
pub struct AccessView {
    pub tenant: String,
    /// Partner users who can act in this tenant today.
    pub partner_access: Vec<AgentAccess>,
    /// What no partner may ever do here.
    pub never_delegable: Vec<Action>,
    /// For a partner tenant: per customer, its agents and their effective rights.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub customers: Option<Vec<CustomerAccess>>,
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
    eligibilities: Vec<(String, crate::authz::EligibilityFact)>,
    elevations: Vec<(String, crate::authz::ElevationFact)>,
}

impl JustInTime {
    fn load(tx: &store::Tx<'_>, customer: &TenantRow) -> Result<JustInTime> {
        let eligibilities = store::eligibilities::in_customer(tx, &customer.id)?
            .iter()
            .map(|e| (e.user_id.clone(), facts::eligibility(e)))
            .collect();
        let elevations = store::elevations::active_in_customer(tx, &customer.id)?
            .iter()
            .map(|e| Ok((e.user_id.clone(), facts::elevation(e)?)))
            .collect::<Result<_>>()?;
        Ok(JustInTime {
            eligibilities,
            elevations,
        })
    }

    fn of(
        &self,
        user_id: &str,
    ) -> (
        Vec<crate::authz::EligibilityFact>,
        Vec<crate::authz::ElevationFact>,
    ) {
        let mine = |u: &String| u == user_id;
        (
            self.eligibilities
                .iter()
                .filter(|(u, _)| mine(u))
                .map(|(_, e)| e.clone())
                .collect(),
            self.elevations
                .iter()
                .filter(|(u, _)| mine(u))
                .map(|(_, e)| e.clone())
                .collect(),
        )
    }
}

/// Every enabled user of `partner` who can take at least one action in `customer`, asked of
/// the permission core action by action.
#[allow(clippy::too_many_arguments)]
fn agents_in(
    jit: &JustInTime,
    agents: &[(Principal, Vec<GrantFact>)],
    groups: &std::collections::HashMap<String, std::collections::BTreeSet<String>>,
    partner: &TenantRow,
    customer: &TenantRow,
    relationships: &[crate::authz::RelationshipFact],
    assignments: &[crate::authz::AssignmentFact],
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<AgentAccess> {
    let mut out = Vec::new();
    for (p, grants) in agents {
        let (eligibilities, elevations) = jit.of(&p.user_id);
        let facts = crate::authz::Facts {
            eligibilities,
            elevations,
            ..facts::about(
                now,
                customer,
                relationships.to_vec(),
                grants.clone(),
                assignments.to_vec(),
                groups.get(&p.user_id).cloned().unwrap_or_default(),
            )
        };
        let mut actions = Vec::new();
        let mut via = std::collections::BTreeSet::new();
        let mut rels = std::collections::BTreeSet::new();
        let mut rel_id = String::new();
        for a in Action::ALL {
            let d = authz::decide(Some(p), *a, &facts);
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
                        let roles: Vec<&str> = assignments
                            .iter()
                            .filter(|x| x.group == group)
                            .flat_map(|x| x.roles.iter().map(|r| r.id()))
                            .collect::<std::collections::BTreeSet<_>>()
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
        if !actions.is_empty() {
            out.push(AgentAccess {
                upn: p.upn.clone(),
                partner: partner.domain.clone(),
                relationship_id: rel_id,
                relationships: rels.into_iter().collect(),
                via: via.into_iter().collect(),
                summary: group(&actions),
                actions,
            });
        }
    }
    out
}

pub fn access(ctx: &mut Ctx) -> Result<AccessView> {
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
    ctx.store.read(|tx| {
        let here = JustInTime::load(tx, &target)?;
        let mut partner_access = Vec::new();
        let mut by_partner: BTreeMap<String, Vec<crate::authz::RelationshipFact>> = BTreeMap::new();
        for r in store::relationships::of_customer(tx, &target.id)? {
            by_partner
                .entry(r.partner_tenant_id.clone())
                .or_default()
                .push(super::facts::relationship(&r)?);
        }
        for (partner_id, rels) in &by_partner {
            let partner = store::tenants::by_id(tx, partner_id)?;
            let agents = super::facts::partner_agents(tx, &partner)?;
            let groups = super::facts::group_memberships(tx, &partner)?;
            let assignments: Vec<_> = store::assignments::between(tx, partner_id, &target.id)?
                .iter()
                .map(super::facts::assignment)
                .collect();
            partner_access.extend(agents_in(
                &here,
                &agents,
                &groups,
                &partner,
                &target,
                rels,
                &assignments,
                now,
            ));
        }
        let customers = if as_partner {
            let mut by_customer: BTreeMap<String, Vec<crate::authz::RelationshipFact>> =
                BTreeMap::new();
            for r in store::relationships::of_partner(tx, &target.id)? {
                by_customer
                    .entry(r.customer_tenant_id.clone())
                    .or_default()
                    .push(super::facts::relationship(&r)?);
            }
            let agents = super::facts::partner_agents(tx, &target)?;
            let groups = super::facts::group_memberships(tx, &target)?;
            let all_assignments = store::assignments::of_partner(tx, &target.id)?;
            let mut out = Vec::new();
            for (customer_id, rels) in &by_customer {
                let active: Vec<_> = rels
                    .iter()
                    .filter(|r| r.state(now) == RelationshipStatus::Active)
                    .collect();
                let Some(first) = active.first() else {
                    continue;
                };
                let customer = store::tenants::by_id(tx, customer_id)?;
                let assignments: Vec<_> = all_assignments
                    .iter()
                    .filter(|a| rels.iter().any(|r| r.id == a.relationship_id))
                    .map(super::facts::assignment)
                    .collect();
                let mut relationships = Vec::new();
                for r in &active {
                    relationships.push(super::relationships::assignments_of(tx, &r.id)?);
                }
                out.push(CustomerAccess {
                    customer: customer.domain.clone(),
                    relationship_id: first.id.clone(),
                    status: RelationshipStatus::Active,
                    relationships,
                    agents: agents_in(
                        &JustInTime::load(tx, &customer)?,
                        &agents,
                        &groups,
                        &target,
                        &customer,
                        rels,
                        &assignments,
                        now,
                    ),
                });
            }
            out.sort_by(|a, b| a.customer.cmp(&b.customer));
            Some(out)
        } else {
            None
        };
        Ok(AccessView {
            tenant: target.domain.clone(),
            partner_access,
            never_delegable: Action::ALL
                .iter()
                .copied()
                .filter(|a| a.is_never_delegable())
                .collect(),
            customers,
        })
    })
}
