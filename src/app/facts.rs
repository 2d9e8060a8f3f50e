//! The one place that builds the permission core's [`Facts`]: the store returns rows it owns,
//! and they become facts here. Everything is read on every call: nothing is cached across
//! commands (SPEC §2 rule 6).

use std::collections::BTreeSet;

use crate::authz::{
    AssignmentFact, ElevationFact, EligibilityFact, Facts, GrantFact, ObjectFacts, Principal,
    RelationshipFact, Target,
};
use crate::clock::parse_time;
use crate::error::{Error, Result};
use crate::store::{
    self, grants::GrantRow, relationships::RelationshipRow, tenants::TenantRow, Tx,
};

/// A tenant as the core sees it.
pub fn target(t: &TenantRow) -> Target {
    Target {
        tenant_id: t.id.clone(),
        is_operator: t.is_operator,
        is_partner: t.partner_id.is_some(),
    }
}

/// A relationship row as the core sees it. A stored `expired` is just the state that the clock
/// gives anyway.
pub fn relationship(r: &RelationshipRow) -> Result<RelationshipFact> {
    let expires_at = r
        .expires_at
        .as_deref()
        .map(parse_time)
        .transpose()
        .map_err(|_| Error::internal(format!("corrupt expiry of relationship {}", r.id)))?;
    Ok(RelationshipFact {
        id: r.id.clone(),
        partner_tenant_id: r.partner_tenant_id.clone(),
        customer_tenant_id: r.customer_tenant_id.clone(),
        status: r.status,
        access: r.access.clone(),
        expires_at,
        auto_extend: r.auto_extend,
    })
}

/// An agent-role grant as the core sees it.
pub fn grant(g: &GrantRow) -> GrantFact {
    GrantFact {
        id: g.id.clone(),
        role: g.role,
        customer_tenant_id: g.customer_tenant_id.clone(),
    }
}

/// An access assignment as the core sees it.
pub fn assignment(a: &store::assignments::AssignmentRow) -> AssignmentFact {
    AssignmentFact {
        relationship_id: a.relationship_id.clone(),
        group: a.group_name.clone(),
        roles: a.roles.clone(),
    }
}

/// An eligibility as the core sees it.
pub fn eligibility(e: &store::eligibilities::EligibilityRow) -> EligibilityFact {
    EligibilityFact {
        id: e.id.clone(),
        relationship_id: e.relationship_id.clone(),
        roles: e.roles.clone(),
    }
}

/// An elevation as the core sees it (an elevation whose eligibility is gone names none, and
/// the core gives it nothing).
pub fn elevation(e: &store::elevations::ElevationRow) -> Result<ElevationFact> {
    let time = |t: &Option<String>| {
        t.as_deref()
            .map(parse_time)
            .transpose()
            .map_err(|_| Error::internal(format!("corrupt window of elevation {}", e.id)))
    };
    Ok(ElevationFact {
        id: e.id.clone(),
        eligibility_id: e.eligibility_id.clone().unwrap_or_default(),
        relationship_id: e.relationship_id.clone(),
        roles: e.roles.clone(),
        status: e.status,
        starts_at: time(&e.starts_at)?,
        ends_at: time(&e.ends_at)?,
    })
}

/// The principal's eligibility and active elevations in the target, as facts.
pub fn just_in_time(
    tx: &Tx<'_>,
    user_id: &str,
    target: &TenantRow,
) -> Result<(Vec<EligibilityFact>, Vec<ElevationFact>)> {
    let eligibilities = store::eligibilities::of_user_in(tx, user_id, &target.id)?
        .iter()
        .map(eligibility)
        .collect();
    let elevations = store::elevations::active_of_user_in(tx, user_id, &target.id)?
        .iter()
        .map(elevation)
        .collect::<Result<_>>()?;
    Ok((eligibilities, elevations))
}

/// The facts about one tenant, from what the caller already read, with the assignments on
/// the relationships and the principal's own-group memberships.
pub fn about(
    now: chrono::DateTime<chrono::Utc>,
    tenant: &TenantRow,
    relationships: Vec<RelationshipFact>,
    grants: Vec<GrantFact>,
    assignments: Vec<AssignmentFact>,
    groups: BTreeSet<String>,
) -> Facts {
    Facts {
        now,
        target: target(tenant),
        relationships,
        grants,
        assignments,
        groups,
        eligibilities: Vec::new(),
        elevations: Vec::new(),
        object: ObjectFacts::default(),
    }
}

/// A partner tenant's users as the permission core sees them, each with its agent-role
/// grants: read once per partner by the views that ask about many customers.
pub fn partner_agents(
    tx: &Tx<'_>,
    partner: &TenantRow,
) -> Result<Vec<(Principal, Vec<GrantFact>)>> {
    store::users::list(tx, &partner.id)?
        .iter()
        .map(|u| {
            let grants = store::grants::of_user(tx, &u.id)?
                .iter()
                .map(grant)
                .collect();
            Ok((super::sessions::principal_of(u, partner), grants))
        })
        .collect()
}

/// The partner's own groups each of its users belongs to, by user id: read once per partner
/// by the views that ask about many users.
pub fn group_memberships(
    tx: &Tx<'_>,
    partner: &TenantRow,
) -> Result<std::collections::HashMap<String, BTreeSet<String>>> {
    let mut out: std::collections::HashMap<String, BTreeSet<String>> =
        std::collections::HashMap::new();
    for (user_id, group) in store::groups::memberships_of_partner(tx, &partner.id)? {
        out.entry(user_id).or_default().insert(group);
    }
    Ok(out)
}

/// Everything `decide` needs about a principal acting on a target tenant.
pub fn load(
    tx: &Tx<'_>,
    principal: &Principal,
    target: &TenantRow,
    object: ObjectFacts,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Facts> {
    let relationships = if principal.tenant_id != target.id && principal.tenant_is_partner {
        store::relationships::between(tx, &principal.tenant_id, &target.id)?
            .iter()
            .map(relationship)
            .collect::<Result<_>>()?
    } else {
        Vec::new()
    };
    let (grants, assignments, groups) = if principal.tenant_is_partner {
        let grants = store::grants::of_user(tx, &principal.user_id)?
            .iter()
            .map(grant)
            .collect();
        let assignments = if principal.tenant_id != target.id {
            store::assignments::between(tx, &principal.tenant_id, &target.id)?
                .iter()
                .map(assignment)
                .collect()
        } else {
            Vec::new()
        };
        let groups = store::groups::names_of_member(tx, &principal.user_id)?
            .into_iter()
            .collect();
        (grants, assignments, groups)
    } else {
        (Vec::new(), Vec::new(), BTreeSet::new())
    };
    let (eligibilities, elevations) =
        if principal.tenant_is_partner && principal.tenant_id != target.id && !target.id.is_empty()
        {
            just_in_time(tx, &principal.user_id, target)?
        } else {
            (Vec::new(), Vec::new())
        };
    Ok(Facts {
        object,
        eligibilities,
        elevations,
        ..about(now, target, relationships, grants, assignments, groups)
    })
}
