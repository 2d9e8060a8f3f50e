//! The golden decision table: `fixtures/permissions.csv`, written by an independent model of
//! SPEC §2 (`fixtures/permissions_gen.py`), checked row by row against `authz::decide`.
//!
//! The meaning of each principal, relationship and object id is described in the CSV's header
//! and built here by `principal`, `relationships` and `object`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, TimeZone, Utc};
use partnerctl::authz::*;
use partnerctl::model::{AgentRole, DirectoryRole};

const TABLE: &str = include_str!("../fixtures/permissions.csv");
const HEADER: &str = "principal,relationship,action,object,allowed,reason";

const OPERATOR: &str = "t-operator";
const PARTNER: &str = "t-partner";
const CUSTOMER: &str = "t-customer";
const OTHER_CUSTOMER: &str = "t-other-customer";
const OTHER_PARTNER: &str = "t-other-partner";
const RELATIONSHIP_ID: &str = "rel-partner-customer";

const PRINCIPALS: &[&str] = &[
    "operator-admin",
    "own-tenant:global-admin",
    "own-tenant:billing-admin",
    "own-tenant:user-admin",
    "own-tenant:helpdesk-admin",
    "own-tenant:service-support-admin",
    "own-tenant:global-reader",
    "own-tenant:relationship-admin",
    "own-tenant:helpdesk-admin+user-admin",
    "partner-global-admin",
    "admin-agent",
    "helpdesk-agent",
    "sales-agent",
    "other-customer-agent",
];

const RELATIONSHIPS: &[&str] = &[
    "none",
    "active-dap",
    "active-granular",
    "expired",
    "terminated",
];

/// The actions on one existing user, whose roles rule 8 weighs.
const ON_A_USER: &[&str] = &[
    "user.update",
    "user.delete",
    "user.reset-password",
    "user.assign-role",
];

/// The standard object of every action; the variants cover a few actions each.
const STANDARD_OBJECT: &str = "-";
const OBJECT_VARIANTS: &[(&str, &[&str], &[&str])] = &[
    // (object, actions, relationship states it is listed for)
    (
        "own-relationship",
        &["partner.remove"],
        &["active-dap", "active-granular", "expired", "terminated"],
    ),
    // The user acted on holds each role alone, or one of a few pairs (rule 8).
    ("user:global-admin", ON_A_USER, RELATIONSHIPS),
    ("user:billing-admin", ON_A_USER, RELATIONSHIPS),
    ("user:user-admin", ON_A_USER, RELATIONSHIPS),
    ("user:helpdesk-admin", ON_A_USER, RELATIONSHIPS),
    ("user:service-support-admin", ON_A_USER, RELATIONSHIPS),
    ("user:global-reader", ON_A_USER, RELATIONSHIPS),
    ("user:relationship-admin", ON_A_USER, RELATIONSHIPS),
    ("user:user-admin+helpdesk-admin", ON_A_USER, RELATIONSHIPS),
    (
        "user:helpdesk-admin+global-reader",
        ON_A_USER,
        RELATIONSHIPS,
    ),
    (
        "user:user-admin+relationship-admin",
        ON_A_USER,
        RELATIONSHIPS,
    ),
    (
        "invite-for-another-domain",
        &["invite.accept"],
        RELATIONSHIPS,
    ),
    ("support-status", &["service-request.update"], RELATIONSHIPS),
];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap()
}

fn user(tenant: &str, roles: &[DirectoryRole]) -> Principal {
    Principal {
        user_id: "u-1".into(),
        upn: "someone@example.test".into(),
        tenant_id: tenant.into(),
        enabled: true,
        roles: roles.iter().copied().collect(),
        tenant_is_operator: tenant == OPERATOR,
        tenant_is_partner: tenant == PARTNER,
    }
}

/// `ROLE[+ROLE…]` as directory roles.
fn role_list(s: &str) -> Option<Vec<DirectoryRole>> {
    s.split('+').map(|r| r.parse().ok()).collect()
}

fn grant(role: AgentRole, customer: Option<&str>) -> GrantFact {
    GrantFact {
        id: format!("g-{role}"),
        role,
        customer_tenant_id: customer.map(Into::into),
    }
}

/// The principal of a row and its explicit grants.
fn principal(id: &str) -> Option<(Principal, Vec<GrantFact>)> {
    use AgentRole::*;
    if let Some(roles) = id.strip_prefix("own-tenant:") {
        return Some((user(CUSTOMER, &role_list(roles)?), vec![]));
    }
    Some(match id {
        "operator-admin" => (user(OPERATOR, &[DirectoryRole::GlobalAdmin]), vec![]),
        "partner-global-admin" => (user(PARTNER, &[DirectoryRole::GlobalAdmin]), vec![]),
        "admin-agent" => (user(PARTNER, &[]), vec![grant(AdminAgent, None)]),
        "helpdesk-agent" => (
            user(PARTNER, &[]),
            vec![grant(HelpdeskAgent, Some(CUSTOMER))],
        ),
        "sales-agent" => (user(PARTNER, &[]), vec![grant(SalesAgent, None)]),
        "other-customer-agent" => (
            user(PARTNER, &[]),
            vec![grant(AdminAgent, Some(OTHER_CUSTOMER))],
        ),
        _ => return None,
    })
}

/// The relationships between t-partner and t-customer in a row's state.
fn relationships(state: &str) -> Option<Vec<RelationshipFact>> {
    use DirectoryRole::*;
    let rel = |access: &[DirectoryRole]| RelationshipFact {
        id: RELATIONSHIP_ID.into(),
        partner_tenant_id: PARTNER.into(),
        customer_tenant_id: CUSTOMER.into(),
        status: RelationshipStatus::Active,
        access: access.iter().copied().collect(),
        expires_at: None,
        auto_extend: false,
    };
    Some(match state {
        "none" => vec![],
        "active-dap" => vec![rel(&[GlobalAdmin])],
        "active-granular" => vec![RelationshipFact {
            expires_at: Some(now() + Duration::days(90)),
            ..rel(&[HelpdeskAdmin, ServiceSupportAdmin, GlobalReader])
        }],
        "expired" => vec![RelationshipFact {
            expires_at: Some(now() - Duration::days(1)),
            ..rel(&[HelpdeskAdmin, GlobalReader])
        }],
        "terminated" => vec![RelationshipFact {
            status: RelationshipStatus::Terminated,
            ..rel(&[GlobalAdmin])
        }],
        _ => return None,
    })
}

fn object(id: &str) -> Option<ObjectFacts> {
    let standard = ObjectFacts {
        relationship_partner_tenant_id: Some(OTHER_PARTNER.into()),
        invite_partner_tenant_id: Some(PARTNER.into()),
        invite_addressed_elsewhere: false,
        target_user_roles: BTreeSet::new(),
        sets_support_status: false,
    };
    if let Some(roles) = id.strip_prefix("user:") {
        return Some(ObjectFacts {
            target_user_roles: role_list(roles)?.into_iter().collect(),
            ..standard
        });
    }
    Some(match id {
        STANDARD_OBJECT => standard,
        "own-relationship" => ObjectFacts {
            relationship_partner_tenant_id: Some(PARTNER.into()),
            ..standard
        },
        "invite-for-another-domain" => ObjectFacts {
            invite_addressed_elsewhere: true,
            ..standard
        },
        "support-status" => ObjectFacts {
            sets_support_status: true,
            ..standard
        },
        _ => return None,
    })
}

#[derive(Debug)]
struct Row<'a> {
    line: usize,
    principal: &'a str,
    relationship: &'a str,
    action: &'a str,
    object: &'a str,
    allowed: bool,
    reason: &'a str,
}

/// The rows of the table, by hand: comment lines start with `#`, no field is quoted.
fn rows() -> Vec<Row<'static>> {
    let mut lines = TABLE
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
    let (_, header) = lines.next().expect("the table has a header");
    assert_eq!(header, HEADER, "the table's header");
    lines
        .map(|(line, l)| {
            let f: Vec<&str> = l.split(',').collect();
            assert_eq!(f.len(), 6, "line {line}: 6 fields expected: {l}");
            let allowed = match f[4] {
                "true" => true,
                "false" => false,
                other => panic!("line {line}: allowed is {other:?}, not true or false"),
            };
            Row {
                line,
                principal: f[0],
                relationship: f[1],
                action: f[2],
                object: f[3],
                allowed,
                reason: f[5],
            }
        })
        .collect()
}

#[test]
fn decide_agrees_with_every_row_of_the_table() {
    let mut mismatches = Vec::new();
    let rows = rows();
    for row in &rows {
        let (p, grants) = principal(row.principal)
            .unwrap_or_else(|| panic!("line {}: unknown principal {}", row.line, row.principal));
        let rels = relationships(row.relationship).unwrap_or_else(|| {
            panic!(
                "line {}: unknown relationship {}",
                row.line, row.relationship
            )
        });
        let object = object(row.object)
            .unwrap_or_else(|| panic!("line {}: unknown object {}", row.line, row.object));
        let action: Action = row
            .action
            .parse()
            .unwrap_or_else(|e| panic!("line {}: {e}", row.line));
        let facts = Facts {
            now: now(),
            target: Target {
                tenant_id: CUSTOMER.into(),
                is_operator: false,
                is_partner: false,
            },
            relationships: rels,
            grants,
            assignments: Vec::new(),
            groups: Default::default(),
            object,
        };
        let d = decide(Some(&p), action, &facts);
        if (d.allowed, d.reason.id()) != (row.allowed, row.reason) {
            mismatches.push(format!(
                "line {}: {} / {} / {} / {}: decide says {} {}, the table {} {}",
                row.line,
                row.principal,
                row.relationship,
                row.action,
                row.object,
                d.allowed,
                d.reason,
                row.allowed,
                row.reason
            ));
            continue;
        }
        // The path must fit the reason: a delegated decision names the relationship it used.
        let path_fits = match d.reason {
            Reason::Delegated => matches!(
                &d.via,
                Via::Delegated { relationship_id, .. } if relationship_id == RELATIONSHIP_ID
            ),
            Reason::OperatorRole => matches!(d.via, Via::Operator { .. }),
            Reason::OwnTenantRole => matches!(d.via, Via::OwnTenant { .. }),
            _ => d.via == Via::None,
        };
        if !path_fits {
            mismatches.push(format!(
                "line {}: {} / {} / {}: reason {} with path {:?}",
                row.line, row.principal, row.relationship, row.action, d.reason, d.via
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} rows differ from decide():\n  {}",
        mismatches.len(),
        rows.len(),
        mismatches.join("\n  ")
    );
}

#[test]
fn every_combination_has_exactly_one_row() {
    let mut count: BTreeMap<(&str, &str, &str, &str), usize> = BTreeMap::new();
    for row in rows() {
        *count
            .entry((row.principal, row.relationship, row.action, row.object))
            .or_default() += 1;
    }
    let mut want: BTreeSet<(&str, &str, &str, &str)> = BTreeSet::new();
    for &p in PRINCIPALS {
        for &r in RELATIONSHIPS {
            for a in Action::ALL {
                want.insert((p, r, a.id(), STANDARD_OBJECT));
            }
            for (object, actions, states) in OBJECT_VARIANTS {
                if states.contains(&r) {
                    for &a in *actions {
                        want.insert((p, r, a, object));
                    }
                }
            }
        }
    }
    let mut problems = Vec::new();
    for key in &want {
        match count.get(key).copied().unwrap_or(0) {
            1 => {}
            0 => problems.push(format!("missing: {key:?}")),
            n => problems.push(format!("{n} rows: {key:?}")),
        }
    }
    for key in count.keys() {
        if !want.contains(key) {
            problems.push(format!("unexpected row: {key:?}"));
        }
    }
    assert!(
        problems.is_empty(),
        "{} problem(s) with the table's coverage:\n  {}",
        problems.len(),
        problems.join("\n  ")
    );
    // 14 principal kinds × 5 relationship states × 31 actions, and the object variants: the
    // own relationship in 4 states, 10 role sets of the user acted on × 4 actions × 5 states,
    // the invite for another domain and the support status in 5 states.
    assert_eq!(
        want.len(),
        PRINCIPALS.len() * RELATIONSHIPS.len() * Action::ALL.len()
            + PRINCIPALS.len() * (4 + 10 * 4 * 5 + 5 + 5)
    );
}

/// The relationship column must not change the answer of anyone but t-partner's users: it is
/// not their relationship.
#[test]
fn the_relationship_changes_nothing_for_principals_outside_the_partner() {
    let rows = rows();
    type Answers<'a> = BTreeSet<(bool, &'a str)>;
    let mut by_state: BTreeMap<(&str, &str, &str), Answers> = BTreeMap::new();
    for row in &rows {
        let (p, _) = principal(row.principal).unwrap();
        if p.tenant_id != PARTNER {
            by_state
                .entry((row.principal, row.action, row.object))
                .or_default()
                .insert((row.allowed, row.reason));
        }
    }
    assert!(!by_state.is_empty());
    for (key, answers) in by_state {
        assert_eq!(
            answers.len(),
            1,
            "{key:?} varies with the relationship: {answers:?}"
        );
    }
}

/// A few rows a reviewer would look for first, so a regenerated table cannot quietly lose them.
#[test]
fn the_table_states_the_headline_rules() {
    let rows = rows();
    let find = |p: &str, r: &str, a: &str, o: &str| -> (bool, &str) {
        let row = rows
            .iter()
            .find(|x| (x.principal, x.relationship, x.action, x.object) == (p, r, a, o))
            .unwrap_or_else(|| panic!("no row {p} {r} {a} {o}"));
        (row.allowed, row.reason)
    };
    let s = STANDARD_OBJECT;
    assert_eq!(
        find("partner-global-admin", "active-dap", "user.read", s),
        (true, "delegated")
    );
    assert_eq!(
        find("partner-global-admin", "active-dap", "user.create", s),
        (false, "not-delegable")
    );
    assert_eq!(
        find("partner-global-admin", "active-dap", "partner.remove", s),
        (false, "not-delegable")
    );
    assert_eq!(
        find(
            "partner-global-admin",
            "terminated",
            "partner.remove",
            "own-relationship"
        ),
        (true, "own-relationship")
    );
    assert_eq!(
        find("admin-agent", "expired", "user.read", s),
        (false, "relationship-expired")
    );
    assert_eq!(
        find("other-customer-agent", "active-dap", "user.read", s),
        (false, "no-grant")
    );
    assert_eq!(
        find("sales-agent", "active-dap", "tenant.read", s),
        (false, "role-insufficient")
    );
    assert_eq!(
        find("admin-agent", "active-granular", "tenant.update", s),
        (false, "role-insufficient")
    );
    assert_eq!(
        find("own-tenant:global-admin", "active-dap", "invite.accept", s),
        (true, "own-tenant-role")
    );
    assert_eq!(
        find("own-tenant:user-admin", "none", "invite.accept", s),
        (false, "role-insufficient")
    );
    assert_eq!(
        find("operator-admin", "active-dap", "health.publish", s),
        (true, "operator-role")
    );
    // The relationship admin: its tenant's relationships, nothing else.
    for a in Action::ALL {
        let want = ["partner.read", "partner.remove", "invite.accept"].contains(&a.id());
        let (allowed, _) = find("own-tenant:relationship-admin", "none", a.id(), s);
        assert_eq!(allowed, want, "relationship-admin {a}");
    }
    // Rule 8, as Entra's tables say.
    let on_user = |p: &str, a: &str, o: &str| find(p, "none", a, o);
    let helpdesk = "own-tenant:helpdesk-admin";
    let user_admin = "own-tenant:user-admin";
    assert_eq!(
        on_user(helpdesk, "user.reset-password", "user:helpdesk-admin"),
        (true, "own-tenant-role")
    );
    assert_eq!(
        on_user(helpdesk, "user.reset-password", "user:user-admin"),
        (false, "privileged-target")
    );
    assert_eq!(
        on_user(user_admin, "user.update", "user:helpdesk-admin"),
        (true, "own-tenant-role")
    );
    assert_eq!(
        on_user(user_admin, "user.delete", "user:user-admin"),
        (true, "own-tenant-role")
    );
    assert_eq!(
        on_user(user_admin, "user.update", "user:billing-admin"),
        (false, "privileged-target")
    );
    assert_eq!(
        on_user(user_admin, "user.reset-password", "user:global-admin"),
        (false, "privileged-target")
    );
    assert_eq!(
        on_user(
            "own-tenant:global-admin",
            "user.reset-password",
            "user:global-admin"
        ),
        (true, "own-tenant-role")
    );
    assert_eq!(
        on_user(user_admin, "user.assign-role", STANDARD_OBJECT),
        (false, "role-insufficient")
    );
    // Every never-delegable action is refused to every partner user through the widest
    // relationship (partner.remove only as another partner's relationship).
    for p in PRINCIPALS.iter().filter(|p| {
        principal(p)
            .map(|(p, _)| p.tenant_id == PARTNER)
            .unwrap_or(false)
    }) {
        for a in Action::ALL.iter().filter(|a| a.is_never_delegable()) {
            assert_eq!(
                find(p, "active-dap", a.id(), s),
                (false, "not-delegable"),
                "{p} {a}"
            );
        }
    }
}
