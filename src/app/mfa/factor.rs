//! The second factor `login` checks: TOTP codes (RFC 6238: HMAC-SHA-1, 6 digits, 30-second
//! steps, one step of skew either way), each accepted once, wrong ones earning a lock; and
//! the ten single-use recovery codes that stand in for a lost authenticator.

use chrono::{DateTime, Duration, Utc};
use totp_rs::{Builder, Secret, Totp};

use crate::app::ctx::record_own;
use crate::app::{secrets, Options, SELF_SERVICE};
use crate::clock::{fmt_time, parse_time};
use crate::error::{Error, Result};
use crate::store::{self, mfa::MfaRow, users::UserRow, Tx};

/// The issuer an authenticator app shows beside the account.
pub const ISSUER: &str = "partnerctl";
/// Recovery codes handed out at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// Wrong codes in a row that lock sign-in; every further run of as many locks it again, for
/// twice as long.
pub const FAILURES_PER_LOCK: i64 = 5;
/// The first lock; it doubles with each further one, up to [`MAX_LOCK_SECS`].
const FIRST_LOCK_SECS: i64 = 60;
const MAX_LOCK_SECS: i64 = 15 * 60;
/// Recovery code characters: Crockford's base32 alphabet (no i, l, o, u), lower case.
const RECOVERY_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// How long a wrong code number `failures` (in a row) locks sign-in, if it does: after 5 for
/// 1 minute, after 10 for 2, 15 for 4, 20 for 8, then 15 minutes after every 5th.
pub fn lock_after(failures: i64) -> Option<Duration> {
    if failures <= 0 || failures % FAILURES_PER_LOCK != 0 {
        return None;
    }
    let nth = failures / FAILURES_PER_LOCK;
    let secs = if nth > 5 {
        MAX_LOCK_SECS
    } else {
        (FIRST_LOCK_SECS << (nth - 1)).min(MAX_LOCK_SECS)
    };
    Some(Duration::seconds(secs))
}

/// A new TOTP key: 20 random bytes (160 bits, as RFC 4226 recommends), base32.
pub fn new_secret() -> String {
    let mut bytes = [0u8; 20];
    rand::fill(&mut bytes);
    Secret::from(bytes).to_base32()
}

fn totp(secret: &str) -> Result<Totp> {
    let secret = Secret::try_from_base32(secret)
        .map_err(|_| Error::internal("corrupt TOTP secret in the database"))?;
    Builder::new()
        .with_secret(secret)
        .build()
        .map_err(|e| Error::internal(format!("unusable TOTP secret in the database: {e}")))
}

/// The key URI authenticator apps read (from the QR code or pasted).
pub fn otpauth_uri(upn: &str, secret: &str) -> String {
    format!(
        "otpauth://totp/{ISSUER}:{upn}?secret={secret}&issuer={ISSUER}&algorithm=SHA1&digits=6&period=30"
    )
}

/// A new recovery code, `xxxx-xxxx` (40 random bits).
pub(super) fn new_recovery_code() -> String {
    let mut bytes = [0u8; 8];
    rand::fill(&mut bytes);
    let chars: String = bytes
        .iter()
        .map(|b| RECOVERY_ALPHABET[usize::from(b & 31)] as char)
        .collect();
    format!("{}-{}", &chars[..4], &chars[4..])
}

/// A recovery code as typed, in its one stored form: case, spaces and the hyphen do not matter.
fn recovery_code(typed: &str) -> Option<String> {
    let chars: String = typed
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '-')
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let ok = chars.len() == 8 && chars.bytes().all(|b| RECOVERY_ALPHABET.contains(&b));
    ok.then(|| format!("{}-{}", &chars[..4], &chars[4..]))
}

/// What is stored of a recovery code: SHA-256 over the user's id and the code.
pub(super) fn recovery_hash(user_id: &str, code: &str) -> String {
    secrets::sha256_hex(format!("{user_id}:{code}").as_bytes())
}

/// A second factor as typed at sign-in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Factor {
    /// Six digits from the authenticator.
    Code(String),
    /// One of the recovery codes, normalised.
    Recovery(String),
}

/// Reads what the user typed as a second factor; anything else is a usage error (exit 2), not
/// a wrong code.
pub fn parse_factor(typed: &str) -> Result<Factor> {
    let compact: String = typed.chars().filter(|c| !c.is_whitespace()).collect();
    if compact.len() == 6 && compact.bytes().all(|b| b.is_ascii_digit()) {
        return Ok(Factor::Code(compact));
    }
    recovery_code(&compact).map(Factor::Recovery).ok_or_else(|| {
        Error::invalid(
            "--otp: a one-time code is the 6 digits your authenticator shows; a recovery code looks like xxxx-xxxx",
        )
    })
}

fn unauth(message: impl Into<String>, reason: &str) -> Error {
    Error::unauthenticated(message).with_reason(reason)
}

/// The second factor `login` needs for `upn`: `--otp`, else a prompt when a person can
/// answer, else exit 3 naming the flag.
pub fn factor_for_login(
    opts: &Options,
    upn: &str,
    otp: Option<&str>,
    password_stdin: bool,
) -> Result<Factor> {
    if let Some(code) = otp {
        return parse_factor(code);
    }
    if password_stdin || !opts.interactive() {
        return Err(unauth(
            "this user signs in with a one-time code: add --otp CODE",
            "mfa-required",
        ));
    }
    let typed: String = dialoguer::Input::new()
        .with_prompt(format!("One-time code for {upn} (or a recovery code)"))
        .interact_text()
        .map_err(|e| Error::internal(format!("cannot read the code: {e}")))?;
    parse_factor(&typed)
}

/// Refuses a sign-in while a lock earned by wrong codes holds (exit 3, naming when to retry).
pub fn check_not_locked(upn: &str, m: &MfaRow, now: DateTime<Utc>) -> Result<()> {
    let Some(until) = m.locked_until.as_deref() else {
        return Ok(());
    };
    let at = parse_time(until).map_err(|_| Error::internal("corrupt MFA lock in the database"))?;
    if at > now {
        return Err(unauth(
            format!(
                "sign-in for {upn} is locked after {} wrong one-time codes in a row; try again after {until}",
                m.failures
            ),
            "mfa-locked",
        ));
    }
    Ok(())
}

/// How a sign-in's second factor went, once it was good.
#[derive(Debug, Clone, Copy)]
pub struct Verified {
    /// A recovery code was spent: how many are left.
    pub recovery_codes_left: Option<i64>,
}

/// Checks a second factor inside the sign-in's write transaction. A wrong code is counted (and
/// may lock sign-in) in that same transaction, which the caller commits although the sign-in
/// fails: so the failure comes back as `Ok(Err(..))`.
pub fn verify(
    tx: &Tx<'_>,
    user: &UserRow,
    factor: &Factor,
    now: DateTime<Utc>,
) -> Result<std::result::Result<Verified, Error>> {
    let Some(m) = store::mfa::of_user(tx, &user.id)? else {
        return Ok(Err(unauth(
            format!(
                "the multi-factor sign-in of {} was removed meanwhile; sign in again",
                user.upn
            ),
            "not-signed-in",
        )));
    };
    if let Err(e) = check_not_locked(&user.upn, &m, now) {
        return Ok(Err(e));
    }
    let at = fmt_time(now);
    // At sign-in there is no session yet: the user is the actor and the object.
    let record = |allowed: bool, reason: &str, summary: &str| {
        record_own(
            tx,
            &at,
            &user.upn,
            &user.tenant_id,
            allowed,
            reason,
            summary,
        )
    };
    let good = match factor {
        Factor::Code(code) => {
            let secs = u64::try_from(now.timestamp()).unwrap_or(0);
            match totp(&m.secret)?.check(code, secs) {
                Some(step) => {
                    let step = i64::try_from(step)
                        .map_err(|_| Error::internal("a TOTP step out of range"))?;
                    if m.last_step.is_some_and(|last| step <= last) {
                        return Ok(Err(unauth(
                            "this code was already used; wait for the next one your authenticator shows",
                            "not-signed-in",
                        )));
                    }
                    store::mfa::code_accepted(tx, &user.id, step, &at)?;
                    if m.confirmed_at.is_none() {
                        record(
                            true,
                            SELF_SERVICE,
                            "confirmed TOTP multi-factor sign-in: first sign-in with a one-time code",
                        )?;
                    }
                    Some(Verified {
                        recovery_codes_left: None,
                    })
                }
                None => None,
            }
        }
        Factor::Recovery(code) => {
            if store::mfa::use_recovery_code(tx, &user.id, &recovery_hash(&user.id, code), &at)? {
                store::mfa::recovery_accepted(tx, &user.id)?;
                let left = store::mfa::recovery_codes_left(tx, &user.id)?;
                record(
                    true,
                    SELF_SERVICE,
                    &format!("signed in with a recovery code; {left} left"),
                )?;
                Some(Verified {
                    recovery_codes_left: Some(left),
                })
            } else {
                None
            }
        }
    };
    if let Some(v) = good {
        return Ok(Ok(v));
    }
    let failures = m.failures + 1;
    let lock = lock_after(failures).map(|d| fmt_time(now + d));
    store::mfa::failed(tx, &user.id, failures, lock.as_deref())?;
    Ok(Err(match lock {
        Some(until) => {
            record(
                false,
                "mfa-locked",
                &format!("{failures} wrong one-time codes in a row; sign-in locked until {until}"),
            )?;
            unauth(
                format!(
                    "wrong one-time code; after {failures} wrong codes in a row sign-in for {} is locked: try again after {until}",
                    user.upn
                ),
                "mfa-locked",
            )
        }
        None => {
            let left = FAILURES_PER_LOCK - failures % FAILURES_PER_LOCK;
            unauth(
                format!(
                    "wrong one-time code (or recovery code); {left} more wrong in a row and sign-in is locked for a while"
                ),
                "not-signed-in",
            )
        }
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locks_double_up_to_fifteen_minutes() {
        let mins = |n| lock_after(n).map(|d| d.num_minutes());
        assert_eq!(mins(1), None);
        assert_eq!(mins(4), None);
        assert_eq!(mins(5), Some(1));
        assert_eq!(mins(6), None);
        assert_eq!(mins(10), Some(2));
        assert_eq!(mins(15), Some(4));
        assert_eq!(mins(20), Some(8));
        assert_eq!(mins(25), Some(15));
        assert_eq!(mins(500), Some(15));
    }

    #[test]
    fn factors_as_typed() {
        assert_eq!(
            parse_factor(" 123 456 ").unwrap(),
            Factor::Code("123456".into())
        );
        assert_eq!(
            parse_factor("AB12-CD34").unwrap(),
            Factor::Recovery("ab12-cd34".into())
        );
        assert_eq!(
            parse_factor("ab12cd34").unwrap(),
            Factor::Recovery("ab12-cd34".into())
        );
        assert!(parse_factor("12345").is_err());
        // i, l, o and u are not in the alphabet: a typo, not a wrong code.
        assert!(parse_factor("abil-cd34").is_err());
    }

    #[test]
    fn recovery_codes_are_well_formed_and_distinct() {
        let a = new_recovery_code();
        assert_eq!(recovery_code(&a).as_deref(), Some(a.as_str()));
        assert_ne!(a, new_recovery_code());
    }

    #[test]
    fn secrets_check_their_own_codes() {
        let secret = new_secret();
        assert_eq!(secret.len(), 32);
        let t = totp(&secret).unwrap();
        let now = 1_798_761_600; // 2027-01-01T00:00:00Z
        let code = t.generate(now);
        assert_eq!(t.check(&code.to_string(), now), Some(now / 30));
        assert_eq!(t.check(&code.to_string(), now + 30), Some(now / 30));
        assert_eq!(t.check(&code.to_string(), now + 90), None);
    }
}
