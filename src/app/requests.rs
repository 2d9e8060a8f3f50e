//! Service requests (support tickets): listing, opening, comments and status.

use serde::Serialize;

use super::{Ctx, Op, Scope};
use crate::authz::{Action, ObjectFacts};
use crate::error::{Error, Result};
use crate::model::{self, parse_request_ref, request_ref, RequestStatus};
use crate::store::{self, requests::RequestRow, Tx};

#[derive(Debug, Serialize)]
pub struct CommentView {
    pub author: String,
    pub message: String,
    pub created_at: String,
}

#[derive(Debug, Serialize)]
pub struct RequestView {
    pub number: String,
    pub title: String,
    pub description: Option<String>,
    pub severity: i64,
    pub status: String,
    pub created_by: String,
    /// The partner the agent acted for, when a partner agent opened it.
    pub on_behalf_of: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub comments: Option<Vec<CommentView>>,
}

pub fn request_view(r: &RequestRow) -> RequestView {
    RequestView {
        number: request_ref(r.number),
        title: r.title.clone(),
        description: r.description.clone(),
        severity: r.severity,
        status: r.status.clone(),
        created_by: r.created_by.clone(),
        on_behalf_of: r.partner_domain.clone(),
        created_at: r.created_at.clone(),
        updated_at: r.updated_at.clone(),
        comments: None,
    }
}

pub fn list_requests(ctx: &mut Ctx, status: Option<RequestStatus>) -> Result<Vec<RequestView>> {
    let op = ctx.locate(Scope::Target)?;
    let rows = ctx.view(
        &op.session,
        Action::ServiceRequestRead,
        &op.tenant,
        None,
        |tx| store::requests::list(tx, &op.tenant.id),
    )?;
    Ok(rows
        .iter()
        .filter(|r| status.is_none_or(|s| r.status == s.id()))
        .map(request_view)
        .collect())
}

/// A request number as typed, in its canonical form: checked before anything is recorded, so
/// the audit trail holds the canonical form only.
fn canonical(number: &str) -> Result<(i64, String)> {
    let n = parse_request_ref(number)?;
    Ok((n, request_ref(n)))
}

/// A request of the operation's tenant, or exit 5 (other tenants' requests are invisible).
fn own_request(ctx: &mut Ctx, op: &Op, n: i64) -> Result<RequestRow> {
    ctx.store.read(|tx| own_request_in(tx, op, n))
}

/// [`own_request`] inside the caller's transaction.
fn own_request_in(tx: &Tx<'_>, op: &Op, n: i64) -> Result<RequestRow> {
    store::requests::get(tx, n)?
        .filter(|r| r.tenant_id == op.tenant.id)
        .ok_or_else(|| no_request(op, n))
}

fn no_request(op: &Op, n: i64) -> Error {
    Error::not_found(format!(
        "{} has no service request {}",
        op.tenant.domain,
        request_ref(n)
    ))
}

pub fn show_request(ctx: &mut Ctx, number: &str) -> Result<RequestView> {
    let (n, number) = canonical(number)?;
    let op = ctx.locate(Scope::Target)?;
    // The request and its comments in the snapshot that holds the decision.
    let (r, comments) = ctx.view(
        &op.session,
        Action::ServiceRequestRead,
        &op.tenant,
        Some(&number),
        |tx| {
            let r = own_request_in(tx, &op, n)?;
            let comments = store::requests::comments(tx, r.number)?;
            Ok((r, comments))
        },
    )?;
    let mut v = request_view(&r);
    v.comments = Some(
        comments
            .into_iter()
            .map(|c| CommentView {
                author: c.author,
                message: c.body,
                created_at: c.created_at,
            })
            .collect(),
    );
    Ok(v)
}

pub struct NewRequestInput {
    pub title: String,
    pub description: Option<String>,
    pub severity: i64,
}

pub fn create_request(ctx: &mut Ctx, input: &NewRequestInput) -> Result<RequestView> {
    let title = model::validate_name("--title", &input.title)?;
    let description = input
        .description
        .as_deref()
        .map(|d| model::validate_text("--description", d))
        .transpose()?;
    if !(1..=4).contains(&input.severity) {
        return Err(Error::invalid("--severity must be 1 (critical) to 4 (low)"));
    }
    let op = ctx.begin(Scope::Target, Action::ServiceRequestCreate, Some(&title))?;
    let (s, target) = (&op.session, &op.tenant);
    let now = ctx.now_str();
    let on_behalf = (s.principal.tenant_id != target.id).then(|| s.principal.tenant_id.clone());
    let row = ctx.change(
        s,
        Action::ServiceRequestCreate,
        target,
        "service-request",
        |tx| {
            let row = store::requests::open(
                tx,
                &store::requests::NewRequest {
                    tenant_id: &target.id,
                    title: &title,
                    description: description.as_deref(),
                    severity: input.severity,
                    created_by: &s.principal.upn,
                    on_behalf_of: on_behalf.as_deref(),
                    now: &now,
                },
            )?;
            let summary = format!(
                "opened {} severity {}: {title}",
                request_ref(row.number),
                input.severity
            );
            Ok((row, summary))
        },
    )?;
    Ok(request_view(&row))
}

pub fn comment_request(ctx: &mut Ctx, number: &str, message: &str) -> Result<RequestView> {
    let (n, number) = canonical(number)?;
    let message = model::validate_text("--message", message)?;
    let op = ctx.begin(Scope::Target, Action::ServiceRequestUpdate, Some(&number))?;
    let r = own_request(ctx, &op, n)?;
    let now = ctx.now_str();
    let s = &op.session;
    let row = ctx.change(s, Action::ServiceRequestUpdate, &op.tenant, &number, |tx| {
        let row = store::requests::add_comment(
            tx,
            r.number,
            &s.principal.upn,
            &s.principal.tenant_id,
            &message,
            &now,
        )?
        .ok_or_else(|| no_request(&op, n))?;
        Ok((row, "comment added".to_string()))
    })?;
    Ok(request_view(&row))
}

pub fn set_request_status(
    ctx: &mut Ctx,
    number: &str,
    status: RequestStatus,
) -> Result<RequestView> {
    let (n, number) = canonical(number)?;
    // Closing and reopening are the tenant's; moving a request through the support desk's
    // states is the operator's (decided by the core).
    let object = ObjectFacts {
        sets_support_status: matches!(status, RequestStatus::InProgress | RequestStatus::Resolved),
        ..ObjectFacts::default()
    };
    let op = ctx.begin_with(
        Scope::Target,
        Action::ServiceRequestUpdate,
        object.clone(),
        Some(&number),
    )?;
    let r = own_request(ctx, &op, n)?;
    if r.status == status.id() {
        return Err(Error::conflict(format!("{number} is already {status}")));
    }
    let now = ctx.now_str();
    let row = ctx.change_with(
        &op.session,
        Action::ServiceRequestUpdate,
        &op.tenant,
        |_| Ok(object),
        &number,
        |tx| {
            let row = store::requests::set_status(tx, r.number, status.id(), &now)?
                .ok_or_else(|| no_request(&op, n))?;
            Ok((row, format!("status {} -> {status}", r.status)))
        },
    )?;
    Ok(request_view(&row))
}
