//! Rule 8: privileged targets, from Microsoft Entra's tables "Who can reset passwords" and "Who
//! can perform sensitive actions", restated in plain ids and checked against every actor with
//! at most two roles × every set of roles the user acted on may hold × every action on a user.

use super::*;

/// The actions on one existing user.
const ON_A_USER: &[&str] = &[
    "user.update",
    "user.delete",
    "user.reset-password",
    "user.assign-role",
];

/// The two roles below global admin that act on users, the actions they take on one, and the
/// roles the user acted on may hold (a user with no role is always within reach). Entra: a
/// Helpdesk Administrator resets the passwords of non-administrators and of Helpdesk
/// Administrators (among roles we have); a User Administrator resets, updates, disables and
/// deletes non-administrators, Helpdesk and User Administrators. Every other role is "all
/// other built-in roles": Global Administrators only (we have no Privileged Authentication
/// Administrator).
const REACH: &[(&str, &[&str], &[&str])] = &[
    (
        "helpdesk-admin",
        &["user.reset-password"],
        &["helpdesk-admin"],
    ),
    (
        "user-admin",
        &["user.update", "user.delete", "user.reset-password"],
        &["helpdesk-admin", "user-admin"],
    ),
];

const ALL_ROLES: [DirectoryRole; 7] = [
    DirectoryRole::GlobalAdmin,
    DirectoryRole::BillingAdmin,
    DirectoryRole::UserAdmin,
    DirectoryRole::HelpdeskAdmin,
    DirectoryRole::ServiceSupportAdmin,
    DirectoryRole::GlobalReader,
    DirectoryRole::RelationshipAdmin,
];

/// Whether one role of the actor reaches the user acted on for `id`.
fn reaches(role: DirectoryRole, id: &str, target: &BTreeSet<DirectoryRole>) -> bool {
    if role == DirectoryRole::GlobalAdmin {
        return true;
    }
    REACH.iter().any(|(r, actions, targets)| {
        *r == role.id() && actions.contains(&id) && target.iter().all(|t| targets.contains(&t.id()))
    })
}

/// The expected decision of a user of a plain customer holding `actor` acting on a user of its
/// tenant holding `target`.
fn expected(
    actor: &BTreeSet<DirectoryRole>,
    id: &str,
    target: &BTreeSet<DirectoryRole>,
) -> Decision {
    let carriers: Vec<DirectoryRole> = actor
        .iter()
        .copied()
        .filter(|r| role_allows(Some(*r), id))
        .collect();
    if carriers.is_empty() {
        return Decision::deny(Reason::RoleInsufficient);
    }
    let roles: Vec<DirectoryRole> = carriers
        .into_iter()
        .filter(|r| reaches(*r, id, target))
        .collect();
    if roles.is_empty() {
        return Decision::deny(Reason::PrivilegedTarget);
    }
    Decision {
        allowed: true,
        reason: Reason::OwnTenantRole,
        via: Via::OwnTenant { roles },
    }
}

/// Every subset of the seven roles.
fn every_role_set() -> Vec<BTreeSet<DirectoryRole>> {
    (0u32..1 << ALL_ROLES.len())
        .map(|bits| {
            ALL_ROLES
                .iter()
                .enumerate()
                .filter(|(i, _)| bits & (1 << i) != 0)
                .map(|(_, r)| *r)
                .collect()
        })
        .collect()
}

fn on_user(
    actor: &BTreeSet<DirectoryRole>,
    id: &str,
    target: &BTreeSet<DirectoryRole>,
) -> Decision {
    let p = principal(Kind::Customer, &actor.iter().copied().collect::<Vec<_>>());
    let mut f = facts(Kind::Customer);
    f.object.target_user_roles = target.clone();
    decide(Some(&p), id.parse().unwrap(), &f)
}

fn set(roles: &[DirectoryRole]) -> BTreeSet<DirectoryRole> {
    roles.iter().copied().collect()
}

#[test]
fn actions_on_a_user_follow_entras_tables_for_every_actor_and_target() {
    let targets = every_role_set();
    let actors: Vec<BTreeSet<DirectoryRole>> =
        targets.iter().filter(|s| s.len() <= 2).cloned().collect();
    assert_eq!(actors.len(), 1 + 7 + 21);
    let mut mismatches = Vec::new();
    for actor in &actors {
        for target in &targets {
            for id in ON_A_USER {
                let got = on_user(actor, id, target);
                let want = expected(actor, id, target);
                if got != want {
                    mismatches.push(format!(
                        "{actor:?} {id} on a user with {target:?}: got {got:?}, want {want:?}"
                    ));
                }
            }
        }
    }
    assert_no_mismatch(mismatches);
}

#[test]
fn a_helpdesk_admin_never_manages_a_user_holding_a_role_other_than_helpdesk_admin() {
    use DirectoryRole::*;
    let actor = set(&[HelpdeskAdmin]);
    for target in every_role_set() {
        let d = on_user(&actor, "user.reset-password", &target);
        let within = target.iter().all(|r| *r == HelpdeskAdmin);
        assert_eq!(d.allowed, within, "reset of a user with {target:?}: {d:?}");
        if !within {
            assert_eq!(d.reason, Reason::PrivilegedTarget);
        }
        for id in ["user.update", "user.delete", "user.assign-role"] {
            let d = on_user(&actor, id, &target);
            assert_eq!((d.allowed, d.reason), (false, Reason::RoleInsufficient));
        }
    }
}

#[test]
fn a_user_admin_manages_users_with_no_role_or_only_helpdesk_and_user_admin() {
    use DirectoryRole::*;
    let actor = set(&[UserAdmin]);
    for target in every_role_set() {
        let within = target
            .iter()
            .all(|r| matches!(r, HelpdeskAdmin | UserAdmin));
        for id in ["user.update", "user.delete", "user.reset-password"] {
            let d = on_user(&actor, id, &target);
            assert_eq!(d.allowed, within, "{id} on a user with {target:?}: {d:?}");
            if !within {
                assert_eq!(d.reason, Reason::PrivilegedTarget);
            }
        }
        let d = on_user(&actor, "user.assign-role", &target);
        assert_eq!((d.allowed, d.reason), (false, Reason::RoleInsufficient));
    }
}

#[test]
fn only_global_admins_assign_roles_and_they_manage_everyone() {
    use DirectoryRole::*;
    for target in every_role_set() {
        for id in ON_A_USER {
            let d = on_user(&set(&[GlobalAdmin]), id, &target);
            assert!(d.allowed, "global admin {id} on {target:?}: {d:?}");
        }
        for actor in ALL_ROLES.iter().filter(|r| **r != GlobalAdmin) {
            let d = on_user(&set(&[*actor]), "user.assign-role", &target);
            assert!(!d.allowed, "{actor} assigned a role to {target:?}");
        }
    }
}

#[test]
fn with_several_roles_the_path_names_the_roles_that_reach_the_user() {
    use DirectoryRole::*;
    let actor = set(&[UserAdmin, HelpdeskAdmin]);
    // A fellow user admin: the user-admin role carries it, the helpdesk role does not reach.
    let d = on_user(&actor, "user.reset-password", &set(&[UserAdmin]));
    assert_eq!(
        d.via,
        Via::OwnTenant {
            roles: vec![UserAdmin]
        }
    );
    // A helpdesk admin: both reach it.
    let d = on_user(&actor, "user.reset-password", &set(&[HelpdeskAdmin]));
    assert_eq!(
        d.via,
        Via::OwnTenant {
            roles: vec![UserAdmin, HelpdeskAdmin]
        }
    );
    // A billing admin: neither.
    let d = on_user(&actor, "user.reset-password", &set(&[BillingAdmin]));
    assert_eq!((d.allowed, d.reason), (false, Reason::PrivilegedTarget));
    // One role out of reach is enough to put a user out of reach.
    let d = on_user(&actor, "user.delete", &set(&[UserAdmin, GlobalReader]));
    assert_eq!((d.allowed, d.reason), (false, Reason::PrivilegedTarget));
}

#[test]
fn the_target_rule_never_lets_a_partner_configure_a_customers_users() {
    // Rule 3 still comes first across tenants, whoever the user acted on is.
    let mut f = facts(Kind::Customer);
    f.relationships = vec![relationship(&[DirectoryRole::GlobalAdmin])];
    let p = principal(Kind::Partner, &[DirectoryRole::GlobalAdmin]);
    for target in every_role_set() {
        f.object.target_user_roles = target;
        for id in ON_A_USER {
            let d = decide(Some(&p), id.parse().unwrap(), &f);
            assert_eq!((d.allowed, d.reason), (false, Reason::NotDelegable), "{id}");
        }
    }
}
