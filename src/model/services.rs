//! Tenant services: service health, service requests, domain capabilities, the SKU catalogue.

use serde::{Deserialize, Serialize};

use super::id_enum::id_enum;

id_enum!(
    /// The services whose health the operator publishes.
    Service, "service" {
        Exchange => "exchange",
        Sharepoint => "sharepoint",
        Teams => "teams",
        Onedrive => "onedrive",
        Intune => "intune",
        Entra => "entra",
    }
);

id_enum!(
    /// Health statuses, from best to worst (the order is used for "worst health").
    HealthStatus, "health status" {
        Operational => "operational",
        Advisory => "advisory",
        Degraded => "degraded",
        Interrupted => "interrupted",
    }
);

id_enum!(
    /// The life of a service request.
    RequestStatus, "service request status" {
        Open => "open",
        InProgress => "in-progress",
        Resolved => "resolved",
        Closed => "closed",
    }
);

id_enum!(
    /// What a verified domain is used for.
    Capability, "domain capability" {
        Email => "email",
        Sharepoint => "sharepoint",
        Teams => "teams",
        Intune => "intune",
    }
);

/// One SKU of the operator's catalogue (`fixtures/catalogue.json`, embedded in the binary).
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Sku {
    pub sku: String,
    pub name: String,
    pub price_per_unit: String,
}

/// The operator's SKU catalogue, built into the binary (a test checks that it parses).
pub fn catalogue() -> Result<Vec<Sku>, String> {
    serde_json::from_str(include_str!("../../fixtures/catalogue.json"))
        .map_err(|e| format!("the built-in SKU catalogue is malformed: {e}"))
}

/// `SR-000042` for request 42.
pub fn request_ref(number: i64) -> String {
    format!("SR-{number:06}")
}

/// A request number from `SR-000042`, `sr-42` or `42`.
pub fn parse_request_ref(s: &str) -> Result<i64, super::Invalid> {
    let t = s.trim();
    let digits = t
        .strip_prefix("SR-")
        .or_else(|| t.strip_prefix("sr-"))
        .unwrap_or(t);
    digits
        .parse::<i64>()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| {
            super::Invalid::from(format!(
                "invalid service request {s:?}: expected e.g. SR-000042 or 42"
            ))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_is_valid_and_realistic() {
        let c = catalogue().unwrap();
        assert!(c.len() >= 6);
        let mut ids: Vec<_> = c.iter().map(|s| s.sku.as_str()).collect();
        ids.sort();
        ids.dedup();
        assert_eq!(ids.len(), c.len(), "SKU ids are unique");
        for s in &c {
            assert!(s.price_per_unit.parse::<f64>().unwrap() > 0.0);
        }
    }

    #[test]
    fn health_orders_best_to_worst() {
        assert!(HealthStatus::Operational < HealthStatus::Advisory);
        assert!(HealthStatus::Degraded < HealthStatus::Interrupted);
        assert_eq!(
            "degraded".parse::<HealthStatus>().unwrap(),
            HealthStatus::Degraded
        );
        assert!("down".parse::<HealthStatus>().is_err());
    }

    #[test]
    fn request_refs() {
        assert_eq!(request_ref(42), "SR-000042");
        assert_eq!(parse_request_ref("SR-000042").unwrap(), 42);
        assert_eq!(parse_request_ref("42").unwrap(), 42);
        assert!(parse_request_ref("SR-x").is_err());
        assert!(parse_request_ref("0").is_err());
    }
}
