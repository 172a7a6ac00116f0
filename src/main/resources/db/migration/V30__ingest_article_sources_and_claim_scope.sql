-- Public sources of an article's facts (a JSON array of strings), as listed in a corpus sidecar.
ALTER TABLE articles ADD COLUMN IF NOT EXISTS fact_sources CLOB;

-- Where a claim is confined when the text says so (Claim.scopePlaceId), e.g. the governorate in focus.
ALTER TABLE claims ADD COLUMN IF NOT EXISTS scope_place_id VARCHAR(120);

-- The timeline and the per-place mention counts filter articles by date; mentions are read by place, newest first.
CREATE INDEX IF NOT EXISTS mentions_place_article_idx ON mentions(place_id, article_id);
