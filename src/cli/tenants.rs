use clap::Subcommand;

use crate::app::tenants::{self, CreateInput, TenantView, UpdateInput};
use crate::error::Result;
use crate::output::{fields, list, opt};

use super::render::done_or_would;
use super::Global;

#[derive(Debug, Subcommand)]
pub enum TenantsCmd {
    /// Provision a tenant with its first global admin (operator)
    Create(CreateArgs),
    /// List the tenants you may read (the operator sees all)
    List,
    /// Show a tenant's details and contact information
    Show,
    /// Change a tenant's name and contact details
    Update {
        #[arg(long)]
        name: Option<String>,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        phone: Option<String>,
        #[arg(long)]
        address: Option<String>,
        /// Partners: whether its users must sign in with MFA (`login --otp`) before they act
        /// in customer tenants
        #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
        require_mfa: Option<bool>,
    },
    /// Enroll an existing tenant as a partner (operator)
    EnrollPartner {
        /// The tenant's domain or id
        #[arg(value_name = "DOMAIN")]
        domain: String,
        #[arg(long, value_name = "ID")]
        partner_id: String,
        /// Whether its users must sign in with MFA before they act in customer tenants
        /// [default: true, as GDAP requires]
        #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
        require_mfa: Option<bool>,
    },
}

fn detail(t: &TenantView) -> Vec<(&'static str, String)> {
    vec![
        ("name", t.name.clone()),
        ("domain", t.domain.clone()),
        ("id", t.id.clone()),
        ("kind", t.kind.to_string()),
        ("partner id", opt(&t.partner_id)),
        ("email", opt(&t.contact.email)),
        ("phone", opt(&t.contact.phone)),
        ("address", opt(&t.contact.address)),
        (
            "require MFA",
            if t.require_mfa {
                "yes: users sign in with a one-time code to act in customers".into()
            } else {
                "no".into()
            },
        ),
        ("created", t.created_at.clone()),
    ]
}

#[derive(Debug, clap::Args)]
pub struct CreateArgs {
    /// The tenant's display name
    name: String,
    /// The tenant's initial domain, e.g. contoso.example
    #[arg(long)]
    domain: String,
    /// The first global admin's UPN, in the new domain
    #[arg(long, value_name = "UPN")]
    admin: String,
    /// Read the admin's password from one line of standard input (otherwise a prompt on a
    /// terminal; without either the admin cannot sign in until its password is reset)
    #[arg(long)]
    admin_password_stdin: bool,
    /// Enroll the tenant as a partner (needs --partner-id)
    #[arg(long)]
    partner: bool,
    /// The partner's id, e.g. its partner network id
    #[arg(long, value_name = "ID")]
    partner_id: Option<String>,
    /// With --partner: whether its users must sign in with MFA before they act in customer
    /// tenants [default: true, as GDAP requires]
    #[arg(long, value_name = "BOOL", action = clap::ArgAction::Set)]
    require_mfa: Option<bool>,
}

pub fn run(g: &Global, cmd: TenantsCmd) -> Result<i32> {
    let mut ctx = g.ctx()?;
    let out = g.out();
    match cmd {
        TenantsCmd::Create(a) => {
            let v = tenants::create(
                &mut ctx,
                &CreateInput {
                    name: a.name,
                    domain: a.domain,
                    admin: a.admin,
                    admin_password_stdin: a.admin_password_stdin,
                    partner: a.partner,
                    partner_id: a.partner_id,
                    require_mfa: a.require_mfa,
                },
            )?;
            if !v.admin_can_sign_in && !v.dry_run {
                out.status(&format!(
                    "note: {} has no password yet; set one with `partnerctl users reset-password {} --tenant {}`",
                    v.admin, v.admin, v.tenant.domain
                ));
            }
            out.emit(ctx.plan(), &v, |v| {
                let head = done_or_would(v.dry_run, "created tenant", "create tenant");
                let mut f = detail(&v.tenant);
                f.push(("global admin", v.admin.clone()));
                format!("{head}\n{}", fields(&f))
            })?;
        }
        TenantsCmd::List => {
            let v = tenants::list(&mut ctx)?;
            out.emit_list(
                &v,
                &["DOMAIN", "NAME", "KIND", "PARTNER ID", "CREATED"],
                |t| {
                    vec![
                        t.domain.clone(),
                        t.name.clone(),
                        t.kind.to_string(),
                        opt(&t.partner_id),
                        t.created_at.clone(),
                    ]
                },
            )?;
        }
        TenantsCmd::Show => {
            let v = tenants::show(&mut ctx)?;
            out.emit(ctx.plan(), &v, |v| {
                let mut f = detail(&v.tenant);
                f.push(("users", v.users.to_string()));
                f.push(("global admins", list(&v.global_admins)));
                fields(&f)
            })?;
        }
        TenantsCmd::Update {
            name,
            email,
            phone,
            address,
            require_mfa,
        } => {
            let v = tenants::update(
                &mut ctx,
                &UpdateInput {
                    name,
                    email,
                    phone,
                    address,
                    require_mfa,
                },
            )?;
            out.emit(ctx.plan(), &v, |v| {
                let head = done_or_would(g.dry_run, "updated", "update");
                format!("{head}\n{}", fields(&detail(v)))
            })?;
        }
        TenantsCmd::EnrollPartner {
            domain,
            partner_id,
            require_mfa,
        } => {
            let v = tenants::enroll_partner(&mut ctx, &domain, &partner_id, require_mfa)?;
            out.emit(ctx.plan(), &v, |v| {
                let head = done_or_would(g.dry_run, "enrolled", "enroll");
                format!("{head} {} as partner {}", v.domain, opt(&v.partner_id))
            })?;
        }
    }
    Ok(0)
}
