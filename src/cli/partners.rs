//! `partners list|remove`: the customer's view of its partners.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::app::partners;
use crate::error::Result;

use super::relationships::relationship_rows;
use super::render::changed;
use super::Global;

#[derive(Debug, Subcommand)]
pub enum PartnersCmd {
    /// The partners with delegated administration over this tenant
    List {
        /// Include expired and terminated relationships
        #[arg(long)]
        all: bool,
    },
    /// End a partner's delegated administration of this tenant: every active relationship
    /// with it, listed in the confirmation (asks; --yes to skip)
    Remove {
        /// The partner tenant's domain
        #[arg(add = ArgValueCandidates::new(super::complete::partners))]
        partner: String,
    },
}

pub fn run(g: &Global, cmd: PartnersCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    match cmd {
        PartnersCmd::List { all } => {
            let v = partners::list(&mut ctx, all)?;
            relationship_rows(&g.out(), ctx.clock.now(), &v, false)?;
        }
        PartnersCmd::Remove { partner } => {
            let v = partners::remove(&mut ctx, &partner)?;
            changed(g, &ctx, &v, "terminated", |v| {
                format!(
                    "{}: {} no longer administers {}",
                    super::relationships::ended_list(&v.relationships),
                    v.domains().0,
                    v.domains().1
                )
            })?;
        }
    }
    Ok(0)
}
