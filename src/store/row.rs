//! Row types and how a row of a `SELECT` becomes one: each row type names its columns once,
//! in the order its queries select them, and reads them in that order.

use std::collections::BTreeSet;
use std::str::FromStr;

use super::tx::{DbError, DbResult, Row};

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
