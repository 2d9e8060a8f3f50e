//! What the core decides from: the principal, the target tenant, relationships, grants and
//! the object's facts. Plain data; the app builds them (`app/facts.rs`).

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};

use crate::model::{AgentRole, DirectoryRole, ElevationStatus, RelationshipStatus};

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
    /// The session was signed in with a second factor (TOTP or a recovery code). For a user
    /// weighed without a session (`access`, `can --user`): the user has MFA enrolled.
    pub mfa: bool,
    /// The user's (partner) tenant requires MFA before its users act in customer tenants.
    pub mfa_required: bool,
}

/// The tenant an action is aimed at.
#[derive(Debug, Clone)]
pub struct Target {
    pub tenant_id: String,
    pub is_operator: bool,
    pub is_partner: bool,
}

/// A delegated-admin relationship between a partner tenant and a customer tenant.
#[derive(Debug, Clone)]
pub struct RelationshipFact {
    pub id: String,
    pub partner_tenant_id: String,
    pub customer_tenant_id: String,
    /// The stored status.
    pub status: RelationshipStatus,
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

    /// The state in force at `now`. Only a termination is final in storage: an active (or
    /// stored-as-expired) relationship is active or expired by the clock.
    pub fn state(&self, now: DateTime<Utc>) -> RelationshipStatus {
        match self.status {
            RelationshipStatus::Terminated => RelationshipStatus::Terminated,
            RelationshipStatus::Active | RelationshipStatus::Expired => {
                match self.effective_expiry(now) {
                    Some(end) if end <= now => RelationshipStatus::Expired,
                    _ => RelationshipStatus::Active,
                }
            }
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

/// An access assignment on a relationship: the members of `group` (a security group of the
/// partner, built in or its own) hold `roles` in the customer, within the relationship's access.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssignmentFact {
    pub relationship_id: String,
    pub group: String,
    pub roles: BTreeSet<DirectoryRole>,
}

/// A partner user's eligibility for roles in the customer, through one relationship: what an
/// elevation may activate (just-in-time access).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EligibilityFact {
    pub id: String,
    pub relationship_id: String,
    pub roles: BTreeSet<DirectoryRole>,
}

/// An elevation of the principal in the customer: eligible roles activated for a while.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ElevationFact {
    pub id: String,
    /// The eligibility it activated (it gives nothing once that is gone).
    pub eligibility_id: String,
    pub relationship_id: String,
    pub roles: BTreeSet<DirectoryRole>,
    /// As stored (`in_force` adds the clock).
    pub status: ElevationStatus,
    pub starts_at: Option<DateTime<Utc>>,
    pub ends_at: Option<DateTime<Utc>>,
}

impl ElevationFact {
    /// Active and within its window at `now`: approved (or needing no approval), started, not
    /// ended by time or by hand.
    pub fn in_force(&self, now: DateTime<Utc>) -> bool {
        self.status == ElevationStatus::Active
            && self.starts_at.is_some_and(|s| s <= now)
            && self.ends_at.is_some_and(|e| now < e)
    }
}

/// Facts about the object an action touches, where the rules depend on it.
#[derive(Debug, Clone, Default)]
pub struct ObjectFacts {
    /// For `partner.remove`: the partner tenant of the relationship to be ended.
    pub relationship_partner_tenant_id: Option<String>,
    /// For `invite.accept` and `offer.accept`: the partner tenant that issued the invite or
    /// the offer.
    pub invite_partner_tenant_id: Option<String>,
    /// For `invite.accept` and `offer.accept`: the invite or offer names a customer domain
    /// that the target tenant does not own.
    pub invite_addressed_elsewhere: bool,
    /// For `offer.accept`: the offer carries a request for delegated administration, so
    /// accepting it also takes `invite.accept`.
    pub offer_delegated: bool,
    /// For actions on a user (`user.update`, `user.delete`, `user.reset-password`,
    /// `user.assign-role`): the directory roles that user holds.
    pub target_user_roles: BTreeSet<DirectoryRole>,
    /// For `service-request.update`: the change sets a support-desk status (`in-progress`,
    /// `resolved`) rather than closing or reopening; that is the operator's to do.
    pub sets_support_status: bool,
    /// For `elevation.request`: the roles asked for.
    pub requested_roles: BTreeSet<DirectoryRole>,
    /// For `elevation.approve` and `elevation.end`: the elevation was requested by the
    /// principal itself.
    pub requested_by_principal: bool,
}

/// Everything `decide` may consult besides the principal.
#[derive(Debug, Clone)]
pub struct Facts {
    pub now: DateTime<Utc>,
    pub target: Target,
    /// Relationships in which the principal's tenant is the partner and the target the customer.
    pub relationships: Vec<RelationshipFact>,
    /// The principal's explicit agent-role grants (in its own tenant): its memberships of the
    /// built-in groups.
    pub grants: Vec<GrantFact>,
    /// The access assignments on `relationships`.
    pub assignments: Vec<AssignmentFact>,
    /// The partner's own security groups the principal belongs to (by name).
    pub groups: BTreeSet<String>,
    /// The principal's eligibilities in the target (through `relationships`).
    pub eligibilities: Vec<EligibilityFact>,
    /// The principal's elevations in the target, in any state (the core weighs the clock).
    pub elevations: Vec<ElevationFact>,
    pub object: ObjectFacts,
}
