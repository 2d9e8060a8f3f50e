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

/// Roles as stored: a comma-separated list in a fixed order.
pub fn roles_to_csv(roles: &std::collections::BTreeSet<DirectoryRole>) -> String {
    roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(",")
}

/// Parses a stored role list; unknown names are skipped (they cannot be written).
pub fn roles_from_csv(s: &str) -> std::collections::BTreeSet<DirectoryRole> {
    s.split(',').filter_map(|r| r.parse().ok()).collect()
}
