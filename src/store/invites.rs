use std::collections::BTreeSet;

use super::tx::{DbError, DbResult, Optional};
use super::value::params;

use super::pending::PendingRow;
use super::row::{self, row};
use super::Tx;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, InviteStatus};

row! {
    pub struct InviteRow {
        id: String,
        partner_tenant_id: String,
        created_by: String,
        access: BTreeSet<DirectoryRole> = row::roles,
        duration_days: Option<i64>,
        auto_extend: bool,
        customer_domain: Option<String>,
        message: Option<String>,
        email_to: Option<String>,
        created_at: String,
        expires_at: String,
        /// The stored status; `expired` is computed from `expires_at` and the clock.
        status: InviteStatus = row::parsed,
        status_at: Option<String>,
        status_by: Option<String>,
        customer_tenant_id: Option<String>,
        relationship_id: Option<String>,
        /// The name the relationship is to have (else one derived from the customer).
        name: Option<String>,
        /// The relationship that accepting this invite renews.
        renews: Option<String>,
        /// The access assignments accepting creates (from a template): `GROUP=ROLE+ROLE;…`.
        assignments: Option<String>,
    }
}

impl InviteRow {
    /// The status at `now`: a pending invite past its expiry is `expired`.
    pub fn status_at_time(&self, now: &str) -> InviteStatus {
        self.pending().status_at_time(now)
    }
}

/// Unqualified, so that an `INSERT` or `UPDATE` can return them too.
pub(super) const COLUMNS: &str =
    "id, partner_tenant_id, created_by, access, duration_days, auto_extend,
    customer_domain, message, email_to, created_at, expires_at, status, status_at, status_by,
    customer_tenant_id, relationship_id, name, renews, assignments";

pub struct NewInvite<'a> {
    /// Chosen before the transaction, so the invitation message can be written (to a
    /// temporary name) before the write lock is taken.
    pub id: &'a str,
    pub partner_tenant_id: &'a str,
    pub created_by: &'a str,
    pub token_hash: &'a str,
    pub access: &'a BTreeSet<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub customer_domain: Option<&'a str>,
    pub message: Option<&'a str>,
    pub email_to: Option<&'a str>,
    pub created_at: &'a str,
    pub expires_at: &'a str,
    pub name: Option<&'a str>,
    pub renews: Option<&'a str>,
    pub assignments: Option<&'a str>,
}

/// Frees a partner's slots for `n` customer domains held by pending invites whose expiry
/// passed: `?1` the partner, `?2` the time, the domains follow (one invite or a bulk run's).
pub fn sql_for_lapse_expired(n: usize) -> String {
    format!(
        "UPDATE invites SET lapsed = 1
          WHERE partner_tenant_id = ?1 AND status = 'pending' AND lapsed = 0 AND expires_at <= ?2
            AND customer_domain IN ({})",
        super::many::in_list(3, n)
    )
}

/// The partner's live pending invite for a customer domain.
pub const PENDING_FOR: &str =
    "SELECT id FROM invites WHERE partner_tenant_id = ?1 AND customer_domain = ?2
       AND status = 'pending' AND lapsed = 0 AND expires_at > ?3
       AND coalesce(renews, '') = coalesce(CAST(?4 AS TEXT), '')";

/// Inserts a pending invite. A partner holds one pending invite per customer domain (a unique
/// index): an earlier one whose expiry has passed lapses here and frees the slot; a live one
/// makes this a conflict naming it. Returns the invite as stored.
pub fn insert(tx: &Tx<'_>, n: &NewInvite<'_>) -> Result<InviteRow> {
    insert_many(tx, std::slice::from_ref(n), |_| {})?;
    Ok(stored(n))
}

/// The columns of a new invite as written.
const WRITTEN: usize = 16;
const INSERT_INTO: &str =
    "INSERT INTO invites (id, partner_tenant_id, created_by, token_hash, access, duration_days,
         auto_extend, customer_domain, message, email_to, created_at, expires_at, name, renews,
         assignments, status)";

/// Inserts pending invites, as [`insert`] does each, a few hundred per statement on
/// PostgreSQL (a bulk run; see [`super::many::rows_per_insert`]); `done` hears how many more
/// are written after each statement. All or nothing: the first that conflicts with a live
/// pending invite is refused, and with it the transaction. Each is stored as given
/// ([`stored`] is the row it becomes).
pub fn insert_many(tx: &Tx<'_>, new: &[NewInvite<'_>], done: impl FnMut(usize)) -> Result<()> {
    // Expired pending invites free their slots first, per partner and time.
    let mut lapsing: Vec<((&str, &str), Vec<&str>)> = Vec::new();
    for n in new {
        let Some(domain) = n.customer_domain else {
            continue;
        };
        let key = (n.partner_tenant_id, n.created_at);
        match lapsing.iter_mut().find(|(k, _)| *k == key) {
            Some((_, domains)) => domains.push(domain),
            None => lapsing.push((key, vec![domain])),
        }
    }
    for ((partner, at), domains) in &lapsing {
        super::many::execute_each(tx, params![*partner, *at], domains, sql_for_lapse_expired)?;
    }
    let accesses: Vec<String> = new
        .iter()
        .map(|n| crate::model::roles_to_csv(n.access))
        .collect();
    // A conflict inserts nothing and leaves the transaction usable, so the pending invite
    // can be named. On SQLite `ON CONFLICT DO NOTHING` costs nothing more; on PostgreSQL it
    // makes every row a speculative insertion (10,000 invites: 145 → 178 ms on the server),
    // so the rows go in plainly under one savepoint, and only a refused run does it again
    // the other way to find the row.
    let short = match tx.engine() {
        super::Engine::Sqlite => insert_chunks(tx, new, &accesses, "ON CONFLICT DO NOTHING", done)?,
        super::Engine::Postgres => {
            tx.batch("SAVEPOINT insert_invites")?;
            match insert_chunks(tx, new, &accesses, "", done) {
                Ok(short) => {
                    tx.batch("RELEASE SAVEPOINT insert_invites")?;
                    short
                }
                Err(DbError::Unique(_)) => {
                    tx.batch("ROLLBACK TO SAVEPOINT insert_invites")?;
                    insert_chunks(tx, new, &accesses, "ON CONFLICT DO NOTHING", |_| {})?
                        .or(Some(new))
                }
                Err(e) => return Err(e.into()),
            }
        }
    };
    match short {
        Some(rows) => Err(conflict(tx, rows)?),
        None => Ok(()),
    }
}

/// Writes `new` (`accesses`: each one's roles as stored) in statements ending with `tail`,
/// until one inserts fewer rows than it was given: those rows are returned.
fn insert_chunks<'n, 'a>(
    tx: &Tx<'_>,
    new: &'n [NewInvite<'a>],
    accesses: &[String],
    tail: &str,
    mut done: impl FnMut(usize),
) -> DbResult<Option<&'n [NewInvite<'a>]>> {
    let per = super::many::rows_per_insert(tx, WRITTEN);
    let mut inserts = super::many::Inserts::new(INSERT_INTO, WRITTEN, tail);
    for (rows, accesses) in new.chunks(per).zip(accesses.chunks(per)) {
        let mut p: Vec<&dyn super::value::Param> = Vec::with_capacity(rows.len() * WRITTEN);
        for (n, access) in rows.iter().zip(accesses) {
            p.extend_from_slice(params![
                n.id,
                n.partner_tenant_id,
                n.created_by,
                n.token_hash,
                *access,
                n.duration_days,
                n.auto_extend,
                n.customer_domain,
                n.message,
                n.email_to,
                n.created_at,
                n.expires_at,
                n.name,
                n.renews,
                n.assignments,
                "pending"
            ]);
        }
        // Written without `RETURNING`: the rows are what was asked for, and a returning
        // insert makes SQLite keep a statement journal.
        if tx.execute(inserts.sql(rows.len()), p.as_slice())? < rows.len() {
            return Ok(Some(rows));
        }
        done(rows.len());
    }
    Ok(None)
}

/// The refusal of a chunk of which some invite was not inserted: it names the live pending
/// invite that holds the first such invite's slot.
fn conflict(tx: &Tx<'_>, rows: &[NewInvite<'_>]) -> Result<Error> {
    let ids: Vec<&str> = rows.iter().map(|n| n.id).collect();
    let written = super::many::written(tx, "invites", &ids)?;
    let Some(n) = rows.iter().find(|n| !written.contains(n.id)) else {
        return Ok(Error::conflict("the invite conflicts with an existing one"));
    };
    let pending = n
        .customer_domain
        .map(|d| pending_for(tx, n.partner_tenant_id, d, n.renews, n.created_at))
        .transpose()?
        .flatten();
    Ok(Error::conflict(match pending {
        Some(id) => format!(
            "invite {id} for {} is already pending; revoke it first (partnerctl invites revoke {id})",
            n.customer_domain.unwrap_or_default()
        ),
        None => "the invite conflicts with an existing one".to_string(),
    }))
}

/// An invite as [`insert_many`] stores it.
pub fn stored(n: &NewInvite<'_>) -> InviteRow {
    InviteRow {
        id: n.id.to_string(),
        partner_tenant_id: n.partner_tenant_id.to_string(),
        created_by: n.created_by.to_string(),
        access: n.access.clone(),
        duration_days: n.duration_days,
        auto_extend: n.auto_extend,
        customer_domain: n.customer_domain.map(str::to_string),
        message: n.message.map(str::to_string),
        email_to: n.email_to.map(str::to_string),
        created_at: n.created_at.to_string(),
        expires_at: n.expires_at.to_string(),
        status: InviteStatus::Pending,
        status_at: None,
        status_by: None,
        customer_tenant_id: None,
        relationship_id: None,
        name: n.name.map(str::to_string),
        renews: n.renews.map(str::to_string),
        assignments: n.assignments.map(str::to_string),
    }
}

/// What [`pending_for_each`] runs for `n` domains.
pub fn sql_for_pending_for_each(n: usize) -> String {
    format!(
        "SELECT customer_domain, id FROM invites WHERE partner_tenant_id = ?1
           AND status = 'pending' AND lapsed = 0 AND expires_at > ?2
           AND coalesce(renews, '') = '' AND customer_domain IN ({})",
        super::many::in_list(3, n)
    )
}

/// The partner's pending invites that have not expired at `now` and renew nothing, for each
/// of `domains` that has one: customer domain (lower case) → invite id.
pub fn pending_for_each(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    domains: &[&str],
    now: &str,
) -> Result<std::collections::HashMap<String, String>> {
    let mut out = std::collections::HashMap::new();
    let fixed = params![partner_tenant_id, now];
    super::many::each_row(tx, fixed, domains, sql_for_pending_for_each, |r| {
        out.insert(r.get::<String>(0)?.to_ascii_lowercase(), r.get(1)?);
        Ok(())
    })?;
    Ok(out)
}

/// The partner's pending invite for a customer domain that has not expired at `now`.
pub fn pending_for(
    tx: &Tx<'_>,
    partner_tenant_id: &str,
    domain: &str,
    renews: Option<&str>,
    now: &str,
) -> Result<Option<String>> {
    Ok(tx
        .query_row(
            PENDING_FOR,
            params![partner_tenant_id, domain, now, renews],
            |r| r.get(0),
        )
        .optional()?)
}

pub fn of_partner(tx: &Tx<'_>, partner_tenant_id: &str) -> Result<Vec<InviteRow>> {
    super::pending::of_partner(tx, partner_tenant_id)
}

pub fn set_relationship(tx: &Tx<'_>, id: &str, relationship_id: &str) -> Result<()> {
    super::pending::set_relationship::<InviteRow>(tx, id, relationship_id)
}
