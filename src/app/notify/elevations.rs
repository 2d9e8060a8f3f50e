//! The elevation events `notify` tells: requested (to the partner's approvers), approved, and
//! used (to both sides: it happened in the customer's tenant).

use super::events::{esc, message, named, recent, roles, tenant, time, Event, World};
use chrono::{DateTime, Utc};

use crate::clock::fmt_time;
use crate::error::Result;
use crate::model::ElevationStatus;
use crate::store::elevations::ElevationRow;

pub(super) fn events(w: &World<'_>, e: &ElevationRow) -> Result<Vec<Event>> {
    let p = tenant(w, &e.partner_tenant_id)?;
    let c = tenant(w, &e.customer_tenant_id)?;
    let who = format!("{} in {}", esc(&e.upn), esc(&c.domain));
    let mut lines = vec![
        format!("Elevation:     {}", e.id),
        format!("User:          {}", esc(&e.upn)),
        format!("Partner:       {}", named(p)),
        format!("Customer:      {}", named(c)),
        format!("Roles:         {}", roles(&e.roles)),
        format!("For:           {} minutes", e.minutes),
        format!("Reason:        {}", esc(&e.reason)),
    ];
    if let Some(t) = &e.ticket {
        lines.push(format!("Ticket:        {}", esc(t)));
    }
    lines.push(format!("Requested:     {}", esc(&e.requested_at)));
    if let (Some(s), Some(end)) = (&e.starts_at, &e.ends_at) {
        lines.push(format!("Window:        {} to {}", esc(s), esc(end)));
    }
    let at = |what, s: &Option<String>| -> Result<Option<DateTime<Utc>>> {
        s.as_deref().map(|t| time(what, t)).transpose()
    };
    // Each elevation event happens once (its key is the event and the elevation's id), names
    // the elevation in its subject (`what` happened to it) and lists it in its text.
    let event = |event: &'static str,
                 what: &str,
                 tenants: Vec<String>,
                 opening: String,
                 closing: Vec<String>| Event {
        key: format!("{event}:{}", e.id),
        event,
        tenants,
        subject: format!("Elevation {what}: {who}"),
        body: message(opening, lines.clone(), closing),
    };
    let mut out = Vec::new();
    if e.status == ElevationStatus::Pending {
        out.push(event(
            "elevation-requested",
            "requested",
            vec![p.id.clone()],
            format!(
                "{} asks to activate eligible roles in {} and waits for an approval.",
                esc(&e.upn),
                named(c)
            ),
            vec![format!(
                "A global admin of {} other than the requester approves it (partnerctl \
                 elevations approve {id}) or denies it (partnerctl elevations deny {id} --reason \
                 TEXT).",
                esc(&p.domain),
                id = e.id
            )],
        ));
    }
    let approved = matches!(e.status, ElevationStatus::Active | ElevationStatus::Ended)
        && e.decided_by.is_some();
    if let Some(t) =
        at("an elevation's approval", &e.decided_at)?.filter(|t| approved && recent(w, *t))
    {
        out.push(event(
            "elevation-approved",
            "approved",
            vec![p.id.clone()],
            format!(
                "The elevation below was approved at {} by {}.",
                fmt_time(t),
                e.decided_by.as_deref().map_or("-".to_string(), esc)
            ),
            Vec::new(),
        ));
    }
    if let Some(t) = at("an elevation's use", &e.used_at)?.filter(|t| recent(w, *t)) {
        out.push(event(
            "elevation-used",
            "used",
            vec![p.id.clone(), c.id.clone()],
            format!(
                "{} first acted with the elevated roles below in {} at {}.",
                esc(&e.upn),
                named(c),
                fmt_time(t)
            ),
            vec![
                "Every action a partner user takes in the customer's tenant is in its audit \
                 trail (partnerctl audit list)."
                    .into(),
            ],
        ));
    }
    Ok(out)
}
