-- Several relationships per partner and customer (GDAP): the database no longer holds one
-- active relationship per pair. Each relationship is named, the name unique among the
-- partner's relationships that are not terminated; a renewal names the relationship it renews.
DROP INDEX relationships_one_active;
ALTER TABLE relationships ADD COLUMN name TEXT COLLATE "C";
ALTER TABLE relationships ADD COLUMN renews TEXT COLLATE "C";
UPDATE relationships SET name = (SELECT t.domain FROM tenants t WHERE t.id = relationships.customer_tenant_id);
-- Older relationships of a pair that are not terminated keep their name with their id's start.
UPDATE relationships SET name = name || ' ' || substr(id, 1, 8)
 WHERE status <> 'terminated'
   AND EXISTS (SELECT 1 FROM relationships o
                WHERE o.partner_tenant_id = relationships.partner_tenant_id
                  AND o.name = relationships.name AND o.status <> 'terminated'
                  AND o.id > relationships.id);
CREATE UNIQUE INDEX relationships_name ON relationships(partner_tenant_id, name)
 WHERE status <> 'terminated';

-- What an invite asks for beyond its access: the relationship's name and the one it renews.
ALTER TABLE invites ADD COLUMN name TEXT COLLATE "C";
ALTER TABLE invites ADD COLUMN renews TEXT COLLATE "C";
