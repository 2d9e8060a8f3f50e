//! The delegated path over several relationships, access assignments and group memberships
//! (SPEC §1, issue 12), against the reference model.

use chrono::Duration;

use super::delegated::{grant, partner_admin, partner_user};
use super::*;

fn rel(id: &str, access: &[DirectoryRole]) -> RelationshipFact {
    RelationshipFact {
        id: id.into(),
        ..relationship(access)
    }
}

fn assignment(relationship_id: &str, group: &str, roles: &[DirectoryRole]) -> AssignmentFact {
    AssignmentFact {
        relationship_id: relationship_id.into(),
        group: group.into(),
        roles: roles.iter().copied().collect(),
    }
}

/// A partner user acting in the customer tenant through `rels` and `assignments`, with
/// `grants`, a member of the partner's own `groups`.
fn in_world(
    rels: Vec<RelationshipFact>,
    assignments: Vec<AssignmentFact>,
    grants: Vec<GrantFact>,
    groups: &[&str],
) -> Facts {
    let mut f = facts(Kind::Customer);
    f.relationships = rels;
    f.assignments = assignments;
    f.grants = grants;
    f.groups = groups.iter().map(|g| g.to_string()).collect();
    f.object.relationship_partner_tenant_id = Some(OTHER_PARTNER.into());
    f
}

/// `decide` agrees with the reference: the same answer and reason, and a path among those the
/// reference finds.
fn check(p: &Principal, a: Action, f: &Facts) -> Result<Decision, String> {
    let d = decide(Some(p), a, f);
    let (allowed, reason, paths) = expected_delegated(p, a.id(), f);
    let fits = if allowed {
        paths.contains(&d.via)
    } else {
        d.via == Via::None
    };
    if (d.allowed, d.reason) != (allowed, reason) || !fits {
        return Err(format!(
            "{a}: got {} {} {:?}, want {allowed} {reason} through one of {paths:?}",
            d.allowed, d.reason, d.via
        ));
    }
    Ok(d)
}

#[test]
fn rights_are_the_union_over_the_active_relationships() {
    use DirectoryRole::*;
    let f = in_world(
        vec![
            rel("rel-helpdesk", &[HelpdeskAdmin, ServiceSupportAdmin]),
            rel("rel-billing", &[BillingAdmin]),
        ],
        vec![],
        vec![],
        &[],
    );
    let admin = partner_admin();
    let via = |a| check(&admin, a, &f).unwrap().via;
    assert!(matches!(
        via(Action::UserRead),
        Via::Delegated { ref relationship_id, ref delegated_roles, .. }
            if relationship_id == "rel-helpdesk" && delegated_roles == &[HelpdeskAdmin]
    ));
    assert!(matches!(
        via(Action::LicenseRead),
        Via::Delegated { ref relationship_id, ref delegated_roles, .. }
            if relationship_id == "rel-billing" && delegated_roles == &[BillingAdmin]
    ));
    for a in [Action::DomainRead, Action::AuditRead, Action::TenantUpdate] {
        let d = check(&admin, a, &f).unwrap();
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::RoleInsufficient),
            "{a}"
        );
    }
}

#[test]
fn an_assignment_gives_its_groups_members_the_assigned_roles_within_the_access() {
    use DirectoryRole::*;
    let granular = || {
        rel(
            "rel-granular",
            &[HelpdeskAdmin, ServiceSupportAdmin, GlobalReader],
        )
    };
    let tier2 = assignment("rel-granular", "g-tier2", &[HelpdeskAdmin, UserAdmin]);
    let member = in_world(vec![granular()], vec![tier2.clone()], vec![], &["g-tier2"]);
    let user = partner_user();
    let d = check(&user, Action::UserRead, &member).unwrap();
    assert_eq!(
        d,
        Decision {
            allowed: true,
            reason: Reason::Delegated,
            via: Via::Assigned {
                relationship_id: "rel-granular".into(),
                group: "g-tier2".into(),
                roles: vec![HelpdeskAdmin],
            },
        }
    );
    // user-admin is not in the access: its licenses stay out of reach, and so do the
    // relationship's own global-reader rights, which nobody assigned to the group.
    for a in [Action::LicenseRead, Action::DomainRead] {
        let d = check(&user, a, &member).unwrap();
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::RoleInsufficient),
            "{a}"
        );
    }
    // Never delegable, whatever is assigned.
    let d = check(&user, Action::UserResetPassword, &member).unwrap();
    assert_eq!((d.allowed, d.reason), (false, Reason::NotDelegable));
    // Not a member: nothing covers the customer.
    let outsider = in_world(vec![granular()], vec![tier2], vec![], &["g-readers"]);
    let d = check(&user, Action::UserRead, &outsider).unwrap();
    assert_eq!((d.allowed, d.reason), (false, Reason::NoGrant));
    // Roles wholly outside the access: covered, but nothing allowed.
    let outside = assignment("rel-granular", "g-tier2", &[GlobalAdmin]);
    let f = in_world(vec![granular()], vec![outside], vec![], &["g-tier2"]);
    let d = check(&user, Action::TenantRead, &f).unwrap();
    assert_eq!((d.allowed, d.reason), (false, Reason::RoleInsufficient));
}

#[test]
fn an_assignment_on_a_relationship_not_in_force_gives_nothing_even_beside_an_active_one() {
    use DirectoryRole::*;
    let mut ended = rel("rel-ended", &[GlobalAdmin]);
    ended.status = RelationshipStatus::Terminated;
    let mut lapsed = rel("rel-lapsed", &[GlobalReader]);
    lapsed.expires_at = Some(now() - Duration::days(1));
    for (inactive, role) in [(ended, GlobalAdmin), (lapsed, GlobalReader)] {
        let id = inactive.id.clone();
        let f = in_world(
            vec![rel("rel-billing", &[BillingAdmin]), inactive],
            vec![assignment(&id, "g-tier2", &[role])],
            vec![],
            &["g-tier2"],
        );
        let d = check(&partner_user(), Action::TenantRead, &f).unwrap();
        assert_eq!((d.allowed, d.reason), (false, Reason::NoGrant), "{id}");
    }
}

#[test]
fn a_grant_is_a_membership_of_its_built_in_group_for_the_customers_it_covers() {
    use DirectoryRole::*;
    let world = |grants| {
        in_world(
            vec![rel(
                "rel-granular",
                &[HelpdeskAdmin, ServiceSupportAdmin, GlobalReader],
            )],
            vec![assignment(
                "rel-granular",
                "helpdesk-agents",
                &[GlobalReader],
            )],
            grants,
            &[],
        )
    };
    let user = partner_user();
    let here = world(vec![grant("g-h", AgentRole::HelpdeskAgent, Some(CUSTOMER))]);
    let d = check(&user, Action::LicenseRead, &here).unwrap();
    assert!(
        matches!(d.via, Via::Assigned { ref group, .. } if group == "helpdesk-agents"),
        "{d:?}"
    );
    let elsewhere = world(vec![grant(
        "g-h",
        AgentRole::HelpdeskAgent,
        Some(OTHER_CUSTOMER),
    )]);
    let d = check(&user, Action::LicenseRead, &elsewhere).unwrap();
    assert_eq!((d.allowed, d.reason), (false, Reason::NoGrant));
    // A partner global admin holds every agent role, so it is in every built-in group.
    let d = check(&partner_admin(), Action::LicenseRead, &world(vec![])).unwrap();
    assert!(d.allowed, "{d:?}");
    // A sales agent does nothing inside customers, except what is assigned to sales-agents.
    let sales = |assignments| {
        in_world(
            vec![rel("rel-dap", &[GlobalAdmin])],
            assignments,
            vec![grant("g-s", AgentRole::SalesAgent, None)],
            &[],
        )
    };
    let d = check(&user, Action::TenantUpdate, &sales(vec![])).unwrap();
    assert_eq!((d.allowed, d.reason), (false, Reason::RoleInsufficient));
    let assigned = sales(vec![assignment("rel-dap", "sales-agents", &[GlobalAdmin])]);
    let d = check(&user, Action::TenantUpdate, &assigned).unwrap();
    assert_eq!((d.allowed, d.reason), (true, Reason::Delegated));
}

/// Every partner user of a small set × every world of at most two relationships of t-partner
/// with t-customer (in either order) with at most one access assignment × every action, against
/// the reference. Each world also holds t-partner's relationship with another customer and
/// another partner's with t-customer, both assigning global-admin to g-tier2: neither may count.
#[test]
fn delegated_decisions_agree_with_the_reference_in_worlds_of_relationships_and_assignments() {
    use DirectoryRole::*;
    let shapes: Vec<RelationshipFact> = {
        let mut granular = rel(
            "rel-granular",
            &[HelpdeskAdmin, ServiceSupportAdmin, GlobalReader],
        );
        granular.expires_at = Some(now() + Duration::days(90));
        let mut expired = rel("rel-expired", &[HelpdeskAdmin, GlobalReader]);
        expired.expires_at = Some(now() - Duration::days(1));
        let mut ended = rel("rel-ended", &[GlobalAdmin]);
        ended.status = RelationshipStatus::Terminated;
        vec![
            rel("rel-dap", &[GlobalAdmin]),
            granular,
            rel("rel-billing", &[BillingAdmin]),
            expired,
            ended,
        ]
    };
    let mut sets: Vec<Vec<RelationshipFact>> = vec![vec![]];
    for (i, a) in shapes.iter().enumerate() {
        sets.push(vec![a.clone()]);
        for (j, b) in shapes.iter().enumerate() {
            if i != j {
                sets.push(vec![a.clone(), b.clone()]);
            }
        }
    }
    let groups = ["helpdesk-agents", "sales-agents", "g-tier2"];
    let role_sets: [&[DirectoryRole]; 4] = [
        &[GlobalReader],
        &[HelpdeskAdmin, UserAdmin],
        &[GlobalAdmin],
        &[BillingAdmin],
    ];
    let noise_rels = {
        let mut theirs = rel("rel-theirs", &[GlobalAdmin]);
        theirs.partner_tenant_id = OTHER_PARTNER.into();
        let mut elsewhere = rel("rel-elsewhere", &[GlobalAdmin]);
        elsewhere.customer_tenant_id = OTHER_CUSTOMER.into();
        [theirs, elsewhere]
    };
    let noise_assignments = [
        assignment("rel-theirs", "g-tier2", &[GlobalAdmin]),
        assignment("rel-elsewhere", "g-tier2", &[GlobalAdmin]),
    ];
    let grant_sets: Vec<Vec<GrantFact>> = vec![
        vec![],
        vec![grant("g-a", AgentRole::AdminAgent, None)],
        vec![grant("g-h", AgentRole::HelpdeskAgent, Some(CUSTOMER))],
        vec![grant("g-s", AgentRole::SalesAgent, None)],
        vec![grant("g-h", AgentRole::HelpdeskAgent, Some(OTHER_CUSTOMER))],
        vec![
            grant("g-h", AgentRole::HelpdeskAgent, Some(CUSTOMER)),
            grant("g-s", AgentRole::SalesAgent, None),
        ],
    ];
    let mut people: Vec<(Principal, Vec<GrantFact>, &[&str])> = Vec::new();
    for own_groups in [&[][..], &["g-tier2"][..]] {
        for grants in &grant_sets {
            people.push((partner_user(), grants.clone(), own_groups));
        }
        people.push((partner_admin(), vec![], own_groups));
        people.push((
            partner_admin(),
            vec![grant("g-h", AgentRole::HelpdeskAgent, Some(CUSTOMER))],
            own_groups,
        ));
    }

    let mut mismatches = Vec::new();
    let mut checked = 0;
    let mut seen: BTreeSet<&str> = BTreeSet::new();
    for rels in &sets {
        let mut assignment_sets = vec![vec![]];
        for r in rels {
            for g in groups {
                for roles in role_sets {
                    assignment_sets.push(vec![assignment(&r.id, g, roles)]);
                }
            }
        }
        for assignments in &assignment_sets {
            for (p, grants, own_groups) in &people {
                let mut all_rels = rels.clone();
                all_rels.extend(noise_rels.iter().cloned());
                let mut all_assignments = assignments.clone();
                all_assignments.extend(noise_assignments.iter().cloned());
                let f = in_world(all_rels, all_assignments, grants.clone(), own_groups);
                for &a in Action::ALL {
                    checked += 1;
                    match check(p, a, &f) {
                        Ok(d) => {
                            seen.insert(match &d.via {
                                Via::Delegated { .. } => "through an agent role",
                                Via::Assigned { .. } => "through an assignment",
                                _ => d.reason.id(),
                            });
                        }
                        Err(e) => mismatches.push(format!(
                            "{:?} {grants:?} in {own_groups:?}, relationships {:?}, assignments \
                             {assignments:?}: {e}",
                            p.roles,
                            rels.iter().map(|r| r.id.as_str()).collect::<Vec<_>>()
                        )),
                    }
                }
            }
        }
    }
    // 26 relationship sets: none, 5 alone with 12 assignments or none, 20 ordered pairs with 24
    // or none; 16 people; 31 actions.
    assert_eq!(sets.len(), 26);
    assert_eq!(checked, (1 + 5 * 13 + 20 * 25) * 16 * Action::ALL.len());
    mismatches.truncate(20);
    assert_no_mismatch(mismatches);
    let want: BTreeSet<&str> = [
        "through an agent role",
        "through an assignment",
        "no-relationship",
        "relationship-expired",
        "relationship-terminated",
        "not-delegable",
        "no-grant",
        "role-insufficient",
        "operator-only",
        // elevation.request without a session signed in with MFA.
        "mfa-required",
    ]
    .into();
    assert_eq!(seen, want);
}
