//! How commands report what they did: the head of a change's line (what was done, or under
//! `--dry-run` what would have been), a change's result, the rows a bulk run skipped, and a
//! list written as it is read.

use serde::Serialize;

use crate::app::Ctx;
use crate::error::Result;
use crate::output::{Format, Out};

use super::Global;

/// `done`, or under `--dry-run` what would have been done.
pub fn head(g: &Global, done: &str) -> String {
    if g.dry_run {
        format!("dry run: would have {done}")
    } else {
        done.to_string()
    }
}

/// `done`, or for a dry run `dry run: would {would}` (the verb as it reads after "would").
pub fn done_or_would(dry_run: bool, done: &str, would: &str) -> String {
    if dry_run {
        format!("dry run: would {would}")
    } else {
        done.to_string()
    }
}

/// Prints a change's result: its JSON, or for people its head (`what`, see [`head`]) and the
/// text `rest` makes of it, after a space.
pub fn changed<T: Serialize>(
    g: &Global,
    ctx: &Ctx,
    v: &T,
    what: &str,
    rest: impl FnOnce(&T) -> String,
) -> Result<()> {
    g.out()
        .emit(ctx.plan(), v, |v| format!("{} {}", head(g, what), rest(v)))
}

/// The rows a bulk run skipped, one line each, for the summary of `--from-csv` runs.
pub fn skipped_lines(out: &mut String, skipped: &[crate::app::csv::Skipped]) {
    for k in skipped {
        out.push_str(&format!(
            "  line {}: skipped {} ({})\n",
            k.line, k.key, k.reason
        ));
    }
}

/// A list command's rows as `Out::emit_list` writes them (a table, one JSON array, TSV
/// records or CSV with a header row), each written as it is read.
pub fn stream_list<T: serde::Serialize>(
    out: &Out,
    headers: &[&str],
    rows: &mut crate::app::Rows<'_, T>,
    cells: impl Fn(&T) -> Vec<String>,
) -> Result<()> {
    use crate::output::stream::{write_json, write_stdout_with, Streamed, TableRows};
    match out.format {
        Format::Json => {
            let all =
                Streamed::new(|emit: &mut dyn FnMut(&T) -> Result<()>| rows.each(|r| emit(&r)));
            all.finish(write_json(&all))
        }
        Format::Tsv => write_stdout_with(|w| {
            rows.each(|r| Ok(w.write_all(crate::output::tsv([cells(&r)]).as_bytes())?))
        }),
        Format::Csv => write_stdout_with(|w| {
            let mut csv = csv::Writer::from_writer(w);
            let enc =
                |e: csv::Error| crate::error::Error::internal(format!("cannot encode CSV: {e}"));
            csv.write_record(headers).map_err(enc)?;
            rows.each(|r| {
                csv.write_record(cells(&r).iter().map(|c| crate::output::csv_cell(c)))
                    .map_err(enc)
            })?;
            csv.flush()?;
            Ok(())
        }),
        Format::Table => write_stdout_with(|w| {
            let mut t = TableRows::new(headers);
            rows.each(|r| {
                t.push(&cells(&r));
                Ok(())
            })?;
            t.write(w)?;
            if t.is_empty() {
                writeln!(w)?;
            }
            Ok(())
        }),
    }
}
