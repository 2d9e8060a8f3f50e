//! `db migrate`, `db grant` and `db copy`: the store itself, for whoever holds its credentials.

use std::path::PathBuf;

use clap::Subcommand;

use crate::app::db;
use crate::error::Result;
use crate::output::fields;
use crate::store::Location;

use super::Global;

#[derive(Debug, Subcommand)]
pub enum DbCmd {
    /// Bring the store's schema to this binary's version (on PostgreSQL, as the schema's
    /// owner; other roles' commands cannot change the schema)
    Migrate,
    /// Let a PostgreSQL role use the store and nothing more: read and write its tables,
    /// append to the audit trail but never change or delete an entry, own nothing (run as
    /// the schema's owner)
    Grant {
        /// The role to grant to (it must exist: CREATE ROLE … LOGIN)
        role: String,
    },
    /// Copy a whole store, audit chain included, between SQLite and PostgreSQL: all or
    /// nothing, into an empty destination, verified there before it is committed
    Copy {
        /// The store to copy: a file path or a postgres:// URL
        #[arg(long, value_name = "PATH|URL")]
        from: PathBuf,
        /// The empty destination: a new file path or a postgres:// URL of an empty (or
        /// missing) database
        #[arg(long, value_name = "PATH|URL")]
        to: PathBuf,
    },
}

pub fn run(g: &Global, cmd: DbCmd) -> Result<i32> {
    let opts = g.options()?;
    let out = g.out();
    match cmd {
        DbCmd::Migrate => {
            let v = db::migrate(&opts)?;
            out.emit(&[], &v, |v| {
                format!("{} is at schema version {}\n", v.database, v.schema_version)
            })?;
        }
        DbCmd::Grant { role } => {
            let v = db::grant(&opts, &role)?;
            out.emit(&[], &v, |v| {
                format!(
                    "{}{} may now use {}: tables read and written, audit entries appended only\n",
                    if opts.dry_run { "dry run: " } else { "" },
                    v.role,
                    v.database
                )
            })?;
        }
        DbCmd::Copy { from, to } => {
            let v = db::copy(&opts, &Location::parse(&from), &Location::parse(&to))?;
            out.emit(&[], &v, |v| {
                let rows: u64 = v.rows.values().sum();
                let mut s = format!(
                    "{}copied {} to {}\n",
                    if v.dry_run {
                        "dry run: would have "
                    } else {
                        ""
                    },
                    v.from,
                    v.to
                );
                s.push_str(&fields(&[
                    ("rows", rows.to_string()),
                    ("audit entries", v.audit.entries.to_string()),
                    ("audit chain", "verified at the destination".to_string()),
                ]));
                s
            })?;
        }
    }
    Ok(0)
}
