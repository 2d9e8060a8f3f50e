//! `access`: who can do what in this tenant, and for a partner, its agents per customer.

use std::collections::BTreeMap;
use std::io::Write;

use serde::Serialize;

use crate::app::access::{self, AccessHead, CustomerAccess};
use crate::error::Result;
use crate::output::stream::{write_json, write_stdout_with, Streamed, TableRows};
use crate::output::{list, Format};

use super::Global;

/// The view as one JSON document, its customers written while they are read.
#[derive(Serialize)]
struct AccessDoc<'a, S> {
    #[serde(flatten)]
    head: &'a AccessHead,
    #[serde(skip_serializing_if = "Option::is_none")]
    customers: Option<&'a S>,
}

fn summary(m: &BTreeMap<String, Vec<String>>) -> String {
    m.iter()
        .map(|(k, vs)| format!("{k}: {}", vs.join(" ")))
        .collect::<Vec<_>>()
        .join("; ")
}

fn table(headers: &[&str], rows: impl IntoIterator<Item = Vec<String>>) -> TableRows {
    let mut t = TableRows::new(headers);
    for r in rows {
        t.push(&r);
    }
    t
}

pub fn run(g: &Global) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    access::access(&mut ctx, |head, customers| {
        if out.format == Format::Json {
            return match customers {
                None => write_json(&AccessDoc::<()> {
                    head,
                    customers: None,
                }),
                Some(rows) => {
                    let customers =
                        Streamed::new(|emit: &mut dyn FnMut(&CustomerAccess) -> Result<()>| {
                            rows.each(|c| emit(&c))
                        });
                    customers.finish(write_json(&AccessDoc {
                        head,
                        customers: Some(&customers),
                    }))
                }
            };
        }
        if !matches!(out.format, Format::Table) {
            return Err(crate::error::Error::invalid(crate::output::NOT_A_LIST));
        }
        write_stdout_with(|w: &mut dyn Write| {
            writeln!(w, "Partner users who can act in {} today", head.tenant)?;
            // A table ends its lines, `(none)` does not: the text keeps the layout it had when
            // it was one string, ended with a line break.
            let t = table(
                &["USER", "PARTNER", "VIA", "MAY"],
                head.partner_access.iter().map(|a| {
                    vec![
                        a.upn.clone(),
                        a.partner.clone(),
                        list(&a.via),
                        summary(&a.summary),
                    ]
                }),
            );
            t.write(w)?;
            let never = format!(
                "Never delegated to a partner: {}",
                list(&head.never_delegable)
            );
            writeln!(w, "\n{}", crate::output::prose(&never, 2))?;
            let mut ended = true;
            if let Some(rows) = customers {
                rows.each(|c| {
                    writeln!(
                        w,
                        "\nCustomer {} (relationship {})",
                        c.customer, c.relationship_id
                    )?;
                    let t = table(
                        &["AGENT", "VIA", "MAY"],
                        c.agents
                            .iter()
                            .map(|a| vec![a.upn.clone(), list(&a.via), summary(&a.summary)]),
                    );
                    t.write(w)?;
                    ended = !t.is_empty();
                    Ok(())
                })?;
            }
            if !ended {
                writeln!(w)?;
            }
            Ok(())
        })
    })?;
    Ok(0)
}
