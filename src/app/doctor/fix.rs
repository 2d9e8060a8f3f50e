//! What `doctor` tells its reader to do about a finding. A fix is one of three things:
//!
//! - a command the reader may run as it is (it starts with `partnerctl `): for a partner user
//!   who may invite, the exact renewal `partnerctl invite --renews ID`, which keeps the access,
//!   the duration, auto-extend, the customer and the name. Where a pending invite must be
//!   revoked first (a partner holds one pending renewal invite per relationship), the fix is two
//!   commands joined by ` && `: `partnerctl invites revoke ID && partnerctl invite …`;
//! - when the fix is someone else's to make, a sentence that starts with `ask ` (or, for a
//!   customer holding a renewal invite, `accept `): whom to ask (with their contact details)
//!   for what, naming the relationship by name and id, and by when; a partner user who may not
//!   run the command gets it quoted in backticks;
//! - nothing (`null`) when there is nothing for the reader to do.
//!
//! Commands hold only validated identifiers, role names, domains and relationship names, the
//! names quoted for a POSIX shell when they need it; names and contact details pass through
//! `escape_unsafe` too, so that an edited store cannot put a control character in a fix.

use std::borrow::Cow;

use crate::model::{escape_unsafe, AgentRole, DirectoryRole};
use crate::store::{invites::InviteRow, relationships::RelationshipRow, tenants::TenantRow};

/// The reader of the findings, as far as fixes go: its tenant, and what it may do there.
pub(super) struct Reader {
    pub tenant_id: String,
    /// `invite.create` (and so `invite.revoke`) in its own tenant.
    pub may_invite: bool,
    /// `grant.manage` in its own tenant.
    pub may_grant: bool,
    /// `user.assign-role` in its own tenant.
    pub may_assign_roles: bool,
}

impl Reader {
    fn is_partner_of(&self, r: &RelationshipRow) -> bool {
        r.partner_tenant_id == self.tenant_id
    }
}

/// `s` as one word for a POSIX shell: as it is when it holds only characters no shell treats
/// specially, else in single quotes (a quote inside written `'\''`).
pub(super) fn shell_word(s: &str) -> Cow<'_, str> {
    let plain = !s.is_empty()
        && s.chars()
            .all(|c| c.is_ascii_alphanumeric() || "@%+=:,./_-".contains(c));
    if plain {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(format!("'{}'", s.replace('\'', r"'\''")))
    }
}

/// How a finding names a relationship: `relationship "NAME" (ID)`.
pub(super) fn label(r: &RelationshipRow) -> String {
    format!("relationship \"{}\" ({})", escape_unsafe(&r.name), r.id)
}

/// A tenant to ask, with its contact details when it has any:
/// `fabrikam-partners.example (admin@fabrikam-partners.example, +1 425 555 0150)`.
fn party(t: &TenantRow) -> String {
    let contact: Vec<Cow<'_, str>> = [&t.email, &t.phone]
        .into_iter()
        .flatten()
        .map(|c| escape_unsafe(c))
        .collect();
    if contact.is_empty() {
        t.domain.clone()
    } else {
        format!("{} ({})", t.domain, contact.join(", "))
    }
}

/// A command for someone in `partner` who may invite.
fn ask_inviter(partner: &TenantRow, command: &str) -> String {
    format!(
        "ask a global admin, an admin agent or a sales agent of {} to run `{command}`",
        partner.domain
    )
}

/// The command that renews `r` keeping its access, duration, customer and name:
/// `partnerctl invite --renews ID` (which keeps auto-extend too). A relationship whose
/// auto-extend the rules refuse (it delegates global-admin) gets its access spelled out, which
/// renews it without auto-extend: with it, the invite would be refused.
pub(super) fn renew_command(r: &RelationshipRow) -> String {
    let mut cmd = format!("partnerctl invite --renews {}", r.id);
    if r.auto_extend && r.access.contains(&DirectoryRole::GlobalAdmin) {
        for a in &r.access {
            cmd.push_str(&format!(" --access {a}"));
        }
    }
    cmd
}

/// The partner's pending invite that already renews a relationship, if any: a partner holds
/// one pending renewal invite per relationship, so a new one can be issued only once it is
/// gone.
pub(super) struct Pending<'a> {
    pub renewal: Option<&'a InviteRow>,
}

/// The fix for a relationship that will lapse: for its partner, the renewal (to run, or to
/// ask a colleague who may invite for), after revoking the pending renewal invite if there is
/// one; for anyone else (the customer, the operator), the
/// pending renewal invite to accept, else what to ask the partner for.
pub(super) fn renew(
    reader: &Reader,
    partner: &TenantRow,
    r: &RelationshipRow,
    pending: &Pending<'_>,
) -> String {
    if reader.is_partner_of(r) {
        let mut cmd = renew_command(r);
        if let Some(x) = pending.renewal {
            cmd = format!("partnerctl invites revoke {} && {cmd}", x.id);
        }
        return if reader.may_invite {
            cmd
        } else {
            ask_inviter(partner, &cmd)
        };
    }
    match pending.renewal {
        Some(i) => {
            let by = match r.expires_at.as_deref() {
                Some(e) if e < i.expires_at.as_str() => e,
                _ => i.expires_at.as_str(),
            };
            format!(
                "accept the renewal invite {} for {} before {by} (its token came with {}'s invitation; if it is lost, ask {} for a new one)",
                i.id,
                label(r),
                partner.domain,
                party(partner)
            )
        }
        None => {
            let before = r
                .expires_at
                .as_deref()
                .map(|e| format!(" before {e}"))
                .unwrap_or_default();
            format!("ask {} to renew {}{before}", party(partner), label(r))
        }
    }
}

/// What a relationship finding's message adds about the pending invites (see [`Pending`]).
pub(super) fn pending_note(reader: &Reader, r: &RelationshipRow, pending: &Pending<'_>) -> String {
    let partner_side = reader.is_partner_of(r);
    match pending.renewal {
        Some(i) if partner_side => format!(
            "; the renewal invite {} is pending until {}: once the customer accepts it nothing is left to do (the fix replaces it, should its token be lost)",
            i.id, i.expires_at
        ),
        Some(i) => format!("; the renewal invite {} is pending until {}", i.id, i.expires_at),
        None => String::new(),
    }
}

/// The commands that revoke `i` and issue it again with the same terms, every one spelled out
/// (no default can widen them): `--renews` when it renews a relationship, the customer domain,
/// each role, the duration, auto-extend and the name. The revocation comes first: it frees
/// the customer's domain for the new invite (one pending invite per customer domain).
pub(super) fn reissue_command(i: &InviteRow) -> String {
    let mut cmd = format!("partnerctl invites revoke {} && partnerctl invite", i.id);
    if let Some(r) = &i.renews {
        cmd.push_str(&format!(" --renews {r}"));
    }
    if let Some(d) = &i.customer_domain {
        cmd.push_str(&format!(" --customer-domain {d}"));
    }
    for a in &i.access {
        cmd.push_str(&format!(" --access {a}"));
    }
    if let Some(d) = i.duration_days {
        cmd.push_str(&format!(" --duration {d}d"));
    }
    if i.auto_extend {
        cmd.push_str(" --auto-extend");
    }
    if let Some(n) = &i.name {
        // `--name=…`: a name that starts with `-` stays the flag's value.
        cmd.push_str(&format!(" --name={}", shell_word(&escape_unsafe(n))));
    }
    cmd
}

/// A partner-side command, for the reader to run when it may, else to ask for.
pub(super) fn inviting(reader: &Reader, home: &TenantRow, cmd: String) -> String {
    if reader.may_invite {
        cmd
    } else {
        ask_inviter(home, &cmd)
    }
}

/// The fix for a relationship no agent can use (`unusable`), or that only the partner's
/// global admins can use: for the partner, a grant (to run, or to ask a global admin for); for
/// the customer, what to ask the partner for when nobody can use it, and nothing otherwise.
pub(super) fn grant(
    reader: &Reader,
    partner: &TenantRow,
    customer: &TenantRow,
    r: &RelationshipRow,
    unusable: bool,
) -> Option<String> {
    if reader.is_partner_of(r) {
        let cmd = format!(
            "partnerctl grants add UPN --role {} --customer {}",
            AgentRole::AdminAgent,
            customer.domain
        );
        return Some(if reader.may_grant {
            cmd
        } else {
            format!("ask a global admin of {} to run `{cmd}`", partner.domain)
        });
    }
    unusable.then(|| {
        format!(
            "ask {} to let one of its users act through {}, or end it if it is no longer needed",
            party(partner),
            label(r)
        )
    })
}

/// The fix for a tenant with a single global admin: the command for a reader who may assign
/// roles there, else whom to ask.
pub(super) fn second_admin(reader: &Reader, t: &TenantRow, admin_upn: &str) -> String {
    if t.id == reader.tenant_id && reader.may_assign_roles {
        format!(
            "partnerctl users roles add UPN global-admin --tenant {}",
            t.domain
        )
    } else {
        format!(
            "ask {admin_upn}, the global admin of {}, to make a second user global admin: `partnerctl users roles add UPN global-admin`",
            t.domain
        )
    }
}

/// The fix for an assignment to an empty group of the partner's own: add its members, or ask
/// a global admin of the partner to.
pub(super) fn fill_group(reader: &Reader, partner: &TenantRow, group: &str) -> Option<String> {
    if reader.tenant_id != partner.id {
        return None;
    }
    let cmd = format!(
        "partnerctl groups members add {} UPN",
        shell_word(&escape_unsafe(group))
    );
    Some(if reader.may_grant {
        cmd
    } else {
        format!(
            "ask a global admin of {} to run `{cmd}`",
            escape_unsafe(&partner.domain)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::shell_word;

    #[test]
    fn shell_words_are_quoted_only_when_a_shell_would_change_them() {
        for plain in ["contoso.example", "nw-readers", "a_b", "x@y", "365d"] {
            assert_eq!(shell_word(plain), plain);
        }
        let cases = [
            ("", "''"),
            ("nw readers", "'nw readers'"),
            ("Prospect's helpdesk", r"'Prospect'\''s helpdesk'"),
            ("$(rm -rf ~)", "'$(rm -rf ~)'"),
            ("a;b|c&d", "'a;b|c&d'"),
            ("Zürich", "'Zürich'"),
            ("`x`", "'`x`'"),
        ];
        for (raw, quoted) in cases {
            assert_eq!(shell_word(raw), quoted, "{raw}");
        }
    }
}
