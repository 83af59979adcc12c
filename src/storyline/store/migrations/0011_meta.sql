-- Small facts about the database as a whole, by name: first of them, how many
-- articles the framing across stories was last computed on (see
-- storyline.pipeline.refresh_dirty_stories).
CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);
