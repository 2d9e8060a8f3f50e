//! `demo`: a fresh database with an operator, a partner and customers, signed in as the
//! partner's global admin. The world is data (`fixtures/demo.json`, embedded in the binary);
//! this file loads it and seeds it. Customers past the named ones are generated, so
//! `demo --customers 100000` needs no list.

use serde::Serialize;

use super::{paths, secrets, sessions, Options};
use crate::clock::{fmt_time, Clock};
use crate::error::{Error, Result};
use crate::model::DirectoryRole;
use crate::store::{self, OpenMode, Probe, Store};

mod seed;
mod world;
use seed::Seeder;
pub use world::{world, World};

/// Something the demo world names and the seeder made (or must have been given).
fn made<T>(found: Option<T>, what: &str) -> Result<T> {
    found.ok_or_else(|| Error::internal(format!("the demo world lacks {what}")))
}

/// Above this many customers the view lists no customer users (the list would be the output).
const LISTED_CUSTOMERS: usize = 20;

#[derive(Debug, Serialize)]
pub struct DemoUser {
    pub upn: String,
    pub tenant: String,
    pub roles: Vec<DirectoryRole>,
}

/// The demo's pending invite to its last customer, or its pending purchase offer to a
/// prospect, with the command that accepts it.
#[derive(Debug, Serialize)]
pub struct DemoPending {
    pub id: String,
    pub customer_domain: String,
    pub token: String,
    pub accept_command: String,
}

#[derive(Debug, Serialize)]
pub struct DemoView {
    pub pending_invite: DemoPending,
    pub pending_offer: DemoPending,
    pub database: String,
    pub signed_in_as: String,
    pub password: String,
    pub operator: String,
    pub partner: String,
    pub customers: Vec<String>,
    pub users: Vec<DemoUser>,
}

/// Builds the demo world. A demo database is always a test database: `PARTNERCTL_NOW`, when
/// set, is its clock.
pub fn run(opts: &Options, customers: usize) -> Result<DemoView> {
    if !(1..=100_000).contains(&customers) {
        return Err(Error::invalid("--customers must be between 1 and 100000"));
    }
    let ours = store::probe(&opts.db)? == Probe::Ours;
    // Whether it is a demo is asked under the write lock: a store another command is writing
    // is exit 8 and stays as it is, rather than replaced under that command.
    if ours && !Store::open(&opts.db, OpenMode::Existing)?.write(false, store::is_demo)? {
        return Err(Error::conflict(format!(
            "{} holds a partnerctl database that is not a demo; nothing was changed (pass --db to put the demo elsewhere)",
            opts.db.display()
        )));
    }
    if opts.dry_run {
        return Err(Error::invalid(
            "demo --dry-run: nothing to show; the demo only writes",
        ));
    }
    if ours {
        store::discard(&opts.db)?;
    }
    let w = world()?;
    let clock = &Clock::requested()?.unwrap_or_else(Clock::system);
    let hash = secrets::hash_password(&w.password)?;
    let now = clock.now();
    let mut store = Store::open(&opts.db, OpenMode::Create)?;
    let seeded = store.write(true, |tx| {
        store::mark_demo(tx, &fmt_time(now))?;
        store::mark_test_clock(tx, &fmt_time(now))?;
        let mut s = Seeder::new(tx, &w, &hash, now);
        s.tenant(&w.operator, &w.operator.users, true, true)?;
        s.tenant(&w.partner, &w.partner.users, false, true)?;
        let listed = customers <= LISTED_CUSTOMERS;
        let mut seeded = Vec::with_capacity(customers);
        for i in 0..customers {
            let spec = w.customer(i);
            s.tenant(&spec, &w.customers.users, false, listed)?;
            seeded.push(spec.domain);
        }
        for p in &w.other_partners {
            s.tenant(p, &p.users, false, listed)?;
        }
        let admin = made(
            store::users::find_by_upn(tx, &w.signed_in_as)?,
            &w.signed_in_as,
        )?;
        let invite = s.relationships(&seeded)?;
        let offer = s.offer()?;
        s.services(&seeded)?;
        s.audit()?;
        Ok((s.users, seeded, admin.id, (invite, offer)))
    });
    // A demo that could not be built leaves no half-made store behind to block the next.
    let (users, domains, admin_id, (pending_invite, pending_offer)) = match seeded {
        Ok(v) => v,
        Err(e) => {
            drop(store);
            let _ = store::discard(&opts.db);
            return Err(e);
        }
    };
    let (token, _) = store.write(true, |tx| {
        sessions::new_session(tx, &admin_id, clock, sessions::DEFAULT_TTL)
    })?;
    paths::write_session_token(&opts.db, &token)?;
    Ok(DemoView {
        pending_invite,
        pending_offer,
        database: opts.db.display().to_string(),
        signed_in_as: w.signed_in_as,
        password: w.password,
        operator: w.operator.domain,
        partner: w.partner.domain,
        customers: domains,
        users,
    })
}
