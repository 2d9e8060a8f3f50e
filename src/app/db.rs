//! `db`: the store itself, for whoever holds its credentials (SPEC §7): bring the schema up
//! to date, let a least-privileged PostgreSQL role use it, and copy a whole store between
//! backends.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Options;
use crate::error::{Error, Result};
use crate::store::{self, Location, OpenMode, Probe, Store};

#[derive(Debug, Serialize)]
pub struct MigrateView {
    pub database: String,
    pub schema_version: usize,
}

/// Brings the store's schema to this binary's version (opening does, when the role may).
pub fn migrate(opts: &Options) -> Result<MigrateView> {
    let mut store = Store::open(&opts.db, OpenMode::Existing)?;
    store.migrate()?;
    Ok(MigrateView {
        database: opts.db.display(),
        schema_version: store::latest_version(),
    })
}

#[derive(Debug, Serialize)]
pub struct GrantView {
    pub database: String,
    pub role: String,
}

fn valid_role(role: &str) -> Result<()> {
    let mut chars = role.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii_alphabetic() || c == '_');
    if !first_ok
        || role.len() > 63
        || !role
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
    {
        return Err(Error::invalid(
            "ROLE: a PostgreSQL role name of letters, digits, `_` and `-` (at most 63), starting with a letter",
        ));
    }
    Ok(())
}

/// Grants `role` what commands need and nothing more (PostgreSQL).
pub fn grant(opts: &Options, role: &str) -> Result<GrantView> {
    valid_role(role)?;
    if let Location::File(_) = opts.db {
        return Err(Error::invalid(
            "db grant: roles are PostgreSQL's; a SQLite file is guarded by its file permissions",
        ));
    }
    let mut store = Store::open(&opts.db, OpenMode::Existing)?;
    store.write(!opts.dry_run, |tx| store::copy::grant(tx, role))?;
    Ok(GrantView {
        database: opts.db.display(),
        role: role.to_string(),
    })
}

#[derive(Debug, Serialize)]
pub struct CopyView {
    pub from: String,
    pub to: String,
    /// Rows copied, per table.
    pub rows: BTreeMap<String, u64>,
    /// The audit chain as verified at the destination.
    pub audit: super::audit::VerifyView,
    pub dry_run: bool,
}

/// Copies a whole store, audit chain included, into an empty destination in one
/// transaction, and verifies the chain there before committing: all or nothing.
pub fn copy(opts: &Options, from: &Location, to: &Location) -> Result<CopyView> {
    if from.identity() == to.identity() {
        return Err(Error::invalid(
            "db copy: --from and --to name the same store",
        ));
    }
    let mut source = Store::open(from, OpenMode::Existing)?;
    let probe = store::probe(to)?;
    if probe == Probe::Ours {
        return Err(Error::conflict(format!(
            "db copy: {} already holds a partnerctl store; nothing was copied (the destination must be empty)",
            to.display()
        )));
    }
    let mut dest = Store::open(to, OpenMode::Create)?;
    let result = source.read(|src| {
        dest.write(!opts.dry_run, |dst| {
            let mut rows = BTreeMap::new();
            for table in store::TABLES {
                let (have, want) = (store::copy::width(src, table)?, store::copy::width(dst, table)?);
                if have != want {
                    return Err(Error::internal(format!(
                        "db copy: table {table} has {have} columns in the source and {want} in the destination"
                    )));
                }
                let mut n = 0u64;
                store::copy::each_row(src, table, |row| {
                    n += 1;
                    store::copy::insert_row(dst, table, &row)
                })?;
                rows.insert(table.to_string(), n);
            }
            store::copy::continue_numbering(dst)?;
            let audit = super::audit::check_chain(dst, None)?;
            if !audit.ok {
                return Err(Error::internal(format!(
                    "db copy: the audit chain does not verify at the destination ({}); nothing was copied",
                    audit.problem.as_deref().unwrap_or("broken")
                )));
            }
            Ok((rows, audit))
        })
    });
    match result {
        Ok((rows, audit)) => {
            if opts.dry_run && dest.fresh {
                drop(dest);
                discard_new(to, probe);
            }
            Ok(CopyView {
                from: from.display(),
                to: to.display(),
                rows,
                audit,
                dry_run: opts.dry_run,
            })
        }
        Err(e) => {
            drop(dest);
            discard_new(to, probe);
            Err(e)
        }
    }
}

/// Removes what this run created at the destination: a new file, or the tables made in an
/// empty database.
fn discard_new(to: &Location, probe: Probe) {
    let created = match to {
        Location::File(_) => probe == Probe::Missing,
        Location::Postgres(_) => true,
    };
    if created {
        let _ = store::discard(to);
    }
}
