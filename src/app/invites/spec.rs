//! An invite's terms, as typed (flags or CSV columns) and as validated: what `invite`,
//! `invite --from-csv`, `offers create` and `relationships migrate` issue.

use std::collections::BTreeSet;

use crate::model::{self, DirectoryRole};

/// The longest an invite stays valid, and its default.
const MAX_INVITE_DAYS: u64 = 90;

/// An invite's terms, validated. Shared by `invite` and `invite --from-csv`.
#[derive(Debug, Clone)]
pub struct InviteSpec {
    pub access: BTreeSet<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub expires_in: std::time::Duration,
    pub customer_domain: Option<String>,
    pub message: Option<String>,
    pub email_to: Option<String>,
    /// The relationship's name, when asked for.
    pub name: Option<String>,
    /// The relationship the invite renews.
    pub renews: Option<String>,
    /// The access assignments accepting creates (a template's), encoded.
    pub assignments: Option<String>,
}

/// An invite's terms as typed, before validation.
#[derive(Clone, Copy)]
pub struct RawInvite<'a> {
    pub access: &'a [DirectoryRole],
    pub duration: Option<&'a str>,
    pub auto_extend: bool,
    pub expires_in: Option<&'a str>,
    pub customer_domain: Option<&'a str>,
    pub message: Option<&'a str>,
    pub email_to: Option<&'a str>,
}

/// The names of the inputs, for messages: flags on the command line, columns in a CSV file.
#[derive(Clone, Copy)]
pub struct Names {
    pub access: &'static str,
    pub duration: &'static str,
    pub auto_extend: &'static str,
    pub expires_in: &'static str,
    pub customer_domain: &'static str,
    pub message: &'static str,
    pub email_to: &'static str,
}

pub const FLAG_NAMES: Names = Names {
    access: "--access",
    duration: "--duration",
    auto_extend: "--auto-extend",
    expires_in: "--expires-in",
    customer_domain: "--customer-domain",
    message: "--message",
    email_to: "--email-to",
};

/// Checks an invite's terms: access defaults to global-admin (classic DAP) and never includes
/// relationship-admin; a duration of 1 to 730 whole days; auto-extend only with a duration and
/// without global-admin; expiry up to and by default 90 days.
pub fn invite_spec(raw: &RawInvite<'_>, n: Names) -> std::result::Result<InviteSpec, String> {
    let RawInvite {
        access,
        duration,
        auto_extend,
        expires_in,
        customer_domain,
        message,
        email_to,
    } = *raw;
    let access: BTreeSet<DirectoryRole> = if access.is_empty() {
        BTreeSet::from([DirectoryRole::GlobalAdmin])
    } else {
        access.iter().copied().collect()
    };
    // The customer's own role for its partner relationships: a partner has nothing to do with
    // it inside the customer (what it allows there is never delegable or already the
    // customer's: accepting invites, ending relationships), so it is not asked for.
    if access.contains(&DirectoryRole::RelationshipAdmin) {
        return Err(format!(
            "{}: relationship-admin is the customer's own role for its partner relationships and is not delegated",
            n.access
        ));
    }
    let duration_days = duration
        .map(|d| model::parse_days(n.duration, d, 1, 730))
        .transpose()?
        .map(|d| d as i64);
    if auto_extend {
        if access.contains(&DirectoryRole::GlobalAdmin) {
            return Err(format!(
                "{} is refused when the access includes global-admin; request narrower roles with {}",
                n.auto_extend, n.access
            ));
        }
        if duration_days.is_none() {
            return Err(format!(
                "{} needs {}: a relationship without expiry has nothing to extend",
                n.auto_extend, n.duration
            ));
        }
    }
    let max = std::time::Duration::from_secs(MAX_INVITE_DAYS * 86_400);
    let expires_in = match expires_in {
        None => max,
        Some(s) => model::parse_span(n.expires_in, s, std::time::Duration::from_secs(3600), max)?,
    };
    let customer_domain = customer_domain
        .map(model::validate_domain)
        .transpose()
        .map_err(|e| format!("{}: {e}", n.customer_domain))?;
    let message = message
        .map(|m| model::validate_text(n.message, m))
        .transpose()?;
    let email_to = email_to
        .map(model::validate_email)
        .transpose()
        .map_err(|e| format!("{}: {e}", n.email_to))?;
    Ok(InviteSpec {
        access,
        duration_days,
        auto_extend,
        expires_in,
        customer_domain,
        message,
        email_to,
        name: None,
        renews: None,
        assignments: None,
    })
}
