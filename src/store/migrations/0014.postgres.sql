-- Schema 14 changes only the form of two CHECK constraints on SQLite (see 0014.sqlite.sql):
-- PostgreSQL tests `col IN (...)` against the constants in place, so nothing changes here.
SELECT 1;
