//! The reference model's rules 2 and 3, and their GDAP and just-in-time extensions: what a
//! partner user may do inside a customer tenant, written from SPEC §1-§3 without the core's
//! helpers.

use std::collections::BTreeSet;

use super::*;

/// Rules 2 and 3 for an enabled user of a partner tenant acting in a plain customer tenant
/// (`partner.remove` being another partner's relationship): the decision, and every path that
/// may carry an allowed one (`decide` names one of them).
///
/// Several relationships may be active at once (GDAP): rights are the union, over the active
/// ones, of (the agent roles' rights ∩ the rights of the relationship's access) and (the rights
/// of the roles assigned to a group the user is in, ∩ the access). The user is in its own
/// groups (`facts.groups`) and in the built-in group of each agent role covering the customer.
/// Refusals in order: operator-only; no active relationship (an expired one named before a
/// terminated one); never delegable; no grant (no agent role covering the customer and no
/// assignment on an active relationship to a group of the user); role insufficient.
pub(super) fn expected_delegated(p: &Principal, id: &str, f: &Facts) -> (bool, Reason, Vec<Via>) {
    assert!(p.enabled && p.tenant_is_partner && !f.target.is_partner && !f.target.is_operator);
    if OPERATOR_ONLY.contains(&id) {
        return (false, Reason::OperatorOnly, vec![]);
    }
    let mine: Vec<&RelationshipFact> = f
        .relationships
        .iter()
        .filter(|r| {
            r.partner_tenant_id == p.tenant_id && r.customer_tenant_id == f.target.tenant_id
        })
        .collect();
    // A relationship is in force until its expiry, exclusive; the worlds here do not extend.
    let terminated = |r: &RelationshipFact| r.status == RelationshipStatus::Terminated;
    let expired = |r: &RelationshipFact| {
        assert!(
            !r.auto_extend,
            "the reference does not model auto-extension"
        );
        !terminated(r) && r.expires_at.is_some_and(|end| end <= f.now)
    };
    let active: Vec<&RelationshipFact> = mine
        .iter()
        .copied()
        .filter(|r| !terminated(r) && !expired(r))
        .collect();
    if active.is_empty() {
        let reason = if mine.iter().any(|r| expired(r)) {
            Reason::RelationshipExpired
        } else if !mine.is_empty() {
            Reason::RelationshipTerminated
        } else {
            Reason::NoRelationship
        };
        return (false, reason, vec![]);
    }
    if NEVER_DELEGABLE.contains(&id) {
        return (false, Reason::NotDelegable, vec![]);
    }
    // Asking for an elevation: signed in with MFA, and eligible on an active relationship for
    // every role asked, within its access.
    if id == "elevation.request" {
        if !p.mfa {
            return (false, Reason::MfaRequired, vec![]);
        }
        let mine: Vec<(&RelationshipFact, &EligibilityFact)> = active
            .iter()
            .flat_map(|r| {
                f.eligibilities
                    .iter()
                    .filter(move |e| e.relationship_id == r.id)
                    .map(move |e| (*r, e))
            })
            .collect();
        if mine.is_empty() {
            return (false, Reason::NotEligible, vec![]);
        }
        let asked = &f.object.requested_roles;
        let paths: Vec<Via> = mine
            .iter()
            .filter(|(r, e)| {
                !asked.is_empty() && asked.is_subset(&e.roles) && asked.is_subset(&r.access)
            })
            .map(|(r, e)| Via::Eligibility {
                relationship_id: r.id.clone(),
                eligibility_id: e.id.clone(),
            })
            .collect();
        return if paths.is_empty() {
            (false, Reason::RoleInsufficient, paths)
        } else {
            (true, Reason::Eligible, paths)
        };
    }
    // "By default only the partner's tenant admins have this option": every agent role, for
    // all customers; and the grants for all customers or this one.
    let mut agents: Vec<(AgentRole, GrantSource)> = Vec::new();
    if p.roles.contains(&DirectoryRole::GlobalAdmin) {
        for (agent, _) in AGENT_GROUPS {
            agents.push((*agent, GrantSource::Implicit));
        }
    }
    for g in &f.grants {
        if g.customer_tenant_id.is_none() || g.customer_tenant_id.as_deref() == Some(CUSTOMER) {
            let source = GrantSource::Explicit {
                grant_id: g.id.clone(),
            };
            agents.push((g.role, source));
        }
    }
    let in_group = |group: &str| {
        f.groups.contains(group)
            || AGENT_GROUPS
                .iter()
                .any(|(agent, name)| *name == group && agents.iter().any(|(a, _)| a == agent))
    };
    let assigned: Vec<&AssignmentFact> = f
        .assignments
        .iter()
        .filter(|a| active.iter().any(|r| r.id == a.relationship_id) && in_group(&a.group))
        .collect();
    // Elevations in force (active, started, not yet ended), each with the roles still
    // eligible (its eligibility present) and within its relationship's access.
    let elevated: Vec<(&ElevationFact, &RelationshipFact, BTreeSet<DirectoryRole>)> = f
        .elevations
        .iter()
        .filter(|e| {
            e.status == ElevationStatus::Active
                && e.starts_at.is_some_and(|t| t <= f.now)
                && e.ends_at.is_some_and(|t| f.now < t)
        })
        .filter_map(|e| {
            let rel = active.iter().find(|r| r.id == e.relationship_id)?;
            let elig = f
                .eligibilities
                .iter()
                .find(|g| g.id == e.eligibility_id && g.relationship_id == rel.id)?;
            let roles: BTreeSet<DirectoryRole> = e
                .roles
                .iter()
                .filter(|r| elig.roles.contains(r) && rel.access.contains(r))
                .copied()
                .collect();
            (!roles.is_empty()).then_some((e, *rel, roles))
        })
        .collect();
    if agents.is_empty() && assigned.is_empty() && elevated.is_empty() {
        return (false, Reason::NoGrant, vec![]);
    }
    let mut paths = Vec::new();
    for rel in &active {
        let delegated = roles_allowing(&rel.access, id);
        for (agent, source) in &agents {
            if agent_allows(*agent, id) && !delegated.is_empty() {
                paths.push(Via::Delegated {
                    relationship_id: rel.id.clone(),
                    agent_role: *agent,
                    grant: source.clone(),
                    delegated_roles: delegated.clone(),
                });
            }
        }
        for a in assigned.iter().filter(|a| a.relationship_id == rel.id) {
            let roles = roles_allowing(a.roles.intersection(&rel.access), id);
            if !roles.is_empty() {
                paths.push(Via::Assigned {
                    relationship_id: rel.id.clone(),
                    group: a.group.clone(),
                    roles,
                });
            }
        }
    }
    for (e, rel, roles) in &elevated {
        let roles = roles_allowing(roles.iter(), id);
        if !roles.is_empty() {
            paths.push(Via::Elevated {
                relationship_id: rel.id.clone(),
                elevation_id: e.id.clone(),
                roles,
                ends_at: e
                    .ends_at
                    .unwrap()
                    .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            });
        }
    }
    if paths.is_empty() {
        return (false, Reason::RoleInsufficient, paths);
    }
    // A partner that requires MFA: its users act in customers only when signed in with it.
    if p.mfa_required && !p.mfa {
        return (false, Reason::MfaRequired, vec![]);
    }
    let reason = if paths.iter().all(|v| matches!(v, Via::Elevated { .. })) {
        Reason::Elevated
    } else {
        Reason::Delegated
    };
    (true, reason, paths)
}
