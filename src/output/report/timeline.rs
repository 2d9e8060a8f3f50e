//! The relationships as bars on a time axis, in SVG: each from its start to its end
//! (termination, expiry, or open to the right edge when it has none), with today marked.

use std::fmt::Write;

use chrono::{DateTime, Duration, Utc};

use super::text;
use crate::app::relationships::RelationshipEntry;
use crate::clock::parse_time;

const WIDTH: f64 = 1000.0;
const LABELS: f64 = 300.0;
const ROW: f64 = 24.0;
const TOP: f64 = 30.0;
const TICKS: i64 = 6;

struct Bar<'a> {
    r: &'a RelationshipEntry,
    from: DateTime<Utc>,
    to: Option<DateTime<Utc>>,
}

/// Draws the timeline, or says there is nothing to draw.
pub fn draw(out: &mut String, tenant: &str, rels: &[RelationshipEntry], now: DateTime<Utc>) {
    let bars: Vec<Bar<'_>> = rels
        .iter()
        .filter_map(|r| {
            let from = parse_time(&r.since).ok()?;
            let to = r
                .terminated_at
                .as_deref()
                .or(r.expires_at.as_deref())
                .and_then(|t| parse_time(t).ok());
            Some(Bar { r, from, to })
        })
        .collect();
    if bars.is_empty() {
        out.push_str("<p class=\"muted\">No relationships to draw.</p>\n");
        return;
    }
    let start = bars.iter().map(|b| b.from).min().unwrap_or(now).min(now) - Duration::days(7);
    let mut end = bars
        .iter()
        .filter_map(|b| b.to)
        .max()
        .unwrap_or(now)
        .max(now);
    if bars.iter().any(|b| b.to.is_none()) {
        end = end.max(now + Duration::days(90));
    }
    end += Duration::days(7);
    let span = (end - start).num_seconds().max(1) as f64;
    let chart = WIDTH - LABELS - 10.0;
    let x = |t: DateTime<Utc>| LABELS + chart * ((t - start).num_seconds() as f64 / span);
    let height = TOP + ROW * bars.len() as f64 + 24.0;
    let _ = write!(
        out,
        "<svg id=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" \
         viewBox=\"0 0 {WIDTH} {height}\" width=\"{WIDTH}\" height=\"{height}\">\
         <title>Relationships from {} to {}</title>",
        start.format("%Y-%m-%d"),
        end.format("%Y-%m-%d")
    );
    for i in 0..=TICKS {
        let t = start + Duration::seconds((span as i64) * i / TICKS);
        let tx = x(t);
        let anchor = if i == TICKS { "end" } else { "middle" };
        let _ = write!(
            out,
            "<line x1=\"{tx:.1}\" y1=\"{}\" x2=\"{tx:.1}\" y2=\"{height}\" stroke=\"#d0d7de\"/>\
             <text x=\"{tx:.1}\" y=\"14\" text-anchor=\"{anchor}\" fill=\"#57606a\">{}</text>",
            TOP - 8.0,
            t.format("%Y-%m-%d")
        );
    }
    for (i, b) in bars.iter().enumerate() {
        let y = TOP + ROW * i as f64;
        let x1 = x(b.from);
        let x2 = b.to.map_or(WIDTH - 10.0, x).max(x1 + 2.0);
        let colour = match b.r.status.to_string().as_str() {
            "active" => "#2da44e",
            "terminated" => "#cf222e",
            _ => "#8c959f",
        };
        let ends = match (&b.r.terminated_at, b.to) {
            (Some(_), Some(t)) => format!("terminated {}", t.format("%Y-%m-%d")),
            (None, Some(t)) => format!("ends {}", t.format("%Y-%m-%d")),
            _ => "no end date".to_string(),
        };
        let label = format!("{} → {}", b.r.partner.domain, b.r.customer.domain);
        // The other side of the relationship, seen from the tenant under review.
        let other = if b.r.partner.domain == tenant {
            &b.r.customer.domain
        } else {
            &b.r.partner.domain
        };
        let short = if &b.r.name == other {
            other.clone()
        } else {
            format!("{} ({other})", b.r.name)
        };
        let _ = write!(
            out,
            "<g class=\"bar\" data-id=\"{id}\"><title>{name} ({status}): {label}, from {from}, {ends}</title>\
             <text x=\"4\" y=\"{ty:.1}\">{short}</text>\
             <rect x=\"{x1:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" rx=\"3\" fill=\"{colour}\"{open}/></g>",
            id = text(&b.r.id),
            name = text(&b.r.name),
            status = text(&b.r.status.to_string()),
            label = text(&label),
            from = b.from.format("%Y-%m-%d"),
            ends = text(&ends),
            ty = y + ROW * 0.65,
            short = text(&super::super::fit::shorten(&short, 42)),
            w = x2 - x1,
            h = ROW - 8.0,
            open = if b.to.is_none() { " fill-opacity=\"0.55\"" } else { "" },
        );
    }
    let tx = x(now);
    let _ = write!(
        out,
        "<line id=\"today\" x1=\"{tx:.1}\" y1=\"{}\" x2=\"{tx:.1}\" y2=\"{}\" \
         stroke=\"#0969da\" stroke-width=\"2\" stroke-dasharray=\"4 3\"/>\
         <text x=\"{tx:.1}\" y=\"{}\" text-anchor=\"middle\" fill=\"#0969da\">today</text></svg>",
        TOP - 8.0,
        height - 18.0,
        height - 6.0
    );
    out.push('\n');
}
