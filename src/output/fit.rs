//! Tables that fit the terminal without splitting what people copy.
//!
//! A column whose cells have no spaces (ids, domains, UPNs, statuses, roles) is never split:
//! it keeps its whole width. Columns of free text (names, times, lists, messages) give way:
//! their cells wrap at spaces, and only a word longer than the whole column is shortened
//! with `…`. When the unsplittable columns alone are wider than the screen, the table is
//! left wider than the screen (the terminal wraps the line) rather than cut an id in two.
//! `-o json`, `-o tsv` and `-o csv` never pass through here: they are always whole.

use unicode_width::UnicodeWidthStr;

use super::grid::width;

/// The space between two columns.
pub const GAP: usize = 2;
/// The narrowest a column of free text is made: its longest word, but at most this.
const MIN_FREE: usize = 16;

/// The width to fit: `COLUMNS` when set (as `ls` reads it), else the terminal's when stdout
/// is one; `None` (no limit) for pipes and files.
pub fn target_width(terminal: Option<u16>) -> Option<usize> {
    if let Some(c) = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.trim().parse::<usize>().ok())
        .filter(|&c| c >= 20)
    {
        return Some(c);
    }
    terminal.map(usize::from)
}

/// A word people copy whole even inside free text: a UPN, a domain, an id, a command flag.
fn copied_whole(word: &str) -> bool {
    word.contains('@')
        || word.starts_with("--")
        || (word.contains('.') && word.chars().filter(|c| c.is_alphabetic()).count() > 2)
        || word.matches('-').count() >= 4
}

/// `s` cut to `max` columns, ending in `…` when cut.
pub(crate) fn shorten(s: &str, max: usize) -> String {
    if UnicodeWidthStr::width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for c in s.chars() {
        let cw = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if w + cw + 1 > max {
            break;
        }
        out.push(c);
        w += cw;
    }
    out.push('…');
    out
}

/// `s` wrapped at spaces into lines of at most `max` columns (a word wider than that is
/// shortened, which [`fit`] never asks of a word people copy).
pub fn wrap(s: &str, max: usize) -> String {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let word = shorten(word, max);
        if line.is_empty() {
            line = word;
        } else if UnicodeWidthStr::width(line.as_str()) + 1 + UnicodeWidthStr::width(word.as_str())
            <= max
        {
            line.push(' ');
            line.push_str(&word);
        } else {
            lines.push(std::mem::take(&mut line));
            line = word;
        }
    }
    lines.push(line);
    lines.join("\n")
}

/// The widths the free columns get so that the table is at most `target` wide: the
/// narrower ones keep their own width, the rest share what is left equally.
fn allot(natural: &[usize], free: &[bool], floor: &[usize], target: usize) -> Vec<usize> {
    let fixed: usize = natural
        .iter()
        .zip(free)
        .filter(|(_, f)| !**f)
        .map(|(w, _)| w)
        .sum();
    let gaps = GAP * natural.len().saturating_sub(1);
    let mut budget = target.saturating_sub(fixed + gaps);
    let mut out = natural.to_vec();
    let mut open: Vec<usize> = (0..natural.len()).filter(|&i| free[i]).collect();
    open.sort_by_key(|&i| natural[i]);
    while let Some(&i) = open.first() {
        let share = budget / open.len();
        if natural[i] <= share {
            budget -= natural[i];
            open.remove(0);
            continue;
        }
        // Everyone left is wider than the share: each gets it (never below its floor).
        for &j in &open {
            out[j] = share.max(floor[j]);
        }
        break;
    }
    out
}

/// How a table fits the screen.
#[derive(Debug, PartialEq)]
pub enum Fitted {
    /// As a table: the rows, free-text cells wrapped where needed.
    Rows(Vec<Vec<String>>),
    /// One record after another, `HEADER  value` a line (as psql's `\x auto`), when the
    /// columns that cannot be split leave too little room for the rest.
    Records(String),
}

/// The rows as they fit `target` columns.
pub fn fit(headers: &[&str], rows: Vec<Vec<String>>, target: usize) -> Fitted {
    let n = headers.len();
    let mut natural: Vec<usize> = headers.iter().map(|h| width(h)).collect();
    let mut free = vec![false; n];
    let mut floor: Vec<usize> = headers
        .iter()
        .map(|h| h.split(' ').map(UnicodeWidthStr::width).max().unwrap_or(0))
        .collect();
    for r in &rows {
        for (i, c) in r.iter().enumerate().take(n) {
            natural[i] = natural[i].max(width(c));
            if c.contains(' ') {
                free[i] = true;
            }
            for word in c.split(' ') {
                let w = UnicodeWidthStr::width(word);
                floor[i] = floor[i].max(if copied_whole(word) {
                    w
                } else {
                    w.min(MIN_FREE)
                });
            }
        }
    }
    let gaps = GAP * n.saturating_sub(1);
    let total: usize = natural.iter().sum::<usize>() + gaps;
    if total <= target {
        return Fitted::Rows(rows);
    }
    let least: usize = (0..n)
        .map(|i| if free[i] { floor[i] } else { natural[i] })
        .sum::<usize>()
        + gaps;
    if least > target {
        return Fitted::Records(records(headers, &rows, target));
    }
    let widths = allot(&natural, &free, &floor, target);
    Fitted::Rows(
        rows.into_iter()
            .map(|r| {
                r.into_iter()
                    .enumerate()
                    .map(|(i, c)| {
                        if i < n && free[i] && width(&c) > widths[i] {
                            wrap(&c, widths[i])
                        } else {
                            c
                        }
                    })
                    .collect()
            })
            .collect(),
    )
}

/// Each row as lines of `HEADER  value`, a blank line between rows; a value with spaces
/// wraps under itself, one without (an id, a domain) is never split.
fn records(headers: &[&str], rows: &[Vec<String>], target: usize) -> String {
    let key = headers.iter().map(|h| width(h)).max().unwrap_or(0);
    let room = target.saturating_sub(key + GAP).max(MIN_FREE);
    debug_assert!(room > 0);
    let indent = " ".repeat(key + GAP);
    let mut out = String::new();
    for (k, r) in rows.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        for (h, c) in headers.iter().zip(r) {
            let value = if width(c) > room && c.contains(' ') {
                wrap(c, room)
            } else {
                c.clone()
            };
            let value = value.replace('\n', &format!("\n{indent}"));
            let pad = key - width(h);
            out.push_str(&format!("{h}{}{value}\n", " ".repeat(pad + GAP)));
        }
    }
    out
}

/// Prose that will be printed from column `indent` (after a prefix of that width), wrapped at
/// spaces to `target` columns, lines after the first indented by `indent` spaces. A word
/// longer than a line is left whole (the terminal wraps it).
pub fn paragraph(s: &str, target: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut col = indent;
    for word in s.split(' ').filter(|w| !w.is_empty()) {
        let w = UnicodeWidthStr::width(word);
        if out.is_empty() {
        } else if col + 1 + w > target {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            col = indent;
        } else {
            out.push(' ');
            col += 1;
        }
        out.push_str(word);
        col += w;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_shortens_only_overlong_words() {
        assert_eq!(
            wrap("global-admin, helpdesk-admin", 14),
            "global-admin,\nhelpdesk-admin"
        );
        assert_eq!(wrap("a bb ccc", 4), "a bb\nccc");
        assert_eq!(wrap("abcdefghij", 5), "abcd…");
    }

    #[test]
    fn ids_keep_their_width_and_free_text_gives_way() {
        let id = "01a22b59-c8f5-7435-bc60-2b8f2413ff64".to_string();
        let rows = vec![vec![
            id.clone(),
            "pending".into(),
            "2026-12-30 07:27 UTC (in 29 days)".into(),
        ]];
        let Fitted::Rows(out) = fit(&["ID", "STATUS", "EXPIRES"], rows, 70) else {
            panic!("a table")
        };
        assert_eq!(out[0][0], id);
        assert_eq!(out[0][1], "pending");
        assert!(
            out[0][2].lines().all(|l| l.len() <= 70 - 36 - 7 - 4),
            "{:?}",
            out[0][2]
        );
        assert_eq!(
            out[0][2].replace('\n', " "),
            "2026-12-30 07:27 UTC (in 29 days)"
        );
    }

    #[test]
    fn a_table_that_fits_is_left_alone_and_one_without_free_text_overflows() {
        let rows = vec![vec!["a b".to_string(), "c".to_string()]];
        assert_eq!(fit(&["X", "Y"], rows.clone(), 80), Fitted::Rows(rows));
        let long = vec![vec!["x".repeat(100), "a b".into()]];
        let Fitted::Records(text) = fit(&["ID", "NOTE"], long, 80) else {
            panic!("records")
        };
        assert_eq!(text, format!("ID    {}\nNOTE  a b\n", "x".repeat(100)));
    }

    #[test]
    fn paragraphs_wrap_at_spaces_with_a_hanging_indent() {
        assert_eq!(
            paragraph("one two three four", 10, 2),
            "one two\n  three\n  four"
        );
        assert_eq!(paragraph("aaaaaaaaaaaa b", 10, 2), "aaaaaaaaaaaa\n  b");
    }
}
