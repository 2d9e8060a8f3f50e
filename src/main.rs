use std::ffi::OsString;
use std::io::Write;

use partnerctl::cli;
use partnerctl::error::ErrorKind;
use partnerctl::output::{json_safe, paint, sanitize, sanitize_lines, Format, Style};

fn main() {
    // `PARTNERCTL_COMPLETE=bash partnerctl` prints a completion script that asks this binary
    // for values from the store (customers, users, ids) as one types; with the variable set by
    // that script, this answers and exits.
    clap_complete::CompleteEnv::with_factory(cli::command)
        .var("PARTNERCTL_COMPLETE")
        .complete();
    let cli = match cli::parse() {
        Ok(cli) => cli,
        Err(e) => usage_error(e),
    };
    let json = cli.global.output == Format::Json;
    let color = cli.global.out().color_stderr;
    let code = match cli::run(cli) {
        Ok(code) => code,
        Err(e) => {
            report(json, color, e.kind, &e.message, e.reason.as_deref());
            e.kind.exit_code()
        }
    };
    std::process::exit(code);
}

/// The one place failures reach people and scripts: an `error:` line, and with `-o json`
/// also the error object of SPEC §4. The line for people is escaped (a message can quote what
/// someone typed); the lines of a multi-line message (a bulk file's bad rows) continue
/// indented, so none of them can pass for an `error:` line of its own. The JSON object keeps
/// the exact message, its unsafe characters written as JSON escapes.
fn report(json: bool, color: bool, kind: ErrorKind, message: &str, reason: Option<&str>) {
    let mut err = std::io::stderr().lock();
    let text = sanitize_lines(message).replace('\n', "\n  ");
    let _ = writeln!(err, "{} {text}", paint(color, Style::Red, "error:"));
    drop(err);
    if json {
        json_error(kind, message, reason);
    }
}

/// The error object of SPEC §4, one line on stderr.
fn json_error(kind: ErrorKind, message: &str, reason: Option<&str>) {
    let obj = serde_json::json!({
        "error": { "code": kind.code(), "message": message, "reason": reason }
    });
    let _ = writeln!(std::io::stderr().lock(), "{}", json_safe(obj.to_string()));
}

/// clap's own outcomes: help and version exit 0; usage errors exit 2 with clap's text and,
/// when JSON output was asked for, the same error object as every other failure.
fn usage_error(e: clap::Error) -> ! {
    if !e.use_stderr() {
        e.exit();
    }
    if !wants_json() {
        // clap quotes the offending argument as it was typed; print its text escaped when
        // that argument carries anything a terminal would act on.
        let text = e.render().to_string();
        let safe = sanitize_lines(&text);
        if safe == text {
            e.exit();
        }
        let _ = write!(std::io::stderr().lock(), "{safe}");
        std::process::exit(e.exit_code());
    }
    // clap's text: a summary up to the first blank line, then usage and hints.
    let text = e.render().to_string();
    let (summary, rest) = text.split_once("\n\n").unwrap_or((&text, ""));
    // clap's words quote the argument as typed: the message carries its escaped form.
    let message = sanitize(
        summary
            .lines()
            .map(str::trim)
            .collect::<Vec<_>>()
            .join(" ")
            .trim_start_matches("error: "),
    )
    .into_owned();
    // The line for people, clap's usage and hints, and last the JSON object (a script reads
    // the last line of stderr).
    report(false, false, ErrorKind::InvalidInput, &message, None);
    if !rest.trim().is_empty() {
        let _ = writeln!(
            std::io::stderr().lock(),
            "\n{}",
            sanitize_lines(rest.trim_end())
        );
    }
    json_error(ErrorKind::InvalidInput, &message, None);
    std::process::exit(ErrorKind::InvalidInput.exit_code());
}

/// Whether `-o json` (or `PARTNERCTL_OUTPUT=json`) was asked for, read from the raw
/// arguments because parsing them failed.
fn wants_json() -> bool {
    let args: Vec<OsString> = std::env::args_os().skip(1).collect();
    let mut from_args = None;
    let mut it = args.iter().map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        let value = match a.as_ref() {
            "--" => break,
            "-o" | "--output" => it.next().map(|v| v.into_owned()),
            s => s
                .strip_prefix("--output=")
                .or_else(|| s.strip_prefix("-o="))
                .or_else(|| s.strip_prefix("-o"))
                .map(str::to_string),
        };
        if let Some(v) = value {
            from_args = Some(v == "json");
        }
    }
    from_args.unwrap_or_else(|| std::env::var("PARTNERCTL_OUTPUT").is_ok_and(|v| v == "json"))
}
