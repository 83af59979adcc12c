-- In how many stored articles each entity is mentioned, kept up to date as
-- articles are added (as term_df is for terms). Clustering weighs entities by
-- it; counting an entity's mentions on every lookup cost more the more often
-- the entity had been named, so landing slowed down as the corpus grew.
CREATE TABLE IF NOT EXISTS entity_df (
    entity_id TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;
INSERT OR REPLACE INTO entity_df (entity_id, df)
    SELECT entity_id, COUNT(DISTINCT article_id) FROM mentions GROUP BY entity_id;
