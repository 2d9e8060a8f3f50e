//! Just-in-time eligibility (`eligibility add/list/remove`): a partner user may activate roles
//! in a customer for a while (`elevate`), through one active relationship whose access holds
//! them, with or without a second admin's approval.

use std::time::Duration;

use serde::Serialize;

use crate::app::relationships::partner_roles;
use crate::app::Ctx;
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole};
use crate::store::{
    self, eligibilities::EligibilityRow, relationships::RelationshipRow, tenants::TenantRow,
    users::UserRow, Tx,
};

/// The shortest and longest activation an eligibility may allow (Azure Lighthouse: 30 minutes
/// to 8 hours).
pub const MIN_ACTIVATION: Duration = Duration::from_secs(30 * 60);
pub const MAX_ACTIVATION: Duration = Duration::from_secs(8 * 3600);

#[derive(Debug, Serialize)]
pub struct EligibilityView {
    pub id: String,
    pub upn: String,
    pub customer: Brief,
    pub relationship: RelationshipBrief,
    pub roles: Vec<DirectoryRole>,
    /// The longest activation, e.g. `8h`.
    pub max_duration: String,
    pub max_minutes: i64,
    /// Whether an elevation waits for another partner global admin's approval.
    pub approval: bool,
    pub created_by: String,
    pub created_at: String,
    pub last_used_at: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct Brief {
    pub domain: String,
}

#[derive(Debug, Serialize)]
pub struct RelationshipBrief {
    pub id: String,
    pub name: String,
}

#[derive(Debug, Serialize)]
pub struct EligibilityChange {
    #[serde(flatten)]
    pub eligibility: Option<EligibilityView>,
    /// For `remove`: the user, the customer, and the open elevations it ended.
    pub upn: String,
    pub customer_domain: String,
    pub elevations_ended: usize,
    pub dry_run: bool,
}

/// An activation length in whole minutes, between [`MIN_ACTIVATION`] and [`MAX_ACTIVATION`].
pub fn activation_minutes(flag: &str, d: Duration) -> Result<i64> {
    if d < MIN_ACTIVATION || d > MAX_ACTIVATION || !d.as_secs().is_multiple_of(60) {
        return Err(Error::invalid(format!(
            "{flag}: between 30m and 8h, in whole minutes (e.g. 2h, 90m)"
        )));
    }
    Ok((d.as_secs() / 60) as i64)
}

/// Minutes as people write them: `8h`, `90m`, `1h30m`.
pub fn minutes_text(minutes: i64) -> String {
    let (h, m) = (minutes / 60, minutes % 60);
    match (h, m) {
        (0, m) => format!("{m}m"),
        (h, 0) => format!("{h}h"),
        (h, m) => format!("{h}h{m}m"),
    }
}

fn view(e: EligibilityRow) -> EligibilityView {
    EligibilityView {
        id: e.id,
        upn: e.upn,
        customer: Brief {
            domain: e.customer_domain,
        },
        relationship: RelationshipBrief {
            id: e.relationship_id,
            name: e.relationship_name,
        },
        roles: e.roles.into_iter().collect(),
        max_duration: minutes_text(e.max_minutes),
        max_minutes: e.max_minutes,
        approval: e.approval,
        created_by: e.created_by,
        created_at: e.created_at,
        last_used_at: e.last_used_at,
    }
}

pub struct EligibilityInput<'a> {
    pub upn: &'a str,
    pub customer: &'a str,
    pub roles: &'a [DirectoryRole],
    pub max_duration: Duration,
    pub approval: bool,
    /// The relationship to go through, when the partner holds several with the customer.
    pub relationship: Option<&'a str>,
}

/// A user of the partner's own tenant.
fn own_user(tx: &Tx<'_>, home: &TenantRow, upn: &str) -> Result<UserRow> {
    store::users::find_by_upn(tx, upn)?
        .filter(|u| u.tenant_id == home.id)
        .ok_or_else(|| Error::not_found(format!("no user {upn} in {}", home.domain)))
}

/// The customer and the partner's relationships with it that are in force at `now`. An
/// unknown domain and a tenant the partner has no relationship in force with read the same.
fn customer_with_relationships(
    tx: &Tx<'_>,
    home: &TenantRow,
    customer: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<(TenantRow, Vec<RelationshipRow>)> {
    let none = || {
        Error::not_found(format!(
            "{} has no relationship in force with {customer}",
            home.domain
        ))
    };
    let c = store::tenants::find(tx, &customer.to_ascii_lowercase())?.ok_or_else(none)?;
    let rels = crate::app::relationships::active_in(tx, &home.id, &c.id, now)?;
    if rels.is_empty() {
        return Err(none());
    }
    Ok((c, rels))
}

/// Makes a partner user eligible for roles in a customer (replacing what it was eligible for
/// there): the roles must lie within the access of one relationship in force with it.
pub fn add(ctx: &mut Ctx, input: &EligibilityInput<'_>) -> Result<EligibilityView> {
    let upn = model::validate_upn(input.upn)?;
    let customer = model::validate_domain(input.customer)
        .map_err(|e| Error::invalid(format!("--customer: {e}")))?;
    let relationship = input
        .relationship
        .map(|r| crate::app::parse_id("--relationship", r))
        .transpose()?;
    let roles = partner_roles(input.roles)?;
    let max_minutes = activation_minutes("--max-duration", input.max_duration)?;
    let (s, home) = ctx.begin_home("eligibility add", Action::GrantManage, Some(&upn))?;
    let now = ctx.clock.now();
    let at = ctx.now_str();
    let by = s.principal.upn.clone();
    let pick = |tx: &Tx<'_>| -> Result<(UserRow, TenantRow, RelationshipRow)> {
        let user = own_user(tx, &home, &upn)?;
        let (c, rels) = customer_with_relationships(tx, &home, &customer, now)?;
        let candidates: Vec<&RelationshipRow> = rels
            .iter()
            .filter(|r| relationship.as_deref().is_none_or(|id| r.id == id))
            .collect();
        if candidates.is_empty() {
            return Err(Error::not_found(format!(
                "--relationship: not one of {}'s relationships in force with {}",
                home.domain, c.domain
            )));
        }
        // The relationship whose access holds every role; of several, the one that runs
        // longest (no expiry first), then by id.
        let mut fits: Vec<&RelationshipRow> = candidates
            .into_iter()
            .filter(|r| roles.is_subset(&r.access))
            .collect();
        fits.sort_by(|a, b| {
            let end = |r: &RelationshipRow| r.expires_at.clone().unwrap_or_else(|| "~".into());
            end(b).cmp(&end(a)).then(a.id.cmp(&b.id))
        });
        let Some(rel) = fits.first() else {
            return Err(Error::invalid(format!(
                "--role {}: no relationship in force with {} delegates all of these; an eligibility gives roles the customer delegated, no more",
                model::roles_to_csv(&roles).replace(',', ", "),
                c.domain
            )));
        };
        Ok((user, c, (*rel).clone()))
    };
    let (user, c, rel) = ctx.store.read(|tx| pick(tx))?;
    let approval = input.approval;
    let id = ctx.change(&s, Action::GrantManage, &home, &user.upn, |tx| {
        // Again inside the transaction: the relationship may have ended meanwhile.
        let (user, c, rel) = pick(tx)?;
        let id = store::eligibilities::set(
            tx,
            &store::eligibilities::NewEligibility {
                user_id: &user.id,
                partner_tenant_id: &home.id,
                customer_tenant_id: &c.id,
                relationship_id: &rel.id,
                roles: &roles,
                max_minutes,
                approval,
                by: &by,
                at: &at,
            },
        )?;
        Ok((
            id,
            format!(
                "made {} eligible for [{}] in {} through relationship {} for up to {}{}",
                user.upn,
                model::roles_to_csv(&roles),
                c.domain,
                rel.id,
                minutes_text(max_minutes),
                if approval { ", with approval" } else { "" }
            ),
        ))
    })?;
    Ok(EligibilityView {
        id,
        upn: user.upn,
        customer: Brief { domain: c.domain },
        relationship: RelationshipBrief {
            id: rel.id,
            name: rel.name,
        },
        roles: roles.into_iter().collect(),
        max_duration: minutes_text(max_minutes),
        max_minutes,
        approval,
        created_by: s.principal.upn.clone(),
        created_at: ctx.now_str(),
        last_used_at: None,
    })
}

/// The partner's eligibilities: every one for those who manage them (partner global admins
/// and whoever reads grants), the caller's own for everyone else in a partner tenant.
pub fn list(ctx: &mut Ctx) -> Result<Vec<EligibilityView>> {
    let rows = ctx.all_or_own("eligibility list", Action::GrantRead, |tx, home, user| {
        store::eligibilities::of_partner(tx, &home.id, user)
    })?;
    Ok(rows.into_iter().map(view).collect())
}

/// Ends a user's eligibility in a customer, and with it every open request and elevation it
/// gave (at once: the core gives an elevation nothing once its eligibility is gone).
pub fn remove(ctx: &mut Ctx, upn: &str, customer: &str) -> Result<EligibilityChange> {
    let upn = model::validate_upn(upn)?;
    let customer =
        model::validate_domain(customer).map_err(|e| Error::invalid(format!("--customer: {e}")))?;
    let (s, home) = ctx.begin_home("eligibility remove", Action::GrantManage, Some(&upn))?;
    let find = |tx: &Tx<'_>| -> Result<EligibilityRow> {
        let user = own_user(tx, &home, &upn)?;
        let c = store::tenants::find(tx, &customer.to_ascii_lowercase())?;
        c.and_then(|c| store::eligibilities::of_user_in(tx, &user.id, &c.id).transpose())
            .transpose()?
            .ok_or_else(|| Error::not_found(format!("{upn} is not eligible in {customer}")))
    };
    let e = ctx.store.read(|tx| find(tx))?;
    let (at, by) = (ctx.now_str(), s.principal.upn.clone());
    let ended = ctx.change(&s, Action::GrantManage, &home, &e.upn, |tx| {
        let e = find(tx)?;
        let ended =
            store::elevations::end_all(tx, store::elevations::EndOf::Eligibility, &e.id, &by, &at)?;
        store::eligibilities::remove(tx, &e.id)?;
        Ok((
            ended,
            format!(
                "removed {}'s eligibility in {} and ended {ended} open elevation(s)",
                e.upn, e.customer_domain
            ),
        ))
    })?;
    Ok(EligibilityChange {
        eligibility: None,
        upn: e.upn,
        customer_domain: e.customer_domain,
        elevations_ended: ended,
        dry_run: ctx.opts.dry_run,
    })
}
