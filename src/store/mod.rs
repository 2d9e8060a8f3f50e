//! SQLite storage: opening with the right pragmas, the schema, and queries grouped by
//! aggregate. The store never decides who may do what.

pub mod audit;
pub mod dashboard;
pub mod domains;
pub mod grants;
pub mod health;
pub mod invites;
pub mod licenses;
mod migrations;
pub mod relationships;
pub mod requests;
pub mod sessions;
pub mod tenants;
pub mod users;

use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

use crate::error::{Error, Result};
pub use migrations::{latest_version, APPLICATION_ID};

const DEFAULT_BUSY_TIMEOUT_MS: u64 = 5_000;

/// Whether `open` may create the file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpenMode {
    /// The database must exist (every command but `init` and `demo`).
    Existing,
    /// Create the file (owner-only) and its directory when missing.
    Create,
}

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// True when the file held no schema before this open (fresh from `init`/`demo`).
    pub fresh: bool,
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

fn create_file(path: &Path) -> Result<()> {
    if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
        if !dir.exists() {
            fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(dir)
                .map_err(|e| Error::internal(format!("cannot create {}: {e}", dir.display())))?;
        }
    }
    match fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(0o600)
        .open(path)
    {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == IoKind::AlreadyExists => Ok(()),
        Err(e) => Err(Error::internal(format!(
            "cannot create {}: {e}",
            path.display()
        ))),
    }
}

fn not_ours(path: &Path) -> Error {
    Error::internal(format!(
        "{} is not a partnerctl database; nothing was changed (pick another --db path)",
        path.display()
    ))
}

/// What an existing file holds, read without changing it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Probe {
    /// A zero-length or schema-less SQLite file: `init` may take it.
    Empty,
    /// A partnerctl database.
    Ours,
}

fn read_header(conn: &Connection, path: &Path) -> Result<(i32, i64, i64)> {
    let header = (|| -> rusqlite::Result<(i32, i64, i64)> {
        let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
        let ver: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
        let objects: i64 =
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
        Ok((app, ver, objects))
    })();
    header.map_err(|e| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            not_ours(path)
        }
        _ => e.into(),
    })
}

/// Reads an existing file's header without changing it: is it empty, ours, or something else
/// (error)? Opened read-write but never written, like `Store::open`: a read-only connection
/// to a WAL database would leave `-wal` and `-shm` files behind next to a file that may not
/// even be ours, where a read-write one removes them on close.
pub fn probe(path: &Path) -> Result<Probe> {
    if path.is_dir() {
        return Err(not_ours(path));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(busy_timeout()?)?;
    match read_header(&conn, path)? {
        (0, 0, 0) => Ok(Probe::Empty),
        (APPLICATION_ID, _, _) => Ok(Probe::Ours),
        _ => Err(not_ours(path)),
    }
}

impl Store {
    pub fn open(path: &Path, mode: OpenMode) -> Result<Store> {
        let timeout = busy_timeout()?;
        match (path.exists(), mode) {
            (false, OpenMode::Existing) => {
                return Err(Error::not_found(format!(
                    "no database at {}; run `partnerctl init`",
                    path.display()
                )))
            }
            (false, OpenMode::Create) => create_file(path)?,
            (true, _) => {}
        }
        if path.is_dir() {
            return Err(not_ours(path));
        }
        let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
        let mut conn = Connection::open_with_flags(path, flags)?;
        conn.busy_timeout(timeout)?;
        conn.set_prepared_statement_cache_capacity(64);

        // Look before touching: nothing below writes until the file is known to be ours.
        let (app, version, objects) = read_header(&conn, path)?;
        let empty = app == 0 && version == 0 && objects == 0;
        if empty && mode == OpenMode::Existing {
            return Err(Error::internal(format!(
                "{} is an empty file, not a partnerctl database; run `partnerctl init --db {}` to create one",
                path.display(),
                path.display()
            )));
        }
        if !empty && app != APPLICATION_ID {
            return Err(not_ours(path));
        }
        let latest = latest_version();
        if version as usize > latest {
            return Err(Error::unavailable(format!(
                "{} has schema version {version}, newer than this binary's {latest}; upgrade partnerctl (nothing was changed)",
                path.display()
            )));
        }

        let mode_now: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode_now.eq_ignore_ascii_case("wal") {
            let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        }
        // Reads of big views go through the page cache without copying (256 MiB window).
        conn.execute_batch(
            "PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL; PRAGMA mmap_size = 268435456;",
        )?;
        if (version as usize) < latest {
            conn.set_transaction_behavior(TransactionBehavior::Immediate);
            migrations::migrations()
                .to_latest(&mut conn)
                .map_err(|e| match e {
                    rusqlite_migration::Error::RusqliteError { err, .. } => Error::from(err),
                    other => Error::internal(format!("schema migration failed: {other}")),
                })?;
        }
        Ok(Store {
            conn,
            path: path.to_path_buf(),
            fresh: empty,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` in one `BEGIN IMMEDIATE` transaction: concurrent writers wait (up to the busy
    /// timeout) instead of failing. Commits when `f` succeeds and `commit` is true.
    pub fn write<T>(
        &mut self,
        commit: bool,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let out = f(&tx)?;
        if commit {
            tx.commit()?;
        } else {
            tx.rollback()?;
        }
        Ok(out)
    }

    /// Runs `f` in one read transaction, so the reads that belong together see one snapshot.
    pub fn read<T>(&mut self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Deferred)?;
        let out = f(&tx)?;
        tx.finish()?;
        Ok(out)
    }
}

/// Maps a UNIQUE constraint failure to a conflict with the given message.
pub fn unique_conflict(e: rusqlite::Error, message: impl FnOnce() -> String) -> Error {
    if let rusqlite::Error::SqliteFailure(f, _) = &e {
        if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
            || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY
        {
            return Error::conflict(message());
        }
    }
    e.into()
}

pub fn new_id() -> String {
    uuid::Uuid::now_v7().to_string()
}
