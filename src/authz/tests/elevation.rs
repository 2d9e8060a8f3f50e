//! Just-in-time elevation and MFA (issue 14): the partner-side rules the decision table cannot
//! show (its target is always the customer), and the paths of elevated decisions.

use super::*;
use chrono::Duration;

fn partner(roles: &[DirectoryRole]) -> Principal {
    principal(Kind::Partner, roles)
}

/// The verdicts on an elevation someone else requested, and on one the principal requested.
fn on_others_and_own(p: &Principal, action: Action, f: &Facts) -> [(bool, Reason); 2] {
    let mut own = f.clone();
    own.object.requested_by_principal = true;
    [verdict(p, action, f), verdict(p, action, &own)]
}

/// Eligibility `elig-1` through `rel-1`, for helpdesk-admin and user-admin.
fn eligible_for_helpdesk_and_user_admin() -> EligibilityFact {
    EligibilityFact {
        id: "elig-1".into(),
        relationship_id: "rel-1".into(),
        roles: [DirectoryRole::HelpdeskAdmin, DirectoryRole::UserAdmin].into(),
    }
}

#[test]
fn nobody_approves_their_own_elevation_and_only_global_admins_approve() {
    let f = facts(Kind::Partner);
    let admin = partner(&[DirectoryRole::GlobalAdmin]);
    assert_eq!(
        on_others_and_own(&admin, Action::ElevationApprove, &f),
        [(true, Reason::OwnTenantRole), (false, Reason::SelfApproval)]
    );
    // Agents and readers do not approve.
    for roles in [
        vec![],
        vec![DirectoryRole::GlobalReader],
        vec![DirectoryRole::UserAdmin],
    ] {
        let mut g = f.clone();
        g.grants = vec![GrantFact {
            id: "g-1".into(),
            role: AgentRole::AdminAgent,
            customer_tenant_id: None,
        }];
        assert_eq!(
            verdict(&partner(&roles), Action::ElevationApprove, &g),
            (false, Reason::RoleInsufficient),
            "{roles:?}"
        );
    }
    // Nowhere but in a partner tenant.
    let d = decide(
        Some(&principal(Kind::Customer, &[DirectoryRole::GlobalAdmin])),
        Action::ElevationApprove,
        &facts(Kind::Customer),
    );
    assert_eq!((d.allowed, d.reason), (false, Reason::NotAPartner));
}

#[test]
fn anyone_ends_their_own_elevation_and_global_admins_end_anyones() {
    let f = facts(Kind::Partner);
    assert_eq!(
        on_others_and_own(&partner(&[]), Action::ElevationEnd, &f),
        [
            (false, Reason::RoleInsufficient),
            (true, Reason::OwnElevation)
        ]
    );
    let d = decide(
        Some(&partner(&[DirectoryRole::GlobalAdmin])),
        Action::ElevationEnd,
        &f,
    );
    assert!(d.allowed);
}

#[test]
fn an_elevated_decision_names_the_elevation_its_roles_and_its_end() {
    let now = now();
    let mut f = facts(Kind::Customer);
    f.relationships = vec![relationship(&[
        DirectoryRole::HelpdeskAdmin,
        DirectoryRole::GlobalReader,
    ])];
    f.eligibilities = vec![eligible_for_helpdesk_and_user_admin()];
    let elevation = ElevationFact {
        id: "elev-1".into(),
        eligibility_id: "elig-1".into(),
        relationship_id: "rel-1".into(),
        roles: [DirectoryRole::HelpdeskAdmin, DirectoryRole::UserAdmin].into(),
        status: ElevationStatus::Active,
        starts_at: Some(now - Duration::minutes(5)),
        ends_at: Some(now + Duration::hours(2)),
    };
    f.elevations = vec![elevation.clone()];
    let user = partner(&[]);
    let d = decide(Some(&user), Action::UserRead, &f);
    assert_eq!(
        d.via,
        Via::Elevated {
            relationship_id: "rel-1".into(),
            elevation_id: "elev-1".into(),
            roles: vec![DirectoryRole::HelpdeskAdmin],
            ends_at: "2026-06-01T14:00:00Z".into(),
        }
    );
    assert_eq!(d.reason, Reason::Elevated);
    assert!(
        d.explain().contains("until 2026-06-01T14:00:00Z"),
        "{}",
        d.explain()
    );
    // At its end, exactly, it is over.
    f.now = now + Duration::hours(2);
    assert_eq!(
        verdict(&user, Action::UserRead, &f),
        (false, Reason::NoGrant)
    );
    // A partner requiring MFA: not without it.
    f.now = now;
    let strict = Principal {
        mfa_required: true,
        ..user.clone()
    };
    assert_eq!(
        verdict(&strict, Action::UserRead, &f),
        (false, Reason::MfaRequired)
    );
    let d = decide(
        Some(&Principal {
            mfa: true,
            ..strict
        }),
        Action::UserRead,
        &f,
    );
    assert!(d.allowed);
}

#[test]
fn an_elevation_is_asked_for_with_mfa_within_eligibility_and_access() {
    let mut f = facts(Kind::Customer);
    f.relationships = vec![relationship(&[DirectoryRole::HelpdeskAdmin])];
    f.eligibilities = vec![eligible_for_helpdesk_and_user_admin()];
    let ask = |f: &Facts, roles: &[DirectoryRole], mfa: bool| {
        let mut g = f.clone();
        g.object.requested_roles = roles.iter().copied().collect();
        let p = Principal {
            mfa,
            ..partner(&[])
        };
        let d = decide(Some(&p), Action::ElevationRequest, &g);
        (d.allowed, d.reason)
    };
    use DirectoryRole::*;
    assert_eq!(ask(&f, &[HelpdeskAdmin], true), (true, Reason::Eligible));
    assert_eq!(
        ask(&f, &[HelpdeskAdmin], false),
        (false, Reason::MfaRequired)
    );
    // Eligible for user-admin, but the relationship does not delegate it.
    assert_eq!(
        ask(&f, &[UserAdmin], true),
        (false, Reason::RoleInsufficient)
    );
    assert_eq!(ask(&f, &[], true), (false, Reason::RoleInsufficient));
    f.eligibilities.clear();
    assert_eq!(
        ask(&f, &[HelpdeskAdmin], true),
        (false, Reason::NotEligible)
    );
}
