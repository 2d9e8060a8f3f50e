use super::tx::Optional;
use super::value::params;

use super::row::row;
use super::Tx;
use crate::error::Result;

row! {
    pub struct RequestRow {
        number: i64,
        tenant_id: String,
        title: String,
        description: Option<String>,
        severity: i64,
        status: String,
        created_by: String,
        on_behalf_of: Option<String>,
        partner_domain: Option<String>,
        created_at: String,
        updated_at: String,
    }
}

#[derive(Debug, Clone)]
pub struct CommentRow {
    pub author: String,
    pub body: String,
    pub created_at: String,
}

const SELECT: &str = "SELECT r.number, r.tenant_id, r.title, r.description, r.severity, r.status,
    r.created_by, r.on_behalf_of, p.domain, r.created_at, r.updated_at
    FROM service_requests r LEFT JOIN tenants p ON p.id = r.on_behalf_of";

/// A tenant's requests, open and in-progress first, then newest first.
pub fn list(tx: &Tx<'_>, tenant_id: &str) -> Result<Vec<RequestRow>> {
    Ok(tx.query_map(
        &format!(
            "{SELECT} WHERE r.tenant_id = ?1
         ORDER BY r.status NOT IN ('open', 'in-progress'), r.number DESC"
        ),
        [tenant_id],
        RequestRow::from_row,
    )?)
}

pub fn get(tx: &Tx<'_>, number: i64) -> Result<Option<RequestRow>> {
    Ok(tx
        .query_row(
            &format!("{SELECT} WHERE r.number = ?1"),
            [number],
            RequestRow::from_row,
        )
        .optional()?)
}

pub struct NewRequest<'a> {
    pub tenant_id: &'a str,
    pub title: &'a str,
    pub description: Option<&'a str>,
    pub severity: i64,
    pub created_by: &'a str,
    pub on_behalf_of: Option<&'a str>,
    pub now: &'a str,
}

/// The columns of a request as a write returns them (`from_row` reads them).
const RETURNING: &str = "RETURNING number, tenant_id, title, description, severity, status,
    created_by, on_behalf_of,
    (SELECT domain FROM tenants WHERE id = service_requests.on_behalf_of),
    created_at, updated_at";

/// Opens a request; returns its row.
pub fn open(tx: &Tx<'_>, n: &NewRequest<'_>) -> Result<RequestRow> {
    Ok(tx.query_row(
        &format!(
            "INSERT INTO service_requests (tenant_id, title, description, severity, status,
                 created_by, on_behalf_of, created_at, updated_at)
             VALUES (?1, ?2, ?3, ?4, 'open', ?5, ?6, ?7, ?7)
             {RETURNING}"
        ),
        params![
            n.tenant_id,
            n.title,
            n.description,
            n.severity,
            n.created_by,
            n.on_behalf_of,
            n.now
        ],
        RequestRow::from_row,
    )?)
}

/// Opens a request; returns its number (for seeding, which needs nothing else).
pub fn insert(tx: &Tx<'_>, n: &NewRequest<'_>) -> Result<i64> {
    Ok(open(tx, n)?.number)
}

/// Sets a request's status; returns its row, or `None` when there is no such request.
pub fn set_status(tx: &Tx<'_>, number: i64, status: &str, now: &str) -> Result<Option<RequestRow>> {
    Ok(tx
        .query_row(
            &format!(
            "UPDATE service_requests SET status = ?2, updated_at = ?3 WHERE number = ?1 {RETURNING}"
        ),
            params![number, status, now],
            RequestRow::from_row,
        )
        .optional()?)
}

/// Adds a comment to a request; returns the request's row, or `None` when there is no such
/// request.
pub fn add_comment(
    tx: &Tx<'_>,
    number: i64,
    author: &str,
    author_tenant_id: &str,
    body: &str,
    now: &str,
) -> Result<Option<RequestRow>> {
    tx.execute(
        "INSERT INTO service_request_comments (number, author, author_tenant_id, body, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![number, author, author_tenant_id, body, now],
    )?;
    Ok(tx
        .query_row(
            &format!("UPDATE service_requests SET updated_at = ?2 WHERE number = ?1 {RETURNING}"),
            params![number, now],
            RequestRow::from_row,
        )
        .optional()?)
}

pub fn comments(tx: &Tx<'_>, number: i64) -> Result<Vec<CommentRow>> {
    Ok(tx.query_map("SELECT author, body, created_at FROM service_request_comments WHERE number = ?1 ORDER BY id", [number], |r| {
        Ok(CommentRow {
            author: r.get(0)?,
            body: r.get(1)?,
            created_at: r.get(2)?,
        })
    })?)
}
