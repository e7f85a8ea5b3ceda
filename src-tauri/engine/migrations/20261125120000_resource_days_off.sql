-- Days a resource does not work beyond its weekly pattern (holidays, leave): JSON array of ISO dates.
ALTER TABLE resources ADD COLUMN days_off TEXT NOT NULL DEFAULT '[]';
