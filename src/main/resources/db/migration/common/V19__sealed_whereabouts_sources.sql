-- Who said where a person is can be a source to protect: the note is sealed with the office's key
-- (vault), and the row names its office so that the key can be found, and rotated.
ALTER TABLE whereabouts_entry ADD COLUMN office_id UUID REFERENCES office (id);
UPDATE whereabouts_entry SET office_id = (SELECT p.office_id FROM person p WHERE p.id = whereabouts_entry.person_id);
ALTER TABLE whereabouts_entry ALTER COLUMN office_id SET NOT NULL;
ALTER TABLE whereabouts_entry ALTER COLUMN source_note SET DATA TYPE TEXT;
