//! The rights of each role, as data. Kept apart from `decide` so the rules read as a table.

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
        (!a.is_operator_only() || self.operator) && (!a.is_partner_side() || self.partner)
    }
}

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
/// and sales agents, the customer list and the grant list for every agent. Managing grants
/// stays with the partner's global admins.
pub fn agent_rights_in_partner(role: AgentRole) -> Vec<Action> {
    use Action::*;
    match role {
        AgentRole::AdminAgent | AgentRole::SalesAgent => {
            vec![
                InviteCreate,
                InviteRead,
                InviteRevoke,
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
    roles: [[u64; 4]; 6],
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
        let mut roles = [[0; 4]; 6];
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
}
