-- storyline schema, version 2: near-duplicate signatures (issue 5).
-- One MinHash signature per stored article (NUM_PERM little-endian uint64)
-- and its LSH band keys: a new article looks up only the articles sharing a
-- band with it, through the primary key, never a scan.
CREATE TABLE minhash (
    article_id TEXT PRIMARY KEY,
    n_shingles INTEGER NOT NULL,
    sig BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE minhash_bands (
    band INTEGER NOT NULL,
    key INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (band, key, article_id)
) WITHOUT ROWID;

-- Clustering candidates by recency: each article's salient terms ('t:' + term)
-- and entities ('e:' + entity id) with its insertion sequence, so that the
-- most recent articles sharing a key are one index range read, however many
-- older articles share it too.
CREATE TABLE recent_postings (
    key TEXT NOT NULL,
    seq INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (key, seq, article_id)
) WITHOUT ROWID;
