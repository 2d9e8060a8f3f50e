use super::tx::Optional;
use super::value::params;

use super::Tx;
use crate::error::Result;

pub struct SessionRow {
    pub user_id: String,
    pub expires_at: String,
    pub revoked_at: Option<String>,
    /// Signed in with a second factor (a one-time code or a recovery code).
    pub mfa: bool,
}

pub fn insert(
    tx: &Tx<'_>,
    token_hash: &str,
    user_id: &str,
    created_at: &str,
    expires_at: &str,
    mfa: bool,
) -> Result<()> {
    tx.execute(
        "INSERT INTO sessions (token_hash, user_id, created_at, expires_at, mfa)
         VALUES (?1, ?2, ?3, ?4, ?5)",
        params![token_hash, user_id, created_at, expires_at, mfa],
    )?;
    Ok(())
}

pub fn find(tx: &Tx<'_>, token_hash: &str) -> Result<Option<SessionRow>> {
    Ok(tx
        .query_row(
            "SELECT user_id, expires_at, revoked_at, mfa FROM sessions WHERE token_hash = ?1",
            [token_hash],
            |r| {
                Ok(SessionRow {
                    user_id: r.get(0)?,
                    expires_at: r.get(1)?,
                    revoked_at: r.get(2)?,
                    mfa: r.get(3)?,
                })
            },
        )
        .optional()?)
}

pub fn revoke(tx: &Tx<'_>, token_hash: &str, at: &str) -> Result<bool> {
    let n = tx.execute(
        "UPDATE sessions SET revoked_at = ?2 WHERE token_hash = ?1 AND revoked_at IS NULL",
        params![token_hash, at],
    )?;
    Ok(n == 1)
}

/// Ends every session of a user (password reset, disable).
pub fn revoke_all_for_user(tx: &Tx<'_>, user_id: &str, at: &str) -> Result<()> {
    tx.execute(
        "UPDATE sessions SET revoked_at = ?2 WHERE user_id = ?1 AND revoked_at IS NULL",
        params![user_id, at],
    )?;
    Ok(())
}

/// Drops sessions that ended before `before`, so the table does not grow without bound.
pub fn purge_ended(tx: &Tx<'_>, before: &str) -> Result<()> {
    tx.execute(
        "DELETE FROM sessions WHERE expires_at < ?1 OR revoked_at IS NOT NULL AND revoked_at < ?1",
        [before],
    )?;
    Ok(())
}
