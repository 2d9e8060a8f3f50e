//! Dynamic completion candidates: the values of the current store (see
//! [`crate::app::complete`]) for the arguments that name customers, partners, users,
//! invites, relationships and elevations. The store is the one `PARTNERCTL_DB` names, else
//! the default; the session, the one `login` saved for it or `PARTNERCTL_TOKEN`.

use clap_complete::engine::CompletionCandidate;

use crate::app::complete::{values, Kind};
use crate::app::Options;

fn options() -> Option<Options> {
    let db = std::env::var_os("PARTNERCTL_DB").filter(|v| !v.is_empty());
    Some(Options {
        db: super::location(db.as_deref().map(std::path::Path::new)).ok()?,
        tenant: None,
        yes: false,
        no_input: true,
        dry_run: false,
    })
}

fn of(kind: Kind) -> Vec<CompletionCandidate> {
    let Some(opts) = options() else {
        return Vec::new();
    };
    values(opts, kind)
        .into_iter()
        .map(|(v, help)| {
            CompletionCandidate::new(v)
                .help(Some(crate::output::sanitize(&help).into_owned().into()))
        })
        .collect()
}

pub fn customers() -> Vec<CompletionCandidate> {
    of(Kind::Customers)
}

pub fn partners() -> Vec<CompletionCandidate> {
    of(Kind::Partners)
}

pub fn users() -> Vec<CompletionCandidate> {
    of(Kind::Users)
}

pub fn invites() -> Vec<CompletionCandidate> {
    of(Kind::Invites)
}

pub fn relationships() -> Vec<CompletionCandidate> {
    of(Kind::Relationships)
}

pub fn elevations() -> Vec<CompletionCandidate> {
    of(Kind::Elevations)
}
