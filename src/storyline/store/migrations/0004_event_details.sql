-- Who took part in a dated event and where it happened.
ALTER TABLE events ADD COLUMN participants TEXT NOT NULL DEFAULT '[]';
ALTER TABLE events ADD COLUMN place TEXT;
