-- An edit's changes as data beside their English lines (`changes`), so the
-- trail reads in the desk's language: a JSON array of
-- `{"field": ..., "old": ..., "new": ...}`, see domain/change.rs. Entries
-- written before it, or by a writer that keeps only lines, have `words` NULL
-- and show their lines as stored.
ALTER TABLE audit_log ADD COLUMN words TEXT;
