//! An invite's message and its outbox: the accept command and link, the RFC 5322 invitation,
//! and settling the staged messages of a run once its transaction has ended.

use std::os::unix::fs::DirBuilderExt;
use std::path::{Path, PathBuf};

use super::create::{draft_invite, InviteDraft, InviteSpec};
use crate::app::email;
use crate::app::outbox::Outbox;
use crate::app::relationships::duration_text;
use crate::app::{pending, Ctx};
use crate::error::{Error, Result};
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

/// Creates the `--email-dir` of a bulk run, readable by its owner only.
pub fn create_email_dir(dir: &Path) -> Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::internal(format!("cannot create {}: {e}", dir.display())))
}

/// The drafts of a bulk run's invites, each given with the file of its message (if any), and
/// the outbox holding those messages. Ids and tokens come first, so the messages are written
/// and synced before the write lock is taken, under temporary names; they move into place
/// after the commit (see `outbox`). Nothing is staged under `--dry-run`; a failure discards
/// what was staged.
pub fn draft_and_stage(
    invites: &[(Option<PathBuf>, &InviteSpec)],
    home: &TenantRow,
    sender: &str,
    operator_domain: &str,
    now: chrono::DateTime<chrono::Utc>,
    dry_run: bool,
) -> Result<(Vec<InviteDraft>, Outbox)> {
    let drafts = invites
        .iter()
        .map(|(_, spec)| draft_invite(spec, now))
        .collect::<Result<Vec<_>>>()?;
    let mut outbox = Outbox::new();
    if !dry_run {
        for ((file, spec), draft) in invites.iter().zip(&drafts) {
            if let (Some(path), Some(to)) = (file, &spec.email_to) {
                let text = email_text(home, sender, to, spec, draft, operator_domain, now);
                if let Err(e) = outbox.stage(path, &draft.id, &text) {
                    outbox.discard();
                    return Err(e);
                }
            }
        }
    }
    Ok((drafts, outbox))
}

/// Finishes or clears the messages an interrupted run left staged in `dir` (see
/// [`outbox::recover`]): a message whose invite was committed is moved into place.
pub fn recover_outbox(ctx: &mut Ctx, dir: &std::path::Path) -> Result<usize> {
    pending::recover_outbox(ctx, dir, pending::stored::<InviteRow>)
}

/// After a bulk run's transaction: the messages of the invites that were committed (the
/// drafts whose row of `result` is `Some`) move into place; on a failure, every staged message
/// goes, and the error is returned.
pub fn settle_messages<T>(
    outbox: Outbox,
    drafts: &[InviteDraft],
    result: Result<Vec<Option<T>>>,
) -> Result<Vec<Option<T>>> {
    let committed: std::collections::HashSet<&str> = match &result {
        Ok(rows) => rows
            .iter()
            .zip(drafts)
            .filter(|(row, _)| row.is_some())
            .map(|(_, d)| d.id.as_str())
            .collect(),
        Err(_) => Default::default(),
    };
    outbox.settle(result, &|id| committed.contains(id))
}
