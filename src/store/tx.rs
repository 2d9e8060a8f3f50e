//! One transaction of the store, on either engine, and how the engines' errors become
//! partnerctl's. Statements are written once, in the SQL both engines accept, with `?N`
//! parameters; on PostgreSQL they become `$N` and every statement is prepared once per
//! connection.

use std::cell::RefCell;
use std::collections::HashMap;

use super::value::{FromValue, Params, Value};
use crate::error::Error;

/// What went wrong in the store, the same for both engines.
#[derive(Debug)]
pub enum DbError {
    /// A query that must return a row returned none.
    NoRows,
    /// A UNIQUE or PRIMARY KEY constraint refused the write.
    Unique(String),
    /// The write lock stayed taken past the busy timeout.
    Busy,
    /// A column could not be read as the type asked for.
    Conversion {
        column: usize,
        message: String,
    },
    Sqlite(rusqlite::Error),
    Postgres(postgres::Error),
}

pub type DbResult<T> = std::result::Result<T, DbError>;

impl std::fmt::Display for DbError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DbError::NoRows => f.write_str("the query returned no rows"),
            DbError::Unique(m) => write!(f, "uniqueness violated: {m}"),
            DbError::Busy => f.write_str("the write lock stayed taken past the busy timeout"),
            DbError::Conversion { column, message } => write!(f, "column {column}: {message}"),
            DbError::Sqlite(e) => write!(f, "{e}"),
            DbError::Postgres(e) => write!(f, "{}", super::pg_wire::describe(e)),
        }
    }
}

impl From<rusqlite::Error> for DbError {
    fn from(e: rusqlite::Error) -> Self {
        match &e {
            rusqlite::Error::QueryReturnedNoRows => DbError::NoRows,
            rusqlite::Error::SqliteFailure(f, m)
                if f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_UNIQUE
                    || f.extended_code == rusqlite::ffi::SQLITE_CONSTRAINT_PRIMARYKEY =>
            {
                DbError::Unique(m.clone().unwrap_or_default())
            }
            _ => match e.sqlite_error_code() {
                Some(rusqlite::ErrorCode::DatabaseBusy)
                | Some(rusqlite::ErrorCode::DatabaseLocked) => DbError::Busy,
                _ => DbError::Sqlite(e),
            },
        }
    }
}

impl From<postgres::Error> for DbError {
    fn from(e: postgres::Error) -> Self {
        use postgres::error::SqlState;
        match e.code() {
            Some(c) if *c == SqlState::UNIQUE_VIOLATION => DbError::Unique(
                e.as_db_error()
                    .map(|d| d.message().to_string())
                    .unwrap_or_default(),
            ),
            Some(c)
                if *c == SqlState::LOCK_NOT_AVAILABLE
                    || *c == SqlState::T_R_SERIALIZATION_FAILURE
                    || *c == SqlState::T_R_DEADLOCK_DETECTED =>
            {
                DbError::Busy
            }
            _ => DbError::Postgres(e),
        }
    }
}

/// `query_row(..).optional()`: no row is `None`, not an error.
pub trait Optional<T> {
    fn optional(self) -> DbResult<Option<T>>;
}

impl<T> Optional<T> for DbResult<T> {
    fn optional(self) -> DbResult<Option<T>> {
        match self {
            Ok(v) => Ok(Some(v)),
            Err(DbError::NoRows) => Ok(None),
            Err(e) => Err(e),
        }
    }
}

/// One row of a result, read by column index.
pub struct Row<'r> {
    inner: RowInner<'r>,
}

enum RowInner<'r> {
    Sqlite(&'r rusqlite::Row<'r>),
    Postgres(&'r postgres::Row),
}

impl Row<'_> {
    /// The column at `i` as a `T`.
    pub fn get<T: FromValue>(&self, i: usize) -> DbResult<T> {
        let conv = |message: String| DbError::Conversion { column: i, message };
        match &self.inner {
            RowInner::Sqlite(r) => {
                use rusqlite::types::ValueRef;
                let v = match r.get_ref(i)? {
                    ValueRef::Null => Value::Null,
                    ValueRef::Integer(n) => Value::Int(n),
                    ValueRef::Real(x) => Value::Real(x),
                    ValueRef::Text(t) => {
                        Value::Text(std::str::from_utf8(t).map_err(|e| conv(e.to_string()))?)
                    }
                    ValueRef::Blob(b) => Value::Blob(b),
                };
                T::from_value(v).map_err(conv)
            }
            RowInner::Postgres(r) => T::from_value(super::pg_wire::column(r, i)?).map_err(conv),
        }
    }

    /// How many columns the row has.
    pub fn width(&self) -> usize {
        match &self.inner {
            RowInner::Sqlite(r) => r.as_ref().column_count(),
            RowInner::Postgres(r) => r.len(),
        }
    }
}

/// Which engine a transaction runs on, for the few statements that differ.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Sqlite,
    Postgres,
}

/// One transaction of the store: a write (serialised with every other write) or one read
/// snapshot. The rest of partnerctl names only this type; the engine behind it is the
/// store's business, and only the store's own modules run statements.
pub struct Tx<'c> {
    pub(super) inner: TxInner<'c>,
}

pub(super) enum TxInner<'c> {
    Sqlite(rusqlite::Transaction<'c>),
    Postgres {
        tx: RefCell<postgres::Transaction<'c>>,
        cache: &'c RefCell<HashMap<String, postgres::Statement>>,
    },
}

struct SqliteParam<'a>(Value<'a>);

impl rusqlite::ToSql for SqliteParam<'_> {
    fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
        use rusqlite::types::{ToSqlOutput, ValueRef};
        Ok(ToSqlOutput::Borrowed(match self.0 {
            Value::Null => ValueRef::Null,
            Value::Int(i) => ValueRef::Integer(i),
            Value::Real(r) => ValueRef::Real(r),
            Value::Text(s) => ValueRef::Text(s.as_bytes()),
            Value::Blob(b) => ValueRef::Blob(b),
        }))
    }
}

fn sqlite_params<'a>(values: &'a [Value<'a>]) -> impl rusqlite::Params + 'a {
    rusqlite::params_from_iter(values.iter().map(|v| SqliteParam(*v)))
}

impl<'c> Tx<'c> {
    pub fn engine(&self) -> Engine {
        match &self.inner {
            TxInner::Sqlite(_) => Engine::Sqlite,
            TxInner::Postgres { .. } => Engine::Postgres,
        }
    }

    /// The statement, prepared once per connection.
    fn pg_statement(
        tx: &mut postgres::Transaction<'c>,
        cache: &RefCell<HashMap<String, postgres::Statement>>,
        sql: &str,
    ) -> DbResult<postgres::Statement> {
        if let Some(st) = cache.borrow().get(sql) {
            return Ok(st.clone());
        }
        let st = tx.prepare(&super::pg_wire::translate(sql))?;
        cache.borrow_mut().insert(sql.to_string(), st.clone());
        Ok(st)
    }

    /// Runs a statement; returns how many rows it changed.
    pub(in crate::store) fn execute<P: Params>(&self, sql: &str, params: P) -> DbResult<usize> {
        let values = params.values();
        match &self.inner {
            TxInner::Sqlite(tx) => Ok(tx.prepare_cached(sql)?.execute(sqlite_params(&values))?),
            TxInner::Postgres { tx, cache } => {
                let tx = &mut *tx.borrow_mut();
                let st = Self::pg_statement(tx, cache, sql)?;
                let p = super::pg_wire::params(&values);
                let n = tx.execute(&st, &super::pg_wire::refs(&p))?;
                Ok(usize::try_from(n).unwrap_or(usize::MAX))
            }
        }
    }

    /// Runs statements without parameters, one after the other (schema changes).
    pub(in crate::store) fn batch(&self, sql: &str) -> DbResult<()> {
        match &self.inner {
            TxInner::Sqlite(tx) => Ok(tx.execute_batch(sql)?),
            TxInner::Postgres { tx, .. } => Ok(tx.borrow_mut().batch_execute(sql)?),
        }
    }

    /// The first row of a query (`DbError::NoRows` when there is none).
    pub(in crate::store) fn query_row<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        f: impl FnOnce(&Row<'_>) -> DbResult<T>,
    ) -> DbResult<T> {
        let values = params.values();
        match &self.inner {
            TxInner::Sqlite(tx) => {
                let mut st = tx.prepare_cached(sql)?;
                let mut rows = st.query(sqlite_params(&values))?;
                match rows.next()? {
                    Some(r) => f(&Row {
                        inner: RowInner::Sqlite(r),
                    }),
                    None => Err(DbError::NoRows),
                }
            }
            TxInner::Postgres { tx, cache } => {
                let tx = &mut *tx.borrow_mut();
                let st = Self::pg_statement(tx, cache, sql)?;
                let p = super::pg_wire::params(&values);
                let rows = tx.query(&st, &super::pg_wire::refs(&p))?;
                match rows.first() {
                    Some(r) => f(&Row {
                        inner: RowInner::Postgres(r),
                    }),
                    None => Err(DbError::NoRows),
                }
            }
        }
    }

    /// Every row of a query, each made into a `T`.
    pub(in crate::store) fn query_map<T, P: Params>(
        &self,
        sql: &str,
        params: P,
        mut f: impl FnMut(&Row<'_>) -> DbResult<T>,
    ) -> DbResult<Vec<T>> {
        let mut out = Vec::new();
        self.for_each(sql, params, |r| {
            out.push(f(r)?);
            Ok::<(), DbError>(())
        })?;
        Ok(out)
    }

    /// Calls `f` for every row of a query as it arrives, without holding the result in
    /// memory (the audit trail, the big views).
    pub(in crate::store) fn for_each<P: Params, E: From<DbError>>(
        &self,
        sql: &str,
        params: P,
        mut f: impl FnMut(&Row<'_>) -> Result<(), E>,
    ) -> Result<(), E> {
        let values = params.values();
        match &self.inner {
            TxInner::Sqlite(tx) => {
                let mut st = tx.prepare_cached(sql).map_err(DbError::from)?;
                let mut rows = st.query(sqlite_params(&values)).map_err(DbError::from)?;
                while let Some(r) = rows.next().map_err(DbError::from)? {
                    f(&Row {
                        inner: RowInner::Sqlite(r),
                    })?;
                }
                Ok(())
            }
            TxInner::Postgres { tx, cache } => {
                use postgres::fallible_iterator::FallibleIterator;
                let tx = &mut *tx.borrow_mut();
                let st = Self::pg_statement(tx, cache, sql)?;
                let p = super::pg_wire::params(&values);
                let mut rows = tx
                    .query_raw(&st, super::pg_wire::refs(&p))
                    .map_err(DbError::from)?;
                while let Some(r) = rows.next().map_err(DbError::from)? {
                    f(&Row {
                        inner: RowInner::Postgres(&r),
                    })?;
                }
                Ok(())
            }
        }
    }
}

impl Tx<'_> {
    /// Makes the transaction's changes durable.
    pub(in crate::store) fn commit(self) -> crate::error::Result<()> {
        match self.inner {
            TxInner::Sqlite(tx) => Ok(tx.commit()?),
            TxInner::Postgres { tx, .. } => Ok(tx.into_inner().commit().map_err(DbError::from)?),
        }
    }
}

/// Maps a UNIQUE constraint failure to a conflict with the given message.
pub fn unique_conflict(e: DbError, message: impl FnOnce() -> String) -> Error {
    match e {
        DbError::Unique(_) => Error::conflict(message()),
        other => other.into(),
    }
}

fn busy() -> Error {
    Error::unavailable(
        "the database stayed locked past the busy timeout; nothing was changed, retry later",
    )
}

impl From<DbError> for Error {
    fn from(e: DbError) -> Self {
        match e {
            DbError::Busy => busy(),
            DbError::Sqlite(e) => e.into(),
            DbError::Postgres(e) => super::pg_wire::error(&e),
            other => Error::internal(format!("database error: {other}")),
        }
    }
}

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => busy(),
            Some(ErrorCode::NotADatabase) => {
                Error::internal("the file is not a partnerctl database (not SQLite)")
            }
            Some(ErrorCode::DatabaseCorrupt) => {
                Error::internal(format!("the database file is corrupt: {e}"))
            }
            Some(ErrorCode::ReadOnly) => Error::internal(format!("the database is read-only: {e}")),
            _ => Error::internal(format!("database error: {e}")),
        }
    }
}
