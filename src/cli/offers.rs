//! `offers create|list|show|revoke` (the partner's purchase offers) and `offers
//! accept|decline` (the customer's answer, with the token the partner sent).

use std::path::PathBuf;

use clap::Subcommand;

use crate::app::offers::{self, OfferInput, OfferView};
use crate::app::relationships::duration_text;
use crate::error::Result;
use crate::model::{DirectoryRole, InviteStatus};
use crate::output::{fields, list};

use super::invites::{created_text, issued_fields, shown_text};
use super::render::{changed, head};
use super::Global;

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// A SKU of the catalogue and its quantity, 1 to 100000 (repeatable, each SKU once); the
    /// catalogue's prices are frozen into the offer
    #[arg(long = "item", value_name = "SKU=QTY", required = true)]
    pub items: Vec<String>,
    /// Only a tenant owning this domain may accept (it may not have a tenant yet)
    #[arg(long, value_name = "D")]
    pub customer_domain: Option<String>,
    /// Also request delegated administration: accepting the offer creates the relationship
    #[arg(long)]
    pub with_delegated_admin: bool,
    /// With --with-delegated-admin: a directory role to delegate (repeatable; not
    /// relationship-admin) [default: global-admin]
    #[arg(
        long = "access",
        value_name = "ROLE",
        value_enum,
        requires = "with_delegated_admin"
    )]
    pub access: Vec<DirectoryRole>,
    /// With --with-delegated-admin: how long the relationship lasts, 1d to 730d [default: no
    /// expiry]
    #[arg(long, value_name = "DAYS", requires = "with_delegated_admin")]
    pub duration: Option<String>,
    /// With --with-delegated-admin: extend the relationship by 180 days at each expiry (needs
    /// --duration; refused with global-admin)
    #[arg(long, requires = "with_delegated_admin")]
    pub auto_extend: bool,
    /// How long the offer stays valid, up to 90d
    #[arg(long, value_name = "SPAN", default_value = "30d")]
    pub expires_in: String,
    /// A message for the customer
    #[arg(long, value_name = "M")]
    pub message: Option<String>,
    /// The recipient of the offer e-mail
    #[arg(long, value_name = "ADDR")]
    pub email_to: Option<String>,
    /// Write a ready-to-send RFC 5322 message to FILE (needs --email-to)
    #[arg(long, value_name = "FILE")]
    pub email_out: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct TokenArg {
    /// The offer token, or the link that ends in it
    pub token: String,
}

#[derive(Debug, Subcommand)]
pub enum OffersCmd {
    /// Offer licenses to a customer, optionally with a request for delegated administration
    /// (partner global admins, admin agents, sales agents)
    Create(CreateArgs),
    /// List your tenant's offers
    List {
        /// Only offers with this status
        #[arg(long, value_name = "S", value_enum)]
        status: Option<InviteStatus>,
    },
    /// Show one offer: by id (the partner), or by token (the customer, before deciding)
    Show {
        #[arg(value_name = "ID|TOKEN")]
        offer: String,
    },
    /// Revoke a pending offer
    Revoke { id: String },
    /// Accept an offer for your tenant: buy its licenses and, when it asks, accept the
    /// delegated administration, in one step (global admins; billing admins for licenses
    /// only); shows items, total and terms and asks (--yes to skip)
    Accept(TokenArg),
    /// Decline an offer
    Decline(TokenArg),
}

fn offer_fields(v: &OfferView) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("id", v.id.clone()),
        ("status", v.status.to_string()),
        (
            "partner",
            format!("{} ({})", v.partner.name, v.partner.domain),
        ),
    ];
    for i in &v.items {
        f.push((
            "item",
            format!(
                "{} x {} at {} = {}",
                i.quantity, i.sku, i.price_per_unit, i.amount
            ),
        ));
    }
    f.push(("total", v.total.clone()));
    f.push((
        "delegated admin",
        match &v.delegated_admin {
            None => "not requested".into(),
            Some(d) => format!(
                "{}; {}",
                list(&d.access),
                duration_text(
                    d.duration
                        .as_deref()
                        .and_then(|s| s.trim_end_matches('d').parse().ok()),
                    d.auto_extend
                )
            ),
        },
    ));
    f.extend(issued_fields(&v.issued));
    f
}

pub fn run(g: &Global, cmd: OffersCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        OffersCmd::Create(a) => {
            let v = offers::create(
                &mut ctx,
                &OfferInput {
                    items: a.items,
                    customer_domain: a.customer_domain,
                    with_delegated_admin: a.with_delegated_admin,
                    access: a.access,
                    duration: a.duration,
                    auto_extend: a.auto_extend,
                    expires_in: Some(a.expires_in),
                    message: a.message,
                    email_to: a.email_to,
                    email_out: a.email_out,
                },
            )?;
            out.emit(ctx.plan(), &v, |v| {
                created_text(
                    g,
                    "created an offer",
                    "The customer",
                    v,
                    offer_fields(&v.item),
                )
            })?;
        }
        OffersCmd::List { status } => {
            let v = offers::list(&mut ctx, status)?;
            let now = ctx.clock.now();
            out.emit_list(
                &v,
                &[
                    "ID",
                    "STATUS",
                    "CUSTOMER",
                    "ITEMS",
                    "TOTAL",
                    "DELEGATION",
                    "EXPIRES",
                ],
                |o| {
                    vec![
                        o.id.clone(),
                        o.status.to_string(),
                        o.issued
                            .customer_domain
                            .clone()
                            .unwrap_or_else(|| "any".into()),
                        o.items
                            .iter()
                            .map(|i| format!("{} x {}", i.quantity, i.sku))
                            .collect::<Vec<_>>()
                            .join(", "),
                        o.total.clone(),
                        o.delegated_admin
                            .as_ref()
                            .map(|d| list(&d.access))
                            .unwrap_or_else(|| "-".into()),
                        out.time(&o.issued.expires_at, now),
                    ]
                },
            )?;
        }
        OffersCmd::Show { offer } => {
            let v = offers::show(&mut ctx, &offer)?;
            out.emit(ctx.plan(), &v, |v| {
                shown_text(offer_fields(v), &v.issued, &v.relationship_id)
            })?;
        }
        OffersCmd::Revoke { id } => {
            let v = offers::revoke(&mut ctx, &id)?;
            changed(g, &ctx, &v, "revoked offer", |v| v.id.to_string())?;
        }
        OffersCmd::Accept(a) => {
            let v = offers::accept(&mut ctx, &a.token)?;
            out.emit(ctx.plan(), &v, |v| {
                let mut f: Vec<(&str, String)> = v
                    .licenses
                    .iter()
                    .map(|l| {
                        (
                            "bought",
                            format!("{} x {} (now {} valid)", l.quantity, l.sku, l.valid),
                        )
                    })
                    .collect();
                f.push(("total", v.total.clone()));
                if let Some(r) = &v.relationship {
                    f.push(("relationship", r.id.clone()));
                    f.push(("access", list(&r.access)));
                    f.push((
                        "expires",
                        r.expires_at.clone().unwrap_or_else(|| "never".into()),
                    ));
                }
                format!(
                    "{} the offer from {} ({}) for {}\n{}",
                    head(g, "accepted"),
                    v.partner.name,
                    v.partner.domain,
                    v.customer.domain,
                    fields(&f)
                )
            })?;
        }
        OffersCmd::Decline(a) => {
            let v = offers::decline(&mut ctx, &a.token)?;
            changed(g, &ctx, &v, "declined", |v| {
                format!("the offer from {} ({})", v.partner.name, v.partner.domain)
            })?;
        }
    }
    Ok(0)
}
