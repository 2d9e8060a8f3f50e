//! Statements over many rows at once, for the bulk commands: `IN` lists and (on PostgreSQL)
//! multi-row `INSERT`s, cut into statements that stay under both engines' limits on
//! parameters. One statement per few hundred rows instead of one per row: on PostgreSQL every
//! statement is a round trip to the server.

use std::collections::HashSet;

use super::tx::Row;
use super::value::Param;
use super::Tx;
use crate::error::Result;

/// Parameters per statement: well under SQLite's 32,766 and PostgreSQL's 65,535.
const MAX_PARAMS: usize = 8_000;

/// How many rows of `cols` parameters one statement carries.
pub(super) fn rows_per_statement(cols: usize) -> usize {
    (MAX_PARAMS / cols.max(1)).max(1)
}

/// How many rows of `cols` parameters one `INSERT` writes on `tx`'s engine. On SQLite a
/// statement costs no round trip: one prepared single-row `INSERT` run once per row took the
/// same time as multi-row ones for 10,000 invites, and 12 MiB less memory (a multi-row
/// statement's program grows with its rows).
pub(super) fn rows_per_insert(tx: &Tx<'_>, cols: usize) -> usize {
    match tx.engine() {
        super::Engine::Sqlite => 1,
        super::Engine::Postgres => rows_per_statement(cols),
    }
}

/// The `INSERT` statements of a bulk write: `into` (`INSERT INTO t (columns)`) with `rows`
/// groups of `cols` placeholders, then `tail`; each size built once (a write's chunks all
/// have one size but the last).
pub(super) struct Inserts<'a> {
    into: &'a str,
    cols: usize,
    tail: &'a str,
    built: Vec<(usize, String)>,
}

impl<'a> Inserts<'a> {
    pub(super) fn new(into: &'a str, cols: usize, tail: &'a str) -> Self {
        Inserts {
            into,
            cols,
            tail,
            built: Vec::new(),
        }
    }

    /// The statement for `rows` rows.
    pub(super) fn sql(&mut self, rows: usize) -> &str {
        let i = match self.built.iter().position(|(n, _)| *n == rows) {
            Some(i) => i,
            None => {
                let values = values_list(1, rows, self.cols);
                let sql = format!("{} VALUES {values} {}", self.into, self.tail);
                self.built.push((rows, sql));
                self.built.len() - 1
            }
        };
        &self.built[i].1
    }
}

/// `(?F, …, ?F+cols-1), (…), …`: `rows` groups of `cols` placeholders, numbered from `first`.
fn values_list(first: usize, rows: usize, cols: usize) -> String {
    let mut out = String::with_capacity(rows * cols * 7);
    for r in 0..rows {
        if r > 0 {
            out.push_str(", ");
        }
        out.push('(');
        out.push_str(&in_list(first + r * cols, cols));
        out.push(')');
    }
    out
}

/// `?F, ?F+1, …`: `n` placeholders numbered from `first`.
pub(super) fn in_list(first: usize, n: usize) -> String {
    let mut out = String::with_capacity(n * 7);
    for i in 0..n {
        if i > 0 {
            out.push_str(", ");
        }
        out.push('?');
        out.push_str(&(first + i).to_string());
    }
    out
}

/// Runs the statement `sql(n)` once per chunk of `keys`: `fixed` binds its first parameters,
/// the chunk's `n` keys the rest (an `IN` list numbered after them). `f` gets every row.
pub(super) fn each_row(
    tx: &Tx<'_>,
    fixed: &[&dyn Param],
    keys: &[&str],
    sql: impl Fn(usize) -> String,
    mut f: impl FnMut(&Row<'_>) -> Result<()>,
) -> Result<()> {
    for chunk in keys.chunks(MAX_PARAMS - fixed.len()) {
        let p = with_keys(fixed, chunk);
        tx.for_each(&sql(chunk.len()), p.as_slice(), &mut f)?;
    }
    Ok(())
}

/// Runs the change `sql(n)` once per chunk of `keys`, bound as for [`each_row`].
pub(super) fn execute_each(
    tx: &Tx<'_>,
    fixed: &[&dyn Param],
    keys: &[&str],
    sql: impl Fn(usize) -> String,
) -> Result<()> {
    for chunk in keys.chunks(MAX_PARAMS - fixed.len()) {
        let p = with_keys(fixed, chunk);
        tx.execute(&sql(chunk.len()), p.as_slice())?;
    }
    Ok(())
}

/// Which of `ids` are rows of `table` (one of the store's own table names): after a
/// multi-row `INSERT … ON CONFLICT DO NOTHING` wrote fewer rows than it was given.
pub(super) fn written(tx: &Tx<'_>, table: &str, ids: &[&str]) -> Result<HashSet<String>> {
    let mut out = HashSet::new();
    each_row(
        tx,
        &[],
        ids,
        |n| format!("SELECT id FROM {table} WHERE id IN ({})", in_list(1, n)),
        |r| {
            out.insert(r.get(0)?);
            Ok(())
        },
    )?;
    Ok(out)
}

/// The parameters of a statement: `fixed` first, then `keys`.
fn with_keys<'a>(fixed: &[&'a dyn Param], keys: &'a [&'a str]) -> Vec<&'a dyn Param> {
    let mut p: Vec<&'a dyn Param> = Vec::with_capacity(fixed.len() + keys.len());
    p.extend_from_slice(fixed);
    p.extend(keys.iter().map(|k| k as &dyn Param));
    p
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_numbered_in_order() {
        assert_eq!(in_list(3, 3), "?3, ?4, ?5");
        assert_eq!(values_list(1, 2, 3), "(?1, ?2, ?3), (?4, ?5, ?6)");
        assert_eq!(values_list(2, 1, 1), "(?2)");
    }

    #[test]
    fn a_statement_stays_under_the_limits() {
        assert!(rows_per_statement(15) * 15 <= MAX_PARAMS);
        assert_eq!(rows_per_statement(0), MAX_PARAMS);
        assert_eq!(rows_per_statement(MAX_PARAMS * 2), 1);
    }
}
