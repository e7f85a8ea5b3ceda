-- Every reason is stored as its kind and values (domain/reason.rs, JSON
-- `{"kind": ..., ...values}`) beside the sentence people read, so a later
-- translation never reads meaning back out of English. `events.reason_kinds`
-- runs parallel to `events.reasons`; an item's reason and its hold are lists
-- of reasons too (their sentence is the list joined with "; ").
ALTER TABLE events ADD COLUMN reason_kinds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE items ADD COLUMN reason_kinds TEXT NOT NULL DEFAULT '[]';
ALTER TABLE items ADD COLUMN hold_reason_kinds TEXT;   -- NULL: not on hold

-- Rows written before: a sentence gets its kind where the event it is in
-- (its kind, from and to) and its fixed wording together say what it is; the
-- values are the text around that wording. Any other sentence (a rule's, whose
-- name a person typed; a hold's, whose note a person typed) becomes the kind
-- `text` holding it whole, so nothing is lost. Wording is compared exactly
-- (LIKE ignores case).
DROP TRIGGER events_append_only_update;
UPDATE events SET reason_kinds = (
    SELECT json_group_array(json(CASE
        WHEN events.kind = 'created' AND substr(r.value, 1, 6) = 'Order '
            AND substr(r.value, -10) = ' submitted' AND length(r.value) > 16
            THEN json_object('kind', 'order_submitted',
                'order', substr(r.value, 7, length(r.value) - 16))
        WHEN events.kind = 'release' AND r.key = 0 AND substr(r.value, 1, 10) = 'Released: '
            THEN json_object('kind', 'released', 'hold',
                json_array(json_object('kind', 'text', 'text', substr(r.value, 11))))
        WHEN events.kind <> 'transition' THEN json_object('kind', 'text', 'text', r.value)
        WHEN events.to_status = 'needs_assignment'
            AND r.value = 'No product in the catalog for this service'
            THEN json_object('kind', 'no_product_in_catalog')
        WHEN events.from_status = 'assigned' AND events.to_status = 'needs_assignment'
            AND r.value = 'Shortage: substitute picked'
            THEN json_object('kind', 'substitute_picked')
        WHEN events.from_status = 'preparing' AND events.to_status = 'ready' AND r.value =
            'Single-item order: nothing to consolidate, queued for delivery'
            THEN json_object('kind', 'nothing_to_consolidate')
        WHEN events.from_status = 'preparing' AND events.to_status = 'ready'
            AND r.value = 'Prepared: queued for delivery'
            THEN json_object('kind', 'prepared', 'with_others', json('false'))
        WHEN events.from_status = 'preparing' AND events.to_status = 'ready'
            AND r.value = 'Prepared: ships together with the rest of its delivery'
            THEN json_object('kind', 'prepared', 'with_others', json('true'))
        WHEN events.from_status = 'awaiting_approval' AND r.key = 0
            AND substr(r.value, 1, 12) = 'Approved by ' AND length(r.value) > 12
            THEN json_object('kind', 'approved', 'by', substr(r.value, 13))
        WHEN events.from_status = 'awaiting_approval' AND events.to_status = 'cancelled'
            AND substr(r.value, 1, 10) = 'Rejected: '
            THEN json_object('kind', 'rejected', 'note', substr(r.value, 11))
        WHEN events.from_status = 'scheduled' AND events.to_status = 'in_delivery'
            AND substr(r.value, 1, 14) = 'Dispatched by ' AND length(r.value) > 14
            THEN json_object('kind', 'dispatched', 'by', substr(r.value, 15))
        WHEN events.from_status = 'in_delivery' AND events.to_status = 'delivered'
            AND substr(r.value, 1, 13) = 'Delivered by ' AND length(r.value) > 13
            THEN json_object('kind', 'delivered', 'by', substr(r.value, 14))
        WHEN events.from_status = 'in_delivery' AND events.to_status = 'ready'
            AND substr(r.value, 1, 17) = 'Delivery failed: '
            THEN json_object('kind', 'delivery_failed', 'note', substr(r.value, 18))
        WHEN events.from_status = 'ready' AND events.to_status = 'preparing'
            AND substr(r.value, 1, 8) = 'Undo by ' AND substr(r.value, -21) = ': back to preparation'
            AND length(r.value) > 29
            THEN json_object('kind', 'back_to_preparation',
                'by', substr(r.value, 9, length(r.value) - 29))
        WHEN events.from_status = 'scheduled' AND events.to_status = 'ready'
            AND substr(r.value, 1, 15) = 'Unscheduled by '
            AND substr(r.value, -28) = ': back in the delivery queue' AND length(r.value) > 43
            THEN json_object('kind', 'unscheduled', 'by', substr(r.value, 16, length(r.value) - 43),
                'undo', json('false'))
        WHEN events.from_status = 'scheduled' AND events.to_status = 'ready'
            AND substr(r.value, 1, 22) = 'Undo of scheduling by '
            AND substr(r.value, -28) = ': back in the delivery queue' AND length(r.value) > 50
            THEN json_object('kind', 'unscheduled', 'by', substr(r.value, 23, length(r.value) - 50),
                'undo', json('true'))
        ELSE json_object('kind', 'text', 'text', r.value)
    END))
    FROM json_each(events.reasons) r
);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;

-- An item's reason is what its last move with reasons said: take that
-- transition's kinds when its sentences, joined, are the item's reason.
UPDATE items SET reason_kinds = COALESCE((
    SELECT e.reason_kinds FROM events e
    WHERE e.item_id = items.id AND e.kind = 'transition'
      AND (SELECT group_concat(r.value, '; ') FROM json_each(e.reasons) r) = items.reason
    ORDER BY e.id DESC LIMIT 1
), CASE items.reason
    WHEN 'Submitted' THEN json_array(json_object('kind', 'submitted'))
    ELSE json_array(json_object('kind', 'text', 'text', items.reason))
END);

-- A hold is what its hold event said.
UPDATE items SET hold_reason_kinds = COALESCE((
    SELECT e.reason_kinds FROM events e
    WHERE e.item_id = items.id AND e.kind = 'hold'
      AND (SELECT group_concat(r.value, '; ') FROM json_each(e.reasons) r) = items.hold_reason
    ORDER BY e.id DESC LIMIT 1
), json_array(json_object('kind', 'text', 'text', items.hold_reason)))
WHERE hold_reason IS NOT NULL;
