//! Partner relationships: `invite`, `invites`, `accept`, `decline`, `partners`, `customers`,
//! `grants`.

use std::path::PathBuf;

use clap::Subcommand;

use crate::app::bulk;
use crate::app::partners::{
    self, GrantInput, GrantView, InviteInput, InviteView, RelationshipView,
};
use crate::error::Result;
use crate::model::{AgentRole, DirectoryRole, InviteStatus};
use crate::output::{fields, list, opt, Out};

use super::Global;

fn parse_role(s: &str) -> std::result::Result<DirectoryRole, String> {
    s.parse()
}

fn parse_agent_role(s: &str) -> std::result::Result<AgentRole, String> {
    s.parse()
}

#[derive(Debug, clap::Args)]
pub struct InviteArgs {
    /// A directory role to delegate (repeatable) [default: global-admin, i.e. classic DAP]
    #[arg(long = "access", value_name = "ROLE", value_parser = parse_role)]
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
    /// Create one invite per row of a CSV file (header: customer_domain, email, access,
    /// duration, expires_in, message[, auto_extend]); validated whole, applied in one go
    #[arg(long, value_name = "FILE", conflicts_with_all = ["access", "duration", "auto_extend", "customer_domain", "message", "email_to", "email_out"])]
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
    Show { id: String },
    /// Revoke a pending invite
    Revoke { id: String },
}

#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    /// The invite token, or the link that ends in it
    pub token: String,
}

#[derive(Debug, Subcommand)]
pub enum PartnersCmd {
    /// The partners with delegated administration over this tenant
    List {
        /// Include expired and terminated relationships
        #[arg(long)]
        all: bool,
    },
    /// End a partner's delegated administration of this tenant
    Remove {
        /// The partner tenant's domain
        partner: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum CustomersCmd {
    /// Your partner tenant's customers
    List {
        /// Include expired and terminated relationships
        #[arg(long)]
        all: bool,
    },
    /// End your own relationship with a customer
    Remove {
        /// The customer tenant's domain
        customer: String,
    },
}

#[derive(Debug, Subcommand)]
pub enum GrantsCmd {
    /// Agent roles of your partner tenant's users (global admins are implicit admin agents)
    List,
    /// Give a partner user an agent role, for all customers or one
    Add(GrantAddArgs),
    /// Take an agent role from a partner user
    Remove(GrantArgs),
}

#[derive(Debug, clap::Args)]
pub struct GrantArgs {
    pub upn: String,
    /// admin-agent, helpdesk-agent or sales-agent
    #[arg(long, value_name = "AGENT_ROLE", value_parser = parse_agent_role)]
    pub role: AgentRole,
    /// Only for this customer (its domain) [default: all customers]
    #[arg(long, value_name = "D")]
    pub customer: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct GrantAddArgs {
    #[command(flatten)]
    pub grant: GrantFields,
    /// Add one grant per row of a CSV file (header: upn, role[, customer]); validated whole,
    /// applied in one go
    #[arg(long, value_name = "FILE", conflicts_with_all = ["upn", "role", "customer"])]
    pub from_csv: Option<PathBuf>,
    /// With --from-csv: skip grants that already exist instead of refusing the file
    #[arg(long, requires = "from_csv")]
    pub skip_existing: bool,
}

#[derive(Debug, clap::Args)]
pub struct GrantFields {
    #[arg(required_unless_present = "from_csv")]
    pub upn: Option<String>,
    /// admin-agent, helpdesk-agent or sales-agent
    #[arg(long, value_name = "AGENT_ROLE", value_parser = parse_agent_role, required_unless_present = "from_csv")]
    pub role: Option<AgentRole>,
    /// Only for this customer (its domain) [default: all customers]
    #[arg(long, value_name = "D")]
    pub customer: Option<String>,
}

fn head(g: &Global, done: &str) -> String {
    if g.dry_run {
        format!("dry run: would have {done}")
    } else {
        done.to_string()
    }
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
        (
            "duration",
            partners::duration_text(v.duration_days, v.auto_extend),
        ),
        ("customer domain", opt(&v.customer_domain)),
        ("created", format!("{} by {}", v.created_at, v.created_by)),
        ("expires", v.expires_at.clone()),
    ]
}

pub fn invite(g: &Global, a: InviteArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    if let Some(path) = &a.from_csv {
        let v = bulk::invites_from_csv(
            &mut ctx,
            path,
            a.email_dir.as_deref(),
            a.skip_existing,
            g.quiet,
        )?;
        g.out().emit(&v, |v| {
            let mut s = format!("{}{} invite(s)\n", head(g, "created "), v.created.len());
            for c in &v.created {
                s.push_str(&format!(
                    "  line {}: {} {}\n      {}\n",
                    c.line,
                    c.customer_domain.as_deref().unwrap_or("any"),
                    c.email_file
                        .as_deref()
                        .map(|f| format!("(e-mail: {f})"))
                        .unwrap_or_default(),
                    c.accept_command
                ));
            }
            for k in &v.skipped {
                s.push_str(&format!(
                    "  line {}: skipped {} ({})\n",
                    k.line, k.key, k.reason
                ));
            }
            s
        })?;
        return Ok(0);
    }
    let v = partners::create_invite(
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
        },
    )?;
    g.out().emit(&v, |v| {
        let mut f = invite_fields(&v.invite);
        f.push(("token", v.token.clone()));
        f.push(("link", v.link.clone()));
        if let Some(p) = &v.email_out {
            f.push(("e-mail", p.clone()));
        }
        format!(
            "{}\n{}\nThe token is shown once. The customer's global admin accepts with:\n  {}\n",
            head(g, "created an invite"),
            fields(&f),
            v.accept_command
        )
    })?;
    Ok(0)
}

pub fn invites(g: &Global, cmd: InvitesCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        InvitesCmd::List { status } => {
            let v = partners::list_invites(&mut ctx, status)?;
            out.emit_list(
                &v,
                &["ID", "STATUS", "CUSTOMER", "ACCESS", "EXPIRES"],
                v.iter()
                    .map(|i| {
                        vec![
                            i.id.clone(),
                            i.status.to_string(),
                            i.customer_domain.clone().unwrap_or_else(|| "any".into()),
                            list(&i.access),
                            i.expires_at.clone(),
                        ]
                    })
                    .collect(),
            )?;
        }
        InvitesCmd::Show { id } => {
            let v = partners::show_invite(&mut ctx, &id)?;
            out.emit(&v, |v| {
                let mut f = invite_fields(v);
                if let Some(m) = &v.message {
                    f.push(("message", m.clone()));
                }
                if let Some(r) = &v.relationship_id {
                    f.push(("relationship", r.clone()));
                }
                fields(&f)
            })?;
        }
        InvitesCmd::Revoke { id } => {
            let v = partners::revoke_invite(&mut ctx, &id)?;
            out.emit(&v, |v| format!("{} {}", head(g, "revoked invite"), v.id))?;
        }
    }
    Ok(0)
}

pub fn accept(g: &Global, a: TokenArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = partners::accept(&mut ctx, &a.token)?;
    g.out().emit(&v, |v| {
        format!(
            "{} {} ({}) as a delegated administrator of {}\n{}",
            head(g, "accepted"),
            v.partner.name,
            v.partner.domain,
            v.customer.domain,
            fields(&[
                ("relationship", v.id.clone()),
                ("access", list(&v.access)),
                (
                    "expires",
                    v.expires_at.clone().unwrap_or_else(|| "never".into())
                ),
            ])
        )
    })?;
    Ok(0)
}

pub fn decline(g: &Global, a: TokenArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = partners::decline(&mut ctx, &a.token)?;
    g.out().emit(&v, |v| {
        format!(
            "{} the invite from {} ({})",
            head(g, "declined"),
            v.partner.name,
            v.partner.domain
        )
    })?;
    Ok(0)
}

fn relationship_rows(out: &Out, v: &[RelationshipView], partner_side: bool) -> Result<()> {
    let other = if partner_side { "CUSTOMER" } else { "PARTNER" };
    let rows = v
        .iter()
        .map(|r| {
            let t = if partner_side {
                &r.customer
            } else {
                &r.partner
            };
            let (domain, name, contact) = t
                .as_ref()
                .map(|t| (t.domain.clone(), t.name.clone(), opt(&t.contact.email)))
                .unwrap_or_default();
            vec![
                domain,
                name,
                r.status.id().to_string(),
                list(&r.access),
                r.since.get(..10).unwrap_or(&r.since).to_string(),
                r.expires_at
                    .as_deref()
                    .map(|e| e.get(..10).unwrap_or(e).to_string())
                    .unwrap_or_else(|| "never".into()),
                contact,
            ]
        })
        .collect();
    out.emit_list(
        &v,
        &[
            other, "NAME", "STATUS", "ACCESS", "SINCE", "EXPIRES", "CONTACT",
        ],
        rows,
    )
}

pub fn partners(g: &Global, cmd: PartnersCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    match cmd {
        PartnersCmd::List { all } => {
            let v = partners::list_partners(&mut ctx, all)?;
            relationship_rows(&g.out(), &v, false)?;
        }
        PartnersCmd::Remove { partner } => {
            let v = partners::remove_partner(&mut ctx, &partner)?;
            g.out().emit(&v, |v| {
                format!(
                    "{} relationship {}: {} no longer administers {}",
                    head(g, "terminated"),
                    v.relationship_id,
                    v.partner.as_ref().map(|p| p.domain.as_str()).unwrap_or("?"),
                    v.customer
                        .as_ref()
                        .map(|c| c.domain.as_str())
                        .unwrap_or("?"),
                )
            })?;
        }
    }
    Ok(0)
}

pub fn customers(g: &Global, cmd: CustomersCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    match cmd {
        CustomersCmd::List { all } => {
            let v = partners::list_customers(&mut ctx, all)?;
            relationship_rows(&g.out(), &v, true)?;
        }
        CustomersCmd::Remove { customer } => {
            let v = partners::remove_customer(&mut ctx, &customer)?;
            g.out().emit(&v, |v| {
                format!(
                    "{} relationship {} with {}",
                    head(g, "ended"),
                    v.relationship_id,
                    v.customer
                        .as_ref()
                        .map(|c| c.domain.as_str())
                        .unwrap_or("?"),
                )
            })?;
        }
    }
    Ok(0)
}

fn grant_line(v: &GrantView) -> String {
    format!(
        "{} {} for {}",
        v.upn,
        v.role,
        v.customer.as_deref().unwrap_or("all customers")
    )
}

pub fn grants(g: &Global, cmd: GrantsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        GrantsCmd::List => {
            let v = partners::list_grants(&mut ctx)?;
            out.emit_list(
                &v,
                &["USER", "AGENT ROLE", "CUSTOMER", "SOURCE"],
                v.iter()
                    .map(|x| {
                        vec![
                            x.upn.clone(),
                            if x.implicit {
                                "all agent roles".into()
                            } else {
                                x.role.to_string()
                            },
                            x.customer.clone().unwrap_or_else(|| "all customers".into()),
                            if x.implicit {
                                "implicit (global admin)".into()
                            } else {
                                format!("granted by {}", x.created_by.as_deref().unwrap_or("?"))
                            },
                        ]
                    })
                    .collect(),
            )?;
        }
        GrantsCmd::Add(a) => {
            if let Some(path) = &a.from_csv {
                let v = bulk::grants_from_csv(&mut ctx, path, a.skip_existing, g.quiet)?;
                out.emit(&v, |v| {
                    let mut s = format!("{}{} grant(s)\n", head(g, "created "), v.created.len());
                    for c in &v.created {
                        s.push_str(&format!(
                            "  line {}: {} {} for {}\n",
                            c.line,
                            c.upn,
                            c.role,
                            c.customer.as_deref().unwrap_or("all customers")
                        ));
                    }
                    for k in &v.skipped {
                        s.push_str(&format!(
                            "  line {}: skipped {} ({})\n",
                            k.line, k.key, k.reason
                        ));
                    }
                    s
                })?;
                return Ok(0);
            }
            let (Some(upn), Some(role)) = (a.grant.upn, a.grant.role) else {
                return Err(crate::error::Error::invalid(
                    "grants add needs UPN and --role, or --from-csv FILE",
                ));
            };
            let v = partners::add_grant(
                &mut ctx,
                &GrantInput {
                    upn,
                    role,
                    customer: a.grant.customer,
                },
            )?;
            out.emit(&v, |v| format!("{}: {}", head(g, "granted"), grant_line(v)))?;
        }
        GrantsCmd::Remove(a) => {
            let v = partners::remove_grant(
                &mut ctx,
                &GrantInput {
                    upn: a.upn,
                    role: a.role,
                    customer: a.customer,
                },
            )?;
            out.emit(&v, |v| format!("{}: {}", head(g, "removed"), grant_line(v)))?;
        }
    }
    Ok(0)
}

/// `--status` values complete in shells; the ids are the model's.
impl clap::ValueEnum for InviteStatus {
    fn value_variants<'a>() -> &'a [Self] {
        &InviteStatus::ALL
    }

    fn to_possible_value(&self) -> Option<clap::builder::PossibleValue> {
        Some(clap::builder::PossibleValue::new(self.id()))
    }
}
