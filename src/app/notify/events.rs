//! The lifecycle events that are due: what happened (or is about to) to the relationships,
//! invites and elevations in a scope, each with a key that names it once, the tenants it is
//! told to, and its subject and text.

use std::collections::{HashMap, HashSet};

use chrono::{DateTime, Duration, Utc};

use crate::app::facts;
use crate::authz::{RelationshipStatus, AUTO_EXTEND_DAYS};
use crate::clock::{fmt_time, parse_time};
use crate::error::{Error, Result};
use crate::model::{self, InviteStatus};
use crate::store::{
    self, invites::InviteRow, relationships::RelationshipRow, tenants::TenantRow, Tx,
};

/// The warnings before a relationship's expiry, nearest first: only the nearest that applies
/// is due, so a first run 5 days before an expiry sends the 7-day warning, not the 30-day one
/// too.
const EXPIRING: [(i64, &str); 3] = [
    (1, "relationship-expiring-1d"),
    (7, "relationship-expiring-7d"),
    (30, "relationship-expiring-30d"),
];

/// A pending invite is told to its partner once it has this many days left.
pub const INVITE_EXPIRING_DAYS: i64 = 3;

/// How far back something that happened (an end, an expiry, a renewal, an extension, an
/// approval, a first use) is still news: a first run on an old store, or a cron job that was
/// stopped for a while, does not send a message for each of years of history.
pub const LOOKBACK_DAYS: i64 = 30;

/// One event that is due.
pub struct Event {
    /// Names the event once (`notifications.event_key`): the object's id, and for the events
    /// that recur, the threshold and the expiry in force.
    pub key: String,
    pub event: &'static str,
    /// The tenants it is told to, by id, partner first.
    pub tenants: Vec<String>,
    pub subject: String,
    pub body: Vec<String>,
}

/// What `notify` reads from.
pub struct World<'a> {
    pub tenants: &'a HashMap<String, TenantRow>,
    pub now: DateTime<Utc>,
}

/// The events due in the scope (`Some(tenant id)`: those told to that tenant; `None`: all),
/// leaving out those already notified.
pub fn due(tx: &Tx<'_>, w: &World<'_>, scope: Option<&str>) -> Result<Vec<Event>> {
    let mut out = Vec::new();

    let relationships = match scope {
        Some(t) => store::relationships::of_tenant(tx, t)?,
        None => {
            let mut v = Vec::new();
            for t in w.tenants.values().filter(|t| t.partner_id.is_some()) {
                v.extend(store::relationships::of_partner(tx, &t.id)?);
            }
            v.sort_by(|a, b| (&a.accepted_at, &a.id).cmp(&(&b.accepted_at, &b.id)));
            v
        }
    };
    // A relationship ended by its renewal is told of once, as the renewal.
    let renewed: HashSet<&str> = relationships
        .iter()
        .filter_map(|r| r.renews.as_deref())
        .collect();
    let by_id: HashMap<&str, &RelationshipRow> =
        relationships.iter().map(|r| (r.id.as_str(), r)).collect();
    for r in &relationships {
        out.extend(relationship_events(w, r, &renewed, &by_id)?);
    }

    let partners: Vec<&TenantRow> = match scope {
        Some(t) => w.tenants.get(t).into_iter().collect(),
        None => w.tenants.values().collect(),
    };
    let mut invites = Vec::new();
    for p in partners.into_iter().filter(|t| t.partner_id.is_some()) {
        invites.extend(store::invites::of_partner(tx, &p.id)?);
    }
    invites.sort_by(|a, b| (&a.created_at, &a.id).cmp(&(&b.created_at, &b.id)));
    for i in &invites {
        out.extend(invite_event(w, i)?);
    }

    for e in store::elevations::involving(tx, scope)? {
        out.extend(super::elevations::events(w, &e)?);
    }

    out.retain(|e| scope.is_none_or(|t| e.tenants.iter().any(|x| x == t)));
    let mut due = Vec::with_capacity(out.len());
    for e in out {
        if !store::notifications::is_recorded(tx, &e.key)? {
            due.push(e);
        }
    }
    Ok(due)
}

pub(super) fn time(what: &str, s: &str) -> Result<DateTime<Utc>> {
    parse_time(s).map_err(|_| Error::internal(format!("corrupt time in {what}: {s:?}")))
}

pub(super) fn recent(w: &World<'_>, at: DateTime<Utc>) -> bool {
    at <= w.now && w.now - at <= Duration::days(LOOKBACK_DAYS)
}

/// A stored value as it may appear in a message: no control characters.
pub(super) fn esc(s: &str) -> String {
    model::escape_unsafe(s).into_owned()
}

pub(super) fn tenant<'a>(w: &'a World<'_>, id: &str) -> Result<&'a TenantRow> {
    w.tenants
        .get(id)
        .ok_or_else(|| Error::internal(format!("tenant {id} is missing")))
}

/// "Name (domain)".
pub(super) fn named(t: &TenantRow) -> String {
    format!("{} ({})", esc(&t.name), esc(&t.domain))
}

pub(super) fn roles(r: &std::collections::BTreeSet<model::DirectoryRole>) -> String {
    model::roles_to_csv(r).replace(',', ", ")
}

/// The lines that say which relationship a message is about.
fn relationship_lines(
    r: &RelationshipRow,
    p: &TenantRow,
    c: &TenantRow,
    expiry: Option<DateTime<Utc>>,
) -> Vec<String> {
    vec![
        format!("Relationship:  {} ({})", esc(&r.name), r.id),
        format!("Partner:       {}", named(p)),
        format!("Customer:      {}", named(c)),
        format!("Access:        {}", roles(&r.access)),
        format!(
            "Expires:       {}",
            expiry.map_or_else(|| "never".to_string(), fmt_time)
        ),
    ]
}

pub(super) fn message(opening: String, facts: Vec<String>, closing: Vec<String>) -> Vec<String> {
    let mut body = vec!["Hello,".to_string(), String::new(), opening, String::new()];
    body.extend(facts);
    for c in closing {
        body.push(String::new());
        body.push(c);
    }
    body
}

fn relationship_events(
    w: &World<'_>,
    r: &RelationshipRow,
    renewed: &HashSet<&str>,
    by_id: &HashMap<&str, &RelationshipRow>,
) -> Result<Vec<Event>> {
    let fact = facts::relationship(r)?;
    let p = tenant(w, &r.partner_tenant_id)?;
    let c = tenant(w, &r.customer_tenant_id)?;
    let about = format!(
        "relationship {} between {} and {}",
        esc(&r.name),
        esc(&p.domain),
        esc(&c.domain)
    );
    // Every relationship event is told to both sides, names the relationship in its subject
    // (`what` says what became of it) and lists it, with the expiry it speaks of, in its text.
    let event = |key: String,
                 event: &'static str,
                 what: String,
                 opening: String,
                 expiry: Option<DateTime<Utc>>,
                 closing: Vec<String>| Event {
        key,
        event,
        tenants: vec![p.id.clone(), c.id.clone()],
        subject: format!("The delegated-admin {about} {what}"),
        body: message(opening, relationship_lines(r, p, c, expiry), closing),
    };
    let mut out = Vec::new();
    match fact.state(w.now) {
        RelationshipStatus::Terminated => {
            let at = r
                .terminated_at
                .as_deref()
                .map(|t| time("a relationship's end", t))
                .transpose()?;
            if at.is_some_and(|t| recent(w, t)) && !renewed.contains(r.id.as_str()) {
                let by = r.terminated_by.as_deref().map_or("-".to_string(), esc);
                out.push(event(
                    format!("relationship-ended:{}", r.id),
                    "relationship-ended",
                    "was ended".into(),
                    format!(
                        "The delegated-admin relationship below was ended at {} by {by}.",
                        r.terminated_at.as_deref().map_or("-".to_string(), esc)
                    ),
                    fact.expires_at,
                    vec![
                        "The partner's users no longer administer the customer's tenant through \
                         it. To work together again, the partner sends a new invite for the \
                         customer to accept."
                            .into(),
                    ],
                ));
            }
        }
        RelationshipStatus::Expired => {
            if let Some(end) = fact.expires_at.filter(|e| recent(w, *e)) {
                out.push(event(
                    format!("relationship-expired:{}:{}", r.id, fmt_time(end)),
                    "relationship-expired",
                    "has expired".into(),
                    format!(
                        "The delegated-admin relationship below expired at {}.",
                        fmt_time(end)
                    ),
                    Some(end),
                    vec![
                        "The partner's users no longer administer the customer's tenant through \
                         it. To restore access, the partner sends a new invite for the customer \
                         to accept."
                            .into(),
                    ],
                ));
            }
        }
        RelationshipStatus::Active => {
            let expiry = fact.effective_expiry(w.now);
            if let Some(old) = r.renews.as_deref() {
                let accepted = time("a relationship's acceptance", &r.accepted_at)?;
                if recent(w, accepted) {
                    let old_name = by_id
                        .get(old)
                        .map_or_else(|| old.to_string(), |o| format!("{} ({old})", esc(&o.name)));
                    out.push(event(
                        format!("relationship-renewed:{}", r.id),
                        "relationship-renewed",
                        "was renewed".into(),
                        format!(
                            "The delegated-admin relationship below was accepted at {} by {} and \
                             renews relationship {old_name}, which ended when this one began.",
                            esc(&r.accepted_at),
                            esc(&r.accepted_by)
                        ),
                        expiry,
                        Vec::new(),
                    ));
                }
            }
            if let (true, Some(stored), Some(now_end)) = (r.auto_extend, fact.expires_at, expiry) {
                let step = Duration::days(AUTO_EXTEND_DAYS);
                if stored <= w.now && recent(w, now_end - step) {
                    out.push(event(
                        format!("relationship-auto-extended:{}:{}", r.id, fmt_time(now_end)),
                        "relationship-auto-extended",
                        "was extended".into(),
                        format!(
                            "The delegated-admin relationship below reached its expiry at {} and \
                             was extended automatically by {AUTO_EXTEND_DAYS} days.",
                            fmt_time(now_end - step)
                        ),
                        expiry,
                        vec![format!(
                            "It extends itself again at each expiry. Either side can end it at \
                             any time: partnerctl relationships terminate {}",
                            r.id
                        )],
                    ));
                }
            }
            if let Some(end) = expiry {
                let left = end - w.now;
                if let Some((days, name)) =
                    EXPIRING.iter().find(|(d, _)| left <= Duration::days(*d))
                {
                    let then = if r.auto_extend {
                        format!(
                            "On that date it extends itself by {AUTO_EXTEND_DAYS} days unless \
                             either side ends it first (partnerctl relationships terminate {}).",
                            r.id
                        )
                    } else {
                        format!(
                            "When it expires, the partner's users lose their delegated access to \
                             the customer's tenant. To keep it, the partner sends a renewal invite \
                             (partnerctl invite --renews {}) for the customer to accept.",
                            r.id
                        )
                    };
                    let plural = if *days == 1 { "" } else { "s" };
                    out.push(event(
                        format!("relationship-expiring:{}:{days}d:{}", r.id, fmt_time(end)),
                        name,
                        format!("expires within {days} day{plural}"),
                        format!(
                            "The delegated-admin relationship below expires at {}, within {days} \
                             day{plural}.",
                            fmt_time(end)
                        ),
                        Some(end),
                        vec![then],
                    ));
                }
            }
        }
    }
    Ok(out)
}

fn invite_event(w: &World<'_>, i: &InviteRow) -> Result<Option<Event>> {
    if i.status_at_time(&fmt_time(w.now)) != InviteStatus::Pending {
        return Ok(None);
    }
    let end = time("an invite's expiry", &i.expires_at)?;
    if end - w.now > Duration::days(INVITE_EXPIRING_DAYS) {
        return Ok(None);
    }
    let p = tenant(w, &i.partner_tenant_id)?;
    let to = i
        .customer_domain
        .as_deref()
        .map_or("any customer".to_string(), esc);
    let again = match i.customer_domain.as_deref() {
        Some(d) => format!("partnerctl invite --customer-domain {}", esc(d)),
        None => "partnerctl invite".to_string(),
    };
    Ok(Some(Event {
        key: format!("invite-expiring:{}:{}", i.id, esc(&i.expires_at)),
        event: "invite-expiring",
        tenants: vec![p.id.clone()],
        subject: format!("Your invite to {to} expires within {INVITE_EXPIRING_DAYS} days"),
        body: message(
            format!(
                "The invite below, from {}, has not been answered and expires at {}.",
                named(p),
                esc(&i.expires_at)
            ),
            vec![
                format!("Invite:        {}", i.id),
                format!("Customer:      {to}"),
                format!("Access:        {}", roles(&i.access)),
                format!(
                    "Created:       {} by {}",
                    esc(&i.created_at),
                    esc(&i.created_by)
                ),
            ],
            vec![format!(
                "Remind the customer to accept it, or once it has expired send a new one \
                 ({again} …)."
            )],
        ),
    }))
}
