//! The escaping every printed value goes through, and CSV formula neutralising: escaped text
//! holds no control, bidirectional or invisible character (line breaks only where asked
//! for); a neutralised cell never starts a formula; JSON keeps the exact value in inert bytes.
#![no_main]

use libfuzzer_sys::fuzz_target;
use partnerctl::model::is_unsafe_char;
use partnerctl::output::escape::{
    csv_cell, json_safe, neutralize_formula, sanitize, sanitize_lines, sanitize_painted, tsv_field,
};
use partnerctl::output::{paint, Style};

fn inert(s: &str) -> bool {
    !s.chars().any(is_unsafe_char)
}

fuzz_target!(|s: &str| {
    let one = sanitize(s);
    assert!(inert(&one), "{one:?}");
    assert_eq!(sanitize(&one), one, "escaping twice changes nothing");
    if inert(s) {
        assert_eq!(one, s, "safe text is left as it is");
    }

    let lines = sanitize_lines(s);
    assert!(!lines.chars().any(|c| c != '\n' && is_unsafe_char(c)));
    assert_eq!(lines.matches('\n').count(), s.matches('\n').count());

    // A value escaped, then painted: only our own colour codes survive the final pass.
    let painted = paint(true, Style::Red, &one);
    let shown = sanitize_painted(&painted);
    assert_eq!(shown, painted);
    let raw = sanitize_painted(s);
    assert!(!raw
        .replace("\x1b[31m", "")
        .replace("\x1b[32m", "")
        .replace("\x1b[33m", "")
        .replace("\x1b[1m", "")
        .replace("\x1b[0m", "")
        .chars()
        .any(|c| c != '\n' && is_unsafe_char(c)));

    let field = tsv_field(s);
    assert!(inert(&field) && !field.contains('\t'));

    let cell = csv_cell(s);
    assert!(inert(&cell), "{cell:?}");
    if let Some(c) = cell.chars().next() {
        let numberish = cell == "-" || cell.parse::<f64>().is_ok_and(|_| !cell.contains(['e', 'E', 'i', 'n', 'N', 'I']));
        assert!(
            !matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r') || numberish,
            "{cell:?} would run as a formula"
        );
    }
    let n = neutralize_formula(s);
    assert!(n == s || n.strip_prefix('\'') == Some(s));

    let doc = json_safe(serde_json::to_string_pretty(&serde_json::json!({ "v": s })).unwrap());
    assert!(!doc.chars().any(|c| c != '\n' && is_unsafe_char(c)), "{doc:?}");
    let back: serde_json::Value = serde_json::from_str(&doc).expect("still JSON");
    assert_eq!(back["v"], s);
});
