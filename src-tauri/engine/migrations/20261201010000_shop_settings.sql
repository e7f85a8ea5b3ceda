-- The shop's own settings beside the buffers and the currency, and one
-- version for all of them (optimistic concurrency). Their changes go to the
-- audit trail (audit_log, entity 'settings').
INSERT INTO settings (key, value) VALUES
    ('shop_name', 'My shop'),
    ('order_prefix', 'EF-'),
    ('inventory_pattern', 'INV-{seq:05}'),
    ('settings_version', '1')
    ON CONFLICT (key) DO NOTHING;
