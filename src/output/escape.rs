//! What keeps hostile text from acting on the reader: every table cell, TSV field, CSV cell,
//! status line and `error:` line goes through [`sanitize`] (or [`sanitize_lines`] where our own
//! formatting breaks lines), and CSV cells through [`csv_cell`].
//!
//! The escaped form is the one of [`crate::model::push_escaped`]: `\t`, `\n`, `\r`; `\xHH` for
//! the other ASCII controls (ESC is `\x1b`, BEL `\x07`, DEL `\x7f`); `\u{H}` for C1 controls,
//! bidirectional controls, zero-width and other invisible characters (`\u{9b}`, `\u{202e}`,
//! `\u{200b}`). Tables and status lines are for people, so a literal backslash is left as it
//! is there; TSV doubles it, so TSV stays reversible. JSON keeps the exact value: the same
//! characters are written as JSON `\uXXXX` escapes ([`json_safe`]), which decode to the same
//! string.

use std::borrow::Cow;

use crate::model::{escape_unsafe, is_unsafe_char, push_escaped};

/// `s` on one line with every control, bidirectional and invisible character shown escaped
/// (line breaks too).
pub fn sanitize(s: &str) -> Cow<'_, str> {
    escape_unsafe(s)
}

/// Like [`sanitize`], but keeps line breaks: for text whose lines our own formatting made.
pub fn sanitize_lines(s: &str) -> Cow<'_, str> {
    escape_keeping(s, &[])
}

/// The colour sequences [`super::paint`] writes: the only escape sequences ever printed.
const PAINT_CODES: [&str; 5] = ["\x1b[31m", "\x1b[32m", "\x1b[33m", "\x1b[1m", "\x1b[0m"];

/// Like [`sanitize_lines`] for text that [`super::paint`] may have coloured: its exact colour
/// sequences stay, every other control character is escaped. Values are escaped before they
/// are painted, so a value can never bring its own sequence through here.
pub fn sanitize_painted(s: &str) -> Cow<'_, str> {
    escape_keeping(s, &PAINT_CODES)
}

/// `s` with line breaks and the exact escape sequences of `kept` (each starting with ESC) as
/// they are, and every other unsafe character escaped.
fn escape_keeping<'s>(s: &'s str, kept: &[&str]) -> Cow<'s, str> {
    if !s.chars().any(|c| c != '\n' && is_unsafe_char(c)) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    let mut rest = s;
    while let Some(c) = rest.chars().next() {
        // Every kept sequence starts with ESC: only there is it worth looking.
        if c == '\x1b' {
            if let Some(code) = kept.iter().find(|k| rest.starts_with(**k)) {
                out.push_str(code);
                rest = &rest[code.len()..];
                continue;
            }
        }
        if c == '\n' {
            out.push(c);
        } else {
            push_escaped(&mut out, c);
        }
        rest = &rest[c.len_utf8()..];
    }
    Cow::Owned(out)
}

/// A TSV field: backslashes doubled, then [`sanitize`]d, so tabs and line breaks inside a
/// value become `\t` and `\n` and a record is always one line.
pub fn tsv_field(s: &str) -> String {
    sanitize(&s.replace('\\', "\\\\")).into_owned()
}

/// Whether a spreadsheet would read a cell starting with `c` as a formula (OWASP's list:
/// `=`, `+`, `-`, `@`, tab, carriage return).
fn formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// A plain decimal number such as `-3` or `-0.5`, or a lone `-` (how our views write "none"):
/// a spreadsheet reads it as that number or that text and nothing else, so it needs no
/// neutralising.
fn is_inert(s: &str) -> bool {
    if s == "-" {
        return true;
    }
    let digits = s.strip_prefix('-').unwrap_or(s);
    let (whole, frac) = digits.split_once('.').unwrap_or((digits, "0"));
    !whole.is_empty()
        && !frac.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && frac.bytes().all(|b| b.is_ascii_digit())
}

/// A cell that a spreadsheet would run as a formula (it starts with `=`, `+`, `-`, `@`, a tab
/// or a carriage return) gets a leading `'`, which spreadsheets read as "this is text" (OWASP's
/// CSV injection guidance). Plain decimal numbers (`-3`, `-0.5`) are left as they are: they
/// are numbers to a spreadsheet, not formulas, and a numeric column (counts, sequence numbers,
/// a negative balance) keeps its value; so is the lone `-` that stands for "none".
pub fn neutralize_formula(s: &str) -> Cow<'_, str> {
    match s.chars().next() {
        Some(c) if formula_start(c) && !is_inert(s) => Cow::Owned(format!("'{s}")),
        _ => Cow::Borrowed(s),
    }
}

/// A CSV cell: [`sanitize`]d (one line, no control characters), then neutralised as a
/// formula ([`neutralize_formula`]). The csv writer adds the quoting.
pub fn csv_cell(s: &str) -> String {
    neutralize_formula(&sanitize(s)).into_owned()
}

/// A JSON document with every C1 control, DEL, bidirectional and invisible character inside
/// its strings written as a `\uXXXX` escape (serde_json already escapes C0 controls). Such
/// characters only ever occur inside JSON strings, so the document decodes to exactly the
/// same values; only its bytes become safe for a terminal.
pub fn json_safe(doc: String) -> String {
    // serde_json escapes every C0 control inside strings, so a C0 character in the document is
    // its own layout (the line breaks of pretty printing) and stays.
    let unsafe_in_string = |c: char| c > '\x7e' && is_unsafe_char(c);
    if !doc.chars().any(unsafe_in_string) {
        return doc;
    }
    let mut out = String::with_capacity(doc.len() + 16);
    for c in doc.chars() {
        if unsafe_in_string(c) {
            let mut units = [0u16; 2];
            for u in c.encode_utf16(&mut units) {
                out.push_str(&format!("\\u{u:04x}"));
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_controls_bidi_and_invisible_characters() {
        assert_eq!(sanitize("plain"), "plain");
        assert_eq!(
            sanitize("\x1b]0;OWNED\x07\x1b[2J"),
            "\\x1b]0;OWNED\\x07\\x1b[2J"
        );
        assert_eq!(sanitize("a\tb\nc\rd\x7f"), "a\\tb\\nc\\rd\\x7f");
        assert_eq!(sanitize("\u{9b}31m"), "\\u{9b}31m");
        assert_eq!(sanitize("Ad\u{200b}min"), "Ad\\u{200b}min");
        assert_eq!(sanitize("\u{202e}txt.exe"), "\\u{202e}txt.exe");
        assert_eq!(sanitize("é ü 日本 ☃"), "é ü 日本 ☃");
        assert_eq!(sanitize_lines("a\nb\x1b"), "a\nb\\x1b");
    }

    #[test]
    fn keeps_only_our_own_colour() {
        let painted = format!(
            "{} x",
            crate::output::paint(true, crate::output::Style::Red, "e")
        );
        assert_eq!(sanitize_painted(&painted), painted);
        assert_eq!(sanitize_painted("\x1b[2J\x1b[0m"), "\\x1b[2J\x1b[0m");
    }

    #[test]
    fn tsv_fields_are_reversible_and_one_line() {
        assert_eq!(tsv_field("a\\b\tc\nd"), "a\\\\b\\tc\\nd");
        assert_eq!(tsv_field("\x1b"), "\\x1b");
    }

    #[test]
    fn formulas_are_neutralised_numbers_are_not() {
        assert_eq!(csv_cell("=cmd|' /C calc'!A0"), "'=cmd|' /C calc'!A0");
        for f in ["+1+1", "-2+3", "@SUM(A1)", "- 1", "=", "-1e3", "--1", "-x"] {
            assert_eq!(csv_cell(f), format!("'{f}"), "{f}");
        }
        assert_eq!(neutralize_formula("\tx"), "'\tx");
        assert_eq!(neutralize_formula("\rx"), "'\rx");
        // A tab or CR never reaches a cell: it is escaped first, so the cell starts with `\`.
        assert_eq!(csv_cell("\t=1"), "\\t=1");
        for n in ["-3", "-0.5", "12", "0", "-"] {
            assert_eq!(csv_cell(n), n);
        }
        assert_eq!(csv_cell("a=b"), "a=b");
        assert_eq!(csv_cell(""), "");
    }

    #[test]
    fn json_keeps_values_exact() {
        let v = serde_json::json!({"o": "\u{1b}[2J\u{9b}\u{202e}\u{200b}\u{7f}\u{e0041}x"});
        let doc = json_safe(serde_json::to_string_pretty(&v).unwrap());
        assert!(
            !doc.chars().any(|c| c != '\n' && is_unsafe_char(c)),
            "{doc}"
        );
        let back: serde_json::Value = serde_json::from_str(&doc).unwrap();
        assert_eq!(back, v);
    }
}
