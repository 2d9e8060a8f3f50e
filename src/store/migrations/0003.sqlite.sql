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
