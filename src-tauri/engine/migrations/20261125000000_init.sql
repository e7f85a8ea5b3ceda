-- equipflow schema. Append-only: never edit a shipped migration, add a new one.
-- Enums are stored as stable snake_case keys; money in cents; dates ISO-8601 text.

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
INSERT INTO settings (key, value) VALUES
    ('stock_buffer_days', '1'),
    ('travel_buffer_minutes', '30');

CREATE TABLE customers (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    is_new     INTEGER NOT NULL DEFAULT 0,
    flagged    INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);

CREATE TABLE recipients (
    id          INTEGER PRIMARY KEY,
    customer_id INTEGER NOT NULL REFERENCES customers(id),
    name        TEXT NOT NULL,
    email       TEXT NOT NULL DEFAULT '',
    phone       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX recipients_customer ON recipients(customer_id);

CREATE TABLE addresses (
    id           INTEGER PRIMARY KEY,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    line1        TEXT NOT NULL,
    postal_code  TEXT NOT NULL,
    city         TEXT NOT NULL,
    country_code TEXT NOT NULL,
    addition     TEXT NOT NULL DEFAULT ''
);
CREATE INDEX addresses_customer ON addresses(customer_id);

CREATE TABLE services (
    id                 INTEGER PRIMARY KEY,
    code               TEXT NOT NULL UNIQUE,
    name               TEXT NOT NULL,
    kind               TEXT NOT NULL,      -- hardware | software | workplace | cloud | support
    offer_type         TEXT NOT NULL,      -- purchase | rental | leasing
    recurring          INTEGER NOT NULL,
    requires_approval  INTEGER NOT NULL,
    one_time_cents     INTEGER NOT NULL,
    monthly_cents      INTEGER NOT NULL,
    product_category   TEXT,               -- NULL: nothing to pick from the catalog
    required_spec_keys TEXT NOT NULL DEFAULT '[]',
    needs_technician   INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE service_prerequisites (
    service_id       INTEGER NOT NULL REFERENCES services(id),
    basic_service_id INTEGER NOT NULL REFERENCES services(id),
    PRIMARY KEY (service_id, basic_service_id)
);

CREATE TABLE service_links (
    service_id        INTEGER NOT NULL REFERENCES services(id),
    linked_service_id INTEGER NOT NULL REFERENCES services(id),
    mandatory         INTEGER NOT NULL,
    PRIMARY KEY (service_id, linked_service_id)
);

CREATE TABLE products (
    id         INTEGER PRIMARY KEY,
    sku        TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    category   TEXT NOT NULL,
    specs      TEXT NOT NULL,               -- JSON object of string -> string
    unit_cents INTEGER NOT NULL
);
CREATE INDEX products_category ON products(category);

CREATE TABLE stock_units (
    id               INTEGER PRIMARY KEY,
    product_id       INTEGER NOT NULL REFERENCES products(id),
    serial           TEXT NOT NULL UNIQUE,
    inventory_number TEXT NOT NULL UNIQUE,
    location         TEXT NOT NULL,
    state            TEXT NOT NULL          -- available | in_repair | retired
);
CREATE INDEX stock_units_product ON stock_units(product_id, state);

CREATE TABLE resources (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL,               -- driver | technician | van
    skills     TEXT NOT NULL DEFAULT '[]',
    capacity   INTEGER NOT NULL,
    work_start TEXT NOT NULL,               -- HH:MM
    work_end   TEXT NOT NULL,
    work_days  TEXT NOT NULL DEFAULT '[1,2,3,4,5]', -- ISO weekday numbers
    version    INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE orders (
    id           INTEGER PRIMARY KEY,
    number       TEXT NOT NULL UNIQUE,
    customer_id  INTEGER NOT NULL REFERENCES customers(id),
    recipient_id INTEGER NOT NULL REFERENCES recipients(id),
    note         TEXT NOT NULL DEFAULT '',
    created_at   TEXT NOT NULL,
    completed_at TEXT,
    version      INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX orders_customer ON orders(customer_id);

CREATE TABLE bookings (
    id              INTEGER PRIMARY KEY,
    resource_id     INTEGER NOT NULL REFERENCES resources(id),
    order_id        INTEGER NOT NULL REFERENCES orders(id),
    delivery_group  INTEGER NOT NULL,
    start_at        TEXT NOT NULL,
    end_at          TEXT NOT NULL,
    created_at      TEXT NOT NULL
);
CREATE INDEX bookings_resource ON bookings(resource_id, start_at);

CREATE TABLE items (
    id               INTEGER PRIMARY KEY,
    order_id         INTEGER NOT NULL REFERENCES orders(id),
    position         INTEGER NOT NULL,
    service_id       INTEGER NOT NULL REFERENCES services(id),
    product_id       INTEGER REFERENCES products(id),
    parent_item_id   INTEGER REFERENCES items(id),
    transaction_type TEXT NOT NULL,
    requested_specs  TEXT NOT NULL,          -- JSON object
    quantity         INTEGER NOT NULL,
    window_start     TEXT NOT NULL,
    window_end       TEXT NOT NULL,
    address_line1    TEXT NOT NULL,
    postal_code      TEXT NOT NULL,
    city             TEXT NOT NULL,
    country_code     TEXT NOT NULL,
    address_addition TEXT NOT NULL DEFAULT '',
    status           TEXT NOT NULL,
    hold_reason      TEXT,                   -- NULL: not on hold
    overridden       INTEGER NOT NULL DEFAULT 0,
    reason           TEXT NOT NULL,          -- why the item is where it is, for the board
    delivery_group   INTEGER NOT NULL DEFAULT 1,
    booking_id       INTEGER REFERENCES bookings(id),
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    UNIQUE (order_id, position)
);
CREATE INDEX items_status ON items(status);
CREATE INDEX items_order ON items(order_id);
CREATE INDEX items_booking ON items(booking_id);

CREATE TABLE reservations (
    id         INTEGER PRIMARY KEY,
    item_id    INTEGER NOT NULL REFERENCES items(id),
    unit_id    INTEGER NOT NULL REFERENCES stock_units(id),
    start_date TEXT NOT NULL,
    end_date   TEXT NOT NULL,               -- '9999-12-31' when the unit leaves for good
    released   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX reservations_unit ON reservations(unit_id, released);
CREATE INDEX reservations_item ON reservations(item_id);

-- Append-only audit trail: one row per transition, hold, release, assignment, split.
CREATE TABLE events (
    id             INTEGER PRIMARY KEY,
    item_id        INTEGER NOT NULL REFERENCES items(id),
    at             TEXT NOT NULL,
    actor          TEXT NOT NULL,
    kind           TEXT NOT NULL,
    from_status    TEXT NOT NULL,
    to_status      TEXT NOT NULL,
    decision_point TEXT,
    reasons        TEXT NOT NULL,           -- JSON array of strings
    override       INTEGER NOT NULL DEFAULT 0,
    note           TEXT
);
CREATE INDEX events_item ON events(item_id, id);
CREATE INDEX events_at ON events(at);
CREATE TRIGGER events_append_only_update BEFORE UPDATE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER events_append_only_delete BEFORE DELETE ON events
BEGIN SELECT RAISE(ABORT, 'events are append-only'); END;
CREATE TRIGGER items_never_deleted BEFORE DELETE ON items
BEGIN SELECT RAISE(ABORT, 'items are never deleted; cancel them'); END;

CREATE TABLE rules (
    id          INTEGER PRIMARY KEY,
    name        TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    enabled     INTEGER NOT NULL,
    combinator  TEXT NOT NULL,               -- all | any
    conditions  TEXT NOT NULL,               -- JSON array of conditions
    action      TEXT NOT NULL,               -- require_approval | require_manual_assignment | hold
    version     INTEGER NOT NULL DEFAULT 1,
    updated_at  TEXT NOT NULL
);
