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
