//! `grants list|add|remove`: agent roles of the partner's users.

use clap_complete::engine::ArgValueCandidates;
use std::path::PathBuf;

use clap::Subcommand;

use crate::app::grants::{self, GrantInput, GrantView};
use crate::error::Result;
use crate::model::AgentRole;

use super::render::head;
use super::Global;

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
    #[arg(add = ArgValueCandidates::new(super::complete::users))]
    pub upn: String,
    /// admin-agent, helpdesk-agent or sales-agent
    #[arg(long, value_name = "AGENT_ROLE", value_enum)]
    pub role: AgentRole,
    /// Only for this customer (its domain) [default: all customers]
    #[arg(long, value_name = "D", add = ArgValueCandidates::new(super::complete::customers))]
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
    #[arg(required_unless_present = "from_csv", add = ArgValueCandidates::new(super::complete::users))]
    pub upn: Option<String>,
    /// admin-agent, helpdesk-agent or sales-agent
    #[arg(
        long,
        value_name = "AGENT_ROLE",
        value_enum,
        required_unless_present = "from_csv"
    )]
    pub role: Option<AgentRole>,
    /// Only for this customer (its domain) [default: all customers]
    #[arg(long, value_name = "D", add = ArgValueCandidates::new(super::complete::customers))]
    pub customer: Option<String>,
}

fn grant_line(v: &GrantView) -> String {
    format!(
        "{} {} for {}",
        v.upn,
        v.role,
        v.customer.as_deref().unwrap_or("all customers")
    )
}

pub fn run(g: &Global, cmd: GrantsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        GrantsCmd::List => {
            let v = grants::list(&mut ctx)?;
            out.emit_list(&v, &["USER", "AGENT ROLE", "CUSTOMER", "SOURCE"], |x| {
                vec![
                    x.upn.clone(),
                    x.role.to_string(),
                    x.customer.clone().unwrap_or_else(|| "all customers".into()),
                    if x.implicit {
                        "implicit (global admin)".into()
                    } else {
                        format!("granted by {}", x.created_by.as_deref().unwrap_or("?"))
                    },
                ]
            })?;
        }
        GrantsCmd::Add(a) => {
            if let Some(path) = &a.from_csv {
                let v = grants::from_csv::add(&mut ctx, path, a.skip_existing, g.quiet)?;
                out.emit(ctx.plan(), &v, |v| {
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
                    super::render::skipped_lines(&mut s, &v.skipped);
                    s
                })?;
                return Ok(0);
            }
            let (Some(upn), Some(role)) = (a.grant.upn, a.grant.role) else {
                return Err(crate::error::Error::invalid(
                    "grants add needs UPN and --role, or --from-csv FILE",
                ));
            };
            let v = grants::add(
                &mut ctx,
                &GrantInput {
                    upn,
                    role,
                    customer: a.grant.customer,
                },
            )?;
            out.emit(ctx.plan(), &v, |v| {
                format!("{}: {}", head(g, "granted"), grant_line(v))
            })?;
        }
        GrantsCmd::Remove(a) => {
            let v = grants::remove(
                &mut ctx,
                &GrantInput {
                    upn: a.upn,
                    role: a.role,
                    customer: a.customer,
                },
            )?;
            out.emit(ctx.plan(), &v, |v| {
                format!("{}: {}", head(g, "removed"), grant_line(v))
            })?;
        }
    }
    Ok(0)
}
