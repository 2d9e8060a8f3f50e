//! Storage: one SQLite file or one PostgreSQL database behind the same [`Tx`], the schema,
//! and queries grouped by aggregate. The store never decides who may do what.

pub mod assignments;
pub mod audit;
pub mod copy;
pub mod dashboard;
pub mod domains;
pub mod elevations;
pub mod eligibilities;
pub mod grants;
pub mod groups;
pub mod health;
pub mod invites;
pub mod licenses;
mod many;
mod meta;
pub mod mfa;
mod migrations;
pub mod notifications;
pub mod offers;
pub mod pending;
mod pg_url;
mod pg_wire;
pub(crate) mod postgres;
pub mod relationships;
pub mod requests;
mod row;
pub mod sessions;
mod sqlite;
pub mod templates;
pub mod tenants;
pub(crate) mod tx;
pub mod users;
pub(crate) mod value;

use std::cell::RefCell;
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::TransactionBehavior;

use crate::error::{Error, Result};
pub use meta::{dangling_references, integrity_check, is_demo, mark_demo, mark_test_clock};
pub use migrations::{latest_version, APPLICATION_ID};
pub use pg_url::PgUrl;
pub use sqlite::db_files;
use tx::TxInner;
pub use tx::{unique_conflict, DbError, Engine, Tx};

const DEFAULT_BUSY_TIMEOUT_MS: u64 = 5_000;

/// Whether `open` may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The database must exist (every command but `init` and `demo`).
    Existing,
    /// Create the file (owner-only) and its directory when missing.
    Create,
}

fn busy_timeout() -> Result<Duration> {
    match std::env::var("PARTNERCTL_BUSY_TIMEOUT_MS") {
        Ok(v) if !v.trim().is_empty() => v
            .trim()
            .parse::<u64>()
            .map(Duration::from_millis)
            .map_err(|_| {
                Error::invalid(format!(
                    "PARTNERCTL_BUSY_TIMEOUT_MS={v:?} is not a number of milliseconds"
                ))
            }),
        _ => Ok(Duration::from_millis(DEFAULT_BUSY_TIMEOUT_MS)),
    }
}

/// The `meta` key whose presence marks a test database: one made by `init --test-clock` or
/// `demo`, whose clock `PARTNERCTL_NOW` may set (SPEC §5).
pub const TEST_CLOCK_KEY: &str = "test_clock";

/// Every table, parents before children: the order `db copy` fills a store in.
pub const TABLES: &[&str] = &[
    "meta",
    "tenants",
    "domains",
    "users",
    "user_roles",
    "sessions",
    "audit",
    "invites",
    "relationships",
    "grants",
    "subscriptions",
    "license_assignments",
    "health",
    "service_requests",
    "service_request_comments",
    "groups",
    "group_members",
    "assignments",
    "templates",
    "offers",
    "mfa",
    "recovery_codes",
    "eligibilities",
    "elevations",
    "notifications",
];

/// Where a store lives: `--db` (or `PARTNERCTL_DB`), a file path or a `postgres://` URL.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Location {
    File(PathBuf),
    Postgres(PgUrl),
}

impl Location {
    pub fn parse(p: &Path) -> Location {
        match p.to_str() {
            Some(s) if PgUrl::is_url(s) => Location::Postgres(PgUrl::new(s)),
            _ => Location::File(p.to_path_buf()),
        }
    }

    /// The location for messages: the path, or the URL without its password.
    pub fn display(&self) -> String {
        match self {
            Location::File(p) => p.display().to_string(),
            Location::Postgres(u) => u.redacted(),
        }
    }

    /// What identifies the store across commands (the session file's key): the canonical
    /// path, or the server and database (not the role connecting).
    pub fn identity(&self) -> Vec<u8> {
        match self {
            Location::File(p) => std::fs::canonicalize(p)
                .unwrap_or_else(|_| p.clone())
                .into_os_string()
                .into_encoded_bytes(),
            Location::Postgres(u) => u.identity().into_bytes(),
        }
    }
}

/// What a location holds, read without changing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// No file, or no such database on the server.
    Missing,
    /// A zero-length or schema-less SQLite file, or a database without tables: `init` may
    /// take it.
    Empty,
    /// A partnerctl store.
    Ours,
}

/// Reads what a location holds without changing it; a store that is not ours is an error.
pub fn probe(at: &Location) -> Result<Probe> {
    match at {
        Location::File(p) if !p.exists() => Ok(Probe::Missing),
        Location::File(p) => sqlite::probe(p, busy_timeout()?),
        Location::Postgres(u) => postgres::probe(u, busy_timeout()?),
    }
}

/// Removes a store this process created and could not finish, or a demo being replaced.
pub fn discard(at: &Location) -> Result<()> {
    match at {
        Location::File(p) => {
            sqlite::discard(p);
            Ok(())
        }
        Location::Postgres(u) => postgres::discard(u, TABLES, busy_timeout()?),
    }
}

enum Conn {
    Sqlite(rusqlite::Connection),
    Postgres(Box<postgres::Conn>),
}

pub struct Store {
    conn: Conn,
    location: Location,
    /// True when the store held no schema before this open (fresh from `init`/`demo`).
    pub fresh: bool,
    /// Opened read-only (the file or its directory cannot be written): `write` refuses.
    read_only: bool,
    test_clock: bool,
}

impl Store {
    pub fn open(at: &Location, mode: OpenMode) -> Result<Store> {
        Self::open_checked(at, mode, |_| Ok(()))
    }

    /// Like [`Store::open`], and calls `check` with whether the store is a test database
    /// (see [`TEST_CLOCK_KEY`]) once it is known to be ours and before anything is written:
    /// an error from `check` leaves the store as it was.
    pub fn open_checked(
        at: &Location,
        mode: OpenMode,
        check: impl FnOnce(bool) -> Result<()>,
    ) -> Result<Store> {
        let timeout = busy_timeout()?;
        match at {
            Location::File(path) => {
                let o = sqlite::open(path, mode, timeout, check)?;
                Ok(Store {
                    conn: Conn::Sqlite(o.conn),
                    location: at.clone(),
                    fresh: o.fresh,
                    read_only: o.read_only,
                    test_clock: o.test_clock,
                })
            }
            Location::Postgres(url) => {
                let o = postgres::open(url, mode, timeout, check)?;
                Ok(Store {
                    conn: Conn::Postgres(Box::new(o.conn)),
                    location: at.clone(),
                    fresh: o.fresh,
                    read_only: false,
                    test_clock: o.test_clock,
                })
            }
        }
    }

    pub fn location(&self) -> &Location {
        &self.location
    }

    pub fn engine(&self) -> Engine {
        match self.conn {
            Conn::Sqlite(_) => Engine::Sqlite,
            Conn::Postgres(_) => Engine::Postgres,
        }
    }

    /// Whether this is a test database, whose clock `PARTNERCTL_NOW` may set.
    pub fn test_clock(&self) -> bool {
        self.test_clock
    }

    /// Runs `f` in one write transaction: on SQLite `BEGIN IMMEDIATE`, on PostgreSQL behind
    /// the store's advisory lock. Concurrent writers wait (up to the busy timeout) instead of
    /// failing. Commits when `f` succeeds and `commit` is true.
    pub fn write<T>(&mut self, commit: bool, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        if self.read_only {
            if let Location::File(p) = &self.location {
                return Err(sqlite::read_only_error(p));
            }
        }
        let tx = match &mut self.conn {
            Conn::Sqlite(c) => Tx {
                inner: TxInner::Sqlite(
                    c.transaction_with_behavior(TransactionBehavior::Immediate)?,
                ),
            },
            Conn::Postgres(c) => Tx {
                inner: TxInner::Postgres {
                    tx: RefCell::new(postgres::begin_write(&mut c.client, c.busy)?),
                    cache: &c.cache,
                },
            },
        };
        let out = f(&tx)?;
        if commit {
            tx.commit()?;
        }
        Ok(out)
    }

    /// Runs `f` in one read transaction, so the reads that belong together see one snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Tx<'_>) -> Result<T>) -> Result<T> {
        let tx = match &mut self.conn {
            Conn::Sqlite(c) => Tx {
                inner: TxInner::Sqlite(c.transaction_with_behavior(TransactionBehavior::Deferred)?),
            },
            Conn::Postgres(c) => Tx {
                inner: TxInner::Postgres {
                    tx: RefCell::new(postgres::begin_read(&mut c.client)?),
                    cache: &c.cache,
                },
            },
        };
        let out = f(&tx)?;
        tx.commit()?;
        Ok(out)
    }

    /// Brings the schema to this binary's version (`db migrate`); opening already does it
    /// when the store's role may.
    pub fn migrate(&mut self) -> Result<()> {
        match (&mut self.conn, &self.location) {
            (Conn::Postgres(c), Location::Postgres(u)) => postgres::migrate(c, u),
            _ => Ok(()),
        }
    }
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
