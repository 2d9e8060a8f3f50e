//! A partner's own security groups and their members. The built-in groups (admin-agents,
//! helpdesk-agents, sales-agents) are the agent-role grants (`store::grants`).

use super::row::{row, Selected};
use super::value::params;
use super::{new_id, unique_conflict, Tx};
use crate::error::Result;

row! {
    pub struct GroupRow {
        id: String,
        partner_tenant_id: String,
        name: String,
        created_by: String,
        created_at: String,
    }
}

const COLUMNS: &str = "id, partner_tenant_id, name, created_by, created_at";

impl Selected for GroupRow {
    const COLUMNS: &'static str = COLUMNS;
    const FROM: &'static str = "groups";
}

pub fn create(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    name: &str,
    by: &str,
    at: &str,
) -> Result<GroupRow> {
    tx.query_row(
        &format!(
            "INSERT INTO groups (id, partner_tenant_id, name, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5) RETURNING {COLUMNS}"
        ),
        params![new_id(), partner_tenant_id, name, by, at],
        GroupRow::from_row,
    )
    .map_err(|e| unique_conflict(e, || format!("a group named {name} already exists")))
}

pub fn by_name(tx: &Tx<'_>, partner_tenant_id: &str, name: &str) -> Result<Option<GroupRow>> {
    tx.select_one(
        "WHERE partner_tenant_id = ?1 AND name = ?2",
        [partner_tenant_id, name],
    )
}

/// The partner's groups, by name.
pub fn of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<GroupRow>> {
    tx.select(
        "WHERE partner_tenant_id = ?1 ORDER BY name",
        [partner_tenant_id],
    )
}

/// Deletes a group with its memberships; whether there was one.
pub fn delete(tx: &Tx<'_>, id: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM groups WHERE id = ?1", [id])? > 0)
}

/// Adds a member; whether it was new.
pub fn add_member(tx: &Tx<'_>, group_id: &str, user_id: &str, by: &str, at: &str) -> Result<bool> {
    Ok(tx.execute(
        "INSERT INTO group_members (group_id, user_id, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING",
        [group_id, user_id, by, at],
    )? > 0)
}

/// Removes a member; whether it was one.
pub fn remove_member(tx: &Tx<'_>, group_id: &str, user_id: &str) -> Result<bool> {
    Ok(tx.execute(
        "DELETE FROM group_members WHERE group_id = ?1 AND user_id = ?2",
        [group_id, user_id],
    )? > 0)
}

/// The UPNs of a group's members, sorted.
pub fn members(tx: &Tx<'_>, group_id: &str) -> Result<Vec<String>> {
    tx.column(
        "SELECT u.upn FROM group_members m JOIN users u ON u.id = m.user_id
          WHERE m.group_id = ?1 ORDER BY u.upn",
        [group_id],
    )
}

/// The names of the partner's own groups a user belongs to.
pub fn names_of_member(tx: &Tx<'_>, user_id: &str) -> Result<Vec<String>> {
    tx.column(
        "SELECT g.name FROM group_members m JOIN groups g ON g.id = m.group_id
          WHERE m.user_id = ?1 ORDER BY g.name",
        [user_id],
    )
}

/// Every membership of the partner's own groups: (user id, group name), in one read.
pub fn memberships_of_partner(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
) -> Result<Vec<(String, String)>> {
    Ok(tx.query_map(
        "SELECT m.user_id, g.name FROM group_members m JOIN groups g ON g.id = m.group_id
          WHERE g.partner_tenant_id = ?1",
        [partner_tenant_id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?)
}
