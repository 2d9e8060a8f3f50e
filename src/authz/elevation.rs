//! Just-in-time elevation in the core: asking for an elevation (`elevation.request`), and the
//! rights an elevation in force gives through its relationship.

use super::*;

/// `elevation.request`: a session signed in with MFA, and an eligibility on an active
/// relationship whose roles, within that relationship's access, cover every role asked for.
pub(super) fn decide_request(p: &Principal, facts: &Facts, active: &[Active]) -> Decision {
    if !p.mfa {
        return Decision::deny(Reason::MfaRequired);
    }
    let asked = &facts.object.requested_roles;
    let mut eligible = false;
    for Active { rel, .. } in active {
        let mut here: Vec<&EligibilityFact> = facts
            .eligibilities
            .iter()
            .filter(|e| e.relationship_id == rel.id)
            .collect();
        here.sort_by(|a, b| a.id.cmp(&b.id));
        for e in here {
            eligible = true;
            let covered = asked
                .iter()
                .all(|r| e.roles.contains(r) && rel.access.contains(r));
            if !asked.is_empty() && covered {
                return Decision::allow(
                    Reason::Eligible,
                    Via::Eligibility {
                        relationship_id: rel.id.clone(),
                        eligibility_id: e.id.clone(),
                    },
                );
            }
        }
    }
    Decision::deny(if eligible {
        Reason::RoleInsufficient
    } else {
        Reason::NotEligible
    })
}

/// The eligibility an elevation activated, on relationship `rel`: the roles it still allows
/// to be active there. `None` once it is gone (the elevation gives nothing then).
fn eligible_roles(e: &ElevationFact, rel: &RelationshipFact, facts: &Facts) -> Option<RoleBits> {
    facts
        .eligibilities
        .iter()
        .find(|g| g.id == e.eligibility_id && g.relationship_id == rel.id)
        .map(|g| RoleBits::of(&g.roles))
}

/// Whether the principal holds an elevation in force on one of the `active` relationships that
/// has roles to give there: roles it activated that are still eligible and within the
/// relationship's access. A pending, expired or ended elevation gives none.
pub(super) fn any_in_force(active: &[Active], facts: &Facts) -> bool {
    facts.elevations.iter().any(|e| {
        e.in_force(facts.now)
            && relationships_named(active, &e.relationship_id).any(|(_, rel)| {
                eligible_roles(e, rel.rel, facts).is_some_and(|eligible| {
                    !RoleBits::of(&e.roles)
                        .and(eligible)
                        .and(rel.access)
                        .is_empty()
                })
            })
    })
}

/// The first elevation in force whose roles (those it activated that are still eligible and
/// within the relationship's access) include some of `allowing`: by relationship (in
/// `active`'s order), then by elevation id.
pub(super) fn decide_elevated(
    active: &[Active],
    facts: &Facts,
    allowing: RoleBits,
) -> Option<Decision> {
    let within_reach = active
        .iter()
        .fold(RoleBits::EMPTY, |m, a| m.or(a.access.and(allowing)));
    let mut first: Option<(usize, &ElevationFact, RoleBits)> = None;
    for e in &facts.elevations {
        if !e.in_force(facts.now) {
            continue;
        }
        let activated = RoleBits::of(&e.roles);
        if activated.and(within_reach).is_empty() {
            continue;
        }
        for (at, rel) in relationships_named(active, &e.relationship_id) {
            // Deterministic: the same elevations in any order give the same path.
            let beats = |(first_at, f, _): (usize, &ElevationFact, RoleBits)| {
                (at, &e.id) < (first_at, &f.id)
            };
            if !first.is_none_or(beats) {
                continue;
            }
            let Some(eligible) = eligible_roles(e, rel.rel, facts) else {
                continue;
            };
            let roles = activated.and(eligible).and(rel.access).and(allowing);
            if !roles.is_empty() {
                first = Some((at, e, roles));
            }
        }
    }
    let (at, e, roles) = first?;
    Some(Decision::allow(
        Reason::Elevated,
        Via::Elevated {
            relationship_id: active[at].rel.id.clone(),
            elevation_id: e.id.clone(),
            roles: roles.to_vec(),
            ends_at: e
                .ends_at
                .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                .unwrap_or_default(),
        },
    ))
}
