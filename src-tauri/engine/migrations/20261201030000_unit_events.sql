-- Stock units get a trail of their own, append-only like `events`: where a
-- unit is and whether it can go out is what its trail says, written in the
-- same transaction as the change. `stock_units.state`, `.location` and
-- `.condition` are the trail's last word, kept beside it for the queries.
ALTER TABLE stock_units ADD COLUMN condition TEXT NOT NULL DEFAULT 'good'; -- new | good | damaged

CREATE TABLE unit_events (
    id       INTEGER PRIMARY KEY,
    unit_id  INTEGER NOT NULL REFERENCES stock_units(id),
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    kind     TEXT NOT NULL,      -- received | reserved | delivered | moved | to_repair | back_from_repair | retired
    location TEXT NOT NULL,      -- where the unit is kept after this event
    order_id INTEGER REFERENCES orders(id),
    text     TEXT NOT NULL       -- the sentence people read in the unit's history
);
CREATE INDEX unit_events_unit ON unit_events(unit_id, id);
CREATE TRIGGER unit_events_append_only_update BEFORE UPDATE ON unit_events
BEGIN SELECT RAISE(ABORT, 'unit events are append-only'); END;
CREATE TRIGGER unit_events_append_only_delete BEFORE DELETE ON unit_events
BEGIN SELECT RAISE(ABORT, 'unit events are append-only'); END;
CREATE TRIGGER stock_units_never_deleted BEFORE DELETE ON stock_units
BEGIN SELECT RAISE(ABORT, 'stock units are never deleted; retire them'); END;
-- The last guard of "a unit in repair or retired is never reserved".
CREATE TRIGGER reservations_only_available_units BEFORE INSERT ON reservations
WHEN (SELECT state FROM stock_units WHERE id = NEW.unit_id) <> 'available'
BEGIN SELECT RAISE(ABORT, 'only an available unit can be reserved'); END;

-- Units made before the trail began start it with their receipt.
INSERT INTO unit_events (unit_id, at, actor, kind, location, text)
SELECT id, strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now'), 'system', 'received', location,
       'Received at ' || location || ' (before the trail began)'
FROM stock_units;
