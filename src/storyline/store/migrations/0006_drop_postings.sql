-- Clustering finds candidates through recent_postings (0002); the first
-- inverted index is no longer read, so it is no longer kept.
DROP TABLE IF EXISTS postings;
