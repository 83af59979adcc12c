-- Where each article states a fact: JSON list of [article_id, start, end].
ALTER TABLE facts ADD COLUMN spans TEXT NOT NULL DEFAULT '[]';
