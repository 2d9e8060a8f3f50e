//! `can`: the permission core's decision, with its reason and path, for the caller or for
//! another user.

use serde::Serialize;

use super::{load_facts, Ctx};
use crate::authz::{self, Action, Decision, ObjectFacts, Via};
use crate::error::{Error, Result};
use crate::model;

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
    let s = ctx.session()?;
    let target = ctx.target(&s)?;
    let now = ctx.clock.now();
    let (principal, upn) = match user {
        None => (s.principal.clone(), s.principal.upn.clone()),
        Some(upn) => {
            let upn = model::validate_upn(upn).map_err(Error::invalid)?;
            let (p, home) = ctx
                .store
                .read(|tx| super::tenants::principal_for_upn(tx, &upn))?
                .ok_or_else(|| Error::not_found(format!("no user {upn}")))?;
            // Checking another user is for that user's admins: those who may read its users.
            if p.user_id != s.principal.user_id {
                ctx.authorize(
                    &s,
                    Action::UserRead,
                    &home,
                    ObjectFacts::default(),
                    Some(&upn),
                )?;
            }
            (p, upn)
        }
    };
    let facts = ctx
        .store
        .read(|tx| load_facts(tx, &principal, &target, ObjectFacts::default(), now))?;
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
