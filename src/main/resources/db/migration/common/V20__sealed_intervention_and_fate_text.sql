-- How a person's fate is known names who told us: sealed with the team's key (vault), always.
-- An intervention's text (what was asked, the response) is sealed once a reviewer marks it sensitive.
ALTER TABLE person_of_concern ALTER COLUMN fate_note SET DATA TYPE TEXT;
ALTER TABLE intervention ALTER COLUMN asked SET DATA TYPE TEXT;
ALTER TABLE intervention ALTER COLUMN response_note SET DATA TYPE TEXT;
ALTER TABLE intervention ADD COLUMN text_sensitive BOOLEAN NOT NULL DEFAULT FALSE;
