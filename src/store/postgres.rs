//! A PostgreSQL store: telling ours from any other database before writing, creating the
//! database for `init`, and migrating under the write lock.

use std::cell::RefCell;
use std::collections::HashMap;
use std::time::Duration;

use super::migrations::{latest_version, APPLICATION_ID, STEPS};
use super::pg_url::PgUrl;
use super::tx::{DbError, Tx, TxInner};
use super::{OpenMode, Probe, TEST_CLOCK_KEY};
use crate::error::{Error, Result};

/// The `meta` keys only a PostgreSQL store has (SQLite keeps both in its header).
pub const APPLICATION_ID_KEY: &str = "application_id";
pub const SCHEMA_VERSION_KEY: &str = "schema_version";

/// An open connection and the statements prepared on it.
pub struct Conn {
    pub client: postgres::Client,
    pub cache: RefCell<HashMap<String, postgres::Statement>>,
    /// How long a write waits for the write lock (`lock_timeout`).
    pub busy: Duration,
}

/// What the database holds, read without changing it.
struct Header {
    /// Tables in the current schema.
    tables: i64,
    /// `meta.application_id`, when `meta` exists.
    app: Option<String>,
    version: usize,
    test_clock: bool,
}

fn header(client: &mut postgres::Client) -> Result<Header> {
    let mut tx = client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(DbError::from)?;
    let tables: i64 = tx
        .query_one(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = current_schema()",
            &[],
        )
        .map_err(DbError::from)?
        .get(0);
    let has_meta: bool = tx
        .query_one(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables
                             WHERE table_schema = current_schema() AND table_name = 'meta')",
            &[],
        )
        .map_err(DbError::from)?
        .get(0);
    let mut h = Header {
        tables,
        app: None,
        version: 0,
        test_clock: false,
    };
    if has_meta {
        let rows = tx
            .query("SELECT key, value FROM meta", &[])
            .map_err(DbError::from)?;
        for r in rows {
            let key: Option<&str> = r.try_get(0).ok();
            let value: Option<&str> = r.try_get(1).ok();
            match (key, value) {
                (Some(APPLICATION_ID_KEY), Some(v)) => h.app = Some(v.to_string()),
                (Some(SCHEMA_VERSION_KEY), Some(v)) => h.version = v.parse().unwrap_or(0),
                (Some(TEST_CLOCK_KEY), _) => h.test_clock = true,
                _ => {}
            }
        }
    }
    tx.commit().map_err(DbError::from)?;
    Ok(h)
}

fn not_ours(url: &PgUrl) -> Error {
    Error::internal(format!(
        "{} holds tables that are not a partnerctl store; nothing was changed (use an empty database)",
        url.redacted()
    ))
}

fn application_id() -> String {
    APPLICATION_ID.to_string()
}

/// Creates the database the URL names, through the server's `postgres` database.
fn create_database(url: &PgUrl) -> Result<()> {
    let name = url.dbname()?;
    let Some(mut admin) = url.with_dbname("postgres").connect(false)? else {
        return Err(Error::internal("the server has no `postgres` database"));
    };
    let quoted = format!("\"{}\"", name.replace('"', "\"\""));
    admin
        .batch_execute(&format!("CREATE DATABASE {quoted}"))
        .map_err(|e| {
            Error::unavailable(format!(
                "cannot create the database {name:?} on the server ({}); create it (CREATE DATABASE) and run `partnerctl init --db {}` again",
                super::pg_wire::describe(&e),
                url.redacted()
            ))
        })?;
    Ok(())
}

/// Whether the database is missing, empty or ours (anything else is an error).
pub fn probe(url: &PgUrl, busy: Duration) -> Result<Probe> {
    let Some(mut client) = url.connect(true)? else {
        return Ok(Probe::Missing);
    };
    limit_waits(&mut client, busy)?;
    let h = header(&mut client)?;
    match (h.tables, h.app) {
        (0, _) => Ok(Probe::Empty),
        (_, Some(app)) if app == application_id() => Ok(Probe::Ours),
        _ => Err(not_ours(url)),
    }
}

/// What opening found.
pub struct Opened {
    pub conn: Conn,
    pub fresh: bool,
    pub test_clock: bool,
}

pub fn open(
    url: &PgUrl,
    mode: OpenMode,
    busy: Duration,
    check: impl FnOnce(bool) -> Result<()>,
) -> Result<Opened> {
    let client = match url.connect(mode == OpenMode::Create)? {
        Some(c) => c,
        None => {
            create_database(url)?;
            url.connect(false)?
                .ok_or_else(|| Error::internal("the database vanished after it was created"))?
        }
    };
    let mut client = client;
    limit_waits(&mut client, busy)?;
    let mut conn = Conn {
        client,
        cache: RefCell::new(HashMap::new()),
        busy,
    };
    let h = header(&mut conn.client)?;
    let empty = h.tables == 0;
    if empty && mode == OpenMode::Existing {
        return Err(Error::unavailable(format!(
            "{} holds no partnerctl store; run `partnerctl init --db {}` to create one",
            url.redacted(),
            url.redacted()
        )));
    }
    if !empty && h.app.as_deref() != Some(application_id().as_str()) {
        return Err(not_ours(url));
    }
    let latest = latest_version();
    if h.version > latest {
        return Err(newer(url, h.version));
    }
    check(h.test_clock)?;
    if h.version < latest {
        migrate(&mut conn, url)?;
    }
    Ok(Opened {
        conn,
        fresh: empty,
        test_clock: h.test_clock,
    })
}

fn newer(url: &PgUrl, version: usize) -> Error {
    Error::unavailable(format!(
        "{} has schema version {version}, newer than this binary's {}; upgrade partnerctl (nothing was changed)",
        url.redacted(),
        latest_version()
    ))
}

/// Brings the schema to this binary's version in one transaction, under the write lock: the
/// version is read again once the lock is held, so two binaries never apply a step twice.
pub fn migrate(conn: &mut Conn, url: &PgUrl) -> Result<()> {
    let busy = conn.busy;
    let cache = &conn.cache;
    let t = begin_write(&mut conn.client, busy)?;
    let tx = Tx {
        inner: TxInner::Postgres {
            tx: RefCell::new(t),
            cache,
        },
    };
    let current: usize = {
        let exists: bool = tx.query_row(
            "SELECT EXISTS (SELECT 1 FROM information_schema.tables
                             WHERE table_schema = current_schema() AND table_name = 'meta')",
            super::value::params![],
            |r| r.get(0),
        )?;
        if exists {
            tx.query_row(
                "SELECT value FROM meta WHERE key = ?1",
                [SCHEMA_VERSION_KEY],
                |r| r.get::<String>(0),
            )
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(0)
        } else {
            0
        }
    };
    if current > latest_version() {
        return Err(newer(url, current));
    }
    let privilege = |e: DbError| {
        match &e {
        DbError::Postgres(pe)
            if pe.code() == Some(&postgres::error::SqlState::INSUFFICIENT_PRIVILEGE) =>
        {
            Error::unavailable(format!(
                "{} has schema version {current} and this binary needs {}; this PostgreSQL role may not change the schema: run `partnerctl db migrate --db URL` as the schema's owner ({})",
                url.redacted(),
                latest_version(),
                super::pg_wire::describe(pe)
            ))
        }
        _ => e.into(),
    }
    };
    for step in &STEPS[current..] {
        tx.batch(step.postgres).map_err(privilege)?;
    }
    let upsert = "INSERT INTO meta (key, value) VALUES (?1, ?2)
                  ON CONFLICT (key) DO UPDATE SET value = excluded.value";
    tx.execute(upsert, [APPLICATION_ID_KEY, &application_id()])
        .map_err(privilege)?;
    tx.execute(upsert, [SCHEMA_VERSION_KEY, &latest_version().to_string()])
        .map_err(privilege)?;
    tx.commit()?;
    Ok(())
}

/// A write transaction: READ COMMITTED behind one advisory lock per database, so writes
/// queue like SQLite's `BEGIN IMMEDIATE` and every statement sees the writes before it.
/// Waiting longer than the busy timeout is exit 8.
pub fn begin_write(
    client: &mut postgres::Client,
    busy: Duration,
) -> Result<postgres::Transaction<'_>> {
    let mut t = client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::ReadCommitted)
        .start()
        .map_err(DbError::from)?;
    // 0 would mean "wait for ever" to PostgreSQL; the shortest wait is 1 ms.
    let ms = busy.as_millis().max(1);
    t.batch_execute(&format!("SET LOCAL lock_timeout = {ms}"))
        .map_err(DbError::from)?;
    t.execute(
        "SELECT pg_advisory_xact_lock($1)",
        &[&i64::from(APPLICATION_ID)],
    )
    .map_err(DbError::from)?;
    Ok(t)
}

/// A read transaction: one snapshot, read-only.
pub fn begin_read(client: &mut postgres::Client) -> Result<postgres::Transaction<'_>> {
    Ok(client
        .build_transaction()
        .isolation_level(postgres::IsolationLevel::RepeatableRead)
        .read_only(true)
        .start()
        .map_err(DbError::from)?)
}

/// Drops every table of a store this process created and could not finish, or of a demo
/// being replaced.
/// Drops them under the write lock, so no command is writing meanwhile (exit 8 otherwise).
pub fn discard(url: &PgUrl, tables: &[&str], busy: Duration) -> Result<()> {
    if let Some(mut client) = url.connect(false)? {
        let list: Vec<String> = tables.iter().map(|t| format!("\"{t}\"")).collect();
        let mut t = begin_write(&mut client, busy)?;
        t.batch_execute(&format!("DROP TABLE IF EXISTS {} CASCADE", list.join(", ")))
            .map_err(DbError::from)?;
        t.commit().map_err(DbError::from)?;
    }
    Ok(())
}

/// Every statement of the session, reads included, waits for a table lock (a schema change
/// in progress) at most the busy timeout: exit 8 rather than hanging.
fn limit_waits(client: &mut postgres::Client, busy: Duration) -> Result<()> {
    let ms = busy.as_millis().max(1);
    client
        .batch_execute(&format!("SET lock_timeout = {ms}"))
        .map_err(DbError::from)?;
    Ok(())
}
