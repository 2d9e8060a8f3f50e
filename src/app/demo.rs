//! `demo`: a fresh database with an operator, a partner and customers, signed in as the
//! partner's global admin. The world is data (`fixtures/demo.json`, embedded in the binary);
//! this file loads it and seeds it. Customers past the named ones are generated, so
//! `demo --customers 100000` needs no list.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Duration, Utc};
use serde::Serialize;

use super::{paths, secrets, sessions, Options};
use crate::clock::{fmt_time, Clock};
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, RequestStatus};
use crate::store::{self, OpenMode, Probe, Store, Tx};

mod world;
pub use world::{world, World};
use world::{HealthSpec, RelationshipSpec, RequestEntry, TenantSpec, UserSpec};

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

#[derive(Debug, Serialize)]
pub struct DemoInvite {
    pub id: String,
    pub customer_domain: String,
    pub token: String,
    pub accept_command: String,
}

/// The demo's pending purchase offer to a prospect.
#[derive(Debug, Serialize)]
pub struct DemoOffer {
    pub id: String,
    pub customer_domain: String,
    pub token: String,
    pub accept_command: String,
}

#[derive(Debug, Serialize)]
pub struct DemoView {
    pub pending_invite: DemoInvite,
    pub pending_offer: DemoOffer,
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
        let mut s = Seeder {
            tx,
            w: &w,
            hash: &hash,
            now,
            users: Vec::new(),
            tenants: HashMap::new(),
        };
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

struct Seeder<'a, 'b> {
    tx: &'a Tx<'b>,
    w: &'a World,
    hash: &'a str,
    now: DateTime<Utc>,
    users: Vec<DemoUser>,
    /// Tenant ids by domain.
    tenants: HashMap<String, String>,
}

impl Seeder<'_, '_> {
    fn ago(&self, days: i64) -> String {
        fmt_time(self.now - Duration::days(days))
    }

    fn id_of(&self, domain: &str) -> &str {
        self.tenants
            .get(domain)
            .unwrap_or_else(|| panic!("fixtures/demo.json names {domain}, which is not seeded"))
    }

    /// A tenant with its users; `listed` puts the users in the view.
    fn tenant(
        &mut self,
        t: &TenantSpec,
        users: &[UserSpec],
        operator: bool,
        listed: bool,
    ) -> Result<()> {
        let tx = self.tx;
        let now = fmt_time(self.now);
        let email = format!("admin@{}", t.domain);
        let id = store::tenants::insert(
            tx,
            &store::tenants::NewTenant {
                name: &t.name,
                domain: &t.domain,
                email: Some(&email),
                is_operator: operator,
                partner_id: t.partner_id.as_deref(),
                created_at: &now,
            },
        )?;
        store::tenants::update_contact(tx, &id, None, None, Some(&t.phone), Some(&t.address))?;
        for u in users {
            let upn = format!("{}@{}", u.local, t.domain);
            let roles: BTreeSet<DirectoryRole> = u.roles.iter().copied().collect();
            let name = u.name.replace("{name}", &t.name);
            store::users::insert(tx, &id, &upn, &name, Some(self.hash), &roles, &now)?;
            if listed {
                self.users.push(DemoUser {
                    upn,
                    tenant: t.domain.clone(),
                    roles: roles.into_iter().collect(),
                });
            }
        }
        self.tenants.insert(t.domain.clone(), id);
        Ok(())
    }

    fn relationship(&self, r: &RelationshipSpec, customer: &str) -> Result<()> {
        let accepted_at = self.now - Duration::days(r.accepted_days_ago);
        let access: BTreeSet<DirectoryRole> = r.access.iter().copied().collect();
        store::relationships::insert(
            self.tx,
            &store::relationships::NewRelationship {
                partner_tenant_id: self.id_of(&r.partner),
                customer_tenant_id: self.id_of(customer),
                invite_id: None,
                access: &access,
                accepted_by: &format!("admin@{customer}"),
                accepted_at: &fmt_time(accepted_at),
                expires_at: r
                    .days
                    .map(|d| fmt_time(accepted_at + Duration::days(d)))
                    .as_deref(),
                auto_extend: r.auto_extend,
                name: customer,
                renews: None,
            },
        )?;
        Ok(())
    }

    /// The fixture's relationships, agent grants, and the pending invite to the last customer.
    fn relationships(&self, customers: &[String]) -> Result<DemoInvite> {
        let w = self.w;
        let mut named = BTreeSet::new();
        for r in &w.relationships {
            let c = made(r.customer.as_deref(), "a listed relationship's customer")?;
            named.insert(c);
            if customers.iter().any(|d| d == c) {
                self.relationship(r, c)?;
            }
        }
        let invited = made(customers.last(), "a customer")?;
        for c in &customers[..customers.len() - 1] {
            if !named.contains(c.as_str()) {
                self.relationship(&w.other_customers, c)?;
            }
        }
        for g in &w.grants {
            let user = made(store::users::find_by_upn(self.tx, &g.user)?, &g.user)?;
            store::grants::insert(
                self.tx,
                &store::grants::NewGrant {
                    partner_tenant_id: &user.tenant_id,
                    user_id: &user.id,
                    upn: &user.upn,
                    role: g.role,
                    customer_tenant_id: None,
                    created_by: &g.created_by,
                    created_at: &self.ago(g.days_ago),
                },
            )?;
        }
        let i = &w.invite;
        let token = secrets::new_token();
        let id = store::new_id();
        store::invites::insert(
            self.tx,
            &store::invites::NewInvite {
                id: &id,
                partner_tenant_id: self.id_of(&i.partner),
                created_by: &i.created_by,
                token_hash: &secrets::sha256_hex(token.as_bytes()),
                access: &i.access.iter().copied().collect(),
                duration_days: None,
                auto_extend: false,
                customer_domain: Some(invited),
                message: Some(&i.message),
                email_to: Some(&format!("admin@{invited}")),
                created_at: &fmt_time(self.now),
                expires_at: &fmt_time(self.now + Duration::days(i.valid_days)),
                name: None,
                renews: None,
                assignments: None,
            },
        )?;
        Ok(DemoInvite {
            id,
            customer_domain: invited.clone(),
            accept_command: format!("partnerctl accept {token}"),
            token,
        })
    }

    /// The pending purchase offer with a delegation request, to a prospect.
    fn offer(&self) -> Result<DemoOffer> {
        let o = &self.w.offer;
        let items = crate::app::offers::parse_items(&o.items)?;
        let total: i64 = items.iter().map(crate::app::offers::item_cents).sum();
        let token = secrets::new_token();
        let id = store::new_id();
        let access: std::collections::BTreeSet<DirectoryRole> = o.access.iter().copied().collect();
        store::offers::insert(
            self.tx,
            &store::offers::NewOffer {
                id: &id,
                partner_tenant_id: self.id_of(&o.partner),
                created_by: &o.created_by,
                token_hash: &secrets::sha256_hex(token.as_bytes()),
                items: &crate::app::offers::encode_items(&items),
                total_cents: total,
                delegated: true,
                access: Some(&access),
                duration_days: o.duration_days,
                auto_extend: false,
                customer_domain: Some(&o.customer_domain),
                message: Some(&o.message),
                email_to: Some(&format!("admin@{}", o.customer_domain)),
                created_at: &fmt_time(self.now),
                expires_at: &fmt_time(self.now + Duration::days(o.valid_days)),
            },
        )?;
        Ok(DemoOffer {
            id,
            customer_domain: o.customer_domain.clone(),
            accept_command: format!("partnerctl offers accept {token}"),
            token,
        })
    }

    fn health(&self, h: &HealthSpec, tenant_id: Option<&str>) -> Result<()> {
        store::health::set(
            self.tx,
            h.service.id(),
            tenant_id,
            h.status.id(),
            Some(&h.message),
            &self.ago(h.days_ago),
            &self.w.health_published_by,
        )
    }

    /// Health, licenses, and for the first customers domains and service requests.
    fn services(&self, customers: &[String]) -> Result<()> {
        let (tx, w) = (self.tx, self.w);
        for h in w.health.iter().filter(|h| h.customer.is_none()) {
            self.health(h, None)?;
        }
        let l = &w.licenses;
        for (i, domain) in customers.iter().enumerate() {
            let t = self.id_of(domain);
            for h in &w.health {
                if h.customer.as_deref() == Some(domain.as_str()) {
                    self.health(h, Some(t))?;
                }
            }
            let sku = &l.rotation[i % l.rotation.len()];
            let bought = self.ago(l.bought_days_ago);
            store::licenses::buy(tx, t, sku, l.seats[i % l.seats.len()], &bought)?;
            store::licenses::buy(tx, t, &l.everyone.sku, l.everyone.seats, &bought)?;
            for u in store::users::list(tx, t)? {
                store::licenses::assign(tx, t, sku, &u.id, &self.ago(l.assigned_days_ago))?;
            }
            if i < w.detailed_customers {
                self.domains(t, domain, i)?;
                self.requests(t, domain)?;
            }
        }
        Ok(())
    }

    fn domains(&self, tenant_id: &str, domain: &str, i: usize) -> Result<()> {
        let (tx, d) = (self.tx, &self.w.domains);
        let verified = d.verified.replace("{domain}", domain);
        let at = self.ago(d.verified_days_ago);
        store::domains::add(tx, tenant_id, &verified, &d.verified_token, &at)?;
        store::domains::set_verified(tx, &verified, &at)?;
        let caps: Vec<String> = d.capabilities.iter().map(|c| c.id().to_string()).collect();
        store::domains::set_capabilities(tx, &verified, &caps)?;
        let pending = d.pending.replace("{domain}", domain);
        let token = format!("partnerctl-verify={i:024x}");
        store::domains::add(
            tx,
            tenant_id,
            &pending,
            &token,
            &self.ago(d.pending_days_ago),
        )?;
        Ok(())
    }

    fn requests(&self, tenant_id: &str, domain: &str) -> Result<()> {
        let (tx, r) = (self.tx, &self.w.requests);
        let admin = format!("admin@{domain}");
        let insert = |e: &RequestEntry| {
            store::requests::insert(
                tx,
                &store::requests::NewRequest {
                    tenant_id,
                    title: &e.title,
                    description: e.description.as_deref(),
                    severity: e.severity,
                    created_by: &admin,
                    on_behalf_of: None,
                    now: &self.ago(e.days_ago),
                },
            )
        };
        let open = insert(&r.open)?;
        let c = &r.comment;
        store::requests::add_comment(tx, open, &c.author, "", &c.body, &self.ago(c.days_ago))?;
        let closed = insert(&r.closed)?;
        let closed_at = r.closed.closed_days_ago.ok_or_else(|| {
            Error::internal("fixtures/demo.json: the closed request has no closing day")
        })?;
        store::requests::set_status(tx, closed, RequestStatus::Closed.id(), &self.ago(closed_at))?;
        Ok(())
    }

    /// The audit story: provisioning, an accepted invite, delegated reads, and a few denied
    /// attempts by partner agents.
    fn audit(&self) -> Result<()> {
        for e in &self.w.audit {
            let actor_tenant = self.id_of(&e.actor_tenant);
            let target = self.id_of(&e.target_tenant);
            let rel = if e.via_relationship {
                store::relationships::between(self.tx, actor_tenant, target)?
                    .first()
                    .map(|r| r.id.clone())
            } else {
                None
            };
            let at = self.now - Duration::days(e.days_ago) + Duration::minutes(e.minutes);
            store::audit::append(
                self.tx,
                &store::audit::NewEntry {
                    at: &fmt_time(at),
                    actor_upn: Some(&e.actor),
                    actor_tenant_id: Some(actor_tenant),
                    target_tenant_id: Some(target),
                    action: e.action.id(),
                    allowed: e.allowed,
                    reason: e.reason.id(),
                    relationship_id: rel.as_deref(),
                    object: Some(&e.object),
                    summary: e.summary.as_deref(),
                },
            )?;
        }
        Ok(())
    }
}
