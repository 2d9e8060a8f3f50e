//! Long lists written while they are read: JSON through serde_json's pretty serializer on a
//! buffered stdout, an array element by element (the same bytes as one `to_string_pretty`
//! document), and tables row by row into a compact buffer that only keeps the cells' text.

use std::cell::RefCell;
use std::io::{BufWriter, Write};
use std::marker::PhantomData;

use serde::ser::{Error as _, SerializeSeq};
use serde::{Serialize, Serializer};

use super::escape::{json_safe, sanitize};
use super::grid::{self, width};
use super::Style;
use crate::error::{Error, Result};

/// A JSON array whose elements are produced while it is written: `fill` gets a function that
/// writes one element, and calls it for each.
pub struct Streamed<E, F> {
    fill: RefCell<Option<F>>,
    /// What stopped `fill` (a store error), kept to be returned as itself, not as JSON's.
    failed: RefCell<Option<Error>>,
    element: PhantomData<fn(&E)>,
}

impl<E, F> Streamed<E, F>
where
    E: Serialize,
    F: FnOnce(&mut dyn FnMut(&E) -> Result<()>) -> Result<()>,
{
    pub fn new(fill: F) -> Self {
        Streamed {
            fill: RefCell::new(Some(fill)),
            failed: RefCell::new(None),
            element: PhantomData,
        }
    }

    /// The outcome of writing the document this array was part of: the error that stopped
    /// filling it, if any, else the writer's.
    pub fn finish(&self, written: Result<()>) -> Result<()> {
        match self.failed.borrow_mut().take() {
            Some(e) => Err(e),
            None => written,
        }
    }
}

impl<E, F> Serialize for Streamed<E, F>
where
    E: Serialize,
    F: FnOnce(&mut dyn FnMut(&E) -> Result<()>) -> Result<()>,
{
    fn serialize<S: Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        let fill = self
            .fill
            .borrow_mut()
            .take()
            .ok_or_else(|| S::Error::custom("a streamed array is written once"))?;
        let mut seq = s.serialize_seq(None)?;
        let mut encoding: Option<S::Error> = None;
        let filled = fill(&mut |e: &E| {
            seq.serialize_element(e).map_err(|err| {
                let message = err.to_string();
                encoding = Some(err);
                Error::internal(format!("cannot encode JSON: {message}"))
            })
        });
        if let Some(err) = encoding {
            return Err(err);
        }
        if let Err(e) = filled {
            *self.failed.borrow_mut() = Some(e);
            return Err(S::Error::custom("stopped"));
        }
        seq.end()
    }
}

/// Writes through [`json_safe`] as bytes arrive: the characters it escapes are never ASCII,
/// so ASCII passes untouched, and a character split between two writes waits for its end.
struct JsonSafe<W: Write> {
    inner: W,
    pending: Vec<u8>,
}

impl<W: Write> Write for JsonSafe<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        if self.pending.is_empty() && buf.is_ascii() && !buf.contains(&0x7f) {
            self.inner.write_all(buf)?;
            return Ok(buf.len());
        }
        self.pending.extend_from_slice(buf);
        let valid = match std::str::from_utf8(&self.pending) {
            Ok(s) => s.len(),
            Err(e) if e.error_len().is_none() => e.valid_up_to(),
            // serde_json writes only UTF-8: a broken sequence is passed on as it came.
            Err(_) => self.pending.len(),
        };
        let rest = self.pending.split_off(valid);
        let text = String::from_utf8(std::mem::replace(&mut self.pending, rest))
            .unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        self.inner.write_all(json_safe(text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.pending.is_empty() {
            let rest = std::mem::take(&mut self.pending);
            self.inner.write_all(&rest)?;
        }
        self.inner.flush()
    }
}

/// A closed pipe (`partnerctl … | head -1`) is the reader's choice, not a failure.
fn written(r: std::io::Result<()>) -> Result<()> {
    match r {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        Err(e) => Err(e.into()),
    }
}

/// Writes `value` to stdout as one pretty JSON document and a line break, encoding it while
/// its streamed parts are produced.
pub fn write_json<T: Serialize>(value: &T) -> Result<()> {
    // The buffer comes first: serde_json writes token by token, the escaping looks at whole
    // buffers.
    let mut w = BufWriter::with_capacity(
        1 << 16,
        JsonSafe {
            inner: std::io::stdout().lock(),
            pending: Vec::new(),
        },
    );
    let mut ser = serde_json::Serializer::pretty(&mut w);
    match value.serialize(&mut ser) {
        Ok(()) => written(w.write_all(b"\n").and_then(|_| w.flush())),
        Err(e) if e.io_error_kind() == Some(std::io::ErrorKind::BrokenPipe) => Ok(()),
        Err(e) if e.is_io() => Err(Error::internal(format!("cannot write: {e}"))),
        Err(e) => Err(Error::internal(format!("cannot encode JSON: {e}"))),
    }
}

/// Notes a closed pipe, which the error that reaches the caller no longer says.
struct Watched<W: Write> {
    inner: W,
    closed: bool,
}

impl<W: Write> Watched<W> {
    fn watch<T>(&mut self, r: std::io::Result<T>) -> std::io::Result<T> {
        if r.as_ref()
            .is_err_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
        {
            self.closed = true;
        }
        r
    }
}

impl<W: Write> Write for Watched<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let r = self.inner.write(buf);
        self.watch(r)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        let r = self.inner.flush();
        self.watch(r)
    }
}

/// Writes what `f` writes to stdout through a buffer, as `f` produces it; a closed pipe ends
/// the output quietly.
pub fn write_stdout_with(f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut w = Watched {
        inner: BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
        closed: false,
    };
    let r = f(&mut w).and_then(|_| Ok(w.flush()?));
    if w.closed {
        return Ok(());
    }
    r
}

/// Separates the cells of a row in [`TableRows`]: sanitized cells never hold a control
/// character.
const CELL: char = '\u{1f}';

/// The rows of a table collected as their sanitized text only, laid out like
/// [`super::table`] once the widest cell of each column is known.
pub struct TableRows {
    headers: Vec<String>,
    widths: Vec<usize>,
    text: String,
    /// A letter a cell (`-` for none) and a line a row, once some cell has a style.
    styles: Option<String>,
    rows: usize,
    color: bool,
}

fn style_code(s: Option<Style>) -> char {
    match s {
        None => '-',
        Some(Style::Red) => 'r',
        Some(Style::Green) => 'g',
        Some(Style::Yellow) => 'y',
        Some(Style::Bold) => 'b',
    }
}

fn style_of(c: char) -> Option<Style> {
    match c {
        'r' => Some(Style::Red),
        'g' => Some(Style::Green),
        'y' => Some(Style::Yellow),
        'b' => Some(Style::Bold),
        _ => None,
    }
}

impl TableRows {
    pub fn new(headers: &[&str]) -> Self {
        TableRows::painted(headers, false)
    }

    /// Rows whose styled cells are painted when `color` is on.
    pub fn painted(headers: &[&str], color: bool) -> Self {
        TableRows {
            widths: headers.iter().map(|h| width(h)).collect(),
            headers: headers.iter().map(|h| h.to_string()).collect(),
            text: String::new(),
            styles: None,
            rows: 0,
            color,
        }
    }

    pub fn push(&mut self, row: &[String]) {
        for (i, c) in row.iter().enumerate() {
            let c = sanitize(c);
            if let Some(w) = self.widths.get_mut(i) {
                *w = (*w).max(width(&c));
            }
            if i > 0 {
                self.text.push(CELL);
            }
            self.text.push_str(&c);
        }
        self.text.push('\n');
        self.rows += 1;
        if let Some(st) = &mut self.styles {
            st.push('\n');
        }
    }

    /// A row with a style for some of its cells (kept only when colour is on).
    pub fn push_painted(&mut self, row: &[grid::Cell]) {
        let texts: Vec<String> = row.iter().map(|c| c.0.clone()).collect();
        if self.color && self.styles.is_none() && row.iter().any(|c| c.1.is_some()) {
            // The rows before this one had no style.
            self.styles = Some("\n".repeat(self.rows));
        }
        self.push(&texts);
        if let Some(st) = &mut self.styles {
            st.pop();
            st.extend(row.iter().map(|c| style_code(c.1)));
            st.push('\n');
        }
    }

    pub fn len(&self) -> usize {
        self.rows
    }

    pub fn is_empty(&self) -> bool {
        self.rows == 0
    }

    fn cells(&self) -> impl Iterator<Item = Vec<grid::Cell>> + '_ {
        let mut styles = self.styles.as_deref().unwrap_or("").lines();
        self.text.lines().map(move |l| {
            let st: Vec<char> = styles.next().unwrap_or("").chars().collect();
            l.split(CELL)
                .enumerate()
                .map(|(i, c)| (c.to_string(), st.get(i).copied().and_then(style_of)))
                .collect()
        })
    }

    /// The text [`super::table`] makes of the same rows: each line ended, or `(none)` (no
    /// line break) without rows; on a terminal (or with `COLUMNS` set) fitted to the screen.
    pub fn write(&self, out: &mut dyn Write) -> std::io::Result<()> {
        if self.rows == 0 {
            return out.write_all(b"(none)");
        }
        let headers: Vec<&str> = self.headers.iter().map(String::as_str).collect();
        if super::screen_width().is_some() {
            return out
                .write_all(super::table_painted(&headers, self.cells(), self.color).as_bytes());
        }
        let mut text = String::new();
        grid::header(&mut text, &headers, &self.widths);
        for r in self.cells() {
            grid::row(&mut text, &r, &self.widths, self.color);
            if text.len() > 64 * 1024 {
                out.write_all(text.as_bytes())?;
                text.clear();
            }
        }
        out.write_all(text.as_bytes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn laid_out(headers: &[&str], rows: &[Vec<String>]) -> String {
        let mut t = TableRows::new(headers);
        for r in rows {
            t.push(r);
        }
        let mut out = Vec::new();
        t.write(&mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn rows_are_laid_out_as_the_whole_table_is() {
        let rows = vec![
            vec![
                "Contoso Ltd".to_string(),
                "contoso.example".into(),
                "".into(),
            ],
            vec!["日本語".into(), "x\x1b[2J".into(), "-".into()],
            vec!["a".into(), "b\u{202e}c".into(), "3/15".into()],
        ];
        let headers = ["CUSTOMER", "DOMAIN", "LIC"];
        assert_eq!(
            laid_out(&headers, &rows),
            super::super::table(&headers, rows.clone())
        );
        assert_eq!(
            laid_out(&headers, &[]),
            super::super::table(&headers, Vec::new())
        );
    }

    #[test]
    fn json_is_escaped_as_one_document_is_even_when_a_character_is_split() {
        let doc = "{\"a\": \"x\u{202e}y\u{9b}é\"}";
        let mut w = JsonSafe {
            inner: Vec::new(),
            pending: Vec::new(),
        };
        for b in doc.as_bytes().chunks(1) {
            w.write_all(b).unwrap();
        }
        w.flush().unwrap();
        assert_eq!(
            String::from_utf8(w.inner).unwrap(),
            json_safe(doc.to_string())
        );
    }

    #[test]
    fn a_streamed_array_is_the_array_pretty_printing_writes() {
        #[derive(Serialize)]
        struct Doc<'a, S> {
            name: &'a str,
            items: &'a S,
        }
        let items = [vec![1, 2], vec![], vec![3]];
        for n in [0, 1, 3] {
            let s = Streamed::new(|emit: &mut dyn FnMut(&Vec<i32>) -> Result<()>| {
                items.iter().take(n).try_for_each(&mut *emit)
            });
            let mut out = Vec::new();
            Doc {
                name: "p",
                items: &s,
            }
            .serialize(&mut serde_json::Serializer::pretty(&mut out))
            .unwrap();
            let whole = serde_json::to_string_pretty(&Doc {
                name: "p",
                items: &items.iter().take(n).collect::<Vec<_>>(),
            })
            .unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), whole);
        }
    }
}
