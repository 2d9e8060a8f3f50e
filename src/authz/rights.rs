//! The rights of each role, as data. Kept apart from `decide` so the rules read as a table.

use std::collections::BTreeSet;

use super::Action;
use crate::model::{AgentRole, DirectoryRole};

/// What kind of tenant a role is held in: it decides whether operator-only and partner-side
/// actions exist there at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TenantKind {
    pub operator: bool,
    pub partner: bool,
}

impl TenantKind {
    pub const PLAIN: TenantKind = TenantKind {
        operator: false,
        partner: false,
    };

    fn has(self, a: Action) -> bool {
        (!a.is_operator_only() || self.operator)
            && (!a.is_partner_side() || self.partner)
            && !a.is_delegation_only()
    }
}

/// What the admin roles below global admin share: the tenant, service health and its support
/// cases (not `relationship-admin`, which has its relationships only).
const SUPPORT: &[Action] = &[
    Action::TenantRead,
    Action::HealthRead,
    Action::ServiceRequestRead,
    Action::ServiceRequestCreate,
    Action::ServiceRequestUpdate,
];

/// The actions a directory role allows in its own tenant of the given kind.
pub fn role_rights(role: DirectoryRole, kind: TenantKind) -> Vec<Action> {
    use Action::*;
    let extra: &[Action] = match role {
        DirectoryRole::GlobalAdmin => Action::ALL,
        DirectoryRole::GlobalReader => {
            return Action::ALL
                .iter()
                .copied()
                .filter(|a| a.is_read() && kind.has(*a))
                .collect();
        }
        DirectoryRole::BillingAdmin => &[LicenseRead, LicenseBuy],
        DirectoryRole::UserAdmin => &[
            UserRead,
            UserCreate,
            UserUpdate,
            UserDelete,
            UserResetPassword,
            LicenseRead,
            LicenseAssign,
        ],
        DirectoryRole::HelpdeskAdmin => &[UserRead, UserResetPassword],
        DirectoryRole::ServiceSupportAdmin => &[],
        // The customer's partner relationships and nothing else, not even the tenant's own
        // details or its support cases (SPEC §1, rule 5): it reads them (`partner.read`), ends
        // them (`partner.remove`) and answers invites (`invite.accept`: accept or decline).
        DirectoryRole::RelationshipAdmin => {
            return [PartnerRead, PartnerRemove, InviteAccept]
                .into_iter()
                .filter(|a| kind.has(*a))
                .collect();
        }
    };
    let mut v: Vec<Action> = SUPPORT
        .iter()
        .chain(extra)
        .copied()
        .filter(|a| kind.has(*a))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// Rule 8 (privileged targets): whether a holder of `role`, which allows `action` on a user, may
/// take it on a user holding `target` (its directory roles). From Microsoft Entra's tables
/// "Who can reset passwords" and "Who can perform sensitive actions" (Privileged roles and
/// permissions in Microsoft Entra ID), mapped to our roles:
///
/// - a helpdesk admin resets the passwords of users with no admin role or only helpdesk-admin;
/// - a user admin resets the passwords of, updates, disables and deletes users with no admin
///   role or only helpdesk-admin and user-admin;
/// - a user holding any other role (global-admin, billing-admin, service-support-admin,
///   global-reader, relationship-admin: Entra's "all other built-in roles") is managed by
///   global admins only;
/// - only global admins assign directory roles (Entra: Privileged Role Administrator and
///   Global Administrator; we have neither the former nor role-assignable groups).
///
/// Where this simplifies Entra: its rows for roles we do not have (Directory Readers, Guest
/// Inviter, Password, Authentication and Groups Administrators, the report readers) and its
/// Privileged Authentication Administrator column are left out, so above user admin there are
/// only global admins; role-assignable groups and restricted administrative units do not
/// exist here. Entra treats only some properties as sensitive (`accountEnabled`,
/// `passwordProfile`, phones, e-mails, the UPN) and lets a user admin change a privileged
/// user's other properties; our `user.update` carries the display name and the enabled flag
/// together and is weighed as a whole, like a sensitive action. A global admin manages every
/// user, other global admins included (the last enabled global admin is kept by the app).
pub fn may_manage(role: DirectoryRole, action: Action, target: &BTreeSet<DirectoryRole>) -> bool {
    use DirectoryRole::*;
    let reach: &[DirectoryRole] = match (role, action) {
        (GlobalAdmin, _) => return true,
        (_, Action::UserAssignRole) => return false,
        (HelpdeskAdmin, Action::UserResetPassword) => &[HelpdeskAdmin],
        (UserAdmin, Action::UserUpdate | Action::UserDelete | Action::UserResetPassword) => {
            &[HelpdeskAdmin, UserAdmin]
        }
        // Any other role that allowed an action on a user reaches users without admin roles.
        _ => &[],
    };
    target.iter().all(|r| reach.contains(r))
}

/// What an agent role may do inside a customer tenant, before the relationship's delegated
/// roles and the never-delegable set narrow it: an admin agent is close to a global admin, a
/// helpdesk agent to a helpdesk admin plus a service support admin, a sales agent nothing.
pub fn agent_rights_in_customer(role: AgentRole) -> Vec<Action> {
    let mut v = match role {
        AgentRole::AdminAgent => role_rights(DirectoryRole::GlobalAdmin, TenantKind::PLAIN),
        AgentRole::HelpdeskAgent => {
            let mut v = role_rights(DirectoryRole::HelpdeskAdmin, TenantKind::PLAIN);
            v.extend(role_rights(
                DirectoryRole::ServiceSupportAdmin,
                TenantKind::PLAIN,
            ));
            v
        }
        AgentRole::SalesAgent => Vec::new(),
    };
    v.sort();
    v.dedup();
    v
}

/// What an agent role allows in the partner's own tenant (SPEC §2 rule 4): invites by admin
/// and sales agents (and purchase offers), the customer list and the grant list for every agent. Managing grants
/// stays with the partner's global admins.
pub fn agent_rights_in_partner(role: AgentRole) -> Vec<Action> {
    use Action::*;
    match role {
        AgentRole::AdminAgent | AgentRole::SalesAgent => {
            vec![
                InviteCreate,
                InviteRead,
                InviteRevoke,
                OfferCreate,
                OfferRead,
                OfferRevoke,
                GrantRead,
                CustomerRead,
            ]
        }
        AgentRole::HelpdeskAgent => vec![GrantRead, CustomerRead],
    }
}

/// The same rights as bit sets, built once: `decide` runs for every row of the big views
/// (dashboard, access, doctor) and must not allocate.
struct Masks {
    /// By role, then by tenant kind (operator, partner as bits 1 and 0).
    roles: [[u64; 4]; DirectoryRole::ALL.len()],
    agents_in_customer: [u64; 3],
    agents_in_partner: [u64; 3],
}

fn bit(a: Action) -> u64 {
    1 << (a as u32)
}

fn mask(actions: &[Action]) -> u64 {
    actions.iter().fold(0, |m, a| m | bit(*a))
}

fn kind_index(k: TenantKind) -> usize {
    (k.operator as usize) << 1 | k.partner as usize
}

fn masks() -> &'static Masks {
    static MASKS: std::sync::OnceLock<Masks> = std::sync::OnceLock::new();
    MASKS.get_or_init(|| {
        let kinds = [(false, false), (false, true), (true, false), (true, true)];
        let mut roles = [[0; 4]; DirectoryRole::ALL.len()];
        for (i, r) in DirectoryRole::ALL.iter().enumerate() {
            for (operator, partner) in kinds {
                let k = TenantKind { operator, partner };
                roles[i][kind_index(k)] = mask(&role_rights(*r, k));
            }
        }
        Masks {
            roles,
            agents_in_customer: AgentRole::ALL.map(|a| mask(&agent_rights_in_customer(a))),
            agents_in_partner: AgentRole::ALL.map(|a| mask(&agent_rights_in_partner(a))),
        }
    })
}

/// Whether `role` allows `action` in its own tenant of kind `kind` (as [`role_rights`]).
pub fn role_allows(role: DirectoryRole, kind: TenantKind, action: Action) -> bool {
    masks().roles[role as usize][kind_index(kind)] & bit(action) != 0
}

/// As [`agent_rights_in_customer`], without allocating.
pub fn agent_allows_in_customer(role: AgentRole, action: Action) -> bool {
    masks().agents_in_customer[role as usize] & bit(action) != 0
}

/// As [`agent_rights_in_partner`], without allocating.
pub fn agent_allows_in_partner(role: AgentRole, action: Action) -> bool {
    masks().agents_in_partner[role as usize] & bit(action) != 0
}

/// A set of directory roles as bits, for the walk of `decide` over relationships, assignments
/// and elevations: intersections without allocating. A role's bit is its place in
/// `DirectoryRole`'s order, so a set read back ([`RoleBits::to_vec`]) comes out in the order a
/// `BTreeSet<DirectoryRole>` iterates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct RoleBits(u32);

const _: () = assert!(DirectoryRole::ALL.len() <= 32);

impl RoleBits {
    pub(super) const EMPTY: RoleBits = RoleBits(0);

    pub(super) fn of(roles: &BTreeSet<DirectoryRole>) -> RoleBits {
        RoleBits(roles.iter().fold(0, |m, r| m | 1 << (*r as u32)))
    }

    /// The roles that allow `action` read as in a plain tenant: what a relationship carries
    /// into a customer, whatever kind of tenant the customer is.
    pub(super) fn allowing_in_customer(action: Action) -> RoleBits {
        RoleBits(
            DirectoryRole::ALL
                .iter()
                .filter(|r| role_allows(**r, TenantKind::PLAIN, action))
                .fold(0, |m, r| m | 1 << (*r as u32)),
        )
    }

    pub(super) fn and(self, other: RoleBits) -> RoleBits {
        RoleBits(self.0 & other.0)
    }

    pub(super) fn or(self, other: RoleBits) -> RoleBits {
        RoleBits(self.0 | other.0)
    }

    pub(super) fn is_empty(self) -> bool {
        self.0 == 0
    }

    pub(super) fn to_vec(self) -> Vec<DirectoryRole> {
        DirectoryRole::ALL
            .iter()
            .copied()
            .filter(|r| self.0 & 1 << (*r as u32) != 0)
            .collect()
    }
}

#[cfg(test)]
mod mask_tests {
    use super::*;

    #[test]
    fn masks_agree_with_the_lists() {
        assert!(Action::ALL.len() <= 64);
        for (i, a) in Action::ALL.iter().enumerate() {
            assert_eq!(*a as usize, i, "Action::ALL is in declaration order");
        }
        for a in Action::ALL {
            for (operator, partner) in [(false, false), (false, true), (true, false), (true, true)]
            {
                let k = TenantKind { operator, partner };
                for r in DirectoryRole::ALL {
                    assert_eq!(role_allows(r, k, *a), role_rights(r, k).contains(a));
                }
            }
            for g in AgentRole::ALL {
                assert_eq!(
                    agent_allows_in_customer(g, *a),
                    agent_rights_in_customer(g).contains(a)
                );
                assert_eq!(
                    agent_allows_in_partner(g, *a),
                    agent_rights_in_partner(g).contains(a)
                );
            }
        }
    }

    #[test]
    fn role_bits_read_back_in_the_order_of_a_set() {
        for (i, r) in DirectoryRole::ALL.iter().enumerate() {
            assert_eq!(*r as usize, i, "DirectoryRole::ALL is in declaration order");
        }
        for m in 0u32..1 << DirectoryRole::ALL.len() {
            let set: BTreeSet<DirectoryRole> = DirectoryRole::ALL
                .iter()
                .copied()
                .filter(|r| m & 1 << (*r as u32) != 0)
                .collect();
            let bits = RoleBits::of(&set);
            assert_eq!(bits.to_vec(), set.iter().copied().collect::<Vec<_>>());
            for a in Action::ALL {
                let allowing: Vec<DirectoryRole> = set
                    .iter()
                    .copied()
                    .filter(|r| role_allows(*r, TenantKind::PLAIN, *a))
                    .collect();
                assert_eq!(
                    bits.and(RoleBits::allowing_in_customer(*a)).to_vec(),
                    allowing
                );
            }
        }
    }
}
