//! Accepting invites (rule 5), the delegated path (rules 2 and 3: a few cases; the reference
//! model over small worlds of several relationships is in `delegated_worlds`), relationship
//! expiry and the relationship admin.

use chrono::Duration;

use super::*;

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

pub(super) fn grant(id: &str, role: AgentRole, customer: Option<&str>) -> GrantFact {
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

/// What a partner global admin may do about `user.read` in the customer through `rel` alone.
fn admin_reads_users_through(rel: &RelationshipFact) -> (bool, Reason) {
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel.clone(), vec![]),
    );
    (d.allowed, d.reason)
}

pub(super) fn partner_admin() -> Principal {
    principal(Kind::Partner, &[DirectoryRole::GlobalAdmin])
}

pub(super) fn partner_user() -> Principal {
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
    assert_eq!(
        admin_reads_users_through(&rel),
        (false, Reason::RelationshipExpired)
    );

    // Expiry is exclusive of the instant itself: at `expires_at` it is over.
    rel.expires_at = Some(now());
    assert_eq!(
        admin_reads_users_through(&rel),
        (false, Reason::RelationshipExpired)
    );
}

#[test]
fn an_auto_extending_relationship_past_its_first_end_still_delegates() {
    let mut rel = relationship(&[DirectoryRole::HelpdeskAdmin]);
    rel.expires_at = Some(now() - Duration::days(400));
    rel.auto_extend = true;
    assert_eq!(admin_reads_users_through(&rel), (true, Reason::Delegated));
}

#[test]
fn a_terminated_relationship_gives_nothing() {
    let mut rel = relationship(&[DirectoryRole::GlobalAdmin]);
    rel.status = RelationshipStatus::Terminated;
    assert_eq!(
        admin_reads_users_through(&rel),
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
        assert_eq!(
            verdict(&partner_admin(), a, &f),
            (false, Reason::NotDelegable),
            "{id}"
        );
    }
}

#[test]
fn a_partner_global_admin_may_end_its_own_relationship() {
    let mut f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    f.object.relationship_partner_tenant_id = Some(PARTNER.into());
    assert_eq!(
        verdict(&partner_admin(), Action::PartnerRemove, &f),
        (true, Reason::OwnRelationship)
    );
}

#[test]
fn delegated_rights_are_the_intersection_of_agent_role_and_delegated_roles() {
    // Admin agent (implicit) through a relationship delegating only helpdesk-admin.
    let f = in_customer(relationship(&[DirectoryRole::HelpdeskAdmin]), vec![]);
    let admin = partner_admin();
    assert_eq!(
        verdict(&admin, Action::UserRead, &f),
        (true, Reason::Delegated)
    );
    for a in [Action::TenantUpdate, Action::LicenseRead, Action::AuditRead] {
        assert_eq!(
            verdict(&admin, a, &f),
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
        assert_eq!(
            verdict(&user, a, &helpdesk),
            (true, Reason::Delegated),
            "{a}"
        );
    }
    for a in [Action::TenantUpdate, Action::DomainRead, Action::AuditRead] {
        assert_eq!(
            verdict(&user, a, &helpdesk),
            (false, Reason::RoleInsufficient),
            "{a}"
        );
    }

    // A sales agent has nothing inside customers.
    let sales = in_customer(rel, vec![grant("g-s", AgentRole::SalesAgent, None)]);
    assert_eq!(
        verdict(&user, Action::TenantRead, &sales),
        (false, Reason::RoleInsufficient)
    );
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
    assert_eq!(
        verdict(&admin, Action::InviteAccept, &f),
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
