//! `invite --from-csv`: one invite per row, with an optional invitation message per invite.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use super::create::{
    check_not_own_domain, create_email_dir, draft_and_stage, insert_invite, invite_spec,
    operator_domain, recover_outbox, settle_messages, InviteSpec, IssuedToken, Names, RawInvite,
};
use crate::app::csv::{
    already_done, change_rows, done_meanwhile, invalid_rows, read_csv, Bulk, Skipped,
};
use crate::app::relationships::active_in;
use crate::app::Ctx;
use crate::authz::Action;
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::DirectoryRole;
use crate::store::{self, Tx};

/// The bulk file's column names, for messages about its rows.
pub const CSV_NAMES: Names = Names {
    access: "access",
    duration: "duration",
    auto_extend: "auto_extend",
    expires_in: "expires_in",
    customer_domain: "customer_domain",
    message: "message",
    email_to: "email",
};

#[derive(Debug, Serialize)]
pub struct BulkInvite {
    pub line: u64,
    pub id: String,
    pub customer_domain: Option<String>,
    pub email: Option<String>,
    #[serde(flatten)]
    pub issued: IssuedToken,
}

fn parse_roles(s: Option<&str>) -> std::result::Result<Vec<DirectoryRole>, String> {
    s.unwrap_or("")
        .split([';', ' ', '|', ','])
        .filter(|r| !r.is_empty())
        .map(|r| {
            r.parse::<DirectoryRole>()
                .map_err(|e| format!("access: {e}"))
        })
        .collect()
}

fn parse_bool(col: &str, s: Option<&str>) -> std::result::Result<bool, String> {
    match s.map(str::to_ascii_lowercase).as_deref() {
        None | Some("false") | Some("no") | Some("0") => Ok(false),
        Some("true") | Some("yes") | Some("1") => Ok(true),
        Some(other) => Err(format!("{col} {other:?}: expected true or false")),
    }
}

/// Creates one invite per row of `path`, all or none.
pub fn create(
    ctx: &mut Ctx,
    path: &Path,
    email_dir: Option<&Path>,
    skip_existing: bool,
    quiet: bool,
) -> Result<Bulk<BulkInvite>> {
    let file = path.display().to_string();
    let rows = read_csv(
        path,
        &["customer_domain"],
        &[
            "customer_domain",
            "email",
            "access",
            "duration",
            "expires_in",
            "message",
            "auto_extend",
        ],
    )?;
    let (s, home) = ctx.begin_home("invite --from-csv", Action::InviteCreate, None)?;
    // First finish what an earlier run left staged there (it may have died after its
    // commit), whatever this run turns out to do.
    if let Some(dir) = email_dir.filter(|_| !ctx.opts.dry_run) {
        recover_outbox(ctx, dir)?;
    }

    let now = ctx.clock.now();
    let mut problems = Vec::new();
    let mut specs: Vec<(u64, InviteSpec)> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    ctx.store.read(|tx| {
        for r in &rows {
            let spec = parse_roles(r.get("access")).and_then(|access| {
                let auto = parse_bool("auto_extend", r.get("auto_extend"))?;
                invite_spec(
                    &RawInvite {
                        access: &access,
                        duration: r.get("duration"),
                        auto_extend: auto,
                        expires_in: r.get("expires_in"),
                        customer_domain: r.get("customer_domain"),
                        message: r.get("message"),
                        email_to: r.get("email"),
                    },
                    CSV_NAMES,
                )
            });
            let spec = match spec {
                Ok(spec) => match check_not_own_domain(tx, &home, &spec, CSV_NAMES)? {
                    Some(problem) => Err(problem),
                    None => Ok(spec),
                },
                Err(e) => Err(e),
            };
            match spec {
                Err(e) => problems.push(format!("{file}:{}: {e}", r.line)),
                Ok(spec) => {
                    let domain = spec.customer_domain.clone().unwrap_or_default();
                    if domain.is_empty() {
                        problems.push(format!("{file}:{}: customer_domain is empty", r.line));
                        continue;
                    }
                    if email_dir.is_some() && spec.email_to.is_none() {
                        problems.push(format!(
                            "{file}:{}: email is empty (needed with --email-dir)",
                            r.line
                        ));
                        continue;
                    }
                    if let Some(first) = seen.insert(domain.clone(), r.line) {
                        problems.push(format!(
                            "{file}:{}: customer_domain {domain} already appears on line {first}",
                            r.line
                        ));
                        continue;
                    }
                    specs.push((r.line, spec));
                }
            }
        }
        Ok(())
    })?;
    if !problems.is_empty() {
        return Err(invalid_rows(&file, problems));
    }

    // What this partner already did for these customers: a pending invite, or an active
    // relationship with the tenant owning the domain. Asked here to report every such row at
    // once, and again for each row inside the transaction, where it counts.
    let mut skipped = Vec::new();
    let mut existing = Vec::new();
    // The audit head of that snapshot: every change appends to the trail, so a transaction
    // that finds the same head sees the same invites and relationships (see below).
    let mut checked_at: Option<i64> = None;
    ctx.store.read(|tx| {
        checked_at = store::audit::head(tx)?.map(|h| h.0);
        for (line, spec) in &specs {
            let domain = spec.customer_domain.as_deref().unwrap_or_default();
            if let Some(reason) = done_for(tx, &home.id, domain, now)? {
                existing.push(format!("{file}:{line}: {domain}: {reason}"));
                skipped.push(Skipped {
                    line: *line,
                    key: domain.to_string(),
                    reason,
                });
            }
        }
        Ok(())
    })?;
    if !existing.is_empty() && !skip_existing {
        return Err(already_done(&file, &existing));
    }
    let done: std::collections::HashSet<u64> = skipped.iter().map(|s| s.line).collect();
    let todo: Vec<(u64, InviteSpec)> = specs
        .into_iter()
        .filter(|(line, _)| !done.contains(line))
        .collect();
    let file_of = |line: u64, spec: &InviteSpec| {
        email_dir.map(|dir| {
            dir.join(format!(
                "invite-{line:05}-{}.eml",
                spec.customer_domain.as_deref().unwrap_or("any")
            ))
        })
    };

    let upn = s.principal.upn.clone();
    let operator_domain = operator_domain(ctx)?;
    let dry_run = ctx.opts.dry_run;
    if let Some(dir) = email_dir.filter(|_| !dry_run && !todo.is_empty()) {
        create_email_dir(dir)?;
    }
    for (line, spec) in &todo {
        if let Some(p) = file_of(*line, spec).filter(|p| p.exists()) {
            return Err(Error::conflict(format!(
                "{} already exists; choose an empty --email-dir",
                p.display()
            )));
        }
    }
    let files: Vec<_> = todo
        .iter()
        .map(|(line, spec)| (file_of(*line, spec), spec))
        .collect();
    let (drafts, outbox) = draft_and_stage(&files, &home, &upn, &operator_domain, now, dry_run)?;
    let mut late: Vec<Skipped> = Vec::new();
    // Whether anything was written since the check above; asked once, in the transaction
    // (which holds the write lock), before its first row.
    let mut moved: Option<bool> = None;
    let result = change_rows(
        ctx,
        &s,
        Action::InviteCreate,
        &home,
        todo.iter()
            .map(|(_, spec)| spec.customer_domain.clone().unwrap_or_default())
            .collect(),
        quiet,
        |tx, i| {
            let (line, spec) = &todo[i];
            let domain = spec.customer_domain.as_deref().unwrap_or_default();
            // Another run may have invited this customer since the check above: asked again
            // row by row only when something was written since.
            let changed = match moved {
                Some(m) => m,
                None => *moved.insert(store::audit::head(tx)?.map(|h| h.0) != checked_at),
            };
            let again = if changed {
                done_for(tx, &home.id, domain, now)?
            } else {
                None
            };
            if let Some(reason) = again {
                let refusal = format!(
                    "{file}:{line}: {domain}: {reason} (done meanwhile by another run); nothing was written"
                );
                let row = Skipped {
                    line: *line,
                    key: domain.to_string(),
                    reason,
                };
                return done_meanwhile(skip_existing, &mut late, row, refusal);
            }
            let issued = insert_invite(tx, &home, &upn, spec, &drafts[i])?;
            let summary = issued.summary.clone();
            Ok(Some((issued, summary)))
        },
    );
    let issued = settle_messages(outbox, result)?;
    skipped.extend(late);
    skipped.sort_by_key(|s| s.line);
    let mut created = Vec::new();
    for ((line, spec), inv) in todo.iter().zip(issued) {
        let Some(inv) = inv else { continue };
        created.push(BulkInvite {
            line: *line,
            id: inv.row.id.clone(),
            customer_domain: spec.customer_domain.clone(),
            email: spec.email_to.clone(),
            issued: inv.token_view(spec, &operator_domain, file_of(*line, spec).as_deref()),
        });
    }
    Ok(Bulk {
        created,
        skipped,
        dry_run,
    })
}

/// Why a partner need not invite the owner of `domain` again: a live pending invite, or an
/// active relationship with the tenant owning the domain.
fn done_for(
    tx: &Tx<'_>,
    partner_id: &str,
    domain: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<String>> {
    if let Some(id) = store::invites::pending_for(tx, partner_id, domain, None, &fmt_time(now))? {
        return Ok(Some(format!("invite {id} is already pending")));
    }
    let Some(owner) = store::tenants::domain_owner(tx, domain)? else {
        return Ok(None);
    };
    Ok(active_in(tx, partner_id, &owner, now)?
        .first()
        .map(|r| format!("relationship {} is already active", r.id)))
}
