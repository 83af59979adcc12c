-- add_article numbers a new article MAX(seq) + 1: without an index that is a
-- scan of every stored article per insert, O(n²) over a corpus.
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
