//! `accept` and `decline`: the customer's answer to a partner's invite. Kept apart from
//! `invites`: these are run by the customer's global admins and relationship admins, with the
//! token the partner sent, while `invite` and `invites` are the partner's.

use crate::app::invites;
use crate::error::Result;
use crate::output::{fields, list};

use super::render::changed;
use super::Global;

#[derive(Debug, clap::Args)]
pub struct TokenArgs {
    /// The invite token, or the link that ends in it
    pub token: String,
}

pub fn accept(g: &Global, a: TokenArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = invites::accept(&mut ctx, &a.token)?;
    changed(g, &ctx, &v, "accepted", |v| {
        format!(
            "{} ({}) as a delegated administrator of {}\n{}",
            v.partner.name,
            v.partner.domain,
            v.customer.domain,
            fields(&[
                ("relationship", v.id.clone()),
                ("access", list(&v.access)),
                (
                    "expires",
                    v.expires_at.clone().unwrap_or_else(|| "never".into())
                ),
            ])
        )
    })?;
    Ok(0)
}

pub fn decline(g: &Global, a: TokenArgs) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let v = invites::decline(&mut ctx, &a.token)?;
    changed(g, &ctx, &v, "declined", |v| {
        format!("the invite from {} ({})", v.partner.name, v.partner.domain)
    })?;
    Ok(0)
}
