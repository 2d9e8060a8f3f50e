-- Just-in-time elevation, TOTP multi-factor sign-in and lifecycle notifications.

-- A partner tenant may require its users to sign in with MFA before they act in customer
-- tenants (GDAP). Existing tenants keep 0; `tenants create --partner` and `enroll-partner`
-- turn it on for new partners.
ALTER TABLE tenants ADD COLUMN require_mfa BIGINT NOT NULL DEFAULT 0 CHECK (require_mfa IN (0, 1));
-- Whether the session was signed in with a second factor.
ALTER TABLE sessions ADD COLUMN mfa BIGINT NOT NULL DEFAULT 0 CHECK (mfa IN (0, 1));

-- A user's TOTP enrolment (RFC 6238). `confirmed_at` is set by the first sign-in with a code;
-- `last_step` is the last time step accepted (a code is accepted once); `failures` counts
-- wrong codes since the last good one, `locked_until` the back-off they earned.
CREATE TABLE mfa (
    user_id      TEXT COLLATE "C" PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
    secret       TEXT COLLATE "C" NOT NULL,
    enrolled_at  TEXT COLLATE "C" NOT NULL,
    confirmed_at TEXT COLLATE "C",
    last_step    BIGINT,
    failures     BIGINT NOT NULL DEFAULT 0,
    locked_until TEXT COLLATE "C"
);

-- Single-use recovery codes, stored as SHA-256 only.
CREATE TABLE recovery_codes (
    user_id   TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    code_hash TEXT COLLATE "C" NOT NULL,
    used_at   TEXT COLLATE "C",
    PRIMARY KEY (user_id, code_hash)
);

-- A partner user eligible for roles in a customer, through one relationship: at most one per
-- user and customer. `roles` as elsewhere ("a,b"), within the relationship's access.
CREATE TABLE eligibilities (
    id                 TEXT COLLATE "C" PRIMARY KEY,
    user_id            TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    partner_tenant_id  TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    relationship_id    TEXT COLLATE "C" NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    roles              TEXT COLLATE "C" NOT NULL,
    max_minutes        BIGINT NOT NULL CHECK (max_minutes BETWEEN 30 AND 480),
    approval           BIGINT NOT NULL DEFAULT 0 CHECK (approval IN (0, 1)),
    created_by         TEXT COLLATE "C" NOT NULL,
    created_at         TEXT COLLATE "C" NOT NULL,
    last_used_at       TEXT COLLATE "C",
    UNIQUE (user_id, customer_tenant_id)
);
CREATE INDEX eligibilities_partner ON eligibilities(partner_tenant_id, customer_tenant_id);

-- A request to hold eligible roles for a while. `status`: pending (awaiting approval), active
-- (from starts_at until ends_at; past ends_at it reads as expired), denied, ended (by
-- `elevations end`, the eligibility's removal or the relationship's end). Rows are kept for
-- the record; the eligibility may be gone.
CREATE TABLE elevations (
    id                 TEXT COLLATE "C" PRIMARY KEY,
    user_id            TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    partner_tenant_id  TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    customer_tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    relationship_id    TEXT COLLATE "C" NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    eligibility_id     TEXT COLLATE "C",
    roles              TEXT COLLATE "C" NOT NULL,
    minutes            BIGINT NOT NULL CHECK (minutes BETWEEN 1 AND 480),
    reason             TEXT COLLATE "C" NOT NULL,
    ticket             TEXT COLLATE "C",
    status             TEXT COLLATE "C" NOT NULL CHECK (status IN ('pending', 'active', 'denied', 'ended')),
    requested_at       TEXT COLLATE "C" NOT NULL,
    decided_by         TEXT COLLATE "C",
    decided_at         TEXT COLLATE "C",
    deny_reason        TEXT COLLATE "C",
    starts_at          TEXT COLLATE "C",
    ends_at            TEXT COLLATE "C",
    ended_at           TEXT COLLATE "C",
    ended_by           TEXT COLLATE "C",
    used_at            TEXT COLLATE "C"
);
CREATE INDEX elevations_user ON elevations(user_id, customer_tenant_id, status);
CREATE INDEX elevations_partner ON elevations(partner_tenant_id, status);

-- Lifecycle events already written to an outbox, so each is notified once.
CREATE TABLE notifications (
    event_key   TEXT COLLATE "C" PRIMARY KEY,
    event       TEXT COLLATE "C" NOT NULL,
    notified_at TEXT COLLATE "C" NOT NULL
);
