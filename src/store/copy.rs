//! Whole tables, row by row, for `db copy`; and the grants of a least-privileged role.

use super::postgres::{APPLICATION_ID_KEY, SCHEMA_VERSION_KEY};
use super::tx::Engine;
use super::value::{params, OwnedValue};
use super::Tx;
use crate::error::{Error, Result};

/// The `meta` keys that describe the engine's copy of the store rather than its content.
fn engine_key(table: &str, row: &[OwnedValue]) -> bool {
    table == "meta"
        && matches!(row.first(), Some(OwnedValue::Text(k))
            if k == APPLICATION_ID_KEY || k == SCHEMA_VERSION_KEY)
}

/// Calls `f` with every row of `table` (one of [`super::TABLES`]), in primary-key order.
pub fn each_row(
    tx: &Tx<'_>,
    table: &'static str,
    mut f: impl FnMut(Vec<OwnedValue>) -> Result<()>,
) -> Result<()> {
    tx.for_each(
        &format!("SELECT * FROM {table} ORDER BY 1"),
        params![],
        |r| {
            let row = (0..r.width())
                .map(|i| r.get::<OwnedValue>(i))
                .collect::<Result<Vec<_>, _>>()?;
            if engine_key(table, &row) {
                return Ok(());
            }
            f(row)
        },
    )
}

/// How many columns `table` has here.
pub fn width(tx: &Tx<'_>, table: &'static str) -> Result<usize> {
    let sql = match tx.engine() {
        Engine::Sqlite => format!("SELECT count(*) FROM pragma_table_info('{table}')"),
        Engine::Postgres => format!(
            "SELECT count(*) FROM information_schema.columns
              WHERE table_schema = current_schema() AND table_name = '{table}'"
        ),
    };
    Ok(tx.query_row(&sql, params![], |r| r.get::<usize>(0))?)
}

/// Inserts one row into `table`, its values in the table's column order.
pub fn insert_row(tx: &Tx<'_>, table: &'static str, row: &[OwnedValue]) -> Result<()> {
    let marks: Vec<String> = (1..=row.len()).map(|i| format!("?{i}")).collect();
    tx.execute(
        &format!("INSERT INTO {table} VALUES ({})", marks.join(", ")),
        row,
    )?;
    Ok(())
}

/// After rows were copied in with their numbers, PostgreSQL's identity columns continue after
/// the highest (SQLite's AUTOINCREMENT does so by itself).
pub fn continue_numbering(tx: &Tx<'_>) -> Result<()> {
    if tx.engine() == Engine::Postgres {
        for (table, column) in [
            ("service_requests", "number"),
            ("service_request_comments", "id"),
        ] {
            tx.query_row(
                &format!(
                    "SELECT setval(pg_get_serial_sequence('{table}', '{column}'),
                                   coalesce((SELECT max({column}) FROM {table}), 0) + 1, false)"
                ),
                params![],
                |_| Ok(()),
            )?;
        }
    }
    Ok(())
}

/// Lets `role` use the store and nothing more: read and write the tables, append to the
/// audit trail but never change or remove an entry, read `meta`, and own nothing. PostgreSQL
/// only; run by the schema's owner.
pub fn grant(tx: &Tx<'_>, role: &str) -> Result<()> {
    if tx.engine() != Engine::Postgres {
        return Err(Error::invalid(
            "db grant: roles are PostgreSQL's; a SQLite file is guarded by its file permissions",
        ));
    }
    let role = format!("\"{}\"", role.replace('"', "\"\""));
    let mut sql = format!(
        "DO $$ BEGIN EXECUTE 'GRANT USAGE ON SCHEMA ' || quote_ident(current_schema()) || ' TO {}'; END $$;\n",
        role.replace('\'', "''")
    );
    for table in super::TABLES {
        let rights = match *table {
            "meta" => "SELECT",
            "audit" => "SELECT, INSERT",
            _ => "SELECT, INSERT, UPDATE, DELETE",
        };
        sql.push_str(&format!(
            "REVOKE ALL ON {table} FROM {role};\nGRANT {rights} ON {table} TO {role};\n"
        ));
    }
    sql.push_str(&format!(
        "GRANT USAGE ON SEQUENCE service_requests_number_seq, service_request_comments_id_seq TO {role};\n"
    ));
    tx.batch(&sql)?;
    Ok(())
}
