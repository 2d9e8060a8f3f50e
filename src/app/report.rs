//! `report --out FILE.html`: an access review of one tenant in one self-contained file.
//!
//! The report is made of the views the other commands show, each read under its own
//! decision: `relationships list --all`, `access`, the tenant's elevations, `audit list` for
//! the last 30 days and `audit verify`. Every change appends to the audit trail, so the
//! views are one consistent picture when no one else's entry was appended between the first
//! read and the last: otherwise they are read again (three tries, then exit 6). The file is
//! rendered only then, written under a hidden temporary name and moved into place, so a
//! failure or a denial never leaves a report behind (nor replaces an older one).

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::access::{AccessHead, CustomerAccess};
use super::audit::{AuditView, ListInput, VerifyView};
use super::relationships::RelationshipEntry;
use super::{Ctx, Scope};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::store::{self, elevations::ElevationRow};

/// How far back the audit summary looks.
pub const AUDIT_DAYS: i64 = 30;
/// How many of the latest audit entries the report lists one by one.
pub const RECENT_ENTRIES: usize = 25;

/// Everything the report shows, read under the caller's own rights.
pub struct ReportData {
    pub tenant_domain: String,
    pub tenant_name: String,
    pub generated_by: String,
    pub now: DateTime<Utc>,
    pub relationships: Vec<RelationshipEntry>,
    pub access: AccessHead,
    /// For a partner: its agents per customer.
    pub customers: Option<Vec<CustomerAccess>>,
    pub elevations: Vec<ElevationRow>,
    pub audit: AuditSummary,
    pub chain: VerifyView,
}

/// The tenant's audit entries of the last [`AUDIT_DAYS`] days, counted by action.
pub struct AuditSummary {
    pub since: String,
    pub total: usize,
    pub denied: usize,
    /// Action → (allowed, denied).
    pub by_action: BTreeMap<String, (usize, usize)>,
    /// The latest [`RECENT_ENTRIES`], newest first.
    pub recent: Vec<AuditView>,
}

/// What `report` prints: where the file went and what it holds.
#[derive(Debug, Serialize)]
pub struct ReportView {
    pub file: String,
    pub tenant: String,
    pub relationships: usize,
    pub partner_users: usize,
    pub customers: Option<usize>,
    pub elevations: usize,
    pub audit_entries: usize,
    pub chain_head: Option<super::audit::Head>,
    pub chain_ok: bool,
    pub bytes: usize,
    pub dry_run: bool,
}

/// Refuses an output path that cannot become the report before anything is read.
fn check_out(out: &Path) -> Result<PathBuf> {
    let name = out
        .file_name()
        .ok_or_else(|| Error::invalid(format!("--out {}: name a file", out.display())))?;
    if out.is_dir() {
        return Err(Error::invalid(format!(
            "--out {}: is a directory; name a file such as review.html",
            out.display()
        )));
    }
    let dir = match out.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(Error::invalid(format!(
            "--out {}: no directory {}",
            out.display(),
            dir.display()
        )));
    }
    Ok(dir.join(name))
}

/// Reads every view once, under its own decision.
fn gather(ctx: &mut Ctx) -> Result<ReportData> {
    let (s, target) = ctx.locate(Scope::Target)?.parts();
    let relationships = super::relationships::list(ctx, true)?;
    let mut customers: Option<Vec<CustomerAccess>> = None;
    let access = super::access::access(ctx, |head, rows| {
        if let Some(rows) = rows {
            let mut v = Vec::new();
            rows.each(|c| {
                v.push(c);
                Ok(())
            })?;
            customers = Some(v);
        }
        Ok(head.clone())
    })?;
    // Who may read `access` here may read the elevations it reflects.
    let elevations = ctx
        .store
        .read(|tx| store::elevations::involving(tx, Some(&target.id)))?;
    let entries = super::audit::list(
        ctx,
        &ListInput {
            actor: None,
            action: None,
            since: Some(format!("{AUDIT_DAYS}d")),
            until: None,
            outcome: None,
            limit: None,
        },
    )?;
    // The chain is one for the whole store: checked under the caller's right to read the
    // audit of its own tenant, as `audit verify` does, whatever tenant the report is about.
    let home = s.tenant.clone();
    let chain = ctx.view(&s, Action::AuditRead, &home, None, |tx| {
        super::audit::check_chain(tx, None)
    })?;
    let mut by_action: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for e in &entries {
        let n = by_action.entry(e.action.clone()).or_default();
        if e.outcome == "denied" {
            n.1 += 1;
        } else {
            n.0 += 1;
        }
    }
    let now = ctx.clock.now();
    Ok(ReportData {
        tenant_domain: target.domain.clone(),
        tenant_name: target.name.clone(),
        generated_by: s.principal.upn.clone(),
        now,
        relationships,
        access,
        customers,
        elevations,
        audit: AuditSummary {
            since: crate::clock::fmt_time(now - chrono::Duration::days(AUDIT_DAYS)),
            total: entries.len(),
            denied: entries.iter().filter(|e| e.outcome == "denied").count(),
            by_action,
            recent: entries.into_iter().rev().take(RECENT_ENTRIES).collect(),
        },
        chain,
    })
}

/// Reads the views until no one else appended to the audit trail while they were read.
fn consistent(ctx: &mut Ctx) -> Result<ReportData> {
    for _ in 0..3 {
        let before = ctx.store.read(store::audit::head)?.map_or(0, |h| h.0);
        let data = gather(ctx)?;
        let others = ctx
            .store
            .read(|tx| store::audit::count_after_by_others(tx, before, Some(&data.generated_by)))?;
        if others == 0 {
            return Ok(data);
        }
    }
    Err(Error::conflict(
        "the tenant kept changing while the report was read (three tries); run it again",
    ))
}

/// Writes the access review of the target tenant to `out`, rendered by `render`.
pub fn report(
    ctx: &mut Ctx,
    out: &Path,
    render: impl FnOnce(&ReportData) -> String,
) -> Result<ReportView> {
    let path = check_out(out)?;
    let data = consistent(ctx)?;
    let html = render(&data);
    let dry_run = ctx.opts.dry_run;
    if !dry_run {
        write_atomically(&path, html.as_bytes())?;
    }
    Ok(ReportView {
        file: out.display().to_string(),
        tenant: data.tenant_domain.clone(),
        relationships: data.relationships.len(),
        partner_users: data.access.partner_access.len(),
        customers: data.customers.as_ref().map(Vec::len),
        elevations: data.elevations.len(),
        audit_entries: data.audit.total,
        chain_head: data.chain.head.clone(),
        chain_ok: data.chain.ok,
        bytes: html.len(),
        dry_run,
    })
}

/// Writes `bytes` under a hidden staged name beside `path` (owner-only, synced) and renames
/// it into place: readers see the old file or the whole new one, never a part.
fn write_atomically(path: &Path, bytes: &[u8]) -> Result<()> {
    let temp = super::outbox::staged_name(path, &std::process::id().to_string());
    super::outbox::write_staged(&temp, bytes)?;
    if let Err(e) = std::fs::rename(&temp, path) {
        let _ = std::fs::remove_file(&temp);
        return Err(Error::internal(format!(
            "cannot write {}: {e}",
            path.display()
        )));
    }
    if let Some(dir) = path.parent() {
        super::outbox::sync_dir(dir);
    }
    Ok(())
}
