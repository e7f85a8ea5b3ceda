-- Which way-back item checked a unit in. A holding swapped twice, or swapped
-- and then returned, has units checked in by each of its items: a check-in
-- and a return receipt list only their own.
ALTER TABLE holding_units ADD COLUMN checked_in_item_id INTEGER REFERENCES items(id);

-- Units checked in before: the way-back item of the holding whose order's
-- trail checked the unit in at that moment (good: checked_in, damaged:
-- to_repair, missing: retired). The check-in-once trigger steps aside for it.
DROP TRIGGER holding_units_check_in_once;
UPDATE holding_units SET checked_in_item_id = (
    SELECT i.id FROM items i
    JOIN unit_events ue ON ue.order_id = i.order_id
    WHERE i.holding_id = holding_units.holding_id
      AND ue.unit_id = holding_units.unit_id
      AND ue.at = holding_units.checked_in_at
      AND ue.kind IN ('checked_in', 'to_repair', 'retired')
    ORDER BY i.id DESC LIMIT 1)
WHERE checked_in_at IS NOT NULL;
CREATE TRIGGER holding_units_check_in_once BEFORE UPDATE ON holding_units
WHEN OLD.checked_in_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a unit is checked in once'); END;
