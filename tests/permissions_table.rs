//! The golden decision table: `fixtures/permissions.csv`, written by an independent model of
//! SPEC §2 (`fixtures/permissions_gen.py`), checked row by row against `authz::decide`; and the
//! paths of its delegated rows (`fixtures/permissions_paths.csv`, by the same model), checked
//! against the `via` that `decide` names.
//!
//! The meaning of each principal, relationship and object id is described in the CSV's header
//! and built here by `principal`, `world` and `object`: a relationship id is a small language
//! (relationships joined by `+`, access assignments in brackets), parsed rather than listed.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Duration, TimeZone, Utc};
use partnerctl::authz::*;
use partnerctl::model::{AgentRole, DirectoryRole};

const TABLE: &str = include_str!("../fixtures/permissions.csv");
const HEADER: &str = "principal,relationship,action,object,allowed,reason";
const PATHS: &str = include_str!("../fixtures/permissions_paths.csv");
const PATHS_HEADER: &str = "principal,relationship,action,object,paths";

const OPERATOR: &str = "t-operator";
const PARTNER: &str = "t-partner";
const CUSTOMER: &str = "t-customer";
const OTHER_CUSTOMER: &str = "t-other-customer";
const OTHER_PARTNER: &str = "t-other-partner";

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
    "other-customer-helpdesk-agent",
    "partner-user+group:g-tier2",
    "partner-user+group:g-readers",
    "partner-user+group:g-tier2+group:g-readers",
    "helpdesk-agent+group:g-tier2",
    "mfa-required:admin-agent",
    "mfa-required+mfa:admin-agent",
    "eligible-user",
    "eligible-user+mfa",
    "mfa-required:eligible-user",
];

/// The principals listed with the JIT worlds.
const JIT_PRINCIPALS: &[&str] = &[
    "partner-global-admin",
    "helpdesk-agent",
    "eligible-user",
    "eligible-user+mfa",
    "mfa-required:eligible-user",
    "mfa-required+mfa:admin-agent",
];

/// Eligibilities and elevations of the row's principal (in braces after a relationship):
/// listed with the JIT principals, with the standard object, the own relationship and the
/// elevation requests.
const JIT_WORLDS: &[&str] = &[
    "active-granular{eligible=helpdesk-admin+global-reader}",
    "active-granular{eligible=helpdesk-admin+global-reader;elevated=helpdesk-admin/active}",
    "active-granular{eligible=helpdesk-admin+global-reader;elevated=helpdesk-admin/pending}",
    "active-granular{eligible=helpdesk-admin+global-reader;elevated=helpdesk-admin/expired}",
    "active-granular{eligible=helpdesk-admin+global-reader;elevated=helpdesk-admin/ended}",
    "active-granular{eligible=helpdesk-admin+global-reader;elevated=helpdesk-admin/denied}",
    "active-granular{eligible=global-reader;elevated=helpdesk-admin+global-reader/active}",
    "active-granular{eligible=helpdesk-admin+user-admin;elevated=helpdesk-admin+user-admin/active}",
    "active-granular{elevated=helpdesk-admin/active}",
    "expired{eligible=helpdesk-admin;elevated=helpdesk-admin/active}",
    "active-dap{eligible=global-admin;elevated=global-admin/active}",
    "active-billing+active-granular{eligible=helpdesk-admin;elevated=helpdesk-admin/active}",
];

/// The elevation requests (object `request:ROLES`, action elevation.request): listed in every
/// world of the principal.
const REQUESTS: &[&str] = &[
    "request:helpdesk-admin",
    "request:global-reader",
    "request:helpdesk-admin+global-reader",
    "request:user-admin",
    "request:global-admin",
];

/// At most one relationship, no assignment: listed with every principal and every object.
const RELATIONSHIPS: &[&str] = &[
    "none",
    "active-dap",
    "active-granular",
    "expired",
    "terminated",
];

/// Several relationships and access assignments: listed with t-partner's users only, with the
/// standard object and the own relationship.
const GDAP_WORLDS: &[&str] = &[
    "active-helpdesk+active-billing",
    "active-dap+active-granular",
    "expired+terminated",
    "active-billing+expired[g-tier2=global-reader]",
    "active-billing+terminated[g-tier2=global-admin]",
    "active-granular[helpdesk-agents=global-reader]",
    "active-dap[sales-agents=global-admin;g-readers=global-reader]",
    "active-granular[g-tier2=helpdesk-admin]",
    "active-granular[g-tier2=global-admin+user-admin]",
    "active-granular[g-tier2=helpdesk-admin+user-admin;g-readers=global-reader]",
    "active-billing[g-tier2=billing-admin]+active-granular",
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
    ("offer-with-delegation", &["offer.accept"], RELATIONSHIPS),
    ("support-status", &["service-request.update"], RELATIONSHIPS),
    (
        "request:helpdesk-admin",
        &["elevation.request"],
        RELATIONSHIPS,
    ),
    (
        "request:global-reader",
        &["elevation.request"],
        RELATIONSHIPS,
    ),
    (
        "request:helpdesk-admin+global-reader",
        &["elevation.request"],
        RELATIONSHIPS,
    ),
    ("request:user-admin", &["elevation.request"], RELATIONSHIPS),
    (
        "request:global-admin",
        &["elevation.request"],
        RELATIONSHIPS,
    ),
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
        mfa: false,
        mfa_required: false,
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

/// A principal of a row: the user, its explicit grants and the partner's own groups it is in.
struct Who {
    user: Principal,
    grants: Vec<GrantFact>,
    groups: BTreeSet<String>,
}

/// The principal of a row: `own-tenant:ROLE[+ROLE]`, or one of the named users with
/// `+group:G` for each own group it belongs to.
fn principal(id: &str) -> Option<Who> {
    use AgentRole::*;
    let who = |user, grants| Who {
        user,
        grants,
        groups: BTreeSet::new(),
    };
    if let Some(roles) = id.strip_prefix("own-tenant:") {
        return Some(who(user(CUSTOMER, &role_list(roles)?), vec![]));
    }
    let (id, mfa_required, mfa) = if let Some(rest) = id.strip_prefix("mfa-required+mfa:") {
        (rest, true, true)
    } else if let Some(rest) = id.strip_prefix("mfa-required:") {
        (rest, true, false)
    } else if let Some(rest) = id.strip_suffix("+mfa") {
        (rest, false, true)
    } else {
        (id, false, false)
    };
    let mut parts = id.split("+group:");
    let base = parts.next()?;
    let groups: BTreeSet<String> = parts.map(String::from).collect();
    if groups.iter().any(|g| g.is_empty() || g.contains('+')) {
        return None;
    }
    let mut w = match base {
        "operator-admin" => who(user(OPERATOR, &[DirectoryRole::GlobalAdmin]), vec![]),
        "partner-global-admin" => who(user(PARTNER, &[DirectoryRole::GlobalAdmin]), vec![]),
        "admin-agent" => who(user(PARTNER, &[]), vec![grant(AdminAgent, None)]),
        "helpdesk-agent" => who(
            user(PARTNER, &[]),
            vec![grant(HelpdeskAgent, Some(CUSTOMER))],
        ),
        "sales-agent" => who(user(PARTNER, &[]), vec![grant(SalesAgent, None)]),
        "other-customer-agent" => who(
            user(PARTNER, &[]),
            vec![grant(AdminAgent, Some(OTHER_CUSTOMER))],
        ),
        "other-customer-helpdesk-agent" => who(
            user(PARTNER, &[]),
            vec![grant(HelpdeskAgent, Some(OTHER_CUSTOMER))],
        ),
        "partner-user" | "eligible-user" => who(user(PARTNER, &[]), vec![]),
        _ => return None,
    };
    w.user.mfa = mfa;
    w.user.mfa_required = mfa_required;
    if !groups.is_empty() && w.user.tenant_id != PARTNER {
        return None;
    }
    w.groups = groups;
    Some(w)
}

/// One relationship between t-partner and t-customer, by kind; its id is the kind.
fn relationship(kind: &str) -> Option<RelationshipFact> {
    use DirectoryRole::*;
    let rel = |access: &[DirectoryRole]| RelationshipFact {
        id: kind.into(),
        partner_tenant_id: PARTNER.into(),
        customer_tenant_id: CUSTOMER.into(),
        status: RelationshipStatus::Active,
        access: access.iter().copied().collect(),
        expires_at: None,
        auto_extend: false,
    };
    Some(match kind {
        "active-dap" => rel(&[GlobalAdmin]),
        "active-granular" => RelationshipFact {
            expires_at: Some(now() + Duration::days(90)),
            ..rel(&[HelpdeskAdmin, ServiceSupportAdmin, GlobalReader])
        },
        "active-helpdesk" => RelationshipFact {
            expires_at: Some(now() + Duration::days(180)),
            ..rel(&[HelpdeskAdmin, ServiceSupportAdmin])
        },
        "active-billing" => RelationshipFact {
            expires_at: Some(now() + Duration::days(365)),
            ..rel(&[BillingAdmin])
        },
        "expired" => RelationshipFact {
            expires_at: Some(now() - Duration::days(1)),
            ..rel(&[HelpdeskAdmin, GlobalReader])
        },
        "terminated" => RelationshipFact {
            status: RelationshipStatus::Terminated,
            ..rel(&[GlobalAdmin])
        },
        _ => return None,
    })
}

/// `s` split at each `sep` outside brackets and braces.
fn split_outside_brackets(s: &str, sep: char) -> Vec<&str> {
    let (mut parts, mut depth, mut start) = (Vec::new(), 0i32, 0);
    for (i, c) in s.char_indices() {
        match c {
            '[' | '{' => depth += 1,
            ']' | '}' => depth -= 1,
            c if c == sep && depth == 0 => {
                parts.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&s[start..]);
    parts
}

/// A row's world: relationships, access assignments, and the principal's eligibilities and
/// elevations.
#[derive(Default)]
struct World {
    rels: Vec<RelationshipFact>,
    assignments: Vec<AssignmentFact>,
    eligibilities: Vec<EligibilityFact>,
    elevations: Vec<ElevationFact>,
}

/// An elevation through `rel` in `state`, activating `elig-REL` (see the table's header for
/// the times).
fn elevation(rel: &str, roles: &str, state: &str) -> Option<ElevationFact> {
    let hours = |h| Some(now() + Duration::hours(h));
    let (status, starts_at, ends_at) = match state {
        "active" => (ElevationStatus::Active, hours(-1), hours(1)),
        "pending" => (ElevationStatus::Pending, None, None),
        "expired" => (ElevationStatus::Active, hours(-4), hours(-2)),
        "ended" => (ElevationStatus::Ended, hours(-1), hours(1)),
        "denied" => (ElevationStatus::Denied, None, None),
        _ => return None,
    };
    Some(ElevationFact {
        id: format!("elev-{rel}"),
        eligibility_id: format!("elig-{rel}"),
        relationship_id: rel.into(),
        roles: role_list(roles)?.into_iter().collect(),
        status,
        starts_at,
        ends_at,
    })
}

/// The relationships between t-partner and t-customer in a row's world, and the access
/// assignments on them: `none`, or `KIND[GROUP=ROLE+ROLE;…]{eligible=ROLES;elevated=ROLES/STATE}`
/// joined by `+`.
fn world(id: &str) -> Option<World> {
    let mut w = World::default();
    if id == "none" {
        return Some(w);
    }
    let (rels, assignments) = (&mut w.rels, &mut w.assignments);
    for part in split_outside_brackets(id, '+') {
        let (part, jit) = match part.split_once('{') {
            Some((head, rest)) => (head, Some(rest.strip_suffix('}')?)),
            None => (part, None),
        };
        let (kind, inner) = match part.split_once('[') {
            Some((kind, rest)) => (kind, Some(rest.strip_suffix(']')?)),
            None => (part, None),
        };
        for item in jit.into_iter().flat_map(|j| j.split(';')) {
            match item.split_once('=')? {
                ("eligible", roles) => w.eligibilities.push(EligibilityFact {
                    id: format!("elig-{kind}"),
                    relationship_id: kind.into(),
                    roles: role_list(roles)?.into_iter().collect(),
                }),
                ("elevated", spec) => {
                    let (roles, state) = spec.split_once('/')?;
                    w.elevations.push(elevation(kind, roles, state)?);
                }
                _ => return None,
            }
        }
        let rel = relationship(kind)?;
        if rels.iter().any(|r: &RelationshipFact| r.id == rel.id) {
            return None;
        }
        for a in inner.into_iter().flat_map(|i| i.split(';')) {
            let (group, roles) = a.split_once('=')?;
            if group.is_empty() {
                return None;
            }
            assignments.push(AssignmentFact {
                relationship_id: rel.id.clone(),
                group: group.into(),
                roles: role_list(roles)?.into_iter().collect(),
            });
        }
        rels.push(rel);
    }
    Some(w)
}

/// A delegated decision's path, written as the paths table writes it:
/// `agent:AGENT_ROLE@RELATIONSHIP=ROLES` or `assigned:GROUP@RELATIONSHIP=ROLES`.
fn path_of(via: &Via) -> Option<String> {
    let roles = |r: &[DirectoryRole]| {
        let set: BTreeSet<DirectoryRole> = r.iter().copied().collect();
        set.iter().map(|r| r.id()).collect::<Vec<_>>().join("+")
    };
    match via {
        Via::Delegated {
            relationship_id,
            agent_role,
            delegated_roles,
            ..
        } => Some(format!(
            "agent:{agent_role}@{relationship_id}={}",
            roles(delegated_roles)
        )),
        Via::Assigned {
            relationship_id,
            group,
            roles: r,
        } => Some(format!("assigned:{group}@{relationship_id}={}", roles(r))),
        Via::Elevated {
            relationship_id,
            elevation_id,
            roles: r,
            ..
        } => Some(format!(
            "elevated:{elevation_id}@{relationship_id}={}",
            roles(r)
        )),
        Via::Eligibility {
            relationship_id,
            eligibility_id,
        } => Some(format!("eligibility:{eligibility_id}@{relationship_id}")),
        _ => None,
    }
}

fn object(id: &str) -> Option<ObjectFacts> {
    let standard = ObjectFacts {
        relationship_partner_tenant_id: Some(OTHER_PARTNER.into()),
        invite_partner_tenant_id: Some(PARTNER.into()),
        invite_addressed_elsewhere: false,
        offer_delegated: false,
        target_user_roles: BTreeSet::new(),
        sets_support_status: false,
        ..ObjectFacts::default()
    };
    if let Some(roles) = id.strip_prefix("request:") {
        return Some(ObjectFacts {
            requested_roles: role_list(roles)?.into_iter().collect(),
            ..standard
        });
    }
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
        "offer-with-delegation" => ObjectFacts {
            offer_delegated: true,
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

/// The data lines of a generated table after its header, numbered from 1: comment lines start
/// with `#`, no field is quoted.
fn data_lines(
    text: &'static str,
    header: &str,
    what: &str,
) -> impl Iterator<Item = (usize, &'static str)> {
    let mut lines = text
        .lines()
        .enumerate()
        .map(|(i, l)| (i + 1, l.trim_end_matches('\r')))
        .filter(|(_, l)| !l.is_empty() && !l.starts_with('#'));
    let (_, h) = lines
        .next()
        .unwrap_or_else(|| panic!("{what} has a header"));
    assert_eq!(h, header, "{what}'s header");
    lines
}

/// The rows of the table.
fn rows() -> Vec<Row<'static>> {
    data_lines(TABLE, HEADER, "the table")
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

type Key<'a> = (&'a str, &'a str, &'a str, &'a str);

/// The paths table: for each delegated row, every path the model finds that carries it.
fn paths() -> BTreeMap<Key<'static>, BTreeSet<&'static str>> {
    let mut out = BTreeMap::new();
    for (line, l) in data_lines(PATHS, PATHS_HEADER, "the paths table") {
        let f: Vec<&str> = l.split(',').collect();
        assert_eq!(f.len(), 5, "paths line {line}: 5 fields expected: {l}");
        let ways: BTreeSet<&str> = f[4].split('|').collect();
        assert!(
            !ways.is_empty() && !ways.contains(""),
            "paths line {line}: no path: {l}"
        );
        let old = out.insert((f[0], f[1], f[2], f[3]), ways);
        assert!(old.is_none(), "paths line {line}: a second row for {l}");
    }
    out
}

/// The facts of a row, as `decide` gets them, and its principal.
fn facts_of(row: &Row) -> (Principal, Facts) {
    let who = principal(row.principal)
        .unwrap_or_else(|| panic!("line {}: unknown principal {}", row.line, row.principal));
    let w = world(row.relationship).unwrap_or_else(|| {
        panic!(
            "line {}: unknown relationship {}",
            row.line, row.relationship
        )
    });
    let object = object(row.object)
        .unwrap_or_else(|| panic!("line {}: unknown object {}", row.line, row.object));
    let facts = Facts {
        now: now(),
        target: Target {
            tenant_id: CUSTOMER.into(),
            is_operator: false,
            is_partner: false,
        },
        relationships: w.rels,
        grants: who.grants,
        assignments: w.assignments,
        groups: who.groups,
        eligibilities: w.eligibilities,
        elevations: w.elevations,
        object,
    };
    (who.user, facts)
}

#[test]
fn decide_agrees_with_every_row_of_the_table() {
    let mut mismatches = Vec::new();
    let rows = rows();
    let mut paths = paths();
    for row in &rows {
        let (p, facts) = facts_of(row);
        let action: Action = row
            .action
            .parse()
            .unwrap_or_else(|e| panic!("line {}: {e}", row.line));
        let d = decide(Some(&p), action, &facts);
        let key = (row.principal, row.relationship, row.action, row.object);
        let ways = paths.remove(&key);
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
        // The path must fit the reason: a delegated decision goes through an agent role or an
        // access assignment on one of the world's relationships, an elevated one through an
        // elevation, an eligible request through an eligibility: one of the ways the model
        // lists for the row.
        let path_fits = match d.reason {
            Reason::Delegated | Reason::Elevated | Reason::Eligible => {
                match (&ways, path_of(&d.via)) {
                    (Some(ways), Some(path)) => ways.contains(path.as_str()),
                    _ => false,
                }
            }
            Reason::OperatorRole => matches!(d.via, Via::Operator { .. }),
            Reason::OwnTenantRole => matches!(d.via, Via::OwnTenant { .. }),
            _ => d.via == Via::None,
        };
        if !path_fits {
            mismatches.push(format!(
                "line {}: {} / {} / {}: reason {} with path {:?}, the paths table {:?}",
                row.line, row.principal, row.relationship, row.action, d.reason, d.via, ways
            ));
        }
        if ways.is_some() != matches!(row.reason, "delegated" | "elevated" | "eligible") {
            mismatches.push(format!(
                "line {}: {} / {} / {}: reason {} and a paths row {:?}",
                row.line, row.principal, row.relationship, row.action, row.reason, ways
            ));
        }
    }
    for key in paths.keys() {
        mismatches.push(format!("a paths row for no row of the table: {key:?}"));
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} rows differ from decide():\n  {}",
        mismatches.len(),
        rows.len(),
        mismatches.join("\n  ")
    );
}

fn is_partner_user(id: &str) -> bool {
    principal(id).is_some_and(|w| w.user.tenant_id == PARTNER)
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
        let mut extra: Vec<&str> = Vec::new();
        if is_partner_user(p) {
            extra.extend(GDAP_WORLDS);
        }
        if JIT_PRINCIPALS.contains(&p) {
            extra.extend(JIT_WORLDS);
        }
        for &r in &extra {
            for a in Action::ALL {
                want.insert((p, r, a.id(), STANDARD_OBJECT));
            }
            want.insert((p, r, "partner.remove", "own-relationship"));
            for &o in REQUESTS {
                want.insert((p, r, "elevation.request", o));
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
    // 24 principal kinds × 5 classic relationship states × 38 actions, and the object
    // variants: the own relationship in 4 states, 10 role sets of the user acted on × 4
    // actions × 5 states, the invite for another domain, the offer with delegation, the
    // support status and 5 elevation requests in 5 states; then t-partner's 15 users × 11 GDAP
    // worlds, and the 6 JIT principals × 12 JIT worlds, × (38 actions + the own relationship +
    // 5 elevation requests).
    let partner_users = PRINCIPALS.iter().filter(|p| is_partner_user(p)).count();
    assert_eq!((PRINCIPALS.len(), partner_users), (24, 15));
    assert_eq!(
        want.len(),
        PRINCIPALS.len() * RELATIONSHIPS.len() * Action::ALL.len()
            + PRINCIPALS.len() * (4 + 10 * 4 * 5 + 5 + 5 + 5 + 5 * 5)
            + (partner_users * GDAP_WORLDS.len() + JIT_PRINCIPALS.len() * JIT_WORLDS.len())
                * (Action::ALL.len() + 1 + REQUESTS.len())
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
        if !is_partner_user(row.principal) {
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
    // relationship, and in every world with an active relationship whatever is assigned
    // (partner.remove only as another partner's relationship).
    for p in PRINCIPALS.iter().filter(|p| is_partner_user(p)) {
        for r in ["active-dap"]
            .iter()
            .chain(GDAP_WORLDS)
            .filter(|r| r.contains("active-"))
        {
            for a in Action::ALL.iter().filter(|a| a.is_never_delegable()) {
                assert_eq!(
                    find(p, r, a.id(), s),
                    (false, "not-delegable"),
                    "{p} {r} {a}"
                );
            }
        }
    }

    // Several relationships: the union of what each gives, and only the active ones count.
    let both = "active-helpdesk+active-billing";
    assert_eq!(
        find("admin-agent", both, "user.read", s),
        (true, "delegated")
    );
    assert_eq!(
        find("admin-agent", both, "license.read", s),
        (true, "delegated")
    );
    for a in ["domain.read", "tenant.update"] {
        assert_eq!(
            find("admin-agent", both, a, s),
            (false, "role-insufficient"),
            "{a}"
        );
    }
    assert_eq!(
        find("admin-agent", "expired+terminated", "user.read", s),
        (false, "relationship-expired")
    );
    // Access assignments: a built-in group's members gain the assigned roles within the
    // access; a grant scoped to another customer is no membership here.
    let helpdesk_reads = "active-granular[helpdesk-agents=global-reader]";
    assert_eq!(
        find("helpdesk-agent", "active-granular", "license.read", s),
        (false, "role-insufficient")
    );
    assert_eq!(
        find("helpdesk-agent", helpdesk_reads, "license.read", s),
        (true, "delegated")
    );
    assert_eq!(
        find(
            "other-customer-helpdesk-agent",
            helpdesk_reads,
            "tenant.read",
            s
        ),
        (false, "no-grant")
    );
    // Sales agents assigned global-admin on a DAP relationship: everything that is
    // delegable. Global-reader is not among that relationship's access (a set of roles), so
    // its assignment gives nothing.
    let sales = "active-dap[sales-agents=global-admin;g-readers=global-reader]";
    assert_eq!(
        find("sales-agent", "active-dap", "tenant.update", s),
        (false, "role-insufficient")
    );
    assert_eq!(
        find("sales-agent", sales, "tenant.update", s),
        (true, "delegated")
    );
    assert_eq!(
        find("partner-user+group:g-readers", sales, "tenant.read", s),
        (false, "role-insufficient")
    );
    // An own group: its members only; roles outside the access give nothing; an assignment on
    // a relationship that is not active gives nothing, even beside an active one.
    let tier2 = "active-granular[g-tier2=helpdesk-admin]";
    assert_eq!(
        find("partner-user+group:g-tier2", tier2, "user.read", s),
        (true, "delegated")
    );
    assert_eq!(
        find("partner-user+group:g-readers", tier2, "user.read", s),
        (false, "no-grant")
    );
    assert_eq!(
        find(
            "partner-user+group:g-tier2",
            "active-granular[g-tier2=global-admin+user-admin]",
            "tenant.read",
            s
        ),
        (false, "role-insufficient")
    );
    for r in [
        "active-billing+expired[g-tier2=global-reader]",
        "active-billing+terminated[g-tier2=global-admin]",
    ] {
        assert_eq!(
            find("partner-user+group:g-tier2", r, "tenant.read", s),
            (false, "no-grant"),
            "{r}"
        );
    }
    // An agent role through one relationship and an assignment through the other, together.
    let mixed = "active-billing[g-tier2=billing-admin]+active-granular";
    for a in ["user.read", "license.read"] {
        assert_eq!(
            find("helpdesk-agent+group:g-tier2", mixed, a, s),
            (true, "delegated"),
            "{a}"
        );
    }
    // Issue 14: an elevation in force gives its eligible roles within the access, and nothing
    // once pending, expired, ended or denied; the MFA rules.
    let jit = |state: &str| {
        format!("active-granular{{eligible=helpdesk-admin+global-reader;elevated=helpdesk-admin/{state}}}")
    };
    assert_eq!(
        find("eligible-user", &jit("active"), "user.read", s),
        (true, "elevated")
    );
    for state in ["pending", "expired", "ended", "denied"] {
        assert_eq!(
            find("eligible-user", &jit(state), "user.read", s),
            (false, "no-grant"),
            "{state}"
        );
    }
    assert_eq!(
        find("eligible-user", &jit("active"), "user.reset-password", s),
        (false, "not-delegable")
    );
    assert_eq!(
        find("eligible-user", &jit("active"), "audit.read", s),
        (false, "role-insufficient")
    );
    assert_eq!(
        find("mfa-required:eligible-user", &jit("active"), "user.read", s),
        (false, "mfa-required")
    );
    assert_eq!(
        find("mfa-required:admin-agent", "active-dap", "user.read", s),
        (false, "mfa-required")
    );
    assert_eq!(
        find("mfa-required+mfa:admin-agent", "active-dap", "user.read", s),
        (true, "delegated")
    );
    let eligible = "active-granular{eligible=helpdesk-admin+global-reader}";
    let request = "elevation.request";
    assert_eq!(
        find(
            "eligible-user+mfa",
            eligible,
            request,
            "request:helpdesk-admin"
        ),
        (true, "eligible")
    );
    assert_eq!(
        find("eligible-user", eligible, request, "request:helpdesk-admin"),
        (false, "mfa-required")
    );
    assert_eq!(
        find("eligible-user+mfa", eligible, request, "request:user-admin"),
        (false, "role-insufficient")
    );
    assert_eq!(
        find(
            "eligible-user+mfa",
            "active-granular",
            request,
            "request:helpdesk-admin"
        ),
        (false, "not-eligible")
    );
}

/// The paths table names assignments where only an assignment carries a right, and agent
/// roles where only an agent role does.
#[test]
fn the_paths_table_states_which_way_carries_the_headline_rows() {
    let paths = paths();
    let s = STANDARD_OBJECT;
    let ways = |p: &'static str, r: &'static str, a: &'static str| -> Vec<&str> {
        paths
            .get(&(p, r, a, s))
            .unwrap_or_else(|| panic!("no paths row {p} {r} {a}"))
            .iter()
            .copied()
            .collect()
    };
    assert_eq!(
        ways(
            "helpdesk-agent",
            "active-granular[helpdesk-agents=global-reader]",
            "license.read"
        ),
        ["assigned:helpdesk-agents@active-granular=global-reader"]
    );
    assert_eq!(
        ways(
            "helpdesk-agent+group:g-tier2",
            "active-billing[g-tier2=billing-admin]+active-granular",
            "license.read"
        ),
        ["assigned:g-tier2@active-billing=billing-admin"]
    );
    assert_eq!(
        ways(
            "helpdesk-agent+group:g-tier2",
            "active-billing[g-tier2=billing-admin]+active-granular",
            "user.read"
        ),
        ["agent:helpdesk-agent@active-granular=helpdesk-admin+global-reader"]
    );
    assert_eq!(
        ways(
            "admin-agent",
            "active-helpdesk+active-billing",
            "license.read"
        ),
        ["agent:admin-agent@active-billing=billing-admin"]
    );
}
