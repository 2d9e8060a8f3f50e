-- Security groups of a partner tenant, and access assignments (GDAP): the members of a group
-- hold the roles a relationship assigns to it in that customer. The built-in groups
-- (admin-agents, helpdesk-agents, sales-agents) are the agent-role grants and have no row here;
-- an assignment names its group, built in or not.
CREATE TABLE groups (
    id                TEXT COLLATE "C" PRIMARY KEY,
    partner_tenant_id TEXT COLLATE "C" NOT NULL REFERENCES tenants(id) ON DELETE CASCADE,
    name              TEXT COLLATE "C" NOT NULL,
    created_by        TEXT COLLATE "C" NOT NULL,
    created_at        TEXT COLLATE "C" NOT NULL,
    UNIQUE (partner_tenant_id, name)
);

CREATE TABLE group_members (
    group_id   TEXT COLLATE "C" NOT NULL REFERENCES groups(id) ON DELETE CASCADE,
    user_id    TEXT COLLATE "C" NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    created_by TEXT COLLATE "C" NOT NULL,
    created_at TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (group_id, user_id)
);
CREATE INDEX group_members_user ON group_members(user_id);

CREATE TABLE assignments (
    relationship_id TEXT COLLATE "C" NOT NULL REFERENCES relationships(id) ON DELETE CASCADE,
    group_name      TEXT COLLATE "C" NOT NULL,
    roles           TEXT COLLATE "C" NOT NULL,
    created_by      TEXT COLLATE "C" NOT NULL,
    created_at      TEXT COLLATE "C" NOT NULL,
    PRIMARY KEY (relationship_id, group_name)
);
