//! `doctor`: what is about to break (exit 9 when it finds errors, SPEC §4).

use crate::app::doctor;
use crate::error::Result;
use crate::output::{prose, screen_width, Style};

use super::Global;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Also check every page of the store (SQLite's integrity check; on PostgreSQL, that
    /// every table answers): it reads the whole database, so it is the operator's; anyone
    /// else is refused (exit 4)
    #[arg(long)]
    pub deep: bool,
}

pub fn run(g: &Global, a: &Args) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = doctor::run(&mut ctx, a.deep)?;
    let out = g.out();
    out.emit(ctx.plan(), &v, |v| {
        if v.findings.is_empty() {
            return "no findings: all is well".to_string();
        }
        let mut s = String::new();
        for f in &v.findings {
            let sev = format!("{:7}", format!("{:?}", f.severity).to_lowercase());
            let sev = match f.severity {
                doctor::Severity::Error => out.paint(Style::Red, &sev),
                doctor::Severity::Warning => out.paint(Style::Yellow, &sev),
                doctor::Severity::Info => sev,
            };
            // Prose wraps at spaces under itself; a command stays on one line, so that a
            // copy of it is the whole command (on a line of its own when that makes it fit).
            let text = format!("{}: {}", f.code, f.message);
            s.push_str(&format!("{sev} {}\n", prose(&text, 8)));
            if let Some(fix) = &f.fix {
                let fits = |indent: usize| screen_width().is_none_or(|w| indent + fix.len() <= w);
                if !fix.starts_with("partnerctl ") {
                    s.push_str(&format!("        fix: {}\n", prose(fix, 13)));
                } else if fits(13) || !fits(2) {
                    s.push_str(&format!("        fix: {fix}\n"));
                } else {
                    s.push_str(&format!("        fix:\n  {fix}\n"));
                }
            }
        }
        s.push_str(&format!(
            "\n{} error(s), {} warning(s)\n",
            v.errors, v.warnings
        ));
        s
    })?;
    Ok(if v.errors > 0 {
        crate::error::ErrorKind::Findings.exit_code()
    } else {
        0
    })
}
