//! What the store keeps about itself: the test-clock and demo marks, and its integrity.

use super::tx::Engine;
use super::value::params;
use super::{Tx, TEST_CLOCK_KEY};
use crate::error::Result;

/// Marks the database as a test database; `at` records when.
pub fn mark_test_clock(tx: &Tx<'_>, at: &str) -> Result<()> {
    tx.execute(
        "INSERT INTO meta (key, value) VALUES (?1, ?2)
         ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [TEST_CLOCK_KEY, at],
    )?;
    Ok(())
}

/// The engine's own check of the store (`ok` when sound). SQLite checks every page of the
/// file; a PostgreSQL server keeps its own pages, so there the check is that the schema's
/// tables answer.
pub fn integrity_check(tx: &Tx<'_>) -> Result<String> {
    match tx.engine() {
        Engine::Sqlite => Ok(tx.query_row("PRAGMA integrity_check", params![], |r| r.get(0))?),
        Engine::Postgres => {
            for table in super::TABLES {
                tx.query_row(&format!("SELECT count(*) FROM {table}"), params![], |r| {
                    r.get::<i64>(0)
                })?;
            }
            Ok("ok".to_string())
        }
    }
}

/// The rows that refer to a row that does not exist, at most `limit` of them, each as
/// `TABLE row N refers to a missing PARENT`, and how many there are in all. Only a SQLite file
/// edited with foreign keys off can hold one; PostgreSQL enforces them on every write.
pub fn dangling_references(tx: &Tx<'_>, limit: usize) -> Result<(Vec<String>, usize)> {
    let mut shown = Vec::new();
    let mut total = 0;
    if tx.engine() == Engine::Sqlite {
        tx.for_each("PRAGMA foreign_key_check", params![], |r| {
            total += 1;
            if shown.len() < limit {
                let table: String = r.get(0)?;
                let rowid: Option<i64> = r.get(1)?;
                let parent: String = r.get(2)?;
                shown.push(match rowid {
                    Some(n) => format!("{table} row {n} refers to a missing {parent}"),
                    None => format!("a {table} row refers to a missing {parent}"),
                });
            }
            Ok::<(), super::tx::DbError>(())
        })?;
    }
    Ok((shown, total))
}

/// Marks the database as made by `demo`; `at` records when.
pub fn mark_demo(tx: &Tx<'_>, at: &str) -> Result<()> {
    tx.execute("INSERT INTO meta (key, value) VALUES ('demo', ?1)", [at])?;
    Ok(())
}

/// Whether the database was made by `demo` (and so may be replaced by another demo).
pub fn is_demo(tx: &Tx<'_>) -> Result<bool> {
    Ok(tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM meta WHERE key = 'demo')",
        params![],
        |r| r.get(0),
    )?)
}
