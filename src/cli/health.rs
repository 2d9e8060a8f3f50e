//! `health`: service health, and publishing it.

use clap::Subcommand;

use crate::app::health::{self, HealthView};
use crate::error::Result;
use crate::model::{HealthStatus, Service};
use crate::output::opt;

use super::render::changed;
use super::Global;

#[derive(Debug, clap::Args)]
pub struct HealthArgs {
    #[command(subcommand)]
    pub cmd: Option<HealthCmd>,
}

#[derive(Debug, Subcommand)]
pub enum HealthCmd {
    /// Publish a service's status (operator): for every tenant, or one with --tenant
    Set {
        #[arg(value_enum)]
        service: Service,
        #[arg(value_enum)]
        status: HealthStatus,
        #[arg(long, value_name = "M")]
        message: Option<String>,
    },
}

/// The columns of service health, in `health` and in a customer's dashboard. The time of each
/// status is in `-o json` (`updated_at`); the table keeps to what fits 80 columns.
pub(super) const HEALTH_HEADERS: [&str; 3] = ["SERVICE", "STATUS", "MESSAGE"];

pub(super) fn health_cells(h: &HealthView) -> Vec<String> {
    vec![h.service.to_string(), h.status.to_string(), opt(&h.message)]
}

pub fn run(g: &Global, a: HealthArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match a.cmd {
        None => {
            let v = health::health(&mut ctx)?;
            out.emit_list(&v, &HEALTH_HEADERS, health_cells)?;
        }
        Some(HealthCmd::Set {
            service,
            status,
            message,
        }) => {
            let v = health::set_health(&mut ctx, service, status, message.as_deref())?;
            changed(g, &ctx, &v, "published", |v| {
                format!(
                    "{} {} for {}",
                    v.service,
                    v.status,
                    v.tenant.as_deref().unwrap_or("all tenants")
                )
            })?;
        }
    }
    Ok(0)
}
