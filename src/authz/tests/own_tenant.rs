//! The catalogue, the signed-in checks and rule 1 (own-tenant roles).

use super::*;

// ---------------------------------------------------------------------------------------------
// The action catalogue
// ---------------------------------------------------------------------------------------------

#[test]
fn action_catalogue_is_the_specs_in_its_order() {
    let ids: Vec<&str> = Action::ALL.iter().map(|a| a.id()).collect();
    assert_eq!(ids, CATALOGUE.split(' ').collect::<Vec<_>>());
}

#[test]
fn action_ids_roundtrip_through_fromstr_display_and_json() {
    for &a in Action::ALL {
        assert_eq!(a.id().parse::<Action>(), Ok(a), "{a:?}");
        assert_eq!(a.to_string(), a.id());
        assert_eq!(
            serde_json::to_value(a).unwrap(),
            serde_json::Value::String(a.id().into())
        );
    }
}

#[test]
fn unknown_action_is_rejected_with_the_catalogue() {
    for bad in [
        "",
        "user",
        "user.fly",
        "USER.READ",
        " user.read",
        "user.read ",
    ] {
        let err = bad.parse::<Action>().unwrap_err();
        assert!(err.contains("unknown action"), "{bad:?}: {err}");
        assert!(err.contains("tenant.read") && err.contains("partner.enroll"));
    }
}

// ---------------------------------------------------------------------------------------------
// Signed-in and enabled checks come first
// ---------------------------------------------------------------------------------------------

#[test]
fn not_signed_in_is_denied_everything_everywhere() {
    for target in KINDS {
        for &a in Action::ALL {
            let d = decide(None, a, &facts(target));
            assert_eq!(
                d,
                Decision {
                    allowed: false,
                    reason: Reason::NotSignedIn,
                    via: Via::None
                },
                "{a} in {target:?}"
            );
        }
    }
}

#[test]
fn a_disabled_user_is_denied_everything_whatever_its_roles() {
    for home in KINDS {
        for role in ROLES {
            let mut p = principal_with(home, role);
            p.enabled = false;
            for target in KINDS {
                for &a in Action::ALL {
                    let d = decide(Some(&p), a, &facts(target));
                    assert!(
                        !d.allowed && d.reason == Reason::UserDisabled && d.via == Via::None,
                        "{} of a {home:?} tenant, {a} in {target:?}: {d:?}",
                        role_name(role)
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rule 1: every directory role × every action × own tenant of every kind
// ---------------------------------------------------------------------------------------------

#[test]
fn own_tenant_every_role_every_action_every_tenant_kind() {
    let mut mismatches = Vec::new();
    for kind in KINDS {
        for role in ROLES {
            let p = principal_with(kind, role);
            for &a in Action::ALL {
                let d = decide(Some(&p), a, &facts(kind));
                let (allowed, reason) = expected_own(role, kind, a.id());
                let own = Via::OwnTenant {
                    roles: role.into_iter().collect(),
                };
                let want = expected_decision(allowed, reason, own);
                let case = format!("{} in own {kind:?} tenant, {a}", role_name(role));
                note_mismatch(&mut mismatches, case, &d, &want);
            }
        }
    }
    assert_no_mismatch(mismatches);
}

#[test]
fn own_tenant_rights_spelled_out_for_a_plain_customer() {
    // The same rules as the matrix above, as the lists a reviewer would check by eye.
    let allowed = |role: DirectoryRole| -> Vec<&'static str> {
        let p = principal(Kind::Customer, &[role]);
        Action::ALL
            .iter()
            .filter(|a| decide(Some(&p), **a, &facts(Kind::Customer)).allowed)
            .map(|a| a.id())
            .collect()
    };
    assert_eq!(
        allowed(DirectoryRole::BillingAdmin),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "service-request.create",
            "service-request.update",
            "license.read",
            "license.buy",
            // An offer of licenses only; one requesting delegated administration also takes
            // invite.accept (see `offer_accept_takes_both_rights`).
            "offer.accept"
        ]
    );
    assert_eq!(
        allowed(DirectoryRole::HelpdeskAdmin),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "service-request.create",
            "service-request.update",
            "user.read",
            "user.reset-password"
        ]
    );
    assert_eq!(
        allowed(DirectoryRole::ServiceSupportAdmin),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "service-request.create",
            "service-request.update"
        ]
    );
    assert_eq!(
        allowed(DirectoryRole::GlobalReader),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "license.read",
            "domain.read",
            "user.read",
            "partner.read",
            "audit.read"
        ]
    );
    assert_eq!(
        allowed(DirectoryRole::RelationshipAdmin),
        ["partner.read", "partner.remove", "invite.accept"]
    );
    let global_admin = allowed(DirectoryRole::GlobalAdmin);
    assert_eq!(global_admin.len(), Action::ALL.len() - 15);
    for id in OPERATOR_ONLY.iter().chain(PARTNER_SIDE) {
        assert!(!global_admin.contains(id), "{id}");
    }
}

#[test]
fn several_roles_give_the_union_and_name_every_role_that_carries_it() {
    use DirectoryRole::*;
    let p = principal(Kind::Customer, &[BillingAdmin, HelpdeskAdmin]);
    let f = facts(Kind::Customer);
    let d = decide(Some(&p), Action::ServiceRequestRead, &f);
    assert_eq!(
        d.via,
        Via::OwnTenant {
            roles: vec![BillingAdmin, HelpdeskAdmin]
        }
    );
    assert!(decide(Some(&p), Action::LicenseBuy, &f).allowed);
    assert!(decide(Some(&p), Action::UserResetPassword, &f).allowed);
    assert_eq!(
        verdict(&p, Action::UserCreate, &f),
        (false, Reason::RoleInsufficient)
    );
}

#[test]
fn offer_accept_takes_both_rights() {
    // SPEC §2 rule 4: license.buy for the items, plus invite.accept when the offer requests
    // delegated administration; a partner never accepts in a customer (rule 3).
    let delegated = |kind| Facts {
        object: ObjectFacts {
            offer_delegated: true,
            invite_partner_tenant_id: Some("t-partner".into()),
            ..ObjectFacts::default()
        },
        ..facts(kind)
    };
    let may = |role: DirectoryRole, f: &Facts| {
        decide(
            Some(&principal(Kind::Customer, &[role])),
            Action::OfferAccept,
            f,
        )
    };
    let plain = facts(Kind::Customer);
    let with = delegated(Kind::Customer);
    assert!(may(DirectoryRole::GlobalAdmin, &plain).allowed);
    assert!(may(DirectoryRole::GlobalAdmin, &with).allowed);
    assert!(may(DirectoryRole::BillingAdmin, &plain).allowed);
    let d = may(DirectoryRole::BillingAdmin, &with);
    assert!(!d.allowed);
    assert_eq!(d.reason, Reason::RoleInsufficient);
    let d = may(DirectoryRole::RelationshipAdmin, &with);
    assert!(!d.allowed, "a relationship admin buys nothing");
    assert!(!may(DirectoryRole::RelationshipAdmin, &plain).allowed);
    // Billing admin and relationship admin together hold both.
    let both = principal(
        Kind::Customer,
        &[
            DirectoryRole::BillingAdmin,
            DirectoryRole::RelationshipAdmin,
        ],
    );
    let d = decide(Some(&both), Action::OfferAccept, &with);
    assert!(d.allowed);
    assert_eq!(
        d.via,
        Via::OwnTenant {
            roles: vec![
                DirectoryRole::BillingAdmin,
                DirectoryRole::RelationshipAdmin
            ]
        }
    );
}
