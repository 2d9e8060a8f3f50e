-- Purchase offers of a partner tenant: licenses (SKU, quantity and the price per unit frozen
-- at creation, "SKU=QTY@PRICE" items separated by ";", prices in cents), their total in cents,
-- and optionally a request for delegated administration (access, duration, auto-extend).
-- Like an invite: a single-use token stored as SHA-256 only, an expiry and a status.
CREATE TABLE offers (
    id                 TEXT PRIMARY KEY,
    partner_tenant_id  TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    created_by         TEXT NOT NULL,
    token_hash         TEXT NOT NULL UNIQUE,
    items              TEXT NOT NULL,
    total_cents        INTEGER NOT NULL CHECK (total_cents >= 0),
    delegated          INTEGER NOT NULL DEFAULT 0 CHECK (delegated IN (0, 1)),
    access             TEXT,
    duration_days      INTEGER CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend        INTEGER NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    customer_domain    TEXT COLLATE NOCASE,
    message            TEXT,
    email_to           TEXT,
    created_at         TEXT NOT NULL,
    expires_at         TEXT NOT NULL,
    status             TEXT NOT NULL CHECK (status IN ('pending', 'accepted', 'declined', 'revoked')),
    status_at          TEXT,
    status_by          TEXT,
    customer_tenant_id TEXT REFERENCES tenants(id) ON DELETE SET NULL,
    relationship_id    TEXT
);
CREATE INDEX offers_partner ON offers(partner_tenant_id, created_at);
