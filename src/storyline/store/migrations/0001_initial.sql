-- storyline schema, version 1.
CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source TEXT NOT NULL,
    form TEXT NOT NULL,
    record_index INTEGER NOT NULL DEFAULT 0,
    article_count INTEGER NOT NULL DEFAULT 0,
    ingested_at TEXT NOT NULL
);

CREATE TABLE articles (
    id TEXT PRIMARY KEY,
    doc_id TEXT NOT NULL REFERENCES documents(id),
    source TEXT NOT NULL,
    external_id TEXT,
    segment INTEGER NOT NULL,
    outlet TEXT,
    title TEXT,
    byline TEXT,
    url TEXT,
    published TEXT,
    published_precision TEXT,
    language TEXT NOT NULL,
    body TEXT NOT NULL,
    body_hash TEXT NOT NULL,
    removed TEXT NOT NULL,       -- JSON list of {text, reason}
    duplicate_of TEXT REFERENCES articles(id),
    sentences TEXT NOT NULL,     -- JSON list of [start, end]
    times TEXT NOT NULL,         -- JSON list of TimeMention
    terms TEXT NOT NULL,         -- JSON {term: weight}, the clustering vector
    story_id TEXT,
    seq INTEGER NOT NULL         -- insertion order, for stable listings
);
CREATE INDEX articles_body_hash ON articles(body_hash);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_source ON articles(source, segment);

CREATE VIRTUAL TABLE articles_fts USING fts5(
    article_id UNINDEXED, title, body, tokenize = 'porter unicode61'
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    key TEXT NOT NULL,           -- normalised name used for corpus-wide linking
    aliases TEXT NOT NULL        -- JSON list
);
CREATE INDEX entities_key ON entities(type, key);

CREATE TABLE mentions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    entity_id TEXT NOT NULL REFERENCES entities(id),
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    canonical TEXT,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    PRIMARY KEY (article_id, start, end)
);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    text TEXT NOT NULL,
    speaker TEXT,
    speaker_entity_id TEXT,
    cue TEXT,
    kind TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL
);
CREATE INDEX quotes_article ON quotes(article_id);

-- Inverted index from salient terms to articles: clustering candidates.
CREATE TABLE postings (
    term TEXT NOT NULL,
    article_id TEXT NOT NULL,
    PRIMARY KEY (term, article_id)
) WITHOUT ROWID;

CREATE TABLE term_df (
    term TEXT PRIMARY KEY,
    df INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE stories (
    id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    first_published TEXT,
    last_published TEXT,
    dirty INTEGER NOT NULL DEFAULT 1,  -- analysis must be recomputed
    seq INTEGER NOT NULL
);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    date TEXT NOT NULL,
    text TEXT NOT NULL,
    article_ids TEXT NOT NULL
);
CREATE INDEX events_story ON events(story_id);

CREATE TABLE facts (
    id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL,
    statement TEXT NOT NULL,
    article_ids TEXT NOT NULL,
    conflicts TEXT NOT NULL,
    position INTEGER NOT NULL
);
CREATE INDEX facts_story ON facts(story_id);

CREATE TABLE framing (
    story_id TEXT NOT NULL,
    referent TEXT NOT NULL,
    variants TEXT NOT NULL,
    scope TEXT NOT NULL DEFAULT 'story',  -- 'story': within the story; 'corpus': across stories
    PRIMARY KEY (story_id, referent, scope)
);

CREATE TABLE briefs (
    story_id TEXT PRIMARY KEY,
    title TEXT NOT NULL,
    sentences TEXT NOT NULL
);
