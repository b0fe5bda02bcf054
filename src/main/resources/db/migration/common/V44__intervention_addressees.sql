-- The addressees a monitoring team writes to, each with a kind, so that an intervention is addressed
-- to an entry of the list and checked like a disclosure: the country of origin's authorities and an
-- alleged persecutor are never sent anyone's identity (PROHIBITED_RECIPIENT). Interventions recorded
-- before keep their addressee's name as written, without an entry.
CREATE TABLE intervention_addressee (
    id          UUID PRIMARY KEY,
    office_id   UUID         NOT NULL REFERENCES office (id),
    name        VARCHAR(300) NOT NULL,
    kind        VARCHAR(40)  NOT NULL,
    recorded_by VARCHAR(64)  NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT intervention_addressee_name UNIQUE (office_id, name)
);
ALTER TABLE intervention ADD COLUMN addressee_id UUID REFERENCES intervention_addressee (id);
