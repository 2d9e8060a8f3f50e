//! The audit trail: who did what where (`audit list`) and its integrity (`audit verify`).

use std::collections::HashMap;

use serde::Serialize;

use super::{Ctx, Scope};
use crate::authz::{self, Action};
use crate::clock::{fmt_time, parse_time};
use crate::error::{Error, Result};
use crate::model;
use crate::store::{self, audit::EntryRow};

#[derive(Debug, Serialize)]
pub struct AuditView {
    pub seq: i64,
    pub at: String,
    pub actor: Option<String>,
    pub actor_tenant: Option<String>,
    /// "agent UPN (Partner name)" when the actor acted in another tenant.
    pub actor_display: String,
    pub tenant: Option<String>,
    pub action: String,
    pub outcome: String,
    pub reason: String,
    pub relationship_id: Option<String>,
    pub object: Option<String>,
    pub summary: Option<String>,
    pub hash: String,
}

pub struct ListInput {
    pub actor: Option<String>,
    pub action: Option<String>,
    pub since: Option<String>,
    pub until: Option<String>,
    pub outcome: Option<String>,
    pub limit: Option<i64>,
}

/// A point in time as people give it to `--since`/`--until`: RFC 3339; a date (`2026-11-28`,
/// its midnight UTC); `today` or `yesterday` (midnight UTC); or a length back from now
/// (`7d`, `12h`, `30m`).
fn time_arg(
    flag: &str,
    s: &Option<String>,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Option<String>> {
    let Some(t) = s.as_deref().map(str::trim) else {
        return Ok(None);
    };
    let midnight = |d: chrono::NaiveDate| d.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
    let at = if let Ok(at) = parse_time(t) {
        Some(at)
    } else if let Ok(d) = chrono::NaiveDate::parse_from_str(t, "%Y-%m-%d") {
        midnight(d)
    } else if t.eq_ignore_ascii_case("today") {
        midnight(now.date_naive())
    } else if t.eq_ignore_ascii_case("yesterday") {
        now.date_naive().pred_opt().and_then(midnight)
    } else {
        crate::model::parse_span(
            flag,
            t,
            std::time::Duration::from_secs(1),
            std::time::Duration::from_secs(100 * 365 * 86_400),
        )
        .ok()
        .and_then(|d| chrono::Duration::from_std(d).ok())
        .map(|d| now - d)
    };
    at.map(|at| Some(fmt_time(at))).ok_or_else(|| {
        Error::invalid(format!(
            "{flag} {t:?}: give a length back from now (7d, 12h), a date (2026-11-28), today, yesterday, or an RFC 3339 time"
        ))
    })
}

/// Names tenants by id, reading each once.
struct TenantNames(HashMap<String, Option<(String, String)>>);

impl TenantNames {
    fn get(
        &mut self,
        tx: &crate::store::Tx<'_>,
        id: &Option<String>,
    ) -> Result<Option<(String, String)>> {
        let Some(id) = id else { return Ok(None) };
        if !self.0.contains_key(id) {
            let t = store::tenants::find(tx, id)?.map(|t| (t.domain, t.name));
            self.0.insert(id.clone(), t);
        }
        Ok(self.0[id].clone())
    }
}

pub fn list(ctx: &mut Ctx, input: &ListInput) -> Result<Vec<AuditView>> {
    let now = ctx.clock.now();
    let since = time_arg("--since", &input.since, now)?;
    let until = time_arg("--until", &input.until, now)?;
    if let Some(a) = &input.action {
        a.parse::<Action>().map_err(Error::invalid)?;
    }
    if let Some(o) = &input.outcome {
        if o != "allowed" && o != "denied" {
            return Err(Error::invalid(format!(
                "invalid --outcome {o:?}: allowed or denied"
            )));
        }
    }
    if input.limit.is_some_and(|l| l < 1) {
        return Err(Error::invalid("--limit must be at least 1"));
    }
    let actor = input
        .actor
        .as_deref()
        .map(model::validate_upn)
        .transpose()?;
    let (s, target) = ctx.locate(Scope::Target)?.parts();
    // Without --tenant: the operator's global admins see every entry; everyone else sees
    // what happened in their tenant and what their own users did elsewhere.
    let everything =
        ctx.opts.tenant.is_none() && authz::reaches_every_tenant(&s.principal, Action::AuditRead);
    let (target_scope, actor_scope) = if everything {
        (None, None)
    } else if ctx.opts.tenant.is_none() {
        (Some(target.id.clone()), Some(target.id.clone()))
    } else {
        (Some(target.id.clone()), None)
    };
    ctx.view(&s, Action::AuditRead, &target, None, |tx| {
        let rows = store::audit::list(
            tx,
            &store::audit::Query {
                target_tenant: target_scope.as_deref(),
                or_actor_tenant: actor_scope.as_deref(),
                actor_upn: actor.as_deref(),
                action: input.action.as_deref(),
                since: since.as_deref(),
                until: until.as_deref(),
                outcome: input.outcome.as_deref(),
                limit: input.limit,
            },
        )?;
        let mut names = TenantNames(HashMap::new());
        rows.into_iter().map(|e| view(tx, &mut names, e)).collect()
    })
}

/// Whether the principal may read the audit of any hosted tenant: asked of the core for a
/// hypothetical tenant it has no relationship with.
fn view(tx: &crate::store::Tx<'_>, names: &mut TenantNames, e: EntryRow) -> Result<AuditView> {
    let actor_t = names.get(tx, &e.actor_tenant_id)?;
    let target_t = names.get(tx, &e.target_tenant_id)?;
    let actor = e.actor_upn.clone().unwrap_or_else(|| "-".into());
    let actor_display = match (
        &actor_t,
        e.actor_tenant_id != e.target_tenant_id && e.target_tenant_id.is_some(),
    ) {
        (Some((_, name)), true) => format!("{actor} ({name})"),
        _ => actor,
    };
    Ok(AuditView {
        seq: e.seq,
        at: e.at,
        actor: e.actor_upn,
        actor_tenant: actor_t.map(|t| t.0),
        actor_display,
        tenant: target_t.map(|t| t.0),
        action: e.action,
        outcome: e.outcome,
        reason: e.reason,
        relationship_id: e.relationship_id,
        object: e.object,
        summary: e.summary,
        hash: e.hash,
    })
}

#[derive(Debug, Clone, Serialize)]
pub struct Head {
    pub seq: i64,
    pub hash: String,
}

#[derive(Debug, Serialize)]
pub struct VerifyView {
    pub ok: bool,
    /// With `--expect-head`: the seq of that entry, when it is still in the chain.
    pub expected_head_seq: Option<i64>,
    pub entries: i64,
    pub head: Option<Head>,
    pub first_bad_seq: Option<i64>,
    pub problem: Option<String>,
}

/// Recomputes the whole chain: contiguous sequence numbers from 1, each entry naming its
/// predecessor's hash, each hash matching its content; and, with `expect_head`, the head.
pub fn check_chain(tx: &crate::store::Tx<'_>, expect_head: Option<&str>) -> Result<VerifyView> {
    let mut prev = store::audit::GENESIS.to_string();
    let mut next_seq = 1i64;
    let mut entries = 0i64;
    let mut head: Option<Head> = None;
    let mut bad: Option<(i64, String)> = None;
    // Where the expected head occurs in the chain, if anywhere.
    let want = expect_head.map(str::trim);
    let mut want_at: Option<i64> = None;
    store::audit::each(tx, |e| {
        if bad.is_some() {
            return Ok(());
        }
        if want == Some(e.hash.as_str()) {
            want_at = Some(e.seq);
        }
        if e.seq != next_seq {
            bad = Some((
                next_seq,
                format!(
                    "entry {next_seq} is missing or out of order (found {} next)",
                    e.seq
                ),
            ));
        } else if e.prev_hash != prev {
            bad = Some((
                e.seq,
                format!(
                    "entry {} does not follow entry {} (prev_hash differs)",
                    e.seq,
                    e.seq - 1
                ),
            ));
        } else if e.expected_hash(&prev)? != e.hash {
            bad = Some((
                e.seq,
                format!(
                    "entry {} was altered (its hash does not match its content)",
                    e.seq
                ),
            ));
        }
        entries += 1;
        next_seq += 1;
        prev = e.hash.clone();
        head = Some(Head {
            seq: e.seq,
            hash: e.hash,
        });
        Ok(())
    })?;
    // A saved head must still be in the chain: the chain may have grown past it (every
    // command appends), but if it is gone the tail was truncated or the chain rewritten.
    if let (None, Some(want), None) = (&bad, want, want_at) {
        let seq = head.as_ref().map_or(1, |h| h.seq + 1);
        bad = Some((
            seq,
            format!(
                "the expected head {want} is not in the chain (head is seq {}): entries were truncated or the chain was rewritten",
                seq - 1
            ),
        ));
    }
    Ok(VerifyView {
        ok: bad.is_none(),
        expected_head_seq: want_at,
        entries,
        head,
        first_bad_seq: bad.as_ref().map(|b| b.0),
        problem: bad.map(|b| b.1),
    })
}

pub fn verify(ctx: &mut Ctx, expect_head: Option<&str>) -> Result<VerifyView> {
    ctx.begin(Scope::Home("audit verify"), Action::AuditRead, None)?;
    ctx.store.read(|tx| check_chain(tx, expect_head))
}
