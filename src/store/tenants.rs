use super::tx::Optional;
use super::value::params;

use super::row::row;
use super::{new_id, unique_conflict, Tx};
use crate::error::{Error, Result};

row! {
    pub struct TenantRow {
        id: String,
        name: String,
        domain: String,
        email: Option<String>,
        phone: Option<String>,
        address: Option<String>,
        is_operator: bool,
        partner_id: Option<String>,
        created_at: String,
        /// Its users must sign in with MFA before they act in customer tenants (partners).
        require_mfa: bool,
    }
}

pub const COLUMNS: &str = "t.id, t.name, t.domain, t.email, t.phone, t.address, t.is_operator,
    t.partner_id, t.created_at, t.require_mfa";

/// `COLUMNS` as a write on `tenants` returns them (RETURNING knows no table alias).
const RETURNING: &str = "RETURNING id, name, domain, email, phone, address, is_operator,
    partner_id, created_at, require_mfa";

pub struct NewTenant<'a> {
    pub name: &'a str,
    pub domain: &'a str,
    pub email: Option<&'a str>,
    pub is_operator: bool,
    pub partner_id: Option<&'a str>,
    pub created_at: &'a str,
}

/// Inserts a tenant and its initial (verified) domain; returns its id (for seeding).
pub fn insert(tx: &Tx<'_>, t: &NewTenant<'_>) -> Result<String> {
    Ok(create(tx, t)?.id)
}

/// Inserts a tenant and its initial (verified) domain; returns the tenant's row.
pub fn create(tx: &Tx<'_>, t: &NewTenant<'_>) -> Result<TenantRow> {
    if let Some(pid) = t.partner_id {
        if partner_id_taken(tx, pid)? {
            return Err(Error::conflict(format!(
                "partner id {pid} is already enrolled"
            )));
        }
    }
    let row = tx
        .query_row(
            &format!(
                "INSERT INTO tenants (id, name, domain, email, is_operator, partner_id, created_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 {RETURNING}"
            ),
            params![
                new_id(),
                t.name,
                t.domain,
                t.email,
                t.is_operator,
                t.partner_id,
                t.created_at
            ],
            TenantRow::from_row,
        )
        .map_err(|e| {
            unique_conflict(e, || {
                format!("a tenant with domain {} already exists", t.domain)
            })
        })?;
    tx.execute(
        "INSERT INTO domains (name, tenant_id, status, capabilities, is_initial, created_at, verified_at)
         VALUES (?1, ?2, 'verified', 'email,sharepoint,teams,intune', 1, ?3, ?3)",
        params![t.domain, row.id, t.created_at],
    )
    .map_err(|e| {
        unique_conflict(e, || {
            format!(
                "the domain {} is already registered to another tenant",
                t.domain
            )
        })
    })?;
    Ok(row)
}

fn partner_id_taken(tx: &Tx<'_>, pid: &str) -> Result<bool> {
    Ok(tx
        .query_row("SELECT 1 FROM tenants WHERE partner_id = ?1", [pid], |_| {
            Ok(())
        })
        .optional()?
        .is_some())
}

/// What [`find`] runs.
pub fn sql_for_find() -> String {
    format!("SELECT {COLUMNS} FROM tenants t WHERE t.domain = ?1 OR t.id = ?1")
}

/// A tenant by its initial domain or id.
pub fn find(tx: &Tx<'_>, key: &str) -> Result<Option<TenantRow>> {
    Ok(tx
        .query_row(&sql_for_find(), [key.trim()], TenantRow::from_row)
        .optional()?)
}

/// What [`find_many`] runs for `n` keys, by initial domain (`column` = "domain") or by id.
/// Two statements rather than one with `OR`: a parameter named twice in one statement costs
/// SQLite's parser a search of every name before it, which at thousands is most of the run.
pub fn sql_for_find_many(column: &str, n: usize) -> String {
    format!(
        "SELECT {COLUMNS} FROM tenants t WHERE t.{column} IN ({})",
        super::many::in_list(1, n)
    )
}

/// The tenants whose initial domain or id is one of `keys` (a bulk run's customers, read at
/// once).
pub fn find_many(tx: &Tx<'_>, keys: &[&str]) -> Result<Vec<TenantRow>> {
    let mut out = Vec::new();
    for column in ["domain", "id"] {
        tenants_in(tx, column, keys, &mut out)?;
    }
    Ok(out)
}

/// What [`by_id`] runs.
pub fn sql_for_by_id() -> String {
    format!("SELECT {COLUMNS} FROM tenants t WHERE t.id = ?1")
}

pub fn by_id(tx: &Tx<'_>, id: &str) -> Result<TenantRow> {
    Ok(tx.query_row(&sql_for_by_id(), [id], TenantRow::from_row)?)
}

/// The tenants of `ids`, in no particular order; an id that names no tenant has none.
pub fn by_ids(tx: &Tx<'_>, ids: &[&str]) -> Result<Vec<TenantRow>> {
    let mut out = Vec::new();
    tenants_in(tx, "id", ids, &mut out)?;
    Ok(out)
}

/// Adds the tenants whose `column` (`domain` or `id`) is one of `keys` to `out`.
fn tenants_in(tx: &Tx<'_>, column: &str, keys: &[&str], out: &mut Vec<TenantRow>) -> Result<()> {
    let sql = |n| sql_for_find_many(column, n);
    super::many::each_row(tx, &[], keys, sql, |r| {
        out.push(TenantRow::from_row(r)?);
        Ok(())
    })
}

/// Every tenant a partner holds a relationship with, in any state, by id: one query for the
/// views over all of a partner's customers.
pub fn customers_of(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
) -> Result<std::collections::HashMap<String, TenantRow>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM tenants t WHERE t.id IN
           (SELECT customer_tenant_id FROM relationships WHERE partner_tenant_id = ?1)"
    );
    let mut out = std::collections::HashMap::new();
    tx.for_each(&sql, [partner_tenant_id], |r| {
        let t = TenantRow::from_row(r)?;
        out.insert(t.id.clone(), t);
        Ok::<(), crate::error::Error>(())
    })?;
    Ok(out)
}

pub fn operator(tx: &Tx<'_>) -> Result<Option<TenantRow>> {
    let sql = format!("SELECT {COLUMNS} FROM tenants t WHERE t.is_operator = 1");
    Ok(tx
        .query_row(&sql, params![], TenantRow::from_row)
        .optional()?)
}

pub fn list(tx: &Tx<'_>) -> Result<Vec<TenantRow>> {
    let sql = format!("SELECT {COLUMNS} FROM tenants t ORDER BY t.domain");
    Ok(tx.query_map(&sql, params![], TenantRow::from_row)?)
}

/// Changes a tenant's contact details (each when given); returns its row, or `None` when
/// there is no such tenant.
pub fn update_contact(
    tx: &Tx<'_>,
    id: &str,
    name: Option<&str>,
    email: Option<&str>,
    phone: Option<&str>,
    address: Option<&str>,
) -> Result<Option<TenantRow>> {
    Ok(tx
        .query_row(
            &format!(
                "UPDATE tenants SET name = coalesce(?2, name), email = coalesce(?3, email),
                                phone = coalesce(?4, phone), address = coalesce(?5, address)
             WHERE id = ?1
             {RETURNING}"
            ),
            params![id, name, email, phone, address],
            TenantRow::from_row,
        )
        .optional()?)
}

/// Enrolls a tenant as a partner; returns its row, or `None` when there is no such tenant.
pub fn set_partner_id(tx: &Tx<'_>, id: &str, partner_id: &str) -> Result<Option<TenantRow>> {
    if partner_id_taken(tx, partner_id)? {
        return Err(Error::conflict(format!(
            "partner id {partner_id} is already enrolled"
        )));
    }
    Ok(tx
        .query_row(
            &format!("UPDATE tenants SET partner_id = ?2 WHERE id = ?1 {RETURNING}"),
            params![id, partner_id],
            TenantRow::from_row,
        )
        .optional()?)
}

/// Sets whether a tenant's users must sign in with MFA before they act in customer tenants;
/// returns its row, or `None` when there is no such tenant.
pub fn set_require_mfa(tx: &Tx<'_>, id: &str, require: bool) -> Result<Option<TenantRow>> {
    Ok(tx
        .query_row(
            &format!("UPDATE tenants SET require_mfa = ?2 WHERE id = ?1 {RETURNING}"),
            params![id, require],
            TenantRow::from_row,
        )
        .optional()?)
}

/// The tenant that owns a *verified* domain (the initial one, or one proven by its TXT
/// record): only those make a tenant the owner of a name, since anyone can add an
/// unverified domain of any name.
pub fn verified_domain_owner(tx: &Tx<'_>, domain: &str) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            "SELECT tenant_id FROM domains WHERE name = ?1 AND status = 'verified'",
            [domain],
            |r| r.get(0),
        )
        .optional()?)
}

/// What [`domain_owner`] runs.
pub const DOMAIN_OWNER: &str = "SELECT tenant_id FROM domains WHERE name = ?1";

/// What [`domain_owners`] runs for `n` domains.
pub fn sql_for_domain_owners(n: usize) -> String {
    format!(
        "SELECT name, tenant_id FROM domains WHERE name IN ({})",
        super::many::in_list(1, n)
    )
}

/// The tenants owning each of `domains` that has one: domain name (lower case, as domains
/// are kept) → tenant id; a bulk run's whole file in a few statements.
pub fn domain_owners(
    tx: &Tx<'_>,
    domains: &[&str],
) -> Result<std::collections::HashMap<String, String>> {
    let mut out = std::collections::HashMap::new();
    super::many::each_row(tx, &[], domains, sql_for_domain_owners, |r| {
        out.insert(r.get::<String>(0)?.to_ascii_lowercase(), r.get(1)?);
        Ok(())
    })?;
    Ok(out)
}

/// The tenant that owns a domain name (initial or added).
pub fn domain_owner(tx: &Tx<'_>, domain: &str) -> Result<Option<String>> {
    Ok(tx
        .query_row(DOMAIN_OWNER, [domain], |r| r.get(0))
        .optional()?)
}
