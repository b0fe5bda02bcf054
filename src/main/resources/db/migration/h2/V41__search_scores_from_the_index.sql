-- A name search scores its candidates from the look-up alone (registry.Persons.candidates): each key
-- row carries the person's date of birth, written with the keys in the same transaction as the
-- person. H2 has no covering indexes; the plain index of migration 23 serves the look-up.
ALTER TABLE person_name_canonical ADD COLUMN dob_earliest DATE;
ALTER TABLE person_name_canonical ADD COLUMN dob_latest DATE;
UPDATE person_name_canonical c SET
  dob_earliest = (SELECT p.dob_earliest FROM person p WHERE p.id = c.person_id),
  dob_latest = (SELECT p.dob_latest FROM person p WHERE p.id = c.person_id);
