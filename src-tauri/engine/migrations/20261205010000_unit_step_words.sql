-- A unit's step as data beside its English sentence (`text`), so the trail
-- reads in the desk's language: `{"kind": ..., values}`, see
-- domain/unit_step.rs. Steps written before it keep `words` NULL and show
-- their English as stored.
ALTER TABLE unit_events ADD COLUMN words TEXT;
