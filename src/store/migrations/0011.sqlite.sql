-- Just-in-time elevation, TOTP multi-factor sign-in and lifecycle notifications.

-- A partner tenant may require its users to sign in with MFA before they act in customer
-- tenants (GDAP). Existing tenants keep 0; `tenants create --partner` and `enroll-partner`
-- turn it on for new partners.
ALTER TABLE tenants ADD COLUMN require_mfa INTEGER NOT NULL DEFAULT 0 CHECK (require_mfa IN (0, 1));
-- Whether the session was signed in with a second factor.
ALTER TABLE sessions ADD COLUMN mfa INTEGER NOT NULL DEFAULT 0 CHECK (mfa IN (0, 1));

-- A user's TOTP enrolment (RFC 6238). `confirmed_at` is set by the first sign-in with a code;
-- `last_step` is the last time step accepted (a code is accepted once); `failures` counts
-- wrong codes since the last good one, `locked_until` the back-off they earned.
CREATE TABLE mfa (
    user_id      TEXT PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret       TEXT NOT NULL,
    enrolled_at  TEXT NOT NULL,
    confirmed_at TEXT,
    last_step    INTEGER,
    failures     INTEGER NOT NULL DEFAULT 0,
    locked_until TEXT
);

-- Single-use recovery codes, stored as SHA-256 only.
CREATE TABLE recovery_codes (
    user_id   TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT NOT NULL,
    used_at   TEXT,
    PRIMARY KEY (user_id, code_hash)
);

-- A partner user eligible for roles in a customer, through one relationship: at most one per
-- user and customer. `roles` as elsewhere ("a,b"), within the relationship's access.
CREATE TABLE eligibilities (
    id                 TEXT PRIMARY KEY,
    user_id            TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    partner_tenant_id  TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    relationship_id    TEXT NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    roles              TEXT NOT NULL,
    max_minutes        INTEGER NOT NULL CHECK (max_minutes BETWEEN 30 AND 480),
    approval           INTEGER NOT NULL DEFAULT 0 CHECK (approval IN (0, 1)),
    created_by         TEXT NOT NULL,
    created_at         TEXT NOT NULL,
    last_used_at       TEXT,
    UNIQUE (user_id, customer_tenant_id)
);
CREATE INDEX eligibilities_partner ON eligibilities(partner_tenant_id, customer_tenant_id);

-- A request to hold eligible roles for a while. `status`: pending (awaiting approval), active
-- (from starts_at until ends_at; past ends_at it reads as expired), denied, ended (by
-- `elevations end`, the eligibility's removal or the relationship's end). Rows are kept for
-- the record; the eligibility may be gone.
CREATE TABLE elevations (
    id                 TEXT PRIMARY KEY,
    user_id            TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    partner_tenant_id  TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_tenant_id TEXT NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    relationship_id    TEXT NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    eligibility_id     TEXT,
    roles              TEXT NOT NULL,
    minutes            INTEGER NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    reason             TEXT NOT NULL,
    ticket             TEXT,
    status             TEXT NOT NULL CHECK (status IN ('pending', 'active', 'denied', 'ended')),
    requested_at       TEXT NOT NULL,
    decided_by         TEXT,
    decided_at         TEXT,
    deny_reason        TEXT,
    starts_at          TEXT,
    ends_at            TEXT,
    ended_at           TEXT,
    ended_by           TEXT,
    used_at            TEXT
);
CREATE INDEX elevations_user ON elevations(user_id, customer_tenant_id, status);
CREATE INDEX elevations_partner ON elevations(partner_tenant_id, status);

-- Lifecycle events already written to an outbox, so each is notified once.
CREATE TABLE notifications (
    event_key   TEXT PRIMARY KEY,
    event       TEXT NOT NULL,
    notified_at TEXT NOT NULL
);
