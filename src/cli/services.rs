//! Tenant services: `licenses`, `domains`, `health`, `requests`, and the `dashboard`.

use clap::Subcommand;

use crate::app::dashboard::{self, Filters};
use crate::app::services::{self, NewRequestInput, RequestView};
use crate::error::Result;
use crate::model::{Capability, HealthStatus, RequestStatus, Service};
use crate::output::{fields, list, opt, table, Format};

use super::Global;

fn parse<T: std::str::FromStr<Err = String>>(s: &str) -> std::result::Result<T, String> {
    s.parse()
}

#[derive(Debug, Subcommand)]
pub enum LicensesCmd {
    /// The tenant's subscriptions: valid, assigned and available units
    List,
    /// The operator's SKU catalogue
    Catalogue,
    /// Buy units of a SKU (billing or global admins; never a partner)
    Buy {
        sku: String,
        #[arg(long, value_name = "N")]
        quantity: i64,
    },
    /// Assign a license to a user
    Assign { sku: String, upn: String },
    /// Take a license back from a user
    Unassign { sku: String, upn: String },
}

#[derive(Debug, Subcommand)]
pub enum DomainsCmd {
    /// The tenant's domains: status, capabilities, default
    List,
    /// Add a domain; prints the TXT record to publish for verification
    Add { name: String },
    /// Verify a domain with the code of its TXT record
    Verify {
        name: String,
        #[arg(long, value_name = "C")]
        code: String,
    },
    /// Set what a verified domain is used for (replaces the current set)
    SetCapabilities {
        name: String,
        /// email, sharepoint, teams or intune (repeatable)
        #[arg(long = "capability", value_name = "X", value_parser = parse::<Capability>, required = true)]
        capabilities: Vec<Capability>,
    },
    /// Remove a domain (not the initial one, not one in use by a UPN)
    Remove { name: String },
}

#[derive(Debug, clap::Args)]
pub struct HealthArgs {
    #[command(subcommand)]
    pub cmd: Option<HealthCmd>,
}

#[derive(Debug, Subcommand)]
pub enum HealthCmd {
    /// Publish a service's status (operator): for every tenant, or one with --tenant
    Set {
        #[arg(value_parser = parse::<Service>)]
        service: Service,
        #[arg(value_parser = parse::<HealthStatus>)]
        status: HealthStatus,
        #[arg(long, value_name = "M")]
        message: Option<String>,
    },
}

#[derive(Debug, Subcommand)]
pub enum RequestsCmd {
    /// The tenant's service requests, open first
    List {
        #[arg(long, value_name = "S", value_parser = parse::<RequestStatus>)]
        status: Option<RequestStatus>,
    },
    /// One request with its comments (SR-000042 or 42)
    Show { number: String },
    /// Open a service request
    Create {
        #[arg(long, value_name = "T")]
        title: String,
        #[arg(long, value_name = "D")]
        description: Option<String>,
        /// 1 (critical) to 4 (low)
        #[arg(long, default_value_t = 3)]
        severity: i64,
    },
    /// Add a comment
    Comment {
        number: String,
        #[arg(long, value_name = "M")]
        message: String,
    },
    /// Close a request
    Close { number: String },
    /// Set a request's status (open, in-progress, resolved, closed)
    Update {
        number: String,
        #[arg(long, value_name = "S", value_parser = parse::<RequestStatus>)]
        status: RequestStatus,
    },
}

#[derive(Debug, clap::Args)]
pub struct DashboardArgs {
    /// A customer's domain: its detail with links to manage it
    pub customer: Option<String>,
    /// Only customers whose worst service health is this
    #[arg(long, value_name = "STATUS", value_parser = parse::<HealthStatus>)]
    pub health: Option<HealthStatus>,
    /// Only relationships expiring within this span, e.g. 30d
    #[arg(long, value_name = "SPAN", value_parser = humantime::parse_duration)]
    pub expiring_within: Option<std::time::Duration>,
    /// Only customers whose name or domain contains TEXT
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
}

fn head(g: &Global) -> &'static str {
    if g.dry_run {
        "dry run: would have "
    } else {
        ""
    }
}

fn date(s: &Option<String>) -> String {
    s.as_deref()
        .map(|d| d.get(..10).unwrap_or(d).to_string())
        .unwrap_or_else(|| "never".into())
}

pub fn licenses(g: &Global, cmd: LicensesCmd) -> Result<i32> {
    let out = g.out();
    if let LicensesCmd::Catalogue = cmd {
        let v = services::list_catalogue();
        out.emit_list(
            &v,
            &["SKU", "NAME", "PRICE/UNIT"],
            v.iter()
                .map(|s| vec![s.sku.clone(), s.name.clone(), s.price_per_unit.clone()])
                .collect(),
        )?;
        return Ok(0);
    }
    let mut ctx = g.ctx()?;
    match cmd {
        LicensesCmd::Catalogue => unreachable!("handled above"),
        LicensesCmd::List => {
            let v = services::list_licenses(&mut ctx)?;
            let rows = v
                .iter()
                .map(|l| {
                    vec![
                        l.sku.clone(),
                        l.name.clone(),
                        l.valid.to_string(),
                        l.assigned.to_string(),
                        l.available.to_string(),
                    ]
                })
                .collect();
            out.emit_list(&v, &["SKU", "NAME", "VALID", "ASSIGNED", "FREE"], rows)?;
        }
        LicensesCmd::Buy { sku, quantity } => {
            let v = services::buy(&mut ctx, &sku, quantity)?;
            out.emit(&v, |v| {
                format!(
                    "{}bought {quantity} × {}: {} valid, {} assigned",
                    head(g),
                    v.sku,
                    v.valid,
                    v.assigned
                )
            })?;
        }
        LicensesCmd::Assign { sku, upn } => {
            let v = services::assign(&mut ctx, &sku, &upn, true)?;
            out.emit(&v, |v| {
                format!(
                    "{}assigned {} to {upn}: {} of {} in use",
                    head(g),
                    v.sku,
                    v.assigned,
                    v.valid
                )
            })?;
        }
        LicensesCmd::Unassign { sku, upn } => {
            let v = services::assign(&mut ctx, &sku, &upn, false)?;
            out.emit(&v, |v| {
                format!(
                    "{}unassigned {} from {upn}: {} of {} in use",
                    head(g),
                    v.sku,
                    v.assigned,
                    v.valid
                )
            })?;
        }
    }
    Ok(0)
}

pub fn domains(g: &Global, cmd: DomainsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        DomainsCmd::List => {
            let v = services::list_domains(&mut ctx)?;
            out.emit_list(
                &v,
                &["DOMAIN", "STATUS", "CAPABILITIES", "DEFAULT"],
                v.iter()
                    .map(|d| {
                        vec![
                            d.name.clone(),
                            d.status.clone(),
                            list(&d.capabilities),
                            if d.default { "yes" } else { "" }.into(),
                        ]
                    })
                    .collect(),
            )?;
        }
        DomainsCmd::Add { name } => {
            let v = services::add_domain(&mut ctx, &name)?;
            out.emit(&v, |v| {
                let mut s = format!("{}added {} (unverified)\n", head(g), v.name);
                if let Some(t) = &v.verification {
                    s.push_str(&format!(
                        "Publish this DNS record, then run `partnerctl domains verify {} --code {}`:\n  {} {} \"{}\"\n",
                        v.name, t.value, v.name, t.record_type, t.value
                    ));
                }
                s
            })?;
        }
        DomainsCmd::Verify { name, code } => {
            let v = services::verify_domain(&mut ctx, &name, &code)?;
            out.emit(&v, |v| format!("{}verified {}", head(g), v.name))?;
        }
        DomainsCmd::SetCapabilities { name, capabilities } => {
            let v = services::set_capabilities(&mut ctx, &name, &capabilities)?;
            out.emit(&v, |v| {
                format!(
                    "{}set {} capabilities: {}",
                    head(g),
                    v.name,
                    list(&v.capabilities)
                )
            })?;
        }
        DomainsCmd::Remove { name } => {
            let v = services::remove_domain(&mut ctx, &name)?;
            out.emit(&v, |v| format!("{}removed {}", head(g), v.name))?;
        }
    }
    Ok(0)
}

pub fn health(g: &Global, a: HealthArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match a.cmd {
        None => {
            let v = services::health(&mut ctx)?;
            // The time of each status is in `-o json` (`updated_at`); the table keeps to what
            // fits 80 columns.
            let rows = v
                .iter()
                .map(|h| vec![h.service.to_string(), h.status.to_string(), opt(&h.message)])
                .collect();
            out.emit_list(&v, &["SERVICE", "STATUS", "MESSAGE"], rows)?;
        }
        Some(HealthCmd::Set {
            service,
            status,
            message,
        }) => {
            let v = services::set_health(&mut ctx, service, status, message.as_deref())?;
            out.emit(&v, |v| {
                format!(
                    "{}published {} {} for {}",
                    head(g),
                    v.service,
                    v.status,
                    v.tenant.as_deref().unwrap_or("all tenants")
                )
            })?;
        }
    }
    Ok(0)
}

/// Service requests for an 80-column terminal: who opened one is in `requests show`.
const REQUEST_HEADERS: [&str; 4] = ["NUMBER", "SEV", "STATUS", "TITLE"];

fn request_rows(v: &[RequestView]) -> Vec<Vec<String>> {
    v.iter()
        .map(|r| {
            vec![
                r.number.clone(),
                r.severity.to_string(),
                r.status.clone(),
                r.title.clone(),
            ]
        })
        .collect()
}

fn request_table(v: &[RequestView]) -> String {
    table(&REQUEST_HEADERS, request_rows(v))
}

pub fn requests(g: &Global, cmd: RequestsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        RequestsCmd::List { status } => {
            let v = services::list_requests(&mut ctx, status)?;
            out.emit_list(&v, &REQUEST_HEADERS, request_rows(&v))?;
        }
        RequestsCmd::Show { number } => {
            let v = services::show_request(&mut ctx, &number)?;
            out.emit(&v, |v| {
                let mut s = fields(&[
                    ("number", v.number.clone()),
                    ("title", v.title.clone()),
                    ("severity", v.severity.to_string()),
                    ("status", v.status.clone()),
                    ("opened", format!("{} by {}", v.created_at, v.created_by)),
                    ("on behalf of", opt(&v.on_behalf_of)),
                    ("description", opt(&v.description)),
                ]);
                for c in v.comments.iter().flatten() {
                    s.push_str(&format!(
                        "\n{} {}:\n  {}\n",
                        c.created_at,
                        c.author,
                        c.message.replace('\n', "\n  ")
                    ));
                }
                s
            })?;
        }
        RequestsCmd::Create {
            title,
            description,
            severity,
        } => {
            let v = services::create_request(
                &mut ctx,
                &NewRequestInput {
                    title,
                    description,
                    severity,
                },
            )?;
            out.emit(&v, |v| {
                format!("{}opened {}: {}", head(g), v.number, v.title)
            })?;
        }
        RequestsCmd::Comment { number, message } => {
            let v = services::comment_request(&mut ctx, &number, &message)?;
            out.emit(&v, |v| format!("{}commented on {}", head(g), v.number))?;
        }
        RequestsCmd::Close { number } => {
            let v = services::set_request_status(&mut ctx, &number, RequestStatus::Closed)?;
            out.emit(&v, |v| format!("{}closed {}", head(g), v.number))?;
        }
        RequestsCmd::Update { number, status } => {
            let v = services::set_request_status(&mut ctx, &number, status)?;
            out.emit(&v, |v| {
                format!("{}set {} to {}", head(g), v.number, v.status)
            })?;
        }
    }
    Ok(0)
}

const OVERVIEW_HEADERS: [&str; 7] = [
    "CUSTOMER", "DOMAIN", "EXPIRES", "HEALTH", "SRS", "LIC", "DOMS",
];

fn overview_rows(v: &dashboard::Overview) -> Vec<Vec<String>> {
    v.customers
        .iter()
        .map(|c| {
            vec![
                c.name.clone(),
                c.domain.clone(),
                date(&c.expires_at),
                c.health.to_string(),
                c.open_service_requests.to_string(),
                c.licenses
                    .as_ref()
                    .map_or("-".into(), |l| format!("{}/{}", l.assigned, l.valid)),
                c.domains.map_or("-".into(), |n| n.to_string()),
            ]
        })
        .collect()
}

/// The partner dashboard as people read it: the table and a legend.
pub(super) fn overview_text(v: &dashboard::Overview, rows: Vec<Vec<String>>) -> String {
    let mut s = table(&OVERVIEW_HEADERS, rows);
    if !s.ends_with('\n') {
        s.push('\n');
    }
    s.push_str(&format!(
        "\n{} customer(s). SRS: open service requests; LIC: licenses assigned/valid;\nDOMS: domains. Details: partnerctl dashboard DOMAIN\n",
        v.customers.len()
    ));
    s
}

/// The overview of the signed-in partner user, for `demo` to show.
pub(super) fn overview_for(ctx: &mut crate::app::Ctx) -> Result<String> {
    let v = dashboard::overview(
        ctx,
        &Filters {
            health: None,
            expiring_within: None,
            search: None,
        },
    )?;
    let rows = overview_rows(&v);
    Ok(overview_text(&v, rows))
}

pub fn dashboard(g: &Global, a: DashboardArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    if a.customer.is_none() && dashboard::is_partner_view(&mut ctx)? {
        let v = dashboard::overview(
            &mut ctx,
            &Filters {
                health: a.health,
                expiring_within: a.expiring_within,
                search: a.search,
            },
        )?;
        let rows = overview_rows(&v);
        if matches!(out.format, Format::Tsv | Format::Csv) {
            return out
                .emit_list(&v.customers, &OVERVIEW_HEADERS, rows)
                .map(|_| 0);
        }
        return out.emit(&v, |v| overview_text(v, rows)).map(|_| 0);
    }
    let v = dashboard::detail(&mut ctx, a.customer.as_deref())?;
    out.emit(&v, |v| {
        let c = &v.customer;
        let mut s = format!("{} ({})\n", c.name, c.domain);
        let mut info = vec![
            ("email", opt(&c.contact.email)),
            ("phone", opt(&c.contact.phone)),
            ("address", opt(&c.contact.address)),
        ];
        if let Some(r) = &v.relationship {
            info.push((
                "relationship",
                format!(
                    "{} since {}, expires {}",
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
            table(
                &["SERVICE", "STATUS", "MESSAGE"],
                v.health
                    .iter()
                    .map(|h| vec![h.service.to_string(), h.status.to_string(), opt(&h.message)]),
            ),
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
                    .map(|d| vec![d.name.clone(), d.status.clone(), list(&d.capabilities)]),
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
