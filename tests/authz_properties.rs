//! Property tests of the permission core (SPEC §2) on random small worlds: an operator, two
//! partners and two plain customers; random relationships (access, state, expiry,
//! auto-extension) between them, several per pair (GDAP); random access assignments of
//! built-in and own groups on them; a random principal with random directory roles, random
//! agent-role grants of random scope and random group memberships; a random target, object
//! and `now`.
//!
//! The expectations are computed here without `decide`: which relationship is active is
//! worked out from the raw facts, and the ceiling of a delegate's rights from the public rights
//! tables (`agent_rights_in_customer`, `role_rights`, `Action::is_never_delegable`).

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, TimeZone, Utc};
use partnerctl::authz::*;
use partnerctl::model::{AgentRole, DirectoryRole};
use proptest::prelude::*;
use proptest::sample::{select, subsequence, Index};

const TENANTS: [&str; 5] = [
    "t-operator",
    "t-partner-1",
    "t-partner-2",
    "t-customer-1",
    "t-customer-2",
];
const OPERATOR: usize = 0;
const PARTNERS: [usize; 2] = [1, 2];

/// SPEC §1: the operator's global admins provision tenants, enroll partners, publish service
/// health and answer service requests, in every tenant it hosts.
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

fn base() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2027, 1, 1, 0, 0, 0).unwrap()
}

fn is_partner(t: usize) -> bool {
    PARTNERS.contains(&t)
}

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

fn a_time() -> impl Strategy<Value = DateTime<Utc>> {
    (-800i64..800, 0i64..86_400)
        .prop_map(|(d, s)| base() + Duration::days(d) + Duration::seconds(s))
}

/// No role, one role, or a few: agents without directory roles are common in partner tenants.
fn some_roles() -> impl Strategy<Value = BTreeSet<DirectoryRole>> {
    prop_oneof![
        Just(BTreeSet::new()),
        select(DirectoryRole::ALL.to_vec()).prop_map(|r| BTreeSet::from([r])),
        subsequence(DirectoryRole::ALL.to_vec(), 0..=3).prop_map(|v| v.into_iter().collect()),
    ]
}

/// The roles of a user acted on: as `some_roles`, or often only the roles that admins below
/// global admin may reach (rule 8), so that both sides of that rule come up.
fn target_roles() -> impl Strategy<Value = BTreeSet<DirectoryRole>> {
    prop_oneof![
        2 => some_roles(),
        1 => subsequence(vec![DirectoryRole::UserAdmin, DirectoryRole::HelpdeskAdmin], 1..=2)
            .prop_map(|v| v.into_iter().collect()),
    ]
}

/// A relationship without its ends: (terminated, access, expires_at, auto_extend).
type RelShape = (bool, BTreeSet<DirectoryRole>, Option<DateTime<Utc>>, bool);

fn a_relationship_shape() -> impl Strategy<Value = RelShape> {
    (
        prop::bool::weighted(0.25),
        some_roles(),
        prop::option::weighted(0.6, a_time()),
        prop::bool::weighted(0.3),
    )
}

/// Grant scopes: all customers, the target, or another tenant (`n` tenants after the target).
#[derive(Debug, Clone)]
enum Scope {
    All,
    Target,
    Elsewhere(usize),
}

fn a_scope() -> impl Strategy<Value = Scope> {
    prop_oneof![
        Just(Scope::All),
        Just(Scope::Target),
        (1..TENANTS.len()).prop_map(Scope::Elsewhere),
    ]
}

/// The groups an assignment may name: the built-in ones and two of the partner's own.
const GROUPS: [&str; 5] = [
    "admin-agents",
    "helpdesk-agents",
    "sales-agents",
    "g-red",
    "g-blue",
];
const OWN_GROUPS: [&str; 2] = ["g-red", "g-blue"];

/// Any action, with the never-delegable ones and `partner.remove` (whose rule looks at the
/// object) drawn more often than their share.
fn an_action() -> impl Strategy<Value = Action> {
    let never: Vec<Action> = Action::ALL
        .iter()
        .copied()
        .filter(|a| a.is_never_delegable())
        .collect();
    prop_oneof![
        4 => select(Action::ALL.to_vec()),
        2 => select(never),
        1 => Just(Action::PartnerRemove),
        1 => Just(Action::ElevationRequest),
    ]
}

/// Just-in-time facts: (mfa, mfa_required), eligibilities (on the n-th relationship; roles,
/// or the relationship's whole access), elevations (of the n-th eligibility, or of a missing
/// one; roles, or the eligibility's; status; start and end in hours around `now`), the roles
/// an elevation request asks for, and whether an approval is the principal's own request.
type Jit = (
    (bool, bool),
    Vec<(usize, BTreeSet<DirectoryRole>, bool)>,
    Vec<(
        usize,
        BTreeSet<DirectoryRole>,
        bool,
        ElevationStatus,
        i64,
        i64,
    )>,
    (BTreeSet<DirectoryRole>, bool),
    bool,
);

fn jit() -> impl Strategy<Value = Jit> {
    (
        (prop::bool::weighted(0.5), prop::bool::weighted(0.15)),
        prop::collection::vec((0usize..4, some_roles(), prop::bool::weighted(0.8)), 0..3),
        prop::collection::vec(
            (
                0usize..4,
                some_roles(),
                prop::bool::weighted(0.8),
                select(vec![
                    ElevationStatus::Active,
                    ElevationStatus::Active,
                    ElevationStatus::Pending,
                    ElevationStatus::Denied,
                    ElevationStatus::Ended,
                ]),
                -3i64..2,
                1i64..8,
            ),
            0..4,
        ),
        // Random roles, or those of the first eligibility within its relationship's access.
        (some_roles(), prop::bool::weighted(0.5)),
        prop::bool::weighted(0.3),
    )
}

#[derive(Debug, Clone)]
struct Case {
    principal: Principal,
    action: Action,
    facts: Facts,
}

/// Whether a relationship is in force at `now`, read from the raw facts: stored active, and
/// either without an end, auto-extending (180 more days each time: it never runs out), or
/// ending after `now`.
fn in_force(r: &RelationshipFact, now: DateTime<Utc>) -> bool {
    r.status == RelationshipStatus::Active
        && (r.auto_extend || r.expires_at.is_none_or(|end| end > now))
}

fn a_case() -> impl Strategy<Value = Case> {
    let principal = (
        // Mostly partner users: they are the interesting ones.
        prop_oneof![
            1 => Just(OPERATOR),
            3 => select(PARTNERS.to_vec()),
            2 => 3usize..TENANTS.len(),
        ],
        some_roles(),
        prop::bool::weighted(0.9),
    );
    let relationships = (
        // Between the principal's tenant and the target (when it is a partner's user).
        prop::collection::vec(a_relationship_shape(), 0..3),
        // Anywhere between a partner and another tenant.
        prop::collection::vec(
            (
                select(PARTNERS.to_vec()),
                0..TENANTS.len(),
                a_relationship_shape(),
            ),
            0..4,
        ),
    );
    let grants = prop::collection::vec((select(AgentRole::ALL.to_vec()), a_scope()), 0..4);
    // Assignments (on the n-th relationship, a group, roles) and own-group memberships.
    let assignments = (
        prop::collection::vec(
            (
                0usize..4,
                prop_oneof![
                    2 => select(GROUPS[..3].to_vec()),
                    1 => select(OWN_GROUPS.to_vec()),
                ],
                some_roles(),
                // Assign the relationship's whole access rather than random roles.
                prop::bool::weighted(0.5),
            ),
            0..4,
        ),
        subsequence(OWN_GROUPS.to_vec(), 0..=2),
    );
    let object = (
        prop::option::of(prop_oneof![Just(None), (0..TENANTS.len()).prop_map(Some)]),
        prop::option::of(0..TENANTS.len()),
        prop::bool::weighted(0.2),
        target_roles(),
    );
    (
        principal,
        0..TENANTS.len(),
        relationships,
        (grants, assignments),
        object,
        an_action(),
        a_time(),
        jit(),
    )
        .prop_map(
            |(
                (home, roles, enabled),
                target,
                (focus, others),
                (grants, (assigned, member_of)),
                object,
                action,
                now,
                ((mfa, mfa_required), eligible, elevated, (asked, ask_eligible), own_request),
            )| {
                let principal = Principal {
                    user_id: "u-1".into(),
                    upn: "someone@example.test".into(),
                    tenant_id: TENANTS[home].into(),
                    enabled,
                    roles,
                    tenant_is_operator: home == OPERATOR,
                    tenant_is_partner: is_partner(home),
                    mfa,
                    mfa_required,
                };
                let focus_pair = (is_partner(home) && home != target).then_some((home, target));
                let mut relationships: Vec<RelationshipFact> = Vec::new();
                let focus_count = if focus_pair.is_some() { focus.len() } else { 0 };
                let pairs = focus
                    .into_iter()
                    .filter_map(|shape| focus_pair.map(|(p, c)| (p, c, shape)))
                    .chain(others.into_iter().filter(|(p, c, _)| p != c));
                for (partner, customer, (terminated, access, expires_at, auto_extend)) in pairs {
                    let r = RelationshipFact {
                        id: format!("rel-{}", relationships.len()),
                        partner_tenant_id: TENANTS[partner].into(),
                        customer_tenant_id: TENANTS[customer].into(),
                        status: if terminated {
                            RelationshipStatus::Terminated
                        } else {
                            RelationshipStatus::Active
                        },
                        access,
                        expires_at,
                        auto_extend,
                    };
                    // SPEC §1: a pair may hold several active relationships (GDAP).
                    relationships.push(r);
                }
                let grants = grants
                    .into_iter()
                    .enumerate()
                    .map(|(i, (role, scope))| GrantFact {
                        id: format!("g-{i}"),
                        role,
                        customer_tenant_id: match scope {
                            Scope::All => None,
                            Scope::Target => Some(TENANTS[target].into()),
                            Scope::Elsewhere(n) => {
                                Some(TENANTS[(target + n) % TENANTS.len()].into())
                            }
                        },
                    })
                    .collect();
                // One assignment per relationship and group, as the store keeps them (its key).
                let mut seen_pairs = BTreeSet::new();
                let assignments: Vec<AssignmentFact> = if relationships.is_empty() {
                    Vec::new()
                } else {
                    assigned
                        .into_iter()
                        .map(|(n, group, roles, whole)| {
                            // Mostly on the pair the principal acts through.
                            let rel =
                                &relationships[n % focus_count.max(1).min(relationships.len())];
                            AssignmentFact {
                                relationship_id: rel.id.clone(),
                                group: group.into(),
                                roles: if whole { rel.access.clone() } else { roles },
                            }
                        })
                        .filter(|a: &AssignmentFact| {
                            seen_pairs.insert((a.relationship_id.clone(), a.group.clone()))
                        })
                        .collect()
                };
                let groups: BTreeSet<String> = member_of.into_iter().map(String::from).collect();
                let (rel_partner, invite_partner, addressed_elsewhere, target_user_roles) = object;
                let object = ObjectFacts {
                    // `Some(None)`: the principal's own tenant, to reach the own-relationship rule.
                    relationship_partner_tenant_id: rel_partner
                        .map(|t| t.map_or_else(|| TENANTS[home].into(), |t| TENANTS[t].into())),
                    invite_partner_tenant_id: invite_partner.map(|t| TENANTS[t].into()),
                    invite_addressed_elsewhere: addressed_elsewhere,
                    // Some offers request delegated administration, some do not.
                    offer_delegated: invite_partner.is_some_and(|t| t % 2 == 0),
                    target_user_roles,
                    // The support-status rule is pinned by the decision table.
                    sets_support_status: false,
                    requested_roles: BTreeSet::new(),
                    requested_by_principal: own_request,
                };
                // Eligibilities, mostly on the pair the principal acts through; elevations of
                // them (or of an eligibility since removed), in every state and window.
                let eligibilities: Vec<EligibilityFact> = if relationships.is_empty() {
                    Vec::new()
                } else {
                    eligible
                        .into_iter()
                        .enumerate()
                        .map(|(i, (n, roles, whole))| {
                            let rel =
                                &relationships[n % focus_count.max(1).min(relationships.len())];
                            EligibilityFact {
                                id: format!("elig-{i}"),
                                relationship_id: rel.id.clone(),
                                roles: if whole { rel.access.clone() } else { roles },
                            }
                        })
                        .collect()
                };
                let mut object = object;
                object.requested_roles = match eligibilities.first() {
                    Some(e) if ask_eligible => {
                        let rel = relationships.iter().find(|r| r.id == e.relationship_id);
                        e.roles
                            .iter()
                            .copied()
                            .filter(|r| rel.is_some_and(|rel| rel.access.contains(r)))
                            .collect()
                    }
                    _ => asked,
                };
                let elevations: Vec<ElevationFact> = elevated
                    .into_iter()
                    .enumerate()
                    .filter_map(|(i, (n, roles, same, status, start, length))| {
                        // Mostly of an eligibility present; n = 3: of one since removed.
                        let of = (n < 3 && !eligibilities.is_empty())
                            .then(|| &eligibilities[n % eligibilities.len()]);
                        let (elig_id, rel_id, elig_roles) = match of {
                            Some(e) => (e.id.clone(), e.relationship_id.clone(), e.roles.clone()),
                            None => (
                                format!("elig-gone-{n}"),
                                relationships.first()?.id.clone(),
                                roles.clone(),
                            ),
                        };
                        let started =
                            status != ElevationStatus::Pending && status != ElevationStatus::Denied;
                        Some(ElevationFact {
                            id: format!("elev-{i}"),
                            eligibility_id: elig_id,
                            relationship_id: rel_id,
                            roles: if same { elig_roles } else { roles },
                            status,
                            starts_at: started.then(|| now + Duration::hours(start)),
                            ends_at: started.then(|| now + Duration::hours(start + length)),
                        })
                    })
                    .collect();
                Case {
                    principal,
                    action,
                    facts: Facts {
                        now,
                        target: Target {
                            tenant_id: TENANTS[target].into(),
                            is_operator: target == OPERATOR,
                            is_partner: is_partner(target),
                        },
                        relationships,
                        grants,
                        assignments,
                        groups,
                        eligibilities,
                        elevations,
                        object,
                    },
                }
            },
        )
}

/// A reordering of `v` by random keys, with some of its items repeated.
fn reorder<T: Clone>(v: &[T], keys: &[u32], repeats: &[Index]) -> Vec<T> {
    let mut out: Vec<T> = v.to_vec();
    if !v.is_empty() {
        out.extend(repeats.iter().map(|i| i.get(v).clone()));
    }
    let mut keyed: Vec<(u32, usize, T)> = out
        .into_iter()
        .enumerate()
        .map(|(i, x)| (keys[i % keys.len()], i, x))
        .collect();
    keyed.sort_by_key(|(k, i, _)| (*k, *i));
    keyed.into_iter().map(|(_, _, x)| x).collect()
}

// ---------------------------------------------------------------------------------------------
// Independent readings of the facts
// ---------------------------------------------------------------------------------------------

fn foreign(c: &Case) -> bool {
    c.principal.tenant_id != c.facts.target.tenant_id
}

/// The relationships between the principal's tenant (as partner) and the target in force now.
fn active_relationships(c: &Case) -> Vec<&RelationshipFact> {
    c.facts
        .relationships
        .iter()
        .filter(|r| {
            r.partner_tenant_id == c.principal.tenant_id
                && r.customer_tenant_id == c.facts.target.tenant_id
                && in_force(r, c.facts.now)
        })
        .collect()
}

/// Whether the principal belongs to `group` for this target: a built-in group through an
/// agent role covering it, an own group through a membership.
fn member_of(c: &Case, group: &str) -> bool {
    c.facts.groups.contains(group)
        || covering_agent_roles(c)
            .iter()
            .any(|r| r.builtin_group() == group)
}

fn ending_own_relationship(c: &Case) -> bool {
    c.action == Action::PartnerRemove
        && c.facts.object.relationship_partner_tenant_id.as_deref()
            == Some(c.principal.tenant_id.as_str())
}

fn operator_reach(c: &Case) -> bool {
    c.principal.tenant_is_operator
        && c.principal.roles.contains(&DirectoryRole::GlobalAdmin)
        && OPERATOR_REACH.contains(&c.action.id())
}

/// The agent roles of the principal that cover the target: every role for a partner global
/// admin, plus the grants for all customers or for this one.
fn covering_agent_roles(c: &Case) -> BTreeSet<AgentRole> {
    let mut roles = BTreeSet::new();
    if c.principal.roles.contains(&DirectoryRole::GlobalAdmin) {
        roles.extend(AgentRole::ALL);
    }
    roles.extend(
        c.facts
            .grants
            .iter()
            .filter(|g| {
                g.customer_tenant_id
                    .as_deref()
                    .is_none_or(|t| t == c.facts.target.tenant_id)
            })
            .map(|g| g.role),
    );
    roles
}

/// The most a delegate may do through `rel`: (its agent roles' rights ∩ the delegated roles'
/// rights in a plain tenant) ∪ (the rights of the roles assigned to its groups ∩ the
/// delegated roles), − the never-delegable set.
fn ceiling(c: &Case, rel: &RelationshipFact) -> BTreeSet<Action> {
    let by_agent: BTreeSet<Action> = covering_agent_roles(c)
        .into_iter()
        .flat_map(agent_rights_in_customer)
        .collect();
    let by_delegation: BTreeSet<Action> = rel
        .access
        .iter()
        .flat_map(|r| role_rights(*r, TenantKind::PLAIN))
        .collect();
    let by_assignment: BTreeSet<Action> = c
        .facts
        .assignments
        .iter()
        .filter(|a| a.relationship_id == rel.id && member_of(c, &a.group))
        .flat_map(|a| a.roles.iter().filter(|r| rel.access.contains(r)))
        .flat_map(|r| role_rights(*r, TenantKind::PLAIN))
        .collect();
    by_agent
        .intersection(&by_delegation)
        .copied()
        .chain(by_assignment)
        .filter(|a| !a.is_never_delegable())
        .collect()
}

/// The union of the ceilings over every active relationship of the pair.
fn union_ceiling(c: &Case) -> BTreeSet<Action> {
    active_relationships(c)
        .into_iter()
        .flat_map(|r| ceiling(c, r))
        .collect()
}

/// Whether an elevation is in force at `now`, read from the raw facts.
fn elevation_in_force(e: &ElevationFact, now: DateTime<Utc>) -> bool {
    e.status == ElevationStatus::Active
        && e.starts_at.is_some_and(|t| t <= now)
        && e.ends_at.is_some_and(|t| now < t)
}

/// The roles an elevation gives through an active relationship of the pair: those it
/// activated, still eligible (its eligibility present, on that relationship) and within the
/// relationship's access; none when it is not in force.
fn elevation_roles(c: &Case, e: &ElevationFact) -> BTreeSet<DirectoryRole> {
    let Some(rel) = active_relationships(c)
        .into_iter()
        .find(|r| r.id == e.relationship_id)
    else {
        return BTreeSet::new();
    };
    let Some(elig) = c
        .facts
        .eligibilities
        .iter()
        .find(|g| g.id == e.eligibility_id && g.relationship_id == rel.id)
    else {
        return BTreeSet::new();
    };
    if !elevation_in_force(e, c.facts.now) {
        return BTreeSet::new();
    }
    e.roles
        .iter()
        .copied()
        .filter(|r| elig.roles.contains(r) && rel.access.contains(r))
        .collect()
}

/// The most the principal's elevations in force give: the rights of their roles in a plain
/// tenant, less the never-delegable set.
fn elevation_ceiling(c: &Case) -> BTreeSet<Action> {
    c.facts
        .elevations
        .iter()
        .flat_map(|e| elevation_roles(c, e))
        .flat_map(|r| role_rights(r, TenantKind::PLAIN))
        .filter(|a| !a.is_never_delegable())
        .collect()
}

fn config() -> ProptestConfig {
    ProptestConfig {
        cases: 512,
        ..ProptestConfig::default()
    }
}

// ---------------------------------------------------------------------------------------------
// The properties
// ---------------------------------------------------------------------------------------------

proptest! {
    #![proptest_config(config())]

    /// (a) Rule 3: nothing never-delegable is allowed to a user of another tenant, except a
    /// partner ending its own relationship.
    #[test]
    fn never_delegable_actions_are_never_allowed_across_tenants(c in a_case()) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        if foreign(&c) && d.allowed && c.action.is_never_delegable() {
            prop_assert!(
                ending_own_relationship(&c) && d.reason == Reason::OwnRelationship,
                "{} allowed across tenants: {:?}", c.action, d
            );
        }
    }

    /// (b) Rule 2: without an active relationship, nothing is allowed in another tenant but the
    /// operator's reach and a partner ending its own relationship.
    #[test]
    fn nothing_crosses_tenants_without_an_active_relationship(c in a_case()) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        if foreign(&c) && active_relationships(&c).is_empty() && d.allowed {
            let ok = (d.reason == Reason::OperatorRole && operator_reach(&c))
                || (d.reason == Reason::OwnRelationship && ending_own_relationship(&c));
            prop_assert!(ok, "{} allowed without a relationship: {:?}", c.action, d);
        }
    }

    /// (c) Rule 2 and GDAP: a delegate never gets more than the union, over the active
    /// relationships of the pair, of (its agent roles ∩ the delegated roles) and (the roles
    /// assigned to its groups ∩ the delegated roles), minus the never-delegable set; and it gets
    /// exactly that.
    #[test]
    fn a_delegate_gets_at_most_the_union_of_agent_and_assigned_roles_within_access(c in a_case()) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        let active = active_relationships(&c);
        if d.reason == Reason::Delegated {
            prop_assert!(d.allowed && foreign(&c) && c.principal.tenant_is_partner);
            prop_assert!(!active.is_empty(), "delegated without an active relationship: {:?}", d);
            prop_assert!(
                union_ceiling(&c).contains(&c.action),
                "{} delegated beyond the ceiling {:?}: {:?}", c.action, union_ceiling(&c), d
            );
            let rel_id = d.via.relationship_id().unwrap_or_default().to_string();
            let rel = active.iter().find(|r| r.id == rel_id);
            prop_assert!(rel.is_some(), "the path names no active relationship: {:?}", d);
            let rel = rel.unwrap();
            match &d.via {
                Via::Delegated { agent_role, delegated_roles, .. } => {
                    prop_assert!(covering_agent_roles(&c).contains(agent_role));
                    prop_assert!(agent_rights_in_customer(*agent_role).contains(&c.action));
                    prop_assert!(!delegated_roles.is_empty());
                    for r in delegated_roles {
                        prop_assert!(rel.access.contains(r));
                        prop_assert!(role_rights(*r, TenantKind::PLAIN).contains(&c.action));
                    }
                }
                Via::Assigned { group, roles, .. } => {
                    prop_assert!(member_of(&c, group), "not a member of {group}: {d:?}");
                    let assignment = c.facts.assignments.iter().find(|a| {
                        a.relationship_id == rel.id && &a.group == group
                    });
                    prop_assert!(assignment.is_some(), "no such assignment: {:?}", d);
                    prop_assert!(!roles.is_empty());
                    for r in roles {
                        prop_assert!(rel.access.contains(r));
                        prop_assert!(assignment.unwrap().roles.contains(r));
                        prop_assert!(role_rights(*r, TenantKind::PLAIN).contains(&c.action));
                    }
                }
                other => {
                    return Err(TestCaseError::fail(format!("delegated without its path: {other:?}")));
                }
            }
        }
        // The ceiling is also reached: the delegated paths are the whole answer for an enabled
        // partner user in a customer it has an active relationship with.
        if !active.is_empty() {
            let delegated_path = c.principal.enabled
                && c.principal.tenant_is_partner
                && !c.action.is_operator_only()
                && c.action != Action::ElevationRequest
                && !ending_own_relationship(&c);
            if foreign(&c) && delegated_path {
                let standing = union_ceiling(&c).contains(&c.action);
                let elevated = elevation_ceiling(&c).contains(&c.action);
                // A partner requiring MFA: nothing through a relationship without it.
                let blocked = c.principal.mfa_required && !c.principal.mfa;
                let want = (standing || elevated) && !blocked;
                prop_assert_eq!(d.allowed, want, "{} through {:?}: {:?}", c.action, active, d);
                if d.allowed {
                    prop_assert_eq!(
                        d.reason,
                        if standing { Reason::Delegated } else { Reason::Elevated }
                    );
                }
                if (standing || elevated) && blocked {
                    prop_assert_eq!(d.reason, Reason::MfaRequired);
                }
            }
        }
    }

    /// (g) Elevation: an elevated decision goes through an elevation in force on an active
    /// relationship of the pair, with roles that were activated, are still eligible, lie
    /// within the relationship's access and allow the action; never a never-delegable action.
    #[test]
    fn an_elevation_never_exceeds_eligibility_within_access(c in a_case()) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        if d.reason == Reason::Elevated {
            prop_assert!(d.allowed && foreign(&c) && !c.action.is_never_delegable());
            let Via::Elevated { elevation_id, roles, relationship_id, .. } = &d.via else {
                return Err(TestCaseError::fail(format!("elevated without its path: {d:?}")));
            };
            let e = c.facts.elevations.iter().find(|e| &e.id == elevation_id);
            prop_assert!(e.is_some(), "no such elevation: {:?}", d);
            let e = e.unwrap();
            prop_assert_eq!(&e.relationship_id, relationship_id);
            let held = elevation_roles(&c, e);
            prop_assert!(!roles.is_empty());
            for r in roles {
                prop_assert!(held.contains(r), "{r} beyond eligibility ∩ access: {d:?}");
                prop_assert!(role_rights(*r, TenantKind::PLAIN).contains(&c.action));
            }
        }
    }

    /// (h) An elevation that is pending, denied, ended, expired, not yet started, or whose
    /// eligibility is gone gives nothing: dropping every such elevation changes no decision.
    #[test]
    fn elevations_not_in_force_give_nothing(c in a_case()) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        let mut f = c.facts.clone();
        let now = f.now;
        let eligible: BTreeSet<String> = f.eligibilities.iter().map(|e| e.id.clone()).collect();
        f.elevations.retain(|e| elevation_in_force(e, now) && eligible.contains(&e.eligibility_id));
        prop_assert_eq!(d, decide(Some(&c.principal), c.action, &f));
        // And for a user with no standing rights at all (no role, agent role or group), where
        // an elevation is all there is: allowed exactly as far as those in force reach.
        let mut p = c.principal.clone();
        p.roles.clear();
        let mut bare = c.clone();
        bare.principal = p.clone();
        bare.facts.grants.clear();
        bare.facts.groups.clear();
        bare.facts.assignments.clear();
        let d = decide(Some(&p), c.action, &bare.facts);
        let delegated_path = p.enabled && p.tenant_is_partner && foreign(&bare)
            && c.action != Action::ElevationRequest && !c.action.is_operator_only();
        if delegated_path {
            let want = (p.mfa || !p.mfa_required) && elevation_ceiling(&bare).contains(&c.action);
            prop_assert_eq!(d.allowed, want, "{:?}", d);
        }
        // Each elevation put out of force in every way gives what its absence gives.
        for i in 0..bare.facts.elevations.len() {
            let mut without = bare.facts.clone();
            without.elevations.remove(i);
            let absent = decide(Some(&p), c.action, &without);
            let hours = |h| Some(now + Duration::hours(h));
            let e = bare.facts.elevations[i].clone();
            let variants = [
                ElevationFact { starts_at: hours(-3), ends_at: hours(-1), ..e.clone() },
                ElevationFact { starts_at: hours(-3), ends_at: Some(now), ..e.clone() },
                ElevationFact { starts_at: hours(1), ends_at: hours(3), ..e.clone() },
                ElevationFact { status: ElevationStatus::Pending, ..e.clone() },
                ElevationFact { status: ElevationStatus::Denied, ..e.clone() },
                ElevationFact { status: ElevationStatus::Ended, ..e.clone() },
                ElevationFact { eligibility_id: "elig-removed".into(), ..e.clone() },
            ];
            for v in variants {
                let mut f = bare.facts.clone();
                f.elevations[i] = v.clone();
                prop_assert_eq!(&decide(Some(&p), c.action, &f), &absent, "{:?}", v);
            }
        }
    }

    /// (i) MFA: an elevation is asked for only from a session signed in with MFA; a partner
    /// requiring MFA gets nothing through a relationship from a session without it; nobody
    /// approves their own elevation.
    #[test]
    fn mfa_and_approval_rules_hold(c in a_case()) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        if d.allowed && c.action == Action::ElevationRequest {
            prop_assert!(c.principal.mfa && d.reason == Reason::Eligible, "{:?}", d);
        }
        if d.allowed && c.principal.mfa_required && !c.principal.mfa {
            prop_assert!(
                !matches!(d.via, Via::Delegated { .. } | Via::Assigned { .. } | Via::Elevated { .. }),
                "through a relationship without MFA: {:?}", d
            );
        }
        if c.action == Action::ElevationApprove && c.facts.object.requested_by_principal {
            prop_assert!(!d.allowed, "approved its own elevation: {:?}", d);
        }
    }

    /// (f) The order of the access assignments and of the group memberships changes nothing.
    #[test]
    fn assignment_order_changes_nothing(
        c in a_case(),
        keys in prop::collection::vec(any::<u32>(), 1..8),
    ) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        let mut f = c.facts.clone();
        f.assignments = reorder(&c.facts.assignments, &keys, &[]);
        let e = decide(Some(&c.principal), c.action, &f);
        prop_assert_eq!(d, e);
    }

    /// (d) The order of the grants and repeated grants change nothing, not even the path.
    #[test]
    fn grant_order_and_duplicates_change_nothing(
        c in a_case(),
        keys in prop::collection::vec(any::<u32>(), 1..8),
        repeats in prop::collection::vec(any::<Index>(), 0..4),
    ) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        let mut f = c.facts.clone();
        f.grants = reorder(&c.facts.grants, &keys, &repeats);
        let e = decide(Some(&c.principal), c.action, &f);
        prop_assert_eq!((d.allowed, d.reason), (e.allowed, e.reason));
        prop_assert_eq!(d, e);
    }

    /// (e) The order of the relationships changes nothing.
    #[test]
    fn relationship_order_changes_nothing(
        c in a_case(),
        keys in prop::collection::vec(any::<u32>(), 1..8),
    ) {
        let d = decide(Some(&c.principal), c.action, &c.facts);
        let mut f = c.facts.clone();
        f.relationships = reorder(&c.facts.relationships, &keys, &[]);
        let e = decide(Some(&c.principal), c.action, &f);
        prop_assert_eq!((d.allowed, d.reason), (e.allowed, e.reason));
        prop_assert_eq!(d, e);
    }

    /// Rule 8: a helpdesk admin (without a user-admin or global-admin role) never manages a
    /// user holding a role other than helpdesk-admin, and only resets passwords; a user admin
    /// (without global-admin) never manages a user holding a role other than helpdesk-admin
    /// or user-admin; only a global admin assigns roles.
    #[test]
    fn admins_below_global_admin_reach_only_the_users_entras_tables_allow(c in a_case()) {
        use DirectoryRole::*;
        let d = decide(Some(&c.principal), c.action, &c.facts);
        if d.allowed && c.action.acts_on_user() {
            prop_assert!(!foreign(&c), "{} on a user across tenants: {:?}", c.action, d);
            let roles = &c.principal.roles;
            let target = &c.facts.object.target_user_roles;
            if !roles.contains(&GlobalAdmin) {
                prop_assert!(c.action != Action::UserAssignRole, "{:?} assigned a role", roles);
                prop_assert!(
                    target.iter().all(|r| matches!(r, HelpdeskAdmin | UserAdmin)),
                    "{:?} {} on a user with {:?}", roles, c.action, target
                );
                if !roles.contains(&UserAdmin) {
                    prop_assert_eq!(c.action, Action::UserResetPassword);
                    prop_assert!(
                        target.iter().all(|r| *r == HelpdeskAdmin),
                        "{:?} reset a user with {:?}", roles, target
                    );
                }
            }
            let Via::OwnTenant { roles: via } = &d.via else {
                return Err(TestCaseError::fail(format!("{d:?}")));
            };
            prop_assert!(via.iter().all(|r| may_manage(*r, c.action, target)));
        }
    }

    /// SPEC §1: a user whose only role is relationship-admin (and who holds no agent role and
    /// belongs to no group) may read, answer and end its tenant's relationships and nothing
    /// else, anywhere.
    #[test]
    fn a_relationship_admin_does_nothing_but_its_relationships(mut c in a_case()) {
        let mut p = c.principal.clone();
        p.roles = BTreeSet::from([DirectoryRole::RelationshipAdmin]);
        c.facts.grants.clear();
        c.facts.groups.clear();
        c.facts.eligibilities.clear();
        c.facts.elevations.clear();
        // Ending an elevation of its own is anyone's (the own-elevation rule); it has none.
        c.facts.object.requested_by_principal = false;
        let d = decide(Some(&p), c.action, &c.facts);
        if d.allowed {
            prop_assert!(!foreign(&c), "{} allowed across tenants: {:?}", c.action, d);
            prop_assert!(
                matches!(
                    c.action,
                    Action::PartnerRead | Action::PartnerRemove | Action::InviteAccept
                ),
                "{} allowed to a relationship admin", c.action
            );
        }
        if !foreign(&c) && p.enabled {
            let o = &c.facts.object;
            let want = match c.action {
                Action::PartnerRead | Action::PartnerRemove => true,
                // Rule 5: never its own tenant's invite, nor one addressed to another tenant.
                Action::InviteAccept => {
                    o.invite_partner_tenant_id.as_deref() != Some(p.tenant_id.as_str())
                        && !o.invite_addressed_elsewhere
                }
                _ => false,
            };
            prop_assert_eq!(d.allowed, want, "{} in its own tenant: {:?}", c.action, d);
        }
    }

    /// SPEC §2 rule 4: accepting an offer is allowed exactly when buying its licenses is, and,
    /// when it requests delegated administration, accepting that request is too.
    #[test]
    fn offer_accept_is_license_buy_and_invite_accept(c in a_case()) {
        let d = decide(Some(&c.principal), Action::OfferAccept, &c.facts);
        let buy = decide(Some(&c.principal), Action::LicenseBuy, &c.facts).allowed;
        let accept = decide(Some(&c.principal), Action::InviteAccept, &c.facts).allowed;
        let want = !foreign(&c)
            && buy
            && accept_ok(&c, accept);
        prop_assert_eq!(d.allowed, want, "{:?}", d);
    }

    /// Deny by default: no one signed out or disabled is allowed anything, and every refusal
    /// carries no path.
    #[test]
    fn the_signed_out_and_the_disabled_get_nothing(c in a_case()) {
        let d = decide(None, c.action, &c.facts);
        prop_assert_eq!((d.allowed, d.reason, d.via), (false, Reason::NotSignedIn, Via::None));
        let mut p = c.principal.clone();
        p.enabled = false;
        let d = decide(Some(&p), c.action, &c.facts);
        prop_assert_eq!((d.allowed, d.reason, d.via), (false, Reason::UserDisabled, Via::None));
        let d = decide(Some(&c.principal), c.action, &c.facts);
        if !d.allowed {
            prop_assert_eq!(d.via, Via::None);
        }
    }
}

/// The part of `offer.accept` that `invite.accept` decides: the request for delegation when
/// there is one, else only the offer's own rules (not the tenant's own, not addressed
/// elsewhere).
fn accept_ok(c: &Case, invite_accept: bool) -> bool {
    let o = &c.facts.object;
    if o.offer_delegated {
        invite_accept
    } else {
        o.invite_partner_tenant_id.as_deref() != Some(c.principal.tenant_id.as_str())
            && !o.invite_addressed_elsewhere
    }
}

/// The worlds are not degenerate: each property's interesting branch is actually reached.
#[test]
fn the_random_worlds_reach_every_interesting_branch() {
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;
    let mut runner = TestRunner::deterministic();
    let strategy = a_case();
    let mut seen = BTreeSet::new();
    for _ in 0..8000 {
        let c = strategy.new_tree(&mut runner).unwrap().current();
        let d = decide(Some(&c.principal), c.action, &c.facts);
        seen.insert(d.reason.id());
        // Rule 8's interesting branch: an admin below global admin acting on another admin.
        if d.allowed
            && c.action.acts_on_user()
            && !c.facts.object.target_user_roles.is_empty()
            && !c.principal.roles.contains(&DirectoryRole::GlobalAdmin)
        {
            seen.insert("below-global-admin-on-an-admin");
        }
        // GDAP: rights through an access assignment, and through a second active relationship.
        match &d.via {
            Via::Assigned { group, .. } if OWN_GROUPS.contains(&group.as_str()) => {
                seen.insert("assigned-to-an-own-group");
            }
            Via::Assigned { .. } => {
                seen.insert("assigned-to-a-built-in-group");
            }
            _ => {}
        }
        if d.allowed && active_relationships(&c).len() > 1 {
            seen.insert("several-active-relationships");
        }
    }
    for reason in [
        "delegated",
        "own-relationship",
        "operator-role",
        "own-tenant-role",
        "no-relationship",
        "relationship-expired",
        "relationship-terminated",
        "no-grant",
        "role-insufficient",
        "not-delegable",
        "user-disabled",
        "privileged-target",
        "below-global-admin-on-an-admin",
        "assigned-to-an-own-group",
        "assigned-to-a-built-in-group",
        "several-active-relationships",
        "elevated",
        "eligible",
        "not-eligible",
        "mfa-required",
        "self-approval",
    ] {
        assert!(
            seen.contains(reason),
            "no random case reached {reason}: {seen:?}"
        );
    }
}
