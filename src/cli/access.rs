//! `access`: who can do what in this tenant, and for a partner, its agents per customer.

use crate::app::access;
use crate::error::Result;
use crate::output::{list, table};

use super::Global;

pub fn run(g: &Global) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = access::access(&mut ctx)?;
    g.out().emit(ctx.plan(), &v, |v| {
        let summary = |m: &std::collections::BTreeMap<String, Vec<String>>| {
            m.iter()
                .map(|(k, vs)| format!("{k}: {}", vs.join(" ")))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let mut s = format!("Partner users who can act in {} today\n", v.tenant);
        s.push_str(&table(
            &["USER", "PARTNER", "VIA", "MAY"],
            v.partner_access.iter().map(|a| {
                vec![
                    a.upn.clone(),
                    a.partner.clone(),
                    list(&a.via),
                    summary(&a.summary),
                ]
            }),
        ));
        s.push_str(&format!(
            "\nNever delegated to a partner: {}\n",
            list(&v.never_delegable)
        ));
        if let Some(cs) = &v.customers {
            for c in cs {
                s.push_str(&format!(
                    "\nCustomer {} (relationship {})\n",
                    c.customer, c.relationship_id
                ));
                s.push_str(&table(
                    &["AGENT", "VIA", "MAY"],
                    c.agents
                        .iter()
                        .map(|a| vec![a.upn.clone(), list(&a.via), summary(&a.summary)]),
                ));
            }
        }
        s
    })?;
    Ok(0)
}
