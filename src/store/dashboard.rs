//! Aggregates over all customers of one partner, in a handful of grouped queries (the
//! dashboard must stay fast at 100,000 tenants: no query per customer).

use std::collections::HashMap;

use super::Tx;
use crate::error::Result;

#[derive(Debug, Clone, Default)]
pub struct Aggregates {
    pub open_requests: i64,
    pub valid_units: i64,
    pub assigned_units: i64,
    pub domains: i64,
}

const CUSTOMERS: &str = "SELECT customer_tenant_id FROM relationships WHERE partner_tenant_id = ?1";

fn grouped(
    tx: &Tx<'_>,
    sql: &str,
    partner: &str,
    mut put: impl FnMut(&mut Aggregates, i64),
    out: &mut HashMap<String, Aggregates>,
) -> Result<()> {
    tx.for_each(sql, [partner], |r| {
        let id: String = r.get(0)?;
        let n: i64 = r.get(1)?;
        put(out.entry(id).or_default(), n);
        Ok::<(), crate::error::Error>(())
    })
}

pub fn for_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<HashMap<String, Aggregates>> {
    let mut out = HashMap::new();
    grouped(
        tx,
        &format!("SELECT tenant_id, count(*) FROM service_requests WHERE status IN ('open', 'in-progress') AND tenant_id IN ({CUSTOMERS}) GROUP BY tenant_id"),
        partner_tenant_id,
        |a, n| a.open_requests = n,
        &mut out,
    )?;
    grouped(
        tx,
        &format!("SELECT tenant_id, CAST(sum(valid_units) AS BIGINT) FROM subscriptions WHERE tenant_id IN ({CUSTOMERS}) GROUP BY tenant_id"),
        partner_tenant_id,
        |a, n| a.valid_units = n,
        &mut out,
    )?;
    grouped(
        tx,
        &format!("SELECT tenant_id, count(*) FROM license_assignments WHERE tenant_id IN ({CUSTOMERS}) GROUP BY tenant_id"),
        partner_tenant_id,
        |a, n| a.assigned_units = n,
        &mut out,
    )?;
    grouped(
        tx,
        &format!("SELECT tenant_id, count(*) FROM domains WHERE tenant_id IN ({CUSTOMERS}) GROUP BY tenant_id"),
        partner_tenant_id,
        |a, n| a.domains = n,
        &mut out,
    )?;
    Ok(out)
}
