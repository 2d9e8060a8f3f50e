//! `eligibility list/add/remove`: just-in-time eligibility of partner users in customers.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::app::eligibility::{self, EligibilityInput};
use crate::error::{Error, Result};
use crate::model::DirectoryRole;
use crate::output::{fields, list};

use super::render::changed;
use super::Global;

#[derive(Debug, Subcommand)]
pub enum EligibilityCmd {
    /// Your partner's eligibilities (yours only, unless you read grants)
    List,
    /// Make a user of your tenant eligible for roles in a customer, within the access of a
    /// relationship in force with it (replaces what it was eligible for there)
    Add {
        #[arg(value_name = "UPN", add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
        /// The customer, by initial domain
        #[arg(long, value_name = "C", add = ArgValueCandidates::new(super::complete::customers))]
        customer: String,
        /// A directory role it may activate (repeatable)
        #[arg(long = "role", value_name = "ROLE", value_enum, required = true)]
        roles: Vec<DirectoryRole>,
        /// The longest activation, between 30m and 8h
        #[arg(long, value_name = "D", default_value = "8h")]
        max_duration: String,
        /// An activation waits for another partner global admin's approval
        #[arg(long)]
        approval: bool,
        /// The relationship to go through [default: the one in force whose access holds
        /// every role, running longest]
        #[arg(long, value_name = "ID")]
        relationship: Option<String>,
    },
    /// End a user's eligibility in a customer, and its open elevations there
    Remove {
        #[arg(value_name = "UPN", add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
        #[arg(long, value_name = "C", add = ArgValueCandidates::new(super::complete::customers))]
        customer: String,
    },
}

pub fn run(g: &Global, cmd: EligibilityCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        EligibilityCmd::List => {
            let v = eligibility::list(&mut ctx)?;
            let now = ctx.clock.now();
            out.emit_list(
                &v,
                &["USER", "CUSTOMER", "ROLES", "MAX", "APPROVAL", "LAST USED"],
                |e| {
                    vec![
                        e.upn.clone(),
                        e.customer.domain.clone(),
                        list(&e.roles),
                        e.max_duration.clone(),
                        if e.approval { "yes" } else { "no" }.to_string(),
                        out.time_or(e.last_used_at.as_deref(), now, "never"),
                    ]
                },
            )?;
        }
        EligibilityCmd::Add {
            upn,
            customer,
            roles,
            max_duration,
            approval,
            relationship,
        } => {
            let max_duration = humantime::parse_duration(max_duration.trim())
                .map_err(|_| Error::invalid("--max-duration: a length such as 8h, 2h or 90m"))?;
            let v = eligibility::add(
                &mut ctx,
                &EligibilityInput {
                    upn: &upn,
                    customer: &customer,
                    roles: &roles,
                    max_duration,
                    approval,
                    relationship: relationship.as_deref(),
                },
            )?;
            changed(g, &ctx, &v, "made", |v| {
                format!(
                    "{} eligible in {}\n{}",
                    v.upn,
                    v.customer.domain,
                    fields(&[
                        ("roles", list(&v.roles)),
                        (
                            "relationship",
                            format!("{} ({})", v.relationship.id, v.relationship.name)
                        ),
                        ("max duration", v.max_duration.clone()),
                        (
                            "approval",
                            if v.approval { "required" } else { "none" }.into()
                        ),
                    ])
                )
            })?;
        }
        EligibilityCmd::Remove { upn, customer } => {
            let v = eligibility::remove(&mut ctx, &upn, &customer)?;
            changed(g, &ctx, &v, "removed", |v| {
                format!(
                    "{}'s eligibility in {} ({} open elevation(s) ended)\n",
                    v.upn, v.customer_domain, v.elevations_ended
                )
            })?;
        }
    }
    Ok(0)
}
