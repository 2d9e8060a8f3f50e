//! `domains`: the tenant's domains.

use clap::Subcommand;

use crate::app::domains;
use crate::error::Result;
use crate::model::Capability;
use crate::output::list;

use super::render::{changed, head};
use super::Global;

#[derive(Debug, Subcommand)]
pub enum DomainsCmd {
    /// The tenant's domains: status, capabilities, default
    List,
    /// Add a domain; prints the TXT record to publish for verification
    Add { name: String },
    /// Verify a domain with the code of its TXT record
    Verify {
        name: String,
        #[arg(long, value_name = "C")]
        code: String,
    },
    /// Set what a verified domain is used for (replaces the current set)
    SetCapabilities {
        name: String,
        /// email, sharepoint, teams or intune (repeatable)
        #[arg(long = "capability", value_name = "X", value_enum, required = true)]
        capabilities: Vec<Capability>,
    },
    /// Remove a domain (not the initial one, not one in use by a UPN)
    Remove { name: String },
}

pub fn run(g: &Global, cmd: DomainsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        DomainsCmd::List => {
            let v = domains::list_domains(&mut ctx)?;
            out.emit_list(&v, &["DOMAIN", "STATUS", "CAPABILITIES", "DEFAULT"], |d| {
                vec![
                    d.name.clone(),
                    d.status.to_string(),
                    list(&d.capabilities),
                    if d.default { "yes" } else { "" }.into(),
                ]
            })?;
        }
        DomainsCmd::Add { name } => {
            let v = domains::add_domain(&mut ctx, &name)?;
            out.emit(ctx.plan(), &v, |v| {
                let mut s = format!("{} {} (unverified)\n", head(g, "added"), v.name);
                if let Some(t) = &v.verification {
                    s.push_str(&format!(
                        "Publish this DNS record, then run `partnerctl domains verify {} --code {}`:\n  {} {} \"{}\"\n",
                        v.name, t.value, v.name, t.record_type, t.value
                    ));
                }
                s
            })?;
        }
        DomainsCmd::Verify { name, code } => {
            let v = domains::verify_domain(&mut ctx, &name, &code)?;
            changed(g, &ctx, &v, "verified", |v| v.name.to_string())?;
        }
        DomainsCmd::SetCapabilities { name, capabilities } => {
            let v = domains::set_capabilities(&mut ctx, &name, &capabilities)?;
            changed(g, &ctx, &v, "set", |v| {
                format!("{} capabilities: {}", v.name, list(&v.capabilities))
            })?;
        }
        DomainsCmd::Remove { name } => {
            let v = domains::remove_domain(&mut ctx, &name)?;
            changed(g, &ctx, &v, "removed", |v| v.name.to_string())?;
        }
    }
    Ok(0)
}
