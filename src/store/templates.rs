//! Relationship templates of a partner tenant.

use std::collections::BTreeSet;

use super::row::{self, row};
use super::tx::Optional;
use super::value::params;
use super::{new_id, unique_conflict, Tx};
use crate::error::Result;
use crate::model::DirectoryRole;

row! {
    pub struct TemplateRow {
        id: String,
        partner_tenant_id: String,
        name: String,
        access: BTreeSet<DirectoryRole> = row::roles,
        duration_days: Option<i64>,
        auto_extend: bool,
        /// `GROUP=ROLE+ROLE;…`
        assignments: String,
        created_by: String,
        created_at: String,
    }
}

const COLUMNS: &str = "id, partner_tenant_id, name, access, duration_days, auto_extend,
    assignments, created_by, created_at";

pub struct NewTemplate<'a> {
    pub partner_tenant_id: &'a str,
    pub name: &'a str,
    pub access: &'a BTreeSet<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub assignments: &'a str,
    pub created_by: &'a str,
    pub created_at: &'a str,
}

pub fn insert(tx: &Tx<'_>, t: &NewTemplate<'_>) -> Result<TemplateRow> {
    tx.query_row(
        &format!(
            "INSERT INTO templates (id, partner_tenant_id, name, access, duration_days,
                 auto_extend, assignments, created_by, created_at)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) RETURNING {COLUMNS}"
        ),
        params![
            new_id(),
            t.partner_tenant_id,
            t.name,
            crate::model::roles_to_csv(t.access),
            t.duration_days,
            t.auto_extend,
            t.assignments,
            t.created_by,
            t.created_at
        ],
        TemplateRow::from_row,
    )
    .map_err(|e| unique_conflict(e, || format!("a template named {} already exists", t.name)))
}

pub fn by_name(tx: &Tx<'_>, partner_tenant_id: &str, name: &str) -> Result<Option<TemplateRow>> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM templates WHERE partner_tenant_id = ?1 AND name = ?2"),
            [partner_tenant_id, name],
            TemplateRow::from_row,
        )
        .optional()?)
}

pub fn of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<TemplateRow>> {
    Ok(tx.query_map(
        &format!("SELECT {COLUMNS} FROM templates WHERE partner_tenant_id = ?1 ORDER BY name"),
        [partner_tenant_id],
        TemplateRow::from_row,
    )?)
}

pub fn delete(tx: &Tx<'_>, id: &str) -> Result<bool> {
    Ok(tx.execute("DELETE FROM templates WHERE id = ?1", [id])? > 0)
}
