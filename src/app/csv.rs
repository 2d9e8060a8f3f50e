//! The CSV files of bulk onboarding (`invite --from-csv`, `grants add --from-csv`): one
//! reader with a header row, and the shared shape of their reports. A file is validated whole
//! first (every bad row reported as `FILE:LINE: what`), then applied in one transaction;
//! re-running it skips or refuses what it already did.

use std::collections::HashMap;
use std::io::IsTerminal;
use std::path::Path;

use serde::Serialize;

use super::{Ctx, Session};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::store::{tenants::TenantRow, Tx};

#[derive(Debug, Serialize)]
pub struct Skipped {
    pub line: u64,
    pub key: String,
    pub reason: String,
}

/// The report of a bulk run: what it made, row by row, and the rows it skipped.
#[derive(Debug, Serialize)]
pub struct Bulk<T> {
    pub created: Vec<T>,
    pub skipped: Vec<Skipped>,
    pub dry_run: bool,
}

/// One parsed data row: its line number and its cells by column name.
pub(crate) struct Row {
    pub line: u64,
    cells: HashMap<String, String>,
}

impl Row {
    pub fn get(&self, col: &str) -> Option<&str> {
        self.cells
            .get(col)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }
}

/// Reads a CSV file with a header row; `required` columns must be present, others outside
/// `allowed` are refused.
pub(crate) fn read_csv(path: &Path, required: &[&str], allowed: &[&str]) -> Result<Vec<Row>> {
    let file = path.display().to_string();
    let bytes =
        std::fs::read(path).map_err(|e| Error::invalid(format!("cannot read {file}: {e}")))?;
    let mut rdr = ::csv::ReaderBuilder::new()
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
pub(crate) fn already_done(file: &str, existing: &[String]) -> Error {
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

pub(crate) fn invalid_rows(file: &str, problems: Vec<String>) -> Error {
    Error::invalid(format!(
        "{file}: {} invalid row(s); nothing was written\n{}",
        problems.len(),
        problems.join("\n")
    ))
}

/// A row another run did meanwhile, found again inside the transaction: with
/// `--skip-existing` it joins `late` and nothing is done for it, else the whole run is
/// refused with `refusal` (nothing is written).
pub(crate) fn done_meanwhile<T>(
    skip_existing: bool,
    late: &mut Vec<Skipped>,
    row: Skipped,
    refusal: String,
) -> Result<Option<T>> {
    if !skip_existing {
        return Err(Error::conflict(refusal));
    }
    late.push(row);
    Ok(None)
}

/// The changes of a bulk run, one call of `f` per row named by `keys` (as
/// [`Ctx::change_each`] makes them), behind a progress bar.
pub(crate) fn change_rows<T>(
    ctx: &mut Ctx,
    s: &Session,
    action: Action,
    home: &TenantRow,
    keys: Vec<String>,
    quiet: bool,
    mut f: impl FnMut(&Tx<'_>, usize) -> Result<Option<(T, String)>>,
) -> Result<Vec<Option<T>>> {
    let n = keys.len();
    change_all_rows(ctx, s, action, home, keys, quiet, |tx, bar| {
        (0..n)
            .map(|i| {
                bar.inc(1);
                f(tx, i)
            })
            .collect()
    })
}

/// The changes of a bulk run made all at once by `f` (see [`Ctx::change_all`]), which
/// advances the progress bar as its rows are written.
pub(crate) fn change_all_rows<T>(
    ctx: &mut Ctx,
    s: &Session,
    action: Action,
    home: &TenantRow,
    keys: Vec<String>,
    quiet: bool,
    f: impl FnOnce(&Tx<'_>, &indicatif::ProgressBar) -> Result<Vec<Option<(T, String)>>>,
) -> Result<Vec<Option<T>>> {
    let bar = progress(keys.len(), quiet, action.id());
    let result = ctx.change_all(s, action, home, keys, |tx| f(tx, &bar));
    bar.finish_and_clear();
    result
}

/// A progress bar on stderr for long runs on a terminal, labelled with what each row does
/// (`invite.create 4120/10000 rows, 3s left`); hidden otherwise.
fn progress(len: usize, quiet: bool, label: &str) -> indicatif::ProgressBar {
    if quiet || len < 100 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{prefix} {bar:40} {pos}/{len} rows, {eta} left")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    bar.set_prefix(label.to_string());
    bar
}
