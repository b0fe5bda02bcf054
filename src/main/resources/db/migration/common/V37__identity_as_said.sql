-- A person recorded at intent with only what they said (a name, a language) by reception, who may
-- not register: the day and the user, until a registrar's revision completes the identity. The
-- index serves the registrar's list of identities to complete, per office.
ALTER TABLE person ADD COLUMN as_said_on DATE;
ALTER TABLE person ADD COLUMN as_said_by VARCHAR(100);
CREATE INDEX person_office_as_said ON person (office_id, as_said_on);
