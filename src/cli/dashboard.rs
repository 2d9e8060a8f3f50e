//! `dashboard`: the partner's customers at a glance, or one customer's detail.

use clap_complete::engine::ArgValueCandidates;
use std::io::Write;

use serde::Serialize;

use crate::app::dashboard::{self, Filters};
use crate::error::{Error, Result};
use crate::model::HealthStatus;
use crate::output::stream::{write_json, write_stdout_with, Streamed, TableRows};
use crate::output::{csv_cell, fields, list, opt, table, tsv, Format, Out, Style};

use super::health::{health_cells, HEALTH_HEADERS};
use super::requests::request_table;
use super::Global;

#[derive(Debug, clap::Args)]
pub struct DashboardArgs {
    /// A customer's domain: its detail with links to manage it
    #[arg(add = ArgValueCandidates::new(super::complete::customers))]
    pub customer: Option<String>,
    /// Only customers whose worst service health is this
    #[arg(long, value_name = "STATUS", value_enum)]
    pub health: Option<HealthStatus>,
    /// Only relationships expiring within this span, e.g. 30d
    #[arg(long, value_name = "SPAN", value_parser = humantime::parse_duration)]
    pub expiring_within: Option<std::time::Duration>,
    /// Only customers whose name or domain contains TEXT
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

fn date(s: &Option<String>) -> String {
    s.as_deref()
        .map(|d| d.get(..10).unwrap_or(d).to_string())
        .unwrap_or_else(|| "never".into())
}

/// The overview's columns for scripts (`-o tsv`, `-o csv`): STATUS came later, so it comes
/// last and the earlier columns keep their places.
const OVERVIEW_HEADERS: [&str; 8] = [
    "CUSTOMER", "DOMAIN", "EXPIRES", "HEALTH", "SRS", "LIC", "DOMS", "STATUS",
];

/// Where the table for people shows STATUS: beside the expiry.
const STATUS_AT: usize = 2;

fn overview_row(c: &dashboard::CustomerRow) -> Vec<String> {
    vec![
        c.name.clone(),
        c.domain.clone(),
        date(&c.expires_at),
        c.health.map_or("-".into(), |h| h.to_string()),
        c.open_service_requests
            .map_or("-".into(), |n| n.to_string()),
        c.licenses
            .as_ref()
            .map_or("-".into(), |l| format!("{}/{}", l.assigned, l.valid)),
        c.domains.map_or("-".into(), |n| n.to_string()),
        c.status.id().to_string(),
    ]
}

/// A row (or the headers) in the order of the table for people.
fn status_beside_expiry<T>(mut row: Vec<T>) -> Vec<T> {
    if let Some(status) = row.pop() {
        row.insert(STATUS_AT, status);
    }
    row
}

/// The styles of an overview row's cells for people, in [`overview_row`]'s order: worse
/// health in yellow or red, an expiry within 7 days red and within 30 days yellow, a
/// relationship no longer active red.
fn overview_styles(
    c: &dashboard::CustomerRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Vec<Option<Style>> {
    let health = match c.health {
        Some(HealthStatus::Operational) => Some(Style::Green),
        Some(HealthStatus::Advisory) | Some(HealthStatus::Degraded) => Some(Style::Yellow),
        Some(HealthStatus::Interrupted) => Some(Style::Red),
        None => None,
    };
    let days = c
        .expires_at
        .as_deref()
        .and_then(|e| crate::clock::parse_time(e).ok())
        .map(|e| (e - now).num_days());
    let expiry = match days {
        Some(d) if d < 7 => Some(Style::Red),
        Some(d) if d < 30 => Some(Style::Yellow),
        _ => None,
    };
    let status = (c.status != crate::model::RelationshipStatus::Active).then_some(Style::Red);
    vec![None, None, expiry, health, None, None, None, status]
}

/// The partner dashboard as people read it: the table and a legend.
fn overview_text(
    rows: &mut crate::app::Rows<'_, dashboard::CustomerRow>,
    out: &mut dyn Write,
    color: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<()> {
    let mut t = TableRows::painted(&status_beside_expiry(OVERVIEW_HEADERS.to_vec()), color);
    rows.each(|c| {
        let cells: Vec<_> = overview_row(&c)
            .into_iter()
            .zip(overview_styles(&c, now))
            .collect();
        t.push_painted(&status_beside_expiry(cells));
        Ok(())
    })?;
    let mut w = || -> std::io::Result<()> {
        t.write(out)?;
        if t.is_empty() {
            writeln!(out)?;
        }
        write!(
            out,
            "\n{} customer(s). SRS: open service requests; LIC: licenses assigned/valid;\nDOMS: domains; -: not yours to read. Details: partnerctl dashboard DOMAIN\n",
            t.len()
        )
    };
    Ok(w()?)
}

/// The overview of the signed-in partner user, for `demo` to show.
pub(super) fn overview_for(ctx: &mut crate::app::Ctx) -> Result<String> {
    let mut out = Vec::new();
    let now = ctx.clock.now();
    dashboard::overview(
        ctx,
        &Filters {
            health: None,
            expiring_within: None,
            search: None,
        },
        |_, rows| overview_text(rows, &mut out, false, now),
    )?;
    Ok(String::from_utf8_lossy(&out).into_owned())
}

/// The overview as one JSON document, written while its rows are read.
#[derive(Serialize)]
struct OverviewDoc<'a, S> {
    partner: &'a str,
    customers: &'a S,
}

fn overview(ctx: &mut crate::app::Ctx, out: &Out, filters: &Filters) -> Result<()> {
    let now = ctx.clock.now();
    dashboard::overview(ctx, filters, |partner, rows| match out.format {
        Format::Json => {
            let customers = Streamed::new(
                |emit: &mut dyn FnMut(&dashboard::CustomerRow) -> Result<()>| {
                    rows.each(|c| emit(&c))
                },
            );
            customers.finish(write_json(&OverviewDoc {
                partner,
                customers: &customers,
            }))
        }
        Format::Tsv => write_stdout_with(|w| {
            rows.each(|c| Ok(w.write_all(tsv([overview_row(&c)]).as_bytes())?))
        }),
        Format::Csv => write_stdout_with(|w| {
            let mut csv = csv::Writer::from_writer(w);
            let enc = |e: csv::Error| Error::internal(format!("cannot encode CSV: {e}"));
            csv.write_record(OVERVIEW_HEADERS).map_err(enc)?;
            rows.each(|c| {
                csv.write_record(overview_row(&c).iter().map(|c| csv_cell(c)))
                    .map_err(enc)
            })?;
            csv.flush()?;
            Ok(())
        }),
        Format::Table => write_stdout_with(|w| overview_text(rows, w, out.color_stdout, now)),
    })
}

pub fn run(g: &Global, a: DashboardArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    if a.customer.is_none() && dashboard::is_partner_view(&mut ctx)? {
        let filters = Filters {
            health: a.health,
            expiring_within: a.expiring_within,
            search: a.search,
        };
        overview(&mut ctx, &out, &filters)?;
        return Ok(0);
    }
    let v = dashboard::detail(&mut ctx, a.customer.as_deref())?;
    out.emit(ctx.plan(), &v, |v| {
        let c = &v.customer;
        let mut s = format!("{} ({})\n", c.name, c.domain);
        let mut info = vec![
            ("email", opt(&c.contact.email)),
            ("phone", opt(&c.contact.phone)),
            ("address", opt(&c.contact.address)),
        ];
        // Each relationship with this partner, by name, then the roles it delegates.
        for r in &v.relationships {
            info.push((
                "relationship",
                format!(
                    "{}: {} since {}, expires {}",
                    r.name,
                    r.status.id(),
                    date(&Some(r.since.clone())),
                    date(&r.expires_at)
                ),
            ));
            info.push(("access", list(&r.access)));
        }
        s.push_str(&fields(&info));
        // One section: its title, then its table, or why it is not shown.
        let mut section = |title: &str, key: &str, body: String| {
            s.push_str(&format!("\n{title}\n"));
            if v.restricted.contains(&key) {
                s.push_str("(not shown: your access does not include it)\n");
            } else {
                s.push_str(body.trim_end());
                s.push('\n');
            }
        };
        section(
            "Service health",
            "health",
            table(&HEALTH_HEADERS, v.health.iter().map(health_cells)),
        );
        section(
            "Service requests",
            "service_requests",
            request_table(&v.service_requests),
        );
        section(
            "Licenses",
            "licenses",
            table(
                &["SKU", "NAME", "ASSIGNED", "VALID"],
                v.licenses.iter().map(|l| {
                    vec![
                        l.sku.clone(),
                        l.name.clone(),
                        l.assigned.to_string(),
                        l.valid.to_string(),
                    ]
                }),
            ),
        );
        section(
            "Domains",
            "domains",
            table(
                &["DOMAIN", "STATUS", "CAPABILITIES"],
                v.domains
                    .iter()
                    .map(|d| vec![d.name.clone(), d.status.to_string(), list(&d.capabilities)]),
            ),
        );
        // The reason of each "no" goes below the table, so the commands keep to 80 columns.
        section(
            "Manage",
            "",
            table(
                &["AREA", "COMMAND", "YOU"],
                v.links.iter().map(|l| {
                    vec![
                        l.area.to_string(),
                        l.command.clone(),
                        if l.allowed { "yes" } else { "no" }.to_string(),
                    ]
                }),
            ),
        );
        if !v.pending_offers.is_empty() {
            section(
                "Pending offers",
                "",
                table(
                    &["OFFER", "TOTAL", "DELEGATED ADMIN", "EXPIRES"],
                    v.pending_offers.iter().map(|o| {
                        vec![
                            o.id.clone(),
                            o.total.clone(),
                            if o.delegated_admin { "requested" } else { "no" }.to_string(),
                            o.expires_at.clone(),
                        ]
                    }),
                ),
            );
        }
        let mut denied: Vec<(&str, Vec<&str>)> = Vec::new();
        for l in v.links.iter().filter(|l| !l.allowed) {
            match denied.iter_mut().find(|(r, _)| *r == l.reason) {
                Some((_, areas)) => areas.push(l.area),
                None => denied.push((&l.reason, vec![l.area])),
            }
        }
        for (reason, areas) in denied {
            s.push_str(&format!("no ({reason}): {}\n", areas.join(", ")));
        }
        s
    })?;
    Ok(0)
}
