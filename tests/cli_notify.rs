//! `notify --outbox DIR` through the real binary: one message per lifecycle event, each told
//! once, to the contact e-mails of the tenants concerned; a moved test clock walks a
//! relationship through its warnings, its expiry and its automatic extensions.

mod common;

use std::fs;
use std::path::{Path, PathBuf};

use common::*;
use serde_json::Value;

const FAB: &str = "fabrikam.example";
const FAB_ADMIN: &str = "admin@fabrikam.example";
const FAB_PASS: &str = "fabrikam-pass-1";
const FAB_CONTACT: &str = "partners@fabrikam.example";
const FAB_PLAIN: &str = "plain@fabrikam.example";
const PLAIN_PASS: &str = "plain-pass-1234";

const NW: &str = "northwind.example";
const NW_ADMIN: &str = "admin@northwind.example";
const NW_PASS: &str = "northwind-pass-1";

/// The operator (signed in through the session file), the partner Fabrikam (contact
/// partners@fabrikam.example, a user without roles), the customers contoso and northwind (their
/// contacts are their first admins), and the tokens of the people who act.
struct World {
    env: Env,
    fab: String,
    contoso: String,
    northwind: String,
    op: String,
}

fn create_tenant(env: &Env, name: &str, domain: &str, admin: &str, pass: &str, partner: bool) {
    let mut a = vec![
        "tenants",
        "create",
        name,
        "--domain",
        domain,
        "--admin",
        admin,
        "--admin-password-stdin",
    ];
    if partner {
        a.extend(["--partner", "--partner-id", "4412345"]);
    }
    env.run_in(&a, &format!("{pass}\n")).ok();
}

impl World {
    fn new() -> World {
        let env = Env::with_contoso();
        create_tenant(&env, "Fabrikam Partners", FAB, FAB_ADMIN, FAB_PASS, true);
        create_tenant(&env, "Northwind Traders", NW, NW_ADMIN, NW_PASS, false);
        let fab = env.token(FAB_ADMIN, FAB_PASS);
        env.run_as(&fab, &["tenants", "update", "--email", FAB_CONTACT])
            .ok();
        env.add_user_as(&fab, FAB_PLAIN, PLAIN_PASS, &[]);
        World {
            fab,
            contoso: env.token(CONTOSO_ADMIN, CONTOSO_PASS),
            northwind: env.token(NW_ADMIN, NW_PASS),
            op: env.token(OP_ADMIN, OP_PASS),
            env,
        }
    }

    /// Moves the clock and signs everyone in again at that time (sessions last 12 hours).
    fn at(&mut self, now: &str) {
        self.env.now = now.to_string();
        self.fab = self.env.token(FAB_ADMIN, FAB_PASS);
        self.contoso = self.env.token(CONTOSO_ADMIN, CONTOSO_PASS);
        self.northwind = self.env.token(NW_ADMIN, NW_PASS);
        self.op = self.env.token(OP_ADMIN, OP_PASS);
    }

    /// A relationship from Fabrikam accepted by contoso; returns its id.
    fn relate(&self, extra: &[&str]) -> String {
        let mut a = vec!["invite", "--customer-domain", CONTOSO];
        a.extend_from_slice(extra);
        let inv = self.env.json_as(&self.fab, &a);
        let token = inv["token"].as_str().unwrap().to_string();
        let acc = self
            .env
            .json_as(&self.contoso, &["accept", &token, "--yes"]);
        acc["id"].as_str().unwrap().to_string()
    }

    fn outbox(&self) -> PathBuf {
        self.env.home().join("outbox")
    }

    /// `notify --outbox DIR -o json` as the holder of `token`: the `written` entries.
    fn notify(&self, token: &str) -> Vec<Value> {
        let out = self.outbox();
        let v = self
            .env
            .json_as(token, &["notify", "--outbox", out.to_str().unwrap()]);
        v["written"].as_array().unwrap().clone()
    }

    fn recorded(&self) -> usize {
        self.env
            .scalar("SELECT count(*) FROM notifications")
            .parse()
            .unwrap()
    }
}

fn events(written: &[Value]) -> Vec<String> {
    written
        .iter()
        .map(|w| w["event"].as_str().unwrap().to_string())
        .collect()
}

fn to(w: &Value) -> Vec<String> {
    w["to"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a.as_str().unwrap().to_string())
        .collect()
}

/// The message files in the outbox (hidden files, such as the lock, left out).
fn messages(dir: &Path) -> Vec<PathBuf> {
    let Ok(rd) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<PathBuf> = rd
        .map(|e| e.unwrap().path())
        .filter(|p| !p.file_name().unwrap().to_str().unwrap().starts_with('.'))
        .collect();
    v.sort();
    v
}

/// Every entry of the outbox, hidden ones included (staged messages start with a dot).
fn entries(dir: &Path) -> Vec<String> {
    let Ok(rd) = fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut v: Vec<String> = rd
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    v.sort();
    v
}

#[test]
fn expiry_warnings_go_to_both_sides_once_per_threshold() {
    let mut w = World::new();
    let id = w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);

    // 30 days left: one message to both contacts.
    let written = w.notify(&w.fab);
    assert_eq!(
        events(&written),
        ["relationship-expiring-30d"],
        "{written:?}"
    );
    assert_eq!(to(&written[0]), [FAB_CONTACT, CONTOSO_ADMIN]);
    let file = PathBuf::from(written[0]["file"].as_str().unwrap());
    assert_eq!(messages(&w.outbox()), vec![file.clone()]);
    let name = file.file_name().unwrap().to_str().unwrap().to_string();
    assert!(
        name.starts_with("20270101T000000Z-relationship-expiring-30d-") && name.ends_with(".eml"),
        "{name}"
    );
    assert_eq!(mode(&file), 0o600);
    let text = fs::read_to_string(&file).unwrap();
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    for h in [
        "From: Operator <partnerctl@operator.example>",
        "To: <partners@fabrikam.example>,\r\n <admin@contoso.example>",
        "Date: Fri, 1 Jan 2027 00:00:00 +0000",
        "MIME-Version: 1.0",
        "Content-Type: text/plain; charset=utf-8",
        "Message-ID: <",
        "Subject: The delegated-admin relationship ",
    ] {
        assert!(head.contains(h), "missing {h:?} in\n{head}");
    }
    assert!(body.contains(&id), "{body}");
    assert!(body.contains("2027-01-31T00:00:00Z"), "{body}");
    assert!(!text.replace("\r\n", "").contains('\n'), "CRLF only");
    assert_eq!(w.recorded(), 1);

    // Told once: nothing more, by either side.
    assert!(w.notify(&w.fab).is_empty());
    assert!(w.notify(&w.contoso).is_empty());
    assert_eq!(messages(&w.outbox()).len(), 1);

    // 7 days left, then 1 day left, then expired.
    for (now, event) in [
        ("2027-01-24T00:00:00Z", "relationship-expiring-7d"),
        ("2027-01-30T06:00:00Z", "relationship-expiring-1d"),
        ("2027-01-31T00:00:01Z", "relationship-expired"),
    ] {
        w.at(now);
        let written = w.notify(&w.contoso);
        assert_eq!(events(&written), [event], "at {now}: {written:?}");
        assert_eq!(to(&written[0]), [FAB_CONTACT, CONTOSO_ADMIN]);
        assert!(w.notify(&w.fab).is_empty(), "at {now}: told twice");
    }
    assert_eq!(messages(&w.outbox()).len(), 4);

    // One summary audit entry per run that wrote something, none for a run with nothing due.
    let summaries = w
        .env
        .query("SELECT action, object, summary FROM audit WHERE object = 'notify' ORDER BY seq");
    assert_eq!(summaries.len(), 4, "{summaries:?}");
    assert_eq!(summaries[0][0], "tenant.read");
    assert_eq!(
        summaries[0][2],
        "1 event notified: relationship-expiring-30d"
    );
}

#[test]
fn a_first_run_sends_only_the_nearest_warning() {
    let mut w = World::new();
    w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);
    w.at("2027-01-27T00:00:00Z");
    let written = w.notify(&w.fab);
    assert_eq!(events(&written), ["relationship-expiring-7d"]);
}

#[test]
fn an_ended_relationship_is_told_to_both_sides() {
    let w = World::new();
    let id = w.relate(&[]);
    assert!(w.notify(&w.fab).is_empty(), "no expiry, nothing due");
    w.env
        .run_as(&w.contoso, &["relationships", "terminate", &id, "--yes"])
        .ok();
    let written = w.notify(&w.contoso);
    assert_eq!(events(&written), ["relationship-ended"]);
    assert_eq!(to(&written[0]), [FAB_CONTACT, CONTOSO_ADMIN]);
    let text = fs::read_to_string(written[0]["file"].as_str().unwrap()).unwrap();
    assert!(text.contains("admin@contoso.example."), "{text}");
    // The partner's run finds it told already.
    assert!(w.notify(&w.fab).is_empty());
}

#[test]
fn a_renewal_is_told_once_as_a_renewal() {
    let w = World::new();
    let old = w.relate(&["--duration", "90d", "--access", "helpdesk-admin"]);
    let new = w.relate(&["--renews", &old, "--name", "renewed"]);
    let written = w.notify(&w.fab);
    assert_eq!(events(&written), ["relationship-renewed"], "{written:?}");
    let text = fs::read_to_string(written[0]["file"].as_str().unwrap()).unwrap();
    assert!(text.contains(&new) && text.contains(&old), "{text}");
}

#[test]
fn dry_run_lists_and_writes_nothing() {
    let w = World::new();
    w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);
    let before = w.env.state();
    let audit = w.env.audit();
    let out = w.outbox();
    let v = w.env.json_as(
        &w.fab,
        &["notify", "--outbox", out.to_str().unwrap(), "--dry-run"],
    );
    assert_eq!(v["dry_run"], true, "{v}");
    let written = v["result"]["written"].as_array().unwrap();
    assert_eq!(events(written), ["relationship-expiring-30d"]);
    assert_eq!(v["planned"][0]["decision"]["action"], "tenant.read");
    assert!(!out.exists(), "dry run made the outbox");
    assert_eq!(w.env.state(), before);
    assert_eq!(w.env.audit(), audit);
    // The table says so too.
    let r = w
        .env
        .run_as(
            &w.fab,
            &["notify", "--outbox", out.to_str().unwrap(), "--dry-run"],
        )
        .ok();
    assert!(
        r.stdout.contains("relationship-expiring-30d"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("nothing was written"), "{}", r.stdout);
    assert!(!out.exists());
    // The real run then writes it.
    assert_eq!(events(&w.notify(&w.fab)), ["relationship-expiring-30d"]);
}

#[test]
fn an_automatic_extension_is_told_for_each_new_period() {
    let mut w = World::new();
    let id = w.relate(&[
        "--duration",
        "90d",
        "--auto-extend",
        "--access",
        "helpdesk-admin",
    ]);
    // 2027-04-01 is the stored expiry; a day after it, the relationship runs to 2027-09-28.
    w.at("2027-04-02T00:00:00Z");
    let written = w.notify(&w.fab);
    assert_eq!(
        events(&written),
        ["relationship-auto-extended"],
        "{written:?}"
    );
    assert_eq!(to(&written[0]), [FAB_CONTACT, CONTOSO_ADMIN]);
    let text = fs::read_to_string(written[0]["file"].as_str().unwrap()).unwrap();
    assert!(text.contains("2027-09-28T00:00:00Z"), "{text}");
    assert!(w.notify(&w.fab).is_empty());
    let key = w.env.scalar("SELECT event_key FROM notifications");
    assert_eq!(
        key,
        format!("relationship-auto-extended:{id}:2027-09-28T00:00:00Z")
    );
    // Its next expiry warns that it extends itself; the next period is told again.
    w.at("2027-09-01T00:00:00Z");
    let written = w.notify(&w.fab);
    assert_eq!(events(&written), ["relationship-expiring-30d"]);
    let text = fs::read_to_string(written[0]["file"].as_str().unwrap()).unwrap();
    assert!(text.contains("extends itself"), "{text}");
    w.at("2027-09-29T00:00:00Z");
    assert_eq!(events(&w.notify(&w.fab)), ["relationship-auto-extended"]);
}

#[test]
fn an_invite_about_to_expire_is_told_to_its_partner() {
    let mut w = World::new();
    w.env.json_as(
        &w.fab,
        &["invite", "--customer-domain", NW, "--expires-in", "10d"],
    );
    assert!(w.notify(&w.fab).is_empty());
    w.at("2027-01-08T00:00:00Z");
    // Not the prospect's business: northwind's run finds nothing.
    assert!(w.notify(&w.northwind).is_empty());
    let written = w.notify(&w.fab);
    assert_eq!(events(&written), ["invite-expiring"]);
    assert_eq!(to(&written[0]), [FAB_CONTACT]);
    assert!(w.notify(&w.fab).is_empty());
}

#[test]
fn elevations_are_told_when_requested_approved_and_used() {
    let w = World::new();
    let rel = w.relate(&["--access", "user-admin"]);
    let user = w
        .env
        .scalar(&format!("SELECT id FROM users WHERE upn = '{FAB_ADMIN}'"));
    let fab = w
        .env
        .scalar(&format!("SELECT id FROM tenants WHERE domain = '{FAB}'"));
    let contoso = w.env.scalar(&format!(
        "SELECT id FROM tenants WHERE domain = '{CONTOSO}'"
    ));
    let id = "0193a5c2-7d1e-7c3a-9f00-2b6f4e8d1a77";
    w.env.sql(&format!(
        "INSERT INTO elevations (id, user_id, partner_tenant_id, customer_tenant_id,
             relationship_id, roles, minutes, reason, ticket, status, requested_at)
         VALUES ('{id}', '{user}', '{fab}', '{contoso}', '{rel}', 'user-admin', 120,
             'Reset the CFO''s mailbox rules', 'INC-42', 'pending', '2026-12-31T23:00:00Z')"
    ));
    let written = w.notify(&w.fab);
    assert_eq!(events(&written), ["elevation-requested"]);
    assert_eq!(to(&written[0]), [FAB_CONTACT]);
    let text = fs::read_to_string(written[0]["file"].as_str().unwrap()).unwrap();
    assert!(text.contains("Reset the CFO's mailbox rules"), "{text}");
    assert!(text.contains("INC-42"), "{text}");
    // The customer is not told of a request.
    assert!(w.notify(&w.contoso).is_empty());

    w.env.sql(&format!(
        "UPDATE elevations SET status = 'active', decided_by = 'second@fabrikam.example',
             decided_at = '2026-12-31T23:30:00Z', starts_at = '2026-12-31T23:30:00Z',
             ends_at = '2027-01-01T01:30:00Z' WHERE id = '{id}'"
    ));
    let written = w.notify(&w.fab);
    assert_eq!(events(&written), ["elevation-approved"]);
    assert_eq!(to(&written[0]), [FAB_CONTACT]);

    w.env.sql(&format!(
        "UPDATE elevations SET used_at = '2026-12-31T23:45:00Z' WHERE id = '{id}'"
    ));
    // The customer's admin runs it this time: the use is the customer's business too.
    let written = w.notify(&w.contoso);
    assert_eq!(events(&written), ["elevation-used"]);
    assert_eq!(to(&written[0]), [FAB_CONTACT, CONTOSO_ADMIN]);
    assert!(w.notify(&w.fab).is_empty());
}

#[test]
fn a_user_who_is_no_admin_is_refused() {
    let w = World::new();
    w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);
    let plain = w.env.token(FAB_PLAIN, PLAIN_PASS);
    let out = w.outbox();
    let e = w
        .env
        .run_as(
            &plain,
            &["notify", "--outbox", out.to_str().unwrap(), "-o", "json"],
        )
        .fails(4, "permission_denied");
    assert_eq!(e["reason"], "role-insufficient", "{e}");
    assert!(!out.exists());
    assert_eq!(w.recorded(), 0);
}

#[test]
fn each_admin_sees_its_own_tenant_and_the_operator_every_one() {
    let w = World::new();
    w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);
    // Northwind has no part in it.
    assert!(w.notify(&w.northwind).is_empty());
    // The operator's global admin notifies for every tenant.
    assert_eq!(events(&w.notify(&w.op)), ["relationship-expiring-30d"]);
    // --tenant naming another tenant is refused.
    let out = w.outbox();
    w.env
        .run_as(
            &w.fab,
            &[
                "notify",
                "--outbox",
                out.to_str().unwrap(),
                "--tenant",
                CONTOSO,
                "-o",
                "json",
            ],
        )
        .fails(2, "invalid_input");
}

#[test]
fn a_tenant_without_a_contact_email_is_skipped_and_said_so() {
    let w = World::new();
    w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);
    w.env.sql(&format!(
        "UPDATE tenants SET email = NULL WHERE domain = '{CONTOSO}'"
    ));
    let out = w.outbox();
    let v = w
        .env
        .json_as(&w.fab, &["notify", "--outbox", out.to_str().unwrap()]);
    let written = v["written"].as_array().unwrap();
    assert_eq!(events(written), ["relationship-expiring-30d"]);
    assert_eq!(to(&written[0]), [FAB_CONTACT]);
    assert_eq!(v["skipped"][0]["tenant"], CONTOSO, "{v}");
    assert_eq!(v["skipped"][0]["reason"], "no contact e-mail");

    // Nobody to tell: not recorded, said so on every run.
    let id = w.relate(&["--access", "helpdesk-admin", "--name", "second"]);
    w.env.sql(&format!(
        "UPDATE tenants SET email = NULL WHERE domain = '{FAB}'"
    ));
    w.env
        .run_as(&w.contoso, &["relationships", "terminate", &id, "--yes"])
        .ok();
    for _ in 0..2 {
        let r = w
            .env
            .run_as(&w.contoso, &["notify", "--outbox", out.to_str().unwrap()])
            .ok();
        assert!(r.stdout.contains("no notifications due"), "{}", r.stdout);
        assert!(
            r.stdout
                .contains("fabrikam.example has no contact e-mail (relationship-ended)"),
            "{}",
            r.stdout
        );
    }
    assert_eq!(w.recorded(), 1);
}

#[test]
fn no_file_appears_when_the_transaction_fails() {
    let w = World::new();
    w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);
    if w.env.pg.is_some() {
        w.env.sql(
            "CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS
                 $$ BEGIN RAISE EXCEPTION 'refused'; END $$;
             CREATE TRIGGER refuse BEFORE INSERT ON notifications
                 FOR EACH ROW EXECUTE FUNCTION refuse();",
        );
    } else {
        w.env.sql(
            "CREATE TRIGGER refuse BEFORE INSERT ON notifications
             BEGIN SELECT RAISE(ABORT, 'refused'); END;",
        );
    }
    let out = w.outbox();
    let r = w
        .env
        .run_as(&w.fab, &["notify", "--outbox", out.to_str().unwrap()]);
    assert_eq!(r.code, 1, "{r:?}");
    assert_eq!(
        entries(&out),
        [".partnerctl-notify.lock"],
        "a message or a staged file was left behind"
    );
    assert_eq!(w.recorded(), 0);

    // Once the store takes it again, the event is told.
    w.env.sql(if w.env.pg.is_some() {
        "DROP TRIGGER refuse ON notifications"
    } else {
        "DROP TRIGGER refuse"
    });
    assert_eq!(events(&w.notify(&w.fab)), ["relationship-expiring-30d"]);
}

#[test]
fn a_message_left_staged_after_the_commit_is_moved_into_place() {
    let w = World::new();
    w.relate(&["--duration", "30d", "--access", "helpdesk-admin"]);
    let written = w.notify(&w.fab);
    let file = PathBuf::from(written[0]["file"].as_str().unwrap());
    // A run killed between its commit and the move leaves the message under its staged name.
    let name = file.file_name().unwrap().to_str().unwrap().to_string();
    let short = &name[name.len() - 16..name.len() - 4];
    let text = fs::read_to_string(&file).unwrap();
    let digest_id = text
        .lines()
        .find_map(|l| l.strip_prefix("Message-ID: <"))
        .unwrap()
        .split('.')
        .next()
        .unwrap()
        .to_string();
    assert!(digest_id.starts_with(short));
    let uuid = format!(
        "{}-{}-{}-{}-{}",
        &digest_id[0..8],
        &digest_id[8..12],
        &digest_id[12..16],
        &digest_id[16..20],
        &digest_id[20..32]
    );
    let temp = w.outbox().join(format!(".{name}.{uuid}.partial"));
    fs::rename(&file, &temp).unwrap();
    // The next run finishes the move; nothing new is due.
    assert!(w.notify(&w.fab).is_empty());
    assert!(file.exists());
    assert!(!temp.exists());
}

#[test]
fn stored_text_never_reaches_a_header_raw() {
    let w = World::new();
    w.relate(&[
        "--duration",
        "30d",
        "--access",
        "helpdesk-admin",
        "--name",
        "Zürich helpdesk",
    ]);
    // Whoever writes the store could plant a header in a contact address (SPEC §7): it is
    // checked again and left out.
    let (cr, lf) = if w.env.pg.is_some() {
        ("chr(13)", "chr(10)")
    } else {
        ("char(13)", "char(10)")
    };
    w.env.sql(&format!(
        "UPDATE tenants SET email = 'it@contoso.example' || {cr} || {lf} || 'Bcc: spy@evil.example'
         WHERE domain = '{CONTOSO}'"
    ));
    let out = w.outbox();
    let v = w
        .env
        .json_as(&w.fab, &["notify", "--outbox", out.to_str().unwrap()]);
    let written = v["written"].as_array().unwrap();
    assert_eq!(to(&written[0]), [FAB_CONTACT]);
    assert_eq!(v["skipped"][0]["tenant"], CONTOSO, "{v}");
    let text = fs::read_to_string(written[0]["file"].as_str().unwrap()).unwrap();
    assert!(!text.contains("spy@evil.example"), "{text}");
    let (head, body) = text.split_once("\r\n\r\n").unwrap();
    assert!(
        head.contains("Subject: =?UTF-8?Q?The_delegated-admin_relationship_Z=C3=BCrich"),
        "{head}"
    );
    assert!(body.contains("Zürich helpdesk"), "{body}");
    assert!(text.split("\r\n").all(|l| l.len() <= 998));
}
