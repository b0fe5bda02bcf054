-- A name search scores its candidates from the look-up alone (registry.Persons.candidates): each key
-- row carries the person's date of birth, and the index that finds it carries the name's position and
-- that date, so a candidate the search does not show is never read from the person table. The dates
-- are written with the keys, in the same transaction as the person (Persons.insertChildren).
ALTER TABLE person_name_canonical ADD COLUMN dob_earliest DATE;
ALTER TABLE person_name_canonical ADD COLUMN dob_latest DATE;
UPDATE person_name_canonical c SET dob_earliest = p.dob_earliest, dob_latest = p.dob_latest
  FROM person p WHERE p.id = c.person_id AND (p.dob_earliest IS NOT NULL OR p.dob_latest IS NOT NULL);
-- One index serves both a key (=) and a block of keys (LIKE 'KIM COL%'): the pattern operator class
-- has equality too, so the plain index of migration 23 is one more index to write for nothing.
DROP INDEX person_name_canonical_key;
DROP INDEX person_name_canonical_pattern;
CREATE INDEX person_name_canonical_pattern ON person_name_canonical (office_id, canonical_key text_pattern_ops, person_id)
  INCLUDE (position, dob_earliest, dob_latest);
-- A name found as typed is known by its position without reading the name row.
DROP INDEX person_name_key_pattern;
CREATE INDEX person_name_key_pattern ON person_name (office_id, search_key text_pattern_ops, person_id) INCLUDE (position);
