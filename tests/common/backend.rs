//! Which store the suite runs on. By default each test gets a SQLite file in its temporary
//! HOME. With `PARTNERCTL_TEST_DB=postgres` and `PARTNERCTL_TEST_PG` (the superuser URL of a
//! private server, as `scripts/pg-private run -- cargo test` sets them), each test gets its
//! own database on that server, set up the least-privileged way the README describes:
//! `init`, `demo` and `db …` run as the owner, every other command as a role that owns nothing
//! and may only append to the audit trail (`db grant`).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;

/// The role every command but `init`, `demo` and `db …` connects as on PostgreSQL.
pub const APP_ROLE: &str = "pctl_app";

/// The superuser URL of the private server, when the suite runs on PostgreSQL.
pub fn pg_base() -> Option<&'static str> {
    static BASE: OnceLock<Option<String>> = OnceLock::new();
    BASE.get_or_init(|| {
        if std::env::var("PARTNERCTL_TEST_DB").as_deref() != Ok("postgres") {
            return None;
        }
        let url = std::env::var("PARTNERCTL_TEST_PG").expect(
            "PARTNERCTL_TEST_DB=postgres needs PARTNERCTL_TEST_PG (run the suite through scripts/pg-private run -- cargo test)",
        );
        Some(url)
    })
    .as_deref()
}

/// Whether the suite runs on PostgreSQL.
pub fn on_postgres() -> bool {
    pg_base().is_some()
}

/// Skips the rest of a test that is about the SQLite file itself (its bytes, permissions,
/// journal files), with the reason, when the suite runs on PostgreSQL.
#[macro_export]
macro_rules! sqlite_only {
    ($why:expr) => {
        if $crate::common::backend::on_postgres() {
            eprintln!("skipped on PostgreSQL: {}", $why);
            return;
        }
    };
}

fn connect(url: &str) -> postgres::Client {
    postgres::Client::connect(url, postgres::NoTls).unwrap_or_else(|e| panic!("connect {url}: {e}"))
}

/// `base` with another database name (and, with `user`, another user).
pub fn url_for(base: &str, user: Option<&str>, db: &str) -> String {
    let (scheme, rest) = base.split_once("://").expect("a URL");
    let (authority, _) = rest.split_once('/').unwrap_or((rest, ""));
    let host = authority.rsplit('@').next().expect("host");
    let user = match user {
        Some(u) => u.to_string(),
        None => authority
            .rsplit_once('@')
            .map(|(u, _)| u.to_string())
            .unwrap_or_default(),
    };
    if user.is_empty() {
        format!("{scheme}://{host}/{db}")
    } else {
        format!("{scheme}://{user}@{host}/{db}")
    }
}

/// A database of its own on the private server, for one test.
pub struct PgDb {
    pub name: String,
    /// The schema owner's URL (`init`, `demo`, `db …`).
    pub owner_url: String,
    /// The least-privileged role's URL (every other command).
    pub app_url: String,
}

impl PgDb {
    pub fn create(base: &str) -> PgDb {
        static ROLE: OnceLock<()> = OnceLock::new();
        static SEQ: AtomicUsize = AtomicUsize::new(0);
        let mut admin = connect(base);
        ROLE.get_or_init(|| {
            // Several test binaries run at once: whoever comes first creates the role.
            let _ = admin.batch_execute(&format!(
                "DO $$ BEGIN CREATE ROLE {APP_ROLE} LOGIN; EXCEPTION WHEN OTHERS THEN NULL; END $$"
            ));
        });
        let name = format!(
            "t_{}_{}_{:08x}",
            std::process::id(),
            SEQ.fetch_add(1, Ordering::SeqCst),
            rand::random::<u32>()
        );
        admin
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .unwrap_or_else(|e| panic!("create database {name}: {e}"));
        PgDb {
            owner_url: url_for(base, None, &name),
            app_url: url_for(base, Some(APP_ROLE), &name),
            name,
        }
    }

    /// Runs statements as the owner (a test playing the one who holds the owner's
    /// credentials: SPEC §7).
    pub fn exec(&self, sql: &str) {
        connect(&self.owner_url)
            .batch_execute(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Rows of a query as text (`NULL` for null), as the owner.
    pub fn query(&self, sql: &str) -> Vec<Vec<String>> {
        let rows = connect(&self.owner_url)
            .query(sql, &[])
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
        rows.iter()
            .map(|r| (0..r.len()).map(|i| render(r, i, false)).collect())
            .collect()
    }

    /// All rows of all tables but `except`, rendered like the SQLite dump, sorted.
    pub fn dump(&self, except: &[&str]) -> BTreeMap<String, Vec<Vec<String>>> {
        let mut c = connect(&self.owner_url);
        let tables: Vec<String> = c
            .query(
                "SELECT table_name::text FROM information_schema.tables
                  WHERE table_schema = 'public' ORDER BY 1",
                &[],
            )
            .expect("tables")
            .iter()
            .map(|r| r.get(0))
            .collect();
        let mut out = BTreeMap::new();
        for t in tables.into_iter().filter(|t| !except.contains(&t.as_str())) {
            let mut rows: Vec<Vec<String>> = c
                .query(&format!("SELECT * FROM \"{t}\""), &[])
                .expect("rows")
                .iter()
                .map(|r| (0..r.len()).map(|i| render(r, i, true)).collect())
                .collect();
            rows.sort();
            out.insert(t, rows);
        }
        out
    }
}

impl Drop for PgDb {
    fn drop(&mut self) {
        if let Some(base) = pg_base() {
            if let Ok(mut c) = postgres::Client::connect(base, postgres::NoTls) {
                let _ = c.batch_execute(&format!(
                    "DROP DATABASE IF EXISTS {} WITH (FORCE)",
                    self.name
                ));
            }
        }
    }
}

/// One value as text; `debug` renders it like rusqlite's `Value` debug form.
fn render(r: &postgres::Row, i: usize, debug: bool) -> String {
    use postgres::types::Type;
    let ty = r.columns()[i].type_().clone();
    let int = |v: Option<i64>| match (v, debug) {
        (None, true) => "Null".to_string(),
        (None, false) => "NULL".to_string(),
        (Some(n), true) => format!("Integer({n})"),
        (Some(n), false) => n.to_string(),
    };
    match ty {
        Type::INT8 => int(r.get::<_, Option<i64>>(i)),
        Type::INT4 => int(r.get::<_, Option<i32>>(i).map(i64::from)),
        Type::INT2 => int(r.get::<_, Option<i16>>(i).map(i64::from)),
        Type::BOOL => int(r.get::<_, Option<bool>>(i).map(i64::from)),
        _ => match (r.get::<_, Option<String>>(i), debug) {
            (None, true) => "Null".to_string(),
            (None, false) => "NULL".to_string(),
            (Some(s), true) => format!("Text({s:?})"),
            (Some(s), false) => s,
        },
    }
}

/// The key of the advisory lock every write to a PostgreSQL store takes ("PCTL").
pub const PG_WRITE_LOCK: i64 = 1346589772;

/// Holds the store's write lock until released: on SQLite `BEGIN IMMEDIATE` on a connection
/// of its own, on PostgreSQL the store's advisory lock in a session of its own.
pub enum WriteLock {
    Sqlite(rusqlite::Connection),
    Postgres(postgres::Client),
}

impl WriteLock {
    pub fn take(env: &super::Env) -> WriteLock {
        match &env.pg {
            Some(pg) => {
                let mut c = connect(&pg.owner_url);
                c.execute("SELECT pg_advisory_lock($1)", &[&PG_WRITE_LOCK])
                    .expect("take the advisory lock");
                WriteLock::Postgres(c)
            }
            None => {
                let c = rusqlite::Connection::open(&env.db).expect("open the database");
                c.execute_batch("BEGIN IMMEDIATE")
                    .expect("take the write lock");
                WriteLock::Sqlite(c)
            }
        }
    }

    pub fn release(self) {
        match self {
            WriteLock::Sqlite(c) => c.execute_batch("ROLLBACK").expect("release"),
            WriteLock::Postgres(mut c) => {
                let released: bool = c
                    .query_one("SELECT pg_advisory_unlock($1)", &[&PG_WRITE_LOCK])
                    .expect("release the advisory lock")
                    .get(0);
                assert!(released, "the advisory lock was not held");
            }
        }
    }
}
