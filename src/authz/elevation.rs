//! Just-in-time elevation in the core: asking for an elevation (`elevation.request`), and the
//! rights an elevation in force gives through its relationship.

use super::*;

/// `elevation.request`: a session signed in with MFA, and an eligibility on an active
/// relationship whose roles, within that relationship's access, cover every role asked for.
pub(super) fn decide_request(
    p: &Principal,
    facts: &Facts,
    active: &[&RelationshipFact],
) -> Decision {
    if !p.mfa {
        return Decision::deny(Reason::MfaRequired);
    }
    let asked = &facts.object.requested_roles;
    let mut eligible = false;
    for rel in active {
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

/// The roles an elevation in force gives on `rel`: those it activated that are still eligible
/// and within the relationship's access. Empty when it is pending, expired, ended, or its
/// eligibility is gone.
fn elevated_roles(e: &ElevationFact, rel: &RelationshipFact, facts: &Facts) -> Vec<DirectoryRole> {
    if e.relationship_id != rel.id || !e.in_force(facts.now) {
        return Vec::new();
    }
    let Some(elig) = facts
        .eligibilities
        .iter()
        .find(|g| g.id == e.eligibility_id && g.relationship_id == rel.id)
    else {
        return Vec::new();
    };
    e.roles
        .iter()
        .copied()
        .filter(|r| elig.roles.contains(r) && rel.access.contains(r))
        .collect()
}

/// The principal's elevations in force on the `active` relationships that have roles to give,
/// with those roles: by relationship (in `active`'s order), then by elevation id. Empty, and
/// without allocating, when the principal holds no elevation.
pub(super) fn in_force<'a>(
    active: &[&'a RelationshipFact],
    facts: &'a Facts,
) -> Vec<(&'a RelationshipFact, &'a ElevationFact, Vec<DirectoryRole>)> {
    if facts.elevations.is_empty() {
        return Vec::new();
    }
    let mut elevations: Vec<&ElevationFact> = facts.elevations.iter().collect();
    elevations.sort_by(|a, b| a.id.cmp(&b.id));
    let mut out = Vec::new();
    for rel in active {
        for e in &elevations {
            let roles = elevated_roles(e, rel, facts);
            if !roles.is_empty() {
                out.push((*rel, *e, roles));
            }
        }
    }
    out
}

/// The first of the elevations in force (see [`in_force`]) whose roles allow `action`:
/// eligible roles activated for a while.
pub(super) fn decide_elevated(
    action: Action,
    elevated: &[(&RelationshipFact, &ElevationFact, Vec<DirectoryRole>)],
) -> Option<Decision> {
    elevated.iter().find_map(|(rel, e, held)| {
        let roles = super::allowing_in_customer(held, action);
        (!roles.is_empty()).then(|| {
            Decision::allow(
                Reason::Elevated,
                Via::Elevated {
                    relationship_id: rel.id.clone(),
                    elevation_id: e.id.clone(),
                    roles,
                    ends_at: e
                        .ends_at
                        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
                        .unwrap_or_default(),
                },
            )
        })
    })
}
