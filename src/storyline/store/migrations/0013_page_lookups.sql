-- What the web UI reads for one page, found through an index rather than a scan of
-- every article or quote: an article's copies, and the quotes a speaker said.
CREATE INDEX IF NOT EXISTS articles_duplicate_of ON articles(duplicate_of)
    WHERE duplicate_of IS NOT NULL;
CREATE INDEX IF NOT EXISTS quotes_speaker ON quotes(speaker_entity_id)
    WHERE speaker_entity_id IS NOT NULL;
