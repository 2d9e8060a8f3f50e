//! The access review as one self-contained HTML file: no scripts, no network, inline CSS
//! and an inline SVG timeline. The document is also well-formed XML (XHTML-compatible
//! HTML5), so tools can read it without an HTML parser. Every text from the store passes
//! through [`text`]: control, bidirectional and invisible characters are shown escaped
//! (as in the terminal) and markup characters as entities. A Content-Security-Policy
//! forbids scripts and every fetch even if something slipped through.

mod timeline;

use std::collections::BTreeMap;
use std::fmt::Write;

use crate::app::access::AgentAccess;
use crate::app::report::{ReportData, AUDIT_DAYS};
use crate::store::elevations::ElevationRow;

use super::{sanitize, when};

const STYLE: &str = "body{font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;\
margin:2em auto;max-width:1100px;padding:0 1em;color:#1b1f24}\
h1{font-size:1.6em;margin-bottom:.2em}h2{margin-top:2em;border-bottom:1px solid #d0d7de}\
table{border-collapse:collapse;width:100%;margin:.6em 0}\
th,td{border:1px solid #d0d7de;padding:.3em .5em;text-align:left;vertical-align:top}\
th{background:#f6f8fa}code{font-family:ui-monospace,monospace;font-size:.92em;\
overflow-wrap:anywhere}.muted{color:#57606a}.ok{color:#1a7f37}.bad{color:#cf222e;font-weight:600}\
.status-active{color:#1a7f37}.status-expired,.status-ended,.status-denied{color:#57606a}\
.status-terminated{color:#cf222e}.status-pending{color:#9a6700}\
.denied{color:#cf222e}ul.rights{margin:0;padding-left:1.1em}\
svg{max-width:100%;height:auto;font:12px system-ui,sans-serif}\
@media print{h2{break-after:avoid}table{break-inside:auto}}";

/// Text from the store, safe inside an element or a quoted attribute.
pub fn text(s: &str) -> String {
    let shown = sanitize(s);
    let mut out = String::with_capacity(shown.len());
    for c in shown.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML does not allow at all (sanitize shows the usual ones already).
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{fffd}'),
            '\u{fffe}' | '\u{ffff}' => out.push('\u{fffd}'),
            c => out.push(c),
        }
    }
    out
}

fn code(s: &str) -> String {
    format!("<code>{}</code>", text(s))
}

fn status(s: &str) -> String {
    let class: String = s.chars().filter(char::is_ascii_alphanumeric).collect();
    format!("<span class=\"status-{class}\">{}</span>", text(s))
}

fn time(at: Option<&str>, now: chrono::DateTime<chrono::Utc>, none: &str) -> String {
    match at {
        Some(at) => format!(
            "<time datetime=\"{}\">{}</time>",
            text(at),
            text(&when(at, now))
        ),
        None => format!("<span class=\"muted\">{}</span>", text(none)),
    }
}

/// A table: the header cells as text, the body cells as markup already escaped.
fn table(
    out: &mut String,
    id: &str,
    headers: &[&str],
    rows: impl IntoIterator<Item = Vec<String>>,
) {
    let _ = write!(out, "<table id=\"{id}\"><thead><tr>");
    for h in headers {
        let _ = write!(out, "<th>{}</th>", text(h));
    }
    out.push_str("</tr></thead><tbody>");
    let mut any = false;
    for row in rows {
        any = true;
        out.push_str("<tr>");
        for cell in row {
            let _ = write!(out, "<td>{cell}</td>");
        }
        out.push_str("</tr>");
    }
    if !any {
        let _ = write!(
            out,
            "<tr><td colspan=\"{}\" class=\"muted\">none</td></tr>",
            headers.len()
        );
    }
    out.push_str("</tbody></table>\n");
}

fn rights(summary: &BTreeMap<String, Vec<String>>) -> String {
    let mut s = String::from("<ul class=\"rights\">");
    for (area, verbs) in summary {
        let _ = write!(s, "<li>{}: {}</li>", text(area), text(&verbs.join(" ")));
    }
    s.push_str("</ul>");
    s
}

fn agent_row(a: &AgentAccess) -> Vec<String> {
    vec![
        code(&a.upn),
        code(&a.partner),
        text(&a.via.join("; ")),
        rights(&a.summary),
        a.relationships
            .iter()
            .map(|r| code(r))
            .collect::<Vec<_>>()
            .join(" "),
    ]
}

const AGENT_HEADERS: [&str; 5] = ["Partner user", "Partner", "Through", "May", "Relationships"];

fn elevation_row(e: &ElevationRow, now: chrono::DateTime<chrono::Utc>) -> Vec<String> {
    let state = crate::app::elevations::status_at(e, &crate::clock::fmt_time(now)).to_string();
    let roles: Vec<String> = e.roles.iter().map(|r| r.to_string()).collect();
    vec![
        code(&e.upn),
        code(&e.customer_domain),
        text(&roles.join(" ")),
        status(&state),
        time(Some(&e.requested_at), now, ""),
        time(e.starts_at.as_deref(), now, "not started"),
        time(e.ends_at.as_deref(), now, "-"),
        format!(
            "{}{}",
            text(&e.reason),
            e.ticket
                .as_deref()
                .map(|t| format!(" (ticket {})", text(t)))
                .unwrap_or_default()
        ),
        e.decided_by.as_deref().map(code).unwrap_or_default(),
        time(e.used_at.as_deref(), now, "never used"),
    ]
}

fn header(out: &mut String, d: &ReportData) {
    let now = crate::clock::fmt_time(d.now);
    let _ = write!(
        out,
        "<header><h1>Access review: {} (<code>{}</code>)</h1>\
         <p class=\"muted\">Generated {} by <code>{}</code> with partnerctl {}.</p>",
        text(&d.tenant_name),
        text(&d.tenant_domain),
        time(Some(&now), d.now, ""),
        text(&d.generated_by),
        env!("CARGO_PKG_VERSION"),
    );
    let chain = &d.chain;
    match (&chain.head, chain.ok) {
        (Some(h), true) => {
            let _ = write!(
                out,
                "<p id=\"chain\">Audit chain: <span class=\"ok\">intact</span>, {} entries; head \
                 <code>seq {}</code> <code>{}</code>. Keep this head: <code>partnerctl audit \
                 verify --expect-head {}</code> proves later that no entry up to it changed.</p>",
                chain.entries,
                h.seq,
                text(&h.hash),
                text(&h.hash)
            );
        }
        (_, false) => {
            let _ = write!(
                out,
                "<p id=\"chain\" class=\"bad\">Audit chain BROKEN at entry {}: {}</p>",
                chain.first_bad_seq.unwrap_or(0),
                text(chain.problem.as_deref().unwrap_or(""))
            );
        }
        (None, true) => out.push_str("<p id=\"chain\">Audit chain: empty.</p>"),
    }
    out.push_str("</header>\n");
}

fn relationships(out: &mut String, d: &ReportData) {
    out.push_str("<section id=\"relationships\"><h2>Relationships</h2>\n");
    timeline::draw(out, &d.tenant_domain, &d.relationships, d.now);
    let rows = d.relationships.iter().map(|r| {
        let access: Vec<String> = r.access.iter().map(|a| a.to_string()).collect();
        let assigned: Vec<String> = r
            .assignments
            .iter()
            .map(|a| {
                let roles: Vec<String> = a.roles.iter().map(|r| r.to_string()).collect();
                format!("{}: {}", text(&a.group), text(&roles.join(" ")))
            })
            .collect();
        let ended = match (&r.terminated_at, &r.terminated_by) {
            (Some(at), by) => format!(
                "{} by {}",
                time(Some(at), d.now, ""),
                by.as_deref().map(code).unwrap_or_else(|| "-".into())
            ),
            (None, _) => time(
                r.expires_at.as_deref(),
                d.now,
                if r.auto_extend {
                    "never (extends itself)"
                } else {
                    "never"
                },
            ),
        };
        vec![
            text(&r.name),
            code(&r.partner.domain),
            code(&r.customer.domain),
            status(&r.status.to_string()),
            text(&access.join(" ")),
            time(Some(&r.since), d.now, ""),
            ended,
            assigned.join("<br/>"),
            code(&r.id),
        ]
    });
    table(
        out,
        "relationship-table",
        &[
            "Name",
            "Partner",
            "Customer",
            "Status",
            "Access",
            "Since",
            "Ends",
            "Assignments",
            "Id",
        ],
        rows,
    );
    out.push_str("</section>\n");
}

fn access(out: &mut String, d: &ReportData) {
    out.push_str("<section id=\"access\"><h2>Who can do what</h2>\n");
    let _ = write!(
        out,
        "<h3>Partner users who can act in {}</h3>",
        code(&d.tenant_domain)
    );
    table(
        out,
        "access-table",
        &AGENT_HEADERS,
        d.access.partner_access.iter().map(agent_row),
    );
    if let Some(customers) = &d.customers {
        let _ = write!(
            out,
            "<h3>This partner's agents, per customer ({})</h3>",
            customers.len()
        );
        for c in customers {
            let _ = write!(
                out,
                "<h4>{} {}</h4>",
                code(&c.customer),
                status(&c.status.to_string())
            );
            table(
                out,
                "customer-access",
                &AGENT_HEADERS,
                c.agents.iter().map(agent_row),
            );
        }
    }
    let never: Vec<String> = d
        .access
        .never_delegable
        .iter()
        .map(|a| code(a.id()))
        .collect();
    let _ = write!(
        out,
        "<p>Never delegated, to any partner: {}</p></section>",
        never.join(" ")
    );
    out.push('\n');
}

fn elevations(out: &mut String, d: &ReportData) {
    out.push_str("<section id=\"elevations\"><h2>Just-in-time elevations</h2>\n");
    table(
        out,
        "elevation-table",
        &[
            "User",
            "Customer",
            "Roles",
            "Status",
            "Requested",
            "Starts",
            "Ends",
            "Reason",
            "Approved by",
            "First used",
        ],
        d.elevations.iter().rev().map(|e| elevation_row(e, d.now)),
    );
    out.push_str("</section>\n");
}

fn audit(out: &mut String, d: &ReportData) {
    let a = &d.audit;
    let _ = write!(
        out,
        "<section id=\"audit\"><h2>Audit, last {AUDIT_DAYS} days</h2>\
         <p>{} entries since {}, <span class=\"{}\">{} denied</span>.</p>",
        a.total,
        time(Some(&a.since), d.now, ""),
        if a.denied > 0 { "denied" } else { "muted" },
        a.denied
    );
    table(
        out,
        "audit-actions",
        &["Action", "Allowed", "Denied"],
        a.by_action
            .iter()
            .map(|(action, (ok, no))| vec![code(action), ok.to_string(), no.to_string()]),
    );
    let _ = write!(out, "<h3>Latest {} entries</h3>", a.recent.len());
    table(
        out,
        "audit-recent",
        &["Seq", "At", "Actor", "Action", "Outcome", "Detail"],
        a.recent.iter().map(|e| {
            vec![
                e.seq.to_string(),
                time(Some(&e.at), d.now, ""),
                text(&e.actor_display),
                code(&e.action),
                status(&e.outcome),
                text(e.summary.as_deref().or(e.object.as_deref()).unwrap_or("")),
            ]
        }),
    );
    out.push_str("</section>\n");
}

/// The whole document.
pub fn render(d: &ReportData) -> String {
    let mut out = String::with_capacity(64 * 1024);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\" xmlns=\"http://www.w3.org/1999/xhtml\"><head>\
         <meta charset=\"utf-8\"/>\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\"/>\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\
         <title>Access review: {}</title><style>{STYLE}</style></head>\n<body>\n",
        text(&d.tenant_domain)
    );
    header(&mut out, d);
    relationships(&mut out, d);
    access(&mut out, d);
    elevations(&mut out, d);
    audit(&mut out, d);
    out.push_str(
        "<footer class=\"muted\"><p>Times are UTC. Rights are the permission core's \
         decisions at the time of the report; <code>partnerctl can ACTION --user UPN</code> \
         explains any one of them.</p></footer>\n</body></html>\n",
    );
    out
}
