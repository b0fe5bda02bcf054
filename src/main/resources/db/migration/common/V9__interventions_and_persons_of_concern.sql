-- Interventions: what was asked of whom, the response, and when to follow up.
CREATE TABLE intervention (
    id              UUID PRIMARY KEY,
    office_id       UUID          NOT NULL REFERENCES office (id),
    addressee       VARCHAR(300)  NOT NULL,
    sent_on         DATE          NOT NULL,
    asked           VARCHAR(4000) NOT NULL,
    response        VARCHAR(16)   NOT NULL CHECK (response IN ('NONE', 'DENIED', 'TOKEN', 'PLEDGE', 'ACTED')),
    response_note   VARCHAR(2000),
    status          VARCHAR(16)   NOT NULL CHECK (status IN ('OPEN', 'CLOSED')),
    priority        VARCHAR(8)    NOT NULL CHECK (priority IN ('HIGH', 'NORMAL', 'LOW')),
    next_follow_up  DATE,
    recorded_by     VARCHAR(64)   NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT        NOT NULL
);
CREATE INDEX IF NOT EXISTS intervention_follow_up ON intervention (status, next_follow_up, id);
CREATE INDEX IF NOT EXISTS intervention_office ON intervention (office_id, sent_on);

CREATE TABLE intervention_person (
    intervention_id UUID NOT NULL REFERENCES intervention (id),
    person_id       UUID NOT NULL REFERENCES person (id),
    PRIMARY KEY (intervention_id, person_id)
);

CREATE TABLE intervention_event (
    intervention_id UUID NOT NULL REFERENCES intervention (id),
    event_id        UUID NOT NULL REFERENCES monitoring_event (id),
    PRIMARY KEY (intervention_id, event_id)
);

-- Persons a team follows, and their fate, kept apart from their whereabouts: nobody is presumed dead.
CREATE TABLE person_of_concern (
    person_id      UUID         PRIMARY KEY REFERENCES person (id),
    office_id      UUID         NOT NULL REFERENCES office (id),
    followed_since DATE         NOT NULL,
    followed_by    VARCHAR(64)  NOT NULL,
    fate           VARCHAR(16)  NOT NULL CHECK (fate IN ('UNKNOWN', 'ALIVE', 'DECEASED')),
    fate_note      VARCHAR(1000)
);
CREATE INDEX IF NOT EXISTS person_of_concern_office ON person_of_concern (office_id);

-- Detention as observers see it: acknowledged or denied by the authorities, the place disclosed or
-- not, observers given access or not. Unknown stays empty.
ALTER TABLE whereabouts_entry ADD COLUMN detention_acknowledged VARCHAR(16);
ALTER TABLE whereabouts_entry ADD COLUMN location_disclosed BOOLEAN;
ALTER TABLE whereabouts_entry ADD COLUMN observer_access BOOLEAN;
