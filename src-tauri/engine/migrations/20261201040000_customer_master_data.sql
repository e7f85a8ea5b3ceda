-- Customers become the shop's own: each has a customer number (its natural
-- key, for people and CSV files alike), and customers, their people and their
-- addresses are versioned and archived, never deleted, since orders refer to them.
ALTER TABLE customers ADD COLUMN number TEXT NOT NULL DEFAULT '';
UPDATE customers SET number = printf('C-%05d', id);
CREATE UNIQUE INDEX customers_number ON customers(number);
ALTER TABLE customers ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE customers ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE recipients ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE recipients ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;
ALTER TABLE addresses ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE addresses ADD COLUMN archived INTEGER NOT NULL DEFAULT 0;

CREATE TRIGGER customers_never_deleted BEFORE DELETE ON customers
BEGIN SELECT RAISE(ABORT, 'customers are never deleted; archive them'); END;
CREATE TRIGGER recipients_never_deleted BEFORE DELETE ON recipients
BEGIN SELECT RAISE(ABORT, 'people are never deleted; archive them'); END;
CREATE TRIGGER addresses_never_deleted BEFORE DELETE ON addresses
BEGIN SELECT RAISE(ABORT, 'addresses are never deleted; archive them'); END;

-- The one trail of changes to master data (the catalog's changes share it):
-- who, when, what (entity + id), which action (created | edited | archived |
-- unarchived) and the fields it changed. IF NOT EXISTS, since whichever of the
-- master-data migrations runs first makes it.
CREATE TABLE IF NOT EXISTS audit_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    entity    TEXT NOT NULL,
    entity_id INTEGER NOT NULL,
    action    TEXT NOT NULL,
    changes   TEXT NOT NULL DEFAULT '[]'   -- JSON array of "field: old → new"
);
CREATE INDEX IF NOT EXISTS audit_log_entity ON audit_log(entity, entity_id, id);
CREATE TRIGGER IF NOT EXISTS audit_log_append_only_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
CREATE TRIGGER IF NOT EXISTS audit_log_append_only_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END;
