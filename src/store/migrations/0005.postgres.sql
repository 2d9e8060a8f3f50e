-- When a domain was verified: an invite addressed to a domain belongs to the tenant whose
-- initial domain it is, or that verified it before the invite was created (SPEC §2 rule 5).
-- Domains verified before this version count from their creation.
ALTER TABLE domains ADD COLUMN verified_at TEXT COLLATE "C";
UPDATE domains SET verified_at = created_at WHERE status = 'verified';

-- One pending invite per partner and customer domain, backed by a unique index. An invite
-- whose expiry passed while still stored as pending is marked lapsed when the next invite
-- for that domain is made, and no longer holds the slot; older duplicates lapse here.
ALTER TABLE invites ADD COLUMN lapsed BIGINT NOT NULL DEFAULT 0 CHECK (lapsed IN (0, 1));
UPDATE invites SET lapsed = 1
 WHERE status = 'pending' AND customer_domain IS NOT NULL
   AND id NOT IN (SELECT max(id) FROM invites
                   WHERE status = 'pending' AND customer_domain IS NOT NULL
                   GROUP BY partner_tenant_id, customer_domain);
CREATE UNIQUE INDEX invites_one_pending ON invites(partner_tenant_id, customer_domain)
 WHERE status = 'pending' AND lapsed = 0 AND customer_domain IS NOT NULL;
