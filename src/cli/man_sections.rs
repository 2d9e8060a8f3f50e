//! The sections every man page ends with that clap does not write: EXIT STATUS, ENVIRONMENT,
//! FILES and EXAMPLES (roff, appended after clap_mangen's page).

/// SPEC §4's exit codes.
const EXIT: &[(&str, &str)] = &[
    ("0", "success (for can: allowed)"),
    ("1", "internal: I/O error, corrupt database, a bug"),
    ("2", "invalid_input: usage errors and invalid values; a confirmation needed under --no-input without --yes"),
    ("3", "unauthenticated: not signed in, wrong password or code, expired or ended session"),
    ("4", "permission_denied: the permission core said no (for can: denied)"),
    ("5", "not_found: a named tenant, user, invite, relationship ... does not exist"),
    ("6", "conflict: already exists, or the wrong state"),
    ("7", "cancelled: the answer at a confirmation was no"),
    ("8", "unavailable: the database stayed locked, its schema is newer than this binary, or the PostgreSQL server cannot be used"),
    ("9", "findings: doctor found an error, or audit verify found the chain broken; the report is on stdout"),
];

const ENVIRONMENT: &[(&str, &str)] = &[
    (
        "PARTNERCTL_DB",
        "the database file or postgres:// URL (as --db)",
    ),
    ("PARTNERCTL_OUTPUT", "table, json, tsv or csv (as -o)"),
    (
        "PARTNERCTL_NO_INPUT",
        "1 or true: never prompt (as --no-input)",
    ),
    (
        "PARTNERCTL_TOKEN",
        "a session token (login --print-token) used instead of the session file",
    ),
    (
        "PARTNERCTL_NOW",
        "an RFC 3339 time used as now, only on a test database (init --test-clock, demo)",
    ),
    (
        "PARTNERCTL_BUSY_TIMEOUT_MS",
        "how long a write waits for another writer (default 5000)",
    ),
    ("NO_COLOR", "no colour with --color auto"),
];

const FILES: &[(&str, &str)] = &[
    (
        "~/.local/share/partnerctl/partnerctl.db",
        "the default database (the platform data dir)",
    ),
    (
        "~/.local/state/partnerctl/sessions/",
        "one session file per database (mode 0600)",
    ),
];

/// Examples for the page named `name` (`partnerctl`, `partnerctl-invite`, ...): a few
/// commands people run, else the command with --help and with -o json.
fn examples(name: &str) -> Vec<(&'static str, String)> {
    let fixed: &[(&str, &str)] = match name {
        "partnerctl" => &[
            ("A demo database and the partner dashboard", "partnerctl demo"),
            ("Who is signed in", "partnerctl whoami"),
            ("Why a decision came out as it did", "partnerctl can user.read --tenant contoso.example"),
        ],
        "partnerctl-invite" => &[
            ("Invite a customer to granular access for a year", "partnerctl invite --access helpdesk-admin --access global-reader --duration 365d --customer-domain contoso.example"),
        ],
        "partnerctl-accept" => &[("Accept an invite as the customer's global admin", "partnerctl accept TOKEN")],
        "partnerctl-doctor" => &[("What is about to break, for a script", "partnerctl doctor -o json || echo \"exit $?\"")],
        "partnerctl-elevate" => &[("Two hours of helpdesk-admin with a reason and a ticket", "partnerctl elevate --customer contoso.example --role helpdesk-admin --for 2h --reason \"locked-out user\" --ticket INC-42")],
        "partnerctl-login" => &[("Sign in with a one-time code", "partnerctl login admin@fabrikam.example --otp 123456")],
        "partnerctl-notify" => &[("Hourly, from cron", "partnerctl notify --outbox /var/spool/partnerctl")],
        "partnerctl-report" => &[("A customer's access review for an auditor", "partnerctl report --tenant contoso.example --out contoso-review.html")],
        "partnerctl-audit-verify" => &[("Check the chain against a head saved earlier", "partnerctl audit verify --expect-head HASH")],
        _ => &[],
    };
    if !fixed.is_empty() {
        return fixed.iter().map(|(w, c)| (*w, c.to_string())).collect();
    }
    let words = name.replace('-', " ");
    vec![
        ("Its options and arguments", format!("{words} --help")),
        ("The same for a script", format!("{words} -o json")),
    ]
}

/// roff-escaped text: backslashes, and a leading dot or quote.
fn roff(s: &str) -> String {
    let t = s.replace('\\', "\\e").replace('-', "\\-");
    if t.starts_with('.') || t.starts_with('\'') {
        format!("\\&{t}")
    } else {
        t
    }
}

fn tagged(out: &mut String, items: &[(&str, &str)]) {
    for (tag, text) in items {
        out.push_str(&format!(".TP\n\\fB{}\\fR\n{}\n", roff(tag), roff(text)));
    }
}

/// The sections appended to the page named `name`.
pub fn render(name: &str) -> String {
    let mut out = String::from(".SH \"EXIT STATUS\"\n");
    tagged(&mut out, EXIT);
    out.push_str(".SH ENVIRONMENT\n");
    tagged(&mut out, ENVIRONMENT);
    out.push_str(".SH FILES\n");
    tagged(&mut out, FILES);
    out.push_str(".SH EXAMPLES\n");
    for (what, cmd) in examples(name) {
        out.push_str(&format!(
            ".PP\n{}:\n.PP\n.RS 4\n.nf\n{}\n.fi\n.RE\n",
            roff(what),
            roff(&cmd)
        ));
    }
    out
}
