//! The demo world as `fixtures/demo.json` spells it, parsed into typed values.

use std::str::FromStr;

use serde::{Deserialize, Deserializer};

use crate::authz::{Action, Reason};
use crate::model::{AgentRole, Capability, DirectoryRole, HealthStatus, Service};

/// The demo world. Every role, action, reason, service and status is parsed into its type, so a
/// typo fails to load (see the test below) instead of reaching the database.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct World {
    /// The password of every demo user. Printed by `demo`; never use it for real data.
    pub password: String,
    pub signed_in_as: String,
    pub operator: TenantSpec,
    pub partner: TenantSpec,
    pub customers: Customers,
    /// Partners made after the customers.
    pub other_partners: Vec<TenantSpec>,
    /// Relationships with named customers; one that is not seeded is left out.
    pub relationships: Vec<RelationshipSpec>,
    /// The relationship of every customer named in no relationship above, but the last one
    /// (which has the pending invite instead).
    pub other_customers: RelationshipSpec,
    pub grants: Vec<GrantSpec>,
    /// The pending invite, to the last customer.
    pub invite: InviteSpec,
    /// A pending purchase offer with a delegation request, to a prospect (no tenant yet).
    pub offer: OfferSpec,
    pub health: Vec<HealthSpec>,
    pub health_published_by: String,
    pub licenses: LicenseSpec,
    /// How many customers (the first ones) get domains and service requests.
    pub detailed_customers: usize,
    pub domains: DomainSpec,
    pub requests: RequestSpec,
    pub audit: Vec<AuditSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantSpec {
    pub name: String,
    pub domain: String,
    #[serde(default)]
    pub partner_id: Option<String>,
    pub phone: String,
    pub address: String,
    #[serde(default)]
    pub users: Vec<UserSpec>,
}

/// A user `local@<tenant domain>`; `{name}` in the display name is the tenant's name.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UserSpec {
    pub local: String,
    pub name: String,
    #[serde(deserialize_with = "ids")]
    pub roles: Vec<DirectoryRole>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Customers {
    pub named: Vec<NamedCustomer>,
    /// Every customer's users.
    pub users: Vec<UserSpec>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NamedCustomer {
    pub name: String,
    pub domain: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationshipSpec {
    pub partner: String,
    #[serde(default)]
    pub customer: Option<String>,
    #[serde(deserialize_with = "ids")]
    pub access: Vec<DirectoryRole>,
    pub accepted_days_ago: i64,
    /// The duration; none is a classic relationship without expiry.
    #[serde(default)]
    pub days: Option<i64>,
    #[serde(default)]
    pub auto_extend: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrantSpec {
    pub user: String,
    #[serde(deserialize_with = "id")]
    pub role: AgentRole,
    pub created_by: String,
    pub days_ago: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct InviteSpec {
    pub partner: String,
    pub created_by: String,
    #[serde(deserialize_with = "ids")]
    pub access: Vec<DirectoryRole>,
    pub message: String,
    pub valid_days: i64,
}

#[derive(Debug, Deserialize)]
pub struct OfferSpec {
    pub partner: String,
    pub created_by: String,
    pub customer_domain: String,
    /// `SKU=QTY`, as `offers create --item` takes them.
    pub items: Vec<String>,
    #[serde(deserialize_with = "ids")]
    pub access: Vec<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub message: String,
    pub valid_days: i64,
}

/// Service health, everywhere or (with `customer`) in one customer tenant.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HealthSpec {
    #[serde(default)]
    pub customer: Option<String>,
    #[serde(deserialize_with = "id")]
    pub service: Service,
    #[serde(deserialize_with = "id")]
    pub status: HealthStatus,
    pub message: String,
    pub days_ago: i64,
}

/// Customer `i` buys `rotation[i % len]` with `seats[i % len]` seats and gives it to every user;
/// every customer also buys `everyone`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LicenseSpec {
    pub rotation: Vec<String>,
    pub seats: Vec<i64>,
    pub everyone: SkuSeats,
    pub bought_days_ago: i64,
    pub assigned_days_ago: i64,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SkuSeats {
    pub sku: String,
    pub seats: i64,
}

/// Domain names with `{domain}` for the customer's domain.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DomainSpec {
    pub verified: String,
    pub verified_token: String,
    pub verified_days_ago: i64,
    #[serde(deserialize_with = "ids")]
    pub capabilities: Vec<Capability>,
    pub pending: String,
    pub pending_days_ago: i64,
}

/// An open request with a comment and a closed one, opened by the customer's `admin`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestSpec {
    pub open: RequestEntry,
    pub comment: CommentSpec,
    pub closed: RequestEntry,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RequestEntry {
    pub title: String,
    #[serde(default)]
    pub description: Option<String>,
    pub severity: i64,
    pub days_ago: i64,
    #[serde(default)]
    pub closed_days_ago: Option<i64>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CommentSpec {
    pub author: String,
    pub body: String,
    pub days_ago: i64,
}

/// One entry of the audit story. Tenants are domains; `via_relationship` names the
/// relationship between the actor's tenant and the target.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditSpec {
    pub days_ago: i64,
    #[serde(default)]
    pub minutes: i64,
    pub actor: String,
    pub actor_tenant: String,
    pub target_tenant: String,
    #[serde(deserialize_with = "id")]
    pub action: Action,
    pub allowed: bool,
    pub reason: Reason,
    #[serde(default)]
    pub via_relationship: bool,
    pub object: String,
    #[serde(default)]
    pub summary: Option<String>,
}

fn id<'de, D: Deserializer<'de>, T: FromStr<Err = String>>(
    d: D,
) -> std::result::Result<T, D::Error> {
    String::deserialize(d)?
        .parse()
        .map_err(serde::de::Error::custom)
}

fn ids<'de, D: Deserializer<'de>, T: FromStr<Err = String>>(
    d: D,
) -> std::result::Result<Vec<T>, D::Error> {
    Vec::<String>::deserialize(d)?
        .iter()
        .map(|s| s.parse().map_err(serde::de::Error::custom))
        .collect()
}

/// The demo world of `fixtures/demo.json` (compiled in; a test checks that it loads).
pub fn world() -> crate::error::Result<World> {
    serde_json::from_str(include_str!("../../../fixtures/demo.json")).map_err(|e| {
        crate::error::Error::internal(format!("the built-in fixtures/demo.json is malformed: {e}"))
    })
}

impl World {
    /// Customer `i`: a named one of the fixture, or a generated one past them.
    pub fn customer(&self, i: usize) -> TenantSpec {
        let (name, domain) = match self.customers.named.get(i) {
            Some(c) => (c.name.clone(), c.domain.clone()),
            None => (
                format!("Customer {:05}", i + 1),
                format!("customer{:05}.example", i + 1),
            ),
        };
        TenantSpec {
            name,
            domain,
            partner_id: None,
            phone: format!("+1 555 010 {:04}", i % 10_000),
            address: format!("{} Main Street\nSpringfield", i + 1),
            users: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeSet;

    use super::*;

    #[test]
    fn the_fixture_loads_and_names_only_what_exists() {
        let w = world().unwrap();
        let skus: BTreeSet<String> = crate::model::catalogue()
            .unwrap()
            .into_iter()
            .map(|s| s.sku)
            .collect();
        for sku in w.licenses.rotation.iter().chain([&w.licenses.everyone.sku]) {
            assert!(skus.contains(sku), "{sku} is not in the catalogue");
        }
        let domains: BTreeSet<&str> = [&w.operator, &w.partner]
            .into_iter()
            .chain(&w.other_partners)
            .map(|t| t.domain.as_str())
            .chain(w.customers.named.iter().map(|c| c.domain.as_str()))
            .collect();
        for d in w
            .audit
            .iter()
            .flat_map(|e| [&e.actor_tenant, &e.target_tenant])
        {
            assert!(
                domains.contains(d.as_str()),
                "audit names unknown tenant {d}"
            );
        }
        assert!(w.signed_in_as.ends_with(&format!("@{}", w.partner.domain)));
    }

    #[test]
    fn a_typo_fails_to_load() {
        let text = include_str!("../../../fixtures/demo.json");
        for (good, typo) in [
            ("\"global-reader\"", "\"global-raeder\""),
            ("\"user.create\"", "\"user.craete\""),
            ("\"not-delegable\"", "\"not-delegatable\""),
            ("\"helpdesk-agent\"", "\"helpdesk-agnet\""),
            ("\"interrupted\"", "\"interupted\""),
        ] {
            assert!(text.contains(good));
            let bad = text.replacen(good, typo, 1);
            assert!(
                serde_json::from_str::<World>(&bad).is_err(),
                "{typo} loaded"
            );
        }
    }
}
