//! The cost of one `decide()` call on its longest path, in nanoseconds.
//!
//!   cargo run --release --example decide_worst [ITERATIONS]      default: 200000 a round
//!
//! The facts are the heaviest one principal can bring to one customer: relationships with the
//! customer (one terminated, one expired, the rest active), agent-role grants that carry
//! nothing in a customer (sales agent) or cover other customers, the partner's own groups with
//! access assignments on every active relationship whose roles do not allow the action, two
//! eligibilities and two elevations on every active relationship (in force with a read-only
//! role, or ended). Only the last active relationship's last elevation allows the action, so
//! `decide` walks every relationship, grant, assignment and elevation before it allows, and
//! then weighs the partner's MFA requirement.
//!
//! Two sizes: one active relationship (the longest path with the fewest facts) and six active
//! relationships (GDAP lets a partner hold several with one customer). For each, prints the
//! decision's facts and the minimum, median and maximum nanoseconds per call over seven rounds,
//! then a line `ns_per_call ACTIVE MEDIAN` for scripts (bench/scale.sh).

use std::collections::BTreeSet;
use std::hint::black_box;
use std::time::Instant;

use chrono::{DateTime, Duration, TimeZone, Utc};
use partnerctl::authz::{
    decide, Action, AssignmentFact, ElevationFact, ElevationStatus, EligibilityFact, Facts,
    GrantFact, ObjectFacts, Principal, Reason, RelationshipFact, RelationshipStatus, Target, Via,
};
use partnerctl::model::{AgentRole, DirectoryRole};

const PARTNER: &str = "tenant-partner";
const CUSTOMER: &str = "tenant-customer";
/// Eligibilities, and elevations, on every active relationship.
const PER_RELATIONSHIP: usize = 2;
const ROUNDS: usize = 7;
/// The sizes measured: active relationships with the one customer.
const SIZES: [usize; 2] = [1, 6];

fn roles(list: &[DirectoryRole]) -> BTreeSet<DirectoryRole> {
    list.iter().copied().collect()
}

/// The facts for `active` active relationships (and one terminated, one expired): as many of
/// the partner's groups (at most four), twice as many grants (half for other customers).
fn worst_case(now: DateTime<Utc>, active: usize) -> (Principal, Facts) {
    let principal = Principal {
        user_id: "user-agent".into(),
        upn: "agent@partner.example".into(),
        tenant_id: PARTNER.into(),
        enabled: true,
        // No directory role: a global admin's implicit agent roles would allow at once.
        roles: BTreeSet::new(),
        tenant_is_operator: false,
        tenant_is_partner: true,
        mfa: true,
        mfa_required: true,
    };
    let access = roles(&[
        DirectoryRole::GlobalReader,
        DirectoryRole::HelpdeskAdmin,
        DirectoryRole::BillingAdmin,
    ]);
    let relationships: Vec<RelationshipFact> = (0..active + 2)
        .map(|i| RelationshipFact {
            id: format!("rel-{i:02}"),
            partner_tenant_id: PARTNER.into(),
            customer_tenant_id: CUSTOMER.into(),
            status: match i {
                0 => RelationshipStatus::Terminated,
                _ => RelationshipStatus::Active,
            },
            access: access.clone(),
            expires_at: Some(match i {
                1 => now - Duration::days(1),
                _ => now + Duration::days(30 + i as i64),
            }),
            auto_extend: false,
        })
        .collect();
    let in_force = &relationships[2..];
    let grants = (0..2 * active)
        .map(|i| GrantFact {
            id: format!("grant-{i:02}"),
            role: AgentRole::SalesAgent,
            customer_tenant_id: (i % 2 == 1).then(|| format!("tenant-other-{i:02}")),
        })
        .collect();
    let groups: BTreeSet<String> = (0..active.min(4)).map(|g| format!("group-{g}")).collect();
    // Assigned roles that are within the access but do not allow the action (reads only).
    let assignments = in_force
        .iter()
        .flat_map(|r| {
            groups.iter().map(|g| AssignmentFact {
                relationship_id: r.id.clone(),
                group: g.clone(),
                roles: roles(&[DirectoryRole::GlobalReader, DirectoryRole::UserAdmin]),
            })
        })
        .collect();
    let mut eligibilities = Vec::new();
    let mut elevations = Vec::new();
    for (ri, r) in in_force.iter().enumerate() {
        for k in 0..PER_RELATIONSHIP {
            let last = ri == in_force.len() - 1 && k == PER_RELATIONSHIP - 1;
            let eligibility_id = format!("elig-{ri:02}-{k}");
            eligibilities.push(EligibilityFact {
                id: eligibility_id.clone(),
                relationship_id: r.id.clone(),
                roles: roles(&[DirectoryRole::GlobalReader, DirectoryRole::HelpdeskAdmin]),
            });
            // In force with a read-only role, or in another state; only the very last one
            // activates a role that allows the action.
            let (status, elevated) = match (last, k % 2) {
                (true, _) => (ElevationStatus::Active, DirectoryRole::HelpdeskAdmin),
                (false, 0) => (ElevationStatus::Active, DirectoryRole::GlobalReader),
                (false, _) => (ElevationStatus::Ended, DirectoryRole::HelpdeskAdmin),
            };
            elevations.push(ElevationFact {
                id: format!("elev-{ri:02}-{k}"),
                eligibility_id,
                relationship_id: r.id.clone(),
                roles: roles(&[elevated]),
                status,
                starts_at: Some(now - Duration::hours(1)),
                ends_at: Some(now + Duration::hours(1)),
            });
        }
    }
    let facts = Facts {
        now,
        target: Target {
            tenant_id: CUSTOMER.into(),
            is_operator: false,
            is_partner: false,
        },
        relationships,
        grants,
        assignments,
        groups,
        eligibilities,
        elevations,
        object: ObjectFacts::default(),
    };
    (principal, facts)
}

fn main() {
    let iterations: u32 = match std::env::args().nth(1) {
        None => 200_000,
        Some(n) => match n.parse() {
            Ok(n) if n > 0 => n,
            _ => {
                eprintln!("usage: decide_worst [ITERATIONS]   (a positive number)");
                std::process::exit(2);
            }
        },
    };
    let now = Utc.with_ymd_and_hms(2026, 6, 1, 12, 0, 0).unwrap();
    let action = Action::ServiceRequestCreate;
    for active in SIZES {
        let (principal, facts) = worst_case(now, active);
        let last = format!("rel-{:02}", active + 1);
        let decision = decide(Some(&principal), action, &facts);
        let deepest = matches!(
            &decision.via,
            Via::Elevated { relationship_id, .. } if *relationship_id == last
        );
        if !decision.allowed || decision.reason != Reason::Elevated || !deepest {
            eprintln!("decide_worst: the facts no longer lead to the longest path: {decision:?}");
            std::process::exit(1);
        }
        println!(
            "decide({action}): allowed by the last elevation on {last}, after {} relationships, \
             {} grants, {} assignments, {} eligibilities, {} elevations",
            facts.relationships.len(),
            facts.grants.len(),
            facts.assignments.len(),
            facts.eligibilities.len(),
            facts.elevations.len()
        );
        let mut per_call: Vec<f64> = (0..ROUNDS)
            .map(|_| {
                let start = Instant::now();
                for _ in 0..iterations {
                    black_box(decide(
                        Some(black_box(&principal)),
                        black_box(action),
                        black_box(&facts),
                    ));
                }
                start.elapsed().as_nanos() as f64 / f64::from(iterations)
            })
            .collect();
        per_call.sort_by(f64::total_cmp);
        println!(
            "  ns per call over {ROUNDS} rounds of {iterations}: min {:.0}, median {:.0}, max {:.0}",
            per_call[0],
            per_call[ROUNDS / 2],
            per_call[ROUNDS - 1]
        );
        println!("ns_per_call {active} {:.0}", per_call[ROUNDS / 2]);
    }
}
