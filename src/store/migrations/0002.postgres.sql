CREATE TABLE invites (
    id                TEXT COLLATE "C" PRIMARY KEY,
    partner_tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    created_by        TEXT COLLATE "C" NOT NULL,
    token_hash        TEXT COLLATE "C" NOT NULL UNIQUE,
    access            TEXT COLLATE "C" NOT NULL,
    duration_days     BIGINT CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend       BIGINT NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    customer_domain   TEXT COLLATE "C",
    message           TEXT COLLATE "C",
    email_to          TEXT COLLATE "C",
    created_at        TEXT COLLATE "C" NOT NULL,
    expires_at        TEXT COLLATE "C" NOT NULL,
    status            TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
    status_at         TEXT COLLATE "C",
    status_by         TEXT COLLATE "C",
    customer_tenant_id TEXT COLLATE "C" REFERENCES tenants(id) ON DELETE SET NULL,
    relationship_id   TEXT COLLATE "C"
);
CREATE INDEX invites_partner ON invites(partner_tenant_id, created_at);

CREATE TABLE relationships (
    id                 TEXT COLLATE "C" PRIMARY KEY,
    partner_tenant_id  TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    invite_id          TEXT COLLATE "C" REFERENCES invites(id) ON DELETE SET NULL,
    access             TEXT COLLATE "C" NOT NULL,
    accepted_by        TEXT COLLATE "C" NOT NULL,
    accepted_at        TEXT COLLATE "C" NOT NULL,
    expires_at         TEXT COLLATE "C",
    auto_extend        BIGINT NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    status             TEXT COLLATE "C" NOT NULL CHECK (status IN ('active', 'expired', 'terminated')),
    terminated_by      TEXT COLLATE "C",
    terminated_at      TEXT COLLATE "C"
);
-- At most one active relationship per (partner, customer): the database enforces it.
CREATE UNIQUE INDEX relationships_one_active
    ON relationships(partner_tenant_id, customer_tenant_id) WHERE status = 'active';
CREATE INDEX relationships_customer ON relationships(customer_tenant_id, partner_tenant_id);

CREATE TABLE grants (
    id                 TEXT COLLATE "C" PRIMARY KEY,
    partner_tenant_id  TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    user_id            TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role               TEXT COLLATE "C" NOT NULL CHECK (role IN ('admin-agent', 'helpdesk-agent', 'sales-agent')),
    customer_tenant_id TEXT COLLATE "C" REFERENCES tenants(id) ON DELETE CASCADE,
    created_by         TEXT COLLATE "C" NOT NULL,
    created_at         TEXT COLLATE "C" NOT NULL
);
CREATE UNIQUE INDEX grants_unique ON grants(user_id, role, coalesce(customer_tenant_id, ''));
CREATE INDEX grants_partner ON grants(partner_tenant_id);
