//! `offers accept` and `offers decline`: the customer's answer, in one transaction with
//! the purchase and, when asked for, the relationship.

use super::*;

type Pending = pending::Answering<OfferRow>;

/// Finds the offer of a token, checks that the signed-in user may answer it for its tenant
/// (naming the right that is missing), and that it is still pending.
fn pending_offer(ctx: &mut Ctx, arg: &str) -> Result<Pending> {
    let p: Pending = pending::answering(ctx, arg, offer_facts)?;
    if let Err(e) = ctx.authorize(
        &p.session,
        Action::OfferAccept,
        &p.customer,
        p.object.clone(),
        Some(&p.item.id),
    ) {
        return Err(missing_right(ctx, &p)?.unwrap_or(e));
    }
    if let Some(e) = pending::unusable(&p.item, &ctx.now_str()) {
        return Err(e);
    }
    Ok(p)
}

/// When the user lacks one of the two rights an offer takes, says exactly which (exit 4).
fn missing_right(ctx: &mut Ctx, p: &Pending) -> Result<Option<Error>> {
    let (s, customer, offer, partner, object) =
        (&p.session, &p.customer, &p.item, &p.partner, &p.object);
    let buy = ctx.peek(s, Action::LicenseBuy, customer, object.clone())?;
    if !buy.allowed && buy.reason == crate::authz::Reason::RoleInsufficient {
        return Ok(Some(Error::denied(
            format!(
                "permission denied: offer.accept in {}: accepting offer {} buys licenses, which needs license.buy (a global admin or billing admin of {}); nothing was bought",
                customer.domain, offer.id, customer.domain
            ),
            buy.reason.id(),
        )));
    }
    if offer.delegated {
        let acc = ctx.peek(s, Action::InviteAccept, customer, object.clone())?;
        if !acc.allowed && acc.reason == crate::authz::Reason::RoleInsufficient {
            return Ok(Some(Error::denied(
                format!(
                    "permission denied: offer.accept in {}: offer {} also requests delegated administration for {}, which needs invite.accept (a global admin or relationship admin of {}); you may buy (license.buy) but not accept the delegation, so nothing was bought. Ask a global admin to accept it",
                    customer.domain, offer.id, partner.domain, customer.domain
                ),
                acc.reason.id(),
            )));
        }
    }
    Ok(None)
}

/// What `offers accept` shows before it asks: items, prices, total and, with a delegation
/// request, the partner, the access, the duration and the terms.
fn terms_text(p: &Pending) -> String {
    let o = &p.item;
    let mut s = format!(
        "{} ({}) offers {} ({}):\n",
        p.partner.name, p.partner.domain, p.customer.name, p.customer.domain
    );
    for l in item_lines(&decode_items(&o.items)) {
        s.push_str(&format!("  {l}\n"));
    }
    s.push_str(&format!("  total:           {}\n", money(o.total_cents)));
    if let Some(m) = &o.message {
        s.push_str(&format!("  message:         {m}\n"));
    }
    if o.delegated {
        let contact = [&p.partner.email, &p.partner.phone]
            .iter()
            .filter_map(|c| c.as_deref())
            .collect::<Vec<_>>()
            .join(", ");
        s.push_str(&format!(
            "\nThe offer also asks for delegated administration of {}.\n  partner contact: {}\n  access:          {}\n  duration:        {}\n\nTerms of delegated administration:\n{TERMS}\n",
            p.customer.domain,
            if contact.is_empty() { "-".into() } else { contact },
            model::roles_to_csv(&o.access).replace(',', ", "),
            duration_text(o.duration_days, o.auto_extend),
        ));
    }
    s
}

pub fn accept(ctx: &mut Ctx, arg: &str) -> Result<OfferAnswer> {
    let p = pending_offer(ctx, arg)?;
    let question = if p.item.delegated {
        format!(
            "Buy these licenses for {} and accept {} as a delegated administrator?",
            p.customer.domain, p.partner.domain
        )
    } else {
        format!("Buy these licenses for {}?", p.customer.domain)
    };
    ctx.opts.confirm_terms(&terms_text(&p), &question)?;
    let now = ctx.clock.now();
    let now_s = fmt_time(now);
    let upn = p.session.principal.upn.clone();
    let offer = p.item.clone();
    let (partner, customer) = (p.partner.clone(), p.customer.clone());
    let items = decode_items(&offer.items);
    let expires_at = offer
        .duration_days
        .map(|d| fmt_time(now + Duration::days(d)));
    let (licenses, rel) = p.answer(ctx, InviteStatus::Accepted, &now_s, |tx| {
        let mut licenses = Vec::new();
        for i in &items {
            let row = store::licenses::buy(tx, &customer.id, &i.sku, i.quantity, &now_s)?;
            licenses.push(BoughtLicense {
                sku: i.sku.clone(),
                quantity: i.quantity,
                valid: row.valid_units,
            });
        }
        let mut summary = format!(
            "accepted offer {} from {}: bought {}; total {}",
            offer.id,
            partner.domain,
            items
                .iter()
                .map(|i| format!("{} x {}", i.quantity, i.sku))
                .collect::<Vec<_>>()
                .join(", "),
            money(offer.total_cents)
        );
        let rel = if offer.delegated {
            let name = free_name(tx, &partner.id, None, &customer.domain)?;
            let row = store::relationships::insert(
                tx,
                &store::relationships::NewRelationship {
                    partner_tenant_id: &partner.id,
                    customer_tenant_id: &customer.id,
                    invite_id: None,
                    access: &offer.access,
                    accepted_by: &upn,
                    accepted_at: &now_s,
                    expires_at: expires_at.as_deref(),
                    auto_extend: offer.auto_extend,
                    name: &name,
                    renews: None,
                },
            )?;
            store::offers::set_relationship(tx, &offer.id, &row.id)?;
            summary.push_str(&format!(
                "; relationship {} ({}) with {} access [{}], {}",
                row.id,
                row.name,
                partner.domain,
                model::roles_to_csv(&offer.access),
                duration_text(offer.duration_days, offer.auto_extend)
            ));
            Some(row)
        } else {
            None
        };
        Ok(((licenses, rel), summary))
    })?;
    let relationship = rel.map(|rel| {
        AcceptView::began(
            &rel,
            &partner,
            &customer,
            offer.duration_days,
            ctx.opts.dry_run,
        )
    });
    Ok(OfferAnswer {
        id: offer.id.clone(),
        status: InviteStatus::Accepted,
        partner: brief(&partner),
        customer: brief(&customer),
        total: money(offer.total_cents),
        licenses,
        relationship,
        dry_run: ctx.opts.dry_run,
    })
}

/// An offer is answered on the facts read when it was found (see `pending_offer`).
impl pending::Answerable for OfferRow {
    const ANSWER: Action = Action::OfferAccept;

    fn facts_in_tx(_: &Tx<'_>, a: &Pending) -> Result<ObjectFacts> {
        Ok(a.object.clone())
    }
}

pub fn decline(ctx: &mut Ctx, arg: &str) -> Result<OfferAnswer> {
    let p = pending_offer(ctx, arg)?;
    p.decline(ctx)?;
    Ok(OfferAnswer {
        id: p.item.id.clone(),
        status: InviteStatus::Declined,
        partner: brief(&p.partner),
        customer: brief(&p.customer),
        total: money(p.item.total_cents),
        licenses: Vec::new(),
        relationship: None,
        dry_run: ctx.opts.dry_run,
    })
}
