//! A foreign tenant with no relationship, and the operator's reach.

use super::*;

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
                    let operator = Via::Operator {
                        roles: vec![DirectoryRole::GlobalAdmin],
                    };
                    let want = expected_decision(allowed, reason, operator);
                    let case = format!(
                        "{} of a {home:?} tenant in foreign {target_kind} {}, {a}",
                        role_name(role),
                        f.target.tenant_id
                    );
                    note_mismatch(&mut mismatches, case, &d, &want);
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
    assert_eq!(
        verdict(&support, Action::ServiceRequestUpdate, &f),
        (false, Reason::NoRelationship)
    );
    let d = decide(
        Some(&support),
        Action::ServiceRequestUpdate,
        &facts(Kind::Operator),
    );
    assert_eq!((d.allowed, d.reason), (true, Reason::OwnTenantRole));
}
