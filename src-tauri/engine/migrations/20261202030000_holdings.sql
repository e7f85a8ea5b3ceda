-- The way back. A delivered item becomes a holding (Equipme's service
-- instance): what a customer, and which of its people, now has. Return, swap,
-- change and cancellation items start from a holding (`items.holding_id`).
-- Holdings and the units they hold are never deleted: the trail of who had
-- which unit stays.
CREATE TABLE holdings (
    id             INTEGER PRIMARY KEY,
    customer_id    INTEGER NOT NULL REFERENCES customers(id),
    recipient_id   INTEGER NOT NULL REFERENCES recipients(id),
    service_id     INTEGER NOT NULL REFERENCES services(id),
    product_id     INTEGER REFERENCES products(id),
    item_id        INTEGER NOT NULL UNIQUE REFERENCES items(id), -- the item that delivered it
    quantity       INTEGER NOT NULL,
    start_date     TEXT NOT NULL,
    end_date       TEXT,                 -- rentals, and a cancelled service; NULL: open-ended
    one_time_cents INTEGER NOT NULL,
    monthly_cents  INTEGER NOT NULL,
    state          TEXT NOT NULL,        -- active | return_requested | returned | ended
    version        INTEGER NOT NULL DEFAULT 1,
    updated_at     TEXT NOT NULL
);
CREATE INDEX holdings_customer ON holdings(customer_id, state);

-- The units a holding has had: delivered, and checked in again (with the
-- condition they came back in). Open rows are the units the holding has now.
CREATE TABLE holding_units (
    id            INTEGER PRIMARY KEY,
    holding_id    INTEGER NOT NULL REFERENCES holdings(id),
    unit_id       INTEGER NOT NULL REFERENCES stock_units(id),
    delivered_at  TEXT NOT NULL,
    checked_in_at TEXT,                  -- NULL: still with the customer
    checked_in_on TEXT,                  -- the shop's day of the check-in (the stock buffer counts from it)
    condition     TEXT,                  -- good | damaged | missing, as checked in
    note          TEXT NOT NULL DEFAULT ''
);
CREATE INDEX holding_units_holding ON holding_units(holding_id);
-- A unit is with one holding at most.
CREATE UNIQUE INDEX holding_units_one_open ON holding_units(unit_id) WHERE checked_in_at IS NULL;

ALTER TABLE items ADD COLUMN holding_id INTEGER REFERENCES holdings(id);
CREATE INDEX items_holding ON items(holding_id);

CREATE TRIGGER holdings_never_deleted BEFORE DELETE ON holdings
BEGIN SELECT RAISE(ABORT, 'holdings are never deleted; end them'); END;
CREATE TRIGGER holding_units_never_deleted BEFORE DELETE ON holding_units
BEGIN SELECT RAISE(ABORT, 'a holding''s units are never deleted; check them in'); END;
-- A checked-in unit stays checked in: the row is its record.
CREATE TRIGGER holding_units_check_in_once BEFORE UPDATE ON holding_units
WHEN OLD.checked_in_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a unit is checked in once'); END;

-- What was delivered before holdings existed becomes holdings now, with the
-- units its reservations sent out.
INSERT INTO holdings (customer_id, recipient_id, service_id, product_id, item_id, quantity,
                      start_date, end_date, one_time_cents, monthly_cents, state, updated_at)
SELECT o.customer_id, o.recipient_id, i.service_id, i.product_id, i.id, i.quantity,
       i.window_start,
       CASE WHEN s.offer_type = 'rental' THEN i.window_end END,
       (s.one_time_cents + COALESCE(p.unit_cents, 0)) * i.quantity,
       s.monthly_cents * i.quantity,
       'active', i.updated_at
FROM items i
JOIN orders o ON o.id = i.order_id
JOIN services s ON s.id = i.service_id
LEFT JOIN products p ON p.id = i.product_id
WHERE i.status IN ('delivered', 'completed') AND i.transaction_type = 'order';
INSERT INTO holding_units (holding_id, unit_id, delivered_at)
SELECT h.id, r.unit_id, h.updated_at
FROM holdings h JOIN reservations r ON r.item_id = h.item_id AND r.released = 0;

-- The default rules for the way back, in a shop whose rules were seeded
-- already (a new database gets them from `default_rules()`).
INSERT INTO rules (name, description, enabled, combinator, conditions, action, updated_at)
SELECT 'Return or cancellation',
       'Taking back what a customer holds, or ending a service, is checked by a person.',
       1, 'any',
       '[{"field":"item_transaction_type","op":"eq","value":{"type":"text","value":"return"}},{"field":"item_transaction_type","op":"eq","value":{"type":"text","value":"cancellation"}}]',
       'require_approval', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'default_rules_seeded');
INSERT INTO rules (name, description, enabled, combinator, conditions, action, updated_at)
SELECT 'Swap or change',
       'Replacing a device or changing a service goes to approval first.',
       1, 'any',
       '[{"field":"item_transaction_type","op":"eq","value":{"type":"text","value":"swap"}},{"field":"item_transaction_type","op":"eq","value":{"type":"text","value":"change"}}]',
       'require_approval', strftime('%Y-%m-%dT%H:%M:%S+00:00', 'now')
WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'default_rules_seeded');
