//! The SQLite file: creating it owner-only, telling ours from any other file before writing,
//! reading a read-only one, the pragmas, and its migrations.

use std::fs;
use std::io::ErrorKind as IoKind;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::time::Duration;

use rusqlite::{Connection, OpenFlags, TransactionBehavior};

use super::migrations::{self, latest_version, APPLICATION_ID};
use super::{OpenMode, Probe, TEST_CLOCK_KEY};
use crate::error::{Error, Result};

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

/// The first 16 bytes of every SQLite database file.
const SQLITE_MAGIC: &[u8; 16] = b"SQLite format 3\0";

/// SQLite said the file is not a database or is malformed: a file that starts like an SQLite
/// database is a damaged one (ours or not, it must not be mistaken for some other file);
/// anything else is not ours.
fn unreadable(path: &Path, e: &rusqlite::Error) -> Error {
    let mut head = [0u8; 16];
    let sqlite = fs::File::open(path)
        .and_then(|mut f| std::io::Read::read_exact(&mut f, &mut head))
        .is_ok()
        && &head == SQLITE_MAGIC;
    if sqlite {
        Error::internal(format!(
            "{} is corrupt ({e}); nothing was changed (restore it from a backup)",
            path.display()
        ))
    } else {
        not_ours(path)
    }
}

fn raw_header(conn: &Connection) -> rusqlite::Result<(i32, i64, i64)> {
    let app: i32 = conn.query_row("PRAGMA application_id", [], |r| r.get(0))?;
    let ver: i64 = conn.query_row("PRAGMA user_version", [], |r| r.get(0))?;
    let objects: i64 = conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get(0))?;
    Ok((app, ver, objects))
}

fn header_error(path: &Path, e: rusqlite::Error) -> Error {
    match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::NotADatabase) | Some(rusqlite::ErrorCode::DatabaseCorrupt) => {
            unreadable(path, &e)
        }
        _ => e.into(),
    }
}

fn read_header(conn: &Connection, path: &Path) -> Result<(i32, i64, i64)> {
    raw_header(conn).map_err(|e| header_error(path, e))
}

/// Whether SQLite failed because it could not create or write the `-wal`/`-shm` files next
/// to a WAL database: a read-only directory (or file) it may still read.
fn cannot_write_beside(e: &rusqlite::Error) -> bool {
    matches!(
        e.sqlite_error_code(),
        Some(rusqlite::ErrorCode::CannotOpen) | Some(rusqlite::ErrorCode::ReadOnly)
    )
}

fn side_file(path: &Path, suffix: &str) -> PathBuf {
    let mut p = path.as_os_str().to_owned();
    p.push(suffix);
    PathBuf::from(p)
}

/// The database file and the journal files SQLite keeps beside it (`-wal`, `-shm`).
pub fn db_files(path: &Path) -> [PathBuf; 3] {
    ["", "-wal", "-shm"].map(|suffix| side_file(path, suffix))
}

/// Opens a database that cannot be opened the ordinary way because its directory is not
/// writable, so SQLite cannot create the `-shm` file WAL mode needs, even to read.
/// `immutable=1` reads the main file without the WAL index or locks. That is only sound when
/// no `-wal` file holds transactions the main file lacks: a writer would first have to create
/// one in that directory, which is exactly what cannot happen here.
fn open_immutable(path: &Path) -> Result<Option<Connection>> {
    let wal = side_file(path, "-wal");
    if fs::metadata(&wal).is_ok_and(|m| m.len() > 0) {
        return Ok(None);
    }
    let abs = fs::canonicalize(path)?;
    let mut uri = String::from("file:");
    for b in abs.as_os_str().as_encoded_bytes() {
        match b {
            b'/' | b'-' | b'_' | b'.' | b'~' => uri.push(*b as char),
            b if b.is_ascii_alphanumeric() => uri.push(*b as char),
            b => uri.push_str(&format!("%{b:02X}")),
        }
    }
    uri.push_str("?immutable=1");
    let conn = Connection::open_with_flags(
        &uri,
        OpenFlags::SQLITE_OPEN_READ_ONLY
            | OpenFlags::SQLITE_OPEN_URI
            | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    Ok(Some(conn))
}

/// Reads an existing file's header without changing it: is it empty, ours, or something else
/// (error)? Opened read-write but never written, like `Store::open`: a read-only connection
/// to a WAL database would leave `-wal` and `-shm` files behind next to a file that may not
/// even be ours, where a read-write one removes them on close.
pub fn probe(path: &Path, timeout: Duration) -> Result<Probe> {
    if path.is_dir() {
        return Err(not_ours(path));
    }
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(timeout)?;
    match read_header(&conn, path)? {
        (0, 0, 0) => Ok(Probe::Empty),
        (APPLICATION_ID, _, _) => Ok(Probe::Ours),
        _ => Err(not_ours(path)),
    }
}

/// An open SQLite database and what opening it found.
pub struct Opened {
    pub conn: Connection,
    pub fresh: bool,
    pub read_only: bool,
    pub test_clock: bool,
}

/// Opens (or, for `init` and `demo`, creates) the database file, migrating it to this
/// binary's schema. `check` sees whether it is a test database before anything is written.
pub fn open(
    path: &Path,
    mode: OpenMode,
    timeout: Duration,
    check: impl FnOnce(bool) -> Result<()>,
) -> Result<Opened> {
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
    // Look before touching: nothing below writes until the file is known to be ours.
    let opened = Connection::open_with_flags(path, flags).and_then(|conn| {
        conn.busy_timeout(timeout)?;
        let header = raw_header(&conn)?;
        Ok((conn, header))
    });
    let (mut conn, (app, version, objects)) = match opened {
        Ok(v) => v,
        // Reads still work where the directory is read-only (SPEC: own-tenant reads on a
        // read-only store); writes are refused by `write` below.
        Err(e) if mode == OpenMode::Existing && cannot_write_beside(&e) => {
            match open_immutable(path)? {
                Some(conn) => {
                    let header = read_header(&conn, path)?;
                    (conn, header)
                }
                None => return Err(header_error(path, e)),
            }
        }
        Err(e) => return Err(header_error(path, e)),
    };
    conn.set_prepared_statement_cache_capacity(64);
    let read_only = conn.is_readonly(rusqlite::MAIN_DB)?;

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
    let test_clock = !empty
        && conn
            .query_row(
                "SELECT EXISTS (SELECT 1 FROM meta WHERE key = ?1)",
                [TEST_CLOCK_KEY],
                |r| r.get::<_, bool>(0),
            )
            .map_err(|e| header_error(path, e))?;
    check(test_clock)?;

    if read_only {
        if (version as usize) < latest {
            return Err(read_only_error(path));
        }
    } else {
        if empty && mode == OpenMode::Create {
            // `init` may adopt an empty file someone else made: it and the journal files
            // SQLite creates with its mode become owner-only before anything is written.
            for (i, p) in db_files(path).iter().enumerate() {
                if i == 0 || p.exists() {
                    fs::set_permissions(p, fs::Permissions::from_mode(0o600)).map_err(|e| {
                        Error::internal(format!("cannot make {} owner-only: {e}", p.display()))
                    })?;
                }
            }
        }
        let mode_now: String = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        if !mode_now.eq_ignore_ascii_case("wal") {
            let _: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        }
    }
    // No memory-mapped I/O: every page a big view touches through a map counts in the
    // process's resident memory (a 256 MiB window made `dashboard` at 100,000 customers
    // ~250 MiB larger), while reads through SQLite's own small page cache cost little more.
    conn.execute_batch("PRAGMA synchronous = NORMAL;")?;
    // A bulk write (10,000 invites and their audit entries) dirties more pages than the
    // default 2 MiB cache holds, and spilling them to the WAL mid-transaction writes them
    // twice. The cache only grows as pages are used (16 MiB at most).
    conn.execute_batch("PRAGMA cache_size = -16384;")?;
    if (version as usize) < latest {
        // Off while the steps run (the bundled SQLite turns them on by default): see below.
        conn.execute_batch("PRAGMA foreign_keys = OFF;")?;
        conn.set_transaction_behavior(TransactionBehavior::Immediate);
        migrations::sqlite()
            .to_latest(&mut conn)
            .map_err(|e| match e {
                rusqlite_migration::Error::RusqliteError { err, .. } => Error::from(err),
                other => Error::internal(format!("schema migration failed: {other}")),
            })?;
    }
    // Foreign keys are enforced once the schema is current: a migration that rebuilds a
    // table drops the old one, which with them on would run its `ON DELETE` actions on the
    // rows that refer to it (see `migrations::sqlite`).
    conn.execute_batch("PRAGMA foreign_keys = ON;")?;
    Ok(Opened {
        conn,
        fresh: empty,
        read_only,
        test_clock,
    })
}

/// Removes a database file this process created and could not finish, or a demo being
/// replaced, with its journal files.
pub fn discard(path: &Path) {
    for p in db_files(path) {
        let _ = fs::remove_file(p);
    }
}

pub fn read_only_error(path: &Path) -> Error {
    Error::internal(format!(
        "{} is read-only here (the file or its directory cannot be written); nothing was changed",
        path.display()
    ))
}
