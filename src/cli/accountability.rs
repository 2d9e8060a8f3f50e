//! Accountability: `audit list`, `audit verify`, `access`, `doctor`.

use clap::Subcommand;

use crate::app::{access, audit, doctor};
use crate::error::{Error, Result};
use crate::output::{list, opt, table, Format};

use super::Global;

#[derive(Debug, Subcommand)]
pub enum AuditCmd {
    /// Audit entries concerning your tenant (operator: every tenant); -o json or -o csv to export
    List {
        /// Only entries by this user
        #[arg(long, value_name = "UPN")]
        actor: Option<String>,
        /// Only this action, e.g. user.create
        #[arg(long, value_name = "A")]
        action: Option<String>,
        /// From this time on (RFC 3339)
        #[arg(long, value_name = "T")]
        since: Option<String>,
        /// Before this time (RFC 3339)
        #[arg(long, value_name = "T")]
        until: Option<String>,
        /// allowed or denied
        #[arg(long)]
        outcome: Option<String>,
        /// At most N entries (the newest)
        #[arg(long, value_name = "N")]
        limit: Option<i64>,
    },
    /// Recompute the hash chain; exit 1 when an entry was edited, deleted, reordered or inserted
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

pub fn audit(g: &Global, cmd: AuditCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        AuditCmd::List {
            actor,
            action,
            since,
            until,
            outcome,
            limit,
        } => {
            let v = audit::list(
                &mut ctx,
                &audit::ListInput {
                    actor,
                    action,
                    since,
                    until,
                    outcome,
                    limit,
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
                    v.iter()
                        .map(|e| {
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
                        })
                        .collect(),
                )?;
                return Ok(0);
            }
            out.emit(&v, |v| {
                table(
                    &[
                        "SEQ", "AT", "ACTOR", "TENANT", "ACTION", "OUTCOME", "OBJECT",
                    ],
                    v.iter().map(|e| {
                        vec![
                            e.seq.to_string(),
                            e.at.replace('T', " ").trim_end_matches('Z').to_string(),
                            e.actor_display.clone(),
                            opt(&e.tenant),
                            e.action.clone(),
                            if e.outcome == "denied" {
                                format!("denied ({})", e.reason)
                            } else {
                                e.outcome.clone()
                            },
                            opt(&e.object),
                        ]
                    }),
                )
            })?;
        }
        AuditCmd::Verify { expect_head } => {
            let v = audit::verify(&mut ctx, expect_head.as_deref())?;
            out.emit(&v, |v| {
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
                return Err(Error::internal(format!(
                    "audit chain broken at seq {}: {}",
                    v.first_bad_seq.unwrap_or(0),
                    v.problem.unwrap_or_default()
                )));
            }
        }
    }
    Ok(0)
}

pub fn access(g: &Global) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = access::access(&mut ctx)?;
    g.out().emit(&v, |v| {
        let summary = |m: &std::collections::BTreeMap<String, Vec<String>>| {
            m.iter()
                .map(|(k, vs)| format!("{k}: {}", vs.join(" ")))
                .collect::<Vec<_>>()
                .join("\n")
        };
        let mut s = format!("Partner users who can act in {} today\n", v.tenant);
        s.push_str(&table(
            &["USER", "PARTNER", "VIA", "MAY"],
            v.partner_access.iter().map(|a| {
                vec![
                    a.upn.clone(),
                    a.partner.clone(),
                    list(&a.via),
                    summary(&a.summary),
                ]
            }),
        ));
        s.push_str(&format!(
            "\nNever delegated to a partner: {}\n",
            list(&v.never_delegable)
        ));
        if let Some(cs) = &v.customers {
            for c in cs {
                s.push_str(&format!(
                    "\nCustomer {} (relationship {})\n",
                    c.customer, c.relationship_id
                ));
                s.push_str(&table(
                    &["AGENT", "VIA", "MAY"],
                    c.agents
                        .iter()
                        .map(|a| vec![a.upn.clone(), list(&a.via), summary(&a.summary)]),
                ));
            }
        }
        s
    })?;
    Ok(0)
}

pub fn doctor(g: &Global) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = doctor::run(&mut ctx)?;
    g.out().emit(&v, |v| {
        if v.findings.is_empty() {
            return "no findings: all is well".to_string();
        }
        let mut s = String::new();
        for f in &v.findings {
            let sev = format!("{:?}", f.severity).to_lowercase();
            s.push_str(&format!("{sev:7} {}: {}\n", f.code, f.message));
            if let Some(fix) = &f.fix {
                s.push_str(&format!("        fix: {fix}\n"));
            }
        }
        s.push_str(&format!(
            "\n{} error(s), {} warning(s)\n",
            v.errors, v.warnings
        ));
        s
    })?;
    Ok(if v.errors > 0 { 1 } else { 0 })
}
