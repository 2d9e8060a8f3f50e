//! Directory users and their roles.

use std::collections::BTreeSet;

use serde::Serialize;

use super::sessions::{self, required_password};
use super::{Ctx, Op, Scope};
use crate::authz::{Action, ObjectFacts};
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole};
use crate::store::{self, users::UserRow, Tx};

#[derive(Debug, Serialize)]
pub struct UserView {
    pub id: String,
    pub upn: String,
    pub name: String,
    pub enabled: bool,
    pub can_sign_in: bool,
    pub roles: Vec<DirectoryRole>,
    pub created_at: String,
}

pub fn view(u: &UserRow) -> UserView {
    UserView {
        id: u.id.clone(),
        upn: u.upn.clone(),
        name: u.display_name.clone(),
        enabled: u.enabled,
        can_sign_in: u.enabled && u.has_password,
        roles: u.roles.iter().copied().collect(),
        created_at: u.created_at.clone(),
    }
}

pub fn list(ctx: &mut Ctx) -> Result<Vec<UserView>> {
    let op = ctx.locate(Scope::Target)?;
    let users = ctx.view(&op.session, Action::UserRead, &op.tenant, None, |tx| {
        store::users::list(tx, &op.tenant.id)
    })?;
    Ok(users.iter().map(view).collect())
}

/// A user of the target tenant that a change is aimed at, with the action the change takes.
struct Aimed {
    op: Op,
    user: UserRow,
    action: Action,
}

impl Aimed {
    /// The named user of the target tenant, once the core allows `action` on it (exit 5 when
    /// the tenant has no such user: users of other tenants are invisible here).
    fn find(ctx: &mut Ctx, action: Action, upn: &str) -> Result<Aimed> {
        let op = ctx.locate(Scope::Target)?;
        let upn = model::validate_upn(upn)?;
        // Looked up before deciding (the core weighs the user's roles), reported after: a
        // caller who may not act here learns nothing about who exists.
        let user = ctx
            .store
            .read(|tx| store::users::find_by_upn(tx, &upn))?
            .filter(|u| u.tenant_id == op.tenant.id);
        let object = aimed_at(user.as_ref().map(|u| u.roles.clone()));
        ctx.authorize(&op.session, action, &op.tenant, object, Some(&upn))?;
        let user = user.ok_or_else(|| no_user(&op, &upn))?;
        Ok(Aimed { op, user, action })
    }

    /// Runs the change `f` (see [`Ctx::change_with`]), the core weighing the user's roles as
    /// they are at the moment of the change.
    fn change<T>(
        &self,
        ctx: &mut Ctx,
        f: impl FnOnce(&Tx<'_>) -> Result<(T, String)>,
    ) -> Result<T> {
        let (op, user) = (&self.op, &self.user);
        ctx.change_with(
            &op.session,
            self.action,
            &op.tenant,
            roles_of(user),
            &user.upn,
            f,
        )
    }
}

fn no_user(op: &Op, upn: &str) -> Error {
    Error::not_found(format!("no user {upn} in tenant {}", op.tenant.domain))
}

/// The roles of the user a change is aimed at, read inside the change's transaction: the core
/// weighs them as they are at the moment of the change.
fn roles_of(user: &UserRow) -> impl FnOnce(&Tx<'_>) -> Result<ObjectFacts> {
    let id = user.id.clone();
    move |tx| Ok(aimed_at(store::users::by_id(tx, &id)?.map(|u| u.roles)))
}

/// The core's facts about a change aimed at a user holding `roles` (none when it is unknown).
fn aimed_at(roles: Option<BTreeSet<DirectoryRole>>) -> ObjectFacts {
    ObjectFacts {
        target_user_roles: roles.unwrap_or_default(),
        ..ObjectFacts::default()
    }
}

/// Refuses a change that would leave the tenant without an enabled global admin.
fn keep_a_global_admin(tx: &Tx<'_>, user: &UserRow, what: &str) -> Result<()> {
    if user.enabled
        && user.roles.contains(&DirectoryRole::GlobalAdmin)
        && store::users::other_enabled_global_admins(tx, &user.tenant_id, &user.id)? == 0
    {
        return Err(Error::conflict(format!(
            "cannot {what} {}: it is the tenant's last enabled global admin; make another user global admin first",
            user.upn
        )));
    }
    Ok(())
}

pub struct AddInput {
    pub upn: String,
    pub name: Option<String>,
    pub roles: Vec<DirectoryRole>,
    pub password_stdin: bool,
}

#[derive(Debug, Serialize)]
pub struct AddedUser {
    #[serde(flatten)]
    pub user: UserView,
    pub dry_run: bool,
}

pub fn add(ctx: &mut Ctx, input: &AddInput) -> Result<AddedUser> {
    let upn = model::validate_upn(&input.upn)?;
    let local = upn.split('@').next().unwrap_or_default().to_string();
    let name = model::validate_name("--name", input.name.as_deref().unwrap_or(&local))?;
    let roles: BTreeSet<DirectoryRole> = input.roles.iter().copied().collect();
    let op = ctx.begin(Scope::Target, Action::UserCreate, Some(&upn))?;
    let (s, target) = (&op.session, &op.tenant);
    if !roles.is_empty() {
        ctx.authorize(
            s,
            Action::UserAssignRole,
            target,
            ObjectFacts::default(),
            Some(&upn),
        )?;
    }
    let domain = model::domain_of_upn(&upn).to_string();
    let owner = ctx
        .store
        .read(|tx| store::tenants::verified_domain_owner(tx, &domain))?;
    if owner.as_deref() != Some(target.id.as_str()) {
        return Err(Error::invalid(format!(
            "{upn}: {domain} is not a verified domain of tenant {} (see `partnerctl domains list`)",
            target.domain
        )));
    }
    if ctx
        .store
        .read(|tx| store::users::find_by_upn(tx, &upn))?
        .is_some()
    {
        return Err(Error::conflict(format!("a user {upn} already exists")));
    }
    let hash = sessions::new_password_hash(&ctx.opts, input.password_stdin, &upn)?;
    let now = ctx.now_str();
    let user = ctx.change(s, Action::UserCreate, target, &upn, |tx| {
        let user =
            store::users::insert(tx, &target.id, &upn, &name, hash.as_deref(), &roles, &now)?;
        let roles: Vec<&str> = roles.iter().map(|r| r.id()).collect();
        let summary = format!(
            "created user {upn} roles [{}]{}",
            roles.join(", "),
            if hash.is_some() {
                ""
            } else {
                " without a password"
            }
        );
        Ok((user, summary))
    })?;
    Ok(AddedUser {
        user: view(&user),
        dry_run: ctx.opts.dry_run,
    })
}

pub struct UpdateInput {
    pub upn: String,
    pub name: Option<String>,
    pub enabled: Option<bool>,
}

pub fn update(ctx: &mut Ctx, input: &UpdateInput) -> Result<UserView> {
    if input.name.is_none() && input.enabled.is_none() {
        return Err(Error::invalid(
            "nothing to update; pass --name, --enable or --disable",
        ));
    }
    let name = input
        .name
        .as_deref()
        .map(|n| model::validate_name("--name", n))
        .transpose()?;
    let aimed = Aimed::find(ctx, Action::UserUpdate, &input.upn)?;
    let (op, user) = (&aimed.op, &aimed.user);
    let at = ctx.now_str();
    let after = aimed.change(ctx, |tx| {
        if input.enabled == Some(false) {
            keep_a_global_admin(tx, user, "disable")?;
            store::sessions::revoke_all_for_user(tx, &user.id, &at)?;
        }
        let after = store::users::update(tx, &user.id, name.as_deref(), input.enabled)?
            .ok_or_else(|| no_user(op, &user.upn))?;
        let mut changed = Vec::new();
        if after.display_name != user.display_name {
            changed.push(format!(
                "name: {} -> {}",
                user.display_name, after.display_name
            ));
        }
        if after.enabled != user.enabled {
            changed.push(format!("enabled: {} -> {}", user.enabled, after.enabled));
        }
        let summary = if changed.is_empty() {
            "no change".into()
        } else {
            changed.join("; ")
        };
        Ok((after, summary))
    })?;
    Ok(view(&after))
}

#[derive(Debug, Serialize)]
pub struct RemovedUser {
    pub upn: String,
    pub removed: bool,
    pub dry_run: bool,
}

pub fn remove(ctx: &mut Ctx, upn: &str) -> Result<RemovedUser> {
    let aimed = Aimed::find(ctx, Action::UserDelete, upn)?;
    let user = &aimed.user;
    aimed.change(ctx, |tx| {
        keep_a_global_admin(tx, user, "remove")?;
        store::users::delete(tx, &user.id)?;
        Ok(((), format!("removed user {}", user.upn)))
    })?;
    Ok(RemovedUser {
        upn: user.upn.clone(),
        removed: true,
        dry_run: ctx.opts.dry_run,
    })
}

#[derive(Debug, Serialize)]
pub struct PasswordReset {
    pub upn: String,
    pub sessions_ended: bool,
    pub dry_run: bool,
}

pub fn reset_password(ctx: &mut Ctx, upn: &str, password_stdin: bool) -> Result<PasswordReset> {
    let aimed = Aimed::find(ctx, Action::UserResetPassword, upn)?;
    let user = &aimed.user;
    let password = required_password(
        &ctx.opts,
        password_stdin,
        &format!("New password for {}", user.upn),
        true,
    )?;
    let hash = super::secrets::hash_password(&password)?;
    let at = ctx.now_str();
    aimed.change(ctx, |tx| {
        store::users::set_password_hash(tx, &user.id, &hash)?;
        store::sessions::revoke_all_for_user(tx, &user.id, &at)?;
        Ok(((), "password reset; sessions ended".to_string()))
    })?;
    Ok(PasswordReset {
        upn: user.upn.clone(),
        sessions_ended: true,
        dry_run: ctx.opts.dry_run,
    })
}

pub fn change_role(ctx: &mut Ctx, upn: &str, role: DirectoryRole, add: bool) -> Result<UserView> {
    let aimed = Aimed::find(ctx, Action::UserAssignRole, upn)?;
    let (op, user) = (&aimed.op, &aimed.user);
    let after = aimed.change(ctx, |tx| {
        if add {
            if !store::users::add_role(tx, &user.id, role)? {
                return Err(Error::conflict(format!(
                    "{} already holds {role}",
                    user.upn
                )));
            }
        } else {
            if !user.roles.contains(&role) {
                return Err(Error::conflict(format!(
                    "{} does not hold {role}",
                    user.upn
                )));
            }
            if role == DirectoryRole::GlobalAdmin {
                keep_a_global_admin(tx, user, "demote")?;
            }
            store::users::remove_role(tx, &user.id, role)?;
        }
        // The user as the role change leaves it (role rows have no row of their own to return).
        let after = store::users::by_id(tx, &user.id)?.ok_or_else(|| no_user(op, &user.upn))?;
        let summary = format!("{} role {role}", if add { "added" } else { "removed" });
        Ok((after, summary))
    })?;
    Ok(view(&after))
}
