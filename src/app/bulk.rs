//! Bulk onboarding from CSV files: `invite --from-csv` and `grants add --from-csv`.
//! A file is validated whole first (every bad row reported as `FILE:LINE: what`), then
//! applied in one transaction; re-running it skips or refuses what it already did.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::os::unix::fs::DirBuilderExt;
use std::path::Path;

use serde::Serialize;

use super::outbox::Outbox;
use super::partners::{self, InviteSpec, Names, RawInvite};
use super::{find_tenant, Ctx};
use crate::authz::{Action, ObjectFacts, RelationshipState};
use crate::clock::fmt_time;
use crate::error::{Error, ErrorKind, Result};
use crate::model::{self, AgentRole, DirectoryRole};
use crate::store;

const CSV_NAMES: Names = Names {
    access: "access",
    duration: "duration",
    auto_extend: "auto_extend",
    expires_in: "expires_in",
    customer_domain: "customer_domain",
    message: "message",
    email_to: "email",
};

#[derive(Debug, Serialize)]
pub struct Skipped {
    pub line: u64,
    pub key: String,
    pub reason: String,
}

/// One parsed data row: its line number and its cells by column name.
struct Row {
    line: u64,
    cells: HashMap<String, String>,
}

impl Row {
    fn get(&self, col: &str) -> Option<&str> {
        self.cells
            .get(col)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }
}

/// Reads a CSV file with a header row; `required` columns must be present, others outside
/// `allowed` are refused.
fn read_csv(path: &Path, required: &[&str], allowed: &[&str]) -> Result<Vec<Row>> {
    let file = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| Error::invalid(format!("cannot read {file}: {e}")))?;
    let mut rdr = csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(bytes.as_slice());
    let headers: Vec<String> = rdr
        .headers()
        .map_err(|e| Error::invalid(format!("{file}:1: {e}")))?
        .iter()
        .map(|h| h.trim().to_ascii_lowercase())
        .collect();
    let mut problems = Vec::new();
    for r in required {
        if !headers.iter().any(|h| h == r) {
            problems.push(format!(
                "{file}:1: the header row must name the column {r:?} (columns: {})",
                allowed.join(", ")
            ));
        }
    }
    for h in &headers {
        if !allowed.contains(&h.as_str()) {
            problems.push(format!(
                "{file}:1: unknown column {h:?} (columns: {})",
                allowed.join(", ")
            ));
        }
    }
    if !problems.is_empty() {
        return Err(Error::invalid(problems.join("\n")));
    }
    let mut rows = Vec::new();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| {
            let line = e.position().map_or(0, |p| p.line());
            Error::invalid(format!("{file}:{line}: {e}"))
        })?;
        let line = rec.position().map_or(0, |p| p.line());
        if rec.iter().all(|c| c.trim().is_empty()) {
            continue;
        }
        if rec.len() != headers.len() {
            problems.push(format!(
                "{file}:{line}: {} fields, the header has {}",
                rec.len(),
                headers.len()
            ));
            continue;
        }
        let cells = headers
            .iter()
            .cloned()
            .zip(rec.iter().map(str::to_string))
            .collect();
        rows.push(Row { line, cells });
    }
    if !problems.is_empty() {
        return Err(Error::invalid(problems.join("\n")));
    }
    if rows.is_empty() {
        return Err(Error::invalid(format!("{file}: no data rows")));
    }
    Ok(rows)
}

/// Refuses a file whose rows were already applied, naming the first twenty.
fn already_done(file: &str, existing: &[String]) -> Error {
    let mut lines: Vec<String> = existing.iter().take(20).cloned().collect();
    if existing.len() > 20 {
        lines.push(format!("… and {} more", existing.len() - 20));
    }
    Error::conflict(format!(
        "{file}: {} row(s) were already done; nothing was written (pass --skip-existing to skip them)\n{}",
        existing.len(),
        lines.join("\n")
    ))
}

fn invalid_rows(file: &str, problems: Vec<String>) -> Error {
    Error::invalid(format!(
        "{file}: {} invalid row(s); nothing was written\n{}",
        problems.len(),
        problems.join("\n")
    ))
}

/// A progress bar on stderr for long runs on a terminal; hidden otherwise.
fn progress(len: usize, quiet: bool) -> indicatif::ProgressBar {
    if quiet || len < 100 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar
}

// ----- invites ----------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct BulkInvite {
    pub line: u64,
    pub id: String,
    pub customer_domain: Option<String>,
    pub email: Option<String>,
    pub access: Vec<DirectoryRole>,
    pub expires_at: String,
    pub token: String,
    pub accept_command: String,
    pub email_file: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct BulkInvites {
    pub created: Vec<BulkInvite>,
    pub skipped: Vec<Skipped>,
    pub dry_run: bool,
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

pub fn invites_from_csv(
    ctx: &mut Ctx,
    path: &Path,
    email_dir: Option<&Path>,
    skip_existing: bool,
    quiet: bool,
) -> Result<BulkInvites> {
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
    let s = ctx.session()?;
    let home = ctx.home(&s, "invite --from-csv")?;
    ctx.authorize(
        &s,
        Action::InviteCreate,
        &home,
        ObjectFacts::default(),
        None,
    )?;

    let now = ctx.clock.now();
    let mut problems = Vec::new();
    let mut specs: Vec<(u64, InviteSpec)> = Vec::new();
    let mut seen: HashMap<String, u64> = HashMap::new();
    ctx.store.read(|tx| {
        for r in &rows {
            let spec = parse_roles(r.get("access")).and_then(|access| {
                let auto = parse_bool("auto_extend", r.get("auto_extend"))?;
                partners::invite_spec(
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
                Ok(spec) => match partners::check_not_own_domain(tx, &home, &spec, CSV_NAMES)? {
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
    ctx.store.read(|tx| {
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
    let todo: Vec<(u64, InviteSpec)> = specs
        .into_iter()
        .filter(|(line, _)| !skipped.iter().any(|s| s.line == *line))
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
    let operator_domain = partners::operator_domain(ctx)?;
    let dry_run = ctx.opts.dry_run;
    if let Some(dir) = email_dir.filter(|_| !dry_run && !todo.is_empty()) {
        std::fs::DirBuilder::new()
            .recursive(true)
            .mode(0o700)
            .create(dir)
            .map_err(|e| Error::internal(format!("cannot create {}: {e}", dir.display())))?;
        partners::recover_outbox(ctx, dir)?;
    }
    for (line, spec) in &todo {
        if let Some(p) = file_of(*line, spec).filter(|p| p.exists()) {
            return Err(Error::conflict(format!(
                "{} already exists; choose an empty --email-dir",
                p.display()
            )));
        }
    }
    // Ids and tokens first, so the messages are written and synced before the write lock is
    // taken, under temporary names; they move into place after the commit (see `outbox`).
    let drafts = todo
        .iter()
        .map(|(_, spec)| partners::draft_invite(spec, now))
        .collect::<Result<Vec<_>>>()?;
    let mut outbox = Outbox::new();
    if !dry_run {
        for ((line, spec), draft) in todo.iter().zip(&drafts) {
            if let (Some(path), Some(to)) = (file_of(*line, spec), &spec.email_to) {
                let text =
                    partners::email_text(&home, &upn, to, spec, draft, &operator_domain, now);
                if let Err(e) = outbox.stage(&path, &draft.id, &text) {
                    outbox.discard();
                    return Err(e);
                }
            }
        }
    }
    let bar = progress(todo.len(), quiet);
    let mut late: Vec<Skipped> = Vec::new();
    let result = ctx.change_each(
        &s,
        Action::InviteCreate,
        &home,
        todo.iter()
            .map(|(_, spec)| spec.customer_domain.clone().unwrap_or_default()),
        |tx, i| {
            let (line, spec) = &todo[i];
            bar.inc(1);
            let domain = spec.customer_domain.as_deref().unwrap_or_default();
            // Another run may have invited this customer since the check above.
            if let Some(reason) = done_for(tx, &home.id, domain, now)? {
                if !skip_existing {
                    return Err(Error::conflict(format!(
                        "{file}:{line}: {domain}: {reason} (done meanwhile by another run); nothing was written"
                    )));
                }
                late.push(Skipped {
                    line: *line,
                    key: domain.to_string(),
                    reason,
                });
                return Ok(None);
            }
            let issued = partners::insert_invite(tx, &home, &upn, spec, &drafts[i])?;
            let summary = issued.summary.clone();
            Ok(Some((issued, summary)))
        },
    );
    bar.finish_and_clear();
    let issued = match result {
        Ok(issued) => issued,
        Err(e) => {
            outbox.discard();
            return Err(e);
        }
    };
    let committed: std::collections::HashSet<String> = issued
        .iter()
        .flatten()
        .map(|inv| inv.row.id.clone())
        .collect();
    outbox.publish(&|id| committed.contains(id))?;
    skipped.extend(late);
    skipped.sort_by_key(|s| s.line);
    let mut created = Vec::new();
    for ((line, spec), inv) in todo.iter().zip(issued) {
        let Some(inv) = inv else { continue };
        let (accept_command, _) = partners::accept_command_and_link(&operator_domain, &inv.token);
        created.push(BulkInvite {
            line: *line,
            id: inv.row.id.clone(),
            customer_domain: spec.customer_domain.clone(),
            email: spec.email_to.clone(),
            access: spec.access.iter().copied().collect(),
            expires_at: inv.row.expires_at.clone(),
            token: inv.token,
            accept_command,
            email_file: file_of(*line, spec).map(|p| p.display().to_string()),
        });
    }
    Ok(BulkInvites {
        created,
        skipped,
        dry_run,
    })
}

/// Why a partner need not invite the owner of `domain` again: a live pending invite, or an
/// active relationship with the tenant owning the domain.
fn done_for(
    tx: &crate::store::Tx<'_>,
    partner_id: &str,
    domain: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<String>> {
    if let Some(id) = store::invites::pending_for(tx, partner_id, domain, &fmt_time(now))? {
        return Ok(Some(format!("invite {id} is already pending")));
    }
    let Some(owner) = store::tenants::domain_owner(tx, domain)? else {
        return Ok(None);
    };
    Ok(store::relationships::stored_active(tx, partner_id, &owner)?
        .filter(|r| {
            super::facts::relationship(r).is_ok_and(|f| f.state(now) == RelationshipState::Active)
        })
        .map(|r| format!("relationship {} is already active", r.id)))
}

// ----- grants -----------------------------------------------------------------------------

#[derive(Debug, Serialize)]
pub struct BulkGrant {
    pub line: u64,
    pub id: String,
    pub upn: String,
    pub role: AgentRole,
    pub customer: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct BulkGrants {
    pub created: Vec<BulkGrant>,
    pub skipped: Vec<Skipped>,
    pub dry_run: bool,
}

struct GrantRow {
    line: u64,
    user: store::users::UserRow,
    role: AgentRole,
    customer: Option<store::tenants::TenantRow>,
}

/// Why a CSV row cannot be used: a problem with the row (collected and reported together,
/// exit 2), or a store failure (e.g. a busy database), which keeps its own kind.
enum RowError {
    Row(String),
    Store(Error),
}

impl From<String> for RowError {
    fn from(m: String) -> Self {
        RowError::Row(m)
    }
}

impl From<Error> for RowError {
    fn from(e: Error) -> Self {
        RowError::Store(e)
    }
}

pub fn grants_from_csv(
    ctx: &mut Ctx,
    path: &Path,
    skip_existing: bool,
    quiet: bool,
) -> Result<BulkGrants> {
    let file = path.display().to_string();
    let rows = read_csv(path, &["upn", "role"], &["upn", "role", "customer"])?;
    let s = ctx.session()?;
    let home = ctx.home(&s, "grants add --from-csv")?;
    ctx.authorize(&s, Action::GrantManage, &home, ObjectFacts::default(), None)?;
    let mut problems = Vec::new();
    let mut grants = Vec::new();
    let mut skipped = Vec::new();
    let mut existing = Vec::new();
    let mut seen: HashMap<(String, AgentRole, String), u64> = HashMap::new();
    ctx.store.read(|tx| {
        for r in &rows {
            let parsed = (|| -> std::result::Result<GrantRow, RowError> {
                let upn = model::validate_upn(r.get("upn").unwrap_or(""))
                    .map_err(|e| format!("upn: {e}"))?;
                let user = store::users::find_by_upn(tx, &upn)?
                    .filter(|u| u.tenant_id == home.id)
                    .ok_or_else(|| format!("upn: no user {upn} in {}", home.domain))?;
                let role: AgentRole = r
                    .get("role")
                    .unwrap_or("")
                    .parse()
                    .map_err(|e| format!("role: {e}"))?;
                let customer = match r.get("customer") {
                    None => None,
                    Some(c) => {
                        let t = find_tenant(tx, c).map_err(|e| match e.kind {
                            ErrorKind::NotFound => {
                                RowError::Row(format!("customer: no tenant {c:?}"))
                            }
                            _ => RowError::Store(e),
                        })?;
                        if t.id == home.id {
                            return Err("customer: that is your own tenant".to_string().into());
                        }
                        Some(t)
                    }
                };
                Ok(GrantRow {
                    line: r.line,
                    user,
                    role,
                    customer,
                })
            })();
            match parsed {
                Err(RowError::Store(e)) => return Err(e),
                Err(RowError::Row(e)) => problems.push(format!("{file}:{}: {e}", r.line)),
                Ok(g) => {
                    let scope = g
                        .customer
                        .as_ref()
                        .map_or(String::new(), |c| c.domain.clone());
                    if let Some(first) =
                        seen.insert((g.user.upn.clone(), g.role, scope.clone()), g.line)
                    {
                        problems.push(format!(
                            "{file}:{}: the same grant is on line {first}",
                            g.line
                        ));
                        continue;
                    }
                    let key = format!(
                        "{} {} {}",
                        g.user.upn,
                        g.role,
                        if scope.is_empty() {
                            "all customers"
                        } else {
                            &scope
                        }
                    );
                    if store::grants::find(
                        tx,
                        &g.user.id,
                        g.role,
                        g.customer.as_ref().map(|c| c.id.as_str()),
                    )?
                    .is_some()
                    {
                        existing.push(format!("{file}:{}: {key}: already granted", g.line));
                        skipped.push(Skipped {
                            line: g.line,
                            key,
                            reason: "already granted".into(),
                        });
                        continue;
                    }
                    grants.push(g);
                }
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
    let now = ctx.now_str();
    let by = s.principal.upn.clone();
    let bar = progress(grants.len(), quiet);
    let mut late: Vec<Skipped> = Vec::new();
    let ids = ctx.change_each(
        &s,
        Action::GrantManage,
        &home,
        grants.iter().map(|g| g.user.upn.clone()),
        |tx, i| {
            let g = &grants[i];
            bar.inc(1);
            // Another run may have made this grant since the check above.
            let customer_id = g.customer.as_ref().map(|c| c.id.as_str());
            if store::grants::find(tx, &g.user.id, g.role, customer_id)?.is_some() {
                if !skip_existing {
                    return Err(Error::conflict(format!(
                        "{file}:{}: {} {}: already granted (meanwhile, by another run); nothing was written",
                        g.line, g.user.upn, g.role
                    )));
                }
                late.push(Skipped {
                    line: g.line,
                    key: format!("{} {}", g.user.upn, g.role),
                    reason: "already granted".into(),
                });
                return Ok(None);
            }
            partners::insert_grant(tx, &home, &g.user, g.role, g.customer.as_ref(), &by, &now)
                .map(|(row, summary)| Some((row.id, summary)))
        },
    )?;
    bar.finish_and_clear();
    skipped.extend(late);
    skipped.sort_by_key(|s| s.line);
    Ok(BulkGrants {
        created: grants
            .iter()
            .zip(ids)
            .filter_map(|(g, id)| Some((g, id?)))
            .map(|(g, id)| BulkGrant {
                line: g.line,
                id,
                upn: g.user.upn.clone(),
                role: g.role,
                customer: g.customer.as_ref().map(|c| c.domain.clone()),
            })
            .collect(),
        skipped,
        dry_run: ctx.opts.dry_run,
    })
}
