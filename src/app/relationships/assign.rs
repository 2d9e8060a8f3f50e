//! Access assignments (`relationships assign/unassign`): on one of the partner's
//! relationships, a group whose members hold some of the relationship's roles in the customer.

use serde::Serialize;

use super::{partner_roles, roles_vec};
use crate::app::groups::validate_group_name;
use crate::app::{Ctx, Session};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, AgentRole, DirectoryRole, RelationshipStatus};
use crate::store::{self, relationships::RelationshipRow, tenants::TenantRow, Tx};

#[derive(Debug, Serialize)]
pub struct AssignView {
    pub relationship_id: String,
    pub relationship: String,
    pub group: String,
    /// The roles the group's members now hold through this relationship (empty after
    /// `unassign`).
    pub roles: Vec<DirectoryRole>,
    pub dry_run: bool,
}

/// The partner's own relationship `id`, in any state; another partner's is as unknown as a
/// missing one.
fn partners_relationship(tx: &Tx<'_>, home: &TenantRow, id: &str) -> Result<RelationshipRow> {
    store::relationships::by_id(tx, id)?
        .filter(|r| r.partner_tenant_id == home.id)
        .ok_or_else(|| Error::not_found(format!("{} has no relationship {id}", home.domain)))
}

/// The partner's own relationship `id` (not terminated) and its customer.
fn own_relationship(
    tx: &Tx<'_>,
    home: &TenantRow,
    id: &str,
) -> Result<(RelationshipRow, TenantRow)> {
    let r = partners_relationship(tx, home, id)?;
    if r.status == RelationshipStatus::Terminated {
        return Err(Error::conflict(format!(
            "relationship {} ({}) is terminated; assignments are for relationships in force",
            r.id, r.name
        )));
    }
    let customer = store::tenants::by_id(tx, &r.customer_tenant_id)?;
    Ok((r, customer))
}

/// Whether the partner has a group of this name (built in, or its own).
fn group_exists(tx: &Tx<'_>, home: &TenantRow, name: &str) -> Result<bool> {
    Ok(AgentRole::of_builtin_group(name).is_some()
        || store::groups::by_name(tx, &home.id, name)?.is_some())
}

/// Gives `group`'s members `roles` (a subset of the relationship's access) in its customer,
/// replacing what the group held on this relationship.
pub fn assign(ctx: &mut Ctx, id: &str, group: &str, roles: &[DirectoryRole]) -> Result<AssignView> {
    let id = crate::app::parse_id("relationship", id)?;
    let group = validate_group_name(group)?;
    let roles = partner_roles(roles)?;
    let (s, home) = ctx.begin_home("relationships assign", Action::GrantManage, Some(&id))?;
    let (rel, _customer) = ctx.store.read(|tx| {
        let found = own_relationship(tx, &home, &id)?;
        if !group_exists(tx, &home, &group)? {
            return Err(Error::not_found(format!(
                "no group {group} in {} (groups create {group})",
                home.domain
            )));
        }
        Ok(found)
    })?;
    let outside = model::roles_outside(&roles, &rel.access);
    if !outside.is_empty() {
        return Err(Error::invalid(format!(
            "--role {}: not in relationship {}'s access ({}); an assignment gives roles the customer delegated, no more",
            outside.join(", "),
            rel.id,
            model::roles_to_csv(&rel.access).replace(',', ", ")
        )));
    }
    let (now, by) = (ctx.now_str(), s.principal.upn.clone());
    let held = roles_vec(&roles);
    change_assignment(ctx, &s, &home, rel, group, held, |tx, rel_id, group| {
        // Again inside the transaction: the relationship may have ended meanwhile.
        own_relationship(tx, &home, rel_id)?;
        store::assignments::set(tx, rel_id, group, &roles, &by, &now)?;
        Ok(format!(
            "assigned [{}] to group {group} on relationship {rel_id}",
            model::roles_to_csv(&roles)
        ))
    })
}

/// Changes `group`'s assignment on `rel` in one transaction with the decision (`change`
/// returns the audit entry's summary); the view shows the group holding `roles` there.
fn change_assignment(
    ctx: &mut Ctx,
    s: &Session,
    home: &TenantRow,
    rel: RelationshipRow,
    group: String,
    roles: Vec<DirectoryRole>,
    change: impl FnOnce(&Tx<'_>, &str, &str) -> Result<String>,
) -> Result<AssignView> {
    crate::app::grants::manage(ctx, s, home, &rel.id, |tx| {
        Ok(((), change(tx, &rel.id, &group)?))
    })?;
    Ok(AssignView {
        relationship_id: rel.id,
        relationship: rel.name,
        group,
        roles,
        dry_run: ctx.opts.dry_run,
    })
}

/// Ends `group`'s assignment on a relationship: its members lose those roles there on their
/// next command.
pub fn unassign(ctx: &mut Ctx, id: &str, group: &str) -> Result<AssignView> {
    let id = crate::app::parse_id("relationship", id)?;
    let group = validate_group_name(group)?;
    let (s, home) = ctx.begin_home("relationships unassign", Action::GrantManage, Some(&id))?;
    let rel = ctx.store.read(|tx| partners_relationship(tx, &home, &id))?;
    change_assignment(
        ctx,
        &s,
        &home,
        rel,
        group,
        Vec::new(),
        |tx, rel_id, group| {
            if !store::assignments::remove(tx, rel_id, group)? {
                return Err(Error::not_found(format!(
                    "relationship {rel_id} assigns nothing to group {group}"
                )));
            }
            Ok(format!(
                "unassigned group {group} from relationship {rel_id}"
            ))
        },
    )
}
