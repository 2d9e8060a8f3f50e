//! `init`: the database, the operator tenant and its first global admin, signed in.

use std::collections::BTreeSet;

use serde::Serialize;

use super::sessions::{new_session, required_password, tenant_ref, TenantRef, DEFAULT_TTL};
use super::{paths, secrets, Options};
use crate::clock::{fmt_time, Clock};
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole};
use crate::store::{self, OpenMode, Store};

#[derive(Debug, Serialize)]
pub struct InitView {
    pub database: String,
    pub operator: TenantRef,
    pub admin: String,
    pub signed_in: bool,
    pub dry_run: bool,
}

pub struct InitInput {
    pub operator_email: String,
    pub name: String,
    pub password_stdin: bool,
    /// Make a test database, whose clock `PARTNERCTL_NOW` may set.
    pub test_clock: bool,
}

pub fn init(opts: &Options, input: &InitInput) -> Result<InitView> {
    let requested = Clock::requested()?;
    if requested.is_some() && !input.test_clock {
        return Err(super::test_clock_refused());
    }
    let clock = &requested.unwrap_or_else(Clock::system);
    let upn = model::validate_upn(&input.operator_email)
        .map_err(|e| Error::invalid(format!("--operator-email: {e}")))?;
    let name = model::validate_name("--name", &input.name)?;
    let domain = model::domain_of_upn(&upn).to_string();
    // Refuse before asking for a password: the store is not ours, or is already set up.
    let probe = store::probe(&opts.db)?;
    {
        if probe == store::Probe::Ours {
            return Err(Error::conflict(format!(
                "{} already holds a partnerctl database; nothing was changed (use another --db, or `partnerctl login`)",
                opts.db.display()
            )));
        }
    }
    let password = required_password(
        opts,
        input.password_stdin,
        &format!("Password for {upn}"),
        true,
    )?;
    let operator = store::tenants::TenantRow {
        id: String::new(),
        name,
        domain,
        email: Some(upn.clone()),
        phone: None,
        address: None,
        is_operator: true,
        partner_id: None,
        created_at: fmt_time(clock.now()),
        require_mfa: false,
    };
    if opts.dry_run {
        return Ok(InitView {
            database: opts.db.display().to_string(),
            operator: tenant_ref(&operator),
            admin: upn,
            signed_in: false,
            dry_run: true,
        });
    }
    let hash = secrets::hash_password(&password)?;
    let result = (|| {
        let mut store = Store::open(&opts.db, OpenMode::Create)?;
        let (id, token) = store.write(true, |tx| {
            if store::tenants::operator(tx)?.is_some() {
                return Err(Error::conflict(format!(
                    "{} already holds a partnerctl database; nothing was changed",
                    opts.db.display()
                )));
            }
            let id = store::tenants::create(
                tx,
                &store::tenants::NewTenant {
                    name: &operator.name,
                    domain: &operator.domain,
                    email: operator.email.as_deref(),
                    is_operator: true,
                    partner_id: None,
                    created_at: &operator.created_at,
                },
            )?
            .id;
            let roles = BTreeSet::from([DirectoryRole::GlobalAdmin]);
            let admin = store::users::insert(
                tx,
                &id,
                &upn,
                "Operator Admin",
                Some(&hash),
                &roles,
                &operator.created_at,
            )?;
            // The trail starts with the database itself: no decision precedes it (reason `init`).
            store::audit::append(
                tx,
                &store::audit::NewEntry {
                    at: &operator.created_at,
                    actor_upn: Some(&upn),
                    actor_tenant_id: Some(&id),
                    target_tenant_id: Some(&id),
                    action: crate::authz::Action::TenantProvision.id(),
                    allowed: true,
                    reason: "init",
                    relationship_id: None,
                    object: Some(&operator.domain),
                    summary: Some(&format!(
                        "created the database, operator tenant {} and its first global admin {upn}",
                        operator.domain
                    )),
                },
            )?;
            if input.test_clock {
                store::mark_test_clock(tx, &operator.created_at)?;
            }
            let (token, _) = new_session(tx, &admin.id, clock, DEFAULT_TTL)?;
            Ok((id, token))
        })?;
        paths::write_session_token(&opts.db, &token)?;
        Ok(id)
    })();
    match result {
        Ok(id) => Ok(InitView {
            database: opts.db.display().to_string(),
            operator: TenantRef {
                id,
                ..tenant_ref(&operator)
            },
            admin: upn,
            signed_in: true,
            dry_run: false,
        }),
        Err(e) => {
            // What this run created goes: a new file, or the tables made in an empty
            // PostgreSQL database.
            let created = match opts.db {
                store::Location::File(_) => probe == store::Probe::Missing,
                store::Location::Postgres(_) => probe != store::Probe::Ours,
            };
            if created {
                let _ = store::discard(&opts.db);
            }
            Err(e)
        }
    }
}
