-- The last word of a person's multi-word key ("vladimir putin" -> "putin"), indexed:
-- linking a bare surname looks up the persons it may name. The lookup had been a
-- LIKE '% putin' over every stored person, a scan that grew with the corpus (43 ms
-- at 200,000 persons), paid for every bare-surname mention that resolved.
ALTER TABLE entities ADD COLUMN surname TEXT;
-- The text after the key's last space: rtrim strips the key's own letters from its
-- end, leaving the words before the last one and their trailing space.
UPDATE entities SET surname = substr(key, length(rtrim(key, replace(key, ' ', ''))) + 1)
    WHERE type = 'PERSON' AND instr(key, ' ') > 0;
CREATE INDEX IF NOT EXISTS entities_surname ON entities(surname) WHERE surname IS NOT NULL;
