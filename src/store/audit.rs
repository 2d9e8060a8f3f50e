use rusqlite::{params, Transaction};

use crate::error::Result;

/// One audit entry as written. Never holds a secret.
pub struct NewEntry<'a> {
    pub at: &'a str,
    pub actor_upn: Option<&'a str>,
    pub actor_tenant_id: Option<&'a str>,
    pub target_tenant_id: Option<&'a str>,
    pub action: &'a str,
    pub allowed: bool,
    pub reason: &'a str,
    pub relationship_id: Option<&'a str>,
    pub object: Option<&'a str>,
    pub summary: Option<&'a str>,
}

pub fn append(tx: &Transaction<'_>, e: &NewEntry<'_>) -> Result<()> {
    tx.execute(
        "INSERT INTO audit (at, actor_upn, actor_tenant_id, target_tenant_id, action, outcome,
                            reason, relationship_id, object, summary)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
        params![
            e.at,
            e.actor_upn,
            e.actor_tenant_id,
            e.target_tenant_id,
            e.action,
            if e.allowed { "allowed" } else { "denied" },
            e.reason,
            e.relationship_id,
            e.object,
            e.summary
        ],
    )?;
    Ok(())
}
