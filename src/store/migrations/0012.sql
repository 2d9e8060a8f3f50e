-- `audit list` filters: each one given is an index range read newest first (by seq), so a
-- filter that matches nothing costs a seek, not a scan of the whole trail.
CREATE INDEX audit_action ON audit(action, seq);
CREATE INDEX audit_actor_upn ON audit(actor_upn, seq);
CREATE INDEX audit_outcome ON audit(outcome, seq);
