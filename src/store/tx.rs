//! One transaction of the store, and how the engine's errors become partnerctl's.

use crate::error::Error;

/// One transaction of the store: a write (`BEGIN IMMEDIATE`) or one read snapshot. The rest
/// of partnerctl names only this type; the engine behind it is the store's business, and only
/// the store's own modules reach the connection.
pub struct Tx<'c> {
    pub(super) inner: rusqlite::Transaction<'c>,
}

impl Tx<'_> {
    pub(in crate::store) fn execute<P: rusqlite::Params>(
        &self,
        sql: &str,
        params: P,
    ) -> rusqlite::Result<usize> {
        self.inner.execute(sql, params)
    }

    pub(in crate::store) fn prepare_cached(
        &self,
        sql: &str,
    ) -> rusqlite::Result<rusqlite::CachedStatement<'_>> {
        self.inner.prepare_cached(sql)
    }

    pub(in crate::store) fn query_row<T, P, F>(
        &self,
        sql: &str,
        params: P,
        f: F,
    ) -> rusqlite::Result<T>
    where
        P: rusqlite::Params,
        F: FnOnce(&rusqlite::Row<'_>) -> rusqlite::Result<T>,
    {
        self.inner.query_row(sql, params, f)
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

impl From<rusqlite::Error> for Error {
    fn from(e: rusqlite::Error) -> Self {
        use rusqlite::ErrorCode;
        match e.sqlite_error_code() {
            Some(ErrorCode::DatabaseBusy) | Some(ErrorCode::DatabaseLocked) => Error::unavailable(
                "the database stayed locked past the busy timeout; nothing was changed, retry later",
            ),
            Some(ErrorCode::NotADatabase) => {
                Error::internal("the file is not a partnerctl database (not SQLite)")
            }
            Some(ErrorCode::DatabaseCorrupt) => {
                Error::internal(format!("the database file is corrupt: {e}"))
            }
            Some(ErrorCode::ReadOnly) => {
                Error::internal(format!("the database is read-only: {e}"))
            }
            _ => Error::internal(format!("database error: {e}")),
        }
    }
}
