-- relationship-admin (SPEC §1): the customer's least-privileged role for its partner
-- relationships. SQLite cannot change a CHECK constraint in place, so `user_roles` is rebuilt
-- (create the new table, copy, drop, rename: https://www.sqlite.org/lang_altertable.html),
-- with the same key, foreign key and index.
CREATE TABLE user_roles_new (
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    role    TEXT NOT NULL CHECK (role IN ('global-admin', 'billing-admin', 'user-admin',
                                          'helpdesk-admin', 'service-support-admin', 'global-reader',
                                          'relationship-admin')),
    PRIMARY KEY (user_id, role)
) WITHOUT ROWID;
INSERT INTO user_roles_new (user_id, role) SELECT user_id, role FROM user_roles;
DROP TABLE user_roles;
ALTER TABLE user_roles_new RENAME TO user_roles;
CREATE INDEX user_roles_role ON user_roles(role, user_id);
