//! What the core answers: a decision, the reason it names and the path it took.

use serde::{Deserialize, Serialize};

use crate::model::{AgentRole, DirectoryRole};

/// Why a decision came out as it did. The ids are stable (SPEC §2 rule 7); they read back
/// (`Deserialize`) as they are written, e.g. in the demo world's audit story.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    OwnTenantRole,
    OperatorRole,
    Delegated,
    OwnRelationship,
    NoRelationship,
    RelationshipExpired,
    RelationshipTerminated,
    NoGrant,
    RoleInsufficient,
    NotDelegable,
    NotSignedIn,
    UserDisabled,
    OperatorOnly,
    NotAPartner,
    OwnInvite,
    InviteForAnotherTenant,
    PrivilegedTarget,
    Elevated,
    Eligible,
    NotEligible,
    MfaRequired,
    SelfApproval,
    OwnElevation,
}

impl Reason {
    pub fn id(self) -> &'static str {
        match self {
            Reason::OwnTenantRole => "own-tenant-role",
            Reason::OperatorRole => "operator-role",
            Reason::Delegated => "delegated",
            Reason::OwnRelationship => "own-relationship",
            Reason::NoRelationship => "no-relationship",
            Reason::RelationshipExpired => "relationship-expired",
            Reason::RelationshipTerminated => "relationship-terminated",
            Reason::NoGrant => "no-grant",
            Reason::RoleInsufficient => "role-insufficient",
            Reason::NotDelegable => "not-delegable",
            Reason::NotSignedIn => "not-signed-in",
            Reason::UserDisabled => "user-disabled",
            Reason::OperatorOnly => "operator-only",
            Reason::NotAPartner => "not-a-partner",
            Reason::OwnInvite => "own-invite",
            Reason::InviteForAnotherTenant => "invite-for-another-tenant",
            Reason::PrivilegedTarget => "privileged-target",
            Reason::Elevated => "elevated",
            Reason::Eligible => "eligible",
            Reason::NotEligible => "not-eligible",
            Reason::MfaRequired => "mfa-required",
            Reason::SelfApproval => "self-approval",
            Reason::OwnElevation => "own-elevation",
        }
    }
}

impl std::fmt::Display for Reason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id())
    }
}

/// Where an agent role came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum GrantSource {
    /// The partner tenant's global admins hold every agent role for all customers.
    Implicit,
    Explicit {
        grant_id: String,
    },
}

/// The path a decision took: which role, relationship and grant carried it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Via {
    None,
    OwnTenant {
        roles: Vec<DirectoryRole>,
    },
    Operator {
        roles: Vec<DirectoryRole>,
    },
    /// A partner-side action carried by an agent role held in the partner's own tenant.
    AgentRole {
        agent_role: AgentRole,
        grant_id: String,
    },
    Delegated {
        relationship_id: String,
        agent_role: AgentRole,
        grant: GrantSource,
        delegated_roles: Vec<DirectoryRole>,
    },
    /// Through an access assignment: the user belongs to `group`, which the relationship
    /// assigns `roles` (those that allow the action).
    Assigned {
        relationship_id: String,
        group: String,
        roles: Vec<DirectoryRole>,
    },
    /// Through an elevation in force: `roles` (eligible, within the relationship's access, and
    /// allowing the action) until `ends_at`.
    Elevated {
        relationship_id: String,
        elevation_id: String,
        roles: Vec<DirectoryRole>,
        ends_at: String,
    },
    /// `elevation.request`: the eligibility that covers the roles asked for.
    Eligibility {
        relationship_id: String,
        eligibility_id: String,
    },
}

impl Via {
    /// The relationship a delegated decision went through.
    pub fn relationship_id(&self) -> Option<&str> {
        match self {
            Via::Delegated {
                relationship_id, ..
            }
            | Via::Assigned {
                relationship_id, ..
            }
            | Via::Elevated {
                relationship_id, ..
            }
            | Via::Eligibility {
                relationship_id, ..
            } => Some(relationship_id),
            _ => None,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub allowed: bool,
    pub reason: Reason,
    pub via: Via,
}

impl Decision {
    pub(super) fn allow(reason: Reason, via: Via) -> Self {
        Decision {
            allowed: true,
            reason,
            via,
        }
    }

    pub(super) fn deny(reason: Reason) -> Self {
        Decision {
            allowed: false,
            reason,
            via: Via::None,
        }
    }

    /// One sentence for people: what carried the decision, or what is missing.
    pub fn explain(&self) -> String {
        match (&self.via, self.reason) {
            (Via::OwnTenant { roles }, _) => format!("allowed by own-tenant role {}", join(roles)),
            (Via::Operator { roles }, _) => format!("allowed by operator role {}", join(roles)),
            (
                Via::AgentRole {
                    agent_role,
                    grant_id,
                },
                _,
            ) => format!("allowed by agent role {agent_role} (grant {grant_id})"),
            (
                Via::Delegated {
                    relationship_id,
                    agent_role,
                    grant,
                    delegated_roles,
                },
                _,
            ) => {
                let g = match grant {
                    GrantSource::Implicit => "implicit (partner global admin)".to_string(),
                    GrantSource::Explicit { grant_id } => format!("grant {grant_id}"),
                };
                format!(
                    "allowed as {agent_role} ({g}) through relationship {relationship_id} delegating {}",
                    join(delegated_roles)
                )
            }
            (
                Via::Assigned {
                    relationship_id,
                    group,
                    roles,
                },
                _,
            ) => format!(
                "allowed as a member of group {group}, which relationship {relationship_id} assigns {}",
                join(roles)
            ),
            (
                Via::Elevated {
                    relationship_id,
                    elevation_id,
                    roles,
                    ends_at,
                },
                _,
            ) => format!(
                "allowed by elevation {elevation_id} to {} through relationship {relationship_id}, until {ends_at}",
                join(roles)
            ),
            (
                Via::Eligibility {
                    relationship_id,
                    eligibility_id,
                },
                _,
            ) => format!(
                "eligible through eligibility {eligibility_id} on relationship {relationship_id}"
            ),
            (Via::None, r) => match r {
                Reason::OwnRelationship => "a partner may end its own relationship".into(),
                Reason::NoRelationship => {
                    "no delegated-admin relationship gives this user's tenant access here".into()
                }
                Reason::RelationshipExpired => {
                    "the relationship with this tenant has expired".into()
                }
                Reason::RelationshipTerminated => {
                    "the relationship with this tenant was terminated".into()
                }
                Reason::NoGrant => "no agent role of this user covers this customer".into(),
                Reason::RoleInsufficient => "no role of this user allows this action here".into(),
                Reason::NotDelegable => {
                    "this action is never delegated to a partner inside a customer tenant".into()
                }
                Reason::NotSignedIn => "not signed in".into(),
                Reason::UserDisabled => "the user is disabled".into(),
                Reason::OperatorOnly => "only the operator's admins may do this".into(),
                Reason::NotAPartner => "this tenant is not enrolled as a partner".into(),
                Reason::OwnInvite => "a tenant cannot accept its own invite".into(),
                Reason::PrivilegedTarget => {
                    "the user acted on holds a role out of this user's reach: helpdesk admins \
                     reset users with no admin role or only helpdesk-admin, user admins manage \
                     those and user admins, global admins everyone"
                        .into()
                }
                Reason::NotEligible => {
                    "this user is not eligible for these roles in this customer".into()
                }
                Reason::MfaRequired => {
                    "this needs a session signed in with multi-factor authentication: run \
                     `partnerctl mfa enroll`, then `partnerctl login UPN --otp CODE`"
                        .into()
                }
                Reason::SelfApproval => "nobody approves their own elevation".into(),
                Reason::OwnElevation => "a user may end its own elevation".into(),
                Reason::InviteForAnotherTenant => {
                    "the invite is addressed to another customer domain".into()
                }
                other => other.id().to_string(),
            },
        }
    }
}

fn join(roles: &[DirectoryRole]) -> String {
    roles.iter().map(|r| r.id()).collect::<Vec<_>>().join(", ")
}
