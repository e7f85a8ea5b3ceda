-- A unit checked in missing keeps its return's holding open until a person
-- decides: found after all (checked in good or damaged), written off by the
-- shop, or charged to the customer. One decision per missing unit, with the
-- person's reason; never changed or deleted.
CREATE TABLE missing_decisions (
    holding_unit_id INTEGER PRIMARY KEY REFERENCES holding_units(id),
    decision        TEXT NOT NULL,   -- found_good | found_damaged | written_off | charged
    note            TEXT NOT NULL,
    decided_at      TEXT NOT NULL,
    decided_by      TEXT NOT NULL
);
CREATE TRIGGER missing_decisions_never_deleted BEFORE DELETE ON missing_decisions
BEGIN SELECT RAISE(ABORT, 'a decision on a missing unit is never deleted'); END;
CREATE TRIGGER missing_decisions_never_changed BEFORE UPDATE ON missing_decisions
BEGIN SELECT RAISE(ABORT, 'a decision on a missing unit is never changed'); END;
