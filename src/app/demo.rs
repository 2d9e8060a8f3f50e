//! `demo`: a fresh database with an operator, a partner and customers, signed in as the
//! partner's global admin.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::{init, paths, secrets, sessions, Options};
use crate::clock::{fmt_time, Clock};
use crate::error::{Error, Result};
use crate::model::{AgentRole, DirectoryRole};
use crate::store::{self, OpenMode, Probe, Store, Tx};

/// The password of every demo user. Printed by `demo`; never use it for real data.
pub const DEMO_PASSWORD: &str = "demo-pass-2026";

pub const OPERATOR_ADMIN: &str = "admin@operator.example";
pub const PARTNER_DOMAIN: &str = "fabrikam-partners.example";
pub const PARTNER_ADMIN: &str = "admin@fabrikam-partners.example";
pub const SECOND_PARTNER_DOMAIN: &str = "tailspin-advisors.example";

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
pub struct DemoInvite {
    pub id: String,
    pub customer_domain: String,
    pub token: String,
    pub accept_command: String,
}

#[derive(Debug, Serialize)]
pub struct DemoView {
    pub pending_invite: DemoInvite,
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
    tx: &'a Tx<'b>,
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

/// Builds the demo world. A demo database is always a test database: `PARTNERCTL_NOW`, when
/// set, is its clock.
pub fn run(opts: &Options, customers: usize) -> Result<DemoView> {
    if !(1..=100_000).contains(&customers) {
        return Err(Error::invalid("--customers must be between 1 and 100000"));
    }
    if opts.db.exists() && store::probe(&opts.db)? == Probe::Ours {
        let is_demo = Store::open(&opts.db, OpenMode::Existing)?.read(store::is_demo)?;
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
        init::remove_db_files(&opts.db);
    }
    if opts.dry_run {
        return Err(Error::invalid(
            "demo --dry-run: nothing to show; the demo only writes",
        ));
    }
    let clock = &Clock::requested()?.unwrap_or_else(Clock::system);
    let hash = secrets::hash_password(DEMO_PASSWORD)?;
    let now = clock.now();
    let mut store = Store::open(&opts.db, OpenMode::Create)?;
    let keep_users = customers <= 20;
    let (view_users, customer_domains, partner_admin_id, pending_invite) =
        store.write(true, |tx| {
            store::mark_demo(tx, &fmt_time(now))?;
            store::mark_test_clock(tx, &fmt_time(now))?;
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
            let second = s.tenant(
                "Tailspin Advisors",
                SECOND_PARTNER_DOMAIN,
                false,
                Some("5523456"),
                "+1 312 555 0177",
                "77 Lake Street\nChicago, IL 60601",
            )?;
            s.user(
                &second,
                SECOND_PARTNER_DOMAIN,
                "admin",
                "Tia Tailspin",
                &[GlobalAdmin],
            )?;
            let admin = store::users::find_by_upn(tx, PARTNER_ADMIN)?.expect("seeded");
            let invite = seed_relationships(tx, &partner, &second, &domains, now)?;
            seed_services(tx, &domains, now)?;
            seed_audit(tx, &domains, now)?;
            Ok((s.users, domains, admin.id, invite))
        })?;
    let (token, _) = store.write(true, |tx| {
        sessions::new_session(tx, &partner_admin_id, clock, sessions::DEFAULT_TTL)
    })?;
    paths::write_session_token(&opts.db, &token)?;
    Ok(DemoView {
        pending_invite,
        database: opts.db.display().to_string(),
        signed_in_as: PARTNER_ADMIN.to_string(),
        password: DEMO_PASSWORD.to_string(),
        operator: "operator.example".to_string(),
        partner: PARTNER_DOMAIN.to_string(),
        customers: customer_domains,
        users: view_users,
    })
}

fn relationship(
    tx: &Tx<'_>,
    partner: &str,
    customer: &str,
    access: &[DirectoryRole],
    accepted_at: DateTime<Utc>,
    days: Option<i64>,
    auto_extend: bool,
) -> Result<()> {
    let customer_id = store::tenants::find(tx, customer)?.expect("seeded").id;
    let admin = format!("admin@{customer}");
    let access: BTreeSet<DirectoryRole> = access.iter().copied().collect();
    store::relationships::insert(
        tx,
        &store::relationships::NewRelationship {
            partner_tenant_id: partner,
            customer_tenant_id: &customer_id,
            invite_id: None,
            access: &access,
            accepted_by: &admin,
            accepted_at: &fmt_time(accepted_at),
            expires_at: days
                .map(|d| fmt_time(accepted_at + Duration::days(d)))
                .as_deref(),
            auto_extend,
        },
    )?;
    Ok(())
}

/// Two active customers of the demo partner (classic DAP, and granular with a duration), a
/// second partner on the first customer, agent grants, and one pending invite.
fn seed_relationships(
    tx: &Tx<'_>,
    partner: &str,
    second: &str,
    customers: &[String],
    now: DateTime<Utc>,
) -> Result<DemoInvite> {
    use DirectoryRole::*;
    let month_ago = now - Duration::days(30);
    if let Some(c) = customers.first() {
        relationship(tx, partner, c, &[GlobalAdmin], month_ago, None, false)?;
        // Expires in five days, so `doctor` has something to say.
        relationship(
            tx,
            second,
            c,
            &[GlobalReader],
            now - Duration::days(175),
            Some(180),
            false,
        )?;
    }
    if let Some(c) = customers.get(1) {
        relationship(
            tx,
            partner,
            c,
            &[HelpdeskAdmin, ServiceSupportAdmin, GlobalReader],
            month_ago,
            Some(365),
            true,
        )?;
    }
    // Large demos: every further customer but the last has a classic relationship too.
    for c in customers
        .iter()
        .skip(2)
        .take(customers.len().saturating_sub(3))
    {
        relationship(tx, partner, c, &[GlobalAdmin], month_ago, None, false)?;
    }
    for (local, role) in [
        ("helpdesk", AgentRole::HelpdeskAgent),
        ("sales", AgentRole::SalesAgent),
    ] {
        let user =
            store::users::find_by_upn(tx, &format!("{local}@{PARTNER_DOMAIN}"))?.expect("seeded");
        store::grants::insert(
            tx,
            &store::grants::NewGrant {
                partner_tenant_id: partner,
                user_id: &user.id,
                upn: &user.upn,
                role,
                customer_tenant_id: None,
                created_by: PARTNER_ADMIN,
                created_at: &fmt_time(month_ago),
            },
        )?;
    }
    let invited = customers.last().expect("at least one customer").clone();
    let token = secrets::new_token();
    let access = BTreeSet::from([GlobalAdmin]);
    let id = store::new_id();
    store::invites::insert(
        tx,
        &store::invites::NewInvite {
            id: &id,
            partner_tenant_id: partner,
            created_by: PARTNER_ADMIN,
            token_hash: &secrets::sha256_hex(token.as_bytes()),
            access: &access,
            duration_days: None,
            auto_extend: false,
            customer_domain: Some(&invited),
            message: Some("We would like to manage your Microsoft 365 tenant for you."),
            email_to: Some(&format!("admin@{invited}")),
            created_at: &fmt_time(now),
            expires_at: &fmt_time(now + Duration::days(30)),
        },
    )?;
    Ok(DemoInvite {
        id,
        customer_domain: invited,
        accept_command: format!("partnerctl accept {token}"),
        token,
    })
}

/// Health (one degraded service everywhere, one incident at the second customer), service
/// requests, licenses, and verified and unverified domains.
fn seed_services(tx: &Tx<'_>, customers: &[String], now: DateTime<Utc>) -> Result<()> {
    let at = |days: i64| fmt_time(now - Duration::days(days));
    store::health::set(
        tx,
        "teams",
        None,
        "degraded",
        Some("Some users see delayed chat messages"),
        &at(0),
        OPERATOR_ADMIN,
    )?;
    store::health::set(
        tx,
        "sharepoint",
        None,
        "advisory",
        Some("Search indexing runs behind in some regions"),
        &at(1),
        OPERATOR_ADMIN,
    )?;
    let skus = [
        "m365-business-premium",
        "m365-business-basic",
        "exchange-online-p1",
    ];
    for (i, domain) in customers.iter().enumerate() {
        let t = store::tenants::find(tx, domain)?.expect("seeded");
        if i == 1 {
            store::health::set(
                tx,
                "exchange",
                Some(&t.id),
                "interrupted",
                Some("Incident EX-4411: mailboxes cannot send mail"),
                &at(0),
                OPERATOR_ADMIN,
            )?;
        }
        let sku = skus[i % skus.len()];
        let valid = 10 + (i as i64 % 5) * 10;
        store::licenses::buy(tx, &t.id, sku, valid, &at(20))?;
        store::licenses::buy(tx, &t.id, "teams-essentials", 5, &at(20))?;
        for u in store::users::list(tx, &t.id)? {
            store::licenses::assign(tx, &t.id, sku, &u.id, &at(19))?;
        }
        if i < 20 {
            let extra = format!("mail.{domain}");
            store::domains::add(tx, &t.id, &extra, "partnerctl-verify=demo", &at(10))?;
            store::domains::set_verified(tx, &extra, &at(10))?;
            store::domains::set_capabilities(
                tx,
                &extra,
                &["email".to_string(), "teams".to_string()],
            )?;
            let pending = format!("shop-{domain}");
            store::domains::add(
                tx,
                &t.id,
                &pending,
                &format!("partnerctl-verify={:024x}", i),
                &at(2),
            )?;
            let admin = format!("admin@{domain}");
            let open = store::requests::insert(
                tx,
                &store::requests::NewRequest {
                    tenant_id: &t.id,
                    title: "Mail delivery delayed for the sales team",
                    description: Some("Messages to external recipients queue for up to an hour."),
                    severity: 2,
                    created_by: &admin,
                    on_behalf_of: None,
                    now: &at(3),
                },
            )?;
            store::requests::add_comment(
                tx,
                open,
                "support@operator.example",
                "",
                "We are looking into it.",
                &at(2),
            )?;
            let closed = store::requests::insert(
                tx,
                &store::requests::NewRequest {
                    tenant_id: &t.id,
                    title: "Add a shared mailbox for invoices",
                    description: None,
                    severity: 4,
                    created_by: &admin,
                    on_behalf_of: None,
                    now: &at(15),
                },
            )?;
            store::requests::set_status(tx, closed, "closed", &at(12))?;
        }
    }
    Ok(())
}

/// A realistic audit trail: provisioning, an accepted invite, delegated reads, and a few
/// denied attempts by partner agents.
fn seed_audit(tx: &Tx<'_>, customers: &[String], now: DateTime<Utc>) -> Result<()> {
    let id_of =
        |d: &str| -> Result<String> { Ok(store::tenants::find(tx, d)?.expect("seeded").id) };
    let op = id_of("operator.example")?;
    let partner = id_of(PARTNER_DOMAIN)?;
    let contoso = &customers[0];
    let c = id_of(contoso)?;
    let rel = store::relationships::between(tx, &partner, &c)?
        .first()
        .map(|r| r.id.clone());
    let at = |days: i64, mins: i64| fmt_time(now - Duration::days(days) + Duration::minutes(mins));
    #[allow(clippy::type_complexity)]
    let entries: Vec<(
        String,
        &str,
        &str,
        &str,
        &str,
        bool,
        &str,
        Option<&str>,
        String,
        Option<String>,
    )> = vec![
        (
            at(31, 0),
            OPERATOR_ADMIN,
            &op,
            &op,
            "tenant.provision",
            true,
            "own-tenant-role",
            None,
            PARTNER_DOMAIN.to_string(),
            Some(format!("created tenant {PARTNER_DOMAIN} (partner)")),
        ),
        (
            at(31, 5),
            OPERATOR_ADMIN,
            &op,
            &op,
            "tenant.provision",
            true,
            "own-tenant-role",
            None,
            contoso.clone(),
            Some(format!("created tenant {contoso} (customer)")),
        ),
        (
            at(30, 0),
            "admin@contoso.example",
            &c,
            &c,
            "invite.accept",
            true,
            "own-tenant-role",
            None,
            "invite".into(),
            Some(format!(
                "accepted invite from {PARTNER_DOMAIN}: access [global-admin], no expiry"
            )),
        ),
        (
            at(29, 0),
            PARTNER_ADMIN,
            &partner,
            &c,
            "user.read",
            true,
            "delegated",
            rel.as_deref(),
            "users".into(),
            None,
        ),
        (
            at(20, 0),
            "helpdesk@fabrikam-partners.example",
            &partner,
            &c,
            "user.create",
            false,
            "not-delegable",
            None,
            format!("new.hire@{contoso}"),
            None,
        ),
        (
            at(20, 2),
            "sales@fabrikam-partners.example",
            &partner,
            &c,
            "user.read",
            false,
            "role-insufficient",
            None,
            "users".into(),
            None,
        ),
        (
            at(3, 0),
            PARTNER_ADMIN,
            &partner,
            &c,
            "service-request.create",
            true,
            "delegated",
            rel.as_deref(),
            "service-request".into(),
            Some("opened a service request on the customer's behalf".into()),
        ),
        (
            at(1, 0),
            PARTNER_ADMIN,
            &partner,
            &c,
            "license.buy",
            false,
            "not-delegable",
            None,
            "m365-e5".into(),
            None,
        ),
    ];
    for (at, actor, actor_t, target, action, allowed, reason, rel, object, summary) in &entries {
        store::audit::append(
            tx,
            &store::audit::NewEntry {
                at,
                actor_upn: Some(actor),
                actor_tenant_id: Some(actor_t),
                target_tenant_id: Some(target),
                action,
                allowed: *allowed,
                reason,
                relationship_id: *rel,
                object: Some(object),
                summary: summary.as_deref(),
            },
        )?;
    }
    Ok(())
}
