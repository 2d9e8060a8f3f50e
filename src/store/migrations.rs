//! The versioned schema, one list for both engines: a step is shared where the SQL is the
//! same, and written per engine where the DDL differs (types, collations, identity columns).
//! Append only: never edit a migration that has shipped. The SQL lives beside this file,
//! `NNNN.sql` (shared) or `NNNN.sqlite.sql` and `NNNN.postgres.sql`.
//!
//! SQLite keeps the version in `PRAGMA user_version` (rusqlite_migration); PostgreSQL keeps it
//! in `meta` (`schema_version`), read and written under the store's write lock.

use rusqlite_migration::{Migrations, M};

/// `PRAGMA application_id` of a partnerctl SQLite database ("PCTL"), and the value of the
/// `application_id` key in a PostgreSQL store's `meta`: how `open` tells our store from any
/// other before it changes anything. Also the key of the PostgreSQL write lock.
pub const APPLICATION_ID: i32 = 0x5043_544C;

/// One schema version.
pub struct Step {
    pub sqlite: &'static str,
    pub postgres: &'static str,
}

macro_rules! shared {
    ($file:literal) => {
        Step {
            sqlite: include_str!(concat!("migrations/", $file, ".sql")),
            postgres: include_str!(concat!("migrations/", $file, ".sql")),
        }
    };
}

macro_rules! per_engine {
    ($file:literal) => {
        Step {
            sqlite: include_str!(concat!("migrations/", $file, ".sqlite.sql")),
            postgres: include_str!(concat!("migrations/", $file, ".postgres.sql")),
        }
    };
}

/// Each entry is one schema version; the first sets SQLite's application id.
pub const STEPS: &[Step] = &[
    per_engine!("0001"),
    per_engine!("0002"),
    per_engine!("0003"),
    shared!("0004"),
    per_engine!("0005"),
    per_engine!("0006"),
    per_engine!("0007"),
    per_engine!("0008"),
    per_engine!("0009"),
    per_engine!("0010"),
    per_engine!("0011"),
    shared!("0012"),
    per_engine!("0013"),
    per_engine!("0014"),
];

/// SQLite's steps. They run with foreign keys off (SQLite's own procedure for rebuilding a
/// table: dropping the old one would otherwise run its `ON DELETE` actions), so a step that
/// rebuilds a table copies its rows verbatim. The store is not checked against its foreign
/// keys here: a dangling reference can only have been written past SQLite with them off (the
/// file edited by hand), and it would make the store unopenable by every command, `doctor`
/// included. `doctor --deep` reports such rows instead.
pub fn sqlite() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|s| M::up(s.sqlite)).collect())
}

/// The schema version this binary writes.
pub fn latest_version() -> usize {
    STEPS.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::sqlite().validate().unwrap();
    }

    #[test]
    fn postgres_steps_use_no_sqlite_only_syntax() {
        for (i, s) in super::STEPS.iter().enumerate() {
            for word in [
                "NOCASE",
                "WITHOUT ROWID",
                "AUTOINCREMENT",
                "PRAGMA",
                "INTEGER",
            ] {
                assert!(!s.postgres.contains(word), "step {} has {word}", i + 1);
            }
        }
    }
}
