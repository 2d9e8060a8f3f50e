//! Hostile text (issue 9): what one user types must not act on another user's terminal or
//! spreadsheet. Escape sequences planted in the audit trail are shown escaped in every output
//! format, CSV cells that a spreadsheet would run as formulas are neutralised, and names with
//! bidirectional or zero-width characters are refused.

mod common;

use common::demo::{FAB_SALES, PASS};
use common::*;
use partnerctl::model::is_unsafe_char;
use serde_json::Value;

/// An OSC window-title change, a bell and a clear-screen.
const PLANT: &str = "\x1b]0;OWNED\x07\x1b[2J";
const PLANT_SHOWN: &str = "\\x1b]0;OWNED\\x07\\x1b[2J";
const FORMULA: &str = "=cmd|' /C calc'!A0";

/// Fails when `text` holds a character a terminal would act on or hide (line breaks and the
/// tabs between TSV fields aside).
#[track_caller]
fn assert_inert(what: &str, text: &str) {
    if let Some(c) = text
        .chars()
        .find(|&c| c != '\n' && c != '\t' && is_unsafe_char(c))
    {
        panic!("{what} carries the raw character {c:?}:\n{text:?}");
    }
}

/// The cells of a CSV document, header row included.
fn csv_cells(doc: &str) -> Vec<Vec<String>> {
    csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(doc.as_bytes())
        .records()
        .map(|r| r.expect("valid CSV").iter().map(str::to_string).collect())
        .collect()
}

/// Fails when a spreadsheet would run a cell of `doc` as a formula.
#[track_caller]
fn assert_no_formula(doc: &str) {
    for row in csv_cells(doc) {
        for cell in row {
            let risky = cell.starts_with(['=', '+', '@', '\t', '\r'])
                || (cell.starts_with('-') && cell != "-" && cell[1..].parse::<f64>().is_err());
            assert!(!risky, "cell {cell:?} would run as a formula:\n{doc}");
        }
    }
}

#[test]
fn an_escape_sequence_planted_in_the_audit_trail_never_reaches_the_customers_terminal() {
    let env = Env::with_demo();
    let sales = env.token(FAB_SALES, PASS);
    let planted = env.run_as(&sales, &["requests", "close", PLANT, "--tenant", CONTOSO]);
    // Denied by the permission core (4), or refused as an identifier before that (2).
    assert!(
        [2, 4].contains(&planted.code),
        "exit {}: {}",
        planted.code,
        planted.stderr
    );
    assert_inert("the sales agent's error line", &planted.stderr);

    let admin = env.token(CONTOSO_ADMIN, PASS);
    let recorded = env
        .json_as(&admin, &["audit", "list"])
        .as_array()
        .expect("an array")
        .iter()
        .any(|e| e["object"] == PLANT);
    for format in ["table", "tsv", "csv"] {
        let r = env.run_as(&admin, &["audit", "list", "-o", format]).ok();
        assert_inert(&format!("audit list -o {format}"), &r.stdout);
        assert!(!r.stdout.contains('\x1b') && !r.stdout.contains('\x07'));
        if recorded {
            assert!(
                r.stdout.contains(PLANT_SHOWN),
                "-o {format} does not show the attempt escaped:\n{}",
                r.stdout
            );
        }
    }
    // JSON keeps the exact value for scripts; its bytes stay inert.
    let r = env.run_as(&admin, &["audit", "list", "-o", "json"]).ok();
    assert_inert("audit list -o json", &r.stdout);
    if recorded {
        let v: Value = r.json();
        assert!(v.as_array().unwrap().iter().any(|e| e["object"] == PLANT));
    }
}

#[test]
fn csv_exports_neutralise_formulas() {
    let env = Env::with_demo();
    let admin = env.token(CONTOSO_ADMIN, PASS);
    env.run_as(&admin, &["requests", "create", "--title", FORMULA])
        .ok();
    let csv = env
        .run_as(&admin, &["requests", "list", "-o", "csv"])
        .ok()
        .stdout;
    assert_no_formula(&csv);
    assert!(
        csv_cells(&csv)
            .iter()
            .flatten()
            .any(|c| c == &format!("'{FORMULA}")),
        "the title is not there, neutralised:\n{csv}"
    );
    // JSON and TSV are for scripts: the exact title.
    let json = env.json_as(&admin, &["requests", "list"]);
    assert!(json
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["title"] == FORMULA));
    let tsv = env
        .run_as(&admin, &["requests", "list", "-o", "tsv"])
        .ok()
        .stdout;
    assert!(
        tsv.lines().any(|l| l.ends_with(&format!("\t{FORMULA}"))),
        "{tsv}"
    );

    // A tenant's display name, exported by the operator.
    let op = env.token(OP_ADMIN, PASS);
    let name = "@SUM(1+1)*cmd|' /C calc'!A0";
    env.run_as(
        &op,
        &[
            "tenants",
            "create",
            name,
            "--domain",
            "formula.example",
            "--admin",
            "admin@formula.example",
        ],
    )
    .ok();
    let csv = env
        .run_as(&op, &["tenants", "list", "-o", "csv"])
        .ok()
        .stdout;
    assert_no_formula(&csv);
    assert!(csv.contains(&format!("'{name}")), "{csv}");
    // The "none" placeholder and plain numbers are left alone.
    assert!(csv_cells(&csv).iter().flatten().any(|c| c == "-"), "{csv}");
}

#[test]
fn names_with_bidirectional_or_invisible_characters_are_refused_and_nothing_changes() {
    let env = Env::with_demo();
    let op = env.token(OP_ADMIN, PASS);
    let admin = env.token(CONTOSO_ADMIN, PASS);
    let attempts: Vec<(&str, Vec<&str>)> = vec![
        (
            &op,
            vec![
                "tenants",
                "create",
                "Ad\u{200b}min",
                "--domain",
                "zw.example",
                "--admin",
                "admin@zw.example",
            ],
        ),
        (
            &op,
            vec![
                "tenants",
                "create",
                "Contoso\u{202e}dtL",
                "--domain",
                "rlo.example",
                "--admin",
                "admin@rlo.example",
            ],
        ),
        (
            &admin,
            vec!["tenants", "update", "--name", "Contoso\u{2066}Ltd"],
        ),
        (
            &admin,
            vec![
                "users",
                "add",
                "eve@contoso.example",
                "--name",
                "Ad\u{200d}min",
            ],
        ),
        (
            &admin,
            vec!["users", "update", CONTOSO_ADMIN, "--name", "\u{feff}Admin"],
        ),
        (
            &admin,
            vec!["users", "add", "ad\u{200b}min@contoso.example"],
        ),
        (
            &admin,
            vec!["requests", "create", "--title", "Printer\u{200f}"],
        ),
        (&admin, vec!["requests", "create", "--title", "x\u{1b}[2Jy"]),
    ];
    for (token, args) in attempts {
        let before = env.state();
        let people = env.run_as(token, &args).expect(2);
        assert_eq!(people.stderr.lines().count(), 1, "{}", people.stderr);
        assert_inert("the error line", &people.stderr);
        let mut a = args.clone();
        a.extend(["-o", "json"]);
        let e = env.run_as(token, &a).fails(2, "invalid_input");
        let message = e["message"].as_str().unwrap();
        assert_inert("the error message", message);
        assert!(
            message.contains("\\u{") || message.contains("\\x"),
            "{message}"
        );
        assert_eq!(env.state(), before, "{args:?} changed something");
    }
}

#[test]
fn error_lines_and_usage_errors_are_escaped() {
    let env = Env::with_demo();
    // A malformed tenant name is refused without being echoed.
    let r = env.run(&["tenants", "show", "--tenant", PLANT]).expect(2);
    assert_inert("the error line", &r.stderr);
    // clap's own usage error quoting a bidi override.
    for extra in [&[][..], &["-o", "json"][..]] {
        let mut args = vec!["users", "list", "--limit-nope", "x\u{202e}y"];
        args.extend(extra);
        let r = env.run(&args).expect(2);
        assert_inert("clap's usage error", &r.stderr);
        let mut args = extra.to_vec();
        args.extend(["--color", "x\u{202e}y\u{9b}"]);
        let r = env.run(&args).expect(2);
        assert_inert("clap's usage error", &r.stderr);
        assert!(r.stderr.contains("x\\u{202e}y\\u{9b}"), "{}", r.stderr);
    }
}

#[test]
fn free_text_keeps_right_to_left_marks_but_shows_them_escaped_in_tables() {
    let env = Env::with_demo();
    let admin = env.token(CONTOSO_ADMIN, PASS);
    let n = env.json_as(&admin, &["requests", "create", "--title", "Printer"])["number"]
        .as_str()
        .expect("a number")
        .to_string();
    let text = "مرحبا\u{200f} 👨\u{200d}👩";
    env.run_as(&admin, &["requests", "comment", &n, "--message", text])
        .ok();
    let shown = env.run_as(&admin, &["requests", "show", &n]).ok().stdout;
    assert_inert("requests show", &shown);
    assert!(shown.contains("مرحبا\\u{200f} 👨\\u{200d}👩"), "{shown}");
    // Overrides are refused even in free text.
    env.run_as(
        &admin,
        &["requests", "comment", &n, "--message", "abc\u{202e}def"],
    )
    .expect(2);
}
