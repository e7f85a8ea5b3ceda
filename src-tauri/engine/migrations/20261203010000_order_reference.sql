-- An order brought in from a CSV file keeps the reference it had there (the
-- old system's order number): the file's rows find their order by it, so the
-- same file imported twice takes each order once. NULL for an order taken in
-- the app, which its own number names.
ALTER TABLE orders ADD COLUMN reference TEXT;
CREATE UNIQUE INDEX orders_reference ON orders(reference COLLATE NOCASE) WHERE reference IS NOT NULL;
