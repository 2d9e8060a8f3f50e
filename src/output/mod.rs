//! Rendering of view structs: tables for people ([`grid`], fitted by [`fit`]), one JSON
//! document for scripts.
//! Data goes to stdout, status text to stderr. Nothing is printed without passing through
//! [`escape`]: control, bidirectional and invisible characters are shown escaped, CSV cells
//! that a spreadsheet would run as formulas are neutralised.

pub mod escape;
mod fit;
pub mod grid;
pub mod report;
pub mod stream;
mod when;

use std::io::{IsTerminal, Write};

use serde::Serialize;

use crate::error::{Error, Result};

pub use escape::{csv_cell, json_safe, sanitize, sanitize_lines};
pub use when::when;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorChoice {
    /// Colour when writing to a terminal and `NO_COLOR` is not set
    Auto,
    Always,
    Never,
}

impl ColorChoice {
    /// Whether to colour a stream that is (or is not) a terminal.
    pub fn enabled(self, terminal: bool) -> bool {
        match self {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => {
                terminal && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
            }
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Style {
    Red,
    Green,
    Yellow,
    Bold,
}

/// `text` in `style` when colour is on. Escape a value ([`sanitize`]) before painting it.
pub fn paint(on: bool, style: Style, text: &str) -> String {
    if !on {
        return text.to_string();
    }
    let code = match style {
        Style::Red => "31",
        Style::Green => "32",
        Style::Yellow => "33",
        Style::Bold => "1",
    };
    format!("\x1b[{code}m{text}\x1b[0m")
}

/// What a dry run prints in JSON: the decisions and the changes it would make, and the result.
#[derive(Serialize)]
struct DryRun<'a, T> {
    dry_run: bool,
    planned: &'a [crate::dryrun::Planned],
    result: &'a T,
}

/// The refusal of `-o csv` / `-o tsv` by a command that prints no list.
pub const NOT_A_LIST: &str = "-o csv and -o tsv are for list commands (… list, health, audit list, dashboard); use -o json or -o table here";

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Table,
    Json,
    /// Comma-separated values with a header row (export commands such as `audit list`).
    Csv,
    /// Tab-separated values, no header, one record a line (list commands).
    Tsv,
}

/// Where a command's output goes, in the chosen format.
#[derive(Debug, Clone, Copy)]
pub struct Out {
    pub format: Format,
    /// Colour on stdout / on stderr.
    pub color_stdout: bool,
    pub color_stderr: bool,
    /// `--quiet`: no status text on stderr.
    pub quiet: bool,
}

impl Out {
    pub fn json(&self) -> bool {
        self.format == Format::Json
    }

    /// Prints `value` as one JSON document, or the table text `table` builds.
    pub fn emit<T: Serialize>(
        &self,
        planned: &[crate::dryrun::Planned],
        value: &T,
        table: impl FnOnce(&T) -> String,
    ) -> Result<()> {
        let text = match self.format {
            // Written as it is encoded: a bulk run's 10,000 results are not first one string.
            Format::Json if planned.is_empty() => return stream::write_json(value),
            Format::Json => {
                // A dry run wraps the result: the decisions and the changes it would make.
                return stream::write_json(&DryRun {
                    dry_run: true,
                    planned,
                    result: value,
                });
            }
            Format::Csv | Format::Tsv => return Err(Error::invalid(NOT_A_LIST)),
            Format::Table => {
                for p in planned {
                    self.status(&format!(
                        "dry run: {} in {} is {} ({}); would change {}; nothing was written",
                        p.decision.action,
                        p.decision.tenant,
                        if p.decision.allowed {
                            "allowed"
                        } else {
                            "denied"
                        },
                        p.decision.reason,
                        p.change
                    ));
                }
                // The text is built by the command from our own words and the view's values;
                // escape whatever a value brought in (only our own line breaks and colours stay).
                let built = table(value);
                let mut s = if self.color_stdout {
                    escape::sanitize_painted(&built).into_owned()
                } else {
                    sanitize_lines(&built).into_owned()
                };
                if !s.is_empty() && !s.ends_with('\n') {
                    s.push('\n');
                }
                s
            }
        };
        write_stdout(&text)
    }

    /// A list command's output: a table, one JSON array, TSV records (no header, one a line)
    /// or CSV with a header row; `cells` makes an item's row under `headers`. Nothing is
    /// truncated outside the table.
    pub fn emit_list<T: Serialize>(
        &self,
        items: &[T],
        headers: &[&str],
        cells: impl Fn(&T) -> Vec<String>,
    ) -> Result<()> {
        let rows: Vec<Vec<String>> = items.iter().map(cells).collect();
        match self.format {
            Format::Tsv => write_stdout(&tsv(rows)),
            Format::Csv => self.emit_csv(headers, rows),
            Format::Json | Format::Table => self.emit(&[], &items, |_| table(headers, rows)),
        }
    }

    /// Prints records as CSV with a header row (for `-o csv`); every cell goes through
    /// [`csv_cell`]: one line, no control characters, formulas neutralised.
    pub fn emit_csv(
        &self,
        header: &[&str],
        rows: impl IntoIterator<Item = Vec<String>>,
    ) -> Result<()> {
        let mut w = csv::Writer::from_writer(Vec::new());
        let enc = |e: csv::Error| Error::internal(format!("cannot encode CSV: {e}"));
        w.write_record(header).map_err(enc)?;
        for r in rows {
            w.write_record(r.iter().map(|c| csv_cell(c))).map_err(enc)?;
        }
        let bytes = w
            .into_inner()
            .map_err(|e| Error::internal(format!("cannot encode CSV: {e}")))?;
        write_stdout(&String::from_utf8_lossy(&bytes))
    }

    /// Status text for people, on stderr (never mixed into the JSON on stdout), escaped.
    pub fn status(&self, text: &str) {
        if !self.quiet {
            let _ = writeln!(std::io::stderr().lock(), "{}", sanitize_lines(text));
        }
    }

    pub fn paint(&self, style: Style, text: &str) -> String {
        paint(self.color_stdout, style, text)
    }

    /// A time cell: for people (`-o table`) as [`when`] reads it, relative to `now`; RFC 3339
    /// as stored for CSV and TSV.
    pub fn time(&self, at: &str, now: chrono::DateTime<chrono::Utc>) -> String {
        match self.format {
            Format::Table => when(at, now),
            _ => at.to_string(),
        }
    }

    /// [`Out::time`] of a time that may be absent, or `none` when it is.
    pub fn time_or(
        &self,
        at: Option<&str>,
        now: chrono::DateTime<chrono::Utc>,
        none: &str,
    ) -> String {
        at.map_or_else(|| none.to_string(), |t| self.time(t, now))
    }
}

pub fn write_stdout(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|_| out.flush()) {
        Ok(()) => Ok(()),
        // A closed pipe (`partnerctl … | head -1`) is the reader's choice, not a failure.
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// TSV records: tab-separated cells, one record a line, no header; backslashes inside cells
/// are doubled, tabs and line breaks written `\t` and `\n`, other control, bidirectional and
/// invisible characters escaped as everywhere else ([`escape::tsv_field`]). No formula
/// neutralising here: TSV is for scripts (`cut`, `awk`), which need the exact value.
pub fn tsv(rows: impl IntoIterator<Item = Vec<String>>) -> String {
    let mut out = String::new();
    for r in rows {
        let cells: Vec<String> = r.iter().map(|c| escape::tsv_field(c)).collect();
        out.push_str(&cells.join("\t"));
        out.push('\n');
    }
    out
}

/// A table with a header row, sized to the terminal when there is one. Each cell is
/// [`sanitize`]d to one line: a value can neither break the layout nor reach the terminal raw.
pub fn table(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> String {
    table_painted(
        headers,
        rows.into_iter()
            .map(|r| r.into_iter().map(|c| (c, None)).collect()),
        false,
    )
}

/// [`table`] with a style for some cells (health, expiry, a denial), painted when `color`.
pub fn table_painted(
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<grid::Cell>>,
    color: bool,
) -> String {
    let rows: Vec<Vec<grid::Cell>> = rows
        .into_iter()
        .map(|r| {
            r.into_iter()
                .map(|(c, st)| (sanitize(&c).into_owned(), st))
                .collect()
        })
        .collect();
    if rows.is_empty() {
        return "(none)".to_string();
    }
    let rows = match screen_width() {
        None => rows,
        Some(w) => {
            let styles: Vec<Vec<Option<Style>>> = rows
                .iter()
                .map(|r| r.iter().map(|c| c.1).collect())
                .collect();
            let texts = rows
                .into_iter()
                .map(|r| r.into_iter().map(|c| c.0).collect())
                .collect();
            match fit::fit(headers, texts, w) {
                fit::Fitted::Records(text) => return text,
                fit::Fitted::Rows(rows) => rows
                    .into_iter()
                    .zip(styles)
                    .map(|(r, st)| r.into_iter().zip(st).collect())
                    .collect(),
            }
        }
    };
    grid::render(headers, &rows, color)
}

/// The width text for the screen is fitted to: `COLUMNS`, else the terminal's; `None` for
/// pipes and files.
pub fn screen_width() -> Option<usize> {
    let terminal = if std::io::stdout().is_terminal() {
        // comfy-table knows how to ask the terminal its size.
        comfy_table::Table::new().width()
    } else {
        None
    };
    fit::target_width(terminal)
}

/// Prose printed after a prefix `indent` columns wide: wrapped at spaces to the screen, lines
/// after the first indented by `indent`; as it is for pipes and files.
pub fn prose(text: &str, indent: usize) -> String {
    match screen_width() {
        Some(w) => fit::paragraph(text, w, indent),
        None => text.to_string(),
    }
}

/// Text of several lines for a person at a terminal (a prompt's terms, its question): a line
/// wider than the screen (80 columns when its width is unknown) is wrapped at spaces, under
/// its value when it reads `key:   value`, else under its own indent.
pub fn prose_lines(text: &str) -> String {
    let width = screen_width().unwrap_or(80);
    let mut out = String::new();
    for line in text.split_inclusive('\n') {
        let (body, end) = match line.strip_suffix('\n') {
            Some(b) => (b, "\n"),
            None => (line, ""),
        };
        if unicode_width::UnicodeWidthStr::width(body) <= width {
            out.push_str(line);
            continue;
        }
        let indent = body.len() - body.trim_start().len();
        let key = body[indent..]
            .split_once(": ")
            .filter(|(k, _)| !k.contains(' '))
            .map(|(k, rest)| indent + k.len() + 2 + (rest.len() - rest.trim_start().len()));
        let head = key.unwrap_or(indent);
        out.push_str(&body[..head]);
        out.push_str(&fit::paragraph(&body[head..], width, head));
        out.push_str(end);
    }
    out
}

pub fn fields(pairs: &[(&str, String)]) -> String {
    let width = pairs.iter().map(|(k, _)| k.len()).max().unwrap_or(0);
    let mut s = String::new();
    for (k, v) in pairs {
        let v = sanitize_lines(v).replace('\n', &format!("\n{:width$}  ", "", width = width));
        s.push_str(&format!("{k:width$}  {v}\n", width = width));
    }
    s
}

pub fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_else(|| "-".to_string())
}

pub fn list<T: std::fmt::Display>(items: &[T]) -> String {
    if items.is_empty() {
        return "-".to_string();
    }
    items
        .iter()
        .map(|i| i.to_string())
        .collect::<Vec<_>>()
        .join(", ")
}
