//! `relationships list/show/terminate`, and what the partner-relationship commands share: the
//! relationship table of `partners list` and `customers list`.

use clap::Subcommand;
use clap_complete::engine::ArgValueCandidates;

use crate::app::relationships::{self, RelationshipEntry, RelationshipView};
use crate::error::Result;
use crate::output::{fields, list, opt, Out};

use super::render::{changed, head};
use super::Global;

#[derive(Debug, Subcommand)]
pub enum RelationshipsCmd {
    /// Your tenant's relationships one by one, as partner and as customer (active ones;
    /// --all: expired and terminated too)
    List {
        #[arg(long)]
        all: bool,
    },
    /// One relationship: parties, name, access, dates, what it renews, its assignments
    Show {
        #[arg(value_name = "ID", add = ArgValueCandidates::new(super::complete::relationships))]
        id: String,
    },
    /// End one relationship (asks for confirmation; --yes to skip): its agents lose access on
    /// their next command
    Terminate {
        #[arg(value_name = "ID", add = ArgValueCandidates::new(super::complete::relationships))]
        id: String,
    },
    /// Give a group's members roles in the customer through this relationship (a subset of
    /// its access; replaces what the group held on it)
    Assign {
        #[arg(value_name = "ID", add = ArgValueCandidates::new(super::complete::relationships))]
        id: String,
        /// A group: admin-agents, helpdesk-agents, sales-agents, or one of your own
        #[arg(long, value_name = "G")]
        group: String,
        /// A directory role of the relationship's access (repeatable)
        #[arg(long = "role", value_name = "ROLE", value_enum, required = true)]
        roles: Vec<crate::model::DirectoryRole>,
    },
    /// Renewal invites from a template for every matching relationship (DAP → GDAP, or what
    /// is about to expire), all or nothing; each accepted invite renews its relationship
    /// without a gap. Try it with --dry-run first
    Migrate {
        /// The template the new relationships follow (templates create)
        #[arg(long, value_name = "T")]
        template: String,
        /// Only classic DAP relationships (global-admin, no expiry)
        #[arg(long)]
        dap_only: bool,
        /// Only relationships expiring within this span (e.g. 30d)
        #[arg(long, value_name = "SPAN")]
        expiring_within: Option<String>,
        /// Write one .eml invitation per invite into DIR (to the customer's contact e-mail)
        #[arg(long, value_name = "DIR")]
        email_dir: Option<std::path::PathBuf>,
        /// Pass over relationships that already have a pending renewal invite (a re-run)
        /// instead of refusing
        #[arg(long)]
        skip_existing: bool,
    },
    /// End a group's assignment on this relationship
    Unassign {
        #[arg(value_name = "ID", add = ArgValueCandidates::new(super::complete::relationships))]
        id: String,
        #[arg(long, value_name = "G")]
        group: String,
    },
}

pub fn run(g: &Global, cmd: RelationshipsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        RelationshipsCmd::List { all } => {
            let v = relationships::list(&mut ctx, all)?;
            let now = ctx.clock.now();
            out.emit_list(
                &v,
                &[
                    "ID", "NAME", "PARTNER", "CUSTOMER", "STATUS", "ACCESS", "EXPIRES",
                ],
                |r| {
                    vec![
                        r.id.clone(),
                        r.name.clone(),
                        r.partner.domain.clone(),
                        r.customer.domain.clone(),
                        r.status.id().to_string(),
                        list(&r.access),
                        out.time_or(r.expires_at.as_deref(), now, "never"),
                    ]
                },
            )?;
        }
        RelationshipsCmd::Show { id } => {
            let v = relationships::show(&mut ctx, &id)?;
            out.emit(ctx.plan(), &v, entry_fields)?;
        }
        RelationshipsCmd::Assign { id, group, roles } => {
            let v = relationships::assign(&mut ctx, &id, &group, &roles)?;
            changed(g, &ctx, &v, "assigned", |v| {
                format!(
                    "[{}] to group {} on relationship {} ({})\n",
                    list(&v.roles),
                    v.group,
                    v.relationship_id,
                    v.relationship
                )
            })?;
        }
        RelationshipsCmd::Migrate {
            template,
            dap_only,
            expiring_within,
            email_dir,
            skip_existing,
        } => {
            let expiring_within = expiring_within
                .map(|s| {
                    crate::model::parse_span(
                        "--expiring-within",
                        &s,
                        std::time::Duration::from_secs(3600),
                        std::time::Duration::from_secs(3650 * 86_400),
                    )
                    .map_err(crate::error::Error::invalid)
                })
                .transpose()?;
            let v = relationships::migrate(
                &mut ctx,
                &relationships::MigrateInput {
                    template: &template,
                    dap_only,
                    expiring_within,
                    email_dir: email_dir.as_deref(),
                    skip_existing,
                    quiet: g.quiet,
                },
            )?;
            out.emit(ctx.plan(), &v, |v| {
                let mut s = format!(
                    "{} {} renewal invite(s) from template {} ({} relationship(s) matched)\n",
                    head(g, "created"),
                    v.created.len(),
                    v.template,
                    v.matched
                );
                for c in &v.created {
                    let what = format!("{} ({})", c.customer, c.relationship);
                    s.push_str(&super::invites::issued_line(&what, &c.issued));
                }
                for k in &v.skipped {
                    s.push_str(&format!("  skipped relationship {}: {}\n", k.key, k.reason));
                }
                s
            })?;
        }
        RelationshipsCmd::Unassign { id, group } => {
            let v = relationships::unassign(&mut ctx, &id, &group)?;
            changed(g, &ctx, &v, "unassigned", |v| {
                format!(
                    "group {} from relationship {} ({})\n",
                    v.group, v.relationship_id, v.relationship
                )
            })?;
        }
        RelationshipsCmd::Terminate { id } => {
            let v = relationships::terminate(&mut ctx, &id)?;
            changed(g, &ctx, &v, "terminated", |v| {
                format!(
                    "{} ({}): {} no longer administers {} through it\n",
                    ended_list(&v.relationships),
                    v.first.name,
                    v.domains().0,
                    v.domains().1
                )
            })?;
        }
    }
    Ok(0)
}

/// The day of a time, or `never`.
fn entry_fields(r: &RelationshipEntry) -> String {
    let assignments = if r.assignments.is_empty() {
        "-".to_string()
    } else {
        r.assignments
            .iter()
            .map(|a| format!("{}: {}", a.group, list(&a.roles)))
            .collect::<Vec<_>>()
            .join("\n")
    };
    fields(&[
        ("id", r.id.clone()),
        ("name", r.name.clone()),
        ("status", r.status.id().to_string()),
        (
            "partner",
            format!("{} ({})", r.partner.name, r.partner.domain),
        ),
        (
            "customer",
            format!("{} ({})", r.customer.name, r.customer.domain),
        ),
        ("access", list(&r.access)),
        ("since", r.since.clone()),
        (
            "expires",
            r.expires_at.clone().unwrap_or_else(|| "never".into()),
        ),
        (
            "auto-extend",
            if r.auto_extend { "yes" } else { "no" }.into(),
        ),
        ("renews", opt(&r.renews)),
        ("accepted by", r.accepted_by.clone()),
        (
            "terminated",
            match (&r.terminated_at, &r.terminated_by) {
                (Some(at), Some(by)) => format!("{at} by {by}"),
                _ => "-".into(),
            },
        ),
        ("assignments", assignments),
    ])
}

/// The headers of the relationship lists, for the partner's side (its customers) or the
/// customer's (its partners).
pub(super) fn relationship_headers(partner_side: bool) -> [&'static str; 7] {
    let other = if partner_side { "CUSTOMER" } else { "PARTNER" };
    [
        other, "NAME", "STATUS", "ACCESS", "SINCE", "EXPIRES", "CONTACT",
    ]
}

/// A tenant's contact details in full, on one line: e-mail, phone, address.
fn contact_line(c: &crate::app::tenants::Contact) -> String {
    let parts: Vec<String> = [&c.email, &c.phone, &c.address]
        .into_iter()
        .flatten()
        .map(|p| p.lines().map(str::trim).collect::<Vec<_>>().join(", "))
        .collect();
    if parts.is_empty() {
        "-".to_string()
    } else {
        parts.join("; ")
    }
}

/// One relationship as a row of those lists: times as people read them in tables (RFC 3339
/// in TSV and CSV); a terminated relationship says when it ended.
pub(super) fn relationship_cells(
    out: &Out,
    now: chrono::DateTime<chrono::Utc>,
    r: &RelationshipView,
    partner_side: bool,
) -> Vec<String> {
    let t = if partner_side {
        &r.customer
    } else {
        &r.partner
    };
    let (domain, name, contact) = t
        .as_ref()
        .map(|t| (t.domain.clone(), t.name.clone(), contact_line(&t.contact)))
        .unwrap_or_default();
    let ends = match (&r.terminated_at, &r.expires_at) {
        (Some(at), _) => format!("ended {}", out.time(at, now)),
        (None, Some(at)) => out.time(at, now),
        (None, None) => "never".into(),
    };
    vec![
        domain,
        name,
        r.status.id().to_string(),
        list(&r.access),
        out.time(&r.since, now),
        ends,
        contact,
    ]
}

pub(super) fn relationship_rows(
    out: &Out,
    now: chrono::DateTime<chrono::Utc>,
    v: &[RelationshipView],
    partner_side: bool,
) -> Result<()> {
    out.emit_list(v, &relationship_headers(partner_side), |r| {
        relationship_cells(out, now, r, partner_side)
    })
}

/// `relationship ID` or `relationships ID1 (NAME), ID2 (NAME)`, for the lines that say what
/// ended.
pub fn ended_list(v: &[RelationshipView]) -> String {
    match v {
        [one] => format!("relationship {}", one.relationship_id),
        many => format!(
            "relationships {}",
            many.iter()
                .map(|r| format!("{} ({})", r.relationship_id, r.name))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}
