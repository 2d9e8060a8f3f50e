//! What the partner-relationship commands share: the dry-run heading and the relationship
//! table of `partners list` and `customers list`.

use crate::app::relationships::RelationshipView;
use crate::error::Result;
use crate::output::{list, opt, Out};

use super::Global;

/// `done`, or under `--dry-run` what would have been done.
pub(super) fn head(g: &Global, done: &str) -> String {
    if g.dry_run {
        format!("dry run: would have {done}")
    } else {
        done.to_string()
    }
}

pub(super) fn relationship_rows(
    out: &Out,
    v: &[RelationshipView],
    partner_side: bool,
) -> Result<()> {
    let other = if partner_side { "CUSTOMER" } else { "PARTNER" };
    let rows = v
        .iter()
        .map(|r| {
            let t = if partner_side {
                &r.customer
            } else {
                &r.partner
            };
            let (domain, name, contact) = t
                .as_ref()
                .map(|t| (t.domain.clone(), t.name.clone(), opt(&t.contact.email)))
                .unwrap_or_default();
            vec![
                domain,
                name,
                r.status.id().to_string(),
                list(&r.access),
                r.since.get(..10).unwrap_or(&r.since).to_string(),
                r.expires_at
                    .as_deref()
                    .map(|e| e.get(..10).unwrap_or(e).to_string())
                    .unwrap_or_else(|| "never".into()),
                contact,
            ]
        })
        .collect();
    out.emit_list(
        &v,
        &[
            other, "NAME", "STATUS", "ACCESS", "SINCE", "EXPIRES", "CONTACT",
        ],
        rows,
    )
}

/// The rows a bulk run skipped, one line each, for the summary of `--from-csv` runs.
pub fn skipped_lines(out: &mut String, skipped: &[crate::app::csv::Skipped]) {
    for k in skipped {
        out.push_str(&format!(
            "  line {}: skipped {} ({})\n",
            k.line, k.key, k.reason
        ));
    }
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
