-- The catalog becomes the shop's own: services and products are versioned like
-- items and archived (never deleted) once something may refer to them; every
-- change to master data is logged in an append-only audit trail.
ALTER TABLE services ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE services ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE products ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE products ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

-- One row per change to master data: who, when, what (entity + id), which
-- action (created | edited | archived | unarchived) and the fields it changed.
-- IF NOT EXISTS: the customers' migration makes the same table, and a
-- database may meet either first.
CREATE TABLE IF NOT EXISTS audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,               -- service | product | customer | …
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL DEFAULT '[]'   -- JSON array of "field: old → new"
);
CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log(entity, entity_id, id);
CREATE TRIGGER IF NOT EXISTS audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER services_never_deleted BEFORE DELETE ON services
BEGIN SELECT RAISE(ABORT, 'services are never deleted; archive them'); END;
CREATE TRIGGER products_never_deleted BEFORE DELETE ON products
BEGIN SELECT RAISE(ABORT, 'products are never deleted; archive them'); END;
