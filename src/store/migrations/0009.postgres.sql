-- Relationship templates of a partner tenant: access, duration, auto-extend, and the access
-- assignments to create when an invite made from the template is accepted ("GROUP=ROLE+ROLE"
-- items separated by ";"). An invite keeps the assignments it was made with.
CREATE TABLE templates (
    id                TEXT COLLATE "C" PRIMARY KEY,
    partner_tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name              TEXT COLLATE "C" NOT NULL,
    access            TEXT COLLATE "C" NOT NULL,
    duration_days     BIGINT CHECK (duration_days BETWEEN 1 AND 730),
    auto_extend       BIGINT NOT NULL DEFAULT 0 CHECK (auto_extend IN (0, 1)),
    assignments       TEXT COLLATE "C" NOT NULL DEFAULT '',
    created_by        TEXT COLLATE "C" NOT NULL,
    created_at        TEXT COLLATE "C" NOT NULL,
    UNIQUE (partner_tenant_id, name)
);

ALTER TABLE invites ADD COLUMN assignments TEXT COLLATE "C";

-- One pending invite per partner and customer domain, and besides it one per relationship
-- being renewed: a customer with several relationships can have each renewed at once.
DROP INDEX invites_one_pending;
CREATE UNIQUE INDEX invites_one_pending ON invites(partner_tenant_id, customer_domain, coalesce(renews, ''))
 WHERE status = 'pending' AND lapsed = 0 AND customer_domain IS NOT NULL;
