-- An outlet is one outlet however its name is cased ("FOX" and "fox"): a new article
-- takes the spelling already stored (see storyline.pipeline.land_prepared), found
-- through this index instead of a scan of every article.
CREATE INDEX IF NOT EXISTS articles_outlet ON articles(outlet COLLATE NOCASE);
