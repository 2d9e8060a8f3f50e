//! An invite's message and its outbox: the accept command and link, the RFC 5322 invitation,
//! and settling the staged messages of a run once its transaction has ended.

use super::create::{InviteDraft, InviteSpec, IssuedInvite};
use crate::app::email;
use crate::app::outbox::Outbox;
use crate::app::relationships::duration_text;
use crate::app::{pending, Ctx};
use crate::error::Result;
use crate::model;
use crate::store::{self, invites::InviteRow, tenants::TenantRow};

/// The accept command and the link for a token.
pub fn accept_command_and_link(operator_domain: &str, token: &str) -> (String, String) {
    (
        format!("partnerctl accept {token}"),
        format!("https://{operator_domain}/partners/accept/{token}"),
    )
}

pub fn operator_domain(ctx: &mut Ctx) -> Result<String> {
    Ok(ctx
        .store
        .read(store::tenants::operator)?
        .map(|t| t.domain)
        .unwrap_or_else(|| "operator.example".to_string()))
}

/// The invitation message of an invite (RFC 5322).
pub fn email_text(
    home: &TenantRow,
    sender: &str,
    to: &str,
    spec: &InviteSpec,
    draft: &InviteDraft,
    operator_domain: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> String {
    let (accept_command, link) = accept_command_and_link(operator_domain, &draft.token);
    email::render(&email::Invitation {
        envelope: email::Envelope::from_partner(home, sender, to, now),
        invite_id: &draft.id,
        access: &model::roles_to_csv(&spec.access).replace(',', ", "),
        duration: &duration_text(spec.duration_days, spec.auto_extend),
        expires_at: &draft.expires_at,
        message: spec.message.as_deref(),
        accept_command: &accept_command,
        link: &link,
    })
}

/// Finishes or clears the messages an interrupted run left staged in `dir` (see
/// [`outbox::recover`]): a message whose invite was committed is moved into place.
pub fn recover_outbox(ctx: &mut Ctx, dir: &std::path::Path) -> Result<usize> {
    pending::recover_outbox(ctx, dir, pending::stored::<InviteRow>)
}

/// After a bulk run's transaction: the messages of the invites that were committed move into
/// place; on a failure, every staged message goes, and the error is returned.
pub fn settle_messages(
    outbox: Outbox,
    result: Result<Vec<Option<IssuedInvite>>>,
) -> Result<Vec<Option<IssuedInvite>>> {
    let committed: std::collections::HashSet<String> = result
        .iter()
        .flatten()
        .flatten()
        .map(|inv| inv.row.id.clone())
        .collect();
    outbox.settle(result, &|id| committed.contains(id))
}
