-- Whether an office the caller cannot read holds a possible match asks by key across offices.
CREATE INDEX person_name_canonical_any_office ON person_name_canonical (canonical_key, person_id);
