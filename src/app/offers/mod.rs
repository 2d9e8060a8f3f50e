//! Purchase offers (SPEC §1): a partner proposes licenses to a customer, optionally with a
//! request for delegated administration; the customer accepts (buys the licenses and, when
//! requested, creates the relationship, in one transaction) or declines.
//!
//! Decisions: the prices come from the catalogue when the offer is made and stay with it (the
//! customer pays what it was shown); `offer.create/read/revoke` are partner-side actions like
//! `invite.*`; `offer.accept` is the customer's and the core decides it as `license.buy`, plus
//! `invite.accept` when delegation is requested (`authz::decide_offer_accept`). `offers show
//! TOKEN` (the customer, before deciding) needs what buying needs (`offer.accept` of the
//! licenses alone).

use std::path::PathBuf;

use chrono::Duration;
use serde::Serialize;

use super::email::{self, TERMS};
use super::invites::{self, AcceptView, RawInvite};
use super::outbox::{self, Outbox};
use super::pending::{self, IssuedView};
use super::relationships::{brief, duration_text, free_name, roles_vec, TenantBrief};
use super::{secrets, Ctx, Scope};
use crate::authz::{Action, ObjectFacts};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole, InviteStatus};
use crate::store::{self, offers::OfferRow, tenants::TenantRow, Tx};

mod answer;
mod create;

pub use answer::{accept, decline};
pub use create::create;

/// The most units of one SKU an offer may carry (as `licenses buy`).
const MAX_QUANTITY: i64 = 100_000;

pub struct OfferInput {
    pub items: Vec<String>,
    pub customer_domain: Option<String>,
    pub with_delegated_admin: bool,
    pub access: Vec<DirectoryRole>,
    pub duration: Option<String>,
    pub auto_extend: bool,
    pub expires_in: Option<String>,
    pub message: Option<String>,
    pub email_to: Option<String>,
    pub email_out: Option<PathBuf>,
}

/// One line of an offer, with the price frozen at creation.
#[derive(Debug, Clone, Serialize)]
pub struct OfferItem {
    pub sku: String,
    pub name: String,
    pub quantity: i64,
    pub price_per_unit: String,
    pub amount: String,
    #[serde(skip)]
    cents: i64,
}

#[derive(Debug, Clone, Serialize)]
pub struct DelegatedAdmin {
    pub access: Vec<DirectoryRole>,
    /// `"365d"`, or null for no expiry.
    pub duration: Option<String>,
    pub auto_extend: bool,
}

#[derive(Debug, Serialize)]
pub struct OfferView {
    pub id: String,
    pub status: InviteStatus,
    pub partner: TenantBrief,
    pub items: Vec<OfferItem>,
    pub total: String,
    pub delegated_admin: Option<DelegatedAdmin>,
    #[serde(flatten)]
    pub issued: IssuedView,
    pub status_by: Option<String>,
    pub status_at: Option<String>,
    pub relationship_id: Option<String>,
}

pub type CreatedOffer = pending::Created<OfferView>;

#[derive(Debug, Serialize)]
pub struct BoughtLicense {
    pub sku: String,
    pub quantity: i64,
    /// The tenant's valid units of this SKU after the purchase.
    pub valid: i64,
}

#[derive(Debug, Serialize)]
pub struct OfferAnswer {
    pub id: String,
    pub status: InviteStatus,
    pub partner: TenantBrief,
    pub customer: TenantBrief,
    pub total: String,
    pub licenses: Vec<BoughtLicense>,
    pub relationship: Option<AcceptView>,
    pub dry_run: bool,
}

/// Cents as `12.50`.
pub fn money(cents: i64) -> String {
    format!("{}.{:02}", cents / 100, cents % 100)
}

/// A catalogue price (`"22.00"`) in cents.
fn cents_of(price: &str) -> Result<i64> {
    let (whole, frac) = price.split_once('.').unwrap_or((price, "0"));
    let frac = format!("{frac:0<2}");
    match (whole.parse::<i64>(), frac.get(..2).map(str::parse::<i64>)) {
        (Ok(w), Some(Ok(f))) if frac.len() == 2 => Ok(w * 100 + f),
        _ => Err(Error::internal(format!(
            "the catalogue price {price:?} is malformed"
        ))),
    }
}

/// `--item SKU=QTY…` checked against the catalogue: each SKU known and given once, each
/// quantity 1 to 100000; the price of each taken from the catalogue now.
pub fn parse_items(raw: &[String]) -> Result<Vec<OfferItem>> {
    if raw.is_empty() {
        return Err(Error::invalid(
            "--item SKU=QTY: an offer needs at least one item",
        ));
    }
    let catalogue = super::licenses::list_catalogue()?;
    let mut items: Vec<OfferItem> = Vec::new();
    for r in raw {
        let (sku, qty) = r.split_once('=').ok_or_else(|| {
            Error::invalid(format!(
                "--item {}: expected SKU=QTY, e.g. m365-business-premium=25",
                model::escape_unsafe(r)
            ))
        })?;
        let sku = sku.trim();
        let entry = catalogue.iter().find(|s| s.sku == sku).ok_or_else(|| {
            Error::invalid(format!(
                "--item: no SKU {} in the catalogue; see `partnerctl licenses catalogue`",
                model::escape_unsafe(sku)
            ))
        })?;
        let quantity = qty
            .trim()
            .parse::<i64>()
            .ok()
            .filter(|q| (1..=MAX_QUANTITY).contains(q))
            .ok_or_else(|| {
                Error::invalid(format!(
                    "--item {sku}: the quantity must be a whole number from 1 to {MAX_QUANTITY}"
                ))
            })?;
        if items.iter().any(|i| i.sku == sku) {
            return Err(Error::invalid(format!(
                "--item {sku} is given twice; give each SKU once with its whole quantity"
            )));
        }
        let unit = cents_of(&entry.price_per_unit)?;
        items.push(OfferItem {
            sku: sku.to_string(),
            name: entry.name.clone(),
            quantity,
            price_per_unit: money(unit),
            amount: money(unit * quantity),
            cents: unit,
        });
    }
    Ok(items)
}

/// An item's amount in cents (quantity × the frozen price per unit).
pub(crate) fn item_cents(i: &OfferItem) -> i64 {
    i.cents * i.quantity
}

pub(crate) fn encode_items(items: &[OfferItem]) -> String {
    items
        .iter()
        .map(|i| format!("{}={}@{}", i.sku, i.quantity, i.cents))
        .collect::<Vec<_>>()
        .join(";")
}

/// The stored items, with their frozen prices (names from today's catalogue).
fn decode_items(s: &str) -> Vec<OfferItem> {
    let names: std::collections::BTreeMap<String, String> = super::licenses::list_catalogue()
        .unwrap_or_default()
        .into_iter()
        .map(|s| (s.sku, s.name))
        .collect();
    s.split(';')
        .filter_map(|part| {
            let (sku, rest) = part.split_once('=')?;
            let (q, c) = rest.split_once('@')?;
            let (quantity, cents) = (q.parse::<i64>().ok()?, c.parse::<i64>().ok()?);
            Some(OfferItem {
                sku: sku.to_string(),
                name: names.get(sku).cloned().unwrap_or_else(|| sku.to_string()),
                quantity,
                price_per_unit: money(cents),
                amount: money(cents * quantity),
                cents,
            })
        })
        .collect()
}

fn item_lines(items: &[OfferItem]) -> Vec<String> {
    items
        .iter()
        .map(|i| {
            format!(
                "{} x {} ({}) at {} = {}",
                i.quantity, i.name, i.sku, i.price_per_unit, i.amount
            )
        })
        .collect()
}

fn delegated_admin(o: &OfferRow) -> Option<DelegatedAdmin> {
    o.delegated.then(|| DelegatedAdmin {
        access: roles_vec(&o.access),
        duration: o.duration_days.map(|d| format!("{d}d")),
        auto_extend: o.auto_extend,
    })
}

fn offer_view(o: &OfferRow, partner: &TenantRow, now: &str) -> OfferView {
    OfferView {
        id: o.id.clone(),
        status: o.status_at_time(now),
        partner: brief(partner),
        items: decode_items(&o.items),
        total: money(o.total_cents),
        delegated_admin: delegated_admin(o),
        issued: pending::issued_view(o),
        status_by: o.status_by.clone(),
        status_at: o.status_at.clone(),
        relationship_id: o.relationship_id.clone(),
    }
}

/// The accept command and the link for a token.
pub fn accept_command_and_link(operator_domain: &str, token: &str) -> (String, String) {
    (
        format!("partnerctl offers accept {token}"),
        format!("https://{operator_domain}/partners/offers/{token}"),
    )
}

/// The partner's offers, all or those with one status.
pub fn list(ctx: &mut Ctx, status: Option<InviteStatus>) -> Result<Vec<OfferView>> {
    pending::list::<OfferRow, _>(ctx, "offers list", Action::OfferRead, status, offer_view)
}

/// `offers show ID` (the partner) or `offers show TOKEN` (the customer, before deciding).
pub fn show(ctx: &mut Ctx, arg: &str) -> Result<OfferView> {
    if let Ok(id) = super::parse_id("offer id", arg) {
        let op = ctx.locate(Scope::Home("offers show"))?;
        let o: OfferRow = pending::own(ctx, &op, Action::OfferRead, &id)?;
        return Ok(offer_view(&o, &op.tenant, &ctx.now_str()));
    }
    let p: pending::Answering<OfferRow> = pending::answering(ctx, arg, offer_facts)?;
    // Seeing an offer is for whoever may buy for this tenant.
    let object = ObjectFacts {
        offer_delegated: false,
        ..p.object
    };
    ctx.authorize(
        &p.session,
        Action::OfferAccept,
        &p.customer,
        object,
        Some(&p.item.id),
    )?;
    Ok(offer_view(&p.item, &p.partner, &ctx.now_str()))
}

pub fn revoke(ctx: &mut Ctx, id: &str) -> Result<OfferView> {
    let op = ctx.locate(Scope::Home("offers revoke"))?;
    let id = super::parse_id("offer id", id)
        .map_err(|_| Error::not_found(format!("no such offer in {}", op.tenant.domain)))?;
    let summary = format!("revoked offer {id}");
    let row: OfferRow = pending::revoke(ctx, &op, Action::OfferRevoke, &id, &summary)?;
    Ok(offer_view(&row, &op.tenant, &ctx.now_str()))
}

/// The core's facts about answering an offer for `customer`: who made it, whether it is
/// addressed to another tenant (the invite rule, SPEC §2 rule 5), and whether it requests
/// delegated administration.
fn offer_facts(tx: &Tx<'_>, offer: &OfferRow, customer: &TenantRow) -> Result<ObjectFacts> {
    Ok(ObjectFacts {
        offer_delegated: offer.delegated,
        ..pending::answer_facts(tx, offer, customer)?
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_are_cents_and_back() {
        assert_eq!(cents_of("22.00").unwrap(), 2200);
        assert_eq!(cents_of("12.5").unwrap(), 1250);
        assert_eq!(money(55_000), "550.00");
        assert_eq!(money(1250), "12.50");
    }

    #[test]
    fn items_are_checked_and_round_trip() {
        let items = parse_items(&["m365-business-premium=25".into()]).unwrap();
        assert_eq!(items[0].amount, "550.00");
        let back = decode_items(&encode_items(&items));
        assert_eq!(back[0].quantity, 25);
        assert_eq!(back[0].price_per_unit, "22.00");
        for bad in [
            vec!["nope=1".to_string()],
            vec!["m365-e3=0".into()],
            vec!["m365-e3=100001".into()],
            vec!["m365-e3=1".into(), "m365-e3=2".into()],
            vec!["m365-e3".into()],
            vec![],
        ] {
            assert!(parse_items(&bad).is_err(), "{bad:?}");
        }
    }
}
