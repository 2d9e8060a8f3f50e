//! Relationship templates (`templates …`): a named set of relationship settings in a partner
//! tenant (access, duration, auto-extend) and the access assignments to create when an invite
//! made from it (`invite --template T`, `relationships migrate --template T`) is accepted.

use std::collections::BTreeSet;

use serde::Serialize;

use super::groups::validate_group_name;
use super::{grants, Ctx, Scope};
use crate::authz::Action;
use crate::error::{Error, Result};
use crate::model::{self, AgentRole, DirectoryRole};
use crate::store::{self, templates::TemplateRow, tenants::TenantRow, Tx};

/// One access assignment a template (or an invite made from it) creates.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Assignment {
    pub group: String,
    pub roles: Vec<DirectoryRole>,
}

/// `GROUP=ROLE[+ROLE…]`, as `--assign` takes it.
pub fn parse_assign(s: &str) -> Result<Assignment> {
    let (group, roles) = s.split_once('=').ok_or_else(|| {
        Error::invalid(format!(
            "--assign {}: expected GROUP=ROLE[+ROLE…], e.g. helpdesk-agents=helpdesk-admin",
            model::escape_unsafe(s)
        ))
    })?;
    let group = validate_group_name(group)?;
    let roles: BTreeSet<DirectoryRole> = roles
        .split('+')
        .map(|r| {
            r.trim()
                .parse::<DirectoryRole>()
                .map_err(|e| Error::invalid(format!("--assign {group}: {e}")))
        })
        .collect::<Result<_>>()?;
    if roles.is_empty() {
        return Err(Error::invalid(format!("--assign {group}: name a role")));
    }
    Ok(Assignment {
        group,
        roles: roles.into_iter().collect(),
    })
}

/// Assignments as stored: `GROUP=ROLE+ROLE;…`.
pub fn encode(v: &[Assignment]) -> String {
    v.iter()
        .map(|a| {
            let roles: Vec<&str> = a.roles.iter().map(|r| r.id()).collect();
            format!("{}={}", a.group, roles.join("+"))
        })
        .collect::<Vec<_>>()
        .join(";")
}

/// Stored assignments; what cannot be read back is skipped (it cannot be written).
pub fn decode(s: &str) -> Vec<Assignment> {
    s.split(';')
        .filter(|x| !x.is_empty())
        .filter_map(|x| parse_assign(x).ok())
        .collect()
}

#[derive(Debug, Serialize)]
pub struct TemplateView {
    pub name: String,
    pub access: Vec<DirectoryRole>,
    pub duration_days: Option<i64>,
    pub auto_extend: bool,
    pub assignments: Vec<Assignment>,
    pub created_by: String,
    pub created_at: String,
}

fn view(t: TemplateRow) -> TemplateView {
    TemplateView {
        name: t.name,
        access: t.access.into_iter().collect(),
        duration_days: t.duration_days,
        auto_extend: t.auto_extend,
        assignments: decode(&t.assignments),
        created_by: t.created_by,
        created_at: t.created_at,
    }
}

/// The partner's template `name`.
pub fn find(tx: &Tx<'_>, home: &TenantRow, name: &str) -> Result<TemplateRow> {
    store::templates::by_name(tx, &home.id, name.trim())?.ok_or_else(|| {
        Error::not_found(format!(
            "no template {} in {}",
            model::escape_unsafe(name.trim()),
            home.domain
        ))
    })
}

pub fn list(ctx: &mut Ctx) -> Result<Vec<TemplateView>> {
    let (s, home) = ctx.locate(Scope::Home("templates list"))?.parts();
    ctx.view(&s, Action::GrantRead, &home, None, |tx| {
        Ok(store::templates::of_partner(tx, &home.id)?
            .into_iter()
            .map(view)
            .collect())
    })
}

pub fn show(ctx: &mut Ctx, name: &str) -> Result<TemplateView> {
    let (s, home) = ctx.locate(Scope::Home("templates show"))?.parts();
    ctx.view(&s, Action::GrantRead, &home, None, |tx| {
        Ok(view(find(tx, &home, name)?))
    })
}

pub struct TemplateInput {
    pub name: String,
    pub access: Vec<DirectoryRole>,
    pub duration: Option<String>,
    pub auto_extend: bool,
    pub assign: Vec<String>,
}

/// Creates a template: its terms follow the rules of an invite's, and every assignment names
/// a group of the partner's and roles within the access.
pub fn create(ctx: &mut Ctx, input: &TemplateInput) -> Result<TemplateView> {
    let name = model::validate_relationship_name(&input.name)
        .map_err(|e| Error::invalid(e.to_string().replace("--name", "NAME")))?;
    let spec = super::invites::create::invite_spec(
        &super::invites::create::RawInvite {
            access: &input.access,
            duration: input.duration.as_deref(),
            auto_extend: input.auto_extend,
            expires_in: None,
            customer_domain: None,
            message: None,
            email_to: None,
        },
        super::invites::create::FLAG_NAMES,
    )
    .map_err(Error::invalid)?;
    if spec.access.contains(&DirectoryRole::RelationshipAdmin) {
        return Err(Error::invalid(
            "--access relationship-admin: a customer's relationship admin is never delegated",
        ));
    }
    let mut assignments: Vec<Assignment> = Vec::new();
    for a in &input.assign {
        let a = parse_assign(a)?;
        let outside = model::roles_outside(&a.roles, &spec.access);
        if !outside.is_empty() {
            return Err(Error::invalid(format!(
                "--assign {}: {} not in the template's access",
                a.group,
                outside.join(", ")
            )));
        }
        if assignments.iter().any(|b| b.group == a.group) {
            return Err(Error::invalid(format!(
                "--assign {}: the group is assigned twice",
                a.group
            )));
        }
        assignments.push(a);
    }
    let (s, home) = ctx.begin_home("templates", Action::GrantManage, Some(&name))?;
    ctx.store.read(|tx| {
        for a in &assignments {
            if AgentRole::of_builtin_group(&a.group).is_none()
                && store::groups::by_name(tx, &home.id, &a.group)?.is_none()
            {
                return Err(Error::not_found(format!(
                    "--assign {}: no group {} in {} (groups create {})",
                    a.group, a.group, home.domain, a.group
                )));
            }
        }
        Ok(())
    })?;
    let (now, by) = (ctx.now_str(), s.principal.upn.clone());
    let encoded = encode(&assignments);
    let row = grants::manage(ctx, &s, &home, &name, |tx| {
        let row = store::templates::insert(
            tx,
            &store::templates::NewTemplate {
                partner_tenant_id: &home.id,
                name: &name,
                access: &spec.access,
                duration_days: spec.duration_days,
                auto_extend: spec.auto_extend,
                assignments: &encoded,
                created_by: &by,
                created_at: &now,
            },
        )?;
        Ok((
            row,
            format!(
                "created template {name}: access [{}], assignments [{encoded}]",
                model::roles_to_csv(&spec.access)
            ),
        ))
    })?;
    Ok(view(row))
}

pub fn delete(ctx: &mut Ctx, name: &str) -> Result<TemplateView> {
    let (s, home) = ctx.begin_home("templates", Action::GrantManage, None)?;
    let t = ctx.store.read(|tx| find(tx, &home, name))?;
    let label = t.name.clone();
    let id = t.id.clone();
    grants::manage(ctx, &s, &home, &label, |tx| {
        store::templates::delete(tx, &id)?;
        Ok(((), format!("deleted template {label}")))
    })?;
    Ok(view(t))
}
