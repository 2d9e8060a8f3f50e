//! `groups list/create/delete` and `groups members add/remove`: security groups of a partner
//! tenant (the agent roles are the built-in groups).

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::app::groups;
use crate::error::Result;
use crate::output::list;

use super::render::{changed, head};
use super::Global;

#[derive(Debug, Subcommand)]
pub enum GroupsCmd {
    /// Your partner tenant's groups with their members: the built-in admin-agents,
    /// helpdesk-agents and sales-agents (the agent roles), then your own
    List,
    /// Create a group of your own; it gives rights through access assignments
    /// (relationships assign ID --group NAME --role ROLE…)
    Create {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// Delete a group of your own with its memberships and assignments (asks for
    /// confirmation; --yes to skip)
    Delete {
        #[arg(value_name = "NAME")]
        name: String,
    },
    /// A group's members
    #[command(subcommand)]
    Members(MembersCmd),
}

#[derive(Debug, Subcommand)]
pub enum MembersCmd {
    /// Add a user of your tenant to a group (to a built-in group: the same as grants add)
    Add(MemberArgs),
    /// Remove a user from a group (from a built-in group: the same as grants remove)
    Remove(MemberArgs),
}

#[derive(Debug, clap::Args)]
pub struct MemberArgs {
    #[arg(value_name = "GROUP")]
    group: String,
    #[arg(value_name = "UPN", add = ArgValueCandidates::new(super::complete::users))]
    upn: String,
    /// Built-in groups: for this customer only [default: all customers]
    #[arg(long, value_name = "D", add = ArgValueCandidates::new(super::complete::customers))]
    customer: Option<String>,
}

pub fn run(g: &Global, cmd: GroupsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        GroupsCmd::List => {
            let v = groups::list(&mut ctx)?;
            out.emit_list(&v, &["GROUP", "KIND", "MEMBERS"], |x| {
                let mut members = x.members.clone();
                members.extend(
                    x.customer_members
                        .iter()
                        .map(|m| format!("{} (for {})", m.upn, m.customer)),
                );
                vec![
                    x.name.clone(),
                    if x.builtin { "built-in" } else { "own" }.to_string(),
                    if members.is_empty() {
                        "-".to_string()
                    } else {
                        list(&members)
                    },
                ]
            })?;
        }
        GroupsCmd::Create { name } => {
            let v = groups::create(&mut ctx, &name)?;
            changed(g, &ctx, &v, "created", |v| format!("group {}\n", v.name))?;
        }
        GroupsCmd::Delete { name } => {
            let v = groups::delete(&mut ctx, &name)?;
            changed(g, &ctx, &v, "deleted", |v| {
                format!(
                    "group {} and its {} assignment(s)\n",
                    v.name, v.assignments_removed
                )
            })?;
        }
        GroupsCmd::Members(m) => {
            let (a, add) = match m {
                MembersCmd::Add(a) => (a, true),
                MembersCmd::Remove(a) => (a, false),
            };
            let v = groups::member(&mut ctx, &a.group, &a.upn, a.customer.as_deref(), add)?;
            out.emit(ctx.plan(), &v, |v| {
                format!(
                    "{} {} {} {}{}\n",
                    head(g, if add { "added" } else { "removed" }),
                    v.upn,
                    if add { "to" } else { "from" },
                    v.group,
                    v.customer
                        .as_deref()
                        .map(|c| format!(" for {c}"))
                        .unwrap_or_default()
                )
            })?;
        }
    }
    Ok(0)
}
