//! `invite` (one, or many from a CSV file) and `invites list|show|revoke`.

use clap_complete::engine::ArgValueCandidates;
use std::path::PathBuf;

use clap::Subcommand;

use crate::app::invites::create::IssuedToken;
use crate::app::invites::{self, InviteInput, InviteView};
use crate::app::pending::{Created, IssuedView};
use crate::app::relationships::duration_text;
use crate::error::Result;
use crate::model::{DirectoryRole, InviteStatus};
use crate::output::{fields, list, opt};

use super::render::{changed, head};
use super::Global;

#[derive(Debug, clap::Args)]
pub struct InviteArgs {
    /// A directory role to delegate (repeatable; not relationship-admin) [default: global-admin,
    /// i.e. classic DAP]
    #[arg(long = "access", value_name = "ROLE", value_enum)]
    pub access: Vec<DirectoryRole>,
    /// How long the relationship lasts once accepted, 1d to 730d [default: no expiry]
    #[arg(long, value_name = "DAYS")]
    pub duration: Option<String>,
    /// Extend the relationship by 180 days at each expiry (needs --duration; refused with global-admin)
    #[arg(long)]
    pub auto_extend: bool,
    /// How long the invite stays valid, up to 90d
    #[arg(long, value_name = "SPAN", default_value = "90d")]
    pub expires_in: String,
    /// Only a tenant owning this domain may accept (it may not have a tenant yet)
    #[arg(long, value_name = "D")]
    pub customer_domain: Option<String>,
    /// A message for the customer
    #[arg(long, value_name = "M")]
    pub message: Option<String>,
    /// The recipient of the invitation e-mail
    #[arg(long, value_name = "ADDR")]
    pub email_to: Option<String>,
    /// Write a ready-to-send RFC 5322 message to FILE (needs --email-to)
    #[arg(long, value_name = "FILE")]
    pub email_out: Option<PathBuf>,
    /// The relationship's name, at most 50 characters, unique among your relationships that are
    /// not terminated [default: the customer's domain, numbered when taken]
    #[arg(long, value_name = "N")]
    pub name: Option<String>,
    /// Renew this relationship: accepting the invite begins the new relationship and ends this
    /// one in the same moment, so access never lapses. Its access, duration, auto-extend and
    /// customer are the defaults
    #[arg(long, value_name = "RELATIONSHIP_ID")]
    pub renews: Option<String>,
    /// Use a relationship template: its access, duration and auto-extend, and the access
    /// assignments to create when the invite is accepted
    #[arg(long, value_name = "T", conflicts_with_all = ["access", "duration", "auto_extend"])]
    pub template: Option<String>,
    /// Create one invite per row of a CSV file (header: customer_domain, email, access,
    /// duration, expires_in, message[, auto_extend]); validated whole, applied in one go
    #[arg(long, value_name = "FILE", conflicts_with_all = ["access", "duration", "auto_extend", "customer_domain", "message", "email_to", "email_out", "name", "renews", "template"])]
    pub from_csv: Option<PathBuf>,
    /// With --from-csv: write one .eml message per invite into DIR
    #[arg(long, value_name = "DIR", requires = "from_csv")]
    pub email_dir: Option<PathBuf>,
    /// With --from-csv: skip rows already done (a pending invite or an active relationship)
    /// instead of refusing the file
    #[arg(long, requires = "from_csv")]
    pub skip_existing: bool,
}

#[derive(Debug, Subcommand)]
pub enum InvitesCmd {
    /// List your tenant's invites
    List {
        /// Only invites with this status
        #[arg(long, value_name = "S", value_enum)]
        status: Option<InviteStatus>,
    },
    /// Show one invite
    Show {
        #[arg(add = ArgValueCandidates::new(super::complete::invites))]
        id: String,
    },
    /// Revoke a pending invite
    Revoke {
        #[arg(add = ArgValueCandidates::new(super::complete::invites))]
        id: String,
    },
}

fn invite_fields(v: &InviteView) -> Vec<(&'static str, String)> {
    vec![
        ("id", v.id.clone()),
        ("status", v.status.to_string()),
        (
            "partner",
            format!("{} ({})", v.partner.name, v.partner.domain),
        ),
        ("access", list(&v.access)),
        ("duration", duration_text(v.duration_days, v.auto_extend)),
    ]
    .into_iter()
    .chain(issued_fields(&v.issued))
    .collect()
}

/// How an invite or offer was issued: for whom, by whom and when, until when.
pub(super) fn issued_fields(v: &IssuedView) -> [(&'static str, String); 3] {
    [
        ("customer domain", opt(&v.customer_domain)),
        ("created", format!("{} by {}", v.created_at, v.created_by)),
        ("expires", v.expires_at.clone()),
    ]
}

/// One invite of a bulk run (`invite --from-csv`, `relationships migrate`): `what` it is for,
/// the message written for it, and the command that accepts it.
pub(super) fn issued_line(what: &str, i: &IssuedToken) -> String {
    let email = i
        .email_file
        .as_deref()
        .map(|f| format!("(e-mail: {f})"))
        .unwrap_or_default();
    format!("  {what} {email}\n      {}\n", i.accept_command)
}

/// What `invite` and `offers create` print: the new item's fields `f`, its token (shown once)
/// and the command with which `who` accepts.
pub(super) fn created_text<V>(
    g: &Global,
    what: &str,
    who: &str,
    c: &Created<V>,
    mut f: Vec<(&'static str, String)>,
) -> String {
    f.push(("token", c.token.clone()));
    f.push(("link", c.link.clone()));
    if let Some(p) = &c.email_out {
        f.push(("e-mail", p.clone()));
    }
    format!(
        "{}\n{}\nThe token is shown once. {who} accepts with:\n  {}\n",
        head(g, what),
        fields(&f),
        c.accept_command
    )
}

/// What `invites show` and `offers show` print: the item's fields `f`, then its message and
/// the relationship accepting it began.
pub(super) fn shown_text(
    mut f: Vec<(&'static str, String)>,
    v: &IssuedView,
    relationship_id: &Option<String>,
) -> String {
    if let Some(m) = &v.message {
        f.push(("message", m.clone()));
    }
    if let Some(r) = relationship_id {
        f.push(("relationship", r.clone()));
    }
    fields(&f)
}

pub fn invite(g: &Global, a: InviteArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    if let Some(path) = &a.from_csv {
        let v = invites::from_csv::create(
            &mut ctx,
            path,
            a.email_dir.as_deref(),
            a.skip_existing,
            g.quiet,
        )?;
        g.out().emit(ctx.plan(), &v, |v| {
            let mut s = format!("{}{} invite(s)\n", head(g, "created "), v.created.len());
            for c in &v.created {
                let domain = c.customer_domain.as_deref().unwrap_or("any");
                s.push_str(&issued_line(
                    &format!("line {}: {domain}", c.line),
                    &c.issued,
                ));
            }
            super::render::skipped_lines(&mut s, &v.skipped);
            s
        })?;
        return Ok(0);
    }
    let v = invites::create(
        &mut ctx,
        &InviteInput {
            access: a.access,
            duration: a.duration,
            auto_extend: a.auto_extend,
            expires_in: Some(a.expires_in),
            customer_domain: a.customer_domain,
            message: a.message,
            email_to: a.email_to,
            email_out: a.email_out,
            name: a.name,
            renews: a.renews,
            template: a.template,
        },
    )?;
    g.out().emit(ctx.plan(), &v, |v| {
        created_text(
            g,
            "created an invite",
            "A global admin or relationship admin of the customer",
            v,
            invite_fields(&v.item),
        )
    })?;
    Ok(0)
}

pub fn run(g: &Global, cmd: InvitesCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        InvitesCmd::List { status } => {
            let v = invites::list(&mut ctx, status)?;
            let now = ctx.clock.now();
            out.emit_list(
                &v,
                &["ID", "STATUS", "CUSTOMER", "ACCESS", "EXPIRES"],
                |i| {
                    vec![
                        i.id.clone(),
                        i.status.to_string(),
                        i.issued
                            .customer_domain
                            .clone()
                            .unwrap_or_else(|| "any".into()),
                        list(&i.access),
                        out.time(&i.issued.expires_at, now),
                    ]
                },
            )?;
        }
        InvitesCmd::Show { id } => {
            let v = invites::show(&mut ctx, &id)?;
            out.emit(ctx.plan(), &v, |v| {
                shown_text(invite_fields(v), &v.issued, &v.relationship_id)
            })?;
        }
        InvitesCmd::Revoke { id } => {
            let v = invites::revoke(&mut ctx, &id)?;
            changed(g, &ctx, &v, "revoked invite", |v| v.id.to_string())?;
        }
    }
    Ok(0)
}
