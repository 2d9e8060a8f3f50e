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
