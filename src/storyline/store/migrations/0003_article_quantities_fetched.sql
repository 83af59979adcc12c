-- Quantities found by enrich, and the fetch time of the page an article came from.
ALTER TABLE articles ADD COLUMN quantities TEXT NOT NULL DEFAULT '[]';
ALTER TABLE articles ADD COLUMN fetched TEXT;
