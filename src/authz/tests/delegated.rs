//! Foreign tenants and the operator's reach, accepting invites (rule 5), the delegated path
//! (rules 2 and 3: several relationships, access assignments, group memberships) and
//! relationship expiry.

use chrono::Duration;

use super::*;

// ---------------------------------------------------------------------------------------------
// A foreign tenant with no relationship; the operator's reach
// ---------------------------------------------------------------------------------------------

#[test]
fn foreign_tenant_every_role_every_action_from_every_tenant_kind() {
    // Foreign targets of each kind, none of them related to the principal's tenant.
    let targets = [
        ("customer", facts_for(OTHER_CUSTOMER, false, false)),
        ("partner", facts_for(OTHER_PARTNER, false, true)),
        ("operator", facts(Kind::Operator)),
    ];
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for home in KINDS {
        for (target_kind, f) in &targets {
            if f.target.tenant_id == tenant_id(home) {
                continue;
            }
            for role in ROLES {
                let p = principal_with(home, role);
                for &a in Action::ALL {
                    checked += 1;
                    let d = decide(Some(&p), a, f);
                    let (allowed, reason) = expected_foreign(role, home, a.id());
                    let via = if allowed {
                        Via::Operator {
                            roles: vec![DirectoryRole::GlobalAdmin],
                        }
                    } else {
                        Via::None
                    };
                    let want = Decision {
                        allowed,
                        reason,
                        via,
                    };
                    if d != want {
                        mismatches.push(format!(
                            "{} of a {home:?} tenant in foreign {target_kind} {}, {a}: got {} {}, want {} {}",
                            role_name(role),
                            f.target.tenant_id,
                            d.allowed,
                            d.reason,
                            want.allowed,
                            want.reason
                        ));
                    }
                }
            }
        }
    }
    // Three foreign targets each from a customer and a partner tenant, two from the operator.
    assert_eq!(checked, 8 * ROLES.len() * Action::ALL.len());
    assert_no_mismatch(mismatches);
}

#[test]
fn the_operators_reach_is_exactly_its_list_and_only_for_global_admins() {
    let f = facts(Kind::Customer);
    let ga = principal(Kind::Operator, &[DirectoryRole::GlobalAdmin]);
    let reach: Vec<&str> = Action::ALL
        .iter()
        .filter(|a| decide(Some(&ga), **a, &f).allowed)
        .map(|a| a.id())
        .collect();
    let mut want = OPERATOR_REACH.to_vec();
    want.sort_by_key(|id| CATALOGUE.split(' ').position(|c| c == *id));
    assert_eq!(reach, want);

    // Operator staff with other roles act in the operator's own tenant only.
    let support = principal(Kind::Operator, &[DirectoryRole::ServiceSupportAdmin]);
    let d = decide(Some(&support), Action::ServiceRequestUpdate, &f);
    assert_eq!((d.allowed, d.reason), (false, Reason::NoRelationship));
    let d = decide(
        Some(&support),
        Action::ServiceRequestUpdate,
        &facts(Kind::Operator),
    );
    assert_eq!((d.allowed, d.reason), (true, Reason::OwnTenantRole));
}

// ---------------------------------------------------------------------------------------------
// Rule 5: accepting invites
// ---------------------------------------------------------------------------------------------

fn invite_from(issuer: &str, target: Kind) -> Facts {
    let mut f = facts(target);
    f.object.invite_partner_tenant_id = Some(issuer.into());
    f
}

#[test]
fn a_tenant_cannot_accept_its_own_invite_whatever_the_role() {
    for role in ROLES {
        let p = principal_with(Kind::Partner, role);
        let d = decide(
            Some(&p),
            Action::InviteAccept,
            &invite_from(PARTNER, Kind::Partner),
        );
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::OwnInvite),
            "{}",
            role_name(role)
        );
    }
}

#[test]
fn only_a_global_admin_or_relationship_admin_accepts_another_partners_invite_for_its_own_tenant() {
    for home in [Kind::Customer, Kind::Partner] {
        for role in ROLES {
            let p = principal_with(home, role);
            let d = decide(
                Some(&p),
                Action::InviteAccept,
                &invite_from(OTHER_PARTNER, home),
            );
            let want = if matches!(
                role,
                Some(DirectoryRole::GlobalAdmin | DirectoryRole::RelationshipAdmin)
            ) {
                (true, Reason::OwnTenantRole)
            } else {
                (false, Reason::RoleInsufficient)
            };
            assert_eq!(
                (d.allowed, d.reason),
                want,
                "{} in {home:?}",
                role_name(role)
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rules 2 and 3: the delegated path (a few cases; then the reference model over small worlds
// of several relationships, assignments and groups; the golden table covers the rest)
// ---------------------------------------------------------------------------------------------

fn relationship(access: &[DirectoryRole]) -> RelationshipFact {
    RelationshipFact {
        id: "rel-1".into(),
        partner_tenant_id: PARTNER.into(),
        customer_tenant_id: CUSTOMER.into(),
        status: RelationshipStatus::Active,
        access: access.iter().copied().collect(),
        expires_at: None,
        auto_extend: false,
    }
}

fn grant(id: &str, role: AgentRole, customer: Option<&str>) -> GrantFact {
    GrantFact {
        id: id.into(),
        role,
        customer_tenant_id: customer.map(Into::into),
    }
}

/// A partner user acting in the customer tenant through `rel`, with `grants`.
fn in_customer(rel: RelationshipFact, grants: Vec<GrantFact>) -> Facts {
    let mut f = facts(Kind::Customer);
    f.relationships = vec![rel];
    f.grants = grants;
    f
}

fn partner_admin() -> Principal {
    principal(Kind::Partner, &[DirectoryRole::GlobalAdmin])
}

fn partner_user() -> Principal {
    principal(Kind::Partner, &[])
}

#[test]
fn an_active_relationship_delegates_through_the_implicit_grant_of_a_partner_global_admin() {
    let f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    let d = decide(Some(&partner_admin()), Action::UserRead, &f);
    assert_eq!(
        d,
        Decision {
            allowed: true,
            reason: Reason::Delegated,
            via: Via::Delegated {
                relationship_id: "rel-1".into(),
                agent_role: AgentRole::AdminAgent,
                grant: GrantSource::Implicit,
                delegated_roles: vec![DirectoryRole::GlobalAdmin],
            },
        }
    );
}

#[test]
fn an_expired_relationship_gives_nothing() {
    let mut rel = relationship(&[DirectoryRole::GlobalAdmin]);
    rel.expires_at = Some(now() - Duration::days(1));
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel.clone(), vec![]),
    );
    assert_eq!((d.allowed, d.reason), (false, Reason::RelationshipExpired));

    // Expiry is exclusive of the instant itself: at `expires_at` it is over.
    rel.expires_at = Some(now());
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel, vec![]),
    );
    assert_eq!((d.allowed, d.reason), (false, Reason::RelationshipExpired));
}

#[test]
fn an_auto_extending_relationship_past_its_first_end_still_delegates() {
    let mut rel = relationship(&[DirectoryRole::HelpdeskAdmin]);
    rel.expires_at = Some(now() - Duration::days(400));
    rel.auto_extend = true;
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel, vec![]),
    );
    assert_eq!((d.allowed, d.reason), (true, Reason::Delegated));
}

#[test]
fn a_terminated_relationship_gives_nothing() {
    let mut rel = relationship(&[DirectoryRole::GlobalAdmin]);
    rel.status = RelationshipStatus::Terminated;
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel, vec![]),
    );
    assert_eq!(
        (d.allowed, d.reason),
        (false, Reason::RelationshipTerminated)
    );
}

#[test]
fn a_grant_scoped_to_another_customer_does_not_cover_this_one() {
    let rel = relationship(&[DirectoryRole::GlobalAdmin]);
    let elsewhere = grant("g-1", AgentRole::AdminAgent, Some(OTHER_CUSTOMER));
    let d = decide(
        Some(&partner_user()),
        Action::UserRead,
        &in_customer(rel.clone(), vec![elsewhere]),
    );
    assert_eq!((d.allowed, d.reason), (false, Reason::NoGrant));

    let here = grant("g-2", AgentRole::AdminAgent, Some(CUSTOMER));
    let d = decide(
        Some(&partner_user()),
        Action::UserRead,
        &in_customer(rel, vec![here]),
    );
    assert!(d.allowed, "{d:?}");
    assert!(matches!(
        d.via,
        Via::Delegated { grant: GrantSource::Explicit { ref grant_id }, .. } if grant_id == "g-2"
    ));
}

#[test]
fn never_delegable_actions_are_refused_even_to_a_global_admin_with_full_access() {
    let mut f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    // `partner.remove` of another partner's relationship.
    f.object.relationship_partner_tenant_id = Some(OTHER_PARTNER.into());
    for id in NEVER_DELEGABLE {
        let a: Action = id.parse().unwrap();
        let d = decide(Some(&partner_admin()), a, &f);
        assert_eq!((d.allowed, d.reason), (false, Reason::NotDelegable), "{id}");
    }
}

#[test]
fn a_partner_global_admin_may_end_its_own_relationship() {
    let mut f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    f.object.relationship_partner_tenant_id = Some(PARTNER.into());
    let d = decide(Some(&partner_admin()), Action::PartnerRemove, &f);
    assert_eq!((d.allowed, d.reason), (true, Reason::OwnRelationship));
}

#[test]
fn delegated_rights_are_the_intersection_of_agent_role_and_delegated_roles() {
    // Admin agent (implicit) through a relationship delegating only helpdesk-admin.
    let f = in_customer(relationship(&[DirectoryRole::HelpdeskAdmin]), vec![]);
    let admin = partner_admin();
    let d = decide(Some(&admin), Action::UserRead, &f);
    assert_eq!((d.allowed, d.reason), (true, Reason::Delegated));
    for a in [Action::TenantUpdate, Action::LicenseRead, Action::AuditRead] {
        let d = decide(Some(&admin), a, &f);
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::RoleInsufficient),
            "{a}"
        );
    }

    // Helpdesk agent through a relationship delegating global-admin.
    let rel = relationship(&[DirectoryRole::GlobalAdmin]);
    let helpdesk = in_customer(
        rel.clone(),
        vec![grant("g-h", AgentRole::HelpdeskAgent, None)],
    );
    let user = partner_user();
    for a in [
        Action::UserRead,
        Action::ServiceRequestCreate,
        Action::HealthRead,
    ] {
        let d = decide(Some(&user), a, &helpdesk);
        assert_eq!((d.allowed, d.reason), (true, Reason::Delegated), "{a}");
    }
    for a in [Action::TenantUpdate, Action::DomainRead, Action::AuditRead] {
        let d = decide(Some(&user), a, &helpdesk);
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::RoleInsufficient),
            "{a}"
        );
    }

    // A sales agent has nothing inside customers.
    let sales = in_customer(rel, vec![grant("g-s", AgentRole::SalesAgent, None)]);
    let d = decide(Some(&user), Action::TenantRead, &sales);
    assert_eq!((d.allowed, d.reason), (false, Reason::RoleInsufficient));
}

// ---------------------------------------------------------------------------------------------
// Relationship expiry
// ---------------------------------------------------------------------------------------------

#[test]
fn effective_expiry_extends_in_180_day_steps() {
    let end = now();
    let mut rel = relationship(&[DirectoryRole::HelpdeskAdmin]);
    assert_eq!(rel.effective_expiry(end), None, "no expiry stays none");

    rel.expires_at = Some(end);
    assert_eq!(rel.effective_expiry(end + Duration::days(1)), Some(end));

    rel.auto_extend = true;
    let step = Duration::days(AUTO_EXTEND_DAYS);
    assert_eq!(AUTO_EXTEND_DAYS, 180);
    let cases = [
        (end - Duration::days(1), end),
        (end, end + step),
        (end + Duration::seconds(1), end + step),
        (end + step - Duration::seconds(1), end + step),
        (end + step, end + step * 2),
        (end + Duration::days(1000), end + step * 6),
    ];
    for (at, want) in cases {
        assert_eq!(rel.effective_expiry(at), Some(want), "at {at}");
        assert_eq!(rel.state(at), RelationshipStatus::Active, "at {at}");
    }
}

#[test]
fn a_relationship_admin_reads_answers_and_ends_its_tenants_relationships_and_nothing_else() {
    let admin = principal(Kind::Customer, &[DirectoryRole::RelationshipAdmin]);
    // Any partner's relationship with its tenant, and any partner's invite to it.
    for partner in [PARTNER, OTHER_PARTNER] {
        let mut f = invite_from(partner, Kind::Customer);
        f.object.relationship_partner_tenant_id = Some(partner.into());
        for a in [
            Action::PartnerRead,
            Action::PartnerRemove,
            Action::InviteAccept,
        ] {
            let d = decide(Some(&admin), a, &f);
            assert_eq!(
                d,
                Decision {
                    allowed: true,
                    reason: Reason::OwnTenantRole,
                    via: Via::OwnTenant {
                        roles: vec![DirectoryRole::RelationshipAdmin]
                    },
                },
                "{a} ({partner})"
            );
        }
        for &a in Action::ALL {
            if !["partner.read", "partner.remove", "invite.accept"].contains(&a.id()) {
                assert!(!decide(Some(&admin), a, &f).allowed, "{a}");
            }
        }
    }
    // Rule 5 binds it as it binds a global admin.
    let mut f = invite_from(OTHER_PARTNER, Kind::Customer);
    f.object.invite_addressed_elsewhere = true;
    let d = decide(Some(&admin), Action::InviteAccept, &f);
    assert_eq!(
        (d.allowed, d.reason),
        (false, Reason::InviteForAnotherTenant)
    );
    // Its role is its own tenant's: nothing in another tenant, nothing as a partner.
    let mut f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    f.object.relationship_partner_tenant_id = Some(PARTNER.into());
    let partner_side = principal(Kind::Partner, &[DirectoryRole::RelationshipAdmin]);
    for &a in Action::ALL {
        let d = decide(Some(&partner_side), a, &f);
        assert!(!d.allowed, "{a}: {d:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Several relationships, access assignments and group memberships (SPEC §1, issue 12)
// ---------------------------------------------------------------------------------------------

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
