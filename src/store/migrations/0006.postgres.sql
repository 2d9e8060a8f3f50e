-- relationship-admin (SPEC §1): the customer's least-privileged role for its partner
-- relationships. The column's check constraint (named by PostgreSQL from 0001's inline CHECK)
-- is replaced; the table, its rows, its grants and its index stay.
ALTER TABLE user_roles DROP CONSTRAINT user_roles_role_check;
ALTER TABLE user_roles ADD CONSTRAINT user_roles_role_check
    CHECK (role IN ('global-admin', 'billing-admin', 'user-admin', 'helpdesk-admin',
                    'service-support-admin', 'global-reader', 'relationship-admin'));
