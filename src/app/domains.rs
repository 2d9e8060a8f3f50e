//! A tenant's domains: adding, verifying by TXT record, capabilities, removal.

use serde::Serialize;

use super::{secrets, Ctx, Op, Scope};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, Capability, DomainStatus};
use crate::store::{self, domains::DomainRow, Tx};

#[derive(Debug, Serialize)]
pub struct DomainView {
    pub name: String,
    pub status: DomainStatus,
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

fn domain_view(d: &DomainRow, with_code: bool) -> DomainView {
    DomainView {
        name: d.name.clone(),
        status: d.status,
        capabilities: d.capabilities.clone(),
        default: d.is_initial,
        verification: (with_code && d.status == DomainStatus::Unverified)
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
    let op = ctx.locate(Scope::Target)?;
    let rows = ctx.view(&op.session, Action::DomainRead, &op.tenant, None, |tx| {
        store::domains::list(tx, &op.tenant.id)
    })?;
    Ok(rows.iter().map(|d| domain_view(d, false)).collect())
}

/// `domain.configure` on the target tenant, then the named domain of that tenant (exit 5 when
/// the tenant has no such domain). The name is validated first, so only a well-formed one is
/// recorded.
fn configurable_domain(ctx: &mut Ctx, name: &str) -> Result<(Op, DomainRow)> {
    let name = model::validate_domain(name)?;
    let op = ctx.begin(Scope::Target, Action::DomainConfigure, Some(&name))?;
    let dom = ctx
        .store
        .read(|tx| store::domains::get(tx, &name))?
        .filter(|d| d.tenant_id == op.tenant.id)
        .ok_or_else(|| Error::not_found(format!("{} has no domain {name}", op.tenant.domain)))?;
    Ok((op, dom))
}

/// Changes one domain of the target tenant (`domain.configure`); `f` returns the domain as
/// the change leaves it and the summary.
fn configure_domain(
    ctx: &mut Ctx,
    op: &Op,
    dom: &DomainRow,
    f: impl FnOnce(&Tx<'_>) -> Result<(DomainRow, String)>,
) -> Result<DomainRow> {
    ctx.change(
        &op.session,
        Action::DomainConfigure,
        &op.tenant,
        &dom.name,
        f,
    )
}

/// A domain removed between its lookup and its change.
fn gone(op: &Op, dom: &DomainRow) -> Error {
    Error::not_found(format!("{} has no domain {}", op.tenant.domain, dom.name))
}

pub fn add_domain(ctx: &mut Ctx, name: &str) -> Result<DomainView> {
    let name = model::validate_domain(name)?;
    let op = ctx.begin(Scope::Target, Action::DomainAdd, Some(&name))?;
    let code = format!("partnerctl-verify={}", &secrets::new_token()[..24]);
    let now = ctx.now_str();
    let row = ctx.change(&op.session, Action::DomainAdd, &op.tenant, &name, |tx| {
        let row = store::domains::add(tx, &op.tenant.id, &name, &code, &now)?;
        Ok((row, "added, unverified".to_string()))
    })?;
    Ok(domain_view(&row, true))
}

pub fn verify_domain(ctx: &mut Ctx, name: &str, code: &str) -> Result<DomainView> {
    let (op, dom) = configurable_domain(ctx, name)?;
    if dom.status == DomainStatus::Verified {
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
    let row = configure_domain(ctx, &op, &dom, |tx| {
        let row =
            store::domains::set_verified(tx, &dom.name, &now)?.ok_or_else(|| gone(&op, &dom))?;
        Ok((row, "unverified -> verified".to_string()))
    })?;
    Ok(domain_view(&row, false))
}

pub fn set_capabilities(ctx: &mut Ctx, name: &str, caps: &[Capability]) -> Result<DomainView> {
    if caps.is_empty() {
        return Err(Error::invalid(
            "give at least one --capability (email, sharepoint, teams, intune)",
        ));
    }
    let (op, dom) = configurable_domain(ctx, name)?;
    if dom.status != DomainStatus::Verified {
        return Err(Error::conflict(format!(
            "{} is not verified; verify it first with `partnerctl domains verify {} --code CODE`",
            dom.name, dom.name
        )));
    }
    let mut caps: Vec<String> = caps.iter().map(|c| c.id().to_string()).collect();
    caps.sort();
    caps.dedup();
    let row = configure_domain(ctx, &op, &dom, |tx| {
        let row = store::domains::set_capabilities(tx, &dom.name, &caps)?
            .ok_or_else(|| gone(&op, &dom))?;
        let summary = format!(
            "capabilities [{}] -> [{}]",
            dom.capabilities.join(","),
            caps.join(",")
        );
        Ok((row, summary))
    })?;
    Ok(domain_view(&row, false))
}

pub fn remove_domain(ctx: &mut Ctx, name: &str) -> Result<DomainView> {
    let (op, dom) = configurable_domain(ctx, name)?;
    if dom.is_initial {
        return Err(Error::conflict(format!(
            "{} is the tenant's initial domain; it cannot be removed",
            dom.name
        )));
    }
    let row = configure_domain(ctx, &op, &dom, |tx| {
        let users = store::domains::users_in(tx, &dom.name)?;
        if users > 0 {
            return Err(Error::conflict(format!(
                "{} is used by {users} user(s)' UPN; move or remove them first",
                dom.name
            )));
        }
        store::domains::remove(tx, &dom.name)?;
        Ok((dom.clone(), "removed".to_string()))
    })?;
    Ok(domain_view(&row, false))
}
