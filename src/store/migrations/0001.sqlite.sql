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
