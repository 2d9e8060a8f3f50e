//! `offers create`: the items priced from the catalogue and frozen, the token, the message.

use super::*;

pub fn create(ctx: &mut Ctx, input: &OfferInput) -> Result<CreatedOffer> {
    let items = parse_items(&input.items)?;
    if !input.with_delegated_admin
        && (!input.access.is_empty() || input.duration.is_some() || input.auto_extend)
    {
        return Err(Error::invalid(
            "--access, --duration and --auto-extend describe a delegated-administration request: add --with-delegated-admin",
        ));
    }
    let spec = invites::invite_spec(
        &RawInvite {
            access: &input.access,
            duration: input.duration.as_deref(),
            auto_extend: input.auto_extend,
            expires_in: Some(input.expires_in.as_deref().unwrap_or("30d")),
            customer_domain: input.customer_domain.as_deref(),
            message: input.message.as_deref(),
            email_to: input.email_to.as_deref(),
        },
        invites::create::FLAG_NAMES,
    )
    .map_err(Error::invalid)?;
    outbox::check_email_out(input.email_out.as_deref(), spec.email_to.as_deref())?;
    let total_cents: i64 = items.iter().map(|i| i.cents * i.quantity).sum();

    let (s, home) = ctx.begin_home(
        "offers create",
        Action::OfferCreate,
        spec.customer_domain.as_deref(),
    )?;
    if let Some(cd) = &spec.customer_domain {
        let owner = ctx.store.read(|tx| store::tenants::domain_owner(tx, cd))?;
        if owner.as_deref() == Some(home.id.as_str()) {
            return Err(Error::invalid(format!(
                "--customer-domain {cd} is your own tenant's domain; a tenant cannot accept its own offer"
            )));
        }
    }
    let now = ctx.clock.now();
    let upn = s.principal.upn.clone();
    let operator_domain = invites::create::operator_domain(ctx)?;
    let draft = invites::create::draft_invite(&spec, now)?;
    let (accept_command, link) = accept_command_and_link(&operator_domain, &draft.token);
    let delegated = input.with_delegated_admin;
    let access_text = model::roles_to_csv(&spec.access).replace(',', ", ");
    let duration = duration_text(spec.duration_days, spec.auto_extend);
    let mut outbox = Outbox::new();
    if let (Some(path), Some(to), false) = (&input.email_out, &spec.email_to, ctx.opts.dry_run) {
        if let Some(dir) = path.parent().filter(|d| !d.as_os_str().is_empty()) {
            recover_outbox(ctx, dir)?;
        }
        let text = email::render_offer(&email::OfferMessage {
            envelope: email::Envelope::from_partner(&home, &upn, to, now),
            offer_id: &draft.id,
            items: &item_lines(&items),
            total: &money(total_cents),
            delegation: delegated.then_some((access_text.as_str(), duration.as_str())),
            expires_at: &draft.expires_at,
            message: spec.message.as_deref(),
            accept_command: &accept_command,
            link: &link,
        });
        outbox.stage(path, &draft.id, &text)?;
    }
    let encoded = encode_items(&items);
    let result = ctx.change(&s, Action::OfferCreate, &home, "offer", |tx| {
        let row = store::offers::insert(
            tx,
            &store::offers::NewOffer {
                id: &draft.id,
                partner_tenant_id: &home.id,
                created_by: &upn,
                token_hash: &secrets::sha256_hex(draft.token.as_bytes()),
                items: &encoded,
                total_cents,
                delegated,
                access: delegated.then_some(&spec.access),
                duration_days: if delegated { spec.duration_days } else { None },
                auto_extend: delegated && spec.auto_extend,
                customer_domain: spec.customer_domain.as_deref(),
                message: spec.message.as_deref(),
                email_to: spec.email_to.as_deref(),
                created_at: &draft.created_at,
                expires_at: &draft.expires_at,
            },
        )?;
        let mut summary = format!(
            "offer {} for {}: {}; total {}",
            draft.id,
            spec.customer_domain.as_deref().unwrap_or("any customer"),
            item_lines(&items).join(", "),
            money(total_cents)
        );
        if delegated {
            summary.push_str(&format!(
                "; requests delegated administration [{}], {}",
                model::roles_to_csv(&spec.access),
                duration
            ));
        }
        summary.push_str(&format!("; expires {}", draft.expires_at));
        Ok((row, summary))
    });
    let row = outbox.settle(result, &|_| true)?;
    Ok(pending::Created {
        item: offer_view(&row, &home, &fmt_time(now)),
        token: draft.token,
        accept_command,
        link,
        email_out: input.email_out.as_ref().map(|p| p.display().to_string()),
        dry_run: ctx.opts.dry_run,
    })
}

/// Finishes or clears the messages an interrupted run left staged in `dir`: a message whose
/// offer was committed is moved into place.
fn recover_outbox(ctx: &mut Ctx, dir: &std::path::Path) -> Result<usize> {
    pending::recover_outbox(ctx, dir, |tx, id| {
        Ok(pending::stored::<OfferRow>(tx, id)?
            || pending::stored::<store::invites::InviteRow>(tx, id)?)
    })
}
