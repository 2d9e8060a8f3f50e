//! The seeder: writes the demo world's tenants, relationships, grants, the pending invite and
//! offer, services and the audit story into the new store.

use std::collections::{BTreeSet, HashMap};

use chrono::{DateTime, Duration, Utc};

use super::world::{HealthSpec, RelationshipSpec, RequestEntry, TenantSpec, UserSpec, World};
use super::{made, DemoPending, DemoUser};
use crate::app::secrets;
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, RequestStatus};
use crate::store::{self, Tx};

pub(super) struct Seeder<'a, 'b> {
    tx: &'a Tx<'b>,
    w: &'a World,
    hash: &'a str,
    now: DateTime<Utc>,
    pub(super) users: Vec<DemoUser>,
    /// Tenant ids by domain.
    tenants: HashMap<String, String>,
}

impl<'a, 'b> Seeder<'a, 'b> {
    pub(super) fn new(tx: &'a Tx<'b>, w: &'a World, hash: &'a str, now: DateTime<Utc>) -> Self {
        Seeder {
            tx,
            w,
            hash,
            now,
            users: Vec::new(),
            tenants: HashMap::new(),
        }
    }

    fn ago(&self, days: i64) -> String {
        fmt_time(self.now - Duration::days(days))
    }

    fn id_of(&self, domain: &str) -> &str {
        self.tenants
            .get(domain)
            .unwrap_or_else(|| panic!("fixtures/demo.json names {domain}, which is not seeded"))
    }

    /// A tenant with its users; `listed` puts the users in the view.
    pub(super) fn tenant(
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
    pub(super) fn relationships(&self, customers: &[String]) -> Result<DemoPending> {
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
                    customer_domain: None,
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
        Ok(DemoPending {
            id,
            customer_domain: invited.clone(),
            accept_command: format!("partnerctl accept {token}"),
            token,
        })
    }

    /// The pending purchase offer with a delegation request, to a prospect.
    pub(super) fn offer(&self) -> Result<DemoPending> {
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
        Ok(DemoPending {
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
    pub(super) fn services(&self, customers: &[String]) -> Result<()> {
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
    pub(super) fn audit(&self) -> Result<()> {
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
