-- What kind of hold an item is under, as data: the pipeline's stock shortage,
-- a D1 rule that holds, or a person's hold. Existing holds are classified by
-- their trail: the last hold event says who held the item. A person's hold is
-- manual whatever its text says; of the system's own holds (a rule's or a
-- shortage, both taken at `assigned`) only the pipeline's sentence tells them
-- apart, and a person never wrote that sentence.
ALTER TABLE items ADD COLUMN hold_kind TEXT
    CHECK (hold_kind IN ('shortage', 'rule', 'manual'));

UPDATE items SET hold_kind = (
    SELECT CASE
        WHEN e.actor <> 'system' THEN 'manual'
        WHEN e.reasons LIKE '["Shortage: % free from %' THEN 'shortage'
        ELSE 'rule'
    END
    FROM events e
    WHERE e.item_id = items.id AND e.kind = 'hold'
    ORDER BY e.id DESC LIMIT 1
)
WHERE hold_reason IS NOT NULL;

-- A hold without a trail (none should exist) counts as a person's.
UPDATE items SET hold_kind = 'manual' WHERE hold_reason IS NOT NULL AND hold_kind IS NULL;
