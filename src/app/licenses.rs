//! Licenses: the SKU catalogue, a tenant's subscriptions, purchases and assignments.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Ctx, Scope};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, catalogue, Sku};
use crate::store::{self, licenses::SubscriptionRow};

pub fn list_catalogue() -> Result<Vec<Sku>> {
    catalogue().map_err(Error::internal)
}

fn sku(id: &str) -> Result<Sku> {
    list_catalogue()?
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

/// The catalogue's display name of every SKU (a SKU no longer sold keeps its id as its name).
fn sku_names() -> Result<BTreeMap<String, String>> {
    Ok(list_catalogue()?
        .into_iter()
        .map(|s| (s.sku, s.name))
        .collect())
}

fn license_view(names: &BTreeMap<String, String>, r: SubscriptionRow) -> LicenseView {
    LicenseView {
        name: names.get(&r.sku).cloned().unwrap_or_else(|| r.sku.clone()),
        available: (r.valid_units - r.assigned_units).max(0),
        sku: r.sku,
        valid: r.valid_units,
        assigned: r.assigned_units,
        status: r.status,
    }
}

pub fn list_licenses(ctx: &mut Ctx) -> Result<Vec<LicenseView>> {
    let op = ctx.locate(Scope::Target)?;
    let rows = ctx.view(&op.session, Action::LicenseRead, &op.tenant, None, |tx| {
        store::licenses::list(tx, &op.tenant.id)
    })?;
    let names = sku_names()?;
    Ok(rows.into_iter().map(|r| license_view(&names, r)).collect())
}

pub fn buy(ctx: &mut Ctx, sku_id: &str, quantity: i64) -> Result<LicenseView> {
    if !(1..=100_000).contains(&quantity) {
        return Err(Error::invalid("--quantity must be between 1 and 100000"));
    }
    let sku = sku(sku_id)?;
    let op = ctx.begin(Scope::Target, Action::LicenseBuy, Some(&sku.sku))?;
    let target = &op.tenant;
    let now = ctx.now_str();
    let row = ctx.change(&op.session, Action::LicenseBuy, target, &sku.sku, |tx| {
        let row = store::licenses::buy(tx, &target.id, &sku.sku, quantity, &now)?;
        let before = row.valid_units - quantity;
        Ok((
            row,
            format!("valid units {before} -> {}", before + quantity),
        ))
    })?;
    Ok(license_view(&sku_names()?, row))
}

pub fn assign(ctx: &mut Ctx, sku_id: &str, upn: &str, assign: bool) -> Result<LicenseView> {
    let sku = sku(sku_id)?;
    let upn = model::validate_upn(upn)?;
    let op = ctx.begin(Scope::Target, Action::LicenseAssign, Some(&upn))?;
    let target = &op.tenant;
    let user = ctx
        .store
        .read(|tx| store::users::find_by_upn(tx, &upn))?
        .filter(|u| u.tenant_id == target.id)
        .ok_or_else(|| Error::not_found(format!("no user {upn} in tenant {}", target.domain)))?;
    let now = ctx.now_str();
    let row = ctx.change(&op.session, Action::LicenseAssign, target, &upn, |tx| {
        let sub = store::licenses::get(tx, &target.id, &sku.sku)?.ok_or_else(|| {
            Error::not_found(format!(
                "{} has no {} subscription; buy one with `partnerctl licenses buy {} --quantity N`",
                target.domain, sku.sku, sku.sku
            ))
        })?;
        let held = store::licenses::is_assigned(tx, &target.id, &sku.sku, &user.id)?;
        if assign {
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
            // The subscription as the assignment leaves it, in this same transaction.
            let after = SubscriptionRow {
                assigned_units: sub.assigned_units + 1,
                ..sub
            };
            Ok((after, format!("assigned {} to {upn}", sku.sku)))
        } else {
            if !store::licenses::unassign(tx, &target.id, &sku.sku, &user.id)? {
                return Err(Error::not_found(format!(
                    "{upn} holds no {} license",
                    sku.sku
                )));
            }
            let after = SubscriptionRow {
                assigned_units: sub.assigned_units - 1,
                ..sub
            };
            Ok((after, format!("unassigned {} from {upn}", sku.sku)))
        }
    })?;
    Ok(license_view(&sku_names()?, row))
}
