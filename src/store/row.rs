//! Row types and how a row of a `SELECT` becomes one: each row type names its columns once,
//! in the order its queries select them, and reads them in that order.

use std::collections::BTreeSet;
use std::str::FromStr;

use super::tx::{DbError, DbResult, Optional, Row};
use super::value::{FromValue, Params};
use super::Tx;

use crate::error::Result;
use crate::model::DirectoryRole;

/// A row type read from the columns of a `SELECT`, in the order its fields are declared. A
/// field read through a converter names it after `=` (`role: AgentRole = parsed`).
macro_rules! row {
    (
        $(#[$meta:meta])*
        pub struct $name:ident {
            $( $(#[$fmeta:meta])* $field:ident : $ty:ty $(= $get:path)? ),* $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone)]
        pub struct $name {
            $( $(#[$fmeta])* pub $field: $ty, )*
        }

        impl $name {
            /// The row from the columns starting at `at`.
            #[allow(unused_assignments)]
            pub(crate) fn from_row_at(
                r: &$crate::store::tx::Row<'_>,
                at: usize,
            ) -> $crate::store::tx::DbResult<Self> {
                let mut i = at;
                Ok($name {
                    $( $field: {
                        let v = $crate::store::row::column!(r, i $(, $get)?);
                        i += 1;
                        v
                    }, )*
                })
            }

            /// The row from a `SELECT` of exactly its columns.
            pub(crate) fn from_row(r: &$crate::store::tx::Row<'_>) -> $crate::store::tx::DbResult<Self> {
                Self::from_row_at(r, 0)
            }
        }

        impl $crate::store::row::FromRow for $name {
            fn read(r: &$crate::store::tx::Row<'_>) -> $crate::store::tx::DbResult<Self> {
                Self::from_row(r)
            }
        }
    };
}

macro_rules! column {
    ($r:ident, $i:ident) => {
        $r.get($i)?
    };
    ($r:ident, $i:ident, $get:path) => {
        $get($r, $i)?
    };
}

pub(crate) use column;
pub(crate) use row;

/// A row type read from the columns of a `SELECT` (every [`row!`] type).
pub trait FromRow: Sized {
    fn read(r: &Row<'_>) -> DbResult<Self>;
}

/// A row type whose queries share one `SELECT`: its columns and what they are read from (its
/// table, and the joins that bring the names people read). Each query adds its own `WHERE`
/// and `ORDER BY` ([`Tx::select`]).
pub trait Selected: FromRow {
    const COLUMNS: &'static str;
    const FROM: &'static str;
    const JOINS: &'static str = "";

    /// The row's `SELECT`, then `rest`.
    fn sql(rest: &str) -> String {
        let (columns, from, joins) = (Self::COLUMNS, Self::FROM, Self::JOINS);
        format!("SELECT {columns} FROM {from} {joins} {rest}")
    }
}

/// The joins of a row about a partner user in a customer through a relationship (`e`) that
/// bring the names people read: the user's UPN (`u`), the customer's domain (`c`) and the
/// relationship's name (`r`).
pub const USER_CUSTOMER_RELATIONSHIP: &str = "JOIN users u ON u.id = e.user_id
    JOIN tenants c ON c.id = e.customer_tenant_id
    JOIN relationships r ON r.id = e.relationship_id";

impl Tx<'_> {
    /// Every row of `T`'s `SELECT` with `rest` (`WHERE …`, `ORDER BY …`).
    pub(in crate::store) fn select<T: Selected>(
        &self,
        rest: &str,
        params: impl Params,
    ) -> Result<Vec<T>> {
        Ok(self.query_map(&T::sql(rest), params, T::read)?)
    }

    /// The first column of every row of a query: a list of names or keys.
    pub(in crate::store) fn column<T: FromValue>(
        &self,
        sql: &str,
        params: impl Params,
    ) -> Result<Vec<T>> {
        Ok(self.query_map(sql, params, |r| r.get(0))?)
    }

    /// The first row of `T`'s `SELECT` with `rest`, if any.
    pub(in crate::store) fn select_one<T: Selected>(
        &self,
        rest: &str,
        params: impl Params,
    ) -> Result<Option<T>> {
        Ok(self.query_row(&T::sql(rest), params, T::read).optional()?)
    }
}

/// A text column holding a typed id (a role, a status).
pub fn parsed<T: FromStr<Err = String>>(r: &Row<'_>, i: usize) -> DbResult<T> {
    let s: String = r.get(i)?;
    s.parse()
        .map_err(|message| DbError::Conversion { column: i, message })
}

/// A comma-separated set of directory roles (none when NULL or empty).
pub fn roles(r: &Row<'_>, i: usize) -> DbResult<BTreeSet<DirectoryRole>> {
    let s: Option<String> = r.get(i)?;
    Ok(crate::model::roles_from_csv(s.as_deref().unwrap_or("")))
}

/// A comma-separated list of words.
pub fn words(r: &Row<'_>, i: usize) -> DbResult<Vec<String>> {
    let s: String = r.get(i)?;
    Ok(s.split(',')
        .filter(|w| !w.is_empty())
        .map(String::from)
        .collect())
}
