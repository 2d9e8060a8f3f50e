//! TOTP multi-factor sign-in through the real binary: enrolment, sign-in with a code (once),
//! wrong codes and the lock they earn, recovery codes, `mfa disable`, and a partner's MFA
//! requirement over what its users do in customer tenants. Codes are computed from the
//! enrolled secret at the test clock's time, never fixed.

mod common;

use chrono::DateTime;
use common::*;
use serde_json::Value;

const FAB: &str = "fabrikam.example";
const FAB_ADMIN: &str = "admin@fabrikam.example";
const FAB_PASS: &str = "fabrikam-pass-1";
const FAB_AGENT: &str = "agent@fabrikam.example";
const AGENT_PASS: &str = "agent-pass-1";

/// The operator's database (test clock) with the customer contoso.example and the partner
/// fabrikam.example, made through `tenants create --partner` (so it requires MFA), related
/// by an accepted invite; `fab` is its global admin's token, signed in with a password only.
struct World {
    env: Env,
    fab: String,
}

impl World {
    fn new() -> World {
        let env = Env::with_contoso();
        let created = env
            .run_in(
                &[
                    "tenants",
                    "create",
                    "Fabrikam",
                    "--domain",
                    FAB,
                    "--admin",
                    FAB_ADMIN,
                    "--admin-password-stdin",
                    "--partner",
                    "--partner-id",
                    "4412345",
                    "-o",
                    "json",
                ],
                &format!("{FAB_PASS}\n"),
            )
            .ok()
            .json();
        assert_eq!(
            created["require_mfa"], true,
            "GDAP: new partners require MFA"
        );
        let fab = env.token(FAB_ADMIN, FAB_PASS);
        let invite = env.json_as(&fab, &["invite"]);
        let contoso = env.token(CONTOSO_ADMIN, CONTOSO_PASS);
        env.run_as(
            &contoso,
            &["accept", invite["token"].as_str().expect("token"), "--yes"],
        )
        .ok();
        World { env, fab }
    }

    /// `mfa enroll -o json` as the holder of `token`; returns its view.
    fn enroll(&self, token: &str) -> Value {
        self.env.json_as(token, &["mfa", "enroll"])
    }

    /// `login UPN --password-stdin --otp CODE --print-token`.
    fn login_otp(&self, upn: &str, pass: &str, code: &str) -> Run {
        self.env.run_in(
            &[
                "login",
                upn,
                "--password-stdin",
                "--otp",
                code,
                "--print-token",
                "-o",
                "json",
            ],
            &format!("{pass}\n"),
        )
    }

    /// Signs in with the current code of `secret`; returns the token.
    #[track_caller]
    fn token_otp(&self, upn: &str, pass: &str, secret: &str) -> String {
        let v = self
            .login_otp(upn, pass, &code_at(secret, &self.env.now))
            .ok()
            .json();
        assert_eq!(v["mfa"], true, "{v}");
        v["token"].as_str().expect("token").to_string()
    }
}

fn secret_of(enrolled: &Value) -> String {
    enrolled["secret"].as_str().expect("secret").to_string()
}

#[test]
fn enroll_then_sign_in_with_a_code_once() {
    let mut w = World::new();
    let env = &w.env;
    let e = w.enroll(&w.fab);
    let secret = secret_of(&e);
    assert_eq!(secret.len(), 32, "160 bits, base32");
    assert_eq!(
        e["otpauth_uri"],
        format!(
            "otpauth://totp/partnerctl:{FAB_ADMIN}?secret={secret}&issuer=partnerctl&algorithm=SHA1&digits=6&period=30"
        )
    );
    let codes = e["recovery_codes"].as_array().expect("recovery codes");
    assert_eq!(codes.len(), 10);
    assert_eq!(e["confirmed"], false);

    // Enrolling again is refused until the enrolment is removed.
    env.run_as(&w.fab, &["mfa", "enroll", "-o", "json"])
        .fails(6, "conflict");

    let status = env.json_as(&w.fab, &["mfa", "status"]);
    assert_eq!(status["enrolled"], true);
    assert_eq!(status["confirmed"], false);
    assert_eq!(status["recovery_codes_left"], 10);
    assert_eq!(status["required_by_tenant"], true);

    // A password alone no longer signs in; a script is told which flag to add.
    let r = env
        .run_in(
            &["login", FAB_ADMIN, "--password-stdin", "-o", "json"],
            &format!("{FAB_PASS}\n"),
        )
        .expect(3);
    let err = r.error();
    assert_eq!(err["code"], "unauthenticated");
    assert_eq!(err["reason"], "mfa-required");
    assert!(
        r.stderr
            .contains("this user signs in with a one-time code: add --otp CODE"),
        "{}",
        r.stderr
    );

    // The code of now signs in, with MFA, and confirms the enrolment.
    let code = code_at(&secret, &env.now);
    let v = w.login_otp(FAB_ADMIN, FAB_PASS, &code).ok().json();
    assert_eq!(v["mfa"], true);
    let token = v["token"].as_str().unwrap().to_string();
    let me = env.json_as(&token, &["whoami"]);
    assert_eq!(me["mfa"], true);
    assert_eq!(env.json_as(&w.fab, &["whoami"])["mfa"], false);
    let table = env.run_as(&token, &["whoami"]).ok();
    assert!(
        table.stdout.contains("signed in with a second factor"),
        "{}",
        table.stdout
    );
    let status = env.json_as(&token, &["mfa", "status"]);
    assert_eq!(status["confirmed"], true);
    assert_eq!(status["confirmed_at"], NOW);

    // The same code again is a replay, even while it is still on the authenticator's screen.
    let r = w.login_otp(FAB_ADMIN, FAB_PASS, &code);
    let err = r.fails(3, "unauthenticated");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("this code was already used"),
        "{err}"
    );
    // The next step's code is new.
    w.env.now = "2027-01-01T00:00:30Z".into();
    w.token_otp(FAB_ADMIN, FAB_PASS, &secret);

    // The trail holds the enrolment and its confirmation, never the secret or a code.
    let trail = w
        .env
        .query("SELECT action, outcome, reason, object, summary FROM audit");
    let mine: Vec<&Vec<String>> = trail
        .iter()
        .filter(|r| r[3] == FAB_ADMIN && r[0] == "user.update")
        .collect();
    assert_eq!(mine.len(), 2, "{mine:?}");
    assert!(mine[0][4].contains("enrolled"), "{mine:?}");
    assert!(mine[1][4].contains("confirmed"), "{mine:?}");
    let all = format!("{trail:?}");
    assert!(!all.contains(&secret));
    assert!(!all.contains(&code));
    for c in codes {
        assert!(!all.contains(c.as_str().unwrap()));
    }
}

#[test]
fn wrong_codes_lock_sign_in_for_a_while() {
    let mut w = World::new();
    let secret = secret_of(&w.enroll(&w.fab));
    let good = code_at(&secret, &w.env.now);
    // A code that no step within reach shows (at any of the times this test uses).
    let shown: Vec<String> = (-1..=9)
        .map(|i| {
            let t = DateTime::parse_from_rfc3339(NOW).unwrap() + chrono::Duration::seconds(30 * i);
            code_at(&secret, &t.to_rfc3339())
        })
        .collect();
    let wrong = &(0..)
        .map(|n| format!("{:06}", n * 111_111 % 1_000_000))
        .find(|c| !shown.contains(c))
        .unwrap();
    for left in (1..=4).rev() {
        let err = w
            .login_otp(FAB_ADMIN, FAB_PASS, wrong)
            .fails(3, "unauthenticated");
        assert_eq!(err["reason"], "not-signed-in");
        assert!(
            err["message"]
                .as_str()
                .unwrap()
                .contains(&format!("{left} more wrong")),
            "{err}"
        );
    }
    // The fifth in a row locks sign-in for a minute, and says until when.
    let err = w
        .login_otp(FAB_ADMIN, FAB_PASS, wrong)
        .fails(3, "unauthenticated");
    assert_eq!(err["reason"], "mfa-locked");
    let message = err["message"].as_str().unwrap();
    assert!(
        message.contains("try again after 2027-01-01T00:01:00Z"),
        "{message}"
    );
    // The count and the lock were kept although every sign-in failed.
    let status = w.env.json_as(&w.fab, &["mfa", "status"]);
    assert_eq!(status["failed_attempts"], 5);
    assert_eq!(status["locked_until"], "2027-01-01T00:01:00Z");
    assert!(w
        .env
        .audit()
        .contains(&("user.update".into(), "denied".into(), "mfa-locked".into())));

    // While locked, even the right code is refused, and no session is made.
    let sessions = w.env.scalar("SELECT count(*) FROM sessions");
    let err = w
        .login_otp(FAB_ADMIN, FAB_PASS, &good)
        .fails(3, "unauthenticated");
    assert_eq!(err["reason"], "mfa-locked");
    assert_eq!(w.env.scalar("SELECT count(*) FROM sessions"), sessions);

    // Five more wrong ones after the lock, with no good one between, lock it for twice as long.
    w.env.now = "2027-01-01T00:01:30Z".into();
    for _ in 0..4 {
        w.login_otp(FAB_ADMIN, FAB_PASS, wrong).expect(3);
    }
    let err = w
        .login_otp(FAB_ADMIN, FAB_PASS, wrong)
        .fails(3, "unauthenticated");
    assert!(
        err["message"]
            .as_str()
            .unwrap()
            .contains("try again after 2027-01-01T00:03:30Z"),
        "{err}"
    );

    // After the lock, the code of the time signs in and clears the count.
    w.env.now = "2027-01-01T00:04:00Z".into();
    let token = w.token_otp(FAB_ADMIN, FAB_PASS, &secret);
    let status = w.env.json_as(&token, &["mfa", "status"]);
    assert_eq!(status["failed_attempts"], 0);
    assert_eq!(status["locked_until"], Value::Null);
}

#[test]
fn a_recovery_code_works_once() {
    let w = World::new();
    let e = w.enroll(&w.fab);
    let code = e["recovery_codes"][3].as_str().unwrap().to_string();
    assert_eq!(code.len(), 9, "xxxx-xxxx: {code}");
    let v = w.login_otp(FAB_ADMIN, FAB_PASS, &code).ok().json();
    assert_eq!(v["mfa"], true);
    assert_eq!(v["recovery_codes_left"], 9);
    let token = v["token"].as_str().unwrap();
    assert_eq!(w.env.json_as(token, &["whoami"])["mfa"], true);
    // It does not confirm the authenticator; its codes are still the way to do that.
    let status = w.env.json_as(token, &["mfa", "status"]);
    assert_eq!(status["recovery_codes_left"], 9);
    assert_eq!(status["confirmed"], false);
    // Spent: a second use is a wrong code. Case and the hyphen do not matter.
    w.login_otp(FAB_ADMIN, FAB_PASS, &code.to_uppercase().replace('-', ""))
        .fails(3, "unauthenticated");
    assert!(w
        .env
        .query("SELECT summary FROM audit")
        .iter()
        .any(|r| r[0] == "signed in with a recovery code; 9 left"));
    // Something that is neither a code nor a recovery code is a usage error, not a wrong code.
    w.login_otp(FAB_ADMIN, FAB_PASS, "12345")
        .fails(2, "invalid_input");
    assert_eq!(
        w.env.json_as(token, &["mfa", "status"])["failed_attempts"],
        1
    );
}

#[test]
fn a_partner_that_requires_mfa_acts_in_customers_only_with_it() {
    let w = World::new();
    let env = &w.env;
    // Without a second factor the core refuses what the relationship would carry.
    let r = env
        .run_as(
            &w.fab,
            &["can", "user.read", "--tenant", CONTOSO, "-o", "json"],
        )
        .expect(4);
    assert_eq!(r.json()["reason"], "mfa-required");
    let err = env
        .run_as(&w.fab, &["dashboard", CONTOSO, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(err["reason"], "mfa-required");
    // Its own tenant is not concerned.
    env.json_as(&w.fab, &["users", "list"]);
    // Weighed without a session, a user counts as having MFA once it confirmed one.
    let r = env
        .run_as(
            &w.fab,
            &[
                "can",
                "user.read",
                "--tenant",
                CONTOSO,
                "--user",
                FAB_ADMIN,
                "-o",
                "json",
            ],
        )
        .expect(4);
    assert_eq!(r.json()["reason"], "mfa-required");

    // doctor names the users who lack it.
    let doctor = env.json_as(&w.fab, &["doctor"]);
    let findings = doctor["findings"].as_array().unwrap();
    assert!(
        findings.iter().any(|f| f["code"] == "mfa-not-enrolled"
            && f["message"].as_str().unwrap().contains(FAB_ADMIN)),
        "{doctor}"
    );

    // Signed in with a code, the same works.
    let secret = secret_of(&w.enroll(&w.fab));
    let token = w.token_otp(FAB_ADMIN, FAB_PASS, &secret);
    let can = env.json_as(&token, &["can", "user.read", "--tenant", CONTOSO]);
    assert_eq!(can["allowed"], true);
    assert_eq!(can["reason"], "delegated");
    env.json_as(&token, &["dashboard", CONTOSO]);
    let r = env
        .run_as(
            &token,
            &[
                "can",
                "user.read",
                "--tenant",
                CONTOSO,
                "--user",
                FAB_ADMIN,
                "-o",
                "json",
            ],
        )
        .ok();
    assert_eq!(r.json()["allowed"], true);
    let doctor = env.json_as(&token, &["doctor"]);
    assert!(
        !doctor["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["code"] == "mfa-not-enrolled"),
        "{doctor}"
    );

    // The partner may lift the requirement (and set it again); a customer has none to set.
    let t = env.json_as(&token, &["tenants", "update", "--require-mfa", "false"]);
    assert_eq!(t["require_mfa"], false);
    env.json_as(&w.fab, &["can", "user.read", "--tenant", CONTOSO]);
    env.json_as(&token, &["tenants", "update", "--require-mfa", "true"]);
    env.run_as(&w.fab, &["can", "user.read", "--tenant", CONTOSO])
        .expect(4);
    let contoso = env.token(CONTOSO_ADMIN, CONTOSO_PASS);
    let err = env
        .run_as(
            &contoso,
            &["tenants", "update", "--require-mfa", "true", "-o", "json"],
        )
        .fails(2, "invalid_input");
    assert!(
        err["message"].as_str().unwrap().contains("not a partner"),
        "{err}"
    );
}

#[test]
fn new_partners_require_mfa_unless_told_otherwise() {
    let env = Env::with_contoso();
    let create = |domain: &str, extra: &[&str]| {
        let admin = format!("admin@{domain}");
        let mut a = vec![
            "tenants", "create", "T", "--domain", domain, "--admin", &admin, "-o", "json",
        ];
        a.extend_from_slice(extra);
        env.run(&a)
    };
    let v = create(
        "optout.example",
        &["--partner", "--partner-id", "1", "--require-mfa", "false"],
    )
    .ok()
    .json();
    assert_eq!(v["require_mfa"], false);
    create("plain.example", &["--require-mfa", "true"]).fails(2, "invalid_input");
    let v = create("plain.example", &[]).ok().json();
    assert_eq!(v["require_mfa"], false);
    let v = env.json(&[
        "tenants",
        "enroll-partner",
        "plain.example",
        "--partner-id",
        "2",
    ]);
    assert_eq!(v["require_mfa"], true);
    let v = env.json(&[
        "tenants",
        "enroll-partner",
        CONTOSO,
        "--partner-id",
        "3",
        "--require-mfa",
        "false",
    ]);
    assert_eq!(v["require_mfa"], false);
    // A user without MFA cannot pass --otp.
    env.run_in(
        &[
            "login",
            CONTOSO_ADMIN,
            "--password-stdin",
            "--otp",
            "123456",
            "-o",
            "json",
        ],
        &format!("{CONTOSO_PASS}\n"),
    )
    .fails(2, "invalid_input");
}

#[test]
fn disable_own_with_mfa_or_a_users_as_its_admin() {
    let w = World::new();
    let env = &w.env;
    let secret = secret_of(&w.enroll(&w.fab));
    let strong = w.token_otp(FAB_ADMIN, FAB_PASS, &secret);
    // A session from before the enrolment cannot remove a confirmed one.
    let err = env
        .run_as(&w.fab, &["mfa", "disable", "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(err["reason"], "mfa-required");
    let v = env.json_as(&strong, &["mfa", "disable"]);
    assert_eq!(v["disabled"], true);
    assert_eq!(env.json_as(&strong, &["mfa", "status"])["enrolled"], false);
    env.run_as(&strong, &["mfa", "disable", "-o", "json"])
        .fails(6, "conflict");
    // Without an enrolment, the password signs in again; enrolling anew works.
    env.token(FAB_ADMIN, FAB_PASS);
    w.enroll(&strong);

    // An agent of the partner enrolls; its admin sees and removes that, the agent may not
    // touch the admin's.
    env.add_user_as(&strong, FAB_AGENT, AGENT_PASS, &[]);
    let agent = env.token(FAB_AGENT, AGENT_PASS);
    w.enroll(&agent);
    let status = env.json_as(&strong, &["mfa", "status", FAB_AGENT]);
    assert_eq!(status["upn"], FAB_AGENT);
    assert_eq!(status["enrolled"], true);
    let err = env
        .run_as(&agent, &["mfa", "disable", FAB_ADMIN, "-o", "json"])
        .fails(4, "permission_denied");
    assert_eq!(err["reason"], "role-insufficient");
    env.run_as(&agent, &["mfa", "status", FAB_ADMIN, "-o", "json"])
        .fails(4, "permission_denied");
    let v = env.json_as(&strong, &["mfa", "disable", FAB_AGENT]);
    assert_eq!(v["upn"], FAB_AGENT);
    assert_eq!(
        env.json_as(&strong, &["mfa", "status", FAB_AGENT])["enrolled"],
        false
    );
    assert!(env
        .query("SELECT actor_upn, reason, object FROM audit WHERE action = 'user.update'")
        .contains(&vec![
            FAB_ADMIN.to_string(),
            "own-tenant-role".to_string(),
            FAB_AGENT.to_string()
        ]));
    env.run_as(
        &strong,
        &["mfa", "status", "nobody@fabrikam.example", "-o", "json"],
    )
    .fails(5, "not_found");
    // The admin's own enrolment is untouched.
    assert_eq!(env.json_as(&strong, &["mfa", "status"])["enrolled"], true);
}
