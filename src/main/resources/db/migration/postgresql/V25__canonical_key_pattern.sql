-- Prefix search on canonical keys (a surname and first given syllable block together) uses this index
-- under any collation.
CREATE INDEX IF NOT EXISTS person_name_canonical_pattern ON person_name_canonical (office_id, canonical_key text_pattern_ops, person_id);
