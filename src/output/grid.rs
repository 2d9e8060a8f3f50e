//! The layout of every table for people: columns left-aligned and two spaces apart, the first
//! at the margin, a header row underlined with dashes; a cell of several lines (wrapped by
//! [`super::fit`]) makes its row as tall. A cell may carry a [`Style`], painted (when colour is
//! on) over its text only, so that colour never moves a column.

use unicode_width::UnicodeWidthStr;

use super::{paint, Style};

/// A cell's text (already escaped) and how to paint it.
pub type Cell = (String, Option<Style>);

/// The columns `s` takes on a screen: those of its widest line.
pub fn width(s: &str) -> usize {
    s.lines().map(UnicodeWidthStr::width).max().unwrap_or(0)
}

/// The width of each column: its widest line, header included.
pub fn widths(headers: &[&str], rows: &[Vec<Cell>]) -> Vec<usize> {
    let mut w: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    for r in rows {
        for (i, (c, _)) in r.iter().enumerate() {
            let cw = width(c);
            match w.get_mut(i) {
                Some(x) => *x = (*x).max(cw),
                None => w.push(cw),
            }
        }
    }
    w
}

/// One row's lines, appended to `out`; returns the width of the first line.
pub fn row(out: &mut String, cells: &[Cell], widths: &[usize], color: bool) -> usize {
    let height = cells
        .iter()
        .map(|(c, _)| c.lines().count().max(1))
        .max()
        .unwrap_or(1);
    let mut first = 0;
    for k in 0..height {
        let mut line = String::new();
        let mut visible = 0;
        for (i, (text, style)) in cells.iter().enumerate() {
            let part = text.lines().nth(k).unwrap_or("");
            if i > 0 {
                line.push_str("  ");
                visible += 2;
            }
            match style {
                Some(s) if color && !part.is_empty() => line.push_str(&paint(true, *s, part)),
                _ => line.push_str(part),
            }
            let w = part.width();
            visible += w;
            if i + 1 < cells.len() {
                let pad = widths.get(i).copied().unwrap_or(w).saturating_sub(w);
                line.extend(std::iter::repeat_n(' ', pad));
                visible += pad;
            }
        }
        let trimmed = line.trim_end();
        visible -= line.len() - trimmed.len();
        out.push_str(trimmed);
        out.push('\n');
        if k == 0 {
            first = visible;
        }
    }
    first
}

/// The header row and its underline.
pub fn header(out: &mut String, headers: &[&str], widths: &[usize]) {
    let cells: Vec<Cell> = headers.iter().map(|h| (h.to_string(), None)).collect();
    let n = row(out, &cells, widths, false);
    out.push_str(&"-".repeat(n));
    out.push('\n');
}

/// The whole table.
pub fn render(headers: &[&str], rows: &[Vec<Cell>], color: bool) -> String {
    let w = widths(headers, rows);
    let mut out = String::new();
    header(&mut out, headers, &w);
    for r in rows {
        row(&mut out, r, &w, color);
    }
    out
}
