//! `licenses`: the catalogue, subscriptions, purchases and assignments.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::app::licenses;
use crate::error::Result;

use super::render::changed;
use super::Global;

#[derive(Debug, Subcommand)]
pub enum LicensesCmd {
    /// The tenant's subscriptions: valid, assigned and available units
    List,
    /// The operator's SKU catalogue
    Catalogue,
    /// Buy units of a SKU (billing or global admins; never a partner)
    Buy {
        sku: String,
        #[arg(long, value_name = "N")]
        quantity: i64,
    },
    /// Assign a license to a user
    Assign {
        sku: String,
        #[arg(add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
    },
    /// Take a license back from a user
    Unassign {
        sku: String,
        #[arg(add = ArgValueCandidates::new(super::complete::users))]
        upn: String,
    },
}

pub fn run(g: &Global, cmd: LicensesCmd) -> Result<i32> {
    let out = g.out();
    // The catalogue is the operator's price list: it needs no database.
    match cmd {
        LicensesCmd::Catalogue => {
            if g.tenant.is_some() {
                return Err(crate::error::Error::invalid(
                    "--tenant: the catalogue is the same for every tenant; drop --tenant",
                ));
            }
            let v = licenses::list_catalogue()?;
            out.emit_list(&v, &["SKU", "NAME", "PRICE/UNIT"], |s| {
                vec![s.sku.clone(), s.name.clone(), s.price_per_unit.clone()]
            })?;
        }
        LicensesCmd::List => {
            let v = licenses::list_licenses(&mut g.ctx()?)?;
            out.emit_list(&v, &["SKU", "NAME", "VALID", "ASSIGNED", "FREE"], |l| {
                vec![
                    l.sku.clone(),
                    l.name.clone(),
                    l.valid.to_string(),
                    l.assigned.to_string(),
                    l.available.to_string(),
                ]
            })?;
        }
        LicensesCmd::Buy { sku, quantity } => {
            let mut ctx = g.ctx()?;
            let v = licenses::buy(&mut ctx, &sku, quantity)?;
            changed(g, &ctx, &v, "bought", |v| {
                format!(
                    "{quantity} × {}: {} valid, {} assigned",
                    v.sku, v.valid, v.assigned
                )
            })?;
        }
        LicensesCmd::Assign { sku, upn } => assign(g, &sku, &upn, true)?,
        LicensesCmd::Unassign { sku, upn } => assign(g, &sku, &upn, false)?,
    }
    Ok(0)
}

/// `licenses assign` (`on`) or `licenses unassign`.
fn assign(g: &Global, sku: &str, upn: &str, on: bool) -> Result<()> {
    let mut ctx = g.ctx()?;
    let v = licenses::assign(&mut ctx, sku, upn, on)?;
    let (done, to) = if on {
        ("assigned", "to")
    } else {
        ("unassigned", "from")
    };
    changed(g, &ctx, &v, done, |v| {
        format!("{} {to} {upn}: {} of {} in use", v.sku, v.assigned, v.valid)
    })
}
