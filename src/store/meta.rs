//! What the store keeps about itself: the test-clock and demo marks, and its integrity.

use super::{Tx, TEST_CLOCK_KEY};
use crate::error::Result;

/// Marks the database as a test database; `at` records when.
pub fn mark_test_clock(tx: &Tx<'_>, at: &str) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO meta (key, value) VALUES (?1, ?2)",
        [TEST_CLOCK_KEY, at],
    )?;
    Ok(())
}

/// The first line of SQLite's own check of the whole file (`ok` when sound).
pub fn integrity_check(tx: &Tx<'_>) -> Result<String> {
    Ok(tx.query_row("PRAGMA integrity_check", [], |r| r.get(0))?)
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
        [],
        |r| r.get(0),
    )?)
}
