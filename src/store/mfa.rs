//! TOTP enrolments and their single-use recovery codes (stored as SHA-256 only).

use super::tx::Optional;
use super::value::params;

use super::row::row;
use super::Tx;
use crate::error::Result;

row! {
    /// A user's enrolment. `secret` is the base32 TOTP key; it never leaves the store but to
    /// check a code, and once at enrolment.
    pub struct MfaRow {
        user_id: String,
        secret: String,
        enrolled_at: String,
        confirmed_at: Option<String>,
        last_step: Option<i64>,
        failures: i64,
        locked_until: Option<String>,
    }
}

const COLUMNS: &str =
    "user_id, secret, enrolled_at, confirmed_at, last_step, failures, locked_until";

pub fn of_user(tx: &Tx<'_>, user_id: &str) -> Result<Option<MfaRow>> {
    Ok(tx
        .query_row(
            &format!("SELECT {COLUMNS} FROM mfa WHERE user_id = ?1"),
            [user_id],
            MfaRow::from_row,
        )
        .optional()?)
}

/// A new, unconfirmed enrolment with its recovery codes (their hashes); the caller has made
/// sure there is none yet.
pub fn enroll(
    tx: &Tx<'_>,
    user_id: &str,
    secret: &str,
    at: &str,
    recovery_code_hashes: &[String],
) -> Result<()> {
    tx.execute(
        "INSERT INTO mfa (user_id, secret, enrolled_at) VALUES (?1, ?2, ?3)",
        params![user_id, secret, at],
    )?;
    tx.execute("DELETE FROM recovery_codes WHERE user_id = ?1", [user_id])?;
    for hash in recovery_code_hashes {
        tx.execute(
            "INSERT INTO recovery_codes (user_id, code_hash) VALUES (?1, ?2)",
            params![user_id, hash],
        )?;
    }
    Ok(())
}

/// Removes a user's enrolment and recovery codes; returns whether there was one.
pub fn remove(tx: &Tx<'_>, user_id: &str) -> Result<bool> {
    tx.execute("DELETE FROM recovery_codes WHERE user_id = ?1", [user_id])?;
    Ok(tx.execute("DELETE FROM mfa WHERE user_id = ?1", [user_id])? == 1)
}

/// A good one-time code: it is not accepted again (`last_step`), the wrong-code count and any
/// lock are cleared, and the first one confirms the enrolment.
pub fn code_accepted(tx: &Tx<'_>, user_id: &str, step: i64, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE mfa SET last_step = ?2, failures = 0, locked_until = NULL,
                confirmed_at = coalesce(confirmed_at, ?3)
          WHERE user_id = ?1",
        params![user_id, step, at],
    )?;
    Ok(())
}

/// A good recovery code: the wrong-code count and any lock are cleared. It confirms nothing:
/// it proves the user kept its codes, not that its authenticator holds the secret.
pub fn recovery_accepted(tx: &Tx<'_>, user_id: &str) -> Result<()> {
    tx.execute(
        "UPDATE mfa SET failures = 0, locked_until = NULL WHERE user_id = ?1",
        [user_id],
    )?;
    Ok(())
}

/// A wrong code: the new count, and the lock it earned (if any).
pub fn failed(tx: &Tx<'_>, user_id: &str, failures: i64, locked_until: Option<&str>) -> Result<()> {
    tx.execute(
        "UPDATE mfa SET failures = ?2, locked_until = coalesce(?3, locked_until) WHERE user_id = ?1",
        params![user_id, failures, locked_until],
    )?;
    Ok(())
}

/// Spends a recovery code; returns whether it was there and unused.
pub fn use_recovery_code(tx: &Tx<'_>, user_id: &str, code_hash: &str, at: &str) -> Result<bool> {
    let n = tx.execute(
        "UPDATE recovery_codes SET used_at = ?3
          WHERE user_id = ?1 AND code_hash = ?2 AND used_at IS NULL",
        params![user_id, code_hash, at],
    )?;
    Ok(n == 1)
}

/// How many of a user's recovery codes are still unused.
pub fn recovery_codes_left(tx: &Tx<'_>, user_id: &str) -> Result<i64> {
    Ok(tx.query_row(
        "SELECT count(*) FROM recovery_codes WHERE user_id = ?1 AND used_at IS NULL",
        [user_id],
        |r| r.get(0),
    )?)
}
