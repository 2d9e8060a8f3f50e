use std::collections::BTreeSet;

use super::tx::Optional;
use super::value::params;

use super::row::{self, row};
use super::{new_id, unique_conflict, Tx};
use crate::error::Result;
use crate::model::DirectoryRole;

row! {
    pub struct UserRow {
        id: String,
        tenant_id: String,
        upn: String,
        display_name: String,
        enabled: bool,
        has_password: bool,
        created_at: String,
        roles: BTreeSet<DirectoryRole> = row::roles,
        /// The user has a confirmed TOTP enrolment (signed in with a code at least once).
        mfa_confirmed: bool,
    }
}

const COLUMNS: &str = "u.id, u.tenant_id, u.upn, u.display_name, u.enabled,
    u.password_hash IS NOT NULL, u.created_at,
    (SELECT string_agg(role, ',') FROM user_roles WHERE user_id = u.id),
    EXISTS (SELECT 1 FROM mfa m WHERE m.user_id = u.id AND m.confirmed_at IS NOT NULL)";

/// `COLUMNS` as a write on `users` returns them (RETURNING knows no table alias).
const RETURNING: &str = "RETURNING id, tenant_id, upn, display_name, enabled,
    password_hash IS NOT NULL, created_at,
    (SELECT string_agg(role, ',') FROM user_roles WHERE user_id = users.id),
    EXISTS (SELECT 1 FROM mfa m WHERE m.user_id = users.id AND m.confirmed_at IS NOT NULL)";

/// Creates a user with its roles; returns its row.
pub fn insert(
    tx: &Tx<'_>,
    tenant_id: &str,
    upn: &str,
    name: &str,
    password_hash: Option<&str>,
    roles: &BTreeSet<DirectoryRole>,
    created_at: &str,
) -> Result<UserRow> {
    let mut user = tx
        .query_row(
            &format!(
                "INSERT INTO users (id, tenant_id, upn, display_name, password_hash, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 {RETURNING}"
            ),
            params![new_id(), tenant_id, upn, name, password_hash, created_at],
            UserRow::from_row,
        )
        .map_err(|e| unique_conflict(e, || format!("a user {upn} already exists")))?;
    // The roles can only follow the row they belong to.
    for r in roles {
        add_role(tx, &user.id, *r)?;
    }
    user.roles = roles.clone();
    Ok(user)
}

/// What [`find_by_upn`] runs.
pub fn sql_for_find_by_upn() -> String {
    format!("SELECT {COLUMNS} FROM users u WHERE u.upn = ?1")
}

pub fn find_by_upn(tx: &Tx<'_>, upn: &str) -> Result<Option<UserRow>> {
    Ok(tx
        .query_row(&sql_for_find_by_upn(), [upn], UserRow::from_row)
        .optional()?)
}

pub fn by_id(tx: &Tx<'_>, id: &str) -> Result<Option<UserRow>> {
    let sql = format!("SELECT {COLUMNS} FROM users u WHERE u.id = ?1");
    Ok(tx.query_row(&sql, [id], UserRow::from_row).optional()?)
}

/// What [`list`] runs.
pub fn sql_for_list() -> String {
    format!("SELECT {COLUMNS} FROM users u WHERE u.tenant_id = ?1 ORDER BY u.upn")
}

pub fn list(tx: &Tx<'_>, tenant_id: &str) -> Result<Vec<UserRow>> {
    Ok(tx.query_map(&sql_for_list(), [tenant_id], UserRow::from_row)?)
}

pub fn password_hash(tx: &Tx<'_>, user_id: &str) -> Result<Option<String>> {
    Ok(tx.query_row(
        "SELECT password_hash FROM users WHERE id = ?1",
        [user_id],
        |r| r.get(0),
    )?)
}

pub fn set_password_hash(tx: &Tx<'_>, user_id: &str, hash: &str) -> Result<()> {
    tx.execute(
        "UPDATE users SET password_hash = ?2 WHERE id = ?1",
        params![user_id, hash],
    )?;
    Ok(())
}

/// Changes a user's name and enabled flag (each when given); returns its row, or `None` when
/// there is no such user.
pub fn update(
    tx: &Tx<'_>,
    user_id: &str,
    name: Option<&str>,
    enabled: Option<bool>,
) -> Result<Option<UserRow>> {
    Ok(tx
        .query_row(
            &format!(
                "UPDATE users
                SET display_name = coalesce(?2, display_name), enabled = coalesce(?3, enabled)
              WHERE id = ?1
             {RETURNING}"
            ),
            params![user_id, name, enabled],
            UserRow::from_row,
        )
        .optional()?)
}

pub fn delete(tx: &Tx<'_>, user_id: &str) -> Result<()> {
    tx.execute("DELETE FROM users WHERE id = ?1", [user_id])?;
    Ok(())
}

pub fn add_role(tx: &Tx<'_>, user_id: &str, role: DirectoryRole) -> Result<bool> {
    let n = tx.execute(
        "INSERT INTO user_roles (user_id, role) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
        params![user_id, role.id()],
    )?;
    Ok(n == 1)
}

pub fn remove_role(tx: &Tx<'_>, user_id: &str, role: DirectoryRole) -> Result<bool> {
    let n = tx.execute(
        "DELETE FROM user_roles WHERE user_id = ?1 AND role = ?2",
        params![user_id, role.id()],
    )?;
    Ok(n == 1)
}

/// Enabled global admins of a tenant, other than `except_user`.
pub fn other_enabled_global_admins(tx: &Tx<'_>, tenant_id: &str, except_user: &str) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT count(*) FROM users u JOIN user_roles r ON r.user_id = u.id
         WHERE u.tenant_id = ?1 AND u.id <> ?2 AND u.enabled = 1 AND r.role = 'global-admin'",
        params![tenant_id, except_user],
        |r| r.get(0),
    )?)
}
