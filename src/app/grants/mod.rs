//! Agent roles of a partner's users: `grants list`, `add` and `remove` (and `add --from-csv`
//! in `from_csv`).

pub mod from_csv;

use serde::Serialize;

use super::{find_tenant, Ctx, Scope, Session};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, AgentRole};
use crate::store::{self, grants::GrantRow, tenants::TenantRow, users::UserRow, Tx};

#[derive(Debug, Serialize)]
pub struct GrantView {
    pub id: Option<String>,
    pub upn: String,
    pub role: AgentRole,
    /// The customer's domain, or null for all customers.
    pub customer: Option<String>,
    pub implicit: bool,
    pub created_by: Option<String>,
    pub created_at: Option<String>,
}

/// A change to how the partner administers its own agents (grants, groups, relationship
/// templates, access assignments): `grant.manage` in its own tenant `home`, decided in the
/// one transaction that makes the change `f` and its audit entry (see [`Ctx::change`]).
pub(crate) fn manage<T>(
    ctx: &mut Ctx,
    s: &Session,
    home: &TenantRow,
    name: &str,
    f: impl FnOnce(&Tx<'_>) -> Result<(T, String)>,
) -> Result<T> {
    ctx.change(s, Action::GrantManage, home, name, f)
}

/// The agent roles of the partner's users: the implicit ones of its global admins, and the
/// granted ones.
pub fn list(ctx: &mut Ctx) -> Result<Vec<GrantView>> {
    let (s, home) = ctx.locate(Scope::Home("grants list"))?.parts();
    ctx.view(&s, Action::GrantRead, &home, None, |tx| {
        let mut out = Vec::new();
        for u in store::users::list(tx, &home.id)? {
            // As the core sees it: the implicit roles come from `authz`, not from here.
            let principal = crate::app::sessions::principal_of(&u, &home);
            for role in crate::authz::implicit_agent_roles(&principal) {
                out.push(GrantView {
                    id: None,
                    upn: u.upn.clone(),
                    role: *role,
                    customer: None,
                    implicit: true,
                    created_by: None,
                    created_at: None,
                });
            }
        }
        out.extend(
            store::grants::of_partner(tx, &home.id)?
                .into_iter()
                .map(grant_view),
        );
        out.sort_by(|a, b| {
            (&a.upn, a.role, &a.customer, !a.implicit).cmp(&(
                &b.upn,
                b.role,
                &b.customer,
                !b.implicit,
            ))
        });
        Ok(out)
    })
}

pub struct GrantInput {
    pub upn: String,
    pub role: AgentRole,
    pub customer: Option<String>,
}

/// The user a grant is for (of the partner's own tenant) and its customer (another tenant),
/// or all customers.
fn grantee(
    tx: &Tx<'_>,
    home: &TenantRow,
    upn: &str,
    customer: Option<&str>,
) -> Result<(UserRow, Option<TenantRow>)> {
    let user = store::users::find_by_upn(tx, upn)?
        .filter(|u| u.tenant_id == home.id)
        .ok_or_else(|| Error::not_found(format!("no user {upn} in {}", home.domain)))?;
    let customer = customer.map(|c| find_tenant(tx, c)).transpose()?;
    if customer.as_ref().is_some_and(|c| c.id == home.id) {
        return Err(Error::invalid(
            "--customer names your own tenant; agent roles are for customer tenants",
        ));
    }
    Ok((user, customer))
}

/// Inserts one grant; returns it and the audit summary, or `None` (nothing written) when
/// the user already holds it.
pub(crate) fn insert_new(
    tx: &Tx<'_>,
    home: &TenantRow,
    user: &UserRow,
    role: AgentRole,
    customer: Option<&TenantRow>,
    by: &str,
    now: &str,
) -> Result<Option<(GrantRow, String)>> {
    let row = store::grants::insert_new(tx, &new_grant(home, user, role, customer, by, now))?;
    Ok(row.map(|row| (row, summary(user, role, customer))))
}

/// Inserts grants as [`insert_new`] does each, a few hundred per statement (a bulk run);
/// `done` hears how many more are written as they go. Returns each written grant's id and
/// audit summary (`None`: the user already held it).
pub(crate) fn insert_each(
    tx: &Tx<'_>,
    home: &TenantRow,
    grants: &[(&UserRow, AgentRole, Option<&TenantRow>)],
    by: &str,
    now: &str,
    done: impl FnMut(usize),
) -> Result<Vec<Option<(String, String)>>> {
    let new: Vec<store::grants::NewGrant<'_>> = grants
        .iter()
        .map(|(user, role, customer)| new_grant(home, user, *role, *customer, by, now))
        .collect();
    let ids = store::grants::insert_many(tx, &new, done)?;
    Ok(ids
        .into_iter()
        .zip(grants)
        .map(|(id, (user, role, customer))| id.map(|id| (id, summary(user, *role, *customer))))
        .collect())
}

/// The row of a grant of `role` to `user` for `customer` (all customers: `None`).
fn new_grant<'a>(
    home: &'a TenantRow,
    user: &'a UserRow,
    role: AgentRole,
    customer: Option<&'a TenantRow>,
    by: &'a str,
    now: &'a str,
) -> store::grants::NewGrant<'a> {
    store::grants::NewGrant {
        partner_tenant_id: &home.id,
        user_id: &user.id,
        upn: &user.upn,
        role,
        customer_tenant_id: customer.map(|c| c.id.as_str()),
        customer_domain: customer.map(|c| c.domain.as_str()),
        created_by: by,
        created_at: now,
    }
}

/// The summary of a grant's audit entry.
fn summary(user: &UserRow, role: AgentRole, customer: Option<&TenantRow>) -> String {
    let scope = customer.map_or("all customers", |c| c.domain.as_str());
    format!("granted {role} to {} for {scope}", user.upn)
}

/// `grant.manage` in the caller's partner tenant, then the named user (of that tenant) and
/// customer (another tenant).
fn start(
    ctx: &mut Ctx,
    input: &GrantInput,
) -> Result<(Session, TenantRow, UserRow, Option<TenantRow>)> {
    let upn = model::validate_upn(&input.upn)?;
    let (s, home) = ctx.begin_home("grants", Action::GrantManage, Some(&upn))?;
    let (user, customer) = ctx
        .store
        .read(|tx| grantee(tx, &home, &upn, input.customer.as_deref()))?;
    Ok((s, home, user, customer))
}

pub fn add(ctx: &mut Ctx, input: &GrantInput) -> Result<GrantView> {
    let (s, home, user, customer) = start(ctx, input)?;
    let now = ctx.now_str();
    let by = s.principal.upn.clone();
    let row = manage(ctx, &s, &home, &user.upn, |tx| {
        insert_new(tx, &home, &user, input.role, customer.as_ref(), &by, &now)?.ok_or_else(|| {
            Error::conflict(format!(
                "{} already holds {} for that scope",
                user.upn, input.role
            ))
        })
    })?;
    Ok(grant_view(row))
}

pub fn remove(ctx: &mut Ctx, input: &GrantInput) -> Result<GrantView> {
    let (s, home, user, customer) = start(ctx, input)?;
    let scope = customer
        .as_ref()
        .map_or("all customers", |c| c.domain.as_str());
    let g = ctx
        .store
        .read(|tx| {
            store::grants::find(
                tx,
                &user.id,
                input.role,
                customer.as_ref().map(|c| c.id.as_str()),
            )
        })?
        .ok_or_else(|| {
            Error::not_found(format!(
                "{} holds no {} grant for {scope}",
                user.upn, input.role
            ))
        })?;
    manage(ctx, &s, &home, &user.upn, |tx| {
        store::grants::delete(tx, &g.id)?;
        Ok((
            (),
            format!("removed {} from {} for {scope}", input.role, user.upn),
        ))
    })?;
    Ok(grant_view(g))
}

/// A stored grant as shown.
fn grant_view(g: GrantRow) -> GrantView {
    GrantView {
        id: Some(g.id),
        upn: g.upn,
        role: g.role,
        customer: g.customer_domain,
        implicit: false,
        created_by: Some(g.created_by),
        created_at: Some(g.created_at),
    }
}
