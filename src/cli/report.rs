//! `report --out FILE.html`: the tenant's access review in one self-contained HTML file.

use std::path::PathBuf;

use crate::app::report;
use crate::error::Result;
use crate::output::Style;

use super::Global;

#[derive(Debug, clap::Args)]
pub struct ReportArgs {
    /// The file to write (replaced when it exists, readable by you alone); it appears only
    /// once the whole report is read
    #[arg(long, value_name = "FILE.html", value_hint = clap::ValueHint::FilePath)]
    pub out: PathBuf,
}

pub fn run(g: &Global, a: ReportArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = report::report(&mut ctx, &a.out, crate::output::report::render)?;
    let out = g.out();
    out.emit(ctx.plan(), &v, |v| {
        let verb = if v.dry_run { "would write" } else { "wrote" };
        let customers = v
            .customers
            .map(|n| format!(", {n} customer(s)"))
            .unwrap_or_default();
        let chain = match (&v.chain_head, v.chain_ok) {
            (_, false) => out.paint(Style::Red, "audit chain BROKEN (see the report)"),
            (Some(h), true) => format!("audit chain intact, head seq {} {}", h.seq, h.hash),
            (None, true) => "audit chain empty".to_string(),
        };
        format!(
            "{verb} {} ({} bytes): access review of {}: {} relationship(s), {} partner user(s) \
             with access{customers}, {} elevation(s), {} audit entries in the last {} days; {chain}\n",
            v.file,
            v.bytes,
            v.tenant,
            v.relationships,
            v.partner_users,
            v.elevations,
            v.audit_entries,
            report::AUDIT_DAYS
        )
    })?;
    Ok(0)
}
