//! `elevate` and `elevations list/approve/deny/end`: just-in-time elevation.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::app::elevations::{self, ElevateInput, ElevationView};
use crate::error::{Error, Result};
use crate::model::DirectoryRole;
use crate::output::{fields, list};

use super::render::{changed, head};
use super::Global;

#[derive(Debug, clap::Args)]
pub struct ElevateArgs {
    /// The customer, by initial domain
    #[arg(long, value_name = "C", add = ArgValueCandidates::new(super::complete::customers))]
    customer: String,
    /// An eligible directory role to activate (repeatable)
    #[arg(long = "role", value_name = "ROLE", value_enum, required = true)]
    roles: Vec<DirectoryRole>,
    /// How long, between 30m and the eligibility's maximum (at most 8h)
    #[arg(long = "for", value_name = "D")]
    duration: String,
    /// The justification, recorded in the audit trail
    #[arg(long, value_name = "TEXT")]
    reason: String,
    /// A ticket number, recorded with it
    #[arg(long, value_name = "T")]
    ticket: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum ElevationsCmd {
    /// Your partner's elevations, newest first (yours only, unless you approve them)
    List {
        /// Only requests waiting for an approval
        #[arg(long)]
        pending: bool,
    },
    /// Approve another user's pending request (partner global admins; never your own)
    Approve {
        #[arg(value_name = "ID", add = ArgValueCandidates::new(super::complete::elevations))]
        id: String,
    },
    /// Deny a pending request
    Deny {
        #[arg(value_name = "ID", add = ArgValueCandidates::new(super::complete::elevations))]
        id: String,
        /// Why, recorded and shown to the requester
        #[arg(long, value_name = "TEXT")]
        reason: String,
    },
    /// End a request or an elevation before its time (your own, or anyone's as a partner
    /// global admin)
    End {
        #[arg(value_name = "ID", add = ArgValueCandidates::new(super::complete::elevations))]
        id: String,
    },
}

fn elevation_fields(v: &ElevationView) -> String {
    let mut f = vec![
        ("id", v.id.clone()),
        ("status", v.status.to_string()),
        ("user", v.upn.clone()),
        ("customer", v.customer.domain.clone()),
        ("roles", list(&v.roles)),
        ("duration", v.duration.clone()),
        ("reason", v.reason.clone()),
    ];
    if let Some(t) = &v.ticket {
        f.push(("ticket", t.clone()));
    }
    if let (Some(s), Some(e)) = (&v.starts_at, &v.ends_at) {
        f.push(("from", s.clone()));
        f.push(("until", e.clone()));
    }
    if let Some(by) = &v.decided_by {
        f.push(("decided by", by.clone()));
    }
    if let Some(r) = &v.deny_reason {
        f.push(("denied because", r.clone()));
    }
    fields(&f)
}

pub fn elevate(g: &Global, a: ElevateArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let duration = humantime::parse_duration(a.duration.trim())
        .map_err(|_| Error::invalid("--for: a length such as 2h, 90m or 30m"))?;
    let v = elevations::elevate(
        &mut ctx,
        &ElevateInput {
            customer: &a.customer,
            roles: &a.roles,
            duration,
            reason: &a.reason,
            ticket: a.ticket.as_deref(),
        },
    )?;
    g.out().emit(ctx.plan(), &v, |v| {
        let what = if v.status == crate::model::ElevationStatus::Pending {
            "requested an elevation; another partner global admin approves it with\n  partnerctl elevations approve ".to_string() + &v.id
        } else {
            "elevated".to_string()
        };
        format!("{}\n{}", head(g, &what), elevation_fields(v))
    })?;
    Ok(0)
}

pub fn run(g: &Global, cmd: ElevationsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    let (v, done) = match cmd {
        ElevationsCmd::List { pending } => {
            let v = elevations::list(&mut ctx, pending)?;
            let now = ctx.clock.now();
            out.emit_list(
                &v,
                &[
                    "ID", "STATUS", "USER", "CUSTOMER", "ROLES", "UNTIL", "REASON",
                ],
                |e| {
                    vec![
                        e.id.clone(),
                        e.status.to_string(),
                        e.upn.clone(),
                        e.customer.domain.clone(),
                        list(&e.roles),
                        out.time_or(e.ends_at.as_deref(), now, "-"),
                        e.reason.clone(),
                    ]
                },
            )?;
            return Ok(0);
        }
        ElevationsCmd::Approve { id } => (elevations::approve(&mut ctx, &id)?, "approved"),
        ElevationsCmd::Deny { id, reason } => (elevations::deny(&mut ctx, &id, &reason)?, "denied"),
        ElevationsCmd::End { id } => (elevations::end(&mut ctx, &id)?, "ended"),
    };
    changed(g, &ctx, &v, done, |v| {
        format!("elevation {}\n{}", v.id, elevation_fields(v))
    })?;
    Ok(0)
}
