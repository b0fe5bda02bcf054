-- H2 uses the plain index person_name_canonical_key (migration 23) for prefix LIKE; nothing more is needed.
SELECT 1;
