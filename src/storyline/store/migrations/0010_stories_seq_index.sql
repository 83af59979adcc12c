-- upsert_story numbers a new story MAX(seq) + 1, as add_article does for articles
-- (see 0007): without an index that read every stored story on each call, and a
-- batch upserts every story it touched.
CREATE INDEX IF NOT EXISTS stories_seq ON stories(seq);
