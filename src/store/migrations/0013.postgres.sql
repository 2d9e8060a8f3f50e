-- `dashboard --search TEXT`: customers whose name or domain holds TEXT are found through
-- trigram indexes (pg_trgm, a trusted extension: the store's owner may create it) instead of
-- a look at every customer of the partner.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX tenants_name_trgm ON tenants USING gin (lower(name COLLATE "C") gin_trgm_ops);
CREATE INDEX tenants_domain_trgm ON tenants USING gin (domain gin_trgm_ops);
-- Names or domains that are not plain ASCII: the search matches them by its own rules, so
-- the query hands them all over, read from this small index.
CREATE INDEX tenants_not_plain ON tenants(id)
    WHERE name COLLATE "C" ~ '[^ -~]' OR domain COLLATE "C" ~ '[^ -~]';
