-- Purchase offers of a partner tenant: licenses (SKU, quantity and the price per unit frozen
-- at creation, "SKU=QTY@PRICE" items separated by ";", prices in cents), their total in cents,
-- and optionally a request for delegated administration (access, duration, auto-extend).
-- Like an invite: a single-use token stored as SHA-256 only, an expiry and a status.
CREATE TABLE offers (
    id                 TEXT COLLATE "C" PRIMARY KEY,
    partner_tenant_id  TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    created_by         TEXT COLLATE "C" NOT NULL,
    token_hash         TEXT COLLATE "C" NOT NULL UNIQUE,
    items              TEXT COLLATE "C" NOT NULL,
    total_cents        BIGINT NOT NULL CHECK (total_cents >= 0),
    delegated          BIGINT NOT NULL DEFAULT 0 CHECK (delegated IN (0, 1)),
    access             TEXT COLLATE "C",
    duration_days      BIGINT CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend        BIGINT NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    customer_domain    TEXT COLLATE "C",
    message            TEXT COLLATE "C",
    email_to           TEXT COLLATE "C",
    created_at         TEXT COLLATE "C" NOT NULL,
    expires_at         TEXT COLLATE "C" NOT NULL,
    status             TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
    status_at          TEXT COLLATE "C",
    status_by          TEXT COLLATE "C",
    customer_tenant_id TEXT COLLATE "C" REFERENCES tenants(id) ON DELETE SET NULL,
    relationship_id    TEXT COLLATE "C"
);
CREATE INDEX offers_partner ON offers(partner_tenant_id, created_at);
