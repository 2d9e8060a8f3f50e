-- `dashboard --search TEXT`: customers whose name or domain holds TEXT are found through a
-- trigram index (FTS5) instead of a look at every customer of the partner. The index is kept
-- by triggers; it holds no data of its own that a copy of the store would need (`db copy`
-- writes the tenants, and the triggers fill it at the destination).
CREATE VIRTUAL TABLE tenant_search USING fts5(
    tenant_id UNINDEXED, name, domain, tokenize = 'trigram'
);
INSERT INTO tenant_search (tenant_id, name, domain) SELECT id, name, domain FROM tenants;
CREATE TRIGGER tenant_search_insert AFTER INSERT ON tenants BEGIN
    INSERT INTO tenant_search (tenant_id, name, domain) VALUES (new.id, new.name, new.domain);
END;
-- Only a real change of the text: finding the old entry reads the whole index (its tenant
-- id is not indexed), and contact updates set the name to itself.
CREATE TRIGGER tenant_search_update AFTER UPDATE OF id, name, domain ON tenants
WHEN old.id IS NOT new.id OR old.name IS NOT new.name OR old.domain IS NOT new.domain BEGIN
    DELETE FROM tenant_search WHERE tenant_id = old.id;
    INSERT INTO tenant_search (tenant_id, name, domain) VALUES (new.id, new.name, new.domain);
END;
CREATE TRIGGER tenant_search_delete AFTER DELETE ON tenants BEGIN
    DELETE FROM tenant_search WHERE tenant_id = old.id;
END;
-- Names or domains that are not plain ASCII: the search matches them by its own rules, so
-- the query hands them all over, read from this small index.
CREATE INDEX tenants_not_plain ON tenants(id)
    WHERE name GLOB '*[^ -~]*' OR domain GLOB '*[^ -~]*';
