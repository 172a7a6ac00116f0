-- Zone versions remember their name inside a snapshot and the article whose claims made them, so that a snapshot
-- reload or an article re-run replaces exactly its own rows.
ALTER TABLE control_zones ADD COLUMN zone_name VARCHAR(120);
ALTER TABLE control_zones ADD COLUMN article_id BIGINT;
CREATE INDEX control_zones_origin_idx ON control_zones(origin, snapshot_id);
CREATE INDEX control_zones_article_idx ON control_zones(article_id);
CREATE INDEX control_zones_faction_idx ON control_zones(faction, valid_from);
