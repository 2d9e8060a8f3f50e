-- A partner's customers, listed and aggregated by partner (dashboard, customers, doctor).
CREATE INDEX relationships_partner ON relationships(partner_tenant_id, customer_tenant_id);
