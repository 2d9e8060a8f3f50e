//! `customers list|remove`: the partner's view of its customers.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::app::customers;
use crate::error::Result;

use super::relationships::{relationship_cells, relationship_headers};
use super::render::{changed, stream_list};
use super::Global;

#[derive(Debug, Subcommand)]
pub enum CustomersCmd {
    /// Your partner tenant's customers
    List {
        /// Include expired and terminated relationships
        #[arg(long)]
        all: bool,
    },
    /// End your own relationships with a customer: every active one, listed in the
    /// confirmation (asks; --yes to skip)
    Remove {
        /// The customer tenant's domain
        #[arg(add = ArgValueCandidates::new(super::complete::customers))]
        customer: String,
    },
}

pub fn run(g: &Global, cmd: CustomersCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    match cmd {
        CustomersCmd::List { all } => {
            let out = g.out();
            let now = ctx.clock.now();
            customers::list(&mut ctx, all, |rows| {
                stream_list(&out, &relationship_headers(true), rows, |r| {
                    relationship_cells(&out, now, r, true)
                })
            })?;
        }
        CustomersCmd::Remove { customer } => {
            let v = customers::remove(&mut ctx, &customer)?;
            changed(g, &ctx, &v, "ended", |v| {
                format!(
                    "{} with {}",
                    super::relationships::ended_list(&v.relationships),
                    v.domains().1
                )
            })?;
        }
    }
    Ok(0)
}
