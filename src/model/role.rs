use super::id_enum::id_enum;

id_enum!(
    /// The directory roles a user holds in its own tenant.
    DirectoryRole, "directory role" {
        GlobalAdmin => "global-admin",
        BillingAdmin => "billing-admin",
        UserAdmin => "user-admin",
        HelpdeskAdmin => "helpdesk-admin",
        ServiceSupportAdmin => "service-support-admin",
        GlobalReader => "global-reader",
        // The customer's least-privileged role for partner relationships (Entra's "Customer
        // Delegated Admin Relationship Administrator"): reads, accepts, declines and ends them.
        RelationshipAdmin => "relationship-admin",
    }
);

id_enum!(
    /// The agent roles a partner tenant gives its users for work inside customer tenants.
    AgentRole, "agent role" {
        AdminAgent => "admin-agent",
        HelpdeskAgent => "helpdesk-agent",
        SalesAgent => "sales-agent",
    }
);

impl AgentRole {
    /// The built-in security group whose members hold this agent role (SPEC §1).
    pub fn builtin_group(self) -> &'static str {
        match self {
            AgentRole::AdminAgent => "admin-agents",
            AgentRole::HelpdeskAgent => "helpdesk-agents",
            AgentRole::SalesAgent => "sales-agents",
        }
    }

    /// The agent role a built-in group stands for.
    pub fn of_builtin_group(name: &str) -> Option<AgentRole> {
        AgentRole::ALL
            .iter()
            .copied()
            .find(|r| r.builtin_group() == name)
    }
}

/// Roles as stored: a comma-separated list in a fixed order.
pub fn roles_to_csv(roles: &std::collections::BTreeSet<DirectoryRole>) -> String {
    roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(",")
}

/// The names of those of `roles` that `access` does not hold, in their order.
pub fn roles_outside<'a>(
    roles: impl IntoIterator<Item = &'a DirectoryRole>,
    access: &std::collections::BTreeSet<DirectoryRole>,
) -> Vec<&'static str> {
    roles
        .into_iter()
        .filter(|r| !access.contains(r))
        .map(|r| r.id())
        .collect()
}

/// Parses a stored role list; unknown names are skipped (they cannot be written).
pub fn roles_from_csv(s: &str) -> std::collections::BTreeSet<DirectoryRole> {
    s.split(',').filter_map(|r| r.parse().ok()).collect()
}
