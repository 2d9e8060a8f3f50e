//! `audit list` and `audit verify`: the audit trail and its integrity.

use clap::Subcommand;

use crate::app::audit;
use crate::error::{Error, Result};
use crate::output::{opt, table, when, Format};

use super::Global;

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export
    List(ListArgs),
    /// Recompute the hash chain; exit 9 when an entry was edited, deleted, reordered or inserted
    Verify {
        /// Also check that this earlier head (saved from a previous verify) is still in the
        /// chain: detects a truncated tail or a rewritten chain
        #[arg(long, value_name = "HASH", value_parser = parse_head)]
        expect_head: Option<String>,
    },
}

/// An audit head is a SHA-256 in hex: anything else is a usage error (exit 2), never a
/// "broken chain".
fn parse_head(s: &str) -> std::result::Result<String, String> {
    let h = s.trim().to_ascii_lowercase();
    if h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit()) {
        Ok(h)
    } else {
        Err("expected the 64 hex digits of a head hash, as `audit verify` prints it".into())
    }
}

#[derive(Debug, clap::Args)]
pub struct ListArgs {
    /// Only entries by this user
    #[arg(long, value_name = "UPN")]
    actor: Option<String>,
    /// Only this action, e.g. user.create
    #[arg(long, value_name = "A", value_parser = super::can::action_ids(), hide_possible_values = true)]
    action: Option<String>,
    /// From this time on: 7d (back from now), 2026-11-28, yesterday, or RFC 3339
    #[arg(long, value_name = "T")]
    since: Option<String>,
    /// Before this time: as --since
    #[arg(long, value_name = "T")]
    until: Option<String>,
    /// allowed or denied
    #[arg(long, value_parser = ["allowed", "denied"])]
    outcome: Option<String>,
    /// At most N entries (the newest)
    #[arg(long, value_name = "N")]
    limit: Option<i64>,
}

pub fn run(g: &Global, cmd: AuditCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        AuditCmd::List(a) => {
            let now = ctx.clock.now();
            let v = audit::list(
                &mut ctx,
                &audit::ListInput {
                    actor: a.actor,
                    action: a.action,
                    since: a.since,
                    until: a.until,
                    outcome: a.outcome,
                    limit: a.limit,
                },
            )?;
            if matches!(g.output, Format::Csv | Format::Tsv) {
                out.emit_list(
                    &v,
                    &[
                        "seq",
                        "at",
                        "actor",
                        "actor_tenant",
                        "tenant",
                        "action",
                        "outcome",
                        "reason",
                        "relationship_id",
                        "object",
                        "summary",
                        "hash",
                    ],
                    |e| {
                        vec![
                            e.seq.to_string(),
                            e.at.clone(),
                            e.actor_display.clone(),
                            e.actor_tenant.clone().unwrap_or_default(),
                            e.tenant.clone().unwrap_or_default(),
                            e.action.clone(),
                            e.outcome.clone(),
                            e.reason.clone(),
                            e.relationship_id.clone().unwrap_or_default(),
                            e.object.clone().unwrap_or_default(),
                            e.summary.clone().unwrap_or_default(),
                            e.hash.clone(),
                        ]
                    },
                )?;
                return Ok(0);
            }
            out.emit(ctx.plan(), &v, |v| {
                table(
                    &[
                        "SEQ", "AT", "ACTOR", "TENANT", "ACTION", "OUTCOME", "DETAIL",
                    ],
                    v.iter().map(|e| {
                        vec![
                            e.seq.to_string(),
                            when(&e.at, now),
                            e.actor_display.clone(),
                            opt(&e.tenant),
                            e.action.clone(),
                            if e.outcome == "denied" {
                                format!("denied ({})", e.reason)
                            } else {
                                e.outcome.clone()
                            },
                            // What was done, as recorded (an elevation's reason and ticket
                            // among it); else the object it was done to.
                            e.summary.clone().unwrap_or_else(|| opt(&e.object)),
                        ]
                    }),
                )
            })?;
        }
        AuditCmd::Verify { expect_head } => {
            let v = audit::verify(&mut ctx, expect_head.as_deref())?;
            out.emit(ctx.plan(), &v, |v| {
                let head = v
                    .head
                    .as_ref()
                    .map(|h| format!("seq {} {}", h.seq, h.hash))
                    .unwrap_or_else(|| "(empty)".into());
                if v.ok {
                    format!("audit chain intact: {} entries, head {head}", v.entries)
                } else {
                    format!(
                        "audit chain BROKEN at seq {}: {}\n{} entries read, head {head}",
                        v.first_bad_seq.unwrap_or(0),
                        v.problem.clone().unwrap_or_default(),
                        v.entries
                    )
                }
            })?;
            if !v.ok {
                return Err(Error::new(
                    crate::error::ErrorKind::Findings,
                    format!(
                        "audit chain broken at seq {}: {}",
                        v.first_bad_seq.unwrap_or(0),
                        v.problem.unwrap_or_default()
                    ),
                ));
            }
        }
    }
    Ok(0)
}
