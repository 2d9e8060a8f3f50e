//! Tenant services: licenses, domains, service health and service requests.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{secrets, Ctx, Session};
use crate::authz::{Action, Decision, ObjectFacts};
use crate::error::{Error, Result};
use crate::model::{
    self, catalogue, parse_request_ref, request_ref, Capability, HealthStatus, RequestStatus,
    Service, Sku,
};
use crate::store::{self, tenants::TenantRow};

/// Authorizes `action` on the target tenant of the command.
fn on_target(
    ctx: &mut Ctx,
    action: Action,
    object: Option<&str>,
) -> Result<(Session, TenantRow, Decision)> {
    let s = ctx.session()?;
    let target = ctx.target(&s)?;
    let d = ctx.authorize(&s, action, &target, ObjectFacts::default(), object)?;
    Ok((s, target, d))
}

/// A read of the target tenant and the decision that allows it, in one snapshot.
fn read_target<T>(
    ctx: &mut Ctx,
    action: Action,
    f: impl FnOnce(&crate::store::Tx<'_>, &TenantRow) -> Result<T>,
) -> Result<T> {
    let s = ctx.session()?;
    let target = ctx.target(&s)?;
    ctx.view(&s, action, &target, None, |tx| f(tx, &target))
}

// ----- licenses ---------------------------------------------------------------------------

pub fn list_catalogue() -> Vec<Sku> {
    catalogue()
}

fn sku(id: &str) -> Result<Sku> {
    catalogue()
        .into_iter()
        .find(|s| s.sku == id.trim())
        .ok_or_else(|| {
            Error::not_found(format!(
                "no SKU {id:?} in the catalogue; see `partnerctl licenses catalogue`"
            ))
        })
}

#[derive(Debug, Serialize)]
pub struct LicenseView {
    pub sku: String,
    pub name: String,
    pub valid: i64,
    pub assigned: i64,
    pub available: i64,
    pub status: String,
}

fn license_views(rows: Vec<store::licenses::SubscriptionRow>) -> Vec<LicenseView> {
    let names: BTreeMap<String, String> =
        catalogue().into_iter().map(|s| (s.sku, s.name)).collect();
    rows.into_iter()
        .map(|r| LicenseView {
            name: names.get(&r.sku).cloned().unwrap_or_else(|| r.sku.clone()),
            available: (r.valid_units - r.assigned_units).max(0),
            sku: r.sku,
            valid: r.valid_units,
            assigned: r.assigned_units,
            status: r.status,
        })
        .collect()
}

pub fn list_licenses(ctx: &mut Ctx) -> Result<Vec<LicenseView>> {
    let rows = read_target(ctx, Action::LicenseRead, |tx, t| {
        store::licenses::list(tx, &t.id)
    })?;
    Ok(license_views(rows))
}

pub fn buy(ctx: &mut Ctx, sku_id: &str, quantity: i64) -> Result<LicenseView> {
    if !(1..=100_000).contains(&quantity) {
        return Err(Error::invalid("--quantity must be between 1 and 100000"));
    }
    let sku = sku(sku_id)?;
    let (s, target, _) = on_target(ctx, Action::LicenseBuy, Some(&sku.sku))?;
    let now = ctx.now_str();
    let rows = ctx.change(
        &s,
        Action::LicenseBuy,
        &target,
        ObjectFacts::default(),
        &sku.sku,
        |tx| {
            let before =
                store::licenses::get(tx, &target.id, &sku.sku)?.map_or(0, |r| r.valid_units);
            store::licenses::buy(tx, &target.id, &sku.sku, quantity, &now)?;
            let rows = store::licenses::list(tx, &target.id)?;
            Ok((
                rows,
                format!("valid units {before} -> {}", before + quantity),
            ))
        },
    )?;
    Ok(license_views(rows)
        .into_iter()
        .find(|l| l.sku == sku.sku)
        .expect("just bought"))
}

pub fn assign(ctx: &mut Ctx, sku_id: &str, upn: &str, assign: bool) -> Result<LicenseView> {
    let sku = sku(sku_id)?;
    let upn = model::validate_upn(upn).map_err(Error::invalid)?;
    let (s, target, _) = on_target(ctx, Action::LicenseAssign, Some(&upn))?;
    let user = ctx
        .store
        .read(|tx| store::users::find_by_upn(tx, &upn))?
        .filter(|u| u.tenant_id == target.id)
        .ok_or_else(|| Error::not_found(format!("no user {upn} in tenant {}", target.domain)))?;
    let now = ctx.now_str();
    let rows = ctx.change(
        &s,
        Action::LicenseAssign,
        &target,
        ObjectFacts::default(),
        &upn,
        |tx| {
            let sub = store::licenses::get(tx, &target.id, &sku.sku)?.ok_or_else(|| {
                Error::not_found(format!(
                "{} has no {} subscription; buy one with `partnerctl licenses buy {} --quantity N`",
                target.domain, sku.sku, sku.sku
            ))
            })?;
            let held = store::licenses::is_assigned(tx, &target.id, &sku.sku, &user.id)?;
            let summary = if assign {
                if held {
                    return Err(Error::conflict(format!("{upn} already holds {}", sku.sku)));
                }
                if !user.enabled {
                    return Err(Error::conflict(format!(
                        "{upn} is disabled; a disabled user gets no new license"
                    )));
                }
                if sub.assigned_units >= sub.valid_units {
                    return Err(Error::conflict(format!(
                        "all {} {} licenses are assigned; buy more or unassign one",
                        sub.valid_units, sku.sku
                    )));
                }
                store::licenses::assign(tx, &target.id, &sku.sku, &user.id, &now)?;
                format!("assigned {} to {upn}", sku.sku)
            } else {
                if !store::licenses::unassign(tx, &target.id, &sku.sku, &user.id)? {
                    return Err(Error::not_found(format!(
                        "{upn} holds no {} license",
                        sku.sku
                    )));
                }
                format!("unassigned {} from {upn}", sku.sku)
            };
            Ok((store::licenses::list(tx, &target.id)?, summary))
        },
    )?;
    Ok(license_views(rows)
        .into_iter()
        .find(|l| l.sku == sku.sku)
        .expect("exists"))
}

// ----- domains ----------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct DomainView {
    pub name: String,
    pub status: String,
    pub capabilities: Vec<String>,
    pub default: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub verification: Option<TxtRecord>,
}

#[derive(Debug, Serialize)]
pub struct TxtRecord {
    pub record_type: &'static str,
    pub host: String,
    pub value: String,
}

fn domain_view(d: &store::domains::DomainRow, with_code: bool) -> DomainView {
    DomainView {
        name: d.name.clone(),
        status: d.status.clone(),
        capabilities: d.capabilities.clone(),
        default: d.is_initial,
        verification: (with_code && d.status == "unverified")
            .then(|| d.verification_code.clone())
            .flatten()
            .map(|code| TxtRecord {
                record_type: "TXT",
                host: "@".to_string(),
                value: code,
            }),
    }
}

pub fn list_domains(ctx: &mut Ctx) -> Result<Vec<DomainView>> {
    let rows = read_target(ctx, Action::DomainRead, |tx, t| {
        store::domains::list(tx, &t.id)
    })?;
    Ok(rows.iter().map(|d| domain_view(d, false)).collect())
}

/// `domain.configure` on the target tenant, then the named domain of that tenant. The name is
/// validated first, so only a well-formed one is recorded.
fn configurable_domain(
    ctx: &mut Ctx,
    name: &str,
) -> Result<(Session, TenantRow, store::domains::DomainRow)> {
    let name = model::validate_domain(name).map_err(Error::invalid)?;
    let (s, target, _) = on_target(ctx, Action::DomainConfigure, Some(&name))?;
    let dom = own_domain(ctx, &target, &name)?;
    Ok((s, target, dom))
}

/// Changes one domain of the target tenant (`domain.configure`); `f` returns the summary.
fn configure_domain(
    ctx: &mut Ctx,
    s: &Session,
    target: &TenantRow,
    dom: &store::domains::DomainRow,
    f: impl FnOnce(&crate::store::Tx<'_>) -> Result<String>,
) -> Result<store::domains::DomainRow> {
    ctx.change(
        s,
        Action::DomainConfigure,
        target,
        ObjectFacts::default(),
        &dom.name,
        |tx| {
            let summary = f(tx)?;
            let row = store::domains::get(tx, &dom.name)?
                .ok_or_else(|| Error::internal("the domain vanished inside its own change"))?;
            Ok((row, summary))
        },
    )
}

/// A domain of the target tenant, or exit 5.
fn own_domain(ctx: &mut Ctx, target: &TenantRow, name: &str) -> Result<store::domains::DomainRow> {
    let name = model::validate_domain(name).map_err(Error::invalid)?;
    ctx.store
        .read(|tx| store::domains::get(tx, &name))?
        .filter(|d| d.tenant_id == target.id)
        .ok_or_else(|| Error::not_found(format!("{} has no domain {name}", target.domain)))
}

pub fn add_domain(ctx: &mut Ctx, name: &str) -> Result<DomainView> {
    let name = model::validate_domain(name).map_err(Error::invalid)?;
    let (s, target, _) = on_target(ctx, Action::DomainAdd, Some(&name))?;
    let code = format!("partnerctl-verify={}", &secrets::new_token()[..24]);
    let now = ctx.now_str();
    let row = ctx.change(
        &s,
        Action::DomainAdd,
        &target,
        ObjectFacts::default(),
        &name,
        |tx| {
            store::domains::add(tx, &target.id, &name, &code, &now)?;
            Ok((
                store::domains::get(tx, &name)?.expect("just added"),
                "added, unverified".to_string(),
            ))
        },
    )?;
    Ok(domain_view(&row, true))
}

pub fn verify_domain(ctx: &mut Ctx, name: &str, code: &str) -> Result<DomainView> {
    let (s, target, dom) = configurable_domain(ctx, name)?;
    if dom.status == "verified" {
        return Err(Error::conflict(format!("{} is already verified", dom.name)));
    }
    let expected = dom.verification_code.clone().unwrap_or_default();
    let given = code.trim();
    let given = given.strip_prefix("partnerctl-verify=").unwrap_or(given);
    let wanted = expected
        .strip_prefix("partnerctl-verify=")
        .unwrap_or(&expected);
    if given != wanted {
        return Err(Error::invalid(format!(
            "the code does not match the TXT record partnerctl gave for {}; publish `{expected}` and try again",
            dom.name
        )));
    }
    let now = ctx.now_str();
    let row = configure_domain(ctx, &s, &target, &dom, |tx| {
        store::domains::set_verified(tx, &dom.name, &now)?;
        Ok("unverified -> verified".to_string())
    })?;
    Ok(domain_view(&row, false))
}

pub fn set_capabilities(ctx: &mut Ctx, name: &str, caps: &[Capability]) -> Result<DomainView> {
    if caps.is_empty() {
        return Err(Error::invalid(
            "give at least one --capability (email, sharepoint, teams, intune)",
        ));
    }
    let (s, target, dom) = configurable_domain(ctx, name)?;
    if dom.status != "verified" {
        return Err(Error::conflict(format!(
            "{} is not verified; verify it first with `partnerctl domains verify {} --code CODE`",
            dom.name, dom.name
        )));
    }
    let mut caps: Vec<String> = caps.iter().map(|c| c.id().to_string()).collect();
    caps.sort();
    caps.dedup();
    let row = configure_domain(ctx, &s, &target, &dom, |tx| {
        store::domains::set_capabilities(tx, &dom.name, &caps)?;
        Ok(format!(
            "capabilities [{}] -> [{}]",
            dom.capabilities.join(","),
            caps.join(",")
        ))
    })?;
    Ok(domain_view(&row, false))
}

pub fn remove_domain(ctx: &mut Ctx, name: &str) -> Result<DomainView> {
    let (s, target, dom) = configurable_domain(ctx, name)?;
    if dom.is_initial {
        return Err(Error::conflict(format!(
            "{} is the tenant's initial domain; it cannot be removed",
            dom.name
        )));
    }
    let row = ctx.change(
        &s,
        Action::DomainConfigure,
        &target,
        ObjectFacts::default(),
        &dom.name,
        |tx| {
            let users = store::domains::users_in(tx, &dom.name)?;
            if users > 0 {
                return Err(Error::conflict(format!(
                    "{} is used by {users} user(s)' UPN; move or remove them first",
                    dom.name
                )));
            }
            store::domains::remove(tx, &dom.name)?;
            Ok((dom.clone(), "removed".to_string()))
        },
    )?;
    Ok(domain_view(&row, false))
}

// ----- service health ---------------------------------------------------------------------

#[derive(Debug, Clone, Serialize)]
pub struct HealthView {
    pub service: Service,
    pub status: HealthStatus,
    pub message: Option<String>,
    pub updated_at: Option<String>,
    /// `tenant` when a tenant-specific status overrides the global one.
    pub scope: &'static str,
}

/// The effective status of every service for one tenant: its own override, else the global
/// status, else operational.
pub fn effective_health(rows: &[store::health::HealthRow], tenant_id: &str) -> Vec<HealthView> {
    Service::ALL
        .iter()
        .map(|svc| {
            let find = |tenant: Option<&str>| {
                rows.iter()
                    .find(|r| r.service == svc.id() && r.tenant_id.as_deref() == tenant)
            };
            match find(Some(tenant_id))
                .map(|r| (r, "tenant"))
                .or(find(None).map(|r| (r, "global")))
            {
                Some((r, scope)) => HealthView {
                    service: *svc,
                    status: r.status.parse().unwrap_or(HealthStatus::Operational),
                    message: r.message.clone(),
                    updated_at: Some(r.updated_at.clone()),
                    scope,
                },
                None => HealthView {
                    service: *svc,
                    status: HealthStatus::Operational,
                    message: None,
                    updated_at: None,
                    scope: "default",
                },
            }
        })
        .collect()
}

pub fn health(ctx: &mut Ctx) -> Result<Vec<HealthView>> {
    read_target(ctx, Action::HealthRead, |tx, t| {
        Ok(effective_health(
            &store::health::for_tenant(tx, &t.id)?,
            &t.id,
        ))
    })
}

#[derive(Debug, Serialize)]
pub struct HealthSet {
    pub service: Service,
    pub status: HealthStatus,
    pub message: Option<String>,
    /// The tenant's domain, or null for every tenant.
    pub tenant: Option<String>,
    pub dry_run: bool,
}

pub fn set_health(
    ctx: &mut Ctx,
    service: Service,
    status: HealthStatus,
    message: Option<&str>,
) -> Result<HealthSet> {
    let message = message
        .map(|m| model::validate_text("--message", m))
        .transpose()
        .map_err(Error::invalid)?;
    let s = ctx.session()?;
    // No --tenant: the status applies to every tenant, published in the operator's own.
    let scoped = ctx.opts.tenant.is_some();
    let target = ctx.target(&s)?;
    ctx.authorize(
        &s,
        Action::HealthPublish,
        &target,
        ObjectFacts::default(),
        Some(service.id()),
    )?;
    let now = ctx.now_str();
    let by = s.principal.upn.clone();
    let tenant_id = scoped.then(|| target.id.clone());
    ctx.change(
        &s,
        Action::HealthPublish,
        &target,
        ObjectFacts::default(),
        service.id(),
        |tx| {
            store::health::set(
                tx,
                service.id(),
                tenant_id.as_deref(),
                status.id(),
                message.as_deref(),
                &now,
                &by,
            )?;
            let scope = if scoped {
                target.domain.as_str()
            } else {
                "all tenants"
            };
            Ok(((), format!("{service} {status} for {scope}")))
        },
    )?;
    Ok(HealthSet {
        service,
        status,
        message,
        tenant: scoped.then(|| target.domain.clone()),
        dry_run: ctx.opts.dry_run,
    })
}

// ----- service requests -------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct CommentView {
    pub author: String,
    pub message: String,
    pub created_at: String,
}

#[derive(Debug, Serialize)]
pub struct RequestView {
    pub number: String,
    pub title: String,
    pub description: Option<String>,
    pub severity: i64,
    pub status: String,
    pub created_by: String,
    /// The partner the agent acted for, when a partner agent opened it.
    pub on_behalf_of: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<CommentView>>,
}

pub fn request_view(r: &store::requests::RequestRow) -> RequestView {
    RequestView {
        number: request_ref(r.number),
        title: r.title.clone(),
        description: r.description.clone(),
        severity: r.severity,
        status: r.status.clone(),
        created_by: r.created_by.clone(),
        on_behalf_of: r.partner_domain.clone(),
        created_at: r.created_at.clone(),
        updated_at: r.updated_at.clone(),
        comments: None,
    }
}

pub fn list_requests(ctx: &mut Ctx, status: Option<RequestStatus>) -> Result<Vec<RequestView>> {
    let rows = read_target(ctx, Action::ServiceRequestRead, |tx, t| {
        store::requests::list(tx, &t.id)
    })?;
    Ok(rows
        .iter()
        .filter(|r| status.is_none_or(|s| r.status == s.id()))
        .map(request_view)
        .collect())
}

/// A request of the target tenant, or exit 5 (other tenants' requests are invisible).
fn own_request(
    ctx: &mut Ctx,
    target: &TenantRow,
    number: &str,
) -> Result<store::requests::RequestRow> {
    let n = parse_request_ref(number).map_err(Error::invalid)?;
    ctx.store
        .read(|tx| store::requests::get(tx, n))?
        .filter(|r| r.tenant_id == target.id)
        .ok_or_else(|| {
            Error::not_found(format!(
                "{} has no service request {}",
                target.domain,
                request_ref(n)
            ))
        })
}

pub fn show_request(ctx: &mut Ctx, number: &str) -> Result<RequestView> {
    // Checked before anything is recorded: the audit trail holds the canonical form only.
    let number = request_ref(parse_request_ref(number).map_err(Error::invalid)?);
    let number = number.as_str();
    let (_, target, _) = on_target(ctx, Action::ServiceRequestRead, Some(number))?;
    let r = own_request(ctx, &target, number)?;
    let comments = ctx
        .store
        .read(|tx| store::requests::comments(tx, r.number))?;
    let mut v = request_view(&r);
    v.comments = Some(
        comments
            .into_iter()
            .map(|c| CommentView {
                author: c.author,
                message: c.body,
                created_at: c.created_at,
            })
            .collect(),
    );
    Ok(v)
}

pub struct NewRequestInput {
    pub title: String,
    pub description: Option<String>,
    pub severity: i64,
}

pub fn create_request(ctx: &mut Ctx, input: &NewRequestInput) -> Result<RequestView> {
    let title = model::validate_name("--title", &input.title).map_err(Error::invalid)?;
    let description = input
        .description
        .as_deref()
        .map(|d| model::validate_text("--description", d))
        .transpose()
        .map_err(Error::invalid)?;
    if !(1..=4).contains(&input.severity) {
        return Err(Error::invalid("--severity must be 1 (critical) to 4 (low)"));
    }
    let (s, target, _) = on_target(ctx, Action::ServiceRequestCreate, Some(&title))?;
    let now = ctx.now_str();
    let on_behalf = (s.principal.tenant_id != target.id).then(|| s.principal.tenant_id.clone());
    let row = ctx.change(
        &s,
        Action::ServiceRequestCreate,
        &target,
        ObjectFacts::default(),
        "service-request",
        |tx| {
            let n = store::requests::insert(
                tx,
                &store::requests::NewRequest {
                    tenant_id: &target.id,
                    title: &title,
                    description: description.as_deref(),
                    severity: input.severity,
                    created_by: &s.principal.upn,
                    on_behalf_of: on_behalf.as_deref(),
                    now: &now,
                },
            )?;
            let row = store::requests::get(tx, n)?.expect("just inserted");
            Ok((
                row,
                format!(
                    "opened {} severity {}: {title}",
                    request_ref(n),
                    input.severity
                ),
            ))
        },
    )?;
    Ok(request_view(&row))
}

pub fn comment_request(ctx: &mut Ctx, number: &str, message: &str) -> Result<RequestView> {
    // Checked before anything is recorded: the audit trail holds the canonical form only.
    let number = request_ref(parse_request_ref(number).map_err(Error::invalid)?);
    let number = number.as_str();
    let message = model::validate_text("--message", message).map_err(Error::invalid)?;
    let (s, target, _) = on_target(ctx, Action::ServiceRequestUpdate, Some(number))?;
    let r = own_request(ctx, &target, number)?;
    let now = ctx.now_str();
    let row = ctx.change(
        &s,
        Action::ServiceRequestUpdate,
        &target,
        ObjectFacts::default(),
        &request_ref(r.number),
        |tx| {
            store::requests::add_comment(
                tx,
                r.number,
                &s.principal.upn,
                &s.principal.tenant_id,
                &message,
                &now,
            )?;
            Ok((
                store::requests::get(tx, r.number)?.expect("exists"),
                "comment added".to_string(),
            ))
        },
    )?;
    Ok(request_view(&row))
}

pub fn set_request_status(
    ctx: &mut Ctx,
    number: &str,
    status: RequestStatus,
) -> Result<RequestView> {
    // Checked before anything is recorded: the audit trail holds the canonical form only.
    let number = request_ref(parse_request_ref(number).map_err(Error::invalid)?);
    let number = number.as_str();
    let s = ctx.session()?;
    let target = ctx.target(&s)?;
    // Closing and reopening are the tenant's; moving a request through the support desk's
    // states is the operator's (decided by the core).
    let object = ObjectFacts {
        sets_support_status: matches!(status, RequestStatus::InProgress | RequestStatus::Resolved),
        ..ObjectFacts::default()
    };
    ctx.authorize(
        &s,
        Action::ServiceRequestUpdate,
        &target,
        object.clone(),
        Some(number),
    )?;
    let r = own_request(ctx, &target, number)?;
    if r.status == status.id() {
        return Err(Error::conflict(format!(
            "{} is already {status}",
            request_ref(r.number)
        )));
    }
    let now = ctx.now_str();
    let row = ctx.change(
        &s,
        Action::ServiceRequestUpdate,
        &target,
        object,
        &request_ref(r.number),
        |tx| {
            store::requests::set_status(tx, r.number, status.id(), &now)?;
            Ok((
                store::requests::get(tx, r.number)?.expect("exists"),
                format!("status {} -> {status}", r.status),
            ))
        },
    )?;
    Ok(request_view(&row))
}
