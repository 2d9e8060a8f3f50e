CREATE TABLE meta (
    key   TEXT COLLATE "C" PRIMARY KEY,
    value TEXT COLLATE "C" NOT NULL
);

CREATE TABLE tenants (
    id          TEXT COLLATE "C" PRIMARY KEY,
    name        TEXT COLLATE "C" NOT NULL,
    domain      TEXT COLLATE "C" NOT NULL UNIQUE,
    email       TEXT COLLATE "C",
    phone       TEXT COLLATE "C",
    address     TEXT COLLATE "C",
    is_operator BIGINT NOT NULL DEFAULT 0 CHECK (is_operator IN (0, 1)),
    partner_id  TEXT COLLATE "C" UNIQUE,
    created_at  TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX tenants_one_operator ON tenants(is_operator) WHERE is_operator = 1;

CREATE TABLE domains (
    name              TEXT COLLATE "C" PRIMARY KEY,
    tenant_id         TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    status            TEXT COLLATE "C" NOT NULL CHECK (status IN ('unverified', 'verified')),
    verification_code TEXT COLLATE "C",
    capabilities      TEXT COLLATE "C" NOT NULL DEFAULT '',
    is_initial        BIGINT NOT NULL DEFAULT 0 CHECK (is_initial IN (0, 1)),
    created_at        TEXT COLLATE "C" NOT NULL
);
CREATE INDEX domains_tenant ON domains(tenant_id);

CREATE TABLE users (
    id            TEXT COLLATE "C" PRIMARY KEY,
    tenant_id     TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    upn           TEXT COLLATE "C" NOT NULL UNIQUE,
    display_name  TEXT COLLATE "C" NOT NULL,
    enabled       BIGINT NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    password_hash TEXT COLLATE "C",
    created_at    TEXT COLLATE "C" NOT NULL
);
CREATE INDEX users_tenant ON users(tenant_id);

CREATE TABLE user_roles (
    user_id TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT COLLATE "C" NOT NULL CHECK (role IN ('global-admin', 'billing-admin', 'user-admin',
                                          'helpdesk-admin', 'service-support-admin', 'global-reader')),
    PRIMARY KEY (user_id, role)
);
CREATE INDEX user_roles_role ON user_roles(role, user_id);

CREATE TABLE sessions (
    token_hash TEXT COLLATE "C" PRIMARY KEY,
    user_id    TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_at TEXT COLLATE "C" NOT NULL,
    expires_at TEXT COLLATE "C" NOT NULL,
    revoked_at TEXT COLLATE "C"
);
CREATE INDEX sessions_user ON sessions(user_id);

CREATE TABLE audit (
    seq             BIGINT PRIMARY KEY,
    at              TEXT COLLATE "C" NOT NULL,
    actor_upn       TEXT COLLATE "C",
    actor_tenant_id TEXT COLLATE "C",
    target_tenant_id TEXT COLLATE "C",
    action          TEXT COLLATE "C" NOT NULL,
    outcome         TEXT COLLATE "C" NOT NULL CHECK (outcome IN ('allowed', 'denied')),
    reason          TEXT COLLATE "C" NOT NULL,
    relationship_id TEXT COLLATE "C",
    object          TEXT COLLATE "C",
    summary         TEXT COLLATE "C",
    -- The hash chain: each entry names its predecessor's hash; UNIQUE makes a fork impossible.
    prev_hash       TEXT COLLATE "C" NOT NULL UNIQUE,
    hash            TEXT COLLATE "C" NOT NULL UNIQUE
);
CREATE INDEX audit_target ON audit(target_tenant_id, seq);
CREATE INDEX audit_actor_tenant ON audit(actor_tenant_id, seq);
