use super::tx::Optional;
use super::value::params;

use super::row::{self, row};
use super::unique_conflict;
use super::Tx;
use crate::error::Result;
use crate::model::DomainStatus;

row! {
    pub struct DomainRow {
        name: String,
        tenant_id: String,
        status: DomainStatus = row::parsed,
        verification_code: Option<String>,
        capabilities: Vec<String> = row::words,
        is_initial: bool,
        created_at: String,
    }
}

const COLUMNS: &str =
    "name, tenant_id, status, verification_code, capabilities, is_initial, created_at";

pub fn list(tx: &Tx<'_>, tenant_id: &str) -> Result<Vec<DomainRow>> {
    Ok(tx.query_map(
        &format!(
            "SELECT {COLUMNS} FROM domains WHERE tenant_id = ?1 ORDER BY is_initial DESC, name"
        ),
        [tenant_id],
        DomainRow::from_row,
    )?)
}

pub fn get(tx: &Tx<'_>, name: &str) -> Result<Option<DomainRow>> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM domains WHERE name = ?1"),
            [name],
            DomainRow::from_row,
        )
        .optional()?)
}

/// Adds an unverified domain; returns its row.
pub fn add(tx: &Tx<'_>, tenant_id: &str, name: &str, code: &str, now: &str) -> Result<DomainRow> {
    tx.query_row(
        &format!(
            "INSERT INTO domains (name, tenant_id, status, verification_code, capabilities, is_initial, created_at)
             VALUES (?1, ?2, 'unverified', ?3, '', 0, ?4)
             RETURNING {COLUMNS}"
        ),
        params![name, tenant_id, code, now],
        DomainRow::from_row,
    )
    .map_err(|e| unique_conflict(e, || format!("the domain {name} is already registered")))
}

/// Marks a domain verified; returns its row, or `None` when there is no such domain.
pub fn set_verified(tx: &Tx<'_>, name: &str, at: &str) -> Result<Option<DomainRow>> {
    Ok(tx
        .query_row(
            &format!(
                "UPDATE domains SET status = 'verified', verified_at = ?2 WHERE name = ?1
             RETURNING {COLUMNS}"
            ),
            params![name, at],
            DomainRow::from_row,
        )
        .optional()?)
}

/// The tenant an invite addressed to `domain` and created at `created_at` belongs to: the
/// tenant whose initial domain it is, or the one that verified it before. A domain verified
/// at or after the moment the invite was made does not capture it.
pub fn addressee(tx: &Tx<'_>, domain: &str, created_at: &str) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT tenant_id FROM domains
              WHERE name = ?1 AND status = 'verified'
                AND (is_initial = 1 OR verified_at < ?2)",
            params![domain, created_at],
            |r| r.get(0),
        )
        .optional()?)
}

/// Replaces what a domain is used for; returns its row, or `None` when there is no such
/// domain.
pub fn set_capabilities(tx: &Tx<'_>, name: &str, caps: &[String]) -> Result<Option<DomainRow>> {
    Ok(tx
        .query_row(
            &format!("UPDATE domains SET capabilities = ?2 WHERE name = ?1 RETURNING {COLUMNS}"),
            params![name, caps.join(",")],
            DomainRow::from_row,
        )
        .optional()?)
}

pub fn remove(tx: &Tx<'_>, name: &str) -> Result<()> {
    tx.execute("DELETE FROM domains WHERE name = ?1", [name])?;
    Ok(())
}

/// How many users have a UPN in this domain.
pub fn users_in(tx: &Tx<'_>, name: &str) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT count(*) FROM users WHERE lower(upn) LIKE '%@' || lower(?1)",
        [name],
        |r| r.get(0),
    )?)
}
