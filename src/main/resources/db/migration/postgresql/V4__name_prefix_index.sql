-- Name search is a prefix match (search_key LIKE 'kimch%'). Under a non-C collation PostgreSQL uses a
-- btree index for LIKE only with the pattern operator class (docs/adr/0002).
CREATE INDEX IF NOT EXISTS person_name_key_pattern ON person_name (office_id, search_key text_pattern_ops, person_id);
