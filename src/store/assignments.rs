//! Access assignments: on one relationship, a group of the partner and the roles its members
//! hold in the customer (within the relationship's access).

use std::collections::BTreeSet;

use super::row::{self, row, Selected};
use super::value::params;
use super::Tx;
use crate::error::Result;
use crate::model::DirectoryRole;

row! {
    pub struct AssignmentRow {
        relationship_id: String,
        group_name: String,
        roles: BTreeSet<DirectoryRole> = row::roles,
        created_by: String,
        created_at: String,
    }
}

impl Selected for AssignmentRow {
    const COLUMNS: &'static str =
        "a.relationship_id, a.group_name, a.roles, a.created_by, a.created_at";
    const FROM: &'static str = "assignments a";
}

/// The assignments on the relationships of a partner (`?1`)…
const OF_PARTNER: &str = "JOIN relationships r ON r.id = a.relationship_id
    WHERE r.partner_tenant_id = ?1";
/// …by relationship and group.
const BY_RELATIONSHIP: &str = "ORDER BY a.relationship_id, a.group_name";

/// The condition and order of [`of_relationship`].
const OF_RELATIONSHIP: &str = "WHERE a.relationship_id = ?1 ORDER BY a.group_name";

/// Sets a group's roles on a relationship (replacing what it held there).
pub fn set(
    tx: &Tx<'_>,
    relationship_id: &str,
    group: &str,
    roles: &BTreeSet<DirectoryRole>,
    by: &str,
    at: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO assignments (relationship_id, group_name, roles, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT (relationship_id, group_name)
         DO UPDATE SET roles = excluded.roles, created_by = excluded.created_by,
                       created_at = excluded.created_at",
        params![
            relationship_id,
            group,
            crate::model::roles_to_csv(roles),
            by,
            at
        ],
    )?;
    Ok(())
}

/// Removes a group's assignment from a relationship; whether there was one.
pub fn remove(tx: &Tx<'_>, relationship_id: &str, group: &str) -> Result<bool> {
    Ok(tx.execute(
        "DELETE FROM assignments WHERE relationship_id = ?1 AND group_name = ?2",
        [relationship_id, group],
    )? > 0)
}

/// A relationship's assignments, by group.
pub fn of_relationship(tx: &Tx<'_>, relationship_id: &str) -> Result<Vec<AssignmentRow>> {
    tx.select(OF_RELATIONSHIP, [relationship_id])
}

/// The condition and order of [`of_relationships_in`] for `n` ids.
fn of_relationships_in_where(n: usize) -> String {
    format!(
        "WHERE a.relationship_id IN ({}) {BY_RELATIONSHIP}",
        super::many::in_list(1, n)
    )
}

/// What [`of_relationships_in`] runs for `n` ids.
pub fn sql_for_of_relationships_in(n: usize) -> String {
    AssignmentRow::sql(&of_relationships_in_where(n))
}

/// The assignments on the relationships of `ids` (one page of a longer list: each id is a
/// parameter), by relationship and group.
pub fn of_relationships_in(tx: &Tx<'_>, ids: &[String]) -> Result<Vec<AssignmentRow>> {
    if ids.is_empty() {
        return Ok(Vec::new());
    }
    let params: Vec<&dyn super::value::Param> = ids.iter().map(|i| i as _).collect();
    tx.select(&of_relationships_in_where(ids.len()), &params[..])
}

/// The assignments on the relationships between a partner and a customer.
pub fn between(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    customer_tenant_id: &str,
) -> Result<Vec<AssignmentRow>> {
    tx.select(
        &format!("{OF_PARTNER} AND r.customer_tenant_id = ?2 {BY_RELATIONSHIP}"),
        [partner_tenant_id, customer_tenant_id],
    )
}

/// Every assignment on a partner's relationships (the views over all its customers).
pub fn of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<AssignmentRow>> {
    tx.select(
        &format!("{OF_PARTNER} {BY_RELATIONSHIP}"),
        [partner_tenant_id],
    )
}

/// The assignments on the relationships of a partner (`?1`) with the customers of
/// `customers`: an SQL set of tenant ids, which may use one parameter (`?2`, `arg`). Read
/// from those customers' relationships, not from every one of the partner's.
pub fn of_partner_customers_in(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    customers: &str,
    arg: &str,
) -> Result<Vec<AssignmentRow>> {
    tx.select(
        &format!("{OF_PARTNER} AND r.customer_tenant_id IN ({customers}) {BY_RELATIONSHIP}"),
        [partner_tenant_id, arg],
    )
}

/// Removes a group's assignments from every relationship of the partner (the group is gone).
pub fn remove_group(tx: &Tx<'_>, partner_tenant_id: &str, group: &str) -> Result<usize> {
    Ok(tx.execute(
        "DELETE FROM assignments WHERE group_name = ?2 AND relationship_id IN
           (SELECT id FROM relationships WHERE partner_tenant_id = ?1)",
        [partner_tenant_id, group],
    )?)
}
