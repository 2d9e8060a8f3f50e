//! Service health: the effective status of every service for a tenant, and publishing one.

use serde::Serialize;

use super::{Ctx, Scope};
use crate::authz::Action;
use crate::error::Result;
use crate::model::{self, HealthStatus, Service};
use crate::store;

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
    let op = ctx.locate(Scope::Target)?;
    ctx.view(&op.session, Action::HealthRead, &op.tenant, None, |tx| {
        Ok(effective_health(
            &store::health::for_tenant(tx, &op.tenant.id)?,
            &op.tenant.id,
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
        .transpose()?;
    // No --tenant: the status applies to every tenant, published in the operator's own.
    let scoped = ctx.opts.tenant.is_some();
    let op = ctx.begin(Scope::Target, Action::HealthPublish, Some(service.id()))?;
    let target = &op.tenant;
    let now = ctx.now_str();
    let by = op.session.principal.upn.clone();
    let tenant_id = scoped.then(|| target.id.clone());
    ctx.change(
        &op.session,
        Action::HealthPublish,
        target,
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
