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
    let mut out = Vec::new();
    if e.status == ElevationStatus::Pending {
        out.push(Event {
            key: format!("elevation-requested:{}", e.id),
            event: "elevation-requested",
            tenants: vec![p.id.clone()],
            subject: format!("Elevation requested: {who}"),
            body: message(
                format!(
                    "{} asks to activate eligible roles in {} and waits for an approval.",
                    esc(&e.upn),
                    named(c)
                ),
                lines.clone(),
                vec![format!(
                    "A global admin of {} other than the requester approves it (partnerctl \
                     elevations approve {id}) or denies it (partnerctl elevations deny {id} \
                     --reason TEXT).",
                    esc(&p.domain),
                    id = e.id
                )],
            ),
        });
    }
    let approved = matches!(e.status, ElevationStatus::Active | ElevationStatus::Ended)
        && e.decided_by.is_some();
    if let Some(t) =
        at("an elevation's approval", &e.decided_at)?.filter(|t| approved && recent(w, *t))
    {
        out.push(Event {
            key: format!("elevation-approved:{}", e.id),
            event: "elevation-approved",
            tenants: vec![p.id.clone()],
            subject: format!("Elevation approved: {who}"),
            body: message(
                format!(
                    "The elevation below was approved at {} by {}.",
                    fmt_time(t),
                    e.decided_by.as_deref().map_or("-".to_string(), esc)
                ),
                lines.clone(),
                Vec::new(),
            ),
        });
    }
    if let Some(t) = at("an elevation's use", &e.used_at)?.filter(|t| recent(w, *t)) {
        out.push(Event {
            key: format!("elevation-used:{}", e.id),
            event: "elevation-used",
            tenants: vec![p.id.clone(), c.id.clone()],
            subject: format!("Elevation used: {who}"),
            body: message(
                format!(
                    "{} first acted with the elevated roles below in {} at {}.",
                    esc(&e.upn),
                    named(c),
                    fmt_time(t)
                ),
                lines,
                vec![
                    "Every action a partner user takes in the customer's tenant is in its audit \
                     trail (partnerctl audit list)."
                        .into(),
                ],
            ),
        });
    }
    Ok(out)
}
