//! `can`: the permission core's decision, with its reason and path, for the caller or for
//! another user; `access` (who can do what) in `agents.rs`.

mod agents;
mod shapes;

pub use agents::{access, AccessHead, AgentAccess, CustomerAccess};

use serde::Serialize;

use super::{facts, Ctx, Scope};
use crate::authz::{self, Action, Decision, ObjectFacts, Via};
use crate::error::{Error, Result};
use crate::model;
use crate::store::{self, tenants::TenantRow};

#[derive(Debug, Serialize)]
pub struct CanView {
    pub allowed: bool,
    pub action: Action,
    pub tenant: String,
    pub user: String,
    pub reason: String,
    pub explanation: String,
    pub via: Via,
}

pub fn can(ctx: &mut Ctx, action: &str, user: Option<&str>) -> Result<CanView> {
    let action: Action = action.parse().map_err(Error::invalid)?;
    let (s, target) = ctx.locate(Scope::Target)?.parts();
    let now = ctx.clock.now();
    let (principal, upn) = match user {
        None => (s.principal.clone(), s.principal.upn.clone()),
        Some(upn) => {
            let upn = model::validate_upn(upn)?;
            let Some((p, home)) = ctx
                .store
                .read(|tx| super::tenants::principal_for_upn(tx, &upn))?
            else {
                return Err(no_such_user(ctx, &s, &target, &upn));
            };
            // Checking another user is for that user's admins (those who may read its users),
            // and for the admins of the tenant asked about when the user is one of its
            // partners' users: a customer reviews who can act in it.
            if p.user_id != s.principal.user_id
                && !ctx
                    .peek(&s, Action::UserRead, &home, ObjectFacts::default())?
                    .allowed
            {
                let partner_of_target = home.id != target.id
                    && ctx.store.read(|tx| {
                        Ok(!store::relationships::between(tx, &home.id, &target.id)?.is_empty())
                    })?;
                let (action, over) = if partner_of_target {
                    (Action::PartnerRead, &target)
                } else {
                    (Action::UserRead, &home)
                };
                ctx.authorize(&s, action, over, ObjectFacts::default(), Some(&upn))?;
            }
            (p, upn)
        }
    };
    let facts = ctx
        .store
        .read(|tx| facts::load(tx, &principal, &target, ObjectFacts::default(), now))?;
    let d: Decision = authz::decide(Some(&principal), action, &facts);
    Ok(CanView {
        allowed: d.allowed,
        action,
        tenant: target.domain,
        user: upn,
        reason: d.reason.id().to_string(),
        explanation: d.explain(),
        via: d.via,
    })
}

/// `can --user` for a UPN that does not exist. Whoever may check the users of the tenant
/// holding that UPN's domain (or of a partner of the tenant asked about) learns that there is
/// no such user (exit 5); anyone else gets the denial they would get for a user that exists
/// there (exit 4, same message), so `can` tells nobody which accounts exist elsewhere.
fn no_such_user(ctx: &mut Ctx, s: &super::Session, target: &TenantRow, upn: &str) -> Error {
    let missing = || Error::not_found(format!("no user {upn}"));
    let domain = model::domain_of_upn(upn).to_string();
    let home = match ctx.store.read(|tx| {
        store::tenants::verified_domain_owner(tx, &domain)?
            .map(|id| store::tenants::by_id(tx, &id))
            .transpose()
    }) {
        Ok(Some(t)) => t,
        Ok(None) => match ctx.tenant_named(s, "--user", &domain) {
            Ok(t) => t,
            Err(e) if e.kind == crate::error::ErrorKind::NotFound => return missing(),
            Err(e) => return e,
        },
        Err(e) => return e,
    };
    if !home.id.is_empty() {
        match ctx.peek(s, Action::UserRead, &home, ObjectFacts::default()) {
            Ok(d) if d.allowed => return missing(),
            Ok(_) => {}
            Err(e) => return e,
        }
        let partner_of_target = home.id != target.id
            && ctx
                .store
                .read(|tx| Ok(!store::relationships::between(tx, &home.id, &target.id)?.is_empty()))
                .unwrap_or(false);
        if partner_of_target {
            return missing();
        }
    }
    match ctx.authorize(
        s,
        Action::UserRead,
        &home,
        ObjectFacts::default(),
        Some(upn),
    ) {
        Ok(_) => missing(),
        Err(e) => e,
    }
}
