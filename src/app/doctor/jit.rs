//! `doctor`'s just-in-time findings for a partner: eligibilities nobody used in 90 days, and
//! standing admin-agent grants that could be eligibilities (activated when needed, with a
//! justification and an approval) instead.

use super::{fix, Finding, Severity};
use crate::clock::{fmt_time, parse_time};
use crate::error::Result;
use crate::model::{escape_unsafe, AgentRole};
use crate::store::{self, tenants::TenantRow, Tx};

/// How long an eligibility may go unused before `doctor` suggests removing it.
pub const UNUSED_DAYS: i64 = 90;

pub(super) fn findings(
    tx: &Tx<'_>,
    reader: &fix::Reader,
    partner: &TenantRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    let cutoff = fmt_time(now - chrono::Duration::days(UNUSED_DAYS));
    for e in store::eligibilities::of_partner(tx, &partner.id, None)? {
        let last = e.last_used_at.as_deref().unwrap_or(&e.created_at);
        if parse_time(last).is_err() || last > cutoff.as_str() {
            continue;
        }
        let (upn, customer) = (escape_unsafe(&e.upn), escape_unsafe(&e.customer_domain));
        let since = match &e.last_used_at {
            Some(t) => format!("last used {t}"),
            None => format!("never used since {}", e.created_at),
        };
        out.push(Finding {
            severity: Severity::Info,
            code: "eligibility-unused",
            tenant: Some(customer.to_string()),
            message: format!(
                "{upn}'s eligibility in {customer} has gone {UNUSED_DAYS} days without an elevation ({since}); standing eligibility nobody needs is still a door"
            ),
            fix: Some(if reader.may_grant {
                format!("partnerctl eligibility remove {upn} --customer {customer}")
            } else {
                format!(
                    "ask a global admin of {} to run `partnerctl eligibility remove {upn} --customer {customer}`",
                    escape_unsafe(&partner.domain)
                )
            }),
        });
    }
    for g in store::grants::of_partner(tx, &partner.id)? {
        if g.role != AgentRole::AdminAgent {
            continue;
        }
        let upn = escape_unsafe(&g.upn);
        let scope = g
            .customer_domain
            .as_deref()
            .map(|d| format!("in {}", escape_unsafe(d)))
            .unwrap_or_else(|| "in every customer".into());
        let customer = g
            .customer_domain
            .as_deref()
            .map(|d| escape_unsafe(d).to_string())
            .unwrap_or_else(|| "C".into());
        out.push(Finding {
            severity: Severity::Info,
            code: "standing-admin-agent",
            tenant: g.customer_domain.clone(),
            message: format!(
                "{upn} holds admin-agent standing {scope}; an eligibility (activated for hours, with a reason and an approval) would leave nothing to steal in between"
            ),
            fix: Some(if reader.may_grant {
                format!(
                    "partnerctl eligibility add {upn} --customer {customer} --role ROLE --approval && partnerctl grants remove {upn} --role admin-agent{}",
                    g.customer_domain
                        .as_deref()
                        .map(|d| format!(" --customer {}", escape_unsafe(d)))
                        .unwrap_or_default()
                )
            } else {
                format!(
                    "ask a global admin of {} to make {upn} eligible instead",
                    escape_unsafe(&partner.domain)
                )
            }),
        });
    }
    Ok(out)
}
