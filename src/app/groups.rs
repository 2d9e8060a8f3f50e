//! Security groups of a partner tenant (`groups …`). The three agent roles are the built-in
//! groups `admin-agents`, `helpdesk-agents` and `sales-agents`: a grant is a membership (for
//! all customers or one), and changing a built-in group's members is `grants add/remove`.
//! The partner's own groups get rights only through access assignments
//! (`relationships assign`).

use serde::Serialize;

use super::grants::{self, GrantInput};
use super::{Ctx, Scope};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, AgentRole};
use crate::store;

/// A member of a built-in group for one customer only.
#[derive(Debug, Serialize)]
pub struct ScopedMember {
    pub upn: String,
    pub customer: String,
}

#[derive(Debug, Serialize)]
pub struct GroupView {
    pub name: String,
    pub builtin: bool,
    /// Members for every customer (for a built-in group, the partner's global admins are
    /// members implicitly).
    pub members: Vec<String>,
    /// Built-in groups: members for one customer.
    pub customer_members: Vec<ScopedMember>,
}

/// A group's name as typed: 1 to 64 letters, digits, `-`, `_` or `.`, starting with a letter
/// or digit.
pub fn validate_group_name(s: &str) -> Result<String> {
    let t = s.trim();
    let ok = !t.is_empty()
        && t.len() <= 64
        && t.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && t.chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | '.'));
    if !ok {
        return Err(Error::invalid(format!(
            "group name {}: 1 to 64 letters, digits, '-', '_' or '.', starting with a letter or digit",
            model::escape_unsafe(t)
        )));
    }
    Ok(t.to_string())
}

/// The partner's groups: the built-in ones first, then its own by name.
pub fn list(ctx: &mut Ctx) -> Result<Vec<GroupView>> {
    let (s, home) = ctx.locate(Scope::Home("groups list"))?.parts();
    ctx.view(&s, Action::GrantRead, &home, None, |tx| {
        let users = store::users::list(tx, &home.id)?;
        let grants = store::grants::of_partner(tx, &home.id)?;
        let mut out = Vec::new();
        for role in AgentRole::ALL {
            let mut members: Vec<String> = users
                .iter()
                .filter(|u| {
                    let p = crate::app::sessions::principal_of(u, &home);
                    crate::authz::implicit_agent_roles(&p).contains(&role)
                })
                .map(|u| u.upn.clone())
                .collect();
            let mut customer_members = Vec::new();
            for g in grants.iter().filter(|g| g.role == role) {
                match &g.customer_domain {
                    None => members.push(g.upn.clone()),
                    Some(c) => customer_members.push(ScopedMember {
                        upn: g.upn.clone(),
                        customer: c.clone(),
                    }),
                }
            }
            members.sort();
            members.dedup();
            customer_members.sort_by(|a, b| (&a.upn, &a.customer).cmp(&(&b.upn, &b.customer)));
            out.push(GroupView {
                name: role.builtin_group().to_string(),
                builtin: true,
                members,
                customer_members,
            });
        }
        for g in store::groups::of_partner(tx, &home.id)? {
            out.push(GroupView {
                members: store::groups::members(tx, &g.id)?,
                name: g.name,
                builtin: false,
                customer_members: Vec::new(),
            });
        }
        Ok(out)
    })
}

#[derive(Debug, Serialize)]
pub struct GroupChange {
    pub name: String,
    /// For `delete`: the relationships whose assignments to the group ended with it.
    pub assignments_removed: usize,
    pub dry_run: bool,
}

fn refuse_builtin(name: &str, what: &str) -> Result<()> {
    if AgentRole::of_builtin_group(name).is_some() {
        return Err(Error::invalid(format!(
            "{name} is a built-in group; it cannot be {what}"
        )));
    }
    Ok(())
}

pub fn create(ctx: &mut Ctx, name: &str) -> Result<GroupChange> {
    let name = validate_group_name(name)?;
    refuse_builtin(&name, "created")?;
    let (s, home) = ctx.begin_home("groups", Action::GrantManage, Some(&name))?;
    let (now, by) = (ctx.now_str(), s.principal.upn.clone());
    grants::manage(ctx, &s, &home, &name, |tx| {
        store::groups::create(tx, &home.id, &name, &by, &now)?;
        Ok(((), format!("created group {name}")))
    })?;
    Ok(GroupChange {
        name,
        assignments_removed: 0,
        dry_run: ctx.opts.dry_run,
    })
}

/// Deletes one of the partner's own groups, its memberships and its access assignments: its
/// members lose what the group gave them on their next command.
pub fn delete(ctx: &mut Ctx, name: &str) -> Result<GroupChange> {
    let name = validate_group_name(name)?;
    refuse_builtin(&name, "deleted")?;
    let (s, home) = ctx.begin_home("groups", Action::GrantManage, Some(&name))?;
    let group = ctx
        .store
        .read(|tx| store::groups::by_name(tx, &home.id, &name))?
        .ok_or_else(|| Error::not_found(format!("no group {name} in {}", home.domain)))?;
    ctx.opts.confirm(&format!(
        "Delete group {name}? Its members lose the roles its assignments give them."
    ))?;
    let removed = grants::manage(ctx, &s, &home, &name, |tx| {
        let removed = store::assignments::remove_group(tx, &home.id, &name)?;
        store::groups::delete(tx, &group.id)?;
        Ok((
            removed,
            format!("deleted group {name} and its {removed} assignment(s)"),
        ))
    })?;
    Ok(GroupChange {
        name,
        assignments_removed: removed,
        dry_run: ctx.opts.dry_run,
    })
}

#[derive(Debug, Serialize)]
pub struct MemberChange {
    pub group: String,
    pub upn: String,
    /// For a built-in group: the customer the membership is for (null: all customers).
    pub customer: Option<String>,
    pub dry_run: bool,
}

/// Adds (`add`) or removes a member. For a built-in group this is `grants add/remove` with its
/// agent role (and `customer`, when given).
pub fn member(
    ctx: &mut Ctx,
    name: &str,
    upn: &str,
    customer: Option<&str>,
    add: bool,
) -> Result<MemberChange> {
    let name = validate_group_name(name)?;
    if let Some(role) = AgentRole::of_builtin_group(&name) {
        let input = GrantInput {
            upn: upn.to_string(),
            role,
            customer: customer.map(str::to_string),
        };
        let v = if add {
            grants::add(ctx, &input)?
        } else {
            grants::remove(ctx, &input)?
        };
        return Ok(MemberChange {
            group: name,
            upn: v.upn,
            customer: v.customer,
            dry_run: ctx.opts.dry_run,
        });
    }
    if customer.is_some() {
        return Err(Error::invalid(
            "--customer: a group of your own is for every relationship it is assigned to; only built-in groups take members for one customer",
        ));
    }
    let upn = model::validate_upn(upn)?;
    let (s, home) = ctx.begin_home("groups", Action::GrantManage, Some(&name))?;
    let (group, user) = ctx.store.read(|tx| {
        let group = store::groups::by_name(tx, &home.id, &name)?
            .ok_or_else(|| Error::not_found(format!("no group {name} in {}", home.domain)))?;
        let user = store::users::find_by_upn(tx, &upn)?
            .filter(|u| u.tenant_id == home.id)
            .ok_or_else(|| Error::not_found(format!("no user {upn} in {}", home.domain)))?;
        Ok((group, user))
    })?;
    let (now, by) = (ctx.now_str(), s.principal.upn.clone());
    grants::manage(ctx, &s, &home, &user.upn, |tx| {
        if add {
            if !store::groups::add_member(tx, &group.id, &user.id, &by, &now)? {
                return Err(Error::conflict(format!(
                    "{} is already a member of {name}",
                    user.upn
                )));
            }
            Ok(((), format!("added {} to group {name}", user.upn)))
        } else {
            if !store::groups::remove_member(tx, &group.id, &user.id)? {
                return Err(Error::not_found(format!(
                    "{} is not a member of {name}",
                    user.upn
                )));
            }
            Ok(((), format!("removed {} from group {name}", user.upn)))
        }
    })?;
    Ok(MemberChange {
        group: name,
        upn: user.upn,
        customer: None,
        dry_run: ctx.opts.dry_run,
    })
}
