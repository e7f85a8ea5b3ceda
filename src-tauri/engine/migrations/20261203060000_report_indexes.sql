-- The reports read the trail by what happened when: an item's last status
-- change (open work: item, kind, at), the items that reached delivered or
-- completed in a period (lead times, on time: to_status, kind, at), the units
-- delivered before a day (stock out with customers: kind, at). Measured by
-- `cargo bench -p engine --bench reports`.
CREATE INDEX events_item_kind_at ON events(item_id, kind, at);
CREATE INDEX events_reached_at ON events(to_status, kind, at);
CREATE INDEX unit_events_kind_at ON unit_events(kind, at);
