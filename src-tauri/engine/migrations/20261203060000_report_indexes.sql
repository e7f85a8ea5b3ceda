-- The reports read the trail by what happened when, on indexes alone where
-- they can (measured by `cargo bench -p engine --bench reports`):
-- the cumulative flow counts the status changes into and out of each status
-- per day (to_status / from_status, kind, at), which also find the items
-- delivered or completed in a period and the approvals waiting the longest;
-- open work counts the open items by status and hold (items_status, now with
-- the hold, serves every read by status as before); stock out with customers
-- finds the units delivered in a period, and each unit's last delivery
-- before it (kind, at, unit).
CREATE INDEX events_reached_at ON events(to_status, kind, at);
CREATE INDEX events_left_at ON events(from_status, kind, at);
DROP INDEX items_status;
CREATE INDEX items_status ON items(status, hold_kind);
CREATE INDEX unit_events_kind_at ON unit_events(kind, at, unit_id);
