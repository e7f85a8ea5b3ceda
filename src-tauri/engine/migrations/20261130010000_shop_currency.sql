-- The shop's currency (ISO 4217): money is stored in cents of it and shown with it.
INSERT INTO settings (key, value) VALUES ('currency', 'EUR')
    ON CONFLICT (key) DO NOTHING;
