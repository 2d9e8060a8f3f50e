//! The versioned schema. Append only: never edit a migration that has shipped.

use rusqlite_migration::{Migrations, M};

/// `PRAGMA application_id` of a partnerctl database ("PCTL"): how `open` tells our file from
/// any other SQLite file before it changes anything.
pub const APPLICATION_ID: i32 = 0x5043_544C;

const V1: &str = r#"
PRAGMA application_id = 1346589772;
CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE tenants (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,
    domain      TEXT NOT NULL UNIQUE COLLATE NOCASE,
    email       TEXT,
    phone       TEXT,
    address     TEXT,
    is_operator INTEGER NOT NULL DEFAULT 0 CHECK (is_operator IN (0, 1)),
    partner_id  TEXT UNIQUE,
    created_at  TEXT NOT NULL
);
CREATE UNIQUE INDEX tenants_one_operator ON tenants(is_operator) WHERE is_operator = 1;

CREATE TABLE domains (
    name              TEXT PRIMARY KEY COLLATE NOCASE,
    tenant_id         TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    status            TEXT NOT NULL CHECK (status IN ('unverified', 'verified')),
    verification_code TEXT,
    capabilities      TEXT NOT NULL DEFAULT '',
    is_initial        INTEGER NOT NULL DEFAULT 0 CHECK (is_initial IN (0, 1)),
    created_at        TEXT NOT NULL
);
CREATE INDEX domains_tenant ON domains(tenant_id);

CREATE TABLE users (
    id            TEXT PRIMARY KEY,
    tenant_id     TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    upn           TEXT NOT NULL UNIQUE COLLATE NOCASE,
    display_name  TEXT NOT NULL,
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    password_hash TEXT,
    created_at    TEXT NOT NULL
);
CREATE INDEX users_tenant ON users(tenant_id);

CREATE TABLE user_roles (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('global-admin', 'billing-admin', 'user-admin',
                                          'helpdesk-admin', 'service-support-admin', 'global-reader')),
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;
CREATE INDEX user_roles_role ON user_roles(role, user_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    revoked_at TEXT
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE audit (
    seq             INTEGER PRIMARY KEY,
    at              TEXT NOT NULL,
    actor_upn       TEXT,
    actor_tenant_id TEXT,
    target_tenant_id TEXT,
    action          TEXT NOT NULL,
    outcome         TEXT NOT NULL CHECK (outcome IN ('allowed', 'denied')),
    reason          TEXT NOT NULL,
    relationship_id TEXT,
    object          TEXT,
    summary         TEXT,
    -- The hash chain: each entry names its predecessor's hash; UNIQUE makes a fork impossible.
    prev_hash       TEXT NOT NULL UNIQUE,
    hash            TEXT NOT NULL UNIQUE
);
CREATE INDEX audit_target ON audit(target_tenant_id, seq);
CREATE INDEX audit_actor_tenant ON audit(actor_tenant_id, seq);
"#;

/// Each entry is one schema version; the first sets the application id.
const STEPS: &[&str] = &[V1, V2, V3, V4, V5];

const V2: &str = r#"
CREATE TABLE invites (
    id                TEXT PRIMARY KEY,
    partner_tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    created_by        TEXT NOT NULL,
    token_hash        TEXT NOT NULL UNIQUE,
    access            TEXT NOT NULL,
    duration_days     INTEGER CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend       INTEGER NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    customer_domain   TEXT COLLATE NOCASE,
    message           TEXT,
    email_to          TEXT,
    created_at        TEXT NOT NULL,
    expires_at        TEXT NOT NULL,
    status            TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
    status_at         TEXT,
    status_by         TEXT,
    customer_tenant_id TEXT REFERENCES tenants(id) ON DELETE SET NULL,
    relationship_id   TEXT
);
CREATE INDEX invites_partner ON invites(partner_tenant_id, created_at);

CREATE TABLE relationships (
    id                 TEXT PRIMARY KEY,
    partner_tenant_id  TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    invite_id          TEXT REFERENCES invites(id) ON DELETE SET NULL,
    access             TEXT NOT NULL,
    accepted_by        TEXT NOT NULL,
    accepted_at        TEXT NOT NULL,
    expires_at         TEXT,
    auto_extend        INTEGER NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    status             TEXT NOT NULL CHECK (status IN ('active', 'expired', 'terminated')),
    terminated_by      TEXT,
    terminated_at      TEXT
);
-- At most one active relationship per (partner, customer): the database enforces it.
CREATE UNIQUE INDEX relationships_one_active
    ON relationships(partner_tenant_id, customer_tenant_id) WHERE status = 'active';
CREATE INDEX relationships_customer ON relationships(customer_tenant_id, partner_tenant_id);

CREATE TABLE grants (
    id                 TEXT PRIMARY KEY,
    partner_tenant_id  TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id            TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role               TEXT NOT NULL CHECK (role IN ('admin-agent', 'helpdesk-agent', 'sales-agent')),
    customer_tenant_id TEXT REFERENCES tenants(id) ON DELETE CASCADE,
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL
);
CREATE UNIQUE INDEX grants_unique ON grants(user_id, role, coalesce(customer_tenant_id, ''));
CREATE INDEX grants_partner ON grants(partner_tenant_id);
"#;

const V3: &str = r#"
CREATE TABLE subscriptions (
    tenant_id   TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    sku         TEXT NOT NULL,
    valid_units INTEGER NOT NULL CHECK (valid_units >= 0),
    status      TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    PRIMARY KEY (tenant_id, sku)
) WITHOUT ROWID;

CREATE TABLE license_assignments (
    tenant_id   TEXT NOT NULL,
    sku         TEXT NOT NULL,
    user_id     TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    assigned_at TEXT NOT NULL,
    PRIMARY KEY (tenant_id, sku, user_id),
    FOREIGN KEY (tenant_id, sku) REFERENCES subscriptions(tenant_id, sku) ON DELETE CASCADE
) WITHOUT ROWID;
CREATE INDEX license_assignments_user ON license_assignments(user_id);

CREATE TABLE health (
    service    TEXT NOT NULL CHECK (service IN ('exchange', 'sharepoint', 'teams', 'onedrive', 'intune', 'entra')),
    tenant_id  TEXT REFERENCES tenants(id) ON DELETE CASCADE,
    status     TEXT NOT NULL CHECK (status IN ('operational', 'advisory', 'degraded', 'interrupted')),
    message    TEXT,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
);
CREATE UNIQUE INDEX health_scope ON health(service, coalesce(tenant_id, ''));
CREATE INDEX health_tenant ON health(tenant_id);

CREATE TABLE service_requests (
    number             INTEGER PRIMARY KEY AUTOINCREMENT,
    tenant_id          TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    title              TEXT NOT NULL,
    description        TEXT,
    severity           INTEGER NOT NULL CHECK (severity BETWEEN 1 AND 4),
    status             TEXT NOT NULL CHECK (status IN ('open', 'in-progress', 'resolved', 'closed')),
    created_by         TEXT NOT NULL,
    on_behalf_of       TEXT REFERENCES tenants(id) ON DELETE SET NULL,
    created_at         TEXT NOT NULL,
    updated_at         TEXT NOT NULL
);
CREATE INDEX service_requests_tenant ON service_requests(tenant_id, status);

CREATE TABLE service_request_comments (
    id         INTEGER PRIMARY KEY,
    number     INTEGER NOT NULL REFERENCES service_requests(number) ON DELETE CASCADE,
    author     TEXT NOT NULL,
    author_tenant_id TEXT,
    body       TEXT NOT NULL,
    created_at TEXT NOT NULL
);
CREATE INDEX service_request_comments_number ON service_request_comments(number, id);
"#;

const V4: &str = r#"
-- A partner's customers, listed and aggregated by partner (dashboard, customers, doctor).
CREATE INDEX relationships_partner ON relationships(partner_tenant_id, customer_tenant_id);
"#;

const V5: &str = r#"
-- When a domain was verified: an invite addressed to a domain belongs to the tenant whose
-- initial domain it is, or that verified it before the invite was created (SPEC §2 rule 5).
-- Domains verified before this version count from their creation.
ALTER TABLE domains ADD COLUMN verified_at TEXT;
UPDATE domains SET verified_at = created_at WHERE status = 'verified';

-- One pending invite per partner and customer domain, backed by a unique index. An invite
-- whose expiry passed while still stored as pending is marked lapsed when the next invite
-- for that domain is made, and no longer holds the slot; older duplicates lapse here.
ALTER TABLE invites ADD COLUMN lapsed INTEGER NOT NULL DEFAULT 0 CHECK (lapsed IN (0, 1));
UPDATE invites SET lapsed = 1
 WHERE status = 'pending' AND customer_domain IS NOT NULL
   AND id NOT IN (SELECT max(id) FROM invites
                   WHERE status = 'pending' AND customer_domain IS NOT NULL
                   GROUP BY partner_tenant_id, customer_domain);
CREATE UNIQUE INDEX invites_one_pending ON invites(partner_tenant_id, customer_domain)
 WHERE status = 'pending' AND lapsed = 0 AND customer_domain IS NOT NULL;
"#;

pub fn migrations() -> Migrations<'static> {
    Migrations::new(STEPS.iter().map(|sql| M::up(sql)).collect())
}

/// The schema version this binary writes.
pub fn latest_version() -> usize {
    STEPS.len()
}

#[cfg(test)]
mod tests {
    #[test]
    fn migrations_are_valid() {
        super::migrations().validate().unwrap();
    }
}
