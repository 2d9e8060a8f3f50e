//! `demo`: a fresh database with an operator, a partner and customers, signed in as the
//! partner's global admin.

use std::collections::BTreeSet;

use rusqlite::Transaction;
use serde::Serialize;

use super::{auth, paths, secrets, Options};
use crate::clock::{fmt_time, Clock};
use crate::error::{Error, Result};
use crate::model::DirectoryRole;
use crate::store::{self, OpenMode, Probe, Store};

/// The password of every demo user. Printed by `demo`; never use it for real data.
pub const DEMO_PASSWORD: &str = "demo-pass-2026";

pub const OPERATOR_ADMIN: &str = "admin@operator.example";
pub const PARTNER_DOMAIN: &str = "fabrikam-partners.example";
pub const PARTNER_ADMIN: &str = "admin@fabrikam-partners.example";

const CUSTOMERS: &[(&str, &str)] = &[
    ("Contoso Ltd", "contoso.example"),
    ("Northwind Traders", "northwind.example"),
    ("Adatum Corporation", "adatum.example"),
    ("Tailspin Toys", "tailspin.example"),
    ("Woodgrove Bank", "woodgrove.example"),
    ("Litware Inc", "litware.example"),
];

#[derive(Debug, Serialize)]
pub struct DemoUser {
    pub upn: String,
    pub tenant: String,
    pub roles: Vec<DirectoryRole>,
}

#[derive(Debug, Serialize)]
pub struct DemoView {
    pub database: String,
    pub signed_in_as: String,
    pub password: String,
    pub operator: String,
    pub partner: String,
    pub customers: Vec<String>,
    pub users: Vec<DemoUser>,
}

fn customer(i: usize) -> (String, String) {
    match CUSTOMERS.get(i) {
        Some((n, d)) => (n.to_string(), d.to_string()),
        None => (
            format!("Customer {:05}", i + 1),
            format!("customer{:05}.example", i + 1),
        ),
    }
}

struct Seeder<'a, 'b> {
    tx: &'a Transaction<'b>,
    hash: &'a str,
    now: String,
    users: Vec<DemoUser>,
    keep_users: bool,
}

impl Seeder<'_, '_> {
    #[allow(clippy::too_many_arguments)]
    fn tenant(
        &mut self,
        name: &str,
        domain: &str,
        operator: bool,
        partner_id: Option<&str>,
        phone: &str,
        address: &str,
    ) -> Result<String> {
        let email = format!("admin@{domain}");
        let id = store::tenants::insert(
            self.tx,
            &store::tenants::NewTenant {
                name,
                domain,
                email: Some(&email),
                is_operator: operator,
                partner_id,
                created_at: &self.now,
            },
        )?;
        store::tenants::update_contact(self.tx, &id, None, None, Some(phone), Some(address))?;
        Ok(id)
    }

    fn user(
        &mut self,
        tenant_id: &str,
        domain: &str,
        local: &str,
        name: &str,
        roles: &[DirectoryRole],
    ) -> Result<()> {
        let upn = format!("{local}@{domain}");
        let roles: BTreeSet<DirectoryRole> = roles.iter().copied().collect();
        store::users::insert(
            self.tx,
            tenant_id,
            &upn,
            name,
            Some(self.hash),
            &roles,
            &self.now,
        )?;
        if self.keep_users {
            self.users.push(DemoUser {
                upn,
                tenant: domain.to_string(),
                roles: roles.into_iter().collect(),
            });
        }
        Ok(())
    }
}

pub fn run(opts: &Options, clock: &Clock, customers: usize) -> Result<DemoView> {
    if !(1..=100_000).contains(&customers) {
        return Err(Error::invalid("--customers must be between 1 and 100000"));
    }
    if opts.db.exists() && store::probe(&opts.db)? == Probe::Ours {
        let store = Store::open(&opts.db, OpenMode::Existing)?;
        drop(store);
        let is_demo = {
            let conn = rusqlite::Connection::open(&opts.db)?;
            conn.query_row("SELECT value FROM meta WHERE key = 'demo'", [], |r| {
                r.get::<_, String>(0)
            })
            .is_ok()
        };
        if !is_demo {
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
        auth::remove_db_files(&opts.db);
    }
    if opts.dry_run {
        return Err(Error::invalid(
            "demo --dry-run: nothing to show; the demo only writes",
        ));
    }
    let hash = secrets::hash_password(DEMO_PASSWORD)?;
    let now = clock.now();
    let mut store = Store::open(&opts.db, OpenMode::Create)?;
    let keep_users = customers <= 20;
    let (view_users, customer_domains, partner_admin_id) = store.write(true, |tx| {
        tx.execute(
            "INSERT INTO meta (key, value) VALUES ('demo', ?1)",
            [fmt_time(now)],
        )?;
        let mut s = Seeder {
            tx,
            hash: &hash,
            now: fmt_time(now),
            users: Vec::new(),
            keep_users: true,
        };
        use DirectoryRole::*;
        let op = s.tenant(
            "Northbridge Hosting",
            "operator.example",
            true,
            None,
            "+1 206 555 0100",
            "1 Harbor Way\nSeattle, WA 98101",
        )?;
        s.user(
            &op,
            "operator.example",
            "admin",
            "Operator Admin",
            &[GlobalAdmin],
        )?;
        s.user(
            &op,
            "operator.example",
            "support",
            "Operator Support",
            &[ServiceSupportAdmin],
        )?;
        let partner = s.tenant(
            "Fabrikam Partners",
            PARTNER_DOMAIN,
            false,
            Some("4412345"),
            "+1 425 555 0150",
            "200 Partner Plaza\nRedmond, WA 98052",
        )?;
        s.user(
            &partner,
            PARTNER_DOMAIN,
            "admin",
            "Pat Partner",
            &[GlobalAdmin],
        )?;
        s.user(&partner, PARTNER_DOMAIN, "helpdesk", "Hana Helpdesk", &[])?;
        s.user(&partner, PARTNER_DOMAIN, "sales", "Sam Sales", &[])?;
        s.user(
            &partner,
            PARTNER_DOMAIN,
            "reader",
            "Rita Reader",
            &[GlobalReader],
        )?;
        let mut domains = Vec::new();
        for i in 0..customers {
            s.keep_users = keep_users;
            let (name, domain) = customer(i);
            let id = s.tenant(
                &name,
                &domain,
                false,
                None,
                &format!("+1 555 010 {:04}", i % 10_000),
                &format!("{} Main Street\nSpringfield", i + 1),
            )?;
            s.user(
                &id,
                &domain,
                "admin",
                &format!("{name} Admin"),
                &[GlobalAdmin],
            )?;
            s.user(
                &id,
                &domain,
                "it",
                &format!("{name} IT"),
                &[UserAdmin, HelpdeskAdmin],
            )?;
            s.user(&id, &domain, "alex", "Alex Wilber", &[])?;
            domains.push(domain);
        }
        let admin = store::users::find_by_upn(tx, PARTNER_ADMIN)?.expect("seeded");
        Ok((s.users, domains, admin.id))
    })?;
    let (token, _) = store.write(true, |tx| {
        auth::new_session(tx, &partner_admin_id, clock, auth::DEFAULT_TTL)
    })?;
    paths::write_session_token(&opts.db, &token)?;
    Ok(DemoView {
        database: opts.db.display().to_string(),
        signed_in_as: PARTNER_ADMIN.to_string(),
        password: DEMO_PASSWORD.to_string(),
        operator: "operator.example".to_string(),
        partner: PARTNER_DOMAIN.to_string(),
        customers: customer_domains,
        users: view_users,
    })
}
