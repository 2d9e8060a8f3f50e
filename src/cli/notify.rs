//! `notify --outbox DIR`: a message file per lifecycle event not yet notified.

use std::path::PathBuf;

use crate::app::notify;
use crate::error::Result;
use crate::output::table;

use super::Global;

#[derive(Debug, clap::Args)]
pub struct NotifyArgs {
    /// The directory the messages are written to, one RFC 5322 file each (made when missing);
    /// a mail relay or a script sends them from there
    #[arg(long, value_name = "DIR")]
    pub outbox: PathBuf,
}

pub fn run(g: &Global, a: NotifyArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = notify::notify(&mut ctx, &a.outbox)?;
    g.out().emit(ctx.plan(), &v, |v| {
        let mut s = if v.written.is_empty() {
            "no notifications due\n".to_string()
        } else {
            let rows = v
                .written
                .iter()
                .map(|w| vec![w.event.to_string(), w.to.join(", "), w.file.clone()]);
            let mut s = table(&["EVENT", "TO", "FILE"], rows);
            if !s.ends_with('\n') {
                s.push('\n');
            }
            if v.dry_run {
                s.push_str(&format!(
                    "dry run: {} message(s) would be written; nothing was written or recorded\n",
                    v.written.len()
                ));
            }
            s
        };
        for u in &v.skipped {
            s.push_str(&format!(
                "not told: {} has no contact e-mail ({}); its admins set one with `partnerctl tenants update --email ADDR`\n",
                u.tenant, u.event
            ));
        }
        s
    })?;
    Ok(0)
}
