//! Tests of the permission core against a reference model written from SPEC §2 in plain ids.
//!
//! The reference deliberately does not call `role_rights`, `Action::is_*` or any other helper
//! of the core: it restates the rules as small tables, so a slip in the core's tables shows up
//! as a disagreement here instead of being copied into the expectation.

use std::collections::BTreeSet;

use chrono::{DateTime, TimeZone, Utc};

use super::*;
use crate::model::{AgentRole, DirectoryRole};
use expected_delegated::expected_delegated;

mod delegated;
mod delegated_worlds;
mod elevation;
mod expected_delegated;
mod foreign;
mod own_tenant;
mod targets;

// ---------------------------------------------------------------------------------------------
// The reference model (SPEC §1 and §2, in words turned into ids)
// ---------------------------------------------------------------------------------------------

/// The action catalogue exactly as SPEC §2 lists it.
const CATALOGUE: &str = "tenant.read tenant.update health.read health.publish service-request.read service-request.create service-request.update license.read license.buy license.assign domain.read domain.add domain.configure user.read user.create user.update user.delete user.reset-password user.assign-role partner.read partner.remove invite.create invite.read invite.revoke invite.accept offer.create offer.read offer.revoke offer.accept grant.read grant.manage customer.read audit.read elevation.request elevation.approve elevation.end tenant.provision partner.enroll";

/// The operator provisions tenants, enrolls partners and publishes service health.
const OPERATOR_ONLY: &[&str] = &["tenant.provision", "partner.enroll", "health.publish"];

/// Rule 4: these happen in the partner's own tenant.
const PARTNER_SIDE: &[&str] = &[
    "invite.create",
    "invite.read",
    "invite.revoke",
    "offer.create",
    "offer.read",
    "offer.revoke",
    "customer.read",
    "grant.read",
    "grant.manage",
    "elevation.approve",
    "elevation.end",
];

/// SPEC §3 (elevation): asking to activate eligible roles exists only through a relationship,
/// never in one's own tenant.
const DELEGATION_ONLY: &[&str] = &["elevation.request"];

/// What the operator's global admins may do in every tenant it hosts.
const OPERATOR_REACH: &[&str] = &[
    "tenant.read",
    "health.read",
    "health.publish",
    "service-request.read",
    "service-request.update",
    "audit.read",
    "tenant.provision",
    "partner.enroll",
];

/// Rule 3: never delegated to a partner inside a customer tenant.
const NEVER_DELEGABLE: &[&str] = &[
    "partner.remove",
    "license.buy",
    "domain.add",
    "domain.configure",
    "user.create",
    "user.update",
    "user.delete",
    "user.reset-password",
    "user.assign-role",
    "license.assign",
    "invite.accept",
    "offer.accept",
];

/// What every admin role below global admin may do about support.
const SUPPORT: &[&str] = &[
    "tenant.read",
    "health.read",
    "service-request.read",
    "service-request.create",
    "service-request.update",
];

const BILLING_ADMIN: &[&str] = &["license.read", "license.buy"];
const USER_ADMIN: &[&str] = &[
    "user.read",
    "user.create",
    "user.update",
    "user.delete",
    "user.reset-password",
    "license.read",
    "license.assign",
];
const HELPDESK_ADMIN: &[&str] = &["user.read", "user.reset-password"];
/// SPEC §1: "reads, accepts, declines and ends them, nothing else" (rule 5: it accepts invites
/// and may end any relationship). No `SUPPORT`: not even the tenant's details.
const RELATIONSHIP_ADMIN: &[&str] = &["partner.read", "partner.remove", "invite.accept"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Customer,
    Partner,
    Operator,
}

const KINDS: [Kind; 3] = [Kind::Customer, Kind::Partner, Kind::Operator];

/// A user with no directory role, then each role alone.
const ROLES: [Option<DirectoryRole>; 8] = [
    None,
    Some(DirectoryRole::GlobalAdmin),
    Some(DirectoryRole::BillingAdmin),
    Some(DirectoryRole::UserAdmin),
    Some(DirectoryRole::HelpdeskAdmin),
    Some(DirectoryRole::ServiceSupportAdmin),
    Some(DirectoryRole::GlobalReader),
    Some(DirectoryRole::RelationshipAdmin),
];

/// Why an action does not exist at all in a tenant of this kind, if it does not.
fn not_applicable(kind: Kind, id: &str) -> Option<Reason> {
    if OPERATOR_ONLY.contains(&id) && kind != Kind::Operator {
        return Some(Reason::OperatorOnly);
    }
    if PARTNER_SIDE.contains(&id) && kind != Kind::Partner {
        return Some(Reason::NotAPartner);
    }
    None
}

/// Rule 1, for an action that exists in the tenant: global-admin everything, global-reader
/// every `*.read`, the other roles what their names say.
fn role_allows(role: Option<DirectoryRole>, id: &str) -> bool {
    // An offer of licenses only (no delegation requested) is a purchase.
    if id == "offer.accept" {
        return role_allows(role, "license.buy");
    }
    let listed = |extra: &[&str]| SUPPORT.contains(&id) || extra.contains(&id);
    match role {
        None => false,
        Some(DirectoryRole::GlobalAdmin) => !DELEGATION_ONLY.contains(&id),
        Some(DirectoryRole::GlobalReader) => id.ends_with(".read"),
        Some(DirectoryRole::BillingAdmin) => listed(BILLING_ADMIN),
        Some(DirectoryRole::UserAdmin) => listed(USER_ADMIN),
        Some(DirectoryRole::HelpdeskAdmin) => listed(HELPDESK_ADMIN),
        Some(DirectoryRole::ServiceSupportAdmin) => listed(&[]),
        Some(DirectoryRole::RelationshipAdmin) => RELATIONSHIP_ADMIN.contains(&id),
    }
}

fn expected_own(role: Option<DirectoryRole>, kind: Kind, id: &str) -> (bool, Reason) {
    if let Some(reason) = not_applicable(kind, id) {
        return (false, reason);
    }
    if role_allows(role, id) {
        (true, Reason::OwnTenantRole)
    } else {
        (false, Reason::RoleInsufficient)
    }
}

/// A tenant with no relationship to the principal's. Only the operator's global admins reach
/// into it; everybody else stops at `no-relationship` (or `operator-only`).
fn expected_foreign(role: Option<DirectoryRole>, home: Kind, id: &str) -> (bool, Reason) {
    if home == Kind::Operator {
        if role == Some(DirectoryRole::GlobalAdmin) && OPERATOR_REACH.contains(&id) {
            return (true, Reason::OperatorRole);
        }
        if OPERATOR_ONLY.contains(&id) {
            return (false, Reason::RoleInsufficient);
        }
        return (false, Reason::NoRelationship);
    }
    if OPERATOR_ONLY.contains(&id) {
        return (false, Reason::OperatorOnly);
    }
    (false, Reason::NoRelationship)
}

/// SPEC §1: "The agent roles are the built-in groups `admin-agents`, `helpdesk-agents`,
/// `sales-agents`: a grant is a membership, for all customers or one."
const AGENT_GROUPS: &[(AgentRole, &str)] = &[
    (AgentRole::AdminAgent, "admin-agents"),
    (AgentRole::HelpdeskAgent, "helpdesk-agents"),
    (AgentRole::SalesAgent, "sales-agents"),
];

/// Whether an action exists in a plain tenant (neither operator nor partner): inside a
/// customer, only those pass through a relationship.
fn in_plain_tenant(id: &str) -> bool {
    !OPERATOR_ONLY.contains(&id) && !PARTNER_SIDE.contains(&id) && !DELEGATION_ONLY.contains(&id)
}

/// Rule 2: what each agent role is "about" inside a customer: an admin agent ≈ global-admin, a
/// helpdesk agent ≈ helpdesk-admin + service-support-admin, a sales agent nothing.
fn agent_allows(agent: AgentRole, id: &str) -> bool {
    use DirectoryRole::*;
    in_plain_tenant(id)
        && match agent {
            AgentRole::AdminAgent => role_allows(Some(GlobalAdmin), id),
            AgentRole::HelpdeskAgent => {
                role_allows(Some(HelpdeskAdmin), id) || role_allows(Some(ServiceSupportAdmin), id)
            }
            AgentRole::SalesAgent => false,
        }
}

/// The directory roles among `roles` that allow `id` in a plain tenant, in role order.
fn roles_allowing<'a>(
    roles: impl IntoIterator<Item = &'a DirectoryRole>,
    id: &str,
) -> Vec<DirectoryRole> {
    let set: BTreeSet<DirectoryRole> = roles
        .into_iter()
        .copied()
        .filter(|r| in_plain_tenant(id) && role_allows(Some(*r), id))
        .collect();
    set.into_iter().collect()
}

// ---------------------------------------------------------------------------------------------
// Fixtures
// ---------------------------------------------------------------------------------------------

const CUSTOMER: &str = "t-customer";
const PARTNER: &str = "t-partner";
const OPERATOR: &str = "t-operator";
const OTHER_CUSTOMER: &str = "t-other-customer";
const OTHER_PARTNER: &str = "t-other-partner";

fn tenant_id(kind: Kind) -> &'static str {
    match kind {
        Kind::Customer => CUSTOMER,
        Kind::Partner => PARTNER,
        Kind::Operator => OPERATOR,
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap()
}

fn principal(home: Kind, roles: &[DirectoryRole]) -> Principal {
    Principal {
        user_id: "u-1".into(),
        upn: "someone@home.example".into(),
        tenant_id: tenant_id(home).into(),
        enabled: true,
        roles: roles.iter().copied().collect(),
        tenant_is_operator: home == Kind::Operator,
        tenant_is_partner: home == Kind::Partner,
        mfa: false,
        mfa_required: false,
    }
}

fn principal_with(home: Kind, role: Option<DirectoryRole>) -> Principal {
    principal(home, role.as_slice())
}

fn facts_for(target_id: &str, is_operator: bool, is_partner: bool) -> Facts {
    Facts {
        now: now(),
        target: Target {
            tenant_id: target_id.into(),
            is_operator,
            is_partner,
        },
        relationships: Vec::new(),
        grants: Vec::new(),
        assignments: Vec::new(),
        groups: Default::default(),
        eligibilities: Vec::new(),
        elevations: Vec::new(),
        object: ObjectFacts::default(),
    }
}

fn facts(target: Kind) -> Facts {
    facts_for(
        tenant_id(target),
        target == Kind::Operator,
        target == Kind::Partner,
    )
}

/// An active relationship `rel-1` from the partner to the customer, delegating `access`.
fn relationship(access: &[DirectoryRole]) -> RelationshipFact {
    RelationshipFact {
        id: "rel-1".into(),
        partner_tenant_id: PARTNER.into(),
        customer_tenant_id: CUSTOMER.into(),
        status: RelationshipStatus::Active,
        access: access.iter().copied().collect(),
        expires_at: None,
        auto_extend: false,
    }
}

/// What `decide` answers the principal about `action`: allowed or not, and why.
fn verdict(p: &Principal, action: Action, f: &Facts) -> (bool, Reason) {
    let d = decide(Some(p), action, f);
    (d.allowed, d.reason)
}

fn role_name(role: Option<DirectoryRole>) -> &'static str {
    role.map_or("(no role)", |r| r.id())
}

/// The decision the reference expects: through `via` when allowed, through nothing when not.
fn expected_decision(allowed: bool, reason: Reason, via: Via) -> Decision {
    let via = if allowed { via } else { Via::None };
    Decision {
        allowed,
        reason,
        via,
    }
}

/// Adds a line to `mismatches` when `decide` answered `d` where the reference wants `want`.
fn note_mismatch(mismatches: &mut Vec<String>, case: String, d: &Decision, want: &Decision) {
    if d != want {
        mismatches.push(format!(
            "{case}: got {} {}, want {} {}",
            d.allowed, d.reason, want.allowed, want.reason
        ));
    }
}

fn assert_no_mismatch(mismatches: Vec<String>) {
    assert!(
        mismatches.is_empty(),
        "{} decision(s) differ from the reference model:\n  {}",
        mismatches.len(),
        mismatches.join("\n  ")
    );
}

// ---------------------------------------------------------------------------------------------
// The reference model itself
// ---------------------------------------------------------------------------------------------

#[test]
fn the_reference_tables_only_name_catalogued_actions() {
    let catalogue: BTreeSet<&str> = CATALOGUE.split(' ').collect();
    for table in [
        OPERATOR_ONLY,
        PARTNER_SIDE,
        OPERATOR_REACH,
        NEVER_DELEGABLE,
        SUPPORT,
        BILLING_ADMIN,
        USER_ADMIN,
        HELPDESK_ADMIN,
        RELATIONSHIP_ADMIN,
    ] {
        for id in table {
            assert!(catalogue.contains(id), "{id} is not in SPEC §2's catalogue");
        }
    }
}
