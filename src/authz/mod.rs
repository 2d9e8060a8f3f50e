//! The permission core: one pure function, [`decide`], deny by default. It never reads the
//! clock, the database or the environment: everything it needs arrives in [`Principal`] and
//! [`Facts`].

mod action;
mod decision;
mod elevation;
mod facts;
mod rights;

/// An elevation's status, stored or in force at a time (`ElevationFact::in_force`).
pub use crate::model::ElevationStatus;
/// A relationship's status, stored or in force at a time (`RelationshipFact::state`).
pub use crate::model::RelationshipStatus;
pub use action::Action;
pub use decision::{Decision, GrantSource, Reason, Via};
pub use facts::{
    AssignmentFact, ElevationFact, EligibilityFact, Facts, GrantFact, ObjectFacts, Principal,
    RelationshipFact, Target, AUTO_EXTEND_DAYS,
};
use rights::RoleBits;
pub use rights::{
    agent_allows_in_customer, agent_allows_in_partner, agent_rights_in_customer,
    agent_rights_in_partner, may_manage, role_allows, role_rights, TenantKind,
};

use crate::model::{AgentRole, DirectoryRole};

fn kind_of(operator: bool, partner: bool) -> TenantKind {
    TenantKind { operator, partner }
}

/// Proof that [`decide`] allowed exactly one action in exactly one tenant. Only this module
/// makes one, so a change helper that takes a `Permit` cannot run on a decision that was never
/// made, or that was made for another action or tenant.
#[derive(Debug, Clone)]
pub struct Permit {
    action: Action,
    tenant_id: String,
    decision: Decision,
}

impl Permit {
    pub fn action(&self) -> Action {
        self.action
    }

    pub fn tenant_id(&self) -> &str {
        &self.tenant_id
    }

    pub fn decision(&self) -> &Decision {
        &self.decision
    }
}

/// Decides, and turns an allowed decision into a [`Permit`] for that action and the facts'
/// target tenant; a denial comes back as the decision that says why.
pub fn permit(principal: &Principal, action: Action, facts: &Facts) -> Result<Permit, Decision> {
    let decision = decide(Some(principal), action, facts);
    if !decision.allowed {
        return Err(decision);
    }
    Ok(Permit {
        action,
        tenant_id: facts.target.tenant_id.clone(),
        decision,
    })
}

/// Whether the operator's reach carries `action` into every tenant for this principal: it
/// belongs to the operator's global admins (SPEC §1: "its global admins provision tenants,
/// enroll partners, publish service health, answer service requests"); the operator's other
/// roles act in its own tenant only, as everyone's do (rule 1).
pub fn reaches_every_tenant(p: &Principal, action: Action) -> bool {
    p.enabled
        && p.tenant_is_operator
        && action.is_operator_reach()
        && p.roles.contains(&DirectoryRole::GlobalAdmin)
}

/// Whether a principal may learn that any tenant exists (it reads every tenant). For everyone
/// else an unknown tenant and one they may not see must look the same.
pub fn sees_every_tenant(p: &Principal) -> bool {
    reaches_every_tenant(p, Action::TenantRead)
}

/// The agent roles a partner user holds implicitly, for all customers: a partner tenant's
/// global admins hold every one ("by default only the partner's tenant admins have this
/// option").
pub fn implicit_agent_roles(p: &Principal) -> &'static [AgentRole] {
    if p.enabled && p.tenant_is_partner && p.roles.contains(&DirectoryRole::GlobalAdmin) {
        &AgentRole::ALL
    } else {
        &[]
    }
}

/// The permission core. Deny by default; every decision names its reason.
pub fn decide(principal: Option<&Principal>, action: Action, facts: &Facts) -> Decision {
    let Some(p) = principal else {
        return Decision::deny(Reason::NotSignedIn);
    };
    if !p.enabled {
        return Decision::deny(Reason::UserDisabled);
    }
    if action == Action::ServiceRequestUpdate
        && facts.object.sets_support_status
        && !p.tenant_is_operator
    {
        return Decision::deny(Reason::OperatorOnly);
    }
    if p.tenant_id == facts.target.tenant_id {
        decide_own_tenant(p, action, facts)
    } else {
        decide_foreign_tenant(p, action, facts)
    }
}

/// Rule 1 (own-tenant roles), rule 4 (partner-side actions) and rule 5 (accepting invites).
fn decide_own_tenant(p: &Principal, action: Action, facts: &Facts) -> Decision {
    let kind = kind_of(p.tenant_is_operator, p.tenant_is_partner);
    if action.is_operator_only() && !kind.operator {
        return Decision::deny(Reason::OperatorOnly);
    }
    if action.is_partner_side() && !kind.partner {
        return Decision::deny(Reason::NotAPartner);
    }
    let answers = matches!(action, Action::InviteAccept | Action::OfferAccept);
    if answers && facts.object.invite_partner_tenant_id.as_deref() == Some(p.tenant_id.as_str()) {
        return Decision::deny(Reason::OwnInvite);
    }
    if answers && facts.object.invite_addressed_elsewhere {
        return Decision::deny(Reason::InviteForAnotherTenant);
    }
    if action == Action::OfferAccept {
        return decide_offer_accept(p, facts);
    }
    // Approving an elevation is a second person's decision (Lighthouse, PIM: no
    // self-approval), whatever roles the requester holds.
    if action == Action::ElevationApprove && facts.object.requested_by_principal {
        return Decision::deny(Reason::SelfApproval);
    }
    // Giving up one's own elevation is always open to its holder (it only narrows rights);
    // ending another user's takes the roles that approve.
    if action == Action::ElevationEnd && facts.object.requested_by_principal {
        return Decision::allow(Reason::OwnElevation, Via::None);
    }
    let mut roles: Vec<DirectoryRole> = p
        .roles
        .iter()
        .copied()
        .filter(|r| role_allows(*r, kind, action))
        .collect();
    if !roles.is_empty() {
        // Rule 8: on a user, only the roles whose reach covers that user's roles carry the
        // action; otherwise a helpdesk or user admin could reset a global admin's password
        // and sign in as it.
        if action.acts_on_user() {
            roles.retain(|r| may_manage(*r, action, &facts.object.target_user_roles));
            if roles.is_empty() {
                return Decision::deny(Reason::PrivilegedTarget);
            }
        }
        return Decision::allow(Reason::OwnTenantRole, Via::OwnTenant { roles });
    }
    // Partner-side actions also come from agent roles held in the partner's own tenant.
    if action.is_partner_side() {
        let mut grants: Vec<&GrantFact> = facts
            .grants
            .iter()
            .filter(|g| agent_allows_in_partner(g.role, action))
            .collect();
        grants.sort_by(|a, b| (a.role, &a.id).cmp(&(b.role, &b.id)));
        if let Some(g) = grants.first() {
            return Decision::allow(
                Reason::OwnTenantRole,
                Via::AgentRole {
                    agent_role: g.role,
                    grant_id: g.id.clone(),
                },
            );
        }
    }
    Decision::deny(Reason::RoleInsufficient)
}

/// Rule 4, `offer.accept`: what the offer asks of the customer, each through its own rule.
/// The licenses take `license.buy`; a request for delegated administration takes
/// `invite.accept` as well. The first of them the user lacks is the denial (its reason); when
/// both are allowed, the roles that carried either.
fn decide_offer_accept(p: &Principal, facts: &Facts) -> Decision {
    let mut parts = vec![Action::LicenseBuy];
    if facts.object.offer_delegated {
        parts.push(Action::InviteAccept);
    }
    let mut roles: Vec<DirectoryRole> = Vec::new();
    for a in parts {
        let d = decide_own_tenant(p, a, facts);
        if !d.allowed {
            return d;
        }
        if let Via::OwnTenant { roles: r } = d.via {
            roles.extend(r);
        }
    }
    roles.sort();
    roles.dedup();
    Decision::allow(Reason::OwnTenantRole, Via::OwnTenant { roles })
}

/// The operator's reach into hosted tenants, then rules 2, 3 and 6 (delegated administration),
/// and the partner's MFA requirement over whatever a relationship carried.
fn decide_foreign_tenant(p: &Principal, action: Action, facts: &Facts) -> Decision {
    let d = decide_through_relationships(p, action, facts);
    let delegated = matches!(
        d.via,
        Via::Delegated { .. } | Via::Assigned { .. } | Via::Elevated { .. }
    );
    if d.allowed && delegated && p.mfa_required && !p.mfa {
        return Decision::deny(Reason::MfaRequired);
    }
    d
}

fn decide_through_relationships(p: &Principal, action: Action, facts: &Facts) -> Decision {
    if p.tenant_is_operator && action.is_operator_reach() {
        if reaches_every_tenant(p, action) {
            return Decision::allow(
                Reason::OperatorRole,
                Via::Operator {
                    roles: vec![DirectoryRole::GlobalAdmin],
                },
            );
        }
        if action.is_operator_only() {
            return Decision::deny(Reason::RoleInsufficient);
        }
    }
    if action.is_operator_only() {
        return Decision::deny(Reason::OperatorOnly);
    }

    // A partner may end its own relationship, whatever its state, by one of its global admins.
    if action == Action::PartnerRemove
        && facts.object.relationship_partner_tenant_id.as_deref() == Some(p.tenant_id.as_str())
        && p.tenant_is_partner
    {
        return if p.roles.contains(&DirectoryRole::GlobalAdmin) {
            Decision::allow(Reason::OwnRelationship, Via::None)
        } else {
            Decision::deny(Reason::RoleInsufficient)
        };
    }

    let mine = facts.relationships.iter().filter(|r| {
        r.partner_tenant_id == p.tenant_id && r.customer_tenant_id == facts.target.tenant_id
    });
    // Several relationships may be active at once (GDAP): rights are their union.
    let mut best_inactive: Option<Reason> = None;
    let mut active: Vec<Active> = Vec::new();
    for r in mine {
        match r.state(facts.now) {
            RelationshipStatus::Active => {
                // One allocation, and none where no relationship is active.
                if active.capacity() == 0 {
                    active.reserve(facts.relationships.len());
                }
                active.push(Active {
                    rel: r,
                    access: RoleBits::of(&r.access),
                });
            }
            RelationshipStatus::Expired => best_inactive = Some(Reason::RelationshipExpired),
            RelationshipStatus::Terminated => {
                best_inactive.get_or_insert(Reason::RelationshipTerminated);
            }
        }
    }
    if active.is_empty() {
        return Decision::deny(best_inactive.unwrap_or(Reason::NoRelationship));
    }
    // Deterministic: the same relationships in any order give the same path.
    active.sort_by(|a, b| a.rel.id.cmp(&b.rel.id));
    if !p.tenant_is_partner {
        return Decision::deny(Reason::NotAPartner);
    }
    if action.is_never_delegable() {
        return Decision::deny(Reason::NotDelegable);
    }
    if action == Action::ElevationRequest {
        return elevation::decide_request(p, facts, &active);
    }

    let covering = Covering::of(p, action, facts);
    // The principal's groups: the built-in ones its agent roles stand for (for this customer),
    // and the partner's own groups it belongs to.
    let member_of = |group: &str| facts.groups.contains(group) || covering.stands_for(group);
    if covering.is_empty()
        && !facts.assignments.iter().any(|a| {
            relationships_named(&active, &a.relationship_id)
                .next()
                .is_some()
                && member_of(&a.group)
        })
        && !elevation::any_in_force(&active, facts)
    {
        return Decision::deny(Reason::NoGrant);
    }

    // The relationships are walked in order; on each, an agent role that acts in a customer
    // carries the action when the relationship's access has a role that allows it, and
    // otherwise the principal's access assignments on it, by group. The first that allows is
    // the path, so each kind of path is sought once, as the earliest place it allows.
    // Partner-side and operator-only actions never pass through a relationship, whatever the
    // customer tenant is: the delegated roles are read as in a plain tenant.
    let allowing = RoleBits::allowing_in_customer(action);
    let delegated = covering.carrier.and_then(|carrier| {
        let at = active
            .iter()
            .position(|a| !a.access.and(allowing).is_empty())?;
        Some((at, carrier))
    });
    // Access assignments count on the relationships before the one an agent role carries the
    // action through.
    let before = delegated.map_or(active.len(), |(at, _)| at);
    let assigned = match before {
        0 => None,
        _ => first_assigned(&active[..before], &facts.assignments, allowing, member_of),
    };
    if let Some((at, a, roles)) = assigned {
        return Decision::allow(
            Reason::Delegated,
            Via::Assigned {
                relationship_id: active[at].rel.id.clone(),
                group: a.group.clone(),
                roles: roles.to_vec(),
            },
        );
    }
    if let Some((at, (agent_role, grant))) = delegated {
        let rel = &active[at];
        return Decision::allow(
            Reason::Delegated,
            Via::Delegated {
                relationship_id: rel.rel.id.clone(),
                agent_role,
                grant: match grant {
                    None => GrantSource::Implicit,
                    Some(g) => GrantSource::Explicit {
                        grant_id: g.id.clone(),
                    },
                },
                delegated_roles: rel.access.and(allowing).to_vec(),
            },
        );
    }
    // Elevations in force, named only when no standing right carries the action.
    if let Some(d) = elevation::decide_elevated(&active, facts, allowing) {
        return d;
    }
    Decision::deny(Reason::RoleInsufficient)
}

/// An active relationship with its access as bits.
struct Active<'a> {
    rel: &'a RelationshipFact,
    access: RoleBits,
}

/// The first access assignment whose group's roles, within its relationship's access, allow
/// the action (some of `allowing`), for a group the principal is a member of: by relationship
/// (in `active`'s order), then by group. With its relationship's place and those roles.
fn first_assigned<'a>(
    active: &[Active],
    assignments: &'a [AssignmentFact],
    allowing: RoleBits,
    member_of: impl Fn(&str) -> bool,
) -> Option<(usize, &'a AssignmentFact, RoleBits)> {
    let within_reach = active
        .iter()
        .fold(RoleBits::EMPTY, |m, a| m.or(a.access.and(allowing)));
    let mut first: Option<(usize, &AssignmentFact, RoleBits)> = None;
    for a in assignments {
        let roles = RoleBits::of(&a.roles);
        if roles.and(within_reach).is_empty() {
            continue;
        }
        let mut member = None;
        for (at, rel) in relationships_named(active, &a.relationship_id) {
            // Deterministic: the same assignments in any order give the same path.
            let beats = |(first_at, f, _): (usize, &AssignmentFact, RoleBits)| {
                (at, &a.group) < (first_at, &f.group)
            };
            let allowed = roles.and(rel.access).and(allowing);
            if allowed.is_empty() || !first.is_none_or(beats) {
                continue;
            }
            if *member.get_or_insert_with(|| member_of(&a.group)) {
                first = Some((at, a, allowed));
            }
        }
    }
    first
}

/// The active relationships (sorted by id) named `id`, with their places: one, unless ids repeat.
fn relationships_named<'a, 'b>(
    active: &'a [Active<'b>],
    id: &'a str,
) -> impl Iterator<Item = (usize, &'a Active<'b>)> + 'a {
    let start = active.partition_point(|a| a.rel.id.as_str() < id);
    active[start..]
        .iter()
        .take_while(move |a| a.rel.id == id)
        .enumerate()
        .map(move |(i, a)| (start + i, a))
}

/// The agent roles that cover the target customer: the implicit ones, then the explicit
/// grants for all customers or this one, by role and then grant id.
struct Covering<'a> {
    /// Each agent role held, as a bit (its place in `AgentRole::ALL`).
    held: u32,
    /// The first agent role in that order that acts in a customer (for the action), and its
    /// grant (`None`: implicit).
    carrier: Option<(AgentRole, Option<&'a GrantFact>)>,
}

impl<'a> Covering<'a> {
    fn of(p: &Principal, action: Action, facts: &'a Facts) -> Covering<'a> {
        let implicit = implicit_agent_roles(p);
        let mut held = implicit.iter().fold(0, |m, r| m | 1 << (*r as u32));
        let mut explicit: Option<&GrantFact> = None;
        for g in &facts.grants {
            let covers = g
                .customer_tenant_id
                .as_deref()
                .is_none_or(|c| c == facts.target.tenant_id);
            if !covers {
                continue;
            }
            held |= 1 << (g.role as u32);
            // Deterministic: the same grants in any order give the same path.
            if agent_allows_in_customer(g.role, action)
                && explicit.is_none_or(|e| (g.role, &g.id) < (e.role, &e.id))
            {
                explicit = Some(g);
            }
        }
        let carrier = match implicit
            .iter()
            .find(|r| agent_allows_in_customer(**r, action))
        {
            Some(r) => Some((*r, None)),
            None => explicit.map(|g| (g.role, Some(g))),
        };
        Covering { held, carrier }
    }

    fn is_empty(&self) -> bool {
        self.held == 0
    }

    /// Whether one of the agent roles stands for the built-in `group`.
    fn stands_for(&self, group: &str) -> bool {
        AgentRole::ALL
            .iter()
            .any(|r| self.held & 1 << (*r as u32) != 0 && r.builtin_group() == group)
    }
}

#[cfg(test)]
mod tests;
