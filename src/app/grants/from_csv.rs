//! `grants add --from-csv`: one grant per row.

use std::collections::HashMap;
use std::path::Path;

use serde::Serialize;

use crate::app::csv::{
    already_done, change_all_rows, done_meanwhile, invalid_rows, read_csv, Bulk, Skipped,
};
use crate::app::{find_tenants, Ctx};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, AgentRole};
use crate::store;

#[derive(Debug, Serialize)]
pub struct BulkGrant {
    pub line: u64,
    pub id: String,
    pub upn: String,
    pub role: AgentRole,
    pub customer: Option<String>,
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

/// Adds one grant per row of `path`, all or none.
pub fn add(
    ctx: &mut Ctx,
    path: &Path,
    skip_existing: bool,
    quiet: bool,
) -> Result<Bulk<BulkGrant>> {
    let file = path.display().to_string();
    let rows = read_csv(path, &["upn", "role"], &["upn", "role", "customer"])?;
    let (s, home) = ctx.begin_home("grants add --from-csv", Action::GrantManage, None)?;
    let mut problems = Vec::new();
    let mut grants = Vec::new();
    let mut skipped = Vec::new();
    let mut existing = Vec::new();
    let mut seen: HashMap<(String, AgentRole, String), u64> = HashMap::new();
    let mut users: HashMap<String, Option<store::users::UserRow>> = HashMap::new();
    ctx.store.read(|tx| {
        // The file's customers, read at once.
        let keys: Vec<&str> = rows.iter().filter_map(|r| r.get("customer")).collect();
        let customers = find_tenants(tx, &keys)?;
        let mut parsed_rows = Vec::with_capacity(rows.len());
        for r in &rows {
            let parsed = (|| -> std::result::Result<GrantRow, RowError> {
                let upn = model::validate_upn(r.get("upn").unwrap_or(""))
                    .map_err(|e| format!("upn: {e}"))?;
                // A file names the same few agents on many rows: each is read once.
                let user = match users.get(&upn) {
                    Some(u) => u.clone(),
                    None => {
                        let u =
                            store::users::find_by_upn(tx, &upn)?.filter(|u| u.tenant_id == home.id);
                        users.insert(upn.clone(), u.clone());
                        u
                    }
                }
                .ok_or_else(|| format!("upn: no user {upn} in {}", home.domain))?;
                let role: AgentRole = r
                    .get("role")
                    .unwrap_or("")
                    .parse()
                    .map_err(|e| format!("role: {e}"))?;
                let customer = match r.get("customer") {
                    None => None,
                    Some(c) => {
                        let t = customers
                            .get(c)
                            .cloned()
                            .ok_or_else(|| format!("customer: no tenant {c:?}"))?;
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
            parsed_rows.push((r.line, parsed));
        }
        // The grants the file's users already hold, read at once.
        let ids: Vec<&str> = users.values().flatten().map(|u| u.id.as_str()).collect();
        let held = store::grants::held_by(tx, &ids)?;
        for (line, parsed) in parsed_rows {
            match parsed {
                Err(RowError::Store(e)) => return Err(e),
                Err(RowError::Row(e)) => problems.push(format!("{file}:{line}: {e}")),
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
                    let scope_id = g.customer.as_ref().map_or("", |c| c.id.as_str());
                    if held.contains(&(
                        g.user.id.clone(),
                        g.role.id().to_string(),
                        scope_id.to_string(),
                    )) {
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
    let mut late: Vec<Skipped> = Vec::new();
    let ids = change_all_rows(
        ctx,
        &s,
        Action::GrantManage,
        &home,
        grants.iter().map(|g| g.user.upn.clone()).collect(),
        quiet,
        |tx, bar| {
            let items: Vec<_> = grants
                .iter()
                .map(|g| (&g.user, g.role, g.customer.as_ref()))
                .collect();
            let inserted = super::insert_each(tx, &home, &items, &by, &now, |n| bar.inc(n as u64))?;
            let mut out = Vec::with_capacity(grants.len());
            for (g, inserted) in grants.iter().zip(inserted) {
                // Another run may have made this grant since the check above: then nothing
                // was inserted.
                let Some((id, summary)) = inserted else {
                    out.push(done_meanwhile(
                        skip_existing,
                        &mut late,
                        Skipped {
                            line: g.line,
                            key: format!("{} {}", g.user.upn, g.role),
                            reason: "already granted".into(),
                        },
                        format!(
                            "{file}:{}: {} {}: already granted (meanwhile, by another run); nothing was written",
                            g.line, g.user.upn, g.role
                        ),
                    )?);
                    continue;
                };
                out.push(Some((id, summary)));
            }
            Ok(out)
        },
    )?;
    skipped.extend(late);
    skipped.sort_by_key(|s| s.line);
    Ok(Bulk {
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
