-- A claim on part of a place with no stated share ("parts of Deir ez-Zor governorate"): zones drawn from it are
-- contested, not held.
ALTER TABLE claims ADD COLUMN partial BOOLEAN DEFAULT FALSE NOT NULL;
