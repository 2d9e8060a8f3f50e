//! `doctor`'s findings about who can sign in and act: tenants that depend on one global admin,
//! and users of tenants that require MFA who have not confirmed one.

use super::{fix, Finding, Severity};
use crate::error::Result;
use crate::model::DirectoryRole;
use crate::store::{self, tenants::TenantRow, Tx};

pub(super) fn findings(
    tx: &Tx<'_>,
    reader: &fix::Reader,
    tenants: &[TenantRow],
    me: &str,
) -> Result<Vec<Finding>> {
    let mut out = Vec::new();
    // Tenants that depend on one global admin.
    for t in tenants {
        let admins: Vec<_> = store::users::list(tx, &t.id)?
            .into_iter()
            .filter(|u| u.enabled && u.roles.contains(&DirectoryRole::GlobalAdmin))
            .collect();
        if admins.len() == 1 {
            out.push(Finding {
                severity: Severity::Warning,
                code: "single-global-admin",
                tenant: Some(t.domain.clone()),
                message: format!(
                    "{} has a single enabled global admin ({}); losing it locks the tenant",
                    t.domain, admins[0].upn
                ),
                fix: Some(fix::second_admin(reader, t, &admins[0].upn)),
            });
        }
    }

    // Users of tenants that require MFA who have not confirmed one: they cannot act in
    // customer tenants until they do.
    for t in tenants.iter().filter(|t| t.require_mfa) {
        for u in store::users::list(tx, &t.id)? {
            if !u.enabled || u.mfa_confirmed {
                continue;
            }
            out.push(Finding {
                severity: Severity::Warning,
                code: "mfa-not-enrolled",
                tenant: Some(t.domain.clone()),
                message: format!(
                    "{} requires multi-factor sign-in, and {} has not confirmed one: it cannot act in customer tenants",
                    t.domain, u.upn
                ),
                fix: Some(if u.id == me {
                    format!("partnerctl mfa enroll  # then: partnerctl login {} --otp CODE", u.upn)
                } else {
                    format!(
                        "ask {} to run `partnerctl mfa enroll` and then sign in with `partnerctl login {} --otp CODE`",
                        u.upn, u.upn
                    )
                }),
            });
        }
    }
    Ok(out)
}
