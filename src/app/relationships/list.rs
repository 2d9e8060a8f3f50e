//! `relationships list` and `relationships show`: every relationship one by one, from
//! either side.

use std::collections::HashMap;

use serde::Serialize;

use super::{brief, roles_vec, TenantBrief};
use crate::app::{Ctx, Scope};
use crate::authz::{Action, ObjectFacts};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model::{DirectoryRole, RelationshipStatus};
use crate::store::{self, relationships::RelationshipRow, tenants::TenantRow, Tx};

/// An access assignment: a group of the partner and the roles its members hold.
#[derive(Debug, Serialize)]
pub struct AssignmentView {
    pub group: String,
    pub roles: Vec<DirectoryRole>,
}

/// One relationship (SPEC §3 `relationships list`).
#[derive(Debug, Serialize)]
pub struct RelationshipEntry {
    pub id: String,
    pub name: String,
    pub status: RelationshipStatus,
    pub partner: TenantBrief,
    pub customer: TenantBrief,
    pub access: Vec<DirectoryRole>,
    pub since: String,
    pub expires_at: Option<String>,
    pub auto_extend: bool,
    pub renews: Option<String>,
    pub accepted_by: String,
    pub terminated_by: Option<String>,
    pub terminated_at: Option<String>,
    pub assignments: Vec<AssignmentView>,
}

fn entry(
    tx: &Tx<'_>,
    r: &RelationshipRow,
    partner: &TenantRow,
    customer: &TenantRow,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<RelationshipEntry> {
    let fact = crate::app::facts::relationship(r)?;
    Ok(RelationshipEntry {
        id: r.id.clone(),
        name: r.name.clone(),
        status: fact.state(now),
        partner: brief(partner),
        customer: brief(customer),
        access: roles_vec(&r.access),
        since: r.accepted_at.clone(),
        expires_at: fact.effective_expiry(now).map(fmt_time),
        auto_extend: r.auto_extend,
        renews: r.renews.clone(),
        accepted_by: r.accepted_by.clone(),
        terminated_by: r.terminated_by.clone(),
        terminated_at: r.terminated_at.clone(),
        assignments: assignment_views(tx, &r.id)?,
    })
}

/// The action that reads a tenant's relationships from `side`: a partner reads its
/// customers, a customer its partners.
fn read_action(tenant: &TenantRow, r: &RelationshipRow) -> Action {
    if r.partner_tenant_id == tenant.id {
        Action::CustomerRead
    } else {
        Action::PartnerRead
    }
}

/// The rows `tenant` takes part in, each with both parties.
fn rows_of(
    tx: &Tx<'_>,
    tenant: &TenantRow,
    sides: (bool, bool),
    all: bool,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Vec<RelationshipEntry>> {
    let (as_partner, as_customer) = sides;
    let mut tenants: HashMap<String, TenantRow> = HashMap::new();
    let mut out = Vec::new();
    for r in store::relationships::of_tenant(tx, &tenant.id)? {
        let mine = (as_partner && r.partner_tenant_id == tenant.id)
            || (as_customer && r.customer_tenant_id == tenant.id);
        if !mine {
            continue;
        }
        for id in [&r.partner_tenant_id, &r.customer_tenant_id] {
            if !tenants.contains_key(id) {
                tenants.insert(id.clone(), store::tenants::by_id(tx, id)?);
            }
        }
        let e = entry(
            tx,
            &r,
            &tenants[&r.partner_tenant_id],
            &tenants[&r.customer_tenant_id],
            now,
        )?;
        if all || e.status == RelationshipStatus::Active {
            out.push(e);
        }
    }
    Ok(out)
}

/// The target tenant's relationships (active, or all): as a partner, with its customers
/// (`customer.read`); as a customer, with its partners (`partner.read`). A partner tenant that
/// is also a customer sees that side too when it may.
pub fn list(ctx: &mut Ctx, all: bool) -> Result<Vec<RelationshipEntry>> {
    let op = ctx.locate(Scope::Target)?;
    let now = ctx.clock.now();
    let is_partner = op.tenant.partner_id.is_some();
    let (action, sides) = if is_partner {
        let customer_side = ctx
            .peek(
                &op.session,
                Action::PartnerRead,
                &op.tenant,
                ObjectFacts::default(),
            )?
            .allowed;
        (Action::CustomerRead, (true, customer_side))
    } else {
        (Action::PartnerRead, (false, true))
    };
    let tenant = op.tenant.clone();
    ctx.view(&op.session, action, &op.tenant, None, |tx| {
        rows_of(tx, &tenant, sides, all, now)
    })
}

/// One relationship of the target tenant, from its side.
pub fn show(ctx: &mut Ctx, id: &str) -> Result<RelationshipEntry> {
    let id = crate::app::parse_id("relationship", id)?;
    let op = ctx.locate(Scope::Target)?;
    let now = ctx.clock.now();
    let row = ctx.store.read(|tx| store::relationships::by_id(tx, &id))?;
    let not_found = || Error::not_found(format!("{} has no relationship {id}", op.tenant.domain));
    let Some(row) =
        row.filter(|r| r.partner_tenant_id == op.tenant.id || r.customer_tenant_id == op.tenant.id)
    else {
        return Err(not_found());
    };
    let action = read_action(&op.tenant, &row);
    ctx.view(&op.session, action, &op.tenant, Some(&id), |tx| {
        let partner = store::tenants::by_id(tx, &row.partner_tenant_id)?;
        let customer = store::tenants::by_id(tx, &row.customer_tenant_id)?;
        entry(tx, &row, &partner, &customer, now)
    })
}

/// One relationship's name and the groups it assigns roles (for `access`).
#[derive(Debug, Serialize)]
pub struct RelationshipAssignments {
    pub id: String,
    pub name: String,
    pub access: Vec<DirectoryRole>,
    pub assignments: Vec<AssignmentView>,
}

/// The groups a relationship assigns roles, and the roles.
fn assignment_views(tx: &Tx<'_>, relationship_id: &str) -> Result<Vec<AssignmentView>> {
    Ok(store::assignments::of_relationship(tx, relationship_id)?
        .into_iter()
        .map(|a| AssignmentView {
            group: a.group_name,
            roles: roles_vec(&a.roles),
        })
        .collect())
}

pub fn assignments_of(tx: &Tx<'_>, relationship_id: &str) -> Result<RelationshipAssignments> {
    let r = store::relationships::by_id(tx, relationship_id)?
        .ok_or_else(|| Error::internal(format!("relationship {relationship_id} vanished")))?;
    Ok(RelationshipAssignments {
        id: r.id.clone(),
        name: r.name.clone(),
        access: roles_vec(&r.access),
        assignments: assignment_views(tx, &r.id)?,
    })
}
