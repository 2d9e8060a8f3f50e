//! Tests of the permission core against a reference model written from SPEC §2 in plain ids.
//!
//! The reference deliberately does not call `role_rights`, `Action::is_*` or any other helper
//! of the core: it restates the rules as small tables, so a slip in the core's tables shows up
//! as a disagreement here instead of being copied into the expectation.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};

use super::*;
use crate::model::{AgentRole, DirectoryRole};

// ---------------------------------------------------------------------------------------------
// The reference model (SPEC §1 and §2, in words turned into ids)
// ---------------------------------------------------------------------------------------------

/// The action catalogue exactly as SPEC §2 lists it.
const CATALOGUE: &str = "tenant.read tenant.update health.read health.publish service-request.read service-request.create service-request.update license.read license.buy license.assign domain.read domain.add domain.configure user.read user.create user.update user.delete user.reset-password user.assign-role partner.read partner.remove invite.create invite.read invite.revoke invite.accept grant.read grant.manage customer.read audit.read tenant.provision partner.enroll";

/// The operator provisions tenants, enrolls partners and publishes service health.
const OPERATOR_ONLY: &[&str] = &["tenant.provision", "partner.enroll", "health.publish"];

/// Rule 4: these happen in the partner's own tenant.
const PARTNER_SIDE: &[&str] = &[
    "invite.create",
    "invite.read",
    "invite.revoke",
    "customer.read",
    "grant.read",
    "grant.manage",
];

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

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Customer,
    Partner,
    Operator,
}

const KINDS: [Kind; 3] = [Kind::Customer, Kind::Partner, Kind::Operator];

/// A user with no directory role, then each role alone.
const ROLES: [Option<DirectoryRole>; 7] = [
    None,
    Some(DirectoryRole::GlobalAdmin),
    Some(DirectoryRole::BillingAdmin),
    Some(DirectoryRole::UserAdmin),
    Some(DirectoryRole::HelpdeskAdmin),
    Some(DirectoryRole::ServiceSupportAdmin),
    Some(DirectoryRole::GlobalReader),
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
    let listed = |extra: &[&str]| SUPPORT.contains(&id) || extra.contains(&id);
    match role {
        None => false,
        Some(DirectoryRole::GlobalAdmin) => true,
        Some(DirectoryRole::GlobalReader) => id.ends_with(".read"),
        Some(DirectoryRole::BillingAdmin) => listed(BILLING_ADMIN),
        Some(DirectoryRole::UserAdmin) => listed(USER_ADMIN),
        Some(DirectoryRole::HelpdeskAdmin) => listed(HELPDESK_ADMIN),
        Some(DirectoryRole::ServiceSupportAdmin) => listed(&[]),
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

fn role_name(role: Option<DirectoryRole>) -> &'static str {
    role.map_or("(no role)", |r| r.id())
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
    ] {
        for id in table {
            assert!(catalogue.contains(id), "{id} is not in SPEC §2's catalogue");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The action catalogue
// ---------------------------------------------------------------------------------------------

#[test]
fn action_catalogue_is_the_specs_in_its_order() {
    let ids: Vec<&str> = Action::ALL.iter().map(|a| a.id()).collect();
    assert_eq!(ids, CATALOGUE.split(' ').collect::<Vec<_>>());
}

#[test]
fn action_ids_roundtrip_through_fromstr_display_and_json() {
    for &a in Action::ALL {
        assert_eq!(a.id().parse::<Action>(), Ok(a), "{a:?}");
        assert_eq!(a.to_string(), a.id());
        assert_eq!(
            serde_json::to_value(a).unwrap(),
            serde_json::Value::String(a.id().into())
        );
    }
}

#[test]
fn unknown_action_is_rejected_with_the_catalogue() {
    for bad in [
        "",
        "user",
        "user.fly",
        "USER.READ",
        " user.read",
        "user.read ",
    ] {
        let err = bad.parse::<Action>().unwrap_err();
        assert!(err.contains("unknown action"), "{bad:?}: {err}");
        assert!(err.contains("tenant.read") && err.contains("partner.enroll"));
    }
}

// ---------------------------------------------------------------------------------------------
// Signed-in and enabled checks come first
// ---------------------------------------------------------------------------------------------

#[test]
fn not_signed_in_is_denied_everything_everywhere() {
    for target in KINDS {
        for &a in Action::ALL {
            let d = decide(None, a, &facts(target));
            assert_eq!(
                d,
                Decision {
                    allowed: false,
                    reason: Reason::NotSignedIn,
                    via: Via::None
                },
                "{a} in {target:?}"
            );
        }
    }
}

#[test]
fn a_disabled_user_is_denied_everything_whatever_its_roles() {
    for home in KINDS {
        for role in ROLES {
            let mut p = principal_with(home, role);
            p.enabled = false;
            for target in KINDS {
                for &a in Action::ALL {
                    let d = decide(Some(&p), a, &facts(target));
                    assert!(
                        !d.allowed && d.reason == Reason::UserDisabled && d.via == Via::None,
                        "{} of a {home:?} tenant, {a} in {target:?}: {d:?}",
                        role_name(role)
                    );
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rule 1: every directory role × every action × own tenant of every kind
// ---------------------------------------------------------------------------------------------

#[test]
fn own_tenant_every_role_every_action_every_tenant_kind() {
    let mut mismatches = Vec::new();
    for kind in KINDS {
        for role in ROLES {
            let p = principal_with(kind, role);
            for &a in Action::ALL {
                let d = decide(Some(&p), a, &facts(kind));
                let (allowed, reason) = expected_own(role, kind, a.id());
                let via = if allowed {
                    Via::OwnTenant {
                        roles: role.into_iter().collect(),
                    }
                } else {
                    Via::None
                };
                let want = Decision {
                    allowed,
                    reason,
                    via,
                };
                if d != want {
                    mismatches.push(format!(
                        "{} in own {kind:?} tenant, {a}: got {} {}, want {} {}",
                        role_name(role),
                        d.allowed,
                        d.reason,
                        want.allowed,
                        want.reason
                    ));
                }
            }
        }
    }
    assert_no_mismatch(mismatches);
}

#[test]
fn own_tenant_rights_spelled_out_for_a_plain_customer() {
    // The same rules as the matrix above, as the lists a reviewer would check by eye.
    let allowed = |role: DirectoryRole| -> Vec<&'static str> {
        let p = principal(Kind::Customer, &[role]);
        Action::ALL
            .iter()
            .filter(|a| decide(Some(&p), **a, &facts(Kind::Customer)).allowed)
            .map(|a| a.id())
            .collect()
    };
    assert_eq!(
        allowed(DirectoryRole::BillingAdmin),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "service-request.create",
            "service-request.update",
            "license.read",
            "license.buy"
        ]
    );
    assert_eq!(
        allowed(DirectoryRole::HelpdeskAdmin),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "service-request.create",
            "service-request.update",
            "user.read",
            "user.reset-password"
        ]
    );
    assert_eq!(
        allowed(DirectoryRole::ServiceSupportAdmin),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "service-request.create",
            "service-request.update"
        ]
    );
    assert_eq!(
        allowed(DirectoryRole::GlobalReader),
        [
            "tenant.read",
            "health.read",
            "service-request.read",
            "license.read",
            "domain.read",
            "user.read",
            "partner.read",
            "audit.read"
        ]
    );
    let global_admin = allowed(DirectoryRole::GlobalAdmin);
    assert_eq!(global_admin.len(), Action::ALL.len() - 9);
    for id in OPERATOR_ONLY.iter().chain(PARTNER_SIDE) {
        assert!(!global_admin.contains(id), "{id}");
    }
}

#[test]
fn several_roles_give_the_union_and_name_every_role_that_carries_it() {
    use DirectoryRole::*;
    let p = principal(Kind::Customer, &[BillingAdmin, HelpdeskAdmin]);
    let f = facts(Kind::Customer);
    let d = decide(Some(&p), Action::ServiceRequestRead, &f);
    assert_eq!(
        d.via,
        Via::OwnTenant {
            roles: vec![BillingAdmin, HelpdeskAdmin]
        }
    );
    assert!(decide(Some(&p), Action::LicenseBuy, &f).allowed);
    assert!(decide(Some(&p), Action::UserResetPassword, &f).allowed);
    let d = decide(Some(&p), Action::UserCreate, &f);
    assert_eq!((d.allowed, d.reason), (false, Reason::RoleInsufficient));
}

// ---------------------------------------------------------------------------------------------
// A foreign tenant with no relationship; the operator's reach
// ---------------------------------------------------------------------------------------------

#[test]
fn foreign_tenant_every_role_every_action_from_every_tenant_kind() {
    // Foreign targets of each kind, none of them related to the principal's tenant.
    let targets = [
        ("customer", facts_for(OTHER_CUSTOMER, false, false)),
        ("partner", facts_for(OTHER_PARTNER, false, true)),
        ("operator", facts(Kind::Operator)),
    ];
    let mut mismatches = Vec::new();
    let mut checked = 0;
    for home in KINDS {
        for (target_kind, f) in &targets {
            if f.target.tenant_id == tenant_id(home) {
                continue;
            }
            for role in ROLES {
                let p = principal_with(home, role);
                for &a in Action::ALL {
                    checked += 1;
                    let d = decide(Some(&p), a, f);
                    let (allowed, reason) = expected_foreign(role, home, a.id());
                    let via = if allowed {
                        Via::Operator {
                            roles: vec![DirectoryRole::GlobalAdmin],
                        }
                    } else {
                        Via::None
                    };
                    let want = Decision {
                        allowed,
                        reason,
                        via,
                    };
                    if d != want {
                        mismatches.push(format!(
                            "{} of a {home:?} tenant in foreign {target_kind} {}, {a}: got {} {}, want {} {}",
                            role_name(role),
                            f.target.tenant_id,
                            d.allowed,
                            d.reason,
                            want.allowed,
                            want.reason
                        ));
                    }
                }
            }
        }
    }
    // Three foreign targets each from a customer and a partner tenant, two from the operator.
    assert_eq!(checked, 8 * ROLES.len() * Action::ALL.len());
    assert_no_mismatch(mismatches);
}

#[test]
fn the_operators_reach_is_exactly_its_list_and_only_for_global_admins() {
    let f = facts(Kind::Customer);
    let ga = principal(Kind::Operator, &[DirectoryRole::GlobalAdmin]);
    let reach: Vec<&str> = Action::ALL
        .iter()
        .filter(|a| decide(Some(&ga), **a, &f).allowed)
        .map(|a| a.id())
        .collect();
    let mut want = OPERATOR_REACH.to_vec();
    want.sort_by_key(|id| CATALOGUE.split(' ').position(|c| c == *id));
    assert_eq!(reach, want);

    // Operator staff with other roles act in the operator's own tenant only.
    let support = principal(Kind::Operator, &[DirectoryRole::ServiceSupportAdmin]);
    let d = decide(Some(&support), Action::ServiceRequestUpdate, &f);
    assert_eq!((d.allowed, d.reason), (false, Reason::NoRelationship));
    let d = decide(
        Some(&support),
        Action::ServiceRequestUpdate,
        &facts(Kind::Operator),
    );
    assert_eq!((d.allowed, d.reason), (true, Reason::OwnTenantRole));
}

// ---------------------------------------------------------------------------------------------
// Rule 5: accepting invites
// ---------------------------------------------------------------------------------------------

fn invite_from(issuer: &str, target: Kind) -> Facts {
    let mut f = facts(target);
    f.object.invite_partner_tenant_id = Some(issuer.into());
    f
}

#[test]
fn a_tenant_cannot_accept_its_own_invite_whatever_the_role() {
    for role in ROLES {
        let p = principal_with(Kind::Partner, role);
        let d = decide(
            Some(&p),
            Action::InviteAccept,
            &invite_from(PARTNER, Kind::Partner),
        );
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::OwnInvite),
            "{}",
            role_name(role)
        );
    }
}

#[test]
fn only_a_global_admin_accepts_another_partners_invite_for_its_own_tenant() {
    for home in [Kind::Customer, Kind::Partner] {
        for role in ROLES {
            let p = principal_with(home, role);
            let d = decide(
                Some(&p),
                Action::InviteAccept,
                &invite_from(OTHER_PARTNER, home),
            );
            let want = if role == Some(DirectoryRole::GlobalAdmin) {
                (true, Reason::OwnTenantRole)
            } else {
                (false, Reason::RoleInsufficient)
            };
            assert_eq!(
                (d.allowed, d.reason),
                want,
                "{} in {home:?}",
                role_name(role)
            );
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Rules 2 and 3: the delegated path (a few cases; the full decision table comes later)
// ---------------------------------------------------------------------------------------------

fn relationship(access: &[DirectoryRole]) -> RelationshipFact {
    RelationshipFact {
        id: "rel-1".into(),
        partner_tenant_id: PARTNER.into(),
        customer_tenant_id: CUSTOMER.into(),
        status: StoredRelationshipStatus::Active,
        access: access.iter().copied().collect(),
        expires_at: None,
        auto_extend: false,
    }
}

fn grant(id: &str, role: AgentRole, customer: Option<&str>) -> GrantFact {
    GrantFact {
        id: id.into(),
        role,
        customer_tenant_id: customer.map(Into::into),
    }
}

/// A partner user acting in the customer tenant through `rel`, with `grants`.
fn in_customer(rel: RelationshipFact, grants: Vec<GrantFact>) -> Facts {
    let mut f = facts(Kind::Customer);
    f.relationships = vec![rel];
    f.grants = grants;
    f
}

fn partner_admin() -> Principal {
    principal(Kind::Partner, &[DirectoryRole::GlobalAdmin])
}

fn partner_user() -> Principal {
    principal(Kind::Partner, &[])
}

#[test]
fn an_active_relationship_delegates_through_the_implicit_grant_of_a_partner_global_admin() {
    let f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    let d = decide(Some(&partner_admin()), Action::UserRead, &f);
    assert_eq!(
        d,
        Decision {
            allowed: true,
            reason: Reason::Delegated,
            via: Via::Delegated {
                relationship_id: "rel-1".into(),
                agent_role: AgentRole::AdminAgent,
                grant: GrantSource::Implicit,
                delegated_roles: vec![DirectoryRole::GlobalAdmin],
            },
        }
    );
}

#[test]
fn an_expired_relationship_gives_nothing() {
    let mut rel = relationship(&[DirectoryRole::GlobalAdmin]);
    rel.expires_at = Some(now() - Duration::days(1));
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel.clone(), vec![]),
    );
    assert_eq!((d.allowed, d.reason), (false, Reason::RelationshipExpired));

    // Expiry is exclusive of the instant itself: at `expires_at` it is over.
    rel.expires_at = Some(now());
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel, vec![]),
    );
    assert_eq!((d.allowed, d.reason), (false, Reason::RelationshipExpired));
}

#[test]
fn an_auto_extending_relationship_past_its_first_end_still_delegates() {
    let mut rel = relationship(&[DirectoryRole::HelpdeskAdmin]);
    rel.expires_at = Some(now() - Duration::days(400));
    rel.auto_extend = true;
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel, vec![]),
    );
    assert_eq!((d.allowed, d.reason), (true, Reason::Delegated));
}

#[test]
fn a_terminated_relationship_gives_nothing() {
    let mut rel = relationship(&[DirectoryRole::GlobalAdmin]);
    rel.status = StoredRelationshipStatus::Terminated;
    let d = decide(
        Some(&partner_admin()),
        Action::UserRead,
        &in_customer(rel, vec![]),
    );
    assert_eq!(
        (d.allowed, d.reason),
        (false, Reason::RelationshipTerminated)
    );
}

#[test]
fn a_grant_scoped_to_another_customer_does_not_cover_this_one() {
    let rel = relationship(&[DirectoryRole::GlobalAdmin]);
    let elsewhere = grant("g-1", AgentRole::AdminAgent, Some(OTHER_CUSTOMER));
    let d = decide(
        Some(&partner_user()),
        Action::UserRead,
        &in_customer(rel.clone(), vec![elsewhere]),
    );
    assert_eq!((d.allowed, d.reason), (false, Reason::NoGrant));

    let here = grant("g-2", AgentRole::AdminAgent, Some(CUSTOMER));
    let d = decide(
        Some(&partner_user()),
        Action::UserRead,
        &in_customer(rel, vec![here]),
    );
    assert!(d.allowed, "{d:?}");
    assert!(matches!(
        d.via,
        Via::Delegated { grant: GrantSource::Explicit { ref grant_id }, .. } if grant_id == "g-2"
    ));
}

#[test]
fn never_delegable_actions_are_refused_even_to_a_global_admin_with_full_access() {
    let mut f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    // `partner.remove` of another partner's relationship.
    f.object.relationship_partner_tenant_id = Some(OTHER_PARTNER.into());
    for id in NEVER_DELEGABLE {
        let a: Action = id.parse().unwrap();
        let d = decide(Some(&partner_admin()), a, &f);
        assert_eq!((d.allowed, d.reason), (false, Reason::NotDelegable), "{id}");
    }
}

#[test]
fn a_partner_global_admin_may_end_its_own_relationship() {
    let mut f = in_customer(relationship(&[DirectoryRole::GlobalAdmin]), vec![]);
    f.object.relationship_partner_tenant_id = Some(PARTNER.into());
    let d = decide(Some(&partner_admin()), Action::PartnerRemove, &f);
    assert_eq!((d.allowed, d.reason), (true, Reason::OwnRelationship));
}

#[test]
fn delegated_rights_are_the_intersection_of_agent_role_and_delegated_roles() {
    // Admin agent (implicit) through a relationship delegating only helpdesk-admin.
    let f = in_customer(relationship(&[DirectoryRole::HelpdeskAdmin]), vec![]);
    let admin = partner_admin();
    let d = decide(Some(&admin), Action::UserRead, &f);
    assert_eq!((d.allowed, d.reason), (true, Reason::Delegated));
    for a in [Action::TenantUpdate, Action::LicenseRead, Action::AuditRead] {
        let d = decide(Some(&admin), a, &f);
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::RoleInsufficient),
            "{a}"
        );
    }

    // Helpdesk agent through a relationship delegating global-admin.
    let rel = relationship(&[DirectoryRole::GlobalAdmin]);
    let helpdesk = in_customer(
        rel.clone(),
        vec![grant("g-h", AgentRole::HelpdeskAgent, None)],
    );
    let user = partner_user();
    for a in [
        Action::UserRead,
        Action::ServiceRequestCreate,
        Action::HealthRead,
    ] {
        let d = decide(Some(&user), a, &helpdesk);
        assert_eq!((d.allowed, d.reason), (true, Reason::Delegated), "{a}");
    }
    for a in [Action::TenantUpdate, Action::DomainRead, Action::AuditRead] {
        let d = decide(Some(&user), a, &helpdesk);
        assert_eq!(
            (d.allowed, d.reason),
            (false, Reason::RoleInsufficient),
            "{a}"
        );
    }

    // A sales agent has nothing inside customers.
    let sales = in_customer(rel, vec![grant("g-s", AgentRole::SalesAgent, None)]);
    let d = decide(Some(&user), Action::TenantRead, &sales);
    assert_eq!((d.allowed, d.reason), (false, Reason::RoleInsufficient));
}

// ---------------------------------------------------------------------------------------------
// Relationship expiry
// ---------------------------------------------------------------------------------------------

#[test]
fn effective_expiry_extends_in_180_day_steps() {
    let end = now();
    let mut rel = relationship(&[DirectoryRole::HelpdeskAdmin]);
    assert_eq!(rel.effective_expiry(end), None, "no expiry stays none");

    rel.expires_at = Some(end);
    assert_eq!(rel.effective_expiry(end + Duration::days(1)), Some(end));

    rel.auto_extend = true;
    let step = Duration::days(AUTO_EXTEND_DAYS);
    assert_eq!(AUTO_EXTEND_DAYS, 180);
    let cases = [
        (end - Duration::days(1), end),
        (end, end + step),
        (end + Duration::seconds(1), end + step),
        (end + step - Duration::seconds(1), end + step),
        (end + step, end + step * 2),
        (end + Duration::days(1000), end + step * 6),
    ];
    for (at, want) in cases {
        assert_eq!(rel.effective_expiry(at), Some(want), "at {at}");
        assert_eq!(rel.state(at), RelationshipState::Active, "at {at}");
    }
}

#[test]
fn only_a_global_admin_manages_a_user_who_holds_an_admin_role() {
    use DirectoryRole::*;
    let user_actions = [
        "user.update",
        "user.delete",
        "user.reset-password",
        "user.assign-role",
    ];
    for target_roles in [vec![GlobalAdmin], vec![HelpdeskAdmin], vec![GlobalReader]] {
        let mut f = facts(Kind::Customer);
        f.object.target_user_roles = target_roles.iter().copied().collect();
        for id in user_actions {
            let a: Action = id.parse().unwrap();
            for role in [UserAdmin, HelpdeskAdmin] {
                if !role_allows(Some(role), id) {
                    continue;
                }
                let d = decide(Some(&principal(Kind::Customer, &[role])), a, &f);
                assert_eq!(
                    (d.allowed, d.reason),
                    (false, Reason::PrivilegedTarget),
                    "{role:?} {id} on a user with {target_roles:?}"
                );
            }
            let d = decide(Some(&principal(Kind::Customer, &[GlobalAdmin])), a, &f);
            assert!(d.allowed, "global admin {id} on {target_roles:?}");
        }
    }
    // A user without roles stays the helpdesk's and user admin's to manage.
    let f = facts(Kind::Customer);
    let d = decide(
        Some(&principal(Kind::Customer, &[HelpdeskAdmin])),
        Action::UserResetPassword,
        &f,
    );
    assert!(d.allowed);
}
