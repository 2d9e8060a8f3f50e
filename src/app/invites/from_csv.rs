//! `invite --from-csv`: one invite per row, with an optional invitation message per invite.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use super::create::{
    create_email_dir, draft_and_stage, insert_invites, invite_spec, operator_domain, own_domain,
    recover_outbox, settle_messages, InviteDraft, InviteSpec, IssuedToken, Names, RawInvite,
};
use crate::app::csv::{
    already_done, change_all_rows, done_meanwhile, invalid_rows, read_csv, Bulk, Skipped,
};
use crate::app::{facts, Ctx};
use crate::authz::Action;
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, RelationshipStatus};
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
    let parsed: Vec<std::result::Result<InviteSpec, String>> = rows
        .iter()
        .map(|r| {
            parse_roles(r.get("access")).and_then(|access| {
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
            })
        })
        .collect();
    let mut skipped = Vec::new();
    let mut existing = Vec::new();
    let mut checked_at: Option<i64> = None;
    ctx.store.read(|tx| {
        // The owners of every domain of the file, read at once.
        let domains: Vec<&str> = parsed
            .iter()
            .filter_map(|p| p.as_ref().ok()?.customer_domain.as_deref())
            .collect();
        let owners = store::tenants::domain_owners(tx, &domains)?;
        for (r, spec) in rows.iter().zip(parsed) {
            let spec = spec.and_then(|spec| {
                let owner = spec.customer_domain.as_ref().and_then(|d| owners.get(d));
                match own_domain(&home, &spec, owner.map(String::as_str), CSV_NAMES) {
                    Some(problem) => Err(problem),
                    None => Ok(spec),
                }
            });
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
        if !problems.is_empty() {
            return Ok(());
        }
        // What this partner already did for these customers: a pending invite, or an active
        // relationship with the tenant owning the domain. Asked in this snapshot to report
        // every such row at once, and again inside the transaction, where it counts.
        // The audit head of the snapshot: every change appends to the trail, so a transaction
        // that finds the same head sees the same invites and relationships (see below).
        checked_at = store::audit::head(tx)?.map(|h| h.0);
        let domains: Vec<&str> = specs
            .iter()
            .map(|(_, spec)| spec.customer_domain.as_deref().unwrap_or_default())
            .collect();
        let done = done_for_each(tx, &home.id, &domains, &owners, now)?;
        for ((line, _), domain) in specs.iter().zip(&domains) {
            if let Some(reason) = done.get(*domain) {
                existing.push(format!("{file}:{line}: {domain}: {reason}"));
                skipped.push(Skipped {
                    line: *line,
                    key: domain.to_string(),
                    reason: reason.clone(),
                });
            }
        }
        Ok(())
    })?;
    if !problems.is_empty() {
        return Err(invalid_rows(&file, problems));
    }
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
    let result = change_all_rows(
        ctx,
        &s,
        Action::InviteCreate,
        &home,
        todo.iter()
            .map(|(_, spec)| spec.customer_domain.clone().unwrap_or_default())
            .collect(),
        quiet,
        |tx, bar| {
            let domains: Vec<&str> = todo
                .iter()
                .map(|(_, spec)| spec.customer_domain.as_deref().unwrap_or_default())
                .collect();
            // Another run may have invited some of these customers since the check above:
            // asked again only when something was written since (every change appends to
            // the trail, and this transaction holds the write lock).
            let moved = store::audit::head(tx)?.map(|h| h.0) != checked_at;
            let again = if moved {
                let owners = store::tenants::domain_owners(tx, &domains)?;
                done_for_each(tx, &home.id, &domains, &owners, now)?
            } else {
                HashMap::new()
            };
            let mut fresh = Vec::with_capacity(todo.len());
            for (i, ((line, _), domain)) in todo.iter().zip(&domains).enumerate() {
                let Some(reason) = again.get(*domain) else {
                    fresh.push(i);
                    continue;
                };
                let refusal = format!(
                    "{file}:{line}: {domain}: {reason} (done meanwhile by another run); nothing was written"
                );
                let row = Skipped {
                    line: *line,
                    key: domain.to_string(),
                    reason: reason.clone(),
                };
                done_meanwhile::<()>(skip_existing, &mut late, row, refusal)?;
            }
            // Each written invite is what its draft says: the result keeps only its
            // audit summary.
            let mut out: Vec<Option<((), String)>> = (0..todo.len()).map(|_| None).collect();
            let items: Vec<(&InviteSpec, &InviteDraft)> =
                fresh.iter().map(|&i| (&todo[i].1, &drafts[i])).collect();
            let summaries = insert_invites(tx, &home, &upn, &items, |n| bar.inc(n as u64))?;
            for (&i, summary) in fresh.iter().zip(summaries) {
                out[i] = Some(((), summary));
            }
            Ok(out)
        },
    );
    let written = settle_messages(outbox, &drafts, result)?;
    skipped.extend(late);
    skipped.sort_by_key(|s| s.line);
    let mut created = Vec::with_capacity(todo.len());
    for (((line, spec), draft), row) in todo.iter().zip(drafts).zip(written) {
        if row.is_none() {
            continue;
        }
        created.push(BulkInvite {
            line: *line,
            id: draft.id.clone(),
            customer_domain: spec.customer_domain.clone(),
            email: spec.email_to.clone(),
            issued: draft.token_view(spec, &operator_domain, file_of(*line, spec).as_deref()),
        });
    }
    Ok(Bulk {
        created,
        skipped,
        dry_run,
    })
}

/// Why a partner need not invite the owners of `domains` again, for those it need not: a
/// live pending invite, or an active relationship with the tenant owning the domain (the
/// oldest). `owners`: the domains' owners, read in the same transaction
/// ([`store::tenants::domain_owners`]). Domain → reason; read for the whole file in a few
/// statements.
fn done_for_each(
    tx: &Tx<'_>,
    partner_id: &str,
    domains: &[&str],
    owners: &HashMap<String, String>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<HashMap<String, String>> {
    let pending = store::invites::pending_for_each(tx, partner_id, domains, &fmt_time(now))?;
    let customers: Vec<&str> = {
        let mut c: Vec<&str> = owners.values().map(String::as_str).collect();
        c.sort_unstable();
        c.dedup();
        c
    };
    // Each customer's oldest relationship that is active at `now`.
    let mut active: HashMap<String, String> = HashMap::new();
    for r in store::relationships::stored_active_with(tx, partner_id, &customers)? {
        if !active.contains_key(&r.customer_tenant_id)
            && facts::relationship(&r)?.state(now) == RelationshipStatus::Active
        {
            active.insert(r.customer_tenant_id.clone(), r.id.clone());
        }
    }
    let mut out = HashMap::new();
    for domain in domains {
        let reason = match pending.get(*domain) {
            Some(id) => format!("invite {id} is already pending"),
            None => match owners.get(*domain).and_then(|o| active.get(o)) {
                Some(id) => format!("relationship {id} is already active"),
                None => continue,
            },
        };
        out.insert(domain.to_string(), reason);
    }
    Ok(out)
}
