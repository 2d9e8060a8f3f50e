//! `init`: create the database, the operator tenant and its first global admin, and sign in.

use crate::app::init::{self, InitInput};
use crate::error::Result;
use crate::output::fields;

use super::render::done_or_would;
use super::Global;

#[derive(Debug, clap::Args)]
pub struct InitArgs {
    /// The operator's first global admin, also the operator's contact address; its domain
    /// becomes the operator tenant's domain
    #[arg(long, value_name = "E", default_value = "admin@operator.example")]
    pub operator_email: String,
    /// The operator tenant's display name
    #[arg(long, default_value = "Operator")]
    pub name: String,
    /// Read the admin's password from one line of standard input
    #[arg(long)]
    pub password_stdin: bool,
    /// Make a test database: one whose clock PARTNERCTL_NOW may set, for scripted scenarios
    /// (never for real data; without this flag a set PARTNERCTL_NOW is refused)
    #[arg(long)]
    pub test_clock: bool,
}

pub fn run(g: &Global, a: InitArgs) -> Result<i32> {
    let opts = g.options()?;
    let v = init::init(
        &opts,
        &InitInput {
            operator_email: a.operator_email,
            name: a.name,
            password_stdin: a.password_stdin,
            test_clock: a.test_clock,
        },
    )?;
    g.out().emit(&[], &v, |v| {
        let head = done_or_would(v.dry_run, "created", "create");
        format!(
            "{head} {}\n{}",
            v.database,
            fields(&[
                (
                    "operator",
                    format!("{} ({})", v.operator.name, v.operator.domain)
                ),
                ("admin", v.admin.clone()),
                (
                    "signed in",
                    if v.signed_in {
                        "yes".into()
                    } else {
                        "no".into()
                    }
                ),
            ])
        )
    })?;
    Ok(0)
}
