//! Tenant lifecycle and contact details.

use std::collections::BTreeSet;

use serde::Serialize;

use super::sessions::{self, principal_of};
use super::{Ctx, Scope};
use crate::authz::{self, Action, ObjectFacts};
use crate::error::{Error, Result};
use crate::model::{self, DirectoryRole};
use crate::store::{self, tenants::TenantRow};

#[derive(Debug, Serialize)]
pub struct Contact {
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
}

#[derive(Debug, Serialize)]
pub struct TenantView {
    pub id: String,
    pub name: String,
    pub domain: String,
    pub kind: &'static str,
    pub partner_id: Option<String>,
    pub contact: Contact,
    pub created_at: String,
    /// Its users sign in with MFA before they act in customer tenants (partners only).
    pub require_mfa: bool,
}

pub fn kind_of(t: &TenantRow) -> &'static str {
    if t.is_operator {
        "operator"
    } else if t.partner_id.is_some() {
        "partner"
    } else {
        "customer"
    }
}

pub fn view(t: &TenantRow) -> TenantView {
    TenantView {
        id: t.id.clone(),
        name: t.name.clone(),
        domain: t.domain.clone(),
        kind: kind_of(t),
        partner_id: t.partner_id.clone(),
        contact: Contact {
            email: t.email.clone(),
            phone: t.phone.clone(),
            address: t.address.clone(),
        },
        created_at: t.created_at.clone(),
        require_mfa: t.require_mfa,
    }
}

#[derive(Debug, Serialize)]
pub struct CreatedTenant {
    #[serde(flatten)]
    pub tenant: TenantView,
    pub admin: String,
    pub admin_can_sign_in: bool,
    pub dry_run: bool,
}

pub struct CreateInput {
    pub name: String,
    pub domain: String,
    pub admin: String,
    pub admin_password_stdin: bool,
    pub partner: bool,
    pub partner_id: Option<String>,
    /// For a partner: whether its users must sign in with MFA before they act in customer
    /// tenants [default: yes, as GDAP requires].
    pub require_mfa: Option<bool>,
}

pub fn create(ctx: &mut Ctx, input: &CreateInput) -> Result<CreatedTenant> {
    let name = model::validate_name("tenant name", &input.name)?;
    let domain = model::validate_domain(&input.domain)?;
    let admin =
        model::validate_upn(&input.admin).map_err(|e| Error::invalid(format!("--admin: {e}")))?;
    if model::domain_of_upn(&admin) != domain {
        return Err(Error::invalid(format!(
            "--admin {admin}: its domain must be the new tenant's domain {domain}"
        )));
    }
    let partner_id = match (&input.partner_id, input.partner) {
        (Some(id), _) => Some(model::validate_partner_id(id)?),
        (None, true) => {
            return Err(Error::invalid("--partner needs --partner-id ID"));
        }
        (None, false) => None,
    };
    if partner_id.is_none() && input.require_mfa.is_some() {
        return Err(not_a_partner_flag());
    }
    let require_mfa = partner_id.is_some() && input.require_mfa.unwrap_or(true);
    let op = ctx.begin(
        Scope::Home("tenants create"),
        Action::TenantProvision,
        Some(&domain),
    )?;
    let (s, home) = (&op.session, &op.tenant);
    if partner_id.is_some() {
        ctx.authorize(
            s,
            Action::PartnerEnroll,
            home,
            ObjectFacts::default(),
            Some(&domain),
        )?;
    }
    let hash = sessions::new_password_hash(&ctx.opts, input.admin_password_stdin, &admin)?;
    let now = ctx.now_str();
    let dry_run = ctx.opts.dry_run;
    let row = ctx.change(s, Action::TenantProvision, home, &domain, |tx| {
        let row = store::tenants::create(
            tx,
            &store::tenants::NewTenant {
                name: &name,
                domain: &domain,
                email: Some(&admin),
                is_operator: false,
                partner_id: partner_id.as_deref(),
                created_at: &now,
            },
        )?;
        store::users::insert(
            tx,
            &row.id,
            &admin,
            "Global Admin",
            hash.as_deref(),
            &BTreeSet::from([DirectoryRole::GlobalAdmin]),
            &now,
        )?;
        let row = if require_mfa {
            store::tenants::set_require_mfa(tx, &row.id, true)?.ok_or_else(|| gone(&row))?
        } else {
            row
        };
        let summary = format!(
            "created tenant {domain} ({}) with global admin {admin}{}",
            kind_of(&row),
            if require_mfa {
                "; its users sign in with MFA to act in customers"
            } else {
                ""
            }
        );
        Ok((row, summary))
    })?;
    Ok(CreatedTenant {
        tenant: view(&row),
        admin,
        admin_can_sign_in: hash.is_some(),
        dry_run,
    })
}

/// The tenants the caller may read, decided tenant by tenant by the permission core.
pub fn list(ctx: &mut Ctx) -> Result<Vec<TenantView>> {
    let (s, _) = ctx.locate(Scope::Home("tenants list"))?.parts();
    let now = ctx.clock.now();
    ctx.store.read(|tx| {
        let mut out = Vec::new();
        for t in store::tenants::list(tx)? {
            let facts = super::facts::load(tx, &s.principal, &t, ObjectFacts::default(), now)?;
            if authz::decide(Some(&s.principal), Action::TenantRead, &facts).allowed {
                out.push(view(&t));
            }
        }
        Ok(out)
    })
}

#[derive(Debug, Serialize)]
pub struct TenantDetail {
    #[serde(flatten)]
    pub tenant: TenantView,
    pub users: i64,
    pub global_admins: Vec<String>,
}

pub fn show(ctx: &mut Ctx) -> Result<TenantDetail> {
    let (s, target) = ctx.locate(Scope::Target)?.parts();
    ctx.view(&s, Action::TenantRead, &target, None, |tx| {
        let users = store::users::list(tx, &target.id)?;
        let global_admins = users
            .iter()
            .filter(|u| u.roles.contains(&DirectoryRole::GlobalAdmin))
            .map(|u| u.upn.clone())
            .collect();
        Ok(TenantDetail {
            tenant: view(&target),
            users: users.len() as i64,
            global_admins,
        })
    })
}

pub struct UpdateInput {
    pub name: Option<String>,
    pub email: Option<String>,
    pub phone: Option<String>,
    pub address: Option<String>,
    /// Partners only: whether its users must sign in with MFA to act in customer tenants.
    pub require_mfa: Option<bool>,
}

pub fn update(ctx: &mut Ctx, input: &UpdateInput) -> Result<TenantView> {
    if input.name.is_none()
        && input.email.is_none()
        && input.phone.is_none()
        && input.address.is_none()
        && input.require_mfa.is_none()
    {
        return Err(Error::invalid(
            "nothing to update; pass --name, --email, --phone, --address or --require-mfa",
        ));
    }
    let name = input
        .name
        .as_deref()
        .map(|n| model::validate_name("--name", n))
        .transpose()?;
    let email = input
        .email
        .as_deref()
        .map(model::validate_email)
        .transpose()?;
    let phone = input
        .phone
        .as_deref()
        .map(model::validate_phone)
        .transpose()?;
    let address = input
        .address
        .as_deref()
        .map(model::validate_address)
        .transpose()?;
    // The tenant's domain names the object, so the decision follows the lookup.
    let (s, target) = ctx.locate(Scope::Target)?.parts();
    ctx.authorize(
        &s,
        Action::TenantUpdate,
        &target,
        ObjectFacts::default(),
        Some(&target.domain),
    )?;
    if input.require_mfa.is_some() && target.partner_id.is_none() {
        return Err(Error::invalid(format!(
            "--require-mfa: {} is not a partner tenant; the requirement is about acting in customer tenants, which only partners do",
            target.domain
        )));
    }
    let domain = target.domain.clone();
    let row = ctx.change(&s, Action::TenantUpdate, &target, &domain, |tx| {
        let after = store::tenants::update_contact(
            tx,
            &target.id,
            name.as_deref(),
            email.as_deref(),
            phone.as_deref(),
            address.as_deref(),
        )?
        .ok_or_else(|| gone(&target))?;
        let after = match input.require_mfa {
            Some(r) => {
                store::tenants::set_require_mfa(tx, &target.id, r)?.ok_or_else(|| gone(&target))?
            }
            None => after,
        };
        let mut changed = Vec::new();
        if after.require_mfa != target.require_mfa {
            changed.push(format!(
                "require_mfa: {} -> {}",
                target.require_mfa, after.require_mfa
            ));
        }
        for (field, before, now) in [
            ("name", Some(&target.name), Some(&after.name)),
            ("email", target.email.as_ref(), after.email.as_ref()),
            ("phone", target.phone.as_ref(), after.phone.as_ref()),
            ("address", target.address.as_ref(), after.address.as_ref()),
        ] {
            if before != now {
                changed.push(format!(
                    "{field}: {} -> {}",
                    before.map_or("-", |s| s.as_str()),
                    now.map_or("-", |s| s.as_str())
                ));
            }
        }
        let summary = if changed.is_empty() {
            "no change".to_string()
        } else {
            changed.join("; ")
        };
        Ok((after, summary))
    })?;
    Ok(view(&row))
}

/// Enrolls a tenant as a partner; its users must sign in with MFA to act in customer tenants
/// unless `require_mfa` says no.
pub fn enroll_partner(
    ctx: &mut Ctx,
    domain: &str,
    partner_id: &str,
    require_mfa: Option<bool>,
) -> Result<TenantView> {
    let partner_id = model::validate_partner_id(partner_id)?;
    let require_mfa = require_mfa.unwrap_or(true);
    // Only from the caller's own tenant (checked first), on the tenant that DOMAIN names.
    let (s, _) = ctx.locate(Scope::Home("tenants enroll-partner"))?.parts();
    let target = ctx.tenant_named(&s, "DOMAIN", domain)?;
    ctx.authorize(
        &s,
        Action::PartnerEnroll,
        &target,
        ObjectFacts::default(),
        Some(&target.domain),
    )?;
    if let Some(existing) = &target.partner_id {
        return Err(Error::conflict(format!(
            "{} is already enrolled as a partner (partner id {existing})",
            target.domain
        )));
    }
    let domain = target.domain.clone();
    let row = ctx.change(&s, Action::PartnerEnroll, &target, &domain, |tx| {
        store::tenants::set_partner_id(tx, &target.id, &partner_id)?
            .ok_or_else(|| gone(&target))?;
        let row = store::tenants::set_require_mfa(tx, &target.id, require_mfa)?
            .ok_or_else(|| gone(&target))?;
        let mfa = if require_mfa {
            "; its users sign in with MFA to act in customers"
        } else {
            ""
        };
        Ok((row, format!("enrolled as partner {partner_id}{mfa}")))
    })?;
    Ok(view(&row))
}

/// `--require-mfa` on a tenant that is not (to be) a partner.
fn not_a_partner_flag() -> Error {
    Error::invalid(
        "--require-mfa is for partner tenants (with --partner): it is about acting in customer tenants, which only partners do",
    )
}

/// A tenant removed between its lookup and its change.
fn gone(t: &TenantRow) -> Error {
    Error::not_found(format!("no tenant {} (it was removed meanwhile)", t.domain))
}

/// The principal of another user, for `can --user` and the admin views.
pub fn principal_for_upn(
    tx: &crate::store::Tx<'_>,
    upn: &str,
) -> Result<Option<(authz::Principal, TenantRow)>> {
    let Some(u) = store::users::find_by_upn(tx, upn)? else {
        return Ok(None);
    };
    let t = store::tenants::by_id(tx, &u.tenant_id)?;
    Ok(Some((principal_of(&u, &t), t)))
}
