use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// The directory roles a user holds in its own tenant.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum DirectoryRole {
    GlobalAdmin,
    BillingAdmin,
    UserAdmin,
    HelpdeskAdmin,
    ServiceSupportAdmin,
    GlobalReader,
}

impl DirectoryRole {
    pub const ALL: [DirectoryRole; 6] = [
        DirectoryRole::GlobalAdmin,
        DirectoryRole::BillingAdmin,
        DirectoryRole::UserAdmin,
        DirectoryRole::HelpdeskAdmin,
        DirectoryRole::ServiceSupportAdmin,
        DirectoryRole::GlobalReader,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DirectoryRole::GlobalAdmin => "global-admin",
            DirectoryRole::BillingAdmin => "billing-admin",
            DirectoryRole::UserAdmin => "user-admin",
            DirectoryRole::HelpdeskAdmin => "helpdesk-admin",
            DirectoryRole::ServiceSupportAdmin => "service-support-admin",
            DirectoryRole::GlobalReader => "global-reader",
        }
    }
}

impl fmt::Display for DirectoryRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for DirectoryRole {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DirectoryRole::ALL
            .into_iter()
            .find(|r| r.id() == s)
            .ok_or_else(|| {
                format!(
                    "unknown directory role {s:?}; expected one of: {}",
                    DirectoryRole::ALL.map(|r| r.id()).join(", ")
                )
            })
    }
}

/// The agent roles a partner tenant gives its users for work inside customer tenants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AgentRole {
    AdminAgent,
    HelpdeskAgent,
    SalesAgent,
}

impl AgentRole {
    pub const ALL: [AgentRole; 3] = [
        AgentRole::AdminAgent,
        AgentRole::HelpdeskAgent,
        AgentRole::SalesAgent,
    ];

    pub fn id(self) -> &'static str {
        match self {
            AgentRole::AdminAgent => "admin-agent",
            AgentRole::HelpdeskAgent => "helpdesk-agent",
            AgentRole::SalesAgent => "sales-agent",
        }
    }
}

impl fmt::Display for AgentRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl FromStr for AgentRole {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        AgentRole::ALL
            .into_iter()
            .find(|r| r.id() == s)
            .ok_or_else(|| {
                format!(
                    "unknown agent role {s:?}; expected one of: {}",
                    AgentRole::ALL.map(|r| r.id()).join(", ")
                )
            })
    }
}

/// Roles as stored: a comma-separated list in a fixed order.
pub fn roles_to_csv(roles: &std::collections::BTreeSet<DirectoryRole>) -> String {
    roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(",")
}

/// Parses a stored role list; unknown names are skipped (they cannot be written).
pub fn roles_from_csv(s: &str) -> std::collections::BTreeSet<DirectoryRole> {
    s.split(',').filter_map(|r| r.parse().ok()).collect()
}
