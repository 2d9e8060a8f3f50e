//! The permission core: one pure function, [`decide`], deny by default. It never reads the
//! clock, the database or the environment: everything it needs arrives in [`Principal`] and
//! [`Facts`].

mod action;
mod rights;

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

pub use action::Action;
pub use rights::{
    agent_allows_in_customer, agent_allows_in_partner, agent_rights_in_customer,
    agent_rights_in_partner, role_allows, role_rights, TenantKind,
};

use crate::model::{AgentRole, DirectoryRole};

/// Days an auto-extending relationship gains each time it reaches its expiry.
pub const AUTO_EXTEND_DAYS: i64 = 180;

/// The signed-in user as the core sees it.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: String,
    pub upn: String,
    pub tenant_id: String,
    pub enabled: bool,
    pub roles: BTreeSet<DirectoryRole>,
    pub tenant_is_operator: bool,
    pub tenant_is_partner: bool,
}

/// The tenant an action is aimed at.
#[derive(Debug, Clone)]
pub struct Target {
    pub tenant_id: String,
    pub is_operator: bool,
    pub is_partner: bool,
}

/// The stored state of a relationship; the effective state also depends on the time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoredRelationshipStatus {
    Active,
    Terminated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum RelationshipState {
    Active,
    Expired,
    Terminated,
}

impl RelationshipState {
    pub fn id(self) -> &'static str {
        match self {
            RelationshipState::Active => "active",
            RelationshipState::Expired => "expired",
            RelationshipState::Terminated => "terminated",
        }
    }
}

/// A delegated-admin relationship between a partner tenant and a customer tenant.
#[derive(Debug, Clone)]
pub struct RelationshipFact {
    pub id: String,
    pub partner_tenant_id: String,
    pub customer_tenant_id: String,
    pub status: StoredRelationshipStatus,
    pub access: BTreeSet<DirectoryRole>,
    pub expires_at: Option<DateTime<Utc>>,
    pub auto_extend: bool,
}

impl RelationshipFact {
    /// The expiry in force at `now`: an auto-extending relationship gains 180 days each time
    /// it reaches its end, so it is computed rather than stored.
    pub fn effective_expiry(&self, now: DateTime<Utc>) -> Option<DateTime<Utc>> {
        let end = self.expires_at?;
        if !self.auto_extend || end > now {
            return Some(end);
        }
        let step = Duration::days(AUTO_EXTEND_DAYS);
        let periods = (now - end).num_seconds() / step.num_seconds() + 1;
        Some(end + step * periods as i32)
    }

    pub fn state(&self, now: DateTime<Utc>) -> RelationshipState {
        match self.status {
            StoredRelationshipStatus::Terminated => RelationshipState::Terminated,
            StoredRelationshipStatus::Active => match self.effective_expiry(now) {
                Some(end) if end <= now => RelationshipState::Expired,
                _ => RelationshipState::Active,
            },
        }
    }
}

/// An agent role given to a partner user, for all customers (`customer_tenant_id: None`) or one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GrantFact {
    pub id: String,
    pub role: AgentRole,
    pub customer_tenant_id: Option<String>,
}

/// Facts about the object an action touches, where the rules depend on it.
#[derive(Debug, Clone, Default)]
pub struct ObjectFacts {
    /// For `partner.remove`: the partner tenant of the relationship to be ended.
    pub relationship_partner_tenant_id: Option<String>,
    /// For `invite.accept`: the partner tenant that issued the invite.
    pub invite_partner_tenant_id: Option<String>,
    /// For `invite.accept`: the invite names a customer domain that the target tenant does
    /// not own.
    pub invite_addressed_elsewhere: bool,
    /// For actions on a user (`user.update`, `user.delete`, `user.reset-password`,
    /// `user.assign-role`): the directory roles that user holds.
    pub target_user_roles: BTreeSet<DirectoryRole>,
    /// For `service-request.update`: the change sets a support-desk status (`in-progress`,
    /// `resolved`) rather than closing or reopening; that is the operator's to do.
    pub sets_support_status: bool,
}

/// Everything `decide` may consult besides the principal.
#[derive(Debug, Clone)]
pub struct Facts {
    pub now: DateTime<Utc>,
    pub target: Target,
    /// Relationships in which the principal's tenant is the partner and the target the customer.
    pub relationships: Vec<RelationshipFact>,
    /// The principal's explicit agent-role grants (in its own tenant).
    pub grants: Vec<GrantFact>,
    pub object: ObjectFacts,
}

/// Why a decision came out as it did. The ids are stable (SPEC §2 rule 7).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
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
}

impl Via {
    /// The relationship a delegated decision went through.
    pub fn relationship_id(&self) -> Option<&str> {
        match self {
            Via::Delegated {
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
    fn deny(reason: Reason) -> Self {
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
                    "only a global admin may manage a user who holds an admin role".into()
                }
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

fn kind_of(operator: bool, partner: bool) -> TenantKind {
    TenantKind { operator, partner }
}

/// Proof that [`decide`] allowed exactly one action in exactly one tenant. Only this module
/// makes one, so a change helper that takes a `Permit` cannot run on a decision that was never
/// made, or that was made for another action or tenant.
#[derive(Debug, Clone)]
pub struct Permit {
    action: Action,
    tenant_id: String,
    decision: Decision,
}

impl Permit {
    pub fn action(&self) -> Action {
        self.action
    }

    pub fn tenant_id(&self) -> &str {
        &self.tenant_id
    }

    pub fn decision(&self) -> &Decision {
        &self.decision
    }
}

/// Decides, and turns an allowed decision into a [`Permit`] for that action and the facts'
/// target tenant; a denial comes back as the decision that says why.
pub fn permit(principal: &Principal, action: Action, facts: &Facts) -> Result<Permit, Decision> {
    let decision = decide(Some(principal), action, facts);
    if !decision.allowed {
        return Err(decision);
    }
    Ok(Permit {
        action,
        tenant_id: facts.target.tenant_id.clone(),
        decision,
    })
}

/// Whether the operator's reach carries `action` into every tenant for this principal: it
/// belongs to the operator's global admins (SPEC §1: "its global admins provision tenants,
/// enroll partners, publish service health, answer service requests"); the operator's other
/// roles act in its own tenant only, as everyone's do (rule 1).
pub fn reaches_every_tenant(p: &Principal, action: Action) -> bool {
    p.enabled
        && p.tenant_is_operator
        && action.is_operator_reach()
        && p.roles.contains(&DirectoryRole::GlobalAdmin)
}

/// Whether a principal may learn that any tenant exists (it reads every tenant). For everyone
/// else an unknown tenant and one they may not see must look the same.
pub fn sees_every_tenant(p: &Principal) -> bool {
    reaches_every_tenant(p, Action::TenantRead)
}

/// The agent roles a partner user holds implicitly, for all customers: a partner tenant's
/// global admins hold every one ("by default only the partner's tenant admins have this
/// option").
pub fn implicit_agent_roles(p: &Principal) -> &'static [AgentRole] {
    if p.enabled && p.tenant_is_partner && p.roles.contains(&DirectoryRole::GlobalAdmin) {
        &AgentRole::ALL
    } else {
        &[]
    }
}

/// The permission core. Deny by default; every decision names its reason.
pub fn decide(principal: Option<&Principal>, action: Action, facts: &Facts) -> Decision {
    let Some(p) = principal else {
        return Decision::deny(Reason::NotSignedIn);
    };
    if !p.enabled {
        return Decision::deny(Reason::UserDisabled);
    }
    if action == Action::ServiceRequestUpdate
        && facts.object.sets_support_status
        && !p.tenant_is_operator
    {
        return Decision::deny(Reason::OperatorOnly);
    }
    if p.tenant_id == facts.target.tenant_id {
        decide_own_tenant(p, action, facts)
    } else {
        decide_foreign_tenant(p, action, facts)
    }
}

/// Rule 1 (own-tenant roles), rule 4 (partner-side actions) and rule 5 (accepting invites).
fn decide_own_tenant(p: &Principal, action: Action, facts: &Facts) -> Decision {
    let kind = kind_of(p.tenant_is_operator, p.tenant_is_partner);
    if action.is_operator_only() && !kind.operator {
        return Decision::deny(Reason::OperatorOnly);
    }
    if action.is_partner_side() && !kind.partner {
        return Decision::deny(Reason::NotAPartner);
    }
    if action == Action::InviteAccept
        && facts.object.invite_partner_tenant_id.as_deref() == Some(p.tenant_id.as_str())
    {
        return Decision::deny(Reason::OwnInvite);
    }
    if action == Action::InviteAccept && facts.object.invite_addressed_elsewhere {
        return Decision::deny(Reason::InviteForAnotherTenant);
    }
    let roles: Vec<DirectoryRole> = p
        .roles
        .iter()
        .copied()
        .filter(|r| role_allows(*r, kind, action))
        .collect();
    if !roles.is_empty() {
        // A user holding an admin role is managed by global admins only: otherwise a helpdesk
        // or user admin could reset a global admin's password and sign in as it.
        if action.acts_on_user()
            && !facts.object.target_user_roles.is_empty()
            && !p.roles.contains(&DirectoryRole::GlobalAdmin)
        {
            return Decision::deny(Reason::PrivilegedTarget);
        }
        return Decision {
            allowed: true,
            reason: Reason::OwnTenantRole,
            via: Via::OwnTenant { roles },
        };
    }
    // Partner-side actions also come from agent roles held in the partner's own tenant.
    if action.is_partner_side() {
        let mut grants: Vec<&GrantFact> = facts
            .grants
            .iter()
            .filter(|g| agent_allows_in_partner(g.role, action))
            .collect();
        grants.sort_by(|a, b| (a.role, &a.id).cmp(&(b.role, &b.id)));
        if let Some(g) = grants.first() {
            return Decision {
                allowed: true,
                reason: Reason::OwnTenantRole,
                via: Via::AgentRole {
                    agent_role: g.role,
                    grant_id: g.id.clone(),
                },
            };
        }
    }
    Decision::deny(Reason::RoleInsufficient)
}

/// The operator's reach into hosted tenants, then rules 2, 3 and 6 (delegated administration).
fn decide_foreign_tenant(p: &Principal, action: Action, facts: &Facts) -> Decision {
    if p.tenant_is_operator && action.is_operator_reach() {
        if reaches_every_tenant(p, action) {
            return Decision {
                allowed: true,
                reason: Reason::OperatorRole,
                via: Via::Operator {
                    roles: vec![DirectoryRole::GlobalAdmin],
                },
            };
        }
        if action.is_operator_only() {
            return Decision::deny(Reason::RoleInsufficient);
        }
    }
    if action.is_operator_only() {
        return Decision::deny(Reason::OperatorOnly);
    }

    // A partner may end its own relationship, whatever its state, by one of its global admins.
    if action == Action::PartnerRemove
        && facts.object.relationship_partner_tenant_id.as_deref() == Some(p.tenant_id.as_str())
        && p.tenant_is_partner
    {
        return if p.roles.contains(&DirectoryRole::GlobalAdmin) {
            Decision {
                allowed: true,
                reason: Reason::OwnRelationship,
                via: Via::None,
            }
        } else {
            Decision::deny(Reason::RoleInsufficient)
        };
    }

    let mine = facts.relationships.iter().filter(|r| {
        r.partner_tenant_id == p.tenant_id && r.customer_tenant_id == facts.target.tenant_id
    });
    let mut best_inactive: Option<Reason> = None;
    let mut active: Option<&RelationshipFact> = None;
    for r in mine {
        match r.state(facts.now) {
            RelationshipState::Active => {
                active = Some(r);
                break;
            }
            RelationshipState::Expired => best_inactive = Some(Reason::RelationshipExpired),
            RelationshipState::Terminated => {
                best_inactive.get_or_insert(Reason::RelationshipTerminated);
            }
        }
    }
    let Some(rel) = active else {
        return Decision::deny(best_inactive.unwrap_or(Reason::NoRelationship));
    };
    if !p.tenant_is_partner {
        return Decision::deny(Reason::NotAPartner);
    }
    if action.is_never_delegable() {
        return Decision::deny(Reason::NotDelegable);
    }

    let mut covering: Vec<(AgentRole, GrantSource)> = implicit_agent_roles(p)
        .iter()
        .map(|r| (*r, GrantSource::Implicit))
        .collect();
    let mut grants: Vec<&GrantFact> = facts
        .grants
        .iter()
        .filter(|g| {
            g.customer_tenant_id
                .as_deref()
                .is_none_or(|c| c == facts.target.tenant_id)
        })
        .collect();
    // Deterministic: the same grants in any order give the same path.
    grants.sort_by(|a, b| (a.role, &a.id).cmp(&(b.role, &b.id)));
    covering.extend(grants.into_iter().map(|g| {
        (
            g.role,
            GrantSource::Explicit {
                grant_id: g.id.clone(),
            },
        )
    }));
    if covering.is_empty() {
        return Decision::deny(Reason::NoGrant);
    }
    for (agent_role, source) in covering {
        if !agent_allows_in_customer(agent_role, action) {
            continue;
        }
        // Partner-side and operator-only actions never pass through a relationship, whatever
        // the customer tenant is: the delegated roles are read as in a plain tenant.
        let delegated: Vec<DirectoryRole> = rel
            .access
            .iter()
            .copied()
            .filter(|r| role_allows(*r, TenantKind::PLAIN, action))
            .collect();
        if !delegated.is_empty() {
            return Decision {
                allowed: true,
                reason: Reason::Delegated,
                via: Via::Delegated {
                    relationship_id: rel.id.clone(),
                    agent_role,
                    grant: source,
                    delegated_roles: delegated,
                },
            };
        }
    }
    Decision::deny(Reason::RoleInsufficient)
}

#[cfg(test)]
mod tests;
