//! `notify --outbox DIR`: one RFC 5322 message per lifecycle event not yet notified, to the
//! contact e-mails of the tenants it concerns. Each event is recorded in `notifications` in
//! the transaction that holds the decision and the audit entry, so a cron job can run it every
//! hour and each event is told once; the messages are staged before that transaction and move
//! into place only after its commit (see `outbox`).

mod elevations;
mod events;

use std::collections::{HashMap, HashSet};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

use super::outbox::{self, Outbox};
use super::Ctx;
use crate::authz::{self, Action};
use crate::clock::fmt_time;
use crate::error::{Error, Result};
use crate::model;
use crate::store::{self, tenants::TenantRow, Tx};

pub use events::{INVITE_EXPIRING_DAYS, LOOKBACK_DAYS};

#[derive(Debug, Serialize)]
pub struct Written {
    /// The message's path (in the outbox directory as given).
    pub file: String,
    pub event: &'static str,
    pub to: Vec<String>,
    pub subject: String,
}

/// A tenant an event concerns that has no usable contact e-mail: it is not told.
#[derive(Debug, Serialize)]
pub struct Unaddressed {
    pub event: &'static str,
    pub tenant: String,
    pub reason: &'static str,
}

#[derive(Debug, Serialize)]
pub struct NotifyView {
    /// The messages written (under `--dry-run`: that would be written).
    pub written: Vec<Written>,
    /// Tenants left out of an event for want of a contact e-mail. An event none of whose
    /// tenants has one is not recorded, and comes up again on the next run.
    pub skipped: Vec<Unaddressed>,
    pub dry_run: bool,
}

/// One event's message, ready to stage.
struct Message {
    key: String,
    event: &'static str,
    /// The outbox's id of its staged file: a uuid-shaped digest of the key.
    staged_id: String,
    file_name: String,
    to: Vec<String>,
    subject: String,
    text: String,
}

struct Due {
    messages: Vec<Message>,
    skipped: Vec<Unaddressed>,
}

/// The sender: the operator's name, at `partnerctl@` its domain.
struct Sender {
    name: String,
    addr: String,
}

const SKIPPED_REASON: &str = "no contact e-mail";

fn digest(key: &str) -> String {
    hex::encode(Sha256::digest(key.as_bytes()))
}

fn staged_id(h: &str) -> String {
    format!(
        "{}-{}-{}-{}-{}",
        &h[0..8],
        &h[8..12],
        &h[12..16],
        &h[16..20],
        &h[20..32]
    )
}

/// The messages due in the scope, each with its file name; and the tenants that cannot be
/// told for want of a contact e-mail.
fn due(
    tx: &Tx<'_>,
    scope: Option<&str>,
    now: chrono::DateTime<chrono::Utc>,
    sender: &Sender,
) -> Result<Due> {
    let tenants: HashMap<String, TenantRow> = store::tenants::list(tx)?
        .into_iter()
        .map(|t| (t.id.clone(), t))
        .collect();
    let world = events::World {
        tenants: &tenants,
        now,
    };
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let mut out = Due {
        messages: Vec::new(),
        skipped: Vec::new(),
    };
    for e in events::due(tx, &world, scope)? {
        let mut to: Vec<String> = Vec::new();
        for id in &e.tenants {
            let Some(t) = tenants.get(id) else { continue };
            // A stored address is checked again: only a well-formed one reaches a header.
            match t.email.as_deref().map(model::validate_email) {
                Some(Ok(a)) => {
                    if !to.iter().any(|x| x.eq_ignore_ascii_case(&a)) {
                        to.push(a);
                    }
                }
                _ => out.skipped.push(Unaddressed {
                    event: e.event,
                    tenant: t.domain.clone(),
                    reason: SKIPPED_REASON,
                }),
            }
        }
        if to.is_empty() {
            continue;
        }
        let h = digest(&e.key);
        let text = super::email::render_notice(&super::email::Notice {
            from_name: &sender.name,
            from_addr: &sender.addr,
            to: &to,
            subject: &e.subject,
            body: &e.body,
            message_id: &format!("{}.notify", &h[..32]),
            date: now,
        });
        out.messages.push(Message {
            file_name: format!("{stamp}-{}-{}.eml", e.event, &h[..12]),
            staged_id: staged_id(&h),
            key: e.key,
            event: e.event,
            to,
            subject: e.subject,
            text,
        });
    }
    Ok(out)
}

/// Whether a final file name is one `notify` writes (`YYYYMMDDTHHMMSSZ-EVENT-HASH.eml`): its
/// recovery leaves other commands' staged messages in a shared directory alone.
fn is_notice_name(name: &str) -> bool {
    let b = name.as_bytes();
    name.ends_with(".eml")
        && b.len() > 17
        && b[..8].iter().all(u8::is_ascii_digit)
        && b[8] == b'T'
        && b[9..15].iter().all(u8::is_ascii_digit)
        && &b[15..17] == b"Z-"
}

/// The outbox directory, made owner-only when missing.
fn prepare_dir(dir: &Path) -> Result<()> {
    if dir.exists() && !dir.is_dir() {
        return Err(Error::invalid(format!(
            "--outbox {}: not a directory",
            dir.display()
        )));
    }
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)
        .map_err(|e| Error::internal(format!("cannot create {}: {e}", dir.display())))
}

/// Holds the outbox for one run: two runs into the same directory take turns, so one never
/// clears the other's staged messages as left over.
fn lock_dir(dir: &Path) -> Result<std::fs::File> {
    let path = dir.join(".partnerctl-notify.lock");
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .mode(0o600)
        .open(&path)
        .map_err(|e| Error::internal(format!("cannot open {}: {e}", path.display())))?;
    file.lock()
        .map_err(|e| Error::internal(format!("cannot lock {}: {e}", path.display())))?;
    Ok(file)
}

/// Finishes what an interrupted run left staged: a message whose event was recorded moves
/// into place, any other goes.
fn recover(ctx: &mut Ctx, dir: &Path) -> Result<usize> {
    let mut recorded: Option<HashSet<String>> = None;
    let store = &mut ctx.store;
    outbox::recover_matching(dir, RECORDED, &is_notice_name, &mut |id| {
        if recorded.is_none() {
            let keys = store.read(store::notifications::keys)?;
            recorded = Some(keys.iter().map(|k| staged_id(&digest(k))).collect());
        }
        Ok(recorded.as_ref().is_some_and(|r| r.contains(id)))
    })
}

const RECORDED: &str = "the notification was recorded";

/// "3 events notified: relationship-expiring-30d ×2, relationship-ended".
fn summary(written: &[Message]) -> String {
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for m in written {
        match counts.iter_mut().find(|(e, _)| *e == m.event) {
            Some((_, n)) => *n += 1,
            None => counts.push((m.event, 1)),
        }
    }
    let kinds: Vec<String> = counts
        .iter()
        .map(|(e, n)| {
            if *n == 1 {
                e.to_string()
            } else {
                format!("{e} ×{n}")
            }
        })
        .collect();
    format!(
        "{} event{} notified: {}",
        written.len(),
        if written.len() == 1 { "" } else { "s" },
        kinds.join(", ")
    )
}

pub fn notify(ctx: &mut Ctx, dir: &Path) -> Result<NotifyView> {
    // Admins, for what concerns their tenant: the same question `doctor` asks. The operator's
    // global admins see every tenant, so they notify for all of them.
    let (s, home) = ctx.begin_home("notify", Action::TenantRead, None)?;
    let scope = (!authz::sees_every_tenant(&s.principal)).then(|| home.id.clone());
    let dry_run = ctx.opts.dry_run;
    let now = ctx.clock.now();
    let at = fmt_time(now);
    let sender = ctx.store.read(|tx| {
        Ok(match store::tenants::operator(tx)? {
            Some(op) => Sender {
                addr: format!("partnerctl@{}", op.domain),
                name: op.name,
            },
            None => Sender {
                name: "partnerctl".into(),
                addr: "partnerctl@localhost".into(),
            },
        })
    })?;

    // Held until the messages are in place (dropped at the end of this function).
    let _lock = if dry_run {
        None
    } else {
        prepare_dir(dir)?;
        let lock = lock_dir(dir)?;
        recover(ctx, dir)?;
        Some(lock)
    };

    // Staged (written and synced) before the write transaction, so its lock is never held
    // for disk syncs; only what is still due, unchanged, inside that transaction is recorded
    // and moved into place. What became due meanwhile waits for the next run.
    let mut outbox = Outbox::for_what(RECORDED);
    let mut staged: HashMap<String, String> = HashMap::new();
    if !dry_run {
        let pre = ctx
            .store
            .read(|tx| due(tx, scope.as_deref(), now, &sender))?;
        for m in pre.messages {
            if let Err(e) = outbox.stage(&dir.join(&m.file_name), &m.staged_id, &m.text) {
                outbox.discard();
                return Err(e);
            }
            staged.insert(m.key, m.text);
        }
    }

    let mut skipped = Vec::new();
    let result = ctx.change_each(
        &s,
        Action::TenantRead,
        &home,
        ["notify".to_string()],
        |tx, _| {
            let fresh = due(tx, scope.as_deref(), now, &sender)?;
            skipped = fresh.skipped;
            let mut written = Vec::new();
            for m in fresh.messages {
                if !dry_run && staged.get(&m.key) != Some(&m.text) {
                    continue;
                }
                if store::notifications::record(tx, &m.key, m.event, &at)? {
                    written.push(m);
                }
            }
            // Nothing to tell is no change: an hourly run leaves no trace then.
            if written.is_empty() {
                return Ok(None);
            }
            let summary = summary(&written);
            Ok(Some((written, summary)))
        },
    );
    let written: Vec<Message> = match result {
        Ok(v) => v.into_iter().flatten().flatten().collect(),
        Err(e) => {
            outbox.discard();
            return Err(e);
        }
    };
    let committed: HashSet<&str> = written.iter().map(|m| m.staged_id.as_str()).collect();
    outbox.publish(&|id| committed.contains(id)).map_err(|e| {
        Error::new(
            e.kind,
            format!(
                "{}; the next `partnerctl notify --outbox {}` moves it into place",
                e.message,
                dir.display()
            ),
        )
    })?;
    Ok(NotifyView {
        written: written
            .into_iter()
            .map(|m| Written {
                file: dir.join(&m.file_name).display().to_string(),
                event: m.event,
                to: m.to,
                subject: m.subject,
            })
            .collect(),
        skipped,
        dry_run,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn recovery_knows_its_own_file_names() {
        assert!(is_notice_name(
            "20270101T000000Z-relationship-ended-0123456789ab.eml"
        ));
        assert!(!is_notice_name("invite-00002-a.example.eml"));
        assert!(!is_notice_name("renewal-contoso.example-0193a5c2.eml"));
        assert!(!is_notice_name("20270101T000000Z-x.txt"));
    }

    #[test]
    fn staged_ids_are_uuid_shaped_digests() {
        let id = staged_id(&digest("relationship-ended:x"));
        assert_eq!(id.len(), 36);
        assert!(uuid::Uuid::parse_str(&id).is_ok(), "{id}");
    }
}
